#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <cstdint>
#include <vector>

namespace tw::analysis {

/**
 * What a rule pattern needs in a text to match: for at least one of its branches, one literal of each
 * of that branch's sets (case-folded). No branches: unknown, the pattern may match any text.
 */
struct RequiredLiterals
{
    QList<QList<QStringList>> branches;
    bool isEmpty() const { return branches.isEmpty(); }
    /** "a|b & c || d": literals joined by "|", sets by " & ", branches by " || " (tests, debugging). */
    QString toString() const;
};

/**
 * Required literals of rule patterns: lets the matcher skip whole-document passes that cannot hit.
 */
class LiteralPrefilter
{
public:
    /**
     * The literals every match of pattern (PCRE, case-insensitive, no other options) contains: per
     * top-level branch, its runs of literal text and its groups of literal alternatives "(?:a|b)"
     * that are not optional. Syntax the small reader does not fully follow (inline options, \Q..\E,
     * odd braces, backreferences...) or a branch with nothing required gives an empty result.
     */
    static RequiredLiterals requiredLiterals(const QString &pattern);
    /**
     * The top-level branches of pattern, or false for syntax this small reader does not follow (inline
     * options, comments, \Q...\E, POSIX classes, backtracking verbs, unbalanced groups).
     */
    static bool topLevelBranches(QStringView pattern, QList<QStringView> *branches);
    /** End of the group opening at open: the index of its ')' (escapes and classes skipped), or -1. */
    static int groupEnd(QStringView pattern, int open);
    /** The case folding used for literals and the indexed text (simple Unicode folding per character). */
    static char16_t fold(char16_t c);
};

/**
 * Which characters, pairs and triples of characters a text contains, case-folded, in a bit set
 * built in one pass. It never misses: mayContain() is false only when the text certainly has no
 * case-insensitive occurrence of the literal.
 */
class LiteralIndex
{
public:
    explicit LiteralIndex(QStringView text);
    /** False only when the text certainly does not contain foldedLiteral. */
    bool mayContain(QStringView foldedLiteral) const;
    /** False only when the text certainly contains none of foldedLiterals (an empty list: true). */
    bool mayContainAny(const QStringList &foldedLiterals) const;
    /** False only when a pattern needing required cannot match the text (unknown needs: true). */
    bool mayMatch(const RequiredLiterals &required) const;

private:
    void set(std::uint64_t key)
    {
        const std::uint32_t h = hash(key);
        m_bits[h >> 6] |= std::uint64_t(1) << (h & 63);
    }
    bool test(std::uint64_t key) const
    {
        const std::uint32_t h = hash(key);
        return (m_bits[h >> 6] >> (h & 63)) & 1;
    }
    static std::uint32_t hash(std::uint64_t key)
    {
        return std::uint32_t((key * 0x9E3779B97F4A7C15ull) >> (64 - kBits));
    }

    static constexpr int kBits = 21;
    std::vector<std::uint64_t> m_bits;
};

} // namespace tw::analysis
