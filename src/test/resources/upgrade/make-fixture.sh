#!/usr/bin/env bash
# Makes the upgrade fixture: a database written by the build in target/quarkus-app (the release), as
# an H2 SQL script. Run it once per release, from the repository root, after ./mvnw -B package:
#   src/test/resources/upgrade/make-fixture.sh 2026-12-01
# It stores the seed (at start-up), ingests a report through ingestText, confirms a claim and links
# two claims, then dumps the database to src/test/resources/upgrade/<release>.sql.gz. UpgradeIT starts
# the current build on a copy of every such file.
set -euo pipefail
release=${1:?release name, e.g. the date}
cd "$(dirname "$0")/../../../.."
source .ci/app.sh
keys=$(mktemp -d)
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$keys/private.pem" 2>/dev/null
openssl pkey -in "$keys/private.pem" -pubout -out "$keys/public.pem"
export MP_JWT_VERIFY_PUBLICKEY_LOCATION="$keys/public.pem"
token=$(JWT_PRIVATE_KEY="$keys/private.pem" src/test/resources/dev/mint-token.sh fixture@example.org editor 600)
port=18099
start_app "$port" target/fixture-app.log
gql() { curl -fsS "localhost:$port/graphql" -H 'content-type: application/json' -H "authorization: Bearer $token" -d "$1"; }
report=$(python3 -c 'import json,sys; print(json.dumps(open(sys.argv[1]).read()))' src/test/resources/extraction/dev/03-sudan-veto.txt)
gql "{\"query\":\"mutation(\$in: TextInput!) { ingestText(input: \$in) { outcome } }\",\"variables\":{\"in\":{\"text\":$report,\"publishedOn\":\"2026-02-10\",\"url\":\"https://example.org/fixture/sudan-veto\"}}}"; echo
ids=$(gql '{"query":"{ claims(first: 2, filter: {text: \"halted intelligence sharing\"}) { nodes { id } } other: claims(first: 1, filter: {text: \"stopped transmitting\"}) { nodes { id } } }"}')
a=$(echo "$ids" | python3 -c 'import json,sys; d=json.load(sys.stdin)["data"]; print(d["claims"]["nodes"][0]["id"])')
b=$(echo "$ids" | python3 -c 'import json,sys; d=json.load(sys.stdin)["data"]; print(d["other"]["nodes"][0]["id"])')
gql "{\"query\":\"mutation { updateClaimStatus(id: \\\"$a\\\", status: CONFIRMED, note: \\\"fixture\\\") { status } }\"}"; echo
gql "{\"query\":\"mutation { linkClaims(from: \\\"$b\\\", to: \\\"$a\\\", type: CORROBORATES) { id } }\"}"; echo
kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true
trap - EXIT
h2=$(ls target/quarkus-app/lib/main/com.h2database.h2-*.jar)
java -cp "$h2" org.h2.tools.Script -url "jdbc:h2:file:$APP_DATA/db" -user sa -script "src/test/resources/upgrade/$release.sql.gz" -options compression gzip
ls -la "src/test/resources/upgrade/$release.sql.gz"
rm -rf "$APP_DATA" "$keys"
