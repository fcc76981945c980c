package dev.benchmem.harness;

import dev.benchmem.harness.launcher.HarnessLauncher;

/**
 * Runs the JUnit 5 benchmarks found on the class path (or in the running jar) and prints
 * pytest-benchmark's table; {@code --help} lists the options.
 *
 * <pre>
 * java -javaagent:benchmem.jar -jar tests.jar --benchmark-json=run.json
 * java -javaagent:benchmem.jar -cp benchmem-harness.jar:DIR_OR_JAR dev.benchmem.harness.Main [options]
 * </pre>
 */
public final class Main {

    private Main() {
    }

    public static void main(String[] args) {
        System.exit(new HarnessLauncher(System.out, System.err).run(args));
    }
}
