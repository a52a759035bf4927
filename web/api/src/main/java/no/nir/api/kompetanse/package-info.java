/**
 * A person's kompetanse as JSON. Uses api.plattform only.
 */
package no.nir.api.kompetanse;
