package dev.benchmem.core.profile;

import java.nio.file.Path;

/** A profile file that cannot be read; the message is one line naming the file and the problem. */
public final class ProfileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public ProfileException(Path file, String problem) {
        super(file + ": " + problem);
    }
}
