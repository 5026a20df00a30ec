#include "DocxPartParser.h"

#include "DocxNumbering.h"
#include "DocxStyles.h"
#include "DocxXml.h"

namespace tw::io {

using docx::attribute;
using docx::isWord;

namespace {
// Real documents nest a few tables and text boxes deep; a hostile one could nest until the stack breaks.
constexpr int kMaxDepth = 160;
// Fields nest rarely more than two deep; the bound keeps a file of a million unclosed fields small.
constexpr int kMaxFieldDepth = 64;

bool isMarkupCompatibility(QStringView uri)
{
    return uri == QLatin1String("http://schemas.openxmlformats.org/markup-compatibility/2006");
}

// Elements that never hold document text (properties, deleted and moved-away revisions).
bool isSkippedWordElement(QStringView name)
{
    static const char *const names[] = {"pPr",
                                        "rPr",
                                        "tblPr",
                                        "tblPrEx",
                                        "tblGrid",
                                        "trPr",
                                        "tcPr",
                                        "sdtPr",
                                        "sdtEndPr",
                                        "del",
                                        "moveFrom",
                                        "delText",
                                        "delInstrText",
                                        "commentReference",
                                        "annotationRef",
                                        "footnoteRef",
                                        "endnoteRef",
                                        "separator",
                                        "continuationSeparator",
                                        "bookmarkStart",
                                        "bookmarkEnd",
                                        "proofErr",
                                        "permStart",
                                        "permEnd"};
    for (const char *skipped : names) {
        if (name == QLatin1String(skipped))
            return true;
    }
    return false;
}

// Symbol fonts keep their glyphs in the private use area; the few that carry meaning in a service
// table (ticks and boxes in Wingdings) are mapped, the rest (decoration) is dropped.
QString symbolText(const QString &code)
{
    bool ok = false;
    const uint value = code.toUInt(&ok, 16);
    if (!ok || value == 0)
        return {};
    if (value < 0xE000 || value > 0xF8FF)
        return QString::fromUcs4(reinterpret_cast<const char32_t *>(&value), 1);
    switch (value & 0xFF) {
    case 0xFC:
        return QStringLiteral("\u2713");
    case 0xFB:
        return QStringLiteral("\u2717");
    case 0xFD:
        return QStringLiteral("\u2612");
    case 0xFE:
        return QStringLiteral("\u2611");
    case 0xA8:
        return QStringLiteral("\u2610");
    default:
        return {};
    }
}
} // namespace

/** The paragraph being read: finished lines, the line being built, and what follows it. */
struct DocxPartParser::Paragraph
{
    QList<DocxItem> items;
    QList<DocxItem> after; ///< text boxes and note references, placed after the paragraph
    QString current;
    bool hidden = false;

