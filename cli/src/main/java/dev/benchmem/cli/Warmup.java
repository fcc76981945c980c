package dev.benchmem.cli;

/**
 * Initializes Tablesaw on a daemon thread while the main thread parses options and reads the
 * runs. Tablesaw's {@code Table} scans the class path with ClassGraph when its class
 * initializes, the largest fixed cost of a {@code compare} (about a third of a second); on a
 * second core it then costs no wall time. The main thread simply waits for the class
 * initialization to finish the first time it builds a table.
 */
final class Warmup {
    private static final String TABLE = "tech.tablesaw.api.Table";

    private Warmup() {
    }

    /** Starts the warm-up when {@code args} run a command that builds tables. */
    static void startFor(String[] args) {
        if (args.length == 0 || !(args[0].equals("compare") || args[0].equals("plot"))) {
            return;
        }
        Thread thread = new Thread(Warmup::initialize, "benchmem-warmup");
        thread.setDaemon(true);
        thread.start();
    }

    private static void initialize() {
        try {
            Class.forName(TABLE, true, Warmup.class.getClassLoader());
        } catch (ClassNotFoundException | LinkageError e) {
            // The main thread meets the same problem where it can report it.
        }
    }
}
