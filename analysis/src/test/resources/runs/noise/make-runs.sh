#!/usr/bin/env bash
# How the run files here were made: real harness runs of NoisyRounds with the jars of this
# repository (mvn -B -DskipTests package). same-1 to same-4 run the same code one after the
# other; slower runs every call with 20% more work (-Dnoisy.scale=1.2).
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../../../../../.." && pwd)
harness=$root/harness/target/benchmem-harness.jar
agent=$root/agent/target/benchmem.jar
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
javac -d "$work" -cp "$harness" -parameters "$here/NoisyRounds.java"
run() { # NAME SCALE
  java -Dnoisy.scale="$2" -javaagent:"$agent" -cp "$harness:$work" dev.benchmem.harness.Main \
    --scan-classpath "$work" --benchmark-json="$here/$1.json" -q
}
for i in 1 2 3 4; do run same-$i 1; done
run slower 1.2
