#!/usr/bin/env python3
"""End-to-end speed of the real `sterk` binary in a pseudo-terminal, beside VisiData and fzf.

Builds release, generates synthetic datasets (cached in --work), exports each as CSV with
`sterk lijst focusgebieden --csv`, then runs scripts/ptyprobe.py --repeat RUNS at
120x40 on: the bundled dataset and each synthetic size, for sterk, VisiData (`vd FILE.csv`)
and fzf (`fzf -e < FILE.csv`), and times `fzf --filter` over the same rows. Prints one
table of medians (min-max) and the ratios against the peers measured in the same run.

    scripts/bench-e2e.py                      # 10 runs, bundled + 100k + 1M
    scripts/bench-e2e.py --runs 5 --sizes 1000,100000 --skip-build

ptyprobe (the project's own pseudo-terminal driver; --tuiprobe PATH uses another with the
same options) needs pyte; VisiData is optional (skipped when `vd` is not found). Run it with a
Python that has pyte, e.g. python3 -m venv /tmp/pyvenv && /tmp/pyvenv/bin/pip install pyte visidata,
then /tmp/pyvenv/bin/python scripts/bench-e2e.py.
"""
import argparse
import csv
import json
import os
import shutil
import statistics
import subprocess
import sys
import time

ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def sh(command, **kwargs):
    return subprocess.run(command, check=True, **kwargs)


def load_average():
    with open("/proc/loadavg") as handle:
        return " ".join(handle.read().split()[:3])


def probe(args, label, command, steps, env=None):
    """Runs the probe (scripts/ptyprobe.py); returns its summary dict (or None when a run failed)."""
    output = os.path.join(args.work, f"probe-{label}.json")
    line = [sys.executable, args.tuiprobe, "--repeat", str(args.runs), "-q", "--cols", "120", "--rows", "40",
            "--timeout", "120", "--wait-timeout", "60", "-o", output]
    for key, value in (env or {}).items():
        line += ["--env", f"{key}={value}"]
    line += steps + ["--"] + command
    result = subprocess.run(line, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    if result.returncode != 0:
        print(f"  {label}: probe exit {result.returncode}: {result.stderr.strip()[-600:]}", file=sys.stderr)
    try:
        with open(output) as handle:
            return json.load(handle).get("summary")
    except (OSError, ValueError):
        return None


def figure(summary, key):
    if not summary or key not in summary or not isinstance(summary[key], dict):
        return None
    return summary[key]


def fmt(value, unit=""):
    if value is None:
        return "–"
    med, low, high = value["median"], value["min"], value["max"]
    if unit == "KB":
        return f"{med / 1024:.1f} MB ({low / 1024:.1f}–{high / 1024:.1f})"
    if unit == "B":
        return f"{med:.0f} B ({low:.0f}–{high:.0f})"
    return f"{med:.2f} ms ({low:.2f}–{high:.2f})"


def ratio(ours, theirs):
    if ours is None or theirs is None or not ours["median"]:
        return "–"
    return f"{theirs['median'] / ours['median']:.1f}×"


def timed(command, runs, stdin_path):
    samples = []
    for _ in range(runs):
        with open(stdin_path, "rb") as source:
            start = time.perf_counter()
            subprocess.run(command, stdin=source, stdout=subprocess.DEVNULL, check=False)
            samples.append((time.perf_counter() - start) * 1000)
    return {"median": statistics.median(samples), "min": min(samples), "max": max(samples), "n": len(samples)}


def prepare(args, binary):
    os.makedirs(args.work, exist_ok=True)
    cache_home = os.path.join(args.work, "cache")
    environment = dict(os.environ, XDG_CACHE_HOME=cache_home)
    datasets = [("bundled", None, 20)]
    for size in args.sizes:
        path = os.path.join(args.work, f"n{size}.json")
        if not os.path.exists(path):
            print(f"generating {size} focus areas …", file=sys.stderr)
            sh([binary, "_genereer", "--aantal", str(size), "--zaad", "1", "--uit", path])
        datasets.append((f"{size}", path, size))
    for name, path, _ in datasets:
        csv_path = os.path.join(args.work, f"{name}.csv")
        if not os.path.exists(csv_path):
            data = ["--data", path] if path else []
            with open(csv_path, "w") as out:   # also builds the dataset cache (warm start below)
                sh([binary, "lijst", "focusgebieden", "--csv"] + data, stdout=out, env=environment)
    return datasets, cache_home


def first_cell(csv_path):
    with open(csv_path, newline="") as handle:
        rows = csv.reader(handle)
        next(rows)
        return next(rows)[0]


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=10)
    parser.add_argument("--sizes", default="100000,1000000")
    parser.add_argument("--work", default=os.environ.get("STERK_BENCH_DIR", "/tmp/sterk-bench"))
    parser.add_argument("--tuiprobe", default=os.path.join(ROOT, "scripts", "ptyprobe.py"))
    parser.add_argument("--skip-build", action="store_true")
    args = parser.parse_args()
    args.sizes = [int(size) for size in args.sizes.split(",") if size]

    if not args.skip_build:
        sh(["swift", "build", "-c", "release", "--product", "sterk"], cwd=ROOT)
    binary = os.path.join(ROOT, ".build", "release", "sterk")
    datasets, cache_home = prepare(args, binary)
    vd = shutil.which("vd") or (os.path.join(os.path.dirname(sys.executable), "vd")
                                if os.path.exists(os.path.join(os.path.dirname(sys.executable), "vd")) else None)
    fzf = shutil.which("fzf")
    load_before = load_average()
    results = {}
    for name, path, count in datasets:
        csv_path = os.path.join(args.work, f"{name}.csv")
        data = ["--data", path] if path else []
        print(f"measuring {name} …", file=sys.stderr)
        steps = ["--wait-text", f"De {count} focusgebieden van het NPLV",
                 "--label", "table", "--keys", "2", "--wait-text", f"Focusgebieden ({count})",
                 "--label", "move", "--keys-repeat", "20", "DOWN",
                 "--resize", "100x40", "--label", "redraw", "--resize", "120x40",
                 "--keys", "/", "--label", "search1", "--type", "o", "--label", "search2", "--type", "o",
                 "--label", "search3", "--type", "s", "--label", "found", "--wait-text", "treffer",
                 "--keys", "ENTER", "--keys", "q", "--expect-clean-exit"]
        ours = probe(args, f"sterk-{name}", [binary] + data, steps, env={"XDG_CACHE_HOME": cache_home})
        theirs_vd = None
        if vd:
            cell = first_cell(csv_path)
            theirs_vd = probe(args, f"vd-{name}", [vd, "-N", csv_path],
                              ["--wait-text", cell, "--label", "move", "--keys-repeat", "20", "j",
                               "--keys", "g/", "--type", "oos", "--label", "search", "--keys", "ENTER",
                               "--wait-quiet", "--keys", "gq"])
        theirs_fzf = None
        filter_time = None
        if fzf:
            total = sum(1 for _ in open(csv_path)) - 0
            theirs_fzf = probe(args, f"fzf-{name}", ["sh", "-c", f"exec {fzf} -e < '{csv_path}'"],
                               ["--wait-text", f"{total}/{total}", "--label", "move", "--keys-repeat", "20", "UP",
                                "--label", "search1", "--type", "o", "--label", "search2", "--type", "o",
                                "--label", "search3", "--type", "s", "--wait-quiet", "--keys", "C-c"])
            filter_time = timed([fzf, "-e", "--filter", "oos"], args.runs, csv_path)
        results[name] = {"sterk": ours, "vd": theirs_vd, "fzf": theirs_fzf, "fzf_filter": filter_time}
    load_after = load_average()
    with open(os.path.join(args.work, "results.json"), "w") as handle:
        json.dump({"load_before": load_before, "load_after": load_after, "runs": args.runs, "results": results}, handle,
                  indent=1)
    report(results, args, load_before, load_after)


