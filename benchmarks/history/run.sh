#!/usr/bin/env bash
# SLA history speed: `tierwise-cli history` (7x24 and 5x9+cn) against the same metrics in
# vectorised pandas on 1,000,000 generated tickets (~100 MB CSV), in the same run; see README.md.
# Usage: benchmarks/history/run.sh [ROWS] [RUNS]     (BUILD=dir to use another Release build)
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
ROWS="${1:-1000000}"
RUNS="${2:-3}"
BUILD="${BUILD:-$ROOT/build/release}"
/usr/bin/python3 -c "import pandas" 2>/dev/null || { echo "needs Debian python3-pandas"; exit 1; }
[ -f "$BUILD/build.ninja" ] || cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release -DTW_BUILD_TESTS=OFF >/dev/null
cmake --build "$BUILD" --target tierwise-cli >/dev/null
exec /usr/bin/python3 "$ROOT/benchmarks/history/run_benchmark.py" --cli "$BUILD/bin/tierwise-cli" --rows "$ROWS" --repeat "$RUNS"
