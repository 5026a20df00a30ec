#include "io/document/DocxNumbering.h"
#include "io/document/DocxReader.h"

#include <QElapsedTimer>
#include <QFile>
#include <QTest>

using namespace tw;
using namespace tw::io;

namespace {

QString fixture(const QString &name)
{
    return qEnvironmentVariable("TW_TEST_DATA") + QStringLiteral("/import/docx/") + name;
}

QStringList lineTexts(const Page &page)
{
    QStringList texts;
    for (const TextLine &line : page.lines)
        texts << line.text;
    return texts;
}

/** Peak resident memory of this process in KiB (VmHWM), or -1 where /proc is missing. */
qint64 peakMemoryKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

/** Lowers the process's peak-memory mark to the current use, so a later VmHWM measures one step. */
bool resetPeakMemory()
{
    QFile clearRefs(QStringLiteral("/proc/self/clear_refs"));
    return clearRefs.open(QIODevice::WriteOnly) && clearRefs.write("5") == 1;
}

} // namespace

class TestDocxReader : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY2(!qEnvironmentVariableIsEmpty("TW_TEST_DATA"), "TW_TEST_DATA is not set"); }

    void readsEnglishProposal()
    {
        const QString path = fixture(QStringLiteral("english_proposal.docx"));
        const ExtractResult result = DocxReader().read(path, {});
        QVERIFY2(result.ok(), qPrintable(result.errorString));
        const Document &document = *result.document;
        QCOMPARE(document.fileName, path);
        QCOMPARE(document.format, DocumentFormat::Docx);
        QCOMPARE(document.warnings, QStringList());
        QCOMPARE(document.language(), Language::English);
        // A hard page break, a page break before a styled heading, and a section break: four pages,
        // although Word's rendered break repeats the first one.
        QCOMPARE(document.pages.size(), 4);
        const QString header = QStringLiteral("Acme Server Care\tProposal ACME-2024-017");

        QCOMPARE(lineTexts(document.pages.at(0)), (QStringList{
                                                      header,
                                                      QStringLiteral("Service Proposal for Server Maintenance"),
                                                      QStringLiteral("Prepared for Example Corp."),
                                                      QStringLiteral("Contract term:\t36 months"),
                                                      QStringLiteral("Preventive maintenance every 24-hour cycle."),
                                                      QStringLiteral("First line"),
                                                      QStringLiteral("second line"),
                                                      QStringLiteral("Visible text."),
                                                      QStringLiteral("Parts arrive within 4 hours."),
                                                      QStringLiteral("See the SLA page for details."),
                                                      QStringLiteral("1. Scope"),
                                                      QStringLiteral("1.1 Hardware"),
                                                      QStringLiteral("1.2 Firmware"),
                                                      QStringLiteral("2. Exclusions"),
                                                      QStringLiteral("a) Consumables"),
                                                      QStringLiteral("\u2022 Spare parts stocked locally"),
                                                      QStringLiteral("I. Escalation"),
                                                      QStringLiteral("II. Reporting"),
                                                      QStringLiteral("1. Restarted list"),
                                                      QStringLiteral("End of page one."),
                                                      QStringLiteral("Page 1 of 4"),
                                                  }));
        QCOMPARE(lineTexts(document.pages.at(1)),
                 (QStringList{
                     header,
                     QStringLiteral("Service Levels"),
                     QStringLiteral("Response times[1] are measured from ticket creation."),
                     QStringLiteral("Priority\tResponse time\tOn-site time"),
                     QStringLiteral("P1 Critical\t15 minutes\t4 hours 24x7"),
                     QStringLiteral("P2 High\t30 minutes\t8 hours"),
                     QStringLiteral("\t1 hour\tNext business day"),
                     // The table nested in P3's third cell follows the row as rows of its own.
                     QStringLiteral("P3 Low\t4 hours\t"),
                     QStringLiteral("Mon-Fri\t09:00-17:00"),
                     QStringLiteral("Sat\tnone"),
                     QStringLiteral("[1] Business hours are 08:00-18:00 local time."),
                     QStringLiteral("Page 2 of 4"),
                 }));
        QCOMPARE(lineTexts(document.pages.at(2)),
                 (QStringList{header, QStringLiteral("Pricing"), QStringLiteral("Annual fee: USD 12,000"),
                              QStringLiteral("Page 3 of 4")}));
        QCOMPARE(lineTexts(document.pages.at(3)),
                 (QStringList{header, QStringLiteral("Acceptance"), QStringLiteral("Signed by both parties."),
                              QStringLiteral("Offer valid for 90 days"), QStringLiteral("Page 4 of 4")}));

        for (int index = 0; index < document.pages.size(); ++index) {
            const Page &page = document.pages.at(index);
            QCOMPARE(page.number, index + 1);
            QVERIFY(page.hasTextLayer);
            QVERIFY(!page.ocr);
            for (const TextLine &line : page.lines)
                QVERIFY(line.box.isNull());
        }
        // The first section is US Letter, the last (after the section break) A4.
        QCOMPARE(document.pages.at(0).width, 612.0);
        QCOMPARE(document.pages.at(0).height, 792.0);
        QCOMPARE(document.pages.at(3).width, 595.3);
        QCOMPARE(document.pages.at(3).height, 841.9);
    }

    void readsChineseProposal()
    {
        const ExtractResult result = DocxReader().read(fixture(QStringLiteral("chinese_proposal.docx")), {});
        QVERIFY2(result.ok(), qPrintable(result.errorString));
        const Document &document = *result.document;
        QCOMPARE(document.language(), Language::Chinese);
        QCOMPARE(document.pages.size(), 2);
        QCOMPARE(lineTexts(document.pages.at(0)), (QStringList{
                                                      QStringLiteral("某某科技有限公司 服务方案"),
                                                      QStringLiteral("服务方案"),
                                                      QStringLiteral("一、服务范围"),
                                                      QStringLiteral("本方案适用于 7×24 小时服务。"),
                                                      QStringLiteral("二、响应时间"),
                                                      QStringLiteral("（一）远程支持"),
                                                      QStringLiteral("（二）现场支持"),
                                                      QStringLiteral("故障级别\t响应时间\t到场时间"),
                                                      QStringLiteral("一级（严重）\t15分钟\t4小时"),
                                                      QStringLiteral("二级（高）\t30分钟\t8小时"),
                                                      QStringLiteral("三级（一般）\t2小时\t下一工作日"),
                                                      QStringLiteral("三、备件保障"),
                                                      QStringLiteral("① 备件库"),
                                                      QStringLiteral("② 备件到货"),
                                                      QStringLiteral("第 1 页，共 2 页"),
                                                  }));
        QCOMPARE(lineTexts(document.pages.at(1)),
                 (QStringList{QStringLiteral("某某科技有限公司 服务方案"), QStringLiteral("附件：服务报价"),
                              QStringLiteral("第 2 页，共 2 页")}));
    }

    void mergedCellsKeepOneSlotPerGridColumn()
    {
        // A totals row whose label spans three grid columns (w:gridSpan="3"): the amount stays under
        // the fourth column's header, not the second's.
        const ExtractResult result = DocxReader().read(
            qEnvironmentVariable("TW_TEST_DATA") + QStringLiteral("/analysis-holdout/zh-holdout-d/input.docx"), {});
        QVERIFY2(result.ok(), qPrintable(result.errorString));
        QString header;
        QString totals;
        for (const Page &page : result.document->pages) {
            for (const TextLine &line : page.lines) {
                if (line.text.startsWith(QStringLiteral("服务类别\t")))
                    header = line.text;
                if (line.text.startsWith(QStringLiteral("年度合计")))
                    totals = line.text;
            }
        }
        QCOMPARE(header.split(QLatin1Char('\t')).size(), 4);
        const QStringList cells = totals.split(QLatin1Char('\t'));
        QCOMPARE(cells.size(), 4);
        QCOMPARE(cells.at(3).trimmed(), QStringLiteral("244,200.00"));
    }

    void nestedTableFollowsTheRowHoldingIt()
    {
        // A questionnaire answer holding a severity × tier table: the answer cell keeps its own words, the
        // nested rows follow the row as rows of their own.
        const ExtractResult result = DocxReader().read(
            qEnvironmentVariable("TW_TEST_DATA") + QStringLiteral("/analysis-holdout/en-h32-a/input.docx"), {});
        QVERIFY2(result.ok(), qPrintable(result.errorString));
        QStringList lines;
        for (const Page &page : result.document->pages)
            lines += lineTexts(page);
        qsizetype row = -1;
        for (qsizetype i = 0; i < lines.size() && row < 0; ++i)
            if (lines.at(i).startsWith(QStringLiteral("SLA-02")))
                row = i;
        QVERIFY(row >= 0 && row + 2 < lines.size());
        QCOMPARE(lines.at(row).split(QLatin1Char('\t')).size(), 4);
        QVERIFY2(!lines.at(row).contains(QStringLiteral("15 minutes")), qPrintable(lines.at(row)));
        QCOMPARE(lines.at(row + 1), QStringLiteral("Severity\tTier 1 – Critical\tTier 2 – Standard"));
        QCOMPARE(lines.at(row + 2), QStringLiteral("Severity 1\t15 minutes\t1 Business Hour"));
    }

    void readsStrictOoxml()
    {
        const ExtractResult result = DocxReader().read(fixture(QStringLiteral("strict_ooxml.docx")), {});
        QVERIFY2(result.ok(), qPrintable(result.errorString));
        QCOMPARE(result.document->pages.size(), 1);
        const Page &page = result.document->pages.first();
        QCOMPARE(lineTexts(page), (QStringList{QStringLiteral("Strict header"), QStringLiteral("Strict OOXML proposal"),
                                               QStringLiteral("Severity\tResponse"), QStringLiteral("S1\t1 hour")}));
        // Strict OOXML gives page sizes with units: 21 cm x 29.7 cm.
        QVERIFY2(qAbs(page.width - 595.28) < 0.01, qPrintable(QString::number(page.width)));
        QVERIFY2(qAbs(page.height - 841.89) < 0.01, qPrintable(QString::number(page.height)));
    }

    void readsLibreOfficeOutput()
    {
        // Written by LibreOffice from libreoffice_proposal.fodt: a real producer's numbering.xml,
        // styles, header and footer fields and page break, not our own XML.
        const ExtractResult result = DocxReader().read(fixture(QStringLiteral("libreoffice_proposal.docx")), {});
        QVERIFY2(result.ok(), qPrintable(result.errorString));
        const Document &document = *result.document;
        QCOMPARE(document.pages.size(), 2);
        const QString header = QStringLiteral("Contoso Datacenter Services \u2014 Support Offer");
        QCOMPARE(lineTexts(document.pages.at(0)),
                 (QStringList{header, QStringLiteral("Support Offer"),
                              QStringLiteral("This offer covers 120 rack servers in two data centres."),
                              QStringLiteral("1. Coverage"), QStringLiteral("1.1. Hardware replacement"),
                              QStringLiteral("1.2. Firmware updates"), QStringLiteral("2. Exclusions"),
                              QStringLiteral("\u2022 On-site spare parts kit"), QStringLiteral("Page 1 of 2")}));
        QCOMPARE(lineTexts(document.pages.at(1)),
                 (QStringList{header, QStringLiteral("Service Levels"), QStringLiteral("Priority\tResponse\tRestore"),
                              QStringLiteral("Sev 1\t30 minutes\t6 hours"), QStringLiteral("Sev 2\t2 hours\t24 hours"),
                              QStringLiteral("故障响应：一级故障 30 分钟内响应。"), QStringLiteral("Page 2 of 2")}));
    }

    void damagedHeaderIsSkippedWithAWarning()
    {
        const ExtractResult result = DocxReader().read(fixture(QStringLiteral("broken_header.docx")), {});
        QVERIFY2(result.ok(), qPrintable(result.errorString));
        QCOMPARE(result.document->pages.size(), 1);
        QCOMPARE(lineTexts(result.document->pages.first()), QStringList{QStringLiteral("Body survives")});
        QCOMPARE(result.document->warnings.size(), 1);
        const QString warning = result.document->warnings.first();
        QVERIFY2(warning.contains(QStringLiteral("word/header1.xml")) && warning.contains(QStringLiteral("line 2")),
                 qPrintable(warning));
    }

    void refusesBadInput_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QStringList>("expected");
        QTest::newRow("0 bytes") << QStringLiteral("empty.docx") << QStringList{QStringLiteral("empty (0 bytes)")};
        QTest::newRow("plain text") << QStringLiteral("not_a_zip.docx")
                                    << QStringList{QStringLiteral("is not a Word document (it is not a ZIP archive)")};
        QTest::newRow("really a PDF") << QStringLiteral("really_pdf.docx")
                                      << QStringList{QStringLiteral("is not a Word document (it is a PDF)")};
        QTest::newRow("no document part")
            << QStringLiteral("no_document.docx")
            << QStringList{QStringLiteral("is not a Word document (the archive has no word/document.xml)")};
        QTest::newRow("workbook") << QStringLiteral("workbook_renamed.docx")
                                  << QStringList{QStringLiteral("is not a Word document (it is an Excel workbook)")};
        QTest::newRow("../ entry") << QStringLiteral("evil_path.docx")
                                   << QStringList{QStringLiteral("unsafe entry name"), QStringLiteral("../evil.xml")};
        QTest::newRow("malformed XML") << QStringLiteral("malformed_xml.docx")
                                       << QStringList{QStringLiteral("damaged"), QStringLiteral("word/document.xml"),
                                                      QStringLiteral("line 5")};
        QTest::newRow("not WordprocessingML")
            << QStringLiteral("wrong_root.docx")
            << QStringList{QStringLiteral("word/document.xml"), QStringLiteral("<html> is not WordprocessingML")};
        QTest::newRow("deep nesting") << QStringLiteral("deep_nesting.docx")
                                      << QStringList{QStringLiteral("nested more than")};
        QTest::newRow("missing") << QStringLiteral("no_such_file.docx")
                                 << QStringList{QStringLiteral("file not found")};
    }

    void refusesBadInput()
    {
        QFETCH(QString, file);
        QFETCH(QStringList, expected);
        const ExtractResult result = DocxReader().read(fixture(file), {});
        QVERIFY(!result.ok());
        QVERIFY2(result.errorString.startsWith(file) || result.errorString.startsWith(fixture(file)),
                 qPrintable(result.errorString));
        QVERIFY2(!result.errorString.contains(QLatin1Char('\n')), qPrintable(result.errorString));
        for (const QString &part : expected)
            QVERIFY2(result.errorString.contains(part), qPrintable(result.errorString));
    }

    void refusesZipBombQuickly()
    {
        // 256 MiB of zeros in 256 KB: refused by the compression ratio limit, well before it is all inflated.
        QElapsedTimer timer;
        timer.start();
        const ExtractResult result = DocxReader().read(fixture(QStringLiteral("zip_bomb.docx")), {});
        const qint64 elapsed = timer.elapsed();
        QVERIFY(!result.ok());
        QVERIFY2(result.errorString.startsWith(QStringLiteral("zip_bomb.docx: ")), qPrintable(result.errorString));
        QVERIFY2(result.errorString.contains(QStringLiteral("ZIP bomb")) &&
                     result.errorString.contains(QStringLiteral("200:1")),
                 qPrintable(result.errorString));
        QVERIFY2(elapsed < 5000, qPrintable(QStringLiteral("took %1 ms").arg(elapsed)));
    }

    void refusesZipBombWithBoundedMemory()
    {
        ExtractOptions options;
        options.zipLimits.maxEntrySize = 8 * 1024 * 1024;
        options.zipLimits.maxCompressionRatio = 1e9; // so that the size limit is the one that stops it
        if (!resetPeakMemory())
            QSKIP("/proc/self/clear_refs is not writable here");
        const qint64 before = peakMemoryKiB();
        const ExtractResult result = DocxReader().read(fixture(QStringLiteral("zip_bomb.docx")), options);
        const qint64 growth = peakMemoryKiB() - before;
        QVERIFY(!result.ok());
        QVERIFY2(result.errorString.contains(QStringLiteral("more than 8 MB")), qPrintable(result.errorString));
        // The entry would inflate to 256 MiB; stopping at 8 MB keeps the peak far below that.
        QVERIFY2(growth < 96 * 1024, qPrintable(QStringLiteral("peak memory grew by %1 KiB").arg(growth)));
    }

    void stopsWhenCancelled()
    {
        std::atomic_bool cancel{true};
        ExtractOptions options;
        options.cancel = &cancel;
        const ExtractResult result = DocxReader().read(fixture(QStringLiteral("english_proposal.docx")), options);
        QVERIFY(!result.ok());
        QCOMPARE(result.errorString, QStringLiteral("english_proposal.docx: extraction was cancelled"));
    }

    void formatsListNumbers_data()
    {
        QTest::addColumn<int>("value");
        QTest::addColumn<QString>("format");
        QTest::addColumn<QString>("expected");
        QTest::newRow("decimal") << 12 << QStringLiteral("decimal") << QStringLiteral("12");
        QTest::newRow("decimalZero") << 3 << QStringLiteral("decimalZero") << QStringLiteral("03");
        QTest::newRow("lowerRoman") << 4 << QStringLiteral("lowerRoman") << QStringLiteral("iv");
        QTest::newRow("upperRoman") << 1994 << QStringLiteral("upperRoman") << QStringLiteral("MCMXCIV");
        QTest::newRow("lowerLetter") << 2 << QStringLiteral("lowerLetter") << QStringLiteral("b");
        QTest::newRow("letter repeats") << 28 << QStringLiteral("upperLetter") << QStringLiteral("BB");
        QTest::newRow("chinese 10") << 10 << QStringLiteral("chineseCounting") << QStringLiteral("十");
        QTest::newRow("chinese 11") << 11 << QStringLiteral("chineseCounting") << QStringLiteral("十一");
        QTest::newRow("chinese 20") << 20 << QStringLiteral("chineseCounting") << QStringLiteral("二十");
        QTest::newRow("chinese 105") << 105 << QStringLiteral("chineseCountingThousand") << QStringLiteral("一百零五");
        QTest::newRow("chinese 110") << 110 << QStringLiteral("chineseCounting") << QStringLiteral("一百一十");
        QTest::newRow("chinese 2010") << 2010 << QStringLiteral("chineseCounting") << QStringLiteral("二千零一十");
        QTest::newRow("legal 12") << 12 << QStringLiteral("chineseLegalSimplified") << QStringLiteral("壹拾贰");
        QTest::newRow("heavenly stem") << 2 << QStringLiteral("ideographTraditional") << QStringLiteral("乙");
        QTest::newRow("circled") << 3 << QStringLiteral("decimalEnclosedCircle") << QStringLiteral("③");
        QTest::newRow("full width") << 25 << QStringLiteral("decimalFullWidth") << QStringLiteral("２５");
        QTest::newRow("ordinal 12") << 12 << QStringLiteral("ordinal") << QStringLiteral("12th");
        QTest::newRow("ordinal 22") << 22 << QStringLiteral("ordinal") << QStringLiteral("22nd");
        QTest::newRow("none") << 5 << QStringLiteral("none") << QString();
    }

    void formatsListNumbers()
    {
        QFETCH(int, value);
        QFETCH(QString, format);
        QFETCH(QString, expected);
        QCOMPARE(DocxNumbering::formatNumber(value, format), expected);
    }
};

QTEST_GUILESS_MAIN(TestDocxReader)
#include "TestDocxReader.moc"
