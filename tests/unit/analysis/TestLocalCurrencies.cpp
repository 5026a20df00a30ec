// Proposals priced in a local currency, by its code, its sign or its name after the amount, in the grouping the
// country writes: the North Macedonian denar, the Albanian lek, the Armenian dram, the Kyrgyz som, the Cambodian
// riel and the Fijian dollar. A code that is also a word or a maker ("ALL", "AMD") is a currency only before an
// amount of four digits or more, in a sentence that speaks of money (a fee, a price).
#include "AnalysisTestDocs.h"
#include "AnalysisTestResults.h"
#include "core/analysis/ContractAnalyzer.h"

#include <QtTest>

using namespace tw;
using namespace tw::analysis;
using tw::test::analyze;
using tw::test::termsOf;
using tw::test::textDocument;

class TestLocalCurrencies : public QObject
{
    Q_OBJECT

private slots:
    void currenciesOfTheBalkansCaucasusCentralAsiaCambodiaAndFiji()
    {
        const QList<QPair<QString, QMap<double, QString>>> cases = {
            {QStringLiteral("Zone 1: MKD 38.500,00 per server per year. Total for 36 months: 4,452,000 denars."),
             {{38500, QStringLiteral("MKD")}, {4452000, QStringLiteral("MKD")}}},
            {QStringLiteral("Platinum: a fee of ALL 95,000 per server per year. Extra work: 6.500 lekë per hour."),
             {{95000, QStringLiteral("ALL")}, {6500, QStringLiteral("ALL")}}},
            {QStringLiteral("Tier A: a fee of AMD 1,250,000 per server per year. Total: 22 400 000 dram per year."),
             {{1250000, QStringLiteral("AMD")}, {22400000, QStringLiteral("AMD")}}},
            {QStringLiteral("Bishkek: KGS 42 500 per server per year. Engineer hour: 2,500 som."),
             {{42500, QStringLiteral("KGS")}, {2500, QStringLiteral("KGS")}}},
            {QStringLiteral("One-time installation fee: KHR 5,000,000. Credit: ៛200,000 per incident."),
             {{5000000, QStringLiteral("KHR")}, {200000, QStringLiteral("KHR")}}},
            {QStringLiteral("Premier: FJ$4,850.00 per server per year; total FJD 193,800 over 36 months."),
             {{4850, QStringLiteral("FJD")}, {193800, QStringLiteral("FJD")}}},
        };
        for (const auto &[line, expected] : cases)
            QCOMPARE(tw::test::currencyByAmount(analyze(textDocument({{line}}))), expected);
    }

    void currenciesOfNamibiaTrinidadHondurasMalawiLaosAndMyanmar()
    {
        // "N$", "TT$", the lempira "L 38,500.00" (a single letter: only beside a word of money), the Malawian kwacha
        // "MK", the kip "₭" and the kyat ("K" where kyat are stated).
        const QList<QPair<QString, QMap<double, QString>>> cases = {
            {QStringLiteral("Windhoek: N$12,500.00 per server per year."), {{12500, QStringLiteral("NAD")}}},
            {QStringLiteral("Premier: TT$12,500.00 per server per year; TTD 170,900 per year."),
             {{12500, QStringLiteral("TTD")}, {170900, QStringLiteral("TTD")}}},
            {QStringLiteral("Plan Oro: an annual fee of L 38,500.00 per server; total HNL 2,830,500."),
             {{38500, QStringLiteral("HNL")}, {2830500, QStringLiteral("HNL")}}},
            {QStringLiteral("Category A: MK 1,250,000.00 per server per year."), {{1250000, QStringLiteral("MWK")}}},
            {QStringLiteral("Set-up: LAK 125,000,000; travel ₭6,500,000 per trip."),
             {{125000000, QStringLiteral("LAK")}, {6500000, QStringLiteral("LAK")}}},
            {QStringLiteral("Premier: MMK 2,150,000 per server per year. Total: K 130,740,000 (kyat)."),
             {{2150000, QStringLiteral("MMK")}, {130740000, QStringLiteral("MMK")}}},
        };
        for (const auto &[line, expected] : cases)
            QCOMPARE(tw::test::currencyByAmount(analyze(textDocument({{line}}))), expected);
        // A credit in lempiras is a penalty; a clause number "L1.09" is no amount.
        const auto credit =
            analyze(textDocument({{QStringLiteral("A service credit of L 5,000.00 per missed on-site commitment "
                                                  "applies, capped at 10% of the monthly fee.")}}));
        QCOMPARE(termsOf(credit, QStringLiteral("penalty")).size(), 1);
        const auto reference = analyze(textDocument(
            {{QStringLiteral("Lot 2: service credits as per Lot 1 (L1.09), per month of the contract.")}}));
        QCOMPARE(termsOf(reference, QStringLiteral("penalty")).size(), 0);
    }

