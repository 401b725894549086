#!/usr/bin/env bash
# The explorer on a large store (issue 38): generates a graph of 100,000 claims with bench/generate.sh
# (about 2 minutes on 2 cores), serves it with the packaged application (result cache off, as a reader's
# first visit) and walks it in headless Chromium (.ci/browser/large.mjs). .ci/run stage 2d.
#   ./mvnw -B package -DskipTests && .ci/browser-large.sh [existing H2 database path]
set -euo pipefail
cd "$(dirname "$0")/.."
source .ci/app.sh
need_node
need_chromium
port=${BROWSER_PORT:-18082}
work=$(mktemp -d)
db=${1:-}
if [[ -z "$db" ]]; then
  db="$work/db"
  bench/generate.sh "$db" 10000 100000 30000 5000
fi
java -Dclaimgraph.graphql.result-cache.max-bytes=0 -Dclaimgraph.db.path="$db" -Dquarkus.http.port="$port" \
  -jar target/quarkus-app/quarkus-run.jar > target/browser-large-app.log 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 120); do
  curl -fs "localhost:$port/graphql?query=%7B__typename%7D" >/dev/null && break
  kill -0 $pid 2>/dev/null || { cat target/browser-large-app.log; exit 1; }
  sleep 0.5
done
(cd .ci/browser && npm ci --no-audit --no-fund --loglevel=error)
node .ci/browser/large.mjs "http://localhost:$port" target/screenshots-large
