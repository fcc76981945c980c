package dev.benchmem.history;

import dev.benchmem.core.BenchmarkResult;
import dev.benchmem.core.Metric;
import dev.benchmem.core.RunFile;
import dev.benchmem.core.Trend;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.zip.GZIPInputStream;
import org.flywaydb.core.Flyway;

/**
 * The history database: opens (and migrates) it, stores runs whole in one transaction, lists,
 * exports and removes them, and reads the values trends and the change check need.
 *
 * <pre>{@code
 * try (HistoryStore db = HistoryStore.open(HistoryStore.DEFAULT)) {
 *     db.add(RunFileReader.read(Path.of("run.json")));
 * }
 * }</pre>
 */
public final class HistoryStore implements AutoCloseable {

    /** The embedded default: a SQLite file. */
    public static final String DEFAULT = ".benchmarks/history.db";

    private static final String SQLITE = "jdbc:sqlite:";
    /** PostgreSQL's SQL state of a unique-constraint violation. */
    private static final String UNIQUE_VIOLATION = "23505";
    /** SQLite's result code of a violated constraint. */
    private static final int SQLITE_CONSTRAINT = 19;
    /** How long an embedded add waits for another process's add to finish. */
    private static final long BUSY_TIMEOUT_MILLIS = 60_000;
    /** Up to this many runs a trends query names them (an IN list; every database takes this many parameters). */
    private static final int IN_LIST_RUNS = 500;
    /** The version of the last script in {@code db/migration} (a test holds the two together). */
    static final String SCHEMA_VERSION = "2";
    private static final String RUN_COLUMNS =
            "id, content_hash, run_time, commit_id, commit_time, branch, machine, benchmarks";

    /** Flyway logs each migration step through java.util.logging; only its warnings are news. Held: JUL keeps loggers weakly. */
    private static final java.util.logging.Logger FLYWAY_LOG = quiet(java.util.logging.Logger.getLogger("org.flywaydb"));

    private final String url;
    private final Connection connection;

    private HistoryStore(String url, Connection connection) {
        this.url = url;
        this.connection = connection;
    }

    /**
     * Opens {@code db}: a file path (embedded SQLite; the directory is made), a
     * {@code jdbc:sqlite:} URL or a {@code jdbc:postgresql://host/db?user=..&password=..} URL.
     * Applies pending migrations (Flyway), unless the schema is current.
     *
     * @throws HistoryException naming the database and the problem
     */
    public static HistoryStore open(String db) {
        String url = jdbcUrl(db);
        try {
            Connection connection = DriverManager.getConnection(url);
            try {
                // Asked in autocommit mode: the driver takes SQLite's write lock as soon as a
                // transaction begins, and Flyway's own connection would wait for it.
                if (!schemaIsCurrent(connection)) {
                    migrate(url);
                }
                connection.setAutoCommit(false);
                return new HistoryStore(url, connection);
            } catch (SQLException | RuntimeException e) {
                connection.close();
                throw e;
            }
        } catch (SQLException | org.flywaydb.core.api.FlywayException e) {
            throw new HistoryException("--db " + db + ": cannot open (" + rootMessage(e) + ")", e);
        }
    }

    /**
     * The JDBC URL for a {@code --db} value. SQLite's settings: writers take the lock when their
     * transaction begins (IMMEDIATE) and wait up to a minute for another process's add (busy
     * timeout) instead of failing; WAL lets readers run beside a writer, and with it synchronous=NORMAL
     * syncs at checkpoints rather than every commit (a commit stays atomic and a killed process
     * loses nothing committed; only a power cut can take back the last commits); foreign keys on, so
     * {@code rm} takes a run's measurements with it; LIKE case-sensitive, as ids are.
     */
    static String jdbcUrl(String db) {
        if (db.startsWith("jdbc:postgresql:")) {
            return db;
        }
        if (db.startsWith("jdbc:") && !db.startsWith(SQLITE)) {
            throw new HistoryException("--db " + db + ": unsupported database (expected a file path, "
                    + SQLITE + "FILE or jdbc:postgresql://HOST/DB)");
        }
        String file = db.startsWith(SQLITE) ? db.substring(SQLITE.length()) : db;
        Path path = Path.of(file).toAbsolutePath().normalize();
        try {
            java.nio.file.Files.createDirectories(path.getParent());
        } catch (IOException e) {
            throw new HistoryException("--db " + db + ": cannot make its directory (" + e.getMessage() + ")", e);
        }
        return SQLITE + path + "?transaction_mode=IMMEDIATE&busy_timeout=" + BUSY_TIMEOUT_MILLIS
                + "&journal_mode=WAL&synchronous=NORMAL&foreign_keys=true&case_sensitive_like=true";
    }

