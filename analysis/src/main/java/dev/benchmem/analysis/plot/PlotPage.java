package dev.benchmem.analysis.plot;

import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Properties;

/**
 * Writes a drawn view as one standalone HTML page. The figure travels as JSON in a non-executed
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
    private static final String[] SLOTS = {"{{title}}", "{{plotly}}", "{{figure}}"};

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
    public static String html(PlotResult plot, PlotlyJs plotlyJs) {
        StringWriter page = new StringWriter();
        try {
            render(plot, plotlyJs, page);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return page.toString();
    }

    /** Writes the page atomically, whatever the file's suffix; {@link PlotFile#write} picks the format by suffix. */
    public static void write(PlotResult plot, Path file, PlotlyJs plotlyJs) throws IOException {
        PlotFile.write(plot, file, PlotFormat.HTML, plotlyJs);
    }

    /** The template with its slots filled, streamed: the embedded bundle alone is megabytes. */
    static void render(PlotResult plot, PlotlyJs plotlyJs, Writer out) throws IOException {
        String template = text("page.html");
        int from = 0;
        for (String slot : SLOTS) {
            int at = template.indexOf(slot, from);
            out.write(template, from, at - from);
            switch (slot) {
                // Plotly text is entity-escaped, which is valid HTML text as it is.
                case "{{title}}" -> out.write(plot.json().title());
                case "{{plotly}}" -> out.write(plotlyJs == PlotlyJs.INLINE ? inlineScript() : cdnScript());
                default -> plot.json().writeTo(out);
            }
            from = at + slot.length();
        }
        out.write(template, from, template.length() - from);
    }

    private static String cdnScript() {
        return "<script src=\"https://cdn.plot.ly/plotly-" + plotlyVersion() + ".min.js\" charset=\"utf-8\"></script>";
    }

    private static String inlineScript() throws IOException {
        try (InputStream in = resource("plotly.js.gz")) {
            return "<script type=\"application/gzip;base64\" id=\"benchmem-plotly\" data-plotly-version=\""
                    + plotlyVersion() + "\">" + Base64.getEncoder().encodeToString(in.readAllBytes()) + "</script>";
        }
    }

    private static String text(String name) throws IOException {
        try (InputStream in = resource(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
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
