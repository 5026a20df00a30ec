#include "CommercialExtractor.h"

#include "Currencies.h"
#include "GatedMatch.h"

#include <QDate>

#include <algorithm>
#include <cmath>

namespace tw::analysis {

namespace {

// What a totals row ("合计", "3年合计", "Total monthly fee", "年度合计 Annual total") sums over: the
// term, a year, a month, or nothing said (empty: the column header decides).
QString totalsRowPeriod(const QString &rowLabel)
{
    static const QRegularExpression term = TermExtractor::pattern(QStringLiteral(
        R"((?:\d+|[两三四五])\s*年(?:合计|总计|总价)|(?:合计|总计|总价)\s*[（(]\s*(?:\d+|[两三四五])\s*年\s*[)）]|服务期(?:合计|总计|总价)|(?:total|sum)(?: (?:price|value|amount|cost|charges?))? (?:for|over) (?:the )?(?:(?:initial|full|entire|whole) )?(?:term|contract|\d+[- ](?:months?|years?))|contract total|total contract value|total (?:contract )?(?:value|price|amount) [(（]\s*\d+\s*(?:months?|years?)\s*[)）]|\d+[- ]year total|\d+\s*个月(?:合计|总计|总价)|合同总价|contract period total|total (?:for|over) the contract period)"));
    static const QRegularExpression monthly =
        TermExtractor::pattern(QStringLiteral(R"(monthly|per month|月度|每月|月合计)"));
    static const QRegularExpression yearly = TermExtractor::pattern(QStringLiteral(
        R"(annual|yearly|per (?:year|annum)|\bp\.\s?a\.|\b(?:base|option|contract|fiscal) year\b|\bFY\s?\d|年度|每年|年合计|(?<![\d一二三四五两])年(?:服务)?费)"));
    static const QRegularExpression total = TermExtractor::pattern(QStringLiteral(R"(合计|总计|总价|\btotal\b)"));
    // A quote's recurring charge row ("Annual Recurring (Years 1-3)", "Monthly recurring charge") is a period's.
    static const QRegularExpression recurring =
        TermExtractor::pattern(QStringLiteral(R"(^\s*(?:annual|yearly|monthly) recurring\b)"));
    if (const auto r = recurring.match(rowLabel); r.hasMatch())
        return monthly.match(r.captured(0)).hasMatch() ? QStringLiteral("month") : QStringLiteral("year");
    // "Annual amount (12 months, tax excluded)": a year's sum, however the label goes on.
    static const QRegularExpression periodSum =
        TermExtractor::pattern(QStringLiteral(R"(^\s*(annual|yearly|monthly) (?:amount|sum|fee|charge)s?\b)"));
    if (const auto p = periodSum.match(rowLabel); p.hasMatch())
        return monthly.match(p.captured(1)).hasMatch() ? QStringLiteral("month") : QStringLiteral("year");
    if (!total.match(rowLabel).hasMatch())
        return QString();
    if (term.match(rowLabel).hasMatch())
        return QStringLiteral("total");
    if (monthly.match(rowLabel).hasMatch())
        return QStringLiteral("month");
    if (yearly.match(rowLabel).hasMatch())
        return QStringLiteral("year");
    return QString();
}

QString perOf(const QString &context);

// An amount followed by a unit no period names ("元/次", "元/人·天", "per visit"): priced per that unit, not per
// what its column or row says.
bool statesOwnUnit(QStringView after)
{
    static const QRegularExpression ownUnit = TermExtractor::pattern(QStringLiteral(
        R"(^\s*(?:元|万元|RMB|CNY)?\s*/\s*(?:次|人\s*[·.]?\s*天|人天|天|单|例)|^\s*(?:per|/)\s*(?:visit|call|call-?out|incident|day|man-?day)\b)"));
    return ownUnit.match(after).hasMatch();
}

// A column of line amounts ("金额", "小计", "Amount", "Ext."): quantity times the unit price, so the
// row's unit does not apply to it.
bool totalPeriodHeader(const QString &header)
{
    static const QRegularExpression amount =
        TermExtractor::pattern(QStringLiteral(R"(金额|小计|合计|总价|总计|amount|sub-?total|total|\bext\b|extended)"));
    return amount.match(header).hasMatch();
}

// The cell of unit's row under a column whose header matches header: its unit index, or -1.
int rowCellUnder(const AnalysisText &text, const TextUnit &unit, const QRegularExpression &header)
{
    const QList<TextUnit> &units = text.units();
    const qsizetype self = &unit - units.constData();
    if (unit.cell < 0 || self < 0 || self >= units.size())
        return -1;
    const auto [first, end] = text.unitsOfSegment(unit.segment); // the row's cells
    for (int o = first; o < end; ++o) {
        if (o != self && header.match(units.at(o).columnHeader).hasMatch())
            return o;
    }
    return -1;
}

// A quotation row's unit column ("单位 | 台/年", "Unit | per hour") says what its unit price is per.
QString unitColumnPeriod(const AnalysisText &text, const TextUnit &unit)
{
    static const QRegularExpression unitHeader = TermExtractor::pattern(QStringLiteral(
        R"(^\s*(?:单位|计价单位|计费单位|计量单位|unit|uom|unit of (?:measure|issue)|billing unit|pricing unit)\s*$)"));
    static const QRegularExpression hourOnly =
        TermExtractor::pattern(QStringLiteral(R"(^\s*(?:小时|工时|hours?|hrs?)\s*$)"));
    static const QRegularExpression yearOnly = TermExtractor::pattern(QStringLiteral(R"(^\s*(?:年|years?)\s*$)"));
    static const QRegularExpression monthOnly = TermExtractor::pattern(QStringLiteral(R"(^\s*(?:月|months?)\s*$)"));
    const int o = rowCellUnder(text, unit, unitHeader);
    if (o < 0)
        return QString();
    const QString cell = text.unitText(text.units().at(o));
    if (hourOnly.match(cell).hasMatch())
        return QStringLiteral("hour");
    if (yearOnly.match(cell).hasMatch())
        return QStringLiteral("year");
    if (monthOnly.match(cell).hasMatch())
        return QStringLiteral("month");
    return perOf(cell);
}

// A quote line's term column in months ("Term (Mo) | 12"): a unit price for 12 months is a year's, for 1 a
// month's.
QString termColumnPeriod(const AnalysisText &text, const TextUnit &unit)
{
    static const QRegularExpression termHeader = TermExtractor::pattern(QStringLiteral(
        R"(^\s*(?:term|duration|period)\s*[(（]\s*(?:mo|mos|mths?|months?)\.?\s*[)）]\s*$|^\s*(?:服务期|服务期限|期限)\s*[（(]\s*(?:个)?月\s*[)）]\s*$)"));
    const int o = rowCellUnder(text, unit, termHeader);
    const QString months = o < 0 ? QString() : text.unitText(text.units().at(o)).trimmed();
    if (months == QLatin1String("12"))
        return QStringLiteral("year");
    if (months == QLatin1String("1"))
        return QStringLiteral("month");
    return QString();
}

// A line total column ("小计", "Ext.", "Extended") sums quantity times unit price over the service
// period when the table has a period column ("服务期(年)") or says it extends the price: the whole term.
QString lineTotalPeriod(const AnalysisText &text, const TextUnit &unit)
{
    static const QRegularExpression lineTotal =
        TermExtractor::pattern(QStringLiteral(R"(^\s*(?:小计|sub-?total\b|line total\b|ext\b|extended\b))"));
    static const QRegularExpression extended = TermExtractor::pattern(QStringLiteral(R"(^\s*ext(?:\.|ended))"));
    static const QRegularExpression periodColumn =
        TermExtractor::pattern(QStringLiteral(R"(服务期|服务年限|年限|期限|\bterm\b|\b(?:years|months)\b)"));
    if (unit.headerUnit < 0 || !lineTotal.match(unit.columnHeader).hasMatch())
        return QString();
    const PreparedSegment &header = text.segments().at(text.units().at(unit.headerUnit).segment);
    if (periodColumn.match(header.norm.text).hasMatch())
        return QStringLiteral("total");
    if (!extended.match(unit.columnHeader).hasMatch())
        return QString();
    // Without a period column, the row's unit says what the extension covers: "22 | SVR-YR | $1,140.00 |
    // $25,080.00" is a year of 22 servers.
    const QString unitPer = unitColumnPeriod(text, unit);
    if (unitPer == QLatin1String("server_year") || unitPer == QLatin1String("year"))
        return QStringLiteral("year");
    if (unitPer == QLatin1String("server_month") || unitPer == QLatin1String("month"))
        return QStringLiteral("month");
    return QStringLiteral("total");
}

// An amount column in a table whose unit price is per server a year ("AMC Unit Rate p.a." beside
// "AMC Amount"): quantity times that price is a yearly amount (per month for monthly rates).
QString amountColumnPeriod(const AnalysisText &text, const TextUnit &unit)
{
    if (unit.headerUnit < 0 || !totalPeriodHeader(unit.columnHeader))
        return QString();
    // "金额（元，三年）", "Amount (3 years)": the column sums the whole multi-year term.
    static const QRegularExpression years = TermExtractor::pattern(QStringLiteral(
        R"((?<![\d.])(?:[2-9]|[两三四五])\s*(?:个)?\s*年(?!度|费)|\b[2-9][- ]?years?\b|\b(?:24|36|48|60)[- ]?(?:个)?\s*(?:months?|月))"));
    if (years.match(unit.columnHeader).hasMatch())
        return QStringLiteral("total");
    const PreparedSegment &header = text.segments().at(text.units().at(unit.headerUnit).segment);
    for (const auto &cell : header.cells) {
        const QString per = perOf(header.norm.text.mid(cell.first, cell.second - cell.first));
        if (per == QLatin1String("server_year"))
            return QStringLiteral("year");
        if (per == QLatin1String("server_month"))
            return QStringLiteral("month");
    }
    return QString();
}

// A monthly or yearly charge that is per server: in an equipment schedule, which lists one asset per row
// (its header has a serial-number column), and in a column of unit prices beside a quantity column
// ("台数/数量 | 单价（元/年）", "Qty | Unit price per year").
QString perAssetRow(const AnalysisText &text, const TextUnit &unit, const QString &per)
{
    static const QRegularExpression serialColumn = TermExtractor::pattern(QStringLiteral(
        R"(\bserial(?:\s*(?:no\.?|number|#))?\b|\bs/n\b|\bservice tag\b|序列号|序列號|序號|设备编号|资产编号)"));
    static const QRegularExpression quantityColumn = TermExtractor::pattern(
        QStringLiteral(R"(台数|数量|數量|\bqty\b|\bquantity\b|\bno\. of (?:units|servers|devices)\b)"));
    static const QRegularExpression unitPrice =
        TermExtractor::pattern(QStringLiteral(R"(单价|單價|unit (?:price|rate|cost|fee)|price per unit)"));
    if ((per != QLatin1String("month") && per != QLatin1String("year")) || unit.headerUnit < 0)
        return per;
    const PreparedSegment &header = text.segments().at(text.units().at(unit.headerUnit).segment);
    if (!serialColumn.match(header.norm.text).hasMatch() &&
        !(unitPrice.match(unit.columnHeader).hasMatch() && quantityColumn.match(header.norm.text).hasMatch()))
        return per;
    return per == QLatin1String("month") ? QStringLiteral("server_month") : QStringLiteral("server_year");
}

// The caption right above a table ("Table 2. U.S. list prices, USD per server per year"): a short
// paragraph just before the table's header row.
QString tableCaption(const AnalysisText &text, const TextUnit &cell)
{
    const int caption = text.tableCaptionSegment(cell);
    return caption < 0 ? QString() : text.segments().at(caption).norm.text;
}

// A bare amount in a form's "key：value" line ("含税单价：11,800.00", "含税金额：118,000.00"), as a platform
// exports a quote line: in the document's currency, per what the block's "报价单位：元/台/年" says for a
// unit price; a line amount is the line's total.
template <typename Add>
void keyValueAmount(const AnalysisText &text, const TextUnit &unit, const QRegularExpression &priceKey,
                    const QRegularExpression &notPrice, const QString &currency, Add add)
{
    static const QRegularExpression keyValue(QStringLiteral(
        R"(^\s*([^:：\d]{1,12}?)\s*[:：]\s*(\d{1,3}(?:,\d{3})+(?:\.\d{1,2})?|\d{2,9}(?:\.\d{1,2})?)\s*$)"));
    const QString t = text.unitText(unit);
    const auto m = keyValue.match(t);
    if (!m.hasMatch() || !priceKey.match(m.captured(1)).hasMatch() || notPrice.match(m.captured(1)).hasMatch())
        return;
    const QString key = m.captured(1);
    static const QRegularExpression lineAmount =
        TermExtractor::pattern(QStringLiteral(R"(金额|小计|合计|总价|amount|total)"));
    QString per = perOf(key);
    if (per.isEmpty() && lineAmount.match(key).hasMatch())
        per = QStringLiteral("total");
    if (per.isEmpty()) {
        // The block's unit field a few lines up: "报价单位：元/台/年".
        static const QRegularExpression unitField(
            QStringLiteral(R"(^\s*(?:报价单位|计价单位|价格单位|单价单位|pricing unit|price unit)\s*[:：]\s*(.+)$)"),
            QRegularExpression::CaseInsensitiveOption);
        for (int s = unit.segment - 1; s >= 0 && s >= unit.segment - 8 && per.isEmpty(); --s) {
            const auto field = unitField.match(text.segments().at(s).norm.text);
            if (field.hasMatch())
                per = perOf(field.captured(1));
        }
    }
    QString amount = m.captured(2);
    amount.remove(QLatin1Char(','));
    add(int(m.capturedStart(2)), int(m.capturedEnd(2)), amount.toDouble(), currency, per);
}

// A note above the table that speaks of the cell's column by name: "Pricing notes: … Unit Price is per
// server per year." (the sentence naming it, from the paragraph right above the header row).
QString columnNote(const AnalysisText &text, const TextUnit &unit)
{
    if (unit.headerUnit < 0 || unit.columnHeader.trimmed().size() < 4)
        return QString();
    const int header = text.units().at(unit.headerUnit).segment;
    if (header <= 0 || text.segments().at(header - 1).source.kind != TextSegment::Kind::Paragraph)
        return QString();
    const QString &note = text.segments().at(header - 1).norm.text;
    const qsizetype at = note.indexOf(unit.columnHeader.trimmed(), 0, Qt::CaseInsensitive);
    if (at < 0)
        return QString();
    static const QRegularExpression sentenceEnd(QStringLiteral(R"([。;；]|\.(?:\s|$))"));
    const qsizetype end = note.indexOf(sentenceEnd, at);
    return note.mid(at, end < 0 ? -1 : end - at);
}

// A unit price column ("Unit price (AED)") beside a line's description that says what the unit is ("Hardware
// Maintenance – Premium …, per server per month"): the amount is per server for that period.
QString unitPriceFromDescription(const AnalysisText &text, const TextUnit &unit)
{
    static const QRegularExpression unitPrice =
        TermExtractor::pattern(QStringLiteral(R"(\bunit (?:price|rate|cost)\b|\bprice per unit\b|单价)"));
    if (unit.cell <= 0 || !unitPrice.match(unit.columnHeader).hasMatch())
        return QString();
    const auto [first, end] = text.unitsOfSegment(unit.segment);
    const qsizetype index = &unit - text.units().constData();
    for (qsizetype k = first; k < index && k < end; ++k) {
        const QString per = perOf(text.unitText(text.units().at(k)));
        if (per == QLatin1String("server_month") || per == QLatin1String("server_year"))
            return per;
    }
    return QString();
}

// Whether the amount at `at` is a sum: its clause opens with 合计 / 总计 / "Grand total" or ends with "三年共",
// and names no tier.
bool isSumOfTiers(const AnalysisText &text, const QString &unitText, int at)
{
    static const QRegularExpression clauseBreak(QStringLiteral(R"([,，；。;:：])"));
    const QString before = unitText.left(at);
    const QString clause = before.mid(before.lastIndexOf(clauseBreak) + 1);
    static const QRegularExpression sum(
        QStringLiteral(
            R"(^\s*(?:合计|总计|共计|总价|(?:grand |overall )?total\b)|(?:\d|[一二两三四五])\s*年\s*(?:共计|合计|总计|总价|共)\s*$)"),
        QRegularExpression::CaseInsensitiveOption);
    return sum.match(clause).hasMatch() && text.tiers().tiersIn(clause).isEmpty();
}

QString perOf(const QString &context)
{
    static const QRegularExpression serverYear = TermExtractor::pattern(QStringLiteral(
        R"(\b(?:svr|srv|server|unit|dev)[- /](?:yr|year)\b|元\s*/\s*台\s*[/·.]\s*年|年度?单价\s*[（(][^）)]{0,6}元\s*/\s*台\s*[）)]|/\s*台\s*/\s*年|每台\s*/?\s*每?年|台/年|台·年|per (?:[a-z]+ )?(?:server|unit|device|node|system|product)[,\s]+(?:per |a |/|and |& )?\s*(?:year|annum)|per (?:year|annum)[,\s]+(?:per|for each|a) (?:[a-z]+ )?(?:server|unit|device|node|system|product)|per (?:[a-z]+ )?(?:server|unit|device|node|system|product)[,\s]+p\.\s?a\.|(?:server|unit|device)\s*/\s*(?:year|yr)|/\s*server\s*/\s*year|per server-year|server[- ]year|(?:annual|yearly) (?:fee|charge|price|cost|rate)s? per (?:[a-z]+ )?(?:server|unit|device|node|system|product)\b|unit (?:rate|price|cost)s?\s*(?:\(?[a-z]{3}\)?\s*)?(?:p\.\s?a\.|per (?:year|annum)|/\s*(?:year|yr)))"));
    static const QRegularExpression serverMonth = TermExtractor::pattern(QStringLiteral(
        R"(\b(?:svr|srv|server|unit|dev)[- /](?:mo|mth|month)\b|/\s*台\s*/\s*月|每台每月|台/月|(?:server|unit|device|system|node)\s*/\s*mo\b|per (?:[a-z]+ )?(?:server|unit|device|node|system|product)[,\s]+(?:per |a |/|and |& )?\s*month|per month[,\s]+(?:per|for each|a) (?:[a-z]+ )?(?:server|unit|device|node|system)|(?:server|unit)\s*/\s*month|monthly (?:fee|charge|price|cost|rate|payment)s? per (?:[a-z]+ )?(?:server|unit|device|node|system|product)\b|)"
        R"(unit (?:rate|price|cost)s?\s*(?:\(?[a-z]{3}\)?\s*)?(?:per month|/\s*(?:mo|mth|month)\b|\(?monthly\)?))"));
    static const QRegularExpression hour = TermExtractor::pattern(QStringLiteral(
        R"(/\s*(?:人\s*[·.]?\s*)?小时|每小时|per (?:engineer[- ]|man[- ]|labou?r[- ]|technician[- ])?hour|/\s*(?:hr|hour)|hourly)"));
    static const QRegularExpression yearTotal = TermExtractor::pattern(QStringLiteral(
        R"(年度(?:合计|小计|总计|费用)|(?:合计|总计|共计)\s*每年|每年\s*(?:合计|总计|共计)|年度[^，。；,]{0,4}(?:合计|小计|总计)|(?<![\d一二三四五两])年(?:服务费|费用?)?(?:合计|小计|总计)|万元\s*/\s*年|元\s*/\s*年|annual (?:total|fee|charge|amount)|(?:total|subtotal) (?:per|a) (?:year|annum)|(?:total|subtotal) p\.\s?a\.|(?:per|a) (?:year|annum)\b|yearly total|extended \(per year\))"));
    static const QRegularExpression total = TermExtractor::pattern(QStringLiteral(
        R"(合计|总计|总价|总额|总金额|合同金额|三年|服务期|total|\d+[- ]month|for the (?:full |whole )?term|contract value)"));
    static const QRegularExpression year = TermExtractor::pattern(QStringLiteral(
        R"(/\s*年|每年|年度|年费|per (?:year|annum)|annual|yearly|/\s*yr|\bp\.\s?a\.|\bfor (?:the|a|one) (?:full |whole |first )?year\b|)"
        // A column of one contract year's amounts: "Year 1", "Yr 2", "第1年".
        R"(^\s*(?:year|yr)\s*\d\b|^\s*第\s*[一二三四五\d]\s*年)"));
    static const QRegularExpression month =
        TermExtractor::pattern(QStringLiteral(R"(/\s*月|每月|月费|per month|monthly)"));
    if (serverYear.match(context).hasMatch())
        return QStringLiteral("server_year");
    if (serverMonth.match(context).hasMatch())
        return QStringLiteral("server_month");
    if (hour.match(context).hasMatch())
        return QStringLiteral("hour");
    if (yearTotal.match(context).hasMatch())
        return QStringLiteral("year");
    // "Monthly total", "月度合计": what a month costs, not the contract's total.
    static const QRegularExpression monthTotal = TermExtractor::pattern(QStringLiteral(
        R"(monthly (?:total|fee|charge|amount)|(?:total|subtotal) (?:per|a) month|月度?(?:合计|小计|总计)|/\s*月)"));
    if (monthTotal.match(context).hasMatch())
        return QStringLiteral("month");
    if (total.match(context).hasMatch())
        return QStringLiteral("total");
    if (year.match(context).hasMatch())
        return QStringLiteral("year");
    if (month.match(context).hasMatch())
        return QStringLiteral("month");
    return QString();
}

// "元" or "圆" alone: a yuan of no stated currency (the renminbi's, or the New Taiwan dollar's, or …).
bool isBareYuan(const QString &symbol)
{
    const QString s = symbol.trimmed();
    return s == QStringLiteral("元") || s == QStringLiteral("圆");
}
} // namespace

CommercialExtractor::CommercialExtractor(QString defaultCurrency, QStringList namedCurrencies)
    : m_defaultCurrency(std::move(defaultCurrency)), m_namedCurrencies(std::move(namedCurrencies))
{}

void CommercialExtractor::extractPrices(const AnalysisText &text, const TextUnit &unit, QList<SlaTerm> *terms) const
{
    static const QRegularExpression money =
        pattern(QStringLiteral(R"((?:()") + priceSignsBefore() +
                QStringLiteral(R"()\s*(\d+(?:\.\d+)?)(\s*万)?|(?<![\dA-Za-z.])(\d+(?:\.\d+)?)\s*(万)?\s*()") +
                priceSignsAfter() + QStringLiteral(R"()(?![a-z])(?!\s+\d))(?!\s*%))"));
    // (A rate cell may say what it is per: "185.00 per hour".)
    static const QRegularExpression bareAmount = pattern(QStringLiteral(
        R"(^\s*(\d{2,9}(?:\.\d{1,2})?)\s*(?:(?:per|/)\s*(?:hour|hr|month|mo|year|yr|annum|server|unit)\b[^\d]{0,20})?$)"));
    static const QRegularExpression priceHeader = pattern(QStringLiteral(
        R"(价|费|金额|小计|合计|price|fee|charge|cost|total|amount|\brates?\b|元|usd|cny|rmb|eur|gbp|sgd|hkd|aud|cad|inr|nzd|chf|myr|mop|twd|aed|\bsar\b|qar|\bzar\b|₹|€|£|\$|per (?:server|unit|year|month)|^\s*(?:year|yr)\s*\d\b)"));
    static const QRegularExpression notPrice = pattern(QStringLiteral(
        R"(数量|qty|quantity|台数|servers?$|units?$|%|折扣|discount|liabilit|赔偿|扣减|credit|注册资本|capital|差额|差价|price difference)"));
    static const QRegularExpression penaltyContext = pattern(QStringLiteral(
        R"(liabilit|赔偿|违约金|罚|扣减|核减|抵减|service credit|\bcredits? of\b|penalt|\bper day of downtime\b|注册资本|registered capital|营业额|revenue|turnover)"));
    const QString t = text.unitText(unit);
    const QStringView folded = text.foldedUnitText(unit);
    const bool cell = unit.cell >= 0;
    // (Nor an amount under a "Credit" / "违约金" column: a credit is a penalty, not a price.)
    static const QRegularExpression creditColumn =
        pattern(QStringLiteral(R"(^\s*(?:service )?credits?\b|penalt|违约金|扣款|赔偿|罚)"));
    // (Nor the difference a change order makes up, "补差价合计（大写：玖万肆仟贰佰元整）": the new prices are stated
    // apart.)
    static const QRegularExpression difference = pattern(QStringLiteral(R"(补差价|差价|差额|price difference)"));
    if (gatedMatch(penaltyContext, t, folded).hasMatch() ||
        (cell && creditColumn.match(unit.columnHeader).hasMatch()) || difference.match(t).hasMatch())
        return;
    const QString context = cell ? unit.columnHeader + QLatin1Char(' ') + t : t;

    auto add = [&](int from, int to, double amount, const QString &currency, const QString &per) {
        if (amount <= 0 || currency.isEmpty())
            return;
        SlaTerm term = makeTerm(QStringLiteral("price"), text, unit, from, to);
        // A sentence's sum ("合计44万/年，签三年共132万") adds the tiers named before it up: it is none's.
        if (unit.cell < 0 && isSumOfTiers(text, t, from)) {
            term.tier.clear();
            term.values.remove(QStringLiteral("_tiers"));
        }
        term.values.insert(QStringLiteral("amount"), amount);
        term.values.insert(QStringLiteral("currency"), currency);
        term.values.insert(QStringLiteral("per"), per.isEmpty() ? QVariant() : QVariant(per));
        terms->append(term);
    };

    auto it = money.globalMatch(t);
    bool any = false;
    QList<QPair<int, int>> covered; // the amounts read so far
    while (it.hasNext()) {
        const auto m = it.next();
        const bool prefix = !m.captured(2).isEmpty();
        // (An exchange rate is no price: "an exchange rate of G$ 209 to US$ 1", "汇率按 1 美元兑 7.1 元".)
        static const QRegularExpression exchangeRate = pattern(QStringLiteral(
            R"((?:exchange rate|rate of exchange|汇率)(?: of| at|为|按)?\s*(?:about |approximately |约)?(?:[^\d.;。；]{0,8}\d+(?:\.\d+)?\s*(?:to|=|per|兑)\s*)?$)"));
        if (exchangeRate
                .match(QStringView(t).mid(qMax(0, int(m.capturedStart()) - 40), qMin(40, int(m.capturedStart()))))
                .hasMatch())
            continue;
        // ("SR" without cents is a rupee only where the document states the Seychelles one: "SR 12345" is a request.)
        if (prefix && m.captured(1) == QLatin1String("SR") && !m.captured(2).contains(QLatin1Char('.')) &&
            m_defaultCurrency != QLatin1String("SCR"))
            continue;
        double amount = (prefix ? m.captured(2) : m.captured(4)).toDouble();
        if (!(prefix ? m.captured(3) : m.captured(5)).trimmed().isEmpty())
            amount *= 10000;
        QString currency = currencyCode(prefix ? m.captured(1) : m.captured(6));
        // "$55 CAD per hour": a code after the amount settles which dollar.
        static const QRegularExpression codeAfter(
            QStringLiteral(R"(^\s*(USD|CAD|AUD|SGD|HKD|NZD|EUR|GBP|CNY|RMB|MYR|MOP|TWD)\b)"));
        const auto code = codeAfter.match(t.mid(int(m.capturedEnd()), 6));
        if (code.hasMatch())
            currency = currencyCode(code.captured(1));
        // A sign several currencies share is the one the document states.
        if (const QString own = sharedSignCurrency(prefix ? m.captured(1) : m.captured(6), prefix, m_defaultCurrency,
                                                   m_namedCurrencies);
            !code.hasMatch() && !own.isEmpty())
            currency = own;
        // A bare "元" is the yuan of whichever currency the document states ("币别：新台币（元）").
        if (!prefix && isBareYuan(m.captured(6)) && !m_defaultCurrency.isEmpty())
            currency = m_defaultCurrency;
        // What the amount is per: the words right after it, else the column header, else the sentence.
        // The words right after the amount, up to the end of its clause ("331,000元，三年合计…" is
        // per year; the next clause's total is another amount) or sentence ("Annual value: $70,668.00.
        // Total value over the Initial Term: …").
        // (Past the amount in words in brackets: "Rs. 4,50,000 (Rupees Four Lakh Fifty Thousand Only) per annum".)
        static const QRegularExpression inWords(QStringLiteral(R"(^\s*[(（][^()（）,，;；]{1,80}[)）])"));
        const auto words = inWords.match(QStringView(t).mid(m.capturedEnd(), 90));
        const int afterStart = int(m.capturedEnd()) + (words.hasMatch() ? int(words.capturedEnd()) : 0);
        QString after = t.mid(afterStart, 24);
        static const QRegularExpression clauseBreak(QStringLiteral(R"([,，；。;])"));
        static const QRegularExpression clauseOrSentenceBreak(QStringLiteral(R"([,，；。;]|\.(?:\s|$))"));
        const qsizetype clauseEnd = after.indexOf(clauseOrSentenceBreak);
        if (clauseEnd >= 0)
            after.truncate(clauseEnd);
        if (words.hasMatch())
            after.prepend(words.captured(0));
        QString per = perOf(t.mid(int(m.capturedStart()), int(m.capturedLength())) + after);
        // (A unit of its own, "4,500.00 元/次", keeps the column's and the context's out.)
        const bool ownUnit = per.isEmpty() && statesOwnUnit(QStringView(t).mid(m.capturedEnd()));
        if (!ownUnit) {
            // A "3年合计" / "年度合计 Annual total" row overrides a per-server column header.
            const QString rowPer = cell ? totalsRowPeriod(text.labelsLeftOf(unit)) : QString();
            if (per.isEmpty() && !rowPer.isEmpty())
                per = rowPer;
            if (per.isEmpty() && cell)
                per = perAssetRow(text, unit, perOf(unit.columnHeader));
            if (per.isEmpty() && cell)
                per = lineTotalPeriod(text, unit);
            if (per.isEmpty() && cell && !totalPeriodHeader(unit.columnHeader))
                per = unitColumnPeriod(text, unit);
            if (per.isEmpty() && cell)
                per = perOf(unit.rowLabel);
            // (Or the line's description, left of its unit price: "Category 1 (Critical) - hardware maintenance, per
            // server per year | 18 | £485.00"; not for the line's amount, quantity times the unit price.)
            // (Only a unit it names: "Recurring, monthly" beside a unit price leaves the unit to a note under the
            // table.)
            if (per.isEmpty() && cell && unit.cell > 1 && !totalPeriodHeader(unit.columnHeader)) {
                const QString described = perOf(text.labelsLeftOf(unit));
                if (described.startsWith(QLatin1String("server_")) || described == QLatin1String("hour"))
                    per = described;
            }
            if (per.isEmpty() && cell)
                per = perOf(tableCaption(text, unit));
            if (per.isEmpty() && cell)
                per = perOf(columnNote(text, unit));
            if (per.isEmpty()) {
                // The words before it in its clause ("三年合计99.3万元"), else the 30 characters before it.
                QString before = t.mid(qMax(0, int(m.capturedStart()) - 30),
                                       int(m.capturedStart()) - qMax(0, int(m.capturedStart()) - 30));
                const qsizetype clauseStart = before.lastIndexOf(clauseBreak);
                per = clauseStart >= 0 ? perOf(before.mid(clauseStart + 1)) : QString();
                if (per.isEmpty())
                    per = perOf(before);
                // A longer subject in the same clause: "The total Charges for the Initial Term are £106,770.00",
                // "Annual total for the 82 servers: $54,330.00" (a total per year, not for the term).
                if ((per.isEmpty() || per == QLatin1String("total")) && clauseStart < 0) {
                    const int from = qMax(0, int(m.capturedStart()) - 80);
                    const QString longer = t.mid(from, int(m.capturedStart()) - from);
                    const qsizetype start = longer.lastIndexOf(clauseBreak);
                    const QString longerPer = perOf(longer.mid(start + 1));
                    if (per.isEmpty() || (!longerPer.isEmpty() && longerPer != QLatin1String("total")))
                        per = longerPer;
                }
            }
            if (per.isEmpty()) {
                // A list introduced by its label: "Annual fees by billing entity: A, SGD 25,800; B, MYR 97,220"
                // (the items after the first are units of their own, so the label is looked for in the
                // paragraph, back to the end of the previous sentence).
                const QString &paragraph = text.segments().at(unit.segment).norm.text;
                const qsizetype at = unit.start + m.capturedStart();
                const qsizetype colon =
                    std::max(paragraph.lastIndexOf(QLatin1Char(':'), at), paragraph.lastIndexOf(QChar(0xFF1A), at));
                static const QRegularExpression sentenceEnd(QStringLiteral(R"([。!?！？]|\.\s)"));
                // The label runs back to its sentence's start ("Total Fees for the Initial Term, before
                // any adjustment under A1.4: CAD 180,000.00"), at most 120 characters.
                if (colon > 0 && !paragraph.mid(colon, at - colon).contains(sentenceEnd)) {
                    qsizetype from = qMax(qsizetype(0), colon - 120);
                    auto ends = sentenceEnd.globalMatch(paragraph.mid(from, colon - from));
                    qsizetype labelStart = from;
                    while (ends.hasNext())
                        labelStart = from + ends.next().capturedEnd();
                    per = perOf(paragraph.mid(qMax(labelStart, colon - 40), colon - qMax(labelStart, colon - 40)));
                    if (per.isEmpty())
                        per = perOf(paragraph.mid(labelStart, colon - labelStart));
                }
            }
        }
        add(int(m.capturedStart()), int(m.capturedEnd()), amount, currency, per);
        covered << qMakePair(int(m.capturedStart()), int(m.capturedEnd()));
        any = true;
    }
    // A rate without a currency word ("包年维保：800/台/年", a chat's "3.2w/台/年", "合计44万/年") or a total
    // ("签三年共132万"): the document's currency, else yuan in Chinese text. "w" is 万 in chat shorthand.
    static const QRegularExpression unitRate =
        pattern(QStringLiteral(R"((?<![\d.])(\d+(?:\.\d+)?)\s*(万|w(?![a-z]))?\s*/\s*台\s*[/·]\s*(?:年|月))"
                               R"(|(?<![\d.])(\d+(?:\.\d+)?)\s*(?:万|w(?![a-z]))\s*/\s*(?:年|月))"
                               R"(|(?:共计|合计|总计|总价|共)\s*(\d+(?:\.\d+)?)\s*万(?![元\w/]))"));
    auto ur = unitRate.globalMatch(t);
    while (ur.hasNext()) {
        const auto m = ur.next();
        bool inside = false;
        for (const auto &range : std::as_const(covered))
            inside = inside || (m.capturedStart() < range.second && m.capturedEnd() > range.first);
        const QString currency = !m_defaultCurrency.isEmpty() ? m_defaultCurrency : QStringLiteral("CNY");
        if (inside)
            continue;
        const bool total = !m.captured(4).isEmpty();
        const int amountGroup = !m.captured(1).isEmpty() ? 1 : !m.captured(3).isEmpty() ? 3 : 4;
        double amount = m.captured(amountGroup).toDouble();
        if (amountGroup != 1 || !m.captured(2).isEmpty())
            amount *= 10000;
        QString per = perOf(m.captured(0));
        if (total) {
            // The clause before the total says what it covers ("每年共计…"); a bare one is for the term.
            const QString before = t.left(int(m.capturedStart()));
            static const QRegularExpression clauseBreak(QStringLiteral(R"([,，；。;\n])"));
            per = perOf(before.mid(before.lastIndexOf(clauseBreak) + 1) + m.captured(0));
            if (per.isEmpty())
                per = QStringLiteral("total");
        }
        add(int(m.capturedStart(amountGroup)), int(m.capturedEnd()), amount, currency, per);
        any = true;
    }
    if (any)
        return;
    if (!cell) {
        keyValueAmount(text, unit, priceHeader, notPrice, m_defaultCurrency, add);
        return;
    }
    // A bare number in a price column: "10,800.00" under "单价（元/台/年）", "0.68" under "单价（万元/台/年）"
    // (a column in units of ten thousand yuan).
    static const QRegularExpression tenThousand = pattern(QStringLiteral(R"(万\s*元|[（(]\s*万\s*[）)])"));
    static const QRegularExpression smallAmount = pattern(QStringLiteral(R"(^\s*(\d{1,5}(?:\.\d{1,4})?)\s*$)"));
    // Columns headed by plans ("标准服务 | 优先服务") under a unit line ("单位：人民币元/台/年", "表 6-1 报价汇总表
    // 单位：万元", "以下价格单位为人民币元/台/年", "All amounts in USD per server per year") hold amounts in that unit.
    static const QRegularExpression unitLine = pattern(QStringLiteral(
        R"((?:^|[\s，,;；（(])[（(]?\s*(?:金额|价格|货币|计价|報價|金額)?(?:单位|單位)\s*[:：]|(?:价格|金额|报价)(?:单位|單位)\s*(?:为|是|均为)|^\s*[（(]?\s*(?:all\s+)?(?:amounts?|prices?|fees?|figures)\s+(?:are\s+)?(?:shown\s+|stated\s+|quoted\s+)?in\b|)"
        // ... or a caption naming the prices and their unit in brackets: "表2 入围单价（人民币元/台/年，含6%增值税）".
        R"((?:单价|价格|报价|服务费)\s*[（(]\s*(?:人民币|RMB|CNY)?\s*(?:万)?元\s*/)"));
    const QString caption = tableCaption(text, unit);
    const bool captionUnit = unitLine.match(caption).hasMatch();
    const bool inTenThousands =
        tenThousand.match(unit.columnHeader).hasMatch() || (captionUnit && tenThousand.match(caption).hasMatch());
    const auto bm = (inTenThousands ? smallAmount : bareAmount).match(t);
    // A tax note in the header ("单价（元/台/年，含6%增值税）", "incl. 20% VAT") says what the amounts include.
    static const QRegularExpression taxNote = pattern(QStringLiteral(
        R"((?:含|不含|未含)?\s*\d+(?:\.\d+)?\s*%\s*(?:增值税|税)|(?:incl\.?|including|excl\.?|excluding|plus)?\s*\d+(?:\.\d+)?\s*%\s*(?:VAT|GST|tax|sales tax))"));
    QString header = unit.columnHeader;
    // (Not a column its own header calls something else: "数量（台）", "序号".)
    static const QRegularExpression countColumn = pattern(QStringLiteral(R"(序号|编号|^\s*(?:no\.?|#|item)\s*$)"));
    if (captionUnit && !priceHeader.match(header).hasMatch() && !notPrice.match(header).hasMatch() &&
        !countColumn.match(header).hasMatch())
        header = caption;
    // A plan matrix's price row ("参考价格（元/台/年） | 6,800 | 3,600", under the plans' names): the row
    // label says what the bare cells are.
    // (Not under a column that says what it holds otherwise: "Qty", "Year 1".)
    if (!priceHeader.match(header).hasMatch() && !unit.tier.isEmpty() && priceHeader.match(unit.rowLabel).hasMatch() &&
        !notPrice.match(unit.rowLabel).hasMatch() && !notPrice.match(unit.columnHeader).hasMatch() &&
        perOf(unit.columnHeader).isEmpty())
        header = unit.rowLabel;
    const QString label = header;
    header.remove(taxNote);
    if (!bm.hasMatch() || !priceHeader.match(header).hasMatch() || notPrice.match(header).hasMatch())
        return;
    // A "Total" column alone names no money: "Site | Gold | Silver | Total" over "20" counts servers. (Unless the
    // caption gives a unit, or the figure is written as money, "1,250.00".)
    static const QRegularExpression bareTotal = pattern(QStringLiteral(R"(^\s*(?:total|合计|总计|sum)\s*$)"));
    static const QRegularExpression smallCount(QStringLiteral(R"(^\d{1,3}$)"));
    if (bareTotal.match(header).hasMatch() && !captionUnit && smallCount.match(bm.captured(1)).hasMatch())
        return;
    // A list price beside the net price the line is sold at ("List Unit Price | Disc. % | Net Unit Price") is
    // not what the buyer pays.
    static const QRegularExpression listPrice = pattern(QStringLiteral(R"(\blist\b|目录价|刊例价|原价)"));
    static const QRegularExpression netPrice =
        pattern(QStringLiteral(R"(\bnet\b.{0,12}(?:price|rate)|折后|优惠后|成交价)"));
    if (listPrice.match(header).hasMatch() && rowCellUnder(text, unit, netPrice) >= 0)
        return;
    QString currency;
    static const QRegularExpression headerCurrency =
        pattern(QStringLiteral(R"(()") + headerCurrencySigns() + QStringLiteral(R"())"));
    auto hc = headerCurrency.match(label);
    if (!hc.hasMatch() && captionUnit)
        hc = headerCurrency.match(caption);
    currency = hc.hasMatch() && !(isBareYuan(hc.captured(1)) && !m_defaultCurrency.isEmpty())
                   ? currencyCode(hc.captured(1))
                   : m_defaultCurrency;
    // A cell that states its own unit ("4,500.00 元/次") is not priced per the column's.
    QString per;
    if (unit.cell < 0 || !statesOwnUnit(QStringView(t).mid(bm.capturedEnd(1)))) {
        const QString rowPer = totalsRowPeriod(text.labelsLeftOf(unit));
        per = !rowPer.isEmpty() ? rowPer
                                : perAssetRow(text, unit, perOf(t.mid(bm.capturedEnd(1)) + QLatin1Char(' ') + label));
        if (per.isEmpty())
            per = lineTotalPeriod(text, unit);
        if (per.isEmpty() && !totalPeriodHeader(unit.columnHeader))
            per = unitColumnPeriod(text, unit);
        if (per.isEmpty())
            per = amountColumnPeriod(text, unit);
        if (per.isEmpty() && !totalPeriodHeader(unit.columnHeader))
            per = perAssetRow(text, unit, termColumnPeriod(text, unit));
        if (per.isEmpty())
            per = unitPriceFromDescription(text, unit);
    }
    const double amount = bm.captured(1).toDouble() * (inTenThousands ? 10000 : 1);
    add(int(bm.capturedStart(1)), int(bm.capturedEnd(1)), std::round(amount * 100) / 100, currency, per);
}

QRegularExpression CommercialExtractor::trigger() const
{
    // (No sign that is a single letter or a common word or start of one: "l", "ar", "le", "nu", "all", "top". The
    // literal scan hands every place such a start occurs to PCRE; amounts after such signs are found by a word of money
    // in their sentence, row or column.)
    static const QRegularExpression re = pattern(
        QStringLiteral(
            R"(\d[- ](?:year|month)|escalat|uplift|\d\s*/\s*台|\d\s*(?:万|w)\s*/|(?:合计|共计|总计|共)\s*\d|)") +
        priceTriggerCurrencyWords() +
        QStringLiteral(
            R"(|期|\bterm\b|\bperiod\b|\bruns?\b|\bfor \d|pric|\bfees?\b|\brates?\b|charge|\bbilled\b|价|费|金额|调整|调价|fixed|不变|increase|renewal|续约|review|届时|行情|再定|adjust|revis|exceed|不超过)"));
    return re;
}

QRegularExpression CommercialExtractor::headerTrigger() const
{
    // A column of a total or of one contract year's amounts ("36-Mo Total", "Subtotal", "Year 1"); in running
    // text "total" says nothing, and a trigger on it would send many sentences to this family for no term.
    static const QRegularExpression re = pattern(QStringLiteral(R"(\b(?:sub)?total\b|^\s*(?:year|yr)\s*[1-5]\b)"));
    return re;
}

void CommercialExtractor::extract(const AnalysisText &text, const TextUnit &unit, QList<SlaTerm> *terms) const
{
    extractPrices(text, unit, terms);
    const QString t = text.unitText(unit);
    const QStringView folded = text.foldedUnitText(unit);

    // term_months
    static const QRegularExpression termCue = pattern(QStringLiteral(
        R"(服务期限|服务期|合同期限|合同期|(?:框架)?协议期(?:限)?|入围期(?:限)?|维保期限|维保期|维护期间|维护期限|合约期间|合约期限|服务年限|保修期限|为期|共计(?=\s*\d{1,3}\s*(?:个)?\s*(?:月|年))|签(?:约|订)?(?=\s*\d{1,2}\s*(?:个)?\s*(?:年|月))|\bterm\b|contract period|service period|subscription period|(?:amc|warranty|support|maintenance|cover(?:age)?) period|duration of (?:the|this) (?:agreement|contract)|(?:contract|agreement) duration\b|\bruns? for\b|\bfor a period of\b|\bperiod of\b|\b(?:initial |minimum )?(?:period|term) (?:is|shall be|will be)\b|\bfor (?=\d+ (?:months?|years?)\b)|\b(?:extended|renewed) (?:by|for) (?:a further |an additional |another )?(?=\d+ (?:months?|years?)\b)|(?=\b\d{1,3}[- ](?:year|month)[- ](?:(?:service|support|maintenance) )?(?:agreement|contract|term|commitment|subscription)\b))"));
    static const QRegularExpression termLength =
        pattern(QStringLiteral(R"((?<![\d.])(\d{1,3})\s*-?\s*(?:个)?\s*(个月|months?|年|years?)(?![a-z\d]))"));
    static const QRegularExpression notTerm = pattern(QStringLiteral(
        R"(有效期\s*\d|valid|validity|notice|通知|续约|renew|terminat|解除|after the first|thereafter|经验|experience|\bfor the first\b|起算|preceding|\bafter\b|\bwithin\b|retain|support(?:ed)? for|end-of|停产|EOL)"));
    const auto tc = gatedMatch(termCue, t, folded);
    // A table's term column ("服务期 | 36 个月", "标准保修期 | 3 年上门保修"): the row's length of service, for the
    // row's tier.
    static const QRegularExpression termColumn = pattern(QStringLiteral(
        R"(^\s*(?:服务期(?:限)?|合同期(?:限)?|维保期(?:限)?|续保期(?:限)?|延保期(?:限)?|(?:标准)?保修期(?:限)?|期限|服务年限|term|contract term|duration|period|(?:standard )?warranty(?: period| term)?)\s*$)"));
    // (So is a key-value row's: "Initial Term | 36 months from the Service Commencement Date".)
    static const QRegularExpression termLabel = pattern(QStringLiteral(
        R"(^\s*(?:(?:initial|minimum|contract|service|subscription)\s+)?(?:term|period)\s*[:：]?\s*$|^\s*(?:服务期(?:限)?|合同期(?:限)?|维保期(?:限)?)\s*[:：]?\s*$)"));
    static const QRegularExpression lengthOnly = pattern(QStringLiteral(
        R"(^\s*(\d{1,3})\s*(?:个)?\s*(个月|months?|年|years?)\s*(?:$|(?:from|starting|commencing|beginning)\b|[，,（(]|自|(?:上门|现场|原厂|送修)?(?:保修|服务|维保)\s*$|(?:on-?site|return-to-base) (?:warranty|service)\s*$))"));
    if (!tc.hasMatch() && unit.cell > 0 &&
        (termColumn.match(unit.columnHeader).hasMatch() || termLabel.match(unit.rowLabel).hasMatch())) {
        const auto lm = lengthOnly.match(t);
        if (lm.hasMatch()) {
            const bool yearsUnit = lm.captured(2).contains(QStringLiteral("年")) ||
                                   lm.captured(2).startsWith(QLatin1String("year"), Qt::CaseInsensitive);
            const int months = yearsUnit ? lm.captured(1).toInt() * 12 : lm.captured(1).toInt();
            if (months >= 1 && months <= 120) {
                SlaTerm term = makeTerm(QStringLiteral("term_months"), text, unit, 0, int(t.size()));
                term.values.insert(QStringLiteral("value"), months);
                terms->append(term);
            }
        }
    }
    // Each cue in turn: "服务期：…自 2025 年 1 月 1 日起至 2027 年 12 月 31 日止，服务期三年" gives the length
    // at the second.
    bool termFound = false;
    for (auto cue = tc; cue.hasMatch() && !termFound; cue = termCue.match(t, int(cue.capturedEnd()))) {
        auto li = termLength.globalMatch(t, int(cue.capturedStart()));
        while (li.hasNext()) {
            const auto lm = li.next();
            if (lm.capturedStart() - cue.capturedEnd() > 40)
                break;
            const QString between = t.mid(int(cue.capturedStart()), int(lm.capturedEnd() - cue.capturedStart()));
            // "parts for 7 years after its end-of-sale date" is how long parts last, not the contract.
            static const QRegularExpression afterEnd = pattern(QStringLiteral(
                R"(^\s*(?:after|following|from|beyond)\b[^.;]{0,24}(?:end[- ]of|eo[ls]\b|discontinu|withdraw)|^\s*后?(?:停产|停售|退市))"));
            if (notTerm.match(between).hasMatch() || afterEnd.match(t.mid(int(lm.capturedEnd()), 40)).hasMatch())
                break;
            const int n = lm.captured(1).toInt();
            const bool yearsUnit = lm.captured(2).contains(QStringLiteral("年")) ||
                                   lm.captured(2).startsWith(QLatin1String("year"), Qt::CaseInsensitive);
            const int months = yearsUnit ? n * 12 : n;
            if (months < 1 || months > 120)
                continue; // "114 年" (a ROC date), not a length: look at the next number
            SlaTerm term =
                makeTerm(QStringLiteral("term_months"), text, unit, int(cue.capturedStart()), int(lm.capturedEnd()));
            term.tier.clear();
            term.values.insert(QStringLiteral("value"), months);
            terms->append(term);
            termFound = true;
            break;
        }
    }
    // ... or only its dates: "本合同服务期限自2025年7月1日起至2027年6月30日止" is 24 months.
    if (!termFound && tc.hasMatch()) {
        static const QRegularExpression dateRange = pattern(QStringLiteral(
            R"([^。；;]{0,12}?(\d{4})\s*(?:年|-|/)\s*(\d{1,2})\s*(?:月|-|/)\s*(\d{1,2})\s*日?\s*(?:起)?\s*(?:至|到|—|–|~|-)\s*)"
            R"((\d{4})\s*(?:年|-|/)\s*(\d{1,2})\s*(?:月|-|/)\s*(\d{1,2})\s*日?)"));
        const auto dm = dateRange.match(t, tc.capturedEnd(), QRegularExpression::NormalMatch,
                                        QRegularExpression::AnchorAtOffsetMatchOption);
        const QDate from(dm.captured(1).toInt(), dm.captured(2).toInt(), dm.captured(3).toInt());
        const QDate to = QDate(dm.captured(4).toInt(), dm.captured(5).toInt(), dm.captured(6).toInt()).addDays(1);
        const int months = (to.year() - from.year()) * 12 + to.month() - from.month();
        // (Whole months only: the day after the end is the start's day of the month. Without a match both dates
        // are invalid.)
        if (from.isValid() && to.isValid() && to.day() == from.day() && months >= 1 && months <= 120) {
            SlaTerm term =
                makeTerm(QStringLiteral("term_months"), text, unit, int(dm.capturedStart(1)), int(dm.capturedEnd()));
            term.tier.clear();
            term.values.insert(QStringLiteral("value"), months);
            terms->append(term);
        }
    }

    // price_adjustment
    static const QRegularExpression priceCue = pattern(QStringLiteral(
        R"(价格|单价|报价|费用|服务费|(?:托管|维保|维护|运维|保修)费|租金|收费|续约价|目录价|(?:这个|此|该|原|按)价|price|pricing|fees?\b|charges?\b|rates?\b|\bamounts?\b|\b(?:monthly|lease|annual) payments?\b)"));
    // (A cell under a "价格调整" / "Price adjustment" column is about the price by its header.)
    const bool priceColumn = unit.cell > 0 && priceCue.match(unit.columnHeader).hasMatch();
    // A price revision holds for the whole contract, unless its sentence opens with a tier's name, or one before
    // it in its paragraph with the name as a label ("Lot 1: prices are firm for the first contract year; …").
    const auto keepTierOnlyIfLed = [&](SlaTerm &term, qsizetype at) {
        // (A cell in a tier's row of a price-revision column, "华东区 | 2,860 | 框架协议期内固定不变", is that tier's.)
        if (priceColumn && !term.tier.isEmpty() && text.tiers().tierIn(unit.rowLabel) == term.tier)
            return;
        if (term.tier.isEmpty() || unit.cell >= 0) {
            term.tier.clear();
            return;
        }
        // (Or the sentence's subject: "C组第三年服务费将于…根据备件市场行情另行报价"; or the owner of the price it
        // revises: "A类设备服务单价固定不变", "…对B类设备服务单价进行相应调整", "Category B prices".)
        if (t.trimmed().startsWith(term.tier, Qt::CaseInsensitive))
            return;
        const QString tierName =
            QRegularExpression::escape(term.tier).replace(QStringLiteral("\\ "), QStringLiteral("\\s*"));
        const QRegularExpression ownPrice(
            QStringLiteral(
                R"(%1(?:的)?(?:服务)?(?:单价|价格|服务费|费用|年费)|%1\s+(?:unit\s+)?(?:prices?|pricing|fees?|charges?|rates?)\b)")
                .arg(tierName),
            QRegularExpression::CaseInsensitiveOption);
        const auto clause = clauseAround(t, int(at));
        if (ownPrice.match(QStringView(t).mid(clause.first, clause.second - clause.first)).hasMatch())
            return;
        const QString &paragraph = text.segments().at(unit.segment).norm.text;
        const QRegularExpression label(
            QStringLiteral(R"((?:^|[.;。；]\s*)%1\s*[:：])").arg(QRegularExpression::escape(term.tier)),
            QRegularExpression::CaseInsensitiveOption);
        if (!label.match(QStringView(paragraph).left(unit.end)).hasMatch())
            term.tier.clear();
    };
    const auto addRevision = [&](qsizetype from, qsizetype to, const QString &value, const QVariant &percent) {
        SlaTerm term = makeTerm(QStringLiteral("price_adjustment"), text, unit, int(from), int(to));
        keepTierOnlyIfLed(term, from);
        term.values.insert(QStringLiteral("value"), value);
        term.values.insert(QStringLiteral("percent"), percent);
        terms->append(term);
    };
    static const QRegularExpression fixed = pattern(QStringLiteral(
        R"(固定不变|保持不变|单价不变|价格不变|不作调整|不予调整|不做调整|不调整|不因[^。；，,]{0,24}(?:而)?调整|锁定|不上涨|不涨价|价格固定|单价固定|总价固定|固定(?:总价|价格)|(?:are|is|remain|will remain|shall remain|be) (?:fixed|firm)|(?:fixed|firm) (?:for|during|throughout)|price lock|prices? (?:are|is|will be|remain|stay) locked|no (?:price )?increase(?! (?:shall |will |may )?exceeds?)|not (?:be )?(?:increased|adjusted|changed))"));
    static const QRegularExpression capped = pattern(QStringLiteral(
        R"((?:(?:not (?:to )?exceed|\bno (?:single |annual |such )?(?:increase|adjustment|rise) (?:shall |will |may )?exceeds?|not more than|no more than|\bnot (?:\w+ ){0,3}by more than|capped at|cap of|maximum of|maximum (?:annual |yearly )?(?:increase|uplift|rise|escalation) of|at most|up to|limited to|不超过|不高于|最高|上限为?)[^.;。；%]{0,30}?|\b(?:lower|lesser) of\b[^.;%]{0,100}?\b(?:or|and)\s+)(\d+(?:\.\d+)?)\s*(?:%|per ?cent\b))"));
    // A known yearly step is a cap too: "subject to a 5% annual uplift", "每年上浮 3%".
    static const QRegularExpression step = pattern(QStringLiteral(
        R"((\d+(?:\.\d+)?)\s*%\s*(?:annual|yearly|per annum|per year|a year)?\s*(?:uplift|increase|escalation|price rise)|(?:每年|逐年)(?:上浮|上调|递增|增长|调增)\s*(\d+(?:\.\d+)?)\s*%)"));
    static const QRegularExpression increase = pattern(QStringLiteral(
        R"(increase|adjust\w*|escalat\w*|\brise\b|\braise|uplift|renewal|\bchanges? by\b|\bchanges? (?:of|in) (?:the )?(?:[\w-]+ ){0,2}(?:fees|prices?|charges|rates)\b|\brevised by\b|调整|上调|上浮|浮动|调价|涨幅|上涨|涨价|增长|续约)"));
    static const QRegularExpression notPriceCap =
        pattern(QStringLiteral(R"(credit|扣减|赔偿|liabilit|penalt|service level|可用|availability)"));
    static const QRegularExpression unbounded = pattern(QStringLiteral(
        R"(随行就市|(?:按|以)[^，。；,]{0,12}(?:届时|续保时|续订时|续约时|续签时|当时|彼时)[^，。；,]{0,10}(?:公布|发布)的?(?:目录价|价格|收费标准|报价|价目表?|标准价格?)|(?:续保|续约|续费|续签)(?:价格|费用)?以(?:续保|续约|续费|届时)?时?的?(?:页面|官网|网站|商城)?(?:价格|报价|售价)为准|按(?:当时|届时|彼时)(?:的)?(?:行情|市场)|(?:依|按|根据)(?:原厂|厂商)(?:报价|价格|目录价)(?:及|和|与)?(?:汇率)?[^,.;，。；]{0,8}调整|)"
        R"(\b(?:rates?|prices?|fees?|pricing) (?:can|may|might) change\b|按\s*CPI\s*(?:上浮|调整|上调|浮动)|)"
        // "Fees for the second year will be indexed to the annual CPI": an index bounds nothing.
        R"((?:will|shall|are|is) (?:be )?(?:indexed|linked) to (?:the )?(?:annual )?(?:[A-Z][\w-]* )?(?:CPI|consumer price|inflation|[\w/]+ exchange rate)|)"
        // "… will be adjusted on each anniversary in line with the movement in the Bank of Jamaica … rate", "… in line
        // with the Botswana Consumer Price Index".
        R"(\b(?:prices?|fees?|rates?|charges?) (?:will|shall|may) be (?:revised|adjusted|recalculated)\b[^.;]{0,40}\bin line with (?:the )?(?:[\w-]+ ){0,3}(?:consumer price index|CPI|inflation|movements? (?:in|of)\b[^.;]{0,60}\b(?:rate|dollar|currency))|)"
        R"(参照[^,.;，。；]{0,16}(?:报价|价格|价)[^,.;，。；]{0,6}调整|(?:根据|按照?|依据|随)(?:电价|电费|能源价格|能源成本|人工成本|)"
        R"(人力成本|工资水平|社保基数|物价指数|物价)(?:的)?(?:调整|变化|变动|波动|上涨)?(?:幅度|情况)?[^，。；,]{0,4}(?:相应|适当|同比例)?)"
        R"((?:调整|上调|上浮)|根据(?:届时|当时|彼时)?的?市场(?:情况|行情|价格|)"
        R"(变化)?(?:(?:对|及|和|与)[^，。；,]{0,8})?(?:进行)?(?:调整|确定|浮动)|随市场(?:行情|价格)?(?:调整|浮动|变化)|按市场价|(?:价格|费用|服务费|单价|)"
        R"(续约价格?)[^。；;]{0,12}(?:可|将|有权|保留)?(?:进行)?(?:调整|上调)|保留调价|有权(?:相应|适当)?(?:调整|上调)(?:托管费|服务费|费用|价格|单价|收费)|)"
        R"(按[^，。；]{0,10}报价(?:情况)?(?:相应)?调整|subject to (?:[\w'’]+ ){0,3}(?:adjustments?|increases?|changes?|)"
        R"(revisions?|review)|(?:annual|periodic|yearly) price review|may (?:be )?(?:adjust|increas|chang|)"
        R"(revis)\w*|届时(?:的)?(?:报价|价格|市场价)|以届时|按[^，。；,]{0,6}届时[^，。；,]{0,12}价格(?:执行|为准)|(?:reserves?|has|have|shall have) the right to (?:adjust|increase|change|)"
        R"(revise|recalculate|re-calculate) (?:the |its |our )?(?:unit |contract |service )?(?:prices?|pricing|fees|charges|rates)|(?:entitled|free|permitted|)"
        R"(allowed) to (?:increase|raise|adjust|change|revise) (?:its |the |our |any )?(?:agreed |contract(?:ual)? |)"
        R"(current )?(?:service )?(?:prices?|)"
        R"(pricing|fees|charges|rates)|(?:will|may|shall|can) (?:review|revise|re-?price) (?:the |its |our |)"
        R"(all )?(?:charges|prices?|pricing|fees|rates)|then[- ]current (?:list )?(?:price|pricing|rates?|)"
        R"(charges?|fees?)|prevailing (?:list |market )?(?:price|pricing|rates)|)"
        R"(in line with (?:the )?prevailing (?:[\w-]+ (?:and )?){0,2}(?:prices?|pricing|rates)|(?:published|)"
        R"(standard) (?:list |hourly |labou?r )?(?:rates?|prices?|pricing|charges?) in (?:effect|)"
        R"(force) at the time|(?:will|shall|may) (?:reflect|follow|track) (?:our |the |any |)"
        R"(current )?(?:[\w-]+ (?:and )?){0,3}(?:costs?|exchange rates?|list prices?)|(?:priced|charged|billed|)"
        R"(invoiced) at (?:the )?(?:[\w'’]+ ){0,2}(?:list|catalogue|catalog) prices?|(?:看|按|依|)"
        R"(根据)[^，。；,]{0,10}行情|到时候?再(?:调|定)|到时候?(?:再)?按(?:实际)?(?:报价|价格)|到时候?(?:可能)?(?:会)?有(?:一些|一点|些)?(?:调整|上调|上涨)|(?:第[二三23]年|续约|续签|明年)[^。；]{0,12}(?:可能|)"
        R"(或)?要?(?:适当)?(?:调|上调|涨)(?:一下|价)|(?:escalations?|increases?|price adjustments?) (?:will|)"
        R"(shall) be (?:determined|decided|set|fixed) (?:annually |each year |yearly |)"
        R"(unilaterally )?by (?!(?:the )?(?:cpi|consumer|inflation|index|mutual|agreement|both|parties|)"
        R"(reference)))"));
    // "If this rate is more than 5% higher, BST will adjust the invoice amount in proportion to the change in the
    // exchange rate", "If the exchange rate changes by more than 5%, the rates will be revised accordingly": the 5%
    // starts the adjustment, nothing bounds it. ("Prices will be adjusted in line with the MNT/USD exchange rate".)
    static const QRegularExpression exchangeRate = pattern(QStringLiteral(
        R"(\b(?:prices?|fees?|rates?|charges?|amounts?) (?:will|shall|may) be (?:revised|adjusted|recalculated|changed) (?:accordingly|in line with (?:the )?[\w/ ]{0,16}exchange rate)|\b(?:reviewed|revised|adjusted|recalculated)\b[^.;]{0,40}\bin line with (?:the )?(?:movements?|changes?) in (?:the )?[\w/ ]{0,16}exchange rate|\b(?:adjust|increase|revise|change|recalculate)s? (?:the |its |our )?(?:contract |agreed |unit )?(?:invoice(?:d)? amounts?|invoices?|prices?|fees?|charges?)\b[^.;]{0,40}\bin (?:direct )?proportion to (?:the )?(?:change|movement|increase|variation)(?: (?:in|of) the (?:[\w/ ]{0,12})?(?:exchange |official |currency )?rate)?\b|(?:按|根据)汇率(?:变动|变化)(?:幅度)?(?:同比例|相应)?(?:调整|上调)|汇率(?:的)?(?:变化|变动|波动)(?:情况)?[^，。；,]{0,4}(?:另行|相应|同比例)(?:进行)?(?:调整|上调))"));
    static const QRegularExpression currencyRate =
        pattern(QStringLiteral(R"(exchange|currenc|official rate|forex|汇率|\b(?:USD|EUR)\s*/)"));
    if (const auto xm = exchangeRate.match(t); xm.hasMatch() && currencyRate.match(t).hasMatch()) {
        addRevision(xm.capturedStart(), xm.capturedEnd(), QStringLiteral("unbounded"), QVariant());
        return;
    }
    auto cm = gatedMatch(capped, t, folded);
    int capGroup = 1;
    if (!cm.hasMatch()) {
        cm = gatedMatch(step, t, folded);
        capGroup = cm.captured(1).isEmpty() ? 2 : 1;
    }
    // A workbook's row "Annual escalator (applied to Years 2–3) | 3% Compounded on each anniversary": the rate
    // its row names.
    static const QRegularExpression escalatorLabel =
        pattern(QStringLiteral(R"(escalat(?:or|ion)|uplift|annual (?:price )?increase|年度?(?:调价|涨幅|上浮))"));
    static const QRegularExpression leadingRate = pattern(QStringLiteral(R"(^\s*(\d+(?:\.\d+)?)\s*%)"));
    if (!cm.hasMatch() && unit.cell > 0 && escalatorLabel.match(unit.rowLabel).hasMatch()) {
        cm = leadingRate.match(t);
        capGroup = 1;
    }
    // "capped at the CPI annually", "not to exceed the increase in the CPI": capped by an index, no fixed percent.
    static const QRegularExpression indexCap = pattern(QStringLiteral(
        R"((?:capped at|not (?:to )?exceed|limited to|no (?:more|greater) than)\s+(?:the\s+)?(?:(?:increase|change|rise) in (?:the )?)?(?:CPI|consumer price index|rate of inflation|inflation))"));
    if (!cm.hasMatch()) {
        const auto im = gatedMatch(indexCap, t, folded);
        if (im.hasMatch() &&
            (gatedMatch(increase, t, folded).hasMatch() || gatedMatch(priceCue, t, folded).hasMatch()) &&
            !gatedMatch(notPriceCap, t, folded).hasMatch()) {
            addRevision(im.capturedStart(), im.capturedEnd(), QStringLiteral("capped"), QVariant());
            return;
        }
    }
    // (A form's cell "☒ Capped at 4% per year" takes the increase from its row: "Annual price escalation".)
    const bool increaseNamed =
        gatedMatch(increase, t, folded).hasMatch() || (unit.cell >= 0 && increase.match(unit.rowLabel).hasMatch());
    const bool isCap = cm.hasMatch() && increaseNamed && !gatedMatch(notPriceCap, t, folded).hasMatch();
    // "Pricing is firm for year one; years two and three are subject to annual adjustment": the clause
    // after the semicolon is about the price its sentence names.
    const bool priceNamed = priceColumn || gatedMatch(priceCue, t, folded).hasMatch();
    if (!isCap && !priceNamed) {
        const QString &paragraph = text.segments().at(unit.segment).norm.text;
        const auto um = unbounded.match(t);
        if (unit.cell < 0 && um.hasMatch() && priceCue.match(QStringView(paragraph).left(unit.start)).hasMatch() &&
            !isNegated(t, int(um.capturedStart()))) {
            addRevision(um.capturedStart(), um.capturedEnd(), QStringLiteral("unbounded"), QVariant());
        }
        return;
    }
    if (isCap) {
        addRevision(cm.capturedStart(), cm.capturedEnd(), QStringLiteral("capped"), cm.captured(capGroup).toDouble());
    }
    // ("Prices are firm for the first contract year; thereafter they are revised …" is no fixed price.)
    static const QRegularExpression firstYearOnly = pattern(QStringLiteral(
        R"(^\s*(?:for|during) the first (?:contract |service )?(?:year|12 months|twelve \(12\) months)\b(?: of the (?:contract|agreement|service)(?: term| period)?)?\s*(?:[;,.]?\s*$|[;,]?\s*(?:and\s+)?thereafter\b))"));
    auto fm = priceNamed ? gatedMatch(fixed, t, folded) : QRegularExpressionMatch();
    if (fm.hasMatch() && firstYearOnly.match(QStringView(t).mid(fm.capturedEnd())).hasMatch())
        fm = QRegularExpressionMatch();
    if (fm.hasMatch()) {
        addRevision(fm.capturedStart(), fm.capturedEnd(), QStringLiteral("fixed"), QVariant());
    }
    // "Fixed for the first year and thereafter subject to annual review": the later, open part counts too.
    const auto um = unbounded.match(t, fm.hasMatch() ? fm.capturedEnd() : 0);
    if (isCap || (fm.hasMatch() && !um.hasMatch()))
        return;
    if (um.hasMatch() && !isNegated(t, int(um.capturedStart()))) {
        addRevision(um.capturedStart(), um.capturedEnd(), QStringLiteral("unbounded"), QVariant());
    }
}

} // namespace tw::analysis
