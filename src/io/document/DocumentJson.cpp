#include "DocumentJson.h"

#include <QJsonArray>

#include <cmath>

namespace tw::io {

namespace {

// A hundredth of a point is far below what a highlight needs, and short numbers keep the JSON small
// and quick to write and parse.
double rounded(double value) { return std::round(value * 100.0) / 100.0; }

QJsonArray boxToJson(const BoundingBox &box)
{
    if (box.isNull())
        return {};
    return {rounded(box.x), rounded(box.y), rounded(box.width), rounded(box.height)};
}

BoundingBox boxFromJson(const QJsonValue &value)
{
    const QJsonArray array = value.toArray();
    if (array.size() != 4)
        return {};
    return {array[0].toDouble(), array[1].toDouble(), array[2].toDouble(), array[3].toDouble()};
}

} // namespace

QJsonObject documentToJson(const Document &document, bool withWords)
{
    QJsonArray pages;
    for (const Page &page : document.pages) {
        QJsonArray lines;
        for (const TextLine &line : page.lines) {
            QJsonObject lineJson{{QStringLiteral("text"), line.text}, {QStringLiteral("bbox"), boxToJson(line.box)}};
            if (withWords) {
                QJsonArray words;
                for (const Word &word : line.words)
                    words.append(QJsonObject{{QStringLiteral("text"), word.text},
                                             {QStringLiteral("bbox"), boxToJson(word.box)}});
                lineJson.insert(QStringLiteral("words"), words);
            }
            lines.append(lineJson);
        }
        pages.append(QJsonObject{{QStringLiteral("number"), page.number},
                                 {QStringLiteral("width"), rounded(page.width)},
                                 {QStringLiteral("height"), rounded(page.height)},
                                 {QStringLiteral("has_text_layer"), page.hasTextLayer},
                                 {QStringLiteral("ocr"), page.ocr},
                                 {QStringLiteral("lines"), lines}});
    }
    return {{QStringLiteral("file"), document.fileName},
            {QStringLiteral("format"), formatName(document.format)},
            {QStringLiteral("language"), languageCode(document.language())},
            {QStringLiteral("pages"), pages},
            {QStringLiteral("warnings"), QJsonArray::fromStringList(document.warnings)}};
}

std::optional<Document> documentFromJson(const QJsonObject &json)
{
    if (!json.value(QStringLiteral("pages")).isArray() || !json.value(QStringLiteral("file")).isString())
        return std::nullopt;
    Document document;
    document.fileName = json.value(QStringLiteral("file")).toString();
    document.format = formatFromName(json.value(QStringLiteral("format")).toString());
    for (const QJsonValue &warning : json.value(QStringLiteral("warnings")).toArray())
        document.warnings << warning.toString();
    for (const QJsonValue &pageValue : json.value(QStringLiteral("pages")).toArray()) {
        const QJsonObject pageJson = pageValue.toObject();
        Page page;
        page.number = pageJson.value(QStringLiteral("number")).toInt();
        page.width = pageJson.value(QStringLiteral("width")).toDouble();
        page.height = pageJson.value(QStringLiteral("height")).toDouble();
        page.hasTextLayer = pageJson.value(QStringLiteral("has_text_layer")).toBool(true);
        page.ocr = pageJson.value(QStringLiteral("ocr")).toBool();
        for (const QJsonValue &lineValue : pageJson.value(QStringLiteral("lines")).toArray()) {
            const QJsonObject lineJson = lineValue.toObject();
            TextLine line{lineJson.value(QStringLiteral("text")).toString(),
                          boxFromJson(lineJson.value(QStringLiteral("bbox"))),
                          {}};
            for (const QJsonValue &wordValue : lineJson.value(QStringLiteral("words")).toArray()) {
                const QJsonObject wordJson = wordValue.toObject();
                line.words.append(Word{wordJson.value(QStringLiteral("text")).toString(),
                                       boxFromJson(wordJson.value(QStringLiteral("bbox")))});
            }
            page.lines.append(line);
        }
        document.pages.append(page);
    }
    return document;
}

} // namespace tw::io
