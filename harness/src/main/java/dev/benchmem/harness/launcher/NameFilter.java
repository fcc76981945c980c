package dev.benchmem.harness.launcher;

import java.util.concurrent.atomic.AtomicInteger;

import org.junit.platform.engine.FilterResult;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.PostDiscoveryFilter;

/**
 * {@code -k TEXT} at discovery: drops test methods whose {@code Class#method} does not contain
 * TEXT, keeping parametrized ones, whose invocations the extension filters by full name
 * ({@code Class#method[params]}) when their arguments are known. Counts what it drops.
 */
final class NameFilter implements PostDiscoveryFilter {

    private final String text;
    private final AtomicInteger deselected = new AtomicInteger();

    NameFilter(String text) {
        this.text = text;
    }

    @Override
    public FilterResult apply(TestDescriptor descriptor) {
        if (!(descriptor.getSource().orElse(null) instanceof MethodSource method) || descriptor.getType().isContainer()) {
            return FilterResult.included("not a test method");
        }
        if ((method.getClassName() + "#" + method.getMethodName()).contains(text)) {
            return FilterResult.included("name contains " + text);
        }
        deselected.incrementAndGet();
        return FilterResult.excluded("name does not contain " + text);
    }

    int deselected() {
        return deselected.get();
    }
}
