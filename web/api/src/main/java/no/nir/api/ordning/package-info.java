/**
 * A person's ordninger and their month tables as JSON. Top of the API packages: uses
 * api.plattform, api.person and api.tiltak.
 */
package no.nir.api.ordning;
