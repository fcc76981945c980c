package dev.benchmem.harness.launcher;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collection;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;

/**
 * The names of the classes in class-path roots, read from their listings (a jar's directory,
 * a folder's files) without loading a class: how the launcher finds the classes that {@code
 * --select-class} names by their simple name. JUnit's scan of the roots would load the
 * matching classes the same way, after walking the jar as a file system and testing every
 * name against patterns: 0.1-0.2 s more per discovery for a suite packed with the harness.
 */
final class ClassFiles {

    private static final String SUFFIX = ".class";

    private ClassFiles() {
    }

    /**
     * The classes of {@code roots} that {@code names} select (a fully qualified name itself; a
     * simple name any class, nested or not, of that name in a package), leaving out those in
     * the packages {@code excluded} (prefixes such as {@code "org.junit."}); in listing order.
     */
    static List<String> selected(Collection<Path> roots, List<String> names, List<String> excluded) {
        return roots.stream()
                .flatMap(ClassFiles::classNames)
                .filter(name -> excluded.stream().noneMatch(name::startsWith))
                .filter(name -> names.stream().anyMatch(wanted -> selects(wanted, name)))
                .distinct()
                .toList();
    }

    /** Whether {@code wanted}, as {@code --select-class} takes it, selects the class {@code name}. */
    static boolean selects(String wanted, String name) {
        if (wanted.contains(".")) {
            return name.equals(wanted);
        }
        return name.endsWith(wanted) && name.length() > wanted.length()
                && ".$".indexOf(name.charAt(name.length() - wanted.length() - 1)) >= 0;
    }

    /** The binary names of the classes in {@code root}, a jar or a folder (none in META-INF, no module or package info). */
    private static Stream<String> classNames(Path root) {
        Stream<String> files = Files.isDirectory(root) ? inFolder(root) : inJar(root);
        return files.filter(file -> file.endsWith(SUFFIX) && !file.startsWith("META-INF/")
                        && !file.endsWith("module-info.class") && !file.endsWith("package-info.class"))
                .map(file -> file.substring(0, file.length() - SUFFIX.length()).replace('/', '.'));
    }

    /** The entries of {@code jar}; none when it is not one (JUnit's scan skips such a root too). */
    private static Stream<String> inJar(Path jar) {
        try (JarFile file = new JarFile(jar.toFile(), false)) {
            return file.stream().map(ZipEntry::getName).toList().stream();
        } catch (IOException e) {
            return Stream.empty();
        }
    }

    /** The files under {@code folder}, as paths relative to it with {@code /} between names; none when it cannot be read. */
    private static Stream<String> inFolder(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            return files.filter(Files::isRegularFile)
                    .map(file -> folder.relativize(file).toString().replace(file.getFileSystem().getSeparator(), "/"))
                    .toList().stream();
        } catch (IOException | UncheckedIOException e) {
            return Stream.empty();
        }
    }
}
