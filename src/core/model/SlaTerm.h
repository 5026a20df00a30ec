#pragma once

#include "Evidence.h"

#include <QDebug>
#include <QString>
#include <QVariantMap>

namespace tw {

/**
 * One service level a proposal promises, e.g. key "onsite_time" with values {"minutes": 240,
 * "basis": "calendar"}. The keys and value fields are those of the analysis command's JSON.
 */
struct SlaTerm
{
    QString key;
    QString tier;     ///< empty when the text names no tier
    QString priority; ///< "P1".."P4", or empty
    QVariantMap values;
    Evidence evidence;

    /** Whether @p key is one of the times: response, on-site or resolution. */
    static bool isTimeKey(const QString &key);

    bool operator==(const SlaTerm &other) const;
    bool operator!=(const SlaTerm &other) const { return !(*this == other); }
};

QDebug operator<<(QDebug debug, const SlaTerm &term);
char *toString(const SlaTerm &term);

} // namespace tw
