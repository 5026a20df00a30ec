#include "ReportFonts.h"

#include <QFontDatabase>
#include <QStringList>

namespace tw::report {

QString reportFontFamily()
{
    static const QString family = [] {
        const int id = QFontDatabase::addApplicationFont(QStringLiteral(":/fonts/wqy-microhei.ttc"));
        const QStringList families = QFontDatabase::applicationFontFamilies(id);
        return families.isEmpty() ? QStringLiteral("WenQuanYi Micro Hei") : families.constFirst();
    }();
    return family;
}

} // namespace tw::report
