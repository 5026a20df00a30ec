#pragma once

#include "TermExtractor.h"

namespace tw::analysis {

/**
 * Commercial terms: price (amount, ISO currency from ￥/元/人民币/RMB/USD/$/EUR/€ or the document's
 * stated currency, per server-year/month, year, hour or total, 万 multiplied out), term_months and
 * price_adjustment (fixed, capped with its percent, or unbounded "subject to annual adjustment").
 */
class CommercialExtractor : public TermExtractor
{
public:
    /** defaultCurrency: the currency the document states for its prices ("CNY"), or empty; namedCurrencies: the
     *  codes it writes of currencies that share a sign (namedSharedSignCurrencies). */
    explicit CommercialExtractor(QString defaultCurrency = QString(), QStringList namedCurrencies = QStringList());
    QRegularExpression trigger() const override;
    QRegularExpression headerTrigger() const override;
    void extract(const AnalysisText &text, const TextUnit &unit, QList<SlaTerm> *terms) const override;

private:
    void extractPrices(const AnalysisText &text, const TextUnit &unit, QList<SlaTerm> *terms) const;
    QString m_defaultCurrency;
    QStringList m_namedCurrencies;
};

} // namespace tw::analysis
