package no.nir.test.http;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import no.nir.test.nettleser.Testpersoner;

/**
 * The upstream registers' events as the tests write them (the format of docs/personhendelse.schema.json),
 * and their client for {@link HendelseServlet}: onto the test server's real queue, or into a file
 * for the initial load.
 */
public final class Hendelser {

    private static final URI TESTTJENER = URI.create("http://127.0.0.1:" + System.getProperty("nir.test.http.port", "9080") + "/");

    private Hendelser() {
    }

    /** An event id of its own for each event a test makes. */
    public static String nyId(String prefiks) {
        return prefiks + "-" + UUID.randomUUID();
    }

    /** Now minus the given minutes, as the events carry it. */
    public static String tidspunkt(long minutterSiden) {
        return OffsetDateTime.now(ZoneOffset.UTC).minusMinutes(minutterSiden).toString();
    }

    public static String nyPersonIMottak(String id, String tid, String duf, String fornavn, String etternavn,
                                         LocalDate fodt, long mottakId) {
        return felles(id, "UDI", tid, duf, "NY_PERSON") + ",\"fornavn\":\"" + fornavn + "\",\"etternavn\":\"" + etternavn
                + "\",\"fodselsdato\":\"" + fodt + "\",\"kjonn\":\"K\",\"statsborgerskap\":\"Syria\",\"mottakId\":" + mottakId + "}";
    }

    public static String tillatelse(String id, String tid, String duf, LocalDate dato) {
        return felles(id, "UDI", tid, duf, "TILLATELSE_INNVILGET") + ",\"dato\":\"" + dato + "\"}";
    }

    public static String flyttetInn(String id, String tid, String duf, long mottakId, LocalDate dato) {
        return felles(id, "UDI", tid, duf, "FLYTTET_INN_I_MOTTAK") + ",\"mottakId\":" + mottakId + ",\"dato\":\"" + dato + "\"}";
    }

    public static String bosatt(String id, String tid, String duf, String kommune, LocalDate dato) {
        return felles(id, "IMDI", tid, duf, "BOSATT") + ",\"kommunenummer\":\"" + kommune + "\",\"dato\":\"" + dato + "\"}";
    }

    public static String navnEndret(String id, String tid, String duf, String fornavn, String etternavn) {
        return felles(id, "FOLKEREGISTERET", tid, duf, "NAVN_ENDRET") + ",\"fornavn\":\"" + fornavn
                + "\",\"etternavn\":\"" + etternavn + "\"}";
    }

    private static String felles(String id, String kilde, String tid, String duf, String type) {
        return "{\"hendelseId\":\"" + id + "\",\"kilde\":\"" + kilde + "\",\"tidspunkt\":\"" + tid
                + "\",\"dufNummer\":\"" + duf + "\",\"type\":\"" + type + "\"";
    }

    /** Sends the events to the queue of the test server; returns when each was sent (epoch ms). */
    public static long[] send(String... hendelser) {
        return send(null, List.of(hendelser));
    }

    /** To the server at this root (the test server when null). */
    public static long[] send(URI tjener, List<String> hendelser) {
        String svar = Testpersoner.send(HttpRequest.newBuilder(rot(tjener).resolve("/nir-testdata/hendelser"))
                .POST(HttpRequest.BodyPublishers.ofString(String.join("\n", hendelser))));
        return svar.isBlank() ? new long[0] : Arrays.stream(svar.split("\n")).mapToLong(Long::parseLong).toArray();
    }

    /** A mottak in the kommune on the test server. */
    public static long mottakId(String kommune) {
        return mottakId(null, kommune);
    }

    public static long mottakId(URI tjener, String kommune) {
        return Long.parseLong(Testpersoner.send(HttpRequest.newBuilder(
                rot(tjener).resolve("/nir-testdata/mottak?kommune=" + kommune))).trim());
    }

    /** Writes the lines as a file of the load directory (of the test server when null). */
    public static void innlastingsfil(URI tjener, String navn, List<String> linjer) {
        Testpersoner.send(HttpRequest.newBuilder(rot(tjener).resolve("/nir-testdata/innlastingsfil?navn="
                        + URLEncoder.encode(navn, StandardCharsets.UTF_8)))
                .POST(HttpRequest.BodyPublishers.ofString(String.join("\n", linjer) + "\n")));
    }

    private static URI rot(URI tjener) {
        return tjener == null ? TESTTJENER : tjener;
    }
}
