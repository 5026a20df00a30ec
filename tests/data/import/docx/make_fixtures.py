#!/usr/bin/python3
"""Generates the DOCX import fixtures of TestDocxReader.

Run with /usr/bin/python3 from any folder; only the standard library is used. The generated files
are committed, so the tests never need this script, nor LibreOffice. The WordprocessingML is written
by hand so that each feature the reader handles (lists, tables, fields, breaks, sections, notes,
text boxes, revisions) appears exactly once in a known place.

libreoffice_proposal.docx is the output of a real producer: LibreOffice converts
libreoffice_proposal.fodt (written here) when `soffice` is on the PATH; otherwise the committed
file is kept as it is.
"""

import os
import shutil
import subprocess
import tempfile
import zipfile
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
REL = "http://schemas.openxmlformats.org/package/2006/relationships"
RT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
STRICT_W = "http://purl.oclc.org/ooxml/wordprocessingml/main"
STRICT_R = "http://purl.oclc.org/ooxml/officeDocument/relationships"
MC = "http://schemas.openxmlformats.org/markup-compatibility/2006"
WPS = "http://schemas.microsoft.com/office/word/2010/wordprocessingShape"
WP = "http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"
A = "http://schemas.openxmlformats.org/drawingml/2006/main"
V = "urn:schemas-microsoft-com:vml"

DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n'
FIXED_TIME = (2024, 5, 1, 12, 0, 0)  # reproducible archives


def esc(text):
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def t(text):
    return f'<w:r><w:t xml:space="preserve">{esc(text)}</w:t></w:r>'


def p(*runs, style=None, num=None, extra_ppr=""):
    ppr = ""
    if style:
        ppr += f'<w:pStyle w:val="{style}"/>'
    if num:
        ppr += f'<w:numPr><w:ilvl w:val="{num[1]}"/><w:numId w:val="{num[0]}"/></w:numPr>'
    ppr += extra_ppr
    body = "".join(r if r.startswith("<") else t(r) for r in runs)
    return f"<w:p>{'<w:pPr>' + ppr + '</w:pPr>' if ppr else ''}{body}</w:p>"


def tc(*paragraphs, props=""):
    return f"<w:tc><w:tcPr><w:tcW w:w=\"2000\" w:type=\"dxa\"/>{props}</w:tcPr>{''.join(paragraphs)}</w:tc>"


def tr(*cells):
    return f"<w:tr>{''.join(cells)}</w:tr>"


def tbl(*rows):
    return ('<w:tbl><w:tblPr><w:tblStyle w:val="TableGrid"/><w:tblW w:w="0" w:type="auto"/></w:tblPr>'
            '<w:tblGrid><w:gridCol w:w="2000"/><w:gridCol w:w="2000"/><w:gridCol w:w="2000"/></w:tblGrid>'
            f"{''.join(rows)}</w:tbl>")


def simple_row(*texts):
    return tr(*(tc(p(text)) for text in texts))


def field(instruction, cached):
    """A complex field: its code is hidden, its cached result shown (or replaced by the reader)."""
    return ('<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            f'<w:r><w:instrText xml:space="preserve"> {instruction} </w:instrText></w:r>'
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>'
            f'<w:r><w:t>{esc(cached)}</w:t></w:r>'
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>')


def document(body, ns=W, rns=R):
    return (f'{DECL}<w:document xmlns:w="{ns}" xmlns:r="{rns}" xmlns:mc="{MC}" xmlns:wps="{WPS}" '
            f'xmlns:wp="{WP}" xmlns:a="{A}" xmlns:v="{V}" mc:Ignorable="wps"><w:body>{body}</w:body></w:document>')


def part(root, content, ns=W, rns=R):
    return f'{DECL}<w:{root} xmlns:w="{ns}" xmlns:r="{rns}">{content}</w:{root}>'


def relationships(rels):
    items = "".join(f'<Relationship Id="{rid}" Type="{rtype}" Target="{target}"/>' for rid, rtype, target in rels)
    return f'{DECL}<Relationships xmlns="{REL}">{items}</Relationships>'


CONTENT_TYPES = (
    f'{DECL}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
    '<Default Extension="xml" ContentType="application/xml"/>'
    '<Override PartName="/word/document.xml" '
    'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
    '</Types>')


def package_rels(rt=RT):
    return relationships([("rId1", f"{rt}/officeDocument", "word/document.xml")])


def write_zip(name, entries):
    path = os.path.join(HERE, name)
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for entry_name, data in entries:
            info = zipfile.ZipInfo(entry_name, FIXED_TIME)
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data.encode("utf-8") if isinstance(data, str) else data)
    return path


