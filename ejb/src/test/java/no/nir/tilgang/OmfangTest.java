package no.nir.tilgang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The scope decision and the query condition it writes for the same callers. */
class OmfangTest {

    private static final Omfang KRISTIANSAND = tilgang(Set.of(Rolle.NIR_LES), Set.of("4204"), null).omfang();
    private static final Omfang GAMLE_OSLO = tilgang(Set.of(Rolle.NIR_LES), Set.of("0301"), "030101").omfang();
    private static final Omfang REGION = tilgang(Set.of(Rolle.NIR_LES), Set.of("4601", "4204"), null).omfang();
    private static final Omfang IMDI = tilgang(Set.of(Rolle.IMDI), Set.of(), null).omfang();
    private static final Omfang INGEN_KOMMUNE = tilgang(Set.of(Rolle.NIR_SKRIV), Set.of(), null).omfang();

    @Test
    void egenKommuneUansettBydelNaarBrukerenIkkeHarBydel() {
        assertTrue(KRISTIANSAND.kanSe("4204", null));
        assertTrue(KRISTIANSAND.kanSe("4204", "420401"));
        assertFalse(KRISTIANSAND.kanSe("4601", null));
        assertFalse(KRISTIANSAND.kanSe(null, null));
    }

    @Test
    void bydelsbrukerSerBareEgenBydel() {
        assertTrue(GAMLE_OSLO.kanSe("0301", "030101"));
        assertFalse(GAMLE_OSLO.kanSe("0301", "030102"), "another bydel of the same kommune");
        assertFalse(GAMLE_OSLO.kanSe("0301", null), "a person of the kommune without a bydel");
        assertFalse(GAMLE_OSLO.kanSe("4204", "030101"), "the bydel number alone is not enough");
    }

    @Test
    void imdiSerAltOgBrukerUtenKommuneIngenting() {
        assertTrue(IMDI.kanSe("5001", null));
        assertTrue(IMDI.kanSe("0301", "030105"));
        assertFalse(INGEN_KOMMUNE.kanSe("4204", null));
        assertFalse(INGEN_KOMMUNE.kanSe(null, null));
    }

    @Test
    void sqlVilkaretUttrykkerSammeRegel() {
        Omfang.Vilkar kommune = KRISTIANSAND.sql("o.oppfolgingskommune_nummer", "o.bydel_nummer");
        assertEquals("o.oppfolgingskommune_nummer in (cast(? as bpchar))", kommune.tekst());
        assertEquals(List.of("4204"), kommune.verdier());

        Omfang.Vilkar bydel = GAMLE_OSLO.sql("p.oppfolgingskommune_nummer", "p.bydel_nummer");
        assertEquals("p.oppfolgingskommune_nummer in (cast(? as bpchar)) and p.bydel_nummer = cast(? as bpchar)",
                bydel.tekst());
        assertEquals(List.of("0301", "030101"), bydel.verdier());

        Omfang.Vilkar to = REGION.sql("p.k", "p.b");
        assertEquals("p.k in (cast(? as bpchar), cast(? as bpchar))", to.tekst());
        assertEquals(List.of("4204", "4601"), to.verdier(), "in a stable order");

        assertNull(IMDI.sql("p.k", "p.b"), "nothing limits IMDi");
        assertEquals("1 = 0", INGEN_KOMMUNE.sql("p.k", "p.b").tekst(), "no kommune sees nothing, no placeholder value");
    }

    @Test
    void jpqlVilkaretNummerererParametrene() {
        Omfang.Vilkar vilkar = GAMLE_OSLO.jpql("l.kommuneNummer", "l.bydelNummer");
        assertEquals("l.kommuneNummer in (?1) and l.bydelNummer = ?2", vilkar.tekst());
        assertEquals(List.of("0301", "030101"), vilkar.verdier());
        // Without a bydel column (the kommuner a bydel user may filter on) only the kommune limits.
        assertEquals("k.nummer in (?1)", GAMLE_OSLO.jpql("k.nummer", null).tekst());
        assertNull(IMDI.jpql("k.nummer", null));
    }

    private static Tilgang tilgang(Set<String> roller, Set<String> kommuner, String bydel) {
        return new Tilgang("test", roller, kommuner, bydel);
    }
}
