package dev.benchmem.harness;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Puts the benchmarks of a test method (or of every method of a class) into a named group:
 * the terminal table prints one section per group, with ratios relative to the group's best.
 * On a method it overrides the class.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface BenchmarkGroup {
    /** The group's name ({@code group} in the run file). */
    String value();
}
