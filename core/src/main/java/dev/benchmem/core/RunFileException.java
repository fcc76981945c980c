package dev.benchmem.core;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * An input that cannot be read as a benchmark run. The message is one line that names the
 * input and the problem, fit to print as is.
 */
public final class RunFileException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public RunFileException(String input, String problem) {
        super(input + ": " + problem);
    }

    public RunFileException(Path file, String problem) {
        this(file.toString(), problem);
    }

    /**
     * Why {@code input} could not be read, in one line: no such file, permission denied, where
     * its JSON breaks, or the system's own reason.
     */
    public static RunFileException reading(String input, IOException e) {
        if (e instanceof NoSuchFileException) {
            return new RunFileException(input, "no such file");
        }
        if (e instanceof AccessDeniedException) {
            return new RunFileException(input, "permission denied");
        }
        if (e instanceof JsonProcessingException json) {
            JsonLocation at = json.getLocation();
            String where = at == null || at.getLineNr() < 0 ? ""
                    : " at line " + at.getLineNr() + ", column " + at.getColumnNr();
            return new RunFileException(input, "malformed JSON" + where + ": " + firstLine(json.getOriginalMessage()));
        }
        return new RunFileException(input, "cannot read (" + firstLine(e.getMessage()) + ")");
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
