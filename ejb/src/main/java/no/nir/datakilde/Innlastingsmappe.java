package no.nir.datakilde;

import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The directory the initial load reads files from: the system property {@code nir.innlasting.mappe},
 * else {@code nir-innlasting} in the server's data directory. Operators name a file in it, never a
 * path, so the load reads nothing else on the server.
 */
@ApplicationScoped
public class Innlastingsmappe {

    private static final Pattern FILNAVN = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,99}");

    public Path mappe() {
        String mappe = System.getProperty("nir.innlasting.mappe");
        return mappe != null ? Path.of(mappe) : Path.of(System.getProperty("jboss.server.data.dir", "."), "nir-innlasting");
    }

    /** The file of that name in the directory, if the name is a plain file name and the file is there. */
    public Path fil(String navn) throws InnlastingAvvistException {
        if (navn == null || !FILNAVN.matcher(navn).matches()) {
            throw new InnlastingAvvistException("Filnavnet kan bare ha bokstavene A–Z, a–z, sifre og . _ -");
        }
        Path fil = mappe().resolve(navn);
        if (!Files.isRegularFile(fil)) {
            throw new InnlastingAvvistException("Filen " + navn + " finnes ikke i " + mappe());
        }
        return fil;
    }

    /** The files in the directory, by name. */
    public List<String> filer() {
        if (!Files.isDirectory(mappe())) {
            return List.of();
        }
        try (Stream<Path> filer = Files.list(mappe())) {
            return filer.filter(Files::isRegularFile).map(f -> f.getFileName().toString())
                    .filter(n -> FILNAVN.matcher(n).matches()).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
