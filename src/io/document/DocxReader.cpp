#include "DocxReader.h"

#include "DocxNumbering.h"
#include "DocxPartParser.h"
#include "DocxStyles.h"
#include "DocxXml.h"
#include "FileCheck.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QUrl>
#include <QXmlStreamReader>

namespace tw::io {

namespace {

/** One relationship of a part: its kind (the last segment of its type URI) and the part it points to. */
struct Relationship
{
    QString kind;
    QString target;
};
using Relationships = QHash<QString, Relationship>;

QString folderOf(const QString &part)
{
    return part.contains(QLatin1Char('/')) ? part.section(QLatin1Char('/'), 0, -2) : QString();
}

QString relationshipsPart(const QString &part)
{
    const QString folder = folderOf(part);
    const QString name = part.section(QLatin1Char('/'), -1);
    return (folder.isEmpty() ? QString() : folder + QLatin1Char('/')) + QStringLiteral("_rels/") + name +
           QStringLiteral(".rels");
}

// Targets are URIs relative to the folder of the part that names them, or absolute from the package
// root; a target that climbs out of the package is ignored.
QString resolveTarget(const QString &sourcePart, const QString &target)
{
    const QString decoded = QUrl::fromPercentEncoding(target.toUtf8());
    QString path;
    if (decoded.startsWith(QLatin1Char('/')))
        path = decoded.mid(1);
    else if (folderOf(sourcePart).isEmpty())
        path = decoded;
    else
        path = folderOf(sourcePart) + QLatin1Char('/') + decoded;
    path = QDir::cleanPath(path);
    if (path.isEmpty() || path == QLatin1String("..") || path.startsWith(QLatin1String("../")))
        return {};
    return path;
}

Relationships parseRelationships(const QByteArray &xml, const QString &sourcePart)
{
    Relationships relationships;
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        if (reader.readNext() != QXmlStreamReader::StartElement || reader.name() != QLatin1String("Relationship"))
            continue;
        const QXmlStreamAttributes attributes = reader.attributes();
        if (attributes.value(QLatin1String("TargetMode")) == QLatin1String("External"))
            continue;
        const QString target = resolveTarget(sourcePart, attributes.value(QLatin1String("Target")).toString());
        if (!target.isEmpty()) {
            relationships.insert(
                attributes.value(QLatin1String("Id")).toString(),
                {attributes.value(QLatin1String("Type")).toString().section(QLatin1Char('/'), -1), target});
        }
    }
    return relationships;
}

QString targetOfKind(const Relationships &relationships, const QString &kind)
{
    for (const Relationship &relationship : relationships) {
        if (relationship.kind == kind)
            return relationship.target;
    }
    return {};
}

bool evenAndOddHeaders(const QByteArray &settings)
{
    QXmlStreamReader reader(settings);
    while (!reader.atEnd()) {
        if (reader.readNext() == QXmlStreamReader::StartElement &&
            docx::isWord(reader, QLatin1String("evenAndOddHeaders")))
            return docx::onOffValue(reader);
    }
    return false;
}

/** Refuses files that are not ZIP packages before QuaZip sees them, saying what they are instead. */
std::optional<QString> checkContainer(const QString &path)
{
    const QFileInfo info(path);
    const QString fileName = info.fileName();
    if (!info.exists())
        return DocxReader::tr("%1: file not found").arg(path);
    if (info.isDir())
        return DocxReader::tr("%1: is a folder, not a document").arg(path);
    if (info.size() == 0)
        return DocxReader::tr("%1: the file is empty (0 bytes)").arg(fileName);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return DocxReader::tr("%1: cannot be read (%2)").arg(fileName, file.errorString());
    const QByteArray head = file.read(1024);
    if (looksLikeZip(head))
        return std::nullopt;
    if (sniffFormat(head) == DocumentFormat::Pdf)
        return DocxReader::tr("%1: is not a Word document (it is a PDF)").arg(fileName);
    // Word 97-2003 files and password-protected .docx files are both OLE2 compound files.
    if (head.startsWith("\xD0\xCF\x11\xE0"))
        return DocxReader::tr(
                   "%1: is not a .docx Word document (it is a Word 97-2003 .doc or a password-protected file); "
                   "save it as an unprotected .docx")
            .arg(fileName);
    if (head.startsWith("{\\rtf"))
        return DocxReader::tr("%1: is not a Word document (it is an RTF file)").arg(fileName);
    return DocxReader::tr("%1: is not a Word document (it is not a ZIP archive)").arg(fileName);
}

/** What a package that lacks a Word main part is instead. */
QString describeOtherPackage(const SafeZipReader &zip, const QString &mainPart)
{
    if (zip.contains(QStringLiteral("xl/workbook.xml")))
        return DocxReader::tr("it is an Excel workbook");
    if (zip.contains(QStringLiteral("ppt/presentation.xml")))
        return DocxReader::tr("it is a PowerPoint presentation");
    if (zip.contains(QStringLiteral("content.xml")) && zip.contains(QStringLiteral("mimetype")))
        return DocxReader::tr("it is an OpenDocument file");
    return DocxReader::tr("the archive has no %1").arg(mainPart);
}

/** A page before headers and footers are added. */
struct PageDraft
{
    QStringList lines;
    int section = 0;
    QList<DocxItem> footnotes;
};

/** Reads one package: the parts a document needs, in order, collecting warnings. */
class DocxImport
{
public:
    DocxImport(const QString &path, const ExtractOptions &options)
        : m_path(path), m_fileName(QFileInfo(path).fileName()), m_options(options), m_zip(path, options.zipLimits)
    {}

