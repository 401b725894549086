#!/usr/bin/env python3
"""Each execution patch's gain (smallrye/Patches), one off at a time against all on, in one run.

Starts the packaged service once per configuration (all on, each patch off, all off) on one H2 store,
result cache off, in rounds (the configurations interleaved, so drift on a shared machine spreads over
all of them); per configuration and scenario: wrk at the given client count after a warm-up, requests/s
and the service's CPU per request (utime + stime of its process over the cell, from /proc). Checks each
answer against all-on's (the same bytes) before loading it. Fails when a configuration does not start
or answers differently.
  bench/patches.py --jar app/quarkus-run.jar --db /tmp/x/db --out results.md [--rounds 2] [--clients 1,8]
"""
import argparse, json, os, re, statistics, subprocess, sys, tempfile, time, urllib.request

PATCHES = ["level-execution", "plain-fetchers", "default-visibility", "shared-batch-loaders", "lean-instrumentation"]
SCENARIOS = {
    "actor page": """query ActorPage { actors(first: 20, orderBy: {field: NAME, direction: ASC}) { nodes { id name kind
        claimsMade(first: 10) { nodes { id text status claimant { name } subjects { name }
          relationships { type target { name } } } } } } }""",
    "claims page": "query ClaimsPage { claims(first: 10) { pageInfo { endCursor } nodes { id text status claimant { name } } } }",
    # the node lookup of the bench's scenarios, on the generated actor gen-5 (id: base64url of "Actor:gen-5")
    "node lookup": """query Node { node(id: "QWN0b3I6Z2VuLTU") { id ... on Actor { name kind
        claimsMade(first: 5) { nodes { id text status } } } } }""",
}
LUA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "wrk", "graphql.lua")


def post(port, query):
    body = json.dumps({"query": query}).encode()
    req = urllib.request.Request(f"http://localhost:{port}/graphql", body, {"Content-Type": "application/json"})
    with urllib.request.urlopen(req, timeout=60) as r:
        return r.read()


def cpu_seconds(pid):
    fields = open(f"/proc/{pid}/stat").read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


def start(java, flags, jar, db, port, off):
    args = [java, *flags.split(), "-Dclaimgraph.graphql.result-cache.max-bytes=0", f"-Dclaimgraph.db.path={db}",
            f"-Dquarkus.http.port={port}", *[f"-Dclaimgraph.patch.{p}=false" for p in off], "-jar", jar]
    log = tempfile.NamedTemporaryFile("w+", suffix=".log", delete=False)
    p = subprocess.Popen(args, stdout=log, stderr=subprocess.STDOUT)
    deadline = time.time() + 120
    while time.time() < deadline:
        if p.poll() is not None:
            sys.exit(f"the service did not start with {off} off:\n" + open(log.name).read()[-3000:])
        try:
            post(port, "{ __typename }")
            return p
        except Exception:
            time.sleep(0.2)
    p.kill()
    sys.exit(f"no answer within 120 s with {off} off")


def wrk(port, query, clients, seconds):
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False) as f:
        f.write(json.dumps({"query": query}) + "\n")
    out = subprocess.run(["wrk", "-t", str(min(clients, 2)), "-c", str(clients), "-d", f"{seconds}s", "-s", LUA,
                          f"http://localhost:{port}/graphql"], env={**os.environ, "BODIES": f.name},
                         capture_output=True, text=True, check=True).stdout
    os.unlink(f.name)
    if "Non-2xx" in out:
        sys.exit("wrk saw failed responses:\n" + out)
    return int(re.search(r"(\d+) requests in", out).group(1)), float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))


def main():
    a = argparse.ArgumentParser()
    a.add_argument("--java", default="java")
    a.add_argument("--flags", default="")
    a.add_argument("--jar", required=True)
    a.add_argument("--db", required=True)
    a.add_argument("--port", type=int, default=18095)
    a.add_argument("--rounds", type=int, default=2)
    a.add_argument("--clients", default="1,8")
    a.add_argument("--seconds", type=int, default=6)
    a.add_argument("--warmup", type=int, default=10)
    a.add_argument("--out", required=True)
    args = a.parse_args()
    configs = [("all on", [])] + [(f"{p} off", [p]) for p in PATCHES] + [("all off", PATCHES)]
    clients = [int(c) for c in args.clients.split(",")]
    reference = {}
    cells = {}  # (config, scenario, clients) -> [(rps, cpu ms/request)]
    for round_ in range(args.rounds):
        for name, off in configs:
            p = start(args.java, args.flags, args.jar, args.db, args.port, off)
            try:
                for scenario, query in SCENARIOS.items():
                    answer = post(args.port, query)
                    if b'"errors"' in answer:
                        sys.exit(f"{scenario} failed with {name}: {answer[:500]!r}")
                    if reference.setdefault(scenario, answer) != answer:
                        sys.exit(f"{scenario}: {name} answers differently from all on")
                    wrk(args.port, query, 8, args.warmup)
                    for c in clients:
                        cpu0 = cpu_seconds(p.pid)
                        requests, rps = wrk(args.port, query, c, args.seconds)
                        cpu_ms = (cpu_seconds(p.pid) - cpu0) * 1000 / max(requests, 1)
                        cells.setdefault((name, scenario, c), []).append((rps, cpu_ms))
                        print(f"round {round_ + 1} {name:26s} {scenario:22s} c={c} {rps:8.1f} req/s {cpu_ms:6.2f} ms CPU/req",
                              flush=True)
            finally:
                p.terminate()
                p.wait()
    with open(args.out, "w") as f:
        f.write("| configuration | scenario | clients | requests/s (median) | CPU ms/request (median) | CPU vs all on |\n")
        f.write("| --- | --- | ---: | ---: | ---: | ---: |\n")
        for scenario in SCENARIOS:
            for c in clients:
                base = statistics.median(x[1] for x in cells[("all on", scenario, c)])
                for name, _ in configs:
                    xs = cells[(name, scenario, c)]
                    cpu = statistics.median(x[1] for x in xs)
                    f.write(f"| {name} | {scenario} | {c} | {statistics.median(x[0] for x in xs):.0f} | {cpu:.2f} "
                            f"| ×{cpu / base:.2f} |\n")
    print(open(args.out).read())


if __name__ == "__main__":
    main()
