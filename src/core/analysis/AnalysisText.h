#pragma once

#include "Normalizer.h"
#include "TextSegment.h"
#include "TierContext.h"

#include "core/model/Document.h"
#include "core/model/Evidence.h"

#include <QHash>
#include <QMutex>
#include <QRegularExpression>

namespace tw::analysis {

class LiteralScan;

/** A segment ready for matching: its normalised text, cells, heading role and context. */
struct PreparedSegment
{
    TextSegment source;
    NormalizedText norm;
    QList<QPair<int, int>> cells; ///< table rows: cell ranges in norm.text
    bool heading = false;
    int headingLevel = 0; ///< 1 for "三、" or "5.", 2 for "5.1"; 0 when not numbered
    QString tier;         ///< tier in force from the headings above, or empty
    int section = 0;      ///< number of the heading section the segment is in
    QString sectionTitle; ///< normalised text of the nearest heading above
    bool hasChinese = false;
    bool hasEnglish = false;
    /// In a question quoted with its answer ("问题 9：…如何界定？答复：…"), where the answer starts in norm.text: the
    /// sentences from there on are the vendor's, though the paragraph is the other party's. -1 when none.
    int answerStart = -1;
};

/** True when a table row holds text in its first cell only ("生产数据库服务器（…） |  |  |", "Severity 1 |  |  |"): a
 * row heading the rows below it. */
bool holdsFirstCellOnly(const PreparedSegment &row);

/** A sentence of a paragraph or one cell of a table row: the unit that extractors and rules read. */
struct TextUnit
{
    int segment = 0;
    int start = 0; ///< range in the segment's normalised text
    int end = 0;
    int cell = -1;          ///< cell number for table rows
    QString tier;           ///< tier from the row, column, the text itself or the heading above
    QString baseTier;       ///< tier from the paragraph lead or the heading, ignoring the sentence
    QStringList baseTiers;  ///< the several tiers a paragraph's lead names, for a sentence naming none
    QStringList priorities; ///< from the table row label or column header
    QString rowLabel;       ///< normalised first cell of the row (table cells only)
    QString columnHeader;   ///< normalised header cell of the column (table cells only)
    int rowLabelUnit = -1;  ///< the unit holding rowLabel, or -1
    /**
     * The buyer's words, not the vendor's: a cell of the "招标要求" / "Requirement" column of a
     * compliance table that also has a response column. No terms or findings come from it.
     */
    bool buyerText = false;
    int headerUnit = -1; ///< the unit holding columnHeader, or -1
    QString text;        ///< the range's text, kept so that readers share one copy
};

/**
 * The whole document prepared for analysis: segments with normalised text, heading sections and the
 * tier vocabulary, plus the mapping from a normalised range back to quote, page and box.
 */
class AnalysisText
{
public:
    explicit AnalysisText(const Document &document);

    const QList<PreparedSegment> &segments() const { return m_segments; }
    const TierContext &tiers() const { return m_tiers; }
    /** Sentences of paragraphs and cells of table rows, in document order. */
    const QList<TextUnit> &units() const { return m_units; }
    QString unitText(const TextUnit &unit) const;
    /** True when the text ends with a question mark, Markdown emphasis ("**Q4：会用翻新件吗？**") ignored. */
    static bool endsWithQuestionMark(QStringView text);
    /** The units of one segment, [first, end) of units(): a paragraph's sentences or a row's cells. */
    QPair<int, int> unitsOfSegment(int segment) const;
    /**
     * The caption of the table a cell belongs to ("单位：人民币元/台/年", "Amounts in USD per server per
     * year"): the short paragraph right above the table's header row, or -1.
     */
    int tableCaptionSegment(const TextUnit &cell) const;
    /**
     * The labels left of a value cell: the row label and any label cells after it ("报价说明： | 报价合计（三年） |
     * ¥972,000", "B 类设备 | 一级故障二级故障 | 30 分钟 1 小时"), joined by spaces.
     */
    QString labelsLeftOf(const TextUnit &cell) const;
    /** Evidence for the normalised range [from, to) of a segment: exact quote, page, box. */
    Evidence evidence(int segment, int from, int to) const;
    /** All normalised text, segments separated by newlines (for document-level conditions). */
    const QString &fullText() const { return m_fullText; }
    /**
     * The full text without the other party's words (a buyer's requirements quoted in a compliance matrix, an
     * e-mail's quoted questions), blanked so that positions and line breaks stay: what the vendor itself says.
     */
    const QString &vendorText() const { return m_vendorText.isNull() ? m_fullText : m_vendorText; }
    /**
     * True when the document also writes name as a company ("Halvorsen Compute, Inc."): a word before a
     * parts store that is the vendor, not a place. Answered once per name (extractors ask from several
     * threads).
     */
    bool namesOrganisation(const QString &name) const;
    bool hasChinese() const { return m_hasChinese; }
    bool hasEnglish() const { return m_hasEnglish; }

