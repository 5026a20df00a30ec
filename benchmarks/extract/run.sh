#!/usr/bin/env bash
# Extraction speed: `tierwise-cli extract` against `pdftotext` (poppler-utils) on the same ~200-page
# bilingual proposal PDF, in the same run. Prints median wall time over RUNS runs, peak memory, and
# the ratio. Usage: benchmarks/extract/run.sh [PAGES] [RUNS]
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
cmake --build "$BUILD" --target tierwise-cli tw-make-proposal-pdf >/dev/null
PDF="$OUT/proposal-$PAGES.pdf"
[ -f "$PDF" ] || QT_QPA_PLATFORM=offscreen "$BUILD/bin/tw-make-proposal-pdf" "$PDF" "$PAGES"

# measure NAME COMMAND... : prints "median_seconds peak_kb" over RUNS runs
measure() {
    local times=() peak=0 line
    for _ in $(seq "$RUNS"); do
        /usr/bin/time -o "$OUT/time.txt" -f "%e %M" "$@" >/dev/null 2>&1
        line=$(tail -n 1 "$OUT/time.txt")
        times+=("${line% *}")
        [ "${line#* }" -gt "$peak" ] && peak="${line#* }"
    done
    printf '%s %s\n' "$(printf '%s\n' "${times[@]}" | sort -n | sed -n "$(( (RUNS + 1) / 2 ))p")" "$peak"
}

read -r ref_s ref_kb < <(measure pdftotext -enc UTF-8 "$PDF" /dev/stdout)
read -r tw_s tw_kb < <(measure "$BUILD/bin/tierwise-cli" extract "$PDF" --format text)
read -r twj_s twj_kb < <(measure "$BUILD/bin/tierwise-cli" extract "$PDF" --format json)
words=$(pdftotext -enc UTF-8 "$PDF" - | wc -w)
echo "input: $PDF ($PAGES pages, $(du -k "$PDF" | cut -f1) KB, $words words), median of $RUNS runs, $(nproc) cores"
printf '%-34s %10s %12s %8s\n' "command" "wall (s)" "peak (MB)" "ratio"
printf '%-34s %10s %12.1f %8s\n' "pdftotext (reference)" "$ref_s" "$(echo "$ref_kb/1024" | bc -l)" "1.00"
printf '%-34s %10s %12.1f %8.2f\n' "tierwise-cli extract --format text" "$tw_s" "$(echo "$tw_kb/1024" | bc -l)" "$(echo "$tw_s/$ref_s" | bc -l)"
printf '%-34s %10s %12.1f %8.2f\n' "tierwise-cli extract --format json" "$twj_s" "$(echo "$twj_kb/1024" | bc -l)" "$(echo "$twj_s/$ref_s" | bc -l)"
