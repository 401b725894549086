#!/usr/bin/env bash
# The explorer page in a real browser: Debian's headless Chromium driven by playwright-core against
# the packaged application (target/quarkus-app). Screenshots go to target/screenshots/.
set -euo pipefail
cd "$(dirname "$0")/.."
source .ci/app.sh
need_node
if [[ ! -x /usr/bin/chromium ]]; then
  apt-get update -qq
  DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null
fi
port=${BROWSER_PORT:-18081}
start_app "$port" target/browser-test-app.log
(cd .ci/browser && npm ci --no-audit --no-fund --loglevel=error)
node .ci/browser/explorer.mjs "http://localhost:$port" target/screenshots
