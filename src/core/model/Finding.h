#pragma once

#include "Evidence.h"

#include <QDebug>
#include <QString>

namespace tw {

enum class Severity { Low, Medium, High };

QString severityName(Severity severity); ///< "low", "medium", "high"
bool severityFromName(const QString &name, Severity *severity);

/** A clause a buyer should negotiate, with why it matters and a quantified rewrite. */
struct Finding
{
    QString category; ///< e.g. "vague_wording", "clock_start" (DOMAIN.md section 3)
    QString ruleId;
    Severity severity = Severity::Medium;
    Evidence evidence;
    QString explanation;
    QString suggestion;

    bool operator==(const Finding &other) const;
    bool operator!=(const Finding &other) const { return !(*this == other); }
};

QDebug operator<<(QDebug debug, const Finding &finding);
char *toString(const Finding &finding);

} // namespace tw
