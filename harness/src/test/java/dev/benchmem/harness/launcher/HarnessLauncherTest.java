package dev.benchmem.harness.launcher;

import dev.benchmem.core.RunFile;
import dev.benchmem.core.BenchmarkResult;
import dev.benchmem.core.RunFileReader;
import static dev.benchmem.harness.report.Ansi.GREEN;
import static dev.benchmem.harness.report.Ansi.RED;
import static dev.benchmem.harness.report.Ansi.RESET;
import static dev.benchmem.harness.report.Ansi.YELLOW;
import static org.assertj.core.api.Assertions.assertThat;

import dev.benchmem.harness.suites.CountedSourceSuite;
import dev.benchmem.harness.suites.SortSuite;
import dev.benchmem.harness.suites.UnusedResultSuite;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The launcher in this JVM, where no agent is loaded: timing works, memory benchmarks fail clearly. */
class HarnessLauncherTest {

    private static final String[] FAST = {"--benchmark-max-time=0.02", "--benchmark-warmup=off", "--benchmark-min-rounds=3"};

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @Test
    void aFailingBenchmarkFailsItsTestAndTheRestIsStillRunAndWritten(@TempDir Path dir) {
        Path json = dir.resolve("run.json");

        int exit = run("-c", SortSuite.class.getName(), "--benchmark-json=" + json);

        assertThat(exit).isEqualTo(1);
        assertThat(stdout()).contains("FAILED " + SortSuite.class.getName() + "#throwing - IllegalStateException: boom")
                .contains("Wrote benchmark data in: " + json)
                .containsPattern("\\n4 failed, 2 passed in \\d+\\.\\d\\ds\\n$");
        RunFile written = RunFileReader.read(json);
        Map<String, BenchmarkResult> byName = written.benchmarks().stream()
                .collect(Collectors.toMap(BenchmarkResult::name, r -> r));
        assertThat(byName).containsOnlyKeys("timedOnly");
        assertThat(byName.get("timedOnly").extraInfo()).containsEntry("kind", "sqrt");
        assertThat(byName.get("timedOnly").stats().rounds()).isGreaterThanOrEqualTo(3);
    }

    @Test
    void machineInfoOptionsAddKeysToTheRunFile(@TempDir Path dir) {
        Path json = dir.resolve("run.json");

        int exit = run("-c", SortSuite.class.getName(), "-k", "timedOnly", "--benchmark-json=" + json,
                "--benchmark-machine-info", "sweep_version=3.12.0", "--benchmark-machine-info", "sweep_artifact=g:a");

        assertThat(exit).isZero();
        assertThat(RunFileReader.read(json).machineInfo()).containsEntry("sweep_version", "3.12.0")
                .containsEntry("sweep_artifact", "g:a").containsKey("java_version");
    }

    @Test
    void scanClasspathLimitsDiscoveryToTheNamedEntries(@TempDir Path empty) {
        // The test classes (with their suites) are on the class path, but only the empty directory is scanned.
        int exit = launch("--scan-classpath", empty.toString());

        assertThat(exit).as(stdout()).isEqualTo(5);
        assertThat(stdout()).doesNotContain(SortSuite.class.getName());
    }

    @Test
    void withoutTheAgentMemoryBenchmarksFailWithOneClearMessage() {
        run("-c", SortSuite.class.getName(), "-k", "sort[1000]");

        assertThat(stdout()).contains("FAILED " + SortSuite.class.getName() + "#sort[1000] - AssertionFailedError: "
                + "sort[1000]: the memory pass needs the benchmem agent, and none is loaded in this JVM: "
                + "run with java -javaagent:path/to/benchmem.jar (Maven Surefire: add it to <argLine>)");
    }

    @Test
    void selectsByNameSubstringAndCountsTheRestDeselected() {
        int exit = run("-c", SortSuite.class.getName(), "-k", "timedOnly");

        assertThat(exit).isZero();
        assertThat(stdout()).containsPattern("\\n1 passed, 5 deselected in ");
    }

