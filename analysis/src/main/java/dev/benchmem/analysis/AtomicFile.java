package dev.benchmem.analysis;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;

/**
 * Writes a text file atomically: a temporary file beside the target, then a rename, so a
 * reader never sees half a file and a failed write leaves the old one in place.
 */
public final class AtomicFile {

    /** What goes into the file, streamed: a page can be megabytes. */
    @FunctionalInterface
    public interface Content {
        void writeTo(Writer out) throws IOException;
    }

    private AtomicFile() {}

    /**
     * Writes {@code content} to {@code file} (UTF-8). The directory must exist: whether a
     * missing one is an error or is made is the caller's decision.
     */
    public static void write(Path file, Content content) throws IOException {
        Path target = file.toAbsolutePath();
        // Beside the target so the rename stays on one file system; created with the default
        // permissions (Files.createTempFile would make it owner-only).
        Path temp = target.resolveSibling("." + target.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        try {
            try (Writer out = Files.newBufferedWriter(temp, StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE)) {
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
