package dev.benchmem.cli.sweep;

import dev.benchmem.core.Terminal;
import dev.benchmem.cli.sweep.VersionOutcome.Status;
import dev.benchmem.core.RunFileException;
import dev.benchmem.core.RunFileReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;

/**
 * Runs a {@link SweepPlan}: chooses the versions, then for each (up to {@code parallel} at a
 * time) resolves its class path, checks the {@code --check} classes, and runs the suite in a
 * fresh JVM; one progress line per step, a summary, and the follow-up {@code compare} and
 * {@code plot --view sweep} commands. A version that fails is reported and the rest go on.
 */
public final class Sweep {
    private static final String CONTINUED = " \\";
    private static final Pattern SHELL_SAFE = Pattern.compile("[A-Za-z0-9_./:=+@%,-]+");

    private final SweepPlan plan;
    private final MavenResolver resolver;
    private final PrintWriter out;

    public Sweep(SweepPlan plan, MavenResolver resolver, PrintWriter out) {
        this.plan = plan;
        this.resolver = resolver;
        this.out = out;
    }

    /**
     * Runs every version and prints the summary.
     *
     * @return each version's outcome, in sweep order
     * @throws MavenResolver.ResolutionFailure when the versions themselves cannot be listed
     */
    public List<VersionOutcome> run() throws MavenResolver.ResolutionFailure, IOException, InterruptedException {
        long start = System.nanoTime();
        VersionQuery.Selection selection = plan.versions().select(plan.artifact(), resolver);
        selection.leftOut().forEach(line -> print("left out " + line));
        List<String> versions = selection.versions();
        Files.createDirectories(plan.out());
        print("sweep " + plan.artifact() + ": " + versions.size() + " version" + (versions.size() == 1 ? "" : "s")
                + " (" + String.join(", ", versions) + ") -> " + plan.out());
        resolver.describeRepositories().forEach(r -> print("  repository " + r));
        List<VersionOutcome> outcomes = new ArrayList<>();
        ExecutorService pool = Executors.newFixedThreadPool(plan.parallel());
        try {
            List<Future<VersionOutcome>> futures = new ArrayList<>();
            for (int i = 0; i < versions.size(); i++) {
                String tag = "[" + (i + 1) + "/" + versions.size() + "] " + versions.get(i);
                String version = versions.get(i);
                futures.add(pool.submit(() -> runVersion(version, tag)));
            }
            for (Future<VersionOutcome> future : futures) {
                outcomes.add(future.get());
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IOException io) {
                throw io;
            }
            throw new IllegalStateException(cause);
        } finally {
            pool.shutdownNow();
        }
        summarize(outcomes, (System.nanoTime() - start) / 1e9);
        return outcomes;
    }

    private VersionOutcome runVersion(String version, String tag) throws IOException, InterruptedException {
        Path runFile = plan.out().resolve(version + ".json");
        long resolveStart = System.nanoTime();
        List<Path> dependencies;
        try {
            dependencies = resolver.classPath(plan.artifact(), version, plan.pins());
        } catch (MavenResolver.ResolutionFailure e) {
            return report(tag, new VersionOutcome(version, Status.UNRESOLVED, e.getMessage(), runFile, seconds(resolveStart), 0, -1));
        }
        List<Path> checkPath = new ArrayList<>(dependencies);
        checkPath.add(plan.suite());
        checkPath.add(plan.tools().harnessJar());
        Optional<String> checkFailure = ClassCheck.firstFailure(plan.checks(), checkPath);
        double resolveSeconds = seconds(resolveStart);
        if (checkFailure.isPresent()) {
            return report(tag, new VersionOutcome(version, Status.CHECK_FAILED, checkFailure.get(), runFile, resolveSeconds, 0, -1));
        }
        print(tag + " resolved " + dependencies.size() + " jar" + (dependencies.size() == 1 ? "" : "s")
                + " in " + format(resolveSeconds) + " s; running");
        // A run file left from an earlier sweep must not pass for this run's.
        Files.deleteIfExists(runFile);
        Path log = plan.out().resolve(version + ".log");
        SuiteRun.Result result = SuiteRun.run(SuiteRun.command(plan, version, dependencies, runFile), log);
        double harness = result.harnessSeconds().orElse(-1);
        Status status;
        String detail;
        if (result.exitCode() != 0) {
            status = result.exitCode() == 5 ? Status.NO_DATA : Status.RUN_FAILED;
            detail = "harness exit " + result.exitCode() + ": " + result.lastLine() + " (log: " + log + ")";
        } else if (!Files.isRegularFile(runFile)) {
            status = Status.NO_DATA;
            detail = "no run file written (log: " + log + ")";
        } else {
            long measured = measuredBenchmarks(runFile);
            status = measured > 0 ? Status.OK : Status.NO_DATA;
            detail = measured > 0 ? measured + " benchmark" + (measured == 1 ? "" : "s") + ", " + result.lastLine() + " -> " + runFile
                    : "no benchmark in " + runFile + " has timings or memory (log: " + log + ")";
        }
        return report(tag, new VersionOutcome(version, status, detail, runFile, resolveSeconds, result.seconds(), harness));
    }