    void currenciesOfMoldovaBosniaTajikistanMaldivesRwandaAndSeychelles()
    {
        // "lei" is the Moldovan leu where the document states MDL (the Romanian one otherwise), "KM" the convertible
        // mark, "somoni", "Rf" the rufiyaa, "FRw" the Rwandan franc and "SR" the Seychelles rupee where SCR is stated
        // (the Saudi riyal otherwise).
        const QList<QPair<QString, QMap<double, QString>>> cases = {
            {QStringLiteral("Prices are in MDL. Standard: 2 100,00 lei per server per year."),
             {{2100, QStringLiteral("MDL")}}},
            {QStringLiteral("Standard: 2 100,00 lei per server per year."), {{2100, QStringLiteral("RON")}}},
            {QStringLiteral("MIS Care 24: KM 1.450,00 per server per year; BAM 151,620 in total."),
             {{1450, QStringLiteral("BAM")}, {151620, QStringLiteral("BAM")}}},
            {QStringLiteral("The total annual fee is 271 600 somoni; TJS 6,400 per server."),
             {{271600, QStringLiteral("TJS")}, {6400, QStringLiteral("TJS")}}},
            {QStringLiteral("Premium Care: MVR 18,500.00 per server per year; Rf 950 per engineer hour."),
             {{18500, QStringLiteral("MVR")}, {950, QStringLiteral("MVR")}}},
            {QStringLiteral("Premier: RWF 1,450,000 per server per year; FRw 60,000 per visit."),
             {{1450000, QStringLiteral("RWF")}, {60000, QStringLiteral("RWF")}}},
            {QStringLiteral("All prices are in Seychelles Rupees. Praslin: SR 9,800 per server per year."),
             {{9800, QStringLiteral("SCR")}}},
            {QStringLiteral("Mahé: SCR 14,500.00 per server per year; Praslin: SR 9,800 per server per year."),
             {{14500, QStringLiteral("SCR")}, {9800, QStringLiteral("SCR")}}},
            {QStringLiteral("Annual fee: SR 9,800.00 per server."), {{9800, QStringLiteral("SAR")}}},
        };
        for (const auto &[line, expected] : cases)
            QCOMPARE(tw::test::currencyByAmount(analyze(textDocument({{line}}))), expected);
        // A credit in them is a penalty; a request number "SR 12345" is no amount.
        const auto credit = analyze(textDocument(
            {{QStringLiteral("We will credit KM 250,00 per incident, up to a maximum of 10% of the monthly fee.")}}));
        QCOMPARE(termsOf(credit, QStringLiteral("penalty")).size(), 1);
        const auto request =
            analyze(textDocument({{QStringLiteral("Quote the fee reference SR 12345 on every call.")}}));
        QCOMPARE(termsOf(request, QStringLiteral("price")).size(), 0);
    }

