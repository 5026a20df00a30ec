#include "ServiceExtractor.h"

#include "FeatureMatrix.h"

#include "GatedMatch.h"

#include <algorithm>

namespace tw::analysis {

namespace {

struct Named
{
    QString value;
    QRegularExpression re;
};

const QList<Named> &certifications()
{
    static const QList<Named> list = {
        {QStringLiteral("comptia_server_plus"), TermExtractor::pattern(QStringLiteral(R"(comptia\s*server\s*\+?)"))},
        {QStringLiteral("dell"), TermExtractor::pattern(QStringLiteral(R"(\bdell\b|戴尔)"))},
        {QStringLiteral("hpe"), TermExtractor::pattern(QStringLiteral(R"(\bhpe?\b|hewlett|惠普|慧与)"))},
        {QStringLiteral("lenovo"), TermExtractor::pattern(QStringLiteral(R"(\blenovo\b|联想)"))},
        {QStringLiteral("inspur"), TermExtractor::pattern(QStringLiteral(R"(\binspur\b|浪潮)"))},
        {QStringLiteral("huawei"), TermExtractor::pattern(QStringLiteral(R"(\bhuawei\b|华为|\bHCI[AEP]\b)"))},
        {QStringLiteral("h3c"), TermExtractor::pattern(QStringLiteral(R"(\bh3c\b|新华三)"))},
        {QStringLiteral("sugon"), TermExtractor::pattern(QStringLiteral(R"(\bsugon\b|曙光)"))},
        {QStringLiteral("ibm"), TermExtractor::pattern(QStringLiteral(R"(\bibm\b)"))},
        {QStringLiteral("cisco"), TermExtractor::pattern(QStringLiteral(R"(\bcisco\b|思科|\bCCN[AP]\b|\bCCIE\b)"))},
        {QStringLiteral("vmware"), TermExtractor::pattern(QStringLiteral(R"(\bvmware\b|\bVCP\b)"))},
        {QStringLiteral("red_hat"), TermExtractor::pattern(QStringLiteral(R"(red\s*hat|红帽|\bRHC[ES]\b)"))},
        {QStringLiteral("microsoft"), TermExtractor::pattern(QStringLiteral(R"(\bmicrosoft\b|微软|\bMCSE\b)"))},
        {QStringLiteral("oracle"), TermExtractor::pattern(QStringLiteral(R"(\boracle certified\b|\bOCP\b)"))},
        {QStringLiteral("itil"), TermExtractor::pattern(QStringLiteral(R"(\bITIL\b)"))},
        {QStringLiteral("huayao"), TermExtractor::pattern(QStringLiteral(R"(\bhuayao\b|华曜|\bHYCE\b)"))},
    };
    return list;
}

const QList<Named> &valueAdded()
{
    static const QList<Named> list = {
        {QStringLiteral("preventive_maintenance"),
         TermExtractor::pattern(QStringLiteral(
             R"(预防性?(?:维护|巡检|维修|保养)|(?:定期|现场|远程)?巡检|健康检查|除尘|(?:定期|免费|例行)保养|preventive maintenance|preventative maintenance|proactive (?:health )?check|health[- ]check|periodic inspection|inspection visit|preventi?ve (?:inspection|check|visit)s?)"))},
        {QStringLiteral("software_support"),
         TermExtractor::pattern(QStringLiteral(
             R"(软件(?:技术)?支持|操作系统(?:驱动)?(?:技术)?支持|系统软件支持|补丁(?:升级|管理|更新)|固件(?:升级|更新|支持|基线)|software support|(?:operating system|OS) support|support for (?:third[- ]party )?(?:operating systems?|OS|hypervisors?|system software)|firmware (?:support|updates?|upgrades?|management)|firmware (?:and|&) (?:BIOS|BMC) updates?|updates? (?:of|to) (?:the )?(?:server )?(?:firmware|BIOS|BMC)|升级[^，。；,]{0,16}固件|固件的?(?:升级|更新)|BIOS(?:,? (?:and )?BMC)? updates|(?:BIOS|BMC)[^.;，。；]{0,16}固件(?:升级|更新)|patch(?:ing|es|management)\b)"))},
        {QStringLiteral("loaner"),
         TermExtractor::pattern(QStringLiteral(
             R"(备机|备用机|备用主机|备用设备|备用服务器|替代机|替代设备|周转机|借用设备|loaner|loan (?:server|unit|equipment)|swap (?:server|unit)|temporary replacement (?:server|unit)|standby (?:server|unit|machine|equipment))"))},
        {QStringLiteral("installation_migration"),
         TermExtractor::pattern(QStringLiteral(
             R"(安装(?:与|和|及)?迁移|迁移服务|数据迁移|上架(?:、|及|和|与)?布线|上架安装|安装上架|installation and migration|migration services?|installation services?|relocation services?)"))},
        {QStringLiteral("remote_monitoring"), TermExtractor::pattern(QStringLiteral(
                                                  R"(远程(?:健康|硬件|主动)?(?:告警)?(?:监控|监测)|(?:硬件|告警)(?:状态)?监控|监控平台|智能运维平台|告警(?:实时)?推送|remote (?:health )?monitoring|remote (?:hardware |system |server )(?:health )?monitoring|(?:hardware|health|alert) monitoring|monitor(?:s|ed|ing)? (?:the )?(?:hardware|server|system) health|alerts? (?:are|is) monitored|\bRMM\b|proactive monitoring|(?:receive|act on|respond to|handle)s?[^.;]{0,20}\bhardware alerts\b|monitoring (?:service|platform|&|and) ?(?:alerting)?|collects hardware events|hardware alerts? (?:from|forwarded|sent|raised)|(?:alerts?|events?) (?:from|raised by) (?:the )?(?:iDRAC|iLO|XClarity|BMC|IPMI))"))},
        {QStringLiteral("sla_reporting"),
         TermExtractor::pattern(QStringLiteral(
             R"(SLA\s*(?:报告|达成|reports?|reporting)|SLA (?:performance|compliance|attainment|achievement) reports?|服务(?:月)?报告|(?:服务|运维)?(?:月报|季报)|(?:monthly|quarterly) (?:ticket|incident|performance|service) summar(?:y|ies)|月度(?:服务)?报告|服务总结报告|service (?:level |performance )?report(?:s|ing)?|(?:monthly|quarterly) (?:service[- ]level |service |SLA )?reports?|(?:monthly|quarterly) (?:[a-z-]+ ){1,2}reports?|service[- ]level reports?|attainment)"))},
    };
    return list;
}

} // namespace

QRegularExpression ServiceExtractor::trigger() const
{
    static const QRegularExpression re = pattern(QStringLiteral(
        R"(可用|在线率|接通率|availab|uptime|up time|认证|证书|资质|持证|certif|accredit|\batp\b|\base\b|hyce|server\+|巡检|维护|maintenance|inspection|health|软件|software|\bos\b|operating system|patch|补丁|固件|firmware|bios|备机|备用机|备用主机|备用设备|备用服务器|替代机|替代设备|周转机|借用|loaner|loan|swap|temporary replacement|standby (?:server|unit|machine|equipment)|安装|迁移|上架|migration|installation|relocation|监控|运维平台|monitor|\brmm\b|报告|月报|季报|report|summar|attainment|collects hardware events|保养|除尘)"));
    return re;
}

void ServiceExtractor::extract(const AnalysisText &text, const TextUnit &unit, QList<SlaTerm> *terms) const
{
    const QString t = text.unitText(unit);
    const QStringView folded = text.foldedUnitText(unit);

    // uptime_guarantee: the vendor's own availability (hotline, portal, service desk).
    static const QRegularExpression uptime =
        pattern(QStringLiteral(R"(可用率|可用性|在线率|接通率|availability|available|uptime|up time)"));
    static const QRegularExpression percent =
        pattern(QStringLiteral(R"((\d{2,3}(?:\.\d+)?)\s*(?:%|percent\b|per cent\b))"));
    // (Or a cell under an availability column: "服务可用率（月度） | ≥99.95%".)
    const bool uptimeColumn =
        unit.cell > 0 && (uptime.match(unit.columnHeader).hasMatch() ||
                          uptime.match(unit.rowLabel).hasMatch()); // or row: "Server uptime | 98%"
    const auto um = uptimeColumn ? QRegularExpressionMatch() : gatedMatch(uptime, t, folded);
    if (um.hasMatch() || uptimeColumn) {
        // "× 100%" closes a formula, and "=（720 − 0.5）÷ 720 × 100% = 99.93%" works an example: neither promises.
        static const QRegularExpression formula(QStringLiteral(R"([×*÷])"));
        auto it = percent.globalMatch(t);
        while (it.hasNext()) {
            const auto pm = it.next();
            const double value = pm.captured(1).toDouble();
            const int cueStart = uptimeColumn ? int(pm.capturedStart()) : int(um.capturedStart());
            const int cueEnd = uptimeColumn ? int(pm.capturedEnd()) : int(um.capturedEnd());
            const int from = std::min(cueStart, int(pm.capturedStart()));
            const QStringView between = QStringView(t).mid(from, std::max(cueStart, int(pm.capturedStart())) - from);
            if (value < 90 || value > 100 || between.size() > 80 || formula.match(between).hasMatch())
                continue;
            SlaTerm term = makeTerm(QStringLiteral("uptime_guarantee"), text, unit,
                                    qMin(cueStart, int(pm.capturedStart())), qMax(cueEnd, int(pm.capturedEnd())));
            term.values.insert(QStringLiteral("percent"), value);
            terms->append(term);
            break;
        }
    }

    // certification: a vendor named together with a certification word.
    static const QRegularExpression certified =
        pattern(QStringLiteral(R"(认证|证书|资质|持证|certif\w*|accredit\w*|\bATP\b|\bASE\b|HYCE|Server\+)"));
    static const QRegularExpression notEngineer = pattern(QStringLiteral(
        R"(ISO\s*\d|质量管理体系|partner|合作伙伴|渠道|authori[sz]ed (?:channel|distribution|reseller))"));
    if (gatedMatch(certified, t, folded).hasMatch() &&
        !isNegated(t, int(gatedMatch(certified, t, folded).capturedStart()))) {
        const bool partnerOnly = gatedMatch(notEngineer, t, folded).hasMatch() &&
                                 !t.contains(QStringLiteral("工程师")) &&
                                 !t.contains(QLatin1String("engineer"), Qt::CaseInsensitive);
        if (!partnerOnly) {
            for (const Named &cert : certifications()) {
                const auto m = gatedMatch(cert.re, t, folded);
                if (!m.hasMatch())
                    continue;
                SlaTerm term =
                    makeTerm(QStringLiteral("certification"), text, unit, int(m.capturedStart()), int(m.capturedEnd()));
                term.tier.clear();
                term.values.insert(QStringLiteral("value"), cert.value);
                terms->append(term);
            }
        }
    }

    // value_added: offered services, unless negated or listed as excluded.
    static const QRegularExpression excluded = pattern(QStringLiteral(
        R"(不在.{0,12}范围|不属于.{0,8}范围|不包括|不含|除外|not (?:be )?(?:included|covered|provided)|excluded|exclusions?|do(?:es)? not cover)"));
    static const QRegularExpression exclusionSection =
        pattern(QStringLiteral(R"(除外|免责|exclusion|not covered|limitations)"));
    const PreparedSegment &segment = text.segments().at(unit.segment);
    // "Included Services and Exclusions": a section about both is not an exclusions section.
    static const QRegularExpression includedSection =
        pattern(QStringLiteral(R"(\binclud(?:ed|es)\b|包含服务|服务内容|服务范围)"));
    if ((exclusionSection.match(segment.sectionTitle).hasMatch() &&
         !includedSection.match(segment.sectionTitle).hasMatch()) ||
        gatedMatch(excluded, t, folded).hasMatch())
        return;
    // A features-by-plan matrix: the plans' cells say who gets the service in the row label.
    if (FeatureMatrix::isMarkerRowLabel(text, unit))
        return;
    // (Unless the cell names its own service: "✔ 7×24 远程监控与告警" in a brochure's box, whose "row" is a line of
    // the box beside it.)
    bool ownService = false;
    for (int k = 0; k < valueAdded().size() && !ownService; ++k)
        ownService = valueAdded().at(k).re.match(t).hasMatch();
    if (unit.cell > 0 && !unit.rowLabel.isEmpty() && FeatureMatrix::isIncludedCell(t) && !ownService) {
        for (const Named &service : valueAdded()) {
            if (!service.re.match(unit.rowLabel).hasMatch())
                continue;
            SlaTerm term = makeTerm(QStringLiteral("value_added"), text, unit, 0, int(t.size()));
            term.values.insert(QStringLiteral("value"), service.value);
            terms->append(term);
        }
        return;
    }
    // A plan's cell that describes the service its row names ("带外远程监控 | 实时监控并推送告警 | —"):
    // that plan has it, unless the cell says it has not.
    static const QRegularExpression declined = pattern(QStringLiteral(
        R"(^\s*(?:[-—–×✗✘]\s*$|(?:n/?a|no|none|not (?:included|available|provided)|optional)\b|无|不提供|不含|不包含|不支持|可选|另行报价|另行收费))"));
    static const QRegularExpression atExtraCost = pattern(QStringLiteral(
        R"(\b(?:at|for) (?:an )?(?:additional|extra) (?:cost|charge|fee)|\b(?:up)?on request\b|另行收费|另行报价|需另付)"));
    if (unit.cell > 0 && !unit.rowLabel.isEmpty() && !unit.tier.isEmpty()) {
        // The row label first: most cells are not in a row that names a service.
        bool labelled = false;
        for (const Named &service : valueAdded())
            labelled = labelled || service.re.match(unit.rowLabel).hasMatch();
        bool namedInCell = !labelled || declined.match(t).hasMatch() || atExtraCost.match(t).hasMatch();
        for (int k = 0; k < valueAdded().size() && !namedInCell; ++k)
            namedInCell = valueAdded().at(k).re.match(t).hasMatch();
        for (const Named &service : valueAdded()) {
            if (namedInCell || !service.re.match(unit.rowLabel).hasMatch())
                continue;
            SlaTerm term = makeTerm(QStringLiteral("value_added"), text, unit, 0, int(t.size()));
            term.priority.clear();
            term.values.insert(QStringLiteral("value"), service.value);
            terms->append(term);
        }
    }
    for (const Named &service : valueAdded()) {
        const auto m = gatedMatch(service.re, t, folded);
        if (!m.hasMatch() || isNegated(t, int(m.capturedStart())))
            continue;
        // "N/A（如需备机可另行报价）", "提供远程监控，另行收费": offered at a price, not included.
        if (unit.cell > 0 && declined.match(t).hasMatch())
            continue;
        static const QRegularExpression clauseEnd(QStringLiteral(R"([，。；;,()（）\n])"));
        const qsizetype clauseStart = t.lastIndexOf(clauseEnd, m.capturedStart()) + 1;
        qsizetype clauseStop = t.indexOf(clauseEnd, m.capturedEnd());
        if (clauseStop < 0)
            clauseStop = t.size();
        // (Not "on request": a service included, given when asked.)
        static const QRegularExpression pricedApart = pattern(QStringLiteral(
            R"(\b(?:at|for) (?:an )?(?:additional|extra) (?:cost|charge|fee)|另行收费|另行报价|另行计费|需另付|额外收费)"));
        if (pricedApart.match(QStringView(t).mid(clauseStart, clauseStop - clauseStart)).hasMatch())
            continue;
        SlaTerm term =
            makeTerm(QStringLiteral("value_added"), text, unit, int(m.capturedStart()), int(m.capturedEnd()));
        // A service offered is not a service level of one priority ("一级故障…无法修复的，提供备机").
        term.priority.clear();
        term.values.insert(QStringLiteral("value"), service.value);
        terms->append(term);
    }
}

} // namespace tw::analysis
