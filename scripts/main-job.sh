#!/usr/bin/env bash
# The main job: run the example suite end to end (timed rounds + memory pass) three times,
# then compare the runs and plot every view. Expects the jars of `mvn -B -DskipTests package`.
# Output goes to target/main-job/ (override with OUT=DIR).
set -euo pipefail
cd "$(dirname "$0")/.."
out=${OUT:-target/main-job}
mkdir -p "$out"
java=${JAVA:-java}
benchmem=cli/target/benchmem
# The reference walkthrough's table (min, median | peak, allocated, allocs) for every suite run
# here: it fits a 120-column terminal (.ci/run checks). rss and retained are shown by compare.
table=(--benchmark-columns=min,median --benchmark-memory-columns=peak,allocated,allocations)

for run in baseline candidate third; do
  echo "== example suite: $run"
  "$java" -javaagent:agent/target/benchmem.jar -jar examples/target/tests.jar "${table[@]}" \
    --benchmark-json="$out/$run.json"
done

echo "== compare"
"$benchmem" compare "$out/baseline.json" "$out/candidate.json" --metric peak
"$benchmem" compare "$out/baseline.json" "$out/candidate.json" --metric time
"$benchmem" compare "$out/baseline.json" "$out/candidate.json" --metric allocated,allocations \
  --sort value --csv "$out/compare.csv"
# Same code twice: the gate passes on noise (allocation counts are deterministic).
"$benchmem" compare "$out/baseline.json" "$out/candidate.json" \
  --fail-on allocations:5% --fail-on allocated:5%
# The reference's views: the diff (with a label column, one table per class), a pivot gate
# inside one run; every statistic with multipliers follows the profiles below (ids short
# enough for a 120-column terminal).
"$benchmem" compare "$out/baseline.json" "$out/candidate.json" --diff --columns time,extra:n --group-by class
"$benchmem" compare "$out/baseline.json" "$out/candidate.json" "$out/third.json" --diff --columns time,peak,allocations
"$benchmem" compare "$out/baseline.json" --pivot layout --columns allocations --fail-on allocations:5% \
  || echo "(exit $?: LINKED_LIST allocates more than ARRAY_LIST, as the lesson says)"
# The noise-aware time gate: rounds must differ by a rank test as well as grow. Time on a busy
# machine can still move for real between JVMs, so the result is shown, not required.
"$benchmem" compare "$out/baseline.json" "$out/candidate.json" --fail-on time:10%@0.01 || echo "(exit $?)"
# Dashboard exports of the last run.
"$benchmem" compare "$out/candidate.json" --format github-action-benchmark > "$out/github-action-benchmark.json"
"$benchmem" compare "$out/candidate.json" --format bencher > "$out/bencher.json"
# DirectBufferBench's isolated passes carry rss; every pass carries retained (LeakBench leaks).
"$benchmem" compare "$out/baseline.json" "$out/candidate.json" --metric rss,retained \
  --fail-on retained:1KiB

echo "== plot"
"$benchmem" plot "$out/baseline.json" --metric peak -o "$out/scaling.html"
"$benchmem" plot "$out/baseline.json" "$out/candidate.json" --metric time -o "$out/scatter.html"
"$benchmem" plot "$out/baseline.json" "$out/candidate.json" --metric time --view compare -o "$out/compare.html"
"$benchmem" plot "$out/baseline.json" "$out/candidate.json" "$out/third.json" --metric time \
  -l v1 -l v2 -l v3 -o "$out/sweep.html"
# A static image of the scaling view over two runs, and one run compared along a dim (--pivot).
"$benchmem" plot "$out/baseline.json" "$out/candidate.json" --view scaling --where node.method=collectAndSum \
  --color layout -o "$out/scaling.png"
"$benchmem" plot "$out/baseline.json" --pivot layout -o "$out/pivot.svg"
echo "== profiles: where the memory goes, and what a boxing candidate changed"
rm -rf "$out/profiles"
"$java" -javaagent:agent/target/benchmem.jar -jar examples/target/tests.jar -q -c SquaresBench "${table[@]}" \
  --benchmark-memory-profile="$out/profiles/base" --benchmark-json="$out/squares-base.json"
"$java" -Dsquares.boxed=true -javaagent:agent/target/benchmem.jar -jar examples/target/tests.jar -q -c SquaresBench \
  "${table[@]}" \
  --benchmark-memory-profile="$out/profiles/candidate" --benchmark-json="$out/squares-candidate.json"
"$benchmem" flamegraph "$out/profiles/candidate" 'squares[100000]' -o "$out/flamegraph.html"
"$benchmem" compare "$out/squares-base.json" "$out/squares-candidate.json" --stat all --columns time,allocated -l base,boxed
"$benchmem" flamegraph "$out/profiles/candidate" --worst allocated --report table
"$benchmem" flamegraph --diff "$out/profiles/base" "$out/profiles/candidate" 'squares[100000]' --report table
"$benchmem" flamegraph --diff "$out/profiles/base" "$out/profiles/candidate" 'squares[100000]' -o "$out/flamegraph-diff.html"
echo "== shards, merge, history"
for shard in 1 2 3; do
  "$java" -javaagent:agent/target/benchmem.jar -jar examples/target/tests.jar -q "${table[@]}" \
    --benchmark-shard=$shard/3 --benchmark-json="$out/shard-$shard.json"
done
"$benchmem" merge "$out/shard-1.json" "$out/shard-2.json" "$out/shard-3.json" -o "$out/merged.json"
rm -f "$out/history.db"*
"$benchmem" history add --db "$out/history.db" "$out/baseline.json" "$out/candidate.json" "$out/third.json" "$out/merged.json"
"$benchmem" history add --db "$out/history.db" "$out/baseline.json"   # stored once
"$benchmem" history list --db "$out/history.db"
"$benchmem" history show --db "$out/history.db" 1
"$benchmem" history export --db "$out/history.db" 1 -o "$out/exported.json"
"$benchmem" history rm --db "$out/history.db" 4
# Four runs are too few for a band (5 earlier runs needed): the check judges none and passes.
"$benchmem" history check --db "$out/history.db" --metric peak --window 20
"$benchmem" plot --view history --db "$out/history.db" --metric allocated -o "$out/history.html"
echo "== sweep"
# Two jackson-databind releases from Maven Central (cached in ~/.m2 after the first run; 2.21.0
# is the build's own), the write benchmarks only, short rounds: the sweep's steps, not its timings.
rm -rf "$out/sweep"
"$benchmem" sweep com.fasterxml.jackson.core:jackson-databind 2.9.10 2.21.0 --suite examples/target/jackson-sweep \
  --out "$out/sweep" --harness-arg=-k --harness-arg=write --harness-arg=--benchmark-max-time=0.05 \
  --harness-arg=--benchmark-warmup=off --harness-arg=--benchmark-memory-repeats=2 \
  --harness-arg="${table[0]}" --harness-arg="${table[1]}"
"$benchmem" compare "$out/sweep/2.9.10.json" "$out/sweep/2.21.0.json" --metric allocated
"$benchmem" plot "$out/sweep/2.9.10.json" "$out/sweep/2.21.0.json" --view sweep --metric allocated -o "$out/sweep.html"
echo "== main job done: $out"
