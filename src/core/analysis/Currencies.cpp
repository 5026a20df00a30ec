#include "Currencies.h"

#include "TermExtractor.h"

#include <algorithm>

namespace tw::analysis {

const QString &localCurrencyCodes()
{
    static const QString codes = QStringLiteral(
        "BRL|PLN|VND|MXN|CZK|HUF|TRY|IDR|THB|KRW|RON|ARS|CLP|COP|KZT|GHS|PEN|"
        "MAD|PKR|BDT|LKR|EGP|UAH|OMR|BHD|KWD|JOD|CRC|NPR|GEL|TZS|ETB|"
        "MNT|UZS|ZMW|UGX|AZN|PYG|DOP|ISK|BWP|JMD|BOB|MUR|BND|PGK|MKD|KGS|KHR|FJD|"
        "NAD|TTD|HNL|MWK|LAK|MMK|MDL|BAM|TJS|MVR|RWF|SCR|AOA|XOF|XAF|UYU|GYD|MZN|"
        "GTQ|NIO|BTN|MGA|BYN|HTG|BZD|VUV|SZL|SLE|SLL|BIF|CVE|GMD|DZD|LRD|AFN|TND|SRD|BBD|WST|LSL|"
        "MRU|CDF|BSD|SBD|GNF|DJF|IQD|LYD|TMT|YER|XCD|KYD|STN|SOS|AWG|KMF|BMD|LBP|ERN|IRR|RSD|FKP|GIP|ILS|"
        "XPF|ANG|XCG|VES|SSP|SYP|ZWG|RUB");
    return codes;
}

namespace {

enum class Place { Before, After, Either }; ///< where a sign stands beside the amount

struct SharedSign
{
    Place place;
    QRegularExpression sign;
    QStringList currencies;
    bool namedByCode = true; ///< a document writing one of the codes reads the sign as it (not so "$" and "¥")
};

// The signs several currencies share: "$" is a Canadian, Australian, Singapore, Hong Kong or New Zealand dollar or a
// Latin American peso, "¥" the yen, "Rs." a Pakistani, Sri Lankan, Nepalese or Mauritian rupee, "K" the kina or the
// kyat, "SR" the Seychelles rupee, "lei" the Moldovan leu, "FCFA" the Central African franc, "C$" the córdoba, "Br"
// the Belarusian rouble, "riyals" the Qatari or Omani ones, "dirhams" the Moroccan, "kr" a Norwegian, Danish or
// Icelandic krone, "Bs." the bolívar.
const QList<SharedSign> &sharedSigns()
{
    static const QList<SharedSign> shared = {
        {Place::Before,
         QRegularExpression(QStringLiteral(R"(^\$$)")),
         {QStringLiteral("NZD"), QStringLiteral("AUD"), QStringLiteral("CAD"), QStringLiteral("SGD"),
          QStringLiteral("HKD"), QStringLiteral("MXN"), QStringLiteral("CLP"), QStringLiteral("COP"),
          QStringLiteral("ARS"), QStringLiteral("UYU")},
         false},
        {Place::Before, QRegularExpression(QStringLiteral(R"(^¥$)")), {QStringLiteral("JPY")}, false},
        {Place::Before, QRegularExpression(QStringLiteral(R"(^£$)")), {QStringLiteral("FKP"), QStringLiteral("GIP")}},
        {Place::Before,
         QRegularExpression(QStringLiteral(R"(^Rs)")),
         {QStringLiteral("PKR"), QStringLiteral("LKR"), QStringLiteral("NPR"), QStringLiteral("MUR")}},
        {Place::Before, QRegularExpression(QStringLiteral(R"(^K$)")), {QStringLiteral("PGK"), QStringLiteral("MMK")}},
        {Place::Before, QRegularExpression(QStringLiteral(R"(^SR$)")), {QStringLiteral("SCR")}},
        {Place::After, QRegularExpression(QStringLiteral(R"(^(?:F\s?CFA|CFA)$)")), {QStringLiteral("XAF")}},
        {Place::Before, QRegularExpression(QStringLiteral(R"(^C\$$)")), {QStringLiteral("NIO")}},
        {Place::Before, QRegularExpression(QStringLiteral(R"(^B\$$)")), {QStringLiteral("BSD")}},
        {Place::Before, QRegularExpression(QStringLiteral(R"(^Bs\.?$)")), {QStringLiteral("VES")}},
        {Place::After,
         QRegularExpression(QStringLiteral(R"(^dinars?$)"), QRegularExpression::CaseInsensitiveOption),
         {QStringLiteral("IQD"), QStringLiteral("LYD"), QStringLiteral("TND"), QStringLiteral("DZD"),
          QStringLiteral("JOD"), QStringLiteral("KWD"), QStringLiteral("BHD")}},
        {Place::Either, QRegularExpression(QStringLiteral(R"(^Br\.?$)")), {QStringLiteral("BYN")}},
        {Place::After,
         QRegularExpression(QStringLiteral(R"(^le[iu]$)"), QRegularExpression::CaseInsensitiveOption),
         {QStringLiteral("MDL")}},
        {Place::After,
         QRegularExpression(QStringLiteral(R"(^(?:riyals?|rials?)$)"), QRegularExpression::CaseInsensitiveOption),
         {QStringLiteral("QAR"), QStringLiteral("OMR"), QStringLiteral("YER"), QStringLiteral("IRR")}},
        {Place::After,
         QRegularExpression(QStringLiteral(R"(^manats?$)"), QRegularExpression::CaseInsensitiveOption),
         {QStringLiteral("TMT")}},
        {Place::Before, QRegularExpression(QStringLiteral(R"(^LE$)")), {QStringLiteral("EGP")}},
        {Place::Before, QRegularExpression(QStringLiteral(R"(^FC$)")), {QStringLiteral("KMF")}},
        {Place::After,
         QRegularExpression(QStringLiteral(R"(^dirham)"), QRegularExpression::CaseInsensitiveOption),
         {QStringLiteral("MAD")}},
        {Place::Either,
         QRegularExpression(QStringLiteral(R"(^kr)"), QRegularExpression::CaseInsensitiveOption),
         {QStringLiteral("NOK"), QStringLiteral("DKK"), QStringLiteral("ISK")}},
    };
    return shared;
}

} // namespace

// A sign several currencies share, read as the one the document states, else as the first it names by code; empty
// when it does neither (currencyCode's reading stands: the US dollar, the yuan, the Indian rupee, the Saudi riyal,
// the Swedish krona, the boliviano).
QString sharedSignCurrency(const QString &sign, bool prefix, const QString &stated, const QStringList &named)
{
    const Place place = prefix ? Place::Before : Place::After;
    for (const SharedSign &entry : sharedSigns()) {
        if ((entry.place != place && entry.place != Place::Either) || !entry.sign.match(sign).hasMatch())
            continue;
        if (entry.currencies.contains(stated))
            return stated;
        for (const QString &code : named) {
            if (entry.namedByCode && entry.currencies.contains(code))
                return code;
        }
    }
    return QString();
}

QStringList namedSharedSignCurrencies(const QString &fullText)
{
    static const QRegularExpression code([] {
        QStringList codes;
        for (const SharedSign &entry : sharedSigns()) {
            if (entry.namedByCode)
                codes << entry.currencies;
        }
        codes.removeDuplicates();
        return QRegularExpression(QStringLiteral(R"(\b(%1)\b)").arg(codes.join(QLatin1Char('|'))));
    }());
    QStringList named;
    for (auto it = code.globalMatch(fullText); it.hasNext();) {
        const QString found = it.next().captured(1);
        if (!named.contains(found))
            named.append(found);
    }
    return named;
}

QString currencyCode(const QString &symbol)
{
    const QString s = symbol.trimmed().toUpper();
    if (s.isEmpty())
        return QString();
    if (s == QStringLiteral("¥") || s == QStringLiteral("元") || s.contains(QStringLiteral("人民币")) ||
        s == QLatin1String("RMB") || s == QLatin1String("CNY") || s.contains(QLatin1String("YUAN")) ||
        s.contains(QLatin1String("RENMINBI")))
        return QStringLiteral("CNY");
    // "New Zealand dollars", "Australian dollars": the country decides before the word "dollar".
    if (s.contains(QLatin1String("DOLLAR"))) {
        static const QList<QPair<QLatin1String, QLatin1String>> countries = {
            {QLatin1String("NEW ZEALAND"), QLatin1String("NZD")},
            {QLatin1String("NZ "), QLatin1String("NZD")},
            {QLatin1String("AUSTRALIA"), QLatin1String("AUD")},
            {QLatin1String("CANADIAN"), QLatin1String("CAD")},
            {QLatin1String("SINGAPORE"), QLatin1String("SGD")},
            {QLatin1String("HONG KONG"), QLatin1String("HKD")},
            {QLatin1String("BAHAMIAN"), QLatin1String("BSD")},
            {QLatin1String("BARBADOS"), QLatin1String("BBD")},
            {QLatin1String("SOLOMON"), QLatin1String("SBD")},
            {QLatin1String("SURINAM"), QLatin1String("SRD")},
            {QLatin1String("EASTERN CARIBBEAN"), QLatin1String("XCD")},
            {QLatin1String("CAYMAN"), QLatin1String("KYD")}};
        for (const auto &[country, code] : countries) {
            if (s.contains(country))
                return QString(code);
        }
    }
    if (s == QLatin1String("$") || s == QLatin1String("US$") || s == QLatin1String("USD") ||
        s.contains(QStringLiteral("美元")) || s.contains(QLatin1String("DOLLAR")))
        return QStringLiteral("USD");
    if (s == QStringLiteral("€") || s == QLatin1String("EUR") || s.contains(QStringLiteral("欧元")) ||
        s.contains(QLatin1String("EURO")))
        return QStringLiteral("EUR");
    if (s == QStringLiteral("£") || s == QLatin1String("GBP") || s.contains(QStringLiteral("英镑")) ||
        s.contains(QLatin1String("POUND"))) {
        // ("Egyptian pounds", "Lebanese pounds", "Falkland Islands pounds": the country decides, as for dollars.)
        if (s.contains(QLatin1String("EGYPT")))
            return QStringLiteral("EGP");
        if (s.contains(QLatin1String("LEBAN")))
            return QStringLiteral("LBP");
        if (s.contains(QLatin1String("FALKLAND")))
            return QStringLiteral("FKP");
        if (s.contains(QLatin1String("GIBRALTAR")))
            return QStringLiteral("GIP");
        if (s.contains(QLatin1String("SOUTH SUDAN")))
            return QStringLiteral("SSP");
        if (s.contains(QLatin1String("SYRIA")))
            return QStringLiteral("SYP");
        return QStringLiteral("GBP");
    }
    if (s == QLatin1String("HKD") || s == QLatin1String("HK$") || s.contains(QStringLiteral("港币")))
        return QStringLiteral("HKD");
    if (s == QLatin1String("SGD") || s == QLatin1String("S$"))
        return QStringLiteral("SGD");
    if (s == QLatin1String("AUD") || s == QLatin1String("A$"))
        return QStringLiteral("AUD");
    if (s == QLatin1String("CAD") || s == QLatin1String("C$"))
        return QStringLiteral("CAD");
    if (s == QLatin1String("JPY") || s.contains(QLatin1String("YEN")))
        return QStringLiteral("JPY");
    if (s == QStringLiteral("₹") || s == QLatin1String("INR") || s == QLatin1String("RS.") ||
        s == QLatin1String("RS") || s.contains(QLatin1String("RUPEE")) || s.contains(QStringLiteral("卢比"))) {
        if (s.contains(QLatin1String("PAKISTAN")))
            return QStringLiteral("PKR");
        if (s.contains(QLatin1String("SRI LANKA")))
            return QStringLiteral("LKR");
        if (s.contains(QLatin1String("NEPAL")))
            return QStringLiteral("NPR");
        if (s.contains(QLatin1String("MAURITI")))
            return QStringLiteral("MUR");
        if (s.contains(QLatin1String("SEYCHELL")))
            return QStringLiteral("SCR");
        return QStringLiteral("INR");
    }
    if (s == QLatin1String("PHP") || s == QStringLiteral("₱") ||
        (s.contains(QLatin1String("PESO")) && !s.contains(QLatin1String("MEXICAN"))))
        return QStringLiteral("PHP");
    if (s == QLatin1String("MYR") || s == QLatin1String("RM") || s.contains(QLatin1String("RINGGIT")) ||
        s.contains(QStringLiteral("令吉")) || s.contains(QStringLiteral("马币")))
        return QStringLiteral("MYR");
    if (s.startsWith(QLatin1String("MOP")) || s.contains(QLatin1String("PATACA")) ||
        s.contains(QStringLiteral("澳门")) || s.contains(QStringLiteral("澳門")))
        return QStringLiteral("MOP");
    if (s == QLatin1String("TWD") || s == QLatin1String("NT$") || s.contains(QStringLiteral("台币")) ||
        s.contains(QStringLiteral("台幣")))
        return QStringLiteral("TWD");
    if (s == QStringLiteral("新元") || s == QStringLiteral("新币") || s == QStringLiteral("新加坡元"))
        return QStringLiteral("SGD");
    if (s == QStringLiteral("港元") || s == QStringLiteral("港幣"))
        return QStringLiteral("HKD");
    if (s == QStringLiteral("澳元"))
        return QStringLiteral("AUD");
    if (s == QStringLiteral("加元"))
        return QStringLiteral("CAD");
    if (s == QStringLiteral("日元"))
        return QStringLiteral("JPY");
    if (s == QLatin1String("NZD") || s == QLatin1String("NZ$"))
        return QStringLiteral("NZD");
    if (s == QLatin1String("CHF"))
        return QStringLiteral("CHF");
    // ("kr" is the Swedish krona unless the document states another krone, see sharedSignCurrency.)
    if (s == QLatin1String("SEK") || s == QLatin1String("KR") || s == QLatin1String("KR.") ||
        s == QLatin1String("KRONOR") || s == QLatin1String("KRONER"))
        return QStringLiteral("SEK");
    if (s == QLatin1String("NOK") || s.contains(QLatin1String("NORWEGIAN KRONE")))
        return QStringLiteral("NOK");
    if (s == QLatin1String("DKK") || s.contains(QLatin1String("DANISH KRONE")))
        return QStringLiteral("DKK");
    // Gulf and South African currencies by their codes or names.
    if (s == QLatin1String("AED") || s.contains(QLatin1String("DIRHAM")) || s.contains(QStringLiteral("迪拉姆")))
        return QStringLiteral("AED");
    if (s == QLatin1String("SAR") || s.contains(QLatin1String("RIYAL")) || s.startsWith(QLatin1String("RIAL")))
        return QStringLiteral("SAR");
    if (s == QLatin1String("QAR"))
        return QStringLiteral("QAR");
    if (s == QLatin1String("ZAR") || s.contains(QLatin1String("RAND")))
        return QStringLiteral("ZAR");
    // East and West African currencies.
    if (s == QLatin1String("KES") || s == QLatin1String("KSH") || s.contains(QLatin1String("KENYA SHILLING")))
        return QStringLiteral("KES");
    if (s == QLatin1String("NGN") || s == QStringLiteral("₦") || s.contains(QLatin1String("NAIRA")))
        return QStringLiteral("NGN");
    // Latin American, Central and Eastern European and South-East Asian currencies by code, symbol or name.
    if (s == QLatin1String("BRL") || s == QLatin1String("R$") || s.contains(QLatin1String("REAIS")))
        return QStringLiteral("BRL");
    if (s == QLatin1String("MXN") || s == QLatin1String("MX$") || s.contains(QLatin1String("MEXICAN PESO")))
        return QStringLiteral("MXN");
    if (s == QLatin1String("PLN") || s == QStringLiteral("ZŁ") || s.startsWith(QLatin1String("ZLOT")))
        return QStringLiteral("PLN");
    if (s == QLatin1String("VND") || s == QStringLiteral("₫") || s == QLatin1String("DONG"))
        return QStringLiteral("VND");
    if (s == QStringLiteral("₩") || s == QLatin1String("KRW"))
        return QStringLiteral("KRW");
    if (s == QStringLiteral("₺") || s == QLatin1String("TRY") || s == QLatin1String("TL"))
        return QStringLiteral("TRY");
    if (s == QStringLiteral("GH₵") || s == QStringLiteral("₵") || s == QLatin1String("GHS") ||
        s.startsWith(QLatin1String("CEDI")))
        return QStringLiteral("GHS");
    if (s == QLatin1String("S/") || s == QLatin1String("S/.") || s == QLatin1String("PEN") ||
        s == QLatin1String("SOLES"))
        return QStringLiteral("PEN");
    if (s == QLatin1String("PKR") || s.contains(QLatin1String("PAKISTANI RUPEE")))
        return QStringLiteral("PKR");
    if (s == QLatin1String("BDT") || s == QStringLiteral("৳") || s == QLatin1String("TK") ||
        s == QLatin1String("TK.") || s.startsWith(QLatin1String("TAKA")))
        return QStringLiteral("BDT");
    if (s == QLatin1String("LKR"))
        return QStringLiteral("LKR");
    if (s == QLatin1String("RP") || s == QLatin1String("RP.") || s == QLatin1String("IDR") ||
        s.contains(QLatin1String("RUPIAH")))
        return QStringLiteral("IDR");
    if (s == QLatin1String("MAD") || s.contains(QLatin1String("MOROCCAN DIRHAM")))
        return QStringLiteral("MAD");
    if (s == QStringLiteral("₸") || s == QLatin1String("KZT") || s == QLatin1String("TENGE"))
        return QStringLiteral("KZT");
    if (s.contains(QLatin1String("CHILEAN PESO")))
        return QStringLiteral("CLP");
    if (s.contains(QLatin1String("COLOMBIAN PESO")))
        return QStringLiteral("COP");
    if (s.contains(QLatin1String("ARGENTINE PESO")))
        return QStringLiteral("ARS");
    if (s == QLatin1String("RO") || s.contains(QLatin1String("OMANI RIAL")) || s.contains(QLatin1String("RIAL OMANI")))
        return QStringLiteral("OMR");
    // Local currencies by their own signs or words (exact), or by how their names start ("HRYVNIAS", "TUGRIKS").
    struct LocalCurrency
    {
        QStringList exact;
        QStringList nameStarts;
        const char *code;
    };
    static const QList<LocalCurrency> local = {
        {{QStringLiteral("BD")}, {}, "BHD"},
        {{QStringLiteral("JD")}, {}, "JOD"},
        {{QStringLiteral("KD")}, {}, "KWD"},
        {{QStringLiteral("₴")}, {QStringLiteral("HRYVNIA")}, "UAH"},
        {{QStringLiteral("₡"), QStringLiteral("CRC")}, {QStringLiteral("COLONES")}, "CRC"},
        {{QStringLiteral("₾"), QStringLiteral("LARI")}, {}, "GEL"},
        {{QStringLiteral("₮")}, {QStringLiteral("TUGRIK")}, "MNT"},
        {{QStringLiteral("TSH")}, {}, "TZS"},
        {{QStringLiteral("BR"), QStringLiteral("BR."), QStringLiteral("BIRR")}, {}, "ETB"},
        {{QStringLiteral("SO'M"), QStringLiteral("SO’M")}, {}, "UZS"},
        {{QStringLiteral("K")}, {QStringLiteral("KWACHA")}, "ZMW"},
        {{QStringLiteral("USH")}, {}, "UGX"},
        {{QStringLiteral("₼")}, {QStringLiteral("MANAT")}, "AZN"},
        {{QStringLiteral("₲")}, {QStringLiteral("GUARAN")}, "PYG"},
        {{QStringLiteral("RD$")}, {}, "DOP"},
        {{QStringLiteral("J$")}, {}, "JMD"},
        {{QStringLiteral("B$")}, {}, "BND"},
        {{QStringLiteral("P"), QStringLiteral("PULA")}, {}, "BWP"},
        {{QStringLiteral("BS"), QStringLiteral("BS.")}, {QStringLiteral("BOLIVIANO")}, "BOB"},
        {{QStringLiteral("KINA")}, {}, "PGK"},
        {{QStringLiteral("ДЕН")}, {QStringLiteral("DENAR")}, "MKD"},
        {{QStringLiteral("ALL")}, {QStringLiteral("LEK")}, "ALL"},
        {{QStringLiteral("֏"), QStringLiteral("AMD"), QStringLiteral("DRAM")}, {}, "AMD"},
        {{QStringLiteral("SOM")}, {}, "KGS"},
        {{QStringLiteral("៛")}, {QStringLiteral("RIEL")}, "KHR"},
        {{QStringLiteral("FJ$")}, {}, "FJD"},
        {{QStringLiteral("N$")}, {}, "NAD"},
        {{QStringLiteral("TT$")}, {}, "TTD"},
        {{QStringLiteral("L")}, {QStringLiteral("LEMPIRA")}, "HNL"},
        {{QStringLiteral("MK")}, {}, "MWK"},
        {{QStringLiteral("₭"), QStringLiteral("KIP")}, {}, "LAK"},
        {{}, {QStringLiteral("KYAT")}, "MMK"},
        {{QStringLiteral("LEI"), QStringLiteral("LEU")}, {}, "RON"},
        {{QStringLiteral("KM")}, {}, "BAM"},
        {{QStringLiteral("SOMONI")}, {}, "TJS"},
        {{QStringLiteral("RF")}, {QStringLiteral("RUFIYAA")}, "MVR"},
        {{QStringLiteral("FRW")}, {}, "RWF"},
        {{QStringLiteral("SR")}, {}, "SAR"},
        {{QStringLiteral("KZ")}, {QStringLiteral("KWANZA")}, "AOA"},
        {{QStringLiteral("FCFA"), QStringLiteral("F CFA")}, {QStringLiteral("CFA FRANC")}, "XOF"},
        {{QStringLiteral("$U")}, {}, "UYU"},
        {{QStringLiteral("G$")}, {}, "GYD"},
        {{QStringLiteral("MT")}, {QStringLiteral("METICA")}, "MZN"},
        {{QStringLiteral("Q")}, {QStringLiteral("QUETZAL")}, "GTQ"},
        {{}, {QStringLiteral("CÓRDOBA"), QStringLiteral("CORDOBA")}, "NIO"},
        {{QStringLiteral("NU"), QStringLiteral("NU.")}, {QStringLiteral("NGULTRUM")}, "BTN"},
        {{QStringLiteral("AR")}, {QStringLiteral("ARIARY")}, "MGA"},
        {{QStringLiteral("G")}, {QStringLiteral("GOURDE")}, "HTG"},
        {{QStringLiteral("BZ$")}, {}, "BZD"},
        {{QStringLiteral("VT"), QStringLiteral("VATU")}, {}, "VUV"},
        {{QStringLiteral("E"), QStringLiteral("EMALANGENI"), QStringLiteral("LILANGENI")}, {}, "SZL"},
        {{QStringLiteral("LE")}, {QStringLiteral("LEONE")}, "SLE"},
        {{QStringLiteral("FBU")}, {}, "BIF"},
        {{QStringLiteral("ESCUDOS")}, {}, "CVE"},
        {{QStringLiteral("T$"), QStringLiteral("TOP"), QStringLiteral("PA'ANGA"), QStringLiteral("PA’ANGA")},
         {},
         "TOP"},
        {{QStringLiteral("D")}, {QStringLiteral("DALASI")}, "GMD"},
        {{QStringLiteral("DA")}, {}, "DZD"},
        {{QStringLiteral("DT")}, {}, "TND"},
        {{QStringLiteral("L$")}, {}, "LRD"},
        {{QStringLiteral("؋")}, {QStringLiteral("AFGHANI")}, "AFN"},
        {{QStringLiteral("SR$")}, {}, "SRD"},
        {{QStringLiteral("BDS$")}, {}, "BBD"},
        {{QStringLiteral("WS$"), QStringLiteral("SAT"), QStringLiteral("TALA")}, {}, "WST"},
        {{QStringLiteral("M"), QStringLiteral("MALOTI")}, {}, "LSL"},
        {{QStringLiteral("UM")}, {QStringLiteral("OUGUIYA")}, "MRU"},
        {{QStringLiteral("FC")}, {QStringLiteral("CONGOLESE FRANC")}, "CDF"},
        {{QStringLiteral("SI$")}, {}, "SBD"},
        {{QStringLiteral("FG")}, {QStringLiteral("GUINEAN FRANC")}, "GNF"},
        {{QStringLiteral("FDJ")}, {QStringLiteral("DJIBOUTI FRANC")}, "DJF"},
        {{QStringLiteral("LD")}, {}, "LYD"},
        {{QStringLiteral("EC$")}, {}, "XCD"},
        {{QStringLiteral("CI$")}, {}, "KYD"},
        {{QStringLiteral("DB")}, {QStringLiteral("DOBRA")}, "STN"},
        {{QStringLiteral("SH.SO."), QStringLiteral("SH.SO"), QStringLiteral("SH. SO.")},
         {QStringLiteral("SOMALI SHILLING")},
         "SOS"},
        {{}, {QStringLiteral("YEMENI RIAL")}, "YER"},
        {{QStringLiteral("RLS"), QStringLiteral("RLS.")}, {QStringLiteral("IRANIAN RIAL")}, "IRR"},
        {{QStringLiteral("DIN."), QStringLiteral("DIN")}, {QStringLiteral("SERBIAN DINAR")}, "RSD"},
        {{QStringLiteral("₪"), QStringLiteral("NIS")}, {QStringLiteral("SHEKEL")}, "ILS"},
        {{QStringLiteral("AFL."), QStringLiteral("AFL"), QStringLiteral("Ƒ")},
         {QStringLiteral("ARUBAN FLORIN")},
         "AWG"},
        {{QStringLiteral("BD$")}, {QStringLiteral("BERMUD")}, "BMD"},
        {{QStringLiteral("L.L.")}, {QStringLiteral("LEBANESE POUND")}, "LBP"},
        {{QStringLiteral("NFA"), QStringLiteral("NFK")}, {QStringLiteral("NAKFA")}, "ERN"},
        {{QStringLiteral("E£")}, {QStringLiteral("EGYPTIAN POUND")}, "EGP"},
        {{}, {QStringLiteral("COMORIAN FRANC")}, "KMF"},
        {{QStringLiteral("FT"), QStringLiteral("FT.")}, {QStringLiteral("FORINT")}, "HUF"},
        {{QStringLiteral("F CFP"), QStringLiteral("FCFP")}, {QStringLiteral("CFP FRANC")}, "XPF"},
        {{QStringLiteral("NAF."), QStringLiteral("NAF")}, {}, "ANG"},
        {{}, {QStringLiteral("BOLÍVAR"), QStringLiteral("BOLIVAR")}, "VES"},
        {{QStringLiteral("SS£")}, {}, "SSP"},
        {{QStringLiteral("LS")}, {}, "SYP"},
        {{QStringLiteral("ZIG")}, {}, "ZWG"},
        {{QStringLiteral("₽"), QStringLiteral("РУБ."), QStringLiteral("РУБ")},
         {QStringLiteral("ROUBLE"), QStringLiteral("RUBLE")},
         "RUB"},
    };
    for (const LocalCurrency &currency : local) {
        if (currency.exact.contains(s) || std::any_of(currency.nameStarts.cbegin(), currency.nameStarts.cend(),
                                                      [&](const QString &start) { return s.startsWith(start); }))
            return QString::fromLatin1(currency.code);
    }
    // (The Cape Verdean escudo writes its sign where the decimal point goes: "148.500$00".)
    if (s.size() == 3 && s.startsWith(QLatin1Char('$')) && s.at(1).isDigit() && s.at(2).isDigit())
        return QStringLiteral("CVE");
    // (Tanzanian and Ugandan shillings by their country's name anywhere in it.)
    if (s.contains(QLatin1String("TANZANIA")))
        return QStringLiteral("TZS");
    if (s.contains(QLatin1String("UGANDA")))
        return QStringLiteral("UGX");
    // The rest by their codes.
    if (localCurrencyCodes().split(QLatin1Char('|')).contains(s))
        return s;
    return QString();
}

QString statedCurrency(const QString &fullText)
{
    static const QRegularExpression re = TermExtractor::pattern(
        QStringLiteral(
            R"((?:币种|货币|币别)\s*[:：]?\s*(人民币|美元|欧元|港币|新台币|台币|日元|新加坡元)|(?:prices?|fees?|amounts?|charges?|rates?) (?:are|is|shall be) (?:stated |quoted |expressed |payable )?in ([a-z ]*?(?:dollars|yuan|renminbi|euros?|pounds|rupees|yen))|(?:prices?|amounts?|fees?|rates?) (?:(?:are|is) )?in (?:[a-z ]*)?\(?(USD|CNY|RMB|EUR|GBP|SGD|HKD|AUD|CAD|JPY|INR|NZD|CHF|SEK|NOK|DKK)\)?|in (?:chinese )?(yuan|renminbi) \((?:CNY|RMB)\)|\bin ((?:canadian|australian|singapore|hong kong|new zealand) dollars|indian rupees)\b|\d\s+(yen)\b|\((USD|CNY|RMB|EUR|GBP|SGD|HKD|AUD|CAD|JPY|INR|NZD|CHF|SEK|NOK|DKK|MYR|MOP|TWD|AED|SAR|QAR|ZAR|PHP|KES|NGN)[),;])"
            // A table's note in brackets: "维护费用如下表（新台币，含5%营业税）".
            R"(|[(（](新台币|台币|港币|港元|美元|欧元|日元|新加坡元)(?:元)?\s*[,，、;；)）])"
            // A quote's header field: "Currency: USD", "Currency | USD" (a cell of its own).
            R"(|\bcurrency\s*(?:[:：]|\t)\s*(USD|CNY|RMB|EUR|GBP|SGD|HKD|AUD|CAD|JPY|INR|NZD|CHF|SEK|NOK|DKK|MYR|MOP|TWD|AED|SAR|QAR|ZAR|PHP|KES|NGN|)") +
        localCurrencyCodes() + QStringLiteral(R"()\b)"));
    const auto m = re.match(fullText);
    if (!m.hasMatch()) {
        // A Latin American document writes its peso "$": the one it names ("CLP 68.000", "Colombian pesos").
        static const QRegularExpression peso(QStringLiteral(
            R"(\b(?:(CLP|Chilean pesos?)|(COP|Colombian pesos?)|(MXN|Mexican pesos?)|(ARS|Argentine pesos?)|(UYU|Uruguayan pesos?))\b)"));
        if (const auto p = peso.match(fullText); p.hasMatch())
            return p.hasCaptured(1)   ? QStringLiteral("CLP")
                   : p.hasCaptured(2) ? QStringLiteral("COP")
                   : p.hasCaptured(3) ? QStringLiteral("MXN")
                   : p.hasCaptured(4) ? QStringLiteral("ARS")
                                      : QStringLiteral("UYU");
        // ... a Pakistani, Sri Lankan, Nepalese or Mauritian one its rupee ...
        static const QRegularExpression rupee(QStringLiteral(
            R"(\b(?:(PKR|Pakistani rupees?)|(LKR|Sri Lankan rupees?)|(NPR|Nepal(?:ese|i) rupees?)|(MUR|Mauritian rupees?))\b)"));
        if (const auto r = rupee.match(fullText); r.hasMatch())
            return r.hasCaptured(1)   ? QStringLiteral("PKR")
                   : r.hasCaptured(2) ? QStringLiteral("LKR")
                   : r.hasCaptured(3) ? QStringLiteral("NPR")
                                      : QStringLiteral("MUR");
        // ... a currency named by its code or name whose sign others share: a Papua New Guinean one its kina "K"
        // (the kwacha's otherwise), a Myanmar one its kyat "K", a Nicaraguan one its córdoba "C$", a Belarusian one
        // its rouble "Br", a Central African one its "FCFA", a Seychellois one its rupee "SR", a Moldovan one its
        // "lei" ...
        struct NamedCurrency
        {
            QRegularExpression named;
            const char *code;
        };
        static const QList<NamedCurrency> namedCurrencies = {
            {QRegularExpression(QStringLiteral(R"(\b(?:PGK|kina)\b)")), "PGK"},
            {QRegularExpression(QStringLiteral(R"(\b(?:MMK|kyats?)\b)")), "MMK"},
            {QRegularExpression(QStringLiteral(R"(\b(?:NIO|c[óo]rdobas?)\b)")), "NIO"},
            {QRegularExpression(QStringLiteral(R"(\b(?:BYN|Belarusian (?:roubles?|rubles?))\b)")), "BYN"},
            {QRegularExpression(QStringLiteral(R"(\b(?:XAF|Central African CFA)\b)")), "XAF"},
            {QRegularExpression(QStringLiteral(R"(\b(?:SCR|Seychelles rupees?)\b)")), "SCR"},
            {QRegularExpression(QStringLiteral(R"(\b(?:MDL|Moldovan le[iu])\b)")), "MDL"},
            {QRegularExpression(QStringLiteral(R"(\b(?:BSD|Bahamian dollars?)\b)")), "BSD"},
            {QRegularExpression(QStringLiteral(R"(\b(?:IQD|Iraqi dinars?)\b)")), "IQD"},
            {QRegularExpression(QStringLiteral(R"(\b(?:TMT|Turkmen(?:istan)? manats?)\b)")), "TMT"},
            {QRegularExpression(QStringLiteral(R"(\b(?:YER|Yemeni rials?)\b)")), "YER"},
            {QRegularExpression(QStringLiteral(R"(\b(?:IRR|Iranian rials?)\b)")), "IRR"},
            {QRegularExpression(QStringLiteral(R"(\b(?:FKP|Falkland(?: Islands?)? pounds?)\b)")), "FKP"},
            {QRegularExpression(QStringLiteral(R"(\b(?:GIP|Gibraltar pounds?)\b)")), "GIP"},
            {QRegularExpression(QStringLiteral(R"(\b(?:EGP|Egyptian pounds?)\b)")), "EGP"},
            {QRegularExpression(QStringLiteral(R"(\b(?:KMF|Comorian francs?)\b)")), "KMF"},
            {QRegularExpression(QStringLiteral(R"(\b(?:LYD|Libyan dinars?)\b)")), "LYD"},
            {QRegularExpression(QStringLiteral(R"(\b(?:VES|Venezuelan bol[ií]vars?|bol[ií]vares)\b)")), "VES"},
        };
        for (const NamedCurrency &currency : namedCurrencies) {
            if (currency.named.match(fullText).hasMatch())
                return QString::fromLatin1(currency.code);
        }
        // ... a Qatari or Omani one its riyal ...
        static const QRegularExpression gulf(
            QStringLiteral(R"(\b(?:(QAR|Qatari riyals?)|(OMR|RO(?=\s?\d)|Omani rials?))\b)"));
        if (const auto g = gulf.match(fullText); g.hasMatch())
            return g.hasCaptured(1) ? QStringLiteral("QAR") : QStringLiteral("OMR");
        // ... and a Moroccan one its dirham.
        static const QRegularExpression moroccan(QStringLiteral(R"(\bMAD\s?\d|\bMoroccan dirhams?\b)"));
        if (moroccan.match(fullText).hasMatch())
            return QStringLiteral("MAD");
        // Amounts in "kr" are in the krone of the country the document names.
        static const QRegularExpression kronor(QStringLiteral(R"(\d\s?kr\b|\bkr\.?\s?\d)"));
        static const QRegularExpression country(
            QStringLiteral(R"(\b(?:(NOK|Norw\w*)|(DKK|Danish|Denmark)|(ISK|Iceland\w*))\b)"));
        if (!kronor.match(fullText).hasMatch())
            return QString();
        const auto c = country.match(fullText);
        return !c.hasMatch()      ? QString()
               : c.hasCaptured(1) ? QStringLiteral("NOK")
               : c.hasCaptured(2) ? QStringLiteral("DKK")
                                  : QStringLiteral("ISK");
    }
    for (int i = 1; i <= m.lastCapturedIndex(); ++i) {
        const QString code = currencyCode(m.captured(i));
        if (!code.isEmpty())
            return code;
    }
    return QString();
}

const QString &priceSignsBefore()
{
    static const QString signs =
        QStringLiteral(
            R"(¥|US\$|HK\$|Sr\$|Bds\$|WS\$|SI\$|EC\$|CI\$|BD\$|E£|SS£|₽|(?<![A-Za-z])(?-i:Db|Nfa|Nfk|Rls\.?|NIS|NAf\.?|ZiG)(?=\s?\d)|(?<![A-Za-z])(?-i:LS)(?=\s?\d{1,3}(?:,\d{3})+|\s?\d{4,})|₪|(?<![A-Za-z])Sh\.\s?So\.|(?<![A-Za-z])Afl\.?(?=\s?\d)|ƒ(?=\s?\d)|(?<![A-Za-z])L\.L\.(?=\s?\d)|(?<![A-Za-z])(?-i:LE)(?=\s?\d{3,}|\s?\d{1,3}(?:,\d{3})+)|(?<![A-Za-z])S\$|A\$|C\$|NZ\$|NT\$|MOP\$?|(?<![A-Za-z])R\$|MX\$|Fdj(?=\s?\d)|(?<![A-Za-z])(?-i:SAT)(?=\s?\d{3,}\b|\s?\d+\.\d{2}\b)|(?<![A-Za-z])(?-i:UM|FC|FG|LD)(?=\s?\d{3,}|\s?\d{1,3}(?: \d{3})+)|\$U(?=\s?\d)|G\$|BZ\$|T\$|L\$|\$|؋|(?<![A-Za-z])(?-i:TOP)(?=\s?\d{4,})|€|£|₹|zł|₫|₩|₺|₸|GH₵|₵|৳|(?<![A-Za-z])Tk\.?(?=\s?\d)|(?<![A-Za-z])Rp\.?(?=\s?\d)|(?<![A-Za-z])S/\.?(?=\s?\d)|(?<![A-Za-z])RO(?=\s?\d)|(?<![A-Za-z])(?:BD|JD|KD)(?=\s?\d+\.\d{3}\b|\s?\d{4,}\b)|₴|₡|₾|₮|₼|₲|֏|៛|RD\$|J\$|B\$|FJ\$|N\$|TT\$|₭|(?<![A-Za-z])(?-i:MK)(?=\s?\d)|(?<![A-Za-z])(?-i:L)(?=\s?\d{3,}\.\d{2}\b)|(?<![A-Za-z])Bs\.?(?=\s?\d)|(?<![A-Za-z])(?-i:ALL|AMD)(?=\s?\d{4,}(?:\.\d{2})?\b(?![-\s]?(?:series|processors?|cpus?|chips?)\b))|(?<![A-Za-z])P(?=\s?\d{3,}\.\d{2}\b|\s?\d{1,3}(?:,\d{3})+\.\d{2}\b|\s\d{1,2}\.\d{2}\b)|(?<![A-Za-z])TSh(?=\s?\d)|(?<![A-Za-z])USh(?=\s?\d)|(?<![A-Za-z])(?-i:Br)\.?(?=\s?\d)|(?<![A-Za-z])K(?=\s?\d{3,}\.\d{2}\b|\s?\d{1,3}(?:,\d{3})+(?:\.\d{2})?\b|\s?\d{4,}\s*\(kyats?\))|(?<![A-Za-z])(?-i:KM|Rf|FRw|Frw|Kz|Ar|Nu\.?|VT|Le|FBu)(?=\s?\d)|(?<![A-Za-z])(?-i:Q|G|E|D|M)(?=\s?\d+\.\d{2}\b)|(?<![A-Za-z])(?-i:SR)(?=\s?\d+(?:\.\d{2})?\b)|(?<![A-Za-z])kr\.?(?=\s?\d)|RMB|CNY|USD|EUR|GBP|HKD|SGD|AUD|CAD|JPY|INR|NZD|CHF|SEK|NOK|DKK|MYR|TWD|AED|SAR|QAR|ZAR|\b(?:)") +
        localCurrencyCodes() +
        QStringLiteral(
            R"()\b|\bPHP\b|₱|\bKES\b|\bKSh\b|\bNGN\b|₦|(?<![A-Za-z])RM(?=\s*\d)|(?<![A-Za-z])Rs(?:\.|\s)|人民币|新台币|台币|港币|港元)");
    return signs;
}

const QString &priceSignsAfter()
{
    static const QString signs =
        QStringLiteral(
            R"(€|£|新加坡元|新元|新币|澳门元|澳门币|澳門元|澳門幣|新台币|新台幣|台币|台幣|港元|港幣|令吉|马币|日元|澳元|加元|元|圆|美元|欧元|港币|英镑|zł|₫|RMB|CNY|USD|EUR|GBP|HKD|SGD|AUD|CAD|INR|NZD|CHF|SEK|NOK|DKK|MYR|MOP|TWD|AED|SAR|QAR|ZAR|PHP|KES|NGN|\b(?:)") +
        localCurrencyCodes() +
        QStringLiteral(
            R"()\b|dirhams?|yuan|yen|dollars|euros?|rupees|ringgit|pesos|reais|zlot(?:y|ys|ych)|dong|kr|kronor|kroner|TL|tenge|₸|cedis|soles|riyals?|rials?|colones|hryvnias?|₴|₡|lari|birr|tugriks?|so['’]m|kwacha|manats?|guaran[ií]es|pula|bolivianos|kina|denars?|ден|lek[eë]?|dram|som|riels?|lempiras?|kyats?|kip|lei|somoni|rufiyaa|kwanzas?|F\s?CFA|CFA francs?|(?-i:MT)|meticais|metical|quetzal(?:es)?|c[óo]rdobas?|ngultrum|ariary|(?-i:Br)|gourdes?|vatu|emalangeni|lilangeni|leones?|escudos|(?<=\d)\$\d\d(?![\d.,])|pa['’]anga|dalasis?|(?-i:DA|DT)|afghanis?|maloti|ouguiyas?|dobras?|(?:Djibouti|Guinean|Congolese) francs|dinars?|din\.|shekels?|tala|(?-i:Ft)|forints?|F\s?CFP|CFP francs?|bol[ií]vares|₽|руб\.?|r(?:o)?ubles?)");
    return signs;
}

const QString &headerCurrencySigns()
{
    static const QString signs =
        QStringLiteral(
            R"(新台币|台币|新元|澳门元|令吉|港元|港币|元|人民币|RMB|CNY|USD|US\$|美元|EUR|€|¥|INR|₹|\bRs\b\.?|GBP|£|SGD|HKD|AUD|CAD|NZD|CHF|SEK|NOK|DKK|AED|SAR|QAR|ZAR|MYR|\bRM\b|MOP|TWD|PHP|₱|KES|\bKSh\b|NGN|₦|\b(?:)") +
        localCurrencyCodes() +
        QStringLiteral(
            R"()\b|zł|₫|₴|₡|₾|₮|₼|₲|EC\$|CI\$|BD\$|Afl\.?|RD\$|J\$|B\$|HK\$|S\$|A\$|C\$|NZ\$|NT\$|R\$|MX\$|\$)");
    return signs;
}

const QString &priceTriggerCurrencyWords()
{
    static const QString signs =
        QStringLiteral(R"(¥|\$|€|£|₹|元|圆|rmb|cny|usd|eur|gbp|hkd|sgd|aud|cad|inr|nzd|chf|sek|myr|mop|twd|aed|\bsar\b|qar|\bzar\b|\bphp\b|₱|\bkes\b|\bksh\b|\bngn\b|₦|\b(?:)") + localCurrencyCodes() + QStringLiteral(R"(|tk)\b|৳|gh₵|₵|(?<![a-z])s/\.?\s?\d|(?<![a-z])rp\.?\s?\d|cedis?|soles|zł|₫|₩|₺|₸|tenge|\d\s?(?:kr|TL)\b|shilling|naira|dirham|riyal|rial|colones|hryvnia|₴|₡|₾|₮|\btsh\s?\d|\bush\s?\d|\bbr\.?\s?\d|\blari\b|birr|tugrik|so['’]m\b|₼|₲|rd\$|j\$|b\$|\bbs\.?\s?\d|\bp\s?\d[\d,]*\.\d\d\b|pula|boliviano|\bkina\b|kwacha|manat|guaran|֏|៛|fj\$|n\$|tt\$|₭|lempira|kyat|\blei\b|somoni|rufiyaa|\bkm\s?\d|\brf\s?\d|\bfrw\s?\d|\bsr\s?\d|denar|\bден|\blek[eë]\b|\bdram\b|\briels?\b|\d\s?(?:som|lek[eë]?|kip|mt)\b|\bkz\s?\d|kwanza|fcfa|cfa franc|metica|quetzal|c[óo]rdoba|\bnu\.\s?\d|ngultrum|ariary|\d\s?br\b|gourde|bz\$|\bvt\s?\d|vatu|emalangeni|lilangeni|leones?\b|fbu|escudo|t\$|pa['’]anga|dalasi|\d\s?da\b|\d\s?dt\b|l\$|؋|afghani|dinar|ouguiya|maloti|fdj|dobra|\bdb\s?\d|sh\.\s?so\.|\bafl\.?\s?\d|ƒ|bd\$|l\.l\.\s?\d|\bnf[ak]\s?\d|\brls\.?\s?\d|\d\s?din\.|₪|\bnis\s?\d|shekel|e£|\ble\s?\d|nakfa|florin|comorian franc|lebanese pound|egyptian pound|\b(?:fc|fg|um|ld)\s?\d{3}|(?:djibouti|guinean|congolese) franc|\btala\b|\bmk\s?\d|\d\s?ft\b|forint|₽|руб|rouble|\bruble|f\s?cfp\b|\bnaf\.?\s?\d|\bzig\s?\d|ss£|\bls\s?\d|bol[ií]var|\bamounts?\b|\bk\s?\d{3,}\.\d{2}\b|\bk\s?\d{1,3},\d{3}|\bkr\.?\s?\d|\bro\s?\d|\b[bjk]d\s?\d|\brm\s?\d|ringgit|pataca|rupee|\brs\b|yuan|dollar|euro|jpy|\byen\b|人民币|美元)");
    return signs;
}

const QString &creditSignsBefore()
{
    static const QString signs =
        QStringLiteral(
            R"(¥|US\$|HK\$|S\$|NT\$|MOP\$?|J\$|B\$|N\$|TT\$|FJ\$|RD\$|G\$|\$U|BZ\$|T\$|L\$|Sr\$|Bds\$|WS\$|SI\$|EC\$|CI\$|BD\$|E£|SS£|₽|(?<![A-Za-z])(?-i:Db|Nfa|Nfk|Rls\.?|NIS|NAf\.?|ZiG)(?=\s?\d)|(?<![A-Za-z])(?-i:LS)(?=\s?\d{1,3}(?:,\d{3})+|\s?\d{4,})|₪|(?<![A-Za-z])Afl\.?(?=\s?\d)|(?<![A-Za-z])L\.L\.(?=\s?\d)|Fdj(?=\s?\d)|(?<![A-Za-z])(?-i:SAT|UM|FC|FG|LD)(?=\s?\d{3,}|\s?\d{1,3}(?: \d{3})+)|\$|(?<![A-Za-z])(?:[KPQGED]|MK|KM|Rf|FRw|SR|Kz|Ar|Nu\.?|VT|Le|FBu)(?=\s?\d[\d,]*\.\d{2}\b)|(?<![A-Za-z])L(?=\s?\d{3,}\.\d{2}\b|\s?\d{1,3}(?:,\d{3})+\.\d{2}\b)|€|£|₹|₾|₼|₮|₲|₭|֏|៛|₦|₴|₡|₩|₺|₸|RMB|CNY|USD|EUR|GBP|HKD|SGD|AUD|CAD|INR|NZD|MYR|TWD|CHF|SEK|NOK|DKK|AED|SAR|QAR|KES|NGN|\bPHP\b|₱|(?<![A-Za-z])RM(?=\s*\d)|(?<![A-Za-z])R(?=\s?\d)|(?<![A-Za-z])Rs\.?(?=\s?\d)|ZAR|人民币|\b(?:)") +
        localCurrencyCodes() + QStringLiteral(R"()\b)");
    return signs;
}

const QString &creditSignsAfter()
{
    static const QString signs = QStringLiteral(R"(新加坡元|新元|澳门元|令吉|港元|新台币|元|美元|欧元|英镑)");
    return signs;
}

const QRegularExpression &currencyAfterScaledAmount()
{
    static const QRegularExpression re(
        QStringLiteral(R"(^\s*(?:[A-Z]{3}\b|so['’]m\b|lari\b|birr\b|naira\b|shillings?\b))"));
    return re;
}

const QRegularExpression &currencyBeforeScaledAmount()
{
    static const QRegularExpression re(QStringLiteral(
        R"((?:\b[A-Z]{3}|[$€£¥₹₩₫₸₺₵₾₮₼₲]|\bRs\.?|\bRp\.?|\bTSh|\bUSh|\bBr|S/\.?)\s?$)"));
    return re;
}

const QRegularExpression &currencyAfterDecimalCommaAmount()
{
    static const QRegularExpression re(QStringLiteral(
        R"(^(?:[ \x{00A0}]?(?:EUR|€|Euro|CHF|PLN|zł|VND|₫|BRL|SEK|NOK|DKK|ISK|kr\b|CZK|Kč|HUF|RON|TRY|₺|TL\b|IDR|ARS|CLP|COP|KZT|₸|tenge|MAD|dirhams?|GHS|cedis|PEN|soles|UAH|₴|CRC|₡|colones|PYG|₲|AZN|₼|manat|BOB|bolivianos|MKD|denars?|ден|ALL\b|lek[eë]?\b|AMD\b|dram\b|KGS|som\b|MDL|lei\b|BAM|KM\b|TJS|somoni|MVR|RWF|FRw|SCR|AOA|kwanzas?|XOF|XAF|F\s?CFA|UYU|GYD|MZN|MT\b|meticais|GTQ|NIO|BTN|MGA|ariary|BYN|Br\b|HTG|BZD|VUV|vatu|SZL|SLE|BIF|CVE|GMD|DZD|DA\b|LRD|AFN|DT\b|TND|SRD|BBD|WST|LSL|MRU|UM\b|CDF|BSD|SBD|GNF|DJF|Fdj\b|IQD|LYD|STN|dobras?|AWG|KMF|RSD|din\.|ANG|XCG|VES|Ft\b|F\s?CFP|RUB|₽|руб)|\$\d\d(?![\d.,])))"));
    return re;
}

const QRegularExpression &currencyBeforeDecimalCommaAmount()
{
    static const QRegularExpression re(QStringLiteral(
        R"((?:EUR|€|CHF|R\$|BRL|PLN|zł|VND|CZK|HUF|TRY|₺|TL|IDR|Rp\.?|SEK|NOK|DKK|ISK|kr\.?|KZT|₸|CLP|COP|ARS|MAD|GHS|GH₵|UAH|₴|CRC|₡|PYG|₲|AZN|₼|BOB|\bBs\.?|MKD|\bALL|\bAMD|֏|KGS|MDL|BAM|\bKM|TJS|MVR|\bRf|RWF|FRw|SCR|\bSR|AOA|\bKz|XOF|XAF|UYU|\$U|GYD|MZN|GTQ|NIO|BTN|\bNu\.?|MGA|\bAr|BYN|HTG|BZ\$|BZD|VUV|\bVT|SZL|SLE|\bLe|BIF|FBu|CVE|GMD|DZD|LRD|L\$|AFN|؋|SRD|BBD|WST|\bSAT|LSL|MRU|\bUM|CDF|\bFC|BSD|SBD|GNF|\bFG|DJF|Fdj|IQD|LYD|\bLD|STN|\bDb|AWG|KMF|RSD|\bAfl\.?|ƒ|\bNAf\.?|ANG|XCG|VES|XPF|RUB|₽|(?<![A-Z])\$)[ \x{00A0}]?$)"));
    return re;
}

} // namespace tw::analysis
