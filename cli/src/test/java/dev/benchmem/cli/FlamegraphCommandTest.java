package dev.benchmem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchmem.core.profile.ProfileBuilder;
import dev.benchmem.core.profile.ProfileFiles;
import dev.benchmem.core.profile.ProfileFrame;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code benchmem flamegraph} in process: picking, reports, the diff and its errors. */
class FlamegraphCommandTest {
    @TempDir
    Path dir;
    private Path base;
    private Path cand;

    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    private int benchmem(String... args) {
        out.getBuffer().setLength(0);
        err.getBuffer().setLength(0);
        return BenchmemCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);
    }

    /** Two benchmarks; in the candidate, squares[1000] boxes its squares. */
    @BeforeEach
    void profiles() throws Exception {
        base = dir.resolve("base");
        cand = dir.resolve("cand");
        for (boolean boxed : new boolean[] {false, true}) {
            Path to = boxed ? cand : base;
            ProfileBuilder squares = new ProfileBuilder("squares[1000]", "ex.SquaresBench#squares[1000]", "17", 8_016, 0, 1);
            List<ProfileFrame> bench = List.of(new ProfileFrame("ex.SquaresBench", "squares.lambda#0", 40));
            if (boxed) {
                int valueOf = squares.site("java.lang.Long", "valueOf", 1204, "java.lang.Long", 1_000, 24_000);
                squares.path(valueOf, frames(bench, new ProfileFrame("ex.SquaresBench", "boxedSquares", 56),
                        new ProfileFrame("java.lang.Long", "valueOf", 1204)), 24_000, 1_000, 24_000);
            } else {
                int array = squares.site("ex.SquaresBench", "squares", 47, "long[]", 1, 8_016);
                squares.path(array, frames(bench, new ProfileFrame("ex.SquaresBench", "squares", 47)), 8_016, 1, 8_016);
            }
            ProfileFiles.write(squares.build(), to);
            ProfileBuilder sort = new ProfileBuilder("sort[10]", "ex.SortBench#sort[10]", "17", 56, 0, 1);
            sort.site("ex.SortBench", "sortedCopy", 55, "java.util.Arrays.copyOf()", 1, 56);
            ProfileFiles.write(sort.build(), to);
        }
    }

    private static List<ProfileFrame> frames(List<ProfileFrame> head, ProfileFrame... tail) {
        List<ProfileFrame> all = new java.util.ArrayList<>(head);
        all.addAll(List.of(tail));
        return all;
    }

    @Test
    void writesThePageNextToTheProfileAndPrintsWhere() throws Exception {
        assertThat(benchmem("flamegraph", cand.toString(), "squares")).isZero();
        Path page = cand.resolve(ProfileFiles.id("ex.SquaresBench#squares[1000]") + ".allocated.flamegraph.html");
        assertThat(out.toString()).isEqualTo("flamegraph (allocated): squares[1000] -> " + page + "\n");
        assertThat(Files.readString(page)).contains("<title>squares[1000] — allocated</title>", "java.lang.Long.valueOf:1204");
    }

    @Test
    void worstPicksByTheHeaderAndPeakShowsLive() {
        assertThat(benchmem("flamegraph", cand.toString(), "--worst", "peak", "--report", "table")).isZero();
        assertThat(out.toString()).startsWith("squares[1000]: ").contains("sites by live\n", "java.lang.Long.valueOf:1204 [java.lang.Long]");
        assertThat(benchmem("flamegraph", cand.toString(), "--worst", "allocations", "--report", "collapsed", "--metric", "allocations"))
                .isZero();
        assertThat(out.toString()).isEqualTo(
                "ex.SquaresBench.squares.lambda#0:40;ex.SquaresBench.boxedSquares:56;java.lang.Long.valueOf:1204;[java.lang.Long] 1000\n");
    }

    @Test
    void theDiffTablePointsAtTheBoxingLine() {
        assertThat(benchmem("flamegraph", "--diff", base.toString(), cand.toString(), "squares[1000]", "--report", "table")).isZero();
        String[] lines = out.toString().split("\n");
        assertThat(lines[0]).isEqualTo("squares[1000]: allocated 7.83 KiB -> 23.44 KiB (+15.61 KiB)");
        assertThat(lines[5]).startsWith("java.lang.Long.valueOf:1204 [java.lang.Long]").endsWith("+23.44 KiB   new");
        // The path is longer than its room in 120 columns: it loses its outer end, the boxing stays.
        assertThat(out.toString()).containsPattern("\n…[^\n]*Bench\\.squares\\.lambda#0:40;SquaresBench\\.boxedSquares:56;"
                + "Long\\.valueOf:1204;\\[Long] +0 B  23\\.44 KiB  \\+23\\.44 KiB   new\n");
        assertThat(out.toString().lines().mapToInt(String::length).max().orElseThrow()).isLessThanOrEqualTo(120);
        assertThat(benchmem("flamegraph", "--diff", base.toString(), cand.toString(), "squares[1000]")).isZero();
        assertThat(out.toString()).endsWith(".allocated.diff.html\n").startsWith("diff (allocated): squares[1000] -> " + cand);
    }

    @Test
    void badPicksAndBadFilesAreOneLineExitTwo() throws Exception {
        assertThat(benchmem("flamegraph", cand.toString(), "sqares")).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("benchmem flamegraph: no profile in " + cand
                + " matches 'sqares'; near matches: squares[1000], sort[10]\n");
        assertThat(benchmem("flamegraph", cand.toString(), "Bench")).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("benchmem flamegraph: 'Bench' matches 2 profiles in " + cand
                + ": sort[10], squares[1000] (give more of the id)\n");
        Path empty = Files.createDirectory(dir.resolve("empty"));
        assertThat(benchmem("flamegraph", empty.toString())).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("benchmem flamegraph: " + empty + ": no profiles here (*.profile.json); a run writes"
                + " them with --benchmark-memory-profile " + empty + "\n");
        assertThat(benchmem("flamegraph", cand.toString(), "--metric", "peak")).isEqualTo(2);
        assertThat(err.toString()).startsWith("benchmem flamegraph: Invalid value for option '--metric': unknown profile metric 'peak'"
                + " (expected allocated, allocations, live)");
        assertThat(benchmem("flamegraph", cand.toString(), "--worst", "rss")).isEqualTo(2);
        assertThat(err.toString()).startsWith("benchmem flamegraph: Invalid value for option '--worst': a profile has no rss"
                + " (expected peak, allocated, allocations)");
        assertThat(benchmem("flamegraph", cand.toString(), "sort", "--worst", "peak")).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("benchmem flamegraph: give an ID or --worst, not both (see 'benchmem flamegraph --help')\n");
        assertThat(benchmem("flamegraph", "--diff", dir.resolve("empty").toString(), cand.toString(), "sort")).isEqualTo(2);

        Path json = ProfileFiles.json(cand, "ex.SortBench#sort[10]");
        String whole = Files.readString(json);
        Files.writeString(json, whole.substring(0, whole.length() - 40));
        assertThat(benchmem("flamegraph", cand.toString(), "sort[10]")).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("benchmem flamegraph: " + json + ": truncated: the JSON ends before the profile does\n");
        Files.writeString(json, "{\"benchmarks\": [], \"machine_info\": {}}");
        assertThat(benchmem("flamegraph", cand.toString(), "squares")).isEqualTo(2);
        assertThat(err.toString()).isEqualTo("benchmem flamegraph: " + json + ": not a benchmem profile (no \"benchmem_profile\" field)\n");
    }
}
