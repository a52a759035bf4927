/**
 * The operators' page Datakilder (role nir-drift): the dead-letter queue, the initial load and the
 * nightly beregning's runs. No personal data: events are shown by their ids and reasons.
 */
package no.nir.web.drift;
