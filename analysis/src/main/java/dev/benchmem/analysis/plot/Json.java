package dev.benchmem.analysis.plot;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.Writer;

/**
 * Plotly JSON trees, written so the text is safe inside an HTML {@code <script>} element
 * ({@link ScriptSafeJson}).
 */
final class Json {

    private static final ObjectMapper MAPPER = ScriptSafeJson.mapper();

    private Json() {}

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    static ArrayNode array() {
        return MAPPER.createArrayNode();
    }

    /**
     * Numbers to draw, with NaN as {@code null} (plotly draws a gap). Written with float
     * precision (7 significant digits), far finer than any axis or hover shows, which keeps a
     * page of 20,000 cells small.
     */
    static ArrayNode numbers(double[] values) {
        ArrayNode array = array();
        for (double v : values) {
            if (!Double.isFinite(v)) {
                array.addNull();
            } else if (v == 0 || Math.abs(v) >= Float.MIN_NORMAL && Math.abs(v) <= Float.MAX_VALUE) {
                array.add((float) v);
            } else {
                array.add(v);
            }
        }
        return array;
    }

    /**
     * A string that plotly renders as text (names, ticks, hover, titles). Plotly reads such
     * strings as a small HTML subset, so {@code <} {@code >} {@code &} are written as entities:
     * the reader sees the id exactly as it is, and no id can become markup.
     */
    static String text(String raw) {
        StringBuilder out = new StringBuilder(raw.length());
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Text placed inside a plotly {@code hovertemplate}: escaped like {@link #text(String)}, and
     * a {@code %{} that would start a placeholder is broken with a zero-width space.
     */
    static String template(String raw) {
        return text(raw).replace("%{", "%\u200b{");
    }

    static ArrayNode texts(Iterable<String> raw) {
        ArrayNode array = array();
        raw.forEach(s -> array.add(text(s)));
        return array;
    }

    static String write(JsonNode node) {
        try {
            return MAPPER.writeValueAsString(node);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write plot JSON", e);
        }
    }

    static void write(JsonNode node, Writer out) throws IOException {
        MAPPER.writeValue(out, node);
    }
}
