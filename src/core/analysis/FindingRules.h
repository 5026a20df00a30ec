#pragma once

#include "RulePack.h"

#include "core/model/Finding.h"
#include "core/model/SlaTerm.h"

namespace tw::analysis {

/**
 * Document-level rules: checks on the whole document and its extracted terms, such as service levels
 * promised with no penalty anywhere (no_penalty) or no service level at all (missing_sla). Their
 * findings have page 0 (null in JSON) and no quote.
 */
class FindingRules
{
public:
    static QList<Finding> apply(const QList<Rule> &rules, const QList<SlaTerm> &terms, const QString &fullText,
                                const QString &explanationLanguage);
};

} // namespace tw::analysis
