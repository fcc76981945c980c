package dev.benchmem.harness.launcher;

import dev.benchmem.core.RunFile;
import dev.benchmem.core.RunFileWriter;
import dev.benchmem.harness.engine.BenchmarkRun;
import dev.benchmem.harness.report.CurrentRun;
import dev.benchmem.harness.report.TerminalTable;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;

import org.junit.platform.engine.support.store.Namespace;
import org.junit.platform.launcher.LauncherSession;
import org.junit.platform.launcher.LauncherSessionListener;

/**
 * Reports a run no benchmem launcher drove (Maven Surefire, an IDE): when the JUnit launcher
 * session closes, prints the table and writes the run file named by the configuration
 * parameter {@code benchmem.json}. Registered through {@code META-INF/services}.
 */
public final class SessionReport implements LauncherSessionListener {

    @Override
    public void launcherSessionClosed(LauncherSession session) {
        BenchmarkRun run = session.getStore().get(Namespace.create(BenchmarkRun.STORE_NAMESPACE), BenchmarkRun.class,
                BenchmarkRun.class);
        if (run == null || !run.standalone() || run.config().memoryMode() || run.results().isEmpty()) {
            return;
        }
        RunFile file = CurrentRun.of(run.results());
        run.config().json().ifPresent(json -> {
            try {
                RunFileWriter.withData().write(file, json);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + json, e);
            }
            System.out.println("Wrote benchmark data in: " + json);
        });
        System.out.print(TerminalTable.builder().color(TerminalTable.autoColor()).build().render(run.results()));
        System.out.flush();
    }
}
