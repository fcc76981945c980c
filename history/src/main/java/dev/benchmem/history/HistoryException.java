package dev.benchmem.history;

/** A database that cannot be opened or read, or a run reference that names no stored run; one line. */
public final class HistoryException extends RuntimeException {
    HistoryException(String message, Throwable cause) {
        super(message, cause);
    }

    HistoryException(String message) {
        super(message);
    }
}
