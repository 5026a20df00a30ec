#include "BoundingBox.h"

#include "DebugString.h"

#include <algorithm>
#include <cmath>

namespace tw {

BoundingBox BoundingBox::united(const BoundingBox &other) const
{
    if (other.isNull())
        return *this;
    if (isNull())
        return other;
    const double left = std::min(x, other.x);
    const double top = std::min(y, other.y);
    return {left, top, std::max(right(), other.right()) - left, std::max(bottom(), other.bottom()) - top};
}

bool BoundingBox::operator==(const BoundingBox &other) const
{
    // Coordinates come from floating-point layout; a hundredth of a point is far below what matters.
    constexpr double tolerance = 0.01;
    return std::abs(x - other.x) < tolerance && std::abs(y - other.y) < tolerance &&
           std::abs(width - other.width) < tolerance && std::abs(height - other.height) < tolerance;
}

QDebug operator<<(QDebug debug, const BoundingBox &box)
{
    QDebugStateSaver saver(debug);
    debug.nospace() << "[" << box.x << ", " << box.y << ", " << box.width << ", " << box.height << "]";
    return debug;
}

char *toString(const BoundingBox &box) { return debugCString(box); }

} // namespace tw
