package no.nir.datakilde;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import no.nir.person.Kjonn;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** The event format: what the reader takes, and the reason it gives for what it refuses. */
class HendelseleserTest {

    private static final Instant NAA = Instant.parse("2026-03-02T12:00:00Z");
    private static final String FELLES = "\"hendelseId\":\"udi-1\",\"kilde\":\"UDI\",\"tidspunkt\":\"2026-03-02T09:15:00+01:00\","
            + "\"dufNummer\":\"202612345601\",";

    private static Hendelse les(String felt) throws AvvistHendelseException {
        return Hendelseleser.les("{" + FELLES + felt + "}", NAA);
    }

    private static String avvist(String tekst) {
        return assertThrows(AvvistHendelseException.class, () -> Hendelseleser.les(tekst, NAA)).getMessage();
    }

    @Test
    void nyPersonIMottak() throws Exception {
        Hendelse h = les("\"type\":\"NY_PERSON\",\"fornavn\":\"Amina\",\"etternavn\":\"Hassan\",\"fodselsdato\":\"1990-05-17\","
                + "\"kjonn\":\"K\",\"statsborgerskap\":\"Somalia\",\"mottakId\":4711");
        assertEquals("udi-1", h.hendelseId());
        assertEquals(Kilde.UDI, h.kilde());
        assertEquals(Instant.parse("2026-03-02T08:15:00Z"), h.tidspunkt());
        Hendelse.NyPerson ny = assertInstanceOf(Hendelse.NyPerson.class, h.fakta());
        assertEquals(new Hendelse.NyPerson("Amina", "Hassan", LocalDate.of(1990, 5, 17), Kjonn.K, "Somalia", 4711L, null), ny);
    }

    @Test
    void bosattMedOgUtenBydel() throws Exception {
        assertEquals(new Hendelse.Bosatt(LocalDate.of(2026, 3, 1), "0301", "030101"),
                les("\"type\":\"BOSATT\",\"dato\":\"2026-03-01\",\"kommunenummer\":\"0301\",\"bydelsnummer\":\"030101\"").fakta());
        assertNull(((Hendelse.Bosatt) les("\"type\":\"BOSATT\",\"dato\":\"2026-03-01\",\"kommunenummer\":\"4204\"").fakta())
                .bydelsnummer());
    }

    @Test
    void hverTypeLesesTilSinFakta() throws Exception {
        assertInstanceOf(Hendelse.TillatelseInnvilget.class, les("\"type\":\"TILLATELSE_INNVILGET\",\"dato\":\"2026-02-20\"").fakta());
        assertEquals(new Hendelse.FlyttetInnIMottak(LocalDate.of(2026, 2, 1), 50),
                les("\"type\":\"FLYTTET_INN_I_MOTTAK\",\"dato\":\"2026-02-01\",\"mottakId\":50").fakta());
        assertInstanceOf(Hendelse.FlyttetUtAvMottak.class, les("\"type\":\"FLYTTET_UT_AV_MOTTAK\",\"dato\":\"2026-02-01\"").fakta());
        assertEquals(new Hendelse.FodselsnummerTildelt("01019012480"),
                les("\"type\":\"FODSELSNUMMER_TILDELT\",\"fodselsnummer\":\"01019012480\"").fakta());
        assertEquals(new Hendelse.NavnEndret("Amina", "Hassan Nilsen"),
                les("\"type\":\"NAVN_ENDRET\",\"fornavn\":\" Amina \",\"etternavn\":\"Hassan Nilsen\"").fakta());
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "{\"hendelseId\": |Ugyldig JSON",
        "[1,2]|Meldingen er ikke et JSON-objekt",
        "' '|Meldingen er tom",
        "{\"type\":\"SKILSMISSE\"}|Feltet type har en ukjent verdi",
        "{\"type\":\"NY_PERSON\"}|Feltet hendelseId mangler"})
    void ugyldigeMeldinger(String tekst, String arsak) {
        assertEquals(arsak, avvist(tekst));
    }

    @ParameterizedTest(name = "{1}")
    @CsvSource(delimiter = '|', value = {
        "\"type\":\"TILLATELSE_INNVILGET\",\"dato\":\"2026-02-20\",\"mottakId\":3|Ukjent felt for TILLATELSE_INNVILGET: mottakId",
        "\"type\":\"TILLATELSE_INNVILGET\"|Feltet dato mangler",
        "\"type\":\"TILLATELSE_INNVILGET\",\"dato\":\"2026-03-03\"|Feltet dato ligger fram i tid",
        "\"type\":\"TILLATELSE_INNVILGET\",\"dato\":\"20.02.2026\"|Feltet dato må være en dato, f.eks. 2026-03-02",
        "\"type\":\"FLYTTET_INN_I_MOTTAK\",\"dato\":\"2026-02-01\",\"mottakId\":-4|Feltet mottakId må være et positivt heltall",
        "\"type\":\"FLYTTET_INN_I_MOTTAK\",\"dato\":\"2026-02-01\",\"mottakId\":1e40|Feltet mottakId må være et positivt heltall",
        "\"type\":\"BOSATT\",\"dato\":\"2026-03-01\",\"kommunenummer\":\"301\"|Feltet kommunenummer må ha 4 siffer",
        "\"type\":\"FODSELSNUMMER_TILDELT\",\"fodselsnummer\":\"01019012481\"|Feltet fodselsnummer: Fødselsnummeret har ugyldige kontrollsifre",
        "\"type\":\"NAVN_ENDRET\",\"fornavn\":\"\",\"etternavn\":\"X\"|Feltet fornavn må ha 1–200 tegn uten kontrolltegn",
        "\"type\":\"NY_PERSON\",\"fornavn\":\"A\",\"etternavn\":\"B\",\"fodselsdato\":\"1990-01-01\",\"kjonn\":\"K\",\"statsborgerskap\":\"Syria\"|NY_PERSON må ha enten mottakId eller kommunenummer"})
    void ugyldigeFelt(String felt, String arsak) {
        assertEquals(arsak, avvist("{" + FELLES + felt + "}"));
    }

    @Test
    void tidspunktFramITidUtoverToleransen() {
        String omSeksMinutter = NAA.plusSeconds(6 * 60).toString();
        assertEquals("Feltet tidspunkt ligger fram i tid", avvist("{\"hendelseId\":\"a\",\"kilde\":\"UDI\",\"tidspunkt\":\""
                + omSeksMinutter + "\",\"dufNummer\":\"202612345601\",\"type\":\"FLYTTET_UT_AV_MOTTAK\",\"dato\":\"2026-03-01\"}"));
    }

    /** README's examples, one per type, in docs/ beside the schema (which they also follow). */
    @Test
    void eksempleneIDokumentasjonenLeses() throws Exception {
        List<String> eksempler = Files.readAllLines(Path.of("../docs/personhendelse-eksempler.jsonl"));
        Set<Hendelsestype> typer = EnumSet.noneOf(Hendelsestype.class);
        for (String eksempel : eksempler) {
            typer.add(Hendelseleser.les(eksempel, Instant.parse("2027-01-01T00:00:00Z")).type());
        }
        assertEquals(EnumSet.allOf(Hendelsestype.class), typer);
    }

    @Test
    void forLangMeldingLesesIkke() {
        assertEquals("Meldingen er lengre enn 8000 tegn", avvist("{\"x\":\"" + "a".repeat(8000) + "\"}"));
    }
}
