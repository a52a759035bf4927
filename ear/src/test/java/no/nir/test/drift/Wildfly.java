package no.nir.test.drift;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import no.nir.test.Deployments;

/**
 * A WildFly of its own for the operations scenarios (database restart, LDAP, cluster): unpacked
 * from the dist zip the build fetched, configured offline with the scripts of docker/cli, started
 * as a separate process on its own port offset, with the test EAR ({@link Deployments#klient()}:
 * the built one and the test data WAR) in its deployments folder.
 */
public final class Wildfly implements AutoCloseable {

    private static final Path TARGET = Path.of(System.getProperty("nir.target", "target"));
    private static final Path CLI = Path.of(System.getProperty("nir.cli", "../docker/cli"));
    private static final Duration OPPSTART = Duration.ofMinutes(20);

    private final String navn;
    private final Path home;
    private final String konfigurasjon;
    private final int offset;
    private Process prosess;
    private boolean medEar;

    private Wildfly(String navn, Path home, String konfigurasjon, int offset) {
        this.navn = navn;
        this.home = home;
        this.konfigurasjon = konfigurasjon;
        this.offset = offset;
    }

    /** Unpacks a fresh server under target/drift/NAVN and applies the given docker/cli scripts with the properties. */
    public static Wildfly legg(String navn, String konfigurasjon, int offset, Map<String, String> egenskaper,
            String... skript) throws IOException, InterruptedException {
        Path mappe = TARGET.resolve("drift").resolve(navn);
        kjoer(List.of("rm", "-rf", mappe.toString()));
        Files.createDirectories(mappe);
        kjoer(List.of("unzip", "-q", System.getProperty("nir.dist"), "-d", mappe.toString()));
        Path home;
        try (var innhold = Files.list(mappe)) {
            home = innhold.filter(Files::isDirectory).findFirst().orElseThrow();
        }
        Path fil = mappe.resolve("nir.properties");
        Files.writeString(fil, egenskaper.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("\n", "", "\n")));
        List<String> kommando = new ArrayList<>(List.of("bash", CLI.resolve("apply-offline.sh").toString(),
                home.toString(), fil.toString()));
        // The database password goes into the credential store first (datasource.cli reads it there).
        String passord = egenskaper.get("nir.db.password");
        if (passord != null) {
            kommando.add(generert(mappe, "db-passord.sh", passord, "--cli").toString());
        }
        for (String s : skript) {
            // A *.sh script (demo-brukere.sh) prints the CLI commands to apply.
            kommando.add(s.endsWith(".sh") ? generert(mappe, s, null).toString() : CLI.resolve(s).toString());
        }
        ProcessBuilder pb = new ProcessBuilder(kommando);
        pb.environment().put("NIR_SERVER_CONFIG", konfigurasjon);
        kjoer(pb, mappe.resolve("cli.log"));
        return new Wildfly(navn, home, konfigurasjon, offset);
    }

    /** The CLI commands a docker/cli shell script prints, in a file of their own. */
    private static Path generert(Path mappe, String skript, String stdin, String... argumenter)
            throws IOException, InterruptedException {
        Path fil = mappe.resolve(skript + ".cli");
        List<String> kommando = new ArrayList<>(List.of("bash", CLI.resolve(skript).toString()));
        kommando.addAll(List.of(argumenter));
        Process prosess = new ProcessBuilder(kommando).redirectOutput(fil.toFile())
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        try (var inn = prosess.getOutputStream()) {
            if (stdin != null) {
                inn.write((stdin + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
            }
        }
        if (prosess.waitFor() != 0) {
            throw new IOException(skript + " feilet");
        }
        return fil;
    }

    /** Deploys the test EAR (if {@code medEar}) and starts; waits until it serves (/health/ready UP with the EAR). */
    public Wildfly start(boolean medEar, String... argumenter) throws IOException, InterruptedException {
        startUtenAaVente(medEar, argumenter);
        return ventTilKlar();
    }

    /** Starts the process only, so that several servers can boot side by side; then {@link #ventTilKlar()}. */
    public Wildfly startUtenAaVente(boolean medEar, String... argumenter) throws IOException {
        this.medEar = medEar;
        if (medEar) {
            Files.copy(Deployments.klientfil(), home.resolve("standalone/deployments/nir-mottak.ear"),
                    StandardCopyOption.REPLACE_EXISTING);
        }
        List<String> kommando = new ArrayList<>(List.of(home.resolve("bin/standalone.sh").toString(),
                "-c", konfigurasjon, "-Djboss.socket.binding.port-offset=" + offset,
                "-Djboss.node.name=" + navn, "-Djboss.tx.node.id=" + navn,
                "-Djboss.as.management.blocking.timeout=600"));
        kommando.addAll(List.of(argumenter));
        ProcessBuilder pb = new ProcessBuilder(kommando).redirectErrorStream(true)
                .redirectOutput(home.getParent().resolve("server.log").toFile());
        pb.environment().put("JBOSS_JAVA_SIZING", "-Xms128m -Xmx768m");
        pb.environment().put("LAUNCH_JBOSS_IN_BACKGROUND", "true");
        prosess = pb.start();
        return this;
    }

    public Wildfly ventTilKlar() throws InterruptedException {
        long frist = System.nanoTime() + OPPSTART.toNanos();
        while (System.nanoTime() < frist) {
            if (!prosess.isAlive()) {
                throw new IllegalStateException(navn + " stopped during start; see " + home.getParent().resolve("server.log"));
            }
            if (Files.exists(home.resolve("standalone/deployments/nir-mottak.ear.failed"))) {
                throw new IllegalStateException(navn + ": deployment failed; see " + home.getParent().resolve("server.log"));
            }
            if (medEar ? klar() : status(http("/")) > 0) {
                return this;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(navn + " not ready within " + OPPSTART);
    }

    /** /health/ready says UP (the server, the deployment and the database). */
    public boolean klar() {
        return status(admin("/health/ready")) == 200;
    }

    /** The HTTP status of a GET, or -1 when nothing answers. */
    public static int status(URI uri) {
        try {
            return HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build()
                    .send(HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(5)).GET().build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode();
        } catch (IOException e) {
            return -1;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return -1;
        }
    }

    public URI http(String sti) {
        return URI.create("http://127.0.0.1:" + (8080 + offset) + sti);
    }

    public URI admin(String sti) {
        return URI.create("http://127.0.0.1:" + (9990 + offset) + sti);
    }

    public String navn() {
        return navn;
    }

    /** A crash: the JVM is killed without a chance to leave the cluster or finish requests. */
    public void drep() throws InterruptedException {
        if (prosess != null) {
            prosess.descendants().forEach(ProcessHandle::destroyForcibly);
            prosess.destroyForcibly();
            prosess.waitFor();
        }
    }

    /** A normal shutdown (SIGTERM), as an operator stops a server. */
    public void stopp() throws InterruptedException {
        if (prosess != null && prosess.isAlive()) {
            prosess.descendants().forEach(ProcessHandle::destroy);
            prosess.destroy();
            if (!prosess.waitFor(60, java.util.concurrent.TimeUnit.SECONDS)) {
                drep();
            }
        }
    }

    @Override
    public void close() throws InterruptedException {
        stopp();
    }

    static void kjoer(List<String> kommando) throws IOException, InterruptedException {
        kjoer(new ProcessBuilder(kommando), null);
    }

    static void kjoer(ProcessBuilder pb, Path logg) throws IOException, InterruptedException {
        pb.redirectErrorStream(true);
        if (logg != null) {
            pb.redirectOutput(logg.toFile());
        } else {
            pb.redirectOutput(ProcessBuilder.Redirect.INHERIT);
        }
        int kode = pb.start().waitFor();
        if (kode != 0) {
            throw new IllegalStateException(String.join(" ", pb.command()) + " exited with " + kode
                    + (logg != null ? "; see " + logg : ""));
        }
    }
}
