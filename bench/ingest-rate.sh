#!/usr/bin/env bash
# Measures the ingest rate of the packaged service on the embedded default (H2 file database):
# starts target/quarkus-app on a fresh temporary database with a throw-away key pair, ingests
# generated documents through the GraphQL mutation, prints the rate. Build first:
#   ./mvnw -B package -DskipTests && bench/ingest-rate.sh [docs] [claims-per-doc] [clients]
# APP names another packaged build (a quarkus-app folder) to measure, PORT its port.
set -euo pipefail
cd "$(dirname "$0")/.."
docs=${1:-300}; claims=${2:-10}; clients=${3:-1}; port=${PORT:-18080}; app=${APP:-target/quarkus-app}
work=$(mktemp -d)
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$work/key.pem" 2>/dev/null
openssl pkey -in "$work/key.pem" -pubout -out "$work/pub.pem"
java -Dclaimgraph.db.path="$work/db" -Dquarkus.http.port="$port" -Dmp.jwt.verify.publickey.location="$work/pub.pem" \
  -jar "$app/quarkus-run.jar" > "$work/service.log" 2>&1 &
pid=$!
trap 'kill $pid 2>/dev/null; wait $pid 2>/dev/null; rm -rf "$work"' EXIT
until curl -sf "localhost:$port/q/health/ready" > /dev/null; do sleep 0.2; done
b64() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
now=$(date +%s)
h=$(printf '{"alg":"RS256","typ":"JWT"}' | b64)
p=$(printf '{"iss":"claimgraph","sub":"bench","upn":"bench","groups":["editor"],"iat":%d,"exp":%d}' "$now" $((now + 3600)) | b64)
token="$h.$p.$(printf '%s.%s' "$h" "$p" | openssl dgst -sha256 -sign "$work/key.pem" -binary | b64)"
# warm-up, then the measured run
python3 bench/ingest_rate.py --url "http://localhost:$port/graphql" --token "$token" --docs $((docs < 50 ? docs : 50)) --claims "$claims" --offset 100000 > /dev/null
python3 bench/ingest_rate.py --url "http://localhost:$port/graphql" --token "$token" --docs "$docs" --claims "$claims" --clients "$clients"
