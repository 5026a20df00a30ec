#include "TermDeduplication.h"

#include "ParallelTasks.h"

#include <QHash>

#include <cmath>
#include <vector>

namespace tw::analysis {

namespace {

bool isNumber(const QVariant &value)
{
    switch (value.typeId()) {
    case QMetaType::Double:
    case QMetaType::Float:
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
        return true;
    default:
        return false;
    }
}

// Two values are the same when they read the same: 240 and 240.0 are, "-0" and "0" are not.
bool sameValue(const QVariant &a, const QVariant &b)
{
    if (a.typeId() == QMetaType::Double && b.typeId() == QMetaType::Double) {
        const double x = a.toDouble();
        const double y = b.toDouble();
        return x == y && std::signbit(x) == std::signbit(y);
    }
    return a.toString() == b.toString();
}

// Equal for terms that are the same: numbers hash by their value, anything else by its text.
size_t valueHash(const QVariant &value)
{
    if (isNumber(value)) {
        const double number = value.toDouble();
        return qHash(number == 0 ? 0.0 : number);
    }
    return qHash(value.toString());
}

size_t signatureHash(const SlaTerm &term)
{
    size_t hash = qHash(term.key);
    auto mix = [&hash](size_t part) { hash ^= part + 0x9e3779b97f4a7c15ull + (hash << 6) + (hash >> 2); };
    mix(qHash(term.tier));
    mix(qHash(term.priority));
    for (auto it = term.values.cbegin(); it != term.values.cend(); ++it) {
        mix(qHash(it.key()));
        mix(valueHash(it.value()));
    }
    return hash;
}

bool sameSignature(const SlaTerm &a, const SlaTerm &b)
{
    if (a.key != b.key || a.tier != b.tier || a.priority != b.priority || a.values.size() != b.values.size())
        return false;
    for (auto x = a.values.cbegin(), y = b.values.cbegin(); x != a.values.cend(); ++x, ++y) {
        if (x.key() != y.key() || !sameValue(x.value(), y.value()))
            return false;
    }
    return true;
}

} // namespace

QList<SlaTerm> firstOfEachSignature(const QList<SlaTerm> &terms)
{
    std::vector<size_t> hashes(size_t(terms.size()));
    const int chunks = int(qMin<qsizetype>(terms.size(), 16));
    ParallelTasks::run(chunks, [&](int chunk) {
        for (int i = ParallelTasks::chunkBound(int(terms.size()), chunks, chunk);
             i < ParallelTasks::chunkBound(int(terms.size()), chunks, chunk + 1); ++i)
            hashes[size_t(i)] = signatureHash(terms.at(i));
    });
    QList<SlaTerm> kept;
    QHash<size_t, QList<int>> keptByHash; // indexes into kept
    for (int i = 0; i < terms.size(); ++i) {
        QList<int> &bucket = keptByHash[hashes[size_t(i)]];
        bool seen = false;
        for (int k : std::as_const(bucket))
            seen = seen || sameSignature(kept.at(k), terms.at(i));
        if (seen)
            continue;
        bucket << int(kept.size());
        kept << terms.at(i);
    }
    return kept;
}

} // namespace tw::analysis
