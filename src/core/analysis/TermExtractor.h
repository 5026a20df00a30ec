#pragma once

#include "AnalysisText.h"

#include "core/model/SlaTerm.h"

#include <QRegularExpression>

namespace tw::analysis {

/** One family of terms (times, coverage, parts, ...) read from one text unit at a time. */
class TermExtractor
{
public:
    virtual ~TermExtractor() = default;
    /**
     * Words without which this family finds nothing in a sentence; the analyzer runs the family only
     * on sentences the trigger matches (table cells always, their header gives the meaning).
     */
    virtual QRegularExpression trigger() const = 0;
    /**
     * Column headers under which a bare cell is worth reading though the header does not match the
     * trigger ("36-Mo Total", "Year 1" over amounts). Tested on the header text of cells only, so it may
     * name words too common in running text to be a trigger. Empty: none.
     */
    virtual QRegularExpression headerTrigger() const { return {}; }
    /** Appends the terms this family finds in unit to terms. */
    virtual void extract(const AnalysisText &text, const TextUnit &unit, QList<SlaTerm> *terms) const = 0;

    /** A term with evidence for the unit-relative normalised range [from, to) and the unit's tier. */
    static SlaTerm makeTerm(const QString &key, const AnalysisText &text, const TextUnit &unit, int from, int to);
    /** True for the keys set per priority (times, penalties, ...); the others' terms have none. */
    static bool carriesPriority(const QString &key);
    /**
     * True when a negation governs position at of the unit text: 不/无/非/未 or no/not/never/without
     * earlier in the same clause (不使用翻新件、拆机件或第三方兼容件 negates all three).
     */
    /** The one tier named in brackets right after position at: "within 30 minutes (Category A)"; else empty. */
    static QString bracketedTierAfter(const AnalysisText &text, const QString &unitText, int at);
    static bool isNegated(const QString &unitText, int at);
    /** True when the clause around position at is a condition or an option ("如客户要求", "if", "optional"). */
    static bool isConditional(const QString &unitText, int at);
    /** The clause (between commas and semicolons) around position at. */
    static QPair<int, int> clauseAround(const QString &unitText, int at);
    /** Case-insensitive, Unicode-aware pattern compiled once by the caller. */
    static QRegularExpression pattern(const QString &source);
};

} // namespace tw::analysis
