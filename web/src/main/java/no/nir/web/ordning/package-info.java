/**
 * The ordning page and the person's NIR menu. Top of the web packages: uses web.felles,
 * web.person and web.tiltak.
 */
package no.nir.web.ordning;
