#pragma once

#include "core/model/Finding.h"

#include <QCoreApplication>
#include <QDebug>
#include <QList>
#include <QString>

namespace tw::evaluation {

/** One vendor's price for one tier, in the evaluation's currency (any consistent unit). */
struct PriceQuote
{
    QString vendor;
    QString tier;
    double price = 0;
};

/** A low_price finding with the figures behind it. */
struct LowPriceFinding
{
    QString vendor;
    QString tier;
    double price = 0;
    double medianOfOthers = 0;
    Finding finding;

    double ratio() const { return medianOfOthers > 0 ? price / medianOfOthers : 0; }
    bool operator==(const LowPriceFinding &other) const
    {
        return vendor == other.vendor && tier == other.tier && price == other.price &&
               medianOfOthers == other.medianOfOthers && finding == other.finding;
    }
    bool operator!=(const LowPriceFinding &other) const { return !(*this == other); }
};

/** The workspace-level low-price trap: a price far below the median of the other proposals. */
class LowPriceCheck
{
    Q_DECLARE_TR_FUNCTIONS(tw::evaluation::LowPriceCheck)

public:
    /**
     * Flags quotes below threshold x the median of the other vendors' quotes for the same tier
     * (at least minimumOthers of them); high severity below 0.75 x threshold x median.
     */
    static QList<LowPriceFinding> find(const QList<PriceQuote> &quotes, double threshold = 0.55, int minimumOthers = 2);
};

QDebug operator<<(QDebug debug, const LowPriceFinding &finding);
char *toString(const LowPriceFinding &finding);

} // namespace tw::evaluation
