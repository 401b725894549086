#!/usr/bin/env bash
# GraphQL-over-HTTP conformance: graphql-http's server audit against the packaged application
# (target/quarkus-app, built by `./mvnw verify`). Fails when any MUST fails; the report is kept in
# target/http-audit.txt.
set -euo pipefail
cd "$(dirname "$0")/.."
source .ci/app.sh
need_node
port=${AUDIT_PORT:-18080}
start_app "$port" target/http-audit-app.log
(cd .ci/http-audit && npm ci --no-audit --no-fund --loglevel=error)
node .ci/http-audit/audit.mjs "http://localhost:$port/graphql" | tee target/http-audit.txt
