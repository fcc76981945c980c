-- Trends and the change check read run_id, name, outcome and headline of one metric: by id
-- (plot --view history --id: a range of names) or by run (history check: the last runs). One
-- index for each access, each holding every column read, answers both from the index alone;
-- on 1,000 runs x 1,000 ids the trend query of 50 ids over every run went from 2.3-2.5 s to
-- 0.3-0.7 s (benchmarks/history.md).
DROP INDEX measurement_by_id;
CREATE INDEX measurement_trend ON measurement (metric, name, run_id, outcome, headline);
CREATE INDEX measurement_run ON measurement (metric, run_id, name, outcome, headline);
