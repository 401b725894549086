#!/usr/bin/env python3
"""Side by side, interleaved: PostGraphile 4 and PostGraphile 5 on PostgreSQL, Claimgraph on the same
PostgreSQL tables, and Claimgraph on H2 holding the same generated graph. Equivalent queries per
scenario; each server answers its own form once first, and the number of values in the answers must
agree. Then wrk (bench/wrk/graphql.lua) per scenario and client count, the servers in turn, and one
Markdown table: requests/s, p50, p99 and Claimgraph's ratio to each PostGraphile. Driven by
bench/compare.sh.

  bench/compare.py --postgraphile http://localhost:15000 --postgraphile5 http://localhost:15003 \
    --pg http://localhost:15001 --h2 http://localhost:15002 --out F
"""
import argparse, json, os, re, subprocess, sys, urllib.request

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
import scenarios as S  # noqa: E402  (its wrk runner)

S.prepared_statements = lambda url: 0.0  # PostGraphile has no Hibernate counter: SQL per request is not compared


def post(url, query, variables=None):
    body = json.dumps({"query": query, "variables": variables or {}}).encode()
    req = urllib.request.Request(url + "/graphql", body, {"Content-Type": "application/json", "Accept": "application/json"})
    with urllib.request.urlopen(req, timeout=300) as r:
        out = json.loads(r.read())
    if out.get("errors"):
        raise SystemExit(f"{url}: query failed: {out['errors']}\n{query}")
    return out["data"]


def values(data):
    """How many scalar values (nulls included) an answer carries."""
    if isinstance(data, dict):
        return sum(values(v) for v in data.values())
    if isinstance(data, list):
        return sum(values(v) for v in data)
    return 1


CG_ACTOR_PAGE = """query ActorPage { actors(first: 20, orderBy: {field: NAME, direction: ASC}) { nodes { id name kind
  claimsMade(first: 10) { nodes { id text status claimant { name } subjects { name }
    relationships { type target { name } } } } } } }"""
PG_ACTOR_PAGE = """query ActorPage { allActors(first: 20, orderBy: [NAME_NORM_ASC, ID_ASC]) { nodes { nodeId name kind
  claimsByClaimantId(first: 10, orderBy: [DOCUMENT_ID_ASC, POSITION_ASC, ID_ASC]) { nodes { nodeId text status
    actorByClaimantId { name } claimSubjectsByClaimId(orderBy: POSITION_ASC) { nodes { actorByActorId { name } } }
    relationshipEvidencesByClaimId { nodes { relationshipByRelationshipId { relType actorByTargetId { name } } } } } } } } }"""
CG_PAGE = "query($after: String) { claims(first: 10, after: $after) { pageInfo { endCursor } nodes { id text } } }"
PG_PAGE = ("query($after: Cursor) { allClaims(first: 10, after: $after, orderBy: [DOCUMENT_ID_ASC, POSITION_ASC, ID_ASC])"
           " { pageInfo { endCursor } nodes { nodeId text } } }")


def v5(query):
    """PostGraphile 4's form of a query in PostGraphile 5's default (amber) schema: the global id is
    `id` and a table's own id column `rowId`; only indexed columns are orderable, so a claim's subjects
    come in primary-key order (the same values, in another order)."""
    return (re.sub(r"(?<![A-Z_])ID_ASC", "ROW_ID_ASC", query.replace("nodeId", "id"))
            .replace("claimSubjectsByClaimId(orderBy: POSITION_ASC)", "claimSubjectsByClaimId(orderBy: PRIMARY_KEY_ASC)"))


CG_NODE = "query($id: ID!) { node(id: $id) { id ... on Claim { text status claimant { name } } } }"
PG_NODE = "query($id: ID!) { node(nodeId: $id) { nodeId ... on Claim { text status actorByClaimantId { name } } } }"


def page_1000(url, query, field):
    after = None
    for _ in range(999):
        after = post(url, query, {"after": after})[field]["pageInfo"]["endCursor"]
    return after


