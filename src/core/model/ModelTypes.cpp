// Comparison and printing for the small model types that have no behaviour of their own.
#include "DebugString.h"
#include "Evidence.h"
#include "Finding.h"
#include "Proposal.h"
#include "ServerTier.h"
#include "SlaTerm.h"
#include "Ticket.h"
#include "Vendor.h"

namespace tw {

QDebug operator<<(QDebug debug, const Evidence &evidence)
{
    QDebugStateSaver saver(debug);
    debug.nospace().noquote() << "\"" << evidence.quote << "\" p." << evidence.page << " " << evidence.box;
    return debug;
}

QString vendorKindName(VendorKind kind)
{
    switch (kind) {
    case VendorKind::Oem:
        return QStringLiteral("oem");
    case VendorKind::Tpm:
        return QStringLiteral("tpm");
    case VendorKind::Reseller:
        return QStringLiteral("reseller");
    }
    return {};
}

bool vendorKindFromName(const QString &name, VendorKind *kind)
{
    for (VendorKind candidate : {VendorKind::Oem, VendorKind::Tpm, VendorKind::Reseller}) {
        if (vendorKindName(candidate) == name) {
            *kind = candidate;
            return true;
        }
    }
    return false;
}

QDebug operator<<(QDebug debug, const Vendor &vendor)
{
    QDebugStateSaver saver(debug);
    debug.nospace().noquote() << "Vendor(" << vendor.name << ", " << vendorKindName(vendor.kind);
    if (!vendor.serviceProvider.isEmpty())
        debug << ", provider " << vendor.serviceProvider;
    debug << ")";
    return debug;
}

char *toString(const Vendor &vendor) { return debugCString(vendor); }

bool ServerTier::operator==(const ServerTier &other) const
{
    return name == other.name && servers == other.servers && downtimeCostPerHour == other.downtimeCostPerHour &&
           annualFailureRate == other.annualFailureRate && rtoHours == other.rtoHours && rpoMinutes == other.rpoMinutes;
}

QDebug operator<<(QDebug debug, const ServerTier &tier)
{
    QDebugStateSaver saver(debug);
    debug.nospace().noquote() << "ServerTier(" << tier.name << ", " << tier.servers << " servers, "
                              << tier.downtimeCostPerHour << "/h, AFR " << tier.annualFailureRate << ")";
    return debug;
}

char *toString(const ServerTier &tier) { return debugCString(tier); }

bool SlaTerm::isTimeKey(const QString &key)
{
    return key == QLatin1String("response_time") || key == QLatin1String("onsite_time") ||
           key == QLatin1String("resolution_time");
}

bool SlaTerm::operator==(const SlaTerm &other) const
{
    return key == other.key && tier == other.tier && priority == other.priority && values == other.values &&
           evidence == other.evidence;
}

QDebug operator<<(QDebug debug, const SlaTerm &term)
{
    QDebugStateSaver saver(debug);
    debug.nospace().noquote() << "SlaTerm(" << term.key;
    if (!term.tier.isEmpty())
        debug << ", tier " << term.tier;
    if (!term.priority.isEmpty())
        debug << ", " << term.priority;
    for (auto it = term.values.cbegin(); it != term.values.cend(); ++it)
        debug << ", " << it.key() << "=" << it.value().toString();
    debug << ", " << term.evidence << ")";
    return debug;
}

char *toString(const SlaTerm &term) { return debugCString(term); }

QString severityName(Severity severity)
{
    switch (severity) {
    case Severity::Low:
        return QStringLiteral("low");
    case Severity::Medium:
        return QStringLiteral("medium");
    case Severity::High:
        return QStringLiteral("high");
    }
    return {};
}

bool severityFromName(const QString &name, Severity *severity)
{
    for (Severity candidate : {Severity::Low, Severity::Medium, Severity::High}) {
        if (severityName(candidate) == name) {
            *severity = candidate;
            return true;
        }
    }
    return false;
}

bool Finding::operator==(const Finding &other) const
{
    return category == other.category && ruleId == other.ruleId && severity == other.severity &&
           evidence == other.evidence && explanation == other.explanation && suggestion == other.suggestion;
}

QDebug operator<<(QDebug debug, const Finding &finding)
{
    QDebugStateSaver saver(debug);
    debug.nospace().noquote() << "Finding(" << finding.category << "/" << finding.ruleId << ", "
                              << severityName(finding.severity) << ", " << finding.evidence << ")";
    return debug;
}

char *toString(const Finding &finding) { return debugCString(finding); }

QList<SlaTerm> Proposal::termsWithKey(const QString &key) const
{
    QList<SlaTerm> matching;
    for (const SlaTerm &term : terms) {
        if (term.key == key)
            matching << term;
    }
    return matching;
}

bool Proposal::operator==(const Proposal &other) const
{
    return vendorName == other.vendorName && documentFile == other.documentFile && terms == other.terms &&
           findings == other.findings;
}

QDebug operator<<(QDebug debug, const Proposal &proposal)
{
    QDebugStateSaver saver(debug);
    debug.nospace().noquote() << "Proposal(" << proposal.vendorName << ", " << proposal.documentFile << ", "
                              << proposal.terms.size() << " terms, " << proposal.findings.size() << " findings)";
    return debug;
}

char *toString(const Proposal &proposal) { return debugCString(proposal); }

std::optional<qint64> Ticket::elapsedMinutes(const QDateTime &moment) const
{
    if (!opened.isValid() || !moment.isValid())
        return std::nullopt;
    return opened.secsTo(moment) / 60;
}

bool Ticket::operator==(const Ticket &other) const
{
    return id == other.id && vendor == other.vendor && priority == other.priority && opened == other.opened &&
           responded == other.responded && onsite == other.onsite && resolved == other.resolved;
}

QDebug operator<<(QDebug debug, const Ticket &ticket)
{
    QDebugStateSaver saver(debug);
    debug.nospace().noquote() << "Ticket(" << ticket.id << ", " << ticket.vendor << ", " << ticket.priority
                              << ", opened " << ticket.opened.toString(Qt::ISODate) << ", resolved "
                              << ticket.resolved.toString(Qt::ISODate) << ")";
    return debug;
}

char *toString(const Ticket &ticket) { return debugCString(ticket); }

} // namespace tw
