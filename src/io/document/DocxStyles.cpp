#include "DocxStyles.h"

#include "DocxXml.h"

#include <QXmlStreamReader>

#include <optional>

namespace tw::io {

using docx::attribute;
using docx::isWord;

namespace {
// basedOn chains are short in real documents; the bound only stops cycles in hostile ones.
constexpr int kMaxInheritance = 32;
} // namespace

bool DocxStyles::load(const QByteArray &xml)
{
    QXmlStreamReader reader(xml);
    if (reader.readNextStartElement()) {
        while (reader.readNextStartElement()) {
            if (!isWord(reader, QLatin1String("style")) ||
                attribute(reader, QLatin1String("type")) != QLatin1String("paragraph")) {
                reader.skipCurrentElement();
                continue;
            }
            const QString id = attribute(reader, QLatin1String("styleId"));
            const QString isDefault = attribute(reader, QLatin1String("default"));
            if (isDefault == QLatin1String("1") || isDefault == QLatin1String("true") ||
                isDefault == QLatin1String("on"))
                m_defaultParagraphStyle = id;
            Style style;
            while (reader.readNextStartElement()) {
                if (isWord(reader, QLatin1String("basedOn"))) {
                    style.basedOn = attribute(reader, QLatin1String("val"));
                    reader.skipCurrentElement();
                } else if (isWord(reader, QLatin1String("pPr"))) {
                    while (reader.readNextStartElement()) {
                        if (isWord(reader, QLatin1String("pageBreakBefore"))) {
                            style.pageBreakBefore = docx::onOffValue(reader) ? 1 : 0;
                            reader.skipCurrentElement();
                        } else if (isWord(reader, QLatin1String("numPr"))) {
                            while (reader.readNextStartElement()) {
                                if (isWord(reader, QLatin1String("numId"))) {
                                    style.numId = attribute(reader, QLatin1String("val"));
                                    style.hasNumId = true;
                                } else if (isWord(reader, QLatin1String("ilvl"))) {
                                    style.level = attribute(reader, QLatin1String("val")).toInt();
                                }
                                reader.skipCurrentElement();
                            }
                        } else {
                            reader.skipCurrentElement();
                        }
                    }
                } else {
                    reader.skipCurrentElement();
                }
            }
            m_styles.insert(id, style);
        }
    }
    if (reader.hasError()) {
        m_styles.clear();
        m_defaultParagraphStyle.clear();
        return false;
    }
    return true;
}

template <typename Get> auto DocxStyles::inherited(const QString &styleId, Get get) const
{
    QString id = styleId;
    for (int depth = 0; depth < kMaxInheritance && !id.isEmpty(); ++depth) {
        const auto it = m_styles.constFind(id);
        if (it == m_styles.constEnd())
            break;
        if (auto value = get(*it))
            return value;
        id = it->basedOn;
    }
    return decltype(get(Style{})){};
}

QString DocxStyles::numId(const QString &styleId) const
{
    return inherited(
               styleId,
               [](const Style &style) { return style.hasNumId ? std::optional<QString>(style.numId) : std::nullopt; })
        .value_or(QString());
}

int DocxStyles::level(const QString &styleId) const
{
    return inherited(
               styleId,
               [](const Style &style) { return style.level >= 0 ? std::optional<int>(style.level) : std::nullopt; })
        .value_or(-1);
}

bool DocxStyles::pageBreakBefore(const QString &styleId) const
{
    return inherited(styleId,
                     [](const Style &style) {
                         return style.pageBreakBefore >= 0 ? std::optional<bool>(style.pageBreakBefore == 1)
                                                           : std::nullopt;
                     })
        .value_or(false);
}

} // namespace tw::io
