#include "FixedWidthTable.h"

#include <QMap>
#include <QRegularExpression>

#include <algorithm>

namespace tw::analysis {

namespace {

// Start of each column: the dash groups of a rule line "---  -------  -----" (two groups at least).
QList<int> ruleColumns(const QString &line)
{
    static const QRegularExpression rule(QStringLiteral(R"(^\s*[-=]{2,}(?:\s+[-=]{2,})+\s*$)"));
    if (!rule.match(line).hasMatch())
        return {};
    QList<int> starts;
    for (int i = 0; i < line.size(); ++i) {
        if (line.at(i) != QLatin1Char(' ') && (i == 0 || line.at(i - 1) == QLatin1Char(' ')))
            starts << i;
    }
    return starts;
}

// The line cut at the column starts, or nothing when text runs over a column boundary (the space just
// before each column after the first).
QStringList splitAtColumns(const QString &line, const QList<int> &starts)
{
    for (int k = 1; k < starts.size(); ++k) {
        const int boundary = starts.at(k) - 1;
        if (boundary < line.size() && line.at(boundary) != QLatin1Char(' '))
            return {};
    }
    QStringList cells;
    for (int k = 0; k < starts.size(); ++k) {
        const int from = k == 0 ? 0 : starts.at(k);
        const int to = k + 1 < starts.size() ? starts.at(k + 1) : int(line.size());
        cells << (from < line.size() ? line.mid(from, to - from).trimmed() : QString());
    }
    return cells;
}

// A line is a row of the table when it is blank at every column boundary, has text in at least two
// columns and is padded somewhere (prose that happens to have spaces at the boundaries has single
// spaces only).
QStringList cellsOf(const QString &line, const QList<int> &starts)
{
    if (!line.trimmed().contains(QLatin1String("  ")))
        return {};
    const QStringList cells = splitAtColumns(line, starts);
    const auto filled =
        std::count_if(cells.cbegin(), cells.cend(), [](const QString &cell) { return !cell.isEmpty(); });
    return filled >= 2 ? cells : QStringList();
}

// Start of each column of a header line set with runs of spaces ("Plan        Cover       Response"): the
// first word and every word after two spaces or more. Three columns at least, or two after a blank
// first column (the row labels' column has no heading: "            Essential       Advanced").
QList<int> spacedColumns(const QString &line)
{
    QList<int> starts;
    for (int i = 0; i < line.size(); ++i) {
        if (line.at(i) == QLatin1Char(' '))
            continue;
        if (starts.isEmpty() || (i >= 2 && line.at(i - 1) == QLatin1Char(' ') && line.at(i - 2) == QLatin1Char(' ')))
            starts << i;
    }
    return starts.size() >= 3 || (starts.size() == 2 && starts.first() >= 8) ? starts : QList<int>();
}

// A rule of one run under a header or between rows ("  --------------------------").
bool isPlainRule(const QString &line)
{
    static const QRegularExpression rule(QStringLiteral(R"(^\s*[-=_]{5,}\s*$)"));
    return rule.match(line).hasMatch();
}

int indentOf(const QString &line)
{
    int i = 0;
    while (i < line.size() && line.at(i) == QLatin1Char(' '))
        ++i;
    return i;
}

// A line that continues the row above inside its columns ("                 (M-F 8am-5pm local)"): the
// label column is empty and the text keeps clear of every column boundary.
QStringList continuationCells(const QString &line, const QList<int> &starts)
{
    if (starts.size() < 2 || indentOf(line) < starts.at(1))
        return {};
    return splitAtColumns(line, starts);
}

// A line over a table's header that names groups of its columns, each word starting where a column
// starts ("Priority           BASIC                          PLUS" over "Response  On-site  Response ..."):
// the name of the group each column falls in, by column, or nothing when the line is not such a line
// (a word off the column starts, or no word naming two columns or more).
QStringList columnGroups(const QString &line, const QList<int> &starts)
{
    if (!line.trimmed().contains(QLatin1String("  ")))
        return {};
    QStringList groups(starts.size(), QString());
    int named = 0;
    for (int i = 0; i < line.size();) {
        if (line.at(i) == QLatin1Char(' ')) {
            ++i;
            continue;
        }
        const int end = line.indexOf(QLatin1String("  "), i);
        const int column = int(starts.indexOf(i));
        if (column < 0)
            return {};
        groups[column] = line.mid(i, (end < 0 ? line.size() : end) - i).trimmed();
        named += column > 0;
        i = end < 0 ? int(line.size()) : end;
    }
    if (named == 0 || named + 1 >= starts.size())
        return {};
    for (int k = 2; k < groups.size(); ++k) {
        if (groups.at(k).isEmpty())
            groups[k] = groups.at(k - 1);
    }
    return groups;
}

// The header's cells with the name of each one's group before it ("BASIC Response"); the label
// column's heading may stand on the group line alone ("Priority").
QStringList withColumnGroups(QStringList header, const QStringList &groups)
{
    for (int k = 0; k < header.size() && k < groups.size(); ++k) {
        if (groups.at(k).isEmpty())
            continue;
        header[k] = header.at(k).isEmpty() ? groups.at(k) : groups.at(k) + QLatin1Char(' ') + header.at(k);
    }
    return header;
}

// A Chinese character or a full-width sign, which a monospaced font shows two columns wide.
bool showsWide(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0x303E) || (u >= 0x3041 && u <= 0x33FF) ||
           (u >= 0x3400 && u <= 0x4DBF) || (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0xA000 && u <= 0xA4CF) ||
           (u >= 0xAC00 && u <= 0xD7A3) || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFE30 && u <= 0xFE4F) ||
           (u >= 0xFF00 && u <= 0xFF60) || (u >= 0xFFE0 && u <= 0xFFE6);
}

