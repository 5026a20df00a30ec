#include "TextDecoding.h"

#include <QStringDecoder>

namespace tw::io {

namespace {

std::optional<QString> decodeStrictly(QStringConverter::Encoding encoding, QByteArrayView bytes)
{
    QStringDecoder decoder(encoding, QStringConverter::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

std::optional<QString> decodeStrictly(const char *encodingName, QByteArrayView bytes)
{
    QStringDecoder decoder(encodingName, QStringConverter::Flag::Stateless);
    if (!decoder.isValid())
        return std::nullopt;
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return std::nullopt;
    return text;
}

// BOM-less UTF-16 shows as many zero bytes at odd (LE) or even (BE) offsets in Latin-heavy text.
std::optional<QStringConverter::Encoding> guessBomlessUtf16(QByteArrayView bytes)
{
    const qsizetype sample = qMin<qsizetype>(bytes.size() & ~qsizetype(1), 4096);
    if (sample < 4)
        return std::nullopt;
    qsizetype zerosEven = 0;
    qsizetype zerosOdd = 0;
    for (qsizetype i = 0; i < sample; i += 2) {
        zerosEven += bytes[i] == 0;
        zerosOdd += bytes[i + 1] == 0;
    }
    const qsizetype pairs = sample / 2;
    if (zerosOdd * 10 > pairs * 3 && zerosEven * 20 < pairs)
        return QStringConverter::Utf16LE;
    if (zerosEven * 10 > pairs * 3 && zerosOdd * 20 < pairs)
        return QStringConverter::Utf16BE;
    return std::nullopt;
}

} // namespace

std::optional<DecodedText> decodeText(const QByteArray &bytes)
{
    struct Bom
    {
        QByteArrayView mark;
        QStringConverter::Encoding encoding;
        const char *name;
    };
    // UTF-32LE's BOM starts with UTF-16LE's, so it is tested first.
    static const Bom boms[] = {
        {QByteArrayView("\xFF\xFE\x00\x00", 4), QStringConverter::Utf32LE, "UTF-32LE"},
        {QByteArrayView("\x00\x00\xFE\xFF", 4), QStringConverter::Utf32BE, "UTF-32BE"},
        {QByteArrayView("\xEF\xBB\xBF", 3), QStringConverter::Utf8, "UTF-8"},
        {QByteArrayView("\xFF\xFE", 2), QStringConverter::Utf16LE, "UTF-16LE"},
        {QByteArrayView("\xFE\xFF", 2), QStringConverter::Utf16BE, "UTF-16BE"},
    };
    const QByteArrayView view(bytes);
    for (const Bom &bom : boms) {
        if (view.startsWith(bom.mark)) {
            if (auto text = decodeStrictly(bom.encoding, view.sliced(bom.mark.size())))
                return DecodedText{*text, QString::fromLatin1(bom.name)};
            return std::nullopt;
        }
    }
    if (auto utf16 = guessBomlessUtf16(view)) {
        if (auto text = decodeStrictly(*utf16, view))
            return DecodedText{*text, *utf16 == QStringConverter::Utf16LE ? QStringLiteral("UTF-16LE")
                                                                          : QStringLiteral("UTF-16BE")};
    }
    if (auto text = decodeStrictly(QStringConverter::Utf8, view))
        return DecodedText{*text, QStringLiteral("UTF-8")};
    if (auto text = decodeStrictly("GB18030", view))
        return DecodedText{*text, QStringLiteral("GB18030")};
    return std::nullopt;
}

} // namespace tw::io
