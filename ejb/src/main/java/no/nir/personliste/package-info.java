/**
 * Persons read together with their kategorier and ordninger: the NIR person lists, their counts
 * (the arbeidsflate), personsøk and avansert søk, CSV export; one SQL query built in the scope of the
 * caller ({@link no.nir.personliste.SqlVilkar}). Above person and ordning; only the pages and the API use it.
 */
package no.nir.personliste;
