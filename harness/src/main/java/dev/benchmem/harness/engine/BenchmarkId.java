package dev.benchmem.harness.engine;

import dev.benchmem.harness.Benchmark;
import dev.benchmem.harness.BenchmarkGroup;

import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.io.TempDir;

/**
 * The identity of one benchmark, as pytest-benchmark names it: {@code name} {@code sort[10000]}
 * (argument values joined by {@code -}), {@code fullname} {@code com.example.SortBench#sort[10000]},
 * {@code param} {@code 10000}, {@code params} {@code {n=10000}} by parameter name (scalars only:
 * they become dims), and the group from {@link BenchmarkGroup} on the method or class.
 */
record BenchmarkId(String name, String fullname, String param, Map<String, Object> params, String group) {

    BenchmarkId {
        params = Collections.unmodifiableMap(new LinkedHashMap<>(params));
    }

    /**
     * Names the invocation of {@code method} with {@code arguments}, skipping the fixtures and
     * the objects JUnit injects ({@code TestInfo} and the like). A non-scalar argument is named
     * by its parameter and the invocation index, as pytest does ({@code data0}).
     */
    static BenchmarkId of(Class<?> testClass, Method method, List<Object> arguments, int invocationIndex) {
        Parameter[] parameters = method.getParameters();
        List<String> ids = new ArrayList<>();
        Map<String, Object> params = new LinkedHashMap<>();
        for (int i = 0; i < parameters.length && i < arguments.size(); i++) {
            if (!isBenchmarkArgument(parameters[i])) {
                continue;
            }
            Object value = arguments.get(i);
            Object scalar = scalar(value);
            if (scalar != null) {
                params.put(parameters[i].getName(), scalar);
                ids.add(String.valueOf(scalar));
            } else {
                ids.add(parameters[i].getName() + Math.max(0, invocationIndex - 1));
            }
        }
        String param = ids.isEmpty() ? null : String.join("-", ids);
        String name = param == null ? method.getName() : method.getName() + "[" + param + "]";
        return new BenchmarkId(name, testClass.getName() + "#" + name, param, params, group(testClass, method));
    }

    /**
     * The one-line warning for a class compiled without {@code -parameters}, whose dims would
     * be named {@code arg0, arg1, ...}; empty when {@code method}'s benchmark arguments have
     * their names.
     */
    static Optional<String> missingNamesWarning(Class<?> testClass, Method method) {
        for (Parameter parameter : method.getParameters()) {
            if (isBenchmarkArgument(parameter) && !parameter.isNamePresent()) {
                return Optional.of("benchmem: " + testClass.getName() + " was compiled without -parameters, so its dims are"
                        + " named " + parameter.getName() + ", ...: compile with javac -parameters (Maven:"
                        + " <maven.compiler.parameters>true</maven.compiler.parameters>)");
            }
        }
        return Optional.empty();
    }

    private static boolean isBenchmarkArgument(Parameter parameter) {
        Class<?> type = parameter.getType();
        return !Benchmark.class.isAssignableFrom(type)
                && !type.getName().startsWith("org.junit.")
                && !parameter.isAnnotationPresent(TempDir.class);
    }

    /** Numbers, booleans, strings, characters and enum constants; anything else is not a dim. */
    private static Object scalar(Object value) {
        if (value instanceof Number || value instanceof Boolean || value instanceof String) {
            return value;
        }
        if (value instanceof Character || value instanceof Enum<?>) {
            return value.toString();
        }
        return null;
    }

    private static String group(Class<?> testClass, Method method) {
        BenchmarkGroup group = Annotations.find(testClass, method, BenchmarkGroup.class);
        return group == null ? null : group.value();
    }
}
