#!/usr/bin/env bash
# Extraction: quality on the evaluation set, then speed and model memory on one core.
#   bench/extraction.sh            score table (seed, dev, held-back) + speed (20 s measured)
#   bench/extraction.sh score      score table only (fails when ExtractionScoreTest's bars are not met)
#   bench/extraction.sh speed [s]  speed only, one core, the heap capped at 150 MB (issue 36's bound: an
#                                  extractor that needs more fails with OutOfMemoryError)
# PolNeAR (text nobody here wrote) is scored by bench/polnear.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
what=${1:-all}
if [[ $what == all || $what == score ]]; then
  status=0
  ./mvnw -B -q test -Dtest=ExtractionScoreTest -Dsurefire.failIfNoSpecifiedTests=false >/dev/null || status=$?
  cat target/extraction-score.txt
  [[ $status == 0 ]] || { echo "ExtractionScoreTest failed: the scores fell below its bars" >&2; exit "$status"; }
fi
if [[ $what == all || $what == speed ]]; then
  ./mvnw -B -q compile dependency:build-classpath -Dmdep.outputFile=target/bench-cp.txt >/dev/null
  mkdir -p target/bench-classes
  javac -d target/bench-classes -cp "target/classes:$(cat target/bench-cp.txt)" bench/extraction/Bench.java
  # one core, the heap small enough that the models' share shows
  taskset -c 0 java -XX:+UseSerialGC -Xmx150m -cp "target/bench-classes:target/classes:$(cat target/bench-cp.txt)" \
    app.claimgraph.extract.Bench "${2:-20}"
fi
