package dev.benchmem.cli.sweep;

import java.io.IOException;
import java.net.MalformedURLException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code --check CLASS}: the class loads (with its superclasses and interfaces, not initialized)
 * from a version's class path, in this JVM, before that version's harness JVM is started.
 */
final class ClassCheck {
    private ClassCheck() {
    }

    /** The first class of {@code classes} that does not load from {@code classPath}, with why; empty when all load. */
    static Optional<String> firstFailure(List<String> classes, List<Path> classPath) {
        if (classes.isEmpty()) {
            return Optional.empty();
        }
        List<URL> urls = new ArrayList<>();
        for (Path entry : classPath) {
            try {
                urls.add(entry.toUri().toURL());
            } catch (MalformedURLException e) {
                return Optional.of(entry + ": " + e.getMessage());
            }
        }
        try (URLClassLoader loader = new URLClassLoader(urls.toArray(URL[]::new), ClassLoader.getPlatformClassLoader())) {
            for (String name : classes) {
                try {
                    Class.forName(name, false, loader);
                } catch (ClassNotFoundException e) {
                    return Optional.of(name + " is not on the class path");
                } catch (LinkageError e) {
                    return Optional.of(name + " does not load: " + e);
                }
            }
        } catch (IOException e) {
            // closing the loader: nothing left to check
        }
        return Optional.empty();
    }
}
