package dev.benchmem.core.profile;

import static dev.benchmem.core.profile.Profiles.frames;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProfileBuilderTest {

    @Test
    void sampledPathsDivideTheExactSiteTotalsToTheUnit() {
        ProfileBuilder b = new ProfileBuilder("a", "A#a", "17", 0, 512, 3);
        int site = b.site("A", "make", 7, "int[]", 1_001, 1_000_003);
        b.path(site, frames("A#a:1", "A#make:7"), 1_000, 1, 500);
        b.path(site, frames("A#b:2", "A#make:7"), 1_000, 1, 0);
        b.path(site, frames("A#c:3", "A#make:7"), 1_000, 1, 1_000);
        Profile p = b.build();

        assertThat(p.paths()).extracting(ProfilePath::bytes).containsExactly(333_335L, 333_334L, 333_334L);
        assertThat(p.paths().stream().mapToLong(ProfilePath::bytes).sum()).isEqualTo(1_000_003);
        assertThat(p.paths().stream().mapToLong(ProfilePath::allocations).sum()).isEqualTo(1_001);
        // live scaled by the site's factor (1,000,003 / 3,000): half of it, less a unit a path may not exceed its bytes by
        assertThat(p.sites().get(0).liveBytes()).isCloseTo(500_002L, org.assertj.core.api.Assertions.within(1L));
        assertThat(p.paths()).allSatisfy(path -> assertThat(path.liveBytes()).isLessThanOrEqualTo(path.bytes()));
    }

    @Test
    void sitesComeHeaviestFirstAndASiteWithoutPathsGetsItsOwnFrame() {
        ProfileBuilder b = new ProfileBuilder("a", "A#a", "17", 0, 0, 1);
        b.site("A", "small", 3, "A", 1, 16);
        int big = b.site("A", "big", 4, "long[]", 1, 80);
        b.path(big, frames("A#a:1", "A#big:4"), 80, 1, 0);
        Profile p = b.build();

        assertThat(p.sites()).extracting(ProfileSite::location).containsExactly("A.big:4", "A.small:3");
        assertThat(p.paths()).extracting(ProfilePath::site).containsExactly(0, 1);
        assertThat(p.paths().get(1).frames()).isEqualTo(frames("A#small:3"));
        assertThat(p.allocated()).isEqualTo(96);
        assertThat(p.total(ProfileMetric.ALLOCATIONS)).isEqualTo(2);
    }

    @Test
    void apportionKeepsTheTotalWithZeroOrUnevenWeights() {
        assertThat(ProfileBuilder.apportion(10, new double[] {0, 0, 0})).containsExactly(4, 3, 3);
        assertThat(ProfileBuilder.apportion(7, new double[] {1, 1e-9, 5})).containsExactly(1, 0, 6);
        assertThat(ProfileBuilder.apportion(0, new double[] {3})).containsExactly(0);
        List.of(new double[] {0.3, 0.3, 0.4}, new double[] {1e6, 1, 1}).forEach(w ->
                assertThat(java.util.Arrays.stream(ProfileBuilder.apportion(1_000_007, w)).sum()).isEqualTo(1_000_007));
    }
}
