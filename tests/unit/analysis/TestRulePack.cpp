#include "core/analysis/RulePack.h"

#include <QTemporaryDir>
#include <QTest>

using namespace tw::analysis;

namespace {

QByteArray rule(const QByteArray &id, const QByteArray &extra = QByteArray())
{
    return "{\"id\": \"" + id +
           "\", \"category\": \"vague_wording\", \"severity\": \"low\", "
           "\"patterns\": [\"soonish\"], " +
           extra +
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
};

QTEST_GUILESS_MAIN(TestRulePack)
#include "TestRulePack.moc"
