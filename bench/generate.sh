#!/usr/bin/env bash
# Generates a synthetic graph into an H2 file database (or any JDBC URL) with the bulk path of
# src/test/java/app/claimgraph/bench/GraphGenerator.java, then prints the load rate.
#   bench/generate.sh /tmp/claimgraph-big/db 100000 1000000 300000 50000
# Serve it with: java -Dclaimgraph.db.path=/tmp/claimgraph-big/db -jar target/quarkus-app/quarkus-run.jar
set -euo pipefail
cd "$(dirname "$0")/.."
path=${1:?database path}; actors=${2:-100000}; claims=${3:-1000000}; rels=${4:-300000}; docs=${5:-50000}
./mvnw -q -B test-compile
./mvnw -q -B dependency:build-classpath -Dmdep.includeScope=test -Dmdep.outputFile=target/bench-classpath.txt
# EXTRA_CP: jars Quarkus adds to a build on its own (the Flyway PostgreSQL plugin), which Maven does not list
cp=$(cat target/bench-classpath.txt)${EXTRA_CP:+:$EXTRA_CP}
url=${JDBC_URL:-"jdbc:h2:file:$path;DB_CLOSE_ON_EXIT=FALSE"}
java -Xmx4g -cp "target/test-classes:target/classes:$cp" app.claimgraph.bench.GraphGenerator "$url" "${JDBC_USER:-sa}" "${JDBC_PASSWORD:-}" \
  "$actors" "$claims" "$rels" "$docs"
[[ -n ${JDBC_URL:-} ]] || echo "H2 file: $(du -h "$path.mv.db" | cut -f1)"
