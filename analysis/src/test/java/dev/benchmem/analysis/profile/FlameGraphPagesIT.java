package dev.benchmem.analysis.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import dev.benchmem.analysis.plot.Chromium;
import dev.benchmem.core.profile.Profile;
import dev.benchmem.core.profile.ProfileBuilder;
import dev.benchmem.core.profile.ProfileMetric;
import dev.benchmem.core.profile.Profiles;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Opens flame-graph pages in headless Chromium: the tree is drawn with every node, hovering a
 * frame names it with its value, a click zooms, the search highlights; a diff page colours
 * growth red and shrinkage blue; a frame named like markup stays text. Screenshots are kept
 * under {@code target/profile-screenshots/}.
 */
class FlameGraphPagesIT {
    private static final Path SHOTS = Path.of("target", "profile-screenshots");

    @TempDir
    static Path dir;
    private static Chromium chromium;

    @BeforeAll
    static void start() throws Exception {
        chromium = Chromium.startRecordingDialogs(dir.resolve("browser"));
    }

    @AfterAll
    static void stop() throws Exception {
        if (chromium != null) {
            chromium.close();
        }
    }

    @Test
    void drawsEveryNodeHoversZoomsAndSearches() throws Exception {
        Profile profile = Profiles.sum(true);
        open(FlameGraphPage.html(profile, ProfileMetric.ALLOCATED), "sum-boxed");
        assertThat(chromium.script("return document.body.dataset.nodes").asInt())
                .isEqualTo(CallTree.of(profile, ProfileMetric.ALLOCATED).size());

        assertThat(hover("Integer.valueOf")).isEqualTo("java.lang.Integer.valueOf:1081\n15.62 KiB allocated, 79.9% of all");
        assertThat(share("Integer.valueOf")).as("16,000 of 20,032 bytes").isCloseTo(0.7987, within(0.005));
        click(box("Integer.valueOf"));
        assertThat(share("Integer.valueOf")).as("the zoomed frame spans the page").isCloseTo(1, within(0.005));
        chromium.script("return document.querySelector('#reset').click(), 1");
        assertThat(share("Integer.valueOf")).isCloseTo(0.7987, within(0.005));
        assertThat(chromium.script("return benchmemFlame.search('Summer.boxed:20')").asLong()).isEqualTo(16_000);
        assertThat(chromium.script("return document.querySelector('#matched').textContent").asText()).isEqualTo("matched: 79.9%");
        assertThat(chromium.consoleErrors()).isEmpty();
    }

    @Test
    void aDiffPaintsGrowthRedAndShrinkageBlue() throws Exception {
        ProfileDiff diff = ProfileDiff.of(Profiles.sum(false), Profiles.sum(true), ProfileMetric.ALLOCATED);
        open(FlameGraphPage.html(diff), "sum-diff");
        int[] grew = pixel(box("Integer.valueOf"));
        assertThat(grew[0]).as("red").isEqualTo(255);
        assertThat(grew[2]).as("not blue").isLessThan(100);
        assertThat(hover("Integer.valueOf")).contains("baseline 0 B -> candidate 15.62 KiB  (+15.62 KiB, new)");
        assertThat(chromium.script("return benchmemFlame.find('Summer.ints')").isNull()).as("gone: no width in the candidate").isTrue();
        chromium.script("return document.querySelector('#widths').click(), 1");
        int[] shrank = pixel(box("Summer.ints"));
        assertThat(shrank[2]).as("blue").isEqualTo(255);
        assertThat(shrank[0]).as("not red").isLessThan(200);
        assertThat(chromium.consoleErrors()).isEmpty();
    }

    @Test
    void aFrameNamedLikeMarkupStaysText() throws Exception {
        ProfileBuilder b = new ProfileBuilder("x", "X#x", "17", 0, 0, 1);
        int site = b.site("<img src=x onerror=alert(1)>", "</script><script>alert(2)</script>", 1, "<b>", 1, 16);
        b.path(site, Profiles.frames("<img src=x onerror=alert(1)>#</script><script>alert(2)</script>:1"), 16, 1, 0);
        open(FlameGraphPage.html(b.build(), ProfileMetric.ALLOCATED), "markup");
        assertThat(chromium.script("return window.__dialogs.length").asInt()).isZero();
        assertThat(chromium.script("return document.querySelectorAll('img').length").asInt()).isZero();
        assertThat(hover("onerror")).startsWith("<img src=x onerror=alert(1)>.</script><script>alert(2)</script>:1");
    }

    private static void open(String html, String name) throws Exception {
        Path page = dir.resolve(name + ".html");
        FlameGraphPage.write(html, page);
        chromium.open(page);
        chromium.await("document.body.dataset.rendered", Duration.ofSeconds(20));
        assertThat(chromium.script("return document.body.dataset.rendered").asText()).isEqualTo("true");
        chromium.screenshot(SHOTS.resolve(name + ".png"));
    }

    private static JsonNode box(String frame) throws Exception {
        JsonNode box = chromium.script("return benchmemFlame.find(" + quoted(frame) + ")");
        assertThat(box.isObject()).as("a drawn box for " + frame).isTrue();
        return box;
    }

    /** A drawn frame's width as a share of the canvas's. */
    private static double share(String frame) throws Exception {
        return box(frame).path("w").asDouble() / chromium.script("return document.getElementById('flame').clientWidth").asDouble();
    }

    /** Moves the mouse over the middle of the frame's box; returns the tooltip. */
    private static String hover(String frame) throws Exception {
        mouse("mousemove", box(frame));
        return chromium.script("return benchmemFlame.tooltip()").asText();
    }

    private static void click(JsonNode box) throws Exception {
        mouse("click", box);
    }

    private static void mouse(String type, JsonNode box) throws Exception {
        chromium.script("var c = document.getElementById('flame'), r = c.getBoundingClientRect();"
                + "c.dispatchEvent(new MouseEvent('" + type + "', {bubbles: true, clientX: r.left + " + (box.path("x").asDouble()
                + box.path("w").asDouble() / 2) + ", clientY: r.top + " + (box.path("y").asDouble() + 8) + "})); return 1;");
    }

    /** The canvas pixel at the middle of a box, {r, g, b}. */
    private static int[] pixel(JsonNode box) throws Exception {
        JsonNode rgb = chromium.script("var c = document.getElementById('flame'), k = c.width / c.clientWidth;"
                + "var d = c.getContext('2d').getImageData(Math.round((" + box.path("x").asDouble() + " + 2) * k), Math.round(("
                + box.path("y").asDouble() + " + 2) * k), 1, 1).data; return [d[0], d[1], d[2]];");
        return new int[] {rgb.get(0).asInt(), rgb.get(1).asInt(), rgb.get(2).asInt()};
    }

    private static String quoted(String text) {
        return "'" + text.replace("\\", "\\\\").replace("'", "\\'") + "'";
    }
}
