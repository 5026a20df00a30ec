#pragma once

#include "io/document/DocumentReader.h"

#include <QMainWindow>

#include <atomic>
#include <memory>

namespace Ui {
class MainWindow;
}

namespace tw::storage {
class Workspace;
}

namespace tw::gui {

/**
 * The main window: the workspace's proposals on the left, the selected one's text on the right.
 * Imports run in the background with progress and cancel; results are stored in the workspace.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /** reader: how documents are read (the sandboxed child process in the application). */
    MainWindow(storage::Workspace *workspace, std::shared_ptr<const io::DocumentReader> reader,
               QWidget *parent = nullptr);
    ~MainWindow() override;

    /** Reads the files in the background and stores each one that reads; errors are listed at the end. */
    void importFiles(const QStringList &files);
    /** True while an import runs. */
    bool isImporting() const { return m_importing; }

signals:
    void importFinished(int imported, int failed);

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void chooseAndImport();
    void exportSummary();
    void removeSelectedDocument();
    void refreshDocumentList();
    void showSelectedDocument();

    std::unique_ptr<Ui::MainWindow> m_ui;
    storage::Workspace *m_workspace;
    std::shared_ptr<const io::DocumentReader> m_reader;
    std::shared_ptr<std::atomic_bool> m_cancelImport;
    bool m_importing = false;
};

} // namespace tw::gui
