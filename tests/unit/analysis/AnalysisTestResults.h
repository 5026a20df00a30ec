#pragma once

#include "core/analysis/ContractAnalyzer.h"

#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>

namespace tw::test {

/** The document analysed with the default rule packs. */
inline analysis::AnalysisResult analyze(const Document &document)
{
    return analysis::ContractAnalyzer().analyze(document);
}

/** The terms of one key, of one priority ("P1".."P4", "" for none) or of any ("*"). */
inline QList<SlaTerm> termsOf(const analysis::AnalysisResult &result, const QString &key,
                              const QString &priority = QStringLiteral("*"))
{
    QList<SlaTerm> found;
    for (const SlaTerm &term : result.terms) {
        if (term.key == key && (priority == QLatin1String("*") || term.priority == priority))
            found << term;
    }
    return found;
}

/** The tiers of the terms of one key, sorted (an empty tier for a term of no tier). */
inline QStringList tiersOf(const analysis::AnalysisResult &result, const QString &key)
{
    QStringList tiers;
    for (const SlaTerm &term : termsOf(result, key))
        tiers << term.tier;
    tiers.sort();
    return tiers;
}

/** The minutes of the terms of one key, by "tier priority" ("Tier A P1"; a term without either keeps a blank). */
inline QMap<QString, int> minutesByTierAndPriority(const analysis::AnalysisResult &result, const QString &key)
{
    QMap<QString, int> minutes;
    for (const SlaTerm &term : termsOf(result, key))
        minutes.insert(term.tier + QLatin1Char(' ') + term.priority,
                       term.values.value(QStringLiteral("minutes")).toInt());
    return minutes;
}

/** The findings of one category. */
inline QList<Finding> findingsOf(const analysis::AnalysisResult &result, const QString &category)
{
    QList<Finding> found;
    for (const Finding &finding : result.findings) {
        if (finding.category == category)
            found << finding;
    }
    return found;
}

/** How many findings one category has. */
inline int findingCount(const analysis::AnalysisResult &result, const QString &category)
{
    return int(findingsOf(result, category).size());
}

} // namespace tw::test
