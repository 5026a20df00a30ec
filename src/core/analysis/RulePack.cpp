#include "RulePack.h"

#include "LiteralPrefilter.h"
#include "ParallelTasks.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

#include <vector>

namespace tw::analysis {

QString LocalizedText::in(const QString &language) const
{
    if (language == QLatin1String("zh"))
        return zh.isEmpty() ? en : zh;
    return en.isEmpty() ? zh : en;
}

const QStringList &RulePackLoader::categories()
{
    static const QStringList list = {
        QStringLiteral("vague_wording"),   QStringLiteral("clock_start"),       QStringLiteral("day_basis"),
        QStringLiteral("parts_quality"),   QStringLiteral("no_penalty"),        QStringLiteral("scope_exclusion"),
        QStringLiteral("subcontracting"),  QStringLiteral("unilateral_change"), QStringLiteral("price_adjustment"),
        QStringLiteral("marketing_claim"), QStringLiteral("missing_sla")};
    return list;
}

const QStringList &RulePackLoader::termKeys()
{
    static const QStringList list = {
        QStringLiteral("coverage"),        QStringLiteral("response_time"),    QStringLiteral("onsite_time"),
        QStringLiteral("resolution_time"), QStringLiteral("uptime_guarantee"), QStringLiteral("penalty"),
        QStringLiteral("parts_quality"),   QStringLiteral("parts_stock"),      QStringLiteral("parts_dispatch_first"),
        QStringLiteral("eol_parts_years"), QStringLiteral("certification"),    QStringLiteral("price"),
        QStringLiteral("term_months"),     QStringLiteral("price_adjustment"), QStringLiteral("value_added")};
    return list;
}

namespace {

const QStringList kLanguages = {QStringLiteral("zh"), QStringLiteral("en")};

class Reader
{
    Q_DECLARE_TR_FUNCTIONS(tw::analysis::RulePackLoader)

public:
    Reader(QString source, QString *error, bool compile = true)
        : m_source(std::move(source)), m_error(error), m_compile(compile)
    {}

    bool fail(const QString &message)
    {
        if (m_error)
            *m_error = m_rule.isEmpty() ? tr("%1: %2").arg(m_source, message)
                                        : tr("%1: rule \"%2\": %3").arg(m_source, m_rule, message);
        return false;
    }
    void setRule(const QString &id) { m_rule = id; }

    bool regex(const QJsonValue &value, const QString &what, QRegularExpression *out)
    {
        if (!value.isString() || value.toString().isEmpty())
            return fail(tr("%1 must be a non-empty string").arg(what));
        // Multi-line: a pattern is searched for in the document's units joined by line breaks, where "^" and
        // "$" must hold at each unit's start and end, not only at the document's.
        QRegularExpression re(value.toString(),
                              QRegularExpression::CaseInsensitiveOption | QRegularExpression::MultilineOption);
        // Compiling checks the pattern; without it, it compiles on its first match.
        if (m_compile && !re.isValid())
            return fail(tr("%1 is not a valid regular expression: %2 at offset %3")
                            .arg(what, re.errorString())
                            .arg(re.patternErrorOffset()));
        *out = re;
        return true;
    }

    bool regexList(const QJsonObject &object, const QString &key, QList<QRegularExpression> *out, bool required)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined()) {
            if (required)
                return fail(tr("\"%1\" is missing").arg(key));
            return true;
        }
        if (!value.isArray())
            return fail(tr("\"%1\" must be an array of regular expressions").arg(key));
        const QJsonArray array = value.toArray();
        if (required && array.isEmpty())
            return fail(tr("\"%1\" is empty").arg(key));
        for (int i = 0; i < array.size(); ++i) {
            QRegularExpression re;
            if (!regex(array.at(i), tr("\"%1\" entry %2").arg(key).arg(i + 1), &re))
                return false;
            out->append(re);
        }
        return true;
    }

    bool stringList(const QJsonObject &object, const QString &key, QStringList *out, const QStringList &allowed)
    {
        const QJsonValue value = object.value(key);
        if (value.isUndefined())
            return true;
        if (!value.isArray())
            return fail(tr("\"%1\" must be an array of strings").arg(key));
        for (const QJsonValue &item : value.toArray()) {
            if (!item.isString() || item.toString().isEmpty())
                return fail(tr("\"%1\" must be an array of strings").arg(key));
            if (!allowed.isEmpty() && !allowed.contains(item.toString()))
                return fail(tr("\"%1\" has unknown value \"%2\" (allowed: %3)")
                                .arg(key, item.toString(), allowed.join(QStringLiteral(", "))));
            out->append(item.toString());
        }
        return true;
    }

