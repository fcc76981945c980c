package dev.benchmem.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * {@code plot --open} and {@code flamegraph --open}: hands a written file to the user's browser, as Python's
 * {@code webbrowser} does: the command in {@code $BROWSER} when set, else the desktop's opener.
 * The plot is written either way, so a browser that cannot be started is a warning, not an error.
 */
final class Browser {
    private Browser() {
    }

    /** Opens {@code file}; {@code command} ({@code benchmem plot}) names who asked in the warning. */
    static void open(Path file, String command, PrintWriter err) {
        String uri = file.toAbsolutePath().normalize().toUri().toString();
        List<String> opener = command(uri);
        try {
            new ProcessBuilder(opener).redirectOutput(ProcessBuilder.Redirect.DISCARD)
                    .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        } catch (IOException e) {
            err.println(command + ": --open: cannot start " + opener.get(0) + " (set BROWSER to a browser command)");
            err.flush();
        }
    }

    private static List<String> command(String uri) {
        String browser = System.getenv("BROWSER");
        if (browser != null && !browser.isBlank()) {
            return List.of(browser.trim(), uri);
        }
        String os = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
        if (os.contains("mac")) {
            return List.of("open", uri);
        }
        if (os.contains("win")) {
            return List.of("rundll32", "url.dll,FileProtocolHandler", uri);
        }
        return List.of("xdg-open", uri);
    }
}
