#!/usr/bin/python3
"""SLA history benchmark: tierwise-cli history against the same metrics in vectorised pandas.

Generates 1,000,000 tickets (about 100 MB of CSV: several vendors and priorities, some tickets
without an on-site visit), then on the same file and in the same run:
  * tierwise-cli history --calendar 7x24 (Release build),
  * the same metrics with pandas: read_csv, to_datetime with the format, groupby quantiles,
  * tierwise-cli history --calendar 5x9+cn (business hours with China's holidays),
and prints wall time and peak memory (max RSS of the process) side by side with the ratios.
The C++ and pandas figures are compared group by group, so the speed is for the same answer.

usage: run_benchmark.py [--cli build/hist-rel/bin/tierwise-cli] [--rows 1000000] [--repeat 3]
                        [--workdir /tmp/tw-history-bench] [--keep]
Not part of ctest. Needs Debian python3-pandas (and python3-numpy, which it pulls in).
"""
import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.dirname(os.path.dirname(HERE))

VENDORS = ["Huawei", "Inspur", "Lenovo", "H3C", "Dell EMC", "HPE", "Sugon", "ZTE"]
PRIORITIES = ["P1", "P2", "P3", "P4"]
# Promised minutes per priority (response, onsite, resolution), as --target rules.
TARGETS = {"P1": (15, 240, 360), "P2": (30, 480, 1440), "P3": (120, 1440, 4320), "P4": (240, 2880, 10080)}


def target_arguments():
    args = []
    for priority, (response, onsite, resolution) in TARGETS.items():
        args += ["--target", f"{priority}:response={response}m,onsite={onsite}m,resolution={resolution}m"]
    return args


def generate(path, rows, seed=20241001):
    import numpy as np

    rng = np.random.default_rng(seed)
    start = np.datetime64("2023-01-01T00:00:00")
    opened = start + rng.integers(0, 3 * 365 * 24 * 3600, rows).astype("timedelta64[s]")
    vendor = rng.integers(0, len(VENDORS), rows)
    priority = rng.choice(len(PRIORITIES), rows, p=[0.05, 0.15, 0.5, 0.3])
    scale = np.array([1.0, 2.0, 4.0, 8.0])[priority]
    minutes = lambda mean: (rng.exponential(mean * 60, rows) * scale).astype("timedelta64[s]")
    response = opened + minutes(20)
    onsite = response + minutes(180)
    resolved = onsite + minutes(240)
    has_onsite = rng.random(rows) < 0.7

    def text(values):
        return np.char.replace(np.datetime_as_string(values, unit="s"), "T", " ")

    opened_s, response_s, onsite_s, resolved_s = text(opened), text(response), text(onsite), text(resolved)
    onsite_s = np.where(has_onsite, onsite_s, "")
    sites = np.array([f"DC-{i:02d}" for i in range(40)])[rng.integers(0, 40, rows)]
    with open(path, "w", encoding="utf-8", newline="\n") as out:
        out.write("ticket_id,vendor,priority,site,opened_at,responded_at,onsite_at,resolved_at\n")
        vendors = np.array(VENDORS)[vendor]
        priorities = np.array(PRIORITIES)[priority]
        chunk = 100000
        for begin in range(0, rows, chunk):
            end = min(rows, begin + chunk)
            lines = [
                f"TK{i:08d},{v},{p},{s},{o},{r},{n},{z}\n"
                for i, v, p, s, o, r, n, z in zip(
                    range(begin + 1, end + 1), vendors[begin:end], priorities[begin:end], sites[begin:end],
                    opened_s[begin:end], response_s[begin:end], onsite_s[begin:end], resolved_s[begin:end])
            ]
            out.write("".join(lines))


