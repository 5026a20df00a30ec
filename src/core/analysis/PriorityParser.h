#pragma once

#include <QList>
#include <QString>

namespace tw::analysis {

/** A priority named in text ("P1", "Severity 2", "一级故障", "紧急") and where it was read. */
struct PriorityMention
{
    int start = 0;
    int end = 0;
    QStringList priorities; ///< "P1".."P4"; "P1 / P2" gives two
};

/** Reads priorities and severities from normalised text. */
class PriorityParser
{
public:
    /** All mentions in order. With labelOnly, the words 紧急/严重/一般 count only as whole labels. */
    static QList<PriorityMention> find(const QString &text);
    /** The distinct priorities of a short label such as a table row header; empty if none. */
    static QStringList prioritiesOf(const QString &label);
    /**
     * The number of a level a row label gives alone, for a column headed "Severity Level", "Urgency" or
     * "故障級別": "1", "Level 1 (System stop)", "第一級：系統停頓" give 1; 1..5, or 0 when the label is no such level.
     */
    static int levelNumber(const QString &label);
};

} // namespace tw::analysis
