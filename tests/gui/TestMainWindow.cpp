// Drives the main window as a user would, on the offscreen platform: import through the file
// dialog facade, read the text, export the summary PDF, remove a document.
#include "gui/MainWindow.h"
#include "gui/dialogs/FileDialog.h"
#include "gui/dialogs/MessageBox.h"
#include "io/document/DocumentImporter.h"
#include "io/document/PdfReader.h"
#include "storage/Workspace.h"

#include <QAction>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace tw;

class TestMainWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static QString fixture(const QString &name)
    {
        return qEnvironmentVariable("TW_TEST_DATA") + QStringLiteral("/import/text/") + name;
    }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true);
        gui::MessageBox::setSilent(true);
    }

    void importsShowsExportsAndRemoves()
    {
        storage::Workspace workspace;
        QVERIFY(workspace.openSqlite(m_dir.filePath(QStringLiteral("gui.tierwise"))));
        gui::MainWindow window(&workspace, std::make_shared<io::DocumentImporter>());
        window.show();
        auto *list = window.findChild<QListWidget *>(QStringLiteral("documentListWidget"));
        auto *text = window.findChild<QPlainTextEdit *>(QStringLiteral("documentTextEdit"));
        QVERIFY(list && text);
        QCOMPARE(list->count(), 0);

        QSignalSpy finished(&window, &gui::MainWindow::importFinished);
        gui::FileDialog::setNextOpenFileNames({fixture(QStringLiteral("english.txt")),
                                               fixture(QStringLiteral("chinese-gbk.txt")),
                                               m_dir.filePath(QStringLiteral("missing.pdf"))});
        window.findChild<QAction *>(QStringLiteral("importAction"))->trigger();
        QTRY_COMPARE_WITH_TIMEOUT(finished.size(), 1, 20000);
        QCOMPARE(finished.first().at(0).toInt(), 2);
        QCOMPARE(finished.first().at(1).toInt(), 1);
        QVERIFY(gui::MessageBox::lastMessage().contains(QStringLiteral("missing.pdf")));
        QCOMPARE(list->count(), 2);
        list->setCurrentRow(1);
        QVERIFY2(text->toPlainText().contains(QStringLiteral("7×24小时响应")), qPrintable(text->toPlainText()));

        const QString pdf = m_dir.filePath(QStringLiteral("summary.pdf"));
        gui::FileDialog::setNextSaveFileName(pdf);
        window.findChild<QAction *>(QStringLiteral("exportSummaryAction"))->trigger();
        const io::ExtractResult exported = io::PdfReader().read(pdf, {});
        QVERIFY2(exported.ok(), qPrintable(exported.errorString));
        QVERIFY(exported.document->text().contains(QStringLiteral("chinese-gbk.txt")));

        window.findChild<QAction *>(QStringLiteral("removeDocumentAction"))->trigger();
        QCOMPARE(list->count(), 1);
        QCOMPARE(workspace.documents().size(), 1);
    }
};

QTEST_MAIN(TestMainWindow)
#include "TestMainWindow.moc"
