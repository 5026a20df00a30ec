#include "AnalysisJson.h"

#include <QFileInfo>
#include <QJsonArray>

namespace tw::analysis {

namespace {

QJsonValue nullable(const QString &text) { return text.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(text); }

QJsonValue boxToJson(const Evidence &evidence)
{
    if (evidence.isDocumentLevel() || evidence.box.isNull())
        return QJsonValue(QJsonValue::Null);
    auto round = [](double v) { return qRound(v * 10) / 10.0; };
    return QJsonArray{round(evidence.box.x), round(evidence.box.y), round(evidence.box.width),
                      round(evidence.box.height)};
}

QJsonValue pageToJson(const Evidence &evidence)
{
    return evidence.isDocumentLevel() ? QJsonValue(QJsonValue::Null) : QJsonValue(evidence.page);
}

QJsonArray strings(const QStringList &list) { return QJsonArray::fromStringList(list); }

} // namespace

QJsonObject termToJson(const SlaTerm &term)
{
    QJsonObject object;
    object.insert(QStringLiteral("key"), term.key);
    object.insert(QStringLiteral("tier"), nullable(term.tier));
    object.insert(QStringLiteral("priority"), nullable(term.priority));
    object.insert(QStringLiteral("quote"), term.evidence.quote);
    object.insert(QStringLiteral("page"), pageToJson(term.evidence));
    object.insert(QStringLiteral("bbox"), boxToJson(term.evidence));
    for (auto it = term.values.cbegin(); it != term.values.cend(); ++it) {
        const QVariant &value = it.value();
        if (value.isNull() || !value.isValid())
            object.insert(it.key(), QJsonValue(QJsonValue::Null));
        else if (value.typeId() == QMetaType::Double) {
            const double d = value.toDouble();
            object.insert(it.key(), d == double(qint64(d)) ? QJsonValue(qint64(d)) : QJsonValue(d));
        } else
            object.insert(it.key(), QJsonValue::fromVariant(value));
    }
    return object;
}

QJsonObject findingToJson(const Finding &finding)
{
    QJsonObject object;
    object.insert(QStringLiteral("category"), finding.category);
    object.insert(QStringLiteral("rule"), finding.ruleId);
    object.insert(QStringLiteral("severity"), severityName(finding.severity));
    object.insert(QStringLiteral("quote"), nullable(finding.evidence.quote));
    object.insert(QStringLiteral("page"), pageToJson(finding.evidence));
    object.insert(QStringLiteral("bbox"), boxToJson(finding.evidence));
    object.insert(QStringLiteral("explanation"), finding.explanation);
    object.insert(QStringLiteral("suggestion"), finding.suggestion);
    return object;
}

QJsonObject analysisToJson(const Document &document, const AnalysisResult &result)
{
    QJsonObject doc;
    doc.insert(QStringLiteral("file"), QFileInfo(document.fileName).fileName());
    doc.insert(QStringLiteral("format"), formatName(document.format));
    doc.insert(QStringLiteral("pages"), int(document.pages.size()));
    doc.insert(QStringLiteral("language"), languageCode(result.language));
    doc.insert(QStringLiteral("tiers"), strings(result.tiers));

    QJsonArray packs;
    for (const AppliedPack &pack : result.packs) {
        QJsonObject object;
        object.insert(QStringLiteral("id"), pack.id);
        object.insert(QStringLiteral("languages"), strings(pack.languages));
        object.insert(QStringLiteral("rules"), pack.rules);
        packs.append(object);
    }
    QJsonObject coverage;
    coverage.insert(QStringLiteral("text_languages"), strings(result.textLanguages));
    coverage.insert(QStringLiteral("checked_languages"), strings(result.checkedLanguages));
    coverage.insert(QStringLiteral("unchecked_languages"), strings(result.uncheckedLanguages));
    coverage.insert(QStringLiteral("complete"), result.complete());

    QJsonArray terms;
    for (const SlaTerm &term : result.terms)
        terms.append(termToJson(term));
    QJsonArray findings;
    for (const Finding &finding : result.findings)
        findings.append(findingToJson(finding));

    QJsonObject root;
    root.insert(QStringLiteral("document"), doc);
    root.insert(QStringLiteral("rule_packs"), packs);
    root.insert(QStringLiteral("coverage"), coverage);
    root.insert(QStringLiteral("terms"), terms);
    root.insert(QStringLiteral("findings"), findings);
    root.insert(QStringLiteral("warnings"), strings(result.warnings));
    return root;
}

} // namespace tw::analysis