    bool localized(const QJsonObject &object, const QString &key, LocalizedText *out)
    {
        const QJsonValue value = object.value(key);
        if (!value.isObject())
            return fail(tr("\"%1\" must be an object with \"en\" and \"zh\" texts").arg(key));
        const QJsonObject texts = value.toObject();
        out->en = texts.value(QStringLiteral("en")).toString().trimmed();
        out->zh = texts.value(QStringLiteral("zh")).toString().trimmed();
        if (out->en.isEmpty() || out->zh.isEmpty())
            return fail(tr("\"%1\" needs both an English (\"en\") and a Chinese (\"zh\") text").arg(key));
        return true;
    }

    bool rule(const QJsonObject &object, const QStringList &packLanguages, Rule *rule)
    {
        static const QSet<QString> known = {QStringLiteral("id"),
                                            QStringLiteral("category"),
                                            QStringLiteral("severity"),
                                            QStringLiteral("languages"),
                                            QStringLiteral("patterns"),
                                            QStringLiteral("exceptions"),
                                            QStringLiteral("exception_scope"),
                                            QStringLiteral("requires"),
                                            QStringLiteral("unless_document"),
                                            QStringLiteral("despite_document"),
                                            QStringLiteral("absent_nearby"),
                                            QStringLiteral("not_negated"),
                                            QStringLiteral("critical_tier"),
                                            QStringLiteral("section_requires"),
                                            QStringLiteral("section_excludes"),
                                            QStringLiteral("reference_not_attached"),
                                            QStringLiteral("once_per_sentence"),
                                            QStringLiteral("quote"),
                                            QStringLiteral("document"),
                                            QStringLiteral("explanation"),
                                            QStringLiteral("suggestion"),
                                            QStringLiteral("comment")};
        const QString id = object.value(QStringLiteral("id")).toString();
        if (id.isEmpty())
            return fail(tr("a rule has no \"id\""));
        setRule(id);
        rule->id = id;
        for (const QString &key : object.keys()) {
            if (!known.contains(key))
                return fail(tr("unknown field \"%1\"").arg(key));
        }
        rule->category = object.value(QStringLiteral("category")).toString();
        if (!RulePackLoader::categories().contains(rule->category))
            return fail(tr("category \"%1\" is not one of %2")
                            .arg(rule->category, RulePackLoader::categories().join(QStringLiteral(", "))));
        const QString severity = object.value(QStringLiteral("severity")).toString(QStringLiteral("medium"));
        if (!severityFromName(severity, &rule->severity))
            return fail(tr("severity \"%1\" must be low, medium or high").arg(severity));
        if (!stringList(object, QStringLiteral("languages"), &rule->languages, kLanguages))
            return false;
        if (rule->languages.isEmpty())
            rule->languages = packLanguages;
        if (!localized(object, QStringLiteral("explanation"), &rule->explanation) ||
            !localized(object, QStringLiteral("suggestion"), &rule->suggestion))
            return false;

        if (object.contains(QStringLiteral("document"))) {
            if (object.contains(QStringLiteral("patterns")))
                return fail(tr("a rule has either \"patterns\" or \"document\", not both"));
            const QJsonValue document = object.value(QStringLiteral("document"));
            if (!document.isObject())
                return fail(tr("\"document\" must be an object"));
            const QJsonObject d = document.toObject();
            for (const QString &key : d.keys()) {
                if (key != QLatin1String("requires_any_term") && key != QLatin1String("absent_terms") &&
                    key != QLatin1String("requires_any_text") && key != QLatin1String("requires_text") &&
                    key != QLatin1String("absent_text"))
                    return fail(tr("unknown field \"document.%1\"").arg(key));
            }
            rule->documentLevel = true;
            return stringList(d, QStringLiteral("requires_any_term"), &rule->requiresAnyTerm,
                              RulePackLoader::termKeys()) &&
                   stringList(d, QStringLiteral("absent_terms"), &rule->absentTerms, RulePackLoader::termKeys()) &&
                   regexList(d, QStringLiteral("requires_text"), &rule->requiresText, false) &&
                   regexList(d, QStringLiteral("requires_any_text"), &rule->requiresAnyText, false) &&
                   regexList(d, QStringLiteral("absent_text"), &rule->absentText, false);
        }

        if (!regexList(object, QStringLiteral("patterns"), &rule->patterns, true) ||
            !regexList(object, QStringLiteral("exceptions"), &rule->exceptions, false) ||
            !regexList(object, QStringLiteral("requires"), &rule->requirements, false) ||
            !regexList(object, QStringLiteral("unless_document"), &rule->unlessDocument, false) ||
            !regexList(object, QStringLiteral("despite_document"), &rule->despiteDocument, false))
            return false;
        for (const QRegularExpression &re : rule->patterns)
            rule->patternLiterals << LiteralPrefilter::requiredLiterals(re.pattern());
        for (const QRegularExpression &re : rule->unlessDocument)
            rule->unlessDocumentLiterals << LiteralPrefilter::requiredLiterals(re.pattern());
        for (const QRegularExpression &re : rule->despiteDocument)
            rule->despiteDocumentLiterals << LiteralPrefilter::requiredLiterals(re.pattern());
        rule->exceptionScope = object.value(QStringLiteral("exception_scope")).toString(QStringLiteral("clause"));
        if (rule->exceptionScope != QLatin1String("clause") && rule->exceptionScope != QLatin1String("sentence"))
            return fail(tr("\"exception_scope\" must be \"clause\" or \"sentence\""));
        rule->quote = object.value(QStringLiteral("quote")).toString(QStringLiteral("phrase"));
        const QJsonValue once = object.value(QStringLiteral("once_per_sentence"));
        if (!once.isUndefined() && !once.isBool())
            return fail(tr("\"once_per_sentence\" must be true or false"));
        rule->oncePerSentence = once.toBool(false);
        if (rule->quote != QLatin1String("match") && rule->quote != QLatin1String("phrase") &&
            rule->quote != QLatin1String("clause") && rule->quote != QLatin1String("sentence"))
            return fail(tr("\"quote\" must be \"match\", \"phrase\", \"clause\" or \"sentence\""));
        const QJsonValue nearby = object.value(QStringLiteral("absent_nearby"));
        if (!nearby.isUndefined()) {
            if (!nearby.isArray())
                return fail(tr("\"absent_nearby\" must be an array of {\"pattern\", \"within\"}"));
            for (const QJsonValue &item : nearby.toArray()) {
                const QJsonObject o = item.toObject();
                NearbyCondition condition;
                if (!regex(o.value(QStringLiteral("pattern")), QStringLiteral("\"absent_nearby.pattern\""),
                           &condition.pattern))
                    return false;
                condition.within = o.value(QStringLiteral("within")).toInt(-1);
                if (condition.within < 0)
                    return fail(tr("\"absent_nearby.within\" must be a number of characters"));
                rule->absentNearby << condition;
            }
        }
        const QJsonValue negated = object.value(QStringLiteral("not_negated"));
        if (!negated.isUndefined() && !negated.isBool())
            return fail(tr("\"not_negated\" must be true or false"));
        rule->notNegated = negated.toBool(false);
        const QJsonValue critical = object.value(QStringLiteral("critical_tier"));
        if (!critical.isUndefined() && !critical.isBool())
            return fail(tr("\"critical_tier\" must be true or false"));
        rule->criticalTier = critical.isUndefined() ? -1 : (critical.toBool() ? 1 : 0);
        for (const auto &[key, target] : {std::pair{QStringLiteral("section_requires"), &rule->sectionRequires},
                                          std::pair{QStringLiteral("section_excludes"), &rule->sectionExcludes}}) {
            if (object.contains(key) && !regex(object.value(key), QStringLiteral("\"%1\"").arg(key), target))
                return false;
        }
        rule->referenceNotAttached = object.value(QStringLiteral("reference_not_attached")).toBool(false);
        if (rule->referenceNotAttached) {
            bool named = false;
            for (const QRegularExpression &re : rule->patterns)
                named = named || re.namedCaptureGroups().contains(QStringLiteral("ref"));
            if (!named)
                return fail(tr("\"reference_not_attached\" needs a pattern with a named group (?<ref>...)"));
        }
        return true;
    }

private:
    QString m_source;
    QString m_rule;
    QString *m_error;
    bool m_compile = true;
};

} // namespace

