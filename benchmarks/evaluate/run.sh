#!/usr/bin/env bash
# TCO Monte Carlo speed: TcoSimulation (C++, tw-bench-tco, all cores) against the same model in
# numpy (bench_numpy.py, Debian python3-numpy), 10 vendors x 3 tiers x TRIALS trials, in the same
# run; each side RUNS times, medians compared; then the statistical agreement of the two, and the
# demo evaluation end to end (`tierwise-cli evaluate resources/demo/evaluation.json`, median of 5)
# against its 0.5 s goal.
# Usage: benchmarks/evaluate/run.sh [TRIALS] [RUNS]     (BUILD=dir to use another Release build)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
TRIALS="${1:-1000000}"
RUNS="${2:-3}"
BUILD="${BUILD:-$ROOT/build/release}"
PY=/usr/bin/python3
HERE="$ROOT/benchmarks/evaluate"
OUT="${OUT:-$(mktemp -d /tmp/tw-bench-tco.XXXXXX)}"
mkdir -p "$OUT"

$PY -c "import numpy" 2>/dev/null || { echo "needs Debian python3-numpy"; exit 1; }
[ -f "$BUILD/build.ninja" ] || cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release -DTW_BUILD_TESTS=OFF >/dev/null
cmake --build "$BUILD" --target tw-bench-tco tierwise-cli >/dev/null

echo "machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs)"
echo "load before: $(uptime | sed 's/.*load average/load average/')"
echo "trials per case: $TRIALS, cases: 10 vendors x 3 tiers, runs per side: $RUNS (median)"

for run in $(seq 1 "$RUNS"); do
    "$BUILD/bin/tw-bench-tco" --trials "$TRIALS" --inputs "$OUT/inputs.json" >"$OUT/cpp-$run.json"
    $PY "$HERE/bench_numpy.py" run "$OUT/inputs.json" --trials "$TRIALS" >"$OUT/numpy-$run.json"
    $PY -c 'import json,sys; print("  run %s: c++ %.2f s, numpy %.2f s" % (sys.argv[1], json.load(open(sys.argv[2]))["seconds"], json.load(open(sys.argv[3]))["seconds"]))' \
        "$run" "$OUT/cpp-$run.json" "$OUT/numpy-$run.json"
done
echo "load after:  $(uptime | sed 's/.*load average/load average/')"

$PY - "$OUT" "$RUNS" <<'EOF'
import json, statistics, sys
out, runs = sys.argv[1], int(sys.argv[2])
cpp = [json.load(open(f"{out}/cpp-{r}.json")) for r in range(1, runs + 1)]
ref = [json.load(open(f"{out}/numpy-{r}.json")) for r in range(1, runs + 1)]
c = statistics.median(x["seconds"] for x in cpp)
n = statistics.median(x["seconds"] for x in ref)
print(f"\n{'':24s} {'C++ TcoSimulation':>18s} {'numpy':>12s}")
print(f"{'seconds (median)':24s} {c:18.2f} {n:12.2f}")
print(f"{'threads':24s} {cpp[0]['threads']:18d} {ref[0]['threads']:12d}")
print(f"{'implementation':24s} {'c++':>18s} {ref[0]['implementation']:>12s}")
print(f"speed-up: {n / c:.2f}x (goal >= 3x): {'OK' if n / c >= 3 else 'MISSED'}\n")
EOF

$PY "$HERE/bench_numpy.py" compare "$OUT/cpp-1.json" "$OUT/numpy-1.json" || AGREE_FAILED=1

# End to end: spec parsing, loading (documents, ticket histories), evaluation, JSON output.
echo
$PY - "$BUILD/bin/tierwise-cli" "$ROOT/resources/demo/evaluation.json" <<'EOF'
import os, statistics, subprocess, sys, time
cli, spec = sys.argv[1], sys.argv[2]
runs = []
for _ in range(5):
    start = time.perf_counter()
    done = subprocess.run([cli, "evaluate", spec, "--format", "json"], stdout=subprocess.DEVNULL,
                          stderr=subprocess.PIPE, env=dict(os.environ, TW_EVALUATE_TIMING="1"), check=True, text=True)
    runs.append((time.perf_counter() - start, done.stderr.strip().replace("\n", ", ")))
median = statistics.median(t for t, _ in runs)
print("demo evaluation end to end (tierwise-cli evaluate resources/demo/evaluation.json --format json):")
print("  runs: " + ", ".join(f"{t:.3f}" for t, _ in runs) + " s")
print(f"  median {median:.3f} s (goal < 0.5 s): {'OK' if median < 0.5 else 'MISSED'}")
print("  phases of the median run: " + next(p for t, p in runs if t == median))
EOF
echo "load at the end: $(uptime | sed 's/.*load average/load average/')"
echo "raw results: $OUT"
exit "${AGREE_FAILED:-0}"
