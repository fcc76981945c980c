package dev.benchmem.analysis.plot;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Base64;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Writes a figure as one standalone HTML page. The figure travels as JSON in a non-executed
 * script element and is parsed with {@code JSON.parse}, so ids and dim values are never code.
 */
public final class PlotPage {

    /** Where the page gets plotly.js from; both pin the version of the bundled webjar. */
    public enum PlotlyJs {
        /** Embedded (gzip + base64, unpacked by the browser): works offline, ~2.7 MB. */
        INLINE,
        /** A script tag on cdn.plot.ly for the same version: a small page that needs the network. */
        CDN
    }

    private static final String RESOURCES = "/dev/benchmem/analysis/plot/";
    private static final Pattern SLOT = Pattern.compile("\\{\\{(title|plotly|figure)}}");

    private PlotPage() {}

    /** The pinned plotly.js version, e.g. {@code 3.3.1}. */
    public static String plotlyVersion() {
        Properties properties = new Properties();
        try (InputStream in = resource("plotly.properties")) {
            properties.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties.getProperty("version");
    }

    /** The page as text. */
    public static String html(PlotFigure figure, PlotlyJs plotlyJs) {
        Map<String, String> slots = Map.of(
                "title", figure.title(), // plotly text is entity-escaped, which is HTML text as it is
                "plotly", plotlyJs == PlotlyJs.INLINE ? inlineScript() : cdnScript(),
                "figure", figure.toJson());
        Matcher m = SLOT.matcher(template());
        StringBuilder page = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(page, Matcher.quoteReplacement(slots.get(m.group(1))));
        }
        return m.appendTail(page).toString();
    }

    /** Writes the page atomically (a temp file in the same directory, then a rename). */
    public static void write(PlotFigure figure, Path file, PlotlyJs plotlyJs) throws IOException {
        Path target = file.toAbsolutePath();
        Files.createDirectories(target.getParent());
        // A sibling temp file made with the default permissions (createTempFile would make it owner-only).
        Path temp = target.resolveSibling("." + target.getFileName() + "." + ProcessHandle.current().pid() + ".tmp");
        try {
            Files.writeString(temp, html(figure, plotlyJs), StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE);
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    private static String cdnScript() {
        return "<script src=\"https://cdn.plot.ly/plotly-" + plotlyVersion() + ".min.js\" charset=\"utf-8\"></script>";
    }

    private static String inlineScript() {
        try (InputStream in = resource("plotly.js.gz")) {
            return "<script type=\"application/gzip;base64\" id=\"benchmem-plotly\" data-plotly-version=\""
                    + plotlyVersion() + "\">" + Base64.getEncoder().encodeToString(in.readAllBytes()) + "</script>";
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String template() {
        try (InputStream in = resource("page.html")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream resource(String name) {
        InputStream in = PlotPage.class.getResourceAsStream(RESOURCES + name);
        if (in == null) {
            throw new IllegalStateException("missing resource " + RESOURCES + name + " (build the analysis module with Maven)");
        }
        return in;
    }
}
