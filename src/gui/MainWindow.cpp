#include "MainWindow.h"
#include "ui_MainWindow.h"

#include "charts/ChartRenderer.h"
#include "charts/DocumentOverviewChart.h"
#include "core/text/TextFlow.h"
#include "dialogs/FileDialog.h"
#include "dialogs/MessageBox.h"
#include "io/document/DocumentImporter.h"
#include "report/DocumentSummaryReport.h"
#include "storage/Workspace.h"

#include <QChart>
#include <QCloseEvent>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QProgressDialog>
#include <QSettings>
#include <QtConcurrent>

namespace tw::gui {

namespace {

const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kSplitterKey = QStringLiteral("mainWindow/splitter");
const QString kLastDirectoryKey = QStringLiteral("import/lastDirectory");

struct ImportOutcome
{
    QList<Document> documents;
    QStringList errors;
};

/** A vendor name until the user names it: the file name without its extension. */
QString provisionalVendorName(const Document &document) { return QFileInfo(document.fileName).completeBaseName(); }

} // namespace

MainWindow::MainWindow(storage::Workspace *workspace, std::shared_ptr<const io::DocumentReader> reader, QWidget *parent)
    : QMainWindow(parent), m_ui(std::make_unique<Ui::MainWindow>()), m_workspace(workspace), m_reader(std::move(reader))
{
    m_ui->setupUi(this);
    m_ui->mainSplitter->setStretchFactor(1, 3);
    connect(m_ui->importAction, &QAction::triggered, this, &MainWindow::chooseAndImport);
    connect(m_ui->exportSummaryAction, &QAction::triggered, this, &MainWindow::exportSummary);
    connect(m_ui->removeDocumentAction, &QAction::triggered, this, &MainWindow::removeSelectedDocument);
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->documentListWidget, &QListWidget::currentRowChanged, this, &MainWindow::showSelectedDocument);

    QSettings settings;
    restoreGeometry(settings.value(kGeometryKey).toByteArray());
    m_ui->mainSplitter->restoreState(settings.value(kSplitterKey).toByteArray());
    refreshDocumentList();
}

MainWindow::~MainWindow() = default;

void MainWindow::closeEvent(QCloseEvent *event)
{
    if (m_cancelImport)
        m_cancelImport->store(true);
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    settings.setValue(kSplitterKey, m_ui->mainSplitter->saveState());
    event->accept();
}

void MainWindow::chooseAndImport()
{
    QSettings settings;
    const QStringList files = FileDialog::getOpenFileNames(
        this, tr("Import Proposals"), settings.value(kLastDirectoryKey).toString(),
        tr("Proposals (%1)").arg(io::DocumentImporter::supportedPatterns().join(QLatin1Char(' '))));
    if (files.isEmpty())
        return;
    settings.setValue(kLastDirectoryKey, QFileInfo(files.constFirst()).absolutePath());
    importFiles(files);
}