bool RulePackLoader::parse(const QByteArray &json, const QString &sourceName, RulePack *pack, QString *error)
{
    return parse(json, sourceName, pack, error, Patterns::Compile);
}

bool RulePackLoader::parse(const QByteArray &json, const QString &sourceName, RulePack *pack, QString *error,
                           Patterns patterns)
{
    Reader reader(sourceName, error, patterns == Patterns::Compile);
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError)
        return reader.fail(tr("not valid JSON: %1 at offset %2").arg(parseError.errorString()).arg(parseError.offset));
    if (!document.isObject())
        return reader.fail(tr("a rule pack must be a JSON object"));
    const QJsonObject root = document.object();
    RulePack result;
    result.source = sourceName;
    result.id = root.value(QStringLiteral("id")).toString();
    if (result.id.isEmpty())
        return reader.fail(tr("the pack has no \"id\""));
    if (!reader.stringList(root, QStringLiteral("languages"), &result.languages, kLanguages) ||
        !reader.stringList(root, QStringLiteral("disable"), &result.disabled, {}))
        return false;
    const QJsonValue rules = root.value(QStringLiteral("rules"));
    if (!rules.isUndefined() && !rules.isArray())
        return reader.fail(tr("\"rules\" must be an array"));
    if (rules.toArray().isEmpty() && result.disabled.isEmpty())
        return reader.fail(tr("the pack has neither \"rules\" nor \"disable\""));
    QSet<QString> ids;
    for (const QJsonValue &value : rules.toArray()) {
        if (!value.isObject())
            return reader.fail(tr("every entry of \"rules\" must be an object"));
        Rule rule;
        if (!reader.rule(value.toObject(), result.languages, &rule))
            return false;
        if (ids.contains(rule.id))
            return reader.fail(tr("the id is used twice in this pack"));
        if (rule.languages.isEmpty())
            return reader.fail(tr("no \"languages\" for the rule or the pack"));
        ids.insert(rule.id);
        rule.pack = result.id;
        result.rules << rule;
        reader.setRule(QString());
    }
    if (result.languages.isEmpty()) {
        for (const Rule &rule : result.rules) {
            for (const QString &language : rule.languages) {
                if (!result.languages.contains(language))
                    result.languages << language;
            }
        }
    }
    *pack = result;
    return true;
}

