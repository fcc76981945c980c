package dev.benchmem.cli.sweep;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalDouble;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One version's harness JVM: {@code java -javaagent:benchmem.jar -cp HARNESS:DEPS:SUITE
 * dev.benchmem.harness.Main --scan-classpath SUITE --benchmark-json=OUT/VERSION.json ...},
 * its output in {@code OUT/VERSION.log}. The resolved jars come before the suite, so the
 * resolved version wins over any copy the suite carries; only the suite is scanned for tests.
 */
final class SuiteRun {
    /** Machine-info keys naming what a sweep's run file ran. */
    static final String ARTIFACT_KEY = "sweep_artifact";
    static final String VERSION_KEY = "sweep_version";

    /** pytest's closing line, as the harness prints it: {@code 4 passed in 13.94s}. */
    private static final Pattern CLOSING = Pattern.compile(" in (\\d+\\.\\d+)s$");

    /**
     * What the JVM did.
     *
     * @param exitCode the harness's exit status (0 passed, 1 failed, 2 usage, 5 no tests)
     * @param seconds wall time from start to exit
     * @param lastLine the last line it printed (pytest's closing line when it got that far)
     */
    record Result(int exitCode, double seconds, String lastLine) {
        /** The session time the harness printed in its closing line. */
        OptionalDouble harnessSeconds() {
            Matcher m = CLOSING.matcher(lastLine);
            return m.find() ? OptionalDouble.of(Double.parseDouble(m.group(1))) : OptionalDouble.empty();
        }
    }

    private SuiteRun() {
    }

    /** The command line of {@code version}'s JVM. */
    static List<String> command(SweepPlan plan, String version, List<Path> dependencies, Path runFile) {
        List<String> classPath = new ArrayList<>();
        classPath.add(plan.tools().harnessJar().toString());
        dependencies.forEach(d -> classPath.add(d.toString()));
        Path suite = plan.suite().toAbsolutePath();
        classPath.add(suite.toString());
        List<String> command = new ArrayList<>(List.of(plan.tools().java().toString(),
                "-javaagent:" + plan.tools().agentJar(),
                "-cp", String.join(File.pathSeparator, classPath),
                "dev.benchmem.harness.Main",
                "--scan-classpath=" + suite,
                "--benchmark-json=" + runFile,
                "--benchmark-machine-info=" + ARTIFACT_KEY + "=" + plan.artifact(),
                "--benchmark-machine-info=" + VERSION_KEY + "=" + version));
        if (plan.memory()) {
            command.add("--benchmark-memory");
        }
        command.addAll(plan.harnessArgs());
        return command;
    }

    /** Runs {@code command} to its end with its output in {@code log}. */
    static Result run(List<String> command, Path log) throws IOException, InterruptedException {
        ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile());
        builder.environment().put("NO_COLOR", "1");
        long start = System.nanoTime();
        Process process = builder.start();
        try {
            int exit = process.waitFor();
            return new Result(exit, (System.nanoTime() - start) / 1e9, lastLine(log));
        } finally {
            // Interrupted (the sweep is stopping): the JVM must not outlive it.
            process.destroy();
        }
    }

    private static String lastLine(Path log) throws IOException {
        List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (!lines.get(i).isBlank()) {
                return lines.get(i).strip();
            }
        }
        return "";
    }
}
