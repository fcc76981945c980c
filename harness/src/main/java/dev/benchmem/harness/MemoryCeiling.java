package dev.benchmem.harness;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Absolute memory limits: the test fails when the worst memory pass exceeds one, with a
 * message like {@code sort[500000]: peak 117 MiB exceeds maxPeak 100 MiB}. Sizes take a unit
 * ({@code B KiB MiB GiB}, bare = bytes); empty members are not checked.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface MemoryCeiling {
    /** Most bytes the call may hold live at once, e.g. {@code "100MiB"}. */
    String maxPeak() default "";

    /** Most bytes the call may allocate in total. */
    String maxAllocated() default "";

    /** Most objects and arrays the call may allocate (a bare count). */
    String maxAllocations() default "";

    /**
     * Most resident memory the call may add to the process, e.g. {@code "64MiB"}; needs an
     * isolated pass ({@code @MemoryPass(isolate = true)} or {@code --benchmark-memory-isolate}),
     * and fails the test saying so without one.
     */
    String maxRss() default "";

    /** Most bytes the call may leave alive after it returns, e.g. {@code "0B"} for no leak. */
    String maxRetained() default "";
}
