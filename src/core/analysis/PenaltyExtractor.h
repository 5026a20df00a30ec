#pragma once

#include "TermExtractor.h"

namespace tw::analysis {

/**
 * penalty: a service credit or deduction as a percent, what it is counted per (每超时1小时 -> hour,
 * "for each such breach" -> incident) and its cap (上限20%, "shall not exceed 15%"), reading a
 * table row's credit and cap columns together.
 */
class PenaltyExtractor : public TermExtractor
{
public:
    QRegularExpression trigger() const override;
    void extract(const AnalysisText &text, const TextUnit &unit, QList<SlaTerm> *terms) const override;
    /** A cap stated on its own ("单月累计扣减金额不超过...20%"), as a percent, or -1. */
    static double standaloneCap(const QString &unitText);
    /**
     * A cap stated by a defined term ("Service Credits … shall not exceed the At-Risk Amount"), as the percent
     * the document's definition gives it ("“At-Risk Amount” means … twelve per cent (12%) of the Monthly
     * Service Charges"), or -1.
     */
    static double capByDefinedTerm(const QString &unitText, const QString &fullText);
    /** True for the label of a table row that caps the credits ("Maximum Service Credits in any month"). */
    static bool isCapRowLabel(const QString &rowLabel);
    /** A table cell under a section about credits ("6. Service Credits (Gutschriften)"). */
    static bool inCreditSection(const AnalysisText &text, const TextUnit &unit);
    /**
     * The cap row of a credits table: its label names a cap and a credit, or only a cap under a section about
     * credits ("Maximum per server and calendar month (Obergrenze)").
     */
    static bool isCapRow(const AnalysisText &text, const TextUnit &unit);
    /** True when the text talks about credits or deductions for missed service levels. */
    static bool mentionsPenalty(const QString &text);
};

} // namespace tw::analysis
