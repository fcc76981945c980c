package dev.benchmem.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@code benchmem sweep}'s bad input: one line naming it, exit 2, before anything resolves or runs. */
class SweepCommandTest {
    private final StringWriter out = new StringWriter();
    private final StringWriter err = new StringWriter();

    @TempDir
    Path dir;

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "sweep commons-lang3 3.12.0 --suite SUITE | 'commons-lang3' is not GROUP:ARTIFACT",
        "sweep g:a 1.0 --suite NOPE | --suite NOPE: no such file or directory",
        "sweep g:a --suite SUITE | give the versions (3.12.0 3.14.0), a range ('[3.12,3.17]') or --latest N",
        "sweep g:a --latest 0 --suite SUITE | --latest must be at least 1, not 0",
        "sweep g:a --as-of 2024-13-01 --suite SUITE | --as-of '2024-13-01' is not a date (yyyy-mm-dd)",
        "sweep g:a 1.0 --pin x:y --suite SUITE | 'x:y' is not GROUP:ARTIFACT:VERSION",
        "sweep g:a 1.0 --pin g:a:2.0 --suite SUITE | --pin cannot pin the swept artifact g:a",
        "sweep g:a 1.0 --parallel 0 --suite SUITE | --parallel must be at least 1, not 0",
        "sweep g:a 1.0 --jdk NOPE --suite SUITE | --jdk NOPE: no bin/java there",
        "sweep g:a 1.0 --settings NOPE --suite SUITE | --settings NOPE: no such file",
        "sweep g:a 1.0 | Missing required option: '--suite=SUITE'",
    })
    void badInputIsOneLineAndExit2(String command, String message) throws Exception {
        Path suite = Files.createDirectories(dir.resolve("suite"));
        String nope = dir.resolve("nope").toString();
        String[] args = command.replace("SUITE", suite.toString()).replace("NOPE", nope).split(" ");

        int exit = BenchmemCommand.execute(new PrintWriter(out, true), new PrintWriter(err, true), args);

        assertThat(exit).isEqualTo(2);
        assertThat(out.toString()).isEmpty();
        assertThat(err.toString()).startsWith("benchmem sweep: ").contains(message.replace("NOPE", nope)).hasLineCount(1);
    }
}
