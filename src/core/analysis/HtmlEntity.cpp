#include "HtmlEntity.h"

#include <QHash>
#include <QString>

namespace tw::analysis {

QChar htmlEntityCharacter(QStringView name)
{
    static const QHash<QString, QChar> entities = {
        {QStringLiteral("nbsp"), QLatin1Char(' ')}, {QStringLiteral("amp"), QLatin1Char('&')},
        {QStringLiteral("lt"), QLatin1Char('<')},   {QStringLiteral("gt"), QLatin1Char('>')},
        {QStringLiteral("quot"), QLatin1Char('"')}, {QStringLiteral("#39"), QLatin1Char('\'')},
        {QStringLiteral("ndash"), QChar(0x2013)},   {QStringLiteral("mdash"), QChar(0x2014)},
        {QStringLiteral("lsquo"), QChar(0x2018)},   {QStringLiteral("rsquo"), QChar(0x2019)},
        {QStringLiteral("ldquo"), QChar(0x201C)},   {QStringLiteral("rdquo"), QChar(0x201D)},
        {QStringLiteral("hellip"), QChar(0x2026)},  {QStringLiteral("times"), QChar(0x00D7)},
        {QStringLiteral("check"), QChar(0x2713)},   {QStringLiteral("#10003"), QChar(0x2713)}};
    return entities.value(name.toString());
}

} // namespace tw::analysis
