package dev.benchmem.bench.timing;

import java.lang.management.ManagementFactory;
import java.util.Map;
import java.util.function.Function;

/** What the timing benchmarks' {@code main}s share: options or a usage error, and the load they ran under. */
final class CommandLine {

    private CommandLine() {}

    /**
     * The options {@code parser} reads from {@code args}; when it rejects them (an {@link
     * IllegalArgumentException}), one line naming {@code tool} and the problem, and exit code 2.
     */
    static Map<String, String> optionsOrExit(String tool, String[] args, Function<String[], Map<String, String>> parser) {
        try {
            return parser.apply(args);
        } catch (IllegalArgumentException e) {
            System.err.println(tool + ": " + e.getMessage());
            System.exit(2);
            throw e; // not reached
        }
    }

    /** The system load average over the last minute, printed with every figure. */
    static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }
}
