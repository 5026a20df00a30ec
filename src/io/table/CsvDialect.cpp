#include "CsvDialect.h"

#include <QList>

#include <cstring>
#include <thread>
#include <vector>

namespace tw::io {

char detectCsvDelimiter(QByteArrayView sample)
{
    const char candidates[] = {',', ';', '\t'};
    char best = ',';
    double bestScore = 0;
    for (char candidate : candidates) {
        // Fields per line for up to 20 lines, quotes respected.
        QList<int> counts;
        int count = 0;
        bool inQuotes = false;
        for (qsizetype i = 0; i < sample.size() && counts.size() < 20; ++i) {
            const char c = sample[i];
            if (c == '"')
                inQuotes = !inQuotes;
            else if (!inQuotes && c == candidate)
                ++count;
            else if (!inQuotes && c == '\n') {
                counts.append(count);
                count = 0;
            }
        }
        if (count > 0 || counts.isEmpty())
            counts.append(count);
        if (counts.first() == 0)
            continue;
        int agreeing = 0;
        for (int value : counts)
            agreeing += value == counts.first();
        // Consistency first, then more fields: a header "a;b,c" splits best on what the rows agree with.
        const double score = double(agreeing) / double(counts.size()) * 1000.0 + counts.first();
        if (score > bestScore) {
            bestScore = score;
            best = candidate;
        }
    }
    return best;
}

QString delimiterName(char delimiter)
{
    switch (delimiter) {
    case ',':
        return QStringLiteral("comma");
    case ';':
        return QStringLiteral("semicolon");
    case '\t':
        return QStringLiteral("tab");
    default:
        return QString::fromLatin1(&delimiter, 1);
    }
}

bool isValidUtf8(const char *data, qsizetype size)
{
    const auto *p = reinterpret_cast<const unsigned char *>(data);
    const unsigned char *end = p + size;
    while (p < end) {
        if (end - p >= 8) {
            quint64 word;
            std::memcpy(&word, p, 8);
            if ((word & 0x8080808080808080ULL) == 0) {
                p += 8;
                continue;
            }
        }
        const unsigned char c = *p;
        if (c < 0x80) {
            ++p;
            continue;
        }
        int length = 0;
        unsigned minimum = 0;
        unsigned code = 0;
        if ((c & 0xE0) == 0xC0) {
            length = 2;
            minimum = 0x80;
            code = c & 0x1F;
        } else if ((c & 0xF0) == 0xE0) {
            length = 3;
            minimum = 0x800;
            code = c & 0x0F;
        } else if ((c & 0xF8) == 0xF0) {
            length = 4;
            minimum = 0x10000;
            code = c & 0x07;
        } else {
            return false;
        }
        if (end - p < length)
            return false;
        for (int i = 1; i < length; ++i) {
            if ((p[i] & 0xC0) != 0x80)
                return false;
            code = (code << 6) | (p[i] & 0x3F);
        }
        if (code < minimum || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF))
            return false;
        p += length;
    }
    return true;
}

bool isValidUtf8Parallel(const char *data, qsizetype size, int threads)
{
    constexpr qsizetype kMinBytesPerThread = 8 * 1024 * 1024;
    threads = int(qBound<qsizetype>(1, size / kMinBytesPerThread, qsizetype(threads)));
    if (threads == 1)
        return isValidUtf8(data, size);
    std::vector<qsizetype> bounds{0};
    for (int i = 1; i < threads; ++i) {
        qsizetype cut = size * i / threads;
        // Continuation bytes (10xxxxxx) belong to the sequence before them.
        while (cut < size && (uchar(data[cut]) & 0xC0) == 0x80)
            ++cut;
        bounds.push_back(qMax(cut, bounds.back()));
    }
    bounds.push_back(size);
    std::vector<char> valid(size_t(threads), 0);
    std::vector<std::thread> workers;
    for (int i = 1; i < threads; ++i)
        workers.emplace_back([&, i] {
            valid[size_t(i)] = isValidUtf8(data + bounds[size_t(i)], bounds[size_t(i) + 1] - bounds[size_t(i)]);
        });
    valid[0] = isValidUtf8(data, bounds[1]);
    for (std::thread &worker : workers)
        worker.join();
    for (char ok : valid) {
        if (!ok)
            return false;
    }
    return true;
}

} // namespace tw::io
