// Universal design (WCAG 2.1 AA) on every page: where focus goes when a dialog or an AJAX update
// takes the focused element away, and the ARIA states PrimeFaces does not set for fields whose rules
// the service checks (aria-required, aria-invalid). The calendar needs nothing here: p:datePicker's
// focusOnSelect closes it and focuses the field after Enter, and its own Escape handler closes only it.
window.NIR = (function () {
    'use strict';
    var aapner = null;          // id of the button that opened the tiltak dialog or the delete confirmation
    var fokusEtterLukking = null;

    function fokuser(el) {
        if (el) {
            if (!el.matches('a, button, input, select, textarea, [tabindex]')) {
                el.setAttribute('tabindex', '-1');
            }
            el.focus();
        }
        return !!el;
    }

    /** The focusable part of a field: the input itself, a PrimeFaces menu's combobox, a date picker's input. */
    function fokuserbar(felt) {
        if (felt.matches('input, select, textarea')) {
            return felt;
        }
        var valg = ['[role="combobox"]', 'input[id$="_input"]', 'input:not([type=hidden])', 'textarea'];
        for (var i = 0; i < valg.length; i++) {
            var f = felt.querySelector(valg[i]);
            if (f) {
                return f;
            }
        }
        return null;
    }

    function maanedsrad(maaned) {
        return maaned ? document.querySelector('.tiltak-maanedlinje[data-maaned="' + maaned + '"]') : null;
    }

    /** Polite status: emptied first so the same text is announced again. */
    function meld(tekst) {
        var status = document.getElementById('tiltakStatusmelding');
        if (status && tekst) {
            status.textContent = '';
            setTimeout(function () { status.textContent = tekst; }, 50);
        }
    }

    /** A field is invalid when the message beside it (its p:message, a sibling) shows an error. */
    function ugyldig(felt) {
        return felt.matches('.ui-state-error') || !!felt.parentNode.querySelector(':scope > .ui-message-error');
    }

    /** aria-required on fields marked .pakrevd, aria-invalid on those with an error beside them. */
    function merkFelter(rot) {
        (rot || document).querySelectorAll('.pakrevd').forEach(function (felt) {
            var f = fokuserbar(felt);
            if (f) {
                f.setAttribute('aria-required', 'true');
                f.setAttribute('aria-invalid', ugyldig(felt) ? 'true' : 'false');
            }
        });
    }

    /**
     * Accessible names that say what the user sees (WCAG 2.5.3): a row toggler with a visible label
     * ("Vis detaljer") is named by it, not by PrimeFaces' "Utvide 27"; an icon-only button's hidden
     * text ("ui-button") becomes its aria-label ("Velg dato").
     */
    function rettNavn(rot) {
        (rot || document).querySelectorAll('.ui-row-toggler').forEach(function (veksler) {
            if (veksler.textContent.trim()) {
                veksler.removeAttribute('aria-label');
            }
        });
        (rot || document).querySelectorAll('.ui-button-icon-only[aria-label] > .ui-button-text').forEach(function (tekst) {
            tekst.textContent = tekst.parentNode.getAttribute('aria-label');
        });
    }

    function tilAapner() {
        var el = aapner && document.getElementById(aapner);
        return fokuser(el && el.getClientRects().length ? el : document.querySelector('[id$="leggTil"]'));
    }

    /**
     * Drops PrimeFaces' return of the focus when the dialog closes: it runs 100 ms after the close,
     * to what had the focus when the dialog opened, and checks for open dialogs only when it is
     * queued. This script puts the focus itself (the month row, or the button that opened the dialog).
     */
    function utenFokusretur(dialog) {
        dialog.focusedElementBeforeDialogOpened = null;
        return dialog;
    }

    /**
     * Without the return, Slett pressed again within those 100 ms after Nei had the focus pulled out
     * of the confirmation just opened, and the next Enter pressed Slett behind it.
     */
    function lukkBekreftelse() {
        utenFokusretur(PF('tiltakBekreft')).hide();
    }

    // Remember which button opened a dialog, before PrimeFaces moves the focus.
    document.addEventListener('click', function (e) {
        var knapp = e.target.closest && e.target.closest('[id$="leggTil"], .tiltak-rediger, .tiltak-slett');
        if (knapp) {
            aapner = knapp.id;
        }
    }, true);

    function oppdater() {
        merkFelter();
        rettNavn();
    }

    document.addEventListener('DOMContentLoaded', function () {
        oppdater();
        if (window.jQuery) {
            jQuery(document).on('pfAjaxComplete', function () {
                // After PrimeFaces' own handlers have re-initialised the updated widgets.
                setTimeout(oppdater, 0);
            });
        }
    });

    return {
        /** oncomplete of Lagre: refused → the first invalid field; saved → close, announce, focus the month row. */
        tiltakLagret: function (args) {
            merkFelter(document.getElementById('tiltakSkjema'));
            if (!args || args.validationFailed) {
                var melding = document.querySelector('#tiltakSkjema .ui-message-error');
                if (!fokuser(melding && fokuserbar(melding.parentNode))) {
                    fokuser(document.querySelector('#tiltakSkjema .tiltak-skjemafeil'));
                }
                return;
            }
            fokusEtterLukking = args.maaned;
            meld(args.status);
            PF('tiltakDialog').hide();
            if (window.oppdaterTiltakstatus) {
                oppdaterTiltakstatus();
            }
        },
        /** onHide of the tiltak dialog, however it was closed. */
        dialogLukket: function () {
            var maaned = fokusEtterLukking;
            fokusEtterLukking = null;
            // After Rediger the return would go to the table cell its cell navigation focused when
            // the button was disabled for the request.
            utenFokusretur(PF('tiltakDialog'));
            if (!fokuser(maanedsrad(maaned))) {
                tilAapner();
            }
        },
        /** Ja in the delete confirmation: the focus waits on the page until the delete's answer (tiltakSlettet). */
        jaTilSletting: function () {
            lukkBekreftelse();
            if (document.activeElement && document.activeElement !== document.body) {
                document.activeElement.blur();
            }
        },
        /** oncomplete of Slett. */
        tiltakSlettet: function (args) {
            meld(args && args.status);
            if (!fokuser(maanedsrad(args && args.maaned))) {
                fokuser(document.getElementById('tiltakOversikt:maaneder'));
            }
            if (window.oppdaterTiltakstatus) {
                oppdaterTiltakstatus();
            }
        },
        /** Nei in the delete confirmation: back to Slett. */
        neiTilSletting: function () {
            lukkBekreftelse();
            tilAapner();
        }
    };
})();
