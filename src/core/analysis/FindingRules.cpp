#include "FindingRules.h"

#include <QSet>

namespace tw::analysis {

QList<Finding> FindingRules::apply(const QList<Rule> &rules, const QList<SlaTerm> &terms, const QString &fullText,
                                   const QString &explanationLanguage)
{
    QSet<QString> keys;
    for (const SlaTerm &term : terms)
        keys.insert(term.key);
    QList<Finding> findings;
    QSet<QString> categories;
    for (const Rule &rule : rules) {
        if (!rule.documentLevel || categories.contains(rule.category))
            continue;
        bool fires = true;
        // Promised service levels: one of the terms, or a text such as a reference to a schedule.
        if (!rule.requiresAnyTerm.isEmpty() || !rule.requiresAnyText.isEmpty()) {
            bool any = false;
            for (const QString &key : rule.requiresAnyTerm)
                any = any || keys.contains(key);
            for (const QRegularExpression &re : rule.requiresAnyText)
                any = any || re.match(fullText).hasMatch();
            fires = any;
        }
        for (const QString &key : rule.absentTerms)
            fires = fires && !keys.contains(key);
        for (const QRegularExpression &re : rule.requiresText)
            fires = fires && re.match(fullText).hasMatch();
        for (const QRegularExpression &re : rule.absentText)
            fires = fires && !re.match(fullText).hasMatch();
        if (!fires)
            continue;
        Finding finding;
        finding.category = rule.category;
        finding.ruleId = rule.id;
        finding.severity = rule.severity;
        finding.explanation = rule.explanation.in(explanationLanguage);
        finding.suggestion = rule.suggestion.in(explanationLanguage);
        findings << finding;
        categories.insert(rule.category);
    }
    return findings;
}

} // namespace tw::analysis
