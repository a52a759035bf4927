/**
 * Fylker, kommuner, bydeler and mottak: reference data that only changes by migration.
 * Ground layer: uses no other NIR package; every package may use it.
 */
package no.nir.kommune;
