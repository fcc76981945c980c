package dev.benchmem.harness.memory;

import dev.benchmem.core.AtomicFile;
import dev.benchmem.core.MemoryPasses;
import dev.benchmem.core.profile.Profile;
import dev.benchmem.core.profile.ProfileFiles;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * Where a run's profiles go. The memory-pass JVM writes every profile into a staging directory
 * beside its results file; the parent keeps those it should ({@link #keep}): all of them, or
 * with an inline memory gate only those of the ids that regressed, as the reference keeps its
 * memray captures. Each kept file is copied into the profile directory atomically.
 */
public final class ProfileFolder {
    private ProfileFolder() {
    }

    /** The staging directory of the memory-pass JVM that writes {@code childResults}. */
    public static Path staging(Path childResults) {
        return childResults.resolveSibling(childResults.getFileName() + ".profiles");
    }

    /** In the memory-pass JVM: profiles {@code call} after its measured passes and stages the profile. */
    public static void profile(String name, String fullname, Runnable setup, MemoryPassRunner.Call call, MemoryPasses measured,
            MemoryResults results, Path childResults) throws Throwable {
        Profile profile = ProfileConversion.of(name, fullname, MemoryPassRunner.profile(setup, call, measured));
        ProfileFiles.write(profile, staging(childResults));
        results.recordProfile(fullname, name);
    }

    /**
     * Copies the staged profiles whose full name {@code kept} accepts into {@code dir}, prints
     * what it kept and how to render it, and removes the staging directory.
     *
     * @param kept     which profiles to keep, by full name
     * @param whenNone why none was kept, printed when profiles were staged and none is kept (null: say nothing)
     * @return the profile documents kept
     */
    public static List<Path> keep(MemoryResults results, Path dir, Predicate<String> kept, String whenNone, PrintStream out)
            throws IOException {
        Path staging = results.profileStaging();
        List<Path> saved = new ArrayList<>();
        List<String> names = new ArrayList<>();
        try {
            for (String fullname : results.profiled()) {
                if (kept.test(fullname)) {
                    Files.createDirectories(dir);
                    for (Path file : ProfileFiles.all(staging, fullname)) {
                        AtomicFile.writeBytes(dir.resolve(file.getFileName()), to -> Files.copy(file, to));
                    }
                    saved.add(ProfileFiles.json(dir, fullname));
                    names.add(results.name(fullname));
                }
            }
        } finally {
            delete(staging);
        }
        if (saved.isEmpty()) {
            if (!results.profiled().isEmpty() && whenNone != null) {
                out.println("benchmem: no memory profile kept: " + whenNone);
            }
            return saved;
        }
        out.println("benchmem: saved " + saved.size() + " memory profile(s) to " + dir + " — render with:");
        Set<String> unique = Set.copyOf(names);
        for (int i = 0; i < saved.size(); i++) {
            String name = names.get(i);
            String id = unique.size() == names.size() ? name : results.profiled().get(i);
            out.println("    benchmem flamegraph " + dir + " '" + id.replace("'", "'\\''") + "'");
        }
        return saved;
    }

    private static void delete(Path dir) throws IOException {
        if (dir == null || !Files.exists(dir)) {
            return;
        }
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path file : files.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(file);
            }
        }
    }

    /** The full names of {@code results} whose names are in {@code names}. */
    public static Set<String> fullnames(Collection<String> names, MemoryResults results) {
        return Set.copyOf(results.profiled().stream().filter(f -> names.contains(results.name(f))).toList());
    }
}
