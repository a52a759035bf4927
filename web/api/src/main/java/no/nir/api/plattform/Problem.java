package no.nir.api.plattform;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;

/**
 * An error as RFC 9457 Problem Details. {@code feil} has one entry per field for 400,
 * {@code referanse} is the id logged with an unexpected error. Texts are Norwegian and never
 * carry a class name or stack trace.
 */
public record Problem(String type, String title, int status, String detail, String instance, List<Feltfeil> feil,
                      String referanse) {

    public static final String MEDIETYPE = "application/problem+json";
    private static final Jsonb JSON = JsonbBuilder.create();

    /** A message that belongs to one field of the request body ({@code skjema}: the body as a whole). */
    public record Feltfeil(String felt, String melding) {
    }

    public static Problem av(int status, String detail) {
        return new Problem("about:blank", tittel(status), status, detail, null, null, null);
    }

    public static Problem validering(Map<String, String> feil) {
        return new Problem("about:blank", tittel(400), 400, String.join(" ", feil.values()), null,
                feil.entrySet().stream().map(e -> new Feltfeil(e.getKey(), e.getValue())).toList(), null);
    }

    public Problem medInstance(String sti) {
        return new Problem(type, title, status, detail, sti, feil, referanse);
    }

    public Problem medReferanse(String id) {
        return new Problem(type, title, status, detail, instance, feil, id);
    }

    public String json() {
        return JSON.toJson(this);
    }

    public Response svar() {
        return Response.status(status).type(MEDIETYPE).entity(json()).build();
    }

    static String tittel(int status) {
        return switch (status) {
            case 400 -> "Ugyldig forespørsel";
            case 401 -> "Ikke innlogget";
            case 403 -> "Ingen tilgang";
            case 404 -> "Ikke funnet";
            case 405 -> "Metoden er ikke tillatt";
            case 406 -> "Kan ikke svare i ønsket format";
            case 409 -> "Konflikt";
            case 412 -> "Endret av en annen";
            case 415 -> "Ukjent innholdstype";
            case 428 -> "If-Match mangler";
            default -> status >= 500 ? "Noe gikk galt" : "Feil";
        };
    }

    /** The detail for errors that carry no message of their own. */
    public static String standardDetalj(int status) {
        return switch (status) {
            case 401 -> "Oppgi brukernavn og passord med HTTP Basic.";
            case 403 -> "Rollen din gir ikke tilgang til dette.";
            case 404 -> "Ressursen eller personen finnes ikke, eller du har ikke tilgang til den.";
            case 405 -> "Ressursen støtter ikke denne metoden.";
            case 406 -> "API-et svarer bare med JSON.";
            case 415 -> "Send innholdet som application/json.";
            default -> status >= 500
                    ? "Det oppstod en uventet feil. Prøv igjen, eller kontakt brukerstøtte med referansen."
                    : "Forespørselen kan ikke behandles.";
        };
    }
}