def suffix_xml(suff):
    return f'<w:suff w:val="{suff}"/>' if suff else ""


def numbering(abstracts, nums):
    """abstracts: {id: [(numFmt, lvlText, suff), ...]}; nums: [(numId, abstractId, {level: start})]."""
    out = []
    for abstract_id, levels in abstracts.items():
        lvls = "".join(
            f'<w:lvl w:ilvl="{i}"><w:start w:val="1"/><w:numFmt w:val="{fmt}"/>'
            f'{suffix_xml(suff)}'
            f'<w:lvlText w:val="{text}"/><w:lvlJc w:val="left"/>'
            f'<w:pPr><w:tabs><w:tab w:val="num" w:pos="{360 * (i + 1)}"/></w:tabs></w:pPr></w:lvl>'
            for i, (fmt, text, suff) in enumerate(levels))
        out.append(f'<w:abstractNum w:abstractNumId="{abstract_id}"><w:multiLevelType w:val="multilevel"/>'
                   f"{lvls}</w:abstractNum>")
    for num_id, abstract_id, overrides in nums:
        over = "".join(f'<w:lvlOverride w:ilvl="{lvl}"><w:startOverride w:val="{start}"/></w:lvlOverride>'
                       for lvl, start in overrides.items())
        out.append(f'<w:num w:numId="{num_id}"><w:abstractNumId w:val="{abstract_id}"/>{over}</w:num>')
    return part("numbering", "".join(out))


STYLES = part("styles", (
    '<w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val="22"/></w:rPr></w:rPrDefault></w:docDefaults>'
    '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>'
    '<w:style w:type="paragraph" w:styleId="Heading1"><w:name w:val="heading 1"/><w:basedOn w:val="Normal"/>'
    '<w:pPr><w:keepNext/><w:outlineLvl w:val="0"/></w:pPr><w:rPr><w:b/></w:rPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="ChapterHeading"><w:name w:val="Chapter Heading"/>'
    '<w:basedOn w:val="Heading1"/><w:pPr><w:pageBreakBefore/></w:pPr></w:style>'
    '<w:style w:type="paragraph" w:styleId="ListNumber"><w:name w:val="List Number"/><w:basedOn w:val="Normal"/>'
    '<w:pPr><w:numPr><w:numId w:val="4"/></w:numPr></w:pPr></w:style>'))


def textbox(text):
    """A text box as Word 2010+ writes it: a DrawingML shape, and a VML copy for older readers."""
    return ('<w:r><mc:AlternateContent>'
            '<mc:Choice Requires="wps"><w:drawing><wp:anchor distT="0" distB="0" distL="0" distR="0" '
            'simplePos="0" relativeHeight="1" behindDoc="0" locked="0" layoutInCell="1" allowOverlap="1">'
            '<wp:simplePos x="0" y="0"/><wp:extent cx="1828800" cy="457200"/><wp:docPr id="1" name="Text Box 1"/>'
            f'<a:graphic><a:graphicData uri="{WPS}"><wps:wsp><wps:txbx><w:txbxContent>{p(text)}'
            '</w:txbxContent></wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic>'
            '</wp:anchor></w:drawing></mc:Choice>'
            f'<mc:Fallback><w:pict><v:shape id="Text Box 1" style="width:144pt;height:36pt"><v:textbox>'
            f'<w:txbxContent>{p(text)}</w:txbxContent></v:textbox></v:shape></w:pict></mc:Fallback>'
            '</mc:AlternateContent></w:r>')


