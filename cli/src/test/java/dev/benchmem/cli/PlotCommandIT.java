package dev.benchmem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The reference's plot walkthrough through the packaged launcher, on the example runs. */
class PlotCommandIT {
    private static final Path RUNS = Path.of(System.getProperty("benchmem.runs")).toAbsolutePath();

    @TempDir
    Path dir;

    private static String run(String name) {
        return RUNS.resolve(name).toString();
    }

    @Test
    void walkthroughScatterWritesAnOfflinePage() throws Exception {
        Launcher.Result r = Launcher.run(dir, "plot", "--metric", "peak", run("baseline.json"), run("candidate.json"),
                "-o", "scatter.html");

        assertThat(r.exitCode()).isZero();
        assertThat(r.err()).isEmpty();
        assertThat(r.out()).isEqualTo("scatter (peak): 4 ids -> scatter.html\n");
        String page = Files.readString(dir.resolve("scatter.html"));
        // The gzipped webjar bundle made it into the shaded jar.
        assertThat(page).contains("id=\"benchmem-plotly\" data-plotly-version=\"3.3.1\"").doesNotContain("plotly-latest");
        assertThat(page.length()).isLessThan(4_800_000);
    }

    @Test
    void defaultViewAndPathFollowTheRunCount() throws Exception {
        Launcher.Result r = Launcher.run(dir, "plot", run("baseline.json"), run("candidate.json"), run("regressed.json"),
                "-l", "v0.6,v0.7,v0.8", "--plotlyjs", "cdn");

        assertThat(r.exitCode()).isZero();
        assertThat(r.out()).isEqualTo("sweep (peak): 4 ids -> .benchmarks/plots/sweep-peak.html\n");
        assertThat(Files.readString(dir.resolve(".benchmarks/plots/sweep-peak.html")))
                .contains("v0.8").contains("https://cdn.plot.ly/plotly-3.3.1.min.js");
    }

    @Test
    void badInputIsOneLineAndExit2() throws Exception {
        Launcher.Result r = Launcher.run(dir, "plot", run("baseline.json"), "--view", "sweep");

        assertThat(r.exitCode()).isEqualTo(2);
        assertThat(r.out()).isEmpty();
        assertThat(r.err()).isEqualTo("benchmem plot: view sweep needs at least 2 runs, got 1 (see 'benchmem plot --help')\n");
    }
}
