#pragma once

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
};

} // namespace tw::analysis
