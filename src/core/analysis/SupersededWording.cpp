#include "SupersededWording.h"

#include <QRegularExpression>

namespace tw::analysis {

bool blankSupersededWording(QString &text)
{
    // Cheap first: an amendment names the old clause.
    const bool chinese = text.contains(QStringLiteral("原合同")) || text.contains(QStringLiteral("原协议")) ||
                         text.contains(QStringLiteral("原方案")) || text.contains(QStringLiteral("原条款")) ||
                         text.contains(QStringLiteral("原文")) || text.contains(QStringLiteral("原约定"));
    const bool english = text.contains(QLatin1String("read"), Qt::CaseInsensitive) ||
                         text.contains(QLatin1String("replac"), Qt::CaseInsensitive) ||
                         text.contains(QLatin1String("delet"), Qt::CaseInsensitive) ||
                         text.contains(QLatin1String("struck"), Qt::CaseInsensitive);
    // A change told as "由 OLD 调整为 NEW" ("响应时间由30分钟调整为15分钟").
    const bool changedFrom = text.contains(QChar(0x7531)) && text.contains(QChar(0x4E3A));
    if (!chinese && !english && !changedFrom)
        return false;
    static const QRegularExpression superseded(
        QStringLiteral(
            // 原合同第6.1条“OLD”修改为 / 原合同第5.4条（原文为：“OLD”）修改为 / 原方案第9.2条“OLD”经双方协商一致删除
            R"(原(?:合同|协议|條款|条款|方案)[^“"「。；;]{0,24}[“"「]([^”"」]{1,800})[”"」]\s*[)）]?\s*[,，]?\s*)"
            R"((?:经[^“"「。；;,，]{0,12}?)?(?:予以|现予)?(?:(?:修改|变更|調整|调整|更改|替换|修訂|修订)为|删除|刪除|删去|废止|作废)|)"
            // 原条款：“OLD”, a paragraph of its own before the one that says what it becomes
            R"(^\s*原(?:条款|條款|文|合同条款|约定)\s*[:：]\s*[“"「]([^”"」]{1,800})[”"」]|)"
            // 删除原合同第5.2条（原文为：“OLD”）, 删除原合同第八条第3款，即“OLD”
            R"((?:删除|删去|废止|取消|刪除)原(?:合同|协议)[^“"「。；;]{0,24}?(?:原文(?:为|是|如下)?|即)\s*[:：]?\s*[“"「]([^”"」]{1,800})[”"」]|)"
            // Section 5.2, which currently reads "OLD", is deleted / replaced
            R"(\b(?:currently |presently |now )?reads?\s*[:,]?\s*["“]([^"”]{1,800})["”][^.;]{0,80}?\b(?:is|are|shall be)\s+(?:hereby\s+)?(?:deleted|replaced|amended|struck)|)"
            // amended by deleting the words "OLD" and substituting …; replacing "OLD" with …; the words "OLD" are
            // deleted
            R"(\b(?:deleting|striking|removing|replacing)\s+(?:out\s+)?(?:the\s+)?(?:words?|phrase|text|sentence|figures?)?\s*[:,]?\s*["“]([^"”]{1,800})["”]|)"
            R"(\b(?:words?|phrase|text|sentence)\s*["“]([^"”]{1,800})["”]\s*(?:is|are|shall be)\s+(?:hereby\s+)?(?:deleted|struck|replaced)|)"
            // 将原合同第4.4条中的“OLD”修改为“NEW”
            R"(将(?:原(?:合同|协议))?[^“"「。；;]{0,30}?中的?[“"「]([^”"」]{1,800})[”"」]\s*(?:修改|变更|调整|更改|替换|修订)为|)"
            // 响应时间由30分钟调整为15分钟
            R"(由\s*([^，。；,;由为]{1,20}?)\s*(?:调整|变更|更改|修改|提升|提高|缩短|延长|降低|改)为)"),
        QRegularExpression::CaseInsensitiveOption);
    bool blanked = false;
    for (auto it = superseded.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        for (int group = 1; group <= m.lastCapturedIndex(); ++group) {
            if (m.capturedStart(group) < 0)
                continue;
            for (qsizetype i = m.capturedStart(group); i < m.capturedEnd(group); ++i)
                text[i] = QLatin1Char(' ');
            blanked = true;
        }
    }
    return blanked;
}

} // namespace tw::analysis