    /**
     * All units' texts joined with newlines, so one regex pass over the document finds every unit a
     * pattern can match (much cheaper than matching unit by unit); unitAt maps a position back.
     */
    const QString &joinedUnits() const { return m_joined; }
    /** The unit containing position at of joinedUnits(), or -1 for a separator. */
    int unitAt(int at) const;
    /** Start of a unit's text in joinedUnits(). */
    int unitOffset(int unit) const { return m_unitOffsets.at(unit); }
    /** The units a pattern matches somewhere in (sorted, unique). */
    QList<int> unitsMatching(const QRegularExpression &pattern) const;
    /** joinedUnits() case-folded character by character (LiteralPrefilter::fold). */
    const QString &joinedUnitsFolded() const { return m_joinedFolded; }
    /**
     * A unit's text case-folded (for gatedMatch). For a unit of units() a view into
     * joinedUnitsFolded(); for any other, a copy kept per thread until the next call.
     */
    QStringView foldedUnitText(const TextUnit &unit) const;
    /**
     * Options for matching joinedUnits() or fullText(): both are checked for valid UTF-16 once here,
     * so whole-document matches skip PCRE's own check (it costs more than the scan itself).
     */
    QRegularExpression::MatchOptions documentMatchOptions() const { return m_documentMatchOptions; }

    /**
     * The paragraphs (at most two, same section, no heading) right before the table that rowSegment
     * belongs to, nearest first: "The table below shows the time within which ..." says what a bare
     * "4 hours" in the table is. For a table nested in another's cell, the row holding it.
     */
    QList<int> introductionOf(int rowSegment) const;
    /**
     * For a list item set as a paragraph of its own ("- 操作系统…的故障处理。"), the paragraph that leads the
     * list when it ends with a colon ("以下情况不在服务范围内："); empty otherwise.
     */
    QString listLeadIn(int segment) const { return m_listLeadIns.value(segment); }

    /** Sentence ranges of a normalised text (split at 。；; and at ". " between sentences). */
    static QList<QPair<int, int>> sentences(const QString &text, int from, int to);

private:
    void blankOthersWords();
    QHash<int, QString> m_listLeadIns;   // list item paragraph -> the lead-in ending with a colon
    QHash<int, QString> m_listLeadTiers; // list item paragraph -> the one tier its lead-in names
    void findListLeadIns();
    mutable QMutex m_organisationsMutex;
    mutable QHash<QString, bool> m_organisations;
    /** unitsMatching by PCRE alone. */
    QList<int> unitsMatchingRegex(const QRegularExpression &pattern) const;
    /** found (sorted units) joined with the units where one of scan's prefixed branches starts. */
    QList<int> unitsMatchingPrefixed(const LiteralScan &scan, const QList<int> &found) const;
    void findHeadings();
    void buildUnits();
    /** Where a tier's label ("B类：") opens a part of the text in [from, to), after its start. */
    QList<int> tierLabelStarts(const QString &text, int from, int to) const;
    /** True when segment s is a row of table's body (not its header). */
    bool isBodyRowOf(int s, int table) const;
    /** The tier of a cell merged down beside rowSegment, which has no first-column cell of its own. */
    QString tierOfSpanningCell(int rowSegment) const;
    /** The tier a paragraph right before the table of rowSegment assigns it ("生产系统按下表执行"). */
    QString tierIntroducingTable(int rowSegment) const;
    QString tierOfSectionRow(const PreparedSegment &row) const;
    /** The one priority a row holding nothing but it names ("Severity 1 |  |"), for the rows below it. */
    QStringList priorityOfSectionRow(const PreparedSegment &row) const;
    /** A priority line between two rows of one table (a PDF row spanning it), for the rows after it. */
    QStringList priorityOfSpanningParagraph(int rowSegment) const;
    /** The priority of a fault-level cell merged down the left ("一级故障" centred beside "电话响应 / 工程师到场 /
     * 故障修复") for a row without a first-column cell; empty when the table has no such column. */
    QStringList priorityOfSpanningCell(int rowSegment, const PreparedSegment *header) const;
    /** The tier a bare letter names under an abbreviated plan column: "A" under "Opt" is "Option A". */
    QString tierOfLetteredRow(const QString &columnHeader, const QString &label) const;

    QList<PreparedSegment> m_segments;
    TierContext m_tiers;
    QList<TextUnit> m_units;
    QString m_joined;
    QString m_joinedFolded;
    QList<int> m_unitOffsets;
    QString m_fullText;
    QString m_vendorText; ///< null when the document quotes no one else
    QRegularExpression::MatchOptions m_documentMatchOptions = QRegularExpression::NoMatchOption;
    bool m_hasChinese = false;
    bool m_hasEnglish = false;
};

} // namespace tw::analysis
