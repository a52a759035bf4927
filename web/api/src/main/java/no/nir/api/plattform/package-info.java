/**
 * What every API resource shares: the JAX-RS application, problem+json errors (RFC 9457),
 * the role check and the OpenAPI document. Uses no other API package; every API package uses it.
 */
package no.nir.api.plattform;
