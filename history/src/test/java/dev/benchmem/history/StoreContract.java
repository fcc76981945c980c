package dev.benchmem.history;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.benchmem.core.Metric;
import dev.benchmem.core.RunFile;
import dev.benchmem.core.Trend;
import dev.benchmem.core.RunFileWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** What every history database must do; run on embedded SQLite and on a real PostgreSQL server. */
abstract class StoreContract {

    /** A fresh, empty database for one test. */
    abstract String db();

    @Test
    void exportIsTheRunFileAsCoresWriterWritesIt() {
        RunFile run = SyntheticRuns.run(1, "main", 5, i -> 1000 + i);
        try (HistoryStore store = HistoryStore.open(db())) {
            StoredRun stored = store.add(run).run();
            assertThat(new String(store.document(store.find(Long.toString(stored.id()))), StandardCharsets.UTF_8))
                    .isEqualTo(RunFileWriter.withData().toJson(run));
            assertThat(stored.commitId()).isEqualTo("c1");
            assertThat(stored.branch()).isEqualTo("main");
            assertThat(stored.benchmarks()).isEqualTo(5);
            assertThat(store.find(stored.contentHash().substring(0, 8))).isEqualTo(stored);
        }
    }

    @Test
    void aRunAddedTwiceIsStoredOnce() {
        RunFile run = SyntheticRuns.run(1, "main", 3, i -> 1000);
        try (HistoryStore store = HistoryStore.open(db())) {
            assertThat(store.add(run).isNew()).isTrue();
            HistoryStore.Added again = store.add(run);
            assertThat(again.isNew()).isFalse();
            assertThat(store.list()).hasSize(1);
            assertThat(store.trends(Metric.PEAK, store.list(), null)).hasSize(3)
                    .allSatisfy(t -> assertThat(t.points()).hasSize(1));
        }
    }

    @Test
    void concurrentAddsOfOneRunStoreItOnce() throws Exception {
        RunFile run = SyntheticRuns.run(1, "main", 200, i -> 1000 + i);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<HistoryStore.Added>> adds = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                Callable<HistoryStore.Added> add = () -> {
                    try (HistoryStore store = HistoryStore.open(db())) {
                        return store.add(run);
                    }
                };
                adds.add(pool.submit(add));
            }
            int fresh = 0;
            for (Future<HistoryStore.Added> add : adds) {
                fresh += add.get().isNew() ? 1 : 0;
            }
            assertThat(fresh).isEqualTo(1);
        } finally {
            pool.shutdown();
        }
        try (HistoryStore store = HistoryStore.open(db())) {
            assertThat(store.list()).hasSize(1);
            assertThat(store.trends(Metric.TIME, store.list(), null)).hasSize(200);
        }
    }

    @Test
    void removeTakesTheRunsMeasurementsWithIt() {
        try (HistoryStore store = HistoryStore.open(db())) {
            StoredRun first = store.add(SyntheticRuns.run(1, "main", 4, i -> 1000)).run();
            store.add(SyntheticRuns.run(2, "main", 4, i -> 2000));
            store.remove(first);
            assertThat(store.list()).extracting(StoredRun::commitId).containsExactly("c2");
            assertThat(store.trends(Metric.PEAK, store.list(), null))
                    .allSatisfy(t -> assertThat(t.points()).extracting(Trend.Point::value).containsExactly(2000.0));
            assertThatThrownBy(() -> store.find(Long.toString(first.id()))).isInstanceOf(HistoryException.class)
                    .hasMessageContaining("no such run");
        }
    }

    @Test
    void trendsFollowTheIdPatternAndBranch() {
        try (HistoryStore store = HistoryStore.open(db())) {
            for (int r = 1; r <= 3; r++) {
                store.add(SyntheticRuns.run(r, "main", 12, i -> 1000 + i));
            }
            store.add(SyntheticRuns.run(4, "feature", 12, i -> 5000));
            List<Trend> trends = store.trends(Metric.PEAK, store.recent("main", 100), "bench[1?]");
            assertThat(trends).extracting(Trend::id).containsExactly("bench[10]", "bench[11]");
            assertThat(trends.get(0).points()).extracting(Trend.Point::commitId).containsExactly("c1", "c2", "c3");
            assertThat(trends.get(0).points()).extracting(Trend.Point::value).containsOnly(1010.0);
        }
    }

    @Test
    void checkFlagsTheOneIdWithAFifteenPercentStepAndNoOther() {
        int runs = 25;
        int stepped = 7;
        try (HistoryStore store = HistoryStore.open(db())) {
            for (int r = 0; r < runs; r++) {
                int run = r;
                store.add(SyntheticRuns.run(run, "main", 20, i -> Math.round(100_000 * (1 + SyntheticRuns.noise(run, i))
                        * (run == runs - 1 && i == stepped ? 1.15 : 1))));
            }
            List<ChangeCheck.Verdict> verdicts = new ChangeCheck(Metric.PEAK, 20, 0.05).check(store, "main");
            assertThat(verdicts).hasSize(20);
            assertThat(verdicts).filteredOn(v -> v.status() != ChangeCheck.Status.OK)
                    .extracting(ChangeCheck.Verdict::id, ChangeCheck.Verdict::status)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("bench[7]", ChangeCheck.Status.REGRESSION));
        }
    }
}
