package dev.benchmem.harness.report;

import dev.benchmem.core.RunFile;
import dev.benchmem.core.RunFileWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Saved runs in pytest-benchmark's file storage layout: {@code
 * <root>/<machine-id>/NNNN_<name>.json}, numbered from {@code 0001} per machine id (e.g.
 * {@code .benchmarks/Linux-OpenJDK-17-64bit/0003_main.json}).
 */
public final class Storage {

    /** pytest-benchmark's default storage directory. */
    public static final Path DEFAULT_ROOT = Path.of(".benchmarks");

    private static final Pattern RUN = Pattern.compile("(\\d{4})_(.+)\\.json");
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9._+-]+");

    private final Path dir;

    private Storage(Path dir) {
        this.dir = dir;
    }

    /** Storage of this JVM's machine id under {@code root}. */
    public static Storage of(Path root) {
        return of(root, MachineInfo.machineId());
    }

    /** Storage of the given machine id under {@code root}. */
    public static Storage of(Path root, String machineId) {
        return new Storage(root.resolve(machineId));
    }

    /** The directory holding this machine's runs. */
    public Path directory() {
        return dir;
    }

    /**
     * Saves {@code run} as the next {@code NNNN_<name>.json} and returns its path.
     *
     * @param name letters, digits and {@code . _ + -}, as it becomes part of a file name
     */
    public Path save(RunFile run, String name, RunFileWriter writer) throws IOException {
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("bad run name '" + name
                    + "': use letters, digits and . _ + - only");
        }
        Files.createDirectories(dir);
        int next = runs().stream().mapToInt(Storage::number).max().orElse(0) + 1;
        while (true) {
            Path file = dir.resolve(String.format("%04d_%s.json", next, name));
            try {
                // Claim the file first: a concurrent save of the same name takes the next number.
                Files.createFile(file);
            } catch (FileAlreadyExistsException taken) {
                next++;
                continue;
            }
            writer.write(run, file);
            return file;
        }
    }

    /** Saved runs, oldest (lowest number) first. */
    public List<Path> runs() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(f -> RUN.matcher(f.getFileName().toString()).matches())
                    .sorted(Comparator.comparingInt(Storage::number)
                            .thenComparing(f -> f.getFileName().toString()))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The newest saved run. */
    public Optional<Path> latest() {
        List<Path> runs = runs();
        return runs.isEmpty() ? Optional.empty() : Optional.of(runs.get(runs.size() - 1));
    }

    /**
     * The newest saved run whose file name starts with {@code ref} (pytest-benchmark's {@code
     * --benchmark-compare=NUM}: {@code 0003}, {@code 3}, {@code 0003_main}); a bare number is
     * zero-padded to four digits.
     */
    public Optional<Path> find(String ref) {
        String prefix = ref.matches("\\d{1,4}") ? String.format("%04d", Integer.parseInt(ref)) : ref;
        return runs().stream().filter(f -> f.getFileName().toString().startsWith(prefix))
                .reduce((a, b) -> b);
    }

    private static int number(Path file) {
        Matcher m = RUN.matcher(file.getFileName().toString());
        return m.matches() ? Integer.parseInt(m.group(1)) : 0;
    }
}
