#include "CsvReader.h"

#include "CsvDialect.h"
#include "CsvParser.h"
#include "io/text/TextDecoding.h"

#include <QFile>
#include <QFileInfo>
#include <QThread>

#include <cstring>
#include <memory>
#include <thread>
#include <vector>

namespace tw::io {

namespace {

// Below this a second thread costs more than it saves.
constexpr qsizetype kMinBytesPerThread = 4 * 1024 * 1024;
constexpr qint64 kMaxFileBytes = qint64(4) * 1024 * 1024 * 1024;

class HeaderSink : public history::TableChunkSink
{
public:
    void addRow(qint64, const history::FieldRef *fields, int count, const QString *rowProblem) override
    {
        for (int i = 0; i < count; ++i)
            header.append(QString::fromUtf8(fields[i].data, fields[i].size).trimmed());
        if (rowProblem)
            problem = *rowProblem;
    }
    QStringList header;
    QString problem;
};

// The first record start at or after `from`, given whether `from` lies inside quotes.
const char *nextRecordStart(const char *from, const char *end, bool inQuotes)
{
    for (const char *p = from; p < end; ++p) {
        if (*p == '"')
            inQuotes = !inQuotes;
        else if (*p == '\n' && !inQuotes)
            return p + 1;
    }
    return end;
}

bool oddQuotes(const char *begin, const char *end)
{
    // A plain counting loop: the compiler vectorises it, memchr per quote would not keep up with
    // files where every field is quoted.
    qsizetype count = 0;
    for (const char *p = begin; p < end; ++p)
        count += *p == '"';
    return count % 2 == 1;
}

} // namespace

bool CsvReader::fail(const QString &message)
{
    m_errorString = message;
    return false;
}

bool CsvReader::read(const QString &path, history::TableConsumer &consumer)
{
    const QString name = QFileInfo(path).fileName();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("%1: cannot open the file (%2)").arg(name, file.errorString()));
    const qint64 size = file.size();
    if (size > kMaxFileBytes)
        return fail(tr("%1: the file is %2 MB, more than the 4096 MB a table may have").arg(name).arg(size >> 20));
    if (size == 0)
        return fail(tr("%1: the file is empty").arg(name));
    // Parsed straight from the mapping: the parser never writes to its input, and the pages
    // come from the page cache instead of a second copy of the file.
    uchar *mapped = file.map(0, size);
    if (!mapped) {
        QByteArray bytes = file.readAll();
        if (bytes.size() != size)
            return fail(tr("%1: cannot read the file (%2)").arg(name, file.errorString()));
        return readBytes(std::move(bytes), name, consumer);
    }
    const char *data = reinterpret_cast<const char *>(mapped);
    const QByteArrayView head(data, qMin<qint64>(size, 4096));
    bool utf8 = !head.startsWith("\xFF\xFE") && !head.startsWith("\xFE\xFF") && !head.contains('\0');
    const bool bom = head.startsWith("\xEF\xBB\xBF");
    if (utf8 && !bom)
        utf8 = isValidUtf8Parallel(data, size, m_threads > 0 ? m_threads : qBound(1, QThread::idealThreadCount(), 4));
    bool ok = false;
    if (utf8) {
        m_encoding = QStringLiteral("UTF-8");
        bool unmapped = false;
        ok = parseUtf8(data + (bom ? 3 : 0), data + size, name, consumer, [&] { unmapped = file.unmap(mapped); });
        if (!unmapped)
            file.unmap(mapped);
    } else {
        QByteArray bytes(data, size);
        file.unmap(mapped);
        ok = readBytes(std::move(bytes), name, consumer);
    }
    return ok;
}

bool CsvReader::readBytes(QByteArray bytes, const QString &name, history::TableConsumer &consumer)
{
    if (bytes.isEmpty())
        return fail(tr("%1: the file is empty").arg(name));
    const bool bom = bytes.startsWith("\xEF\xBB\xBF");
    const QByteArrayView head(bytes.constData(), qMin<qsizetype>(bytes.size(), 4096));
    if (!head.startsWith("\xFF\xFE") && !head.startsWith("\xFE\xFF") && !head.contains('\0') &&
        isValidUtf8(bytes.constData(), bytes.size())) {
        m_encoding = QStringLiteral("UTF-8");
        const char *data = bytes.constData();
        return parseUtf8(data + (bom ? 3 : 0), data + bytes.size(), name, consumer, [&] { bytes = QByteArray(); });
    }
    auto decoded = decodeText(bytes);
    if (!decoded)
        return fail(tr("%1: the text is in none of the supported encodings (UTF-8, UTF-16, GB18030)").arg(name));
    m_encoding = decoded->encoding;
    bytes.clear();
    QByteArray utf8 = decoded->text.toUtf8();
    decoded->text.clear();
    return parseUtf8(utf8.constData(), utf8.constData() + utf8.size(), name, consumer, [&] { utf8 = QByteArray(); });
}

