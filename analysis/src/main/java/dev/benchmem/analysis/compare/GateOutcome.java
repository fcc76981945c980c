package dev.benchmem.analysis.compare;

import dev.benchmem.core.Regression;
import java.util.List;

/**
 * What {@code --fail-on} found.
 *
 * @param regressions every id and rule it crossed, in rule order, then by id
 * @param notes       what the rank test cleared: one line per significance rule that spared an id
 *                    whose change exceeded the threshold (its p-value said noise)
 */
public record GateOutcome(List<Regression> regressions, List<String> notes) {

    public GateOutcome {
        regressions = List.copyOf(regressions);
        notes = List.copyOf(notes);
    }
}
