package dev.benchmem.analysis.plot;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.benchmem.analysis.Fixtures;
import dev.benchmem.analysis.LongTable;
import dev.benchmem.core.Metric;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The one writer: the page by default, and static images of the same figure by suffix, drawn
 * on the JVM. Images are checked by their magic bytes and, for PNG, their pixels: the size the
 * figure asks for, not blank, and each line's colour drawn.
 */
class PlotFileTest {

    /** The images are kept for a look: {@code target/plot-images/}. */
    private static final Path IMAGES = Path.of("target", "plot-images");

    @TempDir
    Path dir;

    @Test
    void pngOfTheScalingViewDrawsEveryLineInItsColour() throws IOException {
        PlotResult r = Plots.scaling(Fixtures.load("harness/collections/main.json", "harness/collections/pr.json"), PlotOptions.metric(Metric.PEAK));
        Path png = IMAGES.resolve("scaling-overlay.png");
        assertThat(PlotFile.write(r, png, PlotPage.PlotlyJs.INLINE)).isEqualTo(PlotFormat.PNG);
        BufferedImage image = png(png);
        assertThat(image.getWidth()).isEqualTo(1000);
        assertThat(image.getHeight()).isEqualTo(600);
        assertNotBlank(image);
        // three layouts, three colours (the runs differ by dash)
        for (JsonNode trace : r.figure().data()) {
            assertThat(pixels(image, Color.decode(trace.at("/line/color").asText())))
                    .as(trace.get("name").asText()).isGreaterThan(50);
        }
    }

    @Test
    void everyViewAsPngSvgAndPdf() throws IOException {
        LongTable two = Fixtures.load("harness/collections/main.json", "harness/collections/pr.json");
        for (View view : View.values()) {
            PlotResult r = Plots.draw(view, two, PlotOptions.metric(Metric.TIME).withFacet("n"));
            Path png = IMAGES.resolve(view.key() + ".png");
            PlotFile.write(r, png, PlotPage.PlotlyJs.INLINE);
            BufferedImage image = png(png);
            int height = r.figure().layoutJson().path("height").asInt(600);
            assertThat(image.getHeight()).as(view.key()).isEqualTo(height);
            assertNotBlank(image);

            Path svg = IMAGES.resolve(view.key() + ".SVG");
            assertThat(PlotFile.write(r, svg, PlotPage.PlotlyJs.INLINE)).isEqualTo(PlotFormat.SVG);
            String text = Files.readString(svg, StandardCharsets.UTF_8);
            assertThat(text).as(view.key()).startsWith("<?xml").contains("<svg").contains("width=\"1000\"")
                    .contains("height=\"" + height + "\"");

            Path pdf = IMAGES.resolve(view.key() + ".pdf");
            assertThat(PlotFile.write(r, pdf, PlotPage.PlotlyJs.INLINE)).isEqualTo(PlotFormat.PDF);
            byte[] bytes = Files.readAllBytes(pdf);
            assertThat(new String(Arrays.copyOf(bytes, 5), StandardCharsets.US_ASCII)).as(view.key()).isEqualTo("%PDF-");
            assertThat(new String(bytes, StandardCharsets.ISO_8859_1)).contains("/MediaBox[0 0 1000 " + height + "]");
        }
    }

    @Test
    void sweepImageShowsTheDivergingColours() throws IOException {
        PlotResult r = Plots.sweep(SavedRuns.sortRuns(dir.resolve("sort"), "v1", "v2", "v3"), PlotOptions.metric(Metric.PEAK));
        Path png = IMAGES.resolve("sweep-sort.png");
        PlotFile.write(r, png, PlotPage.PlotlyJs.INLINE);
        BufferedImage image = png(png);
        // sort[500000] grew 60% by v3 (red end), sort[10000] shrank 20% (towards blue)
        assertThat(count(image, c -> c.getRed() > 150 && c.getGreen() < 80 && c.getBlue() < 80)).isGreaterThan(100);
        assertThat(count(image, c -> c.getBlue() > 150 && c.getRed() < 140)).isGreaterThan(100);
    }

    @Test
    void theDefaultIsThePage() throws IOException {
        PlotResult r = Plots.scaling(Fixtures.load("harness/collections/main.json"), PlotOptions.metric(Metric.PEAK));
        Path page = dir.resolve("plots/nested/scaling");
        assertThat(PlotFile.write(r, page, PlotPage.PlotlyJs.CDN)).isEqualTo(PlotFormat.HTML);
        assertThat(Files.readString(page)).startsWith("<!DOCTYPE html>").contains("benchmem-figure");
    }

    private static BufferedImage png(Path file) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        assertThat(Arrays.copyOf(bytes, 8)).containsExactly(0x89, 'P', 'N', 'G', 0x0d, 0x0a, 0x1a, 0x0a);
        return ImageIO.read(file.toFile());
    }

    private static void assertNotBlank(BufferedImage image) {
        long painted = count(image, c -> c.getRed() < 230 || c.getGreen() < 230 || c.getBlue() < 230);
        assertThat(painted).as("non-white pixels").isGreaterThan((long) image.getWidth() * image.getHeight() / 100);
    }

    private static long pixels(BufferedImage image, Color color) {
        return count(image, c -> Math.abs(c.getRed() - color.getRed()) + Math.abs(c.getGreen() - color.getGreen())
                + Math.abs(c.getBlue() - color.getBlue()) < 30);
    }

    private static long count(BufferedImage image, java.util.function.Predicate<Color> test) {
        int[] rgb = image.getRGB(0, 0, image.getWidth(), image.getHeight(), null, 0, image.getWidth());
        // Most pixels share a few colours: test each colour once.
        java.util.Map<Integer, Boolean> seen = new java.util.HashMap<>();
        long n = 0;
        for (int pixel : rgb) {
            if (seen.computeIfAbsent(pixel, p -> test.test(new Color(p)))) {
                n++;
            }
        }
        return n;
    }
}
