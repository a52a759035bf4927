package no.nir.person;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import no.nir.datakilde.FaktaendringRad;
import no.nir.datakilde.Hendelsestype;
import no.nir.grunndata.PersonGrunndata;
import no.nir.kompetanse.Kilde;
import no.nir.kompetanse.KompetanseOversikt;
import no.nir.kompetanse.KompetanseStatus;
import no.nir.ordning.KategoriMedOrdninger;
import no.nir.ordning.KategoriRad;
import no.nir.ordning.KategoriType;
import no.nir.ordning.OrdningRad;
import no.nir.ordning.OrdningStatus;
import no.nir.ordning.OrdningType;
import org.junit.jupiter.api.Test;

/**
 * The records the person pages keep in @ViewScoped beans: sessions are distributable, so they must
 * survive serialization; and the small rules they carry (order, overdue frist).
 */
class PersonsideDtoTest {

    private static final LocalDate I_DAG = LocalDate.of(2024, 6, 1);

    @Test
    void sidenesDataKanSerialiseres() throws Exception {
        KategoriRad kategori = new KategoriRad(1, KategoriType.KVALIFISERING_I_MOTTAK, I_DAG, null);
        PersonGrunndata grunndata = new PersonGrunndata(1, DufNummer.parse("2012 586975 61"),
                IntStream.range(100, 200).mapToObj(i -> Fodselsnummer.generer(LocalDate.of(1990, 1, 1), i, false))
                        .flatMap(Optional::stream).findFirst().orElseThrow(),
                null, null, "Ola", "Nordmann", LocalDate.of(1990, 1, 1), Kjonn.M, "Syria", I_DAG, null,
                Lovverk.INTEGRERINGSLOVEN, "Mottak", "Kristiansand", "Kristiansand", null, List.of(kategori),
                List.of(new FaktaendringRad(Instant.parse("2024-05-02T08:00:00Z"), no.nir.datakilde.Kilde.UDI,
                        Hendelsestype.BOSATT, "udi-1", true, "Bosatt i Kristiansand fra 02.05.2024")));
        KategoriMedOrdninger oversikt = new KategoriMedOrdninger(kategori, List.of(
                new OrdningRad(2, OrdningType.KOMPETANSEKARTLEGGING, I_DAG, null, OrdningStatus.AKTIV, I_DAG, false)));
        KompetanseOversikt kompetanse = new KompetanseOversikt(true, Kilde.IMDI, I_DAG,
                List.of(new KompetanseOversikt.Steg(KompetanseStatus.SELVREGISTRERT_MOTTATT, true)),
                List.of(new KompetanseOversikt.Sprak("Arabisk", "Morsmål", "Morsmål", true)),
                List.of(new KompetanseOversikt.Yrke("Snekker", BigDecimal.ONE)),
                List.of(new KompetanseOversikt.Utdanning("Grunnskole", null, "Syria", null, true)),
                "Andre", "Interesser", "Notat", I_DAG);
        for (Object data : List.of(grunndata, oversikt, kompetanse, KompetanseOversikt.ingen(),
                new PersonHode(1, DufNummer.parse("201258697561"), "Ola Nordmann", I_DAG))) {
            assertEquals(data, kopi(data));
        }
    }

    @Test
    void apneKategorierForstDeretterNyeste() {
        KategoriRad lukket = new KategoriRad(1, KategoriType.KVALIFISERING_I_MOTTAK, I_DAG.minusYears(2), I_DAG.minusYears(1));
        KategoriRad eldreApen = new KategoriRad(2, KategoriType.OPPLAERING_NORSK_SAMFUNNSKUNNSKAP, I_DAG.minusYears(1), null);
        KategoriRad nyApen = new KategoriRad(3, KategoriType.INTRODUKSJONSPROGRAM, I_DAG.minusMonths(1), null);
        List<KategoriRad> kategorier = new ArrayList<>(List.of(lukket, eldreApen, nyApen));
        kategorier.sort(KategoriRad.APNE_FORST);
        assertEquals(List.of(nyApen, eldreApen, lukket), kategorier);
    }

    @Test
    void fristPassertBareForAktivOrdningMedFristForDagen() {
        assertTrue(OrdningRad.fristPassertPa(OrdningStatus.AKTIV, I_DAG.minusDays(1), I_DAG));
        assertFalse(OrdningRad.fristPassertPa(OrdningStatus.AKTIV, I_DAG, I_DAG));
        assertFalse(OrdningRad.fristPassertPa(OrdningStatus.FULLFORT, I_DAG.minusDays(1), I_DAG));
        assertFalse(OrdningRad.fristPassertPa(OrdningStatus.AKTIV, null, I_DAG));
    }

    private static Object kopi(Object data) throws IOException, ClassNotFoundException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream ut = new ObjectOutputStream(bytes)) {
            ut.writeObject(data);
        }
        try (ObjectInputStream inn = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            return inn.readObject();
        }
    }
}
