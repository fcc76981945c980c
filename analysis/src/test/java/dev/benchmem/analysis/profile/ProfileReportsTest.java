package dev.benchmem.analysis.profile;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchmem.core.Golden;
import dev.benchmem.core.profile.ProfileMetric;
import dev.benchmem.core.profile.Profiles;
import org.junit.jupiter.api.Test;

/** The terminal lenses and the diff table against golden files. */
class ProfileReportsTest {
    private static final Golden GOLDEN = Golden.in("profile");

    @Test
    void tableTreeAndSummary() {
        for (ProfileReports.Report report : ProfileReports.Report.values()) {
            if (report.isPage()) {
                continue;
            }
            GOLDEN.assertMatches("sum-boxed." + report.name().toLowerCase() + ".txt",
                    ProfileReports.render(report, Profiles.sum(true), ProfileMetric.ALLOCATED));
        }
    }

    @Test
    void theDiffRanksTheBoxingFirstAndTheArrayThatWentLast() {
        ProfileDiff diff = ProfileDiff.of(Profiles.sum(false), Profiles.sum(true), ProfileMetric.ALLOCATED);

        assertThat(diff.sites().get(0).id()).isEqualTo("java.lang.Integer.valueOf:1081 [java.lang.Integer]");
        assertThat(diff.sites().get(0).delta()).isEqualTo(16_000);
        assertThat(diff.sites().get(diff.sites().size() - 1).id()).isEqualTo("com.example.Summer.ints:12 [int[]]");
        assertThat(diff.sites().get(diff.sites().size() - 1).delta()).isEqualTo(-4_016);
        GOLDEN.assertMatches("sum.diff.txt", diff.table());
        GOLDEN.assertMatches("sum.diff.collapsed", diff.collapsed());
    }

    @Test
    void theTreeIsInclusiveAndEndsInWhatTheSiteAllocates() {
        CallTree tree = CallTree.of(Profiles.sum(true), ProfileMetric.ALLOCATED);
        CallTree.Node top = tree.root().children().get(0);

        assertThat(tree.root().value()).isEqualTo(20_032);
        assertThat(top.name()).isEqualTo("com.example.SumBench.sum.lambda#0:31");
        assertThat(top.value()).isEqualTo(20_032);
        CallTree.Node leaf = top.children().get(0).children().get(0).children().get(0);
        assertThat(leaf.name()).isEqualTo("[java.lang.Integer]");
        assertThat(leaf.shortName()).isEqualTo("[Integer]");
        assertThat(leaf.stack()).containsExactly("com.example.SumBench.sum.lambda#0:31", "com.example.Summer.boxed:20",
                "java.lang.Integer.valueOf:1081", "[java.lang.Integer]");
        assertThat(tree.depth()).isEqualTo(4);
        assertThat(tree.size()).as("the root, 3 + 2 + 3 frames and their leaves").isEqualTo(10);
    }
}
