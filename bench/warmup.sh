#!/usr/bin/env bash
# How long the JVM takes to reach full speed under load (the JIT compilers' warm-up), never in CI:
#   bench/warmup.sh DB_PATH BODIES CLIENTS WINDOWS "FLAGS"
# Starts the packaged application (target/quarkus-app, or $APP; JAVA picks the JVM) on a generated H2
# database with the result cache off, then runs wrk for WINDOWS windows of 30 s back to back and prints,
# per window: req/s, p99, the JIT compilers' cumulated time (jstat -compiler) and RSS at its end.
set -euo pipefail
db=$(readlink -f "${1:?H2 database path}"); bodies=$(readlink -f "${2:?bodies file}"); clients=${3:?clients}
windows=${4:?windows}; flags=${5:-}
app=$(readlink -f "${APP:-target/quarkus-app}")
lua=$(readlink -f "$(dirname "$0")/wrk/graphql.lua")
port=${PORT:-15004}
source "$(dirname "$0")/jvm.sh"
# shellcheck disable=SC2086
serve "$app" "$port" /tmp/claimgraph-warmup.log $flags -Dclaimgraph.db.path="$db"
trap 'kill $pid 2>/dev/null || true' EXIT
echo "$("$java" -version 2>&1 | head -1); flags: $flags; $clients clients"
for w in $(seq "$windows"); do
  out=$(BODIES=$bodies wrk -t"$threads" -c"$clients" -d30s --latency -s "$lua" "http://localhost:$port/graphql")
  printf 'window %2d (%3d-%3d s) | %8s req/s | p99 %9s | JIT %6s s | RSS %s MB\n' "$w" $(( (w - 1) * 30 )) $(( w * 30 )) \
    "$(awk '/Requests\/sec/ {print $2}' <<<"$out")" "$(awk '$1=="99%" {print $2}' <<<"$out")" \
    "$("$jstat" -compiler $pid | tail -1 | awk '{print $4}')" $(( $(ps -o rss= -p $pid) / 1024 ))
done
