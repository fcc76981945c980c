package dev.benchmem.harness.launcher;

import java.io.File;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.junit.platform.engine.discovery.ClassNameFilter;
import org.junit.platform.engine.discovery.DiscoverySelectors;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.PostDiscoveryFilter;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;

/**
 * Which tests a run discovers: the classes named by {@code --select-class} (fully qualified
 * ones directly, simple names as found in the listings of the entries below, {@link
 * ClassFiles}), else every test class on the class-path entries
 * named by {@code --scan-classpath}, else on the entries other than the harness's own; when the harness is all there is (a suite packed into one
 * runnable jar with it), the running jar, minus the packages the harness bundles.
 */
final class TestSelection {

    /** The packages a runnable harness jar bundles besides the user's tests: never scanned for tests. */
    private static final List<String> BUNDLED = List.of(
            "org.junit.", "org.opentest4j.", "org.apiguardian.", "dev.benchmem.harness.", "dev.benchmem.agent.");

    private TestSelection() {
    }

    static LauncherDiscoveryRequest request(List<String> classes, List<Path> scanRoots,
                                            Map<String, String> configurationParameters, PostDiscoveryFilter... filters) {
        LauncherDiscoveryRequestBuilder request = LauncherDiscoveryRequestBuilder.request()
                .configurationParameters(configurationParameters)
                .configurationParameter("junit.jupiter.extensions.autodetection.enabled", "true");
        for (PostDiscoveryFilter filter : filters) {
            if (filter != null) {
                request.filters(filter);
            }
        }
        if (!classes.isEmpty() && classes.stream().allMatch(c -> c.contains("."))) {
            return request.selectors(classes.stream().map(DiscoverySelectors::selectClass).toList()).build();
        }
        Path harness = harnessLocation();
        Set<Path> roots = scanRoots.isEmpty() ? classPath() : absolute(scanRoots.stream().map(Path::toString));
        roots.remove(harness);
        List<String> excluded = List.of();
        if (roots.isEmpty()) {
            roots.add(harness);
            excluded = BUNDLED;
        }
        if (!classes.isEmpty()) {
            // Classes named by their simple names are found in the roots' listings; JUnit then
            // discovers each as if it had been named in full (and a class without tests yields none).
            return request.selectors(ClassFiles.selected(roots, classes, excluded).stream()
                    .map(DiscoverySelectors::selectClass).toList()).build();
        }
        if (!excluded.isEmpty()) {
            request.filters(ClassNameFilter.excludeClassNamePatterns(excluded.stream()
                    .map(prefix -> Pattern.quote(prefix) + ".*").toArray(String[]::new)));
        }
        return request.selectors(DiscoverySelectors.selectClasspathRoots(roots)).build();
    }

    private static Set<Path> classPath() {
        return absolute(Arrays.stream(System.getProperty("java.class.path").split(Pattern.quote(File.pathSeparator))));
    }

    private static Set<Path> absolute(Stream<String> entries) {
        return entries.filter(entry -> !entry.isEmpty())
                .map(entry -> Path.of(entry).toAbsolutePath().normalize())
                .filter(Files::exists)
                .collect(Collectors.toCollection(LinkedHashSet::new));
    }

    private static Path harnessLocation() {
        try {
            return Path.of(TestSelection.class.getProtectionDomain().getCodeSource().getLocation().toURI())
                    .toAbsolutePath().normalize();
        } catch (URISyntaxException e) {
            throw new IllegalStateException("cannot locate the harness jar", e);
        }
    }
}