def english_proposal():
    page_break = '<w:r><w:br w:type="page"/></w:r>'
    # Word writes the rendered break again at the top of the next page: it must not add a page.
    rendered = "<w:r><w:lastRenderedPageBreak/></w:r>"
    section_break = ('<w:sectPr><w:headerReference w:type="default" r:id="rIdHeader"/>'
                     '<w:footerReference w:type="default" r:id="rIdFooter"/>'
                     '<w:pgSz w:w="12240" w:h="15840"/></w:sectPr>')
    body = "".join([
        p("Service Proposal for Server Maintenance", style="Heading1"),
        p("Prepared for ", "Example", " Corp."),
        p("Contract term:", "<w:r><w:tab/></w:r>", "36 months"),
        p("Preventive mainte", "<w:r><w:softHyphen/></w:r>", "nance every 24",
          "<w:r><w:noBreakHyphen/></w:r>", "hour cycle."),
        p("First line", '<w:r><w:br/></w:r>', "second line"),
        p("Visible", '<w:r><w:rPr><w:vanish/></w:rPr><w:t xml:space="preserve"> SECRET</w:t></w:r>', " text."),
        p("Parts arrive within ", '<w:del w:id="1" w:author="A"><w:r><w:delText>48 hours</w:delText></w:r></w:del>',
          '<w:ins w:id="2" w:author="A"><w:r><w:t>4 hours</w:t></w:r></w:ins>', "."),
        p("See ", field('HYPERLINK "https://example.com/sla"', "the SLA page"), " for details."),
        p("Scope", num=(1, 0)),
        p("Hardware", num=(1, 1)),
        p("Firmware", num=(1, 1)),
        p("Exclusions", num=(1, 0)),
        p("Consumables", num=(1, 2)),
        p("Spare parts stocked locally", num=(2, 0)),
        p("Escalation", style="ListNumber"),
        p("Reporting", style="ListNumber"),
        p("Restarted list", num=(3, 0)),
        p("End of page one.", page_break),
        p(rendered, "Service Levels", style="Heading1"),
        p("Response times", '<w:r><w:footnoteReference w:id="2"/></w:r>', " are measured from ticket creation."),
        tbl(simple_row("Priority", "Response time", "On-site time"),
            tr(tc(p("P1 Critical")), tc(p("15 minutes")), tc(p("4 hours"), p("24x7")), ),
            tr(tc(p("P2 High"), props='<w:vMerge w:val="restart"/>'), tc(p("30 minutes")), tc(p("8 hours"))),
            tr(tc(p(""), props="<w:vMerge/>"), tc(p("1 hour")), tc(p("Next business day"))),
            tr(tc(p("P3 Low")), tc(p("4 hours")),
               tc(tbl(simple_row("Mon-Fri", "09:00-17:00"), simple_row("Sat", "none"))))),
        p("Pricing", style="ChapterHeading"),
        p("Annual fee: USD 12,000", extra_ppr=section_break),
        p("Acceptance", style="Heading1"),
        p("Signed by both parties.", textbox("Offer valid for 90 days")),
        ('<w:sectPr><w:headerReference w:type="default" r:id="rIdHeader"/>'
         '<w:footerReference w:type="default" r:id="rIdFooter"/>'
         '<w:pgSz w:w="11906" w:h="16838"/></w:sectPr>'),
    ])
    header = part("hdr", p("Acme Server Care", "<w:r><w:tab/></w:r>", "Proposal ACME-2024-017"))
    footer = part("ftr", p("Page ", field("PAGE", "1"), " of ",
                           '<w:fldSimple w:instr=" NUMPAGES \\* MERGEFORMAT "><w:r><w:t>9</w:t></w:r></w:fldSimple>'))
    footnotes = part("footnotes", (
        '<w:footnote w:type="separator" w:id="-1"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>'
        '<w:footnote w:type="continuationSeparator" w:id="0"><w:p><w:r><w:continuationSeparator/></w:r></w:p>'
        '</w:footnote>'
        '<w:footnote w:id="2"><w:p><w:r><w:footnoteRef/></w:r>'
        '<w:r><w:t xml:space="preserve"> Business hours are 08:00-18:00 local time.</w:t></w:r></w:p></w:footnote>'))
    num = numbering(
        {0: [("decimal", "%1.", None), ("decimal", "%1.%2", None), ("lowerLetter", "%3)", None)],
         1: [("bullet", "\uf0b7", None)],
         2: [("upperRoman", "%1.", None)]},
        [(1, 0, {}), (2, 1, {}), (3, 0, {0: 1}), (4, 2, {})])
    doc_rels = relationships([
        ("rIdStyles", f"{RT}/styles", "styles.xml"),
        ("rIdNumbering", f"{RT}/numbering", "numbering.xml"),
        ("rIdHeader", f"{RT}/header", "header1.xml"),
        ("rIdFooter", f"{RT}/footer", "footer1.xml"),
        ("rIdFootnotes", f"{RT}/footnotes", "footnotes.xml"),
        ("rIdLink", f"{RT}/hyperlink", "https://example.com/sla\" TargetMode=\"External"),
    ])
    write_zip("english_proposal.docx", [
        ("[Content_Types].xml", CONTENT_TYPES),
        ("_rels/.rels", package_rels()),
        ("word/document.xml", document(body)),
        ("word/_rels/document.xml.rels", doc_rels),
        ("word/styles.xml", STYLES),
        ("word/numbering.xml", num),
        ("word/header1.xml", header),
        ("word/footer1.xml", footer),
        ("word/footnotes.xml", footnotes),
    ])


