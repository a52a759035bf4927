package no.nir.ordning;

/**
 * Fired inside the transaction when the beregning has stored a person's ordninger, so figures kept
 * elsewhere (the report on Kvalifisering for mottaksbeboere) follow without this package knowing them.
 */
public record OrdningerEndret(long personId) {
}
