// The Java API of benchmem's analysis library, as a program you can run without a build.
// Everything it needs is in one jar, cli/target/benchmem-cli.jar (the analysis library, the
// run-file model, Tablesaw, Jackson and a no-op SLF4J provider):
//
//   java -cp cli/target/benchmem-cli.jar examples/api/CompareAndPlot.java baseline.json candidate.json
//
// It prints the peak of every id in both runs and the change, then writes scatter.html.
import dev.benchmem.analysis.LongTable;
import dev.benchmem.analysis.Runs;
import dev.benchmem.analysis.Stat;
import dev.benchmem.analysis.plot.PlotOptions;
import dev.benchmem.analysis.plot.PlotPage;
import dev.benchmem.analysis.plot.PlotResult;
import dev.benchmem.analysis.plot.Plots;
import dev.benchmem.core.Metric;
import java.nio.file.Path;
import java.util.List;
import tech.tablesaw.api.Table;

public class CompareAndPlot {
    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: CompareAndPlot BASELINE.json CANDIDATE.json");
            System.exit(2);
        }
        // One long table: a row per (run, id, metric, pass), labelled by file stem.
        LongTable runs = Runs.load(List.of(Path.of(args[0]), Path.of(args[1])), List.of());
        // The headline per id and run: the minimum over passes, as compare and plot show it.
        Table peaks = runs.summarize(Metric.PEAK, Stat.MIN);
        System.out.println(peaks.selectColumns("run", "id", "value").print());
        PlotResult scatter = Plots.scatter(runs, PlotOptions.metric(Metric.PEAK));
        PlotPage.write(scatter, Path.of("scatter.html"), PlotPage.PlotlyJs.INLINE);
        System.out.println(scatter.summary() + " -> scatter.html");
    }
}
