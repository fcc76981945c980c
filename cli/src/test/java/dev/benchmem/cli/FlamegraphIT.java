package dev.benchmem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchmem.core.profile.ProfileBuilder;
import dev.benchmem.core.profile.ProfileFiles;
import dev.benchmem.core.profile.ProfileFrame;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code benchmem flamegraph} through the packaged launcher: a page, and a truncated profile as one line and exit 2. */
class FlamegraphIT {
    @TempDir
    Path dir;

    @Test
    void writesAnOfflinePageAndRefusesATruncatedProfile() throws Exception {
        ProfileBuilder b = new ProfileBuilder("sort[10]", "ex.SortBench#sort[10]", "17", 56, 0, 1);
        int site = b.site("ex.SortBench", "sortedCopy", 55, "java.util.Arrays.copyOf()", 1, 56);
        b.path(site, List.of(new ProfileFrame("ex.SortBench", "sortedCopy", 55)), 56, 1, 56);
        Path json = ProfileFiles.write(b.build(), dir.resolve("profiles"));

        Launcher.Result page = Launcher.run(dir, "flamegraph", "profiles", "sort", "-o", "sort.html");
        assertThat(page.exitCode()).isZero();
        assertThat(page.err()).isEmpty();
        assertThat(page.out()).isEqualTo("flamegraph (allocated): sort[10] -> sort.html\n");
        assertThat(Files.readString(dir.resolve("sort.html"))).contains("benchmem-flame-data").doesNotContain("http");

        String whole = Files.readString(json);
        Files.writeString(json, whole.substring(0, whole.length() / 2));
        Launcher.Result truncated = Launcher.run(dir, "flamegraph", "profiles", "sort");
        assertThat(truncated.exitCode()).isEqualTo(2);
        assertThat(truncated.out()).isEmpty();
        assertThat(truncated.err()).isEqualTo("benchmem flamegraph: profiles/" + json.getFileName()
                + ": truncated: the JSON ends before the profile does\n");
    }
}
