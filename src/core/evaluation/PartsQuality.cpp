#include "PartsQuality.h"

namespace tw::evaluation {

QString partsQualityName(PartsQuality quality)
{
    switch (quality) {
    case PartsQuality::Unspecified:
        return QStringLiteral("unspecified");
    case PartsQuality::VendorDiscretion:
        return QStringLiteral("vendor_discretion");
    case PartsQuality::Compatible:
        return QStringLiteral("compatible");
    case PartsQuality::NewOrEquivalent:
        return QStringLiteral("new_or_equivalent");
    case PartsQuality::CertifiedRefurbished:
        return QStringLiteral("certified_refurbished");
    case PartsQuality::OemNew:
        return QStringLiteral("oem_new");
    }
    return {};
}

bool partsQualityFromName(const QString &name, PartsQuality *quality)
{
    for (PartsQuality candidate :
         {PartsQuality::Unspecified, PartsQuality::VendorDiscretion, PartsQuality::Compatible,
          PartsQuality::NewOrEquivalent, PartsQuality::CertifiedRefurbished, PartsQuality::OemNew}) {
        if (partsQualityName(candidate) == name) {
            *quality = candidate;
            return true;
        }
    }
    return false;
}

QString partsLocalityName(PartsLocality locality)
{
    switch (locality) {
    case PartsLocality::Unspecified:
        return QStringLiteral("unspecified");
    case PartsLocality::Central:
        return QStringLiteral("central");
    case PartsLocality::Regional:
        return QStringLiteral("regional");
    case PartsLocality::Local:
        return QStringLiteral("local");
    }
    return {};
}

bool partsLocalityFromName(const QString &name, PartsLocality *locality)
{
    for (PartsLocality candidate :
         {PartsLocality::Unspecified, PartsLocality::Central, PartsLocality::Regional, PartsLocality::Local}) {
        if (partsLocalityName(candidate) == name) {
            *locality = candidate;
            return true;
        }
    }
    return false;
}

double partsQualityUtility(PartsQuality quality)
{
    switch (quality) {
    case PartsQuality::OemNew:
        return 1.0;
    case PartsQuality::CertifiedRefurbished:
        return 0.7;
    case PartsQuality::NewOrEquivalent:
        return 0.5; // "new or equivalent to new" lets the vendor pick refurbished parts
    case PartsQuality::Compatible:
        return 0.25;
    case PartsQuality::VendorDiscretion:
    case PartsQuality::Unspecified:
        return 0.0; // no commitment at all
    }
    return 0.0;
}

double partsLocalityUtility(PartsLocality locality)
{
    switch (locality) {
    case PartsLocality::Local:
        return 1.0;
    case PartsLocality::Regional:
        return 0.6;
    case PartsLocality::Central:
        return 0.25;
    case PartsLocality::Unspecified:
        return 0.0;
    }
    return 0.0;
}

double partsUtility(PartsQuality quality, PartsLocality locality)
{
    return 0.6 * partsQualityUtility(quality) + 0.4 * partsLocalityUtility(locality);
}

double partsDelayHours(PartsLocality locality)
{
    switch (locality) {
    case PartsLocality::Local:
        return 0.0;
    case PartsLocality::Regional:
        return 4.0; // same-day courier from the regional warehouse
    case PartsLocality::Central:
    case PartsLocality::Unspecified:
        return 24.0; // next-day shipment
    }
    return 24.0;
}

QDebug operator<<(QDebug debug, PartsQuality quality)
{
    QDebugStateSaver saver(debug);
    debug.nospace().noquote() << partsQualityName(quality);
    return debug;
}

QDebug operator<<(QDebug debug, PartsLocality locality)
{
    QDebugStateSaver saver(debug);
    debug.nospace().noquote() << partsLocalityName(locality);
    return debug;
}

} // namespace tw::evaluation
