package dev.benchmem.analysis.plot;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class PlotFormatTest {

    @Test
    void theSuffixPicksTheWriter() {
        assertThat(PlotFormat.of(Path.of("out/plot.html"))).isEqualTo(PlotFormat.HTML);
        assertThat(PlotFormat.of(Path.of("plot.HTM"))).isEqualTo(PlotFormat.HTML);
        assertThat(PlotFormat.of(Path.of("plot"))).isEqualTo(PlotFormat.HTML);
        assertThat(PlotFormat.of(Path.of(".benchmarks/plots/scatter-peak.png"))).isEqualTo(PlotFormat.PNG);
        assertThat(PlotFormat.of(Path.of("a.Svg"))).isEqualTo(PlotFormat.SVG);
        assertThat(PlotFormat.of(Path.of("a.pdf"))).isEqualTo(PlotFormat.PDF);
        assertThat(PlotFormat.PNG.isImage()).isTrue();
        assertThat(PlotFormat.HTML.isImage()).isFalse();
    }

    @Test
    void anyOtherSuffixIsRefusedInOneLine() {
        assertThatThrownBy(() -> PlotFormat.of(Path.of("plot.jpg"))).isInstanceOf(PlotException.class)
                .hasMessage("-o plot.jpg: unsupported suffix '.jpg' (use .html, .htm, .png, .svg or .pdf)");
    }
}
