#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <functional>

namespace tw::analysis {

/** One line of a plain-text e-mail thread, its quote marks taken off. */
struct EmailLine
{
    QString text;             ///< the line without its quote marks ("> ", ">> ")
    int depth = 0;            ///< how many quote marks it had
    bool othersWords = false; ///< written by the other party (the buyer), not by the vendor
    int message = 0;          ///< lines of different messages never join into one paragraph
};

/**
 * Reads who wrote each line of an e-mail thread pasted as text. Quote marks are taken off so that
 * quoted tables keep their columns and quoted paragraphs their words. A line belongs to the author
 * of the nearest "From:" header above it; the thread's first sender (a header before any body
 * text) is the vendor unless another sender states clearly more service levels and prices (a colleague
 * forwarding the vendor's reply); the vendor's own earlier messages, quoted back, are still the vendor's.
 * Without such a header, quoted lines are the other party's and the rest the vendor's.
 * With markdown, '>' marks a block quote, not someone else's words.
 */
QList<EmailLine> readEmailThread(const QStringList &lines, bool markdown);

/**
 * An e-mail thread printed to PDF, its lines in reading order: a header's label may sit on a line of its own beside
 * its value ("发件人:" / "张晓峰 <…>"). Read as a pasted thread when it holds two "From:" headers or more (a reply
 * over the "-----原始邮件-----" it answers); otherwise nothing.
 */
QList<EmailLine> readPrintedEmailThread(const QStringList &lines);

/** Whether a line states what a vendor offers: times, prices, parts (what a buyer mostly asks about). */
bool statesAnOffer(const QString &text);

/**
 * Labelled fields of a form or minutes: a line that @p opensBuyersField starts the other party's words, which
 * run on until a line that @p endsField (the line that opens the next field, a blank line). Each field is a
 * message of its own.
 */
QList<EmailLine> markBuyersFields(const QStringList &lines,
                                  const std::function<bool(const QString &)> &opensBuyersField,
                                  const std::function<bool(const QString &)> &endsField);

} // namespace tw::analysis
