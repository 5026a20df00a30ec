// tw-bench-analyze FILE [N...]: reads FILE once, then times ContractAnalyzer::analyze on the
// document repeated N times (default 1 4 16), to show how analysis cost grows with the text.
// Prints one line per N: pages, characters, wall milliseconds (median of 3), terms, findings, and
// the CPU milliseconds of that run (all threads), which stay linear however many cores are free.
#include "core/analysis/AnalysisText.h"
#include "core/analysis/ContractAnalyzer.h"
#include "core/analysis/RuleMatcher.h"
#include "io/document/DocumentImporter.h"

#include <QCoreApplication>
#include <QElapsedTimer>

#include <algorithm>
#include <cstdio>
#include <ctime>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.isEmpty()) {
        std::fprintf(stderr, "usage: tw-bench-analyze FILE [N...]\n");
        return 2;
    }
    const tw::io::ExtractResult extracted = tw::io::DocumentImporter().read(args.first(), tw::io::ExtractOptions());
    if (!extracted.ok()) {
        std::fprintf(stderr, "%s\n", qPrintable(extracted.errorString));
        return 1;
    }
    QList<int> factors;
    for (const QString &arg : args.mid(1))
        factors << arg.toInt();
    if (factors.isEmpty())
        factors = {1, 4, 16};
    const tw::analysis::ContractAnalyzer analyzer;
    std::printf("%-6s %8s %12s %10s %8s %8s %12s %10s\n", "copies", "pages", "chars", "ms", "terms", "findings",
                "us/1k chars", "cpu ms");
    for (int factor : factors) {
        tw::Document document = *extracted.document;
        document.pages.clear();
        for (int copy = 0; copy < factor; ++copy) {
            for (tw::Page page : extracted.document->pages) {
                page.number = int(document.pages.size()) + 1;
                document.pages << page;
            }
        }
        qint64 chars = 0;
        for (const tw::Page &page : document.pages) {
            for (const tw::TextLine &line : page.lines)
                chars += line.text.size();
        }
        QList<QPair<qint64, qint64>> times; // (wall, cpu) milliseconds
        tw::analysis::AnalysisResult result;
        for (int run = 0; run < 3; ++run) {
            QElapsedTimer timer;
            timer.start();
            const std::clock_t cpu = std::clock();
            result = analyzer.analyze(document);
            times << qMakePair(timer.elapsed(), qint64(1000.0 * double(std::clock() - cpu) / CLOCKS_PER_SEC));
        }
        std::sort(times.begin(), times.end());
        if (qEnvironmentVariableIsSet("TW_BENCH_BREAKDOWN")) {
            // Where the time goes: layout and normalisation, then the rule packs alone.
            QElapsedTimer timer;
            timer.start();
            const tw::analysis::AnalysisText text(document);
            const qint64 prepare = timer.restart();
            const auto findings =
                tw::analysis::RuleMatcher(analyzer.ruleSet().rules(), QStringLiteral("en")).match(text);
            std::printf("  breakdown: prepare %lld ms, rules %lld ms (%lld findings)\n", prepare, timer.elapsed(),
                        qint64(findings.size()));
        }
        std::printf("%-6d %8lld %12lld %10lld %8lld %8lld %12.1f %10lld\n", factor, qint64(document.pages.size()),
                    chars, times.at(1).first, qint64(result.terms.size()), qint64(result.findings.size()),
                    chars ? 1000.0 * double(times.at(1).first) / (double(chars) / 1000.0) : 0.0, times.at(1).second);
        std::fflush(stdout);
    }
    return 0;
}
