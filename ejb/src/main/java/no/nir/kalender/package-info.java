/**
 * Norwegian time: public holidays, working days and the one {@code Clock} (Europe/Oslo).
 * Plain rules with no dependencies; every package may use it.
 */
package no.nir.kalender;
