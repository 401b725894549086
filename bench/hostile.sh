#!/usr/bin/env bash
# How long the service takes to reject hostile queries (median of 5, curl's time_total), against a
# running service: bench/hostile.sh [http://localhost:8080]
set -euo pipefail
url=${1:-http://localhost:8080}/graphql
tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
python3 - "$tmp" <<'PY'
import json, sys
d = sys.argv[1]
def w(name, query):
    open(f"{d}/{name}.json", "w").write(json.dumps({"query": query}))
w("deep-nesting-200", "{ actors { nodes { " + "parent { " * 200 + "name" + " }" * 200 + " } } }")
w("15000-tokens", "{ actors { " + " ".join(["totalCount"] * 15000) + " } }")
w("14000-fields-cost", "{ actors { " + " ".join(["totalCount"] * 14000) + " } }")
w("fragment-bomb-2^60", "{ ...F0 }\n" + "".join(f"fragment F{i} on Query {{ ...F{i+1} ...F{i+1} }}\n" for i in range(60)) + "fragment F60 on Query { __typename }")
w("aliases-5000", "{ " + " ".join(f"a{i}: __typename" for i in range(5000)) + " }")
w("cost-100x100x100", "{ actors(first: 100) { nodes { claimsMade(first: 100) { nodes { subjects { claimsAbout(first: 100) { nodes { text } } } } } } } }")
w("body-7.9MB-comment", "{ __typename } #" + "x" * (8 * 1024 * 1024 - 100))
PY
printf '| hostile request | bytes | status | code | median ms |\n| --- | ---: | ---: | --- | ---: |\n'
for f in "$tmp"/*.json; do
  name=$(basename "$f" .json)
  times=()
  for _ in 1 2 3 4 5; do
    times+=("$(curl -s -o "$tmp/out" -w '%{time_total}' -H 'Content-Type: application/json' --data-binary @"$f" "$url")")
  done
  status=$(curl -s -o "$tmp/out" -w '%{http_code}' -H 'Content-Type: application/json' -H 'Accept: application/graphql-response+json' --data-binary @"$f" "$url")
  code=$(python3 -c "import json,sys; print(json.load(open(sys.argv[1]))['errors'][0]['extensions'].get('code'))" "$tmp/out" 2>/dev/null || echo "-")
  median=$(printf '%s\n' "${times[@]}" | sort -n | sed -n 3p)
  printf '| %s | %s | %s | %s | %.1f |\n' "$name" "$(stat -c %s "$f")" "$status" "$code" "$(echo "$median * 1000" | bc -l)"
done
