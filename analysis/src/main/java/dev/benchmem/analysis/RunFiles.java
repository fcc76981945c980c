package dev.benchmem.analysis;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/** Turns an input path (a run file or a storage directory) into runs, picking the reader by content. */
final class RunFiles {
    /** pytest-benchmark's storage names: {@code .benchmarks/<machine>/0001_<name>.json}. */
    private static final Pattern SAVED_RUN = Pattern.compile("\\d{4}_.*\\.json");
    /** Python's json module writes NaN and Infinity bare; JMH writes them as strings. */
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();

    private RunFiles() {
    }

    /** The runs {@code input} holds: one for a file, every saved run (oldest first) for a directory. */
    static List<RunRecord> read(Path input) {
        if (Files.isDirectory(input)) {
            return readDirectory(input);
        }
        return List.of(readFile(input, input.toString()));
    }

    static RunRecord readFile(Path path, String input) {
        JsonNode root;
        try (InputStream in = Files.newInputStream(path)) {
            root = JSON.readTree(in);
        } catch (NoSuchFileException e) {
            throw new RunFileException(input, "no such file");
        } catch (AccessDeniedException e) {
            throw new RunFileException(input, "permission denied");
        } catch (JsonProcessingException e) {
            throw new RunFileException(input, "malformed JSON" + where(e.getLocation()) + ": " + firstLine(e.getOriginalMessage()));
        } catch (IOException e) {
            throw new RunFileException(input, "cannot read (" + firstLine(e.getMessage()) + ")");
        }
        if (root == null || root.isMissingNode()) {
            throw new RunFileException(input, "empty file, not a benchmark run");
        }
        String stem = stem(path);
        if (JmhJsonReader.accepts(root)) {
            return JmhJsonReader.read(input, stem, root);
        }
        if (!root.isObject()) {
            throw new RunFileException(input, "not a benchmark run (expected a pytest-benchmark/benchmem object or a JMH result array)");
        }
        return BenchmarkJsonReader.read(input, stem, root);
    }

    private static List<RunRecord> readDirectory(Path dir) {
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(p -> SAVED_RUN.matcher(p.getFileName().toString()).matches())
                    .filter(Files::isRegularFile)
                    .sorted()
                    .collect(Collectors.toList());
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new RunFileException(dir.toString(), "cannot list directory (" + firstLine(e.getMessage()) + ")");
        }
        if (files.isEmpty()) {
            throw new RunFileException(dir.toString(), "no saved runs (NNNN_*.json) in this directory");
        }
        List<RunRecord> runs = new ArrayList<>(files.size());
        for (Path f : files) {
            runs.add(readFile(f, f.toString()));
        }
        // Oldest first: by the run's own datetime when present (machine directories number
        // their runs independently), else by file name.
        runs.sort(Comparator.comparing((RunRecord r) -> r.datetime() == null ? "" : r.datetime()));
        return runs;
    }

    static String stem(Path path) {
        String name = path.getFileName().toString();
        return name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
    }

    private static String where(JsonLocation location) {
        return location == null || location.getLineNr() < 0 ? ""
                : " at line " + location.getLineNr() + ", column " + location.getColumnNr();
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
