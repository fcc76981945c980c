package dev.benchmem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The reference walkthrough and every error case, through the real launcher on real files. */
class CompareIT {
    private static final Path RUNS = Path.of(System.getProperty("benchmem.runs")).toAbsolutePath();

    @TempDir
    Path dir;

    private static String run(String name) {
        return RUNS.resolve(name).toString();
    }

    private Launcher.Result benchmem(String... args) throws IOException, InterruptedException {
        return Launcher.run(dir, args);
    }

    @Test
    void walkthroughPeakTable() throws Exception {
        Launcher.Result r = benchmem("compare", run("baseline.json"), run("candidate.json"), "--metric", "peak");

        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).isEqualTo(String.join("\n",
                "peak (MiB)",
                "id                 baseline  candidate  change",
                "──────────────────────────────────────────────",
                "test_sort[10000]       0.08       0.08   +0.0%",
                "test_sort[50000]       0.38       0.38   +0.0%",
                "test_sort[200000]      1.53       1.53   +0.0%",
                "test_sort[500000]      3.81       3.81   +0.0%",
                ""));
    }

    @Test
    void walkthroughTimeTable() throws Exception {
        Launcher.Result r = benchmem("compare", run("baseline.json"), run("candidate.json"), "--metric", "time");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("time (s)\n")
                .contains("test_sort[10000]   5.029e-05  4.947e-05   -1.6%")
                .contains("test_sort[50000]   0.0002573  0.0002544   -1.2%")
                .contains("test_sort[200000]   0.001031   0.001031   -0.0%")
                .contains("test_sort[500000]   0.002657   0.002768   +4.2%");
    }

    @Test
    void sortByValueAndCsvInTheWorkingDirectory() throws Exception {
        Launcher.Result r = benchmem("compare", run("baseline.json"), run("candidate.json"),
                "--metric", "peak", "--sort", "value", "--csv", "peak.csv");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out().lines().skip(3).map(l -> l.split("\\s+")[0]))
                .containsExactly("test_sort[500000]", "test_sort[200000]", "test_sort[50000]", "test_sort[10000]");
        assertThat(dir.resolve("peak.csv")).hasContent(String.join("\n",
                "metric,id,baseline,candidate,change_pct",
                "peak,test_sort[500000],4000016,4000016,0.0000",
                "peak,test_sort[200000],1600016,1600016,0.0000",
                "peak,test_sort[50000],400016,400016,0.0000",
                "peak,test_sort[10000],80016,80016,0.0000"));
    }

    @Test
    void gatePassesOnNoise() throws Exception {
        Launcher.Result r = benchmem("compare", run("baseline.json"), run("candidate.json"), "--metric", "peak",
                "--fail-on", "peak:10%", "--fail-on", "allocations:5%");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).endsWith("test_sort[500000]      3.81       3.81   +0.0%\nno regressions over thresholds\n");
    }

    @Test
    void gateFailsOnATwentyPercentPeakRegressionNamingTheId() throws Exception {
        Launcher.Result r = benchmem("compare", run("baseline.json"), run("regressed.json"), "--metric", "peak",
                "--fail-on", "peak:10%", "--fail-on", "allocations:5%");

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).contains("test_sort[500000]      3.81       4.58  +20.0%")
                .endsWith("1 regression over thresholds:\n  test_sort[500000] peak 3.81 MiB -> 4.58 MiB +20.0% (over peak:10%)\n");
        assertThat(r.err()).isEmpty();
    }

    /**
     * The noise-aware time gate on real harness runs of a workload with noisy rounds (runs/noise:
     * NoisyRounds.java, made by make-runs.sh). same-2 and same-3 run the same code, yet the minimum
     * moved +16.8%: a plain time:5% fails; the rank test on their 100 and 100 rounds says noise.
     */
    @Test
    void rankTestGatePassesTwoRunsOfTheSameCodeThatTripAPlainTimeThreshold() throws Exception {
        Launcher.Result plain = benchmem("compare", run("noise/same-2.json"), run("noise/same-3.json"), "--fail-on", "time:5%");
        Launcher.Result tested = benchmem("compare", run("noise/same-2.json"), run("noise/same-3.json"), "--fail-on", "time:5%@0.01");
        Launcher.Result option = benchmem("compare", run("noise/same-2.json"), run("noise/same-3.json"), "--fail-on", "time:5%",
                "--significance", "0.01");

        assertThat(plain.exitCode()).isEqualTo(1);
        assertThat(plain.out()).contains("sumPrefix  3.686e-05  4.304e-05  +16.8%")
                .endsWith("1 regression over thresholds:\n  sumPrefix time 36.86 us -> 43.04 us +16.8% (over time:5%)\n");
        assertThat(tested.exitCode()).isZero();
        assertThat(tested.out()).endsWith("time:5%@0.01: 1 id over the threshold but not slower by the rank test (p >= 0.01), "
                + "not counted:\n  sumPrefix p=0.049\nno regressions over thresholds\n");
        assertThat(option.exitCode()).isZero();
        assertThat(option.out()).contains("time:5%@0.01: 1 id over the threshold");
    }

    /** A real 20% slowdown (noise/slower.json: every call does 20% more work) fails the same gate. */
    @Test
    void rankTestGateFailsARealTwentyPercentSlowdown() throws Exception {
        Launcher.Result r = benchmem("compare", run("noise/same-1.json"), run("noise/slower.json"), "--fail-on", "time:5%@0.01",
                "--stat", "median");

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).contains("sumPrefix  6.467e-05  8.248e-05  +27.5%")
                .endsWith("(over time:5%@0.01)\n");
    }

    @Test
    void oneRunSeveralMetricsMarkdown() throws Exception {
        Launcher.Result r = benchmem("compare", run("baseline.json"), "--metric", "peak,allocations", "--format", "md");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("**peak (MiB)**\n\n| id | baseline |\n|:---|---:|\n| test_sort[10000] | 0.08 |\n")
                .contains("**allocations**");
    }

    @Test
    void jmhResultsCompareWithoutChangingABenchmark() throws Exception {
        Launcher.Result r = benchmem("compare", run("jmh-avgt.json"), run("jmh-thrpt.json"), "-l", "before,after");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("time (s)\nid                                 before  after  change\n")
                .contains("SortBench.copy                   1.18e-07      —       —\n")
                .contains("SortBench.sort[10000-reversed]   5.05e-05  4e-05  -20.8%\n");
    }

    @Test
    void storageDirectoryOldestFirst() throws Exception {
        Launcher.Result r = benchmem("compare", run("storage"), "--metric", "time", "--stat", "median");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("time (s, median)\nid").contains("0001_base  0002_cand  change");
    }

    @Test
    void launcherWorksThroughASymlinkFromAnyDirectory() throws Exception {
        Path bin = Files.createDirectory(dir.resolve("bin"));
        Files.createSymbolicLink(bin.resolve("benchmem"), Launcher.launcher());

        Launcher.Result r = Launcher.runCommand(bin.resolve("benchmem").toString(), bin, Map.of(), "--version");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).startsWith("benchmem 0.1.0");
    }

    @Test
    void runsOnJdk25WithACleanStderr() throws Exception {
        Path jdk25 = Jdk25.required();
        Launcher.Result r = Launcher.runCommand(Launcher.launcher().toString(), dir, Map.of("JAVA_HOME", jdk25.toString()),
                "--version");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("JVM: ").contains(" 25");
        Launcher.Result compare = Launcher.runCommand(Launcher.launcher().toString(), dir, Map.of("JAVA_HOME", jdk25.toString()),
                "compare", run("baseline.json"), run("regressed.json"), "--fail-on", "peak:10%");
        assertThat(compare.exitCode()).isEqualTo(1);
        assertThat(compare.err()).as("no JVM warnings (class-data archive of another JDK, sun.misc.Unsafe)").isEmpty();
    }

    @Test
    void helpAndCompletion() throws Exception {
        Launcher.Result help = benchmem("compare", "--help");
        assertThat(help.exitCode()).isZero();
        assertThat(help.out()).contains("--fail-on=METRIC:THRESHOLD", "--metric, --columns=LIST", "--pivot=DIM", "--csv=FILE",
                "--fail-on peak:10% --fail-on allocations:5%");
        assertThat(help.err()).isEmpty();

        Launcher.Result completion = benchmem("generate-completion");
        assertThat(completion.exitCode()).isZero();
        assertThat(completion.out()).contains("complete -F _complete_benchmem", "compare");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "missing file|compare missing.json|missing.json: no such file",
        "bad threshold without unit|compare BASE CAND --fail-on peak:10|bad threshold 'peak:10': peak needs % or a unit (B, KiB, MiB, GiB)",
        "negative threshold|compare BASE CAND --fail-on peak:-5%|bad threshold 'peak:-5%': a limit is a growth and cannot be negative",
        "unknown threshold metric|compare BASE CAND --fail-on foo:10%|'foo:10%': unknown metric 'foo'",
        "bytes on a count|compare BASE CAND --fail-on allocations:5MiB|'allocations:5MiB': allocations is a count",
        "unknown metric|compare BASE --metric speed|unknown metric 'speed' (expected time, peak, allocated, allocations, rss, retained, or extra:NAME for an extra_info label)",
        "metric absent|compare JMH --metric peak|--metric peak: no run has peak (these runs have: time, allocated)",
        "threshold metric absent|compare JMH JMH --fail-on allocations:5%|--fail-on allocations:5%: neither the first nor the last run has allocations",
        "gate with one run|compare BASE --fail-on peak:5%|--fail-on needs two runs or more",
        "unknown group key|compare BASE CAND --group-by size|--group-by unknown key 'size' (use fullname, name, func, group, module, class, param:NAME, or a dim: n, node.class, node.method, node.group)",
        "unknown option|compare BASE --colour|Unknown option: '--colour'",
        "no run|compare|Missing required parameter: 'RUN'",
        "labels do not fit|compare BASE CAND -l one|--label: 1 labels for 2 runs",
        "unknown stat|compare BASE --stat p99|unknown stat 'p99' (expected min, max, mean, median, stddev, or all)",
        "csv into a missing directory|compare BASE --csv nowhere/peak.csv|--csv nowhere/peak.csv: no such directory"
    })
    void errorsAreOneLineExitTwo(String name, String args, String expected) throws Exception {
        String[] argv = args.replace("BASE", run("baseline.json")).replace("CAND", run("candidate.json"))
                .replace("JMH", run("jmh-avgt.json")).split(" ");

        Launcher.Result r = benchmem(argv);

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err().lines()).singleElement().asString().startsWith("benchmem compare: ").contains(expected);
    }

    @Test
    void malformedAndForeignFiles() throws Exception {
        Files.writeString(dir.resolve("broken.json"), "{\"benchmarks\": [{\"name\": \"x\",");
        Files.writeString(dir.resolve("package.json"), "{\"name\": \"left-pad\", \"version\": \"1.3.0\"}");

        Launcher.Result broken = benchmem("compare", "broken.json");
        Launcher.Result foreign = benchmem("compare", "package.json");

        assertThat(broken.exitCode()).isEqualTo(2);
        assertThat(broken.err()).matches("benchmem compare: broken.json: malformed JSON at line 1, column \\d+: .*\n");
        assertThat(foreign.exitCode()).isEqualTo(2);
        assertThat(foreign.err()).isEqualTo("benchmem compare: package.json: not a benchmark run (no \"benchmarks\" array)\n");
    }

    /** A value present but malformed is an input error naming the file, the id and the field; absent stays absent. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', value = {
        "stats.min text|b['stats']['min'] = 'fast'|bad.json: benchmark 'a[1]': stats.min is \"fast\", expected a number",
        "stats a string|b['stats'] = 'fast'|bad.json: benchmark 'a[1]': stats is \"fast\", expected an object",
        "stats.rounds a list|b['stats']['rounds'] = [2]|bad.json: benchmark 'a[1]': stats.rounds is a list, expected a number",
        "memory series holds text|b['extra_info']['benchmem']['peak_bytes'] = [10, 'x']|bad.json: benchmark 'a[1]': extra_info.benchmem.peak_bytes is \"x\", expected a number",
        "memory series lengths differ|b['extra_info']['benchmem']['allocations'] = [1]|bad.json: benchmark 'a[1]': extra_info.benchmem series differ in length: peak_bytes 2, total_bytes 2, allocations 1",
        "rss series length differs|b['extra_info']['benchmem']['rss_bytes'] = [1, 2, 3]|bad.json: benchmark 'a[1]': extra_info.benchmem series differ in length: peak_bytes 2, total_bytes 2, allocations 2, rss_bytes 3",
        "benchmem not an object|b['extra_info']['benchmem'] = 'x'|bad.json: benchmark 'a[1]': extra_info.benchmem is \"x\", expected an object",
        "older scalar memory key text|b['extra_info'] = {'peak_bytes': 'x'}|bad.json: benchmark 'a[1]': extra_info.peak_bytes is \"x\", expected a number",
        "extra_info a string|b['extra_info'] = 'x'|bad.json: benchmark 'a[1]': extra_info is \"x\", expected an object",
        "params a list|b['params'] = [1]|bad.json: benchmark 'a[1]': params is a list, expected an object",
        "machine_info a string|r['machine_info'] = 'x'|bad.json: machine_info is \"x\", expected an object",
        "commit_info a number|r['commit_info'] = 3|bad.json: commit_info is 3, expected an object",
        "datetime a number|r['datetime'] = 3|bad.json: datetime is 3, expected text",
        "name a number|b['name'] = 5|bad.json: benchmark #1: name is 5, expected text",
        "fullname a list|b['fullname'] = [1]|bad.json: benchmark 'a[1]': fullname is a list, expected text",
        "group an object|b['group'] = {}|bad.json: benchmark 'a[1]': group is an object, expected text",
        "stats.data holds text|b['stats']['data'] = [1e-3, 'x']|bad.json: benchmark 'a[1]': stats.data is \"x\", expected a number",
        "stats.data an object|b['stats']['data'] = {}|bad.json: benchmark 'a[1]': stats.data is an object, expected a number",
        "stats.stddev true|b['stats']['stddev'] = True|bad.json: benchmark 'a[1]': stats.stddev is true, expected a number",
        "stats.iterations a fraction|b['stats']['iterations'] = 2.5|bad.json: benchmark 'a[1]': stats.iterations is 2.5, expected a whole number",
        "total_bytes holds a list|b['extra_info']['benchmem']['total_bytes'] = [[20], 20]|bad.json: benchmark 'a[1]': extra_info.benchmem.total_bytes is a list, expected a number",
        "allocations holds true|b['extra_info']['benchmem']['allocations'] = [1, True]|bad.json: benchmark 'a[1]': extra_info.benchmem.allocations is true, expected a number",
        "rss series holds text|b['extra_info']['benchmem']['rss_bytes'] = ['big', 1]|bad.json: benchmark 'a[1]': extra_info.benchmem.rss_bytes is \"big\", expected a number",
        "param a number|b['param'] = 1|bad.json: benchmark 'a[1]': param is 1, expected text",
        "options a string|b['options'] = 'fast'|bad.json: benchmark 'a[1]': options is \"fast\", expected an object",
        "version a list|r['version'] = [5]|bad.json: version is a list, expected text",
        "benchmarks an object|r['benchmarks'] = {}|bad.json: benchmarks is an object, expected a list",
        "benchmark not an object|r['benchmarks'] = [3]|bad.json: benchmark #1 is not an object",
        "benchmark without a name|del b['name']|bad.json: benchmark #1 has no \"name\"",
        "name after the bad value|r['benchmarks'] = [{'stats': {'min': 'fast'}, 'name': 'a[1]'}]|bad.json: benchmark 'a[1]': stats.min is \"fast\", expected a number"
    })
    void malformedValuesAreOneLineExitTwo(String name, String edit, String expected) throws Exception {
        Files.writeString(dir.resolve("good.json"), runFile(""));
        Files.writeString(dir.resolve("bad.json"), runFile(edit));

        Launcher.Result r = benchmem("compare", "good.json", "bad.json");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("benchmem compare: " + expected + "\n");
    }

    @Test
    void absentValuesStayAbsentAndBareNanReads() throws Exception {
        Files.writeString(dir.resolve("good.json"), runFile(""));
        Files.writeString(dir.resolve("sparse.json"), runFile("del b['extra_info']['benchmem']; b['params'] = None; "
                + "r['machine_info'] = None; b['stats']['stddev'] = float('nan')"));

        Launcher.Result r = benchmem("compare", "good.json", "sparse.json", "--metric", "peak");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).contains("—");
    }

    /** A one-benchmark run file as Python's json writes it (bare NaN included), after {@code edit} of {@code r} and {@code b}. */
    private String runFile(String edit) throws IOException, InterruptedException {
        String script = "import json\n"
                + "b = {'group': None, 'name': 'a[1]', 'fullname': 't.py::a[1]', 'params': {'n': 1}, 'extra_info': "
                + "{'benchmem': {'peak_bytes': [10, 10], 'total_bytes': [20, 20], 'allocations': [1, 1]}}, "
                + "'stats': {'min': 1e-3, 'max': 2e-3, 'mean': 1.5e-3, 'median': 1.5e-3, 'stddev': 0, 'rounds': 2}}\n"
                + "r = {'machine_info': {}, 'commit_info': {}, 'benchmarks': [b], 'datetime': '2026-12-04T00:00:00'}\n"
                + edit + "\n"
                + "print(json.dumps(r))\n";
        Process p = new ProcessBuilder("python3", "-c", script).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        assertThat(p.waitFor()).as(out).isZero();
        return out;
    }
}
