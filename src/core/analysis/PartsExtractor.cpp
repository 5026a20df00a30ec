#include "PartsExtractor.h"

#include "FeatureMatrix.h"

#include "GatedMatch.h"

#include "core/text/CjkText.h"

namespace tw::analysis {

namespace {

struct QualityPattern
{
    QString value;
    QRegularExpression re;
    bool negatable;
};

// Checked in this order: a discretion or "or equivalent" clause decides even when it also names new
// parts; compatible and refurbished count unless negated (compatible first: "拆机件或兼容件" may be
// either, so the buyer must reckon with the worse); new OEM parts last.
const QList<QualityPattern> &qualityPatterns()
{
    static const QList<QualityPattern> patterns = {
        {QStringLiteral("new_or_equivalent"),
         TermExtractor::pattern(QStringLiteral(
             R"(new or equivalent to new|equivalent[- ]to[- ]new|new or equal[- ]to[- ]new|equal[- ]to[- ]new|new[- ]equivalent|new or like[- ]new|like[- ]new|)"
             R"(functionally equivalent|new or functionally equivalent|as good as new|)"
             R"(新件或(?:与新件)?(?:性能)?(?:同等|等同|相当|一致)|新件或[^，。；,]{0,10}(?:同等|等同|相当)(?:的)?(?:部件|备件|件)|)"
             R"(新(?:部件|备件)或[^，。；,]{0,12}?(?:同等|等同|相当|一致)|)"
             R"(等同(?:于)?新件|与(?:全)?新件(?:性能)?(?:同等|相当|一致)|)"
             R"(equivalent (?:performance|quality)(?: and (?:performance|quality|reliability))? (?:to|as|with) (?:that of )?new|)"
             R"(新(?:件|品)或(?:同等级|同等|同级)(?:以上)?(?:之|的)?(?:良品|备件|部件|零件|件|品)|性能(?:相当于|等同于)新件)")),
         false},
        {QStringLiteral("vendor_discretion"),
         TermExtractor::pattern(QStringLiteral(
             R"(由(?:我司|我方|乙方|供应商|服务商|本公司|\s?[A-Z][A-Za-z&.-]{1,20}\s?)(?:(?:根据|按|视).{0,8})?(?:自行|酌情)?(?:决定|确定|选择)(?:备件|使用|采用|提供)?|)"
             R"(由(?:我司|我方|乙方|供应商|服务商)(?:自行|酌情)(?:选用|采用)|(?:全新|新)[件品]?或(?:[^，。；,]{0,10}[的之])?(?:原厂)?(?:认证)?翻新(?:件|备件|部件|品)|)"
             R"(由(?!甲方|用户|客户|贵司)[\x{4e00}-\x{9fff}A-Za-z]{2,6}?根据库存(?:情况)?(?:确定|决定|选择)|)"
             R"((?:新件|全新件)(?:与|和|或)[^，。；,]{0,12}翻新件中(?:选用|选择|择一)|(?:用|选)哪种由(?:我司|我方|乙方|我们)决定|)"
             R"(new or (?:used|refurbished|reconditioned)(?: parts)?(?:,)? (?:at|in) (?:our|its|the vendor's|the supplier's|provider's|(?:the )?[a-z]+'s) (?:sole |absolute )?discretion|)"
             R"((?:\bparts|\bcomponents|replacement part|spare part)[^.;]{0,60}\bat (?:our|its|(?:the )?[a-z]+'s) (?:sole )?discretion|)"
             R"(new or (?:refurbished|reconditioned|used)|)"
             R"(\bat (?:our|its|(?:the )?[a-z]+'s) (?:sole )?discretion,? (?:install|use|fit|supply|provide|ship)\b[^.;]{0,30}\b(?:parts?|components?)\b|)"
             R"(new or refurb(?:ished)?,? (?:our|their|its) (?:call|choice|option)|)"
             R"(new or (?:certified |factory[- ])?refurbished,? at [a-z]+'s (?:sole )?discretion)")),
         false},
        {QStringLiteral("unspecified"),
         TermExtractor::pattern(QStringLiteral(
             R"(根据库存(?:情况)?(?:确定|决定|而定|调配)|视库存(?:情况)?(?:而定|确定)|视备件(?:情况)?而定|以实际库存为准|)"
             R"((?:根据|按)实际库存(?:情况)?(?:确定|决定|而定|提供)|)"
             R"(parts? (?:type|quality) (?:is |are )?(?:not specified|unspecified|depends on (?:stock|availability)))")),
         false},
        {QStringLiteral("compatible"),
         TermExtractor::pattern(
             QStringLiteral(R"((?:第三方)?兼容(?:件|备件|部件)|third[- ]party (?:compatible )?(?:parts|components)|)"
                            R"(compatible (?:third[- ]party )?(?:parts|components)|non[- ]?oem (?:parts|components)|)"
                            R"(aftermarket (?:parts|components))")),
         true},
        {QStringLiteral("certified_refurbished"),
         TermExtractor::pattern(QStringLiteral(
             R"(认证翻新(?:件|备件|部件)?|翻新(?:件|备件|部件|良品|品)|整新(?:良)?品|整新(?:件|零件)|(?:certified |factory[- ])?refurbished|reconditioned|)"
             R"(remanufactured|拆机(?:备|部)?件|二手(?:件|备件))")),
         true},
        {QStringLiteral("oem_new"),
         TermExtractor::pattern(QStringLiteral(
             R"(原厂全新(?:件|备件|部件)?|全新原厂(?:件|备件|部件)?|原厂新件|全新(?:原装)?(?:备件|部件)|原装全新|)"
             R"(new,? genuine (?:oem )?(?:[a-z]+(?:/[a-z]+)? )?(?:parts|components)|)"
             R"(genuine (?:oem |[a-z]+ )?new (?:parts|components)|)"
             R"((?:brand|factory)[- ]new (?:genuine |original )?(?:oem |[a-z]+ (?:/ ?[a-z]+ )?)?(?:parts|components)|)"
             R"(new (?:oem|original|genuine) (?:[a-z]+ )?(?:parts|components)|oem[- ]new|new oem|)"
             R"((?:only )?new (?:parts|components) (?:manufactured|made|supplied)(?: or (?:supplied|manufactured))? by the (?:original equipment manufacturer|oem|manufacturer)|)"
             R"(new,?(?: and)? (?:original|genuine) (?:manufacturer |oem )?parts|)"
             R"(new,? (?:oem|manufacturer)[- ](?:genuine|original) (?:parts|components)|)"
             R"(new (?:manufacturer|oem|original|genuine)(?: [a-z]+)?(?: \((?:oem|original)\))? (?:parts|components)|)"
             R"((?:parts|components) (?:are|will be|shall be) (?:always )?(?:brand[- ])?new and (?:genuine|original)|)"
             R"((?:only )?new,? (?:genuine|original)[- ](?:manufacturer|oem)(?:[- ]supplied)? (?:parts|components)|)"
             R"((?:parts|components)(?: for [^.;,]{1,40}?)? (?:are|will be|shall be) (?:always )?new and (?:supplied|sourced|provided|manufactured) (?:by|from|by or for) )"
             R"((?:the )?(?:original )?(?:manufacturer|oem)|genuine (?:oem |manufacturer )?(?:parts|components),? supplied new)")),
         false},
    };
    return patterns;
}

// A parts store named in a unit: where, and its terms (one per place) in the extractor's list.
struct Store
{
    qsizetype start, end, firstTerm, lastTerm;
};

// "Our Pune warehouse serves as the regional spares hub": one store, of the level the second name gives it.
void mergeStoreNamedAgain(const QString &t, QList<Store> *stores, QList<SlaTerm> *terms)
{
    static const QRegularExpression servesAs = TermExtractor::pattern(
        QStringLiteral(R"(^\s*(?:serves|acts|functions|operates|is used) as (?:the |our |a |an )?$)"));
    for (qsizetype i = stores->size() - 2; i >= 0; --i) {
        const Store first = stores->at(i);
        const Store second = stores->at(i + 1);
        if (!servesAs.match(QStringView(t).mid(first.end, second.start - first.end)).hasMatch() ||
            second.lastTerm - second.firstTerm != 1)
            continue;
        const QVariant level = terms->at(second.firstTerm).values.value(QStringLiteral("value"));
        for (qsizetype k = first.firstTerm; k < first.lastTerm; ++k)
            (*terms)[k].values.insert(QStringLiteral("value"), level);
        terms->removeAt(second.firstTerm);
        for (qsizetype k = i + 2; k < stores->size(); ++k) {
            --(*stores)[k].firstTerm;
            --(*stores)[k].lastTerm;
        }
        stores->removeAt(i + 1);
    }
}

// "a forward stocking location in Toronto holding critical spares for every Premier server model, backed by its
// central warehouse in Calgary": the tier the parts are held for, named between two stores, is the first's; the store
// backing it up serves every tier.
void giveHeldForTierToFirstStore(const AnalysisText &text, const TextUnit &unit, const QString &t,
                                 const QList<Store> &stores, QList<SlaTerm> *terms)
{
    static const QRegularExpression heldFor = TermExtractor::pattern(QStringLiteral(R"(\bfor\b|[为供])"));
    static const QRegularExpression bracketed(QStringLiteral(R"(\([^()]*\)|（[^（）]*）)"));
    // (Within one sentence, the second store joined on as another: not "… for Tier A Servers at its Wellington
    // depot", the same store, nor "… in Denver. Parts for Tier 2 equipment are shipped from …".)
    static const QRegularExpression sentenceEnd(QStringLiteral(R"([.;]\s|[。；])"));
    static const QRegularExpression another = TermExtractor::pattern(
        QStringLiteral(R"(\b(?:backed|supported|supplemented|and|plus|while|as well as)\b|以及|并|及)"));
    for (qsizetype i = 0; i + 1 < stores.size(); ++i) {
        QString between = t.mid(stores.at(i).end, stores.at(i + 1).start - stores.at(i).end);
        between.replace(bracketed, QStringLiteral(" "));
        const QStringList named = text.tiers().tiersIn(between);
        const auto forAt = heldFor.match(between);
        if (named.size() != 1 || !forAt.hasMatch() || sentenceEnd.match(between).hasMatch() ||
            !another.match(between.mid(forAt.capturedEnd())).hasMatch() ||
            !text.tiers().tiersIn(between.left(forAt.capturedStart())).isEmpty())
            continue;
        for (qsizetype k = stores.at(i).firstTerm; k < stores.at(i).lastTerm; ++k)
            (*terms)[k].tier = named.first();
        const QString after =
            t.mid(stores.at(i + 1).end, i + 2 < stores.size() ? stores.at(i + 2).start - stores.at(i + 1).end : -1);
        for (qsizetype k = stores.at(i + 1).firstTerm; k < stores.at(i + 1).lastTerm; ++k) {
            if (text.tiers().tiersIn(after).isEmpty() && (*terms)[k].tier == named.first())
                (*terms)[k].tier = unit.baseTier;
        }
    }
}

} // namespace

QString PartsExtractor::cityIn(const QString &text)
{
    static const QRegularExpression re = pattern(QStringLiteral(
        R"(上海|北京|深圳|广州|杭州|苏州|南京|昆山|无锡|宁波|成都|武汉|天津|重庆|西安|合肥|济南|青岛|厦门|福州|长沙|郑州|沈阳|大连|香港|澳门|台北|新竹|台中|台南|高雄|桃园|基隆|嘉定|浦东|闵行|松江|东莞|佛山|珠海|常州|南通|扬州|徐州|温州|绍兴|嘉兴|金华|台州|南昌|贵阳|昆明|南宁|海口|太原|石家庄|呼和浩特|哈尔滨|长春|兰州|银川|西宁|乌鲁木齐|拉萨|烟台|潍坊|洛阳|宜昌|襄阳|株洲|湘潭|芜湖|泉州|漳州|中山|惠州|江门|廊坊|保定|唐山|秦皇岛|\b(?:Shanghai|Beijing|Shenzhen|Guangzhou|Hangzhou|Suzhou|Nanjing|Kunshan|Wuxi|Ningbo|Chengdu|Wuhan|Tianjin|Chongqing|Xi'an|Hefei|Jinan|Qingdao|Xiamen|Hong Kong|Singapore|Frankfurt|London|Amsterdam|Dublin|Paris|Tokyo|Sydney|New York|Chicago|Dallas|Atlanta|Toronto|Pudong|Jiading|Minhang|Dongguan|Foshan|Zhuhai|Changzhou|Changsha|Zhengzhou|Shenyang|Dalian|Fuzhou|Kunming|Nanning|Memphis|Louisville|Houston|Phoenix|Denver|Seattle|Boston|Melbourne|Brisbane|Perth|Auckland|Mumbai|Pune|Bangalore|Bengaluru|Chennai|Hyderabad|Delhi|Dubai|Abu Dhabi|Riyadh|Kuala Lumpur|Bangkok|Jakarta|Manila|Osaka|Yokohama|Seoul|Taipei|Macau|Lagos|Abuja|Nairobi|Mombasa|Bucharest|Kyiv|Lviv|Doha|Muscat|Cebu|Davao|Bratislava|Prague|Budapest|Warsaw|Colombo|Accra|Casablanca|Lima|Bogotá|Bogota|Buenos Aires|Mexico City|São Paulo|Sao Paulo|Istanbul|Cairo|Jeddah|Manama|Amman|Karachi|Lahore|Dhaka|Almaty|Hanoi|Ho Chi Minh City|Busan|Belgrade|Montréal|Montreal|Vancouver|Calgary|Ottawa|Johannesburg|Cape Town|Wellington|Adelaide|Tel Aviv|Stockholm|Oslo|Copenhagen|Helsinki|Vienna|Zurich|Milan|Madrid|Lisbon|Brussels|Munich|Berlin|Manchester|Leeds|Glasgow|Edinburgh|Bristol|Utrecht|Rotterdam)\b)"));
    const auto m = re.match(text);
    if (m.hasMatch())
        return m.captured(0);
    // Any other Chinese city written with 市 ("在九江市设有本地备件库"); most city names have two characters.
    static const QRegularExpression shi(QStringLiteral(R"(([\x{4e00}-\x{9fff}]{2})市)"));
    static const QRegularExpression notCity(
        QStringLiteral(R"(^(?:城|本|该|全|各|门|超|上|开|街|都|省|在|于|的|及|和))"));
    const auto s = shi.match(text);
    if (s.hasMatch() && !notCity.match(s.captured(1)).hasMatch())
        return s.captured(1);
    return QString();
}

QRegularExpression PartsExtractor::trigger() const
{
    static const QRegularExpression re = pattern(QStringLiteral(
        R"(件|备|仓|库|\bparts?\b|spare|component|depot|warehouse|stock|stores?\b|\bhub\b|停产|停售|\beo[ls]|end[- ]of|discontinu|退市|先行|dispatch|replacement|refurbish|distribution cent(?:er|re))"));
    return re;
}

void PartsExtractor::extract(const AnalysisText &text, const TextUnit &unit, QList<SlaTerm> *terms) const
{
    // A features-by-plan matrix ("本地备件库（杭州） | ✓ | — | —"): the row label names the parts promise,
    // and each plan whose cell ticks it has it; the label alone promises nothing.
    auto matrixKey = [](const SlaTerm &term) {
        return term.key == QLatin1String("parts_quality") || term.key == QLatin1String("parts_stock");
    };
    const bool markerLabel = FeatureMatrix::isMarkerRowLabel(text, unit);
    QList<SlaTerm> own;
    extractStatements(text, unit, &own);
    for (const SlaTerm &term : std::as_const(own)) {
        if (!(markerLabel && matrixKey(term)))
            terms->append(term);
    }
    if (unit.cell > 0 && unit.rowLabelUnit >= 0 && !unit.tier.isEmpty() &&
        FeatureMatrix::isIncludedCell(text.unitText(unit))) {
        QList<SlaTerm> labelled;
        extractStatements(text, text.units().at(unit.rowLabelUnit), &labelled);
        for (SlaTerm term : std::as_const(labelled)) {
            if (!matrixKey(term))
                continue;
            term.tier = unit.tier;
            terms->append(term);
        }
    }
}

void PartsExtractor::extractStatements(const AnalysisText &text, const TextUnit &unit, QList<SlaTerm> *terms) const
{
    const QString t = text.unitText(unit);
    const QStringView folded = text.foldedUnitText(unit);
    static const QRegularExpression partsContext =
        pattern(QStringLiteral(R"(备件|配件|部件|零件|\bparts?\b|components?|spares?|replacement|硬盘|件|refurbish)"));
    const bool cellAboutParts = unit.cell >= 0 && (partsContext.match(unit.rowLabel).hasMatch() ||
                                                   partsContext.match(unit.columnHeader).hasMatch());

    // parts_quality: one statement per Chinese clause ("核心服务器更换原厂全新备件，非核心服务器使用
    // 经原厂认证的翻新备件" says two things for two tiers); English commas do not split ("new, genuine").
    if (cellAboutParts || gatedMatch(partsContext, t, folded).hasMatch()) {
        QList<QPair<int, int>> clauses;
        int start = 0;
        for (int i = 0; i <= t.size(); ++i) {
            const bool end = i == t.size() || t.at(i) == QChar(0x3002) || t.at(i) == QChar(0xFF1B) ||
                             (t.at(i) == QLatin1Char(',') && i > 0 && isHanCharacter(t.at(i - 1)));
            if (!end)
                continue;
            if (i > start)
                clauses << qMakePair(start, i);
            start = i + 1;
        }
        const qsizetype firstQuality = terms->size();
        const QList<QualityPattern> &patterns = qualityPatterns();
        const auto indexOf = [&patterns](QLatin1String value) {
            for (int k = 0; k < patterns.size(); ++k) {
                if (patterns.at(k).value == value)
                    return k;
            }
            return -1;
        };
        static const int equivalentPattern = indexOf(QLatin1String("new_or_equivalent"));
        static const int discretionPattern = indexOf(QLatin1String("vendor_discretion"));
        for (const auto &clause : std::as_const(clauses)) {
            bool found = false;
            // Of an "or equivalent" clause and one that leaves the pick to the vendor in so many words, the one
            // said first decides: "new or equivalent to new at our discretion" promises equivalence, "new or
            // refurbished, at our discretion, and functionally equivalent" leaves the pick to the vendor.
            static const QRegularExpression choiceWord(
                QStringLiteral(R"(discretion|choice|option|决定|确定|酌情|选择|选用)"),
                QRegularExpression::CaseInsensitiveOption);
            const auto inClause = [&](const QRegularExpressionMatch &m) {
                return m.hasMatch() && m.capturedStart() < clause.second;
            };
            const auto picked = patterns.at(discretionPattern).re.match(t, clause.first);
            const auto promised = patterns.at(equivalentPattern).re.match(t, clause.first);
            // (A pick between new and refurbished parts is the vendor's wherever it stands: "functionally
            // equivalent to the part replaced and may be new or refurbished, in the Supplier's sole discretion".)
            static const QRegularExpression usedGrade(QStringLiteral(R"(refurbish|recondition|\bused\b|翻新|拆机)"),
                                                      QRegularExpression::CaseInsensitiveOption);
            const bool pickSaidFirst = inClause(picked) && choiceWord.match(picked.captured(0)).hasMatch() &&
                                       (!inClause(promised) || picked.capturedEnd() < promised.capturedEnd() ||
                                        usedGrade.match(picked.captured(0)).hasMatch());
            QList<int> order;
            for (int k = 0; k < patterns.size(); ++k)
                order << k;
            if (pickSaidFirst)
                order.swapItemsAt(equivalentPattern, discretionPattern);
            for (int k : std::as_const(order)) {
                const QualityPattern &p = patterns.at(k);
                auto it = p.re.globalMatch(t, clause.first);
                while (it.hasNext()) {
                    const auto m = it.next();
                    const int at = int(m.capturedStart());
                    if (at >= clause.second)
                        break;
                    if (p.negatable && isNegated(t, at))
                        continue;
                    if (isConditional(t, at) && p.value == QLatin1String("oem_new"))
                        continue;
                    SlaTerm term = makeTerm(QStringLiteral("parts_quality"), text, unit, at, int(m.capturedEnd()));
                    term.values.insert(QStringLiteral("value"), p.value);
                    terms->append(term);
                    found = true;
                    break;
                }
                if (found)
                    break;
            }
        }
        // "可以用全新件，也可以用翻新件，具体用哪种由我司决定": the grades one clause lists are the vendor's pick
        // when a later clause of the sentence says the vendor decides.
        bool discretion = false;
        for (qsizetype i = firstQuality; i < terms->size(); ++i)
            discretion =
                discretion || terms->at(i).values.value(QStringLiteral("value")) == QLatin1String("vendor_discretion");
        for (qsizetype i = terms->size() - 1; discretion && i >= firstQuality; --i) {
            const QString value = terms->at(i).values.value(QStringLiteral("value")).toString();
            if (value == QLatin1String("certified_refurbished") || value == QLatin1String("new_or_equivalent"))
                terms->removeAt(i);
        }
    }

    // parts_stock: every depot the unit names, with its level and city.
    static const QRegularExpression depot = pattern(QStringLiteral(
        R"((本地|当地|同城|前置|区域|华东|华北|华南|华中|西南|西北|东北|中央|中心|总部|全国|总)(?:备件)?(?:中心)?(?:仓库|仓|库|备件中心|备件库|备件点|中心库|物流中心)|(?:备件|配件)(?:中心库|中心|仓库|仓|库|点)|(?:仓库|库房)(?=(?:常备|备有|储备|存有))|\b(local|regional|central|national|forward|on-?site|east china|north china|south china|(?!(?:and|or|the|of|with|for|to|in|on|at|by)\b)[A-Z][a-z]+)(?: \([A-Z][\w ]{1,24}\))? (?:parts |spares |spare parts )?(?:depots?|warehouses?|stores?|stock(?:ing)? locations?|stock lockers?|(?:spares?|parts) banks?|stock(?= (?:of|kept|held|in)\b)|parts lockers?|(?:field )?parts sites?|hubs?|distribution cent(?:er|re)s?|logistics (?:network|cent(?:er|re)s?|hubs?)|stock ?rooms?|parts cent(?:er|re)s?|cent(?:er|re)s?|shop)\b(?![- ]?management)|\b(?:parts|spares) (depot|warehouse|stores?|hub)\b)"));
    static const QRegularExpression placeAfter(
        QStringLiteral(R"(^[^.;,，。；]{0,12}?\b(?:in|at)\s+([A-Z][\p{Latin}'-]+(?:\s[A-Z][\p{Latin}'-]+){0,2}))"));
    static const QRegularExpression placeBefore(QStringLiteral(
        R"(\b(?:our|the|its|a|an)?\s*([A-Z][\p{Latin}'-]+(?:\s[A-Z][\p{Latin}'-]+)?)\s*(?:\([A-Z][a-z]+\)\s*)?(?:parts |spares )?$)"));
    static const QStringList notPlaces = {
        QStringLiteral("East"),     QStringLiteral("China"),   QStringLiteral("The"),      QStringLiteral("Our"),
        QStringLiteral("Regional"), QStringLiteral("Central"), QStringLiteral("Local"),    QStringLiteral("Parts"),
        QStringLiteral("Customer"), QStringLiteral("Forward"), QStringLiteral("National"), QStringLiteral("Onsite")};
    // "Dispatch Center", "Service Centre", "Data Center": named like a store but not one.
    static const QStringList notStores = {
        QStringLiteral("Dispatch"),     QStringLiteral("Service"),   QStringLiteral("Support"),
        QStringLiteral("Call"),         QStringLiteral("Contact"),   QStringLiteral("Operations"),
        QStringLiteral("Data"),         QStringLiteral("Network"),   QStringLiteral("Technical"),
        QStringLiteral("Customer"),     QStringLiteral("Help"),      QStringLiteral("Repair"),
        QStringLiteral("Command"),      QStringLiteral("Security"),  QStringLiteral("Monitoring"),
        QStringLiteral("Intelligence"), QStringLiteral("Management")};
    QList<Store> stores; // the stores found, in order, and their terms
    auto it = depot.globalMatch(t);
    while (it.hasNext()) {
        const auto m = it.next();
        // "本地备件库未储备的备件由区域中心调拨": a store met again where it lacks a part.
        static const QRegularExpression lacking(QStringLiteral(R"(^\s*(?:中|内)?(?:未|没有|无|缺))"));
        if (notStores.contains(m.captured(2)) || lacking.match(QStringView(t).mid(m.capturedEnd(), 4)).hasMatch())
            continue;
        // "the Acacia Ridge depot" where the customer's trucks park: a place named depot or centre is a
        // parts store only in a sentence about parts.
        static const QRegularExpression partsWords =
            pattern(QStringLiteral(R"(\bparts?\b|spares?|stock|components?|on the shelf|drives|DIMMs|PSUs)"));
        static const QRegularExpression levelWord = pattern(QStringLiteral(
            R"(^(?:local|regional|central|national|forward|on-?site|east china|north china|south china)$)"));
        if (!m.captured(2).isEmpty() && m.captured(2).at(0).isUpper() && !levelWord.match(m.captured(2)).hasMatch() &&
            !partsWords.match(m.captured(0)).hasMatch() && !partsWords.match(t).hasMatch() &&
            !partsWords.match(unit.rowLabel).hasMatch())
            continue;
        const QString word = (m.captured(1) + m.captured(2)).toLower();
        // A clause's bare label ("3.2 备件库：乙方在东莞设有本地备件库…", "Parts depot: …") names no store; the
        // statement after it does.
        static const QRegularExpression labelColon(QStringLiteral(R"(^\s*[:：])"));
        if (word.isEmpty() && labelColon.match(QStringView(t).mid(m.capturedEnd(), 3)).hasMatch())
            continue;
        QString value;
        if (word == QStringLiteral("本地") || word == QStringLiteral("当地") || word == QStringLiteral("同城") ||
            word == QStringLiteral("前置") || word == QLatin1String("local") || word == QLatin1String("forward") ||
            word.startsWith(QLatin1String("on")))
            value = QStringLiteral("local");
        else if (word == QStringLiteral("中央") || word == QStringLiteral("中心") || word == QStringLiteral("总部") ||
                 word == QStringLiteral("总") || word == QStringLiteral("全国") || word == QLatin1String("central") ||
                 word == QLatin1String("national"))
            value = QStringLiteral("central");
        else if (word == QStringLiteral("区域") || word.startsWith(QStringLiteral("华")) ||
                 word.startsWith(QStringLiteral("西")) || word.startsWith(QStringLiteral("东北")) ||
                 word == QLatin1String("regional") || word.endsWith(QLatin1String("china")))
            value = QStringLiteral("regional");
        else if (!word.isEmpty() && word.at(0).isLetter() && word.at(0).unicode() < 0x80) {
            // "Novaris Australian parts hub", "our Gateshead stores": a country-wide name is central,
            // a place name is a local store.
            static const QRegularExpression national(QStringLiteral(
                R"(^(?:australian|american|british|german|chinese|european|us|uk|national|asia|asian|global)$)"));
            value = national.match(word).hasMatch() ? QStringLiteral("central") : QStringLiteral("local");
        } else if (m.captured(0).contains(QStringLiteral("件中心"))) {
            value = QStringLiteral("central"); // "原厂备件中心（北京）": the maker's central parts centre
        } else {
            const QString city = cityIn(t.mid(qMax(0, int(m.capturedStart()) - 40), 40 + int(m.capturedLength())));
            if (city.isEmpty())
                continue;
            value = QStringLiteral("local");
        }
        if (isNegated(t, int(m.capturedStart())))
            continue;
        // The place: "our Pune warehouse", "... in Kunshan", "our Gateshead stores", or a known city in
        // the clause. "Berlin-Adlershof" is Berlin.
        QString city;
        static const QRegularExpression streetWord(QStringLiteral(
            R"(^(?:Avenue|Road|Street|Park|Estate|Drive|Lane|Way|Building|Tower|House|Court|Place|Square|Industrial|Business|Logistics)$)"));
        const auto after = placeAfter.match(t.mid(int(m.capturedEnd()), 60));
        // (A place named after the store wins over the last word of a longer name before it: "its Eagle Farm depot
        // in Brisbane".)
        static const QRegularExpression capitalisedWordBefore(QStringLiteral(R"(\b[A-Z][a-z]+\s+$)"));
        const bool partOfLongerName =
            m.capturedStart(2) > 0 && capitalisedWordBefore.match(t.left(int(m.capturedStart(2)))).hasMatch();
        // (So does a city named after a store whose own name is no city: "our Ikeja warehouse in Lagos".)
        const bool cityAfterStore =
            after.hasMatch() && !cityIn(after.captured(1)).isEmpty() && cityIn(m.captured(2)).isEmpty();
        const bool placeNamedAfter = (partOfLongerName || cityAfterStore) && after.hasMatch() &&
                                     after.capturedStart() <= 4 && !notPlaces.contains(after.captured(1));
        if (!m.captured(2).isEmpty() && m.captured(2).at(0).isUpper() && !notPlaces.contains(m.captured(2)) &&
            !streetWord.match(m.captured(2)).hasMatch() && value == QLatin1String("local") && !placeNamedAfter)
            city = m.captured(2);
        if (city.isEmpty() && after.hasMatch() && !notPlaces.contains(after.captured(1))) {
            city = after.captured(1).section(QLatin1Char('-'), 0, 0);
            // "at Eagle Farm, Brisbane": a suburb, then the city it is in.
            static const QRegularExpression cityAfterComma(QStringLiteral(R"(^\s*,\s*([A-Z][\p{Latin}'-]+))"));
            const auto next =
                cityAfterComma.match(QStringView(t).mid(int(m.capturedEnd()) + int(after.capturedEnd(1))));
            if (next.hasMatch() && !cityIn(next.captured(1)).isEmpty())
                city = next.captured(1);
        }
        // "A forward stock of disks and memory is kept at our Khujand office": the place it is kept at, in its clause.
        static const QRegularExpression keptAt(QStringLiteral(
            R"(^[^.;:]{0,80}?\b(?:is|are) (?:kept|held|located|stored|maintained) (?:at|in) (?:our |the |its )?([A-Z][\p{Latin}'-]+))"));
        if (const auto kept = keptAt.match(QStringView(t).mid(m.capturedEnd(), 120));
            city.isEmpty() && kept.hasMatch() && !notPlaces.contains(kept.captured(1)))
            city = kept.captured(1);
        // "Forward stocking location, Columbus, OH": the place set after the store by a comma.
        static const QRegularExpression commaPlace(
            QStringLiteral(R"(^\s*,\s*([A-Z][\p{Latin}'-]+(?: [A-Z][\p{Latin}'-]+)?),\s*[A-Z]{2}\b)"));
        if (const auto cp = commaPlace.match(QStringView(t).mid(m.capturedEnd(), 40)); city.isEmpty() && cp.hasMatch())
            city = cp.captured(1);
        if (city.isEmpty()) {
            const auto before =
                placeBefore.match(t.mid(qMax(0, int(m.capturedStart()) - 30), qMin(30, int(m.capturedStart()))));
            if (before.hasMatch() && !notPlaces.contains(before.captured(1)))
                city = before.captured(1);
            // "Columbus, OH forward stocking location": the city, not its state's code.
            static const QRegularExpression cityAndState(QStringLiteral(R"(\b([A-Z][\p{Latin}'-]+),\s*[A-Z]{2}\s*$)"));
            const auto withState =
                cityAndState.match(t.mid(qMax(0, int(m.capturedStart()) - 30), qMin(30, int(m.capturedStart()))));
            if (withState.hasMatch() && city.size() == 2)
                city = withState.captured(1);
            // "Corvane's Omaha forward stocking location": the owner's name, then the place.
            static const QRegularExpression owner(QStringLiteral(R"(^[A-Z][a-zA-Z-]+'s\s+(?=[A-Z]))"));
            city.remove(owner);
        }
        if (city.isEmpty()) {
            const auto clause = clauseAround(t, int(m.capturedStart()));
            city = cityIn(t.mid(clause.first, clause.second - clause.first));
        }
        // A table of service sites by city ("上海 | 自有服务中心 | 华东区域备件中心"): the row's city.
        if (city.isEmpty() && unit.cell > 0)
            city = cityIn(unit.rowLabel);
        // "a Halvorsen forward stocking location": the vendor, not a place.
        if (text.namesOrganisation(city))
            city.clear();
        // "regional depots in Bristol, Birmingham and Glasgow", "forward stocking locations (FSLs) in Dallas and
        // Memphis", "forward stock of parts for the Customer's server models in Stockholm (Kista), Gothenburg and
        // Malmö": one store in each place.
        QStringList places{city};
        static const QRegularExpression placeList(QStringLiteral(
            R"(^\s*(?:\([A-Za-z]{2,8}\)\s*)?(?:\s(?:of )?(?:parts|spares)\b[^.;:,]{0,50}?)?,?\s*\bin\s+([A-Z][\p{Latin}'-]+)(?:\s*\([^()]{1,24}\))?((?:\s*,\s*(?:in\s+)?[A-Z][\p{Latin}'-]+(?:\s*\([^()]{1,24}\))?)*)\s*(?:,\s*)?and\s+(?:in\s+)?([A-Z][\p{Latin}'-]+))"));
        static const QRegularExpression aside(QStringLiteral(R"(\s*\([^()]*\))"));
        if (m.captured(0).endsWith(QLatin1Char('s'), Qt::CaseInsensitive) ||
            m.captured(0).endsWith(QLatin1String("stock"), Qt::CaseInsensitive)) {
            const auto list = placeList.match(t.mid(int(m.capturedEnd()), 120));
            if (list.hasMatch()) {
                places = {list.captured(1)};
                for (QString more : list.captured(2).remove(aside).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
                    more = more.trimmed();
                    if (more.startsWith(QLatin1String("in ")))
                        more = more.mid(3).trimmed();
                    places << more;
                }
                places << list.captured(3);
            }
        }
        // "在北京、广州、成都设有区域备件库", "北京、广州、成都三个区域备件库": one store in each city listed before
        // it.
        static const QRegularExpression chinesePlaces(QStringLiteral(
            R"((?:(?<=在)|(?<![\x{4e00}-\x{9fff}]))([\x{4e00}-\x{9fff}]{2,4}?(?:[、，,和及与][\x{4e00}-\x{9fff}]{2,4}?)+)(?:[二三四五六七八九十两\d]个|等地?)?(?:分别)?(?:设有|设立|建有|设置)?(?:的)?$)"));
        if (const auto list =
                chinesePlaces.match(t.mid(qMax(0, int(m.capturedStart()) - 30), qMin(30, int(m.capturedStart()))));
            list.hasMatch()) {
            static const QRegularExpression separator(QStringLiteral("[、，,和及与]"));
            // (The list may start the clause: "并在北京、…".)
            static const QRegularExpression lead(QStringLiteral("^(?:并|且|还|另|同时)?在"));
            const QStringList named = list.captured(1).remove(lead).split(separator, Qt::SkipEmptyParts);
            const bool allCities =
                std::all_of(named.cbegin(), named.cend(), [](const QString &place) { return cityIn(place) == place; });
            if (allCities)
                places = named;
        }
        stores << Store{m.capturedStart(), m.capturedEnd(), terms->size(), terms->size() + places.size()};
        for (const QString &place : std::as_const(places)) {
            SlaTerm term =
                makeTerm(QStringLiteral("parts_stock"), text, unit, int(m.capturedStart()), int(m.capturedEnd()));
            term.values.insert(QStringLiteral("value"), value);
            term.values.insert(QStringLiteral("location"), place.isEmpty() ? QVariant() : QVariant(place));
            terms->append(term);
        }
    }
    mergeStoreNamedAgain(t, &stores, terms);
    giveHeldForTierToFirstStore(text, unit, t, stores, terms);
    // A parts-location cell written as "Central: Mississauga", "Local: Calgary" under a parts row.
    static const QRegularExpression stockContext =
        pattern(QStringLiteral(R"(parts|spares|stock|depot|warehouse|备件|库)"));
    static const QRegularExpression levelAndPlace = pattern(QStringLiteral(
        R"(^\s*(local|forward|regional|central|national|本地|区域|中心)\s*[:：,，]\s*([A-Z][\p{Latin}'-]+(?:\s[A-Z][\p{Latin}'-]+)?|[\x{4e00}-\x{9fff}]{2,4}))"));
    if (unit.cell > 0 && stockContext.match(unit.rowLabel + QLatin1Char(' ') + unit.columnHeader).hasMatch()) {
        const auto m = levelAndPlace.match(t);
        if (m.hasMatch()) {
            const QString level = m.captured(1).toLower();
            const QString value =
                level == QLatin1String("local") || level == QLatin1String("forward") || level == QStringLiteral("本地")
                    ? QStringLiteral("local")
                : level == QLatin1String("regional") || level == QStringLiteral("区域") ? QStringLiteral("regional")
                                                                                        : QStringLiteral("central");
            SlaTerm term =
                makeTerm(QStringLiteral("parts_stock"), text, unit, int(m.capturedStart()), int(m.capturedEnd()));
            term.values.insert(QStringLiteral("value"), value);
            term.values.insert(QStringLiteral("location"), m.captured(2));
            terms->append(term);
        }
    }

    // parts_dispatch_first
    static const QRegularExpression dispatch = pattern(QStringLiteral(
        R"(备件先行|先发备件(?:后|再)(?:诊断|排查|处理|返还)|先行(?:发货|派送|寄送|提供|调拨|发送|发出|寄出)备件|同步派发(?:工程师)?(?:与|和)备件|工程师与备件同(?:时|步)|advance (?:parts )?(?:replacement|exchange|dispatch)|parts[- ]first|(?:parts?|spares?|components?) (?:is |are |will be )?(?:[a-z]+ ){0,5}?(?:dispatched|shipped|sent)[^.;]{0,80}(?:in parallel|while (?:remote )?(?:troubleshooting|diagnos)|as soon as (?:a |the )?(?:hardware )?(?:fault|failure|problem) is (?:suspected|identified|detected)|without waiting for (?:the )?(?:diagnosis|diagnostics|triage)|simultaneously|at the same time|before the engineer|with the engineer)|dispatch(?:es|ed)? (?:the )?(?:replacement )?parts? (?:in parallel|simultaneously|before|(?:together )?with the (?:engineer|technician))|(?:dispatched|shipped|sent) (?:together )?with the engineer|parts[- ]first dispatch|(?:dispatch|ship|send)(?:es|ed)? (?:the )?(?:most )?(?:likely|probable|suspected) (?:replacement )?(?:parts?|components?|spares?)|备件(?:与|和)工程师同(?:时|步)(?:出发|派发|到场)|(?:parts?|spares?) (?:travels?|comes?|goes|arrives?) with the (?:engineer|technician)|(?:engineer|technician) (?:brings|carries|arrives with|travels with|comes with) (?:the )?(?:likely |probable |required |necessary )?(?:replacement )?(?:parts?|spares?)|(?:engineer|technician) is dispatched with (?:the )?(?:likely |probable |required |suspected )?(?:replacement )?(?:parts?|spares?)|(?:engineer|technician)s? (?:visits?|attends?) (?:the )?(?:site|premises) with (?:the )?(?:candidate |likely |probable |required |necessary |suspected )?(?:replacement )?(?:parts?|spares?)|(?:parts?|spares?|components?)\b[^.;]{0,80}?at the same time as (?:it |we |they |the [a-z]+ )?(?:dispatch|send)(?:es|s)? (?:the |an? )?(?:field |service )?(?:engineer|technician)|出发(?:时)?即?携带[^，。；,]{0,10}备件|携带[^，。；,]{0,8}备件(?:同时)?(?:出发|到场)|)"
        // "Sev1 parts ship with the engineer", "parts leave our hub as soon as a hardware fault is suspected", "ships
        // the replacement part ahead of the on-site visit", "despatched … when the call is logged", "released … in
        // parallel with diagnostics", "dispatches the suspected failed part".
        R"((?:parts?|spares?|FRUs?) (?:ships?|travels?|leaves?|goes|comes?) with (?:the )?(?:attending )?(?:engineer|technician)|)"
        R"((?:parts?|spares?) leaves? (?:our|the) [\w ]{0,24}?(?:hub|depot|stock ?room|warehouse|stock)\b[^.;]{0,40}\b(?:as soon as|at the same time as)|)"
        R"((?:ships?|dispatch(?:es)?|despatch(?:es)?|sends?) (?:the )?(?:likely |probable |suspected |replacement |candidate )*(?:failed )?(?:parts?|FRUs?|spares?|components?) (?:ahead of|before) (?:the )?(?:on-?site )?(?:visit|diagnosis|diagnostics|troubleshooting)|)"
        R"((?:parts?|FRUs?|spares?) (?:is |are )?(?:dispatched|despatched|shipped|sent) (?:ahead of|before) (?:the )?(?:on-?site )?(?:visit|diagnosis|diagnostics)|)"
        R"((?:dispatched|despatched|shipped|released)\b[^.;]{0,40}\b(?:when|as soon as) (?:the )?(?:call|ticket|case|incident|alert) is (?:logged|created|opened|raised|received)|)"
        R"((?:dispatched|despatched|shipped|released)\b[^.;]{0,50}\bin parallel with (?:remote )?(?:diagnos|troubleshoot)\w*|)"
        R"(without waiting for (?:the )?(?:on-?site |remote )?(?:diagnosis|diagnostics|triage)|)"
        R"((?:dispatch|ship|send)(?:es|ed)? (?:the )?(?:most )?(?:likely|probable|suspected) (?:failed |replacement )?(?:parts?|components?|spares?|FRUs?))"));
    const auto addDispatchFirst = [&](qsizetype from, qsizetype to) {
        SlaTerm term = makeTerm(QStringLiteral("parts_dispatch_first"), text, unit, int(from), int(to));
        term.values.insert(QStringLiteral("value"), true);
        terms->append(term);
    };
    // In a features-by-plan matrix the row label names it and the plans' cells say who gets it.
    if (unit.cell > 0 && FeatureMatrix::isIncludedCell(t) && dispatch.match(unit.rowLabel).hasMatch())
        addDispatchFirst(0, t.size());
    // A plan's cell in a "Parts dispatch" row that ships them while the fault is still being diagnosed: "In
    // parallel with remote diagnosis (Severity 1)" (beside "After remote diagnosis").
    static const QRegularExpression dispatchRow = pattern(
        QStringLiteral(R"(^\W*(?:parts?|spares?) (?:dispatch|shipment|delivery)\W*$|^\W*备件(?:发货|派送|调拨)\W*$)"));
    static const QRegularExpression whileDiagnosing = pattern(QStringLiteral(
        R"(^\W*(?:in parallel with|at the same time as|simultaneously with|during|while|before) (?:the )?(?:remote )?(?:diagnos|troubleshoot|triage)\w*|^\W*(?:与|和)?(?:远程)?诊断(?:同时|同步))"));
    if (unit.cell > 0 && dispatchRow.match(unit.rowLabel).hasMatch()) {
        const auto wm = whileDiagnosing.match(t);
        if (wm.hasMatch())
            addDispatchFirst(wm.capturedStart(), wm.capturedEnd());
    }
    const auto dm =
        FeatureMatrix::isMarkerRowLabel(text, unit) ? QRegularExpressionMatch() : gatedMatch(dispatch, t, folded);
    if (dm.hasMatch() && !isNegated(t, int(dm.capturedStart())))
        addDispatchFirst(dm.capturedStart(), dm.capturedEnd());

    // eol_parts_years
    static const QRegularExpression eol = pattern(QStringLiteral(
        R"(停产|停售|(?:原厂|厂商|厂家)(?:已)?停止(?:服务|支持|销售)|(?:原厂|厂商|厂家)停保|\bEO[LS]L?\b|end[- ]of[- ](?:service[- ])?(?:life|support|sales?)|end[- ]of[- ]service|discontinu\w*|退市)"));
    // (Or months: "spare parts for at least 24 months after the EOSL date" is two years.)
    static const QRegularExpression years =
        pattern(QStringLiteral(R"((\d{1,3})\s*(?:个)?\s*(年|years?|个月|months?)(?![\d]))"));
    const auto em = gatedMatch(eol, t, folded);
    if (em.hasMatch()) {
        auto yi = years.globalMatch(t);
        while (yi.hasNext()) {
            const auto ym = yi.next();
            const bool inMonths = ym.captured(2).contains(QStringLiteral("月")) ||
                                  ym.captured(2).startsWith(QLatin1String("month"), Qt::CaseInsensitive);
            const int count = ym.captured(1).toInt();
            if (inMonths && count % 12 != 0)
                continue;
            const int value = inMonths ? count / 12 : count;
            if (value < 1 || value > 15)
                continue;
            SlaTerm term = makeTerm(QStringLiteral("eol_parts_years"), text, unit,
                                    qMin(int(em.capturedStart()), int(ym.capturedStart())),
                                    qMax(int(em.capturedEnd()), int(ym.capturedEnd())));
            term.values.insert(QStringLiteral("value"), value);
            // Parts for end-of-life models are kept for those models, whatever tier they sit in
            // ("对已超过原厂EOSL的设备 （目前为B类中的4台…）"): a tier the sentence names only as where the models are
            // is not the term's.
            if (unit.cell < 0 && !term.tier.isEmpty() && t.contains(term.tier + QStringLiteral("中")))
                term.tier = unit.baseTier;
            // ... and a sentence that names no tier keeps them for every model, whatever section it stands in.
            if (unit.cell < 0 && text.tiers().tiersIn(t).isEmpty())
                term.tier.clear();
            terms->append(term);
            break;
        }
    }
}

} // namespace tw::analysis
