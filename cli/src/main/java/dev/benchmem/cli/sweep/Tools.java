package dev.benchmem.cli.sweep;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.CodeSource;
import java.util.Optional;

/**
 * The jars and the JVM a sweep runs each version with: the agent ({@code benchmem.jar}), the
 * harness ({@code benchmem-harness.jar}) and {@code java}. The jars are found from where this
 * CLI's own jar lives: next to it (a distribution with the jars side by side), or in the build
 * tree ({@code agent/target/}, {@code harness/target/} of a directory above it), unless named.
 *
 * @param agentJar the {@code -javaagent} jar
 * @param harnessJar the runnable harness jar, first on each version's class path
 * @param java the {@code java} launcher of the JDK the versions run on
 */
public record Tools(Path agentJar, Path harnessJar, Path java) {
    private static final String AGENT = "benchmem.jar";
    private static final String HARNESS = "benchmem-harness.jar";

    /**
     * The tools to use: each given path (checked), else found from this jar's location.
     * {@code jdk} is a JDK's home directory, or null for the JVM running the sweep.
     */
    public static Tools locate(Path agentJar, Path harnessJar, Path jdk) {
        Path agent = agentJar != null ? existing("--agent", agentJar) : find("agent", AGENT, "--agent");
        Path harness = harnessJar != null ? existing("--harness", harnessJar) : find("harness", HARNESS, "--harness");
        Path home = jdk != null ? jdk : Path.of(System.getProperty("java.home"));
        Path java = home.resolve("bin").resolve("java");
        if (!Files.isExecutable(java)) {
            throw new IllegalArgumentException("--jdk " + home + ": no bin/java there");
        }
        return new Tools(agent, harness, java);
    }

    private static Path existing(String option, Path jar) {
        if (!Files.isRegularFile(jar)) {
            throw new IllegalArgumentException(option + " " + jar + ": no such file");
        }
        return jar.toAbsolutePath();
    }

    private static Path find(String module, String jar, String option) {
        Optional<Path> here = ownLocation();
        // cli/target/benchmem-cli.jar (or cli/target/classes) is at most three levels below the build tree's root.
        Path dir = here.orElse(null);
        for (int level = 0; dir != null && level < 4; level++, dir = dir.getParent()) {
            for (Path candidate : new Path[] {dir.resolve(jar), dir.resolve(module).resolve("target").resolve(jar)}) {
                if (Files.isRegularFile(candidate)) {
                    return candidate;
                }
            }
        }
        throw new IllegalArgumentException("cannot find " + jar + " near " + here.map(Path::toString).orElse("the benchmem jar")
                + ": build it (mvn -B -DskipTests package) or name it with " + option);
    }

    private static Optional<Path> ownLocation() {
        CodeSource source = Tools.class.getProtectionDomain().getCodeSource();
        if (source == null) {
            return Optional.empty();
        }
        try {
            Path self = Path.of(source.getLocation().toURI()).toAbsolutePath();
            return Optional.ofNullable(Files.isDirectory(self) ? self : self.getParent());
        } catch (URISyntaxException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
