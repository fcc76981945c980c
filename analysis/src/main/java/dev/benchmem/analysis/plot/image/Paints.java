package dev.benchmem.analysis.plot.image;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Stroke;

/** Plotly colours and dash names as AWT paints and strokes. */
final class Paints {
    static final Color AXIS = new Color(0x44, 0x44, 0x44);
    static final Color GRID = new Color(0xe5, 0xec, 0xf6);
    static final Color MISSING = new Color(0xee, 0xee, 0xee);

    private Paints() {
    }

    /** {@code #1f77b4}, {@code #444} or {@code rgba(r,g,b,a)}; {@code fallback} for anything else. */
    static Color color(String text, Color fallback) {
        if (text == null) {
            return fallback;
        }
        String t = text.trim();
        try {
            if (t.startsWith("#") && t.length() == 4) {
                int r = Integer.parseInt(t.substring(1, 2), 16);
                int g = Integer.parseInt(t.substring(2, 3), 16);
                int b = Integer.parseInt(t.substring(3, 4), 16);
                return new Color(r * 17, g * 17, b * 17);
            }
            if (t.startsWith("#") && t.length() == 7) {
                return new Color(Integer.parseInt(t.substring(1), 16));
            }
            if (t.startsWith("rgb")) {
                String[] parts = t.substring(t.indexOf('(') + 1, t.indexOf(')')).split(",");
                int alpha = parts.length > 3 ? (int) Math.round(Double.parseDouble(parts[3].trim()) * 255) : 255;
                return new Color(Integer.parseInt(parts[0].trim()), Integer.parseInt(parts[1].trim()),
                        Integer.parseInt(parts[2].trim()), alpha);
            }
        } catch (NumberFormatException | IndexOutOfBoundsException e) {
            return fallback;
        }
        return fallback;
    }

    /** A line of {@code width} in plotly's dash style ({@code solid}, {@code dash}, {@code dot}, ...). */
    static Stroke stroke(String dash, float width) {
        float[] pattern = switch (dash == null ? "solid" : dash) {
            case "dash" -> new float[] {6, 4};
            case "dot" -> new float[] {2, 3};
            case "dashdot" -> new float[] {6, 3, 2, 3};
            case "longdash" -> new float[] {11, 4};
            case "longdashdot" -> new float[] {11, 4, 2, 4};
            default -> null;
        };
        return pattern == null ? new BasicStroke(width)
                : new BasicStroke(width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10, pattern, 0);
    }
}
