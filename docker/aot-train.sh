#!/usr/bin/env bash
# Records the JVM's AOT cache (JDK 25, Leyden) inside the image, with the image's own JVM (a cache
# only loads on the JVM build that wrote it) and the flags of the entry point: starts the application
# on a scratch embedded database, sends the requests a client sends first, stops it; the JVM writes
# /deployments/app.aot on exit. A build that cannot start on its own (the PostgreSQL build needs its
# server) ships without a cache and starts as a plain JVM.
set -uo pipefail
cd /deployments
db=$(mktemp -d)/claimgraph
# shellcheck disable=SC2086
java $JAVA_OPTS -XX:AOTCacheOutput=app.aot -Dclaimgraph.db.path="$db" -Dquarkus.http.port=8099 \
  -jar quarkus-run.jar >/tmp/aot-train.log 2>&1 &
pid=$!
get() { # HTTP/1.0 GET through bash's /dev/tcp: the JRE image has no curl
  exec 3<>/dev/tcp/127.0.0.1/8099 || return 1
  printf 'GET %s HTTP/1.0\r\nHost: localhost\r\nAccept: application/json\r\n\r\n' "$1" >&3
  head -1 <&3 | grep -q ' 200 '
  local ok=$?
  exec 3<&- 3>&-
  return $ok
}
for _ in $(seq 600); do
  get '/q/health/ready' 2>/dev/null && break
  kill -0 $pid 2>/dev/null || { echo "no AOT cache: the application did not start on its own"; rm -f app.aot; exit 0; }
  sleep 0.1
done
for q in '%7Bdocuments%7BtotalCount%7D%7D' \
  '%7Bclaims(first:20)%7BtotalCount%20edges%7Bcursor%20node%7Bid%20text%20status%20claimant%7Bname%7D%7D%7D%7D%7D' \
  '%7Bactors(first:20)%7Bnodes%7Bid%20name%20kind%20claims(first:5)%7Bnodes%7Btext%7D%7D%7D%7D%7D'; do
  get "/graphql?query=$q" || echo "training query failed: $q"
done
kill -TERM $pid
wait $pid
grep -i 'aot' /tmp/aot-train.log | tail -3
test -s app.aot || { echo "no AOT cache was written"; rm -f app.aot; }
exit 0
