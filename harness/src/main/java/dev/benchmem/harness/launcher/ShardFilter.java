package dev.benchmem.harness.launcher;

import dev.benchmem.core.RunFile;
import dev.benchmem.core.RunFileReader;
import dev.benchmem.harness.report.Storage;
import java.nio.file.Path;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.platform.engine.FilterResult;
import org.junit.platform.engine.TestDescriptor;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.PostDiscoveryFilter;
import org.junit.platform.launcher.TestPlan;

/** {@code --benchmark-shard I/N} at discovery: keeps the test methods {@link Shard#select} gives this shard. */
final class ShardFilter implements PostDiscoveryFilter {

    private final Shard shard;
    private final Set<String> selected;
    private final AtomicInteger deselected = new AtomicInteger();

    private ShardFilter(Shard shard, Set<String> selected) {
        this.shard = shard;
        this.selected = selected;
    }

    /** This shard's methods of {@code plan}, balanced by the latest run saved under {@code storageRoot}. */
    static ShardFilter of(Shard shard, TestPlan plan, Path storageRoot) {
        Set<String> methods = new TreeSet<>();
        plan.getRoots().forEach(root -> plan.getDescendants(root).forEach(id -> {
            if (id.getSource().orElse(null) instanceof MethodSource m) {
                methods.add(key(m));
            }
        }));
        Optional<RunFile> latest = Storage.of(storageRoot).latest().map(RunFileReader::read);
        return new ShardFilter(shard, shard.select(methods, latest));
    }

    /** The same selection with its own deselected count, for another discovery of the same plan. */
    ShardFilter copy() {
        return new ShardFilter(shard, selected);
    }

    private static String key(MethodSource method) {
        return method.getClassName() + "#" + method.getMethodName();
    }

    @Override
    public FilterResult apply(TestDescriptor descriptor) {
        if (!(descriptor.getSource().orElse(null) instanceof MethodSource method)) {
            return FilterResult.included("not a test method");
        }
        if (selected.contains(key(method))) {
            return FilterResult.included("in shard " + shard);
        }
        if (!descriptor.getType().isContainer()) {
            deselected.incrementAndGet();
        }
        return FilterResult.excluded("in another shard than " + shard);
    }

    int deselected() {
        return deselected.get();
    }
}
