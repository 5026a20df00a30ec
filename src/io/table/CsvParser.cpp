#include "CsvParser.h"

#include <QCoreApplication>
#include <QString>

#include <array>
#include <cstring>
#include <string>
#include <vector>

namespace tw::io {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(tw::io::CsvParser)
};

// Bytes that end an unquoted field: the delimiter and line breaks.
std::array<bool, 256> stopTable(char delimiter)
{
    std::array<bool, 256> table{};
    table[uchar(delimiter)] = true;
    table[uchar('\n')] = true;
    table[uchar('\r')] = true;
    return table;
}

} // namespace

CsvParseResult parseCsvRange(const char *begin, const char *end, char delimiter, history::TableChunkSink &sink,
                             qint64 maxRecords)
{
    const std::array<bool, 256> stops = stopTable(delimiter);
    // A field is either a view into the buffer or, once unescaped, a span of `scratch`; scratch
    // spans are turned into pointers only when the record is complete, as scratch may grow.
    struct Pending
    {
        const char *data;
        qsizetype size;
        qsizetype scratchOffset; // -1: points into the buffer
    };
    std::vector<Pending> pending;
    std::vector<history::FieldRef> fields;
    std::string scratch;
    pending.reserve(64);
    fields.reserve(64);
    CsvParseResult result;
    const char *p = begin;
    QString problem;
    while (p < end && (maxRecords < 0 || result.records < maxRecords)) {
        // A blank line is not a record with one empty field: spreadsheets and pandas skip it.
        if (*p == '\n' || *p == '\r') {
            p += (*p == '\r' && p + 1 < end && p[1] == '\n') ? 2 : 1;
            ++result.records;
            continue;
        }
        pending.clear();
        scratch.clear();
        problem.clear();
        int count = 0;
        bool endOfRecord = false;
        while (!endOfRecord) {
            Pending field{p, 0, -1};
            if (p < end && *p == '"') {
                const char *read = p + 1;
                field.data = read;
                bool closed = false;
                bool escaped = false;
                qsizetype offset = 0;
                while (read < end) {
                    const char *quote = static_cast<const char *>(std::memchr(read, '"', size_t(end - read)));
                    const char *segmentEnd = quote ? quote : end;
                    if (escaped)
                        scratch.append(read, size_t(segmentEnd - read));
                    read = segmentEnd;
                    if (!quote)
                        break;
                    if (quote + 1 < end && quote[1] == '"') {
                        // First escape: the text so far moves to scratch, the rest follows it there.
                        if (!escaped) {
                            escaped = true;
                            offset = qsizetype(scratch.size());
                            scratch.append(field.data, size_t(quote - field.data));
                        }
                        scratch.push_back('"');
                        read = quote + 2;
                        continue;
                    }
                    if (!escaped)
                        field.size = quote - field.data;
                    read = quote + 1;
                    closed = true;
                    break;
                }
                if (!closed) {
                    problem = Tr::tr("a quoted field is never closed (the rest of the file was read into it)");
                    result.endedInQuotes = true;
                    if (!escaped)
                        field.size = end - field.data;
                }
                // RFC 4180 allows only a delimiter or line break after the closing quote; other
                // text is kept, as spreadsheets do, but the row is reported.
                if (closed && read < end && !stops[uchar(*read)]) {
                    if (problem.isEmpty())
                        problem = Tr::tr("text after the closing quote of field %1").arg(count + 1);
                    if (!escaped) {
                        escaped = true;
                        offset = qsizetype(scratch.size());
                        scratch.append(field.data, size_t(field.size));
                    }
                    while (read < end && !stops[uchar(*read)])
                        scratch.push_back(*read++);
                }
                if (escaped) {
                    field.scratchOffset = offset;
                    field.size = qsizetype(scratch.size()) - offset;
                }
                p = read;
            } else {
                while (p < end && !stops[uchar(*p)])
                    ++p;
                field.size = p - field.data;
            }
            if (count < kMaxCsvFields)
                pending.push_back(field);
            else if (count == kMaxCsvFields)
                problem = Tr::tr("row has more than %1 fields").arg(kMaxCsvFields);
            ++count;
            if (p >= end) {
                endOfRecord = true;
            } else if (*p == delimiter) {
                ++p;
                // A delimiter right before the end still opens one more (empty) field.
                if (p >= end) {
                    if (count < kMaxCsvFields)
                        pending.push_back({p, 0, -1});
                    ++count;
                    endOfRecord = true;
                }
            } else {
                p += (*p == '\r' && p + 1 < end && p[1] == '\n') ? 2 : 1;
                endOfRecord = true;
            }
        }
        fields.clear();
        for (const Pending &field : pending)
            fields.push_back({field.scratchOffset < 0 ? field.data : scratch.data() + field.scratchOffset, field.size});
        sink.addRow(result.records, fields.data(), int(fields.size()), problem.isEmpty() ? nullptr : &problem);
        ++result.records;
    }
    result.stop = p;
    return result;
}

} // namespace tw::io
