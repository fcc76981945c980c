/**
 * The run-history database: saved runs across commits, for trends and a gate that needs no
 * hand-picked baseline. {@link dev.benchmem.history.HistoryStore} opens an embedded SQLite file
 * (default {@code .benchmarks/history.db}) or a PostgreSQL server
 * ({@code jdbc:postgresql://...}); Flyway applies the same migrations to both. A run is stored
 * whole (its file, gzip-compressed, plus one row per benchmark and metric) in one transaction,
 * identified by the SHA-256 of the file as core's writer writes it.
 * {@link dev.benchmem.history.ChangeCheck} flags ids whose latest value leaves the noise band of
 * the runs before it.
 */
package dev.benchmem.history;
