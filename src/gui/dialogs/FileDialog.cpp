#include "FileDialog.h"

#include <QFileDialog>

#include <optional>

namespace tw::gui {

namespace {
std::optional<QStringList> nextOpenFileNames;
std::optional<QString> nextSaveFileName;
} // namespace

QStringList FileDialog::getOpenFileNames(QWidget *parent, const QString &caption, const QString &directory,
                                         const QString &filter)
{
    if (nextOpenFileNames) {
        const QStringList names = *nextOpenFileNames;
        nextOpenFileNames.reset();
        return names;
    }
    return QFileDialog::getOpenFileNames(parent, caption, directory, filter);
}

QString FileDialog::getSaveFileName(QWidget *parent, const QString &caption, const QString &directory,
                                    const QString &filter)
{
    if (nextSaveFileName) {
        const QString name = *nextSaveFileName;
        nextSaveFileName.reset();
        return name;
    }
    return QFileDialog::getSaveFileName(parent, caption, directory, filter);
}

void FileDialog::setNextOpenFileNames(const QStringList &names) { nextOpenFileNames = names; }

void FileDialog::setNextSaveFileName(const QString &name) { nextSaveFileName = name; }

} // namespace tw::gui
