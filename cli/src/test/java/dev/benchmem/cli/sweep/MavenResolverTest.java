package dev.benchmem.cli.sweep;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Resolution through a settings.xml whose mirror is a file repository: nothing touches ~/.m2 or the network. */
class MavenResolverTest {
    private static final List<String> VERSIONS = List.of("1.0", "1.1", "2.0", "2.1-rc1");
    private static final List<Instant> PUBLISHED = List.of(Instant.parse("2021-03-01T10:00:00Z"),
            Instant.parse("2022-06-15T23:59:00Z"), Instant.parse("2023-01-10T00:00:00Z"), Instant.parse("2023-02-01T00:00:00Z"));

    @TempDir
    static Path repositoryDir;

    private static FakeRepository repo;

    /** Each test's own local repository and settings.xml, so no test sees what another downloaded. */
    @TempDir
    Path dir;

    private Path settings;

    @BeforeAll
    static void createRepository() throws Exception {
        repo = FakeRepository.create(repositoryDir, VERSIONS, PUBLISHED);
    }

    @BeforeEach
    void writeSettings() throws Exception {
        settings = repo.settings(dir);
    }

    @Test
    void theMirrorInSettingsServesCentralsRequestsIntoTheSettingsLocalRepository() throws Exception {
        try (MavenResolver resolver = MavenResolver.open(settings)) {
            assertThat(resolver.describeRepositories()).containsExactly("test-mirror " + repo.url() + " (mirror of central)");
            assertThat(resolver.localRepository()).isEqualTo(dir.resolve("local"));

            List<Path> classPath = resolver.classPath(FakeRepository.TINY, "1.1", List.of());

            Path local = dir.resolve("local/org/example");
            assertThat(classPath).containsExactly(local.resolve("tiny/1.1/tiny-1.1.jar"), local.resolve("tiny-dep/1.0/tiny-dep-1.0.jar"));
            assertThat(Files.readAllBytes(classPath.get(0))).isEqualTo(Files.readAllBytes(repo.jar(FakeRepository.TINY, "1.1")));
            // Maven's record of where the jar came from: the mirror's id, not central.
            assertThat(Files.readString(local.resolve("tiny/1.1/_remote.repositories"))).contains("tiny-1.1.jar>test-mirror");
        }
    }

    @Test
    void aRangeIsResolvedAgainstTheMirrorsMetadata() throws Exception {
        try (MavenResolver resolver = MavenResolver.open(settings)) {
            assertThat(resolver.versions(FakeRepository.TINY, "[1.0,2.0)")).containsExactly("1.0", "1.1");
            assertThat(resolver.versions(FakeRepository.TINY, "[1.1,)")).containsExactly("1.1", "2.0", "2.1-rc1");
        }
    }

    @Test
    void aPinForcesItsVersionOverTheOneTheArtifactAsksFor() throws Exception {
        try (MavenResolver resolver = MavenResolver.open(settings)) {
            List<Path> classPath = resolver.classPath(FakeRepository.TINY, "1.0",
                    List.of(new Pin(FakeRepository.DEP, "2.0")));

            assertThat(classPath).extracting(p -> p.getFileName().toString()).containsExactlyInAnyOrder("tiny-1.0.jar", "tiny-dep-2.0.jar");
        }
    }

    @Test
    void aVersionTheRepositoryDoesNotHaveFailsWithOneLineNamingIt() throws Exception {
        try (MavenResolver resolver = MavenResolver.open(settings)) {
            assertThatThrownBy(() -> resolver.classPath(FakeRepository.TINY, "9.9", List.of()))
                    .isInstanceOf(MavenResolver.ResolutionFailure.class)
                    .hasMessageContaining("org.example:tiny:jar:9.9").hasMessageContaining("test-mirror")
                    .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
        }
    }

    @Test
    void asOfKeepsVersionsPublishedByTheEndOfThatDayAndLatestKeepsTheNewestReleases() throws Exception {
        try (MavenResolver resolver = MavenResolver.open(settings)) {
            assertThat(new VersionQuery(List.of(), null, LocalDate.parse("2022-06-15")).select(FakeRepository.TINY, resolver).versions())
                    .containsExactly("1.0", "1.1");
            assertThat(new VersionQuery(List.of(), 2, null).select(FakeRepository.TINY, resolver).versions())
                    .as("the release candidate is not a release").containsExactly("1.1", "2.0");
            assertThat(new VersionQuery(List.of("[1.0,2.0]"), 1, LocalDate.parse("2022-12-31")).select(FakeRepository.TINY, resolver).versions())
                    .containsExactly("1.1");
            assertThat(resolver.published(FakeRepository.TINY, "1.1")).contains(PUBLISHED.get(1));
            assertThat(resolver.published(FakeRepository.TINY, "9.9")).isEmpty();
        }
    }

    @Test
    void asOfLeavesOutAndNamesAVersionNoRepositoryDates() throws Exception {
        try (MavenResolver resolver = MavenResolver.open(settings)) {
            VersionQuery.Selection selection = new VersionQuery(List.of("1.0", "9.9"), null, LocalDate.parse("2030-01-01"))
                    .select(FakeRepository.TINY, resolver);

            assertThat(selection.versions()).containsExactly("1.0");
            assertThat(selection.leftOut()).containsExactly(
                    "9.9: no repository says when it was published (no Last-Modified); left out by --as-of");
        }
    }

    @Test
    void anEmptyRangeIsAFailureNamingIt() throws Exception {
        try (MavenResolver resolver = MavenResolver.open(settings)) {
            assertThatThrownBy(() -> new VersionQuery(List.of("[5.0,6.0)"), null, null).select(FakeRepository.TINY, resolver))
                    .isInstanceOf(MavenResolver.ResolutionFailure.class).hasMessage("no version of org.example:tiny in [5.0,6.0)");
        }
    }

    @Test
    void aMalformedOrMissingSettingsFileIsAnErrorNamingIt() throws Exception {
        Path bad = Files.writeString(dir.resolve("bad.xml"), "<settings><mirrors><mirror></settings>");
        assertThatThrownBy(() -> MavenResolver.open(bad)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("--settings " + bad + ": ");
        Path missing = dir.resolve("missing.xml");
        assertThatThrownBy(() -> MavenResolver.open(missing)).isInstanceOf(IllegalArgumentException.class)
                .hasMessage("--settings " + missing + ": no such file");
    }
}
