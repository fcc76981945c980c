package dev.benchmem.history;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchmem.core.Metric;
import dev.benchmem.core.Trend;
import dev.benchmem.core.RunFileReader;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;

/** kill -9 of a JVM in the middle of {@code history add} leaves the database consistent: embedded, and PostgreSQL. */
class CrashTest {
    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"embedded", "postgresql"})
    void aKilledAddLeavesEveryStoredRunWholeAndTheDatabaseUsable(String engine) throws Exception {
        String db = TestDatabases.fresh(engine, dir);
        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), AddLoop.class.getName(), db)
                .redirectError(ProcessBuilder.Redirect.INHERIT).start();
        int committed = 0;
        long began = 0;
        long addNanos = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            // Two runs committed, then killed (SIGKILL) halfway through the third add, by the
            // time the second took.
            for (String line; (line = out.readLine()) != null; ) {
                if (line.startsWith("added ")) {
                    committed = Integer.parseInt(line.substring(6));
                    addNanos = System.nanoTime() - began;
                }
                if (line.startsWith("begin ")) {
                    began = System.nanoTime();
                }
                if (line.equals("begin 3")) {
                    TimeUnit.NANOSECONDS.sleep(addNanos / 2);
                    child.destroyForcibly();
                    break;
                }
            }
        } finally {
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(committed).isEqualTo(2);
        assertThat(child.exitValue()).as("killed by SIGKILL").isEqualTo(137);
        try (HistoryStore store = HistoryStore.open(db)) {
            List<StoredRun> runs = store.list();
            // The third run was mid-transaction: it is in whole or not at all.
            assertThat(runs.size()).isBetween(2, 3);
            assertThat(runs).extracting(StoredRun::commitId).startsWith("c1", "c2");
            for (StoredRun run : runs) {
                List<Trend> time = store.trends(Metric.TIME, List.of(run), null);
                List<Trend> peak = store.trends(Metric.PEAK, List.of(run), null);
                assertThat(time).as("run %s's time rows", run.commitId()).hasSize(run.benchmarks());
                assertThat(peak).as("run %s's peak rows", run.commitId()).hasSize(run.benchmarks());
                Path exported = Files.write(dir.resolve(run.id() + ".json"), store.document(run));
                assertThat(RunFileReader.read(exported).benchmarks()).hasSize(AddLoop.IDS);
            }
            // Still writable: the next add works.
            assertThat(store.add(SyntheticRuns.run(9, "main", 10, i -> 1)).isNew()).isTrue();
            System.out.println("CrashTest (" + engine + "): killed " + addNanos / 2_000_000 + " ms into the third add; " + runs.size()
                    + " runs stored (2 committed before the kill)");
        }
    }
}
