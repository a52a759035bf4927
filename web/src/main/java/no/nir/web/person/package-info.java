/**
 * The person pages: header, Grunndata, personsøk, avansert søk and the arbeidsflate. Uses
 * web.felles and web.personliste (links into the lists); web.ordning uses it.
 */
package no.nir.web.person;
