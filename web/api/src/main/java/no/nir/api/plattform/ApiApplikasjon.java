package no.nir.api.plattform;

import jakarta.ws.rs.ApplicationPath;
import jakarta.ws.rs.core.Application;

/**
 * Version 1 of the JSON API, below /nir/api/v1; the document is at /nir/api/openapi. Every
 * resource class but the catalogue sits at "/" with full paths on its methods: a class at
 * "personer/{id}" would take every request below it, and the other classes' methods would 404.
 */
@ApplicationPath("/v1")
public class ApiApplikasjon extends Application {
}
