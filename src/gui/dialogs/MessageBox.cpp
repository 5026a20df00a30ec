#include "MessageBox.h"

namespace tw::gui {

namespace {
bool silentMode = false;
QString lastShown;
} // namespace

void MessageBox::warning(QWidget *parent, const QString &title, const QString &text)
{
    lastShown = text;
    if (!silentMode)
        QMessageBox::warning(parent, title, text);
}

void MessageBox::setSilent(bool silent) { silentMode = silent; }

QString MessageBox::lastMessage() { return lastShown; }

} // namespace tw::gui
