package dev.benchmem.harness.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommitInfoTest {

    @TempDir
    Path dir;

    @Test
    void outsideGitEveryFieldButProjectIsNull() {
        Map<String, Object> info = CommitInfo.of(dir);
        assertThat(info).containsOnlyKeys("id", "time", "author_time", "dirty", "project", "branch");
        assertThat(info).containsEntry("id", null).containsEntry("time", null)
                .containsEntry("author_time", null).containsEntry("dirty", null)
                .containsEntry("branch", null).containsEntry("project", dir.getFileName().toString());
    }

    @Test
    void insideGitReadsTheCommit() throws Exception {
        assumeTrue(git("--version") == 0, "git is not installed");
        assumeTrue(git("init", "-q", "-b", "trunk") == 0);
        Files.writeString(dir.resolve("a.txt"), "1");
        git("add", "a.txt");
        assertThat(git("-c", "user.name=t", "-c", "user.email=t@t", "commit", "-q", "-m", "x"))
                .isZero();

        Map<String, Object> clean = CommitInfo.of(dir);
        assertThat((String) clean.get("id")).matches("[0-9a-f]{40}");
        assertThat(clean).containsEntry("dirty", false).containsEntry("branch", "trunk")
                .containsEntry("project", dir.getFileName().toString());
        assertThat((String) clean.get("time")).matches("\\d{4}-\\d\\d-\\d\\dT.*");

        Files.writeString(dir.resolve("a.txt"), "2");
        assertThat(CommitInfo.of(dir)).containsEntry("dirty", true);
    }

    private int git(String... args) throws IOException, InterruptedException {
        String[] command = new String[args.length + 1];
        command[0] = "git";
        System.arraycopy(args, 0, command, 1, args.length);
        try {
            return new ProcessBuilder(command).directory(dir.toFile())
                    .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .start().waitFor();
        } catch (IOException noGit) {
            return -1;
        }
    }
}
