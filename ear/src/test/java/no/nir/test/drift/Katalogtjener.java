package no.nir.test.drift;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * OpenLDAP's slapd from Debian's packages on a loopback port, with its own configuration and the
 * users and groups of src/test/resources/ldap/nir.ldif; no system service involved.
 */
public final class Katalogtjener implements AutoCloseable {

    private final Process prosess;

    private Katalogtjener(Process prosess) {
        this.prosess = prosess;
    }

    public static Katalogtjener start(int port) throws IOException, InterruptedException {
        Path mappe = Path.of(System.getProperty("nir.target", "target")).resolve("drift").resolve("slapd");
        Wildfly.kjoer(List.of("rm", "-rf", mappe.toString()));
        Files.createDirectories(mappe.resolve("data"));
        Path konfig = mappe.resolve("slapd.conf");
        Files.writeString(konfig, ressurs("ldap/slapd.conf").replace("DIR", mappe.toAbsolutePath().toString()));
        Path ldif = mappe.resolve("nir.ldif");
        Files.writeString(ldif, ressurs("ldap/nir.ldif"));
        Wildfly.kjoer(new ProcessBuilder("slapadd", "-f", konfig.toString(), "-l", ldif.toString()), mappe.resolve("slapadd.log"));
        // -d keeps slapd in the foreground, so it is this process and stops with it.
        Process slapd = new ProcessBuilder("slapd", "-f", konfig.toString(), "-h", "ldap://127.0.0.1:" + port + "/", "-d", "0")
                .redirectErrorStream(true).redirectOutput(mappe.resolve("slapd.log").toFile()).start();
        for (int i = 0; i < 100; i++) {
            try (Socket s = new Socket("127.0.0.1", port)) {
                return new Katalogtjener(slapd);
            } catch (IOException e) {
                if (!slapd.isAlive()) {
                    throw new IllegalStateException("slapd stopped; see " + mappe.resolve("slapd.log"));
                }
                Thread.sleep(100);
            }
        }
        slapd.destroyForcibly();
        throw new IllegalStateException("slapd does not answer on port " + port);
    }

    private static String ressurs(String navn) throws IOException {
        try (InputStream inn = Katalogtjener.class.getClassLoader().getResourceAsStream(navn)) {
            return new String(inn.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Override
    public void close() throws InterruptedException {
        prosess.destroy();
        prosess.waitFor();
    }
}
