#include "SafeFileWriter.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

namespace tw::report {

QString writeFileAtomically(const QString &path, const QByteArray &content)
{
    const auto tr = [](const char *text) { return QCoreApplication::translate("tw::report::SafeFileWriter", text); };
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return tr("%1: cannot be written (%2)").arg(path, file.errorString());
    qint64 written = 0;
    while (written < content.size()) {
        const qint64 count = file.write(content.constData() + written, content.size() - written);
        if (count <= 0) {
            const QString problem = file.errorString();
            file.cancelWriting();
            return tr("%1: writing failed (%2); the previous file is unchanged").arg(path, problem);
        }
        written += count;
    }
    if (!file.commit())
        return tr("%1: could not be saved (%2); the previous file is unchanged").arg(path, file.errorString());
    return {};
}

} // namespace tw::report
