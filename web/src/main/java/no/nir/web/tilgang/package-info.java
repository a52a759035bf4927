/**
 * The innsynslogg page and the page and filter for a user without access. Uses web.felles;
 * no web package uses it.
 */
package no.nir.web.tilgang;