bool CsvReader::parseUtf8(const char *begin, const char *end, const QString &name, history::TableConsumer &consumer,
                          const std::function<void()> &releaseInput)
{
    m_rows = 0;
    m_chunks = 0;
    m_splitRetried = false;
    m_delimiter = m_forcedDelimiter ? m_forcedDelimiter
                                    : detectCsvDelimiter(QByteArrayView(begin, qMin<qsizetype>(end - begin, 65536)));
    HeaderSink headerSink;
    // Leading blank lines before the header are skipped.
    CsvParseResult headerRead;
    const char *bodyStart = begin;
    qint64 headerRecords = 0;
    while (headerSink.header.isEmpty() && bodyStart < end) {
        headerRead = parseCsvRange(bodyStart, end, m_delimiter, headerSink, 1);
        headerRecords += headerRead.records;
        bodyStart = headerRead.stop;
    }
    if (headerSink.header.isEmpty())
        return fail(tr("%1: the file has no header row").arg(name));
    if (!headerSink.problem.isEmpty())
        return fail(tr("%1: the header row is malformed: %2").arg(name, headerSink.problem));
    if (!consumer.setHeader(headerSink.header))
        return fail(QString()); // the consumer has its own error

    int threads = m_threads > 0 ? m_threads : qBound(1, QThread::idealThreadCount(), 4);
    threads = int(qBound<qsizetype>(1, qsizetype(end - bodyStart) / kMinBytesPerThread, qsizetype(threads)));

    // Split points at record starts: quote parity up to a point tells whether it is inside a field.
    std::vector<const char *> bounds{bodyStart};
    for (int i = 1; i < threads; ++i) {
        const char *target = bodyStart + (end - bodyStart) * i / threads;
        if (target <= bounds.back())
            continue;
        const char *start = nextRecordStart(target, end, oddQuotes(bodyStart, target));
        if (start > bounds.back() && start < end)
            bounds.push_back(start);
    }
    bounds.push_back(end);

    const size_t parts = bounds.size() - 1;
    std::vector<std::unique_ptr<history::TableChunkSink>> sinks;
    std::vector<CsvParseResult> results(parts);
    // Rows per part estimated from the average record length of the first 64 KB (plus a little),
    // so the consumer can size its storage once.
    const qsizetype sampleBytes = qMin<qsizetype>(end - bodyStart, 65536);
    const qsizetype sampleLines = qMax<qsizetype>(1, QByteArrayView(bodyStart, sampleBytes).count('\n'));
    const double bytesPerRow = double(sampleBytes) / double(sampleLines);
    for (size_t i = 0; i < parts; ++i) {
        sinks.push_back(consumer.createChunkSink());
        sinks.back()->reserve(qint64(double(bounds[i + 1] - bounds[i]) / bytesPerRow * 1.02) + 16);
    }
    const auto work = [&](size_t i) { results[i] = parseCsvRange(bounds[i], bounds[i + 1], m_delimiter, *sinks[i]); };
    std::vector<std::thread> workers;
    for (size_t i = 1; i < parts; ++i)
        workers.emplace_back(work, i);
    work(0);
    for (std::thread &worker : workers)
        worker.join();

    // A split is right when every part but the last ended exactly at a record boundary; stray
    // quotes in unquoted fields can fool the parity count, and then one thread reads it all again
    // (the parser leaves its input untouched, so a second read sees the same bytes).
    bool splitOk = true;
    for (size_t i = 0; i + 1 < parts; ++i)
        splitOk =
            splitOk && !results[i].endedInQuotes && results[i].stop == bounds[i + 1] && (bounds[i + 1][-1] == '\n');
    if (!splitOk) {
        m_splitRetried = true;
        sinks.clear();
        sinks.push_back(consumer.createChunkSink());
        results.assign(1, parseCsvRange(bodyStart, end, m_delimiter, *sinks[0]));
    }
    m_chunks = int(sinks.size());
    releaseInput();
    qint64 firstRow = headerRecords + 1;
    for (size_t i = 0; i < sinks.size(); ++i) {
        consumer.finishChunk(std::move(sinks[i]), firstRow);
        firstRow += results[i].records;
        m_rows += results[i].records;
    }
    return true;
}

} // namespace tw::io
