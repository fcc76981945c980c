package dev.benchmem.core.profile;

import dev.benchmem.core.AtomicFile;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The collapsed-stack text of one metric: a line per call path, {@code frame;frame;frame value},
 * outermost frame first, as {@code flamegraph.pl}, speedscope and async-profiler's converters
 * read it. The last frame is what the site allocates, in brackets ({@code [java.lang.Integer]}),
 * as async-profiler ends an allocation stack with the allocated class. Paths that differ only
 * below what a line shows are merged; lines with value 0 are left out.
 */
public final class CollapsedStacks {
    private CollapsedStacks() {
    }

    /** The collapsed line's stack of {@code path}: its frames and the allocated type, joined by {@code ;}. */
    public static String stack(Profile profile, ProfilePath path) {
        StringBuilder line = new StringBuilder();
        for (ProfileFrame frame : path.frames()) {
            line.append(clean(frame.label())).append(';');
        }
        return line.append('[').append(clean(profile.sites().get(path.site()).allocates())).append(']').toString();
    }

    /** A frame as a collapsed line can hold it: no {@code ;} (the separator) and no line break. */
    private static String clean(String frame) {
        return frame.replace(';', ',').replace('\n', ' ').replace('\r', ' ');
    }

    public static void write(Profile profile, ProfileMetric metric, Writer out) throws IOException {
        Map<String, Long> lines = new LinkedHashMap<>();
        for (ProfilePath path : profile.paths()) {
            long value = path.value(metric);
            if (value > 0) {
                lines.merge(stack(profile, path), value, Long::sum);
            }
        }
        for (Map.Entry<String, Long> line : lines.entrySet()) {
            out.write(line.getKey());
            out.write(' ');
            out.write(Long.toString(line.getValue()));
            out.write('\n');
        }
    }

    /** Writes the text to {@code file} atomically; the directory must exist. */
    public static void write(Profile profile, ProfileMetric metric, Path file) throws IOException {
        AtomicFile.write(file, out -> write(profile, metric, out));
    }
}
