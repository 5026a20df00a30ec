#pragma once

#include <QHash>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <cstdint>
#include <memory>
#include <vector>

namespace tw::analysis {

/**
 * A case-insensitive alternation split for whole-document scans: the branches that are plain literal
 * text ("分钟|minute|¥") are found by a direct search of the case-folded text, the others stay a
 * regex. PCRE cannot skip ahead over Chinese text for a pattern with Chinese alternatives (its
 * start-character map covers only the first 256 code points), so it tries every alternative at
 * every ideograph; the direct search looks at a character and a pair of characters instead.
 *
 * Matching the split pattern finds the same positions as matching the whole one: a match of an
 * alternation is a match of one of its branches.
 */
class LiteralScan
{
public:
    /**
     * The split of pattern, made once per pattern and options and shared (thread-safe). Patterns
     * that are not case-insensitive, use inline options or back-references, or have no literal
     * branch, get a split without literals.
     */
    static const LiteralScan &of(const QRegularExpression &pattern);

    bool hasLiterals() const { return !m_literals.isEmpty(); }
    /** The literal branches, case-folded. */
    const QStringList &literals() const { return m_literals; }
    /** The other branches as one pattern (same options); only valid when hasRest(). */
    const QRegularExpression &rest() const { return m_rest; }
    bool hasRest() const { return m_hasRest; }

    /**
     * Branches that start with literal text but go on as a regex ("\bterm\b", "(?<![a-z])rp\.?\s?\d",
     * "(?:合计|共计)\s*\d"): a match of one starts where one of their prefixes does (prefixScan), and
     * prefixed(), anchored there, decides. Only valid when hasPrefixed().
     */
    bool hasPrefixed() const { return m_prefixScan != nullptr; }
    const LiteralScan &prefixScan() const { return *m_prefixScan; }
    const QRegularExpression &prefixed() const { return m_prefixed; }
    /** Whether the pattern was split at all (otherwise it is matched whole). */
    bool isSplit() const { return hasLiterals() || hasPrefixed(); }

    /**
     * The first position at or after from where a literal branch starts in foldedText (a text folded
     * with LiteralPrefilter::fold), or -1.
     */
    qsizetype nextLiteral(QStringView foldedText, qsizetype from) const;

    /** Splits pattern (no cache); for tests. */
    static LiteralScan split(const QRegularExpression &pattern);
    /** A scan for any of some case-folded literals (no regex part). */
    static LiteralScan ofLiterals(const QStringList &foldedLiterals);

private:
    void index();
    static std::uint32_t pairSlot(char16_t first, char16_t second)
    {
        return (std::uint32_t(first) * 0x9E3779B1u ^ std::uint32_t(second) * 0x85EBCA77u) >> (32 - kPairBits);
    }
    static bool test(const std::vector<std::uint64_t> &bits, std::uint32_t slot)
    {
        return (bits[slot >> 6] >> (slot & 63)) & 1;
    }
    static void set(std::vector<std::uint64_t> &bits, std::uint32_t slot)
    {
        bits[slot >> 6] |= std::uint64_t(1) << (slot & 63);
    }

    static constexpr int kPairBits = 16;
    QStringList m_literals;
    QRegularExpression m_rest;
    bool m_hasRest = false;
    QRegularExpression m_prefixed;
    std::shared_ptr<const LiteralScan> m_prefixScan;
    std::vector<std::uint64_t> m_first;  ///< characters that start a literal
    std::vector<std::uint64_t> m_single; ///< characters that are a whole literal
    std::vector<std::uint64_t> m_pairs;  ///< hashed first two characters of the longer literals
    /// The longer literals by their first character: ASCII ones in a table, the rest in a hash.
    std::vector<QStringList> m_byAsciiFirst;
    QHash<char16_t, QStringList> m_byFirst;
};

} // namespace tw::analysis
