#include "ColumnMapping.h"

#include <algorithm>

namespace tw::history {

namespace {

struct FieldNames
{
    TicketField field;
    const char *name;
    // Folded header names that mean this field, most specific first.
    std::initializer_list<const char *> synonyms;
};

// Folded with normalizedHeader(): lower case, no separators. Chinese names in UTF-8.
const FieldNames kFields[] = {
    {TicketField::Id, "id", {"ticketid", "ticketno", "ticketnumber", "ticket", "incidentid", "incidentnumber",
                             "incident", "caseid",   "casenumber",   "case",   "number",     "id",
                             "no",       "工单号",   "工单编号",     "工单id", "单号",       "事件编号",
                             "事件单号", "故障单号", "报修单号",     "编号",   "序号"}},
    {TicketField::Vendor,
     "vendor",
     {"vendor", "vendorname", "supplier", "provider", "serviceprovider", "maintainer", "contractor", "供应商", "厂商",
      "服务商", "维保厂商", "维保商", "服务厂商", "供应商名称", "厂商名称"}},
    {TicketField::Priority,
     "priority",
     {"priority", "severity", "sev", "prio", "level", "urgency", "优先级", "故障级别", "故障等级", "级别", "等级",
      "严重程度", "严重级别", "紧急程度"}},
    {TicketField::Opened, "opened", {"opened",    "openedat",  "opentime",   "opendate", "openedon",   "created",
                                     "createdat", "createdon", "createtime", "reported", "reportedat", "reporttime",
                                     "start",     "starttime", "报修时间",   "报障时间", "报告时间",   "开单时间",
                                     "创建时间",  "提单时间",  "故障时间",   "发生时间"}},
    {TicketField::Responded,
     "responded",
     {"responded", "respondedat", "responsetime", "response", "firstresponse", "firstresponseat", "firstresponsetime",
      "acknowledged", "acknowledgedat", "acktime", "响应时间", "首次响应时间", "受理时间", "接单时间"}},
    {TicketField::Onsite,
     "onsite",
     {"onsite", "onsiteat", "onsitetime", "arrived", "arrivedat", "arrival", "arrivaltime", "到场时间", "到达时间",
      "上门时间", "到现场时间", "现场时间"}},
    {TicketField::Resolved,
     "resolved",
     {"resolved", "resolvedat", "resolvedon", "resolutiontime", "resolution", "fixed", "fixedat", "restored",
      "restoredat", "修复时间", "解决时间", "恢复时间", "完成时间", "处理完成时间"}},
    {TicketField::State,
     "state",
     {"incidentstate", "state", "status", "ticketstate", "ticketstatus", "状态", "工单状态", "事件状态"}},
    {TicketField::EventTime,
     "event_time",
     {"sysupdatedat", "updatedat", "updated", "updatetime", "eventtime", "eventat", "timestamp", "changedat",
      "更新时间", "事件时间", "变更时间", "操作时间"}},
    {TicketField::Sequence, "sequence", {"sysmodcount", "modcount", "sequence", "seq", "eventnumber", "版本号"}},
    {TicketField::Site, "site", {"site", "location", "city", "地点", "城市", "站点", "机房", "地址"}},
};

const FieldNames &namesOf(TicketField field) { return kFields[int(field)]; }

// 100 for an exact synonym, less for a synonym inside a longer name; 0 for no match.
int matchScore(const QString &folded, const FieldNames &names, bool dateField)
{
    int rank = 0;
    for (const char *synonym : names.synonyms) {
        const QString text = QString::fromUtf8(synonym);
        if (folded == text)
            return 100 - rank;
        ++rank;
    }
    rank = 0;
    for (const char *synonym : names.synonyms) {
        const QString text = QString::fromUtf8(synonym);
        ++rank;
        // Short synonyms like "id" or "no" inside other words are noise.
        if (text.size() < 4 && text.at(0).unicode() < 128)
            continue;
        if (!folded.contains(text))
            continue;
        // "resolved_by" names a person, not a time.
        if (dateField && (folded.endsWith(QLatin1String("by")) || folded.endsWith(QStringLiteral("人"))))
            continue;
        return 50 - rank;
    }
    return 0;
}

} // namespace

QString ticketFieldName(TicketField field) { return QString::fromLatin1(namesOf(field).name); }

bool ticketFieldFromName(const QString &name, TicketField *field)
{
    const QString folded = name.trimmed().toLower();
    for (const FieldNames &names : kFields) {
        if (folded == QLatin1String(names.name)) {
            *field = names.field;
            return true;
        }
    }
    static const std::pair<const char *, TicketField> aliases[] = {
        {"ticket", TicketField::Id},
        {"ticket_id", TicketField::Id},
        {"number", TicketField::Id},
        {"supplier", TicketField::Vendor},
        {"severity", TicketField::Priority},
        {"opened_at", TicketField::Opened},
        {"response", TicketField::Responded},
        {"responded_at", TicketField::Responded},
        {"on_site", TicketField::Onsite},
        {"onsite_at", TicketField::Onsite},
        {"resolution", TicketField::Resolved},
        {"resolved_at", TicketField::Resolved},
        {"status", TicketField::State},
        {"updated", TicketField::EventTime},
        {"updated_at", TicketField::EventTime},
        {"event", TicketField::EventTime},
        {"seq", TicketField::Sequence},
        {"location", TicketField::Site},
    };
    for (const auto &alias : aliases) {
        if (folded == QLatin1String(alias.first)) {
            *field = alias.second;
            return true;
        }
    }
    return false;
}

bool isDateField(TicketField field)
{
    switch (field) {
    case TicketField::Opened:
    case TicketField::Responded:
    case TicketField::Onsite:
    case TicketField::Resolved:
    case TicketField::EventTime:
        return true;
    default:
        return false;
    }
}

QString normalizedHeader(const QString &header)
{
    QString folded;
    folded.reserve(header.size());
    for (QChar c : header) {
        if (c.isSpace() || c == QLatin1Char('_') || c == QLatin1Char('-') || c == QLatin1Char('.') ||
            c == QLatin1Char('/') || c == QLatin1Char('(') || c == QLatin1Char(')') || c == QChar(0xFF08) ||
            c == QChar(0xFF09) || c == QChar(0xFEFF) || c == QLatin1Char('"') || c == QLatin1Char(':') ||
            c == QChar(0xFF1A))
            continue;
        folded += c.toLower();
    }
    return folded;
}

ColumnMapping ColumnMapping::detect(const QStringList &header)
{
    struct Candidate
    {
        int score;
        int field;
        int column;
    };
    std::vector<Candidate> candidates;
    for (int column = 0; column < header.size(); ++column) {
        const QString folded = normalizedHeader(header.at(column));
        if (folded.isEmpty())
            continue;
        for (const FieldNames &names : kFields) {
            const int score = matchScore(folded, names, isDateField(names.field));
            if (score > 0)
                candidates.push_back({score, int(names.field), column});
        }
    }
    // Best matches first; ties go to the earlier column.
    std::stable_sort(candidates.begin(), candidates.end(),
                     [](const Candidate &a, const Candidate &b) { return a.score > b.score; });
    ColumnMapping mapping;
    std::vector<bool> used(size_t(header.size()), false);
    for (const Candidate &candidate : candidates) {
        if (mapping.m_columns[size_t(candidate.field)] >= 0 || used[size_t(candidate.column)])
            continue;
        mapping.m_columns[size_t(candidate.field)] = candidate.column;
        used[size_t(candidate.column)] = true;
    }
    return mapping;
}

void ColumnMapping::set(TicketField field, int column)
{
    for (int &mapped : m_columns) {
        if (mapped == column && column >= 0)
            mapped = -1;
    }
    m_columns[size_t(field)] = column;
}

bool ColumnMapping::applyOverride(const QString &rule, const QStringList &header)
{
    const qsizetype equals = rule.lastIndexOf(QLatin1Char('='));
    if (equals <= 0) {
        m_errorString = tr("mapping \"%1\" is not COLUMN=FIELD").arg(rule);
        return false;
    }
    const QString columnText = rule.left(equals).trimmed();
    const QString fieldText = rule.mid(equals + 1).trimmed();
    int column = int(header.indexOf(columnText));
    if (column < 0) {
        for (int i = 0; i < header.size() && column < 0; ++i) {
            if (header.at(i).trimmed().compare(columnText, Qt::CaseInsensitive) == 0)
                column = i;
        }
    }
    bool isNumber = false;
    const int number = columnText.toInt(&isNumber);
    if (column < 0 && isNumber && number >= 1 && number <= header.size())
        column = number - 1;
    if (column < 0) {
        m_errorString = tr("mapping \"%1\": the file has no column \"%2\" (columns: %3)")
                            .arg(rule, columnText, header.join(QStringLiteral(", ")));
        return false;
    }
    if (fieldText.compare(QLatin1String("ignore"), Qt::CaseInsensitive) == 0 ||
        fieldText.compare(QLatin1String("none"), Qt::CaseInsensitive) == 0) {
        for (int &mapped : m_columns) {
            if (mapped == column)
                mapped = -1;
        }
        return true;
    }
    TicketField field;
    if (!ticketFieldFromName(fieldText, &field)) {
        QStringList known;
        for (const FieldNames &names : kFields)
            known << QString::fromLatin1(names.name);
        m_errorString = tr("mapping \"%1\": unknown field \"%2\" (known: %3, ignore)")
                            .arg(rule, fieldText, known.join(QStringLiteral(", ")));
        return false;
    }
    set(field, column);
    return true;
}

int ColumnMapping::lastColumn() const { return *std::max_element(m_columns.begin(), m_columns.end()); }

} // namespace tw::history
