#!/usr/bin/env bash
# Start-up to the first answered query, RSS and CPU time, for the packaged jar on the shipped seed:
# the first start on an empty H2 database (it stores the seed), then RUNS restarts (seed present).
# With an AppCDS archive in target/quarkus-app (package with -Dquarkus.package.jar.appcds.enabled=true)
# the restarts are measured again with it. Writes bench/results/<date>-startup.md.
#   ./mvnw -B package -DskipTests [-Dquarkus.package.jar.appcds.enabled=true] && bench/startup.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
app=target/quarkus-app
[[ -f $app/quarkus-run.jar ]] || { echo "build first: ./mvnw -B package -DskipTests" >&2; exit 1; }
flags=${JVM_FLAGS:-"-XX:+UseSerialGC -Xms16m -Xmx256m -XX:TrimNativeHeapInterval=5000"}
port=${PORT:-18095}
db=$(mktemp -d)/claimgraph
pid=
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true' EXIT

# one start: prints "ms rss_mb cpu_s"
measure() {
  local t0 ms
  t0=$(date +%s%N)
  # from the application directory: an AppCDS archive records the class path as the jar sees it
  # shellcheck disable=SC2086
  (cd $app && exec java $flags "$@" -Dclaimgraph.db.path="$db" -Dquarkus.http.port=$port -jar quarkus-run.jar \
    >/dev/null 2>&1) &
  pid=$!
  until curl -fs "localhost:$port/graphql?query=%7Bdocuments%7BtotalCount%7D%7D" >/dev/null; do
    kill -0 $pid 2>/dev/null || { echo "the service did not start" >&2; exit 1; }
    sleep 0.02
  done
  ms=$(( ($(date +%s%N) - t0) / 1000000 ))
  local cpu
  cpu=$(awk -v hz="$(getconf CLK_TCK)" '{printf "%.1f", ($14 + $15) / hz}' /proc/$pid/stat)
  sleep 6 # past the first native-heap trim
  echo "$ms $(( $(ps -o rss= -p $pid) / 1024 )) $cpu"
  kill $pid; wait $pid 2>/dev/null || true; pid=
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR + 1) / 2)]}'; }

rows=()
first=$(measure)
rows+=("| first start, empty database (stores the seed) | $(echo "$first" | awk '{print $1}') | $(echo "$first" | awk '{print $2}') | $(echo "$first" | awk '{print $3}') |")
variants=("restart, seed present|")
[[ -f $app/app-cds.jsa ]] && variants+=("restart, seed present, AppCDS archive|-XX:SharedArchiveFile=app-cds.jsa")
for v in "${variants[@]}"; do
  name=${v%%|*}; extra=${v#*|}
  out=$(for _ in $(seq "$runs"); do measure $extra; done)
  rows+=("| $name (median of $runs) | $(echo "$out" | awk '{print $1}' | median) | $(echo "$out" | awk '{print $2}' | median) | $(echo "$out" | awk '{print $3}' | median) |")
done
result=bench/results/$(date +%F)-startup.md
{
  echo "# Start-up, seed only — $(date +%F)"
  echo
  echo "- Machine: $(nproc) vCPU, $(free -g | awk '/Mem:/ {print $2}') GiB RAM, $(java -version 2>&1 | head -1)."
  echo "- Packaged jar on an embedded H2 file database, JVM flags \`$flags\`."
  echo "- Start-up: from launching java to the first answered query (a GET of \`{ documents { totalCount } }\`)."
  echo "  RSS 6 s after that answer. CPU: user + system seconds of the JVM up to the first answer (all threads)."
  echo
  echo "| start | ms to first answer | RSS MB | CPU s |"
  echo "| --- | ---: | ---: | ---: |"
  printf '%s\n' "${rows[@]}"
} >"$result"
cat "$result"
