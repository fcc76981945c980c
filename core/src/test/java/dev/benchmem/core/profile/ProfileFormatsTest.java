package dev.benchmem.core.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.benchmem.core.Golden;
import dev.benchmem.core.Metric;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON document and the collapsed stacks against golden files; reading back; strict reading of bad files. */
class ProfileFormatsTest {
    private static final Golden GOLDEN = Golden.in("profile");

    @TempDir
    Path dir;

    @Test
    void documentAndCollapsedStacksMatchTheirGoldenFiles() throws Exception {
        Profile profile = Profiles.sum(true);
        StringWriter json = new StringWriter();
        ProfileWriter.write(profile, json);
        GOLDEN.assertMatches("sum-boxed.profile.json", json.toString());
        for (ProfileMetric metric : ProfileMetric.values()) {
            StringWriter collapsed = new StringWriter();
            CollapsedStacks.write(profile, metric, collapsed);
            GOLDEN.assertMatches("sum-boxed." + metric.key() + ".collapsed", collapsed.toString());
        }
    }

    @Test
    void readsBackWhatItWrote() throws Exception {
        Profile profile = Profiles.sum(true);
        Path file = dir.resolve("p.profile.json");
        ProfileWriter.write(profile, file);

        assertThat(ProfileReader.read(file)).isEqualTo(profile);
        ProfileReader.Header header = ProfileReader.header(file);
        assertThat(header.fullname()).isEqualTo("com.example.SumBench#sum[1000]");
        assertThat(header.value(Metric.ALLOCATED)).isEqualTo(20_032);
        assertThat(header.value(Metric.PEAK)).isEqualTo(20_016);
    }

    @Test
    void aTruncatedForeignOrMalformedFileIsOneLineNamingIt() throws Exception {
        StringWriter json = new StringWriter();
        ProfileWriter.write(Profiles.sum(true), json);
        String whole = json.toString();

        assertThat(problem(whole.substring(0, whole.length() / 2))).endsWith("truncated: the JSON ends before the profile does");
        assertThat(problem("{\"benchmarks\": [], \"machine_info\": {}}")).endsWith("not a benchmem profile (no \"benchmem_profile\" field)");
        assertThat(problem("[1, 2]")).endsWith("not a benchmem profile (no \"benchmem_profile\" field)");
        assertThat(problem("pytest")).contains("not JSON: ");
        assertThat(problem(whole.replace("\"benchmem_profile\":1", "\"benchmem_profile\":2")))
                .endsWith("profile format 2, this benchmem reads format 1");
        assertThat(problem(whole.replaceFirst("\"bytes\":16000", "\"bytes\":\"lots\"")))
                .endsWith("sites[0].bytes is \"lots\", expected a whole number of at least 0");
        assertThat(problem(whole.replaceFirst("\"site\":0", "\"site\":9"))).endsWith("paths[0].site is 9, expected a site index below 3");
        assertThat(problem(whole.replace("[0,1,2],\"allocations\":1000,\"bytes\":16000,\"live_bytes\":16000",
                "[0,1,2],\"allocations\":1000,\"bytes\":15000,\"live_bytes\":15000")))
                .contains("inconsistent: the paths of site 0 (java.lang.Integer.valueOf:1081) add up to 1000 allocations, 15000 bytes");
        assertThat(problem(whole)).isNull();
        assertThat(problem("")).doesNotContain("\n");
    }

    /** What reading {@code text} as a profile reports, or null when it reads. */
    private String problem(String text) throws Exception {
        Path file = dir.resolve("x.profile.json");
        Files.writeString(file, text);
        try {
            ProfileReader.read(file);
            return null;
        } catch (ProfileException e) {
            assertThat(e.getMessage()).startsWith(file.toString() + ": ").doesNotContain("\n");
            return e.getMessage();
        }
    }

    @Test
    void aMissingFileIsNamed() {
        assertThatThrownBy(() -> ProfileReader.read(dir.resolve("none.profile.json"))).isInstanceOf(ProfileException.class)
                .hasMessageEndingWith("none.profile.json: no such file");
    }
}
