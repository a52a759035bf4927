/**
 * Tiltak on an ordning: registering, changing and deleting them (with the innsynslogg), the month
 * averages, the report on Kvalifisering i mottak and its data. Above ordning and innsynslogg; only
 * the pages, the API, the migrations and the demo generator use it.
 */
package no.nir.tiltak;
