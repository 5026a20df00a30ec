#include "DocumentConditions.h"

namespace tw::analysis {

DocumentConditions::DocumentConditions(const QList<Rule> &rules, const AnalysisText &text) : m_text(text)
{
    for (const Rule &rule : rules) {
        const bool known = rule.unlessDocumentLiterals.size() == rule.unlessDocument.size();
        for (int d = 0; d < rule.unlessDocument.size(); ++d) {
            const QString &pattern = rule.unlessDocument.at(d).pattern();
            if (m_ids.contains(pattern))
                continue;
            m_ids.insert(pattern, int(m_needs.size()));
            m_needs.push_back(known ? rule.unlessDocumentLiterals.at(d) : RequiredLiterals());
        }
    }
    m_entries = std::make_unique<Entry[]>(m_needs.size());
}

bool DocumentConditions::matches(const QRegularExpression &re)
{
    const auto id = m_ids.constFind(re.pattern());
    if (id == m_ids.cend()) // not one of the rules' own (cannot happen): decide it directly
        return scan(re);
    Entry &entry = m_entries[size_t(*id)];
    std::call_once(entry.once, [&] { entry.matches = mayMatch(m_needs.at(size_t(*id))) && scan(re); });
    return entry.matches;
}

bool DocumentConditions::mayMatch(const RequiredLiterals &needs)
{
    if (needs.isEmpty())
        return true;
    // The full text, not the units: the units need not cover all of it.
    std::call_once(m_indexed, [this] { m_literals = std::make_unique<LiteralIndex>(m_text.vendorText()); });
    return m_literals->mayMatch(needs);
}

bool DocumentConditions::scan(const QRegularExpression &re) const
{
    // (What the vendor says: a buyer's requirement quoted in a compliance matrix defines nothing for it.)
    return re.match(m_text.vendorText(), 0, QRegularExpression::NormalMatch, m_text.documentMatchOptions()).hasMatch();
}

} // namespace tw::analysis
