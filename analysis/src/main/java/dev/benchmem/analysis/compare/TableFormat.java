package dev.benchmem.analysis.compare;

import dev.benchmem.core.Regression;
import dev.benchmem.core.RegressionReport;
import java.util.List;

/** How delta tables are written for people: the terminal's aligned text, or Markdown. */
public enum TableFormat {
    /** Aligned columns under a {@code ─} rule, as the reference prints them. */
    TEXT {
        @Override
        public String render(List<DeltaTable> tables) {
            return TextTables.render(tables);
        }

        @Override
        public String renderRegressions(List<Regression> regressions) {
            return RegressionReport.text(regressions, null);
        }
    },
    /** GitHub-flavoured Markdown, for a pull-request comment or a job summary. */
    MARKDOWN {
        @Override
        public String render(List<DeltaTable> tables) {
            return MarkdownTables.render(tables);
        }

        @Override
        public String renderRegressions(List<Regression> regressions) {
            return RegressionReport.markdown(regressions, null);
        }
    };

    /** The tables, each under its title, separated by a blank line; ends with a newline. */
    public abstract String render(List<DeltaTable> tables);

    /** The gate's verdict ({@link RegressionReport}) in this format; ends with a newline. */
    public abstract String renderRegressions(List<Regression> regressions);
}