PANDAS_SCRIPT = r'''
import json, sys
import pandas as pd
path, targets = sys.argv[1], json.loads(sys.argv[2])
fmt = "%Y-%m-%d %H:%M:%S"
df = pd.read_csv(path, usecols=["vendor", "priority", "opened_at", "responded_at", "onsite_at", "resolved_at"],
                 dtype={"vendor": "category", "priority": "category"})
opened = pd.to_datetime(df["opened_at"], format=fmt)
out = pd.DataFrame({"vendor": df["vendor"], "priority": df["priority"]})
for name, column in (("response", "responded_at"), ("onsite", "onsite_at"), ("resolution", "resolved_at")):
    out[name] = (pd.to_datetime(df[column], format=fmt) - opened).dt.total_seconds() / 60.0
out["month"] = opened.dt.to_period("M")
del df
target = pd.DataFrame(targets, index=["response", "onsite", "resolution"]).T
result = {"groups": [], "months": 0}
keys = ["vendor", "priority"]
grouped = out.groupby(keys, observed=True)
stats = {}
for name in ("response", "onsite", "resolution"):
    g = grouped[name]
    t = out["priority"].map(target[name]).astype(float)
    within = (out[name] <= t).where(out[name].notna())
    breach = (out[name] > t).where(out[name].notna())
    stats[name] = pd.DataFrame({
        "count": g.count(), "mean": g.mean(), "median": g.median(), "p90": g.quantile(0.9), "max": g.max(),
        "attainment": within.groupby([out["vendor"], out["priority"]], observed=True).mean() * 100.0,
        "breaches": breach.groupby([out["vendor"], out["priority"]], observed=True).sum(),
    })
counts = grouped.size()
# Monthly trend: the same statistics per vendor, priority and month.
monthly = out.groupby(keys + ["month"], observed=True)["resolution"].agg(["count", "mean", "median"])
monthly_p90 = out.groupby(keys + ["month"], observed=True)["resolution"].quantile(0.9)
result["months"] = int(len(monthly))
# Promised vs delivered: p90 over the promise, per vendor the worst.
factors = {}
for name in ("response", "onsite", "resolution"):
    f = stats[name]["p90"] / stats[name].index.get_level_values("priority").map(target[name]).astype(float).values
    for (vendor, priority), value in f.items():
        factors[vendor] = max(factors.get(vendor, 0.0), float(value))
mttr = out.groupby("vendor", observed=True)["resolution"].mean()
for (vendor, priority), count in counts.items():
    group = {"vendor": vendor, "priority": priority, "count": int(count)}
    for name in ("response", "onsite", "resolution"):
        row = stats[name].loc[(vendor, priority)]
        group[name] = {k: float(row[k]) for k in ("count", "mean", "median", "p90", "max", "attainment", "breaches")}
    result["groups"].append(group)
result["worst_factor"] = factors
result["mttr"] = {k: float(v) for k, v in mttr.items()}
json.dump(result, sys.stdout)
'''


def run_measured(command):
    """Runs a command, returns (wall seconds, peak RSS in MB, stdout bytes)."""
    with tempfile.TemporaryFile() as out:
        started = time.perf_counter()
        process = subprocess.Popen(command, stdout=out, stderr=subprocess.PIPE)
        _, status, usage = os.wait4(process.pid, 0)
        wall = time.perf_counter() - started
        process.returncode = os.waitstatus_to_exitcode(status)
        stderr = process.stderr.read().decode(errors="replace")
        if process.returncode != 0:
            sys.exit(f"{command[0]} failed ({process.returncode}): {stderr}")
        out.seek(0)
        return wall, usage.ru_maxrss / 1024.0, out.read()


def median_run(command, repeat):
    runs = [run_measured(command) for _ in range(repeat)]
    walls = [r[0] for r in runs]
    return statistics.median(walls), max(r[1] for r in runs), runs[-1][2], walls


