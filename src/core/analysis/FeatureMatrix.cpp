#include "FeatureMatrix.h"

#include "TermExtractor.h"

#include <algorithm>

namespace tw::analysis::FeatureMatrix {

bool isIncludedCell(const QString &cellText)
{
    static const QRegularExpression included = TermExtractor::pattern(QStringLiteral(
        R"(^\s*(?:(?:(?:provided|available|included|yes)\b|✓|✔)(?! only on request| at (?:extra|additional)| for a fee)[^.;]*|)"
        R"((?:annual(?:ly)?|yearly|quarterly|monthly|half-yearly|semi-annual(?:ly)?)\b[,;]?\s*(?:on-?site|remote(?:ly)?|visits?)?|)"
        R"(included|yes|y|✓|✔|√|●|standard|提供|包含|包括|含|是|有|免费提供|支持|)"
        // "支持（确认故障部件后即安排备件发运）": included, with a note on how.
        R"((?:支持|提供|包含|是|有|included|yes)\s*[（(][^)）]{0,60}[)）]|)"
        R"(annual(?:ly)?|yearly|quarterly|monthly|half-yearly|semi-annual(?:ly)?|twice (?:a|per) year|)"
        R"(每年(?:[一1]次)?|每季度?(?:[一1]次)?|每半年(?:[一1]次)?|每月(?:[一1]次)?)\s*[.。]?\s*$)"));
    return included.match(cellText).hasMatch();
}

bool isMarkerRowLabel(const AnalysisText &text, const TextUnit &unit)
{
    if (unit.cell != 0)
        return false;
    static const QRegularExpression marker = TermExtractor::pattern(QStringLiteral(
        R"(^\s*(?:(?:not )?included|yes|no|n/?a|y|n|✓|✔|√|✗|✘|×|●|○|-|—|standard|optional|提供|不提供|包含|不包含|包括|含|不含|是|否|有|无|支持|不支持|)"
        R"(annual(?:ly)?|yearly|quarterly|monthly|half-yearly|semi-annual(?:ly)?|每年|每季度?|每半年|每月)\s*[.。]?\s*$)"));
    const auto [first, end] = text.unitsOfSegment(unit.segment); // the row's cells
    for (int o = first; o < end; ++o) {
        const TextUnit &cell = text.units().at(o);
        if (cell.cell > 0 && (marker.match(text.unitText(cell)).hasMatch() || isIncludedCell(text.unitText(cell))))
            return true;
    }
    return false;
}

} // namespace tw::analysis::FeatureMatrix
