package dev.benchmem.analysis.compare;

import dev.benchmem.core.Regression;
import dev.benchmem.core.RegressionReport;
import java.util.List;

/** How delta tables are written for people: the terminal's aligned text, or Markdown. */
public enum TableFormat {
    /** Aligned columns under a {@code ─} rule, as the reference prints them. */
    TEXT {
        @Override
        public String render(List<DeltaTable> tables, Layout layout, boolean colour) {
            return TextTables.render(layout.grids(tables), colour);
        }

        @Override
        public String renderRegressions(List<Regression> regressions) {
            return RegressionReport.text(regressions, null);
        }
    },
    /** GitHub-flavoured Markdown, for a pull-request comment or a job summary. */
    MARKDOWN {
        @Override
        public String render(List<DeltaTable> tables, Layout layout, boolean colour) {
            return MarkdownTables.render(layout.grids(tables));
        }

        @Override
        public String renderRegressions(List<Regression> regressions) {
            return RegressionReport.markdown(regressions, null);
        }
    };

    /**
     * The tables in {@code layout}, each under its title, separated by a blank line; ends with a
     * newline. {@code colour}: ANSI colours where the layout has them (text only).
     */
    public abstract String render(List<DeltaTable> tables, Layout layout, boolean colour);

    /** The tables in the {@link Layout#DELTA} layout, without colour. */
    public String render(List<DeltaTable> tables) {
        return render(tables, Layout.DELTA, false);
    }

    /** The gate's verdict ({@link RegressionReport}) in this format; ends with a newline. */
    public abstract String renderRegressions(List<Regression> regressions);
}
