#!/usr/bin/env python3
"""Extraction throughput over HTTP, driven by bench/extract-http.sh: `extract` (reads a report, writes
nothing) and `ingestText` (reads and stores it: every request a new URL, so every one writes) with wrk
at each client count, on the own evaluation set's dev reports. Prints and writes one Markdown table."""
import argparse, glob, json, os, sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import scenarios as S  # noqa: E402  (its wrk runner)

S.prepared_statements = lambda url: 0.0

EXTRACT = ("query($i: TextInput!) { extract(input: $i) { claims { text status type claimant evidence { start end } }"
           " actors { name kind } relationships { type source target } } }")
INGEST = "mutation($i: TextInput!) { ingestText(input: $i) { outcome document { id } } }"


def main():
    a = argparse.ArgumentParser()
    a.add_argument("--url", required=True)
    a.add_argument("--token", required=True)
    a.add_argument("--pid", type=int)
    a.add_argument("--clients", default="1,4")
    a.add_argument("--seconds", type=int, default=20)
    a.add_argument("--out", required=True)
    args = a.parse_args()
    texts = [open(f).read() for f in sorted(glob.glob("src/test/resources/extraction/dev/*.txt"))]
    words = sum(len(t.split()) for t in texts) / len(texts)
    extract = [json.dumps({"query": EXTRACT, "variables": {"i": {"text": t, "publishedOn": "2026-01-15"}}}) for t in texts]
    # distinct URLs in every cell: an ingestText of a URL already stored answers UNCHANGED without writing
    ingest = lambda cell: [json.dumps({"query": INGEST, "variables": {"i": {
        "text": t, "publishedOn": "2026-01-15", "url": f"https://bench.example/extract-http/{cell}/{n}/{k}"}}})
        for n in range(150) for k, t in enumerate(texts)]
    os.environ["AUTH"] = "Bearer " + args.token
    S.run(args.url, extract, 2, 10, args.pid)  # warm-up: the JIT and the models' first use
    rows = []
    for name in ("extract", "ingestText"):
        for c in [int(x) for x in args.clients.split(",")]:
            bodies = extract if name == "extract" else ingest(c)
            r = S.run(args.url, bodies, c, args.seconds, args.pid)
            rows.append((name, c, r))
            print(f"{name:10s} c={c} {r['rps']:7.1f} reports/s p50 {r['p50']:.1f} p99 {r['p99']:.1f} ms errors {r['errors']}"
                  f" rss {r['rss']:.0f} MB", flush=True)
    with open(args.out, "w") as f:
        f.write(f"{len(texts)} reports of {words:.0f} words on average (src/test/resources/extraction/dev), in turn; "
                f"each cell {args.seconds} s after a 10 s warm-up.\n\n"
                "| operation | clients | reports/s | p50 ms | p99 ms | errors | peak RSS MB |\n| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n")
        for name, c, r in rows:
            f.write(f"| {name} | {c} | {r['rps']:.1f} | {r['p50']:.1f} | {r['p99']:.1f} | {r['errors']} | {r['rss']:.0f} |\n")
    if any(r["errors"] for _, _, r in rows):
        raise SystemExit("some answers were errors: see the table")


if __name__ == "__main__":
    main()