    /**
     * Whether Flyway's own record says the last migration applied, successfully, is {@link
     * #SCHEMA_VERSION}: then there is nothing to migrate and Flyway is not started (loading it and
     * validating the applied scripts is ~0.4 s of a command's start-up). Anything else (a new
     * database, an older or newer schema, a failed migration) goes through Flyway as before.
     */
    private static boolean schemaIsCurrent(Connection connection) {
        try (Statement select = connection.createStatement();
                ResultSet rs = select.executeQuery("SELECT version, success FROM flyway_schema_history"
                        + " ORDER BY installed_rank DESC LIMIT 1")) {
            return rs.next() && SCHEMA_VERSION.equals(rs.getString(1)) && rs.getBoolean(2);
        } catch (SQLException noHistoryYet) {
            return false;
        }
    }

    private static void migrate(String url) {
        boolean postgres = url.startsWith("jdbc:postgresql:");
        Flyway.configure(HistoryStore.class.getClassLoader())
                .dataSource(url, null, null)
                .locations("classpath:db/migration")
                .placeholders(Map.of(
                        "id_column", postgres ? "BIGINT GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY"
                                : "INTEGER PRIMARY KEY AUTOINCREMENT",
                        "document_type", postgres ? "BYTEA" : "BLOB"))
                .load()
                .migrate();
    }

    private static java.util.logging.Logger quiet(java.util.logging.Logger logger) {
        logger.setLevel(java.util.logging.Level.WARNING);
        return logger;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return String.valueOf(t.getMessage()).lines().findFirst().orElse("");
    }

    /** What {@link #add} did. */
    public record Added(StoredRun run, boolean isNew) {}

    /**
     * Stores {@code run} whole, in one transaction, unless a run with the same content is stored
     * already (then returns that one; concurrent adds of one run store it once).
     */
    public Added add(RunFile run) {
        Document document = Document.of(run);
        String hash = document.hash();
        try {
            Optional<StoredRun> existing = byHash(hash);
            if (existing.isPresent()) {
                connection.commit();
                return new Added(existing.get(), false);
            }
            long id = insertRun(run, hash, document.gzipped());
            insertMeasurements(id, run.benchmarks());
            connection.commit();
            return new Added(byHash(hash).orElseThrow(), true);
        } catch (SQLException e) {
            rollback();
            if (UNIQUE_VIOLATION.equals(e.getSQLState()) || url.startsWith(SQLITE) && e.getErrorCode() == SQLITE_CONSTRAINT) {
                return new Added(byHash(hash).orElseThrow(() -> failure("add", e)), false);
            }
            throw failure("add", e);
        }
    }

