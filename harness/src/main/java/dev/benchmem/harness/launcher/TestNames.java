package dev.benchmem.harness.launcher;

import dev.benchmem.harness.engine.BenchmarkExtension;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.reporting.ReportEntry;
import org.junit.platform.engine.support.descriptor.ClassSource;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * How tests are named in progress and failure lines: a benchmark by its full name (published
 * by the extension), any other test by {@code Class#method} plus its invocation's display name.
 * Also knows the test plan's shape (which nodes are classes, which are test methods).
 */
final class TestNames implements TestExecutionListener {

    private final Map<String, String> benchmarkNames = new ConcurrentHashMap<>();
    private volatile TestPlan plan;

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        plan = testPlan;
    }

    @Override
    public void reportingEntryPublished(TestIdentifier id, ReportEntry entry) {
        String name = entry.getKeyValuePairs().get(BenchmarkExtension.FULLNAME_ENTRY);
        if (name != null) {
            benchmarkNames.put(id.getUniqueId(), name);
        }
    }

    String name(TestIdentifier id) {
        String benchmark = benchmarkNames.get(id.getUniqueId());
        if (benchmark != null) {
            return benchmark;
        }
        if (id.getSource().orElse(null) instanceof MethodSource method) {
            String base = method.getClassName() + "#" + method.getMethodName();
            return isMethod(id) ? base : base + " " + id.getDisplayName();
        }
        return id.getDisplayName();
    }

    /** A test method or a parametrized method's template: the unit progress counts. */
    boolean isMethod(TestIdentifier id) {
        return id.getSource().orElse(null) instanceof MethodSource
                && parent(id).flatMap(TestIdentifier::getSource).orElse(null) instanceof ClassSource;
    }

    /** A class whose parent is the engine (nested classes print on their outer class's line). */
    boolean isTopClass(TestIdentifier id) {
        return id.getSource().orElse(null) instanceof ClassSource
                && parent(id).map(p -> p.getSource().isEmpty()).orElse(false);
    }

    /**
     * Whether a finished node is an item progress counts, as pytest counts collected items: each
     * test and each invocation of a parametrized method, not the deselected ones.
     */
    static boolean finishedItem(TestIdentifier id, TestExecutionResult result) {
        return id.isTest() && !deselected(result);
    }

    /** Whether a skipped node is an item: a skipped test or test method (a skipped template never expands). */
    boolean skippedItem(TestIdentifier id) {
        return id.isTest() || isMethod(id);
    }

    private Optional<TestIdentifier> parent(TestIdentifier id) {
        return plan == null ? Optional.empty() : plan.getParent(id);
    }

    /** Whether {@code result} is the skip of an invocation the name filter deselected. */
    static boolean deselected(TestExecutionResult result) {
        return result.getStatus() == TestExecutionResult.Status.ABORTED
                && result.getThrowable().map(Throwable::getMessage).filter(m -> m != null && m.startsWith(BenchmarkExtension.DESELECTED)).isPresent();
    }
}
