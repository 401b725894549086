#!/usr/bin/env bash
# The explorer on a large store (issue 38): generates a graph of 100,000 claims with bench/generate.sh
# (about 2 minutes on 2 cores), serves it with the packaged application (result cache off, as a reader's
# first visit) and walks it in headless Chromium (.ci/browser/large.mjs). .ci/run stage 2d passes the store its
# second lane generated (phase 1).
#   ./mvnw -B package -DskipTests && .ci/browser-large.sh [existing H2 database path]
set -euo pipefail
cd "$(dirname "$0")/.."
source .ci/app.sh
need_node
need_chromium
port=${BROWSER_PORT:-18082}
APP_DATA=$(mktemp -d) # removed at the end (start_app's trap from its start on), with a store generated into it
trap 'rm -rf "$APP_DATA"' EXIT
APP_DB=${1:-$APP_DATA/db}
[[ -n ${1:-} ]] || bench/generate.sh "$APP_DB" 10000 100000 30000 5000
start_app "$port" target/browser-large-app.log -Dclaimgraph.graphql.result-cache.max-bytes=0
(cd .ci/browser && npm ci --no-audit --no-fund --loglevel=error)
node .ci/browser/large.mjs "http://localhost:$port" target/screenshots-large