    private long insertRun(RunFile run, String hash, byte[] document) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO run (content_hash, run_time, commit_id, commit_time, branch, machine, benchmarks, added_at,"
                        + " document) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", Statement.RETURN_GENERATED_KEYS)) {
            insert.setString(1, hash);
            insert.setString(2, run.datetime());
            insert.setString(3, text(run.commitInfo().get("id")));
            insert.setString(4, text(run.commitInfo().get("time")));
            insert.setString(5, text(run.commitInfo().get("branch")));
            insert.setString(6, text(run.machineInfo().get("node")));
            insert.setInt(7, run.benchmarks().size());
            insert.setTimestamp(8, Timestamp.from(Instant.now()));
            insert.setBytes(9, document);
            insert.executeUpdate();
            try (ResultSet keys = insert.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** One row per benchmark and metric: time from the rounds, every memory series the run carries. */
    private void insertMeasurements(long runId, List<BenchmarkResult> benchmarks) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO measurement (run_id, metric, name, position, outcome, headline, max_value, passes)"
                        + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            for (int position = 0; position < benchmarks.size(); position++) {
                BenchmarkResult b = benchmarks.get(position);
                for (Metric metric : Metric.values()) {
                    List<? extends Number> series = series(b, metric);
                    if (series.isEmpty()) {
                        continue;
                    }
                    insert.setLong(1, runId);
                    insert.setString(2, metric.key());
                    insert.setString(3, b.name());
                    insert.setInt(4, position);
                    insert.setString(5, b.outcome().name());
                    insert.setDouble(6, series.stream().mapToDouble(Number::doubleValue).min().orElseThrow());
                    insert.setDouble(7, series.stream().mapToDouble(Number::doubleValue).max().orElseThrow());
                    insert.setInt(8, series.size());
                    insert.addBatch();
                }
            }
            insert.executeBatch();
        }
    }

    /** A metric's per-pass (memory) or per-round (time) values; empty when the benchmark has none. */
    private static List<? extends Number> series(BenchmarkResult b, Metric metric) {
        if (!metric.isMemory()) {
            if (b.stats() == null) {
                return List.of();
            }
            double[] rounds = b.stats().hasData() ? b.stats().data() : new double[] {b.stats().min(), b.stats().max()};
            return Arrays.stream(rounds).boxed().toList();
        }
        return b.memory() == null ? List.of() : b.memory().series(metric);
    }

    /** Every stored run, oldest first. */
    public List<StoredRun> list() {
        return query("SELECT " + RUN_COLUMNS + " FROM run ORDER BY run_time, id", List.of());
    }

    /**
     * The run {@code ref} names: its id, or a prefix (6 characters or more) of its content hash.
     *
     * @throws HistoryException when it names none or several
     */
    public StoredRun find(String ref) {
        List<StoredRun> found;
        if (ref.matches("\\d{1,18}")) {
            found = query("SELECT " + RUN_COLUMNS + " FROM run WHERE id = ?", List.of(Long.parseLong(ref)));
        } else if (ref.matches("[0-9a-fA-F]{6,64}")) {
            found = query("SELECT " + RUN_COLUMNS + " FROM run WHERE content_hash LIKE ?",
                    List.of(ref.toLowerCase(java.util.Locale.ROOT) + "%"));
        } else {
            throw new HistoryException("run '" + ref + "': expected a run id or 6+ hex digits of its hash");
        }
        if (found.isEmpty()) {
            throw new HistoryException("run '" + ref + "': no such run in " + url);
        }
        if (found.size() > 1) {
            throw new HistoryException("run '" + ref + "': matches " + found.size() + " runs, give more of the hash");
        }
        return found.get(0);
    }

    /** The run file of {@code run}, byte for byte as core's writer wrote it when it was added. */
    public byte[] document(StoredRun run) {
        try (PreparedStatement select = connection.prepareStatement("SELECT document FROM run WHERE id = ?")) {
            select.setLong(1, run.id());
            try (ResultSet rs = select.executeQuery()) {
                if (!rs.next()) {
                    throw new HistoryException("run " + run.id() + ": removed meanwhile");
                }
                byte[] document = gunzip(rs.getBytes(1));
                connection.commit();
                return document;
            }
        } catch (SQLException e) {
            throw failure("read", e);
        }
    }

    /** Removes {@code run} and its measurements (one transaction). */
    public void remove(StoredRun run) {
        try (PreparedStatement delete = connection.prepareStatement("DELETE FROM run WHERE id = ?")) {
            delete.setLong(1, run.id());
            delete.executeUpdate();
            connection.commit();
        } catch (SQLException e) {
            rollback();
            throw failure("remove", e);
        }
    }

    /** The stored runs on {@code branch} (null: all), oldest first, at most the last {@code limit}. */
    public List<StoredRun> recent(String branch, int limit) {
        String where = branch == null ? "" : " WHERE branch = ?";
        List<StoredRun> newestFirst = query("SELECT " + RUN_COLUMNS + " FROM run" + where
                + " ORDER BY run_time DESC, id DESC LIMIT " + limit, branch == null ? List.of() : List.of(branch));
        List<StoredRun> oldestFirst = new ArrayList<>(newestFirst);
        Collections.reverse(oldestFirst);
        return oldestFirst;
    }

    /** The metrics at least one stored benchmark has, in {@link Metric} order. */
    public Set<Metric> metrics() {
        Set<Metric> present = EnumSet.noneOf(Metric.class);
        try (PreparedStatement select = connection.prepareStatement("SELECT 1 FROM measurement WHERE metric = ? LIMIT 1")) {
            for (Metric metric : Metric.values()) {
                select.setString(1, metric.key());
                try (ResultSet rs = select.executeQuery()) {
                    if (rs.next()) {
                        present.add(metric);
                    }
                }
            }
            connection.commit();
            return present;
        } catch (SQLException e) {
            throw failure("read", e);
        }
    }

    /**
     * Every id's headline of {@code metric} in {@code runs} (in their order), for ids whose name
     * matches {@code idPattern} (a glob, {@code *} and {@code ?}; null: all). Only passed
     * benchmarks count.
     */
    public List<Trend> trends(Metric metric, List<StoredRun> runs, String idPattern) {
        Map<Long, Map<String, Double>> values = new HashMap<>();
        Map<Long, StoredRun> wanted = new HashMap<>();
        runs.forEach(r -> wanted.put(r.id(), r));
        String select = "SELECT run_id, name, headline FROM measurement WHERE metric = ? AND outcome = 'PASSED'";
        if (idPattern != null || runs.size() > IN_LIST_RUNS) {
            // Some ids, or most of the history: one range scan of the (metric, name, ...) index,
            // which holds every column read; the runs are picked out here.
            select(select + (idPattern == null ? "" : " AND name LIKE ? ESCAPE '!'"), metric, List.of(), idPattern, wanted, values);
        } else {
            // Every id of a few runs (the change check's window): the (metric, run_id, ...) index.
            List<StoredRun> all = new ArrayList<>(runs);
            for (int from = 0; from < all.size(); from += IN_LIST_RUNS) {
                List<StoredRun> chunk = all.subList(from, Math.min(all.size(), from + IN_LIST_RUNS));
                select(select + " AND run_id IN (" + String.join(",", Collections.nCopies(chunk.size(), "?")) + ")",
                        metric, chunk, null, wanted, values);
            }
        }
        try {
            connection.commit();
        } catch (SQLException e) {
            throw failure("read", e);
        }
        Map<String, List<Trend.Point>> byId = new TreeMap<>();
        for (StoredRun r : runs) {
            values.getOrDefault(r.id(), Map.of()).forEach((name, value) ->
                    byId.computeIfAbsent(name, k -> new ArrayList<>()).add(new Trend.Point(r.id(), r.commitId(), r.time(), value)));
        }
        List<Trend> trends = new ArrayList<>(byId.size());
        byId.forEach((id, points) -> trends.add(new Trend(id, points)));
        return trends;
    }

    /** Runs one trends query (naming the runs {@code inList}), keeping the rows of {@code wanted} runs in {@code values}. */
    private void select(String sql, Metric metric, List<StoredRun> inList, String idPattern, Map<Long, StoredRun> wanted,
            Map<Long, Map<String, Double>> values) {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            int p = 1;
            select.setString(p++, metric.key());
            if (idPattern != null) {
                select.setString(p++, like(idPattern));
            }
            for (StoredRun r : inList) {
                select.setLong(p++, r.id());
            }
            select.setFetchSize(10_000);
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    long id = rs.getLong(1);
                    if (wanted.containsKey(id)) {
                        values.computeIfAbsent(id, k -> new HashMap<>()).put(rs.getString(2), rs.getDouble(3));
                    }
                }
            }
        } catch (SQLException e) {
            throw failure("read", e);
        }
    }

    /** A glob as a LIKE pattern with {@code !} as the escape character. */
    static String like(String glob) {
        StringBuilder like = new StringBuilder();
        for (char c : glob.toCharArray()) {
            switch (c) {
                case '*' -> like.append('%');
                case '?' -> like.append('_');
                case '%', '_', '!' -> like.append('!').append(c);
                default -> like.append(c);
            }
        }
        return like.toString();
    }

    private Optional<StoredRun> byHash(String hash) {
        return query("SELECT " + RUN_COLUMNS + " FROM run WHERE content_hash = ?", List.of(hash)).stream().findFirst();
    }

    private List<StoredRun> query(String sql, List<Object> args) {
        try (PreparedStatement select = connection.prepareStatement(sql)) {
            for (int i = 0; i < args.size(); i++) {
                select.setObject(i + 1, args.get(i));
            }
            List<StoredRun> runs = new ArrayList<>();
            try (ResultSet rs = select.executeQuery()) {
                while (rs.next()) {
                    runs.add(new StoredRun(rs.getLong(1), rs.getString(2).trim(), rs.getString(3), rs.getString(4),
                            rs.getString(5), rs.getString(6), rs.getString(7), rs.getInt(8)));
                }
            }
            connection.commit();
            return runs;
        } catch (SQLException e) {
            throw failure("read", e);
        }
    }

    private void rollback() {
        try {
            connection.rollback();
        } catch (SQLException ignored) {
            // The connection is broken; the failure that brought us here is the one to report.
        }
    }

    private HistoryException failure(String what, SQLException e) {
        return new HistoryException(url + ": cannot " + what + " (" + rootMessage(e) + ")", e);
    }

    private static String text(Object value) {
        return value == null ? null : value.toString();
    }

    private static byte[] gunzip(byte[] bytes) {
        try (GZIPInputStream in = new GZIPInputStream(new java.io.ByteArrayInputStream(bytes))) {
            return in.readAllBytes();
        } catch (IOException e) {
            throw new HistoryException("stored run file is damaged (" + e.getMessage() + ")", e);
        }
    }

    @Override
    public void close() {
        try {
            connection.close();
        } catch (SQLException e) {
            throw failure("close", e);
        }
    }
}
