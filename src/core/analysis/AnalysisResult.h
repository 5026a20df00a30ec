#pragma once

#include "core/model/Document.h"
#include "core/model/Finding.h"
#include "core/model/SlaTerm.h"

#include <QStringList>

namespace tw::analysis {

/** A rule pack that took part in an analysis. */
struct AppliedPack
{
    QString id;
    QStringList languages;
    int rules = 0;
};

/** What ContractAnalyzer found in one document, and how thoroughly it could look. */
struct AnalysisResult
{
    QList<SlaTerm> terms;
    QList<Finding> findings;
    QList<AppliedPack> packs;
    Language language = Language::Unknown;
    QStringList textLanguages;      ///< "zh"/"en" present in the text
    QStringList checkedLanguages;   ///< languages the rules in force cover
    QStringList uncheckedLanguages; ///< present in the text but covered by no rule: findings are incomplete
    QStringList tiers;              ///< tier names the document uses
    QStringList warnings;

    /** False when part of the text was not checked for risky clauses (no rules for its language). */
    bool complete() const { return uncheckedLanguages.isEmpty(); }
};

} // namespace tw::analysis
