#!/usr/bin/env python3
"""Times the graph and search queries against a running service on a generated graph
(bench/generate.sh). Each query is sent --repeat times after a warm-up; prints median and p90."""
import argparse
import base64
import json
import statistics
import time
import urllib.request


def gid(kind, key):
    return base64.urlsafe_b64encode(f"{kind}:{key}".encode()).decode().rstrip("=")


def post(url, query, variables):
    body = json.dumps({"query": query, "variables": variables}).encode()
    req = urllib.request.Request(url, body, {"Content-Type": "application/json"})
    t0 = time.perf_counter()
    with urllib.request.urlopen(req) as r:
        out = json.load(r)
    dt = (time.perf_counter() - t0) * 1000
    if "errors" in out:
        raise SystemExit(f"error in {query[:60]}: {out['errors']}")
    return dt, out


def main():
    p = argparse.ArgumentParser()
    p.add_argument("--url", default="http://localhost:8080/graphql")
    p.add_argument("--repeat", type=int, default=20)
    p.add_argument("--actors", type=int, default=100000, help="actors generated (picks long-tail actors in range)")
    a = p.parse_args()
    hub, hub2 = gid("Actor", "gen-0"), gid("Actor", "gen-1")
    tail, tail2 = gid("Actor", f"gen-{a.actors // 20}"), gid("Actor", f"gen-{a.actors * 9 // 10}")
    scenarios = [
        ("neighbourhood depth 1, hub", "query($a: ID!) { actor(id: $a) { neighbourhood(first: 100) { actors { id name } relationships { id type } } } }", {"a": hub}),
        ("neighbourhood depth 2, hub", "query($a: ID!) { actor(id: $a) { neighbourhood(depth: 2, first: 100) { actors { id } relationships { id } truncated } } }", {"a": hub}),
        ("neighbourhood depth 2, long-tail actor", "query($a: ID!) { actor(id: $a) { neighbourhood(depth: 2, first: 100) { actors { id } relationships { id } } } }", {"a": tail}),
        ("paths between two hubs", "query($a: ID!, $b: ID!) { paths(from: $a, to: $b) { length relationships { id type } } }", {"a": hub, "b": hub2}),
        ("paths between two long-tail actors", "query($a: ID!, $b: ID!) { paths(from: $a, to: $b) { length actors { id } } }", {"a": tail, "b": tail2}),
        ("timeline of a hub, first page", "query($a: ID) { timeline(actor: $a, first: 20) { nodes { date kind } pageInfo { endCursor } } }", {"a": hub}),
        ("timeline of a long-tail actor", "query($a: ID) { timeline(actor: $a, first: 20) { nodes { date kind } } }", {"a": tail}),
        ("search one common word", "{ search(query: \"sanctions\", first: 10) { nodes { type score snippet } } }", {}),
        ("search type-ahead prefix", "{ search(query: \"sanc\", first: 10) { nodes { type snippet } } }", {}),
        ("search two words + prefix", "{ search(query: \"intelligence sharing trea\", first: 10) { nodes { type snippet } } }", {}),
        ("search an actor name", "{ search(query: \"state aaa\", types: [ACTOR], first: 10) { nodes { snippet } } }", {}),
        ("stats (all counts)", "{ stats { actors { total byKind { kind count } } claims { total byStatus { status count } byType { type count } } relationships { total byType { type count } } } }", {}),
        ("stats for one subject", "query($a: ID) { stats { claims(filter: {subject: $a}) { total byStatus { status count } } } }", {"a": tail}),
        ("relationshipSummary of a hub", "query($a: ID!) { actor(id: $a) { relationshipSummary { type direction count } } }", {"a": hub}),
    ]
    print("| scenario | median ms | p90 ms | note |")
    print("| --- | --- | --- | --- |")
    for name, q, v in scenarios:
        _, out = post(a.url, q, v)
        times = sorted(post(a.url, q, v)[0] for _ in range(a.repeat))
        p90 = times[int(len(times) * 0.9) - 1]
        note = ""
        if "paths" in q:
            note = f"{len(out['data']['paths'])} paths, length {out['data']['paths'][0]['length'] if out['data']['paths'] else '-'}"
        if "neighbourhood" in q:
            n = out["data"]["actor"]["neighbourhood"]
            note = f"{len(n['actors'])} actors, {len(n['relationships'])} relationships"
        print(f"| {name} | {statistics.median(times):.1f} | {p90:.1f} | {note} |")


if __name__ == "__main__":
    main()