    ExtractResult run();

private:
    bool cancelled() const { return m_options.cancel && m_options.cancel->load(); }
    /** Reads a part that exists; nothing when a limit is crossed or the entry is corrupt. */
    std::optional<QByteArray> readPart(const QString &part) { return m_zip.read(part); }
    /** Reads an optional part: empty when absent, a failure message in m_error when unreadable. */
    bool readOptional(const QString &part, QByteArray *data);
    bool loadNotes(const QString &kind, QHash<QString, QStringList> *notes);
    QList<DocxSection> resolvedSections(const QList<DocxSection> &sections) const;
    QList<PageDraft> paginate(const DocxContent &body, const QList<DocxSection> &sections,
                              QList<DocxItem> *endnotes) const;
    /** Parses the header or footer part once; false (m_error) only when a ZIP limit is crossed. */
    bool loadHeaderFooter(const QString &relationshipId);
    QStringList headerFooterLines(const QString &relationshipId) const
    {
        return m_headerFooterCache.value(m_relationships.value(relationshipId).target);
    }
    static QStringList noteLines(const DocxItem &reference, const QHash<QString, QStringList> &notes);

    QString m_path;
    QString m_fileName;
    const ExtractOptions &m_options;
    SafeZipReader m_zip;
    QString m_mainPart = QStringLiteral("word/document.xml");
    Relationships m_relationships;
    DocxNumbering m_numbering;
    DocxStyles m_styles;
    QHash<QString, QStringList> m_headerFooterCache;
    int m_images = 0;
    int m_embeddedObjects = 0;
    int m_skippedChunks = 0;
    QStringList m_warnings;
    QString m_error;
};

bool DocxImport::readOptional(const QString &part, QByteArray *data)
{
    data->clear();
    if (part.isEmpty() || !m_zip.contains(part))
        return true;
    const std::optional<QByteArray> bytes = readPart(part);
    if (!bytes) {
        m_error = m_zip.errorString();
        return false;
    }
    *data = *bytes;
    return true;
}

ExtractResult DocxImport::run()
{
    if (auto problem = checkContainer(m_path))
        return ExtractResult::failure(*problem);
    if (!m_zip.open())
        return ExtractResult::failure(m_zip.errorString());

    // The package relationships name the main part; nearly always word/document.xml.
    QByteArray data;
    if (!readOptional(QStringLiteral("_rels/.rels"), &data))
        return ExtractResult::failure(m_error);
    const QString declaredMain = targetOfKind(parseRelationships(data, QString()), QStringLiteral("officeDocument"));
    if (!declaredMain.isEmpty() && m_zip.contains(declaredMain))
        m_mainPart = declaredMain;
    if (!m_zip.contains(m_mainPart))
        return ExtractResult::failure(
            DocxReader::tr("%1: is not a Word document (%2)").arg(m_fileName, describeOtherPackage(m_zip, m_mainPart)));

    if (!readOptional(relationshipsPart(m_mainPart), &data))
        return ExtractResult::failure(m_error);
    m_relationships = parseRelationships(data, m_mainPart);

    const QString stylesPart = targetOfKind(m_relationships, QStringLiteral("styles"));
    if (!readOptional(stylesPart, &data))
        return ExtractResult::failure(m_error);
    if (!data.isEmpty() && !m_styles.load(data))
        m_warnings << DocxReader::tr("the styles (%1) are damaged; numbering and page breaks set by styles are missing")
                          .arg(stylesPart);
    const QString numberingPart = targetOfKind(m_relationships, QStringLiteral("numbering"));
    if (!readOptional(numberingPart, &data))
        return ExtractResult::failure(m_error);
    if (!data.isEmpty() && !m_numbering.load(data))
        m_warnings << DocxReader::tr("the list numbering (%1) is damaged at %2; list labels are missing")
                          .arg(numberingPart, m_numbering.errorString());
    if (!readOptional(targetOfKind(m_relationships, QStringLiteral("settings")), &data))
        return ExtractResult::failure(m_error);
    const bool evenAndOdd = evenAndOddHeaders(data);

    const std::optional<QByteArray> mainXml = readPart(m_mainPart);
    if (!mainXml)
        return ExtractResult::failure(m_zip.errorString());
    DocxContent body;
    DocxPartParser parser(&m_numbering, &m_styles);
    if (!parser.parse(*mainXml, &body))
        return ExtractResult::failure(DocxReader::tr("%1: the Word document is damaged: %2, %3")
                                          .arg(m_fileName, m_mainPart, parser.errorString()));
    m_images += body.images;
    m_embeddedObjects += body.embeddedObjects;
    m_skippedChunks += body.skippedChunks;
    if (cancelled())
        return ExtractResult::failure(DocxReader::tr("%1: extraction was cancelled").arg(m_fileName));

    QHash<QString, QStringList> footnotes;
    QHash<QString, QStringList> endnotes;
    if (!loadNotes(QStringLiteral("footnotes"), &footnotes) || !loadNotes(QStringLiteral("endnotes"), &endnotes))
        return ExtractResult::failure(m_error);

    const QList<DocxSection> sections = resolvedSections(body.sections);
    for (const DocxSection &section : sections) {
        for (const QString &id : section.headers.values() + section.footers.values()) {
            if (!loadHeaderFooter(id))
                return ExtractResult::failure(m_error);
        }
    }
    QList<DocxItem> endnoteReferences;
    const QList<PageDraft> drafts = paginate(body, sections, &endnoteReferences);

    Document document;
    document.fileName = m_path;
    document.format = DocumentFormat::Docx;
    const int pageCount = int(drafts.size());
    for (int index = 0; index < pageCount; ++index) {
        const PageDraft &draft = drafts.at(index);
        const DocxSection &section = sections.at(draft.section);
        const int number = index + 1;
        // Which header Word shows: the first page's own, the even pages' own, or the default one.
        const bool firstOfSection = index == 0 || drafts.at(index - 1).section != draft.section;
        const QString kind = section.titlePage && firstOfSection ? QStringLiteral("first")
                             : evenAndOdd && number % 2 == 0     ? QStringLiteral("even")
                                                                 : QStringLiteral("default");
        QStringList lines = headerFooterLines(section.headers.value(kind));
        lines += draft.lines;
        for (const DocxItem &reference : draft.footnotes)
            lines += noteLines(reference, footnotes);
        if (index == pageCount - 1) {
            for (const DocxItem &reference : std::as_const(endnoteReferences))
                lines += noteLines(reference, endnotes);
        }
        lines += headerFooterLines(section.footers.value(kind));

        Page page;
        page.number = number;
        page.width = section.width;
        page.height = section.height;
        for (QString &line : lines) {
            line.replace(QChar(kPageNumberPlaceholder), QString::number(number));
            line.replace(QChar(kPageCountPlaceholder), QString::number(pageCount));
            page.lines.append(TextLine{line, {}, {}});
        }
        document.pages.append(page);
    }

    if (document.lineCount() == 0)
        document.warnings << DocxReader::tr("the document contains no text");
    if (m_images > 0)
        document.warnings << DocxReader::tr("%n image(s) skipped; text inside images is not read", nullptr, m_images);
    if (m_embeddedObjects > 0)
        document.warnings << DocxReader::tr("%n embedded object(s), such as spreadsheets, skipped", nullptr,
                                            m_embeddedObjects);
    if (m_skippedChunks > 0)
        document.warnings << DocxReader::tr("%n imported chunk(s) of HTML or RTF (altChunk) skipped", nullptr,
                                            m_skippedChunks);
    document.warnings += m_warnings;
    if (m_options.progress)
        m_options.progress(pageCount, pageCount);
    return ExtractResult::success(std::move(document));
}

bool DocxImport::loadNotes(const QString &kind, QHash<QString, QStringList> *notes)
{
    const QString part = targetOfKind(m_relationships, kind);
    QByteArray data;
    if (!readOptional(part, &data))
        return false;
    if (data.isEmpty())
        return true;
    DocxContent content;
    DocxPartParser parser(&m_numbering, &m_styles);
    if (!parser.parse(data, &content)) {
        m_warnings
            << DocxReader::tr("the %1 (%2) are damaged at %3 and were skipped").arg(kind, part, parser.errorString());
        return true;
    }
    *notes = content.notes;
    return true;
}

QList<DocxSection> DocxImport::resolvedSections(const QList<DocxSection> &sections) const
{
    QList<DocxSection> resolved = sections;
    if (resolved.isEmpty())
        resolved.append(DocxSection{});
    // A section without its own header or footer of a kind shows the previous section's.
    for (qsizetype index = 1; index < resolved.size(); ++index) {
        const DocxSection &previous = resolved.at(index - 1);
        DocxSection &section = resolved[index];
        for (auto it = previous.headers.constBegin(); it != previous.headers.constEnd(); ++it) {
            if (!section.headers.contains(it.key()))
                section.headers.insert(it.key(), it.value());
        }
        for (auto it = previous.footers.constBegin(); it != previous.footers.constEnd(); ++it) {
            if (!section.footers.contains(it.key()))
                section.footers.insert(it.key(), it.value());
        }
    }
    return resolved;
}

QList<PageDraft> DocxImport::paginate(const DocxContent &body, const QList<DocxSection> &sections,
                                      QList<DocxItem> *endnotes) const
{
    QList<PageDraft> drafts(1);
    int section = 0;
    // Word records one break in several ways at once (a hard break, then the rendered break on the
    // new page): a break on a page that holds nothing yet is the same break, not an empty page.
    const auto breakPage = [&] {
        if (drafts.last().lines.isEmpty())
            drafts.last().section = section;
        else
            drafts.append(PageDraft{{}, section, {}});
    };
    for (const DocxItem &item : body.items) {
        switch (item.kind) {
        case DocxItem::Kind::Line:
            drafts.last().lines << item.text;
            break;
        case DocxItem::Kind::PageBreak:
            breakPage();
            break;
        case DocxItem::Kind::SectionEnd: {
            section = qBound(0, item.number + 1, int(sections.size()) - 1);
            const QString start = sections.at(section).startType;
            if (start == QLatin1String("continuous") || start == QLatin1String("nextColumn")) {
                if (drafts.last().lines.isEmpty())
                    drafts.last().section = section;
            } else {
                breakPage();
            }
            break;
        }
        case DocxItem::Kind::FootnoteReference:
            drafts.last().footnotes << item;
            break;
        case DocxItem::Kind::EndnoteReference:
            endnotes->append(item);
            break;
        }
    }
    if (drafts.size() > 1 && drafts.last().lines.isEmpty() && drafts.last().footnotes.isEmpty())
        drafts.removeLast();
    return drafts;
}

bool DocxImport::loadHeaderFooter(const QString &relationshipId)
{
    const Relationship relationship = m_relationships.value(relationshipId);
    if (relationship.target.isEmpty() || m_headerFooterCache.contains(relationship.target))
        return true;
    QStringList lines;
    QByteArray data;
    if (!m_zip.contains(relationship.target)) {
        m_warnings << DocxReader::tr("%1 is missing from the package; its text was skipped").arg(relationship.target);
    } else if (!readOptional(relationship.target, &data)) {
        return false; // a bomb in a header is still a bomb: refuse the file
    } else {
        DocxContent content;
        DocxPartParser parser(&m_numbering, &m_styles);
        if (parser.parse(data, &content)) {
            for (const DocxItem &item : std::as_const(content.items)) {
                if (item.kind == DocxItem::Kind::Line)
                    lines << item.text;
            }
            m_images += content.images;
            m_embeddedObjects += content.embeddedObjects;
        } else {
            m_warnings << DocxReader::tr("%1 is damaged at %2; its text was skipped")
                              .arg(relationship.target, parser.errorString());
        }
    }
    m_headerFooterCache.insert(relationship.target, lines);
    return true;
}

QStringList DocxImport::noteLines(const DocxItem &reference, const QHash<QString, QStringList> &notes)
{
    QStringList lines = notes.value(reference.text);
    if (lines.isEmpty())
        return {};
    const bool endnote = reference.kind == DocxItem::Kind::EndnoteReference;
    lines.first().prepend(DocxPartParser::noteMark(reference.number, endnote) + QLatin1Char(' '));
    return lines;
}

} // namespace

ExtractResult DocxReader::read(const QString &path, const ExtractOptions &options) const
{
    DocxImport import(path, options);
    return import.run();
}

} // namespace tw::io
