package dev.benchmem.harness;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * How the memory pass of a test method (or of every method of a class) is repeated; overrides
 * the launcher's {@code --benchmark-memory-*} options. Unset members keep the run's setting.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface MemoryPass {
    /** Fixed number of passes; 0 (unset) = adaptive: at least 2, until 2 passes in a row set no new minimum, at most 10. */
    int repeats() default 0;

    /** Untracked calls before the first pass; -1 (unset) = the run's setting (default 1). */
    int warmup() default -1;

    /** Time budget for the passes, e.g. {@code "2s"} or {@code "500ms"}; empty = the run's setting. */
    String maxTime() default "";

    /**
     * Calls per recorded pass: allocations and bytes are totals over them, the peak covers them
     * all, and {@code retained} is read after each (what they left alive: a leak grows with
     * every call).
     */
    int calls() default 1;

    /**
     * Each pass in a fresh JVM (the agent armed, the same GC flags), calling the benchmark once
     * (or {@link #calls()} times) after its setup, with no warmup: records {@code rss}, the
     * process's resident-set growth, and the native-memory breakdown of it. {@code false} keeps
     * the run's setting ({@code --benchmark-memory-isolate}).
     */
    boolean isolate() default false;

    /**
     * Adds a profiled pass after the measured ones, as {@code --benchmark-memory-profile} does for
     * every benchmark: where the memory goes, by allocation site and call path. Its profile goes to
     * the run's profile directory, else {@code .benchmarks/profiles}.
     */
    boolean profile() default false;
}
