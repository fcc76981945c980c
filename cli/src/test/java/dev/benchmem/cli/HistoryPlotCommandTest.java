package dev.benchmem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code benchmem plot --view history}: trends from a history database, its options, and its bad input. */
class HistoryPlotCommandTest {

    /** pytest-benchmark's statistics of one round of 1 us, every field core's reader requires. */
    private static final String STATS = "{\"min\":1e-6,\"max\":1e-6,\"mean\":1e-6,\"stddev\":0,\"rounds\":1,\"median\":1e-6,"
            + "\"iqr\":0,\"q1\":1e-6,\"q3\":1e-6,\"iqr_outliers\":0,\"stddev_outliers\":0,\"ld15iqr\":1e-6,\"hd15iqr\":1e-6,"
            + "\"total\":1e-6,\"iterations\":1}";

    @TempDir
    Path dir;
    private String db;
    private String out;
    private String err;

    /** Four runs of three ids on main (commits c1..c4, a day apart), one on a branch; peak grows 10% a run. */
    @BeforeEach
    void history() throws IOException {
        db = dir.resolve("history.db").toString();
        List<String> files = new ArrayList<>();
        for (int r = 1; r <= 5; r++) {
            files.add(run(r, r == 5 ? "feature" : "main").toString());
        }
        List<String> add = new ArrayList<>(List.of("history", "add", "--db", db));
        add.addAll(files);
        assertThat(benchmem(add.toArray(String[]::new))).as(err).isZero();
    }

    private Path run(int index, String branch) throws IOException {
        List<String> benchmarks = new ArrayList<>();
        for (String id : List.of("sort[10]", "sort[20]", "copy[10]")) {
            long peak = Math.round(1000 * Math.pow(1.1, index)) * (id.startsWith("copy") ? 2 : 1);
            benchmarks.add("{\"group\":null,\"name\":\"" + id + "\",\"fullname\":\"t.Bench#" + id + "\",\"params\":{},"
                    + "\"extra_info\":{\"benchmem\":{\"peak_bytes\":[" + peak + "],\"total_bytes\":[" + peak + "],"
                    + "\"allocations\":[1]}},\"stats\":" + STATS + "}");
        }
        Path file = dir.resolve("run" + index + ".json");
        Files.writeString(file, "{\"commit_info\":{\"id\":\"c" + index + "\",\"branch\":\"" + branch + "\",\"time\":\"2026-01-0"
                + index + "T12:00:00+00:00\"},\"datetime\":\"2026-02-0" + index + "T00:00:00\",\"benchmarks\":["
                + String.join(",", benchmarks) + "]}");
        return file;
    }

    private int benchmem(String... args) {
        StringWriter o = new StringWriter();
        StringWriter e = new StringWriter();
        int code = BenchmemCommand.execute(new PrintWriter(o, true), new PrintWriter(e, true), args);
        out = o.toString();
        err = e.toString();
        return code;
    }

    @Test
    void oneLinePerMatchingIdOverTheBranchsRunsOnCommitTime() throws IOException {
        Path page = dir.resolve("history.html");

        int code = benchmem("plot", "--view", "history", "--db", db, "--id", "sort[*]", "--branch", "main", "-o", page.toString());

        assertThat(code).as(err).isZero();
        assertThat(out).isEqualTo("history (peak): 2 ids -> " + page + "\n");
        String html = Files.readString(page);
        assertThat(html).contains("\"name\":\"sort[10]\"", "\"name\":\"sort[20]\"", "[\"c4\",4]", "2026-01-04 12:00:00")
                .doesNotContain("copy[10]", "\"c5\"");
    }

    @Test
    void anotherMetricOverEveryBranch() throws IOException {
        Path page = dir.resolve("allocations.html");

        int code = benchmem("plot", "--view", "history", "--db", db, "--metric", "allocations", "--plotlyjs", "cdn",
                "-o", page.toString());

        assertThat(code).as(err).isZero();
        assertThat(out).isEqualTo("history (allocations): 3 ids -> " + page + "\n");
        assertThat(Files.readString(page)).contains("[\"c5\",5]", "allocations over 5 runs");
    }

    @Test
    void badInputIsOneLineAndExit2() {
        String run = dir.resolve("run1.json").toString();
        for (String[] args : List.of(
                new String[] {"plot", "--view", "history", "--db", db, run},
                new String[] {"plot", run, "--db", db},
                new String[] {"plot", "--view", "history", "--db", db, "--x", "n"},
                new String[] {"plot", "--view", "history", "--db", db, "--id", "nothing*"},
                new String[] {"plot", "--view", "history", "--db", "jdbc:mysql://x/y"},
                new String[] {"plot", "--view", "history", "--db", db, "-o", "history.png"},
                new String[] {"plot"})) {
            assertThat(benchmem(args)).as(String.join(" ", args)).isEqualTo(2);
            assertThat(err).as(String.join(" ", args)).startsWith("benchmem plot: ").hasLineCount(1);
        }
        assertThat(benchmem("plot", "--view", "history", "--db", db, run)).isEqualTo(2);
        assertThat(err).contains("--view history reads the history database (--db), not run files (" + run + ")");
        assertThat(benchmem("plot", run, "--db", db)).isEqualTo(2);
        assertThat(err).contains("--db, --id and --branch belong to --view history");
        assertThat(benchmem("plot", "--view", "history", "--db", db, "--id", "nothing*")).isEqualTo(2);
        assertThat(err).contains("history (peak): nothing to draw");
        assertThat(benchmem("plot", "--view", "history", "--db", db, "-o", "history.png")).isEqualTo(2);
        assertThat(err).contains("-o history.png: the history view is written as a page (.html); static images of it are not drawn yet");
        assertThat(benchmem("plot")).isEqualTo(2);
        assertThat(err).contains("Missing required parameter: 'RUN'");
    }
}
