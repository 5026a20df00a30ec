#pragma once

#include <QRegularExpression>
#include <QString>
#include <QStringView>

namespace tw::analysis {

/**
 * Matches a long-lived pattern (a function-local static) against a unit's text, but first checks,
 * with plain substring searches of the case-folded text, that the text holds the literals every match
 * of the pattern needs (LiteralPrefilter::requiredLiterals). Most patterns miss most sentences, and
 * that check costs a fraction of a PCRE scan of a long alternation. The answer is PCRE's in every
 * case: a skipped pattern could not have matched.
 *
 * foldedText is text folded with LiteralPrefilter::fold (AnalysisText::foldedUnitText). The pattern
 * is identified by its address, so it must outlive the program's use of this function.
 */
QRegularExpressionMatch gatedMatch(const QRegularExpression &pattern, const QString &text, QStringView foldedText);

} // namespace tw::analysis
