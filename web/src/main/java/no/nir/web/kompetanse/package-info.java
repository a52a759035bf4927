/**
 * The Kompetanse page of a person. Uses web.felles; no web package uses it.
 */
package no.nir.web.kompetanse;
