#!/usr/bin/env bash
# Export and import rates on a generated graph: generates it into an H2 file (bench/generate.sh),
# serves it, exports it with curl (peak RSS of the service sampled while it streams), imports the file
# into a new empty H2 database, exports that again and compares the bytes; also an online backup
# (backupDatabase) of the generated database: its time and size. Build first:
# ./mvnw -B package -DskipTests.   [HEAP=256m] [IMPORT=0] bench/transfer.sh 100k|1m
# HEAP bounds the service's heap (export must stream: it completes with any heap that serves queries);
# IMPORT=0 stops after the export and the backup; BACKUP=0 skips the backup (11 min at 1m); REUSE=1 keeps
# the generated graph of an earlier run. Prints the import target's database file size as well.
set -euo pipefail
cd "$(dirname "$0")/.."
size=${1:-100k}
case $size in
  100k) args="10000 100000 30000 5000" ;;
  1m) args="100000 1000000 300000 50000" ;;
  *) echo "size: 100k or 1m" >&2; exit 2 ;;
esac
work=${BENCH_DATA:-/tmp/claimgraph-transfer}/$size
heap=${HEAP:-512m}
if [[ ${REUSE:-0} == 1 && -f $work/a/db.mv.db ]]; then
  rm -rf "$work/b" "$work/backups"  # keep the generated graph (REUSE=1)
else
  rm -rf "$work"; mkdir -p "$work/a"
  bench/generate.sh "$work/a/db" $args | tail -1
fi
openssl genpkey -algorithm RSA -pkeyopt rsa_keygen_bits:2048 -out "$work/private.pem" 2>/dev/null
openssl pkey -in "$work/private.pem" -pubout -out "$work/public.pem"
token=$(JWT_PRIVATE_KEY="$work/private.pem" src/test/resources/dev/mint-token.sh bench@example.org admin 7200)
run() { # dir port [props]
  local dir=$1 port=$2; shift 2
  java -XX:+UseSerialGC -Xmx$heap -Dclaimgraph.backup.dir="$work/backups" -Dmp.jwt.verify.publickey.location="$work/public.pem" -Dclaimgraph.db.path="$dir/db" \
    -Dquarkus.http.port="$port" "$@" -jar target/quarkus-app/quarkus-run.jar >"$dir.log" 2>&1 &
  pid=$!
  until curl -fs "localhost:$port/q/health/ready" >/dev/null; do sleep 0.5; done
}
peak() { local max=0 r; while kill -0 "$1" 2>/dev/null && [[ -e $2 ]]; do r=$(awk '/VmRSS/{print $2}' /proc/"$1"/status); ((r > max)) && max=$r; echo $max >"$3"; sleep 0.2; done; }

trap 'kill $pid 2>/dev/null || true' EXIT  # a failed step leaves no service running
run "$work/a" 18201
claims=$(curl -fs localhost:18201/graphql -H 'content-type: application/json' -d '{"query":"{ claims { totalCount } }"}' | python3 -c 'import json,sys; print(json.load(sys.stdin)["data"]["claims"]["totalCount"])')
rss0=$(awk '/VmRSS/{print $2}' /proc/$pid/status)
touch "$work/exporting"; peak $pid "$work/exporting" "$work/peak.txt" &
t0=$(date +%s.%N)
curl -fsS -H "authorization: Bearer $token" localhost:18201/admin/export -o "$work/export.jsonl"
t1=$(date +%s.%N)
rm "$work/exporting"; sleep 0.5
[[ ${BACKUP:-1} == 1 ]] && backup=$(curl -fsS -H "authorization: Bearer $token" -H 'content-type: application/json' localhost:18201/graphql \
  -d '{"query":"mutation { backupDatabase { file bytes tookMs } }"}')
[[ ${BACKUP:-1} == 1 ]] && echo "backup: $backup (database file $(( $(stat -c %s "$work/a/db.mv.db") / 1000000 )) MB)"
kill $pid; wait $pid 2>/dev/null || true
if [[ ${IMPORT:-1} == 0 ]]; then
  echo "claims $claims: export $(python3 -c "print(round($t1 - $t0, 1))") s, $(( $(stat -c %s "$work/export.jsonl") / 1000000 )) MB;" \
    "service RSS $(( rss0 / 1024 )) MB before, peak $(( $(cat "$work/peak.txt") / 1024 )) MB during export (heap $heap)"
  exit 0
