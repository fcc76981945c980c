package dev.benchmem.core.profile;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads a profile written by {@link ProfileWriter}, strictly: a file that is not JSON, ends
 * early, is some other JSON document, or holds a malformed or inconsistent value is a {@link
 * ProfileException} naming the file and the field.
 */
public final class ProfileReader {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonFactory STREAM = new JsonFactory();

    private ProfileReader() {
    }

    /** What identifies a profile and ranks it, read from the head of the file alone. */
    public record Header(Path file, String name, String fullname, long allocations, long allocated, long peak) {
        /** The value {@code --worst} ranks by: peak, allocated or allocations. */
        public long value(dev.benchmem.core.Metric metric) {
            return switch (metric) {
                case PEAK -> peak;
                case ALLOCATED -> allocated;
                case ALLOCATIONS -> allocations;
                default -> throw new IllegalArgumentException("a profile has no " + metric.key());
            };
        }
    }

    /** Reads the header fields, which {@link ProfileWriter} puts before the sites, without the rest. */
    public static Header header(Path file) {
        JsonNode head = parse(file, () -> {
            try (JsonParser parser = STREAM.createParser(file.toFile())) {
                if (parser.nextToken() != JsonToken.START_OBJECT) {
                    throw notAProfile(file);
                }
                com.fasterxml.jackson.databind.node.ObjectNode fields = JSON.createObjectNode();
                while (parser.nextToken() == JsonToken.FIELD_NAME && !parser.currentName().equals("sites")) {
                    String field = parser.currentName();
                    parser.nextToken();
                    fields.set(field, JSON.readTree(parser));
                }
                return fields;
            }
        });
        version(file, head);
        return new Header(file, text(file, head, "name"), text(file, head, "fullname"), whole(file, head, "allocations"),
                whole(file, head, "allocated"), whole(file, head, "peak"));
    }

    /** Reading JSON from a file: what it does, failing with a one-line {@link ProfileException}. */
    @FunctionalInterface
    private interface Parse {
        JsonNode from() throws IOException;
    }

    private static JsonNode parse(Path file, Parse parse) {
        try {
            return parse.from();
        } catch (NoSuchFileException | java.io.FileNotFoundException e) {
            throw new ProfileException(file, "no such file");
        } catch (JsonProcessingException e) {
            throw unreadable(file, e);
        } catch (IOException e) {
            throw new ProfileException(file, "cannot read: " + e.getMessage());
        }
    }

    /** Reads the whole profile. */
    public static Profile read(Path file) {
        JsonNode root = parse(file, () -> JSON.readTree(file.toFile()));
        if (root == null || !root.isObject()) {
            throw notAProfile(file);
        }
        version(file, root);
        List<ProfileSite> sites = new ArrayList<>();
        JsonNode siteNodes = array(file, root, "sites");
        for (int i = 0; i < siteNodes.size(); i++) {
            JsonNode s = object(file, siteNodes, i, "sites");
            String where = "sites[" + i + "].";
            sites.add(new ProfileSite(text(file, s, where, "class"), text(file, s, where, "method"), line(file, s, where),
                    text(file, s, where, "allocates"), whole(file, s, where, "allocations"), whole(file, s, where, "bytes"),
                    whole(file, s, where, "live_bytes")));
        }
        List<ProfileFrame> frames = new ArrayList<>();
        JsonNode frameNodes = array(file, root, "frames");
        for (int i = 0; i < frameNodes.size(); i++) {
            JsonNode f = frameNodes.get(i);
            if (!f.isArray() || f.size() != 3 || !f.get(0).isTextual() || !f.get(1).isTextual() || !f.get(2).canConvertToInt()
                    || !f.get(2).isIntegralNumber() || f.get(0).asText().isEmpty() || f.get(1).asText().isEmpty()) {
                throw malformed(file, "frames[" + i + "]", f, "[class, method, line]");
            }
            frames.add(new ProfileFrame(f.get(0).asText(), f.get(1).asText(), f.get(2).asInt()));
        }
        List<ProfilePath> paths = new ArrayList<>();
        JsonNode pathNodes = array(file, root, "paths");
        for (int i = 0; i < pathNodes.size(); i++) {
            JsonNode p = object(file, pathNodes, i, "paths");
            String where = "paths[" + i + "].";
            long site = whole(file, p, where, "site");
            if (site >= sites.size()) {
                throw new ProfileException(file, where + "site is " + site + ", expected a site index below " + sites.size());
            }
            JsonNode indices = p.get("frames");
            if (indices == null || !indices.isArray() || indices.isEmpty()) {
                throw malformed(file, where + "frames", indices, "a non-empty list of frame indices");
            }
            List<ProfileFrame> pathFrames = new ArrayList<>(indices.size());
            for (JsonNode index : indices) {
                if (!index.isIntegralNumber() || index.asLong() < 0 || index.asLong() >= frames.size()) {
                    throw malformed(file, where + "frames", index, "frame indices below " + frames.size());
                }
                pathFrames.add(frames.get(index.asInt()));
            }
            paths.add(new ProfilePath((int) site, pathFrames, whole(file, p, where, "allocations"), whole(file, p, where, "bytes"),
                    whole(file, p, where, "live_bytes")));
        }
        try {
            return new Profile(text(file, root, "name"), text(file, root, "fullname"), text(file, root, "java"),
                    whole(file, root, "allocations"), whole(file, root, "allocated"), whole(file, root, "peak"),
                    whole(file, root, "sample_interval_bytes"), whole(file, root, "samples"), sites, paths);
        } catch (IllegalArgumentException e) {
            throw new ProfileException(file, "inconsistent: " + e.getMessage());
        }
    }

