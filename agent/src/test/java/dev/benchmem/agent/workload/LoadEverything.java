package dev.benchmem.agent.workload;

import com.fasterxml.jackson.databind.ObjectMapper;
import dev.benchmem.agent.MemoryMeasurement;
import dev.benchmem.agent.MemoryRecorder;
import dev.benchmem.agent.Recording;
import dev.benchmem.agent.ThreadScope;
import java.io.IOException;
import java.math.BigDecimal;
import java.math.MathContext;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.zip.ZipFile;
import picocli.CommandLine;
import tech.tablesaw.api.IntColumn;
import tech.tablesaw.api.StringColumn;
import tech.tablesaw.api.Table;
import tech.tablesaw.aggregate.AggregateFunctions;

/**
 * Child-JVM main: loads and initializes every class of the given jars and of
 * {@code java.base}, then exercises Jackson, Tablesaw, picocli, JUnit and the JDK (recording
 * them when the agent is armed). Prints {@code loaded=N}, {@code verify-errors=N}, one
 * {@code failed=CLASS ERROR} line per class that did not load, and {@code exercised=...}.
 */
public final class LoadEverything {
    private LoadEverything() {
    }

    public static void main(String[] jars) throws Throwable {
        List<String> failures = new ArrayList<>();
        int loaded = 0;
        int verifyErrors = 0;
        ClassLoader app = LoadEverything.class.getClassLoader();
        for (String jar : jars) {
            for (String name : classesOf(jar)) {
                Throwable error = load(name, app);
                loaded++;
                if (error != null) {
                    verifyErrors += isVerifyError(error) ? 1 : 0;
                    failures.add(name + " " + error.getClass().getName());
                }
            }
        }
        for (String name : javaBase()) {
            Throwable error = load(name, null);
            loaded++;
            if (error != null) {
                verifyErrors += isVerifyError(error) ? 1 : 0;
                failures.add(name + " " + error.getClass().getName());
            }
        }
        System.out.println("loaded=" + loaded);
        System.out.println("verify-errors=" + verifyErrors);
        failures.forEach(f -> System.out.println("failed=" + f));
        if (MemoryRecorder.isAgentLoaded() && MemoryRecorder.isArmed()) {
            Recording recording = MemoryRecorder.start(ThreadScope.ALL_THREADS);
            String exercised = exercise();
            MemoryMeasurement m = recording.stop();
            System.out.println("exercised=" + exercised);
            System.out.println("allocations=" + m.allocations());
        } else {
            System.out.println("exercised=" + exercise());
        }
    }

    private static Throwable load(String name, ClassLoader loader) {
        try {
            Class.forName(name, true, loader);
            return null;
        } catch (Throwable e) {
            return e;
        }
    }

    private static boolean isVerifyError(Throwable error) {
        for (Throwable t = error; t != null; t = t.getCause()) {
            if (t instanceof VerifyError || t instanceof ClassFormatError) {
                return true;
            }
        }
        return false;
    }

    private static List<String> classesOf(String jar) throws IOException {
        try (ZipFile zip = new ZipFile(jar)) {
            return zip.stream().map(e -> e.getName())
                    .filter(n -> n.endsWith(".class") && !n.startsWith("META-INF/") && !n.endsWith("module-info.class"))
                    .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.'))
                    .sorted().collect(Collectors.toList());
        }
    }

    private static List<String> javaBase() throws IOException {
        FileSystem jrt = FileSystems.getFileSystem(URI.create("jrt:/"));
        Path base = jrt.getPath("/modules/java.base");
        try (Stream<Path> files = Files.walk(base)) {
            return files.map(p -> base.relativize(p).toString())
                    .filter(n -> n.endsWith(".class") && !n.equals("module-info.class"))
                    .map(n -> n.substring(0, n.length() - ".class".length()).replace('/', '.'))
                    .sorted().collect(Collectors.toList());
        }
    }

    /** Runs real work through every library; returns a digest that is the same with and without the agent. */
    static String exercise() throws Exception {
        ObjectMapper json = new ObjectMapper();
        Map<String, Object> value = Map.of("name", "benchmem", "sizes", List.of(1, 2, 3), "nested", Map.of("pi", 3.25));
        @SuppressWarnings("unchecked")
        Map<String, Object> back = json.readValue(json.writeValueAsString(value), Map.class);

        Table table = Table.create("t", IntColumn.create("n", IntStream.range(0, 1_000).toArray()),
                StringColumn.create("g", IntStream.range(0, 1_000).mapToObj(i -> "g" + i % 7).toArray(String[]::new)));
        Table summary = table.sortDescendingOn("n").summarize("n", AggregateFunctions.sum).by("g");

        CommandLine.Model.CommandSpec spec = CommandLine.Model.CommandSpec.create()
                .addOption(CommandLine.Model.OptionSpec.builder("-n").type(int.class).build());
        int n = new CommandLine(spec).parseArgs("-n", "42").matchedOptionValue("-n", 0);

        org.junit.jupiter.api.Assertions.assertEquals(value, back);
        Throwable thrown = org.junit.jupiter.api.Assertions.assertThrows(IllegalStateException.class, () -> {
            throw new IllegalStateException("expected");
        });

        BigDecimal root = new BigDecimal(2).sqrt(new MathContext(50));
        String date = LocalDate.of(2026, 11, 27).format(DateTimeFormatter.ISO_WEEK_DATE);
        TreeSet<String> words = Pattern.compile("\\W+").splitAsStream("the quick brown fox jumps over the lazy dog")
                .collect(Collectors.toCollection(TreeSet::new));
        long parallel = IntStream.range(0, 100_000).parallel().mapToLong(i -> (long) i * i).sum();
        return String.join(";", String.valueOf(back.equals(value)), String.valueOf(summary.rowCount()),
                String.valueOf(n), thrown.getMessage(), root.toString().substring(0, 12), date,
                String.valueOf(words.size()), String.valueOf(parallel));
    }
}
