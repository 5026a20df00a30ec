#include "TableCaption.h"

namespace tw::analysis {

const QRegularExpression &captionOpening()
{
    static const QRegularExpression re(
        QStringLiteral(R"(^\s*(?:表|附表|table|tab\.)\s*(?:[\d一二三四五六七八九十]+(?:[-.]\d+)?(?!\d)|[A-Z](?!\w)))"),
        QRegularExpression::CaseInsensitiveOption);
    return re;
}

} // namespace tw::analysis
