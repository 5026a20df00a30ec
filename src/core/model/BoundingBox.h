#pragma once

#include <QDebug>

namespace tw {

/** A rectangle on a page in PDF points (1/72 inch), origin at the top-left corner of the page. */
struct BoundingBox
{
    double x = 0;
    double y = 0;
    double width = 0;
    double height = 0;

    bool isNull() const { return width <= 0 && height <= 0; }
    double right() const { return x + width; }
    double bottom() const { return y + height; }
    /** The smallest box containing both; a null box is the identity. */
    BoundingBox united(const BoundingBox &other) const;
    bool operator==(const BoundingBox &other) const;
    bool operator!=(const BoundingBox &other) const { return !(*this == other); }
};

QDebug operator<<(QDebug debug, const BoundingBox &box);
char *toString(const BoundingBox &box);

} // namespace tw
