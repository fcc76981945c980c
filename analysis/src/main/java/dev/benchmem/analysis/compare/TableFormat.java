package dev.benchmem.analysis.compare;

import java.util.List;

/** How delta tables are written for people: the terminal's aligned text, or Markdown. */
public enum TableFormat {
    /** Aligned columns under a {@code ─} rule, as the reference prints them. */
    TEXT {
        @Override
        public String render(List<DeltaTable> tables) {
            return TextTables.render(tables);
        }
    },
    /** GitHub-flavoured Markdown, for a pull-request comment or a job summary. */
    MARKDOWN {
        @Override
        public String render(List<DeltaTable> tables) {
            return MarkdownTables.render(tables);
        }
    };

    /** The tables, each under its title, separated by a blank line; ends with a newline. */
    public abstract String render(List<DeltaTable> tables);
}
