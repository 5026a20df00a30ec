#pragma once

#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace tw::analysis {

/**
 * The service tiers a proposal names ("关键业务数据库", "Mission-critical database tier"), learnt
 * from tier columns of its tables and from tier headings, and recognised again in any text.
 */
class TierContext
{
public:
    /** How a candidate was found, which decides what may name a tier. */
    enum class NameKind {
        /// Anywhere: models, counts and the business clock's terms are no tiers.
        Plain,
        /// In a column of service-level codes ("服务级别代码 | P724-4H"): a model-like code names the level.
        Code,
        /// In a column headed as the tiers ("Service tier | 24x7"): service windows are plans' names.
        Declared,
    };
    /**
     * Adds a candidate tier name (normalised text); numbering, counts and product suffixes are cut.
     * The name reported is cut from original, the text as the document writes it ("一级保障", not
     * the normalised "1级保障"), when given.
     */
    void addCandidate(const QString &text, const QString &original = QString(), NameKind kind = NameKind::Plain);
    /** Acronyms the text gives in brackets after a tier's name ("Comprehensive AMC (CAMC)") name it too. */
    void addAcronyms(const QString &text);
    /** The cleaned tier name of text, or empty when it does not look like a tier name. */
    static QString cleanName(const QString &text, NameKind kind = NameKind::Plain);
    /** The distinct tiers that text mentions, by display name. */
    QStringList tiersIn(const QString &text) const;
    /** The single tier text mentions, or empty when it names none or several. */
    QString tierIn(const QString &text) const;
    /** True when a tier name reads as a critical one (关键, mission-critical, premier, ...). */
    static bool isCriticalTier(const QString &tier);
    QStringList names() const;
    /**
     * The text with mentions of tiers named like priorities ("Category 1 Systems" in "For Category 1
     * Incidents") blanked out, same length, so a priority parser does not read them as priorities.
     */
    QString maskPriorityLikeNames(const QString &text) const;
    /**
     * Whether the tier @p name is mentioned (by its name or an alias) starting within the first
     * @p slack characters of @p text: "Gold: 24x7x365 ...", "2.1 Premier Support", "Premium 尊尚".
     */
    bool mentionedWithin(const QString &text, const QString &name, int slack) const;
    /** The matching key of a tier name: letters and digits in lower case, without "tier", "层", "plan"... */
    static QString keyOf(const QString &text);

    /** True for a table header cell that introduces a column of tier names ("Tier", "设备层级"). */
    static bool isTierHeader(const QString &text);
    /**
     * True for a header naming the cover the servers have now, beside an upgrade offered ("标准保修（现有）" beside
     * "金牌服务（本次报价）"): neither a plan nor a promise.
     */
    static bool namesCurrentCover(const QString &text);
    /** True for the first header cell of a features-by-tier matrix ("Feature", "服务项目", empty). */
    static bool isGenericColumnLabel(const QString &text);
    /** Splits a bilingual label ("服務級別 Service Level", "Group 系統類別", "Service Element / Élément de service")
     * into its two languages. */
    static bool bilingualHalves(const QString &text, QString *first, QString *second);
    /** True for a heading that names a tier ("5.1 Production tier (120 servers)", "3.4 生产应用层"). */
    static bool isTierHeading(const QString &text);
    /**
     * The level a section line labels ("Service Level: Critical — production systems, 28 servers",
     * "服务级别：金牌（核心系统）"), or an empty string.
     */
    static QString labelledLevel(const QString &text);

private:
    struct Entry
    {
        QString name;
        QString key;
        /// "一类设备" is "一类" + "设备": named in "一类、二类设备" by its prefix before a coordinator.
        QString classPrefix;
        QString classSuffix;
        /// "Class A" is "Class" + "A": named in "Classes A and B".
        QString classWord;
        QString classLetter;
        /// Other keys naming the same tier: each half of a bilingual name ("Mission Critical 关键业务").
        QStringList aliases;
    };
    /** Rebuilds m_keys from the entries. */
    void indexKeys();
    /** Whether text names entry in a coordination ("一类、二类设备", "核心和一般系统") or with a measure
     * ("A类修复时间"). */
    static bool coordinated(const QString &text, const Entry &entry);
    QList<Entry> m_entries;
    QList<int> m_longestFirst;                     ///< indexes of m_entries, longest key first (a longer name wins)
    QList<QPair<QString, int>> m_keys;             ///< every key and alias with its entry, longest first
    QList<QRegularExpression> m_priorityLikeNames; ///< "Category 1", "Tier 2": tiers named like priorities
};

} // namespace tw::analysis
