#pragma once

#include "BoundingBox.h"

#include <QDebug>
#include <QList>
#include <QString>
#include <QStringList>

namespace tw {

/** One word as laid out on a page. */
struct Word
{
    QString text;
    BoundingBox box;

    bool operator==(const Word &other) const { return text == other.text && box == other.box; }
    bool operator!=(const Word &other) const { return !(*this == other); }
};

/** One line of text in reading order, with the words that make it up. */
struct TextLine
{
    QString text;
    BoundingBox box;
    QList<Word> words;

    bool operator==(const TextLine &other) const;
    bool operator!=(const TextLine &other) const { return !(*this == other); }
};

/** One page: its size in points, its lines, and how its text was obtained. */
struct Page
{
    int number = 0; ///< 1-based
    double width = 0;
    double height = 0;
    bool hasTextLayer = true; ///< false for scanned pages that carry only images
    bool ocr = false;         ///< true when the lines were recognised by OCR
    QList<TextLine> lines;

    /** The page's lines joined with newlines. */
    QString text() const;
    bool operator==(const Page &other) const;
    bool operator!=(const Page &other) const { return !(*this == other); }
};

enum class DocumentFormat { Unknown, Pdf, Docx, Text };

enum class Language { Unknown, Chinese, English, Mixed };

/** Short lowercase names used in files and JSON: "pdf", "docx", "txt". */
QString formatName(DocumentFormat format);
DocumentFormat formatFromName(const QString &name);
/** "zh", "en", "mixed" or "unknown". */
QString languageCode(Language language);
Language languageFromCode(const QString &code);

/**
 * Decides the language of a text from its letters: Han characters against Latin words. A text is
 * "mixed" when the minority language still holds a fifth of the content.
 */
Language detectLanguage(const QString &text);

/** A proposal or contract as positioned text, the input of every analysis. */
struct Document
{
    QString fileName;
    DocumentFormat format = DocumentFormat::Unknown;
    QList<Page> pages;
    QStringList warnings; ///< problems that did not stop the import, e.g. "page 3 has no text layer"

    /** All pages' text, pages separated by form feeds. */
    QString text() const;
    /** detectLanguage of text(), counted line by line without building the text. */
    Language language() const;
    int lineCount() const;
    /** Numbers of pages without a text layer, in order. */
    QList<int> pagesWithoutText() const;

    bool operator==(const Document &other) const;
    bool operator!=(const Document &other) const { return !(*this == other); }
};

QDebug operator<<(QDebug debug, const Word &word);
QDebug operator<<(QDebug debug, const TextLine &line);
QDebug operator<<(QDebug debug, const Page &page);
QDebug operator<<(QDebug debug, const Document &document);
char *toString(const Word &word);
char *toString(const TextLine &line);
char *toString(const Page &page);
char *toString(const Document &document);

} // namespace tw
