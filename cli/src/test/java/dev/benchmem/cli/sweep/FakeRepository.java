package dev.benchmem.cli.sweep;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

/**
 * A Maven repository in a directory, laid out as Maven Central is: {@code org.example:tiny} in
 * versions whose one class, {@code org.example.tiny.Payload}, allocates a {@code byte[]} of a
 * size that names the version ({@link #payloadBytes}), each version depending on
 * {@code org.example:tiny-dep}; plus {@code maven-metadata.xml} listing the versions.
 */
public final class FakeRepository {
    public static final String GROUP = "org.example";
    public static final Coordinates TINY = new Coordinates(GROUP, "tiny");
    public static final Coordinates DEP = new Coordinates(GROUP, "tiny-dep");

    final Path root;
    private final Path work;

    private FakeRepository(Path root, Path work) {
        this.root = root;
        this.work = work;
    }

    /**
     * A repository under {@code dir} with {@code tiny} at {@code versions} (each published
     * on the matching date: its POM's modification time) and {@code tiny-dep} 1.0 and 2.0.
     */
    public static FakeRepository create(Path dir, List<String> versions, List<Instant> published) throws IOException {
        FakeRepository repo = new FakeRepository(dir.resolve("remote"), dir.resolve("build"));
        for (String depVersion : List.of("1.0", "2.0")) {
            repo.publish(DEP, depVersion, "package org.example.dep; public class Dep { public static String v() { return \""
                    + depVersion + "\"; } }", "org/example/dep/Dep", "", Instant.parse("2020-01-01T00:00:00Z"));
        }
        for (int i = 0; i < versions.size(); i++) {
            String v = versions.get(i);
            String source = "package org.example.tiny; public class Payload { public static byte[] make() { return new byte["
                    + payloadBytes(v) + "]; } }";
            String dependency = "<dependencies><dependency><groupId>" + GROUP + "</groupId><artifactId>tiny-dep</artifactId>"
                    + "<version>1.0</version></dependency></dependencies>";
            repo.publish(TINY, v, source, "org/example/tiny/Payload", dependency, published.get(i));
        }
        repo.metadata(TINY, versions);
        repo.metadata(DEP, List.of("1.0", "2.0"));
        return repo;
    }

    /** The array length version {@code v}'s {@code Payload.make()} allocates: 1000 per major, 100 per minor (qualifier ignored). */
    public static int payloadBytes(String v) {
        String[] parts = v.split("\\.");
        return 1000 * Integer.parseInt(parts[0]) + 100 * Integer.parseInt(parts[1].replaceAll("\\D.*", ""));
    }

    /** The {@code file:} URL of the repository, as settings.xml names it. */
    public String url() {
        return root.toUri().toString();
    }

    /** The jar of {@code artifact} at {@code version} in this repository. */
    public Path jar(Coordinates artifact, String version) {
        return dir(artifact, version).resolve(artifact.artifactId() + "-" + version + ".jar");
    }

    /** A settings.xml under {@code dir} whose mirror of everything is this repository, and a local repository there. */
    public Path settings(Path dir) throws IOException {
        Path settings = dir.resolve("settings.xml");
        Files.writeString(settings, "<settings>\n  <localRepository>" + dir.resolve("local") + "</localRepository>\n"
                + "  <mirrors>\n    <mirror>\n      <id>test-mirror</id>\n      <mirrorOf>*</mirrorOf>\n      <url>" + url()
                + "</url>\n    </mirror>\n  </mirrors>\n</settings>\n");
        return settings;
    }

    private Path dir(Coordinates artifact, String version) {
        return root.resolve(artifact.groupId().replace('.', '/')).resolve(artifact.artifactId()).resolve(version);
    }

    private void publish(Coordinates artifact, String version, String source, String classFile, String dependencies,
                         Instant published) throws IOException {
        Path dir = Files.createDirectories(dir(artifact, version));
        Path pom = dir.resolve(artifact.artifactId() + "-" + version + ".pom");
        Files.writeString(pom, "<project><modelVersion>4.0.0</modelVersion><groupId>" + artifact.groupId() + "</groupId>"
                + "<artifactId>" + artifact.artifactId() + "</artifactId><version>" + version + "</version>"
                + dependencies + "</project>\n");
        Files.setLastModifiedTime(pom, FileTime.from(published));
        Path classes = compile(source, artifact.artifactId() + "-" + version, List.of());
        try (OutputStream out = Files.newOutputStream(jar(artifact, version)); JarOutputStream jar = new JarOutputStream(out)) {
            jar.putNextEntry(new JarEntry(classFile + ".class"));
            jar.write(Files.readAllBytes(classes.resolve(classFile + ".class")));
            jar.closeEntry();
        }
    }

    private void metadata(Coordinates artifact, List<String> versions) throws IOException {
        StringBuilder xml = new StringBuilder("<metadata><groupId>" + artifact.groupId() + "</groupId><artifactId>"
                + artifact.artifactId() + "</artifactId><versioning><latest>" + versions.get(versions.size() - 1)
                + "</latest><release>" + versions.get(versions.size() - 1) + "</release><versions>");
        versions.forEach(v -> xml.append("<version>").append(v).append("</version>"));
        xml.append("</versions><lastUpdated>20240101000000</lastUpdated></versioning></metadata>\n");
        Path dir = root.resolve(artifact.groupId().replace('.', '/')).resolve(artifact.artifactId());
        Files.writeString(dir.resolve("maven-metadata.xml"), xml);
    }

    /** Compiles one source file (with {@code -parameters}) against {@code classPath} into a fresh directory. */
    Path compile(String source, String name, List<Path> classPath) throws IOException {
        return compile(source, work.resolve(name), classPath);
    }

    /** Compiles one source file (with {@code -parameters}) against {@code classPath} into {@code out}. */
    public static Path compile(String source, Path out, List<Path> classPath) throws IOException {
        Path src = Files.createDirectories(out.resolveSibling(out.getFileName() + "-src"));
        String className = source.replaceAll("(?s).*\\bclass\\s+(\\w+).*", "$1");
        Path file = src.resolve(className + ".java");
        Files.writeString(file, source);
        Files.createDirectories(out);
        JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
        List<String> args = new ArrayList<>(List.of("-parameters", "-d", out.toString()));
        if (!classPath.isEmpty()) {
            args.add("-cp");
            args.add(String.join(java.io.File.pathSeparator, classPath.stream().map(Path::toString).toList()));
        }
        args.add(file.toString());
        int status = javac.run(null, null, null, args.toArray(String[]::new));
        if (status != 0) {
            throw new IllegalStateException("javac failed on " + file);
        }
        return out;
    }
}
