#!/usr/bin/python3
"""Render the demo proposal sources (HTML) to DOCX / PDF with LibreOffice.

Usage: /usr/bin/python3 render_uno.py SRC.html:OUT.docx [SRC.html:OUT.pdf ...]

The output format follows the extension of OUT. Each source may carry these
<meta> tags, used to lay out the printed document:
  tw-header   text printed at the top of every page but the cover
  tw-lang     "zh" or "en" (page-number footer wording)
  tw-title, tw-author, tw-subject   document properties
Needs python3-uno and libreoffice-writer (Debian: python3-uno,
libreoffice-writer-nogui) and the fonts named in the sources
(fonts-wqy-microhei, fonts-liberation).
"""
import html
import os
import re
import shutil
import subprocess
import sys
import tempfile
import time

import uno
from com.sun.star.beans import PropertyValue


def pv(name, value):
    p = PropertyValue()
    p.Name = name
    p.Value = value
    return p


def metas(path):
    with open(path, encoding="utf-8") as f:
        text = f.read()
    out = {}
    for m in re.finditer(r'<meta\s+name="(tw-[a-z]+)"\s+content="([^"]*)"', text):
        out[m.group(1)] = html.unescape(m.group(2))
    return out


def connect():
    profile = tempfile.mkdtemp(prefix="tw_demo_lo_")
    pipe = "tw_demo_%d" % os.getpid()
    proc = subprocess.Popen(
        ["soffice", "--headless", "--invisible", "--norestore", "--nologo",
         "--nodefault", "-env:UserInstallation=file://" + profile,
         "--accept=pipe,name=%s;urp;" % pipe],
        stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    local = uno.getComponentContext()
    resolver = local.ServiceManager.createInstanceWithContext(
        "com.sun.star.bridge.UnoUrlResolver", local)
    last = None
    for _ in range(120):
        try:
            ctx = resolver.resolve(
                "uno:pipe,name=%s;urp;StarOffice.ComponentContext" % pipe)
            desk = ctx.ServiceManager.createInstanceWithContext(
                "com.sun.star.frame.Desktop", ctx)
            return proc, desk, profile
        except Exception as e:  # soffice still starting
            last = e
            time.sleep(0.5)
    proc.kill()
    raise SystemExit("could not reach soffice: %s" % last)


def page_field(doc, kind):
    f = doc.createInstance("com.sun.star.text.TextField." + kind)
    f.NumberingType = 4  # ARABIC
    if kind == "PageNumber":
        f.SubType = uno.Enum("com.sun.star.text.PageNumberType", "CURRENT")
    return f


def layout(doc, meta):
    families = doc.StyleFamilies.getByName("PageStyles")
    body = families.getByName("HTML") if families.hasByName("HTML") \
        else families.getByName("Standard")
    first = families.getByName("First Page")
    for ps in (body, first):
        ps.Width, ps.Height = 21000, 29700          # A4, 1/100 mm
        ps.LeftMargin = ps.RightMargin = 2200
        ps.TopMargin, ps.BottomMargin = 1800, 1600
    first.FollowStyle = body.Name
    first.HeaderIsOn = False
    first.FooterIsOn = False

    zh = meta.get("tw-lang", "en") == "zh"
    body.HeaderIsOn = True
    body.HeaderBodyDistance = 400
    htext = body.HeaderText
    htext.setString(meta.get("tw-header", ""))
    hc = htext.createTextCursor()
    hc.gotoStart(False)
    hc.gotoEnd(True)
    hc.CharHeight = 8
    hc.CharColor = 0x666666
    hc.CharFontName = "WenQuanYi Micro Hei" if zh else "Liberation Sans"
    hc.ParaAdjust = uno.Enum("com.sun.star.style.ParagraphAdjust", "RIGHT")
    hc.ParaBottomMargin = 0
    hc.BottomBorder = line(0x999999)

    body.FooterIsOn = True
    body.FooterBodyDistance = 400
    ft = body.FooterText
    ft.setString("")
    c = ft.createTextCursor()
    if zh:
        ft.insertString(c, "第 ", False)
        ft.insertTextContent(c, page_field(doc, "PageNumber"), False)
        ft.insertString(c, " 页  共 ", False)
        ft.insertTextContent(c, page_field(doc, "PageCount"), False)
        ft.insertString(c, " 页", False)
    else:
        ft.insertString(c, "Page ", False)
        ft.insertTextContent(c, page_field(doc, "PageNumber"), False)
        ft.insertString(c, " of ", False)
        ft.insertTextContent(c, page_field(doc, "PageCount"), False)
    c.gotoStart(False)
    c.gotoEnd(True)
    c.CharHeight = 8
    c.CharColor = 0x666666
    c.CharFontName = "WenQuanYi Micro Hei" if zh else "Liberation Sans"
    c.ParaAdjust = uno.Enum("com.sun.star.style.ParagraphAdjust", "CENTER")

    # the first paragraph opens the cover page (no header or footer)
    cur = doc.Text.createTextCursor()
    cur.gotoStart(False)
    cur.PageDescName = "First Page"

    props = doc.DocumentProperties
    props.Title = meta.get("tw-title", "")
    props.Author = meta.get("tw-author", "")
    props.Subject = meta.get("tw-subject", "")
    doc.refresh()


def line(color):
    bl = uno.createUnoStruct("com.sun.star.table.BorderLine2")
    bl.Color = color
    bl.OuterLineWidth = 10
    bl.LineWidth = 10
    return bl


FILTERS = {".pdf": "writer_pdf_Export", ".docx": "MS Word 2007 XML",
           ".odt": "writer8"}


def main(jobs):
    proc, desk, profile = connect()
    try:
        for job in jobs:
            src, dst = job.split(":", 1)
            ext = os.path.splitext(dst)[1].lower()
            doc = desk.loadComponentFromURL(
                uno.systemPathToFileUrl(os.path.abspath(src)), "_blank", 0,
                (pv("Hidden", True), pv("FilterName", "HTML (StarWriter)")))
            layout(doc, metas(src))
            args = [pv("FilterName", FILTERS[ext])]
            if ext == ".pdf":
                args.append(pv("FilterData", uno.Any(
                    "[]com.sun.star.beans.PropertyValue",
                    tuple([pv("UseTaggedPDF", True),
                           pv("ExportBookmarks", True)]))))
            doc.storeToURL(uno.systemPathToFileUrl(os.path.abspath(dst)),
                           tuple(args))
            doc.close(True)
            print("wrote", dst)
    finally:
        try:
            desk.terminate()
        except Exception:
            pass
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            proc.kill()
        shutil.rmtree(profile, ignore_errors=True)


if __name__ == "__main__":
    if len(sys.argv) < 2:
        raise SystemExit(__doc__)
    main(sys.argv[1:])
