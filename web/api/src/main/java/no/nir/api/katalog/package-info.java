/**
 * The tiltak catalogue as JSON. Uses api.plattform only.
 */
package no.nir.api.katalog;
