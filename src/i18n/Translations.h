#pragma once

#include <QLocale>

namespace tw {

/**
 * Loads the bundled translation for the given locale (default: the system's) into the running
 * application, together with Qt's own. Returns the language installed ("zh_CN", "en"...), empty
 * when the locale has no translation and the built-in English stays.
 */
QString installTranslations(const QLocale &locale = QLocale());

} // namespace tw
