package no.nir.plattform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ejb.EJB;
import jakarta.persistence.Column;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Table;
import jakarta.persistence.metamodel.EntityType;
import java.lang.reflect.Field;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import no.nir.test.Deployments;
import no.nir.test.Transaksjon;
import no.nir.tiltak.TiltakSkjema;
import org.jboss.arquillian.container.test.api.Deployment;
import org.jboss.arquillian.junit5.ArquillianExtension;
import org.jboss.shrinkwrap.api.spec.EnterpriseArchive;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * Every enum an entity stores by name has exactly its values in the database's CHECK list (or, for
 * a copied column, in the CHECK of the column its foreign key points at), and the hour limit in
 * Java is the one in the CHECK on tiltak. Read from the migrated database, not from the SQL files.
 */
@ExtendWith(ArquillianExtension.class)
class EnumOgSkjemaIT {

    private static final Pattern VERDI = Pattern.compile("'([^']*)'");

    @Deployment
    static EnterpriseArchive deployment() {
        return Deployments.medTester(EnumOgSkjemaIT.class);
    }

    @EJB
    Transaksjon tx;

    @Test
    void hverEnumHarSammeVerdierSomDatabasensCheck() {
        List<String> sjekket = tx.lesFraDatabasen(em -> {
            List<String> kolonner = new ArrayList<>();
            for (EntityType<?> entitet : em.getMetamodel().getEntities()) {
                String tabell = entitet.getJavaType().getAnnotation(Table.class).name();
                for (Field felt : entitet.getJavaType().getDeclaredFields()) {
                    if (!felt.isAnnotationPresent(Enumerated.class)) {
                        continue;
                    }
                    String kolonne = felt.getAnnotation(Column.class).name();
                    Set<String> javaVerdier = new TreeSet<>(Arrays.stream(felt.getType().getEnumConstants())
                            .map(v -> ((Enum<?>) v).name()).toList());
                    assertEquals(javaVerdier, checkVerdier(em, tabell, kolonne),
                            tabell + "." + kolonne + " vs " + felt.getType().getSimpleName());
                    kolonner.add(tabell + "." + kolonne);
                }
            }
            return kolonner;
        });
        // The enums known today; a new one is checked without being listed here.
        assertTrue(sjekket.containsAll(List.of("person.kjonn", "kategori.type", "kategori.lovverk", "ordning.type",
                "ordning.kategori_type", "ordning.status", "tiltak.gjennomforing", "kompetanse.kilde",
                "kompetanse.status", "innsynslogg.handling")), String.valueOf(sjekket));
    }

    @Test
    void timegrensenIJavaErDatabasens() {
        List<String> checks = tx.lesFraDatabasen(em -> checks(em, "tiltak"));
        String grense = "timer_per_uke <= (" + TiltakSkjema.MAKS_TIMER_PER_UKE + ")::numeric";
        assertTrue(checks.stream().anyMatch(c -> c.contains(grense)), grense + " in " + checks);
    }

    /** The quoted values of the CHECK on the column, following a foreign key when the column has none. */
    private static Set<String> checkVerdier(EntityManager em, String tabell, String kolonne) {
        Pattern paaKolonnen = Pattern.compile("\\(?\\b" + kolonne + "\\)?(::text)? = ANY");
        for (String check : checks(em, tabell)) {
            if (paaKolonnen.matcher(check).find()) {
                Set<String> verdier = new TreeSet<>();
                Matcher m = VERDI.matcher(check);
                while (m.find()) {
                    verdier.add(m.group(1));
                }
                return verdier;
            }
        }
        @SuppressWarnings("unchecked")
        List<Object[]> fremmed = em.createNativeQuery("select c.confrelid::regclass::text, af.attname::text"
                        + " from pg_constraint c"
                        + " join unnest(c.conkey) with ordinality k(attnum, i) on true"
                        + " join unnest(c.confkey) with ordinality f(attnum, i) on f.i = k.i"
                        + " join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.attnum"
                        + " join pg_attribute af on af.attrelid = c.confrelid and af.attnum = f.attnum"
                        + " where c.contype = 'f' and c.conrelid = cast(?1 as regclass) and a.attname = ?2")
                .setParameter(1, tabell).setParameter(2, kolonne).getResultList();
        assertFalse(fremmed.isEmpty(), tabell + "." + kolonne + " has neither a CHECK list nor a foreign key");
        return checkVerdier(em, (String) fremmed.get(0)[0], (String) fremmed.get(0)[1]);
    }

    @SuppressWarnings("unchecked")
    private static List<String> checks(EntityManager em, String tabell) {
        return em.createNativeQuery("select pg_get_constraintdef(oid) from pg_constraint"
                        + " where contype = 'c' and conrelid = cast(?1 as regclass)")
                .setParameter(1, tabell).getResultList();
    }
}
