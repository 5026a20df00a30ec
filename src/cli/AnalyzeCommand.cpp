// tierwise-cli analyze FILE [--password P] [--ocr] [--rules FILE]... [--no-default-rules]
//                           [--lang en|zh] [--format json|text]
#include "CliOutput.h"
#include "Commands.h"
#include "OutputFormat.h"
#include "ProcessTuning.h"

#include "core/analysis/AnalysisJson.h"
#include "core/analysis/AnalysisText.h"
#include "core/analysis/ContractAnalyzer.h"
#include "io/document/DocumentImporter.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonDocument>

#include <future>

namespace tw::cli {

namespace {

/** The translation context of the analysis report. */
struct AnalyzeCommand
{
    Q_DECLARE_TR_FUNCTIONS(tw::cli::AnalyzeCommand)
};

QString valuesText(const SlaTerm &term)
{
    QStringList parts;
    for (auto it = term.values.cbegin(); it != term.values.cend(); ++it) {
        if (it.value().isNull())
            continue;
        const QString value = it.value().typeId() == QMetaType::Double ? QString::number(it.value().toDouble(), 'g', 12)
                                                                       : it.value().toString();
        parts << it.key() + QLatin1Char('=') + value;
    }
    return parts.join(QLatin1Char(' '));
}

QString report(const Document &document, const analysis::AnalysisResult &result)
{
    QString out =
        AnalyzeCommand::tr("%1: %2, %n page(s), language %3\n", nullptr, int(document.pages.size()))
            .arg(QFileInfo(document.fileName).fileName(), formatName(document.format), languageCode(result.language));
    QStringList packs;
    for (const analysis::AppliedPack &pack : result.packs)
        packs << QStringLiteral("%1 (%2)").arg(pack.id, pack.languages.join(QLatin1Char('/')));
    out += AnalyzeCommand::tr("rule packs: %1\n")
               .arg(packs.isEmpty() ? AnalyzeCommand::tr("none") : packs.join(QStringLiteral(", ")));
    for (const QString &warning : result.warnings)
        out += AnalyzeCommand::tr("warning: %1\n").arg(warning);
    out += AnalyzeCommand::tr("\nterms (%1)\n").arg(result.terms.size());
    for (const SlaTerm &term : result.terms) {
        out += QStringLiteral("  p%1  %2").arg(term.evidence.page).arg(term.key, -18);
        if (!term.tier.isEmpty())
            out += QStringLiteral(" [%1]").arg(term.tier);
        if (!term.priority.isEmpty())
            out += QStringLiteral(" %1").arg(term.priority);
        out += QStringLiteral("  %1\n      \"%2\"\n").arg(valuesText(term), term.evidence.quote.left(120));
    }
    out += AnalyzeCommand::tr("\nfindings (%1)\n").arg(result.findings.size());
    for (const Finding &finding : result.findings) {
        const QString page = finding.evidence.isDocumentLevel() ? AnalyzeCommand::tr("doc")
                                                                : QStringLiteral("p%1").arg(finding.evidence.page);
        out += QStringLiteral("  %1  %2 %3 (%4)\n")
                   .arg(page, severityName(finding.severity), finding.category, finding.ruleId);
        if (!finding.evidence.quote.isEmpty())
            out += QStringLiteral("      \"%1\"\n").arg(finding.evidence.quote.left(160));
        out += QStringLiteral("      %1\n      -> %2\n").arg(finding.explanation, finding.suggestion);
    }
    if (result.findings.isEmpty() && !result.complete())
        out += AnalyzeCommand::tr("  none found, but the check was incomplete (see warning)\n");
    return out;
}

// How the analyzer reads the layout: segments with their tier and section, table cells with their
// row label and column header. For people writing rule packs.
QString segmentDump(const Document &document)
{
    const analysis::AnalysisText text(document);
    QString out = QStringLiteral("tiers: %1\n").arg(text.tiers().names().join(QStringLiteral(" | ")));
    int last = -1;
    for (const analysis::TextUnit &unit : text.units()) {
        const analysis::PreparedSegment &segment = text.segments().at(unit.segment);
        if (unit.segment != last) {
            out += QStringLiteral("[%1] p%2 %3%4 tier=%5 section=%6\n")
                       .arg(unit.segment)
                       .arg(segment.source.page)
                       .arg(segment.source.kind == analysis::TextSegment::Kind::TableRow
                                ? QStringLiteral("row t%1.%2").arg(segment.source.table).arg(segment.source.row)
                                : QStringLiteral("para"),
                            segment.heading ? QStringLiteral(" heading") : QString(), segment.tier)
                       .arg(segment.section);
            last = unit.segment;
        }
        out += QStringLiteral("    %1 | %2").arg(unit.tier, text.unitText(unit));
        if (unit.cell >= 0)
            out += QStringLiteral("   {row: %1; col: %2; %3}")
                       .arg(unit.rowLabel, unit.columnHeader, unit.priorities.join(QLatin1Char(',')));
        out += QLatin1Char('\n');
    }
    return out;
}

} // namespace

int runAnalyzeCommand(const QStringList &arguments)
{
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("PDF, DOCX, TXT or Markdown proposal"));
    const QCommandLineOption password(QStringLiteral("password"), QStringLiteral("PDF password"),
                                      QStringLiteral("password"));
    const QCommandLineOption ocr(QStringLiteral("ocr"), QStringLiteral("recognise scanned pages with Tesseract"));
    const QCommandLineOption rules(QStringLiteral("rules"),
                                   QStringLiteral("an extra rule pack (JSON); may add, replace or disable rules"),
                                   QStringLiteral("file"));
    const QCommandLineOption noDefaults(QStringLiteral("no-default-rules"),
                                        QStringLiteral("use only the packs given with --rules"));
    const QCommandLineOption language(QStringLiteral("lang"), QStringLiteral("language of explanations: en or zh"),
                                      QStringLiteral("language"));
    const QCommandLineOption format = formatOption();
    const QCommandLineOption dump(QStringLiteral("dump-segments"),
                                  QStringLiteral("print how the text was segmented (for rule authors)"));
    parser.addOptions({password, ocr, rules, noDefaults, language, format, dump});
    if (!parser.parse(QStringList{QStringLiteral("analyze")} + arguments) || parser.positionalArguments().size() != 1) {
        printError(parser.errorText().isEmpty()
                       ? QStringLiteral("usage: tierwise-cli analyze FILE [--password P] [--ocr] [--rules FILE] "
                                        "[--format json|text]")
                       : parser.errorText());
        return 2;
    }
    const std::optional<OutputFormat> output = outputFormat(parser, format);
    if (!output)
        return 2;
    const QString lang = parser.value(language);
    if (!lang.isEmpty() && lang != QLatin1String("en") && lang != QLatin1String("zh")) {
        printError(QStringLiteral("--lang must be en or zh"));
        return 2;
    }

