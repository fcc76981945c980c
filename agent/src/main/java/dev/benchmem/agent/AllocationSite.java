package dev.benchmem.agent;

/**
 * One allocation site of a profiled recording and exactly what it allocated there.
 *
 * @param className   the class holding the site, as a binary name ({@code java.util.ArrayList})
 * @param method      the method holding it, named as {@link CallFrame#method()} names it
 * @param line        its source line, -1 when the class carries no line numbers
 * @param allocates   what it allocates: a type ({@code java.lang.Integer}, {@code int[]}), or for the
 *                    allocating calls counted at their call site the call ({@code java.util.Arrays.copyOf()})
 * @param allocations objects and arrays allocated there, exactly
 * @param bytes       their shallow sizes, exactly
 */
public record AllocationSite(String className, String method, int line, String allocates, long allocations, long bytes) {
}
