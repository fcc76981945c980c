package dev.benchmem.analysis.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.benchmem.analysis.LongTable;
import dev.benchmem.core.Metric;
import dev.benchmem.core.Trend;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The history view from its plotly JSON: one line per id over the runs, time or order on x, commit and run in the hover. */
class HistoryViewTest {

    @TempDir
    Path dir;

    /** Three runs: run 3 of a commit made before run 2's (a re-run of an old commit), times in three notations. */
    private static List<Trend> trends() {
        List<Trend.Point> a = List.of(
                new Trend.Point(1, "aaaaaaaaaaaaaaaaaaaa", "2026-01-01T10:00:00+02:00", 1024),
                new Trend.Point(2, "bbbbbbbbbbbbbbbbbbbb", "2026-01-03T08:00:00Z", 2048),
                new Trend.Point(3, "cccc", "2026-01-02T08:00:00.123456", 1536));
        List<Trend.Point> b = List.of(new Trend.Point(2, "bbbbbbbbbbbbbbbbbbbb", "2026-01-03T08:00:00Z", 4096));
        return List.of(new Trend("sort[10]", a), new Trend("sort[20]", b));
    }

    @Test
    void oneLinePerIdOnTheCommitTimeInUtcDrawnInTimeOrder() {
        PlotResult r = Plots.history(trends(), PlotOptions.metric(Metric.PEAK));

        assertThat(r.view()).isEqualTo(View.HISTORY);
        assertThat(r.summary()).isEqualTo("history (peak): 2 ids");
        JsonNode data = r.figure().data();
        assertThat(data).hasSize(2);
        JsonNode first = data.get(0);
        assertThat(first.get("name").asText()).isEqualTo("sort[10]");
        assertThat(first.get("x")).extracting(JsonNode::asText)
                .containsExactly("2026-01-01 08:00:00", "2026-01-02 08:00:00", "2026-01-03 08:00:00");
        assertThat(first.get("y")).extracting(JsonNode::asDouble).containsExactly(1.0, 1.5, 2.0);
        assertThat(first.at("/customdata/0/0").asText()).isEqualTo("aaaaaaaaaaaa");
        assertThat(first.at("/customdata/0/1").asInt()).isEqualTo(1);
        assertThat(first.at("/customdata/1/0").asText()).isEqualTo("cccc");
        assertThat(first.at("/customdata/1/1").asInt()).isEqualTo(3);
        assertThat(first.get("hovertemplate").asText()).contains("commit %{customdata[0]} (run %{customdata[1]})",
                "%{x|%Y-%m-%d %H:%M:%S} UTC", "peak: %{y:.4~g} KiB");
        JsonNode layout = r.figure().layoutJson();
        assertThat(layout.at("/xaxis/type").asText()).isEqualTo("date");
        assertThat(layout.at("/xaxis/title/text").asText()).isEqualTo("commit time (UTC)");
        assertThat(layout.at("/yaxis/title/text").asText()).isEqualTo("peak (KiB)");
        assertThat(layout.at("/title/text").asText()).isEqualTo("peak over 3 runs");
    }

    @Test
    void orderSpacesTheRunsEvenlyInTimeOrder() {
        PlotResult r = Plots.history(trends(), PlotOptions.metric(Metric.PEAK).withX("order"));

        assertThat(r.figure().data().get(0).get("x")).extracting(JsonNode::asInt).containsExactly(1, 2, 3);
        assertThat(r.figure().data().get(1).get("x")).extracting(JsonNode::asInt).containsExactly(3);
        assertThat(r.figure().layoutJson().at("/xaxis/type").asText()).isEqualTo("linear");
    }

    @Test
    void runFilesAreAHistoryInTheOrderGiven() {
        LongTable runs = SavedRuns.sortRuns(dir, "v1", "v2", "v3");

        PlotResult r = Plots.draw(View.HISTORY, runs, PlotOptions.metric(Metric.PEAK));

        assertThat(r.ids()).isEqualTo(4);
        JsonNode line = r.figure().data().get(0);
        assertThat(line.get("x")).extracting(JsonNode::asInt).containsExactly(1, 2, 3);
        assertThat(line.at("/customdata/2/0").asText()).isEqualTo("v3");
        assertThat(line.get("hovertemplate").asText()).contains("run %{customdata[0]}").doesNotContain("UTC");
        assertThatThrownBy(() -> Plots.draw(View.HISTORY, runs, PlotOptions.metric(Metric.PEAK).withX("time")))
                .isInstanceOf(PlotException.class).hasMessage("--x time: run files have no commit time here; their order is on x");
    }

    @Test
    void badAxisTimesAndEmptyHistoriesAreOneLine() {
        assertThatThrownBy(() -> Plots.history(trends(), PlotOptions.metric(Metric.PEAK).withX("n")))
                .isInstanceOf(PlotException.class).hasMessage("--x: the history view takes time or order, not 'n'");
        List<Trend> bad = new ArrayList<>(trends());
        bad.add(new Trend("x", List.of(new Trend.Point(9, "d", "yesterday", 1))));
        assertThatThrownBy(() -> Plots.history(bad, PlotOptions.metric(Metric.PEAK)))
                .isInstanceOf(PlotException.class).hasMessage("run 9: time 'yesterday' is not ISO-8601 (yyyy-mm-ddThh:mm:ss)");
        assertThatThrownBy(() -> Plots.history(List.of(), PlotOptions.metric(Metric.TIME)))
                .isInstanceOf(PlotException.class).hasMessage("history (time): nothing to draw (no stored run has it for the ids asked)");
    }

    @Test
    void idsAndCommitsThatLookLikeMarkupStayText() {
        String xss = "<img src=x onerror=alert(1)>";
        PlotResult r = Plots.history(List.of(new Trend(xss, List.of(new Trend.Point(1, xss, "2026-01-01T00:00:00Z", 1)))),
                PlotOptions.metric(Metric.ALLOCATIONS));

        assertThat(r.figure().toJson()).doesNotContain("<img").contains("\\u0026lt;img src=x onerror=alert(1)\\u0026gt;");
    }
}
