package no.nir;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The packages of the ejb module form layers: a package uses only packages on lower layers, so no
 * two packages depend on each other (no cycle). A new package must be given its layer here, and its
 * package-info.java says what lives in it and who may use it. Read from the sources: imports and
 * fully qualified names.
 */
class PakkelagTest {

    /** From the bottom up; packages on one layer do not use each other. */
    static final List<List<String>> LAG = List.of(
            List.of("kalender", "kommune", "katalog", "plattform.jpa"),
            List.of("tilgang"),
            List.of("plattform"),
            List.of("person"),
            List.of("innsynslogg", "kompetanse"),
            List.of("ordning"),
            List.of("tiltak", "datakilde"),
            List.of("personliste", "grunndata"),
            List.of("plattform.migrering"),
            List.of("demo"));

    private static final Path KILDER = Path.of("src/main/java");
    private static final Pattern PAKKE = Pattern.compile("^package no\\.nir\\.([\\w.]+);", Pattern.MULTILINE);
    private static final Pattern BRUK = Pattern.compile("\\bno\\.nir\\.((?:[a-z]\\w*\\.)*[a-z]\\w*)\\.[A-Z]");

    @Test
    void hverPakkeBrukerBareLavereLag() {
        Map<String, Set<String>> avhengigheter = avhengigheter();
        List<String> brudd = new ArrayList<>();
        avhengigheter.forEach((pakke, brukte) -> {
            for (String brukt : brukte) {
                if (lag(brukt) >= lag(pakke)) {
                    brudd.add(pakke + " (layer " + lag(pakke) + ") -> " + brukt + " (layer " + lag(brukt) + ")");
                }
            }
        });
        assertEquals(List.of(), brudd, "imports against the layer order " + LAG);
    }

    @Test
    void hverPakkeHarLagOgPackageInfo() {
        Set<String> pakker = avhengigheter().keySet();
        assertTrue(pakker.size() >= 10, "found the packages: " + pakker);
        for (String pakke : pakker) {
            assertTrue(lag(pakke) >= 0, "no.nir." + pakke + " has no layer in PakkelagTest.LAG");
            assertTrue(Files.exists(KILDER.resolve("no/nir/" + pakke.replace('.', '/') + "/package-info.java")),
                    "no.nir." + pakke + " has no package-info.java");
        }
    }

    /** The scan itself: a use of a higher package is found (so the test above can fail). */
    @Test
    void skanningenFinnerBrukAvHoyereLag() {
        assertEquals(Set.of("tiltak", "person"),
                bruk("import no.nir.tiltak.Tiltak;\nclass A { no.nir.person.Person p; String s = \"no.nir.x\"; }"));
        assertTrue(lag("tiltak") > lag("tilgang"));
    }

    private static int lag(String pakke) {
        for (int i = 0; i < LAG.size(); i++) {
            if (LAG.get(i).contains(pakke)) {
                return i;
            }
        }
        return -1;
    }

    private static Map<String, Set<String>> avhengigheter() {
        Map<String, Set<String>> resultat = new TreeMap<>();
        try (Stream<Path> filer = Files.walk(KILDER)) {
            filer.filter(f -> f.toString().endsWith(".java")).forEach(fil -> {
                String tekst = les(fil);
                Matcher pakke = PAKKE.matcher(tekst);
                if (!pakke.find()) {
                    return;
                }
                Set<String> brukte = resultat.computeIfAbsent(pakke.group(1), p -> new TreeSet<>());
                bruk(tekst).stream().filter(b -> !b.equals(pakke.group(1))).forEach(brukte::add);
            });
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return resultat;
    }

    /** The no.nir packages a source names, in imports or in code; comments are left out. */
    private static Set<String> bruk(String kilde) {
        String kode = kilde.replaceAll("(?s)/\\*.*?\\*/", "").replaceAll("//[^\\n]*", "");
        Set<String> pakker = new TreeSet<>();
        Matcher m = BRUK.matcher(kode.replaceAll("(?m)^package .*$", ""));
        while (m.find()) {
            pakker.add(m.group(1));
        }
        return pakker;
    }

    private static String les(Path fil) {
        try {
            return Files.readString(fil);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