    /** The benchmarks of a run file with data: timed rounds or memory passes. */
    private static long measuredBenchmarks(Path runFile) {
        try {
            return RunFileReader.read(runFile).benchmarks().stream().filter(b -> b.stats() != null || b.memory() != null).count();
        } catch (RunFileException e) {
            return 0;
        }
    }

    private VersionOutcome report(String tag, VersionOutcome outcome) {
        String time = outcome.runSeconds() > 0 ? " in " + format(outcome.runSeconds()) + " s" : "";
        print(tag + " " + outcome.status().word() + time + ": " + outcome.detail());
        return outcome;
    }

    private void summarize(List<VersionOutcome> outcomes, double seconds) {
        List<VersionOutcome> ok = outcomes.stream().filter(VersionOutcome::ok).toList();
        List<String> failed = outcomes.stream().filter(o -> !o.ok()).map(VersionOutcome::version).toList();
        double overhead = outcomes.stream().mapToDouble(o -> o.resolveSeconds()
                + (o.harnessSeconds() >= 0 ? o.runSeconds() - o.harnessSeconds() : 0)).sum();
        print("");
        print("sweep: " + ok.size() + " ok" + (failed.isEmpty() ? "" : ", " + failed.size() + " failed (" + String.join(", ", failed) + ")")
                + " in " + format(seconds) + " s (resolution and JVM start-up: " + format(overhead) + " s)");
        if (ok.isEmpty()) {
            return;
        }
        List<String> files = ok.stream().map(o -> quote(o.runFile().toString())).toList();
        print("compare and plot the versions:");
        // Memory passes for every fixture under --memory: then both axes of the question exist in every run.
        List<String> compare = new ArrayList<>(List.of("benchmem", "compare"));
        compare.addAll(files);
        if (plan.memory()) {
            compare.addAll(List.of("--metric", "time,peak"));
        }
        command(compare);
        if (ok.size() >= 2) {
            List<String> plot = new ArrayList<>(List.of("benchmem", "plot"));
            plot.addAll(files);
            plot.addAll(List.of("--view", "sweep", "-o", quote(plan.out().resolve("sweep.html").toString())));
            command(plot);
        }
    }

    private void command(List<String> words) {
        continued(words).forEach(this::print);
    }

    /** A command to run next, continued with {@code \\} over as many lines as a {@link Terminal#COLUMNS}-column terminal needs. */
    static List<String> continued(List<String> words) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder("  ").append(words.get(0));
        for (String word : words.subList(1, words.size())) {
            if (line.length() + 1 + word.length() + CONTINUED.length() > Terminal.COLUMNS) {
                lines.add(line + CONTINUED);
                line = new StringBuilder("      ").append(word);
            } else {
                line.append(' ').append(word);
            }
        }
        lines.add(line.toString());
        return lines;
    }

    private void print(String line) {
        synchronized (out) {
            out.println(line);
            out.flush();
        }
    }

    private static String quote(String word) {
        return SHELL_SAFE.matcher(word).matches() ? word : "'" + word.replace("'", "'\\''") + "'";
    }

    private static double seconds(long startNanos) {
        return (System.nanoTime() - startNanos) / 1e9;
    }

    private static String format(double seconds) {
        return String.format(Locale.ROOT, "%.2f", seconds);
    }
}
