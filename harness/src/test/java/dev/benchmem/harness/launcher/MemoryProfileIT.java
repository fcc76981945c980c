package dev.benchmem.harness.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.benchmem.core.profile.Profile;
import dev.benchmem.core.profile.ProfileFiles;
import dev.benchmem.core.profile.ProfileMetric;
import dev.benchmem.core.profile.ProfilePath;
import dev.benchmem.core.profile.ProfileReader;
import dev.benchmem.core.profile.ProfileSite;
import dev.benchmem.harness.suites.ProfileSuite;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --benchmark-memory-profile} end to end (real JVMs, the real agent jar): a run without
 * profiles saved as the baseline, the same run with profiles, and a run whose n=1000 case
 * regresses under an inline memory gate.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class MemoryProfileIT {

    private static final String MAIN = "dev.benchmem.harness.Main";
    private static final String SUITE = ProfileSuite.class.getName();
    private static final String BOXED = SUITE + "#boxed[1000]";
    private static final String[] FAST = {"--benchmark-max-time=0.02", "--benchmark-min-rounds=3", "--benchmark-warmup=off",
        "--benchmark-memory-repeats=2"};
    private static final ObjectMapper JSON = new ObjectMapper();

    private Path dir;
    private Jvm plain;
    private Jvm profiled;
    private Jvm gated;

    @BeforeAll
    void runThreeTimes(@TempDir Path runs) throws Exception {
        dir = runs;
        plain = run(List.of(), "--benchmark-json=plain.json", "--benchmark-save=base");
        profiled = run(List.of(), "--benchmark-json=profiled.json", "--benchmark-memory-profile=profiles");
        gated = run(List.of("-Dprofile.suite.more=true"), "--benchmark-json=gated.json", "--benchmark-memory-profile=gated",
                "--benchmark-memory-compare-fail=allocated:5%");
    }

    private Jvm run(List<String> jvmArgs, String... options) throws IOException, InterruptedException {
        List<String> args = new ArrayList<>(List.of("-c", SUITE));
        args.addAll(List.of(options));
        args.addAll(List.of(FAST));
        List<String> jvm = new ArrayList<>(List.of("-javaagent:" + Jvm.AGENT_JAR));
        jvm.addAll(jvmArgs);
        return Jvm.run(dir, jvm, MAIN, args.toArray(String[]::new));
    }

    @Test
    void everyMemoryBenchmarkGetsAProfileWhoseSitesAddUpToItsHeadlineToTheByte() throws IOException {
        assertThat(profiled.exit()).as(profiled.out() + profiled.err()).isZero();
        JsonNode run = JSON.readTree(dir.resolve("profiled.json").toFile());
        for (String fullname : List.of(BOXED, SUITE + "#boxed[50000]", SUITE + "#array")) {
            Profile profile = ProfileReader.read(ProfileFiles.json(dir.resolve("profiles"), fullname));
            JsonNode memory = benchmark(run, fullname).path("extra_info").path("benchmem");
            assertThat(profile.allocated()).as(fullname + " allocated").isEqualTo(min(memory.path("total_bytes")));
            assertThat(profile.allocations()).as(fullname + " allocations").isEqualTo(min(memory.path("allocations")));
            assertThat(profile.sites().stream().mapToLong(ProfileSite::bytes).sum()).isEqualTo(profile.allocated());
            for (ProfileMetric metric : ProfileMetric.values()) {
                assertThat(ProfileFiles.collapsed(dir.resolve("profiles"), fullname, metric)).isRegularFile();
            }
        }
        assertThat(profiled.out()).contains("benchmem: saved 3 memory profile(s) to profiles — render with:",
                "    benchmem flamegraph profiles 'boxed[1000]'");
    }

    @Test
    void theBoxingLineIsWhereTheIntegersComeFrom() throws IOException {
        Profile profile = ProfileReader.read(ProfileFiles.json(dir.resolve("profiles"), BOXED));
        ProfileSite valueOf = profile.sites().get(0);
        assertThat(valueOf.location()).startsWith("java.lang.Integer.valueOf:");
        assertThat(valueOf.allocations()).isEqualTo(1_000);
        assertThat(profile.exactPaths()).as("1,002 allocations: every path walked").isTrue();
        String line = "dev.benchmem.harness.suites.ProfileSuite.box:" + boxingLine();
        List<ProfilePath> paths = profile.paths().stream().filter(p -> p.site() == 0).toList();
        assertThat(paths).isNotEmpty().allSatisfy(p -> assertThat(p.frames().stream().map(f -> f.label())).contains(line));
        // the harness's own frames are left out: a path starts in the benchmark
        assertThat(paths.get(0).frames().get(0).className()).startsWith(SUITE);
        // the list is returned, so everything is live at the peak (stop), exactly
        assertThat(valueOf.liveBytes()).isEqualTo(valueOf.bytes());
    }

    @Test
    void aProfiledRunReadsTheSameHeadlineNumbersAsAPlainOne() throws IOException {
        assertThat(plain.exit()).as(plain.out() + plain.err()).isZero();
        // only the test that asks for it by annotation, in the default directory
        assertThat(plain.out()).contains("benchmem: saved 1 memory profile(s) to .benchmarks/profiles — render with:",
                "    benchmem flamegraph .benchmarks/profiles 'array'");
        assertThat(ProfileFiles.json(dir.resolve(".benchmarks/profiles"), SUITE + "#array")).isRegularFile();
        JsonNode without = JSON.readTree(dir.resolve("plain.json").toFile());
        JsonNode with = JSON.readTree(dir.resolve("profiled.json").toFile());
        for (String fullname : List.of(BOXED, SUITE + "#boxed[50000]", SUITE + "#array")) {
            JsonNode a = benchmark(without, fullname).path("extra_info").path("benchmem");
            JsonNode b = benchmark(with, fullname).path("extra_info").path("benchmem");
            assertThat(b.path("total_bytes")).as(fullname).isEqualTo(a.path("total_bytes"));
            assertThat(b.path("allocations")).as(fullname).isEqualTo(a.path("allocations"));
            assertThat(b.path("peak_bytes").size()).as(fullname + ": the profiled pass is not one of the passes").isEqualTo(2);
        }
    }

    @Test
    void anInlineGateKeepsOnlyTheProfilesOfTheIdsThatRegressed() throws IOException {
        assertThat(gated.exit()).as("the gate trips").isEqualTo(1);
        assertThat(gated.out()).contains("boxed[1000] allocated", "benchmem: saved 1 memory profile(s) to gated");
        try (var files = Files.list(dir.resolve("gated"))) {
            assertThat(files.map(p -> p.getFileName().toString()).sorted().toList()).containsExactly(
                    ProfileFiles.id(BOXED) + ".allocated.collapsed", ProfileFiles.id(BOXED) + ".allocations.collapsed",
                    ProfileFiles.id(BOXED) + ".live.collapsed", ProfileFiles.id(BOXED) + ".profile.json");
        }
        assertThat(ProfileReader.read(ProfileFiles.json(dir.resolve("gated"), BOXED)).sites().get(0).allocations()).isEqualTo(2_000);
    }

    private static int boxingLine() throws IOException {
        List<String> source = Files.readAllLines(Path.of("src/test/java/dev/benchmem/harness/suites/ProfileSuite.java"));
        for (int i = 0; i < source.size(); i++) {
            if (source.get(i).endsWith("// site:boxing")) {
                return i + 1;
            }
        }
        throw new AssertionError("no // site:boxing line");
    }

    private static JsonNode benchmark(JsonNode run, String fullname) {
        for (JsonNode b : run.path("benchmarks")) {
            if (b.path("fullname").asText().equals(fullname)) {
                return b;
            }
        }
        throw new AssertionError("no " + fullname + " in " + run);
    }

    private static long min(JsonNode series) {
        long min = Long.MAX_VALUE;
        for (JsonNode v : series) {
            min = Math.min(min, v.asLong());
        }
        return min;
    }
}
