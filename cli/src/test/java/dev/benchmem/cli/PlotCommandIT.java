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

    @Test
    void staticImagesFromThePackagedJar() throws Exception {
        // The shaded jar keeps only the classes it reaches: every writer must still be whole in it.
        for (String name : new String[] {"scaling.png", "scaling.svg", "scaling.pdf"}) {
            Launcher.Result r = Launcher.run(dir, "plot", run("harness/collections/main.json"), run("harness/collections/pr.json"), "--view", "scaling",
                    "--color", "layout", "-o", name);
            assertThat(r.err()).isEmpty();
            assertThat(r.exitCode()).isZero();
            assertThat(r.out()).isEqualTo("scaling (peak): 6 ids -> " + name + "\n");
        }
        java.awt.image.BufferedImage png = javax.imageio.ImageIO.read(dir.resolve("scaling.png").toFile());
        assertThat(png.getWidth()).isEqualTo(1000);
        assertThat(png.getHeight()).isEqualTo(600);
        assertThat(Files.readString(dir.resolve("scaling.svg"))).startsWith("<?xml").contains("<svg");
        assertThat(Files.readString(dir.resolve("scaling.pdf"), java.nio.charset.StandardCharsets.ISO_8859_1)).startsWith("%PDF-");
    }

    @Test
    void openHandsTheFileToTheBrowser() throws Exception {
        Path browser = dir.resolve("browser.sh");
        Files.writeString(browser, "#!/bin/sh\necho \"$1\" > \"$(dirname \"$0\")/opened.txt\"\n");
        browser.toFile().setExecutable(true);
        Launcher.Result r = Launcher.runCommand(Launcher.launcher().toString(), dir, java.util.Map.of("BROWSER", browser.toString()),
                "plot", run("harness/collections/main.json"), "--plotlyjs", "cdn", "--open", "-o", "page.html");
        assertThat(r.exitCode()).isZero();
        Path opened = dir.resolve("opened.txt");
        for (int i = 0; i < 100 && !Files.exists(opened); i++) {
            Thread.sleep(100);
        }
        assertThat(Files.readString(opened).trim()).isEqualTo(dir.resolve("page.html").toUri().toString());
    }
}
