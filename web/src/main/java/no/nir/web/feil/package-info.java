/**
 * How the pages fail: Norwegian error pages and messages instead of stack traces, for JSF and for
 * the servlets. Uses no other web package; every web package may use it.
 */
package no.nir.web.feil;
