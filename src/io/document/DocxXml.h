#pragma once

#include <QString>
#include <QStringView>
#include <QXmlStreamReader>

/** Small helpers shared by the DOCX part readers: namespaces, attributes and WordprocessingML values. */
namespace tw::io::docx {

/** True for the WordprocessingML namespace of transitional and of strict OOXML. */
inline bool isWordNamespace(QStringView uri)
{
    return uri == QLatin1String("http://schemas.openxmlformats.org/wordprocessingml/2006/main") ||
           uri == QLatin1String("http://purl.oclc.org/ooxml/wordprocessingml/main");
}

/** True when the reader stands on a WordprocessingML element with this local name. */
inline bool isWord(const QXmlStreamReader &xml, QLatin1String localName)
{
    return xml.name() == localName && isWordNamespace(xml.namespaceUri());
}

/** The value of the current element's attribute with this local name, whatever its prefix. */
inline QString attribute(const QXmlStreamReader &xml, QLatin1String localName)
{
    const QXmlStreamAttributes attributes = xml.attributes();
    for (const QXmlStreamAttribute &attribute : attributes) {
        if (attribute.name() == localName)
            return attribute.value().toString();
    }
    return {};
}

/** True when the current element carries this attribute, whatever its prefix. */
inline bool hasAttribute(const QXmlStreamReader &xml, QLatin1String localName)
{
    const QXmlStreamAttributes attributes = xml.attributes();
    for (const QXmlStreamAttribute &attribute : attributes) {
        if (attribute.name() == localName)
            return true;
    }
    return false;
}

/** An on/off property such as <w:vanish/> or <w:pageBreakBefore w:val="false"/>: absent val means on. */
inline bool onOffValue(const QXmlStreamReader &xml)
{
    if (!hasAttribute(xml, QLatin1String("val")))
        return true;
    const QString value = attribute(xml, QLatin1String("val"));
    return value != QLatin1String("0") && value != QLatin1String("false") && value != QLatin1String("off");
}

/** A page dimension in points: twentieths of a point, or (strict OOXML) a number with a unit. */
inline double measureInPoints(const QString &value)
{
    struct Unit
    {
        const char *suffix;
        double points;
    };
    static const Unit units[] = {{"pt", 1.0},         {"in", 72.0}, {"cm", 72.0 / 2.54},
                                 {"mm", 72.0 / 25.4}, {"pc", 12.0}, {"pi", 12.0}};
    for (const Unit &unit : units) {
        if (value.endsWith(QLatin1String(unit.suffix)))
            return value.chopped(2).toDouble() * unit.points;
    }
    return value.toDouble() / 20.0;
}

} // namespace tw::io::docx
