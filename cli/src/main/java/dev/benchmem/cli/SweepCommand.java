package dev.benchmem.cli;

import dev.benchmem.cli.sweep.Coordinates;
import dev.benchmem.cli.sweep.MavenResolver;
import dev.benchmem.cli.sweep.Pin;
import dev.benchmem.cli.sweep.Sweep;
import dev.benchmem.cli.sweep.SweepPlan;
import dev.benchmem.cli.sweep.Tools;
import dev.benchmem.cli.sweep.VersionOutcome;
import dev.benchmem.cli.sweep.VersionQuery;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code benchmem sweep}: one suite run once per version of a Maven artifact, one run file per version. */
@Command(name = "sweep", mixinStandardHelpOptions = true, versionProvider = Version.class, sortOptions = false,
        description = {
            "Runs SUITE once per version of GROUP:ARTIFACT, each in a fresh JVM with the",
            "benchmem agent and that version's runtime class path (Maven Resolver: the",
            "settings.xml mirrors, servers, proxies and local repository apply), writing",
            "OUT/VERSION.json; then prints the compare and plot commands for the results.",
            "See docs/sweep.md."},
        footer = {"", "Versions: explicit (3.12.0 3.14.0) or Maven ranges ('[3.12,3.17]', '(,2.0)')",
            "expanded from the repositories' metadata; --as-of and --latest filter them.",
            "Exit codes: 0 every version ran, 1 a version failed, 2 usage or input error.",
            "", "  benchmem sweep org.apache.commons:commons-lang3 3.12.0 3.14.0 3.17.0 \\",
            "      --suite bench.jar",
            "  benchmem sweep com.fasterxml.jackson.core:jackson-databind '[2.9,2.21]' \\",
            "      --latest 4 --suite examples/target/jackson-sweep"})
public final class SweepCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "GROUP:ARTIFACT", converter = CoordinatesConverter.class,
            description = "The artifact whose versions are swept, e.g. org.apache.commons:commons-lang3.")
    Coordinates artifact;

    @Parameters(index = "1..*", paramLabel = "VERSION", arity = "0..*",
            description = "Versions and Maven version ranges (quote ranges in the shell).")
    List<String> versions = new ArrayList<>();

    @Option(names = "--suite", required = true, paramLabel = "SUITE",
            description = "A jar or class directory of benchmarks compiled against the artifact and benchmem-harness.jar.")
    Path suite;

    @Option(names = "--out", paramLabel = "DIR", description = "Where the run files and logs go (default: .benchmarks/sweep).")
    Path out = Path.of(".benchmarks", "sweep");

    @Option(names = "--memory", negatable = true, defaultValue = "true", fallbackValue = "true",
            description = "Memory passes for Benchmark fixtures too (--benchmark-memory; default). With --no-memory only "
                    + "BenchmarkMemory fixtures have them.")
    boolean memory;

    @Option(names = "--harness-arg", paramLabel = "ARG",
            description = "An option for the harness of every version (repeatable), e.g. --harness-arg=-k --harness-arg=sort.")
    List<String> harnessArgs = new ArrayList<>();

    @Option(names = "--pin", paramLabel = "GROUP:ARTIFACT:VERSION", converter = PinConverter.class,
            description = "Force a dependency's version on every version's class path (repeatable).")
    List<Pin> pins = new ArrayList<>();

    @Option(names = "--check", paramLabel = "CLASS",
            description = "Fail a version before its run when CLASS does not load from its class path (repeatable).")
    List<String> checks = new ArrayList<>();

    @Option(names = "--latest", paramLabel = "N", description = "Keep the newest N releases (no snapshots or pre-releases).")
    Integer latest;

    @Option(names = "--as-of", paramLabel = "DATE",
            description = "Keep versions published on or before DATE (yyyy-mm-dd, UTC), as the repository dates each POM "
                    + "(Last-Modified; a version with no date is left out and named).")
    String asOf;

    @Option(names = "--jdk", paramLabel = "JAVA_HOME", description = "Run every version on this JDK (default: the one running benchmem).")
    Path jdk;

    @Option(names = "--parallel", paramLabel = "N",
            description = "Run N versions at once (default: 1; more makes the runs compete for cores and skews their timings).")
    int parallel = 1;

    @Option(names = "--settings", paramLabel = "FILE", description = "Maven settings (default: ~/.m2/settings.xml when it exists).")
    Path settings;

    @Option(names = "--agent", paramLabel = "JAR", description = "The benchmem agent (default: found next to or above this jar).")
    Path agent;

    @Option(names = "--harness", paramLabel = "JAR", description = "benchmem-harness.jar (default: found next to or above this jar).")
    Path harness;

    @Override
    public Integer call() throws IOException, InterruptedException {
        if (!resolverAvailable()) {
            throw new IllegalArgumentException("sweep needs benchmem-sweep.jar (Maven Resolver) on the class path:"
                    + " run it through the benchmem launcher, which adds it");
        }
        if (!Files.exists(suite)) {
            throw new IllegalArgumentException("--suite " + suite + ": no such file or directory");
        }
        LocalDate asOfDate;
        try {
            asOfDate = asOf == null ? null : LocalDate.parse(asOf);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("--as-of '" + asOf + "' is not a date (yyyy-mm-dd)", e);
        }
        SweepPlan plan = new SweepPlan(artifact, new VersionQuery(versions, latest, asOfDate), suite, out, memory,
                harnessArgs, pins, checks, Tools.locate(agent, harness, jdk), parallel);
        PrintWriter writer = spec.commandLine().getOut();
        try (MavenResolver resolver = MavenResolver.open(settings)) {
            List<VersionOutcome> outcomes = new Sweep(plan, resolver, writer).run();
            return outcomes.stream().allMatch(VersionOutcome::ok) ? 0 : 1;
        } catch (MavenResolver.ResolutionFailure e) {
            spec.commandLine().getErr().println("benchmem sweep: " + e.getMessage());
            return 1;
        }
    }

    /**
     * Whether Maven Resolver is on the class path: benchmem-sweep.jar, which only the launcher's
     * sweep line adds. Asked before any class that links against it loads.
     */
    private static boolean resolverAvailable() {
        try {
            Class.forName("org.eclipse.aether.supplier.RepositorySystemSupplier", false, SweepCommand.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** {@code GROUP:ARTIFACT}. */
    static final class CoordinatesConverter extends Converters.Parsing<Coordinates> {
        CoordinatesConverter() {
            super(Coordinates::parse);
        }
    }

    /** {@code --pin GROUP:ARTIFACT:VERSION}. */
    static final class PinConverter extends Converters.Parsing<Pin> {
        PinConverter() {
            super(Pin::parse);
        }
    }
}
