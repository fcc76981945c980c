package dev.benchmem.cli.sweep;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The commands a sweep suggests at its end. */
class SweepTest {

    @Test
    void aLongSuggestedCommandIsContinuedWithinA120ColumnTerminal() {
        List<String> words = new ArrayList<>(List.of("benchmem", "plot"));
        for (String v : List.of("2.9.10", "2.12.7", "2.15.4", "2.21.0")) {
            words.add("/tmp/sh/jackson/" + v + ".json");
        }
        words.addAll(List.of("--view", "sweep", "-o", "/tmp/sh/jackson/sweep.html"));

        List<String> lines = Sweep.continued(words);

        assertThat(lines).hasSize(2).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(120));
        assertThat(lines.get(0)).startsWith("  benchmem plot /tmp/sh/jackson/2.9.10.json").endsWith(" \\");
        assertThat(String.join("", lines).replace(" \\      ", " ").strip()).isEqualTo(String.join(" ", words));
        assertThat(Sweep.continued(List.of("benchmem", "compare", "a.json", "b.json")))
                .containsExactly("  benchmem compare a.json b.json");
    }
}