    void currenciesOfAngolaWestAfricaUruguayGuyanaAndMozambique()
    {
        // The kwanza "Kz", the CFA franc ("FCFA": the West African one unless XAF is stated), the Uruguayan peso
        // "$U", the Guyanese dollar "G$" and the metical "MT".
        const QList<QPair<QString, QMap<double, QString>>> cases = {
            {QStringLiteral("Platinum: Kz 1.850.000,00 per server per year; AOA 38,500 per engineer hour."),
             {{1850000, QStringLiteral("AOA")}, {38500, QStringLiteral("AOA")}}},
            {QStringLiteral("Lot 1: XOF 1 250 000 per server per year; travel 150 000 FCFA per trip."),
             {{1250000, QStringLiteral("XOF")}, {150000, QStringLiteral("XOF")}}},
            {QStringLiteral("Prices in XAF. Douala: 950 000 FCFA per server per year."),
             {{950000, QStringLiteral("XAF")}}},
            {QStringLiteral("Tier A: $U 28.400,00 per server per year; UYU 2.474.400 for the term."),
             {{28400, QStringLiteral("UYU")}, {2474400, QStringLiteral("UYU")}}},
            {QStringLiteral("Platinum: G$ 480,000 per server per year; GYD 18,500 per engineer-hour."),
             {{480000, QStringLiteral("GYD")}, {18500, QStringLiteral("GYD")}}},
            {QStringLiteral("Maputo: MZN 125,000.00 per server per year; extra work 4.500,00 MT per engineer hour."),
             {{125000, QStringLiteral("MZN")}, {4500, QStringLiteral("MZN")}}},
        };
        for (const auto &[line, expected] : cases)
            QCOMPARE(tw::test::currencyByAmount(analyze(textDocument({{line}}))), expected);
        // A credit "of G$ 25,000" is a penalty, not a price; an exchange rate is neither.
        const auto credit = analyze(textDocument({{QStringLiteral(
            "If we miss the Severity 1 on-site time, the Customer is entitled to a credit of G$ 25,000 per incident, "
            "up to a maximum of 15% of the quarterly fee.")}}));
        QCOMPARE(termsOf(credit, QStringLiteral("penalty")).size(), 1);
        QCOMPARE(termsOf(credit, QStringLiteral("price")).size(), 0);
        const auto rate = analyze(textDocument(
            {{QStringLiteral("Annual fee: G$ 7,440,000. Prices are based on an exchange rate of G$ 209 to US$ 1.")}}));
        QCOMPARE(tw::test::currencyByAmount(rate), (QMap<double, QString>{{7440000, QStringLiteral("GYD")}}));
    }

    void currenciesOfGuatemalaNicaraguaBhutanMadagascarBelarusAndHaiti()
    {
        // The quetzal "Q 650.00" and the gourde "G 125,000.00" (single letters: only with cents), the córdoba "C$"
        // where córdobas are stated (the Canadian dollar otherwise), the ngultrum "Nu." (no sentence ends there),
        // the ariary "Ar" and the Belarusian rouble "Br" where BYN is stated (the birr otherwise).
        const QList<QPair<QString, QMap<double, QString>>> cases = {
            {QStringLiteral("Work outside the scope is billed at Q 650.00 per engineer hour."),
             {{650, QStringLiteral("GTQ")}}},
            {QStringLiteral("Prices in córdobas (NIO). Plan Platino: C$ 12,500.00 per server per year."),
             {{12500, QStringLiteral("NIO")}}},
            {QStringLiteral("Plan A: C$ 12,500.00 per server per year."), {{12500, QStringLiteral("CAD")}}},
            {QStringLiteral("Extra work will be charged at Nu. 3,200.00 per engineer hour."),
             {{3200, QStringLiteral("BTN")}}},
            {QStringLiteral("Antananarivo: an annual fee of Ar 4,200,000 per server; MGA 303 900 000 for the term."),
             {{4200000, QStringLiteral("MGA")}, {303900000, QStringLiteral("MGA")}}},
            {QStringLiteral("All fees in BYN. Critical: 2 350,00 Br per server per year."),
             {{2350, QStringLiteral("BYN")}}},
            {QStringLiteral("LumiCare Premier: a fee of G 125,000.00 per server per year; HTG 78,500 per year."),
             {{125000, QStringLiteral("HTG")}, {78500, QStringLiteral("HTG")}}},
        };
        for (const auto &[line, expected] : cases)
            QCOMPARE(tw::test::currencyByAmount(analyze(textDocument({{line}}))), expected);
    }

