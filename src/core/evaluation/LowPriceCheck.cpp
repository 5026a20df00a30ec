#include "LowPriceCheck.h"

#include "core/model/DebugString.h"

#include <algorithm>
#include <vector>

namespace tw::evaluation {

namespace {

double median(std::vector<double> values)
{
    std::sort(values.begin(), values.end());
    const size_t n = values.size();
    return n % 2 ? values[n / 2] : (values[n / 2 - 1] + values[n / 2]) / 2;
}

} // namespace

QList<LowPriceFinding> LowPriceCheck::find(const QList<PriceQuote> &quotes, double threshold, int minimumOthers)
{
    QList<LowPriceFinding> findings;
    for (const PriceQuote &quote : quotes) {
        // The median of the others, not of all: the suspicious quote must not pull its own reference down.
        std::vector<double> others;
        for (const PriceQuote &other : quotes) {
            if (&other != &quote && other.tier == quote.tier && other.vendor != quote.vendor && other.price > 0)
                others.push_back(other.price);
        }
        if (int(others.size()) < std::max(minimumOthers, 1) || !(quote.price > 0))
            continue;
        const double reference = median(others);
        if (quote.price >= threshold * reference)
            continue;
        LowPriceFinding result;
        result.vendor = quote.vendor;
        result.tier = quote.tier;
        result.price = quote.price;
        result.medianOfOthers = reference;
        Finding &finding = result.finding;
        finding.category = QStringLiteral("low_price");
        finding.ruleId = QStringLiteral("low_price.median");
        finding.severity = quote.price < 0.75 * threshold * reference ? Severity::High : Severity::Medium;
        const int percent = qRound(100.0 * quote.price / reference);
        finding.evidence.quote = tr("%1 quotes %2 for tier %3; the median of the other %4 proposals is %5")
                                     .arg(quote.vendor)
                                     .arg(quote.price, 0, 'f', 2)
                                     .arg(quote.tier)
                                     .arg(others.size())
                                     .arg(reference, 0, 'f', 2);
        finding.explanation =
            tr("The price is %1 % of the median of the other proposals for this tier. A price this low "
               "often means reduced scope, refurbished or compatible parts, subcontracted engineers, or "
               "charges moved into exclusions and T&M.")
                .arg(percent);
        finding.suggestion = tr("Ask the vendor to confirm in writing that the quoted price includes every service "
                                "level, part quality and coverage in its proposal, with no extra charges for "
                                "on-site visits or parts during the term.");
        findings << result;
    }
    return findings;
}

QDebug operator<<(QDebug debug, const LowPriceFinding &finding)
{
    QDebugStateSaver saver(debug);
    debug.nospace().noquote() << "LowPriceFinding(" << finding.vendor << ", " << finding.tier << ", " << finding.price
                              << " vs median " << finding.medianOfOthers << ", "
                              << severityName(finding.finding.severity) << ")";
    return debug;
}

char *toString(const LowPriceFinding &finding) { return debugCString(finding); }

} // namespace tw::evaluation
