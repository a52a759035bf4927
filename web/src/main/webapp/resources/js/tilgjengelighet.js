// Universal design (WCAG 2.1 AA) on every page: where focus goes when a dialog or an AJAX update
// takes the focused element away, the calendar's keyboard use, and the ARIA states PrimeFaces does
// not set for fields whose rules the service checks (aria-required, aria-invalid).
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

    // Remember which button opened a dialog, before PrimeFaces moves the focus.
    document.addEventListener('click', function (e) {
        var knapp = e.target.closest && e.target.closest('[id$="leggTil"], .tiltak-rediger, .tiltak-slett');
        if (knapp) {
            aapner = knapp.id;
        }
    }, true);

    // The calendar opened from its button takes the focus to the chosen day (or today), so the arrow keys work at once.
    document.addEventListener('click', function (e) {
        var knapp = e.target.closest && e.target.closest('.ui-datepicker-trigger');
        if (knapp) {
            setTimeout(function () {
                var panel = document.getElementById(knapp.getAttribute('aria-controls'));
                if (panel && panel.getClientRects().length) {
                    fokuser(panel.querySelector('td a.ui-state-active, td.ui-datepicker-today a, td a:not(.ui-state-disabled)'));
                }
            }, 150);
        }
    });

    // The calendar: Enter picks the day and closes the panel, Escape closes only the panel;
    // both give focus back to the date field (and Escape does not also close the dialog).
    window.addEventListener('keydown', function (e) {
        if (e.key !== 'Enter' && e.key !== 'Escape') {
            return;
        }
        var panel = e.target.closest && e.target.closest('div.ui-datepicker[id$="_panel"]');
        var felt = panel ? document.getElementById(panel.id.replace(/_panel$/, '_input'))
            : (e.target.matches && e.target.matches('.hasDatepicker, [id$="_input"]') ? e.target : null);
        if (!felt) {
            return;
        }
        var widget = datovelger(felt.id.replace(/_input$/, ''));
        if (!widget || !widget.isPanelVisible || !widget.isPanelVisible()) {
            return;
        }
        if (e.key === 'Escape') {
            e.stopPropagation();
            e.preventDefault();
            widget.hideOverlay();
            felt.focus();
        } else if (panel) {
            // PrimeFaces picks the day on the same key and redraws the panel, which drops the focus
            // to <body>; give the focus back once that is done.
            setTimeout(function () {
                widget.hideOverlay();
                felt.focus();
            }, 150);
        }
    }, true);

    function datovelger(id) {
        var widgets = window.PrimeFaces ? PrimeFaces.widgets : {};
        for (var navn in widgets) {
            if (widgets[navn] && widgets[navn].id === id) {
                return widgets[navn];
            }
        }
        return null;
    }

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
            if (!fokuser(maanedsrad(maaned))) {
                tilAapner();
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
        /** The delete confirmation was answered Nei. */
        tilAapner: tilAapner
    };
})();