    void currenciesOfBelizeVanuatuEswatiniSierraLeoneBurundiAndCapeVerde()
    {
        // "BZ$", the vatu "VT", the lilangeni "E 9,800.00" (a single letter: only with cents), the leone "Le", the
        // Burundian franc "FBu" and the escudo, whose sign stands where the decimal point goes ("148.500$00").
        const QList<QPair<QString, QMap<double, QString>>> cases = {
            {QStringLiteral("Premier: BZ$ 4,850.00 per server per year; BZD 123,300 in total."),
             {{4850, QStringLiteral("BZD")}, {123300, QStringLiteral("BZD")}}},
            {QStringLiteral("Platinum Care: VT 1,250,000 per server per year."), {{1250000, QStringLiteral("VUV")}}},
            {QStringLiteral("Mbabane HQ: a fee of E 9,800.00 per server per year; SZL 219,850.00 per year."),
             {{9800, QStringLiteral("SZL")}, {219850, QStringLiteral("SZL")}}},
            {QStringLiteral("Freetown: a fee of Le 24,500.00 per server per year; SLE 433,000 per year."),
             {{24500, QStringLiteral("SLE")}, {433000, QStringLiteral("SLE")}}},
            {QStringLiteral("Category A: FBu 2,950,000 per server per year; BIF 53,800,000 per year."),
             {{2950000, QStringLiteral("BIF")}, {53800000, QStringLiteral("BIF")}}},
            {QStringLiteral("Tier A: 148.500$00 per server per year; CVE 8,064,000 for the term."),
             {{148500, QStringLiteral("CVE")}, {8064000, QStringLiteral("CVE")}}},
        };
        for (const auto &[line, expected] : cases)
            QCOMPARE(tw::test::currencyByAmount(analyze(textDocument({{line}}))), expected);
        // A quantity before a dollar amount is no escudo: "Enhanced | 65 | $1,120.00".
        const auto quantity = analyze(textDocument({{QStringLiteral("Plan\tServers\tPrice per server per year"),
                                                     QStringLiteral("Enhanced\t65   $1,120.00")}}));
        QCOMPARE(tw::test::currencyByAmount(quantity), (QMap<double, QString>{{1120, QStringLiteral("USD")}}));
    }

    void currenciesOfTongaGambiaAlgeriaLiberiaTunisiaAndAfghanistan()
    {
        // The pa'anga "T$" (and "TOP" before four digits or more: "top 10" is no price), the dalasi "D 98,500.00"
        // (a single letter: only with cents), the Algerian dinar "520 000,00 DA", the Liberian dollar "L$", the
        // Tunisian dinar "DT" and the afghani "؋".
        const QList<QPair<QString, QMap<double, QString>>> cases = {
            {QStringLiteral("Plan A: T$ 2,850.00 per server per year; annual fees TOP 110,250."),
             {{2850, QStringLiteral("TOP")}, {110250, QStringLiteral("TOP")}}},
            {QStringLiteral("Category A: a fee of D 98,500.00 per server per year; GMD 1,938,000 in total."),
             {{98500, QStringLiteral("GMD")}, {1938000, QStringLiteral("GMD")}}},
            {QStringLiteral("Algiers DC: 520 000,00 DA per server per year; DZD 41,160,000 for the term."),
             {{520000, QStringLiteral("DZD")}, {41160000, QStringLiteral("DZD")}}},
            {QStringLiteral("Tier A: L$ 125,000.00 per server per year; LRD 68,500 per visit."),
             {{125000, QStringLiteral("LRD")}, {68500, QStringLiteral("LRD")}}},
            {QStringLiteral("Kabul: AFN 38,500 per server per year; travel ؋24,000 per trip."),
             {{38500, QStringLiteral("AFN")}, {24000, QStringLiteral("AFN")}}},
            // (The Tunisian dinar has three decimals: "4 850,000 DT" is 4,850 dinars.)
            {QStringLiteral("Platinum: 4 850,000 DT per server per year; travel 180,000 DT per trip."),
             {{4850, QStringLiteral("TND")}, {180, QStringLiteral("TND")}}},
        };
        for (const auto &[line, expected] : cases)
            QCOMPARE(tw::test::currencyByAmount(analyze(textDocument({{line}}))), expected);
        const auto top = analyze(textDocument({{QStringLiteral("Our prices put us in the top 10 of 2024; a fee of "
                                                               "USD 1,200 per server per year.")}}));
        QCOMPARE(tw::test::currencyByAmount(top), (QMap<double, QString>{{1200, QStringLiteral("USD")}}));
    }

