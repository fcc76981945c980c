package dev.benchmem.harness.launcher;

import dev.benchmem.harness.engine.BenchmarkRun;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * The number of items a test plan runs, as pytest collects items for its progress: JUnit only
 * expands a parametrized method into its invocations while executing it, so a second plan of
 * the same selection is executed (before the real one, or nested in it once a line of progress
 * needs the total) with every invocation skipped
 * ({@link BenchmarkRun#collecting}). Argument sources and test-class constructors run in that
 * pass, as pytest evaluates its parametrization at collection; no test body or lifecycle
 * method does.
 */
final class ItemCount implements TestExecutionListener {

    private final TestNames names;
    private long items;

    private ItemCount(TestNames names) {
        this.names = names;
    }

    /**
     * The items of the plan {@code discovery} makes, counted on first use (once), as {@link
     * Progress} counts them; a use while a plan runs counts in a nested execution.
     */
    static LongSupplier lazily(Launcher launcher, BenchmarkRun run, Supplier<TestPlan> discovery) {
        long[] counted = {-1};
        return () -> {
            if (counted[0] < 0) {
                counted[0] = of(launcher, discovery.get(), run);
            }
            return counted[0];
        };
    }

    /** Counts the items of {@code plan}, skipped ones included, as {@link Progress} counts them. */
    private static long of(Launcher launcher, TestPlan plan, BenchmarkRun run) {
        TestNames names = new TestNames();
        ItemCount count = new ItemCount(names);
        run.collecting(true);
        try {
            launcher.execute(plan, names, count);
        } finally {
            run.collecting(false);
        }
        return count.items;
    }

    @Override
    public void executionSkipped(TestIdentifier id, String reason) {
        if (names.skippedItem(id)) {
            items++;
        }
    }

    @Override
    public void executionFinished(TestIdentifier id, TestExecutionResult result) {
        if (TestNames.finishedItem(id, result)) {
            items++;
        }
    }
}