    void endLine()
    {
        current.remove(QChar(0x00AD)); // soft hyphens only show where Word wraps the line
        const QString text = current.trimmed();
        if (!text.isEmpty())
            items.append({DocxItem::Kind::Line, text, -1});
        current.clear();
    }
    void pageBreak()
    {
        endLine();
        items.append({DocxItem::Kind::PageBreak, {}, -1});
    }
};

/** The table row being read. */
struct DocxPartParser::Row
{
    QStringList cells;
    QList<DocxItem> notes;
    QList<DocxItem> nested; ///< rows of tables inside its cells, read after it
    bool hasText = false;
    bool breakBefore = false;
    bool breakAfter = false;
};

DocxPartParser::DocxPartParser(DocxNumbering *numbering, const DocxStyles *styles)
    : m_numbering(numbering), m_styles(styles)
{}

bool DocxPartParser::parse(const QByteArray &xml, DocxContent *content)
{
    QXmlStreamReader reader(xml);
    m_xml = &reader;
    m_content = content;
    m_fields.clear();
    m_ignoredFields = 0;
    m_depth = 0;
    m_errorString.clear();

    while (!reader.atEnd() && reader.readNext() != QXmlStreamReader::StartElement) {
        // Word never writes a DTD; refusing one keeps entity tricks away from the parser.
        if (reader.tokenType() == QXmlStreamReader::DTD)
            reader.raiseError(tr("the part declares a DTD, which Word documents never do"));
    }
    if (!reader.hasError()) {
        if (!reader.isStartElement())
            reader.raiseError(tr("the part has no content"));
        else if (!docx::isWordNamespace(reader.namespaceUri()))
            reader.raiseError(tr("the root element <%1> is not WordprocessingML").arg(reader.qualifiedName()));
        else if (reader.name() == QLatin1String("footnotes") || reader.name() == QLatin1String("endnotes"))
            notes();
        else
            blocks(content->items);
    }
    // Read to the end so that damage after the last paragraph is reported too.
    while (!reader.atEnd())
        reader.readNext();
    m_xml = nullptr;
    if (reader.hasError()) {
        m_errorString =
            tr("line %1, column %2: %3").arg(reader.lineNumber()).arg(reader.columnNumber()).arg(reader.errorString());
        return false;
    }
    return true;
}

bool DocxPartParser::enter()
{
    if (++m_depth > kMaxDepth) {
        m_xml->raiseError(tr("elements are nested more than %1 deep").arg(kMaxDepth));
        return false;
    }
    return true;
}

void DocxPartParser::blocks(QList<DocxItem> &out)
{
    while (m_xml->readNextStartElement())
        block(out);
}

void DocxPartParser::block(QList<DocxItem> &out)
{
    if (!enter()) {
        leave();
        return;
    }
    const bool word = docx::isWordNamespace(m_xml->namespaceUri());
    const QStringView name = m_xml->name();
    if (word && name == QLatin1String("p")) {
        paragraph(out);
    } else if (word && name == QLatin1String("tbl")) {
        table(out);
    } else if (word && name == QLatin1String("sectPr")) {
        section(); // the body's last section: it ends with the document, not with a break
    } else if (word && name == QLatin1String("altChunk")) {
        ++m_content->skippedChunks;
        m_xml->skipCurrentElement();
    } else if (word && name == QLatin1String("tcPr") && !m_cellSpans.isEmpty()) {
        // A merged cell (w:gridSpan) covers several grid columns; the row keeps one slot per column.
        while (m_xml->readNextStartElement()) {
            if (docx::isWordNamespace(m_xml->namespaceUri()) && m_xml->name() == QLatin1String("gridSpan")) {
                const int span = attribute(*m_xml, QLatin1String("val")).toInt();
                m_cellSpans.last() = qBound(1, span, 64);
            }
            m_xml->skipCurrentElement();
        }
    } else if (word && isSkippedWordElement(name)) {
        m_xml->skipCurrentElement();
    } else if (isMarkupCompatibility(m_xml->namespaceUri()) && name == QLatin1String("AlternateContent")) {
        alternateContent([&] { blocks(out); });
    } else {
        blocks(out); // body, sdt, sdtContent, customXml, ins, moveTo: containers of blocks
    }
    leave();
}

void DocxPartParser::paragraph(QList<DocxItem> &out)
{
    Paragraph paragraph;
    QString style;
    QString numId;
    bool hasNumId = false;
    int level = -1;
    int breakBefore = -1;
    int sectionIndex = -1;
    while (m_xml->readNextStartElement()) {
        if (!isWord(*m_xml, QLatin1String("pPr"))) {
            inlineElement(paragraph);
            continue;
        }
        while (m_xml->readNextStartElement()) {
            if (isWord(*m_xml, QLatin1String("pStyle"))) {
                style = attribute(*m_xml, QLatin1String("val"));
                m_xml->skipCurrentElement();
            } else if (isWord(*m_xml, QLatin1String("numPr"))) {
                while (m_xml->readNextStartElement()) {
                    if (isWord(*m_xml, QLatin1String("numId"))) {
                        numId = attribute(*m_xml, QLatin1String("val"));
                        hasNumId = true;
                    } else if (isWord(*m_xml, QLatin1String("ilvl"))) {
                        level = attribute(*m_xml, QLatin1String("val")).toInt();
                    }
                    m_xml->skipCurrentElement();
                }
            } else if (isWord(*m_xml, QLatin1String("pageBreakBefore"))) {
                breakBefore = docx::onOffValue(*m_xml) ? 1 : 0;
                m_xml->skipCurrentElement();
            } else if (isWord(*m_xml, QLatin1String("sectPr"))) {
                sectionIndex = section();
            } else {
                m_xml->skipCurrentElement();
            }
        }
    }
    paragraph.endLine();

    if (style.isEmpty() && m_styles)
        style = m_styles->defaultParagraphStyle();
    if (!hasNumId && m_styles) {
        numId = m_styles->numId(style);
        if (level < 0)
            level = m_styles->level(style);
    }
    if (breakBefore < 0 && m_styles)
        breakBefore = m_styles->pageBreakBefore(style) ? 1 : 0;
    if (breakBefore == 1)
        out.append({DocxItem::Kind::PageBreak, {}, -1});

    if (m_numbering && m_numbering->isList(numId)) {
        if (level < 0)
            level = m_numbering->levelForStyle(numId, style);
        // An empty numbered paragraph still shows, and uses up, its number.
        const QString label = m_numbering->nextLabel(numId, qMax(0, level));
        for (DocxItem &item : paragraph.items) {
            if (item.kind == DocxItem::Kind::Line) {
                item.text.prepend(label);
                break;
            }
        }
    }
    out += paragraph.items;
    out += paragraph.after;
    if (sectionIndex >= 0)
        out.append({DocxItem::Kind::SectionEnd, {}, sectionIndex});
}

void DocxPartParser::table(QList<DocxItem> &out)
{
    while (m_xml->readNextStartElement()) {
        if (!enter()) {
            leave();
            return;
        }
        if (isWord(*m_xml, QLatin1String("tr"))) {
            Row row;
            cells(row);
            if (row.breakBefore)
                out.append({DocxItem::Kind::PageBreak, {}, -1});
            // A row inside another table's cell is marked, so that the cell keeps its own text and the
            // nested table follows the row as rows of its own (a questionnaire's severity × tier grid inside
            // an answer cell).
            const bool nested = !m_cellSpans.isEmpty();
            if (row.hasText)
                out.append({DocxItem::Kind::Line, row.cells.join(QLatin1Char('\t')), -1, nested});
            for (DocxItem item : std::as_const(row.nested)) {
                item.nestedRow = nested;
                out.append(item);
            }
            out += row.notes;
            if (row.breakAfter)
                out.append({DocxItem::Kind::PageBreak, {}, -1});
        } else if (docx::isWordNamespace(m_xml->namespaceUri()) && isSkippedWordElement(m_xml->name())) {
            m_xml->skipCurrentElement();
        } else if (isMarkupCompatibility(m_xml->namespaceUri())) {
            alternateContent([&] { table(out); });
        } else {
            table(out); // rows wrapped in content controls or custom XML
        }
        leave();
    }
}

void DocxPartParser::cells(Row &row)
{
    while (m_xml->readNextStartElement()) {
        if (!enter()) {
            leave();
            return;
        }
        if (isWord(*m_xml, QLatin1String("tc"))) {
            QList<DocxItem> items;
            m_cellSpans << 1;
            blocks(items);
            const int span = m_cellSpans.takeLast();
            QStringList parts;
            for (const DocxItem &item : std::as_const(items)) {
                switch (item.kind) {
                case DocxItem::Kind::Line:
                    if (item.nestedRow) {
                        row.nested << item;
                        break;
                    }
                    // Tabs separate cells, so tabs inside a cell become spaces.
                    parts << QString(item.text).replace(QLatin1Char('\t'), QLatin1Char(' '));
                    row.hasText = true;
                    break;
                case DocxItem::Kind::PageBreak:
                    // A break before any text of the row moves the whole row to the next page.
                    (row.hasText ? row.breakAfter : row.breakBefore) = true;
                    break;
                case DocxItem::Kind::FootnoteReference:
                case DocxItem::Kind::EndnoteReference:
                    row.notes << item;
                    break;
                case DocxItem::Kind::SectionEnd:
                    break;
                }
            }
            row.cells << parts.join(QLatin1Char(' '));
            for (int extra = 1; extra < span; ++extra)
                row.cells << QString();
        } else if (docx::isWordNamespace(m_xml->namespaceUri()) && isSkippedWordElement(m_xml->name())) {
            m_xml->skipCurrentElement();
        } else if (isMarkupCompatibility(m_xml->namespaceUri())) {
            alternateContent([&] { cells(row); });
        } else {
            cells(row);
        }
        leave();
    }
}

void DocxPartParser::inlineElement(Paragraph &paragraph)
{
    if (!enter()) {
        leave();
        return;
    }
    const QStringView name = m_xml->name();
    const QStringView uri = m_xml->namespaceUri();
    const auto visible = [&] { return !paragraph.hidden && !fieldHidesText(); };
    const auto descend = [&] {
        while (m_xml->readNextStartElement())
            inlineElement(paragraph);
    };

    if (docx::isWordNamespace(uri)) {
        if (name == QLatin1String("r")) {
            run(paragraph);
        } else if (name == QLatin1String("t")) {
            const QString text = m_xml->readElementText();
            if (visible())
                paragraph.current += text;
        } else if (name == QLatin1String("instrText")) {
            const QString text = m_xml->readElementText();
            if (!m_fields.isEmpty() && !m_fields.last().separated)
                m_fields.last().instruction += text;
        } else if (name == QLatin1String("tab") || name == QLatin1String("ptab")) {
            if (visible())
                paragraph.current += QLatin1Char('\t');
            m_xml->skipCurrentElement();
        } else if (name == QLatin1String("br")) {
            if (attribute(*m_xml, QLatin1String("type")) == QLatin1String("page"))
                paragraph.pageBreak();
            else
                paragraph.endLine(); // line and column breaks
            m_xml->skipCurrentElement();
        } else if (name == QLatin1String("cr")) {
            paragraph.endLine();
            m_xml->skipCurrentElement();
        } else if (name == QLatin1String("lastRenderedPageBreak")) {
            paragraph.pageBreak();
            m_xml->skipCurrentElement();
        } else if (name == QLatin1String("noBreakHyphen")) {
            if (visible())
                paragraph.current += QLatin1Char('-');
            m_xml->skipCurrentElement();
        } else if (name == QLatin1String("softHyphen")) {
            m_xml->skipCurrentElement();
        } else if (name == QLatin1String("sym")) {
            if (visible())
                paragraph.current += symbolText(attribute(*m_xml, QLatin1String("char")));
            m_xml->skipCurrentElement();
        } else if (name == QLatin1String("fldChar")) {
            fieldChar(paragraph);
        } else if (name == QLatin1String("fldSimple")) {
            const QString placeholder = fieldPlaceholder(attribute(*m_xml, QLatin1String("instr")));
            if (placeholder.isEmpty()) {
                descend();
            } else {
                if (visible())
                    paragraph.current += placeholder;
                m_xml->skipCurrentElement();
            }
        } else if (name == QLatin1String("footnoteReference") || name == QLatin1String("endnoteReference")) {
            noteReference(paragraph, name == QLatin1String("endnoteReference"));
        } else if (name == QLatin1String("txbxContent")) {
            QList<DocxItem> box;
            blocks(box);
            for (const DocxItem &item : std::as_const(box)) {
                if (item.kind != DocxItem::Kind::PageBreak && item.kind != DocxItem::Kind::SectionEnd)
                    paragraph.after << item;
            }
        } else if (name == QLatin1String("object")) {
            ++m_content->embeddedObjects;
            m_xml->skipCurrentElement();
        } else if (isSkippedWordElement(name)) {
            m_xml->skipCurrentElement();
        } else {
            descend(); // hyperlink, ins, moveTo, smartTag, sdt, sdtContent, drawing, pict, ...
        }
    } else if (isMarkupCompatibility(uri) && name == QLatin1String("AlternateContent")) {
        alternateContent(descend);
    } else if (name == QLatin1String("blip") || name == QLatin1String("imagedata")) {
        ++m_content->images;
        m_xml->skipCurrentElement();
    } else if (name == QLatin1String("t") && uri.endsWith(QLatin1String("math"))) {
        const QString text = m_xml->readElementText();
        if (visible())
            paragraph.current += text;
    } else {
        descend();
    }
    leave();
}

void DocxPartParser::run(Paragraph &paragraph)
{
    const bool wasHidden = paragraph.hidden;
    while (m_xml->readNextStartElement()) {
        if (isWord(*m_xml, QLatin1String("rPr"))) {
            while (m_xml->readNextStartElement()) {
                if (isWord(*m_xml, QLatin1String("vanish")))
                    paragraph.hidden = docx::onOffValue(*m_xml);
                m_xml->skipCurrentElement();
            }
        } else {
            inlineElement(paragraph);
        }
    }
    paragraph.hidden = wasHidden;
}

bool DocxPartParser::fieldHidesText() const
{
    // Between begin and separate a field holds its code; a replaced result is shown by the placeholder.
    for (const Field &field : m_fields) {
        if (!field.separated || field.replaced)
            return true;
    }
    return false;
}

QString DocxPartParser::fieldPlaceholder(const QString &instruction)
{
    const QString keyword = instruction.simplified().section(QLatin1Char(' '), 0, 0).toUpper();
    if (keyword == QLatin1String("PAGE"))
        return QString(QChar(kPageNumberPlaceholder));
    if (keyword == QLatin1String("NUMPAGES") || keyword == QLatin1String("SECTIONPAGES"))
        return QString(QChar(kPageCountPlaceholder));
    return {};
}

void DocxPartParser::fieldChar(Paragraph &paragraph)
{
    const QString type = attribute(*m_xml, QLatin1String("fldCharType"));
    m_xml->skipCurrentElement();
    if (type == QLatin1String("begin")) {
        if (m_fields.size() < kMaxFieldDepth)
            m_fields.append(Field{});
        else
            ++m_ignoredFields;
    } else if (type == QLatin1String("separate")) {
        if (m_fields.isEmpty() || m_ignoredFields > 0)
            return;
        Field &field = m_fields.last();
        field.separated = true;
        const QString placeholder = fieldPlaceholder(field.instruction);
        if (!placeholder.isEmpty()) {
            if (!paragraph.hidden && !fieldHidesText())
                paragraph.current += placeholder;
            field.replaced = true;
        }
    } else if (type == QLatin1String("end")) {
        if (m_ignoredFields > 0) {
            --m_ignoredFields;
            return;
        }
        if (m_fields.isEmpty())
            return;
        const Field field = m_fields.takeLast();
        // A field without a stored result still shows its value in Word.
        const QString placeholder = field.separated ? QString() : fieldPlaceholder(field.instruction);
        if (!placeholder.isEmpty() && !paragraph.hidden && !fieldHidesText())
            paragraph.current += placeholder;
    }
}

void DocxPartParser::noteReference(Paragraph &paragraph, bool endnote)
{
    const QString id = attribute(*m_xml, QLatin1String("id"));
    m_xml->skipCurrentElement();
    const int number = endnote ? ++m_endnotes : ++m_footnotes;
    paragraph.current += noteMark(number, endnote);
    paragraph.after.append(
        {endnote ? DocxItem::Kind::EndnoteReference : DocxItem::Kind::FootnoteReference, id, number});
}

QString DocxPartParser::noteMark(int number, bool endnote)
{
    // Word numbers footnotes 1, 2, 3 and endnotes i, ii, iii unless told otherwise.
    return QStringLiteral("[%1]").arg(endnote ? DocxNumbering::formatNumber(number, QStringLiteral("lowerRoman"))
                                              : QString::number(number));
}

int DocxPartParser::section()
{
    DocxSection section;
    while (m_xml->readNextStartElement()) {
        const bool header = isWord(*m_xml, QLatin1String("headerReference"));
        if (header || isWord(*m_xml, QLatin1String("footerReference"))) {
            QString type = attribute(*m_xml, QLatin1String("type"));
            if (type.isEmpty())
                type = QStringLiteral("default");
            (header ? section.headers : section.footers).insert(type, attribute(*m_xml, QLatin1String("id")));
        } else if (isWord(*m_xml, QLatin1String("type"))) {
            section.startType = attribute(*m_xml, QLatin1String("val"));
        } else if (isWord(*m_xml, QLatin1String("pgSz"))) {
            section.width = docx::measureInPoints(attribute(*m_xml, QLatin1String("w")));
            section.height = docx::measureInPoints(attribute(*m_xml, QLatin1String("h")));
        } else if (isWord(*m_xml, QLatin1String("titlePg"))) {
            section.titlePage = docx::onOffValue(*m_xml);
        }
        m_xml->skipCurrentElement();
    }
    m_content->sections.append(section);
    return int(m_content->sections.size() - 1);
}

void DocxPartParser::notes()
{
    while (m_xml->readNextStartElement()) {
        if (!isWord(*m_xml, QLatin1String("footnote")) && !isWord(*m_xml, QLatin1String("endnote"))) {
            m_xml->skipCurrentElement();
            continue;
        }
        const QString id = attribute(*m_xml, QLatin1String("id"));
        QList<DocxItem> items;
        blocks(items);
        QStringList lines;
        for (const DocxItem &item : std::as_const(items)) {
            if (item.kind == DocxItem::Kind::Line)
                lines << item.text;
        }
        if (!lines.isEmpty()) // separators hold no text
            m_content->notes.insert(id, lines);
    }
}

template <typename Handle> void DocxPartParser::alternateContent(Handle handle)
{
    // Each choice holds the same content in another markup; read one so nothing appears twice.
    bool chosen = false;
    while (m_xml->readNextStartElement()) {
        if (!chosen && isMarkupCompatibility(m_xml->namespaceUri()) &&
            (m_xml->name() == QLatin1String("Choice") || m_xml->name() == QLatin1String("Fallback"))) {
            chosen = true;
            handle();
        } else {
            m_xml->skipCurrentElement();
        }
    }
}

} // namespace tw::io
