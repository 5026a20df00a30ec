#include "core/model/Document.h"
#include "core/model/Finding.h"
#include "core/model/Proposal.h"
#include "core/model/ServerTier.h"
#include "core/model/Ticket.h"
#include "core/model/Vendor.h"

#include <QTest>

using namespace tw;

class TestModel : public QObject
{
    Q_OBJECT

private slots:
    void boxesUniteAndIgnoreNull()
    {
        const BoundingBox a{10, 20, 30, 5};
        const BoundingBox b{50, 18, 10, 10};
        QCOMPARE(a.united(b), (BoundingBox{10, 18, 50, 10}));
        QCOMPARE(a.united(BoundingBox{}), a);
        QCOMPARE(BoundingBox{}.united(b), b);
    }

    void detectsLanguage_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Language>("expected");
        QTest::newRow("chinese") << QStringLiteral("7×24小时响应，4小时到场") << Language::Chinese;
        QTest::newRow("english") << QStringLiteral("Engineer on site within four hours") << Language::English;
        QTest::newRow("mixed") << QStringLiteral("Response 响应时间 15 minutes 分钟 for P1 故障") << Language::Mixed;
        QTest::newRow("digits only") << QStringLiteral("12 34 %") << Language::Unknown;
    }

    void detectsLanguage()
    {
        QFETCH(QString, text);
        QFETCH(Language, expected);
        QCOMPARE(detectLanguage(text), expected);
    }

    void documentLanguageCountsLineByLine()
    {
        // Words cut by line and page breaks count as they do in the joined text, and a character
        // outside the BMP (U+20000, a surrogate pair) counts as Han.
        const QString extensionB = QString::fromUcs4(U"\U00020000");
        Document document;
        Page first;
        first.lines = {TextLine{QStringLiteral("on site"), {}, {}}, TextLine{QStringLiteral("within"), {}, {}}};
        Page second;
        second.lines = {TextLine{QStringLiteral("四小时") + extensionB, {}, {}}};
        document.pages = {first, second};
        QCOMPARE(document.language(), detectLanguage(document.text()));
        QCOMPARE(document.language(), Language::Mixed); // 4 Han characters against 3 words
        second.lines << TextLine{QStringLiteral("到场"), {}, {}};
        document.pages = {first, second};
        QCOMPARE(document.language(), Language::Mixed); // 6 against 3
        second.lines << TextLine{QStringLiteral("响应时间") + extensionB + extensionB + extensionB, {}, {}};
        document.pages = {first, second};
        QCOMPARE(document.language(), detectLanguage(document.text()));
        QCOMPARE(document.language(), Language::Chinese); // 13 against 3
    }

    void documentJoinsPagesWithFormFeeds()
    {
        Document document;
        Page first;
        first.number = 1;
        first.lines = {TextLine{QStringLiteral("a"), {}, {}}, TextLine{QStringLiteral("b"), {}, {}}};
        Page second;
        second.number = 2;
        second.hasTextLayer = false;
        document.pages = {first, second};
        QCOMPARE(document.text(), QStringLiteral("a\nb\f"));
        QCOMPARE(document.lineCount(), 2);
        QCOMPARE(document.pagesWithoutText(), QList<int>{2});
    }

    void namesRoundTrip()
    {
        for (DocumentFormat format : {DocumentFormat::Pdf, DocumentFormat::Docx, DocumentFormat::Text})
            QCOMPARE(formatFromName(formatName(format)), format);
        QCOMPARE(formatFromName(QStringLiteral("xls")), DocumentFormat::Unknown);
        VendorKind kind = VendorKind::Oem;
        QVERIFY(vendorKindFromName(QStringLiteral("tpm"), &kind));
        QCOMPARE(kind, VendorKind::Tpm);
        QVERIFY(!vendorKindFromName(QStringLiteral("TPM "), &kind));
        Severity severity = Severity::Low;
        QVERIFY(severityFromName(QStringLiteral("high"), &severity));
        QCOMPARE(severity, Severity::High);
    }

    void valuesCompareAndPrint()
    {
        SlaTerm term{QStringLiteral("onsite_time"),
                     QStringLiteral("Mission Critical"),
                     QStringLiteral("P1"),
                     {{QStringLiteral("minutes"), 240}},
                     Evidence{QStringLiteral("4 hours on site"), 3, {1, 2, 3, 4}}};
        SlaTerm other = term;
        QCOMPARE(term, other);
        other.values[QStringLiteral("minutes")] = 480;
        QVERIFY(term != other);
        const QString printed = QString::fromUtf8(QScopedArrayPointer<char>(toString(term)).data());
        QCOMPARE(printed, QStringLiteral("SlaTerm(onsite_time, tier Mission Critical, P1, minutes=240, "
                                         "\"4 hours on site\" p.3 [1, 2, 3, 4])"));
    }

    void tierExpectsFailures()
    {
        const ServerTier tier{QStringLiteral("DB"), 24, 200000, 0.08, 4, 15};
        QCOMPARE(tier.expectedFailures(3), 24 * 0.08 * 3);
    }

    void ticketElapsedMinutes()
    {
        Ticket ticket;
        ticket.opened = QDateTime(QDate(2024, 3, 5), QTime(14, 5), Qt::UTC);
        ticket.resolved = QDateTime(QDate(2024, 3, 5), QTime(18, 35), Qt::UTC);
        QCOMPARE(ticket.elapsedMinutes(ticket.resolved), std::optional<qint64>(270));
        QCOMPARE(ticket.elapsedMinutes(ticket.onsite), std::nullopt);
    }
};

QTEST_GUILESS_MAIN(TestModel)
#include "TestModel.moc"