    // The document is read while the rule packs are compiled: the reader leaves part of the cores
    // idle (page batches finish unevenly), and compiling the patterns fills it.
    keepFreedMemory();
    io::ExtractOptions options;
    options.password = parser.value(password);
    options.ocr = parser.isSet(ocr);
    const QString file = parser.positionalArguments().constFirst();
    std::future<io::ExtractResult> reading =
        std::async(std::launch::async, [file, options] { return io::DocumentImporter().read(file, options); });

    analysis::ContractAnalyzer analyzer;
    if (parser.isSet(noDefaults))
        analyzer.setRulePacks({});
    for (const QString &path : parser.values(rules)) {
        QString error;
        if (!analyzer.addRulePackFile(path, &error)) {
            printError(error);
            return 2;
        }
    }
    analyzer.setExplanationLanguage(lang);

    const io::ExtractResult extracted = reading.get();
    if (!extracted.ok()) {
        printError(extracted.errorString);
        return 1;
    }
    const Document &document = *extracted.document;
    if (parser.isSet(dump)) {
        printOut(segmentDump(document));
        return 0;
    }
    const analysis::AnalysisResult result = analyzer.analyze(document);
    if (*output == OutputFormat::Json)
        printOut(QString::fromUtf8(
            QJsonDocument(analysis::analysisToJson(document, result)).toJson(QJsonDocument::Indented)));
    else
        printOut(report(document, result));
    return finishNow(0);
}

} // namespace tw::cli
