package dev.benchmem.analysis.plot;

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
}
