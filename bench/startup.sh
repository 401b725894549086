#!/usr/bin/env bash
# Start-up to the first answered query, RSS and CPU time of the packaged application, side by side in
# one run: plain JVM 17, JVM 25, and JVM 25 with the AOT cache the build recorded (target/quarkus-app/
# app.aot, made by `./mvnw verify` on JDK 25). Runs are interleaved (one of each variant in turn) so a
# noisy neighbour hits all of them alike. Datasets: the shipped seed on an H2 file database (stored by a
# first start), and, with DB100K=<path>, a database made by bench/generate.sh (e.g. 100k claims:
# bench/generate.sh /tmp/cg100k/db 10000 100000 30000 5000, then DB100K=/tmp/cg100k/db).
# Writes bench/results/<date>-startup.md.
#   JAVA_HOME=<jdk 25> ./mvnw -B verify -DskipTests=false && bench/startup.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-5}
app=target/quarkus-app
java17=${JAVA17:-/usr/lib/jvm/java-17-openjdk-amd64/bin/java}
java25=${JAVA25:-$(ls -d /usr/lib/jvm/*25*/bin/java 2>/dev/null | head -1)}
[[ -f $app/quarkus-run.jar ]] || { echo "build first: ./mvnw -B verify (on JDK 25 it records app.aot)" >&2; exit 1; }
[[ -x $java17 && -x $java25 ]] || { echo "needs JAVA17 and JAVA25 (paths of java)" >&2; exit 1; }
[[ -f $app/app.aot ]] || { echo "no $app/app.aot: build with JDK 25 and run the integration tests" >&2; exit 1; }
# The recommended flags (README); on JVM 25 with compact object headers, as the AOT cache was recorded
# (the pom's aot profile) and as the Docker image runs (its heap flags differ, start-up does not see them).
coh=-XX:+UseCompactObjectHeaders
source bench/recommended-flags.sh
flags=${JVM_FLAGS:-$general_flags}
port=${PORT:-18095}
seed_db=$(mktemp -d)/claimgraph
pid=
trap 'kill $pid 2>/dev/null || true; wait $pid 2>/dev/null || true' EXIT

# one start: "ms rss_mb cpu_s"; $1 database path, $2 java, rest extra flags
measure() {
  local db=$1 java=$2 t0 ms cpu
  shift 2
  t0=$(date +%s%N)
  # from the application directory: the AOT cache records the class path as the jar sees it
  # shellcheck disable=SC2086
  (cd $app && exec "$java" $flags "$@" -Dclaimgraph.db.path="$db" -Dquarkus.http.port=$port -jar quarkus-run.jar \
    >/dev/null 2>&1) &
  pid=$!
  until curl -fs "localhost:$port/graphql?query=%7Bdocuments%7BtotalCount%7D%7D" >/dev/null; do
    kill -0 $pid 2>/dev/null || { echo "the service did not start ($java $*)" >&2; exit 1; }
    sleep 0.01
  done
  ms=$(( ($(date +%s%N) - t0) / 1000000 ))
  cpu=$(awk -v hz="$(getconf CLK_TCK)" '{printf "%.1f", ($14 + $15) / hz}' /proc/$pid/stat)
  sleep 6 # past the first native-heap trim
  echo "$ms $(( $(ps -o rss= -p $pid) / 1024 )) $cpu"
  kill $pid; wait $pid 2>/dev/null || true; pid=
}

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR + 1) / 2)]}'; }

variants=("JVM 17|$java17|" "JVM 25|$java25|$coh" "JVM 25 + AOT cache|$java25|$coh -XX:AOTCache=app.aot")
datasets=("seed|$seed_db")
[[ -n ${DB100K:-} ]] && datasets+=("100k claims|$DB100K")

first=$(measure "$seed_db" "$java25" $coh -XX:AOTCache=app.aot)
rows=("| seed | first start, empty database (stores the seed), JVM 25 + AOT cache | $(awk '{print $1 " | " $2 " | " $3}' <<<"$first") |")
for d in "${datasets[@]}"; do
  name=${d%%|*}; db=${d#*|}
  declare -A out=()
  # a generated database gets the seed on its first start: that start is not a restart
  [[ $db == "$seed_db" ]] || measure "$db" "$java25" $coh >/dev/null
  for _ in $(seq "$runs"); do
    for v in "${variants[@]}"; do
      IFS='|' read -r label java extra <<<"$v"
      # shellcheck disable=SC2086
      out[$label]+="$(measure "$db" "$java" $extra)"$'\n'
    done
  done
  for v in "${variants[@]}"; do
    label=${v%%|*}
    col() { awk -v c="$1" 'NF {print $c}' <<<"${out[$label]}" | median; }
    rows+=("| $name | restart, $label (median of $runs) | $(col 1) | $(col 2) | $(col 3) |")
  done
  unset out
done

result=bench/results/$(date +%F)-startup.md
{
  echo "# Start-up — $(date +%F)"
  echo
  echo "- Machine: $(nproc) vCPU, $(free -g | awk '/Mem:/ {print $2}') GiB RAM; $("$java17" -version 2>&1 | head -1); $("$java25" -version 2>&1 | head -1)."
  echo "- The same packaged application (target/quarkus-app, classes for release 17) on an embedded H2 file"
  echo "  database; JVM flags \`$flags\`; the AOT cache recorded by the build's integration tests."
  echo "- Start-up: from launching java to the first answered query (a GET of \`{ documents { totalCount } }\`)."
  echo "  RSS 6 s after that answer. CPU: user + system seconds of the JVM up to the first answer (all threads)."
  echo "  Variants interleaved, $runs runs each; restarts find the data stored and write nothing."
  echo
  echo "| data | start | ms to first answer | RSS MB | CPU s |"
  echo "| --- | --- | ---: | ---: | ---: |"
  printf '%s\n' "${rows[@]}"
} >"$result"
cat "$result"
