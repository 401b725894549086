#!/usr/bin/env bash
# Each execution patch's gain, measured (issue 39; the switches in smallrye/Patches, the table in README):
#   bench/patches.sh [10k|100k] [rounds]
# Generates the store once (bench/generate.sh, kept in $BENCH_DATA), packages the H2 build, and runs
# bench/patches.py: every configuration (all on, each patch off, all off) started in turn on that store,
# result cache off, answers compared with all on's, wrk at 1 and 8 clients. Writes
# bench/results/<date>-patches-<size>.md. Needs wrk (installed if missing, as root).
set -euo pipefail
cd "$(dirname "$0")/.."
size=${1:-10k}; rounds=${2:-2}
case $size in
  10k) claims=10000 ;; 100k) claims=100000 ;;
  *) echo "size: 10k or 100k" >&2; exit 2 ;;
esac
data=${BENCH_DATA:-/tmp/claimgraph-bench}/$size
command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
if [[ ! -f $data/db.mv.db ]]; then
  mkdir -p "$data"
  bench/generate.sh "$data/db" $((claims / 10)) $claims $((claims * 3 / 10)) $((claims / 20))
fi
./mvnw -q -B package -DskipTests
rm -rf "$data/patches-app" && cp -r target/quarkus-app "$data/patches-app"
source bench/recommended-flags.sh
java=${JAVA:-java}
out=bench/results/$(date +%F)-patches-$size.md
table=$(mktemp)
bench/patches.py --java "$java" --flags "${JVM_FLAGS:-$(recommended_flags "$java")}" --jar "$data/patches-app/quarkus-run.jar" \
  --db "$data/db" --rounds "$rounds" --out "$table"
{
  echo "# Execution patches, one off at a time, $size claims — $(date +%F)"
  echo
  echo "- Machine: $(nproc) vCPU, $(free -g | awk '/Mem:/ {print $2}') GiB RAM, $("$java" -version 2>&1 | head -1); wrk on the same machine."
  echo "- Commit $(git rev-parse --short HEAD); H2 store from \`bench/generate.sh\`; result cache off; $rounds rounds, configurations interleaved;"
  echo "  each cell wrk 6 s after a 10 s warm-up at 8 clients; CPU = the service process's user + system time per request."
  echo "- Every configuration's answers equal all on's, byte for byte (checked before each load)."
  echo
  cat "$table"
} > "$out"
echo "wrote $out"
