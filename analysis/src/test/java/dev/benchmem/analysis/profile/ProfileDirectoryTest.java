package dev.benchmem.analysis.profile;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.benchmem.core.Metric;
import dev.benchmem.core.profile.Profile;
import dev.benchmem.core.profile.ProfileBuilder;
import dev.benchmem.core.profile.ProfileFiles;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileDirectoryTest {
    @TempDir
    Path dir;

    @BeforeEach
    void threeProfiles() throws Exception {
        write("sort[1000]", "com.example.SortBench#sort[1000]", 4_016, 8_000);
        write("sort[100000]", "com.example.SortBench#sort[100000]", 400_016, 100);
        write("collect[LIST]", "com.example.CollectBench#collect[LIST]", 90_000, 200_000);
    }

    private void write(String name, String fullname, long bytes, long peak) throws Exception {
        ProfileBuilder b = new ProfileBuilder(name, fullname, "17", peak, 0, 1);
        b.site("X", "y", 1, "int[]", 1, bytes);
        Profile p = b.build();
        ProfileFiles.write(p, dir);
    }

    @Test
    void picksByExactNameFullNameOrAUniqueSubstring() {
        ProfileDirectory profiles = ProfileDirectory.open(dir);
        assertThat(profiles.pick(Optional.of("sort[1000]")).fullname()).isEqualTo("com.example.SortBench#sort[1000]");
        assertThat(profiles.pick(Optional.of("com.example.SortBench#sort[100000]")).name()).isEqualTo("sort[100000]");
        assertThat(profiles.pick(Optional.of("Collect")).name()).isEqualTo("collect[LIST]");
        assertThat(profiles.worst(Metric.ALLOCATED).name()).isEqualTo("sort[100000]");
        assertThat(profiles.worst(Metric.PEAK).name()).isEqualTo("collect[LIST]");
    }

    @Test
    void unknownAmbiguousAndMissingPicksSayWhatIsThere() throws Exception {
        ProfileDirectory profiles = ProfileDirectory.open(dir);
        assertThatThrownBy(() -> profiles.pick(Optional.of("sort[10]"))).hasMessage("no profile in " + dir
                + " matches 'sort[10]'; near matches: sort[1000], sort[100000], collect[LIST]");
        assertThatThrownBy(() -> profiles.pick(Optional.of("SortBench"))).hasMessage("'SortBench' matches 2 profiles in " + dir
                + ": sort[1000], sort[100000] (give more of the id)");
        assertThatThrownBy(() -> profiles.pick(Optional.empty())).hasMessage(dir + " holds 3 profiles: name one (ID) or pick"
                + " with --worst (collect[LIST], sort[1000], sort[100000])");
        Path empty = Files.createDirectory(dir.resolve("empty"));
        assertThatThrownBy(() -> ProfileDirectory.open(empty)).hasMessage(empty + ": no profiles here (*.profile.json);"
                + " a run writes them with --benchmark-memory-profile " + empty);
        assertThatThrownBy(() -> ProfileDirectory.open(dir.resolve("none"))).hasMessage(dir.resolve("none") + ": no such directory");
    }

    @Test
    void editDistance() {
        assertThat(List.of(ProfileDirectory.distance("kitten", "sitting"), ProfileDirectory.distance("", "ab"),
                ProfileDirectory.distance("same", "same"))).containsExactly(3, 2, 0);
    }
}
