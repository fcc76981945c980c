package dev.benchmem.analysis.plot;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * Headless Chromium driven through chromedriver's W3C WebDriver HTTP API (no client library):
 * open a page, run a script, read console errors, take a screenshot.
 */
public final class Chromium implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final List<String> FLAGS = List.of(
            "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
            "--disable-background-networking", "--disable-component-update", "--disable-sync",
            "--disable-dev-shm-usage", "--window-size=1200,800");

    private final Process driver;
    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;
    private final String session;

    private Chromium(Process driver, String base, String session) {
        this.driver = driver;
        this.base = base;
        this.session = session;
    }

    /** Starts chromedriver and a browser; skips the test when they are missing, unless CI is set. */
    public static Chromium start(Path profile) throws Exception {
        Optional<Path> browser = find("BENCHMEM_CHROMIUM", "chromium", "chromium-browser", "google-chrome");
        Optional<Path> chromedriver = find("BENCHMEM_CHROMEDRIVER", "chromedriver");
        if (browser.isEmpty() || chromedriver.isEmpty()) {
            if (System.getenv("CI") != null) {
                fail("CI is set but chromium/chromedriver are missing (install Debian chromium chromium-driver)");
            }
            assumeTrue(false, "chromium and chromedriver not installed");
        }
        int port;
        try (ServerSocket socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        Process driver = new ProcessBuilder(chromedriver.get().toString(), "--port=" + port)
                .redirectErrorStream(true).redirectOutput(ProcessBuilder.Redirect.DISCARD).start();
        String base = "http://127.0.0.1:" + port;
        try {
            awaitReady(base);
            ObjectNode options = JSON.createObjectNode().put("binary", browser.get().toString());
            FLAGS.forEach(options.withArray("args")::add);
            options.withArray("args").add("--user-data-dir=" + profile.toAbsolutePath());
            ObjectNode always = JSON.createObjectNode();
            always.put("browserName", "chrome").set("goog:chromeOptions", options);
            always.putObject("goog:loggingPrefs").put("browser", "ALL");
            ObjectNode caps = JSON.createObjectNode();
            caps.putObject("capabilities").set("alwaysMatch", always);
            JsonNode created = post(HttpClient.newHttpClient(), base + "/session", caps);
            return new Chromium(driver, base, created.path("value").path("sessionId").asText());
        } catch (Exception e) {
            driver.destroy();
            throw e;
        }
    }

    private static Optional<Path> find(String env, String... names) {
        String explicit = System.getenv(env);
        if (explicit != null) {
            return Optional.of(Path.of(explicit));
        }
        return Stream.of(System.getenv("PATH").split(java.io.File.pathSeparator))
                .flatMap(dir -> Stream.of(names).map(n -> Path.of(dir, n)))
                .filter(Files::isExecutable).findFirst();
    }

    private static void awaitReady(String base) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(base + "/status")).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (JSON.readTree(r.body()).path("value").path("ready").asBoolean()) {
                    return;
                }
            } catch (IOException notYet) {
                // chromedriver is still starting
            }
            Thread.sleep(100);
        }
        throw new IllegalStateException("chromedriver did not start on " + base);
    }

    /**
     * {@link #start}, with every page's dialogs recorded in {@code window.__dialogs} instead of
     * blocking it: a page fed an HTML payload must leave that list empty.
     */
    public static Chromium startRecordingDialogs(Path profile) throws Exception {
        Chromium chromium = start(profile);
        chromium.beforeEachPage("window.__dialogs = [];"
                + "window.alert = window.confirm = window.prompt = function (m) { window.__dialogs.push(String(m)); };");
        return chromium;
    }

    /** Runs {@code source} in every new document before the page's own scripts. */
    private void beforeEachPage(String source) throws Exception {
        ObjectNode cmd = JSON.createObjectNode().put("cmd", "Page.addScriptToEvaluateOnNewDocument");
        cmd.putObject("params").put("source", source);
        command("/goog/cdp/execute", cmd);
    }

    public void open(Path page) throws Exception {
        command("/url", JSON.createObjectNode().put("url", page.toUri().toString()));
    }

    /** The value of {@code return ...} script {@code body}. */
    public JsonNode script(String body) throws Exception {
        ObjectNode request = JSON.createObjectNode().put("script", body);
        request.putArray("args");
        return command("/execute/sync", request);
    }

    /** Polls {@code condition} (a script returning a truthy value when done) until it holds. */
    public JsonNode await(String condition, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            JsonNode value = script("return " + condition + ";");
            if (!value.isNull() && !(value.isBoolean() && !value.asBoolean())) {
                return value;
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for " + condition);
            }
            Thread.sleep(100);
        }
    }

    /** Console messages logged at error level since the last call. */
    public List<String> consoleErrors() throws Exception {
        JsonNode entries = command("/se/log", JSON.createObjectNode().put("type", "browser"));
        return Stream.of(entries).flatMap(e -> java.util.stream.StreamSupport.stream(e.spliterator(), false))
                .filter(e -> "SEVERE".equals(e.path("level").asText()))
                .map(e -> e.path("message").asText()).toList();
    }

    public void screenshot(Path png) throws Exception {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(base + "/session/" + session + "/screenshot"))
                .build(), HttpResponse.BodyHandlers.ofString());
        Files.createDirectories(png.toAbsolutePath().getParent());
        Files.write(png, Base64.getDecoder().decode(JSON.readTree(r.body()).path("value").asText()));
    }

    public void resize(int width, int height) throws Exception {
        command("/window/rect", JSON.createObjectNode().put("width", width).put("height", height));
    }

    private JsonNode command(String path, JsonNode body) throws Exception {
        return post(http, base + "/session/" + session + path, body).path("value");
    }

    private static JsonNode post(HttpClient client, String url, JsonNode body) throws Exception {
        HttpResponse<String> r = client.send(HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))).build(),
                HttpResponse.BodyHandlers.ofString());
        JsonNode json = JSON.readTree(r.body());
        if (r.statusCode() != 200) {
            throw new IllegalStateException("webdriver " + url + ": " + json.path("value").path("message").asText(r.body()));
        }
        return json;
    }

    @Override
    public void close() throws Exception {
        try {
            http.send(HttpRequest.newBuilder(URI.create(base + "/session/" + session)).DELETE().build(),
                    HttpResponse.BodyHandlers.discarding());
        } finally {
            driver.destroy();
            driver.waitFor();
        }
    }
}
