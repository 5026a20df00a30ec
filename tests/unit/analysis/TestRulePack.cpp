#include "AnalysisTestDocs.h"

#include "core/analysis/AnalysisText.h"
#include "core/analysis/LiteralPrefilter.h"
#include "core/analysis/RuleMatcher.h"
#include "core/analysis/RulePack.h"

#include <QTemporaryDir>
#include <QTest>

using namespace tw::analysis;

namespace {

QByteArray rule(const QByteArray &id, const QByteArray &extra = QByteArray(),
                const QByteArray &patterns = "\"soonish\"")
{
    return "{\"id\": \"" + id + "\", \"category\": \"vague_wording\", \"severity\": \"low\", \"patterns\": [" +
           patterns + "], " + extra +
           "\"explanation\": {\"en\": \"why\", \"zh\": \"原因\"}, \"suggestion\": {\"en\": \"fix\", \"zh\": \"改法\"}}";
}

QByteArray pack(const QByteArray &rules, const QByteArray &head = "\"id\": \"mine\", \"languages\": [\"en\"], ")
{
    return "{" + head + "\"rules\": [" + rules + "]}";
}

} // namespace

class TestRulePack : public QObject
{
    Q_OBJECT

private slots:
    void builtInPacksLoadAndCoverBothLanguages()
    {
        const QList<RulePack> packs = RulePackLoader::defaultPacks();
        QStringList ids;
        for (const RulePack &p : packs)
            ids << p.id;
        QCOMPARE(ids, (QStringList{QStringLiteral("core-en"), QStringLiteral("core-zh")}));
        QSet<QString> categories;
        for (const RulePack &p : packs) {
            QVERIFY(p.rules.size() >= 10);
            for (const Rule &r : p.rules) {
                QVERIFY2(!r.explanation.en.isEmpty() && !r.explanation.zh.isEmpty(), qPrintable(r.id));
                QVERIFY2(!r.suggestion.en.isEmpty() && !r.suggestion.zh.isEmpty(), qPrintable(r.id));
                categories.insert(r.category);
            }
        }
        // Every category of DOMAIN.md section 3 has at least one rule.
        for (const QString &category : RulePackLoader::categories())
            QVERIFY2(categories.contains(category), qPrintable(category));
        RuleSet set;
        for (const RulePack &p : packs)
            set.addPack(p);
        QCOMPARE(set.languages(), (QStringList{QStringLiteral("en"), QStringLiteral("zh")}));
    }

    void everyBuiltInPatternCompiles()
    {
        // The built-in packs compile their patterns on first use; reading them with compiling on
        // checks every one of them here instead.
        const QStringList files = RulePackLoader::defaultPackFiles();
        QCOMPARE(files.size(), 2);
        for (const QString &file : files) {
            RulePack pack;
            QString error;
            QVERIFY2(RulePackLoader::load(file, &pack, &error, RulePackLoader::Patterns::Compile), qPrintable(error));
            QVERIFY(!pack.rules.isEmpty());
        }
        // And a broken pattern is caught only when compiling.
        const QByteArray broken = "{\"id\": \"x\", \"languages\": [\"en\"], \"rules\": [{\"id\": \"x.a\", "
                                  "\"category\": \"vague_wording\", \"severity\": \"low\", \"patterns\": "
                                  "[\"[unclosed\"], \"explanation\": {\"en\": \"e\", \"zh\": \"e\"}, "
                                  "\"suggestion\": {\"en\": \"s\", \"zh\": \"s\"}}]}";
        RulePack pack;
        QString error;
        QVERIFY(!RulePackLoader::parse(broken, QStringLiteral("x.json"), &pack, &error));
        QVERIFY2(error.contains(QStringLiteral("not a valid regular expression")), qPrintable(error));
        QVERIFY(RulePackLoader::parse(broken, QStringLiteral("x.json"), &pack, &error,
                                      RulePackLoader::Patterns::CompileOnFirstMatch));
    }

    void validPackParses()
    {
        RulePack p;
        QString error;
        QVERIFY2(RulePackLoader::parse(pack(rule("x.one")), QStringLiteral("mine.json"), &p, &error),
                 qPrintable(error));
        QCOMPARE(p.id, QStringLiteral("mine"));
        QCOMPARE(p.rules.size(), 1);
        QCOMPARE(p.rules.first().languages, QStringList{QStringLiteral("en")});
        QCOMPARE(p.rules.first().pack, QStringLiteral("mine"));
        QCOMPARE(p.rules.first().severity, tw::Severity::Low);
    }

