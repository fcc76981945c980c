package dev.benchmem.history;

import dev.benchmem.core.RunFile;
import dev.benchmem.core.RunFileWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.security.DigestOutputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;

/**
 * A run file as the history stores it: the SHA-256 of the bytes core's writer writes (the run's
 * identity) and those bytes gzip-compressed (what {@code export} gives back). Both come from one
 * pass of the writer, streamed through the digest into the compressor: the text is never held
 * whole, neither as a string nor as bytes.
 */
record Document(String hash, byte[] gzipped) {

    /**
     * Deflate's fastest level: a 1,000-id run file (1.6 MB) shrinks 7x instead of level 6's 10x,
     * in a third to a half of level 6's time (benchmarks/history.md).
     */
    private static final int LEVEL = Deflater.BEST_SPEED;

    static Document of(RunFile run) {
        MessageDigest sha256 = sha256();
        ByteArrayOutputStream compressed = new ByteArrayOutputStream();
        try (OutputStream out = new DigestOutputStream(new FastGzip(compressed), sha256)) {
            RunFileWriter.withData().write(run, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Document(HexFormat.of().formatHex(sha256.digest()), compressed.toByteArray());
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required of every JVM", e);
        }
    }

    /** gzip at {@link #LEVEL}; {@code GZIPOutputStream} takes no level, its deflater does. */
    private static final class FastGzip extends GZIPOutputStream {
        FastGzip(OutputStream out) throws IOException {
            super(out, 64 * 1024);
            def.setLevel(LEVEL);
        }
    }
}
