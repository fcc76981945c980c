package dev.benchmem.bench.profile;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import dev.benchmem.bench.agent.Child;

/**
 * What a profiled pass costs, in child JVMs started with the real agent jar, as ratios measured
 * side by side:
 * <ol>
 *   <li>the profiled recording against a counting-only one, round by round in one armed JVM
 *       ({@code -XX:+DisableExplicitGC}, so that peak checkpoints cost neither), at the sampling
 *       interval the harness picks ({@code auto}: about 2,000 samples per region), 64 KiB and
 *       512 KiB, on the escaping-small-object loop and on building a 500k {@code ArrayList<Integer>};</li>
 *   <li>JFR's allocation sampling ({@code jdk.ObjectAllocationSample}, the {@code profile} settings:
 *       300 samples a second, with stack traces) against the same JVM without JFR, and the counting
 *       agent against no agent, each in JVM pairs run back to back, for scale.</li>
 * </ol>
 * async-profiler's allocation mode is not measured: it is not published on Maven Central, and this
 * project takes its dependencies from there only.
 *
 * <pre>java -cp benchmarks/target/classes:agent/target/benchmem.jar dev.benchmem.bench.profile.ProfileCost [pairs]</pre>
 */
public final class ProfileCost {
    private final String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    private final String agent;
    private final String classPath;

    private ProfileCost(String agent) {
        this.agent = agent;
        this.classPath = String.join(File.pathSeparator, System.getProperty("java.class.path").split(File.pathSeparator)[0], agent);
    }

    public static void main(String[] args) throws Exception {
        String agent = System.getProperty("benchmem.agent.jar", "agent/target/benchmem.jar");
        if (!Files.isRegularFile(Path.of(agent))) {
            System.err.println("profile-cost: no such jar: " + agent + " (build with mvn -B -DskipTests package)");
            System.exit(2);
        }
        new ProfileCost(agent).run(args.length > 0 ? Integer.parseInt(args[0]) : 3);
    }

    private void run(int pairs) throws Exception {
        System.out.printf("java %s, %d cpus, load average %s%n%n", Runtime.version(), Runtime.getRuntime().availableProcessors(),
                loadAverage());
        System.out.println("Profiled vs counting-only, side by side in one armed JVM (" + ProfileChild.ROUNDS
                + " pairs of rounds, median ratio per JVM); interval = mean bytes between path samples, samples per round");
        for (String workload : List.of("loop", "boxed")) {
            for (int jvm = 0; jvm < pairs; jvm++) {
                String line = child("-javaagent:" + agent + "=armed", List.of("-XX:+DisableExplicitGC"), "alternate", workload,
                        "auto", "64k", "512k");
                String[] f = line.split(" ");
                StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "  %-6s counting %6s ns/object", workload, f[0]));
                for (int i = 1; i < f.length; i++) {
                    String[] v = f[i].split("[=/]");
                    row.append(String.format(Locale.ROOT, "   %s: %sx (%s B, %s samples)", v[0], v[1], v[2], v[3]));
                }
                System.out.println(row);
            }
        }
        System.out.println();
        System.out.println("JFR allocation sampling vs no JFR, and counting agent vs no agent: JVM pairs back to back, median ns/object");
        for (String workload : List.of("loop", "boxed")) {
            List<String> jfr = new ArrayList<>();
            List<String> counting = new ArrayList<>();
            double[] jfrRatios = new double[pairs];
            double[] countingRatios = new double[pairs];
            for (int i = 0; i < pairs; i++) {
                Path recording = Files.createTempFile("profile-cost", ".jfr");
                double plain = Double.parseDouble(child(null, List.of(), "plain", workload));
                double sampled = Double.parseDouble(child(null, List.of("-XX:StartFlightRecording=settings=profile,filename=" + recording),
                        "plain", workload));
                Files.deleteIfExists(recording);
                double plainAgain = Double.parseDouble(child(null, List.of(), "plain", workload));
                String armed = child("-javaagent:" + agent + "=armed", List.of("-XX:+DisableExplicitGC"), "alternate", workload);
                double counted = Double.parseDouble(armed.split(" ")[0]);
                jfrRatios[i] = sampled / plain;
                countingRatios[i] = counted / plainAgain;
                jfr.add(String.format(Locale.ROOT, "%.2f/%.2f", sampled, plain));
                counting.add(String.format(Locale.ROOT, "%.2f/%.2f", counted, plainAgain));
            }
            System.out.printf(Locale.ROOT, "  %-6s JFR profile settings %.2fx (%s)   counting agent %.2fx (%s)%n", workload,
                    Child.median(jfrRatios), String.join(", ", jfr), Child.median(countingRatios),
                    String.join(", ", counting));
        }
        System.out.printf("%nload average after: %s%n", loadAverage());
    }

    /** Runs {@link ProfileChild}; returns its last line. */
    private String child(String agentFlag, List<String> flags, String... task) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(java, "-Xmx1g", "-XX:+UseSerialGC", "-XX:MarkSweepDeadRatio=0"));
        if (agentFlag != null) {
            command.add(agentFlag);
        }
        command.addAll(flags);
        command.addAll(List.of("-cp", classPath, ProfileChild.class.getName()));
        command.addAll(Arrays.asList(task));
        Process process = new ProcessBuilder(command).redirectError(ProcessBuilder.Redirect.DISCARD).start();
        String out = new String(process.getInputStream().readAllBytes()).trim();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("child failed: " + command + "\n" + out);
        }
        return out.substring(out.lastIndexOf('\n') + 1);
    }

    static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).trim();
        } catch (IOException e) {
            return "unknown";
        }
    }
}