    void currenciesOfTheCaribbeanPacificAndAfricanFrancZones()
    {
        // Dollars whose sign ends in "S$" or "R$" ("Sr$", "Bds$", "WS$", "SI$") are not the Singapore dollar or the
        // real; "B$" is the Bahamian dollar where the document names it (the Brunei dollar otherwise); the loti "M"
        // only with cents; "UM", "FC", "FG" and "LD" only before three digits or more; dinars are the stated one's.
        const QList<QPair<QString, QMap<double, QString>>> cases = {
            {QStringLiteral("Core: SRD 48,500.00 per server per year. Branch: Sr$ 12.750,00 per server per year."),
             {{48500, QStringLiteral("SRD")}, {12750, QStringLiteral("SRD")}}},
            {QStringLiteral("Premier: Bds$ 1,380.00 per server per year; call-outs BBD 185 per hour."),
             {{1380, QStringLiteral("BBD")}, {185, QStringLiteral("BBD")}}},
            {QStringLiteral("Upolu: an annual fee of WS$ 18,400.00; each additional trip is charged at SAT 2,300."),
             {{18400, QStringLiteral("WST")}, {2300, QStringLiteral("WST")}}},
            {QStringLiteral(
                 "Platinum: a fee of M 12,500.00 per server per year; Standard: LSL 3,400 per server per year."),
             {{12500, QStringLiteral("LSL")}, {3400, QStringLiteral("LSL")}}},
            {QStringLiteral("Lot 1: a unit price of UM 185 000 per server per year; MRU 42,500.00 for Lot 3."),
             {{185000, QStringLiteral("MRU")}, {42500, QStringLiteral("MRU")}}},
            {QStringLiteral("Kinshasa: a fee of FC 1 150 000 per server per year; CDF 18,500,000 for Lubumbashi."),
             {{1150000, QStringLiteral("CDF")}, {18500000, QStringLiteral("CDF")}}},
            {QStringLiteral("Honiara: SI$ 14,500.00 per server per year; branches SBD 2,300 per server per year."),
             {{14500, QStringLiteral("SBD")}, {2300, QStringLiteral("SBD")}}},
            {QStringLiteral("Conakry: a unit price of FG 45 000 000 per year; GNF 12,500,000 for Boké."),
             {{45000000, QStringLiteral("GNF")}, {12500000, QStringLiteral("GNF")}}},
            {QStringLiteral("Bureaux: an annual fee of Fdj 2 450 000; DJF 380,000 per server per year."),
             {{2450000, QStringLiteral("DJF")}, {380000, QStringLiteral("DJF")}}},
            {QStringLiteral("Tripoli: a price of LD 4,500.000 per server per year; LYD 18,250.500 per year."),
             {{4500, QStringLiteral("LYD")}, {18250.5, QStringLiteral("LYD")}}},
            {QStringLiteral("Fees are in Bahamian dollars. Main Hospital: an annual fee of B$ 36,000.00."),
             {{36000, QStringLiteral("BSD")}}},
            {QStringLiteral("Prices in Iraqi dinars. Head Office: IQD 1,750,000 per server per year; total "
                            "74,000,000 dinars."),
             {{1750000, QStringLiteral("IQD")}, {74000000, QStringLiteral("IQD")}}},
        };
        for (const auto &[line, expected] : cases)
            QCOMPARE(tw::test::currencyByAmount(analyze(textDocument({{line}}))), expected);
        // A credit in tala is a penalty.
        const auto credit = analyze(textDocument({{QStringLiteral(
            "If we miss the Priority 1 on-site time at an Upolu site, we will credit SAT 250 per incident against the "
            "next invoice, capped at 10% of the monthly fee.")}}));
        QCOMPARE(termsOf(credit, QStringLiteral("penalty")).size(), 1);
        // Saturday's hours and a Fibre Channel card are no prices.
        const auto result =
            analyze(textDocument({{QStringLiteral("Service hours MON-SAT 08:00 to 18:00; FC 16 Gb adapters included; a "
                                                  "fee of USD 1,200 per server per year.")}}));
        QCOMPARE(tw::test::currencyByAmount(result), (QMap<double, QString>{{1200, QStringLiteral("USD")}}));
    }

