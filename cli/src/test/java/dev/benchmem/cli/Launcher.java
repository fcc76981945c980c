package dev.benchmem.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

/** Runs the packaged launcher {@code cli/target/benchmem} as a user would, in a given directory. */
final class Launcher {
    /** What a run printed and how it exited. */
    record Result(int exitCode, String out, String err) {
    }

    private Launcher() {
    }

    static Path launcher() {
        return Path.of(System.getProperty("benchmem.launcher", "target/benchmem")).toAbsolutePath();
    }

    static Result run(Path workingDirectory, String... args) throws IOException, InterruptedException {
        return runCommand(launcher().toString(), workingDirectory, Map.of(), args);
    }

    static Result runCommand(String command, Path workingDirectory, Map<String, String> env, String... args)
            throws IOException, InterruptedException {
        return runCommand(60, command, workingDirectory, env, args);
    }

    /** As {@link #runCommand(String, Path, Map, String...)}, failing after {@code timeoutSeconds} (a sweep runs several JVMs). */
    static Result runCommand(int timeoutSeconds, String command, Path workingDirectory, Map<String, String> env, String... args)
            throws IOException, InterruptedException {
        List<String> commandLine = new ArrayList<>();
        commandLine.add(command);
        commandLine.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(commandLine).directory(workingDirectory.toFile());
        builder.environment().put("BENCHMEM_JAVA_OPTS", "-Xmx256m");
        builder.environment().putAll(env);
        Path out = workingDirectory.resolve(".stdout");
        Path err = workingDirectory.resolve(".stderr");
        builder.redirectOutput(out.toFile()).redirectError(err.toFile());
        Process process = builder.start();
        if (!process.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("benchmem did not finish in " + timeoutSeconds + " s: " + commandLine);
        }
        return new Result(process.exitValue(), java.nio.file.Files.readString(out, StandardCharsets.UTF_8),
                java.nio.file.Files.readString(err, StandardCharsets.UTF_8));
    }
}
