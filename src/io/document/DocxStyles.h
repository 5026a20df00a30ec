#pragma once

#include <QHash>
#include <QString>

namespace tw::io {

/**
 * What Word's paragraph styles (word/styles.xml) contribute to text extraction: the list a style
 * numbers its paragraphs with ("List Number", numbered headings) and page breaks before them.
 */
class DocxStyles
{
public:
    /** Reads styles.xml. False when it is not well-formed (then no style contributes anything). */
    bool load(const QByteArray &xml);

    /** The style of paragraphs that name none. */
    QString defaultParagraphStyle() const { return m_defaultParagraphStyle; }
    /** The list (numId, empty when none) a paragraph of this style belongs to, through basedOn. */
    QString numId(const QString &styleId) const;
    /** The list level the style sets, or -1. */
    int level(const QString &styleId) const;
    /** True when paragraphs of this style start a new page. */
    bool pageBreakBefore(const QString &styleId) const;

private:
    struct Style
    {
        QString basedOn;
        QString numId;
        bool hasNumId = false;
        int level = -1;
        int pageBreakBefore = -1; ///< -1 = inherited
    };
    template <typename Get> auto inherited(const QString &styleId, Get get) const;

    QHash<QString, Style> m_styles;
    QString m_defaultParagraphStyle;
};

} // namespace tw::io
