#include "EngineerProfile.h"

namespace tw::evaluation {

double EngineerProfile::utility() const
{
    double certificationValue = 0;
    switch (certification) {
    case EngineerCertification::Oem:
        certificationValue = 1.0;
        break;
    case EngineerCertification::Industry:
        certificationValue = 0.5;
        break;
    case EngineerCertification::None:
        break;
    }
    double presenceValue = 0;
    switch (presence) {
    case EngineerPresence::Resident:
        presenceValue = 1.0;
        break;
    case EngineerPresence::LocalCity:
        presenceValue = 0.8;
        break;
    case EngineerPresence::Regional:
        presenceValue = 0.4;
        break;
    case EngineerPresence::Remote:
        break;
    }
    return 0.5 * certificationValue + 0.5 * presenceValue;
}

QString certificationName(EngineerCertification certification)
{
    switch (certification) {
    case EngineerCertification::None:
        return QStringLiteral("none");
    case EngineerCertification::Industry:
        return QStringLiteral("industry");
    case EngineerCertification::Oem:
        return QStringLiteral("oem");
    }
    return {};
}

bool certificationFromName(const QString &name, EngineerCertification *certification)
{
    for (EngineerCertification candidate :
         {EngineerCertification::None, EngineerCertification::Industry, EngineerCertification::Oem}) {
        if (certificationName(candidate) == name) {
            *certification = candidate;
            return true;
        }
    }
    return false;
}

QString presenceName(EngineerPresence presence)
{
    switch (presence) {
    case EngineerPresence::Remote:
        return QStringLiteral("remote");
    case EngineerPresence::Regional:
        return QStringLiteral("regional");
    case EngineerPresence::LocalCity:
        return QStringLiteral("local_city");
    case EngineerPresence::Resident:
        return QStringLiteral("resident");
    }
    return {};
}

bool presenceFromName(const QString &name, EngineerPresence *presence)
{
    for (EngineerPresence candidate : {EngineerPresence::Remote, EngineerPresence::Regional,
                                       EngineerPresence::LocalCity, EngineerPresence::Resident}) {
        if (presenceName(candidate) == name) {
            *presence = candidate;
            return true;
        }
    }
    return false;
}

QDebug operator<<(QDebug debug, const EngineerProfile &profile)
{
    QDebugStateSaver saver(debug);
    debug.nospace().noquote() << "Engineers(" << certificationName(profile.certification) << ", "
                              << presenceName(profile.presence) << ")";
    return debug;
}

} // namespace tw::evaluation
