package dev.benchmem.analysis.plot;

import dev.benchmem.analysis.plot.image.FigureImage;
import dev.benchmem.core.AtomicFile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The one place plots become files: the figure is data, and the format (by the file's suffix)
 * picks its writer: the interactive page, or a static image of the same figure. Every write is
 * atomic (a temp file beside the target, then a rename).
 */
public final class PlotFile {

    private PlotFile() {}

    /**
     * Writes {@code plot} in the format {@code file}'s suffix names ({@link PlotFormat#of}).
     *
     * @throws PlotException for a suffix no writer takes, or when images cannot be drawn here
     */
    public static PlotFormat write(PlotResult plot, Path file, PlotPage.PlotlyJs plotlyJs) throws IOException {
        PlotFormat format = PlotFormat.of(file);
        write(plot, file, format, plotlyJs);
        return format;
    }

    /** Writes {@code plot} as {@code format}; {@code plotlyJs} only matters for the page. */
    public static void write(PlotResult plot, Path file, PlotFormat format, PlotPage.PlotlyJs plotlyJs) throws IOException {
        // The default output lies under .benchmarks/plots/, which a first plot has to make.
        Files.createDirectories(file.toAbsolutePath().getParent());
        if (format == PlotFormat.HTML) {
            AtomicFile.write(file, out -> PlotPage.render(plot, plotlyJs, out));
            return;
        }
        FigureImage image;
        try {
            image = FigureImage.of(plot.json().data(), plot.json().layout());
        } catch (IllegalStateException e) {
            throw new PlotException("-o " + file + ": " + e.getMessage());
        }
        AtomicFile.writeBytes(file, out -> {
            switch (format) {
                case PNG -> image.writePng(out);
                case SVG -> image.writeSvg(out);
                default -> image.writePdf(out);
            }
        });
    }
}
