package no.nir.tilgang;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Every EJB method's @RolesAllowed lists exactly the roles of the capability it names (@Krever). */
class EvneTest {

    @Test
    void rolesAllowedStemmerMedEvnetabellenForHverEjbMetode() throws Exception {
        List<Class<?>> boenner = ejbKlasser();
        assertTrue(boenner.size() >= 10, "found the services: " + boenner);
        List<String> sjekket = new ArrayList<>();
        for (Class<?> boenne : boenner) {
            if (boenne.isAnnotationPresent(PermitAll.class)) {
                continue;
            }
            for (Method metode : boenne.getDeclaredMethods()) {
                if (!Modifier.isPublic(metode.getModifiers()) || metode.isSynthetic()) {
                    continue;
                }
                String navn = boenne.getSimpleName() + "." + metode.getName();
                RolesAllowed roller = metode.isAnnotationPresent(RolesAllowed.class)
                        ? metode.getAnnotation(RolesAllowed.class) : boenne.getAnnotation(RolesAllowed.class);
                Krever krever = metode.isAnnotationPresent(Krever.class)
                        ? metode.getAnnotation(Krever.class) : boenne.getAnnotation(Krever.class);
                assertNotNull(roller, navn + " has no @RolesAllowed");
                assertNotNull(krever, navn + " names no capability (@Krever)");
                assertEquals(krever.value().roller(), Set.of(roller.value()),
                        navn + ": @RolesAllowed differs from " + krever.value());
                sjekket.add(navn);
            }
        }
        assertTrue(sjekket.contains("TiltakService.registrer"), String.valueOf(sjekket));
        assertTrue(sjekket.contains("InnsynsloggService.side"), String.valueOf(sjekket));
    }

    @Test
    void menyeneSpoerSammeTabell() {
        Tilgang bosetting = new Tilgang("b", Set.of(Rolle.BOSETTING), Set.of("4204"), null);
        assertTrue(bosetting.kanLeseKompetanse());
        assertFalse(bosetting.kanLesePersoner());
        assertFalse(bosetting.kanLeseTiltak());
        Tilgang admin = new Tilgang("a", Set.of(Rolle.KOMMUNEADMIN), Set.of("4204"), null);
        assertTrue(admin.kanLesePersoner());
        assertTrue(admin.kanLeseInnsynslogg());
        assertFalse(admin.kanLeseKompetanse());
        assertFalse(admin.kanEndreTiltak());
        Tilgang imdi = new Tilgang("i", Set.of(Rolle.IMDI), Set.of(), null);
        assertTrue(imdi.kanLeseTiltak());
        assertFalse(imdi.kanEndreTiltak(), "IMDi reads everything but changes no tiltak");
        assertTrue(new Tilgang("s", Set.of(Rolle.NIR_SKRIV), Set.of(), null).kanEndreTiltak());
    }

    /** The @Stateless classes of the ejb module's compiled classes. */
    private static List<Class<?>> ejbKlasser() throws IOException, URISyntaxException {
        Path rot = Path.of(Evne.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        try (Stream<Path> filer = Files.walk(rot)) {
            return filer.filter(f -> f.toString().endsWith(".class") && !f.getFileName().toString().contains("$"))
                    .map(f -> rot.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", ""))
                    .map(EvneTest::klasse)
                    .filter(k -> k.isAnnotationPresent(Stateless.class))
                    .toList();
        }
    }

    private static Class<?> klasse(String navn) {
        try {
            return Class.forName(navn, false, EvneTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
