#!/usr/bin/env bash
# Mints a bearer token signed with the DEVELOPMENT key pair (dev and test profiles only; a
# production start refuses this key; JWT_PRIVATE_KEY names another PEM private key to sign with).
# Usage: mint-token.sh [subject] [groups] [seconds]
#   src/test/resources/dev/mint-token.sh alice@example.org editor 3600
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
sub=${1:-dev@example.org}
groups=${2:-editor}
ttl=${3:-3600}
now=$(date +%s)
b64() { openssl base64 -A | tr '+/' '-_' | tr -d '='; }
header=$(printf '{"alg":"RS256","typ":"JWT"}' | b64)
groups_json=$(printf '%s' "$groups" | awk -F, '{for (i = 1; i <= NF; i++) printf "%s\"%s\"", (i > 1 ? "," : ""), $i}')
payload=$(printf '{"iss":"claimgraph","sub":"%s","upn":"%s","groups":[%s],"iat":%d,"exp":%d}' \
  "$sub" "$sub" "$groups_json" "$now" "$((now + ttl))" | b64)
signature=$(printf '%s.%s' "$header" "$payload" | openssl dgst -sha256 -sign "${JWT_PRIVATE_KEY:-$here/jwt-private.pem}" -binary | b64)
printf '%s.%s.%s\n' "$header" "$payload" "$signature"
