package dev.benchmem.core;

/**
 * The terminal that printed tables and suggested commands are fitted to, wherever they are
 * printed (the harness's table, a profile's tables, a sweep's next commands).
 */
public final class Terminal {

    /** Columns of the terminal a table should fit: the width the main job is checked against. */
    public static final int COLUMNS = 120;

    private Terminal() {
    }
}
