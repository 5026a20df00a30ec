#include "ContractAnalyzer.h"

#include "AnalysisText.h"
#include "CommercialExtractor.h"
#include "CoverageExtractor.h"
#include "Currencies.h"
#include "FindingRules.h"
#include "ParallelTasks.h"
#include "PartsExtractor.h"
#include "PenaltyExtractor.h"
#include "RuleMatcher.h"
#include "ServiceExtractor.h"
#include "TermCompletion.h"
#include "TermDeduplication.h"
#include "TimeTermExtractor.h"
#include "WrittenTierNames.h"

#include <QSet>

#include <future>
#include <memory>
#include <thread>

namespace tw::analysis {

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
    // Held by pointer so that freeing it (and the raw terms) happens off the caller's path, below.
    auto prepared = std::make_unique<const AnalysisText>(document);
    const AnalysisText &text = *prepared;
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
    std::vector<QRegularExpression> triggers;
    std::vector<QRegularExpression> headerTriggers;
    for (const auto &extractor : extractors) {
        triggers.push_back(extractor->trigger());
        headerTriggers.push_back(extractor->headerTrigger());
    }
    QString currency;
    QStringList namedCurrencies;
    ParallelTasks::run(int(extractors.size()) + 1, [&](int task) {
        if (task == int(extractors.size())) {
            currency = statedCurrency(text.fullText());
            namedCurrencies = namedSharedSignCurrencies(text.fullText());
            return;
        }
        const QRegularExpression trigger = extractors[size_t(task)]->trigger();
        std::vector<bool> &hits = triggered[size_t(task)];
        hits.assign(size_t(unitCount), false);
        for (int u : text.unitsMatching(trigger))
            hits[size_t(u)] = true;
    });
    extractors[commercial] = std::make_unique<CommercialExtractor>(currency, namedCurrencies);
    // A table's caption ("单位：人民币元/台/年", "Amounts in USD per server per year") speaks for its bare
    // cells as the header does: the unit of the paragraph right above the table's header row.
    std::vector<int> captionUnit(size_t(unitCount), -1);
    for (int u = 0; u < unitCount; ++u) {
        const TextUnit &unit = text.units().at(u);
        const int caption = unit.cell > 0 ? text.tableCaptionSegment(unit) : -1;
        if (caption < 0)
            continue;
        const auto [first, end] = text.unitsOfSegment(caption);
        if (first < end)
            captionUnit[size_t(u)] = first;
    }
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
                // A value in a box of plans is labelled by text that is no unit of its own ("PARTS").
                const bool labelled = unit.rowLabelUnit < 0 && !unit.rowLabel.isEmpty() && unit.cell > 0 &&
                                      triggers[e].match(unit.rowLabel).hasMatch();
                const int caption = captionUnit[size_t(u)];
                // A row opened by a reference code is labelled by the code and the cell after it ("D.5 |
                // Annual price escalation | ☒ Capped at 4% per year").
                const int labelNext = unit.rowLabelUnit >= 0 ? unit.rowLabelUnit + 1 : -1;
                const bool codeLabelled = labelNext > 0 && labelNext < u &&
                                          text.units().at(labelNext).segment == unit.segment && hits[size_t(labelNext)];
                const auto headed = [&] {
                    return unit.cell > 0 && !headerTriggers[e].pattern().isEmpty() &&
                           headerTriggers[e].match(unit.columnHeader).hasMatch();
                };
                if (!hits[size_t(u)] && (unit.rowLabelUnit < 0 || !hits[size_t(unit.rowLabelUnit)]) && !codeLabelled &&
                    (unit.headerUnit < 0 || !hits[size_t(unit.headerUnit)]) && !labelled &&
                    (caption < 0 || !hits[size_t(caption)]) && !headed())
                    continue;
                const qsizetype before = out.terms.size();
                extractors[e]->extract(text, unit, &out.terms);
                for (qsizetype i = before; i < out.terms.size(); ++i)
                    out.units << u;
            }
        }
    });
    // Clause findings need only the text: the packs are matched while the terms are completed and
    // de-duplicated, steps that leave a core idle.
    const QList<Rule> rules = m_rules.rules();
    QString language = m_explanationLanguage;
    if (language.isEmpty())
        language = result.language == Language::Chinese ? QStringLiteral("zh") : QStringLiteral("en");
    std::future<QList<Finding>> clauseFindings =
        std::async(std::launch::async, [&text, &rules, &language] { return RuleMatcher(rules, language).match(text); });
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
    completeFromContext(text, terms, termUnits);
    // A document offering a single plan ("金牌服务（本次报价）" beside the cover the servers have now) has no tiers:
    // its terms are every server's. (A single class of servers, "核心生产系统", is still the one the terms are for.)
    static const QRegularExpression serverClass(
        QStringLiteral(
            R"(系统|设备|服务器|主机|环境|业务|[层类级]|\b(?:servers?|systems?|equipment|devices?|hosts?|categor(?:y|ies)|class|tier|environments?|production|workloads?)\b)"),
        QRegularExpression::CaseInsensitiveOption);
    if (result.tiers.size() == 1 && !serverClass.match(result.tiers.first()).hasMatch()) {
        result.tiers.clear();
        for (SlaTerm &term : terms)
            term.tier.clear();
    }
    result.terms = firstOfEachSignature(terms);
    // Tiers in the document's own characters (a Traditional Chinese proposal's "黃金計劃").
    const QHash<QString, QString> written = tierNamesAsWritten(text, result.tiers);
    if (!written.isEmpty()) {
        for (QString &tier : result.tiers)
            tier = written.value(tier, tier);
        for (SlaTerm &term : result.terms)
            term.tier = written.value(term.tier, term.tier);
    }

    // Findings from the packs in force.
    for (const RulePack &pack : m_rules.packs()) {
        int count = 0;
        for (const Rule &rule : rules)
            count += rule.pack == pack.id ? 1 : 0;
        result.packs << AppliedPack{pack.id, pack.languages, count};
    }
    result.checkedLanguages = m_rules.languages();
    for (const QString &textLanguage : result.textLanguages) {
        if (!result.checkedLanguages.contains(textLanguage))
            result.uncheckedLanguages << textLanguage;
    }
    if (!result.uncheckedLanguages.isEmpty())
        result.warnings << tr("No rules for %1 text: its risky clauses were not checked, so an empty list of "
                              "findings does not mean the document is clean.")
                               .arg(result.uncheckedLanguages.join(QStringLiteral(", ")));
    if (!document.pagesWithoutText().isEmpty())
        result.warnings << tr("%n page(s) have no text layer and were not analysed (try --ocr).", nullptr,
                              int(document.pagesWithoutText().size()));
    result.findings = clauseFindings.get();
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
    // Freeing the prepared text and the raw terms of a long document takes milliseconds the caller
    // need not wait for.
    std::thread([prepared = std::move(prepared), raw = std::move(terms), units = std::move(termUnits)]() mutable {
        prepared.reset();
        raw.clear();
        units.clear();
    }).detach();
    return result;
}

} // namespace tw::analysis
