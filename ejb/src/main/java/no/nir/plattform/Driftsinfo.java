package no.nir.plattform;

/**
 * What an operator needs to know about a running NIR, without personal data: the application's
 * version, the database schema's version (highest applied migration) and whether the database answers.
 */
public record Driftsinfo(String versjon, String skjemaversjon, boolean databaseTilgjengelig, long databaseSvartidMs) {
}
