#!/usr/bin/env bash
# One command for the load benchmarks: generates (once) a graph of the chosen size, builds the
# service with Hibernate statistics on (for SQL statements per request), starts it with the JVM
# flags README recommends, measures start-up and RSS, runs the scenarios with wrk at 1, 8 and 32
# clients, once as configured and once with the result cache off, and writes
# bench/results/<date>-<size>.md.
#   bench/run.sh 10k|100k|1m [scenario substrings, comma-separated]
# Needs wrk (apt-get install wrk). Data is kept in $BENCH_DATA (default /tmp/claimgraph-bench).
set -euo pipefail
cd "$(dirname "$0")/.."
size=${1:?size: 10k, 100k or 1m}; only=${2:-}
case $size in
  10k) claims=10000 ;; 100k) claims=100000 ;; 1m) claims=1000000 ;;
  *) echo "size: 10k, 100k or 1m" >&2; exit 2 ;;
esac
actors=$((claims / 10)); rels=$((claims * 3 / 10)); docs=$((claims / 20))
data=${BENCH_DATA:-/tmp/claimgraph-bench}/$size
command -v wrk >/dev/null || { echo "needs wrk: apt-get install wrk" >&2; exit 1; }

if [[ ! -f $data/db.mv.db ]]; then
  mkdir -p "$data"
  start=$(date +%s)
  bench/generate.sh "$data/db" $actors $claims $rels $docs | tee "$data/generate.log"
  echo "generated in $(( $(date +%s) - start )) s" | tee -a "$data/generate.log"
fi

./mvnw -q -B package -DskipTests -Dquarkus.hibernate-orm.statistics=true -Dquarkus.hibernate-orm.metrics.enabled=true
# run a copy, so that target/ is free for other builds meanwhile
rm -rf "$data/app" && cp -r target/quarkus-app "$data/app"
port=${PORT:-18090}
source bench/recommended-flags.sh
flags=${JVM_FLAGS:-$general_flags}
out=bench/results/$(date +%F)-$size.md
log=$(mktemp)
pid=
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true' EXIT

# start_app [extra -D options]: starts the copy, waits for its first answer, sets startup_ms and rss_start
start_app() {
  t0=$(date +%s%N)
  # shellcheck disable=SC2086
  java $flags "$@" -Dclaimgraph.db.path="$data/db" -Dquarkus.http.port=$port \
    -jar "$data/app/quarkus-run.jar" >"$log" 2>&1 &
  pid=$!
  until curl -fs "localhost:$port/graphql?query=%7Bdocuments%7BtotalCount%7D%7D" >/dev/null; do
    kill -0 $pid 2>/dev/null || { cat "$log"; exit 1; }
    sleep 0.05
  done
  startup_ms=$(( ($(date +%s%N) - t0) / 1000000 ))
  sleep 6 # past the first native-heap trim (TrimNativeHeapInterval=5000)
  rss_start=$(( $(ps -o rss= -p $pid) / 1024 ))
}

stop_app() {
  kill $pid; wait $pid 2>/dev/null || true; pid=
}

# The scenarios twice: as configured (identical requests are answered from the result cache while
# no write happens), then with the result cache off, so that every request executes.
start_app
first_startup_ms=$startup_ms; first_rss=$rss_start
echo "start-up to first answered query: $startup_ms ms; RSS after start: $rss_start MB"
cached=$(mktemp)
bench/scenarios.py --url "http://localhost:$port" --pid $pid --out "$cached" ${only:+--only "$only"}
stop_app
start_app -Dclaimgraph.graphql.result-cache.max-bytes=0
uncached=$(mktemp)
bench/scenarios.py --url "http://localhost:$port" --pid $pid --out "$uncached" ${only:+--only "$only"}
stop_app
{
  echo "# Load scenarios, $size claims — $(date +%F)"
  echo
  echo "- Machine: $(nproc) vCPU, $(free -g | awk '/Mem:/ {print $2}') GiB RAM, $(java -version 2>&1 | head -1); load generator (wrk) on the same machine."
  echo "- Data: \`bench/generate.sh\` $actors actors, $claims claims, $rels relationships, $docs documents; embedded H2 file database."
  echo "- Service: packaged jar built with Hibernate statistics on, JVM flags \`$flags\`."
  echo "- Start-up to first answered query: $first_startup_ms ms, RSS 6 s after it: $first_rss MB (second start, for the"
  echo "  pass without result cache: $startup_ms ms, $rss_start MB)."
  echo "- Each cell: wrk for 10 s after a 10 s warm-up per scenario (\`bench/wrk/graphql.lua\`). SQL statements/request counts Hibernate's"
  echo "  statements; a request answered from the result cache runs one more, outside Hibernate (the data version)."
  echo
  echo "## As configured (result cache on)"
  echo
  cat "$cached"
  echo
  echo "## Result cache off (\`-Dclaimgraph.graphql.result-cache.max-bytes=0\`): every request executes"
  echo
  cat "$uncached"
} >"$out"
echo "wrote $out"
