#pragma once

#include "LiteralPrefilter.h"

#include "core/model/Finding.h"

#include <QCoreApplication>
#include <QList>
#include <QRegularExpression>
#include <QString>
#include <QStringList>

namespace tw::analysis {

/** A text in the two languages every rule must carry. */
struct LocalizedText
{
    QString en;
    QString zh;
    /** The text in language "zh" or "en" (falls back to the other). */
    QString in(const QString &language) const;
};

/** "Suppress when pattern matches within N characters of the hit." */
struct NearbyCondition
{
    QRegularExpression pattern;
    int within = 0;
};

/** One finding rule read from a rule pack (see resources/rules/README.md for the format). */
struct Rule
{
    QString id;
    QString category;
    Severity severity = Severity::Medium;
    QStringList languages;
    QList<QRegularExpression> patterns;
    /// Per pattern, the literals its matches need (see LiteralPrefilter), derived when the pack is read.
    QList<RequiredLiterals> patternLiterals;
    QList<QRegularExpression> exceptions; ///< suppress when the clause (or sentence) matches
    QString exceptionScope = QStringLiteral("clause");
    QList<QRegularExpression> requirements;   ///< the sentence, row label or column header must match one
    QList<QRegularExpression> unlessDocument; ///< suppress everywhere when the document matches
    /// Per unlessDocument pattern, the literals its matches need: most documents lack them, and the
    /// whole-document scan is then skipped.
    QList<RequiredLiterals> unlessDocumentLiterals;
    /// Undo unlessDocument when the document also matches one of these: "Business Hours means 08:00 to
    /// 17:00, Monday to Friday." leaves the holidays open, whatever another plan's window says about them.
    QList<QRegularExpression> despiteDocument;
    QList<RequiredLiterals> despiteDocumentLiterals;
    QList<NearbyCondition> absentNearby;
    bool notNegated = false;
    int criticalTier = -1; ///< -1 any tier, 1 only in a critical tier, 0 only outside critical tiers
    QRegularExpression sectionRequires;
    QRegularExpression sectionExcludes;
    bool referenceNotAttached = false;        ///< the named group "ref" must not be a heading of the document
    QString quote = QStringLiteral("phrase"); ///< "phrase" (default), "match", "clause" or "sentence"
    bool oncePerSentence = false;             ///< report one finding per sentence for this rule
    // Document-level rules (no pattern): fire once when the terms say so.
    bool documentLevel = false;
    QStringList requiresAnyTerm;
    QStringList absentTerms;
    QList<QRegularExpression> requiresText;
    QList<QRegularExpression> requiresAnyText; ///< alternatives to requiresAnyTerm
    QList<QRegularExpression> absentText;
    LocalizedText explanation;
    LocalizedText suggestion;
    QString pack;
};

/** A rule pack: an id, the languages it covers, its rules and the rule ids it disables. */
struct RulePack
{
    QString id;
    QString source; ///< file it was read from
    QStringList languages;
    QStringList disabled;
    QList<Rule> rules;
};

/** Reads and validates rule pack files (JSON). */
class RulePackLoader
{
    Q_DECLARE_TR_FUNCTIONS(tw::analysis::RulePackLoader)

public:
    /** The finding categories of DOMAIN.md section 3 that rules may use. */
    static const QStringList &categories();
    /** The term keys document-level conditions may name. */
    static const QStringList &termKeys();
    /**
     * Reads one pack. On failure returns false and sets error to a message naming the file and,
     * when one rule is at fault, the rule id ("my.json: rule \"x.vague\": pattern 2 is not a valid
     * regular expression: ...").
     */
    /** Compile (and so check) every pattern while reading, or leave that to its first match. */
    enum class Patterns { Compile, CompileOnFirstMatch };
    static bool load(const QString &path, RulePack *pack, QString *error, Patterns patterns = Patterns::Compile);
    static bool parse(const QByteArray &json, const QString &sourceName, RulePack *pack, QString *error);
    static bool parse(const QByteArray &json, const QString &sourceName, RulePack *pack, QString *error,
                      Patterns patterns);
    /**
     * The packs built into the program (core-zh, core-en), embedded as Qt resources. Their patterns
     * are compiled when first matched, not here: most never are in a given document, and compiling
     * all of them was most of the fixed cost of an analysis. TestRulePack compiles every one.
     */
    static QList<RulePack> defaultPacks();
    /** The resource paths of the built-in packs. */
    static QStringList defaultPackFiles();
};

/** Packs in the order they were added: later packs replace rules with the same id and disable rules by id. */
class RuleSet
{
public:
    void addPack(const RulePack &pack);
    const QList<RulePack> &packs() const { return m_packs; }
    /** The rules in force after replacements and disables, in pack order. */
    QList<Rule> rules() const;
    /** Languages covered by at least one rule in force. */
    QStringList languages() const;

private:
    QList<RulePack> m_packs;
};

} // namespace tw::analysis