def chinese_proposal():
    body = "".join([
        p("服务方案", style="Heading1"),
        p("服务范围", num=(1, 0)),
        p("本方案适用于 7×24 小时服务。"),
        p("响应时间", num=(1, 0)),
        p("远程支持", num=(1, 1)),
        p("现场支持", num=(1, 1)),
        tbl(simple_row("故障级别", "响应时间", "到场时间"),
            simple_row("一级（严重）", "15分钟", "4小时"),
            simple_row("二级（高）", "30分钟", "8小时"),
            simple_row("三级（一般）", "2小时", "下一工作日")),
        p("备件保障", num=(1, 0), extra_ppr=""),
        p("备件库", num=(2, 0)),
        p("备件到货", num=(2, 0)),
        p('<w:r><w:br w:type="page"/></w:r>', "附件：服务报价"),
        '<w:sectPr><w:headerReference w:type="default" r:id="rId2"/><w:footerReference w:type="default" r:id="rId3"/>'
        '<w:pgSz w:w="11906" w:h="16838"/></w:sectPr>',
    ])
    num = numbering(
        {0: [("chineseCounting", "%1、", "nothing"), ("chineseCounting", "（%2）", "nothing")],
         1: [("decimalEnclosedCircle", "%1", "space")]},
        [(1, 0, {}), (2, 1, {})])
    write_zip("chinese_proposal.docx", [
        ("[Content_Types].xml", CONTENT_TYPES),
        ("_rels/.rels", package_rels()),
        ("word/document.xml", document(body)),
        ("word/_rels/document.xml.rels", relationships([
            ("rId1", f"{RT}/numbering", "numbering.xml"),
            ("rId2", f"{RT}/header", "header1.xml"),
            ("rId3", f"{RT}/footer", "footer1.xml"),
        ])),
        ("word/numbering.xml", num),
        ("word/header1.xml", part("hdr", p("某某科技有限公司 服务方案"))),
        ("word/footer1.xml", part("ftr", p("第 ", field("PAGE", "1"), " 页，共 ", field("NUMPAGES", "1"), " 页"))),
    ])


def strict_proposal():
    """Strict OOXML (ISO 29500 strict): other namespaces and relationship types, same structure."""
    srt = "http://purl.oclc.org/ooxml/officeDocument/relationships"
    body = (p("Strict OOXML proposal") +
            tbl(simple_row("Severity", "Response"), simple_row("S1", "1 hour")) +
            '<w:sectPr><w:headerReference w:type="default" r:id="rId1"/><w:pgSz w:w="21cm" w:h="29.7cm"/></w:sectPr>')
    body = body.replace("<w:tcW w:w=\"2000\" w:type=\"dxa\"/>", "")
    write_zip("strict_ooxml.docx", [
        ("[Content_Types].xml", CONTENT_TYPES),
        ("_rels/.rels", package_rels(srt)),
        ("word/document.xml", document(body, STRICT_W, STRICT_R)),
        ("word/_rels/document.xml.rels", relationships([("rId1", f"{srt}/header", "/word/header1.xml")])),
        ("word/header1.xml", part("hdr", p("Strict header"), STRICT_W, STRICT_R)),
    ])


def minimal_entries(body_xml):
    return [
        ("[Content_Types].xml", CONTENT_TYPES),
        ("_rels/.rels", package_rels()),
        ("word/document.xml", body_xml),
    ]


