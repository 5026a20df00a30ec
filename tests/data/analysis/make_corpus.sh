#!/bin/sh
# Regenerate the PDF/DOCX inputs of the self-written analysis cases from their
# source.html with LibreOffice, through the demo workspace's renderer (resources/demo/render_uno.py).
# CI never runs this; the generated input.* files are committed.
# Needs (Debian): libreoffice-writer-nogui python3-uno fonts-wqy-microhei fonts-liberation poppler-utils
# Run from anywhere:  sh tests/data/analysis/make_corpus.sh   then   /usr/bin/python3 tests/data/analysis/check_corpus.py
set -eu
here=$(cd "$(dirname "$0")" && pwd)
cd "$here"
command -v soffice >/dev/null 2>&1 || { echo "missing soffice (apt-get install libreoffice-writer-nogui)" >&2; exit 1; }
/usr/bin/python3 -c 'import uno' 2>/dev/null || { echo "missing python3-uno" >&2; exit 1; }
fc-list | grep -q 'WenQuanYi Micro Hei' || { echo "missing font WenQuanYi Micro Hei (apt-get install fonts-wqy-microhei)" >&2; exit 1; }

# case:format  (format = extension of the generated input file)
CASES="
zh-tpm-jingwei:pdf
zh-oem-tianheng:docx
zh-reseller-liantuo:pdf
zh-tpm-chuyun:docx
zh-tpm-gusu-fp:pdf
zh-partner-qingyuan:docx
en-tpm-ridgeline:pdf
en-oem-altamira:docx
en-reseller-bluewater:pdf
en-tpm-fenwick-fp:docx
en-oem-tessaract-sd:pdf
en-msp-straits:pdf
en-tpm-pennine:docx
mixed-tpm-harbourline:pdf
"
jobs=""
for c in $CASES; do
  name=${c%%:*}; fmt=${c##*:}
  jobs="$jobs $name/source.html:$name/input.$fmt"
done
# shellcheck disable=SC2086
/usr/bin/python3 "$here/../../../resources/demo/render_uno.py" $jobs

if command -v pdfinfo >/dev/null 2>&1; then
  for f in */input.pdf; do
    printf '%s: %s pages, %s characters of text\n' "$f" \
      "$(pdfinfo "$f" | awk '/^Pages:/ {print $2}')" "$(pdftotext -layout "$f" - | wc -m)"
  done
fi