    @Test
    void benchmarkOnlySkipsPlainTestsAndBenchmarkSkipSkipsBenchmarks() {
        run("-c", SortSuite.class.getName(), "-k", "o", "--benchmark-only");
        assertThat(stdout()).contains("1 passed, 1 skipped");

        out.reset();
        run("-c", SortSuite.class.getName(), "--benchmark-skip");
        // As in pytest, each invocation of the parametrized sort counts: sort[1000] and sort[100000].
        assertThat(stdout()).contains("1 passed, 5 skipped");
    }

    @Test
    void progressCountsEachInvocationOfAParametrizedMethodAsAnItem() {
        // Six items, as pytest collects them: sort[1000], sort[100000] and four plain methods.
        run("-c", SortSuite.class.getName(), "-v");

        List<String> percents = new ArrayList<>();
        Matcher m = Pattern.compile("\\[ *(\\d+)%]\\n").matcher(stdout());
        while (m.find()) {
            percents.add(m.group(1));
        }
        assertThat(percents).containsExactly("16", "33", "50", "66", "83", "100");
    }

    @Test
    void theItemsAreCountedOnlyWhenALineEndsBeforeThePlanDoes() {
        // One class, -q: its one line ends the plan at 100%, and the plan runs once.
        CountedSourceSuite.ASKED.set(0);
        run("-c", CountedSourceSuite.class.getName(), "-q");
        assertThat(stdout()).containsPattern("(?m)^\\.\\.\\. +\\[100%]$");
        assertThat(CountedSourceSuite.ASKED).as("argument source asked").hasValue(1);

        // -v: the first line ends after one item of three, so a dry run counts them first.
        out.reset();
        CountedSourceSuite.ASKED.set(0);
        run("-c", CountedSourceSuite.class.getName(), "-v");
        assertThat(stdout()).containsPattern("#item \\[1][^\\n]* PASSED +\\[ 33%]").containsPattern("#item \\[3][^\\n]* PASSED +\\[100%]");
        assertThat(CountedSourceSuite.ASKED).as("argument source asked").hasValue(2);
    }

    @Test
    void progressLeavesDeselectedInvocationsOutOfItsCount() {
        run("-c", SortSuite.class.getName(), "-k", "sort[", "-v");

        assertThat(stdout()).containsPattern("#sort\\[1000] FAILED +\\[ 50%]").containsPattern("#sort\\[100000] FAILED +\\[100%]");
    }

    @Test
    void verboseProgressNamesEachBenchmark() {
        run("-c", SortSuite.class.getName(), "-k", "timedOnly", "-v");

        assertThat(stdout()).containsPattern(SortSuite.class.getName().replace(".", "\\.") + "#timedOnly PASSED +\\[100%]");
    }

    @Test
    void inColourProgressMarksAreGreenRedAndYellowAsPytestPrintsThem() {
        runInColour(true, "-c", SortSuite.class.getName(), "-q");
        // passed and failed (the memory benchmarks, without an agent)
        assertThat(stdout()).contains(GREEN + "." + RESET, RED + "F" + RESET);

        out.reset();
        runInColour(true, "-c", SortSuite.class.getName(), "-q", "--benchmark-skip");
        assertThat(stdout()).contains(YELLOW + "s" + RESET);

        out.reset();
        runInColour(true, "-c", SortSuite.class.getName(), "-k", "timedOnly", "-v");
        String coloured = progressLine("#timedOnly");
        out.reset();
        runInColour(false, "-c", SortSuite.class.getName(), "-k", "timedOnly", "-v");
        // the word is coloured, and the percentage stays in its column
        assertThat(coloured).contains(GREEN + "PASSED" + RESET);
        assertThat(coloured.replace(GREEN, "").replace(RESET, "")).isEqualTo(progressLine("#timedOnly"));
    }

    private String progressLine(String containing) {
        return stdout().lines().filter(l -> l.contains(containing)).findFirst().orElseThrow();
    }

    @Test
    void withoutColourTheProgressIsPlain() {
        runInColour(false, "-c", SortSuite.class.getName(), "-q");

        assertThat(stdout()).contains(".", "F").doesNotContain("\u001b[");
    }