fi
mkdir -p "$work/b"
run "$work/b" 18202 -Dclaimgraph.seed.enabled=false
import() { curl -sS -o "$2" -w '%{http_code}' -H "authorization: Bearer $token" -H 'Transfer-Encoding: chunked' \
  -H 'content-type: application/x-ndjson' -T "$1" -X POST localhost:18202/admin/import; }
curl -fsS -H "authorization: Bearer $token" localhost:18202/admin/export -o "$work/empty-before.jsonl"
# imports that must fail whole (issue 37): a bad line at 90 % of the file, the file cut at a line boundary
python3 - "$work/export.jsonl" "$work/bad90.jsonl" "$work/cut.jsonl" <<'PY'
import sys
src, bad, cut = sys.argv[1:]
n = sum(1 for _ in open(src, 'rb'))
with open(src, 'rb') as f, open(bad, 'wb') as b, open(cut, 'wb') as c:
    for i, line in enumerate(f):
        b.write(b'{"type": "document", "key": \n' if i == n * 9 // 10 else line)
        if i < n * 9 // 10:
            c.write(line)
PY
for broken in bad90 cut; do
  t=$(date +%s.%N); code=$(import "$work/$broken.jsonl" "$work/$broken.json"); t_end=$(date +%s.%N)
  curl -fsS -H "authorization: Bearer $token" localhost:18202/admin/export -o "$work/empty-after.jsonl"
  cmp -s "$work/empty-before.jsonl" "$work/empty-after.jsonl" && kept="unchanged" || kept="CHANGED"
  echo "$broken: HTTP $code in $(python3 -c "print(round($t_end - $t, 1))") s, database $kept: $(head -c 200 "$work/$broken.json")"
  [[ $code == 400 && $kept == unchanged ]] || { echo "FAIL: $broken must be refused with nothing written" >&2; fail=1; }
done
touch "$work/importing"; peak $pid "$work/importing" "$work/import-peak.txt" &
( max=0; while [[ -e $work/importing ]]; do s=$(stat -c %s "$work/b/db.mv.db"); ((s > max)) && max=$s; echo $max >"$work/import-file-peak.txt"; sleep 2; done ) &
t2=$(date +%s.%N)
import "$work/export.jsonl" "$work/import.json" >"$work/import.code" &
first=$!
sleep 2
second=$(import "$work/export.jsonl" "$work/import2.json")   # while the first runs: refused, nothing written
wait $first
t3=$(date +%s.%N)
rm "$work/importing"; sleep 0.5
echo "two at once: $(cat "$work/import.code") and $second ($(head -c 160 "$work/import2.json"))"
[[ $(cat "$work/import.code") == 200 && $second == 409 ]] || { echo "FAIL: one import must write, the other be refused" >&2; fail=1; }
curl -fsS -H "authorization: Bearer $token" localhost:18202/admin/export -o "$work/export-again.jsonl"
kill $pid; wait $pid 2>/dev/null || true
same=$(cmp -s "$work/export.jsonl" "$work/export-again.jsonl" && echo "byte-identical" || echo "DIFFERENT")
[[ $same == byte-identical ]] || fail=1
python3 - "$claims" "$t0" "$t1" "$t2" "$t3" "$rss0" "$(cat "$work/peak.txt")" "$(stat -c %s "$work/export.jsonl")" "$same" "$work/import.json" "$(cat "$work/import-peak.txt")" "$(stat -c %s "$work/b/db.mv.db")" "$(cat "$work/import-file-peak.txt")" <<'PY'
import sys, json
claims, t0, t1, t2, t3, rss0, peak, size, same, imp, ipeak, dbsize, dbpeak = sys.argv[1:]
claims = int(claims); e = float(t1) - float(t0); i = float(t3) - float(t2)
print(f"claims {claims:,}: export {e:.1f} s ({claims / e:,.0f} claims/s, {int(size) / 1e6:,.0f} MB), "
      f"import {i:.1f} s ({claims / i:,.0f} claims/s; H2: committed steps); service RSS {int(rss0) // 1024} MB before export, "
      f"peak {int(peak) // 1024} MB during it, peak {int(ipeak) // 1024} MB during the import; round trip {same}")
print("import:", json.load(open(imp))["imported"], f"; database file after it {int(dbsize) / 1e9:.2f} GB, at most {int(dbpeak) / 1e9:.2f} GB during it")
PY
exit ${fail:-0}
