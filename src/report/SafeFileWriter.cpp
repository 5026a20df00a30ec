#include "SafeFileWriter.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QSaveFile>

namespace tw::report {

namespace {
/** The translation context of this file's messages. */
struct SafeFileWriter
{
    Q_DECLARE_TR_FUNCTIONS(tw::report::SafeFileWriter)
};
} // namespace

QString writeFileAtomically(const QString &path, const QByteArray &content)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return SafeFileWriter::tr("%1: cannot be written (%2)").arg(path, file.errorString());
    qint64 written = 0;
    while (written < content.size()) {
        const qint64 count = file.write(content.constData() + written, content.size() - written);
        if (count <= 0) {
            const QString problem = file.errorString();
            file.cancelWriting();
            return SafeFileWriter::tr("%1: writing failed (%2); the previous file is unchanged").arg(path, problem);
        }
        written += count;
    }
    if (!file.commit())
        return SafeFileWriter::tr("%1: could not be saved (%2); the previous file is unchanged")
            .arg(path, file.errorString());
    return {};
}

} // namespace tw::report
