/**
 * The dead-letter queue of the upstream registers' events, for operators (role nir-drift). Uses
 * api.plattform only.
 */
package no.nir.api.datakilde;
