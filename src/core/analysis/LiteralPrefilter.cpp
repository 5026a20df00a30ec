#include "LiteralPrefilter.h"

#include <QChar>

#include <cctype>

namespace tw::analysis {

namespace {

// Characters a literal may hold: printable ASCII other than regex syntax, and caseless CJK
// ideographs and punctuation. Anything else (cased non-ASCII letters, whose case-insensitive matches
// depend on PCRE's Unicode tables) leaves the pattern without a prefilter.
bool isLiteralChar(QChar c)
{
    const char16_t u = c.unicode();
    if (u >= 0x20 && u < 0x7F)
        return !QStringView(u"\\^$.[]|(){}?*+#").contains(c);
    return (u >= 0x2010 && u <= 0x2027) || (u >= 0x3000 && u <= 0x303F) || (u >= 0x3400 && u <= 0x4DBF) ||
           (u >= 0x4E00 && u <= 0x9FFF) || (u >= 0xFF01 && u <= 0xFF20) || (u >= 0xFF3B && u <= 0xFF40) ||
           (u >= 0xFF5B && u <= 0xFF65);
}

} // namespace

bool LiteralPrefilter::topLevelBranches(QStringView pattern, QList<QStringView> *branches)
{
    int depth = 0;
    int classStart = -1; // inside a character class: where its '[' is
    int branchStart = 0;
    for (int i = 0; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == QLatin1Char('\\')) {
            if (i + 1 >= pattern.size())
                return false;
            const QChar next = pattern.at(i + 1);
            if (next == QLatin1Char('Q') || next == QLatin1Char('E') || next == QLatin1Char('c'))
                return false;
            ++i;
            continue;
        }
        if (classStart >= 0) {
            // A ']' right after "[" or "[^" is a literal member.
            const bool first =
                i == classStart + 1 || (i == classStart + 2 && pattern.at(classStart + 1) == QLatin1Char('^'));
            if (c == QLatin1Char('[') && i + 1 < pattern.size() && pattern.at(i + 1) == QLatin1Char(':'))
                return false;
            if (c == QLatin1Char(']') && !first)
                classStart = -1;
            continue;
        }
        if (c == QLatin1Char('[')) {
            classStart = i;
        } else if (c == QLatin1Char('(')) {
            const QStringView rest = pattern.mid(i);
            if (rest.startsWith(u"(*"))
                return false;
            if (rest.startsWith(u"(?") && !rest.startsWith(u"(?:") && !rest.startsWith(u"(?=") &&
                !rest.startsWith(u"(?!") && !rest.startsWith(u"(?<"))
                return false;
            ++depth;
        } else if (c == QLatin1Char(')')) {
            if (--depth < 0)
                return false;
        } else if (c == QLatin1Char('|') && depth == 0) {
            branches->append(pattern.mid(branchStart, i - branchStart));
            branchStart = i + 1;
        }
    }
    if (depth != 0 || classStart >= 0)
        return false;
    branches->append(pattern.mid(branchStart));
    return true;
}

