#!/usr/bin/env python3
"""The werkbezoek store on SQLite and on PostgreSQL, side by side in one run, with the real
`sterk` binary (every figure includes starting the process, as a user sees it):

  - fill: 10,000 visits imported in one transaction (`werkbezoek _vul`)
  - `werkbezoek status REF` latency on that store (median of N runs)
  - status changes per second: one client, `werkbezoek _stress REF 300`
  - two clients x 200 changes at once: all 400 in the history, the chain unbroken
  - live update: an open `sterk --alleen-lezen` dashboard in tmux, another process runs
    `werkbezoek zet`; time until the new status is on the dashboard's screen

    eval "$(scripts/pg-test-cluster.sh start)"
    swift build -c release     # sterk and, beside it, sterk-postgres (postgres:// goes there)
    scripts/bench-store.py --binary .build/release/sterk --runs 10

Needs STERK_TEST_POSTGRES (a superuser URL; passwords via PGPASSFILE) and tmux.
"""
import argparse
import os
import statistics
import subprocess
import tempfile
import time
import uuid


def run(argv, env=None, check=True):
    started = time.perf_counter()
    result = subprocess.run(argv, env=env, capture_output=True, text=True)
    elapsed = time.perf_counter() - started
    if check and result.returncode != 0:
        raise SystemExit(f"{' '.join(argv)} failed: {result.stderr}")
    return result, elapsed


def new_database(admin):
    name = "sterk_bench_" + uuid.uuid4().hex[:10]
    run(["psql", admin, "-X", "-q", "-v", "ON_ERROR_STOP=1", "-c", f"CREATE DATABASE {name} OWNER sterk_eigenaar"])
    return admin.replace("sterk_beheer@", "sterk_eigenaar@").replace("/postgres", f"/{name}")


def median_ms(values):
    if any(v != v for v in values):
        return "not seen within 15 s"
    return f"{statistics.median(values) * 1000:.1f} ms (min {min(values) * 1000:.1f}, max {max(values) * 1000:.1f})"


def live_latency(binary, store, reference, env, rounds):
    socket = tempfile.mktemp(prefix="sterk-bench-tmux-")
    tmux = ["tmux", "-S", socket]
    pass_env = f"PGPASSFILE='{env.get('PGPASSFILE', '')}' " if "PGPASSFILE" in env else ""
    command = f"LANG=C.UTF-8 TERM=tmux-256color {pass_env}{binary} dashboard --alleen-lezen --store '{store}'"
    run(tmux + ["new-session", "-d", "-x", "120", "-y", "40", command])

    def screen():
        return subprocess.run(tmux + ["capture-pane", "-p"], capture_output=True, text=True).stdout

    def wait(text, timeout=10, row=None):
        """Until `text` is on the screen (on the line that shows `row`, when given)."""
        deadline = time.perf_counter() + timeout
        while time.perf_counter() < deadline:
            lines = screen().splitlines()
            if any(text in line and (row is None or row in line) for line in lines):
                return time.perf_counter()
            time.sleep(0.005)
        return None

    try:
        wait("q stop")
        run(tmux + ["send-keys", "8"])  # the Werkbezoeken tab (Shift-Tab now reaches Vergelijk)
        if wait(reference) is None:
            raise SystemExit(f"live update: {reference} is not on the Werkbezoeken panel:\n{screen()}")
        total, after_command = [], []
        targets = ["uitgesteld", "in-voorbereiding"]
        for index in range(rounds):
            target = targets[index % 2]
            shown = "uitgesteld" if target == "uitgesteld" else "in voorbereiding"
            started = time.perf_counter()
            _, command_time = run([binary, "werkbezoek", "zet", reference, target, "--reden", "bench", "--store", store], env=env)
            seen = wait(shown, timeout=15, row=reference)
            if seen is None:
                return [float("nan")], [float("nan")]
            total.append(seen - started)
            after_command.append(seen - started - command_time)
            time.sleep(0.3)
        return total, after_command
    finally:
        subprocess.run(tmux + ["kill-server"], capture_output=True)


def small_store(binary, store, env):
    """A second store of the same kind with one visit in preparation (fill 1 → WB-2031-001)."""
    if store.startswith("postgres"):
        small = new_database(os.environ["STERK_TEST_POSTGRES"])
    else:
        small = store + "-klein.sqlite"
    run([binary, "werkbezoek", "_vul", "1", "--store", small], env=env)
    return small


def bench(name, binary, store, env, runs):
    print(f"\n== {name}: {store.split('?')[0]}")
    results = {}
    _, fill = run([binary, "werkbezoek", "_vul", "10000", "--store", store], env=env)
    results["fill 10,000 visits (one transaction)"] = f"{fill:.2f} s"
    reference = "WB-2031-5000"
    latencies = [run([binary, "werkbezoek", "status", reference, "--store", store], env=env)[1] for _ in range(runs)]
    results["`werkbezoek status` with 10,000 visits"] = median_ms(latencies)
    # A visit that _stress can toggle: the fill gives the statuses in turn, number 1 is in preparation.
    stress_ref = "WB-2031-001"
    _, one = run([binary, "werkbezoek", "_stress", stress_ref, "300", "--store", store, "--door", "bench1"], env=env)
    results["status changes per second (one client, 300)"] = f"{300 / one:.0f}/s ({one:.2f} s)"
    started = time.perf_counter()
    procs = [subprocess.Popen([binary, "werkbezoek", "_stress", stress_ref, "200", "--store", store, "--door", f"proces{i}"],
                              env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True) for i in (1, 2)]
    outs = [p.communicate() for p in procs]
    both = time.perf_counter() - started
    reported = [len(o[0].split()) for o in outs]
    hist, _ = run([binary, "werkbezoek", "geschiedenis", stress_ref, "--store", store], env=env)
    stored = sum(1 for line in hist.stdout.splitlines() if "proces1" in line or "proces2" in line)
    results["two clients x 200 changes"] = f"reported {sum(reported)}, in history {stored}, {both:.2f} s ({400 / both:.0f}/s)"
    small = small_store(binary, store, env)
    total, after = live_latency(binary, small, "WB-2031-001", env, max(3, runs // 2))
    results["live update, 1 visit (start of `zet` → screen)"] = median_ms(total)
    results["live update, 1 visit (after `zet` returned → screen)"] = median_ms(after)
    total, after = live_latency(binary, store, stress_ref, env, max(3, runs // 2))
    results["live update, 10,000 visits (start of `zet` → screen)"] = median_ms(total)
    results["live update, 10,000 visits (after `zet` returned → screen)"] = median_ms(after)
    for key, value in results.items():
        print(f"  {key:58} {value}")
    return results


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("--binary", default=".build/release/sterk")
    parser.add_argument("--runs", type=int, default=10)
    args = parser.parse_args()
    admin = os.environ.get("STERK_TEST_POSTGRES")
    if not admin:
        raise SystemExit("STERK_TEST_POSTGRES not set: eval \"$(scripts/pg-test-cluster.sh start)\"")
    binary = os.path.abspath(args.binary)
    env = dict(os.environ, LANG="C.UTF-8")
    with tempfile.TemporaryDirectory() as directory:
        env["XDG_DATA_HOME"] = directory
        sqlite = bench("SQLite", binary, os.path.join(directory, "bench.sqlite"), env, args.runs)
        postgres = bench("PostgreSQL", binary, new_database(admin), env, args.runs)
    print("\n| measure | SQLite | PostgreSQL |\n|---|---|---|")
    for key in sqlite:
        print(f"| {key} | {sqlite[key]} | {postgres[key]} |")


if __name__ == "__main__":
    main()
