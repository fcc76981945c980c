package dev.benchmem.harness.launcher;

import dev.benchmem.harness.report.Ansi;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Progress as pytest prints it: per test class a line of marks ({@code .} passed, {@code F}
 * failed, {@code s} skipped; green, red and yellow in colour) ending with the percentage of
 * items done (each invocation of a parametrized method is an item, counted up front by
 * {@link ItemCount}); with {@code -v} a line per test; with {@code -q} marks only. Lines are
 * flushed per mark so a long benchmark never looks hung.
 */
final class Progress implements TestExecutionListener {

    enum Style { QUIET, NORMAL, VERBOSE }

    private static final int WIDTH = 80;

    private final PrintStream out;
    private final Style style;
    private final TestNames names;
    private final String prefix;
    private final boolean quietSkips;
    private final Ansi ansi;
    private final LongSupplier items;
    /** The items, once read from {@link #items}; -1 before. */
    private long itemCount = -1;
    private long itemsDone;
    private int column;
    private String currentClass = "";

    /**
     * @param prefix     starts every line (the memory phase's label), may be empty
     * @param quietSkips do not mark or count skipped tests (the memory phase skips those without a memory pass)
     * @param ansi       colours the marks
     * @param items      the items the plan runs ({@link ItemCount#shown}, with the same {@code quietSkips}),
     *                   asked when the first line ends
     */
    Progress(PrintStream out, Style style, TestNames names, String prefix, boolean quietSkips, Ansi ansi, LongSupplier items) {
        this.out = out;
        this.items = items;
        this.style = style;
        this.names = names;
        this.prefix = prefix;
        this.quietSkips = quietSkips;
        this.ansi = ansi;
    }

    @Override
    public void executionStarted(TestIdentifier id) {
        if (style == Style.NORMAL && names.isTopClass(id)) {
            currentClass = id.getLegacyReportingName();
        }
    }

    @Override
    public void executionSkipped(TestIdentifier id, String reason) {
        if (names.skippedItem(id) && !quietSkips) {
            itemsDone++;
            mark(id, "s", "SKIPPED", Ansi.YELLOW);
        }
    }

    @Override
    public void executionFinished(TestIdentifier id, TestExecutionResult result) {
        if (TestNames.finishedItem(id, result)) {
            itemsDone++;
        }
        if (id.isTest() && !TestNames.deselected(result)) {
            switch (result.getStatus()) {
                case SUCCESSFUL -> mark(id, ".", "PASSED", Ansi.GREEN);
                case FAILED -> mark(id, "F", "FAILED", Ansi.RED);
                case ABORTED -> {
                    if (!quietSkips) {
                        mark(id, "s", "SKIPPED", Ansi.YELLOW);
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

    private void mark(TestIdentifier id, String mark, String word, String colour) {
        if (style == Style.VERBOSE) {
            startLine(names.name(id));
            print(word, colour);
            endLine();
            return;
        }
        if (column == 0) {
            startLine(currentClass);
        } else if (column >= WIDTH - 8) {
            endLine();
            startLine("");
        }
        print(mark, colour);
    }

    /** {@code text} in {@code colour}; the column counts its visible characters only. */
    private void print(String text, String colour) {
        out.print(ansi.style(text, colour));
        out.flush();
        column += text.length();
    }

    private void startLine(String text) {
        String start = prefix + text + (text.isEmpty() ? "" : " ");
        out.print(start);
        out.flush();
        column = start.length();
    }

    private void endLine() {
        if (itemCount < 0) {
            itemCount = items.getAsLong();
        }
        String percent = String.format(Locale.ROOT, "[%3d%%]", itemCount == 0 ? 100 : Math.min(itemsDone, itemCount) * 100 / itemCount);
        out.println(" ".repeat(Math.max(1, WIDTH - column - percent.length())) + percent);
        column = 0;
    }
}
