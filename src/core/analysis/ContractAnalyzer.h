#pragma once

#include "AnalysisResult.h"
#include "RulePack.h"

#include <QCoreApplication>

namespace tw::analysis {

/**
 * Turns a document into comparable service-level terms and a list of clauses to negotiate, each
 * with its evidence (exact quote, page, box). Deterministic and offline: terms come from the
 * extractors, findings from the rule packs (the built-in ones plus any the user adds).
 */
class ContractAnalyzer
{
    Q_DECLARE_TR_FUNCTIONS(tw::analysis::ContractAnalyzer)

public:
    /** An analyzer with the built-in packs (core-zh, core-en). */
    ContractAnalyzer();
    /** Replaces all packs, e.g. with none or with a user's packs only. */
    void setRulePacks(const QList<RulePack> &packs);
    /** Adds a pack after the others: it can add rules, replace rules by id and disable rules. */
    void addRulePack(const RulePack &pack);
    /** Loads and adds a pack file; false with a message naming the file and rule on error. */
    bool addRulePackFile(const QString &path, QString *error);
    const RuleSet &ruleSet() const { return m_rules; }
    /** "en" or "zh" for explanations and suggestions; empty chooses by document language. */
    void setExplanationLanguage(const QString &language) { m_explanationLanguage = language; }

    AnalysisResult analyze(const Document &document) const;

private:
    RuleSet m_rules;
    QString m_explanationLanguage;
};

} // namespace tw::analysis
