/**
 * Opening a person: its facts and kategorier for the Grunndata page, with a line in the
 * innsynslogg in the same transaction. Above person, ordning and innsynslogg; only the pages and the API use it.
 */
package no.nir.grunndata;