namespace {

QString folded(QStringView text)
{
    QString out(text.size(), Qt::Uninitialized);
    for (int i = 0; i < text.size(); ++i)
        out[i] = QChar(LiteralPrefilter::fold(text.at(i).unicode()));
    return out;
}

int closingParenthesis(QStringView pattern, int open)
{
    int depth = 0;
    int classStart = -1;
    for (int i = open; i < pattern.size(); ++i) {
        const QChar c = pattern.at(i);
        if (c == QLatin1Char('\\')) {
            ++i;
        } else if (classStart >= 0) {
            const bool first =
                i == classStart + 1 || (i == classStart + 2 && pattern.at(classStart + 1) == QLatin1Char('^'));
            if (c == QLatin1Char(']') && !first)
                classStart = -1;
        } else if (c == QLatin1Char('[')) {
            classStart = i;
        } else if (c == QLatin1Char('(')) {
            ++depth;
        } else if (c == QLatin1Char(')') && --depth == 0) {
            return i;
        }
    }
    return -1;
}

// End of the character class opening at open: the index of its ']', or -1.
int classEnd(QStringView pattern, int open)
{
    for (int i = open + 1; i < pattern.size(); ++i) {
        const bool first = i == open + 1 || (i == open + 2 && pattern.at(open + 1) == QLatin1Char('^'));
        if (pattern.at(i) == QLatin1Char('\\'))
            ++i;
        else if (pattern.at(i) == QLatin1Char(']') && !first)
            return i;
    }
    return -1;
}

// The alternatives of a group body that is nothing but literal text ("a|b|c"), or none.
QStringList plainAlternatives(QStringView body)
{
    QStringList literals;
    for (QStringView alternative : body.split(QLatin1Char('|'))) {
        if (alternative.isEmpty())
            return {};
        for (QChar c : alternative) {
            if (!isLiteralChar(c))
                return {};
        }
        literals << folded(alternative);
    }
    return literals;
}

// Reads the quantifier at i, if any: sets its minimum count and moves i past it. False for a '{'
// that is not a plain "{n}", "{n,}" or "{n,m}" (PCRE versions differ on what else it means).
bool quantifier(QStringView branch, int *i, int *min)
{
    *min = 1;
    if (*i >= branch.size())
        return true;
    const QChar c = branch.at(*i);
    if (c == QLatin1Char('?') || c == QLatin1Char('*')) {
        *min = 0;
        ++*i;
    } else if (c == QLatin1Char('+')) {
        ++*i;
    } else if (c == QLatin1Char('{')) {
        int j = *i + 1;
        int digits = 0;
        int count = 0;
        while (j < branch.size() && branch.at(j).isDigit() && branch.at(j).unicode() < 0x80) {
            count = qMin(count * 10 + (branch.at(j).unicode() - '0'), 100000);
            ++j;
            ++digits;
        }
        if (digits == 0)
            return false;
        if (j < branch.size() && branch.at(j) == QLatin1Char(',')) {
            ++j;
            while (j < branch.size() && branch.at(j).isDigit() && branch.at(j).unicode() < 0x80)
                ++j;
        }
        if (j >= branch.size() || branch.at(j) != QLatin1Char('}'))
            return false;
        *min = count;
        *i = j + 1;
    } else {
        return true;
    }
    // Lazy and possessive forms do not change the minimum.
    if (*i < branch.size() && (branch.at(*i) == QLatin1Char('?') || branch.at(*i) == QLatin1Char('+')))
        ++*i;
    return true;
}

// Sets of literals of which every match of the branch contains at least one each: its runs of
// literal text and its groups of literal alternatives that are not optional. False for syntax the
// reader does not follow.
bool requiredSets(QStringView branch, QList<QStringList> *sets)
{
    QString run;
    const auto endRun = [&run, sets] {
        if (!run.isEmpty())
            sets->append(QStringList{run});
        run.clear();
    };
    int i = 0;
    while (i < branch.size()) {
        const QChar c = branch.at(i);
        QString literal;   // a single literal character
        QStringList group; // a group of literal alternatives; anything else is opaque
        if (c == QLatin1Char('\\')) {
            if (i + 1 >= branch.size())
                return false;
            const QChar x = branch.at(i + 1);
            const char16_t u = x.unicode();
            i += 2;
            if (QStringView(u"bBAzZGdDsSwWhHvVRNX").contains(x)) {
                // An assertion or a class of characters: opaque.
            } else if (u == u'p' || u == u'P' || u == u'x' || u == u'o') {
                // \p{..} / \x{..} / \o{..}, \pL, \xhh
                if (i < branch.size() && branch.at(i) == QLatin1Char('{')) {
                    const int close = int(branch.indexOf(QLatin1Char('}'), i));
                    if (close < 0)
                        return false;
                    i = close + 1;
                } else if (u == u'p' || u == u'P') {
                    ++i;
                } else if (u == u'x') {
                    for (int n = 0; n < 2 && i < branch.size() && isxdigit(branch.at(i).toLatin1()); ++n)
                        ++i;
                } else {
                    return false;
                }
            } else if (u > 0x20 && u < 0x7F && !x.isLetterOrNumber()) {
                literal = QString(x); // an escaped punctuation character is itself
            } else {
                return false;
            }
        } else if (c == QLatin1Char('[')) {
            const int close = classEnd(branch, i);
            if (close < 0)
                return false;
            i = close + 1;
        } else if (c == QLatin1Char('(')) {
            const int close = closingParenthesis(branch, i);
            if (close < 0)
                return false;
            const QStringView inner = branch.mid(i + 1, close - i - 1);
            i = close + 1;
            if (inner.startsWith(u"?:"))
                group = plainAlternatives(inner.mid(2));
            else if (!inner.startsWith(u"?"))
                group = plainAlternatives(inner); // a capturing group
            // Lookarounds, named groups and the rest are opaque.
        } else if (c == QLatin1Char('?') || c == QLatin1Char('*') || c == QLatin1Char('+') || c == QLatin1Char('{') ||
                   c == QLatin1Char(')') || c == QLatin1Char('|')) {
            return false;
        } else {
            ++i;
            // '.', '^', '$' and characters whose case folding is not known here stay opaque.
            if (isLiteralChar(c))
                literal = QString(c);
        }
        int min = 1;
        const int before = i;
        if (!quantifier(branch, &i, &min))
            return false;
        const bool quantified = i != before;
        if (!literal.isEmpty() && min > 0) {
            run += folded(literal);
            // "ab+c" does not contain "abc": a repeated character ends the run.
            if (quantified)
                endRun();
        } else {
            endRun();
            if (!group.isEmpty() && min > 0)
                sets->append(group);
        }
    }
    endRun();
    return true;
}

} // namespace

