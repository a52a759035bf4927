/**
 * The reports page and the report on Kvalifisering i mottak (table, chart, CSV). Uses
 * web.felles and web.personliste; no web package uses it.
 */
package no.nir.web.rapport;