def bad_inputs():
    # 256 MiB of zeros deflate to about 250 KB: above the 128 MB entry limit and the 200:1 ratio limit.
    path = os.path.join(HERE, "zip_bomb.docx")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=9) as archive:
        for name, data in minimal_entries(document(p("decoy")))[:2]:
            archive.writestr(zipfile.ZipInfo(name, FIXED_TIME), data)
        info = zipfile.ZipInfo("word/document.xml", FIXED_TIME)
        info.compress_type = zipfile.ZIP_DEFLATED
        chunk = bytes(1 << 20)
        with archive.open(info, "w") as entry:
            for _ in range(256):
                entry.write(chunk)

    write_zip("evil_path.docx", minimal_entries(document(p("Looks harmless"))) +
              [("../evil.xml", "<evil/>")])
    write_zip("no_document.docx", minimal_entries("")[:2] + [("word/styles.xml", STYLES)])
    write_zip("workbook_renamed.docx", [("[Content_Types].xml", CONTENT_TYPES),
                                        ("xl/workbook.xml", "<workbook/>")])
    # Line 4 closes <w:t> with </w:r>: not well-formed.
    malformed = (f'{DECL}<w:document xmlns:w="{W}">\n<w:body>\n<w:p><w:r><w:t>Broken</w:t></w:r></w:p>\n'
                 '<w:p><w:r><w:t>here</w:r></w:p>\n</w:body>\n</w:document>\n')
    write_zip("malformed_xml.docx", minimal_entries(malformed))
    write_zip("wrong_root.docx", minimal_entries(f'{DECL}<html><body>not word</body></html>'))
    with open(os.path.join(HERE, "not_a_zip.docx"), "w", encoding="utf-8") as out:
        out.write("This is plain text with a .docx name.\n")
    with open(os.path.join(HERE, "empty.docx"), "wb"):
        pass
    with open(os.path.join(HERE, "really_pdf.docx"), "wb") as out:
        out.write(tiny_pdf())
    # Damage in a header only: the body still imports, with a warning.
    write_zip("broken_header.docx", [
        ("[Content_Types].xml", CONTENT_TYPES),
        ("_rels/.rels", package_rels()),
        ("word/document.xml", document(p("Body survives") +
                                       '<w:sectPr><w:headerReference w:type="default" r:id="rId1"/></w:sectPr>')),
        ("word/_rels/document.xml.rels", relationships([("rId1", f"{RT}/header", "header1.xml")])),
        ("word/header1.xml", f'{DECL}<w:hdr xmlns:w="{W}"><w:p><w:r><w:t>oops</w:p></w:hdr>'),
    ])
    # 10,000 nested content controls: must be refused, not overflow the stack.
    deep = "<w:sdt><w:sdtContent>" * 10000 + p("deep") + "</w:sdtContent></w:sdt>" * 10000
    write_zip("deep_nesting.docx", minimal_entries(document(deep)))


