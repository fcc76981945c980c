package dev.benchmem.analysis.plot;

import java.util.Locale;

/** Hover text lines: the id first (escaped), then labelled values. */
final class Hover {

    private final StringBuilder text = new StringBuilder();

    private Hover(String id) {
        text.append("<b>").append(Json.text(id)).append("</b>");
    }

    static Hover of(String id) {
        return new Hover(id);
    }

    Hover line(String label, String value) {
        text.append("<br>").append(Json.text(label)).append(": ").append(Json.text(value));
        return this;
    }

    @Override
    public String toString() {
        return text.toString();
    }

    /** A signed percent change: {@code +4.2%}. */
    static String percent(double base, double candidate) {
        if (base == 0) {
            return candidate == 0 ? "+0.0%" : "n/a";
        }
        return String.format(Locale.ROOT, "%+.1f%%", (candidate - base) / base * 100);
    }
}
