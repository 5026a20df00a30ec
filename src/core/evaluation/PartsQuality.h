#pragma once

#include <QDebug>
#include <QString>

namespace tw::evaluation {

/** Spare-part quality a proposal commits to, worst first so the enum order is the ordinal order. */
enum class PartsQuality { Unspecified, VendorDiscretion, Compatible, NewOrEquivalent, CertifiedRefurbished, OemNew };

/** Where spare parts are stocked, worst first. */
enum class PartsLocality { Unspecified, Central, Regional, Local };

QString partsQualityName(PartsQuality quality); ///< "oem_new", "certified_refurbished"...
bool partsQualityFromName(const QString &name, PartsQuality *quality);
QString partsLocalityName(PartsLocality locality); ///< "local", "regional", "central", "unspecified"
bool partsLocalityFromName(const QString &name, PartsLocality *locality);

/** Ordinal value: oem_new 1.0 > certified_refurbished 0.7 > new_or_equivalent 0.5 > compatible 0.25 > rest 0. */
double partsQualityUtility(PartsQuality quality);
/** Ordinal value: local 1.0 > regional 0.6 > central 0.25 > unspecified 0. */
double partsLocalityUtility(PartsLocality locality);
/** The parts criterion: 0.6 x quality + 0.4 x locality (quality matters more: it decides repeat failures). */
double partsUtility(PartsQuality quality, PartsLocality locality);
/** Default extra hours before a needed part is on site: local 0, regional 4, central 24, unspecified 24. */
double partsDelayHours(PartsLocality locality);

QDebug operator<<(QDebug debug, PartsQuality quality);
QDebug operator<<(QDebug debug, PartsLocality locality);

} // namespace tw::evaluation