bool RulePackLoader::load(const QString &path, RulePack *pack, QString *error, Patterns patterns)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("%1: cannot read the rule pack: %2").arg(path, file.errorString());
        return false;
    }
    return parse(file.readAll(), path, pack, error, patterns);
}

QStringList RulePackLoader::defaultPackFiles()
{
    const QDir dir(QStringLiteral(":/tierwise/rules"));
    QStringList files;
    for (const QString &name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
        files << dir.filePath(name);
    return files;
}

QList<RulePack> RulePackLoader::defaultPacks()
{
    QList<RulePack> packs;
    const QStringList files = defaultPackFiles();
    std::vector<RulePack> loaded(static_cast<size_t>(files.size()));
    std::vector<QString> errors(static_cast<size_t>(files.size()));
    std::vector<char> ok(static_cast<size_t>(files.size()), 0);
    ParallelTasks::run(int(files.size()), [&](int i) {
        ok[size_t(i)] =
            load(files.at(i), &loaded[size_t(i)], &errors[size_t(i)], Patterns::CompileOnFirstMatch) ? 1 : 0;
    });
    for (size_t i = 0; i < loaded.size(); ++i) {
        if (ok[i])
            packs << loaded[i];
        else
            qWarning("%s", qPrintable(errors[i]));
    }
    return packs;
}

void RuleSet::addPack(const RulePack &pack) { m_packs << pack; }

QList<Rule> RuleSet::rules() const
{
    QList<Rule> result;
    for (const RulePack &pack : m_packs) {
        for (const QString &id : pack.disabled)
            result.erase(std::remove_if(result.begin(), result.end(), [&id](const Rule &r) { return r.id == id; }),
                         result.end());
        for (const Rule &rule : pack.rules) {
            auto it = std::find_if(result.begin(), result.end(), [&rule](const Rule &r) { return r.id == rule.id; });
            if (it != result.end())
                *it = rule;
            else
                result << rule;
        }
    }
    return result;
}

QStringList RuleSet::languages() const
{
    QStringList languages;
    for (const Rule &rule : rules()) {
        if (rule.documentLevel)
            continue;
        for (const QString &language : rule.languages) {
            if (!languages.contains(language))
                languages << language;
        }
    }
    std::sort(languages.begin(), languages.end());
    return languages;
}

} // namespace tw::analysis
