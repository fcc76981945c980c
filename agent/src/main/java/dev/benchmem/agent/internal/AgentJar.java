package dev.benchmem.agent.internal;

import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Path;
import java.io.IOException;

/** Finds the jar a class was loaded from, whichever loader (bootstrap included) loaded it. */
public final class AgentJar {
    private AgentJar() {
    }

    /** The jar holding {@code type}'s class file. */
    public static Path locate(Class<?> type) throws IOException {
        URL url = type.getResource(type.getSimpleName() + ".class");
        if (url == null || !url.getProtocol().equals("jar")) {
            throw new IOException("benchmem agent is not running from a jar: " + url);
        }
        try {
            return Path.of(((JarURLConnection) url.openConnection()).getJarFileURL().toURI());
        } catch (URISyntaxException e) {
            throw new IOException("benchmem agent jar has no file path: " + url, e);
        }
    }
}
