package dev.benchmem.analysis.compare;

import java.util.Locale;

/** Row order of a delta table. */
public enum SortOrder {
    /** By id, numbers inside ids compared as numbers. */
    NAME,
    /** Largest value in the last column first. */
    VALUE,
    /** Largest change first (growth on top). */
    CHANGE;

    /** The name used on the command line. */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
