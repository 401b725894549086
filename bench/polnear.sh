#!/usr/bin/env bash
# Scores extraction on PolNeAR articles (issue 36's yardstick): P/R/F1 for cue, source, content and all three.
#   bench/polnear.sh [DIR] [--errors FILE]
# DIR holds NAME.txt + NAME.ann (BRAT) pairs; default ../shared/polnear/dev. The corpus has no licence:
# it is read where it lies and nothing of it enters the repository (keep an --errors file outside it too).
# Runs the pipeline in process from the test class path (no application, no database).
set -euo pipefail
cd "$(dirname "$0")/.."
args=("$@")
[[ ${#args[@]} -gt 0 && ${args[0]} != --* ]] || args=(../shared/polnear/dev "${args[@]}")
./mvnw -B -q test-compile dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/test-cp.txt >/dev/null
java -XX:+UseSerialGC -Xmx512m -cp "target/test-classes:target/classes:$(cat target/test-cp.txt)" \
  app.claimgraph.extract.PolnearScorer "${args[@]}"
