package dev.benchmem.cli.sweep;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.aether.RepositorySystem;
import org.eclipse.aether.RepositorySystemSession.CloseableSession;
import org.eclipse.aether.artifact.Artifact;
import org.eclipse.aether.artifact.DefaultArtifact;
import org.eclipse.aether.collection.CollectRequest;
import org.eclipse.aether.graph.Dependency;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.resolution.ArtifactResult;
import org.eclipse.aether.resolution.DependencyRequest;
import org.eclipse.aether.resolution.DependencyResolutionException;
import org.eclipse.aether.resolution.VersionRangeRequest;
import org.eclipse.aether.resolution.VersionRangeResolutionException;
import org.eclipse.aether.resolution.VersionRangeResult;
import org.eclipse.aether.supplier.RepositorySystemSupplier;
import org.eclipse.aether.supplier.SessionBuilderSupplier;
import org.eclipse.aether.util.artifact.JavaScopes;
import org.eclipse.aether.util.filter.DependencyFilterUtils;
import org.eclipse.aether.version.Version;

/**
 * Maven Resolver as Maven 3 wires it ({@code maven-resolver-supplier-mvn3}), with the session
 * and repositories a {@code settings.xml} gives: version ranges against the repositories'
 * {@code maven-metadata.xml}, a version's runtime class path, and when a version was published.
 * One instance serves a whole sweep; it is safe to use from several threads.
 */
public final class MavenResolver implements AutoCloseable {
    private static final Duration HEAD_TIMEOUT = Duration.ofSeconds(20);

    private final RepositorySystem system;
    private final CloseableSession session;
    private final List<RemoteRepository> repositories;
    private volatile HttpClient http;

    private MavenResolver(MavenSettings settings) {
        this.system = new RepositorySystemSupplier().get();
        this.session = new SessionBuilderSupplier(system).get()
                .withLocalRepositoryBaseDirectories(settings.localRepository())
                .setMirrorSelector(settings.mirrors())
                .setProxySelector(settings.proxies())
                .setAuthenticationSelector(settings.authentication())
                .setOffline(settings.offline())
                .setSystemProperties(System.getProperties())
                .build();
        this.repositories = system.newResolutionRepositories(session, settings.repositories());
    }

    /**
     * A resolver configured by {@code settings}, or by {@code ~/.m2/settings.xml} (when it
     * exists) for null. A malformed or (when named) missing file is an {@code IllegalArgumentException}.
     */
    public static MavenResolver open(Path settings) {
        return new MavenResolver(settings == null ? MavenSettings.read(MavenSettings.defaultFile(), false)
                : MavenSettings.read(settings, true));
    }

    /** The repositories resolution uses, after mirrors: {@code central -> https://...}. */
    public List<String> describeRepositories() {
        return repositories.stream().map(r -> r.getId() + " " + r.getUrl()
                + (r.getMirroredRepositories().isEmpty() ? "" : " (mirror of "
                + String.join(", ", r.getMirroredRepositories().stream().map(RemoteRepository::getId).toList()) + ")"))
                .toList();
    }

    /** The local repository artifacts are cached in. */
    public Path localRepository() {
        return session.getLocalRepository().getBasePath();
    }

    /**
     * The versions of {@code artifact} inside {@code range} (Maven syntax, e.g. {@code [3.12,3.17]}),
     * oldest first, as the repositories' metadata lists them.
     */
    public List<String> versions(Coordinates artifact, String range) throws ResolutionFailure {
        VersionRangeRequest request = new VersionRangeRequest(jar(artifact, range), repositories, null);
        try {
            VersionRangeResult result = system.resolveVersionRange(session, request);
            return result.getVersions().stream().map(Version::toString).toList();
        } catch (VersionRangeResolutionException e) {
            throw new ResolutionFailure(oneLine(e));
        } catch (IllegalArgumentException e) {
            throw new ResolutionFailure("'" + range + "' is not a version range: " + e.getMessage());
        }
    }

