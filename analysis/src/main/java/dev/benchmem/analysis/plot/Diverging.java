package dev.benchmem.analysis.plot;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The diverging colour scale around zero: blue for less, white for no change, red for more.
 * The range is symmetric so zero is always the middle colour. It never shrinks below a floor
 * (see {@link #NOISE_FLOOR}), so identical runs, whose deltas are noise, look neutral instead
 * of saturating; {@code --clip} sets the range exactly, narrower or wider than the data.
 */
final class Diverging {

    /**
     * The smallest change the colour range spans either way, as a fraction: 10%, the threshold
     * a gate like {@code --fail-on peak:10%} would use. A delta of a few bytes on a 40 KB id
     * is then a faint tint, not a full colour.
     */
    static final double NOISE_FLOOR = 0.10;

    private Diverging() {}

    /**
     * Sets a symmetric, zero-centred scale on a colour axis: ±{@code --clip} when given, else
     * ±max(|value|, {@code floor}); values beyond the range saturate.
     */
    static void apply(ObjectNode colorAxis, double[] values, double floor, PlotOptions options, String title) {
        double largest = maxAbs(values);
        double bound = options.clip().orElseGet(() -> Math.max(largest, floor));
        if (!(bound > 0)) {
            bound = 1;
        }
        colorAxis.set("colorscale", scale());
        colorAxis.put("cmin", -bound).put("cmax", bound).put("cmid", 0);
        String text = options.clip().isEmpty() ? title
                : title + (largest > bound ? " (clipped at ±" : " (range ±") + PlotData.format(bound) + ")";
        ObjectNode colorbar = colorAxis.putObject("colorbar");
        colorbar.put("exponentformat", "none");
        colorbar.putObject("title").put("text", Json.text(text)).put("side", "right");
    }

    /** The floor of a log2 fold-change scale: log2(1 + {@link #NOISE_FLOOR}). */
    static double log2Floor() {
        return Math.log1p(NOISE_FLOOR) / Math.log(2);
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
