package dev.benchmem.harness.launcher;

import dev.benchmem.core.RunFile;
import dev.benchmem.core.BenchmarkResult;
import dev.benchmem.core.RunFileReader;
import dev.benchmem.core.RunFileWriter;
import dev.benchmem.core.Threshold;
import dev.benchmem.core.Metric;
import dev.benchmem.core.Gate;
import dev.benchmem.harness.report.Storage;
import dev.benchmem.harness.report.CurrentRun;
import dev.benchmem.harness.report.TerminalTable;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What a run writes and prints once its tests are done, in pytest-benchmark's order: the run
 * file ({@code --benchmark-json}), the saved run ({@code --benchmark-save/-autosave}), the
 * table (with the compared run's rows under {@code --benchmark-compare}), the gate's lines.
 * Built from the options before any test runs, so a malformed one is a usage error.
 */
final class RunOutput {

    private static final java.util.regex.Pattern SAVE_NAME = java.util.regex.Pattern.compile("[A-Za-z0-9._+-]+");
    private static final DateTimeFormatter AUTOSAVE_TIME = DateTimeFormatter.ofPattern("yyyyMMdd_HHmmss");

    private final Path json;
    private final String saveName;
    private final boolean autosave;
    private final Storage storage;
    private final Shard shard;
    private final Optional<String> compareRef;
    private final List<Threshold> thresholds;
    private final TerminalTable table;
    private final Map<String, String> extraMachineInfo;

    /** A malformed output option; {@link #getMessage()} names it. */
    static final class BadOption extends IllegalArgumentException {
        BadOption(String option, String problem) {
            super(option + ": " + problem);
        }
    }

    private RunOutput(HarnessOptions o, List<Threshold> thresholds, TerminalTable table) {
        this.json = o.json;
        this.saveName = o.save;
        this.autosave = o.autosave;
        this.storage = Storage.of(o.storage);
        this.shard = o.shard;
        this.compareRef = Stream.of(o.compare, o.memoryCompare).filter(r -> r != null).findFirst()
                .or(() -> thresholds.isEmpty() ? Optional.empty() : Optional.of(""));
        this.thresholds = thresholds;
        this.table = table;
        this.extraMachineInfo = new LinkedHashMap<>(o.machineInfo);
    }

    /**
     * Validates the output options; throws {@link BadOption} naming the first malformed one.
     * {@code color}: the table in colour.
     */
    static RunOutput of(HarnessOptions o, boolean color) {
        TerminalTable.Builder table = TerminalTable.builder().color(color);
        if (o.columns != null) {
            table.columns(parse("--benchmark-columns", () -> TerminalTable.parseColumns(String.join(",", o.columns))));
        }
        if (o.sort != null) {
            parse("--benchmark-sort", () -> table.sort(o.sort));
        }
        if (o.memoryColumns != null) {
            List<Metric> metrics = parse("--benchmark-memory-columns",
                    () -> TerminalTable.parseMemoryColumns(String.join(",", o.memoryColumns)));
            table.memoryColumns(metrics);
        }
        if (o.save != null && !SAVE_NAME.matcher(o.save).matches()) {
            throw new BadOption("--benchmark-save", "'" + o.save + "' is not a run name (letters, digits and . _ + - only)");
        }
        if (o.machineInfo.keySet().stream().anyMatch(String::isBlank)) {
            throw new BadOption("--benchmark-machine-info", "a KEY=VALUE has an empty KEY");
        }
        List<Threshold> thresholds = new ArrayList<>();
        for (String t : o.compareFail) {
            Threshold threshold = parse("--benchmark-compare-fail", () -> Threshold.parse(t));
            if (threshold.metric().isMemory()) {
                throw new BadOption("--benchmark-compare-fail", "'" + t + "' is a memory threshold: use --benchmark-memory-compare-fail");
            }
            thresholds.add(threshold);
        }
        for (String t : o.memoryCompareFail) {
            Threshold threshold = parse("--benchmark-memory-compare-fail", () -> Threshold.parse(t));
            if (!threshold.metric().isMemory()) {
                throw new BadOption("--benchmark-memory-compare-fail", "'" + t + "' is a time threshold: use --benchmark-compare-fail");
            }
            thresholds.add(threshold);
        }
        return new RunOutput(o, thresholds, table.build());
    }

    private static <T> T parse(String option, java.util.function.Supplier<T> parser) {
        try {
            return parser.get();
        } catch (IllegalArgumentException e) {
            throw new BadOption(option, e.getMessage());
        }
    }

    /** Whether a memory threshold gates the run ({@code --benchmark-memory-compare-fail}). */
    boolean gatesMemory() {
        return thresholds.stream().anyMatch(t -> t.metric().isMemory());
    }

    /**
     * Writes and prints the run of {@code results}.
     *
     * @return what the gate found (passed, with no regressions, without thresholds)
     * @throws IOException when a file cannot be written
     */
    Gate.Result write(List<BenchmarkResult> results, PrintStream out) throws IOException {
        // The run to compare against is the latest saved before this one is.
        Optional<Path> prior = compareRef.flatMap(ref -> ref.isEmpty() ? storage.latest() : storage.find(ref));
        RunFile run = withMachineInfo(CurrentRun.of(results));
        if (saveName != null || autosave) {
            Path saved = storage.save(run, saveName != null ? saveName : autosaveName(run), RunFileWriter.withoutData());
            out.println("Saved benchmark data in: " + saved);
        }
        if (json != null) {
            RunFileWriter.withData().write(run, json);
            out.println("Wrote benchmark data in: " + json);
        }
        List<BenchmarkResult> rows = new ArrayList<>(results);
        Optional<RunFile> priorRun = prior.map(RunFileReader::read);
        String label = prior.map(p -> p.getFileName().toString().replaceFirst("\\.json$", "")).orElse("");
        if (prior.isPresent()) {
            out.println("Comparing against benchmarks from: " + prior.get());
            priorRun.get().benchmarks().forEach(r -> rows.add(labelled(r, label)));
        } else if (compareRef.isPresent() && thresholds.isEmpty()) {
            out.println(Gate.NO_PRIOR);
        }
        if (rows.stream().anyMatch(r -> r.stats() != null)) {
            out.println();
            out.print(table.render(rows));
        }
        if (thresholds.isEmpty()) {
            return new Gate.Result(List.of(), List.of());
        }
        Gate.Result gate = Gate.inline(thresholds, results, priorRun, label);
        gate.lines().forEach(out::println);
        return gate;
    }

    /** The run with {@code --benchmark-machine-info}'s keys added to (or replacing) its machine info. */
    private RunFile withMachineInfo(RunFile run) {
        if (extraMachineInfo.isEmpty() && shard == null) {
            return run;
        }
        Map<String, Object> machine = new LinkedHashMap<>(run.machineInfo());
        machine.putAll(extraMachineInfo);
        if (shard != null) {
            // Named for benchmem merge, which drops it.
            machine.put(RunFile.SHARD_KEY, shard.toString());
        }
        return new RunFile(machine, run.commitInfo(), run.benchmarks(), run.datetime(), run.version());
    }

    /** A prior run's row, named as pytest-benchmark names compared rows: {@code sort[10000] (0001_main)}. */
    private static BenchmarkResult labelled(BenchmarkResult r, String label) {
        return new BenchmarkResult(r.group(), r.name() + " (" + label + ")", r.fullname() + " (" + label + ")", r.params(),
                r.param(), r.extraInfo(), r.options(), r.stats(), r.memory(), r.outcome(), r.message());
    }

    /** pytest-benchmark's autosave name: the commit id and the time, marked when the tree has changes. */
    private static String autosaveName(RunFile run) {
        Map<String, Object> commit = run.commitInfo();
        Object id = commit.get("id");
        String name = (id == null ? "unversioned" : id.toString()) + "_" + ZonedDateTime.now(ZoneOffset.UTC).format(AUTOSAVE_TIME);
        return Boolean.TRUE.equals(commit.get("dirty")) ? name + "_uncommitted-changes" : name;
    }
}
