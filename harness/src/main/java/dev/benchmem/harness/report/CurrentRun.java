package dev.benchmem.harness.report;

import dev.benchmem.core.BenchmarkResult;
import dev.benchmem.core.RunFile;
import java.nio.file.Path;
import java.util.List;

/** The run this JVM made: its results stamped with this machine and the working directory's commit. */
public final class CurrentRun {

    private CurrentRun() {}

    /** A run of {@code results} made now, with the commit of the git work tree of the working directory. */
    public static RunFile of(List<BenchmarkResult> results) {
        return RunFile.now(MachineInfo.current(), CommitInfo.of(Path.of("").toAbsolutePath()), results);
    }
}
