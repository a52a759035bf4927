package no.nir.test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * What an administrator does to the running test server: docker/cli/nir-bruker.sh, or a raw
 * jboss-cli command, both against the server's management port.
 */
public final class Administrator {

    private Administrator() {
    }

    public record Resultat(int kode, List<String> linjer, String feil) {
    }

    /** nir-bruker.sh with the given arguments; {@code stdin} (a password) may be null. */
    public static Resultat nirBruker(String stdin, String... argumenter) throws IOException, InterruptedException {
        List<String> kommando = new ArrayList<>(List.of("bash", System.getProperty("nir.cli") + "/nir-bruker.sh",
                "--controller", kontroller()));
        kommando.addAll(List.of(argumenter));
        return kjor(stdin, kommando);
    }

    /** One jboss-cli command, as typed by hand. */
    public static Resultat cli(String kommando) throws IOException, InterruptedException {
        return kjor(null, List.of(Path.of(jbossHome(), "bin", "jboss-cli.sh").toString(), "-c",
                "--controller=" + kontroller(), "--timeout=60000", "--command=" + kommando));
    }

    public static Path serverlogg() {
        return Path.of(jbossHome(), "standalone", "log", "server.log");
    }

    public static Path brukerkatalog() {
        return Path.of(jbossHome(), "standalone", "configuration", "nir-users");
    }

    private static String jbossHome() {
        return System.getProperty("jboss.home");
    }

    private static String kontroller() {
        return "localhost:" + System.getProperty("nir.test.management.port");
    }

    private static Resultat kjor(String stdin, List<String> kommando) throws IOException, InterruptedException {
        Path feil = Files.createTempFile("nir-admin", ".err");
        try {
            ProcessBuilder bygger = new ProcessBuilder(kommando).redirectError(feil.toFile());
            bygger.environment().put("JBOSS_HOME", jbossHome());
            Process prosess = bygger.start();
            try (var inn = prosess.getOutputStream()) {
                if (stdin != null) {
                    inn.write((stdin + "\n").getBytes(StandardCharsets.UTF_8));
                }
            }
            String ut = new String(prosess.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            return new Resultat(prosess.waitFor(), ut.lines().toList(), Files.readString(feil));
        } finally {
            Files.delete(feil);
        }
    }
}
