#pragma once

#include "AnalysisText.h"
#include "RulePack.h"

#include "core/model/Finding.h"

namespace tw::analysis {

/**
 * Applies pattern rules to every sentence and table cell in the languages they cover, honouring
 * their exceptions and context conditions; hits of one category close together in a unit become
 * one finding, and the same quote of a category on a page is reported once.
 */
class RuleMatcher
{
public:
    RuleMatcher(const QList<Rule> &rules, QString explanationLanguage);
    QList<Finding> match(const AnalysisText &text) const;

private:
    QList<Rule> m_rules;
    QString m_language;
};

} // namespace tw::analysis
