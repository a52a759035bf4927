// An AJAX postback on a person page that gets a page instead of a partial response (the login page,
// after the session expired) or a ViewExpiredException reloads the page with its own URL: the
// container's FORM login then asks for a login and brings the user back to the same page.
(function () {
    if (!window.jQuery) {
        return;
    }
    jQuery(document).on('pfAjaxSuccess pfAjaxError', function (hendelse, xhr) {
        var svar = (xhr && xhr.responseText) || '';
        if (svar.indexOf('partial-response') < 0 || svar.indexOf('ViewExpiredException') >= 0) {
            window.location.reload();
        }
    });
})();
