#include "gui/MainWindow.h"
#include "i18n/Translations.h"
#include "io/document/SandboxedExtractor.h"
#include "storage/Workspace.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QMessageBox>
#include <QStandardPaths>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("Tierwise"));
    QApplication::setOrganizationName(QStringLiteral("Tierwise"));
    QApplication::setApplicationVersion(QStringLiteral(TW_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("io.github.tierwise.Tierwise"));
    tw::installTranslations();

    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("workspace"),
                                 QApplication::translate("main", "Workspace file to open (created if missing)"));
    const QCommandLineOption importOption(QStringLiteral("import"),
                                          QApplication::translate("main", "Import these documents at start"),
                                          QStringLiteral("file"));
    parser.addOption(importOption);
    parser.process(app);

    QString path = parser.positionalArguments().value(0);
    if (path.isEmpty()) {
        const QString dataDir = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
        QDir().mkpath(dataDir);
        path = QDir(dataDir).filePath(QStringLiteral("workspace.tierwise"));
    }
    tw::storage::Workspace workspace;
    if (!workspace.openSqlite(path)) {
        QMessageBox::critical(nullptr, QStringLiteral("Tierwise"), workspace.errorString());
        return 1;
    }
    tw::gui::MainWindow window(&workspace, std::make_shared<tw::io::SandboxedExtractor>());
    window.show();
    if (parser.isSet(importOption))
        window.importFiles(parser.values(importOption));
    return QApplication::exec();
}
