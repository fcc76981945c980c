package dev.benchmem.core.profile;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import dev.benchmem.core.AtomicFile;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link Profile} as its JSON document: the header, the sites, the frames once each
 * (as {@code [class, method, line]}), and the paths as lists of frame indices, so a profile
 * whose paths share deep prefixes stays small. {@link ProfileReader} reads it back.
 *
 * <pre>{@code
 * {"benchmem_profile": 1, "name": ..., "fullname": ..., "java": ..., "allocations": ..., "allocated": ...,
 *  "peak": ..., "sample_interval_bytes": 0, "samples": ...,
 *  "sites": [{"class": ..., "method": ..., "line": ..., "allocates": ..., "allocations": ..., "bytes": ..., "live_bytes": ...}],
 *  "frames": [["java.util.ArrayList", "grow", 237], ...],
 *  "paths": [{"site": 0, "frames": [0, 3, 4], "allocations": ..., "bytes": ..., "live_bytes": ...}]}
 * }</pre>
 */
public final class ProfileWriter {
    /** The format's version, the value of its marker field. */
    public static final int VERSION = 1;
    /** The field that marks a benchmem profile. */
    public static final String MARKER = "benchmem_profile";

    private static final JsonFactory JSON = new JsonFactory();

    private ProfileWriter() {
    }

    /** Writes {@code profile} to {@code file} atomically; the directory must exist. */
    public static void write(Profile profile, Path file) throws IOException {
        AtomicFile.write(file, out -> write(profile, out));
    }

    /** Streams {@code profile} as JSON, one site, frame or path a line. */
    public static void write(Profile profile, Writer out) throws IOException {
        JsonGenerator json = JSON.createGenerator(out);
        json.writeStartObject();
        json.writeNumberField(MARKER, VERSION);
        json.writeStringField("name", profile.name());
        json.writeStringField("fullname", profile.fullname());
        json.writeStringField("java", profile.java());
        json.writeNumberField("allocations", profile.allocations());
        json.writeNumberField("allocated", profile.allocated());
        json.writeNumberField("peak", profile.peak());
        json.writeNumberField("sample_interval_bytes", profile.sampleIntervalBytes());
        json.writeNumberField("samples", profile.samples());
        json.writeArrayFieldStart("sites");
        for (ProfileSite site : profile.sites()) {
            json.writeRaw("\n");
            json.writeStartObject();
            json.writeStringField("class", site.className());
            json.writeStringField("method", site.method());
            json.writeNumberField("line", site.line());
            json.writeStringField("allocates", site.allocates());
            json.writeNumberField("allocations", site.allocations());
            json.writeNumberField("bytes", site.bytes());
            json.writeNumberField("live_bytes", site.liveBytes());
            json.writeEndObject();
        }
        json.writeEndArray();
        Map<ProfileFrame, Integer> index = new HashMap<>();
        json.writeArrayFieldStart("frames");
        for (ProfilePath path : profile.paths()) {
            for (ProfileFrame frame : path.frames()) {
                if (index.putIfAbsent(frame, index.size()) == null) {
                    json.writeRaw("\n");
                    json.writeStartArray();
                    json.writeString(frame.className());
                    json.writeString(frame.method());
                    json.writeNumber(frame.line());
                    json.writeEndArray();
                }
            }
        }
        json.writeEndArray();
        json.writeArrayFieldStart("paths");
        for (ProfilePath path : profile.paths()) {
            json.writeRaw("\n");
            json.writeStartObject();
            json.writeNumberField("site", path.site());
            json.writeArrayFieldStart("frames");
            List<ProfileFrame> frames = path.frames();
            for (ProfileFrame frame : frames) {
                json.writeNumber(index.get(frame));
            }
            json.writeEndArray();
            json.writeNumberField("allocations", path.allocations());
            json.writeNumberField("bytes", path.bytes());
            json.writeNumberField("live_bytes", path.liveBytes());
            json.writeEndObject();
        }
        json.writeEndArray();
        json.writeRaw("\n");
        json.writeEndObject();
        json.writeRaw("\n");
        json.flush();
    }
}
