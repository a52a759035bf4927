/**
 * Personsøk, Grunndata and the person lists as JSON. Uses api.plattform; api.ordning uses its JSON shapes.
 */
package no.nir.api.person;
