package dev.benchmem.analysis;

import com.fasterxml.jackson.databind.JsonNode;
import dev.benchmem.core.NumberText;

/** Numbers and scalars of a JMH result tree, tolerant of NaN and Infinity written as text (as JMH writes them). */
final class JmhValues {
    private JmhValues() {
    }

    /**
     * The finite-or-infinite numbers of {@code node}: an array (nested arrays flattened, as JMH's
     * forks of iterations) or one number. NaN, null and non-numbers are left out.
     */
    static double[] doubles(JsonNode node) {
        if (node == null || node.isNull()) {
            return new double[0];
        }
        if (!node.isArray()) {
            double v = number(node);
            return Double.isNaN(v) ? new double[0] : new double[] {v};
        }
        double[] out = new double[count(node)];
        int n = fill(node, out, 0);
        return n == out.length ? out : java.util.Arrays.copyOf(out, n);
    }

    private static int count(JsonNode array) {
        int n = 0;
        for (JsonNode e : array) {
            n += e.isArray() ? count(e) : 1;
        }
        return n;
    }

    private static int fill(JsonNode array, double[] out, int at) {
        for (JsonNode e : array) {
            if (e.isArray()) {
                at = fill(e, out, at);
            } else {
                double v = number(e);
                if (!Double.isNaN(v)) {
                    out[at++] = v;
                }
            }
        }
        return at;
    }

    /** A JSON number, or text JMH writes for non-finite values ("NaN", "Infinity"); else NaN. */
    static double number(JsonNode node) {
        if (node == null) {
            return Double.NaN;
        }
        if (node.isNumber()) {
            return node.doubleValue();
        }
        return node.isTextual() ? NumberText.parse(node.textValue()) : Double.NaN;
    }

    /**
     * A scalar dim value: {@code Double} for numbers, {@code String} or {@code Boolean}; null for
     * null, arrays and objects (which are never dims).
     */
    static Object scalar(JsonNode node) {
        if (node == null) {
            return null;
        }
        if (node.isNumber()) {
            return node.doubleValue();
        }
        if (node.isTextual()) {
            return node.textValue();
        }
        if (node.isBoolean()) {
            return node.booleanValue();
        }
        return null;
    }

    /** The text of a string field, or null. */
    static String text(JsonNode node) {
        return node != null && node.isTextual() ? node.textValue() : null;
    }
}
