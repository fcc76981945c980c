package dev.benchmem.agent.internal;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Frame names that read well and stay the same from run to run, so that two profiles of the
 * same code diff cleanly: hidden classes lose the address the JVM appends
 * ({@code Foo$$Lambda/0x0000000801003200} and JDK 17's {@code Foo$$Lambda$14/0x...} read
 * {@code Foo$$Lambda}), generated reflection accessors lose their counter, and a lambda body's
 * synthetic method {@code lambda$sort$0} reads {@code sort.lambda#0}.
 */
final class FrameNames {
    private static final Pattern HIDDEN_SUFFIX = Pattern.compile("(\\$\\$Lambda)?(\\$\\d+)?/0x[0-9a-f]+$");
    private static final Pattern ACCESSOR = Pattern.compile("(Generated\\w*Accessor)\\d+$");
    private static final Pattern LAMBDA = Pattern.compile("^lambda\\$(.*)\\$(\\d+)$");

    private FrameNames() {
    }

    static String className(String name) {
        Matcher hidden = HIDDEN_SUFFIX.matcher(name);
        if (hidden.find()) {
            return name.substring(0, hidden.start()) + (hidden.group(1) == null ? "" : "$$Lambda");
        }
        Matcher accessor = ACCESSOR.matcher(name);
        return accessor.find() ? name.substring(0, accessor.start()) + accessor.group(1) : name;
    }

    static String method(String name) {
        Matcher lambda = LAMBDA.matcher(name);
        if (!lambda.matches()) {
            return name;
        }
        String enclosing = switch (lambda.group(1)) {
            case "static" -> "<clinit>";
            case "new" -> "<init>";
            default -> lambda.group(1);
        };
        return enclosing + ".lambda#" + lambda.group(2);
    }
}
