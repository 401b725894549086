#!/usr/bin/env bash
# Extraction throughput over HTTP (issue 40): `extract` and `ingestText` at 1 and 4 clients on the
# packaged H2 build (target/quarkus-app), a fresh file database, the recommended JVM flags and the
# result cache off, with a throw-away key pair for the editor token; writes
# bench/results/<date>-extract-http.md. Build first:
#   ./mvnw -B package -DskipTests && bench/extract-http.sh [seconds per cell, default 20]
# JAVA picks the JVM (default: java on PATH).
set -euo pipefail
cd "$(dirname "$0")/.."
seconds=${1:-20}; port=${PORT:-18090}; java=${JAVA:-java}
command -v wrk >/dev/null || { apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq wrk >/dev/null; }
source bench/recommended-flags.sh
flags=${JVM_FLAGS:-$(recommended_flags "$java")}
work=$(mktemp -d)
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$work/key.pem" 2>/dev/null
openssl pkey -in "$work/key.pem" -pubout -out "$work/pub.pem"
# shellcheck disable=SC2086
"$java" $flags -Dclaimgraph.graphql.result-cache.max-bytes=0 -Dclaimgraph.db.path="$work/db" -Dquarkus.http.port="$port" \
  -Dmp.jwt.verify.publickey.location="$work/pub.pem" -jar target/quarkus-app/quarkus-run.jar > "$work/service.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$work"' EXIT
until curl -sf -o /dev/null "localhost:$port/q/health/ready"; do sleep 0.2; done
b64() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
now=$(date +%s)
h=$(printf '{"alg":"RS256","typ":"JWT"}' | b64)
p=$(printf '{"iss":"claimgraph","sub":"bench","upn":"bench","groups":["editor"],"iat":%d,"exp":%d}' "$now" $((now + 3600)) | b64)
token="$h.$p.$(printf '%s.%s' "$h" "$p" | openssl dgst -sha256 -sign "$work/key.pem" -binary | b64)"
out=bench/results/$(date -u +%F)-extract-http.md
[[ -e $out ]] && out=bench/results/$(date -u +%F)-extract-http-$(git rev-parse --short HEAD).md
table=$(mktemp)
python3 bench/extract_http.py --url "http://127.0.0.1:$port" --token "$token" --pid "$pid" --seconds "$seconds" --out "$table"
{
  echo "# Extraction over HTTP ($(date -u +%F))"
  echo
  echo "- Command: \`bench/extract-http.sh $seconds\` at $(git rev-parse --short HEAD)"
  echo "- Machine: $(nproc) vCPU, $(free -g | awk '/Mem:/ {print $2}') GiB RAM, $("$java" -version 2>&1 | head -1); wrk on the same machine."
  echo "- Service: the packaged H2 build on a fresh file database, JVM flags \`$flags\`, result cache off."
  echo
  cat "$table"
} > "$out"
echo "written: $out"