def report(results, args, load_before, load_after):
    print(f"\n120x40, {args.runs} runs each, medians (min–max); load average before {load_before}, after {load_after}\n")
    print("| dataset | figure | sterk | VisiData | fzf | VisiData ÷ sterk | fzf ÷ sterk |")
    print("|---|---|---|---|---|---|---|")
    for name, result in results.items():
        ours, vd, fzf = result["sterk"], result["vd"], result["fzf"]
        rows = [
            ("first meaningful frame", figure(ours, "first_meaningful_frame_ms"), figure(vd, "first_meaningful_frame_ms"),
             figure(fzf, "first_meaningful_frame_ms"), ""),
            ("switch to the table", figure(ours, "table latency_ms"), None, None, ""),
            ("row move latency", figure(ours, "move latency_ms"), figure(vd, "move latency_ms"), figure(fzf, "move latency_ms"), ""),
            ("row move bytes", figure(ours, "move bytes"), figure(vd, "move bytes"), figure(fzf, "move bytes"), "B"),
            ("full redraw bytes (resize)", figure(ours, "redraw bytes"), None, None, "B"),
            ("search: 1st key (all rows)", figure(ours, "search1 latency_ms"), None, figure(fzf, "search1 latency_ms"), ""),
            ("search: 2nd key (narrowing)", figure(ours, "search2 latency_ms"), None, figure(fzf, "search2 latency_ms"), ""),
            ("search: 3rd key", figure(ours, "search3 latency_ms"), None, figure(fzf, "search3 latency_ms"), ""),
            ("search 'oos' + Enter (vd g/)", None, figure(vd, "search latency_ms"), None, ""),
            ("fzf --filter oos (whole run)", None, None, result["fzf_filter"], ""),
            ("peak RSS", figure(ours, "peak_rss_kb"), figure(vd, "peak_rss_kb"), figure(fzf, "peak_rss_kb"), "KB"),
        ]
        for label, a, b, c, unit in rows:
            print(f"| {name} | {label} | {fmt(a, unit)} | {fmt(b, unit)} | {fmt(c, unit)} | {ratio(a, b)} | {ratio(a, c)} |")
        clean = (ours or {}).get("clean_exits", "–")
        print(f"| {name} | clean exits (sterk) | {clean} | | | | |")


if __name__ == "__main__":
    main()
