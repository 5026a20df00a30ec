#pragma once

#include <QDebug>
#include <QString>

namespace tw {

/** Who sells the service: the manufacturer, a third-party maintainer, or a reseller. */
enum class VendorKind { Oem, Tpm, Reseller };

QString vendorKindName(VendorKind kind); ///< "oem", "tpm", "reseller"
/** Parses vendorKindName(); returns false for anything else. */
bool vendorKindFromName(const QString &name, VendorKind *kind);

/** A company that submitted a proposal. */
struct Vendor
{
    QString name;
    VendorKind kind = VendorKind::Oem;
    QString serviceProvider; ///< who performs the work; empty when the vendor does it itself

    bool operator==(const Vendor &other) const
    {
        return name == other.name && kind == other.kind && serviceProvider == other.serviceProvider;
    }
    bool operator!=(const Vendor &other) const { return !(*this == other); }
};

QDebug operator<<(QDebug debug, const Vendor &vendor);
char *toString(const Vendor &vendor);

} // namespace tw
