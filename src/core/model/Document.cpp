#include "Document.h"

#include "DebugString.h"

#include <cmath>

namespace tw {

bool TextLine::operator==(const TextLine &other) const
{
    return text == other.text && box == other.box && words == other.words;
}

QString Page::text() const
{
    QStringList texts;
    texts.reserve(lines.size());
    for (const TextLine &line : lines)
        texts << line.text;
    return texts.join(QLatin1Char('\n'));
}

bool Page::operator==(const Page &other) const
{
    // Sizes are compared like boxes: to a hundredth of a point, what survives the JSON form.
    return number == other.number && std::abs(width - other.width) < 0.01 && std::abs(height - other.height) < 0.01 &&
           hasTextLayer == other.hasTextLayer && ocr == other.ocr && lines == other.lines;
}

QString formatName(DocumentFormat format)
{
    switch (format) {
    case DocumentFormat::Pdf:
        return QStringLiteral("pdf");
    case DocumentFormat::Docx:
        return QStringLiteral("docx");
    case DocumentFormat::Text:
        return QStringLiteral("txt");
    case DocumentFormat::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

DocumentFormat formatFromName(const QString &name)
{
    for (DocumentFormat format : {DocumentFormat::Pdf, DocumentFormat::Docx, DocumentFormat::Text}) {
        if (formatName(format) == name)
            return format;
    }
    return DocumentFormat::Unknown;
}

QString languageCode(Language language)
{
    switch (language) {
    case Language::Chinese:
        return QStringLiteral("zh");
    case Language::English:
        return QStringLiteral("en");
    case Language::Mixed:
        return QStringLiteral("mixed");
    case Language::Unknown:
        break;
    }
    return QStringLiteral("unknown");
}

Language languageFromCode(const QString &code)
{
    for (Language language : {Language::Chinese, Language::English, Language::Mixed}) {
        if (languageCode(language) == code)
            return language;
    }
    return Language::Unknown;
}

static bool isHan(char32_t c)
{
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0x20000 && c <= 0x2A6DF) ||
           (c >= 0xF900 && c <= 0xFAFF);
}

static bool isLatinLetter(char32_t c) { return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z'); }

namespace {

// Han characters and Latin words of a text given piece by piece; a word never spans two pieces, as
// none spans the line break between them in the joined text.
class LetterCount
{
public:
    void add(QStringView text)
    {
        bool inWord = false;
        for (qsizetype i = 0; i < text.size(); ++i) {
            char32_t c = text.at(i).unicode();
            if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text.at(i + 1).isLowSurrogate()) {
                c = QChar::surrogateToUcs4(text.at(i), text.at(i + 1));
                ++i;
            }
            const bool latin = isLatinLetter(c);
            if (latin && !inWord)
                ++m_latinWords;
            inWord = latin;
            if (isHan(c))
                ++m_hanCharacters;
        }
    }

    Language language() const
    {
        // A Chinese character carries about as much content as an English word, so compare characters
        // with words rather than with letters.
        const qsizetype total = m_hanCharacters + m_latinWords;
        if (total == 0)
            return Language::Unknown;
        const double hanShare = double(m_hanCharacters) / double(total);
        if (hanShare >= 0.8)
            return Language::Chinese;
        if (hanShare <= 0.2)
            return Language::English;
        return Language::Mixed;
    }

private:
    qsizetype m_hanCharacters = 0;
    qsizetype m_latinWords = 0;
};

} // namespace

Language detectLanguage(const QString &text)
{
    LetterCount count;
    count.add(text);
    return count.language();
}

Language Document::language() const
{
    LetterCount count;
    for (const Page &page : pages) {
        for (const TextLine &line : page.lines)
            count.add(line.text);
    }
    return count.language();
}

QString Document::text() const
{
    QStringList texts;
    texts.reserve(pages.size());
    for (const Page &page : pages)
        texts << page.text();
    return texts.join(QLatin1Char('\f'));
}

int Document::lineCount() const
{
    int count = 0;
    for (const Page &page : pages)
        count += int(page.lines.size());
    return count;
}

QList<int> Document::pagesWithoutText() const
{
    QList<int> numbers;
    for (const Page &page : pages) {
        if (!page.hasTextLayer)
            numbers << page.number;
    }
    return numbers;
}

bool Document::operator==(const Document &other) const
{
    return fileName == other.fileName && format == other.format && pages == other.pages && warnings == other.warnings;
}

QDebug operator<<(QDebug debug, const Word &word)
{
    QDebugStateSaver saver(debug);
    debug.nospace().noquote() << "Word(\"" << word.text << "\" " << word.box << ")";
    return debug;
}

QDebug operator<<(QDebug debug, const TextLine &line)
{
    QDebugStateSaver saver(debug);
    debug.nospace().noquote() << "TextLine(\"" << line.text << "\" " << line.box << ", " << line.words.size()
                              << " words)";
    return debug;
}

QDebug operator<<(QDebug debug, const Page &page)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "Page(" << page.number << ", " << page.width << "x" << page.height << ", " << page.lines.size()
                    << " lines" << (page.hasTextLayer ? "" : ", no text layer") << (page.ocr ? ", ocr" : "") << ")";
    return debug;
}

QDebug operator<<(QDebug debug, const Document &document)
{
    QDebugStateSaver saver(debug);
    debug.nospace().noquote() << "Document(" << document.fileName << ", " << formatName(document.format) << ", "
                              << document.pages.size() << " pages, " << languageCode(document.language()) << ")";
    return debug;
}

char *toString(const Word &word) { return debugCString(word); }
char *toString(const TextLine &line) { return debugCString(line); }
char *toString(const Page &page) { return debugCString(page); }
char *toString(const Document &document) { return debugCString(document); }

} // namespace tw
