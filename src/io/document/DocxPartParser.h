#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>
#include <QXmlStreamReader>

namespace tw::io {

class DocxNumbering;
class DocxStyles;

/** Page setup and header/footer references of one section of a Word document (a w:sectPr). */
struct DocxSection
{
    QString startType; ///< how the section starts: nextPage (empty), continuous, evenPage, ...
    double width = 0;  ///< page size in points, 0 when not given
    double height = 0;
    bool titlePage = false;          ///< the first page has its own header and footer
    QHash<QString, QString> headers; ///< "default", "first", "even" -> relationship id
    QHash<QString, QString> footers;
};

/** One piece of a part's text flow, in reading order. */
struct DocxItem
{
    enum class Kind { Line, PageBreak, SectionEnd, FootnoteReference, EndnoteReference };
    Kind kind = Kind::Line;
    QString text;           ///< Line: its text; note references: the note's w:id
    int number = -1;        ///< SectionEnd: index into DocxContent::sections; note references: the shown number
    bool nestedRow = false; ///< Line: a row of a table inside another table's cell
};

/** What one WordprocessingML part holds: its text flow, sections, notes, and what was skipped. */
struct DocxContent
{
    QList<DocxItem> items;
    QList<DocxSection> sections;
    QHash<QString, QStringList> notes; ///< footnotes.xml / endnotes.xml: note id -> its lines
    int images = 0;
    int embeddedObjects = 0;
    int skippedChunks = 0;
};

/** Stands where a PAGE field shows the page number; the reader puts in the number of each page. */
inline constexpr char16_t kPageNumberPlaceholder = u'\uE000';
/** Stands where a NUMPAGES field shows the page count. */
inline constexpr char16_t kPageCountPlaceholder = u'\uE001';

/**
 * Turns one WordprocessingML part (document, header, footer, footnotes) into lines: each
 * paragraph is a line prefixed with its list label, each table row a line of tab-separated cells,
 * with page breaks where Word records them. Deleted revisions, field codes and hidden text are left
 * out; text boxes follow the paragraph that anchors them.
 */
class DocxPartParser
{
    Q_DECLARE_TR_FUNCTIONS(tw::io::DocxPartParser)

public:
    /** numbering and styles may be null (headers of documents without them). */
    DocxPartParser(DocxNumbering *numbering, const DocxStyles *styles);

    /** Parses the part. False with errorString() when the XML is not well-formed or not WordprocessingML. */
    bool parse(const QByteArray &xml, DocxContent *content);
    /** Where and why parsing failed, e.g. "line 12, column 7: Opening and ending tag mismatch." */
    QString errorString() const { return m_errorString; }
    /** How a note reference shows in the text: "[1]" for footnotes, "[i]" for endnotes as Word numbers them. */
    static QString noteMark(int number, bool endnote);

private:
    struct Paragraph;
    struct Row;
    struct Field
    {
        QString instruction;
        bool separated = false;
        bool replaced = false; ///< a PAGE/NUMPAGES result we replace with a placeholder
    };

    bool enter();
    void leave() { --m_depth; }
    void blocks(QList<DocxItem> &out);
    void block(QList<DocxItem> &out);
    void paragraph(QList<DocxItem> &out);
    void table(QList<DocxItem> &out);
    void cells(Row &row);
    void inlineElement(Paragraph &paragraph);
    void run(Paragraph &paragraph);
    void fieldChar(Paragraph &paragraph);
    void noteReference(Paragraph &paragraph, bool endnote);
    int section();
    void notes();
    /** Runs handle() on the children of the first mc:Choice of an mc:AlternateContent. */
    template <typename Handle> void alternateContent(Handle handle);
    bool fieldHidesText() const;
    static QString fieldPlaceholder(const QString &instruction);

    DocxNumbering *m_numbering;
    const DocxStyles *m_styles;
    QXmlStreamReader *m_xml = nullptr; ///< the reader of the part being parsed
    DocxContent *m_content = nullptr;
    QList<Field> m_fields;
    int m_ignoredFields = 0; ///< fields opened beyond the nesting bound
    int m_depth = 0;
    QList<int> m_cellSpans; ///< grid columns of the cells being read (w:gridSpan), innermost last
    int m_footnotes = 0;
    int m_endnotes = 0;
    QString m_errorString;
};

} // namespace tw::io