def tiny_pdf():
    """A valid one-page PDF with the text "Not a Word file", offsets computed."""
    stream = b"BT /F1 12 Tf 72 720 Td (Not a Word file) Tj ET"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length %d >>\nstream\n" % len(stream) + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>",
    ]
    out = b"%PDF-1.4\n"
    offsets = []
    for number, body in enumerate(objects, 1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root 1 0 R >>\nstartxref\n%d\n%%%%EOF\n" % (len(objects) + 1, xref)
    return out


FODT = """<?xml version="1.0" encoding="UTF-8"?>
<office:document xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0"
 xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0"
 xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"
 xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0"
 xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0"
 office:version="1.3" office:mimetype="application/vnd.oasis.opendocument.text">
 <office:styles>
  <style:style style:name="Standard" style:family="paragraph"/>
  <style:style style:name="Heading_20_1" style:display-name="Heading 1" style:family="paragraph"
   style:parent-style-name="Standard" style:default-outline-level="1">
   <style:text-properties fo:font-weight="bold"/>
  </style:style>
  <text:list-style style:name="Numbering_20_123" style:display-name="Numbering 123">
   <text:list-level-style-number text:level="1" style:num-suffix="." style:num-format="1">
    <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
     <style:list-level-label-alignment text:label-followed-by="listtab" fo:text-indent="-0.635cm" fo:margin-left="0.635cm"/>
    </style:list-level-properties>
   </text:list-level-style-number>
   <text:list-level-style-number text:level="2" style:num-suffix="." style:num-format="1" text:display-levels="2">
    <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
     <style:list-level-label-alignment text:label-followed-by="listtab" fo:text-indent="-0.635cm" fo:margin-left="1.27cm"/>
    </style:list-level-properties>
   </text:list-level-style-number>
  </text:list-style>
  <text:list-style style:name="List_20_1" style:display-name="List 1">
   <text:list-level-style-bullet text:level="1" text:bullet-char="•">
    <style:list-level-properties text:list-level-position-and-space-mode="label-alignment">
     <style:list-level-label-alignment text:label-followed-by="space"/>
    </style:list-level-properties>
   </text:list-level-style-bullet>
  </text:list-style>
 </office:styles>
 <office:automatic-styles>
  <style:style style:name="PageBreak" style:family="paragraph" style:parent-style-name="Heading_20_1">
   <style:paragraph-properties fo:break-before="page"/>
  </style:style>
  <style:page-layout style:name="pm1">
   <style:page-layout-properties fo:page-width="21cm" fo:page-height="29.7cm"/>
   <style:header-style/><style:footer-style/>
  </style:page-layout>
 </office:automatic-styles>
 <office:master-styles>
  <style:master-page style:name="Standard" style:page-layout-name="pm1">
   <style:header><text:p>Contoso Datacenter Services — Support Offer</text:p></style:header>
   <style:footer><text:p>Page <text:page-number text:select-page="current">1</text:page-number> of <text:page-count>2</text:page-count></text:p></style:footer>
  </style:master-page>
 </office:master-styles>
 <office:body>
  <office:text>
   <text:h text:style-name="Heading_20_1" text:outline-level="1">Support Offer</text:h>
   <text:p text:style-name="Standard">This offer covers 120 rack servers in two data centres.</text:p>
   <text:list text:style-name="Numbering_20_123">
    <text:list-item><text:p>Coverage</text:p>
     <text:list><text:list-item><text:p>Hardware replacement</text:p></text:list-item>
      <text:list-item><text:p>Firmware updates</text:p></text:list-item></text:list>
    </text:list-item>
    <text:list-item><text:p>Exclusions</text:p></text:list-item>
   </text:list>
   <text:list text:style-name="List_20_1">
    <text:list-item><text:p>On-site spare parts kit</text:p></text:list-item>
   </text:list>
   <text:h text:style-name="PageBreak" text:outline-level="1">Service Levels</text:h>
   <table:table table:name="SLA">
    <table:table-column table:number-columns-repeated="3"/>
    <table:table-row>
     <table:table-cell><text:p>Priority</text:p></table:table-cell>
     <table:table-cell><text:p>Response</text:p></table:table-cell>
     <table:table-cell><text:p>Restore</text:p></table:table-cell>
    </table:table-row>
    <table:table-row>
     <table:table-cell><text:p>Sev 1</text:p></table:table-cell>
     <table:table-cell><text:p>30 minutes</text:p></table:table-cell>
     <table:table-cell><text:p>6 hours</text:p></table:table-cell>
    </table:table-row>
    <table:table-row>
     <table:table-cell><text:p>Sev 2</text:p></table:table-cell>
     <table:table-cell><text:p>2 hours</text:p></table:table-cell>
     <table:table-cell><text:p>24 hours</text:p></table:table-cell>
    </table:table-row>
   </table:table>
   <text:p text:style-name="Standard">故障响应：一级故障 30 分钟内响应。</text:p>
  </office:text>
 </office:body>
</office:document>
"""


def libreoffice_proposal():
    source = os.path.join(HERE, "libreoffice_proposal.fodt")
    with open(source, "w", encoding="utf-8") as out:
        out.write(FODT)
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if not soffice:
        print("soffice not found: keeping the committed libreoffice_proposal.docx")
        return
    with tempfile.TemporaryDirectory() as work:
        subprocess.run([soffice, f"-env:UserInstallation=file://{work}/profile", "--headless",
                        "--convert-to", "docx:MS Word 2007 XML", "--outdir", work, source],
                       check=True, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
        shutil.copyfile(os.path.join(work, "libreoffice_proposal.docx"),
                        os.path.join(HERE, "libreoffice_proposal.docx"))


if __name__ == "__main__":
    english_proposal()
    chinese_proposal()
    strict_proposal()
    bad_inputs()
    libreoffice_proposal()
    print("fixtures written to", HERE)
