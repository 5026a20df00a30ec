#pragma once

#include <QString>

namespace tw::report {

/**
 * Registers the bundled TrueType CJK font once and returns its family name. PDFs written with it
 * copy out correctly in Chinese, which Noto CJK (OpenType/CFF) does not through Qt's PDF engine.
 */
QString reportFontFamily();

} // namespace tw::report
