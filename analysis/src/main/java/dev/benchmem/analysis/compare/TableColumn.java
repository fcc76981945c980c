package dev.benchmem.analysis.compare;

import dev.benchmem.core.Metric;

/**
 * One entry of {@code --columns}, as the reference spells it: a metric ({@code time},
 * {@code peak}, ...), or {@code extra:NAME}, a label column showing the benchmark's
 * {@code extra_info} (or param) value {@code NAME}: no statistic, no ranking.
 *
 * @param metric the metric, or null for a label column
 * @param extra  the label's dim name, or null for a metric column
 */
public record TableColumn(Metric metric, String extra) {
    /** The prefix of a label column. */
    public static final String EXTRA_PREFIX = "extra:";

    public TableColumn {
        if ((metric == null) == (extra == null)) {
            throw new IllegalArgumentException("a column is a metric or an extra_info label, not both");
        }
    }

    /**
     * Parses {@code time}, {@code peak}, ... (case-insensitive, {@code allocs} too) or
     * {@code extra:NAME}.
     *
     * @throws IllegalArgumentException one line naming the column and what is accepted
     */
    public static TableColumn parse(String text) {
        String t = text.strip();
        if (t.startsWith(EXTRA_PREFIX)) {
            String name = t.substring(EXTRA_PREFIX.length()).strip();
            if (name.isEmpty()) {
                throw new IllegalArgumentException("bad column '" + t + "': extra: needs a name, e.g. extra:threads");
            }
            return new TableColumn(null, name);
        }
        try {
            return new TableColumn(Metric.parse(t), null);
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("unknown metric '" + t + "' (expected " + Metric.keys()
                    + ", or extra:NAME for an extra_info label)", e);
        }
    }

    /** True for an {@code extra:NAME} label column. */
    public boolean isLabel() {
        return extra != null;
    }

    /** As written on the command line: {@code peak}, {@code extra:threads}. */
    public String key() {
        return isLabel() ? EXTRA_PREFIX + extra : metric.key();
    }

    @Override
    public String toString() {
        return key();
    }
}
