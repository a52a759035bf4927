package no.nir.plattform.migrering;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * The project's data files: UTF-8 (a BOM is tolerated), `;`-separated, one header line, no
 * quoting. Quote characters are plain text (the catalogue's veiledning contains some), so a
 * value can never contain `;`.
 */
public final class CsvFil {

    private final List<Rad> rader;

    private CsvFil(List<Rad> rader) {
        this.rader = rader;
    }

    /**
     * Reads the whole file and closes the stream.
     *
     * @param innhold the file's bytes, or null when the resource was not found
     * @param navn    the file's name, for error messages
     */
    public static CsvFil les(InputStream innhold, String navn) {
        if (innhold == null) {
            throw new IllegalArgumentException("Fant ikke " + navn);
        }
        try (BufferedReader leser = new BufferedReader(new InputStreamReader(innhold, StandardCharsets.UTF_8))) {
            String overskrift = leser.readLine();
            if (overskrift == null) {
                throw new IllegalArgumentException(navn + " er tom");
            }
            if (overskrift.startsWith("\uFEFF")) {
                overskrift = overskrift.substring(1);
            }
            List<String> kolonner = Arrays.asList(del(overskrift));
            List<Rad> rader = new ArrayList<>();
            int linjenummer = 1;
            for (String linje = leser.readLine(); linje != null; linje = leser.readLine()) {
                linjenummer++;
                if (linje.isBlank()) {
                    continue;
                }
                String[] verdier = del(linje);
                if (verdier.length != kolonner.size()) {
                    throw new IllegalArgumentException(navn + " linje " + linjenummer + ": " + verdier.length
                            + " verdier, ventet " + kolonner.size());
                }
                rader.add(new Rad(navn, linjenummer, kolonner, verdier));
            }
            return new CsvFil(List.copyOf(rader));
        } catch (IOException e) {
            throw new UncheckedIOException("Kunne ikke lese " + navn, e);
        }
    }

    private static String[] del(String linje) {
        String[] verdier = linje.split(";", -1);
        for (int i = 0; i < verdier.length; i++) {
            verdier[i] = verdier[i].trim();
        }
        return verdier;
    }

    /** The data lines in file order, blank lines left out. */
    public List<Rad> rader() {
        return rader;
    }

    /** One data line; values are looked up by column name so column order does not matter. */
    public static final class Rad {
        private final String fil;
        private final int linjenummer;
        private final List<String> kolonner;
        private final String[] verdier;

        private Rad(String fil, int linjenummer, List<String> kolonner, String[] verdier) {
            this.fil = fil;
            this.linjenummer = linjenummer;
            this.kolonner = kolonner;
            this.verdier = verdier;
        }

        /** The value, never empty. */
        public String get(String kolonne) {
            String verdi = valgfri(kolonne);
            if (verdi == null) {
                throw feil("mangler verdi for " + kolonne);
            }
            return verdi;
        }

        /** The value, or null when the cell is empty. */
        public String valgfri(String kolonne) {
            int i = kolonner.indexOf(kolonne);
            if (i < 0) {
                throw feil("har ingen kolonne " + kolonne);
            }
            return verdier[i].isEmpty() ? null : verdier[i];
        }

        /** A `ja`/`nei` cell. */
        public boolean jaNei(String kolonne) {
            String verdi = get(kolonne);
            return switch (verdi) {
                case "ja" -> true;
                case "nei" -> false;
                default -> throw feil(kolonne + " er '" + verdi + "', ventet ja eller nei");
            };
        }

        private IllegalArgumentException feil(String melding) {
            return new IllegalArgumentException(fil + " linje " + linjenummer + ": " + melding);
        }
    }
}
