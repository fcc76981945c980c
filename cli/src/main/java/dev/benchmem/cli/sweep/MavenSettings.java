package dev.benchmem.cli.sweep;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.apache.maven.settings.Mirror;
import org.apache.maven.settings.Profile;
import org.apache.maven.settings.Proxy;
import org.apache.maven.settings.Repository;
import org.apache.maven.settings.Server;
import org.apache.maven.settings.Settings;
import org.apache.maven.settings.building.DefaultSettingsBuilderFactory;
import org.apache.maven.settings.building.DefaultSettingsBuildingRequest;
import org.apache.maven.settings.building.SettingsBuildingException;
import org.apache.maven.settings.building.SettingsProblem;
import org.eclipse.aether.repository.AuthenticationSelector;
import org.eclipse.aether.repository.MirrorSelector;
import org.eclipse.aether.repository.ProxySelector;
import org.eclipse.aether.repository.RemoteRepository;
import org.eclipse.aether.repository.RepositoryPolicy;
import org.eclipse.aether.util.repository.AuthenticationBuilder;
import org.eclipse.aether.util.repository.DefaultAuthenticationSelector;
import org.eclipse.aether.util.repository.DefaultMirrorSelector;
import org.eclipse.aether.util.repository.DefaultProxySelector;

/**
 * What Maven takes from {@code settings.xml} for resolution, read with Maven's own settings
 * builder (so {@code ${user.home}} and the like interpolate as in Maven): the local repository,
 * mirrors, server credentials, proxies, offline mode, and the repositories of active profiles
 * in front of Maven Central. Encrypted passwords are not decrypted.
 *
 * @param localRepository where artifacts are cached ({@code -Dmaven.repo.local} wins, as in Maven)
 * @param repositories the remote repositories before mirrors apply, Central last
 * @param mirrors the {@code <mirrors>}
 * @param proxies the active {@code <proxies>}
 * @param authentication the {@code <servers>}' credentials, by repository or mirror id
 * @param offline {@code <offline>}
 */
record MavenSettings(Path localRepository, List<RemoteRepository> repositories, MirrorSelector mirrors,
                     ProxySelector proxies, AuthenticationSelector authentication, boolean offline) {

    static final RemoteRepository CENTRAL =
            new RemoteRepository.Builder("central", "default", "https://repo.maven.apache.org/maven2/")
                    .setSnapshotPolicy(new RepositoryPolicy(false, null, null)).build();

    /** The user's settings: {@code ~/.m2/settings.xml} when it exists, else Maven's defaults. */
    static Path defaultFile() {
        return Path.of(System.getProperty("user.home"), ".m2", "settings.xml");
    }

    /**
     * Reads {@code file}; a missing file means Maven's defaults, unless {@code mustExist}
     * (a file the user named). A malformed file is an {@code IllegalArgumentException} naming it.
     */
    static MavenSettings read(Path file, boolean mustExist) {
        if (mustExist && !Files.isRegularFile(file)) {
            throw new IllegalArgumentException("--settings " + file + ": no such file");
        }
        Settings settings = new Settings();
        if (Files.isRegularFile(file)) {
            Properties system = new Properties();
            system.putAll(System.getProperties());
            System.getenv().forEach((k, v) -> system.setProperty("env." + k, v));
            DefaultSettingsBuildingRequest request = new DefaultSettingsBuildingRequest()
                    .setUserSettingsFile(file.toFile()).setSystemProperties(system);
            try {
                settings = new DefaultSettingsBuilderFactory().newInstance().build(request).getEffectiveSettings();
            } catch (SettingsBuildingException e) {
                SettingsProblem first = e.getProblems().get(0);
                throw new IllegalArgumentException("--settings " + file + ": " + first.getMessage()
                        + (first.getLineNumber() > 0 ? " (line " + first.getLineNumber() + ")" : ""), e);
            }
        }
        return of(settings);
    }

    private static MavenSettings of(Settings settings) {
        String override = System.getProperty("maven.repo.local");
        Path local = override != null ? Path.of(override)
                : settings.getLocalRepository() != null ? Path.of(settings.getLocalRepository())
                : Path.of(System.getProperty("user.home"), ".m2", "repository");

        DefaultMirrorSelector mirrors = new DefaultMirrorSelector();
        for (Mirror m : settings.getMirrors()) {
            mirrors.add(m.getId(), m.getUrl(), m.getLayout(), false, m.isBlocked(), m.getMirrorOf(), m.getMirrorOfLayouts());
        }
        DefaultAuthenticationSelector authentication = new DefaultAuthenticationSelector();
        for (Server s : settings.getServers()) {
            authentication.add(s.getId(), new AuthenticationBuilder().addUsername(s.getUsername())
                    .addPassword(s.getPassword()).addPrivateKey(s.getPrivateKey(), s.getPassphrase()).build());
        }
        DefaultProxySelector proxies = new DefaultProxySelector();
        for (Proxy p : settings.getProxies()) {
            if (p.isActive()) {
                proxies.add(new org.eclipse.aether.repository.Proxy(p.getProtocol(), p.getHost(), p.getPort(),
                        new AuthenticationBuilder().addUsername(p.getUsername()).addPassword(p.getPassword()).build()),
                        p.getNonProxyHosts());
            }
        }
        Set<String> active = Set.copyOf(settings.getActiveProfiles());
        List<RemoteRepository> repositories = new ArrayList<>();
        for (Profile profile : settings.getProfiles()) {
            boolean byDefault = profile.getActivation() != null && profile.getActivation().isActiveByDefault();
            if (active.contains(profile.getId()) || byDefault) {
                for (Repository r : profile.getRepositories()) {
                    repositories.add(new RemoteRepository.Builder(r.getId(), r.getLayout(), r.getUrl()).build());
                }
            }
        }
        if (repositories.stream().noneMatch(r -> r.getId().equals(CENTRAL.getId()))) {
            repositories.add(CENTRAL);
        }
        return new MavenSettings(local, List.copyOf(repositories), mirrors, proxies, authentication, settings.isOffline());
    }
}