    @Test
    void aResultTheTestNeverUsesIsStillComputed(@TempDir Path dir) {
        Path json = dir.resolve("run.json");

        run("-c", UnusedResultSuite.class.getName(), "--benchmark-json=" + json, "--benchmark-max-time=0.2");

        Map<String, Double> min = RunFileReader.read(json).benchmarks().stream()
                .collect(Collectors.toMap(BenchmarkResult::name, r -> r.stats().min()));
        // 100x the elements: a dropped loop would take the same time for both (ratio ~1); the
        // margin leaves room for a loaded machine.
        assertThat(min.get("sumUnused[100000]") / min.get("sumUnused[1000]")).isGreaterThan(5);
    }

    @Test
    void theInlineMemoryGateWithNoSavedRunSaysSoAndPasses(@TempDir Path dir) {
        int exit = run("-c", SortSuite.class.getName(), "-k", "timedOnly", "--benchmark-storage=" + dir,
                "--benchmark-memory-compare-fail=peak:10%");

        assertThat(exit).isZero();
        assertThat(stdout()).contains("no prior run with memory to compare against\n");
    }

    @Test
    void aSavedRunIsComparedAgainstAndGatedOn(@TempDir Path dir) {
        run("-c", SortSuite.class.getName(), "-k", "timedOnly", "--benchmark-storage=" + dir, "--benchmark-save=base");
        assertThat(stdout()).containsPattern("Saved benchmark data in: .*0001_base\\.json");

        out.reset();
        int exit = run("-c", SortSuite.class.getName(), "-k", "timedOnly", "--benchmark-storage=" + dir,
                "--benchmark-compare", "--benchmark-compare-fail=time:100000%");

        assertThat(exit).isZero();
        assertThat(stdout()).containsPattern("Comparing against benchmarks from: .*0001_base\\.json")
                .contains("timedOnly (0001_base)", "no regressions over thresholds");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "--benchmark-colour | Unknown option: '--benchmark-colour'",
            "--benchmark-max-time=soon | --benchmark-max-time: not a time",
            "--benchmark-min-rounds=0 | --benchmark-min-rounds: must be at least 1: '0'",
            "--benchmark-columns=min,fastest | --benchmark-columns: Invalid column name(s): fastest.",
            "--benchmark-memory-compare-fail=peak:10 | --benchmark-memory-compare-fail: bad threshold 'peak:10'",
            "--benchmark-compare-fail=peak:10% | --benchmark-compare-fail: 'peak:10%' is a memory threshold",
            "--benchmark-save=a/b | --benchmark-save: 'a/b' is not a run name",
            "--scan-classpath=/nonexistent/suite.jar | --scan-classpath: /nonexistent/suite.jar: no such file or directory",
            "--benchmark-machine-info==3.12.0 | --benchmark-machine-info: a KEY=VALUE has an empty KEY",
    })
    void aMalformedOptionIsAOneLineUsageErrorNamingIt(String option, String message) {
        int exit = launch(option);

        assertThat(exit).isEqualTo(2);
        assertThat(stderr()).startsWith("benchmem-harness: error: ").contains(message).endsWith("(see --help)\n")
                .hasLineCount(1);
        assertThat(stdout()).isEmpty();
    }

    @Test
    void helpListsThePytestBenchmarkOptions() {
        assertThat(launch("--help")).isZero();
        assertThat(stdout()).contains("--benchmark-json=PATH", "--benchmark-memory-compare-fail=EXPR", "--select-class=CLASS",
                "-k=TEXT");
    }

    /** Runs with fast timing options unless {@code args} set the time budget. */
    private int run(String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        if (all.stream().noneMatch(a -> a.startsWith("--benchmark-max-time"))) {
            all.addAll(List.of(FAST));
        }
        return launch(all.toArray(String[]::new));
    }

    private int launch(String... args) {
        return new HarnessLauncher(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8)).run(args);
    }

    /** As {@link #run} with colour on or off, whatever the environment says. */
    private int runInColour(boolean color, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.addAll(List.of(FAST));
        return new HarnessLauncher(new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8), color).run(all.toArray(String[]::new));
    }

    private String stdout() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String stderr() {
        return err.toString(StandardCharsets.UTF_8);
    }
}
