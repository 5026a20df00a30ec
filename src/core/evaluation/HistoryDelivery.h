#pragma once

#include "EvaluationInput.h"
#include "HistoryAdjustment.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace tw::evaluation {

/** What a vendor's ticket history says about its promises for one tier (P1, pooled priorities). */
struct TierDelivery
{
    QString source;   ///< the history set's file (and segment)
    QString calendar; ///< the SLA calendar the durations were counted in
    qint64 tickets = 0;
    DeliveryRecord response;
    DeliveryRecord onsite;
    DeliveryRecord resolution;
    /** On-site attainment, else response, else resolution; empty without targets or tickets. */
    std::optional<double> headlineAttainment() const;
};

/**
 * Adapter between the SLA history (tw::history) and the evaluation: measures the pooled P1
 * tickets of a history set against the tier's promised times, in the set's calendar.
 */
class HistoryDelivery
{
    Q_DECLARE_TR_FUNCTIONS(tw::evaluation::HistoryDelivery)

public:
    /**
     * Promised minutes <= 0 mean "not promised" (no attainment for that metric). On a business
     * calendar a day-based promise (a multiple of 1440 min: NBD, N business days) counts N covered
     * days, and only attainment is kept (delivered minutes there are business minutes, not the
     * promise's clock minutes). Nothing, with error set, when the calendar is invalid.
     */
    static std::optional<TierDelivery> measure(const HistorySet &set, const QString &vendorName, double responseMinutes,
                                               double onsiteMinutes, double resolutionMinutes,
                                               QString *error = nullptr);
};

} // namespace tw::evaluation
