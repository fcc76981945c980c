package dev.benchmem.harness.engine;

import dev.benchmem.core.BenchmarkResult;
import dev.benchmem.harness.Benchmark;
import dev.benchmem.harness.BenchmarkMemory;

import java.lang.reflect.Method;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.DynamicTestInvocationContext;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.InvocationInterceptor;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.ReflectiveInvocationContext;
import org.junit.platform.engine.UniqueId;
import org.opentest4j.TestAbortedException;

/**
 * Makes {@link Benchmark} and {@link BenchmarkMemory} resolvable test-method parameters, names
 * each invocation, applies the run's selection ({@code --benchmark-only}, {@code -skip},
 * {@code -k}, memory mode) and records the result when the method ends.
 *
 * <p>Registered automatically through {@code META-INF/services} when the JUnit configuration
 * parameter {@code junit.jupiter.extensions.autodetection.enabled} is {@code true} (the
 * launcher sets it), or explicitly with {@code @ExtendWith(BenchmarkExtension.class)}.
 */
public final class BenchmarkExtension implements ParameterResolver, ExecutionCondition, InvocationInterceptor {

    /** Reason of the skip that marks an invocation the name filter deselected. */
    public static final String DESELECTED = "deselected by name filter ";

    /** Key of the report entry that tells listeners a test's benchmark full name. */
    public static final String FULLNAME_ENTRY = "benchmem.fullname";

