#include "SpecLoader.h"

#include "core/analysis/ContractAnalyzer.h"
#include "core/history/ColumnMapping.h"
#include "core/history/TicketImporter.h"
#include "io/document/DocumentImporter.h"
#include "io/table/TableFileReader.h"

#include <QFileInfo>
#include <QSet>
#include <QTimeZone>

#include <memory>

namespace tw::io {

namespace {

/** Passes on only the rows whose segment column holds one of the values. */
class SegmentSink : public history::TableChunkSink
{
public:
    SegmentSink(std::unique_ptr<history::TableChunkSink> inner, int column, const QSet<QByteArray> &values)
        : m_inner(std::move(inner)), m_column(column), m_values(values)
    {}
    void addRow(qint64 index, const history::FieldRef *fields, int count, const QString *problem) override
    {
        // A malformed row goes on so the importer reports it; other rows only when in the segment.
        if (problem ||
            (m_column < count && m_values.contains(history::trimmedView(fields[m_column].view()).toByteArray())))
            m_inner->addRow(index, fields, count, problem);
    }
    void reserve(qint64 rows) override { m_inner->reserve(rows); }
    std::unique_ptr<history::TableChunkSink> takeInner() { return std::move(m_inner); }

private:
    std::unique_ptr<history::TableChunkSink> m_inner;
    int m_column;
    const QSet<QByteArray> &m_values;
};

/**
 * An adapter in front of the ticket importer that keeps one segment of an export (e.g. the rows
 * of one SLA plan), using only the importer's public TableConsumer interface.
 */
class SegmentFilter : public history::TableConsumer
{
public:
    SegmentFilter(history::TableConsumer &inner, const QString &column, const QStringList &values)
        : m_inner(inner), m_columnName(column)
    {
        for (const QString &value : values)
            m_values.insert(value.trimmed().toUtf8());
    }
    bool setHeader(const QStringList &header) override
    {
        for (int i = 0; i < header.size() && m_column < 0; ++i) {
            if (header.at(i).trimmed() == m_columnName)
                m_column = i;
        }
        for (int i = 0; i < header.size() && m_column < 0; ++i) {
            if (history::normalizedHeader(header.at(i)) == history::normalizedHeader(m_columnName))
                m_column = i;
        }
        if (m_column < 0) {
            m_error = SpecLoader::tr("no column \"%1\" in the header (%2)")
                          .arg(m_columnName, header.join(QStringLiteral(", ")));
            return false;
        }
        return m_inner.setHeader(header);
    }
    void setDate1904(bool date1904) override { m_inner.setDate1904(date1904); }
    std::unique_ptr<history::TableChunkSink> createChunkSink() override
    {
        return std::make_unique<SegmentSink>(m_inner.createChunkSink(), m_column, m_values);
    }
    void finishChunk(std::unique_ptr<history::TableChunkSink> sink, qint64 firstRow) override
    {
        m_inner.finishChunk(static_cast<SegmentSink *>(sink.get())->takeInner(), firstRow);
    }
    QString errorString() const { return m_error; }

private:
    history::TableConsumer &m_inner;
    QString m_columnName;
    QSet<QByteArray> m_values;
    int m_column = -1;
    QString m_error;
};

std::optional<history::ImportedTickets> importTickets(const HistoryFileSpec &spec, const HistorySegmentSpec *segment,
                                                      QString *error)
{
    history::ImportOptions options;
    options.mapRules = spec.mapRules;
    if (!spec.timeZone.isEmpty())
        options.zone = history::TimeZoneConverter(QTimeZone(spec.timeZone.toUtf8()));
    options.ambiguousOrder =
        spec.dateOrder == QLatin1String("mdy") ? history::DayOrder::MonthFirst : history::DayOrder::DayFirst;
    history::TicketImporter importer(options);
    std::unique_ptr<SegmentFilter> filter;
    history::TableConsumer *consumer = &importer;
    if (segment) {
        filter = std::make_unique<SegmentFilter>(importer, spec.segmentColumn, segment->values);
        consumer = filter.get();
    }
    TableFileReader reader;
    TableReadOptions readOptions;
    readOptions.sheet = spec.sheet;
    // One reader thread: the demo files are small and the evaluation's Monte Carlo wants the cores.
    readOptions.threads = 1;
    if (!reader.read(spec.file, *consumer, readOptions)) {
        QString reason = reader.errorString();
        if (reason.isEmpty())
            reason = filter && !filter->errorString().isEmpty() ? filter->errorString() : importer.errorString();
        *error = QStringLiteral("%1: %2").arg(QFileInfo(spec.file).fileName(), reason);
        return std::nullopt;
    }
    history::ImportedTickets tickets = importer.finish();
    tickets.source = reader.info().describe(QFileInfo(spec.file).fileName());
    return tickets;
}

} // namespace

std::optional<evaluation::EvaluationInput> SpecLoader::load(const EvaluationSpec &spec, QString *error)
{
    const QString specName = QFileInfo(spec.file).fileName();
    const auto fail = [&](const QString &path, const QString &message) {
        if (error)
            *error = QStringLiteral("%1: %2: %3").arg(specName, path, message);
        return std::nullopt;
    };
    evaluation::EvaluationInput input = spec.input;
    analysis::ContractAnalyzer analyzer;
    const DocumentImporter importer;
    for (qsizetype v = 0; v < input.vendors.size() && v < spec.vendorFiles.size(); ++v) {
        evaluation::VendorInput &vendor = input.vendors[v];
        const VendorFiles &files = spec.vendorFiles.at(v);
        for (qsizetype d = 0; d < files.documents.size(); ++d) {
            const ExtractResult extracted = importer.read(files.documents.at(d), ExtractOptions{});
            if (!extracted.ok())
                return fail(QStringLiteral("vendors[%1].documents[%2]").arg(v).arg(d), extracted.errorString);
            const analysis::AnalysisResult analysed = analyzer.analyze(*extracted.document);
            vendor.terms += analysed.terms;
            vendor.findings += analysed.findings;
            for (const QString &warning : analysed.warnings)
                vendor.analysisWarnings << QFileInfo(files.documents.at(d)).fileName() + QStringLiteral(": ") + warning;
        }
        for (const HistoryFileSpec &history : files.histories) {
            QList<const HistorySegmentSpec *> segments;
            for (const HistorySegmentSpec &segment : history.segments)
                segments << &segment;
            if (segments.isEmpty())
                segments << nullptr;
            for (qsizetype s = 0; s < segments.size(); ++s) {
                const HistorySegmentSpec *segment = segments.at(s);
                QString problem;
                auto tickets = importTickets(history, segment, &problem);
                const QString path =
                    segment ? QStringLiteral("%1.segments[%2]").arg(history.path).arg(s) : history.path;
                if (!tickets)
                    return fail(path, problem);
                evaluation::HistorySet set;
                set.source = QFileInfo(history.file).fileName();
                if (segment)
                    set.source += QStringLiteral(" [%1]").arg(segment->values.join(QStringLiteral(", ")));
                set.tiers = segment ? segment->tiers : QStringList();
                set.calendar = segment && !segment->calendar.isEmpty() ? segment->calendar : history.calendar;
                set.priorities = history.priorities;
                set.tickets = std::move(*tickets);
                if (!set.tickets.badRows.empty()) {
                    input.warnings << tr("%1, %2: %n row(s) not used (see tierwise-cli history)", nullptr,
                                         int(set.tickets.badRows.size()))
                                          .arg(vendor.vendor.name, set.source);
                }
                vendor.histories << set;
            }
        }
    }
    return input;
}

} // namespace tw::io
