package dev.benchmem.bench.profile;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * Scale: a generated benchmark allocates at 10,000 distinct sites, each reached by a call path
 * about 210 frames deep (four levels of ten-way branches, each below a 49-frame recursion), and
 * is profiled through the harness ({@code --benchmark-memory-profile}); {@code benchmem flamegraph}
 * draws its page, which headless Chromium loads. Prints the wall time of each step, the sizes of
 * the profile and the page, and the page's own load time (navigation start to first drawing,
 * {@code data-render-ms}) over several loads.
 *
 * <pre>java -cp benchmarks/target/classes dev.benchmem.bench.profile.ProfileScale [loads]</pre>
 *
 * Jars: {@code agent/target/benchmem.jar}, {@code harness/target/benchmem-harness.jar},
 * {@code cli/target/benchmem}; the browser: {@code chromium} on the PATH ({@code BENCHMEM_CHROMIUM}).
 */
public final class ProfileScale {
    static final int SITES = 10_000;
    private static final int LEVELS = 4;
    private static final int CHAIN = 49;
    private static final Pattern RENDER_MS = Pattern.compile("data-render-ms=\"(\\d+)\"");

    private ProfileScale() {
    }

    public static void main(String[] args) throws Exception {
        int loads = args.length > 0 ? Integer.parseInt(args[0]) : 5;
        Path agent = Path.of("agent/target/benchmem.jar").toAbsolutePath();
        Path harness = Path.of("harness/target/benchmem-harness.jar").toAbsolutePath();
        Path launcher = Path.of("cli/target/benchmem").toAbsolutePath();
        String chromium = System.getenv().getOrDefault("BENCHMEM_CHROMIUM", "chromium");
        Path dir = Files.createTempDirectory("benchmem-profile-scale");
        System.out.printf("java %s, %d cpus, load average %s, in %s%n", Runtime.version(),
                Runtime.getRuntime().availableProcessors(), ProfileCost.loadAverage(), dir);

        long start = System.nanoTime();
        Path classes = compile(generate(dir.resolve("src")), dir.resolve("classes"), harness);
        System.out.printf("generated and compiled %d site methods: %.1f s%n", SITES, seconds(start));

        String[] harnessArgs = {"-c", "scale.ScaleBench", "--benchmark-max-time=0.05", "--benchmark-min-rounds=1",
            "--benchmark-warmup=off", "--benchmark-memory-repeats=1"};
        List<String> plain = new ArrayList<>(List.of("java", "-Xmx1g", "-javaagent:" + agent, "-cp",
                harness + File.pathSeparator + classes, "dev.benchmem.harness.Main"));
        plain.addAll(List.of(harnessArgs));
        double plainSeconds = run(dir, plain);
        List<String> profiled = new ArrayList<>(plain);
        profiled.add("--benchmark-memory-profile=profiles");
        double profiledSeconds = run(dir, profiled);
        System.out.printf("harness run, whole process: %.1f s without the profile, %.1f s with it%n", plainSeconds, profiledSeconds);
        Path json;
        try (var files = Files.list(dir.resolve("profiles"))) {
            json = files.filter(p -> p.toString().endsWith(".profile.json")).findFirst().orElseThrow();
        }
        System.out.printf("profile: %s, %.1f MB%n", json.getFileName(), Files.size(json) / 1e6);

        Path page = dir.resolve("scale.html");
        double pageSeconds = run(dir, List.of(launcher.toString(), "flamegraph", "profiles", "scale", "-o", page.toString()));
        System.out.printf("benchmem flamegraph, whole process: %.1f s; page %.1f MB%n", pageSeconds, Files.size(page) / 1e6);
        String summary = new String(new ProcessBuilder(launcher.toString(), "flamegraph", "profiles", "scale", "--report", "summary")
                .directory(dir.toFile()).redirectErrorStream(true).start().getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        System.out.println(summary.lines().limit(6).reduce((a, b) -> a + "\n" + b).orElse(""));

        double[] renderMs = new double[loads];
        double[] browserSeconds = new double[loads];
        for (int i = 0; i < loads; i++) {
            long t0 = System.nanoTime();
            Process browser = new ProcessBuilder(chromium, "--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                    "--window-size=1200,800", "--user-data-dir=" + dir.resolve("browser-" + i), "--dump-dom", page.toUri().toString())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            String dom = new String(browser.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            browser.waitFor(2, TimeUnit.MINUTES);
            browserSeconds[i] = seconds(t0);
            Matcher m = RENDER_MS.matcher(dom);
            if (!m.find() || !dom.contains("data-rendered=\"true\"")) {
                throw new IllegalStateException("the page did not render: " + dom.substring(0, Math.min(400, dom.length())));
            }
            renderMs[i] = Double.parseDouble(m.group(1));
        }
        Arrays.sort(renderMs);
        Arrays.sort(browserSeconds);
        System.out.printf(Locale.ROOT, "page load in headless Chromium (navigation start to first drawing), %d loads: median %.0f ms"
                + " (min %.0f, max %.0f); whole browser process median %.1f s%n", loads, renderMs[loads / 2], renderMs[0],
                renderMs[loads - 1], browserSeconds[loads / 2]);
        System.out.printf("load average after: %s%n", ProfileCost.loadAverage());
    }

    /** Writes the generated sources; returns them. */
    static List<Path> generate(Path src) throws IOException {
        Path pkg = Files.createDirectories(src.resolve("scale"));
        List<Path> files = new ArrayList<>();
        StringBuilder scale = new StringBuilder("package scale;\n\n/** Generated: paths through four levels of branches to 10,000 sites. */\n"
                + "public final class Scale {\n    public static volatile Object sink;\n\n"
                + "    public static Object run() {\n        for (int i = 0; i < " + SITES + "; i++) {\n            level1(i);\n"
                + "        }\n        return sink;\n    }\n");
        for (int level = 1; level <= LEVELS; level++) {
            int divisor = (int) Math.pow(10, LEVELS - level);
            scale.append("\n    static void level").append(level).append("(int i) {\n        chain").append(level).append('(')
                    .append(CHAIN).append(", i);\n    }\n");
            scale.append("\n    static void chain").append(level).append("(int depth, int i) {\n        if (depth > 0) {\n            chain")
                    .append(level).append("(depth - 1, i);\n        } else {\n            branch").append(level).append("(i);\n        }\n    }\n");
            scale.append("\n    static void branch").append(level).append("(int i) {\n        switch (i / ").append(divisor)
                    .append(" % 10) {\n");
            for (int d = 0; d < 10; d++) {
                scale.append("            case ").append(d).append(": b").append(level).append('_').append(d).append("(i); break;\n");
            }
            scale.append("            default: throw new AssertionError(i);\n        }\n    }\n");
            for (int d = 0; d < 10; d++) {
                scale.append("\n    static void b").append(level).append('_').append(d).append("(int i) {\n        ")
                        .append(level < LEVELS ? "level" + (level + 1) + "(i);" : "SitesDispatch.site(i);")
                        .append("\n    }\n");
            }
        }
        scale.append("}\n");
        files.add(Files.writeString(pkg.resolve("Scale.java"), scale));
        StringBuilder dispatch = new StringBuilder("package scale;\n\nfinal class SitesDispatch {\n    static void site(int i) {\n"
                + "        switch (i / 1000) {\n");
        for (int c = 0; c < SITES / 1000; c++) {
            dispatch.append("            case ").append(c).append(": Sites").append(c).append(".site(i); break;\n");
            StringBuilder sites = new StringBuilder("package scale;\n\nfinal class Sites").append(c).append(" {\n    static void site(int i) {\n"
                    + "        switch (i % 1000) {\n");
            for (int s = 0; s < 1000; s++) {
                sites.append("            case ").append(s).append(": s").append(c * 1000 + s).append("(); break;\n");
            }
            sites.append("            default: throw new AssertionError(i);\n        }\n    }\n");
            for (int s = 0; s < 1000; s++) {
                int id = c * 1000 + s;
                sites.append("\n    static void s").append(id).append("() {\n        Scale.sink = new byte[").append(id % 64 + 1)
                        .append("];\n    }\n");
            }
            sites.append("}\n");
            files.add(Files.writeString(pkg.resolve("Sites" + c + ".java"), sites));
        }
        dispatch.append("            default: throw new AssertionError(i);\n        }\n    }\n}\n");
        files.add(Files.writeString(pkg.resolve("SitesDispatch.java"), dispatch));
        files.add(Files.writeString(pkg.resolve("ScaleBench.java"), "package scale;\n\nimport dev.benchmem.harness.BenchmarkMemory;\n"
                + "import org.junit.jupiter.api.Test;\n\n/** Generated: the scale benchmark. */\npublic class ScaleBench {\n"
                + "    @Test\n    void scale(BenchmarkMemory benchmarkMemory) {\n        benchmarkMemory.run(Scale::run);\n    }\n}\n"));
        return files;
    }

    private static Path compile(List<Path> sources, Path out, Path harness) throws IOException {
        Files.createDirectories(out);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> args = new ArrayList<>(List.of("-d", out.toString(), "-cp", harness.toString(), "-parameters", "-g"));
        sources.forEach(s -> args.add(s.toString()));
        if (javac.run(null, null, null, args.toArray(String[]::new)) != 0) {
            throw new IllegalStateException("the generated sources do not compile");
        }
        return out;
    }

    private static double run(Path dir, List<String> command) throws IOException, InterruptedException {
        long start = System.nanoTime();
        Process process = new ProcessBuilder(command).directory(dir.toFile()).redirectErrorStream(true)
                .redirectOutput(dir.resolve("last-output.txt").toFile()).start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException(command + " failed:\n" + Files.readString(dir.resolve("last-output.txt")));
        }
        return seconds(start);
    }

    private static double seconds(long start) {
        return (System.nanoTime() - start) / 1e9;
    }
}
