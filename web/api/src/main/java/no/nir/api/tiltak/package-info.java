/**
 * Tiltak as JSON: read, register, change, delete. Uses api.plattform; api.ordning uses it.
 */
package no.nir.api.tiltak;
