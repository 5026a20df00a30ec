#pragma once

#include <QList>
#include <QPair>
#include <QString>

namespace tw::analysis {

/**
 * Words Taiwan and Hong Kong proposals use where mainland ones use another (備品/备件, 營業時間/工作时间,
 * 逾時/超时, 協力廠商/合作厂商, 韌體/固件): the rule packs and extractors are written with the mainland
 * words, so the normaliser reads the regional ones as those. OpenCC (make_traditional_chinese.py)
 * converts the characters; these are the procurement words it leaves as they are.
 */
class RegionalVocabulary
{
public:
    /**
     * The mainland word for the regional word starting at @p at in @p text (compared after
     * Traditional-to-Simplified conversion), and its length in @p length; an empty string if none starts there.
     */
    static QString mainlandWordAt(const QString &text, int at, int *length);
    /** The (regional, mainland) word pairs, regional words in Simplified characters. */
    static const QList<QPair<QString, QString>> &words();
    /** Whether a regional word may start with the (Simplified) character c: most text starts none. */
    static bool mayStartWord(QChar c)
    {
        switch (c.unicode()) {
        case u'个':
        case u'办':
        case u'公':
        case u'分':
        case u'报':
        case u'回':
        case u'营':
        case u'工':
        case u'备':
        case u'相':
        case u'全':
        case u'翻':
        case u'拆':
        case u'协':
        case u'尽':
        case u'逾':
        case u'远':
        case u'韧':
        case u'伺':
        case u'软':
        case u'硬':
        case u'资':
        case u'网':
        case u'叫':
        case u'到':
        case u'合':
        case u'料':
        case u'零':
        case u'整':
        case u'国':
        case u'驻':
            return true;
        default:
            return false;
        }
    }
};

} // namespace tw::analysis
