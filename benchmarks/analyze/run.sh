#!/usr/bin/env bash
# Analysis speed: `tierwise-cli analyze` against `pdftotext` (poppler-utils) on the same ~200-page
# bilingual proposal PDF, in the same run (goal: analyze at most 1.0x pdftotext's wall time), then the
# analyzer alone (tw-bench-analyze, document read once) on 1x, 4x and 16x the text to show that its
# cost grows linearly. The analyzer spreads its passes over the cores; TW_ANALYSIS_THREADS=1 runs it
# on one. Usage: benchmarks/analyze/run.sh [PAGES] [RUNS]
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
PAGES="${1:-200}"
RUNS="${2:-5}"
BUILD="$ROOT/build/release"
OUT="$ROOT/benchmarks/out"
mkdir -p "$OUT"
command -v pdftotext >/dev/null || { echo "needs poppler-utils (pdftotext)"; exit 1; }
[ -x /usr/bin/time ] || { echo "needs GNU time (Debian package: time)"; exit 1; }
[ -f "$BUILD/build.ninja" ] || cmake -S "$ROOT" -B "$BUILD" -G Ninja -DCMAKE_BUILD_TYPE=Release -DTW_BUILD_TESTS=OFF >/dev/null
cmake --build "$BUILD" --target tierwise-cli tw-make-proposal-pdf tw-bench-analyze >/dev/null
PDF="$OUT/proposal-$PAGES.pdf"
[ -f "$PDF" ] || QT_QPA_PLATFORM=offscreen "$BUILD/bin/tw-make-proposal-pdf" "$PDF" "$PAGES"

# measure COMMAND... : prints "median_wall_seconds median_cpu_seconds peak_kb" over RUNS runs. CPU time
# (user + system) matters as much as wall time: on a shared, loaded machine a process gets about one
# core whatever its thread count, so wall time then follows CPU time.
measure() {
    local times=() cpus=() peak=0 wall user sys kb
    for _ in $(seq "$RUNS"); do
        # Wall time in milliseconds from the clock (GNU time's %e has 10 ms steps); CPU and peak
        # memory from GNU time.
        local start end
        start=$(date +%s%N)
        /usr/bin/time -o "$OUT/time-analyze.txt" -f "%e %U %S %M" "$@" >/dev/null 2>&1
        end=$(date +%s%N)
        read -r wall user sys kb < <(tail -n 1 "$OUT/time-analyze.txt")
        wall=$(echo "($end - $start) / 1000000000" | bc -l)
        times+=("$(printf '%.3f' "$wall")")
        cpus+=("$(echo "$user + $sys" | bc -l)")
        [ "$kb" -gt "$peak" ] && peak="$kb"
    done
    median() { printf '%s\n' "$@" | sort -n | sed -n "$(( (RUNS + 1) / 2 ))p"; }
    printf '%s %s %s\n' "$(median "${times[@]}")" "$(median "${cpus[@]}")" "$peak"
}

load_before=$(cut -d' ' -f1-3 /proc/loadavg)
read -r ref_s ref_cpu ref_kb < <(measure pdftotext -enc UTF-8 "$PDF" /dev/stdout)
read -r ext_s ext_cpu ext_kb < <(measure "$BUILD/bin/tierwise-cli" extract "$PDF" --format text)
read -r ana_s ana_cpu ana_kb < <(measure "$BUILD/bin/tierwise-cli" analyze "$PDF" --format json)
read -r anat_s anat_cpu anat_kb < <(measure "$BUILD/bin/tierwise-cli" analyze "$PDF" --format text)
counts=$("$BUILD/bin/tierwise-cli" analyze "$PDF" --format json | python3 -c 'import json,sys; d=json.load(sys.stdin); print(len(d["terms"]), "terms,", len(d["findings"]), "findings")' 2>/dev/null || echo "?")
words=$(pdftotext -enc UTF-8 "$PDF" - | wc -w)
echo "input: $PDF ($PAGES pages, $(du -k "$PDF" | cut -f1) KB, $words words), median of $RUNS runs, $(nproc) cores"
echo "load average before: $load_before; after: $(cut -d' ' -f1-3 /proc/loadavg)"
echo "analyze found: $counts"
ratio() { echo "$1/$2" | bc -l; }
row() { printf '%-36s %10.3f %9.2f %12.1f %8.2f\n' "$1" "$2" "$3" "$(echo "$4/1024" | bc -l)" "$(ratio "$2" "$ref_s")"; }
printf '%-36s %10s %9s %12s %8s\n' "command" "wall (s)" "cpu (s)" "peak (MB)" "ratio"
row "pdftotext (reference)" "$ref_s" "$ref_cpu" "$ref_kb"
row "tierwise-cli extract --format text" "$ext_s" "$ext_cpu" "$ext_kb"
row "tierwise-cli analyze --format json" "$ana_s" "$ana_cpu" "$ana_kb"
row "tierwise-cli analyze --format text" "$anat_s" "$anat_cpu" "$anat_kb"
echo
echo "analyzer alone (document read once, median of 3 runs per size, ${TW_ANALYSIS_THREADS:-$(nproc)} threads):"
"$BUILD/bin/tw-bench-analyze" "$PDF" 1 4 16 | awk 'NR == 1 { print $0 "   wall/x1  cpu/x1"; next }
    { if (NR == 2) { base = $4; cpubase = $8; basechars = $3 }
      printf "%s   %7.2f %7.2f (text x%.0f)\n", $0, $4 / base, $8 / cpubase, $3 / basechars }'
