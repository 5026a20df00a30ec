#include "HtmlTable.h"
#include "HtmlEntity.h"

#include <QRegularExpression>

#include <algorithm>

namespace tw::analysis {

namespace {

// Known entities replaced by their characters, in one pass ("&amp;lt;" reads "&lt;"); others stay.
QString decodeEntities(const QString &html)
{
    static const QRegularExpression entity(QStringLiteral(R"(&(#?\w{1,7});)"));
    QString out;
    qsizetype from = 0;
    for (auto it = entity.globalMatch(html); it.hasNext();) {
        const auto m = it.next();
        const QChar character = htmlEntityCharacter(m.capturedView(1));
        if (character.isNull())
            continue;
        out += QStringView(html).mid(from, m.capturedStart() - from);
        out += character;
        from = m.capturedEnd();
    }
    out += QStringView(html).mid(from);
    return out;
}

// A cell's markup as text: breaks become "; ", other tags go, entities are decoded.
QString cellText(QString html)
{
    static const QRegularExpression breaks(QStringLiteral(R"(<br\s*/?>|</(?:p|li|div)>)"),
                                           QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression tags(QStringLiteral(R"(<[^>]*>)"));
    static const QRegularExpression spaces(QStringLiteral(R"(\s+)"));
    html.replace(breaks, QStringLiteral("; "));
    html.remove(tags);
    html = decodeEntities(html);
    html.replace(spaces, QStringLiteral(" "));
    QString text = html.trimmed();
    while (text.startsWith(QLatin1Char(';')) || text.endsWith(QLatin1Char(';'))) {
        text = text.startsWith(QLatin1Char(';')) ? text.mid(1).trimmed() : text.chopped(1).trimmed();
    }
    return text;
}

/** The rowspan (or colspan) a cell's attributes give it, 1 by default. */
int spanOf(const QString &attributes, bool columns)
{
    static const QRegularExpression rowSpan(QStringLiteral(R"(rowspan\s*=\s*["']?(\d+))"),
                                            QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression columnSpan(QStringLiteral(R"(colspan\s*=\s*["']?(\d+))"),
                                               QRegularExpression::CaseInsensitiveOption);
    const auto m = (columns ? columnSpan : rowSpan).match(attributes);
    return m.hasMatch() ? std::clamp(m.captured(1).toInt(), 1, 32) : 1;
}

} // namespace

HtmlTables htmlTables(const QStringList &lines)
{
    HtmlTables tables;
    static const QRegularExpression open(QStringLiteral(R"(<table\b)"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression close(QStringLiteral(R"(</table\s*>)"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression row(QStringLiteral(R"(<tr\b[^>]*>)"), QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression cell(
        QStringLiteral(R"(<t[dh]\b([^>]*)>([\s\S]*?)(?=</t[dh]\s*>|<t[dh]\b|</tr\s*>|<tr\b|$))"),
        QRegularExpression::CaseInsensitiveOption);
    int tableCount = 0;
    for (int first = 0; first < lines.size(); ++first) {
        if (!open.match(lines.at(first)).hasMatch())
            continue;
        // The table's markup, its lines joined, with where each line starts.
        int last = first;
        while (last < lines.size() && !close.match(lines.at(last)).hasMatch())
            ++last;
        last = std::min(last, int(lines.size()) - 1);
        QString markup;
        QList<int> lineStarts;
        for (int i = first; i <= last; ++i) {
            lineStarts << int(markup.size());
            markup += lines.at(i) + QLatin1Char('\n');
            tables.lines.insert(i);
        }
        auto lineAt = [&](qsizetype offset) {
            return first +
                   int(std::upper_bound(lineStarts.cbegin(), lineStarts.cend(), int(offset)) - lineStarts.cbegin()) - 1;
        };
        QList<qsizetype> rowStarts;
        for (auto it = row.globalMatch(markup); it.hasNext();)
            rowStarts << it.next().capturedStart();
        QHash<int, int> carried; // column -> rows a rowspan still covers
        struct Spread
        {
            int row;
            int column;
            int columns;
        };
        QList<Spread> spreads;           // data cells spanning columns
        QList<QPair<int, HtmlRow>> read; // the table's rows, by the line where each starts
        for (int r = 0; r < rowStarts.size(); ++r) {
            const qsizetype from = rowStarts.at(r);
            const qsizetype to = r + 1 < rowStarts.size() ? rowStarts.at(r + 1) : markup.size();
            const QString rowMarkup = markup.mid(from, to - from);
            HtmlRow out;
            out.table = tableCount;
            auto fillCarried = [&]() {
                while (carried.value(int(out.cells.size())) > 0) {
                    --carried[int(out.cells.size())];
                    out.cells << QString();
                }
            };
            for (auto it = cell.globalMatch(rowMarkup); it.hasNext();) {
                const auto m = it.next();
                fillCarried();
                const int column = int(out.cells.size());
                const int rows = spanOf(m.captured(1), false);
                const int columns = spanOf(m.captured(1), true);
                out.cells << cellText(m.captured(2));
                for (int c = 1; c < columns; ++c)
                    out.cells << QString();
                if (columns > 1 && column > 0 && !m.captured(0).startsWith(QLatin1String("<th"), Qt::CaseInsensitive))
                    spreads << Spread{int(read.size()), column, columns};
                for (int c = 0; c < columns; ++c) {
                    if (rows > 1)
                        carried[column + c] = rows - 1;
                }
            }
            fillCarried();
            read << qMakePair(lineAt(from), out);
        }
        // A value spanning some of the plan columns ("New or functionally equivalent to new" under Essential and
        // Priority) is each one's; one spanning every column after the label is said of all, once.
        int width = 0;
        for (const auto &tableRow : std::as_const(read))
            width = std::max(width, int(tableRow.second.cells.size()));
        for (const Spread &spread : std::as_const(spreads)) {
            if (spread.column == 1 && spread.column + spread.columns >= width)
                continue;
            QStringList &cells = read[spread.row].second.cells;
            for (int c = 1; c < spread.columns && spread.column + c < cells.size(); ++c)
                cells[spread.column + c] = cells.at(spread.column);
        }
        for (const auto &tableRow : std::as_const(read)) {
            if (!tableRow.second.cells.isEmpty())
                tables.rows[tableRow.first] << tableRow.second;
        }
        ++tableCount;
        first = last;
    }
    return tables;
}

} // namespace tw::analysis
