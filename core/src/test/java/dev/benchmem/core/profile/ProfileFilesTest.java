package dev.benchmem.core.profile;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileFilesTest {

    @Test
    void idsAreSafeAndDistinct() {
        assertThat(ProfileFiles.id("plain-name.1")).isEqualTo("plain-name.1");
        String sort = ProfileFiles.id("com.example.SortBench#sort[10000]");
        assertThat(sort).matches("com\\.example\\.SortBench_sort_10000_-[0-9a-f]{8}");
        assertThat(ProfileFiles.id("com.example.SortBench#sort[10000]")).isEqualTo(sort);
        assertThat(ProfileFiles.id("a#b/c")).isNotEqualTo(ProfileFiles.id("a#b:c")).matches("[A-Za-z0-9._+-]+");
        assertThat(ProfileFiles.id("x".repeat(500))).hasSizeLessThan(140);
        assertThat(ProfileFiles.id("-rf")).startsWith("_rf-");
    }

    @Test
    void writesTheDocumentAndOneCollapsedFilePerMetric(@TempDir Path dir) throws Exception {
        Profile profile = Profiles.sum(true);
        Path json = ProfileFiles.write(profile, dir.resolve("profiles"));

        assertThat(ProfileFiles.list(dir.resolve("profiles"))).containsExactly(json);
        assertThat(ProfileFiles.all(dir.resolve("profiles"), profile.fullname())).allSatisfy(f -> assertThat(f).exists());
        assertThat(Files.readString(ProfileFiles.collapsed(dir.resolve("profiles"), profile.fullname(), ProfileMetric.LIVE)))
                .doesNotContain("asList");
    }
}
