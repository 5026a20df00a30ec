#include "SandboxedExtractor.h"

#include "DocumentJson.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QProcess>

namespace tw::io {

namespace {

constexpr int kPollMilliseconds = 25;

/** Resident memory of a process in bytes, from /proc; 0 where the platform has no /proc. */
qint64 residentBytes(qint64 pid)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    const QList<QByteArray> lines = status.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong() * 1024;
    }
    return 0;
}

/** Parses "progress N/M" lines the child writes to stderr and keeps the last other line. */
void consumeStderr(QProcess &process, QByteArray &pending, QString &lastMessage, const ProgressCallback &progress)
{
    pending += process.readAllStandardError();
    qsizetype newline;
    while ((newline = pending.indexOf('\n')) >= 0) {
        const QByteArray line = pending.left(newline).trimmed();
        pending.remove(0, newline + 1);
        if (line.startsWith("progress ")) {
            const QList<QByteArray> numbers = line.mid(9).split('/');
            if (progress && numbers.size() == 2)
                progress(numbers[0].toInt(), numbers[1].toInt());
        } else if (!line.isEmpty()) {
            lastMessage = QString::fromUtf8(line);
        }
    }
}

} // namespace

SandboxedExtractor::SandboxedExtractor(QString executable, SandboxLimits limits)
    : m_executable(std::move(executable)), m_limits(limits)
{
    if (m_executable.isEmpty())
        m_executable = QDir(QCoreApplication::applicationDirPath()).filePath(QStringLiteral("tierwise-cli"));
}

ExtractResult SandboxedExtractor::read(const QString &path, const ExtractOptions &options) const
{
    const QString fileName = QFileInfo(path).fileName();
    QStringList arguments = {QStringLiteral("extract"),  path,
                             QStringLiteral("--format"), QStringLiteral("json"),
                             QStringLiteral("--words"),  QStringLiteral("--progress")};
    if (options.ocr)
        arguments << QStringLiteral("--ocr");
    if (!options.password.isEmpty())
        arguments << QStringLiteral("--password-stdin"); // never on the command line, where ps shows it
    if (options.threads > 0)
        arguments << QStringLiteral("--threads") << QString::number(options.threads);

    QProcess process;
    process.start(m_executable, arguments);
    if (!process.waitForStarted())
        return ExtractResult::failure(
            tr("%1: the document reader could not be started (%2)").arg(fileName, process.errorString()));
    if (!options.password.isEmpty())
        process.write(options.password.toUtf8() + '\n');
    process.closeWriteChannel();

    // Pages finish on several threads in the child, so their reports may come out of order ("2/2" before
    // "1/2"): pass on only progress.
    int furthest = 0;
    ProgressCallback forward;
    if (options.progress) {
        forward = [&furthest, &options](int done, int total) {
            if (done <= furthest)
                return;
            furthest = done;
            options.progress(done, total);
        };
    }
    QElapsedTimer clock;
    clock.start();
    QByteArray pendingStderr;
    QString lastMessage;
    QString killedBecause;
    while (!process.waitForFinished(kPollMilliseconds)) {
        if (process.state() == QProcess::NotRunning)
            break;
        consumeStderr(process, pendingStderr, lastMessage, forward);
        if (options.cancel && options.cancel->load())
            killedBecause = tr("%1: extraction was cancelled").arg(fileName);
        else if (clock.elapsed() > qint64(m_limits.timeoutSeconds) * 1000)
            killedBecause = tr("%1: reading took longer than %2 s and was stopped (the file may be malformed)")
                                .arg(fileName)
                                .arg(m_limits.timeoutSeconds);
        else if (residentBytes(process.processId()) > m_limits.maxMemoryBytes)
            killedBecause = tr("%1: reading needed more than %2 MB of memory and was stopped (the file may be a "
                               "decompression bomb)")
                                .arg(fileName)
                                .arg(m_limits.maxMemoryBytes / (1024 * 1024));
        if (!killedBecause.isEmpty()) {
            process.kill();
            process.waitForFinished(-1);
            return ExtractResult::failure(killedBecause);
        }
    }
    consumeStderr(process, pendingStderr, lastMessage, forward);
    if (process.exitStatus() == QProcess::CrashExit)
        return ExtractResult::failure(tr("%1: the document reader crashed on this file").arg(fileName));
    if (process.exitCode() != 0) {
        if (lastMessage.isEmpty())
            lastMessage = tr("%1: the document reader failed (exit status %2)").arg(fileName).arg(process.exitCode());
        return ExtractResult::failure(lastMessage);
    }
    QJsonParseError parseError{};
    const QJsonDocument json = QJsonDocument::fromJson(process.readAllStandardOutput(), &parseError);
    std::optional<Document> document = documentFromJson(json.object());
    if (parseError.error != QJsonParseError::NoError || !document)
        return ExtractResult::failure(tr("%1: the document reader returned malformed output").arg(fileName));
    return ExtractResult::success(std::move(*document));
}

} // namespace tw::io
