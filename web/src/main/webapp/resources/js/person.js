// An AJAX postback on a person page that gets a page instead of a partial response (the login page,
// after the session expired) reloads the page with its own URL: the container's FORM login then asks
// for a login and brings the user back to the same page. An expired view is sent back to the page by
// the server's error handling (no.nir.web.feil.Feilbehandler).
(function () {
    if (!window.jQuery) {
        return;
    }
    jQuery(document).on('pfAjaxSuccess pfAjaxError', function (hendelse, xhr) {
        var svar = (xhr && xhr.responseText) || '';
        if (svar.indexOf('partial-response') < 0) {
            window.location.reload();
        }
    });
})();
