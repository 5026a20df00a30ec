#pragma once

#include <QRegularExpression>
#include <QString>

namespace tw::analysis {

/**
 * Every currency the analysis reads, in one place: its codes, signs and names, how a sign maps to an ISO 4217 code,
 * and the currency a document states for its prices.
 *
 * To read a new currency: add its code to localCurrencyCodes(); a sign or name of its own to currencyCode() (the
 * LocalCurrency table) and to the sign patterns below that its amounts are written with (before or after the
 * amount; with a look-ahead when the sign is a letter or a word); its name to priceTriggerCurrencyWords() when no
 * sign of it is in there; and, when its amounts are written "1.250,00" or "1 250,00", to the decimal-comma
 * patterns. A sign it shares with another currency ("B$", "K", "dinars") goes to sharedSignCurrency() and its name
 * to statedCurrency().
 */

/** The codes of the currencies written mostly by their code or a sign of their own (Latin America, Central and
 *  Eastern Europe, Africa, Asia), as regular-expression alternatives ("BRL|PLN|…"). */
const QString &localCurrencyCodes();

/** ISO 4217 code for a symbol or name (￥ -> CNY, $ -> USD), or empty. */
QString currencyCode(const QString &symbol);

/** The currency a document states for its prices ("币种：人民币", "All prices are in US dollars"), or empty. */
QString statedCurrency(const QString &fullText);

/** The codes a document writes of currencies that share a sign with others ("VES 4.500,00" beside "Bs. 12.500,00",
 *  "GIP" beside "£"), in the order they first occur. The dollar's and the yen's sign are left out: a passing "MXN"
 *  or "JPY" does not make every "$" or "¥" a peso or a yen. */
QStringList namedSharedSignCurrencies(const QString &fullText);

/** A sign several currencies share ("$", "K", "B$", "dinars"), read as the one the document states (`stated`), else
 *  as the first of the ones it names by code (`named`, see namedSharedSignCurrencies); empty when it does neither.
 *  `prefix`: the sign stands before the amount. */
QString sharedSignCurrency(const QString &sign, bool prefix, const QString &stated,
                           const QStringList &named = QStringList());

/** Regular-expression alternatives for a price's currency before its amount ("US$", "€", "RMB", "UM" before digits),
 *  and after it ("元", "EUR", "dinars"). */
const QString &priceSignsBefore();
const QString &priceSignsAfter();

/** Alternatives for the currency a price column's header or a table's caption names ("单价（元）", "Fee (USD)"). */
const QString &headerCurrencySigns();

/** Alternatives for a currency's sign or name in folded (lower-case) text, for the price extractor's trigger. */
const QString &priceTriggerCurrencyWords();

/** Alternatives for the currency of a money credit, before its amount ("SGD 200 per incident") and after it. */
const QString &creditSignsBefore();
const QString &creditSignsAfter();

/** A currency right after, or right before, an amount scaled by a word ("EUR 1.2 million", "2.5 mn USD"). */
const QRegularExpression &currencyAfterScaledAmount();
const QRegularExpression &currencyBeforeScaledAmount();

/** A currency whose amounts are written with a decimal comma ("1.450,00 EUR", "R$ 4.980,00"), right after or right
 *  before such an amount: only beside one of these is "1,25" one and a quarter. */
const QRegularExpression &currencyAfterDecimalCommaAmount();
const QRegularExpression &currencyBeforeDecimalCommaAmount();

} // namespace tw::analysis
