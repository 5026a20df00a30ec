#include "GatedMatch.h"

#include "LiteralPrefilter.h"
#include "LiteralScan.h"

#include <QHash>

#include <optional>

namespace tw::analysis {

namespace {

// What a text must hold for the pattern to match: for each branch of the pattern one literal of its
// most telling set (the one whose shortest literal is longest). Any of those literals missing from
// the text rules the match out. Null when the pattern's needs are unknown.
const std::optional<LiteralScan> &gateFor(const QRegularExpression &pattern)
{
    // Per thread, so that no lock is taken on this hot path; a pattern's needs are worked out once.
    thread_local QHash<const QRegularExpression *, std::optional<LiteralScan>> cache;
    auto it = cache.constFind(&pattern);
    if (it != cache.cend())
        return *it;
    std::optional<LiteralScan> gate;
    // Extended syntax gives whitespace another meaning than the literal reader assumes.
    const RequiredLiterals required = (pattern.patternOptions() & QRegularExpression::ExtendedPatternSyntaxOption)
                                          ? RequiredLiterals()
                                          : LiteralPrefilter::requiredLiterals(pattern.pattern());
    if (!required.isEmpty()) {
        QStringList literals;
        for (const QList<QStringList> &branch : required.branches) {
            const QStringList *best = nullptr;
            qsizetype bestLength = -1;
            for (const QStringList &set : branch) {
                qsizetype shortest = 1 << 20;
                for (const QString &literal : set)
                    shortest = qMin(shortest, literal.size());
                if (!set.isEmpty() && shortest > bestLength) {
                    best = &set;
                    bestLength = shortest;
                }
            }
            if (!best) { // a branch needing nothing known: no gate
                literals.clear();
                break;
            }
            literals << *best;
        }
        if (!literals.isEmpty())
            gate = LiteralScan::ofLiterals(literals);
    }
    return *cache.insert(&pattern, gate);
}

} // namespace

QRegularExpressionMatch gatedMatch(const QRegularExpression &pattern, const QString &text, QStringView foldedText)
{
    const std::optional<LiteralScan> &gate = gateFor(pattern);
    if (gate && gate->nextLiteral(foldedText, 0) < 0)
        return QRegularExpressionMatch();
    return pattern.match(text);
}

} // namespace tw::analysis