    /** Classes already checked for parameter names. */
    private static final Set<Class<?>> WARNED = ConcurrentHashMap.newKeySet();

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        Class<?> type = parameter.getParameter().getType();
        // Only the test method's own parameter: that is the invocation the fixture is named after.
        return (type == Benchmark.class || type == BenchmarkMemory.class)
                && context.getTestMethod().filter(m -> m.equals(parameter.getDeclaringExecutable())).isPresent();
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        BenchmarkRun run = BenchmarkRun.of(context);
        boolean memory = parameter.getParameter().getType() == BenchmarkMemory.class || run.config().memoryForAll();
        return new BenchmarkFixture(run, memory, context.getRequiredTestClass(), context.getRequiredTestMethod());
    }

    @Override
    public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
        Optional<Method> method = context.getTestMethod();
        if (method.isEmpty()) {
            return ConditionEvaluationResult.enabled("not a method");
        }
        RunConfig config = BenchmarkRun.of(context).config();
        List<Class<?>> types = Arrays.asList(method.get().getParameterTypes());
        boolean benchmark = types.contains(Benchmark.class) || types.contains(BenchmarkMemory.class);
        boolean memory = types.contains(BenchmarkMemory.class) || benchmark && config.memoryForAll();
        if (config.memoryMode() && !memory) {
            return ConditionEvaluationResult.disabled("no memory pass");
        }
        if (config.memoryMode() && config.isolatedPass().isEmpty()
                && BenchmarkFixture.memorySchedule(config, Annotations.find(context.getRequiredTestClass(), method.get(),
                        dev.benchmem.harness.MemoryPass.class)).isolate()) {
            return ConditionEvaluationResult.disabled("memory measured in isolated JVMs");
        }
        String skip = config.selection() == RunConfig.Selection.ONLY_BENCHMARKS && !benchmark
                ? "not a benchmark (--benchmark-only)"
                : config.selection() == RunConfig.Selection.SKIP_BENCHMARKS && benchmark
                ? "a benchmark (--benchmark-skip)" : null;
        if (skip == null) {
            return ConditionEvaluationResult.enabled("selected");
        }
        // pytest reports every parameter set of a skipped parametrized test as skipped: the
        // template runs, so that each invocation is skipped, and counted, on its own.
        return isTestTemplate(context) ? ConditionEvaluationResult.enabled("invocations skipped one by one")
                : ConditionEvaluationResult.disabled(skip);
    }

    /** A parametrized (or other template) method, as opposed to one of its invocations or a plain test. */
    private static boolean isTestTemplate(ExtensionContext context) {
        return UniqueId.parse(context.getUniqueId()).getLastSegment().getType().equals("test-template");
    }

    @Override
    public void interceptTestMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> invocationContext,
                                    ExtensionContext context) throws Throwable {
        intercept(invocation, invocationContext, context);
    }

    @Override
    public void interceptTestTemplateMethod(Invocation<Void> invocation,
                                            ReflectiveInvocationContext<Method> invocationContext,
                                            ExtensionContext context) throws Throwable {
        intercept(invocation, invocationContext, context);
    }

    @Override
    public void interceptBeforeAllMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> invocationContext,
                                         ExtensionContext context) throws Throwable {
        proceedUnlessCollecting(invocation, context);
    }

    @Override
    public void interceptBeforeEachMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> invocationContext,
                                          ExtensionContext context) throws Throwable {
        proceedUnlessCollecting(invocation, context);
    }

    @Override
    public void interceptAfterEachMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> invocationContext,
                                         ExtensionContext context) throws Throwable {
        proceedUnlessCollecting(invocation, context);
    }

    @Override
    public void interceptAfterAllMethod(Invocation<Void> invocation, ReflectiveInvocationContext<Method> invocationContext,
                                        ExtensionContext context) throws Throwable {
        proceedUnlessCollecting(invocation, context);
    }

    @Override
    public void interceptDynamicTest(Invocation<Void> invocation, DynamicTestInvocationContext invocationContext,
                                     ExtensionContext context) throws Throwable {
        proceedUnlessCollecting(invocation, context);
    }

    private static void proceedUnlessCollecting(Invocation<Void> invocation, ExtensionContext context) throws Throwable {
        if (BenchmarkRun.of(context).collecting()) {
            invocation.skip();
        } else {
            invocation.proceed();
        }
    }

    private static void intercept(Invocation<Void> invocation, ReflectiveInvocationContext<Method> invocationContext,
                                  ExtensionContext context) throws Throwable {
        List<Object> arguments = invocationContext.getArguments();
        Optional<BenchmarkFixture> found = arguments.stream()
                .filter(BenchmarkFixture.class::isInstance).map(BenchmarkFixture.class::cast).findFirst();
        if (found.isEmpty()) {
            proceedUnlessCollecting(invocation, context);
            return;
        }
        BenchmarkFixture fixture = found.get();
        BenchmarkRun run = BenchmarkRun.of(context);
        BenchmarkId id = BenchmarkId.of(context.getRequiredTestClass(), invocationContext.getExecutable(), arguments,
                invocationIndex(context));
        Optional<String> filter = run.config().nameFilter();
        if (filter.isPresent() && !id.fullname().contains(filter.get())) {
            invocation.skip();
            throw new TestAbortedException(DESELECTED + "'" + filter.get() + "'");
        }
        if (run.collecting()) {
            invocation.skip();
            return;
        }
        Optional<String> isolated = run.config().isolatedPass();
        if (isolated.isPresent() && !id.fullname().equals(isolated.get())) {
            // An isolated pass's JVM measures one benchmark: the others' bodies never run there.
            invocation.skip();
            throw new TestAbortedException("not the benchmark of this isolated pass");
        }
        if (!run.config().memoryMode() && WARNED.add(context.getRequiredTestClass())) {
            // Once per class, and not again from the memory-pass JVM, which runs the same classes.
            BenchmarkId.missingNamesWarning(context.getRequiredTestClass(), invocationContext.getExecutable())
                    .ifPresent(System.err::println);
        }
        fixture.identify(id);
        context.publishReportEntry(FULLNAME_ENTRY, id.fullname());
        Throwable failure = null;
        try {
            invocation.proceed();
        } catch (Throwable t) {
            failure = t;
            throw t;
        } finally {
            finish(run, fixture, failure);
        }
    }

    private static void finish(BenchmarkRun run, BenchmarkFixture fixture, Throwable failure) {
        if (run.config().memoryMode()) {
            if (failure != null) {
                run.measuredHere().recordError(fixture.id().fullname(), String.valueOf(failure));
            }
            return;
        }
        BenchmarkResult result = fixture.result(failure);
        if (result != null) {
            run.record(result);
        }
    }

    /** The 1-based index of a template invocation, from its unique id ({@code [test-template-invocation:#3]}); 1 otherwise. */
    private static int invocationIndex(ExtensionContext context) {
        String uniqueId = context.getUniqueId();
        int hash = uniqueId.lastIndexOf(":#");
        if (hash < 0) {
            return 1;
        }
        return Integer.parseInt(uniqueId.substring(hash + 2, uniqueId.indexOf(']', hash)));
    }
}
