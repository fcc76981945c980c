package dev.benchmem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.benchmem.cli.sweep.FakeRepository;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.commons.lang3.StringUtils;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code benchmem sweep} through the packaged launcher: real harness JVMs with the real agent. */
class SweepIT {
    private static final Path HARNESS = Path.of(System.getProperty("benchmem.harness.jar", "../harness/target/benchmem-harness.jar"))
            .toAbsolutePath();
    /** Short runs: the tests check what a sweep writes, not the timings. */
    private static final List<String> FAST = List.of("--harness-arg=--benchmark-max-time=0.01", "--harness-arg=--benchmark-warmup=off",
            "--harness-arg=--benchmark-min-rounds=2", "--harness-arg=--benchmark-memory-repeats=2");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void threeReleasesOfARealArtifactGiveThreeRunFilesNamingTheirVersionAndThePrintedCompareWorks() throws Exception {
        Path lang3 = Path.of(StringUtils.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        Path suite = FakeRepository.compile("""
                package demo;
                import dev.benchmem.harness.BenchmarkMemory;
                import org.apache.commons.lang3.StringUtils;
                import org.junit.jupiter.api.Test;
                class JoinBench {
                    @Test
                    void join(BenchmarkMemory benchmarkMemory) {
                        Integer[] parts = new Integer[1000];
                        for (int i = 0; i < parts.length; i++) parts[i] = i;
                        benchmarkMemory.run(() -> StringUtils.join(parts, ','));
                    }
                }
                """, dir.resolve("suite"), List.of(HARNESS, lang3));
        // Central through the local repository Maven uses here (a cache hit when the build already fetched them),
        // from a settings.xml of the test's own: the user's is never read.
        Path local = Path.of(System.getProperty("maven.repo.local", System.getProperty("user.home") + "/.m2/repository"));
        Path settings = Files.writeString(dir.resolve("settings.xml"),
                "<settings><localRepository>" + local + "</localRepository></settings>\n");
        List<String> versions = List.of("3.12.0", "3.14.0", "3.17.0");

        Launcher.Result r = sweep("org.apache.commons:commons-lang3", versions, suite, settings);

        assertThat(r.exitCode()).as(r.out() + r.err()).isZero();
        assertThat(r.err()).isEmpty();
        for (int i = 0; i < versions.size(); i++) {
            String v = versions.get(i);
            assertThat(r.out()).containsPattern("\\[" + (i + 1) + "/3] " + v.replace(".", "\\.") + " resolved 1 jar in \\d+\\.\\d\\d s; running\n")
                    .containsPattern("\\[" + (i + 1) + "/3] " + v.replace(".", "\\.") + " ok in \\d+\\.\\d\\d s: 1 benchmark, 1 passed in ");
            JsonNode run = JSON.readTree(dir.resolve("out").resolve(v + ".json").toFile());
            assertThat(run.at("/machine_info/sweep_version").asText()).isEqualTo(v);
            assertThat(run.at("/machine_info/sweep_artifact").asText()).isEqualTo("org.apache.commons:commons-lang3");
            assertThat(run.at("/benchmarks/0/name").asText()).isEqualTo("join");
        }
        assertThat(r.out()).contains("\nsweep: 3 ok in ");

        String compare = followUp(r.out(), "benchmem compare ");
        Launcher.Result c = Launcher.run(dir, compare.substring("benchmem ".length()).split(" "));
        assertThat(c.exitCode()).as(c.err()).isZero();
        assertThat(c.out()).contains("time (", "peak (").containsPattern("id +3\\.12\\.0 +3\\.14\\.0 +3\\.17\\.0 +change")
                .containsPattern("\njoin +");
        String plot = followUp(r.out(), "benchmem plot ");
        Launcher.Result p = Launcher.run(dir, plot.substring("benchmem ".length()).split(" "));
        assertThat(p.exitCode()).as(p.err()).isZero();
        assertThat(p.out()).isEqualTo("sweep (peak): 1 id -> out/sweep.html\n");
    }

    @Test
    void aVersionThatDoesNotExistIsReportedTheOthersCompleteThroughTheMirrorAndTheExitIs1() throws Exception {
        FakeRepository repo = FakeRepository.create(dir.resolve("repo"), List.of("1.0", "2.0"),
                List.of(Instant.parse("2021-01-01T00:00:00Z"), Instant.parse("2022-01-01T00:00:00Z")));
        Path settings = repo.settings(dir);
        // The suite carries its own copy of Payload 1.0: each version's resolved jar must win over it.
        Path suite = FakeRepository.compile("""
                package demo;
                import dev.benchmem.harness.Benchmark;
                import dev.benchmem.harness.BenchmarkMemory;
                import org.example.tiny.Payload;
                import org.junit.jupiter.api.Test;
                class PayloadBench {
                    @Test
                    void make(BenchmarkMemory benchmarkMemory) {
                        benchmarkMemory.run(Payload::make);
                    }
                    @Test
                    void makeTimed(Benchmark benchmark) {
                        benchmark.run(Payload::make);
                    }
                }
                """, dir.resolve("suite"), List.of(HARNESS, repo.jar(FakeRepository.TINY, "1.0")));
        copyClass(repo.jar(FakeRepository.TINY, "1.0"), suite);

        // Every version on another JDK when there is one (else this one, named), Benchmark fixtures without memory passes.
        Path jdk = Jdk25.home().orElse(Path.of(System.getProperty("java.home")));
        int feature = Jdk25.home().isPresent() ? 25 : Runtime.version().feature();
        Launcher.Result r = sweep("org.example:tiny", List.of("1.0", "9.9", "2.0"), suite, settings,
                "--parallel", "2", "--check", "org.example.tiny.Payload", "--jdk", jdk.toString(), "--no-memory");

        assertThat(r.exitCode()).as(r.out() + r.err()).isEqualTo(1);
        assertThat(r.out()).contains("  repository test-mirror " + repo.url() + " (mirror of central)\n")
                .containsPattern("\\[2/3] 9\\.9 FAILED to resolve: [^\n]*org\\.example:tiny:jar:9\\.9[^\n]*test-mirror")
                .contains("\nsweep: 2 ok, 1 failed (9.9) in ")
                .contains("  benchmem compare out/1.0.json out/2.0.json\n");
        assertThat(dir.resolve("out/9.9.json")).doesNotExist();
        for (String v : List.of("1.0", "2.0")) {
            JsonNode run = JSON.readTree(dir.resolve("out").resolve(v + ".json").toFile());
            assertThat(run.at("/machine_info/java_version").asText()).as(v).startsWith(feature + ".");
            assertThat(benchmark(run, "makeTimed").at("/extra_info/benchmem").isMissingNode()).as(v + " --no-memory").isTrue();
            JsonNode memory = benchmark(run, "make").at("/extra_info/benchmem");
            // One byte[] of the version's length: a 16-byte header plus the bytes (multiples of 8 here).
            assertThat(memory.at("/total_bytes/0").asLong()).as(v).isEqualTo(16 + FakeRepository.payloadBytes(v));
            assertThat(memory.at("/allocations/0").asLong()).as(v).isEqualTo(1);
        }
    }

    @Test
    void aClassThatDoesNotLoadFailsItsVersionBeforeItRuns() throws Exception {
        FakeRepository repo = FakeRepository.create(dir.resolve("repo"), List.of("1.0"), List.of(Instant.parse("2021-01-01T00:00:00Z")));
        Path suite = Files.createDirectories(dir.resolve("suite"));

        Launcher.Result r = sweep("org.example:tiny", List.of("1.0"), suite, repo.settings(dir), "--check", "org.example.tiny.Missing");

        assertThat(r.exitCode()).isEqualTo(1);
        assertThat(r.out()).contains("[1/1] 1.0 FAILED --check: org.example.tiny.Missing is not on the class path\n")
                .contains("\nsweep: 0 ok, 1 failed (1.0) in ").doesNotContain("benchmem compare");
        assertThat(dir.resolve("out/1.0.log")).doesNotExist();
    }

    private Launcher.Result sweep(String artifact, List<String> versions, Path suite, Path settings, String... more) throws Exception {
        List<String> args = new ArrayList<>(List.of("sweep", artifact));
        args.addAll(versions);
        args.addAll(List.of("--suite", suite.toString(), "--out", "out", "--settings", settings.toString()));
        args.addAll(FAST);
        args.addAll(Arrays.asList(more));
        return Launcher.runCommand(300, Launcher.launcher().toString(), dir, Map.of(), args.toArray(String[]::new));
    }

    private static JsonNode benchmark(JsonNode run, String name) {
        for (JsonNode b : run.get("benchmarks")) {
            if (b.get("name").asText().equals(name)) {
                return b;
            }
        }
        throw new AssertionError("no benchmark " + name + " in " + run);
    }

    /** The follow-up command line the sweep printed that starts with {@code prefix}. */
    /** The suggested command starting with {@code prefix}, its continuation lines joined. */
    private static String followUp(String out, String prefix) {
        List<String> lines = out.lines().map(String::strip).toList();
        int first = lines.stream().filter(l -> l.startsWith(prefix)).findFirst().map(lines::indexOf)
                .orElseThrow(() -> new AssertionError("no '" + prefix + "' line in:\n" + out));
        StringBuilder command = new StringBuilder(lines.get(first));
        for (int i = first; lines.get(i).endsWith(" \\"); i++) {
            command.setLength(command.length() - 2);
            command.append(' ').append(lines.get(i + 1));
        }
        return command.toString();
    }

    private static void copyClass(Path jar, Path classes) throws Exception {
        try (var zip = java.nio.file.FileSystems.newFileSystem(jar)) {
            Path target = Files.createDirectories(classes.resolve("org/example/tiny")).resolve("Payload.class");
            Files.copy(zip.getPath("org/example/tiny/Payload.class"), target, StandardCopyOption.REPLACE_EXISTING);
        }
    }
}
