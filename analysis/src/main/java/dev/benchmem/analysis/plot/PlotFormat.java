package dev.benchmem.analysis.plot;

import java.nio.file.Path;
import java.util.Locale;

/** What a plot is written as, chosen by the output file's suffix. */
public enum PlotFormat {
    /** The interactive page ({@code .html}, {@code .htm}, or no suffix). */
    HTML,
    /** A raster image of the same figure. */
    PNG,
    /** A vector image of the same figure. */
    SVG,
    /** A one-page document holding the figure as vector graphics. */
    PDF;

    /** True for the static image formats. */
    public boolean isImage() {
        return this != HTML;
    }

    /**
     * The format {@code file}'s suffix asks for.
     *
     * @throws PlotException naming the suffix and the ones supported, for any other suffix
     */
    public static PlotFormat of(Path file) {
        Path name = file.getFileName();
        String text = name == null ? "" : name.toString();
        int dot = text.lastIndexOf('.');
        String suffix = dot <= 0 ? "" : text.substring(dot).toLowerCase(Locale.ROOT);
        return switch (suffix) {
            case "", ".html", ".htm" -> HTML;
            case ".png" -> PNG;
            case ".svg" -> SVG;
            case ".pdf" -> PDF;
            default -> throw new PlotException("-o " + file + ": unsupported suffix '" + suffix
                    + "' (use .html, .htm, .png, .svg or .pdf)");
        };
    }
}
