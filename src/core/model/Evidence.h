#pragma once

#include "BoundingBox.h"

#include <QDebug>
#include <QString>

namespace tw {

/** Where a term or finding was read: the exact quote, its page (0 = the whole document) and box. */
struct Evidence
{
    QString quote;
    int page = 0;
    BoundingBox box;

    bool isDocumentLevel() const { return page == 0; }
    bool operator==(const Evidence &other) const
    {
        return quote == other.quote && page == other.page && box == other.box;
    }
    bool operator!=(const Evidence &other) const { return !(*this == other); }
};

QDebug operator<<(QDebug debug, const Evidence &evidence);

} // namespace tw
