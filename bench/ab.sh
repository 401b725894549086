#!/usr/bin/env bash
# Two builds side by side on one scenario, interleaved (how this session's SQL and cursor changes were
# checked), never in CI:
#   bench/ab.sh BODIES CLIENTS SECONDS ROUNDS PORT_A PORT_B
# Both servers are already running (e.g. the PostgreSQL build before and after a change, on the tables
# bench/compare.sh keeps, started with -Dquarkus.http.port=PORT); BODIES is a file of GraphQL request
# bodies, one per line (bench/wrk/graphql.lua). Each round runs wrk against A, then B, and prints for each
# req/s, the server's CPU per request and PostgreSQL's (all its processes; 0 for an H2 build), in ms.
# Warm both first (a round of 60 s, discarded): the JIT keeps compiling for about two minutes of load.
set -euo pipefail
bodies=$(readlink -f "${1:?bodies file}"); clients=${2:?clients}; seconds=${3:?seconds}; rounds=${4:?rounds}
lua=$(readlink -f "$(dirname "$0")/wrk/graphql.lua")
ticks() { # CPU ticks (user + system) of the processes given
  local t=0 f
  for p in "$@"; do
    if read -ra f < "/proc/$p/stat" 2>/dev/null; then t=$((t + f[13] + f[14])); fi
  done
  echo $t
}
hz=$(getconf CLK_TCK)
for round in $(seq "$rounds"); do
  for port in "$5" "$6"; do
    server=$(pgrep -f -- "-Dquarkus.http.port=$port" | head -1)
    # shellcheck disable=SC2046
    s0=$(ticks "$server"); p0=$(ticks $(pgrep -x postgres || true))
    out=$(BODIES=$bodies wrk -t"$(( clients < 2 ? 1 : 2 ))" -c"$clients" -d"${seconds}s" -s "$lua" "http://127.0.0.1:$port/graphql")
    # shellcheck disable=SC2046
    s1=$(ticks "$server"); p1=$(ticks $(pgrep -x postgres || true))
    n=$(awk '/requests in/ {print $1}' <<<"$out")
    awk -v r="$round" -v port="$port" -v n="$n" -v s=$((s1 - s0)) -v p=$((p1 - p0)) -v hz="$hz" \
      -v rps="$(awk '/Requests\/sec/ {print $2}' <<<"$out")" \
      'BEGIN { printf "round %s port %s: %8.1f req/s, server %.2f ms, PostgreSQL %.2f ms CPU per request\n", r, port, rps, s * 1000 / hz / n, p * 1000 / hz / n }'
  done
done
