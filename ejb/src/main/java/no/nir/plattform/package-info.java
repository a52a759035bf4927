/**
 * Technical pieces with no domain in them: CSV writing and the operations info page's service.
 * Uses only tilgang; the domain packages may use it. Flyway and its Java migrations are in
 * {@code plattform.migrering}, which sits at the top because a migration may use domain code.
 */
package no.nir.plattform;
