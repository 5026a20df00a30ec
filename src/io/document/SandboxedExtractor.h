#pragma once

#include "DocumentReader.h"

#include <QCoreApplication>

namespace tw::io {

/** Bounds on one sandboxed extraction. */
struct SandboxLimits
{
    int timeoutSeconds = 120;
    qint64 maxMemoryBytes = 2048LL * 1024 * 1024; ///< resident memory of the child process
};

/**
 * Extracts untrusted documents in a child process (`tierwise-cli extract`), so that a crash, hang
 * or memory blow-up in a parser costs one import, not the application. The child is killed when it
 * runs out of time or memory, and the reason becomes that file's error.
 */
class SandboxedExtractor : public DocumentReader
{
    Q_DECLARE_TR_FUNCTIONS(tw::io::SandboxedExtractor)

public:
    /** executable: the tierwise-cli to run; empty means the one next to the running program. */
    explicit SandboxedExtractor(QString executable = {}, SandboxLimits limits = {});
    ExtractResult read(const QString &path, const ExtractOptions &options) const override;

private:
    QString m_executable;
    SandboxLimits m_limits;
};

} // namespace tw::io
