#include "SlaTargets.h"

#include "PriorityLabel.h"

#include <QRegularExpression>

#include <cmath>

namespace tw::history {

std::optional<qint64> SlaTargets::parseDuration(const QString &text)
{
    static const QRegularExpression pattern(
        QStringLiteral("^\\s*(\\d+(?:\\.\\d+)?)\\s*(m|min|mins|minutes?|h|hr|hrs|hours?|d|days?|分钟|小时|天)?\\s*$"),
        QRegularExpression::CaseInsensitiveOption);
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const double value = match.captured(1).toDouble();
    const QString unit = match.captured(2).toLower();
    double minutes = value;
    if (unit.startsWith(QLatin1Char('h')) || unit == QStringLiteral("小时"))
        minutes = value * 60;
    else if (unit.startsWith(QLatin1Char('d')) || unit == QStringLiteral("天"))
        minutes = value * 1440;
    const qint64 seconds = std::llround(minutes * 60);
    if (seconds <= 0)
        return std::nullopt;
    return seconds;
}

bool SlaTargets::addRule(const QString &rule)
{
    const qsizetype colon = rule.indexOf(QLatin1Char(':'));
    if (colon <= 0) {
        m_errorString = tr("target \"%1\" is not PRIORITY:metric=duration,...").arg(rule);
        return false;
    }
    const QString priority = canonicalPriority(rule.left(colon));
    SlaTarget target = m_targets.value(priority);
    for (const QString &part : rule.mid(colon + 1).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const qsizetype equals = part.indexOf(QLatin1Char('='));
        const QString metric = part.left(equals).trimmed().toLower();
        const auto seconds = equals > 0 ? parseDuration(part.mid(equals + 1)) : std::nullopt;
        if (!seconds) {
            m_errorString = tr("target \"%1\": \"%2\" is not metric=duration (e.g. onsite=4h)").arg(rule, part);
            return false;
        }
        if (metric == QLatin1String("response") || metric == QLatin1String("responded"))
            target.response = seconds;
        else if (metric == QLatin1String("onsite") || metric == QLatin1String("on_site"))
            target.onsite = seconds;
        else if (metric == QLatin1String("resolution") || metric == QLatin1String("resolved") ||
                 metric == QLatin1String("restore"))
            target.resolution = seconds;
        else {
            m_errorString = tr("target \"%1\": unknown metric \"%2\" (response, onsite, resolution)").arg(rule, metric);
            return false;
        }
    }
    m_targets.insert(priority, target);
    return true;
}

const SlaTarget *SlaTargets::find(const QString &priority) const
{
    const auto it = m_targets.constFind(priority);
    return it == m_targets.constEnd() ? nullptr : &it.value();
}

} // namespace tw::history