void MainWindow::importFiles(const QStringList &files)
{
    if (m_importing)
        return;
    m_importing = true;
    m_cancelImport = std::make_shared<std::atomic_bool>(false);
    auto *progress = new QProgressDialog(tr("Reading proposals…"), tr("Cancel"), 0, int(files.size()), this);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(400);
    connect(progress, &QProgressDialog::canceled, this, [cancel = m_cancelImport] { cancel->store(true); });

    auto *watcher = new QFutureWatcher<ImportOutcome>(this);
    connect(watcher, &QFutureWatcher<ImportOutcome>::progressValueChanged, progress, &QProgressDialog::setValue);
    connect(watcher, &QFutureWatcher<ImportOutcome>::finished, this, [this, watcher, progress] {
        const ImportOutcome outcome = watcher->result();
        watcher->deleteLater();
        progress->deleteLater();
        QStringList errors = outcome.errors;
        int stored = 0;
        for (const Document &document : outcome.documents) {
            if (m_workspace->addDocument(provisionalVendorName(document), document))
                ++stored;
            else
                errors << m_workspace->errorString();
        }
        m_importing = false;
        m_cancelImport.reset();
        refreshDocumentList();
        statusBar()->showMessage(tr("Imported %n proposal(s)", nullptr, stored), 5000);
        if (!errors.isEmpty())
            MessageBox::warning(this, tr("Import problems"), errors.join(QLatin1Char('\n')));
        emit importFinished(stored, int(errors.size()));
    });
    watcher->setFuture(
        QtConcurrent::run([reader = m_reader, files, cancel = m_cancelImport](QPromise<ImportOutcome> &promise) {
            ImportOutcome outcome;
            io::ExtractOptions options;
            options.cancel = cancel.get();
            promise.setProgressRange(0, int(files.size()));
            for (int index = 0; index < files.size(); ++index) {
                if (cancel->load()) {
                    outcome.errors << tr("Import cancelled; %n file(s) not read", nullptr, int(files.size()) - index);
                    break;
                }
                io::ExtractResult result = reader->read(files.at(index), options);
                if (result.ok())
                    outcome.documents << std::move(*result.document);
                else
                    outcome.errors << result.errorString;
                promise.setProgressValue(index + 1);
            }
            promise.addResult(outcome);
        }));
}

void MainWindow::refreshDocumentList()
{
    const int previous = m_ui->documentListWidget->currentRow();
    m_ui->documentListWidget->clear();
    for (const storage::StoredDocument &stored : m_workspace->documents()) {
        auto *item = new QListWidgetItem(QFileInfo(stored.fileName).fileName(), m_ui->documentListWidget);
        item->setData(Qt::UserRole, stored.id);
        item->setToolTip(
            tr("%1 · %2 · %n page(s) · %3", nullptr, stored.pages)
                .arg(stored.vendorName, formatName(stored.format).toUpper(), languageCode(stored.language)));
    }
    const int count = m_ui->documentListWidget->count();
    if (count > 0)
        m_ui->documentListWidget->setCurrentRow(qBound(0, previous, count - 1));
    m_ui->removeDocumentAction->setEnabled(count > 0);
    m_ui->exportSummaryAction->setEnabled(count > 0);
}

void MainWindow::showSelectedDocument()
{
    const QListWidgetItem *item = m_ui->documentListWidget->currentItem();
    if (!item) {
        m_ui->documentTextEdit->clear();
        return;
    }
    const auto document = m_workspace->loadDocument(item->data(Qt::UserRole).toLongLong());
    if (!document) {
        m_ui->documentTextEdit->setPlainText(m_workspace->errorString());
        return;
    }
    QStringList pages;
    for (const Page &page : document->pages)
        pages << tr("— page %1 —").arg(page.number) + QLatin1Char('\n') + flowedText(page);
    m_ui->documentTextEdit->setPlainText(pages.join(QStringLiteral("\n\n")));
}

void MainWindow::removeSelectedDocument()
{
    const QListWidgetItem *item = m_ui->documentListWidget->currentItem();
    if (!item)
        return;
    if (!m_workspace->removeDocument(item->data(Qt::UserRole).toLongLong()))
        MessageBox::warning(this, tr("Remove document"), m_workspace->errorString());
    refreshDocumentList();
}

void MainWindow::exportSummary()
{
    const QString path = FileDialog::getSaveFileName(this, tr("Export Summary PDF"), QString(), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    QList<Document> documents;
    for (const storage::StoredDocument &stored : m_workspace->documents()) {
        if (auto document = m_workspace->loadDocument(stored.id))
            documents << *document;
    }
    const auto chart = charts::DocumentOverviewChart::create(documents);
    const QImage chartImage = charts::renderChart(chart.get(), QSize(900, 120 + 40 * int(documents.size())));
    const QString error = report::DocumentSummaryReport::write(path, documents, chartImage);
    if (error.isEmpty())
        statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(path)), 5000);
    else
        MessageBox::warning(this, tr("Export Summary PDF"), error);
}

} // namespace tw::gui
