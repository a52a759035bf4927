/**
 * Kategorier and ordninger: which a person has, decided from the person's facts
 * ({@link no.nir.ordning.Beregning}, pure and unit tested) and which ordninger a kategori type gives
 * ({@link no.nir.ordning.KategoriType#ordninger()}). Above person and kompetanse; tiltak, the lists,
 * grunndata and the pages use it.
 */
package no.nir.ordning;
