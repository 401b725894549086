#!/usr/bin/env bash
# The explorer in a real browser: Debian's headless Chromium driven by playwright-core against
# the packaged application (target/quarkus-app). Screenshots go to target/screenshots/.
set -euo pipefail
cd "$(dirname "$0")/.."
source .ci/app.sh
need_node
need_chromium
port=${BROWSER_PORT:-18081}
# writes need a key of our own: a production start refuses the documented development key
keys=$(mktemp -d)
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$keys/private.pem" 2>/dev/null
openssl pkey -in "$keys/private.pem" -pubout -out "$keys/public.pem"
export MP_JWT_VERIFY_PUBLICKEY_LOCATION="$keys/public.pem"
EDITOR_TOKEN=$(JWT_PRIVATE_KEY="$keys/private.pem" src/test/resources/dev/mint-token.sh ci@example.org editor 3600)
export EDITOR_TOKEN
start_app "$port" target/browser-test-app.log

(cd .ci/browser && npm ci --no-audit --no-fund --loglevel=error)
# the explorer first, on the seed alone (its landing page must show the seed's counts)
node .ci/browser/explorer.mjs "http://localhost:$port" target/screenshots

# the bulk command of the README: a folder of reports through ingestText, then the same again
java src/main/scripts/IngestReports.java src/test/resources/extraction/heldout --url "http://localhost:$port/graphql" \
  --token "$EDITOR_TOKEN" | tee target/bulk-first.txt
grep -q "^6 reports in .*{CREATED=6}, 0 failed" target/bulk-first.txt
java src/main/scripts/IngestReports.java src/test/resources/extraction/heldout --url "http://localhost:$port/graphql" \
  --token "$EDITOR_TOKEN" | tee target/bulk-again.txt
grep -q "^6 reports in .*{UNCHANGED=6}, 0 failed; created 0 claims" target/bulk-again.txt
