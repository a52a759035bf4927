/**
 * Who the caller is and what it may do: roles ({@link no.nir.tilgang.Rolle}), the capability
 * table ({@link no.nir.tilgang.Evne}, checked against every {@code @RolesAllowed} by a unit test), the
 * caller's {@link no.nir.tilgang.Tilgang} and its kommune/bydel scope ({@link no.nir.tilgang.Omfang}, which
 * also writes the SQL/JPQL condition). Low layer, so every domain package can ask it; it names no
 * domain entity (the innsynslogg, which does, is its own package).
 */
package no.nir.tilgang;