    void currenciesOfTheGulfHornOfAfricaAndTheEasternCaribbean()
    {
        // "EC$" and "CI$" are the Eastern Caribbean and Cayman dollars, not the Canadian or US one; the dobra is
        // written with a decimal comma ("Db 12.500,00"); "Sh.So." ends no sentence; manats and rials after an amount
        // are the stated Turkmen manat and Yemeni rial.
        const QList<QPair<QString, QMap<double, QString>>> cases = {
            {QStringLiteral("Gold: EC$ 3,500.00 per server per year; Silver: XCD 1,850 per server per year."),
             {{3500, QStringLiteral("XCD")}, {1850, QStringLiteral("XCD")}}},
            {QStringLiteral("Reef: KYD 1,650 per server per year. Deep Water: CI$ 275.00 per server per month."),
             {{1650, QStringLiteral("KYD")}, {275, QStringLiteral("KYD")}}},
            {QStringLiteral("Plano Ouro: STN 145.000,00 per server per year; call-outs at Db 12.500,00 per visit."),
             {{145000, QStringLiteral("STN")}, {12500, QStringLiteral("STN")}}},
            {QStringLiteral("Monitoring: SOS 2,850,000 per month. Call-out: Sh.So. 450,000 per visit, plus labour."),
             {{2850000, QStringLiteral("SOS")}, {450000, QStringLiteral("SOS")}}},
            {QStringLiteral("Category I: TMT 12,500.00 per server per year. Prices are in Turkmen manat; the "
                            "annual total is 285,000 manat."),
             {{12500, QStringLiteral("TMT")}, {285000, QStringLiteral("TMT")}}},
            {QStringLiteral("Tier B: YER 1,800,000 per server per year, payable in Yemeni rials; call-outs at 45,000 "
                            "rials per hour."),
             {{1800000, QStringLiteral("YER")}, {45000, QStringLiteral("YER")}}},
        };
        for (const auto &[line, expected] : cases)
            QCOMPARE(tw::test::currencyByAmount(analyze(textDocument({{line}}))), expected);
    }

    void currenciesOfArubaBermudaTheLevantAndTheComoros()
    {
        // The florin "Afl." with a decimal comma (and no sentence ending after it), the Bermuda dollar "BD$" (not the
        // Bahraini "BD"), the Lebanese pound "L.L.", the nakfa "Nfa", the Egyptian pound "LE" / "E£" where the document
        // names it (the leone's "Le" otherwise), and the Comorian franc "FC" where named (the Congolese one otherwise).
        const QList<QPair<QString, QMap<double, QString>>> cases = {
            {QStringLiteral("Plus at Afl. 2.250,00 per server per year, Basic at AWG 1.150,00 per server per year."),
             {{2250, QStringLiteral("AWG")}, {1150, QStringLiteral("AWG")}}},
            {QStringLiteral("Critical: BD$ 2,400.00 per server per year; Business: BMD 1,150 per server per year."),
             {{2400, QStringLiteral("BMD")}, {1150, QStringLiteral("BMD")}}},
            {QStringLiteral("Head Office: LBP 45,000,000 per year; branch visits at L.L. 9,000,000 per visit."),
             {{45000000, QStringLiteral("LBP")}, {9000000, QStringLiteral("LBP")}}},
            {QStringLiteral(
                 "CoreCare 24: Nfa 45,000.00 per server per year; Standard: ERN 12,500 per server per year."),
             {{45000, QStringLiteral("ERN")}, {12500, QStringLiteral("ERN")}}},
            {QStringLiteral(
                 "Fees are in Egyptian pounds. Cairo: LE 185,000 per year; engineer days at E£ 12,500 each."),
             {{185000, QStringLiteral("EGP")}, {12500, QStringLiteral("EGP")}}},
            {QStringLiteral("Prices are in Comorian francs. Essentiel: FC 185 000 per server per year; Intégral: KMF "
                            "2 500 000 per year."),
             {{185000, QStringLiteral("KMF")}, {2500000, QStringLiteral("KMF")}}},
        };
        for (const auto &[line, expected] : cases)
            QCOMPARE(tw::test::currencyByAmount(analyze(textDocument({{line}}))), expected);
    }

    void currenciesOfIranAndSerbia()
    {
        // "Rls" before an amount, and rials where the document prices in IRR (a Gulf riyal otherwise).
        const QList<QPair<QString, QMap<double, QString>>> cases = {
            {QStringLiteral("Head Office: IRR 4,500,000,000 per year; Site: Rls 850,000,000 per server per year."),
             {{4500000000, QStringLiteral("IRR")}, {850000000, QStringLiteral("IRR")}}},
            {QStringLiteral("All fees are in IRR. Extra visits: 45,000,000 rials per engineer-hour."),
             {{45000000, QStringLiteral("IRR")}}},
            // The Serbian dinar: "RSD" and "din." after the amount, with a decimal comma.
            {QStringLiteral("PREMIUM: 125.000 din. per server per year, in total RSD 1.250.000,00 per year."),
             {{125000, QStringLiteral("RSD")}, {1250000, QStringLiteral("RSD")}}},
        };
        for (const auto &[line, expected] : cases)
            QCOMPARE(tw::test::currencyByAmount(analyze(textDocument({{line}}))), expected);
    }

