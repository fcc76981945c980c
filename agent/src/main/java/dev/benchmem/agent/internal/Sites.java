package dev.benchmem.agent.internal;

/**
 * The allocation sites the rewriter numbered, and where each one is: the class, method and
 * source line of the instruction (for the allocating calls counted at their call site, the
 * call), and what it allocates. Every rewritten hook passes its site's number, so a profiled
 * recording counts each site's allocations and bytes exactly ({@link Profiler}) while a plain
 * one ignores it.
 *
 * <p>The table is allocated once, when the agent arms, at its full capacity: a class that
 * loads during a recording then never grows it, which would lift that recording's live heap.
 * Numbers are never reused; a site beyond the capacity gets {@link #UNKNOWN}.
 */
final class Sites {
    /**
     * Sites numbered at most: loading the 8,409 classes of {@code java.base}, Jackson, Tablesaw,
     * picocli and JUnit's API (as {@code AllClassesIT} does) numbers 62,546 sites of every kind.
     */
    static final int CAPACITY = 1 << 18;
    /** The number of allocations whose site has none (the table was full). */
    static final int UNKNOWN = 0;

    private static final String[] OWNER = new String[CAPACITY];
    private static final String[] METHOD = new String[CAPACITY];
    private static final int[] LINE = new int[CAPACITY];
    private static final String[] ALLOCATES = new String[CAPACITY];
    private static int next = UNKNOWN + 1;

    static {
        OWNER[UNKNOWN] = "?";
        METHOD[UNKNOWN] = "?";
        LINE[UNKNOWN] = -1;
        ALLOCATES[UNKNOWN] = "an allocation of an unnumbered site";
    }

    private Sites() {
    }

    /**
     * Numbers a site.
     *
     * @param owner     the class, in internal form ({@code java/util/ArrayList})
     * @param method    the method's name
     * @param line      the source line, or -1 when the class has no line numbers
     * @param allocates what the site allocates, as the profile shows it ({@code int[]}, {@code java.util.Arrays.copyOf()})
     * @return its number, or {@link #UNKNOWN} once the table is full
     */
    static synchronized int register(String owner, String method, int line, String allocates) {
        if (next == CAPACITY) {
            return UNKNOWN;
        }
        int site = next++;
        OWNER[site] = owner.replace('/', '.').intern();
        METHOD[site] = method.intern();
        LINE[site] = line;
        ALLOCATES[site] = allocates.intern();
        return site;
    }

    /** How many numbers were handed out, {@link #UNKNOWN} included. */
    static synchronized int count() {
        return next;
    }

    static String owner(int site) {
        return OWNER[site];
    }

    static String method(int site) {
        return METHOD[site];
    }

    static int line(int site) {
        return LINE[site];
    }

    static String allocates(int site) {
        return ALLOCATES[site];
    }
}