def scenarios(urls):
    """name -> {server: [bodies]}: the same question in each server's schema."""
    one = lambda q, v=None: [json.dumps({"query": q, "variables": v or {}})]
    pg4, pg5 = (lambda q: q), v5
    form = {"PostGraphile 4": pg4, "PostGraphile 5": pg5}
    s = {"actor page (20 actors x 10 claims, claimant, subjects, relationships -> target)":
         {srv: one(form[srv](PG_ACTOR_PAGE)) if srv in form else one(CG_ACTOR_PAGE) for srv in urls}}
    page = {}
    for srv, url in urls.items():
        if srv in form:
            page[srv] = one(form[srv](PG_PAGE), {"after": page_1000(url, form[srv](PG_PAGE), "allClaims")})
        else:
            page[srv] = one(CG_PAGE, {"after": page_1000(url, CG_PAGE, "claims")})
    s["claims page after 1,000 pages"] = page
    first = "{ claims(first: 100) { nodes { id } } }"
    pg_first = "{ allClaims(first: 100, orderBy: [DOCUMENT_ID_ASC, POSITION_ASC, ID_ASC]) { nodes { nodeId } } }"
    node = {}
    for srv, url in urls.items():
        if srv in form:
            ids = [n["id" if srv == "PostGraphile 5" else "nodeId"]
                   for n in post(url, form[srv](pg_first))["allClaims"]["nodes"]]
            node[srv] = [json.dumps({"query": form[srv](PG_NODE), "variables": {"id": i}}) for i in ids]
        else:
            node[srv] = [json.dumps({"query": CG_NODE, "variables": {"id": n["id"]}})
                         for n in post(url, first)["claims"]["nodes"]]
    s["node lookup with claimant (100 claims in turn)"] = node
    return s


TICK_MS = 1000 / os.sysconf("SC_CLK_TCK")


def cpu_ms(pid):
    """CPU time (user + system) the process has used so far, in ms; 0 once it has ended or if unreadable."""
    try:
        with open(f"/proc/{pid}/stat") as f:
            fields = f.read().rsplit(")", 1)[1].split()
        return (int(fields[11]) + int(fields[12])) * TICK_MS
    except (OSError, IndexError, ValueError):
        return 0


def backends(postmaster):
    """CPU so far of the PostgreSQL server's processes (the postmaster and its children), by process id."""
    out = subprocess.run(["ps", "-o", "pid=", "--ppid", str(postmaster)], capture_output=True, text=True).stdout
    return {p: cpu_ms(p) for p in [postmaster] + [int(x) for x in out.split()]}


def measured(url, bodies, clients, seconds, pid, postmaster):
    """S.run, plus the CPU per request of the server process and of PostgreSQL during the cell."""
    server0 = cpu_ms(pid) if pid else 0
    db0 = backends(postmaster) if postmaster else {}
    r = S.run(url, bodies, clients, seconds, pid)
    n = max(r["reqs"], 1)
    r["cpu_server"] = (cpu_ms(pid) - server0) / n if pid else None
    # pools open connections while a cell runs (and close idle ones between cells): a backend that
    # started during the cell counts from zero; one that ended during it is lost (rare, small)
    r["cpu_db"] = sum(v - db0.get(p, 0) for p, v in backends(postmaster).items()) / n if postmaster else None
    return r


