#include "ContractAnalyzer.h"

#include "AnalysisText.h"
#include "CommercialExtractor.h"
#include "CoverageExtractor.h"
#include "DurationParser.h"
#include "FindingRules.h"
#include "ParallelTasks.h"
#include "PartsExtractor.h"
#include "PenaltyExtractor.h"
#include "PriorityParser.h"
#include "RuleMatcher.h"
#include "ServiceExtractor.h"
#include "TimeTermExtractor.h"

#include <QSet>

#include <memory>

namespace tw::analysis {

namespace {

bool isTimeKey(const QString &key)
{
    return key == QLatin1String("response_time") || key == QLatin1String("onsite_time") ||
           key == QLatin1String("resolution_time");
}

// A penalty row's cap sits in its own column ("单月扣减上限", "Monthly cap"); a cap may also be
// stated once for all credits ("单月累计扣减金额不超过...20%", "shall not exceed fifteen percent").
void fillPenaltyCaps(const AnalysisText &text, QList<SlaTerm> &terms, const QList<int> &termUnits)
{
    static const QRegularExpression capHeader =
        TermExtractor::pattern(QStringLiteral(R"(上限|封顶|最高|cap|maximum|limit)"));
    static const QRegularExpression percent = TermExtractor::pattern(QStringLiteral(R"((\d+(?:\.\d+)?)\s*%)"));
    QList<QPair<int, double>> standalone; // (section, cap)
    for (int u = 0; u < text.units().size(); ++u) {
        const TextUnit &unit = text.units().at(u);
        if (unit.cell >= 0 || !text.unitText(unit).contains(QLatin1Char('%')))
            continue;
        const double cap = PenaltyExtractor::standaloneCap(text.unitText(unit));
        if (cap > 0)
            standalone << qMakePair(text.segments().at(unit.segment).section, cap);
    }
    for (int i = 0; i < terms.size(); ++i) {
        SlaTerm &term = terms[i];
        if (term.key != QLatin1String("penalty") || !term.values.value(QStringLiteral("cap_percent")).isNull())
            continue;
        const TextUnit &unit = text.units().at(termUnits.at(i));
        if (unit.cell >= 0) {
            // The other cells of the same row sit next to this one in the unit list.
            int first = termUnits.at(i);
            while (first > 0 && text.units().at(first - 1).segment == unit.segment)
                --first;
            for (int o = first; o < text.units().size() && text.units().at(o).segment == unit.segment; ++o) {
                const TextUnit &other = text.units().at(o);
                if (other.cell < 0 || !capHeader.match(other.columnHeader).hasMatch())
                    continue;
                const auto m = percent.match(text.unitText(other));
                if (m.hasMatch()) {
                    term.values.insert(QStringLiteral("cap_percent"), m.captured(1).toDouble());
                    break;
                }
            }
        }
        if (!term.values.value(QStringLiteral("cap_percent")).isNull() || standalone.isEmpty())
            continue;
        const int section = text.segments().at(unit.segment).section;
        double cap = standalone.first().second;
        for (const auto &entry : standalone) {
            if (entry.first == section) {
                cap = entry.second;
                break;
            }
        }
        term.values.insert(QStringLiteral("cap_percent"), cap);
    }
}

// Notes such as "注：关键业务级各项时间均按自然小时连续计算" or "P1 and P2 times are elapsed clock
// hours; P3 and P4 times are counted in Business Hours" give the basis of the times in their section.
void fillBasisFromNotes(const AnalysisText &text, QList<SlaTerm> &terms, const QList<int> &termUnits)
{
    struct Note
    {
        int section;
        QString basis;
        QStringList priorities;
        QString key;
        QStringList tiers;
        bool global;
    };
    static const QRegularExpression counting = TermExtractor::pattern(QStringLiteral(
        R"(计算|计时|累计|统计|均按|按|为|times?\b|counted|measured|calculated|are|apply|applies|is|\bruns?\b|\bcounts?\b)"));
    static const QRegularExpression everything =
        TermExtractor::pattern(QStringLiteral(R"(所有|全部|各项|一切|\ball\b|\bevery\b|\beach\b)"));
    // "all times", "每项时限": a note about every time promised, not "on each Business Day".
    static const QRegularExpression timesWord = TermExtractor::pattern(QStringLiteral(
        R"(\btimes?\b|\btargets?\b|service levels?|\brespon|\bresolution|on-?site|时限|时间|响应|到场|修复|恢复)"));
    QList<Note> notes;
    static const QRegularExpression basisWords = TermExtractor::pattern(QStringLiteral(
        R"(工作日|工作小时|工作时间|服务时间内|自然日|自然小时|日历日|连续计算|business|working|calendar|elapsed|clock hours?|consecutive hours|round[- ]the[- ]clock|around the clock|without (?:pausing|stopping|interruption)|不因|continuous|service hours|nbd)"));
    for (int u : text.unitsMatching(basisWords)) {
        const TextUnit &unit = text.units().at(u);
        if (unit.cell >= 0)
            continue;
        const QString t = text.unitText(unit);
        const QString basis = DurationParser::basisOf(t);
        if (basis.isEmpty() || !counting.match(t).hasMatch())
            continue;
        // "24 hours a day, including weekends" describes the clock, it is not a time promised.
        static const QRegularExpression roundTheClock = TermExtractor::pattern(QStringLiteral(
            R"(24\s*(?:hours?|小时)\s*(?:a|per|each)?\s*day|\d\s*[x*/]\s*\d+(?:\s*[x*/]\s*\d+)?|全天\s*24\s*小时)"));
        QString withoutClock = t;
        withoutClock.replace(roundTheClock, QStringLiteral(" "));
        // A sentence promising a time ("Calls are returned within 4 business hours") is a term, not a
        // note; nor is the definition of the business day.
        static const QRegularExpression definition = TermExtractor::pattern(QStringLiteral(
            R"(^\W*(?:an? |the )?["“]?(?:business|working) (?:days?|hours?)["”]?\s+(?:means|is|are|shall mean)\b|^\W*["“]?(?:工作日|工作时间)["”]?\s*(?:指|是指|系指))"));
        if (!DurationParser::find(withoutClock).isEmpty() || definition.match(t).hasMatch())
            continue;
        // A plan named "Priority Response" does not make the note about response times only.
        QString aboutKind = t;
        for (const QString &tier : text.tiers().tiersIn(t))
            aboutKind.replace(tier, QStringLiteral(" "), Qt::CaseInsensitive);
        notes << Note{text.segments().at(unit.segment).section,
                      basis,
                      PriorityParser::prioritiesOf(t),
                      TimeTermExtractor::keyOf(TimeTermExtractor::kindOf(aboutKind)),
                      text.tiers().tiersIn(t),
                      everything.match(t).hasMatch() && timesWord.match(t).hasMatch()};
    }
    for (int i = 0; i < terms.size(); ++i) {
        SlaTerm &term = terms[i];
        if (!isTimeKey(term.key) || !term.values.value(QStringLiteral("basis")).isNull() ||
            term.values.value(QStringLiteral("next_business_day")).toBool())
            continue;
        const int section = text.segments().at(text.units().at(termUnits.at(i)).segment).section;
        // Closest scope first: a note in the same section, then one naming the term's tier, then a
        // note about all times.
        for (int scope = 0; scope < 3; ++scope) {
            bool applied = false;
            for (const Note &note : notes) {
                const bool inScope = scope == 0   ? note.section == section
                                     : scope == 1 ? !term.tier.isEmpty() && note.tiers.contains(term.tier)
                                                  : note.global && note.tiers.isEmpty();
                if (!inScope || (!note.priorities.isEmpty() && !note.priorities.contains(term.priority)) ||
                    (!note.key.isEmpty() && note.key != term.key))
                    continue;
                term.values.insert(QStringLiteral("basis"), note.basis);
                applied = true;
                break;
            }
            if (applied)
                break;
        }
    }
}

// A business-hours window ("周一至周五 8:30-17:30", "07:00 to 19:00 CET") whose holiday rule is stated
// next to it ("国家法定节假日不提供现场服务") or in the document's definition of the business day
// ("工作日指周一至周五，法定节假日除外", "Business Day means ... excluding public holidays").
void fillHolidaysFromDefinitions(const AnalysisText &text, QList<SlaTerm> &terms, const QList<int> &termUnits)
{
    static const QRegularExpression excluded = TermExtractor::pattern(QStringLiteral(
        R"((?:不含|不包括|除外|不包含|不计入?|不提供)[^。;\n]{0,6}(?:国家)?(?:法定)?(?:节假日|假日)|(?:国家)?(?:法定)?(?:节假日|假日)[^。;\n]{0,8}(?:除外|不计入?|不提供|休息|不在)|\b(?:excluding|except|other than)\b[^.;\n]{0,40}\bholidays?\b|\bholidays?\b[^.;\n]{0,20}\b(?:are )?excluded\b)"));
    static const QRegularExpression definition = TermExtractor::pattern(QStringLiteral(
        R"((?:工作日|工作时间|服务时间)["”』」]?\s*(?:指|是指|系指|为|定义为)[^。\n]{0,60}|\b(?:business|working) (?:days?|hours)\b["”]?\s+(?:means?|is|are|shall mean|refers? to)\b[^.\n]{0,120}|\bservice (?:hours|window)\b["”]?\s+(?:means?|is|are|shall mean|refers? to)\b[^.\n]{0,120})"));
    bool documentExcludes = false;
    auto it = definition.globalMatch(text.fullText(), 0, QRegularExpression::NormalMatch, text.documentMatchOptions());
    while (it.hasNext() && !documentExcludes)
        documentExcludes = excluded.match(it.next().captured(0)).hasMatch();
    for (int i = 0; i < terms.size(); ++i) {
        SlaTerm &term = terms[i];
        if (term.key != QLatin1String("coverage") || !term.values.value(QStringLiteral("holidays")).isNull())
            continue;
        const int days = term.values.value(QStringLiteral("days_per_week")).toInt();
        if (days < 5 || days > 6)
            continue;
        const PreparedSegment &segment = text.segments().at(text.units().at(termUnits.at(i)).segment);
        if (documentExcludes || excluded.match(segment.norm.text).hasMatch())
            term.values.insert(QStringLiteral("holidays"), false);
    }
}

QString termSignature(const SlaTerm &term)
{
    QString signature = term.key + QLatin1Char('|') + term.tier + QLatin1Char('|') + term.priority;
    for (auto it = term.values.cbegin(); it != term.values.cend(); ++it)
        signature += QLatin1Char('|') + it.key() + QLatin1Char('=') + it.value().toString();
    return signature;
}

} // namespace

ContractAnalyzer::ContractAnalyzer()
{
    for (const RulePack &pack : RulePackLoader::defaultPacks())
        m_rules.addPack(pack);
}

void ContractAnalyzer::setRulePacks(const QList<RulePack> &packs)
{
    m_rules = RuleSet();
    for (const RulePack &pack : packs)
        m_rules.addPack(pack);
}

void ContractAnalyzer::addRulePack(const RulePack &pack) { m_rules.addPack(pack); }

bool ContractAnalyzer::addRulePackFile(const QString &path, QString *error)
{
    RulePack pack;
    if (!RulePackLoader::load(path, &pack, error))
        return false;
    m_rules.addPack(pack);
    return true;
}

AnalysisResult ContractAnalyzer::analyze(const Document &document) const
{
    AnalysisResult result;
    const AnalysisText text(document);
    result.language = document.language();
    result.tiers = text.tiers().names();
    if (text.hasChinese())
        result.textLanguages << QStringLiteral("zh");
    if (text.hasEnglish() && result.language != Language::Chinese)
        result.textLanguages << QStringLiteral("en");
    if (result.textLanguages.isEmpty() && result.language == Language::English)
        result.textLanguages << QStringLiteral("en");

    // Terms, family by family, unit by unit.
    std::vector<std::unique_ptr<TermExtractor>> extractors;
    extractors.push_back(std::make_unique<TimeTermExtractor>());
    extractors.push_back(std::make_unique<CoverageExtractor>());
    extractors.push_back(std::make_unique<PartsExtractor>());
    // The commercial family needs the currency the document states, found alongside the triggers.
    const size_t commercial = extractors.size();
    extractors.push_back(std::make_unique<CommercialExtractor>(QString()));
    extractors.push_back(std::make_unique<PenaltyExtractor>());
    extractors.push_back(std::make_unique<ServiceExtractor>());
    // Each family runs on the sentences its trigger words occur in (one pass over the document per
    // family) and on the table cells whose text, row label or column header has them (the header
    // and row label carry the meaning of a bare "4" or "10,800"). The passes and the currency
    // search are independent, so they share the cores.
    const int unitCount = int(text.units().size());
    std::vector<std::vector<bool>> triggered(extractors.size());
    QString currency;
    ParallelTasks::run(int(extractors.size()) + 1, [&](int task) {
        if (task == int(extractors.size())) {
            currency = CommercialExtractor::statedCurrency(text.fullText());
            return;
        }
        const QRegularExpression trigger = extractors[size_t(task)]->trigger();
        std::vector<bool> &hits = triggered[size_t(task)];
        hits.assign(size_t(unitCount), false);
        for (int u : text.unitsMatching(trigger))
            hits[size_t(u)] = true;
    });
    extractors[commercial] = std::make_unique<CommercialExtractor>(currency);
    // Units are independent: chunks of them are read on the cores and their terms joined in order.
    struct Chunk
    {
        QList<SlaTerm> terms;
        QList<int> units;
    };
    const int chunks = qMin(unitCount, 64);
    std::vector<Chunk> found(static_cast<size_t>(chunks));
    ParallelTasks::run(chunks, [&](int chunk) {
        Chunk &out = found[size_t(chunk)];
        for (int u = ParallelTasks::chunkBound(unitCount, chunks, chunk);
             u < ParallelTasks::chunkBound(unitCount, chunks, chunk + 1); ++u) {
            const TextUnit &unit = text.units().at(u);
            if (unit.buyerText)
                continue;
            for (size_t e = 0; e < extractors.size(); ++e) {
                const std::vector<bool> &hits = triggered[e];
                if (!hits[size_t(u)] && (unit.rowLabelUnit < 0 || !hits[size_t(unit.rowLabelUnit)]) &&
                    (unit.headerUnit < 0 || !hits[size_t(unit.headerUnit)]))
                    continue;
                const qsizetype before = out.terms.size();
                extractors[e]->extract(text, unit, &out.terms);
                for (qsizetype i = before; i < out.terms.size(); ++i)
                    out.units << u;
            }
        }
    });
    QList<SlaTerm> terms;
    QList<int> termUnits;
    for (Chunk &chunk : found) {
        terms.append(std::move(chunk.terms));
        termUnits.append(std::move(chunk.units));
    }
    found.clear();
    // A term whose clause names several tiers ("核心生产与一般生产均为 7x24") holds for each.
    for (int i = 0; i < terms.size(); ++i) {
        if (!terms.at(i).values.contains(QStringLiteral("_tiers")))
            continue;
        const QStringList tiers = terms[i].values.take(QStringLiteral("_tiers")).toStringList();
        SlaTerm base = terms.at(i);
        terms[i].tier = tiers.first();
        for (int k = 1; k < tiers.size(); ++k) {
            base.tier = tiers.at(k);
            terms.insert(i + k, base);
            termUnits.insert(i + k, termUnits.at(i));
        }
        i += int(tiers.size()) - 1;
    }
    fillPenaltyCaps(text, terms, termUnits);
    fillBasisFromNotes(text, terms, termUnits);
    fillHolidaysFromDefinitions(text, terms, termUnits);
    // The first term of each signature is kept, in order. Chunks of terms find their own first
    // occurrences on the cores; a term first in its chunk is kept unless an earlier chunk had it.
    const int signatureChunks = int(qMin<qsizetype>(terms.size(), 16));
    std::vector<std::vector<std::pair<int, QString>>> firsts(static_cast<size_t>(signatureChunks));
    ParallelTasks::run(signatureChunks, [&](int chunk) {
        QSet<QString> local;
        for (int i = ParallelTasks::chunkBound(int(terms.size()), signatureChunks, chunk);
             i < ParallelTasks::chunkBound(int(terms.size()), signatureChunks, chunk + 1); ++i) {
            QString signature = termSignature(terms.at(i));
            if (local.contains(signature))
                continue;
            local.insert(signature);
            firsts[size_t(chunk)].emplace_back(i, std::move(signature));
        }
    });
    QSet<QString> seen;
    for (const auto &chunk : firsts) {
        for (const auto &[index, signature] : chunk) {
            if (seen.contains(signature))
                continue;
            seen.insert(signature);
            result.terms << terms.at(index);
        }
    }

    // Findings from the packs in force.
    const QList<Rule> rules = m_rules.rules();
    for (const RulePack &pack : m_rules.packs()) {
        int count = 0;
        for (const Rule &rule : rules)
            count += rule.pack == pack.id ? 1 : 0;
        result.packs << AppliedPack{pack.id, pack.languages, count};
    }
    result.checkedLanguages = m_rules.languages();
    for (const QString &language : result.textLanguages) {
        if (!result.checkedLanguages.contains(language))
            result.uncheckedLanguages << language;
    }
    if (!result.uncheckedLanguages.isEmpty())
        result.warnings << tr("No rules for %1 text: its risky clauses were not checked, so an empty list of "
                              "findings does not mean the document is clean.")
                               .arg(result.uncheckedLanguages.join(QStringLiteral(", ")));
    if (!document.pagesWithoutText().isEmpty())
        result.warnings << tr("%n page(s) have no text layer and were not analysed (try --ocr).", nullptr,
                              int(document.pagesWithoutText().size()));
    QString language = m_explanationLanguage;
    if (language.isEmpty())
        language = result.language == Language::Chinese ? QStringLiteral("zh") : QStringLiteral("en");
    result.findings = RuleMatcher(rules, language).match(text);
    QList<Rule> documentRules;
    for (const Rule &rule : rules) {
        if (!rule.documentLevel)
            continue;
        for (const QString &l : rule.languages) {
            if (result.textLanguages.contains(l)) {
                documentRules << rule;
                break;
            }
        }
    }
    result.findings += FindingRules::apply(documentRules, result.terms, text.fullText(), language);
    return result;
}

} // namespace tw::analysis
