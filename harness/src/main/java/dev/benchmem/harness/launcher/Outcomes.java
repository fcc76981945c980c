package dev.benchmem.harness.launcher;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;

/**
 * Counts what happened to the tests and keeps the failures, for pytest's closing lines:
 * {@code FAILED name - message} per failure and {@code 1 failed, 3 passed in 4.69s}.
 */
final class Outcomes implements TestExecutionListener {

    /** A failed test and why. */
    record Failure(String name, Throwable cause) {
        String line() {
            String message = cause.getMessage() == null ? "" : cause.getMessage().lines().findFirst().orElse("");
            return "FAILED " + name + " - " + cause.getClass().getSimpleName() + (message.isEmpty() ? "" : ": " + message);
        }
    }

    private final TestNames names;
    private final List<Failure> failures = new ArrayList<>();
    private int passed;
    private int skipped;
    private int deselected;

    /** @param deselected tests the name filter dropped at discovery */
    Outcomes(TestNames names, int deselected) {
        this.names = names;
        this.deselected = deselected;
    }

    @Override
    public void executionSkipped(TestIdentifier id, String reason) {
        if (id.isTest() || names.isMethod(id)) {
            skipped++;
        }
    }

    @Override
    public void executionFinished(TestIdentifier id, TestExecutionResult result) {
        switch (result.getStatus()) {
            case SUCCESSFUL -> passed += id.isTest() ? 1 : 0;
            case ABORTED -> {
                if (TestNames.deselected(result)) {
                    deselected++;
                } else if (id.isTest()) {
                    skipped++;
                }
            }
            // A class or template can fail too (a @BeforeAll, an argument source): report it.
            case FAILED -> failures.add(new Failure(names.name(id), result.getThrowable().orElseGet(() -> new AssertionError("failed"))));
        }
    }

    List<Failure> failures() {
        return List.copyOf(failures);
    }

    int ran() {
        return passed + failures.size() + skipped;
    }

    /** pytest's closing line: {@code 1 failed, 3 passed, 1 skipped, 2 deselected in 4.69s}. */
    String closingLine(double seconds) {
        StringJoiner counts = new StringJoiner(", ");
        if (!failures.isEmpty()) {
            counts.add(failures.size() + " failed");
        }
        if (passed > 0) {
            counts.add(passed + " passed");
        }
        if (skipped > 0) {
            counts.add(skipped + " skipped");
        }
        if (deselected > 0) {
            counts.add(deselected + " deselected");
        }
        String what = counts.length() == 0 ? "no tests ran" : counts.toString();
        return what + String.format(Locale.ROOT, " in %.2fs", seconds);
    }
}
