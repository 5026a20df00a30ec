#include "LiteralScan.h"

#include "LiteralPrefilter.h"

#include <QMutex>

#include <memory>
#include <string>

namespace tw::analysis {

namespace {

// A character with no other case: it matches only itself, with or without case-insensitivity.
bool isUncased(char16_t u)
{
    if (QChar::isSurrogate(u))
        return false;
    const char32_t c = u;
    return QChar::toLower(c) == c && QChar::toUpper(c) == c && QChar::toTitleCase(c) == c &&
           QChar::toCaseFolded(c) == c;
}

// The text a branch matches when it is nothing but literal characters (escaped ASCII punctuation
// included), case-folded; an empty string otherwise.
QString literalBranch(QStringView branch)
{
    QString literal;
    for (int i = 0; i < branch.size(); ++i) {
        const char16_t u = branch.at(i).unicode();
        if (u == u'\\') {
            if (i + 1 >= branch.size())
                return {};
            const char16_t next = branch.at(++i).unicode();
            if (next >= 0x7F || next <= 0x20 || QChar::isLetterOrNumber(char32_t(next)) || next == u'_')
                return {}; // \d, \b, \1, \x..., \p{...}: not a literal character
            literal += QChar(next);
        } else if (u >= 0x20 && u < 0x7F) {
            if (QStringView(u"^$.[]|(){}?*+#").contains(QChar(u)))
                return {};
            literal += QChar(LiteralPrefilter::fold(u));
        } else if (isUncased(u)) {
            literal += QChar(u);
        } else {
            return {};
        }
    }
    return literal;
}

bool isQuantifier(QStringView pattern, int at)
{
    return at < pattern.size() && QStringView(u"?*+{").contains(pattern.at(at));
}

// The literal texts, case-folded, one of which every match of a branch starts with once its
// zero-width assertions are passed: "\bterm\b" gives "term", "(?<![a-z])rp\.?\s?\d" gives "rp",
// "(?:合计|共计)\s*\d" gives both words, "(?:as per|(?:is|are) set)" gives "as per", "is" and
// "are". Empty when the branch starts otherwise or a prefix would be a
// single ASCII character (too common to be worth a search).
QStringList literalPrefixes(QStringView branch)
{
    int at = 0;
    while (at < branch.size()) {
        const QStringView rest = branch.mid(at);
        if (rest.startsWith(u"\\b")) {
            at += 2;
        } else if (rest.startsWith(u"(?<!") || rest.startsWith(u"(?<=") || rest.startsWith(u"(?=") ||
                   rest.startsWith(u"(?!")) {
            const int end = LiteralPrefilter::groupEnd(branch, at);
            if (end < 0 || isQuantifier(branch, end + 1))
                return {};
            at = end + 1;
        } else {
            break;
        }
    }
    QStringList prefixes;
    if (branch.mid(at).startsWith(u"(?:")) {
        // A group: the branch starts with what one of its alternatives starts with.
        const int end = LiteralPrefilter::groupEnd(branch, at);
        QList<QStringView> alternatives;
        if (end < 0 || (isQuantifier(branch, end + 1) && branch.at(end + 1) != QLatin1Char('+')) ||
            !LiteralPrefilter::topLevelBranches(branch.mid(at + 3, end - at - 3), &alternatives))
            return {};
        for (QStringView alternative : std::as_const(alternatives)) {
            const QStringList starts = literalPrefixes(alternative);
            if (starts.isEmpty())
                return {};
            prefixes << starts;
        }
    } else {
        // A run of literal characters; one made optional or repeatable by a quantifier is not part of it.
        int end = at;
        int lastStart = at;
        while (end < branch.size()) {
            const int step = branch.at(end) == QLatin1Char('\\') ? 2 : 1;
            if (end + step > branch.size() || literalBranch(branch.mid(end, step)).isEmpty())
                break;
            lastStart = end;
            end += step;
        }
        if (isQuantifier(branch, end) && branch.at(end) != QLatin1Char('+'))
            end = lastStart;
        prefixes << literalBranch(branch.mid(at, end - at));
    }
    for (const QString &prefix : std::as_const(prefixes)) {
        if (prefix.isEmpty() || (prefix.size() < 2 && prefix.at(0).unicode() < 0x80))
            return {};
    }
    return prefixes;
}

// Syntax whose meaning depends on the whole pattern (group numbers, names): such a pattern is kept
// whole.
bool refersToGroups(const QString &pattern)
{
    for (int i = 0; i + 1 < pattern.size(); ++i) {
        if (pattern.at(i) != QLatin1Char('\\'))
            continue;
        const QChar next = pattern.at(i + 1);
        if ((next >= QLatin1Char('1') && next <= QLatin1Char('9')) || next == QLatin1Char('g') ||
            next == QLatin1Char('k'))
            return true;
        ++i;
    }
    return pattern.contains(QLatin1String("(?P=")) || pattern.contains(QLatin1String("(?R")) ||
           pattern.contains(QLatin1String("(?&"));
}

} // namespace

LiteralScan LiteralScan::split(const QRegularExpression &pattern)
{
    LiteralScan scan;
    const QString source = pattern.pattern();
    QList<QStringView> branches;
    if (pattern.patternOptions() != QRegularExpression::CaseInsensitiveOption || refersToGroups(source) ||
        !LiteralPrefilter::topLevelBranches(source, &branches))
        return scan;
    QStringList rest;
    QStringList prefixed;
    QStringList prefixes;
    for (QStringView branch : std::as_const(branches)) {
        const QString literal = literalBranch(branch);
        if (!literal.isEmpty()) {
            if (!scan.m_literals.contains(literal))
                scan.m_literals << literal;
            continue;
        }
        const QStringList starts = literalPrefixes(branch);
        if (starts.isEmpty()) {
            rest << branch.toString();
        } else {
            prefixed << branch.toString();
            prefixes << starts;
        }
    }
    if (!prefixed.isEmpty()) {
        scan.m_prefixed = QRegularExpression(prefixed.join(QLatin1Char('|')), pattern.patternOptions());
        if (scan.m_prefixed.isValid()) {
            scan.m_prefixed.optimize();
            scan.m_prefixScan = std::make_shared<const LiteralScan>(ofLiterals(prefixes));
        } else { // cannot happen for a valid whole; leave those branches to the rest
            rest << prefixed;
        }
    }
    if (!scan.isSplit())
        return scan;
    if (!rest.isEmpty()) {
        scan.m_rest = QRegularExpression(rest.join(QLatin1Char('|')), pattern.patternOptions());
        if (!scan.m_rest.isValid()) { // cannot happen for a valid whole; keep it whole to be safe
            scan.m_literals.clear();
            scan.m_prefixScan.reset();
            return scan;
        }
        scan.m_rest.optimize();
        scan.m_hasRest = true;
    }
    scan.index();
    return scan;
}

LiteralScan LiteralScan::ofLiterals(const QStringList &foldedLiterals)
{
    LiteralScan scan;
    for (const QString &literal : foldedLiterals) {
        if (!literal.isEmpty() && !scan.m_literals.contains(literal))
            scan.m_literals << literal;
    }
    scan.index();
    return scan;
}

void LiteralScan::index()
{
    m_first.assign(size_t(1) << (16 - 6), 0);
    m_single.assign(size_t(1) << (16 - 6), 0);
    m_pairs.assign(size_t(1) << (kPairBits - 6), 0);
    m_byAsciiFirst.assign(128, QStringList());
    for (const QString &literal : std::as_const(m_literals)) {
        const char16_t first = literal.at(0).unicode();
        set(m_first, first);
        if (literal.size() == 1) {
            set(m_single, first);
        } else {
            set(m_pairs, pairSlot(first, literal.at(1).unicode()));
            if (first < 128)
                m_byAsciiFirst[first] << literal;
            else
                m_byFirst[first] << literal;
        }
    }
}

const LiteralScan &LiteralScan::of(const QRegularExpression &pattern)
{
    static QMutex mutex;
    static QHash<QString, std::shared_ptr<const LiteralScan>> cache;
    const QString key = QString::number(int(pattern.patternOptions())) + QLatin1Char('/') + pattern.pattern();
    {
        QMutexLocker lock(&mutex);
        const auto it = cache.constFind(key);
        if (it != cache.cend())
            return **it;
    }
    auto made = std::make_shared<const LiteralScan>(split(pattern));
    QMutexLocker lock(&mutex);
    // Another thread may have made it meanwhile; the first one stays (references to it are out).
    return **cache.insert(key, cache.value(key, made));
}

qsizetype LiteralScan::nextLiteral(QStringView foldedText, qsizetype from) const
{
    if (m_literals.isEmpty())
        return -1;
    const char16_t *text = reinterpret_cast<const char16_t *>(foldedText.data());
    const qsizetype size = foldedText.size();
    for (qsizetype i = from; i < size; ++i) {
        const char16_t c = text[i];
        if (!test(m_first, c)) // most characters start no literal: one bit decides
            continue;
        if (test(m_single, c))
            return i;
        if (i + 1 >= size || !test(m_pairs, pairSlot(c, text[i + 1])))
            continue;
        const QStringList *candidates = nullptr;
        if (c < 128) {
            candidates = &m_byAsciiFirst[c];
        } else {
            const auto found = m_byFirst.constFind(c);
            if (found != m_byFirst.cend())
                candidates = &*found;
        }
        if (!candidates)
            continue;
        for (const QString &literal : *candidates) {
            const qsizetype length = literal.size();
            if (length <= size - i &&
                std::char_traits<char16_t>::compare(text + i, reinterpret_cast<const char16_t *>(literal.constData()),
                                                    size_t(length)) == 0)
                return i;
        }
    }
    return -1;
}

} // namespace tw::analysis
