package dev.benchmem.analysis.profile;

import com.fasterxml.jackson.core.JsonGenerator;
import dev.benchmem.analysis.plot.ScriptSafeJson;
import dev.benchmem.core.AtomicFile;
import dev.benchmem.core.profile.Profile;
import dev.benchmem.core.profile.ProfileMetric;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * A flame graph as one standalone, offline HTML page: the call tree travels as JSON (names
 * once, then the nodes in preorder as {@code [name, value, baseline, children]}) and a small
 * inline script draws it on a canvas, root on top, each frame as wide as its share. Hover
 * names a frame with its value, a click zooms into it, a search box highlights frames.
 *
 * <p>Why its own renderer: d3-flamegraph is not published as a webjar on Maven Central, and
 * plotly's icicle trace (the bundled plotly.js is 2.7 MB inline) lays a 10,000-site,
 * 200-frame tree out as SVG far slower than a canvas that draws only frames at least half a
 * pixel wide; this page is the size of its data plus 10 KB.
 *
 * <p>A diff page draws the candidate's tree coloured by change against the baseline: red grew,
 * blue shrank, the stronger the larger (Brendan Gregg's differential flame graph); a button
 * switches the widths to the baseline's, where frames that are gone show.
 */
public final class FlameGraphPage {
    private static final String TEMPLATE = "/dev/benchmem/analysis/profile/flamegraph.html";

    private FlameGraphPage() {
    }

    /** The page of one profile's tree of {@code metric}. */
    public static String html(Profile profile, ProfileMetric metric) {
        CallTree tree = CallTree.of(profile, metric);
        return page(profile.name() + " — " + metric.key(), ProfileReports.heading(profile), metric, tree, false,
                "all: " + ProfileValues.format(metric, tree.root().value()));
    }

    /** The differential page of {@code diff}. */
    public static String html(ProfileDiff diff) {
        ProfileMetric metric = diff.metric();
        CallTree tree = CallTree.diff(diff.baseline(), diff.candidate(), metric);
        String subtitle = "widths: candidate " + metric.key() + "; red grew, blue shrank against the baseline ("
                + ProfileValues.format(metric, tree.root().base()) + " -> " + ProfileValues.format(metric, tree.root().value())
                + "). Candidate: " + ProfileReports.provenance(diff.candidate());
        return page(diff.candidate().name() + " — " + metric.key() + ", baseline vs candidate", subtitle, metric, tree, true,
                "all: " + ProfileValues.signed(metric, tree.root().value() - tree.root().base()));
    }

    /** Writes {@code html} to {@code file} atomically, making its directory. */
    public static void write(String html, Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        AtomicFile.write(file, out -> out.write(html));
    }

    private static String page(String title, String subtitle, ProfileMetric metric, CallTree tree, boolean diff, String rootLabel) {
        String template = template();
        StringWriter data = new StringWriter();
        try {
            data(data, title, subtitle, metric, tree, diff, rootLabel);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        int titleAt = template.indexOf("{{title}}");
        int dataAt = template.indexOf("{{data}}");
        return template.substring(0, titleAt) + escape(title) + template.substring(titleAt + "{{title}}".length(), dataAt)
                + data + template.substring(dataAt + "{{data}}".length());
    }

    private static void data(Writer out, String title, String subtitle, ProfileMetric metric, CallTree tree, boolean diff,
            String rootLabel) throws IOException {
        JsonGenerator json = ScriptSafeJson.mapper().getFactory().createGenerator(out);
        json.writeStartObject();
        json.writeStringField("title", title);
        json.writeStringField("subtitle", subtitle);
        json.writeStringField("metric", metric.key());
        json.writeBooleanField("bytes", metric.metric().isBytes());
        json.writeBooleanField("diff", diff);
        json.writeStringField("rootLabel", rootLabel);
        Map<String, Integer> index = new HashMap<>();
        List<CallTree.Node> names = new ArrayList<>();
        List<CallTree.Node> preorder = new ArrayList<>(tree.size());
        List<CallTree.Node> pending = new ArrayList<>(List.of(tree.root()));
        while (!pending.isEmpty()) {
            CallTree.Node node = pending.remove(pending.size() - 1);
            preorder.add(node);
            if (index.putIfAbsent(node.name(), index.size()) == null) {
                names.add(node);
            }
            List<CallTree.Node> children = node.children();
            for (int i = children.size() - 1; i >= 0; i--) {
                pending.add(children.get(i));
            }
        }
        json.writeArrayFieldStart("names");
        for (CallTree.Node node : names) {
            json.writeString(node.name());
        }
        json.writeEndArray();
        json.writeArrayFieldStart("short");
        for (CallTree.Node node : names) {
            json.writeString(node.shortName());
        }
        json.writeEndArray();
        json.writeArrayFieldStart("nodes");
        for (CallTree.Node node : preorder) {
            json.writeNumber(index.get(node.name()));
            json.writeNumber(node.value());
            json.writeNumber(node.base());
            json.writeNumber(node.children().size());
        }
        json.writeEndArray();
        json.writeEndObject();
        json.flush();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    private static String template() {
        try (InputStream in = FlameGraphPage.class.getResourceAsStream(TEMPLATE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + TEMPLATE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
