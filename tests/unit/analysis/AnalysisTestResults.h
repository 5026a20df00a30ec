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

/** One value field of the terms of one key, in order ("price_adjustment", "value" -> {"unbounded"}). */
inline QStringList fieldsOf(const analysis::AnalysisResult &result, const QString &key, const QString &field)
{
    QStringList values;
    for (const SlaTerm &term : termsOf(result, key))
        values << term.values.value(field).toString();
    return values;
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

/** The prices' currencies by amount (one price per amount in the documents that use this). */
inline QMap<double, QString> currencyByAmount(const analysis::AnalysisResult &result)
{
    QMap<double, QString> currencies;
    for (const SlaTerm &price : termsOf(result, QStringLiteral("price")))
        currencies.insert(price.values.value(QStringLiteral("amount")).toDouble(),
                          price.values.value(QStringLiteral("currency")).toString());
    return currencies;
}

/** How many clause findings (those with a page; the document-level ones have none) each category has. */
inline QMap<QString, int> clauseFindingCounts(const analysis::AnalysisResult &result)
{
    QMap<QString, int> counts;
    for (const Finding &finding : result.findings)
        counts[finding.category] += finding.evidence.page > 0 ? 1 : 0;
    return counts;
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
