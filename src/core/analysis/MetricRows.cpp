#include "MetricRows.h"

#include "PriorityParser.h"

#include <QRegularExpression>

namespace tw::analysis {

namespace {

QString cellText(const PreparedSegment &row, int i)
{
    return row.norm.text.mid(row.cells.at(i).first, row.cells.at(i).second - row.cells.at(i).first).trimmed();
}

/** Which measure a short label cell names: 0 none, 1 response, 2 on-site, 3 resolution. */
int measureOf(const QString &cell)
{
    static const QRegularExpression digit(QStringLiteral(R"(\d)"));
    if (cell.isEmpty() || cell.size() > 24 || digit.match(cell).hasMatch())
        return 0;
    static const QRegularExpression response(
        QStringLiteral(R"(^(?:远程)?响应(?:时间|时限)?$|^(?:remote |initial )?respon(?:se|d)(?: time)?$)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression onsite(
        QStringLiteral(
            R"(^(?:现场)?到场(?:时间|时限)?$|^(?:上门|到达现场)(?:时间|时限)?$|^on-?site(?: response| attendance| time)*$|^arrival(?: time)?$)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression resolution(
        QStringLiteral(
            R"(^(?:故障)?(?:修复|恢复|解决)(?:时间|时限)?$|^(?:resolution|restore|restoration|fix|repair)(?: time)?$)"),
        QRegularExpression::CaseInsensitiveOption);
    if (response.match(cell).hasMatch())
        return 1;
    if (onsite.match(cell).hasMatch())
        return 2;
    if (resolution.match(cell).hasMatch())
        return 3;
    return 0;
}

} // namespace

QHash<int, MetricRow> metricRows(const QList<PreparedSegment> &segments, const TierContext &tiers)
{
    QHash<int, MetricRow> result;
    int s = 0;
    while (s < segments.size()) {
        if (segments.at(s).source.kind != TextSegment::Kind::TableRow) {
            ++s;
            continue;
        }
        const int table = segments.at(s).source.table;
        int end = s;
        while (end < segments.size() && segments.at(end).source.kind == TextSegment::Kind::TableRow &&
               segments.at(end).source.table == table)
            ++end;
        // The measure column: the grid column of the first label cell naming a measure, after another.
        struct Row
        {
            int segment;
            int cell;
            int measure;
        };
        QList<Row> rows;
        int measureColumn = -1;
        for (int r = s; r < end; ++r) {
            const PreparedSegment &row = segments.at(r);
            for (int i = 0; i < row.cells.size(); ++i) {
                const int column = row.source.columns.value(i, i);
                const int measure = measureOf(cellText(row, i));
                if (measure == 0 || column == 0 || (measureColumn >= 0 && column != measureColumn))
                    continue;
                measureColumn = column;
                rows << Row{r, i, measure};
                break;
            }
        }
        if (rows.size() >= 3) {
            // Group the rows: a group starts where the table's first measure comes round again.
            QList<QList<Row>> groups;
            for (const Row &row : std::as_const(rows)) {
                if (groups.isEmpty() || row.measure == rows.first().measure)
                    groups << QList<Row>();
                groups.last() << row;
            }
            for (const QList<Row> &group : std::as_const(groups)) {
                QStringList priority;
                for (const Row &row : group) {
                    const PreparedSegment &segment = segments.at(row.segment);
                    for (int i = 0; i < row.cell; ++i) {
                        const QStringList named =
                            PriorityParser::prioritiesOf(tiers.maskPriorityLikeNames(cellText(segment, i)));
                        if (named.size() == 1)
                            priority = named;
                    }
                }
                for (const Row &row : group)
                    result.insert(row.segment, MetricRow{row.cell, priority});
            }
        }
        s = end;
    }
    return result;
}

QHash<int, SpannedMeasureRow> spannedMeasureRows(const QList<PreparedSegment> &segments, const TierContext &tiers)
{
    QHash<int, SpannedMeasureRow> result;
    auto isRow = [&](int r, int table) {
        return r >= 0 && r < segments.size() && segments.at(r).source.kind == TextSegment::Kind::TableRow &&
               segments.at(r).source.table == table && segments.at(r).source.row > 0;
    };
    // The one priority a row's label cell names, when the row has no first cell (the merged one's column).
    auto unlabelledPriority = [&](int r) {
        const PreparedSegment &row = segments.at(r);
        if (row.cells.size() < 2 || row.source.columns.value(0, 0) == 0)
            return QStringList();
        const QStringList named = PriorityParser::prioritiesOf(tiers.maskPriorityLikeNames(cellText(row, 0)));
        return named.size() == 1 ? named : QStringList();
    };
    for (int s = 0; s < segments.size(); ++s) {
        const PreparedSegment &row = segments.at(s);
        if (row.source.kind != TextSegment::Kind::TableRow || row.source.row == 0 || row.cells.size() < 3 ||
            row.source.columns.value(0, 0) != 0 || row.source.columns.value(1, 1) != 1)
            continue;
        const QString measure = cellText(row, 0);
        const QStringList own = PriorityParser::prioritiesOf(tiers.maskPriorityLikeNames(cellText(row, 1)));
        if (measureOf(measure) == 0 || own.size() != 1)
            continue;
        QList<int> spanned;
        for (int r = s - 1; isRow(r, row.source.table) && !result.contains(r) && !unlabelledPriority(r).isEmpty(); --r)
            spanned << r;
        for (int r = s + 1; isRow(r, row.source.table) && !unlabelledPriority(r).isEmpty(); ++r)
            spanned << r;
        if (spanned.isEmpty())
            continue;
        result.insert(s, SpannedMeasureRow{measure + QLatin1Char(' ') + cellText(row, 1), own});
        for (int r : std::as_const(spanned))
            result.insert(
                r, SpannedMeasureRow{measure + QLatin1Char(' ') + cellText(segments.at(r), 0), unlabelledPriority(r)});
    }
    return result;
}

} // namespace tw::analysis
