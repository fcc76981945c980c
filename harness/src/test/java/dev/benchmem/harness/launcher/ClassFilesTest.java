package dev.benchmem.harness.launcher;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarOutputStream;
import java.util.zip.ZipEntry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ClassFilesTest {

    @Test
    void aSimpleNameSelectsTopLevelAndNestedClassesOfThatNameInAPackage() {
        assertThat(ClassFiles.selects("SortBench", "com.example.SortBench")).isTrue();
        assertThat(ClassFiles.selects("SortBench", "com.example.Suites$SortBench")).isTrue();
        assertThat(ClassFiles.selects("SortBench", "com.example.MySortBench")).isFalse();
        assertThat(ClassFiles.selects("SortBench", "com.example.SortBench$Nested")).isFalse();
        assertThat(ClassFiles.selects("SortBench", "SortBench")).as("no package: as JUnit's pattern .*[.$]SortBench").isFalse();
    }

    @Test
    void aQualifiedNameSelectsThatClassOnly() {
        assertThat(ClassFiles.selects("com.example.SortBench", "com.example.SortBench")).isTrue();
        assertThat(ClassFiles.selects("com.example.SortBench", "org.example.SortBench")).isFalse();
    }

    @Test
    void findsTheNamedClassesInJarsAndFoldersLeavingOutExcludedPackagesAndMetadata(@TempDir Path dir) throws IOException {
        Path jar = dir.resolve("suite.jar");
        try (OutputStream file = Files.newOutputStream(jar); JarOutputStream out = new JarOutputStream(file)) {
            for (String entry : List.of("com/example/SortBench.class", "org/junit/SortBench.class",
                    "META-INF/versions/17/com/example/SortBench.class", "module-info.class", "com/example/SortBench.txt")) {
                out.putNextEntry(new ZipEntry(entry));
                out.closeEntry();
            }
        }
        Path folder = dir.resolve("classes");
        Files.createDirectories(folder.resolve("com/other"));
        Files.createFile(folder.resolve("com/other/Suites$SortBench.class"));
        Files.createFile(folder.resolve("com/other/Other.class"));
        Path notAJar = Files.writeString(dir.resolve("notes.jar"), "not a zip");

        assertThat(ClassFiles.selected(List.of(jar, folder, notAJar), List.of("SortBench", "com.other.Other"), List.of("org.junit.")))
                .containsExactlyInAnyOrder("com.example.SortBench", "com.other.Other", "com.other.Suites$SortBench");
    }
}
