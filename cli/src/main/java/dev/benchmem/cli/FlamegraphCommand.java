package dev.benchmem.cli;

import dev.benchmem.analysis.profile.FlameGraphPage;
import dev.benchmem.analysis.profile.ProfileDiff;
import dev.benchmem.analysis.profile.ProfileDirectory;
import dev.benchmem.analysis.profile.ProfileReports;
import dev.benchmem.core.Metric;
import dev.benchmem.core.profile.Profile;
import dev.benchmem.core.profile.ProfileFiles;
import dev.benchmem.core.profile.ProfileMetric;
import dev.benchmem.core.profile.ProfileReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code benchmem flamegraph}: where a profiled benchmark's memory went, as a page or a terminal report, or what changed. */
@Command(name = "flamegraph", mixinStandardHelpOptions = true, sortOptions = false,
        description = {
            "Shows a profile written with --benchmark-memory-profile DIR: a flame graph page (standalone, offline)",
            "or a terminal report. With --diff, what changed from a baseline directory's profile of the same",
            "benchmark: red grew, blue shrank, and a table ranking the sites and call paths that grew most."},
        footer = {"", "Examples:",
            "  benchmem flamegraph profiles/ 'sort[500000]'            # -> profiles/ID.allocated.flamegraph.html",
            "  benchmem flamegraph profiles/ --worst peak --open",
            "  benchmem flamegraph profiles/ sort --report table",
            "  benchmem flamegraph --diff main-profiles/ pr-profiles/ 'sum[1000]' --report table"})
public final class FlamegraphCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "The profile directory (with --diff: the candidate's).")
    Path dir;

    @Parameters(index = "1", arity = "0..1", paramLabel = "ID",
            description = "The benchmark: its name or full name, or a part of the full name only one profile has.")
    String id;

    @Option(names = "--worst", paramLabel = "METRIC", converter = MemoryMetricConverter.class,
            description = "Pick the profile with the largest peak, allocated or allocations (instead of an ID).")
    Metric worst;

    @Option(names = "--metric", paramLabel = "METRIC", converter = ProfileMetricConverter.class,
            description = "allocated (bytes, exact per site), allocations (count, exact per site) or live (bytes reachable"
                    + " at the peak checkpoint). Default: live with --worst peak, else allocated.")
    ProfileMetric metric;

    @Option(names = "--report", paramLabel = "REPORT",
            description = "flamegraph (a page; default), table (sites), tree (call tree), summary (totals and methods) or"
                    + " collapsed (frame;frame value lines).")
    ProfileReports.Report report = ProfileReports.Report.FLAMEGRAPH;

    @Option(names = "--diff", paramLabel = "BASE_DIR",
            description = "Compare with the profile of the same benchmark in BASE_DIR (DIR is the candidate's).")
    Path diffBase;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write here (default: a page next to the profile, ID.METRIC.flamegraph.html or ID.METRIC.diff.html;"
                    + " a terminal report to standard output).")
    Path output;

    @Option(names = "--open", description = "Open the page in the desktop's browser.")
    boolean open;

    @Override
    public Integer call() throws IOException {
        if (id != null && worst != null) {
            throw new ParameterException(spec.commandLine(), "give an ID or --worst, not both");
        }
        if (open && !report.isPage()) {
            throw new ParameterException(spec.commandLine(), "--open opens a page: it goes with --report flamegraph");
        }
        ProfileMetric shown = metric != null ? metric : worst == Metric.PEAK ? ProfileMetric.LIVE : ProfileMetric.ALLOCATED;
        ProfileDirectory profiles = ProfileDirectory.open(dir);
        ProfileReader.Header picked = worst != null ? profiles.worst(worst) : profiles.pick(Optional.ofNullable(id));
        Profile candidate = ProfileReader.read(picked.file());
        String text;
        String what;
        Path page;
        if (diffBase != null) {
            Profile baseline = baseline(picked);
            ProfileDiff diff = ProfileDiff.of(baseline, candidate, shown);
            what = "diff";
            page = dir.resolve(ProfileFiles.id(candidate.fullname()) + "." + shown.key() + ".diff.html");
            text = switch (report) {
                case FLAMEGRAPH -> FlameGraphPage.html(diff);
                case TABLE -> diff.table();
                case COLLAPSED -> diff.collapsed();
                default -> throw new ParameterException(spec.commandLine(),
                        "--diff shows a flamegraph, a table or collapsed stacks, not a " + report.name().toLowerCase());
            };
        } else {
            what = "flamegraph";
            page = dir.resolve(ProfileFiles.id(candidate.fullname()) + "." + shown.key() + ".flamegraph.html");
            text = ProfileReports.render(report, candidate, shown);
        }
        PrintWriter out = spec.commandLine().getOut();
        if (report.isPage()) {
            Path file = output != null ? output : page;
            write(file, text);
            out.println(what + " (" + shown.key() + "): " + candidate.name() + " -> " + file);
            if (open) {
                Browser.open(file, spec.qualifiedName(), spec.commandLine().getErr());
            }
        } else if (output != null) {
            write(output, text);
            out.println(report.name().toLowerCase() + " (" + shown.key() + "): " + candidate.name() + " -> " + output);
        } else {
            out.print(text);
        }
        out.flush();
        return 0;
    }

    /** The baseline directory's profile of the picked benchmark, by its full name. */
    private Profile baseline(ProfileReader.Header picked) {
        ProfileDirectory base = ProfileDirectory.open(diffBase);
        return base.profiles().stream().filter(p -> p.fullname().equals(picked.fullname())).findFirst()
                .map(p -> ProfileReader.read(p.file()))
                .orElseThrow(() -> new IllegalArgumentException(diffBase + " has no profile of " + picked.fullname()
                        + " (the candidate's, picked in " + dir + ")"));
    }

    private static void write(Path file, String text) {
        try {
            FlameGraphPage.write(text, file);
        } catch (IOException e) {
            throw new IllegalArgumentException("-o " + file + ": cannot write (" + e.getMessage() + ")", e);
        }
    }

    /** {@code --worst}: a metric a profile carries, as the run file names it (peak, allocated, allocations). */
    static final class MemoryMetricConverter extends Converters.Parsing<Metric> {
        MemoryMetricConverter() {
            super(key -> {
                Metric metric = Metric.parseMemory(key);
                if (metric != Metric.PEAK && metric != Metric.ALLOCATED && metric != Metric.ALLOCATIONS) {
                    throw new IllegalArgumentException("a profile has no " + metric.key() + " (expected peak, allocated, allocations)");
                }
                return metric;
            });
        }
    }

    /** {@code --metric}: what the profile's values measure. */
    static final class ProfileMetricConverter extends Converters.Parsing<ProfileMetric> {
        ProfileMetricConverter() {
            super(ProfileMetric::parse);
        }
    }
}
