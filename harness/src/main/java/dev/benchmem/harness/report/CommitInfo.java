package dev.benchmem.harness.report;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/**
 * The run file's {@code commit_info}: pytest-benchmark's keys {@code id, time, author_time,
 * dirty, project, branch} read from git. Outside a git work tree, or without a {@code git}
 * command, every key but {@code project} is null (pytest-benchmark writes {@code
 * "unversioned"} and {@code "(unknown)"} there; null says "not known" without a sentinel).
 * {@code dirty} ignores untracked files, as pytest-benchmark's {@code git describe --dirty}.
 */
public final class CommitInfo {

    private static final long TIMEOUT_SECONDS = 10;

    private CommitInfo() {}

    /** The commit info of the work tree containing {@code dir}. */
    public static Map<String, Object> of(Path dir) {
        Path abs = dir.toAbsolutePath().normalize();
        Map<String, Object> m = new LinkedHashMap<>();
        Optional<String> id = git(abs, "rev-parse", "HEAD");
        m.put("id", id.orElse(null));
        m.put("time", id.flatMap(x -> git(abs, "show", "-s", "--pretty=format:%cI")).orElse(null));
        m.put("author_time",
                id.flatMap(x -> git(abs, "show", "-s", "--pretty=format:%aI")).orElse(null));
        m.put("dirty", id.flatMap(x -> git(abs, "status", "--porcelain", "--untracked-files=no"))
                .map(status -> !status.isEmpty()).orElse(null));
        m.put("project", projectName(abs));
        m.put("branch", id.flatMap(x -> git(abs, "rev-parse", "--abbrev-ref", "HEAD"))
                .map(b -> b.equals("HEAD") ? "(detached head)" : b).orElse(null));
        return m;
    }

    /** The work tree's directory name, as pytest-benchmark's default project name. */
    private static String projectName(Path dir) {
        Path top = git(dir, "rev-parse", "--show-toplevel").map(Path::of).orElse(dir);
        Path name = top.getFileName();
        return name == null ? top.toString() : name.toString();
    }

    /** A git command's trimmed output, or empty when git is missing or the command fails. */
    private static Optional<String> git(Path dir, String... args) {
        String[] command = new String[args.length + 1];
        command[0] = "git";
        System.arraycopy(args, 0, command, 1, args.length);
        try {
            Process p = new ProcessBuilder(command).directory(dir.toFile())
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
            p.getOutputStream().close();
            String out;
            try (InputStream in = p.getInputStream()) {
                out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            if (!p.waitFor(TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                p.destroyForcibly();
                return Optional.empty();
            }
            return p.exitValue() == 0 ? Optional.of(out.strip()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }
}
