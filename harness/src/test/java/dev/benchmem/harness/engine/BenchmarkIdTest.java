package dev.benchmem.harness.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.benchmem.harness.Benchmark;
import dev.benchmem.harness.BenchmarkGroup;

import java.lang.reflect.Method;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.TestInfo;

class BenchmarkIdTest {

    enum Layout { ARRAY_LIST }

    @BenchmarkGroup("sorting")
    static class Sample {
        void sort(int n, Benchmark benchmark) {
        }

        void mixed(Layout layout, int n, boolean sorted, String label, Benchmark benchmark, TestInfo info) {
        }

        void data(int[] values, Benchmark benchmark) {
        }

        @BenchmarkGroup("own")
        void plain(Benchmark benchmark) {
        }
    }

    @Test
    void aClassCompiledWithoutParametersGetsAOneLineWarningNamingTheFix(@TempDir java.nio.file.Path dir) throws Exception {
        // This module compiles with -parameters; compile one class without, as a user might.
        java.nio.file.Path source = dir.resolve("NoNames.java");
        java.nio.file.Files.writeString(source, "public class NoNames { public void sort(int n, "
                + Benchmark.class.getName() + " b) {} }");
        javax.tools.JavaCompiler javac = javax.tools.ToolProvider.getSystemJavaCompiler();
        assertThat(javac.run(null, null, null, "-cp", System.getProperty("java.class.path"), "-d", dir.toString(),
                source.toString())).isZero();
        try (java.net.URLClassLoader loader = new java.net.URLClassLoader(new java.net.URL[] {dir.toUri().toURL()},
                getClass().getClassLoader())) {
            Class<?> noNames = loader.loadClass("NoNames");
            Method sort = noNames.getMethod("sort", int.class, Benchmark.class);
            assertThat(BenchmarkId.of(noNames, sort, List.of(10_000, fixture()), 1).params()).containsOnlyKeys("arg0");
            assertThat(BenchmarkId.missingNamesWarning(noNames, sort)).hasValue("benchmem: NoNames was compiled without"
                    + " -parameters, so its dims are named arg0, ...: compile with javac -parameters (Maven:"
                    + " <maven.compiler.parameters>true</maven.compiler.parameters>)");
        }
        assertThat(BenchmarkId.missingNamesWarning(Sample.class, method("sort"))).isEmpty();
    }

    @Test
    void namesAParametrizedInvocationAsPytestBenchmarkDoes() {
        BenchmarkId id = BenchmarkId.of(Sample.class, method("sort"), List.of(10_000, fixture()), 1);

        assertThat(id.name()).isEqualTo("sort[10000]");
        assertThat(id.fullname()).isEqualTo(Sample.class.getName() + "#sort[10000]");
        assertThat(id.param()).isEqualTo("10000");
        assertThat(id.params()).containsExactly(Map.entry("n", 10_000));
        assertThat(id.group()).isEqualTo("sorting");
    }

    @Test
    void joinsScalarValuesWithDashesAndSkipsInjectedParameters() {
        BenchmarkId id = BenchmarkId.of(Sample.class, method("mixed"),
                List.of(Layout.ARRAY_LIST, 50, true, "x y", fixture(), new Object()), 3);

        assertThat(id.name()).isEqualTo("mixed[ARRAY_LIST-50-true-x y]");
        assertThat(id.params()).containsExactly(Map.entry("layout", "ARRAY_LIST"), Map.entry("n", 50),
                Map.entry("sorted", true), Map.entry("label", "x y"));
    }

    @Test
    void namesANonScalarArgumentByParameterAndIndexAndKeepsItOutOfTheDims() {
        BenchmarkId id = BenchmarkId.of(Sample.class, method("data"), List.of(new int[] {1}, fixture()), 3);

        assertThat(id.name()).isEqualTo("data[values2]");
        assertThat(id.params()).isEmpty();
    }

    @Test
    void aPlainTestHasNoParamAndItsMethodGroupWins() {
        BenchmarkId id = BenchmarkId.of(Sample.class, method("plain"), List.of(fixture()), 1);

        assertThat(id.name()).isEqualTo("plain");
        assertThat(id.param()).isNull();
        assertThat(id.group()).isEqualTo("own");
    }

    private static Method method(String name) {
        for (Method m : Sample.class.getDeclaredMethods()) {
            if (m.getName().equals(name)) {
                return m;
            }
        }
        throw new AssertionError(name);
    }

    private static Object fixture() {
        return new BenchmarkFixture(new BenchmarkRun(RunConfig.DEFAULT), false, Sample.class, method("sort"));
    }
}