int LiteralPrefilter::groupEnd(QStringView pattern, int open) { return closingParenthesis(pattern, open); }

char16_t LiteralPrefilter::fold(char16_t c)
{
    if (c < 0x80)
        return c >= u'A' && c <= u'Z' ? char16_t(c + 0x20) : c;
    // Surrogates fold to themselves; every BMP folding stays in the BMP.
    return char16_t(QChar::toCaseFolded(char32_t(c)));
}

QString RequiredLiterals::toString() const
{
    QStringList out;
    for (const QList<QStringList> &branch : branches) {
        QStringList sets;
        for (const QStringList &set : branch)
            sets << set.join(QLatin1Char('|'));
        out << sets.join(QStringLiteral(" & "));
    }
    return out.join(QStringLiteral(" || "));
}

RequiredLiterals LiteralPrefilter::requiredLiterals(const QString &pattern)
{
    QList<QStringView> branches;
    if (!topLevelBranches(pattern, &branches))
        return {};
    RequiredLiterals required;
    for (QStringView branch : branches) {
        QList<QStringList> sets;
        if (!requiredSets(branch, &sets) || sets.isEmpty())
            return {};
        required.branches << sets;
    }
    return required;
}

LiteralIndex::LiteralIndex(QStringView text) : m_bits(size_t(1) << (kBits - 6), 0)
{
    // Keys: the character, the pair ending at it and the triple ending at it, tagged by length.
    std::uint64_t a = 0;
    std::uint64_t b = 0;
    for (int i = 0; i < text.size(); ++i) {
        const std::uint64_t c = LiteralPrefilter::fold(text.at(i).unicode());
        set(c | (std::uint64_t(1) << 48));
        if (i >= 1)
            set(b | (c << 16) | (std::uint64_t(2) << 48));
        if (i >= 2)
            set(a | (b << 16) | (c << 32) | (std::uint64_t(3) << 48));
        a = b;
        b = c;
    }
}

bool LiteralIndex::mayContain(QStringView literal) const
{
    const auto at = [&literal](int i) { return std::uint64_t(literal.at(i).unicode()); };
    switch (literal.size()) {
    case 0:
        return true;
    case 1:
        return test(at(0) | (std::uint64_t(1) << 48));
    case 2:
        return test(at(0) | (at(1) << 16) | (std::uint64_t(2) << 48));
    default:
        for (int i = 2; i < literal.size(); ++i) {
            if (!test(at(i - 2) | (at(i - 1) << 16) | (at(i) << 32) | (std::uint64_t(3) << 48)))
                return false;
        }
        return true;
    }
}

bool LiteralIndex::mayMatch(const RequiredLiterals &required) const
{
    if (required.isEmpty())
        return true;
    for (const QList<QStringList> &branch : required.branches) {
        bool all = true;
        for (const QStringList &set : branch)
            all = all && mayContainAny(set);
        if (all)
            return true;
    }
    return false;
}

bool LiteralIndex::mayContainAny(const QStringList &foldedLiterals) const
{
    if (foldedLiterals.isEmpty())
        return true;
    for (const QString &literal : foldedLiterals) {
        if (mayContain(literal))
            return true;
    }
    return false;
}

} // namespace tw::analysis
