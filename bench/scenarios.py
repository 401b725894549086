#!/usr/bin/env python3
"""Front-end scenarios under load (wrk), against a running Claimgraph on a generated graph.

For each scenario and each client count: requests/s, p50/p99 latency (wrk --latency), and SQL
statements per request (Hibernate's prepared-statement counter from /q/metrics; the service must be
built with statistics and metrics on, as bench/run.sh does). Writes a Markdown table.

  bench/scenarios.py --url http://localhost:8080 --clients 1,8,32 --seconds 10 --out results.md
"""
import argparse, json, os, re, subprocess, sys, tempfile, time, urllib.request

def gql(url, query, variables=None):
    body = json.dumps({"query": query, "variables": variables or {}}).encode()
    req = urllib.request.Request(url + "/graphql", body, {"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=120) as r:
        out = json.loads(r.read())
    if out.get("errors"):
        raise SystemExit(f"query failed: {out['errors']}\n{query}")
    return out["data"]

def actor_id(url, key):
    """The global ID of a generated actor (key gen-N), checked against the service."""
    import base64
    gid = base64.urlsafe_b64encode(f"Actor:{key}".encode()).decode().rstrip("=")
    node = gql(url, "query($id: ID!) { node(id: $id) { id } }", {"id": gid})["node"]
    if node is None:
        raise SystemExit(f"no actor {key}: generate the data with bench/generate.sh")
    return gid

def scenarios(url):
    """name -> list of request bodies (wrk rotates through them)."""
    hub, hub2 = actor_id(url, "gen-0"), actor_id(url, "gen-1")
    total = gql(url, "{ actors { totalCount } }")["actors"]["totalCount"]
    tail = actor_id(url, f"gen-{(total - 30) // 2}")
    one = lambda q, v=None: [json.dumps({"query": q, "variables": v or {}})]
    s = {}
    s["actor page (20 actors x 10 claims, claimants, relationship targets)"] = one(
        """query ActorPage { actors(first: 20, orderBy: {field: NAME, direction: ASC}) { nodes { id name kind
             claimsMade(first: 10) { nodes { id text status claimant { name } subjects { name }
               relationships { type target { name } } } } } } }""")
    s["claims by subject + status + date"] = one(
        """query($s: ID!) { claims(filter: {subject: $s, statuses: [REPORTED, ASSERTED], statedFrom: "2020-01-01"},
             first: 20, orderBy: {field: STATED_ON, direction: DESC}) { nodes { id text statedOn claimant { name } } } }""",
        {"s": hub})
    page = "query($after: String) { claims(first: 10, after: $after) { pageInfo { endCursor } nodes { id text } } }"
    s["claims page 1"] = one(page, {"after": None})
    after = None
    for _ in range(999):
        after = gql(url, page, {"after": after})["claims"]["pageInfo"]["endCursor"]
        if after is None:
            break
    if after is not None:
        s["claims page 1000"] = one(page, {"after": after})
    s["neighbourhood depth 2 (long-tail actor)"] = one(
        "query($a: ID!) { actor(id: $a) { neighbourhood(depth: 2, first: 50) { actors { id name } relationships { id type source { id } target { id } } } } }",
        {"a": tail})
    s["paths between two hubs"] = one(
        "query($a: ID!, $b: ID!) { paths(from: $a, to: $b, maxDepth: 3, first: 3) { actors { name } relationships { type } } }",
        {"a": hub, "b": hub2})
    ids = [n["id"] for n in gql(url, "{ actors(first: 100) { nodes { id } } }")["actors"]["nodes"]]
    ids += [n["id"] for n in gql(url, "{ claims(first: 100) { nodes { id } } }")["claims"]["nodes"]]
    s["node lookup by id"] = [json.dumps({"query": "query($id: ID!) { node(id: $id) { id ... on Actor { name kind } ... on Claim { text status } } }",
                                          "variables": {"id": i}}) for i in ids]
    # last: cold prefixes read the token index from disk at 1M, and the backlog they leave would
    # spoil the scenarios measured after them
    s["search type-ahead"] = [json.dumps({"query": "query($q: String!) { search(query: $q, first: 10) { nodes { score snippet node { id } } } }",
                                          "variables": {"q": q}}) for q in ["sanc", "sanctions on", "intel", "gen-1", "cooper", "troops"]]
    # what a type-ahead box sends: every prefix (2 to 8 letters) of the words of stored claims and names,
    # in a fixed shuffled order; each comes back once per few hundred requests, so most are cold
    words = set()
    for c in gql(url, "{ claims(first: 100) { nodes { text } } }")["claims"]["nodes"]:
        words.update(w.lower() for w in re.findall(r"[A-Za-z]{3,}", c["text"]))
    for a in gql(url, "{ actors(first: 100, orderBy: {field: NAME, direction: DESC}) { nodes { name } } }")["actors"]["nodes"]:
        words.update(w.lower() for w in re.findall(r"[A-Za-z]{3,}", a["name"]))
    prefixes = sorted({w[:n] for w in words for n in range(2, min(len(w), 8) + 1)})
    import random
    random.Random(7).shuffle(prefixes)
    s["search type-ahead, rotating prefixes"] = [json.dumps({"query": "query($q: String!) { search(query: $q, first: 10) { nodes { score snippet node { id } } } }",
                                                             "variables": {"q": q}}) for q in prefixes]
    return s

def prepared_statements(url):
    with urllib.request.urlopen(url + "/q/metrics", timeout=30) as r:
        text = r.read().decode()
    total = 0.0
    for line in text.splitlines():
        if (line.startswith("hibernate_statements_total") and 'status="prepared"' in line) \
                or line.startswith("claimgraph_sql_statements_total"):
            total += float(line.rsplit(" ", 1)[1])
    return total

def ms(v):
    m = re.match(r"([\d.]+)(us|ms|s)", v)
    n, unit = float(m.group(1)), m.group(2)
    return n / 1000 if unit == "us" else n * 1000 if unit == "s" else n

def rss_mb(pid):
    try:
        return int(subprocess.check_output(["ps", "-o", "rss=", "-p", str(pid)]).strip()) / 1024
    except Exception:
        return None

def run(url, bodies, clients, seconds, pid):
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as f:
        f.write("\n".join(bodies) + "\n")
    lua = os.path.join(os.path.dirname(os.path.abspath(__file__)), "wrk", "graphql.lua")
    before = prepared_statements(url)
    p = subprocess.Popen(["wrk", "-t", str(min(clients, 2)), "-c", str(clients), "-d", f"{seconds}s", "--latency",
                          "-s", lua, url + "/graphql"], env={**os.environ, "BODIES": f.name},
                         stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    peak = 0
    while p.poll() is None:
        r = rss_mb(pid) if pid else None
        peak = max(peak, r or 0)
        time.sleep(0.5)
    out, err = p.communicate()
    after = prepared_statements(url)
    os.unlink(f.name)
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    reqs = int(re.search(r"(\d+) requests in", out).group(1))
    lat = dict(re.findall(r"^\s*(50|75|90|99)%\s+(\S+)\s*$", out, re.M))
    bad = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    return {"reqs": reqs, "rps": rps, "p50": ms(lat["50"]), "p99": ms(lat["99"]), "sql": (after - before) / max(reqs, 1),
            "errors": (int(bad.group(1)) if bad else 0) + err.count("bad answer"), "rss": peak}

def main():
    a = argparse.ArgumentParser()
    a.add_argument("--url", default="http://localhost:8080")
    a.add_argument("--clients", default="1,8,32")
    a.add_argument("--seconds", type=int, default=10)
    a.add_argument("--pid", type=int)
    a.add_argument("--only", help="comma-separated substrings of scenario names")
    a.add_argument("--out", required=True)
    args = a.parse_args()
    all_scenarios = scenarios(args.url)
    rows = []
    peak = 0
    for name, bodies in all_scenarios.items():
        if args.only and not any(o in name for o in args.only.split(",")):
            continue
        run(args.url, bodies, 8, 10, args.pid)  # warm-up: the JIT needs it
        for c in [int(x) for x in args.clients.split(",")]:
            r = run(args.url, bodies, c, args.seconds, args.pid)
            peak = max(peak, r["rss"] or 0)
            rows.append((name, c, r))
            print(f"{name:60s} c={c:3d} {r['rps']:9.1f} req/s p50 {r['p50']:8.2f} ms p99 {r['p99']:8.2f} ms "
                  f"sql/req {r['sql']:6.1f} errors {r['errors']}", flush=True)
    with open(args.out, "w") as f:
        f.write("| scenario | clients | requests/s | p50 ms | p99 ms | SQL statements/request | errors |\n")
        f.write("| --- | ---: | ---: | ---: | ---: | ---: | ---: |\n")
        for name, c, r in rows:
            if r["reqs"] == 0:  # no answer within the cell: wrk reports no latency
                f.write(f"| {name} | {c} | 0 | — | — | — | {r['errors']} |\n")
                continue
            f.write(f"| {name} | {c} | {r['rps']:.0f} | {r['p50']:.2f} | {r['p99']:.2f} | {r['sql']:.1f} | {r['errors']} |\n")
        f.write(f"\nPeak RSS under load: {peak:.0f} MB\n")

if __name__ == "__main__":
    main()
