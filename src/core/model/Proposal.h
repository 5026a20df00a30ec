#pragma once

#include "Finding.h"
#include "SlaTerm.h"

#include <QDebug>
#include <QList>
#include <QString>

namespace tw {

/** What one vendor offers: its document, the terms read from it and the findings about it. */
struct Proposal
{
    QString vendorName;
    QString documentFile;
    QList<SlaTerm> terms;
    QList<Finding> findings;

    /** Terms with the given key, in document order. */
    QList<SlaTerm> termsWithKey(const QString &key) const;
    bool operator==(const Proposal &other) const;
    bool operator!=(const Proposal &other) const { return !(*this == other); }
};

QDebug operator<<(QDebug debug, const Proposal &proposal);
char *toString(const Proposal &proposal);

} // namespace tw
