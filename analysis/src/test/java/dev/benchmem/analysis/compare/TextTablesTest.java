package dev.benchmem.analysis.compare;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Fitting a table's first column (call paths, sites) into a terminal's width. */
class TextTablesTest {

    private static final String PATH = "SquaresBench$$Lambda.get;SquaresBench.squares.lambda#0:39;SquaresBench.boxedSquares:53;"
            + "ArrayList.add:467;ArrayList.add:454;ArrayList.grow:244;ArrayList.grow:237;[Arrays.copyOf()]";

    private static Grid paths(String... firsts) {
        return Grid.plain("call paths", List.of("call path", "baseline", "candidate"),
                java.util.Arrays.stream(firsts).map(p -> List.of(p, "0 B", "1.22 MiB")).toList());
    }

    @Test
    void aLongFirstColumnLosesItsOuterEndToFit() {
        String table = TextTables.render(TextTables.fitFirstColumn(paths(PATH, "Short;[long[]]"), 80));

        assertThat(table.lines().mapToInt(String::length).max().orElseThrow()).isEqualTo(80);
        assertThat(table).contains("…" + PATH.substring(PATH.length() - 58) + "  ")
                .contains("Short;[long[]]").endsWith("1.22 MiB\n");
    }

    @Test
    void aTableThatFitsOrWouldKeepTooLittleStaysAsItIs() {
        Grid fits = paths("Short;[long[]]");
        assertThat(TextTables.fitFirstColumn(fits, 80)).isSameAs(fits);
        Grid crowded = paths(PATH);
        assertThat(TextTables.fitFirstColumn(crowded, 20 + TextTables.MIN_CUT)).as("room for 20 characters").isSameAs(crowded);
    }
}
