/**
 * Flyway: the one setup ({@link no.nir.plattform.migrering.Migreringsoppsett}), the migration at
 * deployment, and the Java migrations (reference data from CSV, the report data). Near the top
 * because a Java migration may use domain code; nothing but the demo generator and tests use it.
 * Applied migrations are never edited (Flyway checksums).
 */
package no.nir.plattform.migrering;
