package dev.benchmem.analysis;

import dev.benchmem.core.BenchmarkResult;
import dev.benchmem.core.RunFile;
import dev.benchmem.core.RunFileException;
import dev.benchmem.core.RunFileReader;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
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
    /** JMH writes NaN and Infinity as strings, but a file may hold them bare too. */
    private static final ObjectMapper JMH = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .build();

    private RunFiles() {
    }

    /**
     * The runs the inputs hold, in input order: one per file, every saved run of a directory
     * (oldest first). Files are parsed in parallel: parsing is most of a compare's work.
     */
    static List<RunRecord> read(List<Path> inputs) {
        List<List<Path>> files = new ArrayList<>(inputs.size());
        for (Path input : inputs) {
            files.add(Files.isDirectory(input) ? savedRuns(input) : List.of(input));
        }
        List<RunRecord> parsed = files.stream().flatMap(List::stream).collect(Collectors.toList())
                .parallelStream().map(f -> readFile(f, f.toString(), false)).collect(Collectors.toList());
        List<RunRecord> runs = new ArrayList<>(parsed.size());
        int next = 0;
        for (int i = 0; i < inputs.size(); i++) {
            List<RunRecord> group = new ArrayList<>(parsed.subList(next, next + files.get(i).size()));
            next += group.size();
            if (Files.isDirectory(inputs.get(i))) {
                // Oldest first: by the run's own datetime when present (machine directories
                // number their runs independently), else by file name (the listing order).
                group.sort(Comparator.comparing((RunRecord r) -> r.datetime() == null ? "" : r.datetime()));
            }
            runs.addAll(group);
        }
        return runs;
    }

    /**
     * {@code run} with every timed round: re-reads its file when the rounds were skipped.
     *
     * @throws RunFileException when the file changed since it was read
     */
    static RunRecord withRounds(RunRecord run) {
        if (run.rounds()) {
            return run;
        }
        RunRecord full = readFile(run.path(), run.input(), true);
        if (full.benchmarks().size() != run.benchmarks().size()) {
            throw new RunFileException(run.input(), "changed while it was being read");
        }
        return full;
    }

    /**
     * Reads one file: a JMH result array here, anything else through core's one run-file
     * reader; without {@code rounds} the timed rounds are left out where statistics stand in for them.
     */
    static RunRecord readFile(Path path, String input, boolean rounds) {
        String stem = stem(path);
        try {
            if (isArray(path)) {
                JsonNode root = JMH.readTree(path.toFile());
                if (!JmhJsonReader.accepts(root)) {
                    throw new RunFileException(input, "not a benchmark run (expected a pytest-benchmark/benchmem object or a JMH result array)");
                }
                return JmhJsonReader.read(path, input, stem, root);
            }
        } catch (IOException e) {
            throw RunFileException.reading(input, e);
        }
        List<BenchmarkRecord> benchmarks = new ArrayList<>();
        boolean[] leftOut = {false};
        RunFile run = RunFileReader.read(path, rounds, b -> {
            BenchmarkRecord record = BenchmarkRecord.of(b);
            if (!record.series().isEmpty()) {
                benchmarks.add(record);
            }
            leftOut[0] |= b.stats() != null && b.stats().dataLeftOut();
        });
        return new RunRecord(path, input, stem, run.datetime().isEmpty() ? null : run.datetime(), benchmarks, !leftOut[0]);
    }

    /** Whether the file's JSON starts with {@code [} (a JMH result) rather than an object. */
    private static boolean isArray(Path path) throws IOException {
        try (InputStream in = new java.io.BufferedInputStream(Files.newInputStream(path), 64)) {
            int c;
            while ((c = in.read()) != -1) {
                // whitespace and a UTF-8 byte-order mark come before the value
                if (!Character.isWhitespace(c) && c != 0xEF && c != 0xBB && c != 0xBF) {
                    return c == '[';
                }
            }
            return false;
        }
    }

    /** Every {@code NNNN_*.json} below {@code dir}, by path. */
    private static List<Path> savedRuns(Path dir) {
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
        return files;
    }

    static String stem(Path path) {
        String name = path.getFileName().toString();
        return name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
    }

    private static String firstLine(String message) {
        if (message == null) {
            return "unknown error";
        }
        int nl = message.indexOf('\n');
        return nl < 0 ? message : message.substring(0, nl);
    }
}
