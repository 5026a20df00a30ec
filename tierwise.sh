#!/usr/bin/env bash
# The two commands a new user needs (see README.md):
#   ./tierwise.sh demo   install what is missing, build (Release), run the main job on the demo data
#                        (the evaluation report; then the window on the demo proposals where a display exists)
#   ./tierwise.sh test   install what is missing, build (Debug, ASan+UBSan), check format, run all tests
# Both are idempotent and incremental, and work from any current directory.
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
JOBS="$(nproc 2>/dev/null || echo 2)"

# Debian packages, one group per line: "why | packages".
BUILD_PACKAGES=(
    "the C++ build | cmake ninja-build g++ pkg-config"
    "Qt 6 (Core, Gui, Widgets, Sql, Concurrent) | qt6-base-dev libqt6opengl6-dev libgl-dev qt6-qpa-plugins"
    "charts | qt6-charts-dev"
    "translations (lupdate, lrelease) | qt6-tools-dev qt6-tools-dev-tools qt6-l10n-tools"
    "SQLite and PostgreSQL workspaces | libqt6sql6-sqlite libqt6sql6-psql"
    "PDF import | libpoppler-qt6-dev"
    "DOCX and XLSX import | libquazip1-qt6-dev"
    "OCR of scanned pages | libtesseract-dev tesseract-ocr-eng tesseract-ocr-chi-sim"
    "a CJK TrueType font for PDF reports | fonts-wqy-microhei"
    "a faster allocator for the programs | libmimalloc-dev"
)
TEST_PACKAGES=(
    "the C++ format check | clang-format"
    "encrypted test PDFs and the pdftotext reference | qpdf poppler-utils"
    "validating the desktop entry and AppStream file | desktop-file-utils appstream"
    "a real PostgreSQL server for the db tests | postgresql"
    "the translation check | python3"
)

say() { printf '\033[1m[tierwise]\033[0m %s\n' "$*"; }

install_packages() {
    local missing=() reasons=() group pkg needed
    for group in "$@"; do
        needed=()
        for pkg in ${group#*|}; do
            dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || needed+=("$pkg")
        done
        if [ ${#needed[@]} -gt 0 ]; then
            missing+=("${needed[@]}")
            reasons+=("  for ${group%% |*}: ${needed[*]}")
        fi
    done
    [ ${#missing[@]} -eq 0 ] && return 0
    say "installing missing Debian packages:"
    printf '%s\n' "${reasons[@]}"
    local sudo=""
    [ "$(id -u)" -ne 0 ] && sudo="sudo"
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
}

# configure_and_build DIR CMAKE_ARGS...
configure_and_build() {
    local dir="$1"
    shift
    if [ ! -f "$dir/build.ninja" ]; then
        say "configuring $dir"
        cmake -S "$ROOT" -B "$dir" -G Ninja "$@" >/dev/null
    fi
    say "building in $dir"
    cmake --build "$dir" -j "$JOBS"
}

check_format() {
    say "checking C++ formatting (clang-format)"
    local files
    if git -C "$ROOT" rev-parse --is-inside-work-tree >/dev/null 2>&1; then
        files=$(git -C "$ROOT" ls-files '*.cpp' '*.h')
    else
        files=$(cd "$ROOT" && find src tests benchmarks -name '*.cpp' -o -name '*.h')
    fi
    (cd "$ROOT" && echo "$files" | xargs -r clang-format --dry-run --Werror)
}

# A throwaway PostgreSQL server on a private port, for the tests labelled "db".
start_postgres() {
    local bin
    bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
    [ -n "$bin" ] || { say "PostgreSQL is not installed"; return 1; }
    local data="${TMPDIR:-/tmp}/tierwise-pg-$(id -u)" port=54329 as=()
    if [ "$(id -u)" -eq 0 ]; then
        as=(runuser -u postgres --)
        mkdir -p "$data" && chown postgres "$data"
    else
        mkdir -p "$data"
    fi
    if [ ! -f "$data/PG_VERSION" ]; then
        "${as[@]}" "$bin/initdb" -D "$data" -A trust -U tierwise -E UTF8 >/dev/null
    fi
    "${as[@]}" "$bin/pg_ctl" -D "$data" -l "$data/server.log" -w \
        -o "-p $port -k $data -c listen_addresses=127.0.0.1" status >/dev/null 2>&1 ||
        "${as[@]}" "$bin/pg_ctl" -D "$data" -l "$data/server.log" -w \
            -o "-p $port -k $data -c listen_addresses=127.0.0.1" start >/dev/null
    export TW_PG_HOST=127.0.0.1 TW_PG_PORT=$port TW_PG_USER=tierwise TW_PG_DATABASE=postgres
    PG_STOP=("${as[@]}" "$bin/pg_ctl" -D "$data" -m fast stop)
    say "PostgreSQL test server on 127.0.0.1:$port"
}

stop_postgres() { [ -n "${PG_STOP+x}" ] && "${PG_STOP[@]}" >/dev/null 2>&1 || true; }

cmd_demo() {
    install_packages "${BUILD_PACKAGES[@]}"
    local dir="$ROOT/build/release"
    configure_and_build "$dir" -DCMAKE_BUILD_TYPE=Release -DTW_BUILD_TESTS=OFF
    # The main job: the five bundled proposals and three ticket histories evaluated per server tier.
    say "demo: evaluating resources/demo/evaluation.json (5 vendors, 3 tiers)"
    "$dir/bin/tierwise-cli" evaluate "$ROOT/resources/demo/evaluation.json" --format text
    # Where a display exists, the window opens on a fresh demo workspace with the five proposals
    # imported (reading them, text and page view, PDF export). TW_DEMO_NO_GUI=1 skips it.
    if [ -z "${TW_DEMO_NO_GUI:-}" ] && { [ -n "${DISPLAY:-}" ] || [ -n "${WAYLAND_DISPLAY:-}" ]; }; then
        local workspace="$dir/demo-workspace.tierwise"
        rm -f "$workspace" "$workspace-wal" "$workspace-shm"
        say "demo: opening the window on $workspace with the five proposals"
        local args=("$workspace") proposal
        for proposal in "$ROOT"/resources/demo/proposals/*; do args+=(--import "$proposal"); done
        "$dir/bin/tierwise" "${args[@]}"
    else
        say "demo: no display, so the window was not opened (the report above is the headless result)"
    fi
}

cmd_test() {
    install_packages "${BUILD_PACKAGES[@]}" "${TEST_PACKAGES[@]}"
    local dir="$ROOT/build/test"
    configure_and_build "$dir" -DCMAKE_BUILD_TYPE=Debug -DTW_SANITIZE=ON -DTW_WERROR=ON
    check_format
    start_postgres
    trap stop_postgres EXIT
    export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1" UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1"
    export LSAN_OPTIONS="suppressions=$ROOT/tests/lsan.supp:print_suppressions=0"
    say "running the tests"
    ctest --test-dir "$dir" --output-on-failure -j "$JOBS" "$@"
}

case "${1:-}" in
demo) shift; cmd_demo "$@" ;;
test) shift; cmd_test "$@" ;;
*)
    echo "usage: $0 demo|test" >&2
    exit 2
    ;;
esac
