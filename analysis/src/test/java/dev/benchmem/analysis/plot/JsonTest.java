package dev.benchmem.analysis.plot;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JsonTest {

    @Test
    void writtenJsonCannotCloseAScriptElement() {
        String json = Json.write(Json.object().put("id", "</script><script>alert(1)</script>\u2028&'"));
        assertThat(json).doesNotContain("<", ">", "&", "'", "\u2028")
                .isEqualTo("{\"id\":\"\\u003C/script\\u003E\\u003Cscript\\u003Ealert(1)\\u003C/script\\u003E"
                        + "\\u2028\\u0026\\u0027\"}");
    }

    @Test
    void textIsEntityEscapedForPlotly() {
        assertThat(Json.text("<img src=x onerror=alert(1)> & b")).isEqualTo("&lt;img src=x onerror=alert(1)&gt; &amp; b");
    }

    @Test
    void nanIsNull() {
        assertThat(Json.write(Json.numbers(new double[] {1.5, Double.NaN, Double.POSITIVE_INFINITY})))
                .isEqualTo("[1.5,null,null]");
    }
}
