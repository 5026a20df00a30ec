#pragma once

#include <QChar>

namespace tw {

/**
 * The Simplified form of a Traditional Chinese character (國 -> 国, 級 -> 级, 裡 -> 里), or the
 * character itself. One character for one, so text positions stay put. The table is generated from
 * OpenCC by make_traditional_chinese.py.
 */
QChar simplifiedChinese(QChar c);

} // namespace tw