def compare(cli_json, pandas_json):
    """Largest absolute difference over every group and statistic (the CLI rounds to 1/1000 minute)."""
    ours = {(g["vendor"], g["priority"]): g for g in cli_json["groups"]}
    worst = 0.0
    checked = 0
    for group in pandas_json["groups"]:
        mine = ours.get((group["vendor"], group["priority"]))
        if mine is None or mine["count"] != group["count"]:
            return float("inf"), checked
        for name in ("response", "onsite", "resolution"):
            for key in ("count", "mean", "median", "p90", "max", "attainment", "breaches"):
                a, b = mine[name][key], group[name][key]
                worst = max(worst, abs(a - b))
                checked += 1
    for vendor in cli_json["vendors"]:
        factor = vendor["promised_vs_delivered"]["worst_factor"]
        worst = max(worst, abs(factor - pandas_json["worst_factor"][vendor["vendor"]]))
        worst = max(worst, abs(vendor["mttr"] - pandas_json["mttr"][vendor["vendor"]]))
        checked += 2
    return worst, checked


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cli", default=os.path.join(ROOT, "build", "hist-rel", "bin", "tierwise-cli"))
    parser.add_argument("--rows", type=int, default=1000000)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--workdir", default=os.path.join(tempfile.gettempdir(), "tw-history-bench"))
    parser.add_argument("--keep", action="store_true", help="keep the generated CSV")
    args = parser.parse_args()
    if not os.access(args.cli, os.X_OK):
        sys.exit(f"no tierwise-cli at {args.cli}: build it with -DCMAKE_BUILD_TYPE=Release first")

    os.makedirs(args.workdir, exist_ok=True)
    path = os.path.join(args.workdir, f"tickets_{args.rows}.csv")
    if not os.path.exists(path):
        started = time.perf_counter()
        generate(path, args.rows)
        print(f"generated {args.rows} tickets in {time.perf_counter() - started:.1f} s")
    size_mb = os.path.getsize(path) / 1e6
    print(f"file: {path} ({size_mb:.1f} MB, {args.rows} tickets, {len(VENDORS)} vendors, {len(PRIORITIES)} priorities)")
    print(f"machine: {os.cpu_count()} cores; each figure is the median of {args.repeat} runs, memory the largest")

    targets = {p: {"response": r, "onsite": o, "resolution": z} for p, (r, o, z) in TARGETS.items()}
    cli = [args.cli, "history", path, "--format", "json", "--compact"] + target_arguments()
    cli_wall, cli_rss, cli_out, cli_walls = median_run(cli + ["--calendar", "7x24"], args.repeat)
    pandas_wall, pandas_rss, pandas_out, pandas_walls = median_run(
        ["/usr/bin/python3", "-c", PANDAS_SCRIPT, path, json.dumps(targets)], args.repeat)
    biz_wall, biz_rss, biz_out, biz_walls = median_run(cli + ["--calendar", "5x9+cn", "--tz", "Asia/Shanghai"],
                                                       args.repeat)

    cli_json = json.loads(cli_out)
    pandas_json = json.loads(pandas_out)
    difference, checked = compare(cli_json, pandas_json)
    biz_json = json.loads(biz_out)

    print()
    print(f"{'run':<34}{'wall s':>9}{'peak MB':>10}   runs (s)")
    print(f"{'tierwise-cli history, 7x24':<34}{cli_wall:>9.3f}{cli_rss:>10.1f}   {', '.join(f'{w:.3f}' for w in cli_walls)}")
    print(f"{'pandas (read_csv+to_datetime+gb)':<34}{pandas_wall:>9.3f}{pandas_rss:>10.1f}   {', '.join(f'{w:.3f}' for w in pandas_walls)}")
    print(f"{'tierwise-cli history, 5x9+cn':<34}{biz_wall:>9.3f}{biz_rss:>10.1f}   {', '.join(f'{w:.3f}' for w in biz_walls)}")
    print()
    print(f"time ratio tierwise/pandas (7x24):   {cli_wall / pandas_wall:.3f}   (goal <= 0.5)")
    print(f"peak memory / file size (7x24):      {cli_rss / size_mb:.2f}    (goal <= 2)")
    print(f"5x9+cn / 7x24 time:                  {biz_wall / cli_wall:.3f}   (goal <= 1.5)")
    print(f"results: {cli_json['tickets']} tickets, {len(cli_json['groups'])} groups, {pandas_json['months']} "
          f"vendor-priority-months; largest absolute difference from pandas over {checked} figures: {difference:.2e}")
    print(f"5x9+cn: {biz_json['tickets']} tickets, bad rows {biz_json['bad_row_count']}")
    if not args.keep and args.workdir.startswith(tempfile.gettempdir()):
        shutil.rmtree(args.workdir, ignore_errors=True)
    return 0 if difference <= 0.001 else 1


if __name__ == "__main__":
    sys.exit(main())
