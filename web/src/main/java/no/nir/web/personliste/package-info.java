/**
 * The NIR person lists, their links and CSV download. Uses web.felles; web.person and
 * web.rapport link to it.
 */
package no.nir.web.personliste;
