package dev.benchmem.core;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a file atomically: a temporary file beside the target, then a rename, so a reader
 * never sees half a file and a failed write leaves the old one in place. The one place every
 * module writes its outputs (run files, pages, profiles, CSV).
 */
public final class AtomicFile {

    /** What goes into a text file, streamed: a page can be megabytes. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Writer out) throws IOException;
    }

    /** What goes into a binary file, streamed. */
    @FunctionalInterface
    public interface Bytes {
        void writeTo(OutputStream out) throws IOException;
    }

    private AtomicFile() {}

    /**
     * Writes {@code content} to {@code file} (UTF-8). The directory must exist: whether a
     * missing one is an error or is made is the caller's decision.
     */
    public static void write(Path file, Content content) throws IOException {
        writeBytes(file, out -> {
            Writer writer = new OutputStreamWriter(out, StandardCharsets.UTF_8);
            content.writeTo(writer);
            writer.flush();
        });
    }

    /** Writes {@code bytes} to {@code file}, creating its directory when missing. */
    public static void write(Path file, byte[] bytes) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        writeBytes(file, out -> out.write(bytes));
    }

    /** Writes what {@code content} streams to {@code file}; the directory must exist. */
    public static void writeBytes(Path file, Bytes content) throws IOException {
        Path target = file.toAbsolutePath();
        // Beside the target so the rename stays on one file system; created with the default
        // permissions (Files.createTempFile would make it owner-only).
        Path temp = target.resolveSibling("." + target.getFileName() + "." + ProcessHandle.current().pid()
                + "." + Thread.currentThread().getId() + ".tmp");
        try {
            try (OutputStream out = new java.io.BufferedOutputStream(Files.newOutputStream(temp,
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE))) {
                content.writeTo(out);
            }
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }
}
