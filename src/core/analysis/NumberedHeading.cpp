#include "NumberedHeading.h"

namespace tw::analysis {

const QRegularExpression &numberedHeading()
{
    static const QRegularExpression re(
        QStringLiteral(
            R"(^\s*(?:#{1,6}\s+(?=\S)(?:(\d{1,2}(?:\.\d{1,2}){0,3})\.?\s+(?=\D))?|(?:((?:[A-Z]\.)?\d{1,2}(?:\.\d{1,2}){0,3})\.?\s+(?=\D)|([一二三四五六七八九十]{1,3})[、.]|[(（]([一二三四五六七八九十]{1,3})[)）]|第[一二三四五六七八九十\d]{1,3}[章部分节条]|(?:section|article|schedule|appendix|annex|part)\s+[\dA-Z]+[.:]?\s|§\s*\d{1,3}[a-z]?\.?\s|附件[一二三四五六七八九十\d]+|(议题|专题)[一二三四五六七八九十\d]{1,3}\s*[:：、])))"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

int headingLevel(const QRegularExpressionMatch &m)
{
    // "（一）" and a meeting's "议题二：" sit under the "一、" headings.
    if (!m.captured(4).isEmpty() || !m.captured(5).isEmpty())
        return 2;
    const QString number = m.captured(1) + m.captured(2);
    return number.isEmpty() ? 1 : int(number.count(QLatin1Char('.'))) + 1;
}

} // namespace tw::analysis
