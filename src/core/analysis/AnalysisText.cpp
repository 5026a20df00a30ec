#include "AnalysisText.h"

#include "TimeTermExtractor.h"

#include "core/text/CjkText.h"

#include "CheckedOptions.h"
#include "DurationParser.h"
#include "ItemBlocks.h"
#include "LiteralPrefilter.h"
#include "LiteralScan.h"
#include "MetricRows.h"
#include "NumberedHeading.h"
#include "ParallelTasks.h"
#include "PriorityParser.h"
#include "QuotedRequirements.h"
#include "SegmentBuilder.h"
#include "SupersededWording.h"
#include "TableCaption.h"
#include "TermExtractor.h"
#include "TierLearning.h"

#include <QRegularExpression>

#include <algorithm>
#include <cstdio>
#include <functional>
#include <iterator>

namespace tw::analysis {

namespace {

// The priority a cell numbers on its own ("2", "1 (Critical)", "第1级"), as "P2", or nothing.
QStringList numberedPriority(const QString &label)
{
    const int level = PriorityParser::levelNumber(label);
    return level >= 1 && level <= 4 ? QStringList{QStringLiteral("P") + QString::number(level)} : QStringList();
}

// The normalised text of a row's i-th cell.
QString cellTextOf(const PreparedSegment &row, int i)
{
    return row.norm.text.mid(row.cells.at(i).first, row.cells.at(i).second - row.cells.at(i).first);
}

// A footnote number glued to the end of a cell ("Business Hours1", "4 hours3", "Included6", as a
// superscript reads in extracted text) is blanked, so the cell reads as its words; a name with a
// number ("Tier2", "Level1", "RAID5") keeps it. Same length: the evidence mapping stays right.
void blankFootnoteMarkers(PreparedSegment *prepared)
{
    static const QRegularExpression marker(QStringLiteral(R"((?<![\w])([A-Za-z]?[a-z]{2,})(\d)\s*$)"));
    static const QRegularExpression nameWord(
        QStringLiteral(R"(^(?:level|tier|class|severity|sev|priority|pri|category|cat|group|band|gen|plan|option|site|)"
                       R"(zone|region|phase|stage|step|type|pack|package|model|node|rack|slot|bay|line|item|no)$)"),
        QRegularExpression::CaseInsensitiveOption);
    QString &text = prepared->norm.text;
    for (const auto &cell : std::as_const(prepared->cells)) {
        // Cheap first: the cell must end with a digit right after a lower-case letter.
        int last = cell.second - 1;
        while (last > cell.first && text.at(last).isSpace())
            --last;
        if (last <= cell.first || !text.at(last).isDigit() || !text.at(last - 1).isLower())
            continue;
        const auto m = marker.match(QStringView(text).mid(cell.first, cell.second - cell.first));
        if (m.hasMatch() && !nameWord.match(m.captured(1)).hasMatch())
            text[cell.first + int(m.capturedStart(2))] = QLatin1Char(' ');
    }
}

// Normalised text, table cells and scripts of one segment.
void prepare(const TextSegment &segment, PreparedSegment *prepared)
{
    prepared->source = segment;
    prepared->norm = Normalizer::normalize(segment.text);
    blankSupersededWording(prepared->norm.text);
    if (segment.kind == TextSegment::Kind::TableRow) {
        int start = 0;
        const QString &text = prepared->norm.text;
        for (int i = 0; i <= text.size(); ++i) {
            if (i == text.size() || text.at(i) == QLatin1Char('\t')) {
                prepared->cells << qMakePair(start, i);
                start = i + 1;
            }
        }
        blankFootnoteMarkers(prepared);
    }
    for (QChar c : prepared->norm.text) {
        if (isHanCharacter(c))
            prepared->hasChinese = true;
        else if (c.isLetter() && c.unicode() < 0x250)
            prepared->hasEnglish = true;
    }
}

void dumpSegmentsTo(FILE *out, const QList<TextSegment> &segments)
{
    for (const TextSegment &segment : segments) {
        const QString where = segment.kind == TextSegment::Kind::TableRow
                                  ? QStringLiteral("p%1 t%2.r%3").arg(segment.page).arg(segment.table).arg(segment.row)
                                  : QStringLiteral("p%1 para").arg(segment.page);
        QString text = segment.text;
        text.replace(QLatin1Char('\t'), QStringLiteral(" | "));
        std::fprintf(out, "%s: %s\n", qPrintable(where), qPrintable(text));
    }
}

// The title of a product catalogue's entry, after its code: "CRV-CC-24X7-4H - Corvane Critical Care 24x7x4"
// gives "Corvane Critical Care 24x7x4"; any other line gives nothing.
QString catalogueTitle(const QString &text)
{
    static const QRegularExpression entry(
        QStringLiteral(R"(^\s*[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)+\s+[-–—]\s+(\S.{2,70})$)"));
    const auto m = entry.match(text);
    return m.hasMatch() ? m.captured(1).trimmed() : QString();
}

} // namespace

bool holdsFirstCellOnly(const PreparedSegment &row)
{
    if (row.cells.size() < 2)
        return false;
    for (int i = 1; i < row.cells.size(); ++i) {
        if (!cellTextOf(row, i).trimmed().isEmpty())
            return false;
    }
    return true;
}

AnalysisText::AnalysisText(const Document &document)
{
    const QList<TextSegment> segments = SegmentBuilder::build(document);
    // For whoever reads a document's misses: how its lines were grouped into paragraphs and table rows.
    static const bool dumpSegments = qEnvironmentVariableIsSet("TW_DUMP_SEGMENTS");
    if (dumpSegments)
        dumpSegmentsTo(stderr, segments);
    // Segments are normalised independently, on the cores; the document-wide parts follow in order.
    m_segments.resize(segments.size());
    PreparedSegment *prepared = m_segments.data();
    const int count = int(segments.size());
    const int chunks = qMin(count, 32);
    ParallelTasks::run(chunks, [&](int chunk) {
        for (int s = ParallelTasks::chunkBound(count, chunks, chunk);
             s < ParallelTasks::chunkBound(count, chunks, chunk + 1); ++s)
            prepare(segments.at(s), &prepared[s]);
    });
    blankUncheckedOptions(&m_segments);
    qsizetype fullSize = 0;
    for (const PreparedSegment &segment : std::as_const(m_segments))
        fullSize += segment.norm.text.size() + 1;
    m_fullText.reserve(fullSize);
    for (const PreparedSegment &segment : std::as_const(m_segments)) {
        m_hasChinese = m_hasChinese || segment.hasChinese;
        m_hasEnglish = m_hasEnglish || segment.hasEnglish;
        m_fullText += segment.norm.text;
        m_fullText += QLatin1Char('\n');
    }
    learnTiers(m_segments, m_fullText, &m_tiers);
    findHeadings();
    markQuotedRequirements(&m_segments);
    findListLeadIns();
    buildUnits();
    static const bool dumpUnits = qEnvironmentVariableIsSet("TW_DUMP_UNITS");
    qsizetype joinedSize = 0;
    for (const TextUnit &unit : std::as_const(m_units))
        joinedSize += unit.end - unit.start + 1;
    m_joined.reserve(joinedSize);
    m_unitOffsets.reserve(m_units.size());
    for (TextUnit &unit : m_units) {
        unit.text = m_segments.at(unit.segment).norm.text.mid(unit.start, unit.end - unit.start);
        if (dumpUnits)
            std::fprintf(stderr, "unit%s s%d c%d [%s] {%s} label=[%s] header=[%s]: %s\n", unit.buyerText ? "(B)" : "",
                         unit.segment, unit.cell, qPrintable(unit.tier),
                         qPrintable(unit.priorities.join(QLatin1Char(','))), qPrintable(unit.rowLabel),
                         qPrintable(unit.columnHeader), qPrintable(unit.text));
        m_unitOffsets << int(m_joined.size());
        m_joined += unit.text;
        m_joined += QLatin1Char('\n');
    }
    blankOthersWords();
    m_joinedFolded = QString(m_joined.size(), Qt::Uninitialized);
    for (qsizetype i = 0; i < m_joined.size(); ++i)
        m_joinedFolded[i] = QChar(LiteralPrefilter::fold(m_joined.at(i).unicode()));
    if (m_joined.isValidUtf16() && m_fullText.isValidUtf16())
        m_documentMatchOptions = QRegularExpression::DontCheckSubjectStringMatchOption;
}

void AnalysisText::blankOthersWords()
{
    if (std::none_of(m_units.cbegin(), m_units.cend(), [](const TextUnit &unit) { return unit.buyerText; }))
        return;
    // Where each segment starts in the full text (segments are joined by a line break).
    QList<qsizetype> segmentStart;
    segmentStart.reserve(m_segments.size());
    qsizetype at = 0;
    for (const PreparedSegment &segment : std::as_const(m_segments)) {
        segmentStart << at;
        at += segment.norm.text.size() + 1;
    }
    m_vendorText = m_fullText;
    for (const TextUnit &unit : std::as_const(m_units)) {
        if (!unit.buyerText)
            continue;
        const qsizetype from = segmentStart.at(unit.segment) + unit.start;
        for (qsizetype i = from; i < from + (unit.end - unit.start) && i < m_vendorText.size(); ++i) {
            if (m_vendorText.at(i) != QLatin1Char('\n'))
                m_vendorText[i] = QLatin1Char(' ');
        }
    }
}

int AnalysisText::unitAt(int at) const
{
    const auto it = std::upper_bound(m_unitOffsets.cbegin(), m_unitOffsets.cend(), at);
    if (it == m_unitOffsets.cbegin())
        return -1;
    const int unit = int(it - m_unitOffsets.cbegin()) - 1;
    const int end = m_unitOffsets.at(unit) + (m_units.at(unit).end - m_units.at(unit).start);
    return at < end ? unit : -1;
}

QList<int> AnalysisText::unitsMatching(const QRegularExpression &pattern) const
{
    const LiteralScan &scan = LiteralScan::of(pattern);
    if (!scan.isSplit())
        return unitsMatchingRegex(pattern);
    // Literal branches by a direct search, branches that start with literal text by PCRE where the
    // text is, the rest by PCRE everywhere; a unit matches if any of them finds it.
    QList<int> byLiteral;
    qsizetype from = 0;
    while ((from = scan.nextLiteral(m_joinedFolded, from)) >= 0) {
        const int unit = unitAt(int(from));
        if (unit < 0) { // a separator: literals never start with one
            ++from;
            continue;
        }
        byLiteral << unit;
        from = unit + 1 < m_unitOffsets.size() ? m_unitOffsets.at(unit + 1) : m_joined.size();
    }
    if (scan.hasPrefixed())
        byLiteral = unitsMatchingPrefixed(scan, byLiteral);
    if (!scan.hasRest())
        return byLiteral;
    const QList<int> byRegex = unitsMatchingRegex(scan.rest());
    QList<int> units;
    units.reserve(byLiteral.size() + byRegex.size());
    std::set_union(byLiteral.cbegin(), byLiteral.cend(), byRegex.cbegin(), byRegex.cend(), std::back_inserter(units));
    return units;
}

QList<int> AnalysisText::unitsMatchingPrefixed(const LiteralScan &scan, const QList<int> &found) const
{
    QList<int> units;
    units.reserve(found.size());
    auto known = found.cbegin();
    qsizetype from = 0;
    while ((from = scan.prefixScan().nextLiteral(m_joinedFolded, from)) >= 0) {
        const int unit = unitAt(int(from));
        if (unit < 0) {
            ++from;
            continue;
        }
        while (known != found.cend() && *known < unit)
            units << *known++;
        // A unit already found needs no check; otherwise the branches are tried anchored here.
        const bool already = known != found.cend() && *known == unit;
        if (!already && !scan.prefixed()
                             .match(m_joined, from, QRegularExpression::NormalMatch,
                                    m_documentMatchOptions | QRegularExpression::AnchorAtOffsetMatchOption)
                             .hasMatch()) {
            ++from;
            continue;
        }
        if (!already)
            units << unit;
        from = unit + 1 < m_unitOffsets.size() ? m_unitOffsets.at(unit + 1) : m_joined.size();
    }
    while (known != found.cend())
        units << *known++;
    return units;
}

QList<int> AnalysisText::unitsMatchingRegex(const QRegularExpression &pattern) const
{
    QList<int> units;
    // Only the first match in a unit matters: the search resumes at the start of the next unit.
    qsizetype from = 0;
    while (from < m_joined.size()) {
        const auto m = pattern.match(m_joined, from, QRegularExpression::NormalMatch, m_documentMatchOptions);
        if (!m.hasMatch())
            break;
        const int at = int(m.capturedStart());
        const int unit = unitAt(at);
        if (unit < 0) { // a match that starts on a separator: the unit after it may match on its own
            from = qsizetype(at) + 1;
            continue;
        }
        units << unit;
        from = unit + 1 < m_unitOffsets.size() ? m_unitOffsets.at(unit + 1) : m_joined.size();
    }
    return units;
}

QStringView AnalysisText::foldedUnitText(const TextUnit &unit) const
{
    const TextUnit *begin = m_units.constData();
    const std::less<const TextUnit *> before;
    if (!before(&unit, begin) && before(&unit, begin + m_units.size()))
        return QStringView(m_joinedFolded).mid(m_unitOffsets.at(&unit - begin), unit.end - unit.start);
    thread_local QString folded;
    folded = unitText(unit);
    for (qsizetype i = 0; i < folded.size(); ++i)
        folded[i] = QChar(LiteralPrefilter::fold(folded.at(i).unicode()));
    return folded;
}

QString AnalysisText::unitText(const TextUnit &unit) const
{
    // Every unit of units() carries its text; only a unit built elsewhere needs cutting out.
    if (unit.text.size() == unit.end - unit.start && !unit.text.isNull())
        return unit.text;
    return m_segments.at(unit.segment).norm.text.mid(unit.start, unit.end - unit.start);
}

bool AnalysisText::endsWithQuestionMark(QStringView text)
{
    QStringView bare = text.trimmed();
    while (bare.endsWith(QLatin1Char('*')) || bare.endsWith(QLatin1Char('_')))
        bare.chop(1);
    return bare.endsWith(QLatin1Char('?')) || bare.endsWith(QChar(0xFF1F));
}

QPair<int, int> AnalysisText::unitsOfSegment(int segment) const
{
    // Units are in document order, so a segment's units are one run.
    const auto bySegment = [](const TextUnit &u, int wanted) { return u.segment < wanted; };
    const auto first = std::lower_bound(m_units.cbegin(), m_units.cend(), segment, bySegment);
    auto end = first;
    while (end != m_units.cend() && end->segment == segment)
        ++end;
    return qMakePair(int(first - m_units.cbegin()), int(end - m_units.cbegin()));
}

QString AnalysisText::labelsLeftOf(const TextUnit &cell) const
{
    QString labels = cell.rowLabel;
    const PreparedSegment &segment = m_segments.at(cell.segment);
    for (int i = 1; i < cell.cell && i < segment.cells.size(); ++i) {
        const auto &range = segment.cells.at(i);
        labels += QLatin1Char(' ') + segment.norm.text.mid(range.first, range.second - range.first);
    }
    return labels;
}

int AnalysisText::tableCaptionSegment(const TextUnit &cell) const
{
    const int header = m_segments.at(cell.segment).source.headerSegment;
    if (header <= 0 || header >= m_segments.size())
        return -1;
    const PreparedSegment &before = m_segments.at(header - 1);
    if (before.source.kind != TextSegment::Kind::Paragraph || before.norm.text.size() > 120)
        return -1;
    return header - 1;
}

void AnalysisText::findHeadings()
{
    // Unnumbered plan titles rank below every numbered heading.
    constexpr int kUnnumberedTitle = 100;
    QString tier;
    int tierLevel = 0;
    int section = 0;
    QString title;
    int page = 0;
    for (PreparedSegment &segment : m_segments) {
        const QString &text = segment.norm.text;
        const bool firstOnPage = segment.source.page != page;
        page = segment.source.page;
        // (A line labelling a level may run longer: "Service Level: Critical – production clinical systems (Epic
        // ODB, PACS, SQL Server clusters), 28 servers".)
        if (segment.source.kind == TextSegment::Kind::Paragraph &&
            (text.size() <= 90 || (text.size() <= 160 && !TierContext::labelledLevel(text).isEmpty()))) {
            const auto m = numberedHeading().match(text);
            const QChar last = text.trimmed().isEmpty() ? QChar() : text.trimmed().back();
            const bool closed =
                QStringLiteral("。;；,，").contains(last) || (last == QLatin1Char('.') && text.size() > 40);
            // An unnumbered title that opens with a plan ("TasmanCare Plus – for your production
            // servers") speaks for the paragraphs under it, until a numbered heading, another plan's
            // title or a title about every plan ("Included in both plans").
            static const QRegularExpression everyPlan(
                QStringLiteral(
                    R"(\b(?:both|all|every|each) (?:[\w-]+ ){0,2}(?:plans?|tiers?|levels?|options?|services?|offerings?|bundles?)\b|所有|全部|各(?:级|类|种)|通用|共同|均包含)"),
                QRegularExpression::CaseInsensitiveOption);
            static const QRegularExpression listItem(
                QStringLiteral(R"(^\s*(?:[•·*–▪-]|\d+[.)、]|[a-z][.)]|\(\w{1,3}\)))"));
            const bool titleLike = !m.hasMatch() && text.size() <= 80 && !closed && last != QLatin1Char(':') &&
                                   last != QChar(0xFF1A) && last != QLatin1Char('.') &&
                                   !listItem.match(text).hasMatch();
            // "A类：" or "Gold plan:" alone on its line leads the lines under it.
            // So does a list item that is nothing but a tier's name: "(a) Premier:" over "(i) Severity 1: 30
            // minutes;".
            // So does a bullet that is a tier's name and its size: "• Critical Systems (Tier 1) – 14 servers" over
            // "• Coverage: …", "• P1: 15 minutes" (in Markdown: "- **Tier 1 – Core Banking**" over its sub-items).
            static const QRegularExpression bulletTier(
                QStringLiteral(
                    R"(^\s*[•·*▪-]\s*(?:\*\*|__)?([^:：,，;；.。*_]{2,60}?)(?:\*\*|__)?(?:\s*[-–—]\s*\d+\s*(?:servers?|units?|devices?|台))?\s*$)"),
                QRegularExpression::CaseInsensitiveOption);
            const auto bullet = bulletTier.match(text);
            const bool tierBullet = bullet.hasMatch() && !m_tiers.tierIn(bullet.captured(1)).isEmpty() &&
                                    m_tiers.mentionedWithin(bullet.captured(1), m_tiers.tierIn(bullet.captured(1)), 3);
            // So does a short list item opening with a tier right over a table: "（1）A类设备服务时间：7×24 小时" over
            // the grid of its times.
            const qsizetype index = &segment - m_segments.data();
            const bool leadsIntoTable = !m.hasMatch() && text.size() <= 40 && listItem.match(text).hasMatch() &&
                                        index + 1 < m_segments.size() &&
                                        m_segments.at(index + 1).source.kind == TextSegment::Kind::TableRow;
            const bool tierLead =
                tierBullet || leadsIntoTable ||
                (!m.hasMatch() && text.size() <= 30 && (last == QLatin1Char(':') || last == QChar(0xFF1A)) &&
                 (!listItem.match(text).hasMatch() || m_tiers.tierIn(text).size() + 8 >= text.trimmed().size()));
            // A FAQ's question ("**Q5：标准服务包有没有修复时限？**") is no plan's title: its answer is one
            // paragraph, and the next question speaks for none.
            const bool question = endsWithQuestionMark(text);
            static const QRegularExpression blockTitle(QStringLiteral(R"(^\s*【[^】]{1,20}】\s*$)"));
            static const QRegularExpression tableCaption(
                QStringLiteral(R"(^\s*(?:表|附表|Table)\s*[0-9一二三四五六七八九十]+(?:[-.]\d+)?\s*(?:[-–—:：]|$))"),
                QRegularExpression::CaseInsensitiveOption);
            // A section line labelling a level ("Service Level: Critical — production systems, 28 servers")
            // speaks for the lines under it, however long it is.
            // ... and so does the name line of an item block ("物料名称：服务器维保服务-核心业务").
            QString labelled = TierContext::labelledLevel(text);
            if (labelled.isEmpty())
                labelled = itemBlockName(text);
            const QString labelledTier = labelled.isEmpty() ? QString() : m_tiers.tierIn(labelled);
            if (!labelledTier.isEmpty()) {
                tier = labelledTier;
                tierLevel = kUnnumberedTitle;
            } else if (tierLevel == kUnnumberedTitle && blockTitle.match(text).hasMatch() &&
                       m_tiers.tierIn(text).isEmpty()) {
                tier.clear(); // a form's next block of fields ("【报价汇总】") is no plan's
                tierLevel = 0;
            } else if (tierLevel == kUnnumberedTitle && tableCaption.match(text).hasMatch() &&
                       m_tiers.tierIn(text).isEmpty()) {
                tier.clear(); // "Table 2 – Add-on Services" after the plans' group rows of Table 1
                tierLevel = 0;
            } else if (question && tierLevel == kUnnumberedTitle) {
                tier.clear();
                tierLevel = 0;
            } else if (const QString product = catalogueTitle(text); titleLike && !product.isEmpty()) {
                // A product catalogue's entry ("CRV-CC-24X7-4H - Corvane Critical Care 24x7x4") speaks for the
                // bullets under it: its plan (the brand may come first), or none for another product.
                const QString named = m_tiers.tierIn(product);
                const qsizetype brandEnd = product.indexOf(QLatin1Char(' '));
                if (!named.isEmpty() &&
                    (m_tiers.mentionedWithin(product, named, 2) ||
                     (brandEnd > 0 && m_tiers.mentionedWithin(product.mid(brandEnd + 1), named, 2)))) {
                    tier = named;
                    tierLevel = kUnnumberedTitle;
                } else if (tierLevel == kUnnumberedTitle) {
                    tier.clear();
                    tierLevel = 0;
                }
            } else if (titleLike || tierLead) {
                const QString named = m_tiers.tierIn(text);
                if (!named.isEmpty() && m_tiers.mentionedWithin(text, named, 2)) {
                    tier = named;
                    tierLevel = kUnnumberedTitle;
                } else if (tierLevel == kUnnumberedTitle && firstOnPage && named.isEmpty() && titleLike) {
                    // A slide's title (the first line of its page) naming no plan: the plan slide has ended.
                    tier.clear();
                    tierLevel = 0;
                } else if (tierLevel == kUnnumberedTitle && everyPlan.match(text).hasMatch()) {
                    tier.clear();
                    tierLevel = 0;
                }
            }
            if (m.hasMatch() && !closed) {
                segment.heading = true;
                segment.headingLevel = headingLevel(m);
                ++section;
                title = text;
                const QString named = m_tiers.tierIn(text);
                if (!named.isEmpty()) {
                    tier = named;
                    tierLevel = segment.headingLevel;
                } else if (segment.headingLevel <= tierLevel || tierLevel == 0) {
                    tier.clear();
                    tierLevel = 0;
                }
            }
        }
        // A run-in heading opens a section too: "3. Incident Response. The TAC will respond …" (the clause's
        // title, then its text in the same paragraph), as legal terms set their clauses. It names the kind
        // of time the section lists; the tier in force stays.
        static const QRegularExpression runIn(QStringLiteral(
            R"(^\s*(\d{1,2}(?:\.\d{1,2})?\.?)\s+([A-Z][A-Za-z-]*(?:\s+(?:[A-Z][A-Za-z-]*|and|of|the|for|to|in|&)){0,5})\.\s+[A-Z(])"));
        if (segment.source.kind == TextSegment::Kind::Paragraph && !segment.heading && text.size() > 40) {
            const auto r = runIn.match(text);
            if (r.hasMatch() && TimeTermExtractor::kindOf(r.captured(2)) != TimeTermExtractor::Kind::None) {
                ++section;
                title = r.captured(0).chopped(1).trimmed();
            }
        }
        segment.section = section;
        segment.sectionTitle = title;
        segment.tier = tier;
    }
}

QList<QPair<int, int>> AnalysisText::sentences(const QString &text, int from, int to)
{
    QList<QPair<int, int>> result;
    int start = from;
    auto push = [&](int end) {
        int s = start;
        while (s < end && text.at(s).isSpace())
            ++s;
        if (end > s)
            result << qMakePair(s, end);
        start = end;
    };
    for (int i = from; i < to; ++i) {
        const QChar c = text.at(i);
        if (c == QChar(0x3002) || c == QLatin1Char(';') || c == QLatin1Char('!') || c == QLatin1Char('?') ||
            c == QLatin1Char('\n')) {
            push(i + 1);
        } else if ((c == QChar(0x2022) || c == QChar(0x25CF) || c == QChar(0x25A0)) && i > start &&
                   text.at(i - 1).isSpace()) {
            // A bullet run on into the line before it ("… 不在服务范围内 • 昆山灾备中心…") starts a sentence of its
            // own.
            push(i);
        } else if (c == QLatin1Char('.') && i + 1 < to && text.at(i + 1) == QLatin1Char(' ')) {
            // Not after an abbreviation or a lone number ("Co. Ltd", "No. 5", "e.g. ", "5. ").
            int w = i;
            while (w > from && text.at(w - 1).isLetterOrNumber())
                --w;
            const QString word = text.mid(w, i - w).toLower();
            static const QStringList abbreviations = {
                QStringLiteral("co"),  QStringLiteral("ltd"), QStringLiteral("inc"),  QStringLiteral("no"),
                QStringLiteral("e.g"), QStringLiteral("i.e"), QStringLiteral("g"),    QStringLiteral("e"),
                QStringLiteral("mr"),  QStringLiteral("ms"),  QStringLiteral("dr"),   QStringLiteral("vs"),
                QStringLiteral("etc"), QStringLiteral("rev"), QStringLiteral("ref"),  QStringLiteral("approx"),
                QStringLiteral("rs"),  QStringLiteral("pvt"), QStringLiteral("st"),   QStringLiteral("sr"),
                QStringLiteral("nos"), QStringLiteral("qty"), QStringLiteral("excl"), QStringLiteral("incl"),
                QStringLiteral("exc"), QStringLiteral("max"), QStringLiteral("min"),  QStringLiteral("kr"),
                QStringLiteral("nu"),  QStringLiteral("bs"),  QStringLiteral("tk"),   QStringLiteral("rp"),
                QStringLiteral("afl"), QStringLiteral("naf")};
            // "SR-10. Next sentence": a number that ends a code still ends the sentence.
            bool number =
                !word.isEmpty() && !(w > from && (text.at(w - 1) == QLatin1Char('-') || text.at(w - 1).isLetter()));
            for (QChar ch : word)
                number = number && ch.isDigit();
            // A year ends a sentence ("… as of 12.05.2025. If the exchange rate …"), no item number does.
            const bool year = number && word.size() == 4 &&
                              (word.startsWith(QLatin1String("19")) || word.startsWith(QLatin1String("20"))) &&
                              i + 2 < to && text.at(i + 2).isUpper();
            number = number && !year;
            // A lone letter is an initial ("J. Smith"), unless it names a part of the document or a class:
            // "… cities listed in Appendix A. For Standard, …", "… selected by Party B. In such case, …".
            static const QRegularExpression lettered(
                QStringLiteral(
                    R"(\b(?:appendix|annex|annexure|schedule|exhibit|attachment|part|section|class|category|)"
                    R"(tier|zone|level|group|option|plan|table|figure|party)\s$)"),
                QRegularExpression::CaseInsensitiveOption);
            const bool letterEnds =
                word.size() == 1 && text.at(w).isUpper() && i + 2 < to && text.at(i + 2).isUpper() &&
                lettered.match(QStringView(text).mid(std::max(from, w - 12), w - std::max(from, w - 12))).hasMatch();
            // (Nor after a slash: the Peruvian sol's "S/. 185".)
            const bool slash = i > from && text.at(i - 1) == QLatin1Char('/');
            // (Nor after the Somali shilling's "Sh.So. 450,000".)
            const bool shilling =
                word == QLatin1String("so") && w >= from + 3 &&
                QStringView(text).mid(w - 3, 3).compare(QLatin1String("sh."), Qt::CaseInsensitive) == 0;
            if (!abbreviations.contains(word) && !number && !slash && !shilling && (word.size() != 1 || letterEnds))
                push(i + 1);
        }
    }
    push(to);
    return result;
}

// Severity scales named in words rank from the top: a table whose rows are 严重 / 重要 / 一般 has no
// 紧急 above 严重, so 严重 is its P1. Returns the priority per row label, by table.
static QHash<int, QHash<QString, QString>> wordSeverityRanks(const QList<PreparedSegment> &segments)
{
    // Scale positions, Chinese and English alike; only the order matters, the ranks are dense.
    static const QHash<QString, int> scale = {
        {QStringLiteral("紧急"), 0},     {QStringLiteral("严重"), 1},    {QStringLiteral("重要"), 2},
        {QStringLiteral("一般"), 3},     {QStringLiteral("普通"), 3},    {QStringLiteral("低"), 4},
        {QStringLiteral("较低"), 4},     {QStringLiteral("轻微"), 4},    {QStringLiteral("emergency"), 0},
        {QStringLiteral("critical"), 0}, {QStringLiteral("urgent"), 0},  {QStringLiteral("high"), 1},
        {QStringLiteral("major"), 1},    {QStringLiteral("serious"), 1}, {QStringLiteral("medium"), 3},
        {QStringLiteral("moderate"), 3}, {QStringLiteral("normal"), 3},  {QStringLiteral("low"), 4},
        {QStringLiteral("minor"), 4}};
    static const QRegularExpression word(
        QStringLiteral(
            R"(^\s*(紧急|严重|重要|一般|普通|较低|低|轻微)(?:故障|事件|问题|工单|报修|请求|级|类)?(?:响应(?:时间|时限)?|处理)?\s*$)"
            R"(|^\s*(emergency|critical|urgent|high|major|serious|medium|moderate|normal|low|minor)\s*$)"),
        QRegularExpression::CaseInsensitiveOption);
    // English severity words also name criticality classes of systems ("High | Medium | Low" under
    // "Server class"): those tables are tiers, not priorities.
    static const QRegularExpression tierColumn(
        QStringLiteral(R"(\b(?:tier|class|plan|criticality|service level|category)\b)"),
        QRegularExpression::CaseInsensitiveOption);
    QHash<int, QMap<int, QStringList>> levels; // table -> scale position -> row labels
    for (const PreparedSegment &segment : segments) {
        if (segment.source.kind != TextSegment::Kind::TableRow || segment.cells.isEmpty())
            continue;
        const QString label = segment.norm.text.left(segment.cells.first().second).trimmed();
        const auto m = word.match(label);
        if (!m.hasMatch())
            continue;
        // ... as do 重要 / 一般 under "设备等级" (a class of equipment, not of faults).
        static const QRegularExpression equipmentClassColumn(
            QStringLiteral(R"((?:设备|系统|业务|服务器|资产)(?:等级|级别|类别|分类|重要性|重要程度))"));
        const int header = segment.source.headerSegment;
        if (header >= 0 && header < segments.size() && !segments.at(header).cells.isEmpty()) {
            const PreparedSegment &h = segments.at(header);
            const QString headerLabel = h.norm.text.left(h.cells.first().second);
            if ((m.hasCaptured(2) && tierColumn.match(headerLabel).hasMatch()) ||
                (m.hasCaptured(1) && equipmentClassColumn.match(headerLabel).hasMatch()))
                continue;
        }
        const QString level = m.hasCaptured(1) ? m.captured(1) : m.captured(2).toLower();
        levels[segment.source.table][scale.value(level)] << label;
    }
    QHash<int, QHash<QString, QString>> ranks;
    for (auto it = levels.cbegin(); it != levels.cend(); ++it) {
        if (it.value().size() < 2)
            continue;
        int rank = 0;
        for (const QStringList &labels : it.value()) {
            ++rank;
            for (const QString &label : labels)
                ranks[it.key()].insert(label, QStringLiteral("P%1").arg(rank));
        }
    }
    return ranks;
}

QList<int> AnalysisText::introductionOf(int rowSegment) const
{
    // The paragraphs right before the table (at most two back, in the same section, no heading),
    // nearest first; for a nested table, the row holding it.
    const int table = m_segments.at(rowSegment).source.table;
    int s = rowSegment;
    while (s > 0 && m_segments.at(s - 1).source.kind == TextSegment::Kind::TableRow &&
           m_segments.at(s - 1).source.table == table)
        --s;
    QList<int> paragraphs;
    // A table inside another's cell is introduced by the row holding it ("State response times for all
    // severities and tiers." over "Severity | Tier 1 | Tier 2").
    if (m_segments.at(s).source.enclosingRow >= 0) {
        paragraphs << m_segments.at(s).source.enclosingRow;
        return paragraphs;
    }
    for (int back = s - 1; back >= 0 && back >= s - 2; --back) {
        const PreparedSegment &before = m_segments.at(back);
        if (before.source.kind != TextSegment::Kind::Paragraph || before.heading ||
            before.section != m_segments.at(rowSegment).section)
            break;
        paragraphs << back;
    }
    return paragraphs;
}

bool AnalysisText::namesOrganisation(const QString &name) const
{
    if (name.isEmpty() || name.at(0).unicode() >= 0x80)
        return false;
    {
        const QMutexLocker lock(&m_organisationsMutex);
        const auto known = m_organisations.constFind(name);
        if (known != m_organisations.cend())
            return known.value();
    }
    const QRegularExpression company(
        QStringLiteral(R"(\b%1 (?:Inc|Ltd|LLC|Corp|Limited|Pty|GmbH|Compute|Computing|Systems|Technologies|)"
                       R"(Technology|Solutions|Group|Holdings)\b)")
            .arg(QRegularExpression::escape(name)));
    const bool found = company.match(m_fullText).hasMatch();
    const QMutexLocker lock(&m_organisationsMutex);
    m_organisations.insert(name, found);
    return found;
}

void AnalysisText::findListLeadIns()
{
    // One pass: a paragraph ending with a colon leads the list items set as paragraphs after it.
    // (An item may open with its priority instead of a mark: "Priority 1 — twelve (12) hours;".)
    static const QRegularExpression listItem(
        QStringLiteral(
            R"(^\s*(?:[-•·*–▪]\s|\d{1,2}[.)、]\s*|[a-z][.)]\s|[(（]\s*\w{1,3}\s*[)）]|(?:priority|severity|sev|P)\s*\d\s*[-–—:：]|[一二三四1-4]\s*级(?:故障)?\s*[:：]))"),
        QRegularExpression::CaseInsensitiveOption);
    QString lead;
    QString leadTier; // the one tier the whole lead-in names
    int leadSection = -1;
    int items = 0;
    for (int s = 0; s < m_segments.size(); ++s) {
        const PreparedSegment &p = m_segments.at(s);
        if (p.source.kind != TextSegment::Kind::Paragraph) {
            lead.clear();
            continue;
        }
        const QString text = p.norm.text.trimmed();
        const bool leads = text.endsWith(QLatin1Char(':')) || text.endsWith(QChar(0xFF1A));
        // (An item that ends with a colon leads the items after it: a nested list flattened, "• On-site
        // attendance:" after "• P4: Next Business Day".)
        if (!p.heading && !lead.isEmpty() && p.section == leadSection && items < 12 &&
            listItem.match(p.norm.text).hasMatch() && !leads) {
            m_listLeadIns.insert(s, lead);
            if (!leadTier.isEmpty())
                m_listLeadTiers.insert(s, leadTier);
            ++items;
            continue;
        }
        lead = leads ? text.right(60) : QString();
        leadTier = leads ? m_tiers.tierIn(text) : QString();
        leadSection = p.section;
        items = 0;
    }
}

bool AnalysisText::isBodyRowOf(int s, int table) const
{
    return s >= 0 && s < m_segments.size() && m_segments.at(s).source.kind == TextSegment::Kind::TableRow &&
           m_segments.at(s).source.table == table && m_segments.at(s).source.row > 0;
}

QString AnalysisText::tierOfSpanningCell(int rowSegment) const
{
    // A tier cell merged down several rows is printed once, beside them: a row without a first-column cell
    // belongs to a row of its table that has one.
    const TextSegment &row = m_segments.at(rowSegment).source;
    const auto inTable = [&](int s) { return isBodyRowOf(s, row.table); };
    const auto tierCell = [&](int s) {
        const PreparedSegment &other = m_segments.at(s);
        if (other.cells.isEmpty() || other.source.columns.value(0, 0) != 0)
            return QString();
        return m_tiers.tierIn(
            other.norm.text.mid(other.cells.first().first, other.cells.first().second - other.cells.first().first));
    };
    // Rows listing the priorities of each tier in turn ("Priority 1", "Priority 2", "Priority 3", then the next
    // tier's "Priority 1"): the tier is the one whose run of rising priorities the row is in, wherever its cell
    // is printed (at the top of its rows or centred beside them).
    // (Or numbered under a "Priority" column: "1 (Critical)", beside the tier's cell in the group's first row.)
    const auto levelOf = [&](int s) {
        const PreparedSegment &other = m_segments.at(s);
        const QStringList named = PriorityParser::prioritiesOf(m_tiers.maskPriorityLikeNames(other.norm.text));
        if (named.size() == 1)
            return named.first().mid(1).toInt();
        const int key = other.source.columns.value(0, 0) == 0 && !tierCell(s).isEmpty() ? 1 : 0;
        if (key >= other.cells.size() || other.source.columns.value(key, key) > 1)
            return 0;
        return PriorityParser::levelNumber(cellTextOf(other, key));
    };
    if (const int level = levelOf(rowSegment); level > 0) {
        for (int step : {-1, 1}) {
            int previous = level;
            for (int s = rowSegment + step; std::abs(s - rowSegment) <= 3 && inTable(s); s += step) {
                const int other = levelOf(s);
                if (other == 0 || (step < 0 ? other >= previous : other <= previous))
                    break;
                if (const QString named = tierCell(s); !named.isEmpty())
                    return named;
                previous = other;
            }
        }
    }
    // Otherwise a cell centred beside its rows: the nearest row that has one (the one above on a tie).
    for (int distance = 1; distance <= 3; ++distance) {
        for (int s : {rowSegment - distance, rowSegment + distance}) {
            if (!inTable(s))
                continue;
            if (const QString named = tierCell(s); !named.isEmpty())
                return named;
        }
    }
    return QString();
}

QStringList AnalysisText::priorityOfSpanningCell(int rowSegment, const PreparedSegment *header) const
{
    const PreparedSegment &row = m_segments.at(rowSegment);
    static const QRegularExpression priorityHeader(QStringLiteral(R"(故障等级|故障级别|severity|priority)"),
                                                   QRegularExpression::CaseInsensitiveOption);
    if (!header || header->cells.isEmpty() || row.source.columns.value(0, 0) == 0 ||
        !priorityHeader.match(cellTextOf(*header, 0)).hasMatch())
        return {};
    const auto inTable = [&](int s) { return isBodyRowOf(s, row.source.table); };
    const auto levelCell = [&](int s) {
        const PreparedSegment &other = m_segments.at(s);
        if (other.cells.isEmpty() || other.source.columns.value(0, 0) != 0)
            return QStringList();
        const QString label = cellTextOf(other, 0);
        QStringList named = PriorityParser::prioritiesOf(m_tiers.maskPriorityLikeNames(label));
        if (named.isEmpty())
            named = numberedPriority(label);
        return named.size() == 1 ? named : QStringList();
    };
    // A cell printed at the top of its rows leaves the rows under it bare; one centred beside them leaves bare the rows
    // above it too, the first body row among them: then each bare row goes with the nearest cell (the one above on a
    // tie), else with the cell above it.
    int first = rowSegment;
    while (inTable(first - 1))
        --first;
    const bool centred = levelCell(first).isEmpty();
    for (int distance = 1; distance <= 3; ++distance) {
        for (int s : {rowSegment - distance, rowSegment + distance}) {
            if (!inTable(s) || (!centred && s > rowSegment))
                continue;
            if (const QStringList named = levelCell(s); !named.isEmpty())
                return named;
            if (m_segments.at(s).source.columns.value(0, 0) == 0)
                break; // a first-column cell that names no level: not a table of levels down the left
        }
    }
    return {};
}

QString AnalysisText::tierOfLetteredRow(const QString &columnHeader, const QString &label) const
{
    static const QRegularExpression letter(QStringLiteral(R"(^\s*([A-Z]|\d{1,2})\s*$)"));
    const auto l = letter.match(label);
    QString head = columnHeader.trimmed();
    head.remove(QLatin1Char('.'));
    if (!l.hasMatch() || head.size() < 2 || head.size() > 12)
        return QString();
    for (const QString &name : m_tiers.names()) {
        if (!name.endsWith(l.captured(1)) || name.size() == l.captured(1).size())
            continue;
        const QString word = name.chopped(int(l.captured(1).size())).trimmed();
        // "Option A" under "Opt" or "Option", "方案A" under "方案": the plan word, written out or cut short.
        if (word.size() >= head.size() && word.startsWith(head, Qt::CaseInsensitive) &&
            !word.contains(QLatin1Char(' ')))
            return name;
    }
    return QString();
}

QString AnalysisText::tierOfSectionRow(const PreparedSegment &row) const
{
    QString only;
    for (const auto &cell : row.cells) {
        const QString text = row.norm.text.mid(cell.first, cell.second - cell.first).trimmed();
        if (text.isEmpty())
            continue;
        if (!only.isEmpty())
            return QString();
        only = text;
    }
    const QString named = m_tiers.tierIn(only);
    // The name alone, perhaps with a word ("Gold Support plan", "金牌服务"), not a sentence about it; or the name
    // and what it covers after a dash or in brackets ("GROUP A — Core Banking (8 × Dell PowerEdge R750)",
    // "生产数据库服务器（ERP 数据库集群，4 台）"), no time or price in it.
    if (named.isEmpty())
        return QString();
    if (only.size() <= named.size() + 8)
        return named;
    static const QRegularExpression described(QStringLiteral(R"(^\s*\S.{0,24}?(?:\s[-—–]\s|\s*[:：]\s*|\s*[（(])\S)"));
    const bool nameThenDescription = m_tiers.mentionedWithin(only, named, 2) && described.match(only).hasMatch() &&
                                     only.size() <= 120 && DurationParser::find(only).isEmpty() &&
                                     !only.contains(QLatin1Char('$')) && !only.contains(QChar(0x5143));
    // So does the caption of the next table caught as a row of this one, as a PDF's layout may join two tables a
    // caption parts ("表 3-2 普通变电站服务时限" between "表 3-1 枢纽变电站服务时限"'s rows and its own).
    const bool nextTablesCaption = captionOpening().match(only).hasMatch() && only.size() <= 60 &&
                                   m_tiers.tiersIn(only).size() == 1 && DurationParser::find(only).isEmpty();
    return nameThenDescription || nextTablesCaption ? named : QString();
}

QStringList AnalysisText::priorityOfSectionRow(const PreparedSegment &row) const
{
    if (row.source.kind != TextSegment::Kind::TableRow || row.source.row == 0 || row.cells.size() < 2 ||
        row.source.columns.value(0, 0) != 0)
        return {};
    if (!holdsFirstCellOnly(row))
        return {};
    const QString label = cellTextOf(row, 0);
    if (label.trimmed().size() > 30 || !DurationParser::find(label).isEmpty())
        return {};
    const QStringList named = PriorityParser::prioritiesOf(m_tiers.maskPriorityLikeNames(label));
    return named.size() == 1 ? named : QStringList();
}

QStringList AnalysisText::priorityOfSpanningParagraph(int rowSegment) const
{
    // A PDF row spanning the whole table ("Priority 1 (Critical)" between rows of a plan-by-measure table) is read
    // as a paragraph of its own between two rows of the same table: it opens that priority's rows as a row would.
    if (rowSegment < 2)
        return {};
    const PreparedSegment &row = m_segments.at(rowSegment);
    const PreparedSegment &paragraph = m_segments.at(rowSegment - 1);
    const PreparedSegment &before = m_segments.at(rowSegment - 2);
    if (paragraph.source.kind != TextSegment::Kind::Paragraph || before.source.kind != TextSegment::Kind::TableRow ||
        before.source.table != row.source.table || paragraph.norm.text.trimmed().size() > 30 ||
        !DurationParser::find(paragraph.norm.text).isEmpty())
        return {};
    const QStringList named = PriorityParser::prioritiesOf(m_tiers.maskPriorityLikeNames(paragraph.norm.text));
    return named.size() == 1 ? named : QStringList();
}

QString AnalysisText::tierIntroducingTable(int rowSegment) const
{
    // "生产系统按下表执行", "Production Systems follow the table below": the introduction names the
    // tier the whole table is for. A bilingual document says it twice: the first saying wins, as the
    // document's first language names the tiers.
    // So does the table's caption ("表 1 核心业务服务器服务响应指标", "Table 2 – Production servers", "Table A –
    // Formule Critique").
    static const QRegularExpression pointsToTable(
        QStringLiteral(
            R"(下表|如下表|见下表|如下|以下|表格|[\[［【]图片[:：]|below|\bfollowing\b|as follows|[:：]\s*$|)") +
            captionOpening().pattern(),
        QRegularExpression::CaseInsensitiveOption);
    // (The sentences up to the one that points to the table name it, not those after: in "… is charged at the rates
    // below. Gold P1 and P2 incidents are never charged after-hours rates." the rates are no plan's.)
    QString found;
    for (int paragraph : introductionOf(rowSegment)) {
        const QString &text = m_segments.at(paragraph).norm.text;
        if (!pointsToTable.match(text).hasMatch())
            continue;
        int pointerEnd = 0;
        for (const auto &[from, to] : sentences(text, 0, int(text.size()))) {
            if (pointsToTable.match(QStringView(text).mid(from, to - from)).hasMatch())
                pointerEnd = to;
        }
        const QStringList named = m_tiers.tiersIn(text.left(pointerEnd));
        if (named.size() == 1)
            found = named.first();
    }
    return found;
}

void AnalysisText::buildUnits()
{
    const QHash<int, QHash<QString, QString>> severityRanks = wordSeverityRanks(m_segments);
    const QHash<int, MetricRow> measureRows = metricRows(m_segments, m_tiers);
    const QHash<int, SpannedMeasureRow> spannedRows = spannedMeasureRows(m_segments, m_tiers);
    QHash<int, int> subHeaders; // table -> segment of its second header row
    struct BoxGroup
    {
        int table = -1;
        int headerSegment = -1;
        QStringList tiers;
        int lastSegment = -1;
        QHash<int, QString> labels; // column -> the label last seen in it
    } boxGroup;
    QList<int> firstUnit; // of each segment, for finding the unit of a header cell
    int previousTable = -1;
    QString previousRowLabel;
    int sectionTable = -1;
    QString sectionTier;
    int prioritySectionTable = -1;
    QStringList sectionPriority;
    struct
    {
        int table = -1;
        QString number; ///< "1" of a bundle line, whose sub-lines are "1.1", "1.2"
        QString tier;
    } bundleLine;
    firstUnit.reserve(m_segments.size());
    for (int s = 0; s < m_segments.size(); ++s) {
        firstUnit << int(m_units.size());
        const PreparedSegment &segment = m_segments.at(s);
        const QString &text = segment.norm.text;
        if (segment.source.kind == TextSegment::Kind::Paragraph) {
            // A paragraph that opens with a tier name ("Gold: 24x7x365 ...", "Tier 1 (Critical). Support
            // hours ...") speaks about that tier throughout.
            const QList<QPair<int, int>> ranges = sentences(text, 0, int(text.size()));
            // So does a later sentence that opens with one ("GOLD: 24 x 7. SILVER: Business Hours. ..."),
            // for the sentences after it; a lead naming several ("On Essential and Advanced, ...") speaks
            // about each.
            QString lead;
            QStringList leadTiers;
            bool leadFromItem = false; // the lead was named by an enumerated item
            // A paragraph that opens with a priority label ("P1 级故障：…", "Severity 1: ...") speaks
            // about that priority in the sentences that name none.
            static const QRegularExpression priorityLead(
                QStringLiteral(
                    R"(^\s*(?:[-*•·]\s*)?(?:P\s*[1-4]|S\s*[1-4]|Sev(?:erity)?\s*[1-4]|Priority\s*[1-4]|[1-4]\s*级|[一二三四]级|)"
                    R"(紧急|严重|重要|一般)[^:：,，。;；]{0,16}[:：])"),
                QRegularExpression::CaseInsensitiveOption);
            const auto leadMatch = priorityLead.match(text);
            const QStringList leadPriorities =
                leadMatch.hasMatch() ? PriorityParser::prioritiesOf(leadMatch.captured(0)) : QStringList();
            // (Later sentences: only a tier set as a label, "SILVER:"; an enumerated item, "（3）", opens anew.)
            static const QRegularExpression enumerated(
                QStringLiteral(R"(^\s*(?:[（(]\s*\w{1,2}\s*[)）]|\d{1,2}[.)、]\s|[①-⑩]|[a-z][.)]\s))"));
            // A list item's tier may be its lead-in's: "Resolution Targets apply to the Premier tier only …, as
            // follows:" over "Priority 1 — twelve (12) hours;".
            const QString listTier = segment.tier.isEmpty() ? m_listLeadTiers.value(s) : QString();
            for (const auto &range : ranges) {
                const QString sentence = text.mid(range.first, range.second - range.first);
                const bool first = range == ranges.first();
                const QString opening = m_tiers.tierIn(sentence);
                bool opens = !opening.isEmpty() && m_tiers.mentionedWithin(sentence, opening, 12);
                // "On Essential and Advanced, ...": several tiers up front and no single one.
                QStringList coordinated;
                if (first && opening.isEmpty() && m_tiers.names().size() >= 2) {
                    // The tiers are the sentence's opening phrase, up to its first comma or colon.
                    static const QRegularExpression phraseEnd(QStringLiteral("[,，:：;；]"));
                    int end = int(sentence.indexOf(phraseEnd));
                    // ... or a run-in title that is nothing but them: "6.1 Gold and Silver. Crescent will …".
                    if (end < 0 && sentence.size() <= 40)
                        end = int(sentence.size());
                    const QStringList named =
                        end > 0 && end <= 60 ? m_tiers.tiersIn(sentence.left(end)) : QStringList();
                    bool front = false;
                    for (const QString &name : named)
                        front = front || m_tiers.mentionedWithin(sentence, name, 6);
                    if (named.size() >= 2 && front)
                        coordinated = named;
                }
                if (opens && !first) {
                    int colon = int(sentence.indexOf(QLatin1Char(':')));
                    const int wide = int(sentence.indexOf(QChar(0xFF1A)));
                    if (wide >= 0 && (colon < 0 || wide < colon))
                        colon = wide;
                    // The label is the tier's name and little more ("SILVER:", not "A类服务器实行备件先行:").
                    const QString label = sentence.left(colon);
                    const QString labelKey = TierContext::keyOf(label);
                    const QString tierKey = TierContext::keyOf(opening);
                    opens = colon > 0 && colon <= 30 && m_tiers.tierIn(label) == opening &&
                            labelKey.size() <= std::max(tierKey.size(), qsizetype(4)) + 3;
                }
                // An item opens anew after a sibling that named its tier ("（2）一般系统：… （3）乙方…"), not
                // after a heading that named the tier of all its items ("2.1 Critical Care. … (a) … (b) …").
                // (Matched only where it matters: most sentences neither open a lead nor follow an item's.)
                const bool sets = opens || !coordinated.isEmpty();
                const bool item = (sets || (!first && leadFromItem)) && enumerated.match(sentence).hasMatch();
                if (!first && !opens && item && leadFromItem) {
                    lead.clear();
                    leadTiers.clear();
                }
                if (sets) {
                    lead = opens ? opening : QString();
                    leadTiers = coordinated;
                    leadFromItem = item;
                }
                TextUnit unit;
                unit.segment = s;
                unit.start = range.first;
                unit.end = range.second;
                if (leadPriorities.size() == 1 &&
                    PriorityParser::prioritiesOf(
                        m_tiers.maskPriorityLikeNames(text.mid(range.first, range.second - range.first)))
                        .isEmpty())
                    unit.priorities = leadPriorities;
                const QString &mentioned = opening; // the tier the sentence names
                // "Other parts are shipped from ...", "其他备件由...": the rest, not the tier the paragraph opened
                // with.
                static const QRegularExpression others(
                    QStringLiteral(
                        R"(^\s*(?:(?:all )?other\b|the rest\b|remaining\b|all (?:plans|tiers|levels|programs|)"
                        R"(services|systems|servers)\b|both (?:plans|tiers)\b|其他|其余|其它|所有|全部))"),
                    QRegularExpression::CaseInsensitiveOption);
                const bool aboutOthers =
                    others.match(QStringView(text).mid(range.first, range.second - range.first)).hasMatch();
                unit.baseTier = !lead.isEmpty() && !aboutOthers ? lead
                                : !segment.tier.isEmpty()       ? segment.tier
                                                                : listTier;
                if (!aboutOthers && mentioned.isEmpty())
                    unit.baseTiers = leadTiers;
                unit.tier = !mentioned.isEmpty() ? mentioned : unit.baseTier;
                unit.buyerText =
                    segment.source.othersWords && (segment.answerStart < 0 || range.first < segment.answerStart);
                m_units << unit;
            }
            continue;
        }
        // Table cells: the row label and the column header give tier, priority and meaning.
        const PreparedSegment *header = nullptr;
        if (segment.source.headerSegment >= 0 && segment.source.headerSegment < s && segment.source.headerSegment != s)
            header = &m_segments.at(segment.source.headerSegment);
        auto cellText = [](const PreparedSegment &seg, int i) {
            return seg.norm.text.mid(seg.cells.at(i).first, seg.cells.at(i).second - seg.cells.at(i).first);
        };
        // A row that opens with a reference code ("SL1 | Category 1 Systems: Response to an Incident |
        // 15 minutes") is labelled by the code and the measure beside it.
        static const QRegularExpression referenceCode(
            QStringLiteral(R"(^\s*(?:[A-Za-z]{1,4}\s*[-.]?\s*\d{1,3}|#\s*\d{1,3})\s*$)"));
        QString rowLabel = segment.cells.isEmpty() ? QString() : cellText(segment, 0);
        // A label cell merged down several rows (a DOCX vertical merge) is empty in the rows below it.
        const bool inheritedLabel =
            rowLabel.trimmed().isEmpty() && segment.source.table == previousTable && segment.source.row > 1;
        if (inheritedLabel)
            rowLabel = previousRowLabel;
        previousTable = segment.source.table;
        previousRowLabel = rowLabel;
        if (segment.cells.size() >= 3 && rowLabel.size() <= 8 && referenceCode.match(rowLabel).hasMatch() &&
            PriorityParser::prioritiesOf(rowLabel).isEmpty() && DurationParser::find(cellText(segment, 1)).isEmpty())
            rowLabel += QLatin1Char(' ') + cellText(segment, 1);
        // So is a row under a running number ("序号 | 考核项目 | 考核标准" over "2 | 2级故障处理 | 4小时内到达现场"):
        // the number counts rows, the cell beside it says what the row is.
        static const QRegularExpression runningNumber(QStringLiteral(R"(^\s*\(?\d{1,3}[.)]?\s*$)"));
        static const QRegularExpression numberHeader = TermExtractor::pattern(
            QStringLiteral(R"(^\s*(?:序号|序|编号|no\.?|#|s/?n|sr\.?\s*no\.?|item(?:\s*no\.?)?)\s*$)"));
        if (segment.cells.size() >= 3 && header && !header->cells.isEmpty() &&
            numberHeader.match(cellText(*header, 0)).hasMatch() && runningNumber.match(rowLabel).hasMatch() &&
            DurationParser::find(cellText(segment, 1)).isEmpty())
            rowLabel = cellText(segment, 1);
        // A sub-label beside the row label ("服务时效 | 工程师到场 | 4小时", "| 一级故障修复 | 8小时"): the
        // row label's heading spans its column, and it holds no value of its own.
        if (header && segment.cells.size() >= 3 && segment.source.columns.value(1, 1) == 1 &&
            header->source.columns.indexOf(1) >= 0) {
            const int at = int(header->source.columns.indexOf(1));
            const QString subLabel = cellText(segment, 1).trimmed();
            static const QRegularExpression value(QStringLiteral(R"(\d\s*(?:%|元|万|\$|小时|分钟|天|h\b)|[$¥€£])"));
            if (at < header->cells.size() && cellText(*header, at).trimmed().isEmpty() && !subLabel.isEmpty() &&
                subLabel.size() <= 16 && DurationParser::find(subLabel).isEmpty() &&
                !value.match(subLabel).hasMatch() && m_tiers.tierIn(subLabel).isEmpty())
                rowLabel += QLatin1Char(' ') + subLabel;
        }
        // A header naming one tier ("故障级别（核心生产）", "Gold plan targets") speaks for the whole table.
        // A two-level header: tiers merged across their measure columns above the measures ("Priority |
        // Tier 1 | | | Tier 2 |" over "| Response | On-site | Restoration | Response | On-site").
        static const QRegularExpression digit(QStringLiteral(R"(\d)"));
        if (header && segment.source.row == 1 && segment.source.headerSegment == s - 1 && segment.cells.size() >= 3) {
            bool spanned = false;
            for (int i = 1; i < header->cells.size(); ++i)
                spanned = spanned || cellText(*header, i).trimmed().isEmpty();
            bool labels =
                cellText(segment, 0).trimmed().isEmpty() || TierContext::isGenericColumnLabel(cellText(segment, 0));
            // (Under a label column that spans both header rows, "Priority | Definition | Platinum Care |", the
            // second row is empty.)
            int named = 0;
            for (int i = 1; i < segment.cells.size() && labels; ++i) {
                const QString label = cellText(segment, i).trimmed();
                const bool underLabel = label.isEmpty() && i < header->cells.size() &&
                                        !cellText(*header, i).trimmed().isEmpty() &&
                                        m_tiers.tierIn(cellText(*header, i)).isEmpty();
                labels = underLabel || (!label.isEmpty() && !digit.match(label).hasMatch() && label.size() <= 40);
                named += label.isEmpty() ? 0 : 1;
            }
            labels = labels && named >= 2;
            if (spanned && labels)
                subHeaders.insert(segment.source.table, s);
        }
        const PreparedSegment *subHeader =
            subHeaders.contains(segment.source.table) && subHeaders.value(segment.source.table) != s
                ? &m_segments.at(subHeaders.value(segment.source.table))
                : nullptr;
        QString tableTier = header ? m_tiers.tierIn(header->norm.text) : QString();
        if (tableTier.isEmpty())
            tableTier = tierIntroducingTable(s);
        // A row holding nothing but a tier name ("Silver Support |", two plans' tables run together)
        // opens that tier's part of the table.
        const QString openedTier = tierOfSectionRow(segment);
        if (!openedTier.isEmpty()) {
            sectionTable = segment.source.table;
            sectionTier = openedTier;
        }
        // Another group's row naming no tier ("增值服务（适用于生产服务器，共 14 台）" after "研发测试服务器（…）")
        // ends the tier's part.
        static const QRegularExpression groupRow(
            QStringLiteral(R"(^\s*[\x{4e00}-\x{9fff}A-Za-z0-9 ]{2,16}[（(][^）)]+[）)]\s*$)"));
        if (openedTier.isEmpty() && !sectionTier.isEmpty() && sectionTable == segment.source.table &&
            holdsFirstCellOnly(segment) && groupRow.match(cellText(segment, 0)).hasMatch())
            sectionTier.clear();
        // (A row for every tier is no tier's: "（3）通用约定 | 服务热线可用率 ≥99.9%", "General | …".)
        static const QRegularExpression everyTierRow(
            QStringLiteral(
                R"(^\s*(?:\(\w{1,3}\)|\d+[.、])?\s*(?:通用|共同|公共)(?:约定|条款|要求|服务|指标|部分)?\s*$|^\s*(?:general|common)(?: (?:terms|provisions|requirements))?\s*$)"),
            QRegularExpression::CaseInsensitiveOption);
        const bool forEveryTier =
            openedTier.isEmpty() && !segment.cells.isEmpty() && everyTierRow.match(cellText(segment, 0)).hasMatch();
        if (sectionTable == segment.source.table && !sectionTier.isEmpty())
            tableTier = sectionTier;
        // So does a row holding nothing but a priority ("Severity 1 |  |  |") for the measures listed under it
        // ("Response | 30 minutes | 1 hour").
        QStringList openedPriority = priorityOfSectionRow(segment);
        if (openedPriority.isEmpty())
            openedPriority = priorityOfSpanningParagraph(s);
        if (!openedPriority.isEmpty()) {
            prioritySectionTable = segment.source.table;
            sectionPriority = openedPriority;
        }
        QString rowTier = m_tiers.tierIn(rowLabel);
        if (rowTier.isEmpty() && !segment.source.columns.isEmpty() && segment.source.columns.first() > 0)
            rowTier = tierOfSpanningCell(s);
        if (rowTier.isEmpty() && header && !header->cells.isEmpty())
            rowTier = tierOfLetteredRow(cellText(*header, 0), rowLabel);
        const QString ranked = severityRanks.value(segment.source.table).value(rowLabel.trimmed());
        QStringList rowPriorities = ranked.isEmpty()
                                        ? PriorityParser::prioritiesOf(m_tiers.maskPriorityLikeNames(rowLabel))
                                        : QStringList{ranked};
        // A numbered level under a "Severity" / "Priority" column: "1 – Critical Impact", "2 - Major".
        static const QRegularExpression levelColumn(QStringLiteral(R"(^\s*(?:severity|priority)(?:\s+level)?\s*$)"),
                                                    QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression numberedLevel(QStringLiteral(R"(^\s*([1-4])\s*[-–—:.)]\s*\p{L})"));
        if (rowPriorities.isEmpty() && header && !header->cells.isEmpty() &&
            levelColumn.match(cellText(*header, 0)).hasMatch()) {
            const auto level = numberedLevel.match(rowLabel);
            if (level.hasMatch())
                rowPriorities = {QStringLiteral("P") + level.captured(1)};
        }
        // A priority × measure grid: the measure cell labels the values beside it, and the priority
        // cell merged over the group may be printed on another row of it.
        const auto measureRow = measureRows.constFind(s);
        if (measureRow != measureRows.cend()) {
            if (rowPriorities.isEmpty() || (inheritedLabel && !measureRow->groupPriority.isEmpty()))
                rowPriorities = measureRow->groupPriority;
            if (measureRow->cell > 0)
                rowLabel += QLatin1Char(' ') + cellText(segment, measureRow->cell);
        }
        const auto spanned = spannedRows.constFind(s);
        if (spanned != spannedRows.cend()) {
            rowLabel = spanned->label;
            rowPriorities = spanned->priorities;
        }
        // The priority may have its own column ("Critical Systems | Severity 1 | 15 minutes"), the first cell of a
        // row under a tier's merged cell.
        static const QRegularExpression priorityHeader(
            QStringLiteral(R"(severity|priority|urgency|级别|等级|級別|等級|优先级|優先級|故障级|故障級)"),
            QRegularExpression::CaseInsensitiveOption);
        for (int i = segment.source.columns.value(0, 0) > 0 ? 0 : 1;
             i < segment.cells.size() && rowPriorities.isEmpty() && header; ++i) {
            const int at = int(header->source.columns.indexOf(segment.source.columns.value(i, i)));
            // (A level's name or code beside the tier's code, "代码 | 等级名称 | …" over "WB-B | 重要级 | …",
            // names the tier, not a priority.)
            static const QRegularExpression levelName(QStringLiteral(R"(名称|名稱|代码|代碼|\bnames?\b|\bcodes?\b)"),
                                                      QRegularExpression::CaseInsensitiveOption);
            if (at < 0 || at >= header->cells.size() || !priorityHeader.match(cellText(*header, at)).hasMatch() ||
                levelName.match(cellText(*header, at)).hasMatch())
                continue;
            QStringList named = PriorityParser::prioritiesOf(cellText(segment, i));
            // (A bare number there is the priority's: "Premier | 1 | 30 minutes", "Category I | 1 (Critical) | …".)
            if (named.isEmpty())
                named = numberedPriority(cellText(segment, i));
            if (named.size() == 1)
                rowPriorities = named;
        }
        // A bare number under a "Severity Level" / "Priority" heading ("1 | Service down | 4 hours").
        // (So is "Level 1 (System stop)" under "Urgency".)
        if (rowPriorities.isEmpty() && header && !header->cells.isEmpty() && segment.source.columns.value(0, 0) == 0 &&
            priorityHeader.match(cellText(*header, 0)).hasMatch())
            rowPriorities = numberedPriority(rowLabel);
        // A level named with its severity ("Level 1 (Critical)", "Level 3 (Minor)") is a priority, not a service level.
        static const QRegularExpression levelWithSeverity(
            QStringLiteral(
                R"(^\s*(?:level|lvl\.?)\s*([1-4])\s*[(（]\s*(?:critical|urgent|major|high|medium|moderate|minor|low|normal)\s*[)）])"),
            QRegularExpression::CaseInsensitiveOption);
        if (rowPriorities.isEmpty()) {
            const auto level = levelWithSeverity.match(rowLabel);
            if (level.hasMatch())
                rowPriorities = {QStringLiteral("P") + level.captured(1)};
        }
        if (rowPriorities.isEmpty() && prioritySectionTable == segment.source.table)
            rowPriorities = sectionPriority;
        if (rowPriorities.isEmpty())
            rowPriorities = priorityOfSpanningCell(s, header);
        // A price row may name its tier in a description cell ("1 | 核心业务系统服务器维保 | 24 | 6,500").
        QString namedInRow;
        for (int i = 0; i < segment.cells.size(); ++i) {
            // A short label that opens with the tier, not a description that mentions one.
            const QString cell = cellText(segment, i);
            const QString named = m_tiers.tierIn(cell);
            const bool wholeCell = !named.isEmpty() && cell.trimmed().size() <= named.size() + 2;
            // "Tier 1 (Mission Critical) Server Maintenance": a line item that opens with its tier.
            static const QRegularExpression clauseMark(QStringLiteral(R"([,，。;；])"));
            const bool opensWithTier = !named.isEmpty() && cell.size() <= 60 && !cell.contains(clauseMark) &&
                                       cell.trimmed().startsWith(named, Qt::CaseInsensitive);
            if (!wholeCell && !opensWithTier && (cell.size() > 24 || cell.contains(QLatin1Char(','))))
                continue;
            if (named.isEmpty() || !m_tiers.tierIn(cell.left(int(named.size()) + 2)).size())
                continue;
            if (!namedInRow.isEmpty() && named != namedInRow) {
                namedInRow.clear();
                break;
            }
            namedInRow = named;
        }
        // A priced line item's description that names one tier among its words ("CMC – Category A servers
        // (Dell R740/R750, …) | 12 | 38,500", "AMC - Category A (Critical) | 14 | Rs 48,500") names it too, when no
        // other cell of the row names another.
        static const QRegularExpression amountCell(QStringLiteral(
            R"(^\s*(?:[$€£¥₹₾₮₦₱]|[A-Z]{1,3}\$|[A-Z]{3}\s|[A-Z][A-Za-z]{1,2}\.?\s)?\s*(?:\d{1,3}(?:,\d{2,3})+|\d{3,})(?:\.\d+)?\s*$)"));
        bool pricedRow = false;
        for (int i = 1; i < segment.cells.size() && !pricedRow; ++i)
            pricedRow = amountCell.match(cellText(segment, i)).hasMatch();
        if (namedInRow.isEmpty() && pricedRow) {
            QStringList mentioned;
            for (int i = 0; i < segment.cells.size(); ++i) {
                QString cell = cellText(segment, i);
                // (A long description counts by the tier it opens with: "SentinelCare Mission Critical – 24x7,
                // 4-Hour Onsite – Dell PowerEdge R750 (2U) S/N …, … · Site 001".)
                if (cell.size() > 120) {
                    const QString opening = m_tiers.tierIn(cell.left(60));
                    if (opening.isEmpty() || !cell.trimmed().startsWith(opening, Qt::CaseInsensitive))
                        continue;
                    cell = opening;
                }
                for (const QString &tier : m_tiers.tiersIn(cell))
                    if (!mentioned.contains(tier))
                        mentioned << tier;
            }
            if (mentioned.size() == 1)
                namedInRow = mentioned.first();
        }
        // A quote's sub-lines ("1.1", "1.2" under the bundle line "1 | BNDL-CC | Critical Care Bundle") belong to
        // the tier their bundle line names.
        static const QRegularExpression lineNumber(QStringLiteral(R"(^\s*(\d{1,3})(?:\.(\d{1,2}))?\s*$)"));
        if (const auto line = lineNumber.match(cellText(segment, 0)); line.hasMatch()) {
            if (line.captured(2).isEmpty())
                bundleLine = {segment.source.table, line.captured(1), !rowTier.isEmpty() ? rowTier : namedInRow};
            else if (rowTier.isEmpty() && namedInRow.isEmpty() && bundleLine.table == segment.source.table &&
                     bundleLine.number == line.captured(1))
                namedInRow = bundleLine.tier;
        }
        // A totals row ("合计", "Total per year") sums the tiers down the table: its amounts belong to none.
        static const QRegularExpression totalLabel(
            QStringLiteral(
                R"(^\s*(?:(?:\d+\s*年|年度|服务期|首年|价格|费用)?(?:合计|总计|总价)|(?:annual |grand |yearly |monthly |contract period )?total(?![a-z])))"),
            QRegularExpression::CaseInsensitiveOption);
        bool totalsRow = false;
        for (int i = 0; i < segment.cells.size() && i < 3 && !totalsRow; ++i)
            totalsRow = totalLabel.match(cellText(segment, i)).hasMatch();
        // A compliance table ("招标要求 | 投标响应 | 偏离情况", "Requirement | Response | Comply", a scoring table's
        // "评分标准 | 投标人响应", a clarification log's "Question | Answer", a questionnaire's "评估问题 |
        // 供应商回答"): the requirement cell is the buyer's; the response cell promises, for the tier the requirement
        // names.
        static const QRegularExpression requirementHeader(
            QStringLiteral(
                R"(^\s*(?:招标要求|招标文件(?:商务|技术)?(?:要求|条款)|(?:商务|技术)条款要求|采购文件(?:商务|技术)?要求|磋商文件(?:商务|技术)?要求|技术要求|采购要求|需求|要求|规范要求|评分标准|评分细则|评审标准|评分办法|问题|提问|澄清问题|评估问题|调查问题|问卷问题|requirements?|specification|customer requirement|rfp requirement|scoring criteria|evaluation criteria|questions?|clarification (?:questions?|requests?)|(?:buyer|customer|bidder)(?:'s)? questions?)\s*(?:[(（][^)）]{0,40}[)）])?\s*$)"),
            QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression responseHeader(
            QStringLiteral(
                R"(^\s*(?:投标响应|响应情况|应答|投标应答|响应内容|投标人响应|供应商响应|(?:供应商|厂商|投标人)?(?:回答|答复)|填报内容|(?:响应|投标|应答)文件(?:响应)?(?:内容|情况)|实际响应(?:内容|情况)?|(?:(?:vendor|supplier|bidder|tenderer|contractor|offeror|respondent)(?:['’]s)? |our )?(?:response|offer|proposal|answer)s?)\s*(?:[(（][^)）]{0,40}[)）])?\s*$)"),
            QRegularExpression::CaseInsensitiveOption);
        // (Or the vendor's comment beside a compliance column, "Compliance (Y / N / Partial) | Vendor comment".)
        static const QRegularExpression complianceHeader(
            QStringLiteral(
                R"(^\s*(?:compliance|compliant|comply|complies|是否满足|是否响应|满足情况|符合情况)\s*(?:[(（][^)）]{0,40}[)）])?\s*$)"),
            QRegularExpression::CaseInsensitiveOption);
        static const QRegularExpression commentHeader(
            QStringLiteral(
                R"(^\s*(?:(?:vendor|supplier|bidder|tenderer|contractor|offeror|respondent)(?:['’]s)?\s+(?:comments?|remarks?|explanation)|偏离说明|响应说明)\s*$)"),
            QRegularExpression::CaseInsensitiveOption);
        int requirementCell = -1;
        int complianceCell = -1;
        int responseCell = -1;
        if (header) {
            for (int i = 0; i < segment.cells.size(); ++i) {
                const int at = int(header->source.columns.indexOf(segment.source.columns.value(i, i)));
                if (at < 0 || at >= header->cells.size())
                    continue;
                const QString heading = cellText(*header, at);
                if (requirementHeader.match(heading).hasMatch())
                    requirementCell = i;
                if (complianceHeader.match(heading).hasMatch())
                    complianceCell = i;
                if (responseHeader.match(heading).hasMatch() || commentHeader.match(heading).hasMatch())
                    responseCell = i;
            }
            if (responseCell < 0 && complianceCell < 0)
                requirementCell = -1;
            // A "Y" in the compliance column with nothing said beside it commits the vendor to the requirement as
            // written; "Partial", "N" or a response of its own leaves only what the response promises.
            static const QRegularExpression complies(
                QStringLiteral(
                    R"(^\s*(?:y|yes|comply|complies|compliant|fully (?:compliant|meets)|满足|完全满足|是|[✓✔√])\s*\.?\s*$)"),
                QRegularExpression::CaseInsensitiveOption);
            // (So does a response that only confirms it: "Confirmed.", "P1 and P2 as stated.")
            static const QRegularExpression confirms(
                QStringLiteral(R"(^\W*(?:confirmed|noted|agreed|accepted|yes)\b|\bas (?:stated|required|specified)\b)"),
                QRegularExpression::CaseInsensitiveOption);
            if (complianceCell >= 0 && complies.match(cellText(segment, complianceCell)).hasMatch() &&
                (responseCell < 0 || cellText(segment, responseCell).trimmed().isEmpty() ||
                 confirms.match(cellText(segment, responseCell)).hasMatch()))
                requirementCell = -1;
        }
        const QString requirementTier =
            requirementCell >= 0 ? m_tiers.tierIn(cellText(segment, requirementCell)) : QString();
        // ... and its priority ("For Priority 1 incidents on Tier A, …" | "Comply. … within 30 minutes").
        const QStringList requirementPriorities =
            requirementCell >= 0
                ? PriorityParser::prioritiesOf(m_tiers.maskPriorityLikeNames(cellText(segment, requirementCell)))
                : QStringList();
        // Plans set side by side as boxes (a brochure: "Essential | Advanced | Premium", each column a
        // box of "REMOTE RESPONSE" / "Within 1 hour" pairs): every column is a plan, and a capitalised
        // label heads the lines under it in its column, however the rows of the columns line up. A
        // table right after one, with as many columns, continues the boxes.
        const PreparedSegment *boxHeader = header ? header : (segment.source.headerSegment == s ? &segment : nullptr);
        if (boxHeader && segment.source.headerSegment != boxGroup.headerSegment) {
            QStringList named;
            for (int i = 0; i < boxHeader->cells.size(); ++i) {
                const QString tier = m_tiers.tierIn(cellText(*boxHeader, i));
                if (tier.isEmpty() || named.contains(tier)) {
                    named.clear();
                    break;
                }
                named << tier;
            }
            const bool continues = named.isEmpty() && boxGroup.table >= 0 && s - boxGroup.lastSegment <= 3 &&
                                   segment.source.headerSegment == s &&
                                   boxHeader->cells.size() == boxGroup.tiers.size();
            if (named.size() >= 2 && boxHeader->cells.size() == named.size() &&
                boxHeader->source.columns.value(0, 0) == 0) {
                boxGroup = BoxGroup{segment.source.table, segment.source.headerSegment, named, s, {}};
            } else if (continues) {
                boxGroup.table = segment.source.table;
                boxGroup.headerSegment = segment.source.headerSegment;
            } else if (segment.source.table != boxGroup.table) {
                boxGroup = BoxGroup();
            }
        }
        if (boxGroup.table == segment.source.table && boxGroup.table >= 0) {
            boxGroup.lastSegment = s;
            if (segment.source.headerSegment == s && boxGroup.headerSegment == s && boxGroup.labels.isEmpty())
                continue; // the header row of plan names
            // Two capitalised words or one of five letters or more ("PARTS"); "CET", "OEM" and "A&V" are not labels.
            static const QRegularExpression boxLabel(
                QStringLiteral(R"((?<![\w&])(?:[A-Z]{2,}(?: (?:&|[A-Z]{2,})){1,3}|[A-Z]{5,})(?![\w&']))"));
            for (int i = 0; i < segment.cells.size(); ++i) {
                const int position = segment.source.columns.value(i, i);
                if (position < 0 || position >= boxGroup.tiers.size())
                    continue;
                QString &label = boxGroup.labels[position];
                int from = segment.cells.at(i).first;
                const int end = segment.cells.at(i).second;
                auto addBoxUnit = [&](int a, int b) {
                    while (a < b && text.at(a).isSpace())
                        ++a;
                    if (b <= a)
                        return;
                    TextUnit unit;
                    unit.segment = s;
                    unit.cell = i + 1; // a value cell, labelled by its box label
                    unit.start = a;
                    unit.end = b;
                    unit.rowLabel = label;
                    unit.tier = boxGroup.tiers.at(position);
                    unit.priorities = PriorityParser::prioritiesOf(label);
                    unit.buyerText = segment.source.othersWords;
                    m_units << unit;
                };
                auto it = boxLabel.globalMatch(text.mid(from, end - from));
                while (it.hasNext()) {
                    const auto m = it.next();
                    // A label is its own line: it stands at the start of the cell or after a value.
                    addBoxUnit(from, segment.cells.at(i).first + int(m.capturedStart()));
                    label = m.captured(0);
                    from = segment.cells.at(i).first + int(m.capturedEnd());
                }
                addBoxUnit(from, end);
            }
            continue;
        }
        int rowLabelUnit = -1;
        for (int i = 0; i < segment.cells.size(); ++i) {
            TextUnit unit;
            unit.segment = s;
            unit.cell = i;
            unit.start = segment.cells.at(i).first;
            unit.end = segment.cells.at(i).second;
            if (unit.end <= unit.start)
                continue;
            // "同左" / "Same as left": the cell promises what the cell left of it says, for its own column.
            static const QRegularExpression sameAsLeft(
                QStringLiteral(R"(^\s*(?:同左|同前|same as (?:left|previous column|column \w+))\s*[。.]?\s*$)"),
                QRegularExpression::CaseInsensitiveOption);
            if (i > 1 && sameAsLeft.match(QStringView(text).mid(unit.start, unit.end - unit.start)).hasMatch() &&
                segment.cells.at(i - 1).second > segment.cells.at(i - 1).first) {
                unit.start = segment.cells.at(i - 1).first;
                unit.end = segment.cells.at(i - 1).second;
            }
            const int column = segment.source.columns.value(i, i);
            QString columnHeader;
            if (header) {
                const int at = int(header->source.columns.indexOf(column));
                if (at >= 0 && at < header->cells.size()) {
                    columnHeader = cellText(*header, at);
                    if (subHeader) {
                        // The top header cell spans to the right: an empty one is its left neighbour's.
                        for (int left = at; columnHeader.trimmed().isEmpty() && left > 1; --left)
                            columnHeader = cellText(*header, left - 1);
                        const int sub = int(subHeader->source.columns.indexOf(column));
                        if (sub >= 0 && sub < subHeader->cells.size())
                            columnHeader += QLatin1Char(' ') + cellText(*subHeader, sub);
                    }
                    const int headerSegment = segment.source.headerSegment;
                    for (int h = firstUnit.at(headerSegment);
                         h < m_units.size() && m_units.at(h).segment == headerSegment; ++h) {
                        if (m_units.at(h).cell == at)
                            unit.headerUnit = h;
                    }
                }
            }
            unit.rowLabel = i == 0 ? QString() : rowLabel;
            unit.rowLabelUnit = i == 0 ? -1 : rowLabelUnit;
            if (i == 0)
                rowLabelUnit = int(m_units.size());
            unit.columnHeader = columnHeader;
            const QString own = m_tiers.tierIn(cellText(segment, i));
            QString columnTier = m_tiers.tierIn(columnHeader);
            // A plan's name chained to its first measure ("Essential Response | On-site | Critical Response |
            // On-site | Fix", the plans merged across their measures): the measures after it are that plan's.
            if (columnTier.isEmpty() && header && i > 0) {
                const int at = int(header->source.columns.indexOf(column));
                auto bareMeasure = [&](int k) {
                    const QString cell = cellText(*header, k).trimmed();
                    return cell.size() <= 20 && m_tiers.tierIn(cell).isEmpty() &&
                           TimeTermExtractor::kindOf(cell) != TimeTermExtractor::Kind::None;
                };
                for (int k = at; k > 0 && k < header->cells.size() && bareMeasure(k); --k) {
                    const QString left = cellText(*header, k - 1);
                    const QString named = m_tiers.tierIn(left);
                    if (named.isEmpty())
                        continue;
                    if (TimeTermExtractor::kindOf(left) != TimeTermExtractor::Kind::None)
                        columnTier = named;
                    break;
                }
            }
            // A priority row's label may use a plan's word ("P1 – Critical" under "Essentials | Business |
            // Critical"): with plans across, the column's plan is the cell's.
            static const QRegularExpression priorityCode(
                QStringLiteral(
                    R"(^\s*(?:P\s*[1-5]|S(?:ev(?:erity)?)?\s*[1-5]|Priority\s*[1-5]|[一二三四五1-5]\s*级)\b)"),
                QRegularExpression::CaseInsensitiveOption);
            const bool priorityLabel = !columnTier.isEmpty() && priorityCode.match(rowLabel).hasMatch();
            unit.tier = !rowTier.isEmpty() && !priorityLabel ? rowTier
                        : !columnTier.isEmpty()              ? columnTier
                        : !own.isEmpty()                     ? own
                        : !namedInRow.isEmpty()              ? namedInRow
                        : !tableTier.isEmpty()               ? tableTier
                                                             : segment.tier;
            // ... unless the tiers run across: then a column's total is that tier's.
            if (totalsRow && columnTier.isEmpty())
                unit.tier.clear();
            if (forEveryTier && columnTier.isEmpty() && own.isEmpty())
                unit.tier.clear();
            // ... and a cell merged across the tiers' columns that says so: "30 minutes (all sites)".
            static const QRegularExpression forAllColumns(
                QStringLiteral(
                    R"([(（]\s*(?:(?:for )?(?:all|every|each) (?:sites?|locations?|plans?|tiers?|levels?|zones?|regions?)|(?:所有|全部|各)(?:站点|地点|地区|区域|级别|等级|套餐|方案)(?:通用|均适用|适用)?)\s*[)）])"),
                QRegularExpression::CaseInsensitiveOption);
            if (!columnTier.isEmpty() && unit.tier == columnTier && own.isEmpty() &&
                forAllColumns.match(cellText(segment, i)).hasMatch())
                unit.tier.clear();
            unit.buyerText = segment.source.othersWords;
            // A change set out as before | after ("原投标承诺 | 本次澄清后承诺", "原方案（V1.2） | 调整后"): the before
            // column is no longer promised.
            static const QRegularExpression beforeColumn(
                QStringLiteral(
                    R"(^\s*(?:原(?:投标)?(?:承诺|方案|内容|条款|标准|要求|表述|文字|规定|约定)|原合同(?:约定|标准|条款|内容)?|调整前|修改前|变更前|更正前|修订前|(?:original|previous) (?:bid|offer|commitment|terms?))\s*(?:[(（][^)）]{0,20}[)）])?\s*$)"),
                QRegularExpression::CaseInsensitiveOption);
            // (Unless the row keeps it: "上海中心备件库 | 维持原方案", "维持原投标承诺。核心类…"; or leaves the change
            // open, "… | 待定": until it is settled the before column holds, and the after column promises nothing.)
            static const QRegularExpression keepsBefore(
                QStringLiteral(
                    R"(^\s*(?:维持原(?:投标)?(?:方案|承诺|状|内容|条款)\s*(?:[。.；;]|$)|同原(?:方案|约定|合同)|保持不变|不变|no change|unchanged|as before)\s*[。.]?)"),
                QRegularExpression::CaseInsensitiveOption);
            static const QRegularExpression pending(
                QStringLiteral(R"(^\s*(?:待定|待确认|未确认|未定|pending|open|tbd|to be confirmed)\s*$)"),
                QRegularExpression::CaseInsensitiveOption);
            const auto headerOfCell = [&](int k) {
                const int at = header ? int(header->source.columns.indexOf(segment.source.columns.value(k, k))) : -1;
                return at >= 0 && at < header->cells.size() ? cellText(*header, at) : QString();
            };
            const auto pendingAfter = [&](int from) {
                for (int k = from + 1; k < segment.cells.size(); ++k)
                    if (pending.match(cellText(segment, k)).hasMatch())
                        return true;
                return false;
            };
            if (i > 0 && beforeColumn.match(columnHeader).hasMatch()) {
                bool kept = pendingAfter(i);
                for (int k = i + 1; k < segment.cells.size() && !kept; ++k)
                    kept = keepsBefore.match(cellText(segment, k)).hasMatch();
                unit.buyerText = unit.buyerText || !kept;
            } else if (i > 1 && pendingAfter(i)) {
                for (int k = 1; k < i; ++k)
                    unit.buyerText = unit.buyerText || beforeColumn.match(headerOfCell(k)).hasMatch();
            }
            // So is what a report measured: "达成率" / "实际" / "Actual" beside the level promised, also under its
            // measure's name ("响应时间 实际平均", a two-line header).
            static const QRegularExpression measuredColumn(
                QStringLiteral(
                    R"(^\s*(?:(?:响应|到场|修复|恢复|解决)(?:时间|时长|时限)?\s*)?(?:(?:实际|实测|本月|本期|当月)(?:值|结果|达成|完成|情况|平均(?:值)?)?|达成率|达标率|达成情况|完成率|(?:actual|achieved|measured|attained)(?:\s+(?:value|result|performance|level|%))?|attainment|achievement)\s*(?:[(（][^)）]{0,20}[)）])?\s*$)"),
                QRegularExpression::CaseInsensitiveOption);
            if (i > 0 && measuredColumn.match(columnHeader).hasMatch())
                unit.buyerText = true;
            // So is a renewal's "Current (FY2025)" beside its "Renewal (FY2026)", and the cover the servers have now
            // beside the upgrade offered.
            static const QRegularExpression currentColumn(
                QStringLiteral(
                    R"(^\s*(?:current|existing|previous|prior|this year'?s?|现行|当前|上期|上年度?|去年)(?:\s+(?:term|year|contract|coverage|pricing|price))?\s*(?:[(（][^)）]{0,20}[)）])?\s*$)"),
                QRegularExpression::CaseInsensitiveOption);
            static const QRegularExpression renewalColumn(
                QStringLiteral(R"(\b(?:renewal|proposed|new term|revised)\b|续约|续签|本次|调整后)"),
                QRegularExpression::CaseInsensitiveOption);
            if (i > 0 && header &&
                (currentColumn.match(columnHeader).hasMatch() || TierContext::namesCurrentCover(columnHeader)) &&
                renewalColumn.match(header->norm.text).hasMatch())
                unit.buyerText = true;
            // ... and the maker's own renewal set beside a third-party maintainer's offer ("我司第三方维保方案 |
            // 原厂续保方案 | 对比说明"): what the maker offers is no promise of this vendor.
            static const QRegularExpression makersColumn(
                QStringLiteral(
                    R"(^\s*(?:原厂(?:续保|保修|延保|维保)?(?:方案|服务)?|(?:the )?(?:OEM|manufacturer)(?:['’]s)?(?: (?:renewal|warranty|support|offer|plan|option))?)\s*$)"),
                QRegularExpression::CaseInsensitiveOption);
            static const QRegularExpression ownOffer(
                QStringLiteral(R"(我司|本公司|我方|\bour (?:offer|proposal|solution|service)|\bproposed\b)"),
                QRegularExpression::CaseInsensitiveOption);
            if (i > 0 && header && makersColumn.match(columnHeader).hasMatch() &&
                ownOffer.match(header->norm.text).hasMatch())
                unit.buyerText = true;
            if (requirementCell >= 0) {
                unit.buyerText = unit.buyerText || i == requirementCell;
                if (!unit.buyerText && !requirementTier.isEmpty() && own.isEmpty())
                    unit.tier = requirementTier;
                // "Response" / "投标响应" heads the vendor's answer, not a response time.
                unit.columnHeader.clear();
            }
            // ("All priorities: Response within 4 Business Hours" in a P1 row speaks for every priority.)
            static const QRegularExpression everyPriority(
                QStringLiteral(
                    R"(^\W*(?:all|every|any) (?:priorit(?:y|ies)|severit(?:y|ies)|incidents?)\b|^\W*(?:所有|各)(?:级别|优先级|故障级别|级故障))"),
                QRegularExpression::CaseInsensitiveOption);
            unit.priorities =
                i == 0 || everyPriority.match(cellText(segment, i)).hasMatch() ? QStringList() : rowPriorities;
            // (Not a column headed by a plan whose code reads like a severity: "S1", "S1级" where S1 is a service
            // level.)
            static const QRegularExpression severityCode(QStringLiteral(R"(^\s*(S[1-4])\s*级?\s*$)"));
            const auto code = severityCode.match(columnHeader);
            if (unit.priorities.isEmpty() && !(code.hasMatch() && m_tiers.names().contains(code.captured(1))))
                unit.priorities = PriorityParser::prioritiesOf(columnHeader);
            const bool requirementsPriority =
                unit.priorities.isEmpty() && !unit.buyerText && requirementPriorities.size() == 1 && i > 0;
            if (requirementsPriority)
                unit.priorities = requirementPriorities;
            // A response cell answering for several tiers ("A类服务器：…十五分钟内响应。 B类服务器：…一小时内
            // 响应。"): each sentence is a unit of the tier it names, or of the one named before it.
            // So does each part a tier's label opens ("A类：7×24小时，含法定节假日 B类：5×8小时"), the cell's
            // paragraphs run together.
            const QStringView cellView = QStringView(text).mid(unit.start, unit.end - unit.start);
            const bool severalTiers = i > 0 && m_tiers.names().size() >= 2;
            const bool severalSentences =
                severalTiers && (cellView.contains(QChar(0x3002)) || cellView.contains(QLatin1String(". ")));
            const QList<int> labelStarts = severalTiers ? tierLabelStarts(text, unit.start, unit.end) : QList<int>();
            QList<QPair<int, int>> cellSentences;
            if (severalSentences || !labelStarts.isEmpty()) {
                const QList<QPair<int, int>> whole = severalSentences ? sentences(text, unit.start, unit.end)
                                                                      : QList<QPair<int, int>>{{unit.start, unit.end}};
                for (auto range : whole) {
                    for (int at : labelStarts) {
                        if (at > range.first && at < range.second) {
                            cellSentences << qMakePair(range.first, at);
                            range.first = at;
                        }
                    }
                    cellSentences << range;
                }
            }
            QStringList named;
            for (const auto &range : cellSentences) {
                const QString tier = m_tiers.tierIn(text.mid(range.first, range.second - range.first));
                if (!tier.isEmpty() && !named.contains(tier))
                    named << tier;
            }
            if (named.size() >= 2) {
                QString current = unit.tier;
                for (const auto &range : cellSentences) {
                    const QString tier = m_tiers.tierIn(text.mid(range.first, range.second - range.first));
                    if (!tier.isEmpty())
                        current = tier;
                    TextUnit part = unit;
                    part.start = range.first;
                    part.end = range.second;
                    part.tier = current;
                    // (The requirement's priority is its tier's: "核心服务器1级故障响应时间≤15 分钟" says nothing of
                    // "非核心服务器：2 个工作小时内响应".)
                    if (requirementsPriority && !requirementTier.isEmpty() && current != requirementTier)
                        part.priorities.clear();
                    m_units << part;
                }
                continue;
            }
            m_units << unit;
        }
    }
}

QList<int> AnalysisText::tierLabelStarts(const QString &text, int from, int to) const
{
    // A label is a tier's name and a colon, at the cell's start or after a space or a sentence's end.
    static const QRegularExpression label(QStringLiteral(R"((?:^|(?<=[\s。；;]))([^\s:：。；;，,]{1,12})\s*[:：])"));
    QList<int> starts;
    const QStringView part = QStringView(text).mid(from, to - from);
    if (!part.contains(QLatin1Char(':')) && !part.contains(QChar(0xFF1A)))
        return starts; // (most cells have no colon: no label)
    for (auto it = label.globalMatch(part); it.hasNext();) {
        const auto m = it.next();
        const QString name = m.captured(1);
        const QString tier = m_tiers.tierIn(name);
        if (!tier.isEmpty() && m_tiers.mentionedWithin(name, tier, 1))
            starts << from + int(m.capturedStart(1));
    }
    // A Chinese tier's label may follow the previous part with no gap ("…15 分钟内电话响应一般业务系统：工作时间内…").
    for (const QString &name : m_tiers.names()) {
        if (name.isEmpty() || name.front().unicode() < 0x3400)
            continue;
        for (const QChar colon : {QChar(0xFF1A), QChar(QLatin1Char(':'))}) {
            const QString named = name + colon;
            for (qsizetype at = part.indexOf(named); at > 0; at = part.indexOf(named, at + 1)) {
                if (!starts.contains(from + int(at)))
                    starts << from + int(at);
            }
        }
    }
    std::sort(starts.begin(), starts.end());
    return starts;
}

Evidence AnalysisText::evidence(int segmentIndex, int from, int to) const
{
    const PreparedSegment &segment = m_segments.at(segmentIndex);
    Evidence evidence;
    const auto range = segment.norm.originalRange(from, to);
    evidence.quote = segment.source.text.mid(range.first, range.second - range.first).trimmed();
    evidence.page = segment.source.page;
    bool first = true;
    for (const TextSpan &span : segment.source.spans) {
        if (span.end <= range.first || span.start >= range.second)
            continue;
        if (first) {
            evidence.page = span.page;
            first = false;
        }
        if (span.page == evidence.page)
            evidence.box = evidence.box.united(span.box);
    }
    return evidence;
}

} // namespace tw::analysis
