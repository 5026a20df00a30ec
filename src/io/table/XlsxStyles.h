#pragma once

#include <QByteArray>
#include <QString>

#include <vector>

namespace tw::io {

/** Whether an Excel number format code shows a date or time ("yyyy-mm-dd", "h:mm", "yyyy\"年\"m\"月\"d\"日\""). */
bool isDateFormatCode(const QString &code);
/** Whether a built-in number format id is a date or time format (14-22, 27-36, 45-47, 50-58). */
bool isBuiltinDateFormat(int numFmtId);

/** Which cell styles (the "s" attribute, an index into cellXfs) format numbers as dates. */
std::vector<bool> readDateStyles(const QByteArray &stylesXml);

} // namespace tw::io
