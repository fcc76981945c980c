package dev.benchmem.agent;

/**
 * One frame of a call path.
 *
 * @param className the class, as a binary name; hidden classes without their run-specific suffix
 *                  ({@code Foo$$Lambda}, {@code java.lang.invoke.LambdaForm$MH})
 * @param method    the method; a lambda body's synthetic method reads {@code sort.lambda#0}
 * @param line      the line executing, -1 when unknown
 */
public record CallFrame(String className, String method, int line) {
}
