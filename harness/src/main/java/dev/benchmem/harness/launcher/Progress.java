package dev.benchmem.harness.launcher;

import dev.benchmem.harness.report.Ansi;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.LongSupplier;

import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.TestPlan;

/**
 * Progress as pytest prints it: per test class a line of marks ({@code .} passed, {@code F}
 * failed, {@code s} skipped; green, red and yellow in colour) ending with the percentage of
 * items done (each invocation of a parametrized method is an item, counted by {@link
 * ItemCount} when a line first ends before the plan does; the last line is at 100%, as
 * pytest's is); with {@code -v} a line per test; with {@code -q} marks only. Lines are
 * flushed per mark so a long benchmark never looks hung; or, where nobody sees them before
 * the plan has run (the memory-pass JVM, whose output the launcher shows after its own
 * rounds), held to the end, when the items done are the items there were ({@link
 * #heldToTheEnd}).
 */
final class Progress implements TestExecutionListener {

    enum Style { QUIET, NORMAL, VERBOSE }

    private static final int WIDTH = 80;
    private static final int PERCENT_WIDTH = "[100%]".length();

    private final PrintStream out;
    private final Style style;
    private final TestNames names;
    private final String prefix;
    private final boolean quietSkips;
    private final Ansi ansi;
    /** The items the plan runs, asked when a line ends before the plan does; null when the lines are held until it has run. */
    private final LongSupplier items;
    /** The lines so far, when held; null when printed as they come. */
    private final StringBuilder held;
    /** Per held line, where its percentage goes in {@link #held} and the items done by then. */
    private final List<long[]> heldPercents = new ArrayList<>();
    private long itemsDone;
    /** The top-level classes not finished yet: the line that ends with the last one ends the plan. */
    private long topClassesLeft;
    private int column;
    private String currentClass = "";

    /**
     * @param prefix     starts every line (the memory phase's label), may be empty
     * @param quietSkips do not mark or count skipped tests (the memory phase skips those without a memory pass)
     * @param ansi       colours the marks
     * @param items      the items the plan runs ({@link ItemCount}, with the same {@code quietSkips}), asked
     *                   when a line ends before the plan does; null: the lines are held until the plan has run
     */
    Progress(PrintStream out, Style style, TestNames names, String prefix, boolean quietSkips, Ansi ansi, LongSupplier items) {
        this.out = out;
        this.items = items;
        this.held = items == null ? new StringBuilder() : null;
        this.style = style;
        this.names = names;
        this.prefix = prefix;
        this.quietSkips = quietSkips;
        this.ansi = ansi;
    }

    /** A progress that prints its lines once the plan has run, with the items it ran as the total. */
    static Progress heldToTheEnd(PrintStream out, Style style, TestNames names, String prefix, boolean quietSkips, Ansi ansi) {
        return new Progress(out, style, names, prefix, quietSkips, ansi, null);
    }

    @Override
    public void testPlanExecutionStarted(TestPlan testPlan) {
        topClassesLeft = testPlan.getRoots().stream().mapToLong(root -> testPlan.getChildren(root).size()).sum();
    }

    @Override
    public void executionStarted(TestIdentifier id) {
        if (style == Style.NORMAL && names.isTopClass(id)) {
            currentClass = id.getLegacyReportingName();
        }
    }

    @Override
    public void executionSkipped(TestIdentifier id, String reason) {
        if (names.isTopClass(id)) {
            topClassesLeft--;
        }
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
        if (names.isTopClass(id)) {
            topClassesLeft--;
            if (style != Style.VERBOSE && column > 0) {
                endLine();
                currentClass = "";
            }
        }
    }

    @Override
    public void testPlanExecutionFinished(TestPlan testPlan) {
        if (column > 0) {
            endLine();
        }
        if (held != null) {
            StringBuilder lines = new StringBuilder(held);
            for (int i = heldPercents.size() - 1; i >= 0; i--) {
                long[] line = heldPercents.get(i);
                lines.insert((int) line[0], percent(line[1], itemsDone));
            }
            out.print(lines);
            out.flush();
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
        emit(ansi.style(text, colour));
        column += text.length();
    }

    private void startLine(String text) {
        String start = prefix + text + (text.isEmpty() ? "" : " ");
        emit(start);
        column = start.length();
    }

    private void endLine() {
        String padding = " ".repeat(Math.max(1, WIDTH - column - PERCENT_WIDTH));
        if (held != null) {
            held.append(padding);
            heldPercents.add(new long[] {held.length(), itemsDone});
            held.append(System.lineSeparator());
        } else {
            // The line that ends the plan is at 100% without a count (pytest's last line always is).
            out.println(padding + percent(itemsDone, topClassesLeft <= 0 ? itemsDone : items.getAsLong()));
        }
        column = 0;
    }

    private void emit(String text) {
        if (held != null) {
            held.append(text);
        } else {
            out.print(text);
            out.flush();
        }
    }

    /** {@code [ 25%]}: always {@link #PERCENT_WIDTH} characters. */
    private static String percent(long done, long of) {
        return String.format(Locale.ROOT, "[%3d%%]", of == 0 ? 100 : Math.min(done, of) * 100 / of);
    }
}
