// An AJAX postback on a person page that gets a page instead of a partial response (the login page,
// after the session expired) reloads the page with its own URL: the container's FORM login then asks
// for a login and brings the user back to the same page. An expired view is sent back to the page by
// the server's error handling (no.nir.web.feil.Feilbehandler).
// A button's postback that the load balancer answers with 502/503/504 (the cluster node that served
// the session died under it) is sent once more instead, with the same input: the balancer then picks
// a live node, which has the replicated session and view, and a repeated save is stored once
// (TiltakService.registrer with the dialog's key).
(function () {
    if (!window.jQuery) {
        return;
    }
    var GATEWAYFEIL = [502, 503, 504];
    var sendtIgjen = {};
    jQuery(document).on('pfAjaxSuccess pfAjaxError', function (hendelse, xhr, innstillinger) {
        var svar = (xhr && xhr.responseText) || '';
        if (svar.indexOf('partial-response') >= 0) {
            delete sendtIgjen[kildeId(innstillinger)];
            return;
        }
        var knapp = document.getElementById(kildeId(innstillinger));
        if (hendelse.type === 'pfAjaxError' && GATEWAYFEIL.indexOf(xhr.status) >= 0 && knapp
                && knapp.tagName === 'BUTTON' && typeof knapp.onclick === 'function' && !sendtIgjen[knapp.id]) {
            sendtIgjen[knapp.id] = true;
            // After PrimeFaces has completed the failed request; the handler itself, since PrimeFaces
            // leaves the button disabled after a failure.
            window.setTimeout(function () {
                knapp.onclick.call(knapp, new MouseEvent('click'));
            }, 0);
            return;
        }
        window.location.reload();
    });

    function kildeId(innstillinger) {
        var kilde = innstillinger && innstillinger.source;
        return typeof kilde === 'string' ? kilde : (kilde && kilde.id) || '';
    }
})();
