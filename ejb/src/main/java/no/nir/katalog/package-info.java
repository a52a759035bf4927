/**
 * The tiltak catalogue (tiltaksgrupper, tiltakstyper and their flags), read from the CSV that
 * a migration loads. Ground layer: uses no other NIR package; tiltak and the pages use it.
 */
package no.nir.katalog;