    void poundsOfTheFalklandsAndGibraltarAndTheShekel()
    {
        // "£" is the local pound, at par with sterling, where the document prices in it.
        const QList<QPair<QString, QMap<double, QString>>> cases = {
            {QStringLiteral("All prices are in Falkland Islands pounds. Camp Standard: £1,200 per server per year; "
                            "Stanley Gold: FKP 8,500.00 per year."),
             {{1200, QStringLiteral("FKP")}, {8500, QStringLiteral("FKP")}}},
            {QStringLiteral("Tier 1: GIP 24,500.00 per year; Tier 2: £1,850 per server per year."),
             {{24500, QStringLiteral("GIP")}, {1850, QStringLiteral("GIP")}}},
            {QStringLiteral("Gold: £1,850 per server per year."), {{1850, QStringLiteral("GBP")}}},
            // The shekel: "₪" and "NIS" before the amount.
            {QStringLiteral("Standard: NIS 4,500 per server per year; Premium: ₪ 12,500 per server per year."),
             {{4500, QStringLiteral("ILS")}, {12500, QStringLiteral("ILS")}}},
        };
        for (const auto &[line, expected] : cases)
            QCOMPARE(tw::test::currencyByAmount(analyze(textDocument({{line}}))), expected);
    }

    void forintsCfpFrancsGuildersAndFourMore()
    {
        // Seven currencies by their own signs; "Bs." is the bolívar where the document writes "VES" (the boliviano
        // elsewhere), and "NAf." ends no sentence.
        const QList<QPair<QString, QMap<double, QString>>> cases = {
            {QStringLiteral("Standard: 450 000 Ft / server / year; Platinum: HUF 1 250 000 / server / year."),
             {{450000, QStringLiteral("HUF")}, {1250000, QStringLiteral("HUF")}}},
            {QStringLiteral("Essentielle: XPF 85 000 per server per year. Extra work: 11 000 F CFP per hour."),
             {{85000, QStringLiteral("XPF")}, {11000, QStringLiteral("XPF")}}},
            {QStringLiteral(
                 "The contract value is NAf. 55.500,00 at first-year rates; extra hours ANG 145,00 per hour."),
             {{55500, QStringLiteral("ANG")}, {145, QStringLiteral("ANG")}}},
            {QStringLiteral("Shipping: VES 4.500,00 per shipment. Travel: Bs. 12.500,00 per visit."),
             {{4500, QStringLiteral("VES")}, {12500, QStringLiteral("VES")}}},
            {QStringLiteral("Travel: Bs. 12.500,00 per visit."), {{12500, QStringLiteral("BOB")}}},
            {QStringLiteral("Malakal visit: SSP 1,250,000 per visit; Juba call-out: SS£ 450,000 per visit."),
             {{1250000, QStringLiteral("SSP")}, {450000, QStringLiteral("SSP")}}},
            {QStringLiteral("Premium: SYP 27,000,000 per server per year; extra work LS 450,000 per engineer-hour."),
             {{27000000, QStringLiteral("SYP")}, {450000, QStringLiteral("SYP")}}},
            {QStringLiteral("Preventive maintenance: ZiG 12,500.00 per year; levy: ZWG 3,400 per visit."),
             {{12500, QStringLiteral("ZWG")}, {3400, QStringLiteral("ZWG")}}},
        };
        for (const auto &[line, expected] : cases)
            QCOMPARE(tw::test::currencyByAmount(analyze(textDocument({{line}}))), expected);
    }

    void wordsAndMakersThatSpellACode()
    {
        // "ALL 2 servers" and "AMD 7003 series processors" are no prices.
        const auto result = analyze(textDocument({{
            QStringLiteral("Scope: ALL 2 servers at the branch, with AMD 7003 series processors, are covered."),
            QStringLiteral("Gold: USD 1,200 per server per year."),
        }}));
        const auto prices = termsOf(result, QStringLiteral("price"));
        QCOMPARE(prices.size(), 1);
        QCOMPARE(prices.first().values.value(QStringLiteral("currency")).toString(), QStringLiteral("USD"));
    }
};

QTEST_GUILESS_MAIN(TestLocalCurrencies)
#include "TestLocalCurrencies.moc"
