package no.nir.datakilde;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Reads a file line by line from a byte position, so a restarted load starts where its checkpoint
 * is without reading what came before. Blank lines are passed over; a line longer than
 * {@link #MAKS_BYTES} is returned without its text (the line is refused, the memory stays bounded).
 */
final class Linjeleser implements Closeable {

    static final int MAKS_BYTES = 64 * 1024;

    /** One line of the file: its number (from 1) and its text, null when it was too long. */
    record Linje(long nummer, String tekst) implements java.io.Serializable {
    }

    /** Where the next line starts. */
    record Posisjon(long linje, long bytes) implements java.io.Serializable {
        static final Posisjon START = new Posisjon(0, 0);
    }

    private final InputStream inn;
    private long linje;
    private long posisjon;

    Linjeleser(Path fil, Posisjon fra) throws IOException {
        FileChannel kanal = FileChannel.open(fil, StandardOpenOption.READ);
        kanal.position(fra.bytes());
        this.inn = new BufferedInputStream(Channels.newInputStream(kanal), 1 << 16);
        this.linje = fra.linje();
        this.posisjon = fra.bytes();
    }

    /** The next line that is not blank, or null at the end of the file. */
    Linje neste() throws IOException {
        while (true) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream(256);
            boolean forLang = false;
            int b;
            boolean lest = false;
            while ((b = inn.read()) != -1) {
                lest = true;
                posisjon++;
                if (b == '\n') {
                    break;
                }
                if (bytes.size() < MAKS_BYTES) {
                    bytes.write(b);
                } else {
                    forLang = true;
                }
            }
            if (!lest) {
                return null;
            }
            linje++;
            String tekst = bytes.toString(StandardCharsets.UTF_8);
            if (forLang) {
                return new Linje(linje, null);
            }
            if (!tekst.isBlank()) {
                return new Linje(linje, tekst.strip());
            }
        }
    }

    Posisjon posisjon() {
        return new Posisjon(linje, posisjon);
    }

    @Override
    public void close() throws IOException {
        inn.close();
    }
}
