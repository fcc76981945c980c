package dev.benchmem.analysis.plot;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The diverging colour scale around zero: blue for less, white for no change, red for more.
 * The range is symmetric so zero is always the middle colour, and {@code --clip} bounds it.
 */
final class Diverging {

    private Diverging() {}

    /** Sets a symmetric, zero-centred scale on a colour axis; values beyond the range saturate. */
    static void apply(ObjectNode colorAxis, double[] values, PlotOptions options, String title) {
        double bound = options.clip().orElseGet(() -> maxAbs(values));
        if (!(bound > 0)) {
            bound = 1;
        }
        colorAxis.set("colorscale", scale());
        colorAxis.put("cmin", -bound).put("cmax", bound).put("cmid", 0);
        String text = options.clip().isPresent() ? title + " (clipped at ±" + PlotData.format(bound) + ")" : title;
        colorAxis.putObject("colorbar").putObject("title").put("text", Json.text(text)).put("side", "right");
    }

    static double maxAbs(double[] values) {
        double max = 0;
        for (double v : values) {
            if (Double.isFinite(v)) {
                max = Math.max(max, Math.abs(v));
            }
        }
        return max;
    }

    private static ArrayNode scale() {
        ArrayNode scale = Json.array();
        scale.addArray().add(0.0).add("#2166ac");
        scale.addArray().add(0.25).add("#92c5de");
        scale.addArray().add(0.5).add("#f7f7f7");
        scale.addArray().add(0.75).add("#f4a582");
        scale.addArray().add(1.0).add("#b2182b");
        return scale;
    }
}
