// tierwise-cli history FILE [--map COLUMN=FIELD ...] [--calendar 7x24|5x9[@09:00-18:00][+cn]]
//                           [--holidays FILE.ics] [--target P1:response=15m,onsite=4h,resolution=6h ...]
//                           [--tz Asia/Shanghai] [--vendor NAME ...] [--sheet NAME] [--date-order dmy|mdy]
//                           [--threads N] [--compact] --format json|text
#include "CliOutput.h"
#include "Commands.h"
#include "OutputFormat.h"

#include "core/history/CalendarSpec.h"
#include "core/history/HistoryJson.h"
#include "core/history/IcsHolidayImport.h"
#include "core/history/SlaMetrics.h"
#include "core/history/TicketImporter.h"
#include "io/table/TableFileReader.h"

#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonDocument>
#include <QTimeZone>

namespace tw::cli {

int runHistoryCommand(const QStringList &arguments)
{
    const QString usage = QStringLiteral(
        "usage: tierwise-cli history FILE [--map COLUMN=FIELD ...] [--calendar 7x24|5x9[@09:00-18:00][+cn]] "
        "[--holidays FILE.ics] [--target P1:response=15m,onsite=4h,resolution=6h ...] [--tz Asia/Shanghai] "
        "[--vendor NAME ...] [--sheet NAME] [--date-order dmy|mdy] --format json|text");
    QCommandLineParser parser;
    parser.addPositionalArgument(QStringLiteral("file"), QStringLiteral("CSV or XLSX ticket export"));
    const QCommandLineOption map(QStringLiteral("map"), QStringLiteral("column=field mapping override"),
                                 QStringLiteral("column=field"));
    const QCommandLineOption calendar(QStringLiteral("calendar"), QStringLiteral("contract calendar"),
                                      QStringLiteral("spec"), QStringLiteral("7x24"));
    const QCommandLineOption holidays(QStringLiteral("holidays"), QStringLiteral("extra holidays from an .ics file"),
                                      QStringLiteral("file"));
    const QCommandLineOption target(QStringLiteral("target"), QStringLiteral("promised durations per priority"),
                                    QStringLiteral("rule"));
    const QCommandLineOption tz(QStringLiteral("tz"), QStringLiteral("time zone of the export's local times"),
                                QStringLiteral("zone"));
    const QCommandLineOption vendor(QStringLiteral("vendor"),
                                    QStringLiteral("a known vendor; rows of other vendors are reported"),
                                    QStringLiteral("name"));
    const QCommandLineOption sheet(QStringLiteral("sheet"), QStringLiteral("XLSX sheet name or number"),
                                   QStringLiteral("sheet"));
    const QCommandLineOption dateOrder(QStringLiteral("date-order"),
                                       QStringLiteral("d/m or m/d when no date in the file tells (dmy or mdy)"),
                                       QStringLiteral("order"), QStringLiteral("dmy"));
    const QCommandLineOption threads(QStringLiteral("threads"), QStringLiteral("CSV parser threads"),
                                     QStringLiteral("n"), QStringLiteral("0"));
    const QCommandLineOption compact(QStringLiteral("compact"), QStringLiteral("JSON on one line"));
    const QCommandLineOption format = formatOption();
    parser.addOptions({map, calendar, holidays, target, tz, vendor, sheet, dateOrder, threads, compact, format});
    if (!parser.parse(QStringList{QStringLiteral("history")} + arguments) || parser.positionalArguments().size() != 1) {
        printError(parser.errorText().isEmpty() ? usage : parser.errorText() + QLatin1Char('\n') + usage);
        return 2;
    }
    const std::optional<OutputFormat> output = outputFormat(parser, format);
    if (!output)
        return 2;

    history::CalendarSpec spec;
    if (parser.isSet(holidays)) {
        history::IcsHolidayImport ics;
        const auto extra = ics.load(parser.value(holidays));
        if (!extra) {
            printError(ics.errorString());
            return 1;
        }
        spec.setExtraHolidays(*extra, QStringLiteral("ics:") + QFileInfo(parser.value(holidays)).fileName());
    }
    const auto contractCalendar = spec.parse(parser.value(calendar));
    if (!contractCalendar) {
        printError(spec.errorString());
        return 2;
    }
    history::SlaTargets targets;
    for (const QString &rule : parser.values(target)) {
        if (!targets.addRule(rule)) {
            printError(targets.errorString());
            return 2;
        }
    }
    history::ImportOptions options;
    options.mapRules = parser.values(map);
    options.knownVendors = parser.values(vendor);
    if (parser.isSet(tz)) {
        const QTimeZone zone(parser.value(tz).toUtf8());
        if (!zone.isValid()) {
            printError(QStringLiteral("unknown time zone \"%1\" (use an IANA name such as Asia/Shanghai)")
                           .arg(parser.value(tz)));
            return 2;
        }
        options.zone = history::TimeZoneConverter(zone);
    }
    const QString order = parser.value(dateOrder).toLower();
    if (order != QLatin1String("dmy") && order != QLatin1String("mdy")) {
        printError(QStringLiteral("--date-order must be dmy or mdy"));
        return 2;
    }
    options.ambiguousOrder =
        order == QLatin1String("mdy") ? history::DayOrder::MonthFirst : history::DayOrder::DayFirst;

    const QString file = parser.positionalArguments().constFirst();
    // TW_HISTORY_TIMING=1 prints the time of each phase on stderr (for the benchmark).
    const bool timing = qEnvironmentVariableIntValue("TW_HISTORY_TIMING") != 0;
    QElapsedTimer timer;
    timer.start();
    const auto phase = [&](const char *name) {
        if (timing)
            printError(QStringLiteral("%1: %2 ms").arg(QLatin1String(name)).arg(timer.restart()));
    };
    history::TicketImporter importer(options);
    io::TableFileReader reader;
    io::TableReadOptions readOptions;
    readOptions.sheet = parser.value(sheet);
    readOptions.threads = parser.value(threads).toInt();
    if (!reader.read(file, importer, readOptions)) {
        const QString error = reader.errorString().isEmpty()
                                  ? QFileInfo(file).fileName() + QStringLiteral(": ") + importer.errorString()
                                  : reader.errorString();
        printError(error);
        return 1;
    }
    phase("read");
    history::ImportedTickets tickets = importer.finish();
    tickets.source = reader.info().describe(QFileInfo(file).fileName());
    phase("finish");
    const history::SlaHistory result = history::computeSlaHistory(tickets, contractCalendar->calendar, targets);
    phase("metrics");
    if (*output == OutputFormat::Json) {
        const QJsonDocument document(history::historyToJson(tickets, result, *contractCalendar));
        printOut(QString::fromUtf8(
            document.toJson(parser.isSet(compact) ? QJsonDocument::Compact : QJsonDocument::Indented)));
    } else {
        printOut(history::historyToText(tickets, result, *contractCalendar));
    }
    phase("output");
    return 0;
}

} // namespace tw::cli
