#include "RegionalVocabulary.h"

#include "core/text/TraditionalChinese.h"

#include <QList>
#include <QPair>

namespace tw::analysis {

// Longer words before their prefixes.
const QList<QPair<QString, QString>> &RegionalVocabulary::words()
{
    static const QList<QPair<QString, QString>> table = {
        // Hong Kong: "2個辦公時間" is two office hours; 辦公時間 the office hours; 公眾假期 the public holidays.
        {QStringLiteral("个办公时间"), QStringLiteral("个工作小时")},
        {QStringLiteral("个办公小时"), QStringLiteral("个工作小时")},
        {QStringLiteral("办公小时"), QStringLiteral("工作小时")},
        // ... and its parts: "零件先行", "本地零件仓", "区域零件中心".
        {QStringLiteral("零件先行"), QStringLiteral("备件先行")},
        {QStringLiteral("零件仓"), QStringLiteral("备件库")},
        {QStringLiteral("零件中心"), QStringLiteral("备件中心")},
        {QStringLiteral("办公时间"), QStringLiteral("工作时间")},
        {QStringLiteral("公众假期"), QStringLiteral("法定节假日")},
        {QStringLiteral("分判商"), QStringLiteral("分包商")},
        {QStringLiteral("报障"), QStringLiteral("报修")},
        {QStringLiteral("回应时间"), QStringLiteral("响应时间")},
        {QStringLiteral("营业时间"), QStringLiteral("工作时间")},
        {QStringLiteral("营业日"), QStringLiteral("工作日")},
        {QStringLiteral("工作天"), QStringLiteral("工作日")},
        {QStringLiteral("备品"), QStringLiteral("备件")},
        {QStringLiteral("相容品"), QStringLiteral("兼容件")},
        {QStringLiteral("相容"), QStringLiteral("兼容")},
        {QStringLiteral("全新品"), QStringLiteral("全新件")},
        {QStringLiteral("翻新品"), QStringLiteral("翻新件")},
        {QStringLiteral("拆机品"), QStringLiteral("拆机件")},
        {QStringLiteral("协力厂商"), QStringLiteral("合作厂商")},
        {QStringLiteral("尽速"), QStringLiteral("尽快")},
        {QStringLiteral("逾时"), QStringLiteral("超时")},
        {QStringLiteral("远端"), QStringLiteral("远程")},
        {QStringLiteral("韧体"), QStringLiteral("固件")},
        {QStringLiteral("伺服器"), QStringLiteral("服务器")},
        {QStringLiteral("备用机"), QStringLiteral("备机")},
        {QStringLiteral("软体"), QStringLiteral("软件")},
        {QStringLiteral("硬体"), QStringLiteral("硬件")},
        {QStringLiteral("资料库"), QStringLiteral("数据库")},
        {QStringLiteral("网路"), QStringLiteral("网络")},
        {QStringLiteral("叫修"), QStringLiteral("报修")},
        {QStringLiteral("到府"), QStringLiteral("上门")},
        {QStringLiteral("合约"), QStringLiteral("合同")},
        {QStringLiteral("料件"), QStringLiteral("备件")},
        {QStringLiteral("零件"), QStringLiteral("备件")}, // Hong Kong: 原廠零件, 兼容零件
        {QStringLiteral("整新品"), QStringLiteral("翻新件")},
        {QStringLiteral("整新"), QStringLiteral("翻新")},
        {QStringLiteral("国定假日"), QStringLiteral("法定节假日")},
        {QStringLiteral("驻点"), QStringLiteral("本地")},
    };
    return table;
}

QString RegionalVocabulary::mainlandWordAt(const QString &text, int at, int *length)
{
    if (at >= text.size() || !mayStartWord(simplifiedChinese(text.at(at))))
        return QString();
    for (const auto &[regional, mainland] : words()) {
        if (at + regional.size() > text.size())
            continue;
        bool same = true;
        for (int k = 0; same && k < regional.size(); ++k)
            same = simplifiedChinese(text.at(at + k)) == regional.at(k);
        // "设备品牌" (equipment brand) holds 备品 but means 品牌: a word's last character that starts 品牌 with
        // the next one belongs to that word.
        const int after = at + int(regional.size());
        if (same && regional.endsWith(QStringLiteral("品")) && after < text.size() &&
            simplifiedChinese(text.at(after)) == QChar(u'牌'))
            same = false;
        if (same) {
            *length = int(regional.size());
            return mainland;
        }
    }
    return QString();
}

} // namespace tw::analysis
