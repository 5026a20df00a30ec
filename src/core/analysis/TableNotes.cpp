#include "TableNotes.h"

#include "PriorityParser.h"
#include "TermExtractor.h"

#include <QHash>

namespace tw::analysis {

namespace {

// The table a paragraph sits right under (a row among the three segments above it), or -1.
int tableAbove(const AnalysisText &text, int segment)
{
    for (int s = segment - 1; s >= 0 && s >= segment - 3; --s) {
        const PreparedSegment &above = text.segments().at(s);
        if (above.source.kind == TextSegment::Kind::TableRow)
            return above.source.table;
    }
    return -1;
}

int tableOf(const AnalysisText &text, int unit)
{
    const PreparedSegment &segment = text.segments().at(text.units().at(unit).segment);
    return segment.source.kind == TextSegment::Kind::TableRow ? segment.source.table : -1;
}

void fillPriorityFromNotes(const AnalysisText &text, QList<SlaTerm> &terms, const QList<int> &termUnits)
{
    static const QRegularExpression note = TermExtractor::pattern(QStringLiteral(
        R"((?:表中|上表|以上|上述)[^，。；]{0,8}(?:时限|时间|指标)[^，。；]{0,4}(?:仅|均)?(?:适用于|针对|指)[^，。；]{0,4}?([一二三四1-4]级故障|P[1-4]|紧急故障)|)"
        R"(\b(?:times|targets|service levels?)\b[^.;]{0,20}\b(?:in|of)\s+the\s+(?:above\s+)?table\b[^.;]{0,10}\b(?:apply|applies|are)\s+(?:only\s+)?(?:to|for)\s+((?:severity|priority)\s*[1-4]|P[1-4]))"));
    QHash<int, QString> priorityOfTable;
    for (int u : text.unitsMatching(note)) {
        const TextUnit &unit = text.units().at(u);
        if (unit.cell >= 0)
            continue;
        const auto m = note.match(text.unitText(unit));
        const QString named = m.captured(1).isEmpty() ? m.captured(2) : m.captured(1);
        const QStringList priorities = PriorityParser::prioritiesOf(named);
        const int table = tableAbove(text, unit.segment);
        if (priorities.size() == 1 && table >= 0 && !priorityOfTable.contains(table))
            priorityOfTable.insert(table, priorities.first());
    }
    if (priorityOfTable.isEmpty())
        return;
    for (int i = 0; i < terms.size(); ++i) {
        SlaTerm &term = terms[i];
        if (!SlaTerm::isTimeKey(term.key) || !term.priority.isEmpty())
            continue;
        const int table = tableOf(text, termUnits.at(i));
        if (priorityOfTable.contains(table))
            term.priority = priorityOfTable.value(table);
    }
}

void fillHolidaysFromRows(const AnalysisText &text, QList<SlaTerm> &terms, const QList<int> &termUnits)
{
    static const QRegularExpression holidayRow(
        QStringLiteral(R"(^\s*(?:法定)?节假日(?:服务)?\s*$|^\s*(?:public |bank |statutory )?holidays?\s*$)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression included = TermExtractor::pattern(QStringLiteral(
        R"(全年无休|含(?:法定)?节假日|节假日(?:正常|照常)?(?:服务|无休)|^\s*(?:included|including|yes|covered)\b)"));
    static const QRegularExpression excluded =
        TermExtractor::pattern(QStringLiteral(R"(节假日除外|不含|休息|^\s*(?:excluded|excluding|no|not covered)\b)"));
    QHash<QPair<int, QString>, bool> ruleOf; // (table, tier) -> holidays
    for (int u = 0; u < text.units().size(); ++u) {
        const TextUnit &unit = text.units().at(u);
        if (unit.cell <= 0 || unit.tier.isEmpty() || !holidayRow.match(unit.rowLabel).hasMatch())
            continue;
        const QString cell = text.unitText(unit);
        const bool yes = included.match(cell).hasMatch();
        const bool no = excluded.match(cell).hasMatch();
        if (yes != no)
            ruleOf.insert({tableOf(text, u), unit.tier}, yes);
    }
    if (ruleOf.isEmpty())
        return;
    for (int i = 0; i < terms.size(); ++i) {
        SlaTerm &term = terms[i];
        if (term.key != QLatin1String("coverage") || !term.values.value(QStringLiteral("holidays")).isNull())
            continue;
        const auto rule = ruleOf.constFind({tableOf(text, termUnits.at(i)), term.tier});
        if (rule != ruleOf.cend())
            term.values.insert(QStringLiteral("holidays"), *rule);
    }
}

void fillPriceUnitFromNotes(const AnalysisText &text, QList<SlaTerm> &terms, const QList<int> &termUnits)
{
    static const QRegularExpression note = TermExtractor::pattern(QStringLiteral(
        R"(\bunit (?:prices?|rates?|fees?|charges?)\b[^.;]{0,40}\b(?:are|is)\s+(?:quoted\s+|stated\s+)?per (?:server|unit|device))"
        R"((?:,)?\s*(?:per|a|/)\s*(month|year|annum)|(?:以上|上表|表中)?单价(?:均)?(?:为|是|指|系)每台(?:设备|服务器)?每(月|年))"));
    static const QRegularExpression unitPriceColumn =
        TermExtractor::pattern(QStringLiteral(R"(\bunit\s+(?:price|rate|fee|charge|cost)|单价)"));
    QHash<int, QString> perOfTable;
    for (int u : text.unitsMatching(note)) {
        const TextUnit &unit = text.units().at(u);
        if (unit.cell >= 0)
            continue;
        const auto m = note.match(text.unitText(unit));
        const QString period = m.captured(1) + m.captured(2);
        const bool monthly =
            period.compare(QLatin1String("month"), Qt::CaseInsensitive) == 0 || period == QStringLiteral("月");
        const int table = tableAbove(text, unit.segment);
        if (table >= 0 && !perOfTable.contains(table))
            perOfTable.insert(table, monthly ? QStringLiteral("server_month") : QStringLiteral("server_year"));
    }
    if (perOfTable.isEmpty())
        return;
    for (int i = 0; i < terms.size(); ++i) {
        SlaTerm &term = terms[i];
        if (term.key != QLatin1String("price") || !term.values.value(QStringLiteral("per")).isNull())
            continue;
        const int table = tableOf(text, termUnits.at(i));
        const TextUnit &unit = text.units().at(termUnits.at(i));
        if (perOfTable.contains(table) && unitPriceColumn.match(unit.columnHeader).hasMatch())
            term.values.insert(QStringLiteral("per"), perOfTable.value(table));
    }
}

} // namespace

void fillFromTableNotes(const AnalysisText &text, QList<SlaTerm> &terms, const QList<int> &termUnits)
{
    fillPriorityFromNotes(text, terms, termUnits);
    fillHolidaysFromRows(text, terms, termUnits);
    fillPriceUnitFromNotes(text, terms, termUnits);
}

} // namespace tw::analysis
