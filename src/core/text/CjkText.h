#pragma once

#include <QChar>

namespace tw {

/** A Han ideograph of the BMP (CJK Unified Ideographs and Extension A). */
inline bool isHanCharacter(QChar c)
{
    const ushort u = c.unicode();
    return (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0x3400 && u <= 0x4DBF);
}

/**
 * A character of Chinese running text: Han ideographs, CJK punctuation (、。「」) and full-width forms
 * (，：７). Chinese is written without spaces between such characters.
 */
inline bool isCjkCharacter(QChar c)
{
    const ushort u = c.unicode();
    return isHanCharacter(c) || (u >= 0x3000 && u <= 0x303F) || (u >= 0xFF00 && u <= 0xFFEF);
}

} // namespace tw
