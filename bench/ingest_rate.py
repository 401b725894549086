#!/usr/bin/env python3
"""Ingest rate through the public API: POSTs generated documents to ingestDocument, one after
another (or from several clients), and reports documents and claims per second."""
import argparse
import json
import threading
import time
import urllib.request


def document(i, claims):
    text, cl = [], []
    pos = 0
    for c in range(claims):
        s = f"Benchmark sentence {c} of generated report {i}, naming Washington and Caracas."
        cl.append({"ref": f"c{c}", "text": f"Claim {c} of report {i}.", "type": "REPORT", "status": "ASSERTED",
                   "claimant": "wire", "subjects": ["us", "ven"], "reportedBy": [],
                   "evidence": [{"start": pos, "end": pos + len(s), "text": s}]})
        text.append(s)
        pos += len(s) + 1
    return {"title": f"Generated report {i}", "url": f"https://bench.example/{i}", "language": "en",
            "text": " ".join(text),
            "actors": [{"ref": "wire", "name": f"Bench Wire {i % 50}", "kind": "MEDIA"},
                       {"ref": "us", "name": "Washington", "kind": "STATE", "countryCode": "USA"},
                       {"ref": "ven", "name": "Caracas", "kind": "STATE", "countryCode": "VEN"}],
            "claims": cl,
            "relationships": [{"source": "wire", "target": "us", "type": "REPORTS_ON", "status": "ACTIVE",
                               "evidence": ["c0"]}]}


MUTATION = "mutation($i: DocumentInput!) { ingestDocument(input: $i) { outcome } }"


def post(url, token, doc):
    body = json.dumps({"query": MUTATION, "variables": {"i": doc}}).encode()
    req = urllib.request.Request(url, body, {"Content-Type": "application/json", "Authorization": "Bearer " + token})
    with urllib.request.urlopen(req) as r:
        out = json.load(r)
    if "errors" in out:
        raise SystemExit(f"error: {out['errors']}")


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--url", default="http://localhost:8080/graphql")
    p.add_argument("--token", required=True)
    p.add_argument("--docs", type=int, default=300)
    p.add_argument("--claims", type=int, default=10)
    p.add_argument("--clients", type=int, default=1)
    p.add_argument("--offset", type=int, default=0)
    a = p.parse_args()
    docs = [document(a.offset + i, a.claims) for i in range(a.docs)]
    chunks = [docs[c::a.clients] for c in range(a.clients)]
    t0 = time.time()
    threads = [threading.Thread(target=lambda ch=ch: [post(a.url, a.token, d) for d in ch]) for ch in chunks]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    dt = time.time() - t0
    print(f"{a.docs} documents ({a.docs * a.claims} claims) in {dt:.1f} s with {a.clients} client(s): "
          f"{a.docs / dt:.1f} documents/s, {a.docs * a.claims / dt:.0f} claims/s")


if __name__ == "__main__":
    main()
