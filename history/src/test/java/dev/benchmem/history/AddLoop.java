package dev.benchmem.history;

/**
 * The child JVM of {@link CrashTest}: adds large runs to the database in {@code args[0]} one
 * after another, printing {@code begin N} before each transaction and {@code added N} after its
 * commit, until it is killed.
 */
final class AddLoop {
    static final int IDS = 2_000;

    private AddLoop() {}

    public static void main(String[] args) {
        try (HistoryStore store = HistoryStore.open(args[0])) {
            for (int run = 1; ; run++) {
                int index = run;
                System.out.println("begin " + run);
                System.out.flush();
                store.add(SyntheticRuns.run(index, "main", IDS, i -> 1000L * index + i));
                System.out.println("added " + run);
                System.out.flush();
            }
        }
    }
}
