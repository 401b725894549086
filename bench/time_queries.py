#!/usr/bin/env python3
"""Times the graph and search queries against a running service on a generated graph
(bench/generate.sh). Each query is sent once (its time is "first ms": the statement's first plan, cold
pages), then --repeat times (a scenario with a list of variables takes them in turn); prints median and p90. --only keeps the scenarios whose name contains one
of its comma-separated parts."""
import argparse
import base64
import json
import statistics
import time
import urllib.request


def gid(kind, key):
    return base64.urlsafe_b64encode(f"{kind}:{key}".encode()).decode().rstrip("=")


# as in bench/scenarios.py
BY_SUBJECT = """query($s: ID!) { claims(filter: {subject: $s, statuses: [REPORTED, ASSERTED], statedFrom: "2020-01-01"},
  first: 20, orderBy: {field: STATED_ON, direction: DESC}) { nodes { id text statedOn claimant { name } } } }"""


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
    p.add_argument("--only", default="", help="comma-separated parts of scenario names")
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
        ("claims by subject + status + date, hub", BY_SUBJECT, {"s": hub}),
        ("claims by subject + status + date, long-tail actor", BY_SUBJECT, {"s": tail}),
        # a different actor per request (H2 reuses a statement's last result while no table changes)
        ("claims by subject + status + date, 40 actors in turn", BY_SUBJECT,
         [{"s": gid("Actor", f"gen-{i}")} for i in range(2, 42)]),
        ("claims about a hub by date, nested", "query($a: ID!) { actor(id: $a) { claimsAbout(first: 20, orderBy: {field: STATED_ON, direction: DESC}) { nodes { id statedOn } } } }", {"a": hub}),
        ("stats (all counts)", "{ stats { actors { total byKind { kind count } } claims { total byStatus { status count } byType { type count } } relationships { total byType { type count } } } }", {}),
        ("stats for one subject", "query($a: ID) { stats { claims(filter: {subject: $a}) { total byStatus { status count } } } }", {"a": tail}),
        ("relationshipSummary of a hub", "query($a: ID!) { actor(id: $a) { relationshipSummary { type direction count } } }", {"a": hub}),
    ]
    only = [o for o in a.only.split(",") if o]
    print("| scenario | first ms | median ms | p90 ms | note |")
    print("| --- | --- | --- | --- | --- |")
    for name, q, v in scenarios:
        if only and not any(o in name for o in only):
            continue
        turns = v if isinstance(v, list) else [v]
        first, out = post(a.url, q, turns[0])
        times = sorted(post(a.url, q, turns[(i + 1) % len(turns)])[0] for i in range(max(a.repeat, len(turns) - 1)))
        p90 = times[int(len(times) * 0.9) - 1]
        note = ""
        if "paths" in q:
            note = f"{len(out['data']['paths'])} paths, length {out['data']['paths'][0]['length'] if out['data']['paths'] else '-'}"
        if "neighbourhood" in q:
            n = out["data"]["actor"]["neighbourhood"]
            note = f"{len(n['actors'])} actors, {len(n['relationships'])} relationships"
        print(f"| {name} | {first:.1f} | {statistics.median(times):.1f} | {p90:.1f} | {note} |")


if __name__ == "__main__":
    main()
