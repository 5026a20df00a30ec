#pragma once

#include <QDebug>
#include <QString>

namespace tw::evaluation {

/** The best certification the engineers who will do the work hold. */
enum class EngineerCertification { None, Industry, Oem };
/** Where those engineers are based relative to the servers. */
enum class EngineerPresence { Remote, Regional, LocalCity, Resident };

/** Engineer certification and local presence of an offer (one criterion). */
struct EngineerProfile
{
    EngineerCertification certification = EngineerCertification::None;
    EngineerPresence presence = EngineerPresence::Remote;

    /** 0.5 x certification (oem 1, industry e.g. CompTIA Server+ 0.5, none 0) + 0.5 x presence
     *  (resident 1, local city 0.8, regional 0.4, remote 0). */
    double utility() const;
    bool operator==(const EngineerProfile &other) const
    {
        return certification == other.certification && presence == other.presence;
    }
    bool operator!=(const EngineerProfile &other) const { return !(*this == other); }
};

QString certificationName(EngineerCertification certification); ///< "none", "industry", "oem"
bool certificationFromName(const QString &name, EngineerCertification *certification);
QString presenceName(EngineerPresence presence); ///< "remote", "regional", "local_city", "resident"
bool presenceFromName(const QString &name, EngineerPresence *presence);

QDebug operator<<(QDebug debug, const EngineerProfile &profile);

} // namespace tw::evaluation
