#include "TierContext.h"

#include <QRegularExpression>
#include <QVarLengthArray>

#include <algorithm>

namespace tw::analysis {

namespace {

/** "Group 系統類別": an English label, then its Chinese. */
const QRegularExpression &englishThenChinese()
{
    static const QRegularExpression halves(QStringLiteral(R"(^\s*([A-Za-z][A-Za-z /-]*?)\s*([\x{4e00}-\x{9fff}].*)$)"));
    return halves;
}

} // namespace

QString TierContext::keyOf(const QString &text)
{
    QString key;
    key.reserve(text.size());
    for (QChar c : text) {
        // (Not a footnote's mark: "Gold ¹" is Gold.)
        if (c.isLetterOrNumber() && c.category() != QChar::Number_Other)
            key.append(c.toLower());
    }
    // "关键业务数据库层" and "关键业务数据库" are the same tier, as are "Production tier" and "Production".
    static const QStringList suffixes = {QStringLiteral("tier"), QStringLiteral("层级"), QStringLiteral("层"),
                                         QStringLiteral("plan"), QStringLiteral("servers")};
    for (const QString &suffix : suffixes) {
        if (key.endsWith(suffix) && key.size() > suffix.size() + 1) {
            key.chop(suffix.size());
            break;
        }
    }
    // "Service Band A" is "Band A" in the text around it, "Support Level 2" is "Level 2".
    static const QRegularExpression genericLead(
        QStringLiteral(R"(^(?:service|support)(?=(?:band|class|category|level|tier|group|option)[a-z0-9]{1,3}$))"));
    key.remove(genericLead);
    // "Category 1 Systems" is named "Category 1" too; "Critical Systems" keeps its noun.
    static const QStringList systems = {QStringLiteral("systems"), QStringLiteral("system"), QStringLiteral("devices"),
                                        QStringLiteral("device")};
    for (const QString &suffix : systems) {
        if (key.endsWith(suffix) && key.size() > suffix.size() + 1 &&
            key.at(key.size() - suffix.size() - 1).isDigit()) {
            key.chop(suffix.size());
            break;
        }
    }
    // "A类服务器" is "A类" too (as the table captioned "表1 A类服务器" and the note "A类各项时限…" name it).
    // So is "重要设备" the tier "重要" a table's row names ("设备等级 | 重要"), when two characters at least are left.
    static const QStringList equipment = {QStringLiteral("服务器"), QStringLiteral("设备")};
    for (const QString &suffix : equipment) {
        if ((key.endsWith(QStringLiteral("类") + suffix) && key.size() > suffix.size() + 1) ||
            (key.endsWith(suffix) && key.size() == suffix.size() + 2 && key.front().unicode() >= 0x3400)) {
            key.chop(suffix.size());
            break;
        }
    }
    return key;
}

QString TierContext::cleanName(const QString &text, NameKind kind)
{
    const bool code = kind == NameKind::Code;
    static const QRegularExpression numbering(QStringLiteral(
        R"(^\s*#{0,6}\s*(?:\d+(?:\.\d+)*(?:\.|、|\s+|$)|[一二三四五六七八九十]+[、.]|[（(](?:\d+|[一二三四五六七八九十]{1,3})[)）]|第.{1,3}[章节条])\s*)"));
    static const QRegularExpression cut(QStringLiteral(R"(\s*(?:[（(]|——|--|\s[-–—]\s|[:：]|;\s|\s*[-–—]\s*$).*$)"));
    static const QRegularExpression model(QStringLiteral(R"([A-Za-z]{1,4}-?[A-Za-z]?\d{3,})"));
    static const QRegularExpression stop(
        QStringLiteral(
            R"(^(?:[两二三四五六七八九十\d]+\s*个.*|.{0,6}(?:合计|总计|小计|总价).*|序号|(?:annual |grand |sub)?total\b.*|tier|层级|设备层级|服务层级|qty|quantity|n/?a)$|服务费|人民币|元整|金额|)"
            // A document's own sections set in the table's first column ("报价说明", "公司简介") are no plans.
            R"(^(?:报价|服务|付款|商务)?(?:说明|备注|附注|注意事项)|^公司(?:简介|介绍|概况)|^(?:add|less)$|)"
            // Nor are a change's before and after ("原投标承诺 | 本次澄清后承诺").
            R"(^(?:原(?:投标)?|本次|澄清后|调整后|调整前|修改前|修改后|变更前|变更后)[^，。]{0,6}(?:承诺|方案|内容|条款|标准)$|)"
            R"(^(?:original|revised|amended|updated) (?:bid|offer|commitment|proposal|terms?)$|^(?:变更|调整|修改|升级)[前后]$|^原合同(?:约定|标准|条款|内容)?$|)"
            // ... nor the terms of a renewal's comparison ("Current (FY2025) | Renewal (FY2026)").
            R"(^(?:current|renewal|existing|proposed|previous|prior|new)(?: (?:term|year|contract|coverage|pricing|price|terms))?$|)"
            R"(^(?:现行|当前|续约|续签|本期|上期|上年度?|去年|今年|本年度?)(?:方案|标准|服务|条款|价格)?$|)"
            // Nor are the measures ("（一）响应时限", "Response times").
            R"(^(?:响应|到场|修复|恢复|到达|解决|服务)(?:时限|时间|要求|标准)$|^(?:response|on-?site|resolution|restoration|repair) (?:times?|targets?)$|)"
            // ... nor the vendor's own offer set beside another ("我司第三方维保方案 | 原厂续保方案").
            R"(^(?:我司|本公司|我方)[^，。]{0,10}(?:方案|服务)$|^our (?:proposed )?(?:offer|proposal|solution)$|)"
            // ... nor what is measured ("3.1 电力可用性：…不低于 99.99%", "Network availability").
            R"(^.{0,6}(?:可用性|可用率)$|^(?:[A-Za-z]+ ){0,2}(?:availability|uptime)$|)"
            // Nor are the hours a time holds in ("工作日白天 | 工作日夜间 | 节假日").
            R"(^(?:工作日|非工作日|周末|节假日)?(?:白天|夜间|日间|晚间|工作时间外|非工作时间)$|)"
            // Nor is an ordinal level ("第一級：系統停頓"): a fault level or an escalation step.
            R"(^第[一二三四五六七八九十\d]+[级級]$|)"
            // Nor are the lines of a signature block or an annex list under a table ("甲方（盖章）：…",
            // "法定代表人或授权代表 （签字）：", "日期：", "附件 2：服务设备清单").
            R"(^(?:甲方|乙方|丙方|买方|卖方|采购人|供应商|法定代表人|授权代表|委托代理人|签字|盖章|日期|地址|电话|开户行|账号)|)"
            R"(^(?:附件|附表|附录)\s*[\d一二三四五六七八九十]+$|^(?:signed|signature|date|name|title|for and on behalf of)\b)"),
        QRegularExpression::CaseInsensitiveOption);
    // (A column's header, "设备类别", "Service tier", heads the names; it is none.)
    if (namesCurrentCover(text) || isTierHeader(text))
        return QString();
    QString name = text.trimmed();
    // A change's before and after columns name their levels in brackets ("变更前（标准级） | 变更后（关键级）"). (What
    // the before column says is no longer promised; AnalysisText sets it aside.)
    static const QRegularExpression changeSide(
        QStringLiteral(
            R"(^(?:变更|调整|修改|升级)[前后]\s*[(（]\s*([^()（）\d]{2,20}?)\s*[)）]$|^(?:before|after)(?: (?:the )?(?:change|upgrade))?\s*[(（]\s*([^()（）]{2,20}?)\s*[)）]$)"),
        QRegularExpression::CaseInsensitiveOption);
    if (const auto side = changeSide.match(name); side.hasMatch())
        name = side.hasCaptured(1) ? side.captured(1) : side.captured(2);
    name.remove(numbering);
    name.remove(cut);
    name = name.trimmed();
    // (And without a dangling dash or a footnote's mark: "Gold ¹", "Silver *".)
    static const QString footnoteMarks = QStringLiteral("¹²³⁴⁵⁶⁷⁸⁹⁰*†‡");
    while (name.endsWith(QLatin1Char('-')) || name.endsWith(QChar(0x2013)) || name.endsWith(QChar(0x2014)) ||
           (!name.isEmpty() && footnoteMarks.contains(name.back())))
        name = name.chopped(1).trimmed();
    // Defined terms of the business clock are no plans, unless the document heads them as its tiers.
    static const QRegularExpression clockTerm(
        QStringLiteral(
            R"(^(?:business hours?|(?:working|support|service) (?:days?|hours?)|public holidays?|工作日|工作时间|节假日)$)"),
        QRegularExpression::CaseInsensitiveOption);
    const bool declared = kind == NameKind::Declared;
    // (A model number names a device, unless it names a product series: a maker's levels by "TS8000 系列".)
    static const QRegularExpression series(QStringLiteral(R"(系列|\b(?:series|family)\b)"),
                                           QRegularExpression::CaseInsensitiveOption);
    const bool productSeries = series.match(name).hasMatch();
    const bool modelNumber = model.match(name).hasMatch() && !productSeries;
    if (name.size() < 2 || name.size() > 40 || (!code && modelNumber) || stop.match(name).hasMatch() ||
        (!declared && clockTerm.match(name).hasMatch()))
        return QString();
    // Service levels named by their shorthand ("7×24×4", "5x8xNBD", a service card's "4H") are names, though mostly
    // digits.
    static const QRegularExpression shorthand(
        QStringLiteral(R"(^\d{1,2}\s*[x×*]\s*\d{1,2}\s*[x×*]\s*(?:\d{1,2}|NBD)\s*(?:[HhＨ]|小时)?$|^\d{1,2}\s*[HＨ]$)"),
        QRegularExpression::CaseInsensitiveOption);
    // "GOLD 24x7x4": the shorthand beside a plan word does not make the name a number.
    static const QRegularExpression embeddedShorthand(
        QStringLiteral(R"(\d{1,2}\s*[x×*]\s*\d{1,2}\s*[x×*]\s*(?:\d{1,2}|NBD))"),
        QRegularExpression::CaseInsensitiveOption);
    QString counted = name;
    counted.remove(embeddedShorthand);
    if (productSeries) // ("TS8000 系列" is a name, though its model number is mostly digits.)
        counted.remove(model);
    // "24/365 Plan", "24x7 Support", "PS-4H-7X24", "4-Hour 13x5": the cover beside a plan word does not make the
    // name a number either.
    static const QRegularExpression embeddedCover(
        QStringLiteral(R"((?<!\d)(?:\d{1,2}\s*[/x×]\s*(?:5|6|7|365)|7\s*[x×]\s*24)(?!\d))"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression word(QStringLiteral(R"([A-Za-z]{2,}|[\x{4e00}-\x{9fff}])"));
    QString withoutCover = counted;
    withoutCover.remove(embeddedCover);
    if (withoutCover.size() < counted.size() && word.match(withoutCover).hasMatch())
        counted = withoutCover;
    int digits = 0;
    for (QChar c : counted)
        digits += c.isDigit() ? 1 : 0;
    // ("24x7" is a plan's name where the document heads it as a tier.)
    static const QRegularExpression window(QStringLiteral(R"(^(?:\d{1,2}\s*[x×*/]\s*\d{1,3})$)"));
    if (digits * 3 > counted.size() && !shorthand.match(name).hasMatch() && !code &&
        !(declared && window.match(name).hasMatch()))
        return QString();
    // A tier is named in a few words; a dozen Chinese characters is a sentence.
    int han = 0;
    for (QChar c : name)
        han += c.unicode() >= 0x4E00 && c.unicode() <= 0x9FFF ? 1 : 0;
    if (han > 12)
        return QString();
    return name;
}

void TierContext::addCandidate(const QString &text, const QString &original, NameKind kind)
{
    QString name = cleanName(text, kind);
    if (name.isEmpty())
        return;
    const QString written = original.isEmpty() ? QString() : cleanName(original, kind);
    const QString key = keyOf(name);
    if (key.size() < 2)
        return;
    // (A name written in signs only, "★★★★", is reported as read: "四星".)
    const bool signsOnly = std::none_of(written.cbegin(), written.cend(), [](QChar c) { return c.isLetterOrNumber(); });
    const QString display = signsOnly ? name : written;
    for (const Entry &entry : m_entries) {
        if (entry.key == key || entry.name == display || entry.aliases.contains(key))
            return;
    }
    // A bilingual name ("Mission Critical 关键业务", "生产系统 Production"): either half alone names the
    // same tier. A tier already known by one half takes the other half as an alias.
    static const QRegularExpression bilingual(QStringLiteral(
        R"(^([A-Za-z][A-Za-z0-9 &+/'.-]*[A-Za-z0-9])\s*([\x{3400}-\x{9fff}][^A-Za-z]*)$|^([\x{3400}-\x{9fff}][^A-Za-z]*?)\s*([A-Za-z][A-Za-z0-9 &+/'.-]*)$)"));
    const auto halves = bilingual.match(name);
    QStringList halfKeys;
    if (halves.hasMatch()) {
        for (int g = 1; g <= 4; ++g) {
            const QString half = keyOf(halves.captured(g));
            if (half.size() >= 2)
                halfKeys << half;
        }
        if (halfKeys.size() == 2) {
            for (Entry &known : m_entries) {
                if (halfKeys.contains(known.key) || halfKeys.contains(known.aliases.value(0))) {
                    for (const QString &half : std::as_const(halfKeys)) {
                        if (half != known.key && !known.aliases.contains(half))
                            known.aliases << half;
                    }
                    known.aliases << key;
                    indexKeys();
                    return;
                }
            }
        } else {
            halfKeys.clear();
        }
    }
    // "GOLD 24x7x4" is called "GOLD" in the text around it, "Premier 24x7" "Premier" (but "Standard NBD" is not
    // every "standard").
    static const QRegularExpression planShorthand(
        QStringLiteral(
            R"(^([A-Za-z][A-Za-z ]*[A-Za-z])\s+(?:\d{1,2}\s*[x×*]\s*\d{1,3}(?:\s*[x×*]\s*(?:\d{1,2}|NBD))?|NBD|24/7)$)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression ordinaryWord(
        QStringLiteral(R"(^(?:standard|basic|business|normal|regular|general|next business day)$)"),
        QRegularExpression::CaseInsensitiveOption);
    const auto plan = planShorthand.match(name);
    if (plan.hasMatch() && keyOf(plan.captured(1)).size() >= 3 && !ordinaryWord.match(plan.captured(1)).hasMatch())
        halfKeys << keyOf(plan.captured(1));
    // "Gold Support" ("Gold Server Care") is "Gold" in "Gold times are clock hours". Only grade words that mean nothing
    // else: "Standard" or "Basic" alone are ordinary words.
    static const QRegularExpression gradeAndPlanWord(
        QStringLiteral(
            R"(^(Platinum|Gold|Silver|Bronze|Diamond|Titanium|Premier|Elite)\s+(?:(?:Server|Hardware|System|Device)\s+)?(?:Support|Service|Services|Plan|Care|Cover|Package|Level|Contract)$)"),
        QRegularExpression::CaseInsensitiveOption);
    const auto grade = gradeAndPlanWord.match(name);
    if (grade.hasMatch()) {
        const QString gradeKey = keyOf(grade.captured(1));
        bool taken = false;
        for (const Entry &known : std::as_const(m_entries))
            taken = taken || known.key == gradeKey || known.aliases.contains(gradeKey);
        if (!taken)
            halfKeys << gradeKey;
    }
    Entry entry{display, key, QString(), QString(), QString(), QString(), halfKeys};
    static const QRegularExpression classed(
        QStringLiteral(R"(^(\S{1,6}?)(设备|系统|服务器|主机|业务|环境|服务|保障|套餐)$)"));
    // "Class A" is named in "Classes A and B", "Category 2" in "Categories 1 and 2".
    static const QRegularExpression lettered(QStringLiteral(
        R"(^(?:(?:Service|Support)\s+)?(Class|Category|Tier|Group|Band|Option|Package|Plan)\s+([A-Z]|[1-4])$)"));
    QString compactName = display; // ("A 级系统" as a PDF spaces it)
    compactName.remove(QLatin1Char(' '));
    const auto c = classed.match(compactName);
    const auto l = lettered.match(display);
    if (c.hasMatch()) {
        entry.classPrefix = c.captured(1);
        entry.classSuffix = c.captured(2);
    } else if (l.hasMatch()) {
        entry.classWord = l.captured(1);
        entry.classLetter = l.captured(2);
    }
    // "Category 1 Systems": its "Category 1" would read as an incident category elsewhere.
    // So would "一般类" / "重要级" (a class of equipment) as a severity word.
    static const QRegularExpression priorityLike(
        QStringLiteral(
            R"(^((?:category|tier|level|class|group|priority|severity)\s*[1-4])\b|^((?:紧急|严重|重要|一般|普通)(?:类|级)))"),
        QRegularExpression::CaseInsensitiveOption);
    const auto like = priorityLike.match(display);
    if (like.hasMatch() && like.hasCaptured(1))
        m_priorityLikeNames << QRegularExpression(
            QStringLiteral("\\b") +
                QRegularExpression::escape(like.captured(1)).replace(QStringLiteral("\\ "), QStringLiteral("\\s*")) +
                QStringLiteral("\\b"),
            QRegularExpression::CaseInsensitiveOption);
    else if (like.hasMatch())
        m_priorityLikeNames << QRegularExpression(QRegularExpression::escape(like.captured(2)));
    // A plan named by a severity word ("Critical (24x7x4)") is meant where the word qualifies what is
    // covered: "every Critical call", "Critical units".
    static const QRegularExpression severityNamed(QStringLiteral(R"(^(critical|urgent|high|emergency)\b)"),
                                                  QRegularExpression::CaseInsensitiveOption);
    if (const auto severity = severityNamed.match(display); severity.hasMatch())
        m_priorityLikeNames << QRegularExpression(
            QStringLiteral(R"(\b%1(?=\s+(?:calls?|units?|systems?|servers?|devices?|sites?|assets?|equipment)\b))")
                .arg(severity.captured(1)),
            QRegularExpression::CaseInsensitiveOption);
    m_entries << entry;
    m_longestFirst << int(m_entries.size()) - 1;
    std::stable_sort(m_longestFirst.begin(), m_longestFirst.end(),
                     [this](int a, int b) { return m_entries.at(a).key.size() > m_entries.at(b).key.size(); });
    indexKeys();
}

void TierContext::addAcronyms(const QString &text)
{
    // ... or a product code: "金牌延保服务（DZ-EW3Y-GD）", whose quotation lines give only the code; or a line
    // item's number: "Mission Critical (CLIN 0001)", whose terms say "under CLIN 0001".
    static const QRegularExpression acronym(
        QStringLiteral(R"(^\s*[(（]\s*([A-Z][A-Z0-9]{1,7}(?:-[A-Z0-9]{1,8}){0,3}|[A-Z]{2,6} \d{2,6})\s*[)）])"));
    bool added = false;
    for (Entry &entry : m_entries) {
        if (entry.name.size() < 4)
            continue;
        for (qsizetype at = text.indexOf(entry.name, 0, Qt::CaseInsensitive); at >= 0;
             at = text.indexOf(entry.name, at + 1, Qt::CaseInsensitive)) {
            // The name itself, not the end of a longer one ("Non-Comprehensive AMC (NCAMC)").
            const QChar before = at > 0 ? text.at(at - 1) : QChar();
            if (before.isLetterOrNumber() || before == QLatin1Char('-'))
                continue;
            const auto m = acronym.match(QStringView(text).mid(at + entry.name.size(), 40));
            if (!m.hasMatch())
                continue;
            const QString key = keyOf(m.captured(1));
            bool taken = false;
            for (const Entry &other : std::as_const(m_entries))
                taken = taken || other.key == key || other.aliases.contains(key);
            if (!taken) {
                entry.aliases << key;
                added = true;
            }
            break;
        }
    }
    if (added)
        indexKeys();
}

QString TierContext::maskPriorityLikeNames(const QString &text) const
{
    if (m_priorityLikeNames.isEmpty())
        return text;
    QString masked = text;
    for (const QRegularExpression &name : m_priorityLikeNames) {
        auto it = name.globalMatch(text);
        while (it.hasNext()) {
            const auto m = it.next();
            for (qsizetype k = m.capturedStart(); k < m.capturedEnd(); ++k)
                masked[k] = QLatin1Char(' ');
        }
    }
    return masked;
}

bool TierContext::mentionedWithin(const QString &text, const QString &name, int slack) const
{
    for (const Entry &entry : m_entries) {
        if (entry.name != name)
            continue;
        QStringList keys = entry.aliases;
        keys.prepend(entry.key);
        for (int start = 0; start <= slack && start < text.size(); ++start) {
            const QChar before = start > 0 ? text.at(start - 1) : QChar();
            if (before.isLetterOrNumber() && before.unicode() < 0x3000 && text.at(start).isLetterOrNumber() &&
                text.at(start).unicode() < 0x3000)
                continue; // a key starts a word, not inside one (Latin text)
            for (const QString &key : std::as_const(keys)) {
                // Walk the text as keyOf reads it: letters and digits, lower case.
                int k = 0;
                for (int i = start; i < text.size() && k < key.size(); ++i) {
                    const QChar c = text.at(i);
                    if (!c.isLetterOrNumber())
                        continue;
                    if (c.toLower() != key.at(k))
                        break;
                    ++k;
                }
                if (k == key.size())
                    return true;
            }
        }
        return false;
    }
    return false;
}

void TierContext::indexKeys()
{
    m_keys.clear();
    for (int i : std::as_const(m_longestFirst)) {
        m_keys << qMakePair(m_entries.at(i).key, i);
        for (const QString &alias : m_entries.at(i).aliases)
            m_keys << qMakePair(alias, i);
    }
    std::stable_sort(m_keys.begin(), m_keys.end(),
                     [](const auto &a, const auto &b) { return a.first.size() > b.first.size(); });
}

QStringList TierContext::tiersIn(const QString &text) const
{
    QStringList found;
    if (m_entries.isEmpty())
        return found;
    // The text's letters and digits as in keyOf (a trailing "tier" kept), and where its words start:
    // a name in Latin letters is a whole word of the text or its plural ("Day Plan" is not in
    // "holidays"); Chinese has no word gaps.
    QString key;
    key.reserve(text.size());
    QVarLengthArray<bool, 512> wordStart; // on the stack: this runs for every sentence
    bool gap = true;
    bool previousHan = false;
    for (QChar c : text) {
        if (!c.isLetterOrNumber()) {
            gap = true;
            continue;
        }
        const bool han = c.unicode() >= 0x3400;
        wordStart.append(gap || han != previousHan);
        key.append(c.toLower());
        gap = false;
        previousHan = han;
    }
    wordStart.append(true);
    auto wholeWord = [&](const QString &entryKey, int from, int to) {
        if (entryKey.front().unicode() < 0x80 && !wordStart[size_t(from)])
            return false;
        if (entryKey.back().unicode() >= 0x80 || wordStart[size_t(to)])
            return true;
        const bool plural = key.at(to) == QLatin1Char('s') && wordStart[size_t(to) + 1];
        return plural || (to + 2 <= key.size() && key.at(to) == QLatin1Char('e') &&
                          key.at(to + 1) == QLatin1Char('s') && wordStart[size_t(to) + 2]);
    };
    // "非核心业务区" mentions 非核心业务区, not 核心业务区; "Premium Plus" is not "Premium".
    QList<QPair<int, int>> claimed;
    for (const auto &[entryKey, i] : m_keys) {
        const Entry &entry = m_entries.at(i);
        int from = 0;
        while ((from = int(key.indexOf(entryKey, from))) >= 0) {
            const int to = from + int(entryKey.size());
            // "Business Hours", "Business Day": a time notion, not the plan named "Business" ("Silver Hours"
            // are the Silver plan's).
            static const QStringList timeNotions = {QStringLiteral("business"), QStringLiteral("working"),
                                                    QStringLiteral("office"),   QStringLiteral("normal"),
                                                    QStringLiteral("calendar"), QStringLiteral("standard")};
            auto timeWordAt = [&](int at) {
                if (!timeNotions.contains(entryKey))
                    return false;
                for (const QLatin1String word :
                     {QLatin1String("hours"), QLatin1String("hour"), QLatin1String("days"), QLatin1String("day")}) {
                    if (key.mid(at, word.size()) == word && wordStart[size_t(at) + size_t(word.size())])
                        return true;
                }
                return false;
            };
            // A plan named by its window ("Business Hours", "24x7") is the clock after a preposition: "charged at
            // AUD 180 per hour during Business Hours".
            static const QStringList windowNames = {QStringLiteral("businesshours"), QStringLiteral("businesshour"),
                                                    QStringLiteral("workinghours"),  QStringLiteral("supporthours"),
                                                    QStringLiteral("servicehours"),  QStringLiteral("24x7")};
            auto afterPreposition = [&] {
                if (!windowNames.contains(entryKey))
                    return false;
                for (const QLatin1String word :
                     {QLatin1String("during"), QLatin1String("outside"), QLatin1String("within"), QLatin1String("in"),
                      QLatin1String("of"), QLatin1String("after"), QLatin1String("before")}) {
                    const int at = from - int(word.size());
                    if (at >= 0 && key.mid(at, word.size()) == word && wordStart[size_t(at)])
                        return true;
                }
                return false;
            };
            if (!wholeWord(entryKey, from, to) ||
                (entryKey.front().unicode() < 0x80 && to < key.size() && wordStart[size_t(to)] && timeWordAt(to)) ||
                afterPreposition()) {
                ++from;
                continue;
            }
            bool inside = false;
            for (const auto &c : claimed)
                inside = inside || (from >= c.first && to <= c.second);
            if (!inside) {
                claimed << qMakePair(from, to);
                if (!found.contains(entry.name))
                    found << entry.name;
            }
            from = to;
        }
    }
    for (int i : m_longestFirst) {
        const Entry &entry = m_entries.at(i);
        if (!found.contains(entry.name) && coordinated(text, entry))
            found << entry.name;
    }
    return found;
}

bool TierContext::coordinated(const QString &text, const Entry &entry)
{
    if (!entry.classWord.isEmpty()) {
        // The plural of the class word, then a list of letters or numbers that holds this one.
        const QString plural =
            entry.classWord.endsWith(QLatin1Char('y'))
                ? entry.classWord.chopped(1) + QStringLiteral("ies")
                : entry.classWord +
                      (entry.classWord.endsWith(QLatin1Char('s')) ? QStringLiteral("es") : QStringLiteral("s"));
        qsizetype at = 0;
        while ((at = text.indexOf(plural, at, Qt::CaseInsensitive)) >= 0) {
            at += plural.size();
            static const QRegularExpression list(
                QStringLiteral(R"(^\s+((?:[A-Z1-4]\s*(?:,|and|or|&)\s*)+[A-Z1-4])\b)"));
            const auto m = list.match(QStringView(text).mid(at, 30));
            if (!m.hasMatch())
                continue;
            static const QRegularExpression token(QStringLiteral(R"(\b[A-Z1-4]\b)"));
            auto it = token.globalMatch(m.captured(1));
            while (it.hasNext()) {
                if (it.next().captured(0) == entry.classLetter)
                    return true;
            }
        }
        return false;
    }
    if (entry.classPrefix.isEmpty())
        return false;
    static const QString coordinators = QStringLiteral("、和及与/");
    // (A PDF sets a space between a letter and its class word: "A 级、B 级系统".)
    QString compact = text;
    compact.remove(QLatin1Char(' '));
    qsizetype at = 0;
    while ((at = compact.indexOf(entry.classPrefix, at)) >= 0) {
        const qsizetype after = at + entry.classPrefix.size();
        at = after;
        // A column's class and measure in one ("A类修复时间" for "A类服务器").
        static const QRegularExpression measureAfter(
            QStringLiteral(R"(^(?:修复|响应|到场|恢复|服务时间|备件|单价|价格|报价))"));
        const bool classWord = entry.classPrefix.endsWith(QChar(0x7C7B)) || entry.classPrefix.endsWith(QChar(0x7EA7));
        if (classWord && after < compact.size() && measureAfter.match(QStringView(compact).mid(after)).hasMatch())
            return true;
        if (after >= compact.size() || !coordinators.contains(compact.at(after)))
            continue;
        // The shared class word follows within a few characters: "一类、二类设备".
        const qsizetype suffix = compact.indexOf(entry.classSuffix, after);
        if (suffix > after && suffix - after <= 8)
            return true;
    }
    return false;
}

QString TierContext::tierIn(const QString &text) const
{
    const QStringList found = tiersIn(text);
    if (found.size() == 2) {
        // A bilingual label ("生产系统 Production Systems") names one tier twice: the first name.
        QString a;
        QString b;
        for (const Entry &entry : m_entries) {
            if (entry.name == found.first())
                a = entry.key;
            if (entry.name == found.last())
                b = entry.key;
        }
        const QString key = keyOf(text);
        const bool cjkA = !found.first().isEmpty() && found.first().at(0).unicode() >= 0x3400;
        const bool cjkB = !found.last().isEmpty() && found.last().at(0).unicode() >= 0x3400;
        if (cjkA != cjkB && (key == a + b || key == b + a))
            return key.startsWith(a) ? found.first() : found.last(); // as the label writes it first
    }
    if (found.size() >= 2) {
        // "金牌套餐（7×24×4，适用于核心机）": what the parentheses say describes the tier before them.
        static const QRegularExpression aside(QStringLiteral(R"([(（][^()（）]*[)）])"));
        QString outside = text;
        outside.replace(aside, QStringLiteral(" "));
        if (outside != text) {
            const QStringList named = tiersIn(outside);
            if (named.size() == 1)
                return named.first();
        }
    }
    return found.size() == 1 ? found.first() : QString();
}

bool TierContext::isCriticalTier(const QString &tier)
{
    static const QRegularExpression re(
        QStringLiteral(R"(关键|核心|重要业务|critical|premier|platinum|gold|tier\s*1\b|一级|mission)"),
        QRegularExpression::CaseInsensitiveOption);
    return re.match(tier).hasMatch();
}

QStringList TierContext::names() const
{
    QStringList names;
    for (const Entry &entry : m_entries)
        names << entry.name;
    return names;
}

bool TierContext::isTierHeader(const QString &text)
{
    // A bilingual header ("Group 系統類別") names a tier column in either language. (Chinese first, "级别
    // Tier", the rows' names are learnt from the text around them.)
    const auto split = englishThenChinese().match(text);
    if (split.hasMatch())
        return isTierHeader(split.captured(1)) || isTierHeader(split.captured(2));
    static const QRegularExpression re(
        QStringLiteral(
            R"(^\s*(?:(?:续保|延保|原厂|续约|续签)?(?:保障|维保|维护|保养|保修|支持|服务|服務)(?:级别|等级|类别|类型|級別|等級|類別|類型)(?:代码|代碼|编码|编号|代号)?|(?:服务)?(?:等级|级别)(?:代码|编码|代号)|代码|(?:服务)?产品(?:编码|代码|编号)|服务包(?:编码|代码)|(?:系统|业务|设备|应用)?重要(?:性|程度)(?:等级|级别|分级)?|(?:service |support |sla |service level )?(?:level|tier|plan)? ?codes?|(?:系統|設備|業務)(?:類別|等級|級別|分類)|層級|類別|level of (?:cover|service|support)|cover(?:age)? levels?|(?:system |server |device |branch |site )?groups?|(?:contract|amc|service|support|cover|coverage|plan|warranty|care)\s+types?|(?:设备|服务|系统|业务|支持)?层级|(?:设备|服务器|主机|系统|业务)(?:分组|组别|组)|分组|组别|(?:服务|价格|设备)?(?:档位|档次)|(?:服务)?层次|服务等级|服务级别|服务产品(?:名称)?|服务名称|(?:服务)?(?:级别|等级|方案|套餐)名称|服务包|服务套餐|套餐|(?:续保|维保|保修|服务)?方案|服务类型|(?:设备|服务器|主机|系统|业务)(?:类别|类型|等级|级别|分类|用途)|(?:server|device|system) (?:role|purpose)s?|类别|等级|级别|服务区域|业务区域|区域(?:等级|级别|类别|分类)?|分区|站点(?:类型|类别|分类)?|服务站点|厂区|院区|园区|(?:service|support|server|coverage|care|cover|protection|warranty)?\s*(?:tier|plan|level|package|offering|programme|program|tariff)s?(?:\s*/.*)?|(?:service |support |cover |coverage |service hours )?options?|(?:service |support )class(?:es)?|(?:device |system |service )?categor(?:y|ies)|care pack|carepack)\s*$)"),
        QRegularExpression::CaseInsensitiveOption);
    return re.match(text).hasMatch();
}

bool TierContext::bilingualHalves(const QString &text, QString *first, QString *second)
{
    static const QRegularExpression chineseFirst(
        QStringLiteral(R"(^\s*([\x{4e00}-\x{9fff}][^A-Za-z]*?)\s*([A-Za-z][A-Za-z /-]*)\s*$)"));
    // (Or a Canadian table's English and French: "Service Element / Élément de service".)
    static const QRegularExpression slashed(
        QStringLiteral(R"(^\s*([^/]*[^\W\d][^/]*?)\s+/\s+([^/]*[^\W\d][^/]*?)\s*$)"));
    auto split = englishThenChinese().match(text);
    if (!split.hasMatch())
        split = chineseFirst.match(text);
    if (!split.hasMatch())
        split = slashed.match(text);
    if (!split.hasMatch())
        return false;
    *first = split.captured(1).trimmed();
    *second = split.captured(2).trimmed();
    return true;
}

bool TierContext::namesCurrentCover(const QString &text)
{
    static const QRegularExpression current(
        QStringLiteral(R"([(（]\s*(?:现有|当前|现行|目前|current|existing)\s*[)）]\s*$)"),
        QRegularExpression::CaseInsensitiveOption);
    return current.match(text).hasMatch();
}

bool TierContext::isGenericColumnLabel(const QString &text)
{
    QString first;
    QString second;
    if (bilingualHalves(text, &first, &second))
        return isGenericColumnLabel(first) || isGenericColumnLabel(second);
    static const QRegularExpression re(
        QStringLiteral(
            R"(^\s*(?:|features?|services?|items?|service items?|(?:service |support )?(?:elements?|components?|inclusions?|entitlements?|deliverables?|capabilit(?:y|ies))|description|particulars|(?:service |sla |support )?parameters?|details|(?:service )?attributes?|sla|service levels?|support levels?|terms?|metrics?|measures?|kpis?|service metrics?|服务项目|项目|服务内容|内容|服务指标|指标|对比项|比较项|类别|服务级别|服务等级|)"
            // A table's number set in its corner cell ("Table 1 | Kampala | Entebbe | Gulu").
            R"((?:table|tab\.|表)\s*\d+[.:：]?)\s*$)"),
        QRegularExpression::CaseInsensitiveOption);
    return re.match(text).hasMatch();
}

QString TierContext::labelledLevel(const QString &text)
{
    static const QRegularExpression label(
        QStringLiteral(
            R"(^\s*(?:service level|service tier|support level|coverage level|service plan|服务级别|服务等级|服务包)\s*[:：]\s*)"
            R"(([A-Z][\w+-]*(?:\s+[A-Z0-9][\w+-]*){0,2}|[\x{4e00}-\x{9fff}A-Za-z0-9]{2,8}?)\s*(?:[-–—(（,，:：]|$))"),
        QRegularExpression::CaseInsensitiveOption);
    const auto m = label.match(text);
    return m.hasMatch() ? m.captured(1).trimmed() : QString();
}

bool TierContext::isTierHeading(const QString &text)
{
    // The tier word must end the name ("生产应用层", "Production tier") or a server count must follow
    // it; "3.1 各层级服务标准" is about tiers but names none.
    static const QRegularExpression count(
        QStringLiteral(R"([（(]\s*\d+\s*(?:台|servers?|units?|nodes?|systems?)\s*[)）])"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression ending(QStringLiteral(R"((?:\btier|[^各]层|层级|环境|\bplan)$)"),
                                           QRegularExpression::CaseInsensitiveOption);
    if (text.size() > 80)
        return false;
    // "Coverage and response by tier", "Parts quality by tier" are about every tier.
    static const QRegularExpression everyTier(
        QStringLiteral(R"(\b(?:by|per|each|every|all|across)\s+tiers?\b|各层级|各层)"),
        QRegularExpression::CaseInsensitiveOption);
    if (everyTier.match(text).hasMatch())
        return false;
    return count.match(text).hasMatch() || ending.match(cleanName(text)).hasMatch();
}

} // namespace tw::analysis
