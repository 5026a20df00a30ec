#pragma once

#include <QMessageBox>

namespace tw::gui {

/** Message boxes the GUI shows; tests read what was shown instead of a person clicking it away. */
class MessageBox
{
public:
    static void warning(QWidget *parent, const QString &title, const QString &text);
    /** When true, boxes are recorded in lastMessage() and not shown. */
    static void setSilent(bool silent);
    static QString lastMessage();
};

} // namespace tw::gui
