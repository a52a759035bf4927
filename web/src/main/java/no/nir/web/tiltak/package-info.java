/**
 * The tiltak dialog on the ordning page: one form object, the catalogue, hours and date
 * formats for the page. Uses web.felles; web.ordning uses it. Rules stay in the tiltak service.
 */
package no.nir.web.tiltak;
