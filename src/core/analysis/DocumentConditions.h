#pragma once

#include "AnalysisText.h"
#include "LiteralPrefilter.h"
#include "RulePack.h"

#include <QHash>
#include <QRegularExpression>

#include <memory>
#include <mutex>
#include <vector>

namespace tw::analysis {

/**
 * The whole-document exceptions of the rules ("unless_document", undone by "despite_document"). Rules share them (each
 * day_basis rule lists the same definitions of a business day), so each distinct pattern is scanned at most once per
 * document, and not at all when the text lacks the literals its matches need. Thread-safe.
 */
class DocumentConditions
{
public:
    DocumentConditions(const QList<Rule> &rules, const AnalysisText &text);
    /** True when the document matches re, one of the rules' unless_document or despite_document patterns. */
    bool matches(const QRegularExpression &re);

private:
    struct Entry
    {
        std::once_flag once;
        bool matches = false;
    };
    bool mayMatch(const RequiredLiterals &needs);
    bool scan(const QRegularExpression &re) const;

    const AnalysisText &m_text;
    QHash<QString, int> m_ids;
    std::vector<RequiredLiterals> m_needs;
    std::unique_ptr<Entry[]> m_entries;
    std::once_flag m_indexed;
    std::unique_ptr<LiteralIndex> m_literals;
};

} // namespace tw::analysis
