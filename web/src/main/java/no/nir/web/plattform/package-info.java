/**
 * The operations info page (version, database, migrations). Uses no other web package.
 */
package no.nir.web.plattform;
