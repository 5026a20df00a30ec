#pragma once

#include "core/model/Document.h"

#include <QString>
#include <QStringList>

namespace tw::analysis {

/**
 * How a plain-text document was wrapped. Text hard-wrapped at a fixed width has no line much wider
 * than that width (Chinese characters count two columns); text whose paragraphs are single long lines
 * is not wrapped, and its short lines stand alone. English wraps at word boundaries, so its wrapped
 * lines end ragged at any width over about 50 columns; Chinese wraps at any character, so its wrapped
 * lines end together at the width, and a chat message's short Chinese lines do not.
 */
class PlainTextWrap
{
public:
    explicit PlainTextWrap(const Document &document);
    /** The wrapping of some lines of plain text (an e-mail's messages are wrapped each their own way). */
    explicit PlainTextWrap(const QStringList &lines);

    /** Whether the line after @p previous continues the sentence the wrapping cut @p previous from. */
    bool continues(const QString &previous) const;

    /** Columns a line takes in a fixed-width font. */
    static int displayWidth(const QString &text);

private:
    bool m_wrapped = false;     ///< no line wider than a wrapping width
    int m_width = 0;            ///< the wrapping width: nearly the widest line (98th percentile)
    int m_maxWidth = 0;         ///< the widest line
    bool m_chineseWrap = false; ///< many lines end at the widest line's width
};

} // namespace tw::analysis
