/**
 * What all pages share: the menu, converters for dates and decimal numbers, input limits,
 * messages from the text bundle, log-out. Uses web.feil only; the page packages use it.
 */
package no.nir.web.felles;
