package dev.benchmem.harness.launcher;

import java.io.PrintStream;
import java.util.Locale;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Progress as pytest prints it: per test class a line of marks ({@code .} passed, {@code F}
 * failed, {@code s} skipped) ending with the percentage of test methods done; with
 * {@code -v} a line per test; with {@code -q} marks only. Lines are flushed per mark so a long
 * benchmark never looks hung.
 */
final class Progress implements TestExecutionListener {

    enum Style { QUIET, NORMAL, VERBOSE }

    private static final int WIDTH = 80;

    private final PrintStream out;
    private final Style style;
    private final TestNames names;
    private final String prefix;
    private final boolean quietSkips;
    private long methods;
    private long methodsDone;
    private int column;
    private String currentClass = "";

    /**
     * @param prefix     starts every line (the memory phase's label), may be empty
     * @param quietSkips do not mark skipped tests (the memory phase skips those without a memory pass)
     */
    Progress(PrintStream out, Style style, TestNames names, String prefix, boolean quietSkips) {
        this.out = out;
        this.style = style;
        this.names = names;
        this.prefix = prefix;
        this.quietSkips = quietSkips;
    }

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        methods = names.methodCount();
    }

    @Override
    public void executionStarted(TestIdentifier id) {
        if (style == Style.NORMAL && names.isTopClass(id)) {
            currentClass = id.getLegacyReportingName();
        }
    }

    @Override
    public void executionSkipped(TestIdentifier id, String reason) {
        if (names.isMethod(id)) {
            methodsDone++;
        }
        if ((id.isTest() || names.isMethod(id)) && !quietSkips) {
            mark(id, "s", "SKIPPED");
        }
    }

    @Override
    public void executionFinished(TestIdentifier id, TestExecutionResult result) {
        if (names.isMethod(id)) {
            methodsDone++;
        }
        if (id.isTest() && !TestNames.deselected(result)) {
            switch (result.getStatus()) {
                case SUCCESSFUL -> mark(id, ".", "PASSED");
                case FAILED -> mark(id, "F", "FAILED");
                case ABORTED -> {
                    if (!quietSkips) {
                        mark(id, "s", "SKIPPED");
                    }
                }
            }
        }
        if (style != Style.VERBOSE && names.isTopClass(id) && column > 0) {
            endLine();
            currentClass = "";
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        if (column > 0) {
            endLine();
        }
    }

    private void mark(TestIdentifier id, String mark, String word) {
        if (style == Style.VERBOSE) {
            startLine(names.name(id) + " " + word);
            endLine();
            return;
        }
        if (column == 0) {
            startLine(currentClass);
        } else if (column >= WIDTH - 8) {
            endLine();
            startLine("");
        }
        out.print(mark);
        out.flush();
        column++;
    }

    private void startLine(String text) {
        String start = prefix + text + (text.isEmpty() ? "" : " ");
        out.print(start);
        out.flush();
        column = start.length();
    }

    private void endLine() {
        String percent = String.format(Locale.ROOT, "[%3d%%]", methods == 0 ? 100 : methodsDone * 100 / methods);
        out.println(" ".repeat(Math.max(1, WIDTH - column - percent.length())) + percent);
        column = 0;
    }
}