    /**
     * The runtime class path of {@code artifact} at {@code version}: its jar first, then its
     * transitive runtime dependencies, with every pin forcing its version (and added when the
     * artifact does not bring it).
     */
    public List<Path> classPath(Coordinates artifact, String version, List<Pin> pins) throws ResolutionFailure {
        CollectRequest collect = new CollectRequest(new Dependency(jar(artifact, version), JavaScopes.RUNTIME), repositories);
        for (Pin pin : pins) {
            Dependency pinned = new Dependency(jar(pin.artifact(), pin.version()), JavaScopes.RUNTIME);
            collect.addDependency(pinned);
            collect.addManagedDependency(pinned);
        }
        DependencyRequest request = new DependencyRequest(collect, DependencyFilterUtils.classpathFilter(JavaScopes.RUNTIME));
        try {
            List<Path> jars = new ArrayList<>();
            for (ArtifactResult result : system.resolveDependencies(session, request).getArtifactResults()) {
                jars.add(result.getArtifact().getPath());
            }
            return jars;
        } catch (DependencyResolutionException e) {
            throw new ResolutionFailure(oneLine(e));
        } catch (IllegalArgumentException e) {
            throw new ResolutionFailure(version + ": " + e.getMessage());
        }
    }

    /**
     * When {@code version} was published, where a repository says: a file repository's POM
     * modification time, or the {@code Last-Modified} of an HTTP repository's POM (Maven's
     * {@code maven-metadata.xml} only has the artifact's last update, not per version).
     * Empty when no repository says. Proxies and credentials are not applied to this request.
     */
    public Optional<Instant> published(Coordinates artifact, String version) {
        String pom = artifact.groupId().replace('.', '/') + "/" + artifact.artifactId() + "/" + version + "/"
                + artifact.artifactId() + "-" + version + ".pom";
        for (RemoteRepository repository : repositories) {
            String base = repository.getUrl().endsWith("/") ? repository.getUrl() : repository.getUrl() + "/";
            try {
                URI uri = URI.create(base).resolve(pom);
                Optional<Instant> date = "file".equals(uri.getScheme()) ? fileDate(Path.of(uri)) : httpDate(uri);
                if (date.isPresent()) {
                    return date;
                }
            } catch (IllegalArgumentException e) {
                // a repository URL Java cannot parse says nothing about dates
            }
        }
        return Optional.empty();
    }

    private static Optional<Instant> fileDate(Path pom) {
        try {
            return Files.isRegularFile(pom) ? Optional.of(Files.getLastModifiedTime(pom).toInstant()) : Optional.empty();
        } catch (IOException e) {
            return Optional.empty();
        }
    }

    private Optional<Instant> httpDate(URI uri) {
        HttpRequest head = HttpRequest.newBuilder(uri).method("HEAD", HttpRequest.BodyPublishers.noBody())
                .timeout(HEAD_TIMEOUT).build();
        try {
            HttpResponse<Void> response = httpClient().send(head, HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() != 200) {
                return Optional.empty();
            }
            return response.headers().firstValue("Last-Modified")
                    .map(v -> ZonedDateTime.parse(v, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant());
        } catch (IOException | DateTimeParseException e) {
            return Optional.empty();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return Optional.empty();
        }
    }

    private HttpClient httpClient() {
        if (http == null) {
            http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NORMAL).connectTimeout(HEAD_TIMEOUT).build();
        }
        return http;
    }

    private static Artifact jar(Coordinates artifact, String version) {
        return new DefaultArtifact(artifact.groupId(), artifact.artifactId(), "jar", version);
    }

    /** The resolver's message on one line: its causes repeat it at length. */
    private static String oneLine(Exception e) {
        return String.valueOf(e.getMessage()).replaceAll("\\s*\\R\\s*", " ").trim();
    }

    @Override
    public void close() {
        session.close();
        system.shutdown();
    }

    /** A version or range that does not resolve; the message is one line. */
    public static final class ResolutionFailure extends Exception {
        ResolutionFailure(String message) {
            super(message);
        }
    }
}
