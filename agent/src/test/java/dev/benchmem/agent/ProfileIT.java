package dev.benchmem.agent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import dev.benchmem.agent.workload.ProfileMain;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicContainer;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Profiled recordings against the real agent jar, on JDK 17 and 25: the sites' exact totals
 * add up to the recording's and equal a plain recording's, to the byte, and the known
 * workloads put their sites (class, method, source line) and call paths where the workload's
 * source says, found by the {@code // site:NAME} markers in {@code Workloads.java}.
 */
class ProfileIT {
    private static final String WORKLOADS = "dev.benchmem.agent.workload.Workloads";
    private static final Path SOURCE = Path.of("src/test/java/dev/benchmem/agent/workload/Workloads.java");
    private static final List<String> NAMES = List.of("primitive-arrays", "multianewarray", "array-clone",
            "object-clone", "arrays-copy-of", "constructor-new-instance", "method-handle-constructor", "boxing",
            "varargs", "string-concat", "capturing-lambdas", "hash-map", "streams", "sort-copy", "array-list-100k",
            "int-array-100k");
    /** Mostly JDK code whose allocations follow the JIT's state (JDK 22+ sort intrinsics): plain and profiled within 0.5%. */
    private static final Set<String> JDK_HEAVY = Set.of("hash-map", "streams", "sort-copy");
    private static final Map<Integer, Map<String, Profiled>> RUNS = new HashMap<>();

    @TestFactory
    Stream<DynamicContainer> sitesAreExactAndNamedRight() {
        return Jdks.FEATURES.stream().map(feature -> DynamicContainer.dynamicContainer("JDK " + feature, Stream.of(
                DynamicTest.dynamicTest("site totals equal the recording's and a plain recording's", () -> totals(feature)),
                DynamicTest.dynamicTest("sorted copy: one int[] clone at its line", () -> sortCopy(feature)),
                DynamicTest.dynamicTest("boxing and a boxed list: Integer.valueOf under the boxing line", () -> boxing(feature)),
                DynamicTest.dynamicTest("capturing lambda at its invokedynamic", () -> lambda(feature)),
                DynamicTest.dynamicTest("multi-dimensional array: every sub-array at one site", () -> multiArray(feature)),
                DynamicTest.dynamicTest("clone: super.clone() where it resolves to Object.clone", () -> clones(feature)),
                DynamicTest.dynamicTest("reflection and string concatenation: every path through the calling line",
                        () -> throughCallingLines(feature)),
                DynamicTest.dynamicTest("live at peak: what the peak checkpoint found reachable", () -> liveAtPeak(feature)))));
    }

    private static void totals(int feature) {
        Map<String, Profiled> runs = run(feature);
        assertThat(runs.keySet()).containsExactlyInAnyOrderElementsOf(NAMES);
        runs.values().forEach(p -> {
            assertThat(p.siteAllocations).as("%s: sum over sites of allocations", p.name).isEqualTo(p.allocations);
            assertThat(p.siteBytes).as("%s: sum over sites of bytes", p.name).isEqualTo(p.bytes);
            if (JDK_HEAVY.contains(p.name)) {
                assertThat((double) p.bytes).as("%s: bytes, profiled vs plain", p.name)
                        .isCloseTo(p.plainBytes, within(p.plainBytes * 0.005));
            } else {
                assertThat(p.allocations).as("%s: allocations, profiled vs plain", p.name).isEqualTo(p.plainAllocations);
                assertThat(p.bytes).as("%s: bytes, profiled vs plain", p.name).isEqualTo(p.plainBytes);
            }
            assertThat(p.paths.stream().map(Path_::site).collect(Collectors.toSet()))
                    .as("%s: every site has a path", p.name).hasSize(p.sites.size());
        });
        assertThat(runs.get("sort-copy").interval).as("a single allocation: every path walked").isZero();
        assertThat(runs.get("array-list-100k").interval).as("99,899 allocations: sampled").isPositive();
    }

    private static void sortCopy(int feature) {
        Profiled p = run(feature).get("sort-copy");
        Site top = p.heaviest();
        assertThat(top.at()).isEqualTo(WORKLOADS + ".sortCopy:" + line("sort-copy"));
        assertThat(top.allocates).isEqualTo("int[].clone()");
        assertThat(top.allocations).isEqualTo(1);
        assertThat(top.bytes).isEqualTo(2_000_016);
    }

    private static void boxing(int feature) {
        for (String[] workload : List.of(new String[] {"boxing", "boxing"}, new String[] {"array-list-100k", "boxed-list"})) {
            Profiled p = run(feature).get(workload[0]);
            Site valueOf = p.heaviest();
            assertThat(valueOf.className + "." + valueOf.method).isEqualTo("java.lang.Integer.valueOf");
            assertThat(valueOf.allocates).isEqualTo("java.lang.Integer");
            assertThat(valueOf.allocations).isEqualTo(workload[0].equals("boxing") ? 10_000 : 100_000 - 128);
            String caller = WORKLOADS + "." + (workload[0].equals("boxing") ? "boxing" : "sum") + ":" + line(workload[1]);
            assertThat(p.pathsOf(valueOf)).isNotEmpty().allSatisfy(path -> assertThat(path.frames).contains(caller));
        }
    }

    private static void lambda(int feature) {
        Site lambda = run(feature).get("capturing-lambdas").heaviest();
        assertThat(lambda.at()).isEqualTo(WORKLOADS + ".lambdas:" + line("lambda"));
        assertThat(lambda.allocates).isEqualTo("java.util.function.IntSupplier (lambda)");
        assertThat(lambda.allocations).isEqualTo(10_000);
    }

    private static void multiArray(int feature) {
        Site site = run(feature).get("multianewarray").site(WORKLOADS + ".multiArrays:" + line("multi-array"), "int[][][]");
        assertThat(site.allocations).as("int[3][4][5]: 1 + 3 + 12 arrays").isEqualTo(16);
    }

    private static void clones(int feature) {
        Profiled p = run(feature).get("object-clone");
        assertThat(p.site(WORKLOADS + "$Leaf.copy:" + line("leaf-clone"), WORKLOADS + "$Leaf (super.clone())").allocations)
                .isEqualTo(1_000);
        // Child.clone's super.clone() lands in Parent.clone, whose own super.clone() is Object.clone
        assertThat(p.site(WORKLOADS + "$Parent.clone:" + line("parent-clone"), WORKLOADS + "$Parent (super.clone())").allocations)
                .isEqualTo(1_000);
        assertThat(p.sites).hasSize(4);
    }

    private static void throughCallingLines(int feature) {
        Profiled reflection = run(feature).get("constructor-new-instance");
        String line = WORKLOADS + ".reflection:" + line("reflection");
        assertThat(reflection.paths).allSatisfy(path -> assertThat(path.frames).contains(line));
        // the varargs array, the boxed argument and the instance (made by JDK code that differs by version)
        assertThat(reflection.sites).hasSize(3).allSatisfy(s -> assertThat(s.allocations).isEqualTo(100));

        Profiled concat = run(feature).get("string-concat");
        Set<String> lines = lines("concat").stream().map(n -> WORKLOADS + ".concat:" + n).collect(Collectors.toSet());
        List<Path_> paths = concat.paths.stream()
                .filter(path -> !concat.sites.get(path.site).allocates.equals(WORKLOADS + "$Named")).toList();
        assertThat(paths).isNotEmpty().allSatisfy(path -> assertThat(path.frames).containsAnyElementsOf(lines));
    }

    private static void liveAtPeak(int feature) {
        // One int[100000], dropped before stop: the peak is the checkpoint its allocation triggered,
        // where it was live; every path is walked, so the reading is exact.
        Profiled array = run(feature).get("int-array-100k");
        assertThat(array.peak).isEqualTo(400_016);
        assertThat(array.live()).isEqualTo(400_016.0);
        // Everything the boxing workload allocated is returned: live at the peak (stop), sampled by bytes.
        Profiled boxing = run(feature).get("boxing");
        assertThat(boxing.interval).isPositive();
        assertThat(boxing.live()).isCloseTo(200_016, within(20_000.0));
    }

    /** The line numbers of {@code // site:NAME} in the workloads' source. */
    private static List<Integer> lines(String name) {
        try {
            List<String> source = Files.readAllLines(SOURCE);
            List<Integer> lines = new ArrayList<>();
            for (int i = 0; i < source.size(); i++) {
                if (source.get(i).endsWith("// site:" + name)) {
                    lines.add(i + 1);
                }
            }
            assertThat(lines).as("lines marked site:" + name).isNotEmpty();
            return lines;
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int line(String name) {
        return lines(name).get(0);
    }

    private static synchronized Map<String, Profiled> run(int feature) {
        return RUNS.computeIfAbsent(feature, f -> {
            List<String> args = ChildJvm.armed("-Xmx512m", "-cp", ChildJvm.TEST_CLASSES);
            ChildJvm.Result result = ChildJvm.run(Jdks.home(f), args, ProfileMain.class.getName(),
                    NAMES.toArray(String[]::new)).requireSuccess();
            return parse(result.stdout());
        });
    }

    private static Map<String, Profiled> parse(List<String> lines) {
        Map<String, Profiled> runs = new HashMap<>();
        for (String line : lines) {
            String[] f = line.split(" ");
            switch (f[0]) {
                case "workload" -> runs.put(f[1], new Profiled(f));
                case "site" -> runs.get(f[1]).sites.add(new Site(f));
                case "path" -> runs.get(f[1]).paths.add(new Path_(f));
                default -> throw new AssertionError("unexpected output: " + line);
            }
        }
        return runs;
    }

    /** One workload's plain and profiled recordings. */
    private static final class Profiled {
        final String name;
        final long plainAllocations, plainBytes, allocations, bytes, siteAllocations, siteBytes, interval, peak;
        final List<Site> sites = new ArrayList<>();
        final List<Path_> paths = new ArrayList<>();

        Profiled(String[] f) {
            name = f[1];
            plainAllocations = Long.parseLong(f[2]);
            plainBytes = Long.parseLong(f[3]);
            allocations = Long.parseLong(f[4]);
            bytes = Long.parseLong(f[5]);
            siteAllocations = Long.parseLong(f[6]);
            siteBytes = Long.parseLong(f[7]);
            interval = Long.parseLong(f[8]);
            peak = Long.parseLong(f[10]);
        }

        Site heaviest() {
            return sites.stream().max((a, b) -> Long.compare(a.bytes, b.bytes)).orElseThrow();
        }

        Site site(String at, String allocates) {
            return sites.stream().filter(s -> s.at().equals(at) && s.allocates.equals(allocates)).findFirst()
                    .orElseThrow(() -> new AssertionError(name + ": no site " + at + " allocating " + allocates + " in " + sites));
        }

        List<Path_> pathsOf(Site site) {
            return paths.stream().filter(p -> p.site == sites.indexOf(site)).toList();
        }

        double live() {
            return paths.stream().mapToDouble(p -> p.live).sum();
        }
    }

    private record Site(String className, String method, int line, String allocates, long allocations, long bytes) {
        Site(String[] f) {
            this(f[5], f[6], Integer.parseInt(f[7]), String.join(" ", List.of(f).subList(8, f.length)),
                    Long.parseLong(f[3]), Long.parseLong(f[4]));
        }

        String at() {
            return className + "." + method + ":" + line;
        }
    }

    /** A path, its frames as {@code class.method:line}. */
    private record Path_(int site, double bytes, double live, List<String> frames) {
        Path_(String[] f) {
            this(Integer.parseInt(f[2]), Double.parseDouble(f[3]), Double.parseDouble(f[5]),
                    f.length < 7 ? List.of() : Stream.of(f[6].split(";")).map(frame -> {
                        String[] p = frame.split("\\|");
                        return p[0] + "." + p[1] + ":" + p[2];
                    }).toList());
        }
    }
}