    void badPacksNameFileAndRule_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QString>("expected");
        QTest::newRow("not json") << QByteArray("{oops") << QStringLiteral("mine.json: not valid JSON");
        QTest::newRow("bad regex")
            << pack(rule("x.bad", "\"exceptions\": [\"(unclosed\"], "))
            << QStringLiteral("mine.json: rule \"x.bad\": \"exceptions\" entry 1 is not a valid regular expression");
        QTest::newRow("unknown category")
            << pack(QByteArray(rule("x.cat")).replace("vague_wording", "vagueness"))
            << QStringLiteral("mine.json: rule \"x.cat\": category \"vagueness\" is not one of");
        QTest::newRow("missing chinese") << pack(QByteArray(rule("x.zh")).replace("\"zh\": \"原因\"", "\"zh\": \"\""))
                                         << QStringLiteral("mine.json: rule \"x.zh\": \"explanation\" needs both");
        QTest::newRow("unknown field") << pack(rule("x.typo", "\"not_negate\": true, "))
                                       << QStringLiteral("mine.json: rule \"x.typo\": unknown field \"not_negate\"");
        QTest::newRow("duplicate id") << pack(rule("x.twice") + "," + rule("x.twice"))
                                      << QStringLiteral("mine.json: rule \"x.twice\": the id is used twice");
        QTest::newRow("bad severity") << pack(QByteArray(rule("x.sev")).replace("\"low\"", "\"urgent\""))
                                      << QStringLiteral("mine.json: rule \"x.sev\": severity \"urgent\"");
        QTest::newRow("no id") << QByteArray("{\"rules\": []}") << QStringLiteral("mine.json: the pack has no \"id\"");
        QTest::newRow("ref group needed")
            << pack(rule("x.ref", "\"reference_not_attached\": true, "))
            << QStringLiteral("mine.json: rule \"x.ref\": \"reference_not_attached\" needs");
    }

    void badPacksNameFileAndRule()
    {
        QFETCH(QByteArray, json);
        QFETCH(QString, expected);
        RulePack p;
        QString error;
        QVERIFY(!RulePackLoader::parse(json, QStringLiteral("mine.json"), &p, &error));
        QVERIFY2(error.startsWith(expected), qPrintable(error));
    }

    void missingFileIsAClearError()
    {
        RulePack p;
        QString error;
        QVERIFY(!RulePackLoader::load(QStringLiteral("/nonexistent/rules.json"), &p, &error));
        QVERIFY2(error.startsWith(QStringLiteral("/nonexistent/rules.json: cannot read")), qPrintable(error));
    }

    void laterPacksDisableAndReplaceRules()
    {
        RulePack base;
        RulePack user;
        QString error;
        QVERIFY(RulePackLoader::parse(pack(rule("a.one") + "," + rule("a.two")), QStringLiteral("base.json"), &base,
                                      &error));
        QVERIFY2(
            RulePackLoader::parse("{\"id\": \"user\", \"languages\": [\"en\"], \"disable\": [\"a.one\"], \"rules\": [" +
                                      QByteArray(rule("a.two")).replace("\"low\"", "\"high\"") + "]}",
                                  QStringLiteral("user.json"), &user, &error),
            qPrintable(error));
        RuleSet set;
        set.addPack(base);
        set.addPack(user);
        const QList<Rule> rules = set.rules();
        QCOMPARE(rules.size(), 1);
        QCOMPARE(rules.first().id, QStringLiteral("a.two"));
        QCOMPARE(rules.first().severity, tw::Severity::High);
        QCOMPARE(rules.first().pack, QStringLiteral("user"));
    }

    void disableOnlyPackIsValid()
    {
        RulePack p;
        QString error;
        QVERIFY2(RulePackLoader::parse("{\"id\": \"quiet\", \"disable\": [\"en.marketing.claims\"]}",
                                       QStringLiteral("quiet.json"), &p, &error),
                 qPrintable(error));
        QCOMPARE(p.disabled, QStringList{QStringLiteral("en.marketing.claims")});
    }

    void loadsFromFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p.json"));
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(pack(rule("f.one")));
        file.close();
        RulePack p;
        QString error;
        QVERIFY2(RulePackLoader::load(path, &p, &error), qPrintable(error));
        QCOMPARE(p.source, path);
    }

    void requiredLiteralsOfPatterns_data()
    {
        QTest::addColumn<QString>("pattern");
        QTest::addColumn<QString>("required"); // RequiredLiterals::toString()
        QTest::newRow("word") << QStringLiteral("soonish") << QStringLiteral("soonish");
        QTest::newRow("folded") << QStringLiteral("\\bNBD\\b") << QStringLiteral("nbd");
        QTest::newRow("optional char") << QStringLiteral("\\bendeavou?r") << QStringLiteral("endeavo & r");
        QTest::newRow("lookahead") << QStringLiteral("快速响应(?!机制|中心)") << QStringLiteral("快速响应");
        QTest::newRow("group") << QStringLiteral("(?:详见|见)\\s*(?<ref>附件\\d)") << QStringLiteral("详见|见");
        QTest::newRow("branches") << QStringLiteral("\\bFoo\\b|\\b(?:Bar|baz)\\s*x")
                                  << QStringLiteral("foo || bar|baz & x");
        QTest::newRow("class") << QStringLiteral("ab[|(]c|de") << QStringLiteral("ab & c || de");
        QTest::newRow("optional group") << QStringLiteral("(?:commercially\\s+)?reasonable")
                                        << QStringLiteral("reasonable");
        QTest::newRow("after escape") << QStringLiteral("\\d+天") << QStringLiteral("天");
        QTest::newRow("every required part")
            << QStringLiteral("foo(?:ab|cd)?bar(?:x|yz)") << QStringLiteral("foo & bar & x|yz");
        QTest::newRow("nested group") << QStringLiteral("(?:a|b(?:c))de") << QStringLiteral("de");
        QTest::newRow("repeated char") << QStringLiteral("abc+d") << QStringLiteral("abc & d");
        QTest::newRow("counted") << QStringLiteral("x{2}\\.yz{0,3}") << QStringLiteral("x & .y");
        QTest::newRow("repeated group") << QStringLiteral("(?:ab|cd){1,2}x") << QStringLiteral("ab|cd & x");
        // Anything not fully understood, or a branch with nothing required: no prefilter.
        QTest::newRow("nothing required") << QStringLiteral("\\d+(?:ab)?c?") << QString();
        QTest::newRow("empty branch") << QStringLiteral("abc|") << QString();
        QTest::newRow("branch without literal") << QStringLiteral("abc|\\w+") << QString();
        QTest::newRow("odd brace") << QStringLiteral("abc{,2}") << QString();
        QTest::newRow("backreference") << QStringLiteral("(a)bc\\1") << QString();
        QTest::newRow("inline option") << QStringLiteral("(?x)a b") << QString();
        QTest::newRow("late inline option") << QStringLiteral("ab(?x)c|d") << QString();
        QTest::newRow("comment") << QStringLiteral("ab(?#x|y)") << QString();
        QTest::newRow("quoted") << QStringLiteral("ab\\Q|\\E") << QString();
        QTest::newRow("verb") << QStringLiteral("ab(*SKIP)c") << QString();
        QTest::newRow("cased non-ASCII") << QStringLiteral("é") << QString();
        QTest::newRow("unbalanced") << QStringLiteral("ab)") << QString();
    }

    void requiredLiteralsOfPatterns()
    {
        QFETCH(QString, pattern);
        QFETCH(QString, required);
        QCOMPARE(LiteralPrefilter::requiredLiterals(pattern).toString(), required);
    }

    void literalIndexNeverMisses()
    {
        // U+212A KELVIN SIGN matches "k" case-insensitively in PCRE: the index must agree.
        const LiteralIndex index(QStringLiteral("Next Business Day BAC\u212AUP 第一时间 x"));
        for (const char16_t *present : {u"next business day", u"backup", u"第一时间", u"x", u"da", u"y b"})
            QVERIFY2(index.mayContain(QString::fromUtf16(present)), qPrintable(QString::fromUtf16(present)));
        for (const char16_t *absent : {u"promptly", u"尽快", u"q", u"zz"})
            QVERIFY2(!index.mayContain(QString::fromUtf16(absent)), qPrintable(QString::fromUtf16(absent)));
        QVERIFY(index.mayContainAny({QStringLiteral("promptly"), QStringLiteral("backup")}));
        QVERIFY(!index.mayContainAny({QStringLiteral("promptly"), QStringLiteral("尽快")}));
        QVERIFY(index.mayContainAny({}));
        const auto needs = [](const QString &pattern) { return LiteralPrefilter::requiredLiterals(pattern); };
        QVERIFY(index.mayMatch(needs(QStringLiteral("next\\s+business(?:day|hour)?\\s*day"))));
        QVERIFY(!index.mayMatch(needs(QStringLiteral("next\\s+business\\s*hour"))));
        QVERIFY(index.mayMatch(needs(QStringLiteral("promptly|第一时间"))));
        QVERIFY(index.mayMatch(needs(QStringLiteral("\\d+"))));
    }

    void prefilteredRulesFireOnlyWhenTheirLiteralsOccur()
    {
        RulePack p;
        QString error;
        const QByteArray rules = rule("x.present", {}, "\"\\\\bbackup\\\\b\", \"\\\\bsoonish\"") + ", " +
                                 rule("x.absent", {}, "\"\\\\bpromptly\\\\b|\\\\bquickly\"");
        QVERIFY2(RulePackLoader::parse(pack(rules), QStringLiteral("mine.json"), &p, &error), qPrintable(error));
        QCOMPARE(p.rules.at(0).patternLiterals.size(), 2);
        QCOMPARE(p.rules.at(0).patternLiterals.at(0).toString(), QStringLiteral("backup"));
        QCOMPARE(p.rules.at(1).patternLiterals.at(0).toString(), QStringLiteral("promptly || quickly"));
        const AnalysisText text(tw::test::textDocument(
            {{QStringLiteral("We restore the BAC\u212AUP soon."), QStringLiteral("Engineers arrive on site.")}}));
        const QList<tw::Finding> findings = RuleMatcher(p.rules, QStringLiteral("en")).match(text);
        QCOMPARE(findings.size(), 1);
        QCOMPARE(findings.first().ruleId, QStringLiteral("x.present"));
    }

    void documentExceptionsSharedByRulesAreDecidedPerDocument()
    {
        // Two rules share a whole-document exception (decided once per document), a third has one whose
        // literals the text lacks.
        RulePack p;
        QString error;
        const QByteArray shared = "\"unless_document\": [\"\\\\bdefined in schedule \\\\d\"], ";
        const QByteArray rules = rule("x.first", shared) + ", " + rule("x.second", shared, "\"shortly\"") + ", " +
                                 rule("x.third", "\"unless_document\": [\"\\\\bglossary\\\\b\"], ", "\"promptly\"");
        QVERIFY2(RulePackLoader::parse(pack(rules), QStringLiteral("mine.json"), &p, &error), qPrintable(error));
        QCOMPARE(p.rules.at(0).unlessDocumentLiterals.size(), 1);
        QCOMPARE(p.rules.at(0).unlessDocumentLiterals.first().toString(), QStringLiteral("defined in schedule "));
        const auto firing = [&](const QString &second) {
            const AnalysisText text(tw::test::textDocument(
                {{QStringLiteral("Engineers arrive soonish; parts ship shortly; we call promptly."), second}}));
            QStringList ids;
            for (const tw::Finding &finding : RuleMatcher(p.rules, QStringLiteral("en")).match(text))
                ids << finding.ruleId;
            ids.sort();
            ids.removeDuplicates();
            return ids;
        };
        QCOMPARE(firing(QStringLiteral("Times are as defined in Schedule 2.")), QStringList{QStringLiteral("x.third")});
        QCOMPARE(firing(QStringLiteral("Times are as defined in Schedule B.")),
                 (QStringList{QStringLiteral("x.first"), QStringLiteral("x.second"), QStringLiteral("x.third")}));
        QCOMPARE(firing(QStringLiteral("See the Glossary.")),
                 (QStringList{QStringLiteral("x.first"), QStringLiteral("x.second")}));
    }
};

QTEST_GUILESS_MAIN(TestRulePack)
#include "TestRulePack.moc"
