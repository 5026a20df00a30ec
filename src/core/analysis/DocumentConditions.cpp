#include "DocumentConditions.h"

namespace tw::analysis {

DocumentConditions::DocumentConditions(const QList<Rule> &rules, const AnalysisText &text) : m_text(text)
{
    auto add = [this](const QList<QRegularExpression> &patterns, const QList<RequiredLiterals> &literals) {
        const bool known = literals.size() == patterns.size();
        for (int d = 0; d < patterns.size(); ++d) {
            const QString &pattern = patterns.at(d).pattern();
            if (m_ids.contains(pattern))
                continue;
            m_ids.insert(pattern, int(m_needs.size()));
            m_needs.push_back(known ? literals.at(d) : RequiredLiterals());
        }
    };
    for (const Rule &rule : rules) {
        add(rule.unlessDocument, rule.unlessDocumentLiterals);
        add(rule.despiteDocument, rule.despiteDocumentLiterals);
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
