#!/usr/bin/env bash
# Analysis speed: `tierwise-cli analyze` against `pdftotext` (poppler-utils) on the same ~200-page
# bilingual proposal PDF, in the same run (goal: analyze at most 1.0x pdftotext's wall time), then the
# analyzer alone (tw-bench-analyze, document read once) on 1x, 4x and 16x the text to show that its
# cost grows linearly. Usage: benchmarks/analyze/run.sh [PAGES] [RUNS]
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

# measure COMMAND... : prints "median_seconds peak_kb" over RUNS runs
measure() {
    local times=() peak=0 line
    for _ in $(seq "$RUNS"); do
        /usr/bin/time -o "$OUT/time-analyze.txt" -f "%e %M" "$@" >/dev/null 2>&1
        line=$(tail -n 1 "$OUT/time-analyze.txt")
        times+=("${line% *}")
        [ "${line#* }" -gt "$peak" ] && peak="${line#* }"
    done
    printf '%s %s\n' "$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (RUNS + 1) / 2 ))p")" "$peak"
}

read -r ref_s ref_kb < <(measure pdftotext -enc UTF-8 "$PDF" /dev/stdout)
read -r ext_s ext_kb < <(measure "$BUILD/bin/tierwise-cli" extract "$PDF" --format text)
read -r ana_s ana_kb < <(measure "$BUILD/bin/tierwise-cli" analyze "$PDF" --format json)
read -r anat_s anat_kb < <(measure "$BUILD/bin/tierwise-cli" analyze "$PDF" --format text)
counts=$("$BUILD/bin/tierwise-cli" analyze "$PDF" --format json | python3 -c 'import json,sys; d=json.load(sys.stdin); print(len(d["terms"]), "terms,", len(d["findings"]), "findings")' 2>/dev/null || echo "?")
words=$(pdftotext -enc UTF-8 "$PDF" - | wc -w)
echo "input: $PDF ($PAGES pages, $(du -k "$PDF" | cut -f1) KB, $words words), median of $RUNS runs, $(nproc) cores"
echo "analyze found: $counts"
ratio() { echo "$1/$2" | bc -l; }
printf '%-36s %10s %12s %8s\n' "command" "wall (s)" "peak (MB)" "ratio"
printf '%-36s %10s %12.1f %8s\n' "pdftotext (reference)" "$ref_s" "$(echo "$ref_kb/1024" | bc -l)" "1.00"
printf '%-36s %10s %12.1f %8.2f\n' "tierwise-cli extract --format text" "$ext_s" "$(echo "$ext_kb/1024" | bc -l)" "$(ratio "$ext_s" "$ref_s")"
printf '%-36s %10s %12.1f %8.2f\n' "tierwise-cli analyze --format json" "$ana_s" "$(echo "$ana_kb/1024" | bc -l)" "$(ratio "$ana_s" "$ref_s")"
printf '%-36s %10s %12.1f %8.2f\n' "tierwise-cli analyze --format text" "$anat_s" "$(echo "$anat_kb/1024" | bc -l)" "$(ratio "$anat_s" "$ref_s")"

echo
echo "analyzer alone (document read once, median of 3 runs per size):"
"$BUILD/bin/tw-bench-analyze" "$PDF" 1 4 16 | awk 'NR == 1 { print $0 "   x1-ratio"; next }
    { if (NR == 2) { base = $4; basechars = $3 } printf "%s   %6.2f (text x%.0f)\n", $0, $4 / base, $3 / basechars }'
