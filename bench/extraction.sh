#!/usr/bin/env bash
# Extraction: quality on the evaluation set, then speed and model memory on one core.
#   bench/extraction.sh            score table (seed, dev, held-back) + speed (20 s measured)
#   bench/extraction.sh score      score table only
#   bench/extraction.sh speed [s]  speed only
set -euo pipefail
cd "$(dirname "$0")/.."
what=${1:-all}
if [[ $what == all || $what == score ]]; then
  ./mvnw -B -q test -Dtest=ExtractionScoreTest -Dsurefire.failIfNoSpecifiedTests=false >/dev/null || true
  cat target/extraction-score.txt
fi
if [[ $what == all || $what == speed ]]; then
  ./mvnw -B -q compile dependency:build-classpath -Dmdep.outputFile=target/bench-cp.txt >/dev/null
  mkdir -p target/bench-classes
  javac -d target/bench-classes -cp "target/classes:$(cat target/bench-cp.txt)" bench/extraction/Bench.java
  # one core, the heap small enough that the models' share shows
  taskset -c 0 java -XX:+UseSerialGC -Xmx256m -cp "target/bench-classes:target/classes:$(cat target/bench-cp.txt)" \
    app.claimgraph.extract.Bench "${2:-20}"
fi