    private static ProfileException unreadable(Path file, JsonProcessingException e) {
        if (e instanceof JsonEOFException) {
            return new ProfileException(file, "truncated: the JSON ends before the profile does");
        }
        return new ProfileException(file, "not JSON: " + e.getOriginalMessage());
    }

    private static ProfileException notAProfile(Path file) {
        return new ProfileException(file, "not a benchmem profile (no \"" + ProfileWriter.MARKER + "\" field)");
    }

    private static void version(Path file, JsonNode root) {
        JsonNode marker = root.get(ProfileWriter.MARKER);
        if (marker == null) {
            throw notAProfile(file);
        }
        if (!marker.isIntegralNumber() || marker.asInt() != ProfileWriter.VERSION) {
            throw new ProfileException(file, "profile format " + marker + ", this benchmem reads format " + ProfileWriter.VERSION);
        }
    }

    private static JsonNode array(Path file, JsonNode root, String field) {
        JsonNode node = root.get(field);
        if (node == null || !node.isArray()) {
            throw malformed(file, field, node, "a list");
        }
        return node;
    }

    private static JsonNode object(Path file, JsonNode array, int i, String field) {
        JsonNode node = array.get(i);
        if (!node.isObject()) {
            throw malformed(file, field + "[" + i + "]", node, "an object");
        }
        return node;
    }

    private static String text(Path file, JsonNode node, String field) {
        return text(file, node, "", field);
    }

    private static String text(Path file, JsonNode node, String where, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isTextual() || value.asText().isEmpty()) {
            throw malformed(file, where + field, value, "a non-empty string");
        }
        return value.asText();
    }

    private static long whole(Path file, JsonNode node, String field) {
        return whole(file, node, "", field);
    }

    private static long whole(Path file, JsonNode node, String where, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isIntegralNumber() || !value.canConvertToLong() || value.asLong() < 0) {
            throw malformed(file, where + field, value, "a whole number of at least 0");
        }
        return value.asLong();
    }

    private static int line(Path file, JsonNode node, String where) {
        JsonNode value = node.get("line");
        if (value == null || !value.isIntegralNumber() || !value.canConvertToInt() || value.asInt() < -1) {
            throw malformed(file, where + "line", value, "a line number (-1 when unknown)");
        }
        return value.asInt();
    }

    private static ProfileException malformed(Path file, String field, JsonNode value, String expected) {
        String shown = value == null ? "missing" : "is " + (value.isContainerNode() ? (value.isArray() ? "a list" : "an object")
                : value.toString().length() > 40 ? value.toString().substring(0, 40) + "…" : value.toString());
        return new ProfileException(file, field + " " + shown + ", expected " + expected);
    }
}
