#pragma once

#include "core/model/Document.h"

#include <QCoreApplication>

#include <memory>

class QChart;

namespace tw::charts {

/** A bar chart of how long each proposal is (pages and text lines), for the import overview. */
class DocumentOverviewChart
{
    Q_DECLARE_TR_FUNCTIONS(tw::charts::DocumentOverviewChart)

public:
    /** One category per document (its file name), with a pages series and a lines series. */
    static std::unique_ptr<QChart> create(const QList<Document> &documents);
};

} // namespace tw::charts
