#pragma once

#include "TermExtractor.h"

namespace tw::analysis {

/**
 * response_time, onsite_time and resolution_time: each duration is tied to the nearest cue (响应,
 * 到场, 修复, respond, on-site, fix, ...) in its sentence, or in a table to the cue of its column
 * header or row label; the priority comes from the row, the header or the sentence.
 */
class TimeTermExtractor : public TermExtractor
{
public:
    QRegularExpression trigger() const override;
    void extract(const AnalysisText &text, const TextUnit &unit, QList<SlaTerm> *terms) const override;

    enum class Kind { None, Response, Onsite, Resolution };
    struct Cue
    {
        int start = 0;
        int end = 0;
        Kind kind = Kind::None;
    };
    /** The response/on-site/resolution cues in a text, longest first where they overlap. */
    static QList<Cue> cues(const QString &text);
    /** The single kind a label names (a header "Response Time"), or None when it names none or several. */
    static Kind kindOf(const QString &label);
    static QString keyOf(Kind kind);
};

} // namespace tw::analysis
