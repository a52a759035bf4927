package no.nir.tilgang;

import static no.nir.test.Administrator.nirBruker;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.stream.Stream;
import no.nir.test.Administrator;
import no.nir.test.http.HttpOkt;
import no.nir.test.http.Klienttest;
import org.junit.jupiter.api.Test;

/**
 * docker/cli/nir-bruker.sh against the running test server, as an administrator uses it: the user
 * logs in, roles and kommuner are replaced, open sessions end with the change, and no password is
 * stored readable on disk.
 */
class NirBrukerIT extends Klienttest {

    private static final String BRUKER = "kari-it";
    // A quote, a backslash and a space: the CLI's own quoting must not break or change it.
    private static final String PASSORD = "S3k\"r t\\!";
    private static final String NYTT_PASSORD = "Annet-passord-2";

    @Test
    void administratorForvalterEnBrukerFraStartTilSlutt() throws Exception {
        assertEquals(0, nirBruker(PASSORD, "legg-til", BRUKER, "--roller", "nir-skriv",
                "--kommuner", "0301", "--bydel", "030101").kode());
        assertEquals(List.of("roller: nir-skriv", "kommuner: 0301", "bydel: 030101"),
                nirBruker(null, "vis", BRUKER).linjer());
        assertTrue(HttpOkt.uinnlogget(base).loggInn(BRUKER, PASSORD));
        assertFalse(HttpOkt.uinnlogget(base).loggInn(BRUKER, "feil"));

        assertEquals(0, nirBruker(null, "roller", BRUKER, "nir-les").kode());
        assertEquals(0, nirBruker(null, "kommuner", BRUKER, "4204").kode());
        assertEquals(List.of("roller: nir-les", "kommuner: 4204", "bydel: "), nirBruker(null, "vis", BRUKER).linjer());
        assertTrue(nirBruker(null, "liste").linjer().stream().anyMatch(l -> l.matches("kari-it +nir-les +4204 *")),
                "liste");

        assertEquals(0, nirBruker(NYTT_PASSORD, "passord", BRUKER).kode());
        assertFalse(HttpOkt.uinnlogget(base).loggInn(BRUKER, PASSORD));
        assertTrue(HttpOkt.uinnlogget(base).loggInn(BRUKER, NYTT_PASSORD));
        ingenLesbartPassordPaDisk();

        assertEquals(0, nirBruker(null, "fjern", BRUKER).kode());
        assertFalse(HttpOkt.uinnlogget(base).loggInn(BRUKER, NYTT_PASSORD));
    }

    @Test
    void nyeRollerAvslutterBrukerensApneOkterMenIkkeAndres() throws Exception {
        String bruker = "per-it";
        assertEquals(0, nirBruker(PASSORD, "legg-til", bruker, "--roller", "nir-skriv", "--kommuner", "4204").kode());
        HttpOkt per = HttpOkt.uinnlogget(base);
        HttpOkt andre = HttpOkt.uinnlogget(base);
        assertTrue(per.loggInn(bruker, PASSORD));
        assertTrue(andre.loggInn("les", "passord"));

        Administrator.Resultat roller = nirBruker(null, "roller", bruker, "nir-les");
        assertEquals(0, roller.kode(), roller.feil());
        assertTrue(roller.linjer().contains("Avsluttet 1 åpne økter for per-it."), roller.linjer().toString());
        assertTrue(paInnloggingssiden(per), "per-it sin økt skulle vært avsluttet");
        assertFalse(paInnloggingssiden(andre), "les sin økt skulle overlevd");

        assertTrue(per.loggInn(bruker, PASSORD));
        assertEquals(0, nirBruker(null, "fjern", bruker).kode());
        assertTrue(paInnloggingssiden(per), "fjern skulle avslutte økten");
    }

    private static boolean paInnloggingssiden(HttpOkt klient) throws IOException, InterruptedException {
        return klient.get("arbeidsflate.xhtml").body().contains("j_security_check");
    }

    @Test
    void ugyldigeVerdierAvvisesForNoeLagres() throws Exception {
        Administrator.Resultat rolle = nirBruker(null, "roller", "ingen", "nir-les,sjef");
        assertNotEquals(0, rolle.kode());
        assertTrue(rolle.feil().contains("ugyldig rolle 'sjef'"), rolle.feil());
        Administrator.Resultat utenNull = nirBruker("x", "legg-til", "ingen", "--roller", "nir-les", "--kommuner", "301");
        assertNotEquals(0, utenNull.kode());
        assertTrue(utenNull.feil().contains("'301'"), utenNull.feil());
        assertFalse(HttpOkt.uinnlogget(base).loggInn("ingen", "x"));
    }

    /** Neither the passwords nor their base64 form (what clear={...} stores) are in the realm's files. */
    private void ingenLesbartPassordPaDisk() throws IOException {
        Path brukere = Administrator.brukerkatalog();
        List<String> forbudt = new ArrayList<>();
        for (String passord : List.of(PASSORD, NYTT_PASSORD, "passord")) {
            forbudt.add(passord);
            forbudt.add(Base64.getEncoder().encodeToString(passord.getBytes(StandardCharsets.UTF_8)));
        }
        int filer = 0;
        try (Stream<Path> stier = Files.walk(brukere)) {
            for (Path fil : stier.filter(Files::isRegularFile).toList()) {
                String innhold = Files.readString(fil);
                forbudt.forEach(f -> assertFalse(innhold.contains(f), fil + " inneholder " + f));
                assertFalse(innhold.contains("algorithm=\"clear\""), fil.toString());
                assertTrue(innhold.contains("algorithm=\"bcrypt\""), fil.toString());
                filer++;
            }
        }
        // The ten demo users and kari-it at least.
        assertTrue(filer >= 11, "filer: " + filer);
    }
}
