#pragma once

#include <QStringList>

class QWidget;

namespace tw::gui {

/**
 * The one way the GUI asks for file names. Tests queue the answers with setNext...() so every flow
 * runs without a person (the KeePassXC pattern); otherwise the native dialogs are shown.
 */
class FileDialog
{
public:
    static QStringList getOpenFileNames(QWidget *parent, const QString &caption, const QString &directory,
                                        const QString &filter);
    static QString getSaveFileName(QWidget *parent, const QString &caption, const QString &directory,
                                   const QString &filter);
    /** The next getOpenFileNames() returns these without showing a dialog. */
    static void setNextOpenFileNames(const QStringList &names);
    /** The next getSaveFileName() returns this without showing a dialog. */
    static void setNextSaveFileName(const QString &name);
};

} // namespace tw::gui
