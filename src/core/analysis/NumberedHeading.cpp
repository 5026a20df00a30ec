#include "NumberedHeading.h"

namespace tw::analysis {

const QRegularExpression &numberedHeading()
{
    static const QRegularExpression re(
        QStringLiteral(
            R"(^\s*(?:#{1,6}\s+(?=\S)(?:(\d{1,2}(?:\.\d{1,2}){0,3})\.?\s+(?=\D))?|(?:((?:[A-Z]\.)?\d{1,2}(?:\.\d{1,2}){0,3})\.?\s+(?=\D)|([一二三四五六七八九十]{1,3})[、.]|[(（]([一二三四五六七八九十]{1,3})[)）]|第[一二三四五六七八九十\d]{1,3}[章部分节条]|(?:section|article|schedule|appendix|annex|part)\s+[\dA-Z]+[.:]?\s|附件[一二三四五六七八九十\d]+)))"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

int headingLevel(const QRegularExpressionMatch &m)
{
    if (!m.captured(4).isEmpty())
        return 2;
    const QString number = m.captured(1) + m.captured(2);
    return number.isEmpty() ? 1 : int(number.count(QLatin1Char('.'))) + 1;
}

} // namespace tw::analysis
