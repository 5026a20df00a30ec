#!/bin/sh
# Regenerate the demo workspace: proposals (DOCX/PDF from the HTML sources)
# and ticket histories. Run from anywhere:  sh resources/demo/make_demo.sh
# Needs (Debian): libreoffice-writer-nogui python3-uno fonts-wqy-microhei
#                 fonts-liberation fonts-lato
set -eu
here=$(cd "$(dirname "$0")" && pwd)
cd "$here"

for bin in soffice /usr/bin/python3; do
  command -v "$bin" >/dev/null 2>&1 || { echo "missing $bin (apt-get install libreoffice-writer-nogui python3-uno)" >&2; exit 1; }
done
/usr/bin/python3 -c 'import uno' 2>/dev/null || { echo "missing python3-uno" >&2; exit 1; }
fc-list | grep -q 'WenQuanYi Micro Hei' || { echo "missing font WenQuanYi Micro Hei (apt-get install fonts-wqy-microhei)" >&2; exit 1; }

mkdir -p proposals
/usr/bin/python3 render_uno.py \
  sources/01-huayao-oem.html:proposals/01-huayao-oem.docx \
  sources/02-xunwei-tpm.html:proposals/02-xunwei-tpm.pdf \
  sources/03-meridian-reseller.html:proposals/03-meridian-reseller.pdf \
  sources/04-keystone-tpm.html:proposals/04-keystone-tpm.docx \
  sources/05-northbridge-partner.html:proposals/05-northbridge-partner.pdf

/usr/bin/python3 tickets/make_tickets.py

# quick self-check: page counts and extractable text
if command -v pdfinfo >/dev/null 2>&1; then
  for f in proposals/*.pdf; do
    printf '%s: %s pages, %s characters of text\n' "$f" \
      "$(pdfinfo "$f" | awk '/^Pages:/ {print $2}')" \
      "$(pdftotext -layout "$f" - | wc -m)"
  done
fi