def main():
    a = argparse.ArgumentParser()
    a.add_argument("--postgraphile", required=True, help="PostGraphile 4")
    a.add_argument("--postgraphile5", required=True, help="PostGraphile 5")
    a.add_argument("--pg", required=True)
    a.add_argument("--h2", required=True)
    a.add_argument("--pids", default="", help="PostGraphile 4, PostGraphile 5, PG, H2 process ids, for RSS")
    a.add_argument("--postmaster", type=int, help="process id of the PostgreSQL server the PostgreSQL servers use, for its CPU")
    a.add_argument("--clients", default="1,8,32")
    a.add_argument("--seconds", type=int, default=10)
    a.add_argument("--warmup", type=int, default=10, help="seconds of load per scenario and server before its cells")
    a.add_argument("--out", required=True)
    args = a.parse_args()
    urls = {"PostGraphile 4": args.postgraphile, "PostGraphile 5": args.postgraphile5,
            "Claimgraph PG": args.pg, "Claimgraph H2": args.h2}
    pids = dict(zip(urls, [int(p) for p in args.pids.split(",") if p])) if args.pids else {}
    all_scenarios = scenarios(urls)
    rows, checks = [], []
    for name, per_server in all_scenarios.items():
        counts = {}
        for server, bodies in per_server.items():
            b = json.loads(bodies[0])
            counts[server] = values(post(urls[server], b["query"], b["variables"]))
        checks.append((name, counts))
        print(f"{name}: values per answer {counts}", flush=True)
        for server, bodies in per_server.items():  # warm-up: the JITs need it
            S.run(urls[server], bodies, 8, args.warmup, pids.get(server))
        for c in [int(x) for x in args.clients.split(",")]:
            cell = {}
            for server, bodies in per_server.items():
                # H2 runs in the server's process: PostgreSQL's CPU is counted for the servers on it
                on_pg = args.postmaster if server != "Claimgraph H2" else None
                cell[server] = measured(urls[server], bodies, c, args.seconds, pids.get(server), on_pg)
                r = cell[server]
                print(f"{name[:40]:40s} c={c:3d} {server:14s} {r['rps']:9.1f} req/s p50 {r['p50']:8.2f} p99 {r['p99']:8.2f} ms"
                      f" errors {r['errors']} rss {r['rss']:.0f} MB cpu/req {cpu(r)}", flush=True)
            rows.append((name, c, cell))
    with open(args.out, "w") as f:
        f.write("| scenario | clients | PostGraphile 4 req/s (p50 / p99 ms) | PostGraphile 5 req/s (p50 / p99) | "
                "Claimgraph PG req/s (p50 / p99) | ×PG5 | ×PG4 | Claimgraph H2 req/s (p50 / p99) | ×PG5 | ×PG4 |\n"
                "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: |\n")
        for name, c, cell in rows:
            fmt = lambda r: f"{r['rps']:,.0f} ({r['p50']:.1f} / {r['p99']:.1f})" + (f", {r['errors']} errors" if r["errors"] else "")
            ratios = lambda r: " | ".join(f"{r['rps'] / (cell[peer]['rps'] or 1):.2f}" for peer in ("PostGraphile 5", "PostGraphile 4"))
            f.write(f"| {name} | {c} | {fmt(cell['PostGraphile 4'])} | {fmt(cell['PostGraphile 5'])} | "
                    f"{fmt(cell['Claimgraph PG'])} | {ratios(cell['Claimgraph PG'])} | "
                    f"{fmt(cell['Claimgraph H2'])} | {ratios(cell['Claimgraph H2'])} |\n")
        f.write("\nValues per answer (the servers answer the same question): "
                + "; ".join(f"{n}: " + ", ".join(f"{s} {v}" for s, v in counts.items()) for n, counts in checks) + "\n")
        peak = {s: max((cell[s]["rss"] or 0) for _, _, cell in rows) for s in urls}
        f.write("\nPeak RSS under load: " + ", ".join(f"{s} {v:.0f} MB" for s, v in peak.items()) + "\n")
        f.write("\nCPU per request, ms: the server's process + PostgreSQL's processes (H2 is inside the server's), "
                "over each whole cell (wrk's own CPU not counted)\n\n| scenario | clients | "
                + " | ".join(urls) + " |\n| --- | ---: |" + " ---: |" * len(urls) + "\n")
        for name, c, cell in rows:
            f.write(f"| {name} | {c} | " + " | ".join(cpu(cell[s]) for s in urls) + " |\n")
    mismatched = [n for n, counts in checks if len(set(counts.values())) > 1]
    if mismatched:
        with open(args.out, "a") as f:
            f.write(f"\n**The answers differ in size for: {mismatched}: these rows do not compare like with like.**\n")
        raise SystemExit(f"the answers differ in size for: {mismatched}")


def cpu(r):
    if r.get("cpu_server") is None:
        return "–"
    return f"{r['cpu_server']:.2f}" + (f" + {r['cpu_db']:.2f}" if r.get("cpu_db") is not None else "")


if __name__ == "__main__":
    main()
