-- The run-history schema, one script for SQLite and PostgreSQL. The placeholders are what the two
-- spell differently (HistoryStore sets them): ${id_column} an auto-numbered primary key
-- (INTEGER PRIMARY KEY AUTOINCREMENT, or an identity column), ${document_type} BLOB or BYTEA.

-- One saved run. Its identity is content_hash, the SHA-256 of the run file as core's writer
-- writes it: the same run added twice (or by two shards at once) is one row.
CREATE TABLE run (
    id ${id_column},
    content_hash CHAR(64) NOT NULL,
    run_time VARCHAR(40) NOT NULL,
    commit_id VARCHAR(100),
    commit_time VARCHAR(40),
    branch VARCHAR(255),
    machine VARCHAR(255),
    benchmarks INTEGER NOT NULL,
    added_at TIMESTAMP NOT NULL,
    -- the run file itself, gzip-compressed: what export writes back
    document ${document_type} NOT NULL,
    CONSTRAINT run_content_hash UNIQUE (content_hash)
);
CREATE INDEX run_by_time ON run (run_time);
CREATE INDEX run_by_branch ON run (branch, run_time);

-- One benchmark's headline value per metric (time, peak, allocated, allocations and any
-- series a later agent adds), keyed by the metric's key, for trends and the change check.
CREATE TABLE measurement (
    run_id BIGINT NOT NULL REFERENCES run (id) ON DELETE CASCADE,
    metric VARCHAR(32) NOT NULL,
    name VARCHAR(1000) NOT NULL,
    position INTEGER NOT NULL,
    outcome VARCHAR(16) NOT NULL,
    headline DOUBLE PRECISION,
    max_value DOUBLE PRECISION,
    passes INTEGER NOT NULL,
    PRIMARY KEY (run_id, metric, position)
);
CREATE INDEX measurement_by_id ON measurement (metric, name, run_id);
