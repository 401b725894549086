#!/usr/bin/env bash
# JVM flag sets side by side on one scenario (how the recommended flags were chosen), never in CI:
#   bench/flags.sh DB_PATH BODIES CLIENTS "FLAGS A" ["FLAGS B" ...]
# DB_PATH: a generated H2 database (bench/generate.sh, or the one bench/compare.sh keeps in
# $BENCH_DATA/100k/db); BODIES: a file of GraphQL request bodies, one per line (bench/wrk/graphql.lua).
# For each flag set, in turn and ROUNDS times (default 2): starts the packaged application
# (target/quarkus-app, or $APP) with the result cache off, warms it 40 s under wrk, measures 20 s and prints
# req/s, p99, young/full collections during the 20 s, the heap committed at the end and the peak RSS
# (sampled every second from start to the end of the 60 s). JAVA picks the JVM (default: java on PATH);
# JDBC_URL (with JDBC_USER) serves a PostgreSQL database instead of DB_PATH with the PostgreSQL build as APP.
set -euo pipefail
db=$(readlink -f "${1:?H2 database path}"); bodies=$(readlink -f "${2:?bodies file}"); clients=${3:?clients}; shift 3
app=$(readlink -f "${APP:-target/quarkus-app}")
lua=$(readlink -f "$(dirname "$0")/wrk/graphql.lua")
port=${PORT:-15003}
source "$(dirname "$0")/jvm.sh"
gc() { "$jstat" -gc "$1" | tail -1 | awk '{print $13, $15, int(($1+$2+$5+$7)/1024)}'; }
if [[ -n ${JDBC_URL:-} ]]; then
  data=(-Dquarkus.datasource.jdbc.url="$JDBC_URL" -Dquarkus.datasource.username="${JDBC_USER:-postgres}")
else
  data=(-Dclaimgraph.db.path="$db")
fi
for round in $(seq "${ROUNDS:-2}"); do
  for flags in "$@"; do
    # shellcheck disable=SC2086
    serve "$app" "$port" /tmp/claimgraph-flags.log $flags "${data[@]}"
    (while kill -0 $pid 2>/dev/null; do ps -o rss= -p $pid; sleep 1; done > /tmp/claimgraph-flags.rss) &
    sampler=$!
    BODIES=$bodies wrk -t"$threads" -c"$clients" -d40s -s "$lua" "http://localhost:$port/graphql" >/dev/null
    read -r y0 f0 _ <<<"$(gc $pid)"
    out=$(BODIES=$bodies wrk -t"$threads" -c"$clients" -d20s --latency -s "$lua" "http://localhost:$port/graphql")
    read -r y1 f1 heap <<<"$(gc $pid)"
    peak=$(( $(sort -n /tmp/claimgraph-flags.rss | tail -1) / 1024 ))
    kill $pid; wait $pid 2>/dev/null || true; kill $sampler 2>/dev/null || true
    printf '%s | round %s | %s req/s | p99 %s | young %s full %s | heap %s MB | peak RSS %s MB\n' "$flags" "$round" \
      "$(awk '/Requests\/sec/ {print $2}' <<<"$out")" "$(awk '$1=="99%" {print $2}' <<<"$out")" \
      $((y1 - y0)) $((f1 - f0)) "$heap" "$peak"
  done
done