// Stands in the second column a wide character takes on screen: U+FFFF, a noncharacter no decoded text holds (a
// private-use code point could be a symbol font's glyph).
constexpr char16_t wideFiller = 0xFFFF;

FixedWidthTables tablesOfLinesAsShown(const QStringList &lines)
{
    FixedWidthTables tables;
    for (int i = 0; i < lines.size(); ++i) {
        const QList<int> starts = ruleColumns(lines.at(i));
        if (starts.isEmpty())
            continue;
        tables.rules.insert(i);
        if (i > 0 && !tables.rows.contains(i - 1)) {
            const QStringList header = cellsOf(lines.at(i - 1), starts);
            const QStringList groups =
                header.isEmpty() || i < 2 ? QStringList() : columnGroups(lines.at(i - 2), starts);
            if (!groups.isEmpty())
                tables.rules.insert(i - 2);
            if (!header.isEmpty())
                tables.rows.insert(i - 1, withColumnGroups(header, groups));
        }
        int row = i + 1;
        for (; row < lines.size(); ++row) {
            if (!ruleColumns(lines.at(row)).isEmpty())
                break;
            const QStringList cells = cellsOf(lines.at(row), starts);
            if (cells.isEmpty())
                break;
            tables.rows.insert(row, cells);
        }
        i = row - 1;
    }
    // Tables without a column rule: a header set with runs of spaces and at least two rows below it
    // that are blank at every one of its column boundaries. A header indented past the rows' labels
    // heads the columns after an unnamed label column; one-run rules and lines continuing a row's
    // cells belong to the table.
    for (int i = 0; i + 2 < lines.size(); ++i) {
        if (tables.rows.contains(i) || tables.rules.contains(i))
            continue;
        QList<int> starts = spacedColumns(lines.at(i));
        if (starts.isEmpty())
            continue;
        QMap<int, QStringList> block;
        QSet<int> skipped;
        QStringList headerLines; // lines under the header that go on with its cells ("(CLIN 0001)")
        QSet<int> groupRows;     // rows holding only a label that heads the rows below ("Severity 1")
        int lastRow = -1;
        int row = i + 1;
        bool labelColumn = false; // rows start left of the header: their labels' column has no heading
        for (; row < lines.size() && !tables.rows.contains(row); ++row) {
            if (isPlainRule(lines.at(row))) {
                skipped.insert(row);
                continue;
            }
            QList<int> columns = starts;
            const bool leftOfHeader = indentOf(lines.at(row)) < starts.first() - 1;
            if (leftOfHeader || labelColumn)
                columns.prepend(0);
            QStringList cells = cellsOf(lines.at(row), columns);
            // A short label alone in the label column heads the rows below it.
            const bool groupLabel =
                cells.isEmpty() && leftOfHeader &&
                int(lines.at(row).trimmed().size()) + indentOf(lines.at(row)) < starts.first() - 1 &&
                !lines.at(row).trimmed().contains(QLatin1String("  "));
            if (groupLabel) {
                cells = QStringList(columns.size(), QString());
                cells.first() = lines.at(row).trimmed();
                groupRows.insert(row);
            }
            // The first labelled row shows the label column: the unlabelled lines above it went on with the
            // header's cells.
            if (!cells.isEmpty() && leftOfHeader && !labelColumn) {
                for (auto it = block.cbegin(); it != block.cend(); ++it) {
                    headerLines << lines.at(it.key());
                    skipped.insert(it.key());
                }
                block.clear();
                lastRow = -1;
            }
            // With a label column, a line without a label continues the row above.
            if (!cells.isEmpty() && labelColumn && lastRow >= 0 && cells.first().isEmpty())
                cells.clear();
            if (!cells.isEmpty()) {
                labelColumn = labelColumn || leftOfHeader;
                block.insert(row, cells);
                lastRow = row;
                continue;
            }
            const QStringList more = lastRow >= 0 ? continuationCells(lines.at(row), columns) : QStringList();
            if (more.isEmpty() || more.size() != block.value(lastRow).size())
                break;
            QStringList &merged = block[lastRow];
            for (int k = 0; k < more.size(); ++k) {
                if (!more.at(k).isEmpty())
                    merged[k] = merged.at(k).isEmpty() ? more.at(k) : merged.at(k) + QLatin1Char(' ') + more.at(k);
            }
            skipped.insert(row);
        }
        // (A label at the end heads nothing: the table ended before it.)
        while (!block.isEmpty() && groupRows.contains(block.lastKey())) {
            row = block.lastKey();
            block.remove(row);
        }
        if (block.size() -
                    std::count_if(block.keyBegin(), block.keyEnd(), [&](int r) { return groupRows.contains(r); }) <
                2 ||
            (starts.size() < 3 && !labelColumn))
            continue;
        if (labelColumn)
            starts.prepend(0);
        // The header's own cells (a blank label column, then one per column), and those of the lines
        // going on with it.
        auto headerCells = [&](const QString &line) {
            QStringList cells = cellsOf(line, starts);
            if (!cells.isEmpty())
                return cells;
            for (int k = 0; k < starts.size(); ++k) {
                const int from = starts.at(k);
                const int to = k + 1 < starts.size() ? starts.at(k + 1) : int(line.size());
                cells << line.mid(from, to - from).trimmed();
            }
            return cells;
        };
        QStringList header = headerCells(lines.at(i));
        for (const QString &line : std::as_const(headerLines)) {
            const QStringList more = headerCells(line);
            for (int k = 0; k < more.size() && k < header.size(); ++k) {
                if (!more.at(k).isEmpty())
                    header[k] = header.at(k).isEmpty() ? more.at(k) : header.at(k) + QLatin1Char(' ') + more.at(k);
            }
        }
        tables.rows.insert(i, header);
        for (auto it = block.cbegin(); it != block.cend(); ++it)
            tables.rows.insert(it.key(), it.value());
        for (int skip : std::as_const(skipped)) {
            if (skip < row)
                tables.rules.insert(skip);
        }
        i = row - 1;
    }
    return tables;
}

} // namespace

FixedWidthTables fixedWidthTables(const QStringList &lines)
{
    // Columns line up as the writer saw them, a wide character taking two ("级别   故障说明      响应时间" over
    // "一级   整机宕机、核心业务中断   15分钟"): each wide character is followed by a filler while the columns are
    // found, and the cells lose the fillers again.
    QStringList shown;
    shown.reserve(lines.size());
    bool wide = false;
    for (const QString &line : lines) {
        if (std::none_of(line.cbegin(), line.cend(), showsWide)) {
            shown << line;
            continue;
        }
        wide = true;
        QString widened;
        widened.reserve(line.size() * 2);
        for (const QChar c : line) {
            widened += c;
            if (showsWide(c))
                widened += QChar(wideFiller);
        }
        shown << widened;
    }
    FixedWidthTables tables = tablesOfLinesAsShown(shown);
    if (wide) {
        for (QStringList &cells : tables.rows) {
            for (QString &cell : cells)
                cell.remove(QChar(wideFiller));
        }
    }
    return tables;
}

} // namespace tw::analysis
