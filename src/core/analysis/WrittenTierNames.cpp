#include "WrittenTierNames.h"

#include "core/text/TraditionalChinese.h"

namespace tw::analysis {

QHash<QString, QString> tierNamesAsWritten(const AnalysisText &text, const QStringList &names)
{
    QStringList open;
    for (const QString &name : names) {
        if (std::any_of(name.cbegin(), name.cend(), [](QChar c) { return c.unicode() >= 0x3400; }))
            open << name;
    }
    QHash<QString, QString> written;
    for (const PreparedSegment &segment : text.segments()) {
        if (open.isEmpty())
            break;
        const QString &original = segment.source.text;
        // Character for character, so a position in the Simplified copy is one in the original.
        QString simplified = original;
        bool traditional = false;
        for (QChar &c : simplified) {
            const QChar s = simplifiedChinese(c);
            traditional = traditional || s != c;
            c = s;
        }
        if (!traditional)
            continue;
        for (qsizetype k = open.size() - 1; k >= 0; --k) {
            const qsizetype at = simplified.indexOf(open.at(k));
            if (at < 0)
                continue;
            const QString asWritten = original.mid(at, open.at(k).size());
            if (asWritten != open.at(k))
                written.insert(open.at(k), asWritten);
            open.removeAt(k);
        }
    }
    return written;
}

} // namespace tw::analysis
