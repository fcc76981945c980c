package dev.benchmem.core.profile;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A profile directory's files. Each profile is {@code ID.profile.json} and one collapsed-stack
 * file per metric, {@code ID.allocated.collapsed}, {@code ID.allocations.collapsed} and
 * {@code ID.live.collapsed}, where ID is the benchmark's full name made safe for any file
 * system and shell: characters other than letters, digits, {@code . _ + -} become {@code _}, as
 * does a leading {@code .} or {@code -},
 * and a name that had to change (or is too long) ends in a hash of the full name, so two
 * benchmarks never share a file.
 */
public final class ProfileFiles {
    /** The suffix of a profile's JSON document. */
    public static final String SUFFIX = ".profile.json";
    private static final int MAX_ID = 120;

    private ProfileFiles() {
    }

    /** The file-name id of a benchmark: {@code com.example.SortBench_sort_10000_-5f3a2c1b}. */
    public static String id(String fullname) {
        StringBuilder safe = new StringBuilder();
        fullname.codePoints().forEach(c -> safe.append(c < 128 && (Character.isLetterOrDigit(c) || ".+-_".indexOf(c) >= 0)
                ? (char) c : '_'));
        if (safe.length() > 0 && (safe.charAt(0) == '.' || safe.charAt(0) == '-')) {
            safe.setCharAt(0, '_');
        }
        String id = safe.length() > MAX_ID ? safe.substring(0, MAX_ID) : safe.toString();
        if (id.equals(fullname)) {
            return id;
        }
        return id + "-" + String.format(Locale.ROOT, "%08x", fnv(fullname));
    }

    /** 32-bit FNV-1a of the UTF-8 bytes: the same on every JVM, unlike {@code String.hashCode} it is meant to spread. */
    private static int fnv(String text) {
        int hash = 0x811c9dc5;
        for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
            hash = (hash ^ (b & 0xff)) * 0x01000193;
        }
        return hash;
    }

    /** The JSON document of the profile of {@code fullname} in {@code dir}. */
    public static Path json(Path dir, String fullname) {
        return dir.resolve(id(fullname) + SUFFIX);
    }

    /** The collapsed-stack file of one metric. */
    public static Path collapsed(Path dir, String fullname, ProfileMetric metric) {
        return dir.resolve(id(fullname) + "." + metric.key() + ".collapsed");
    }

    /** Every file of the profile of {@code fullname}: its JSON document and collapsed stacks. */
    public static List<Path> all(Path dir, String fullname) {
        List<Path> files = new ArrayList<>(List.of(json(dir, fullname)));
        for (ProfileMetric metric : ProfileMetric.values()) {
            files.add(collapsed(dir, fullname, metric));
        }
        return files;
    }

    /** Writes the profile's JSON document and collapsed stacks into {@code dir}, each atomically, making the directory. */
    public static Path write(Profile profile, Path dir) throws IOException {
        Files.createDirectories(dir);
        for (ProfileMetric metric : ProfileMetric.values()) {
            CollapsedStacks.write(profile, metric, collapsed(dir, profile.fullname(), metric));
        }
        Path json = json(dir, profile.fullname());
        ProfileWriter.write(profile, json);
        return json;
    }

    /** The profile documents in {@code dir}, by file name. */
    public static List<Path> list(Path dir) throws IOException {
        List<Path> found = new ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*" + SUFFIX)) {
            files.forEach(found::add);
        }
        found.sort(null);
        return found;
    }
}
