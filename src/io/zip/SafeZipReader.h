#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

class QuaZip;

namespace tw::io {

/** Bounds on what an untrusted ZIP (DOCX, XLSX) may make us decompress. */
struct ZipLimits
{
    qint64 maxEntrySize = 128LL * 1024 * 1024; ///< bytes of one decompressed entry
    qint64 maxTotalSize = 512LL * 1024 * 1024; ///< bytes decompressed from the whole archive
    int maxEntries = 20000;
    double maxCompressionRatio = 200; ///< decompressed / compressed, checked once an entry passes 1 MiB
};

/**
 * Reads entries of an untrusted ZIP archive into memory. Entry names with ".." or absolute paths
 * are refused when the archive is opened; every read is streamed and stopped as soon as a limit is
 * crossed, whatever sizes the archive declares.
 */
class SafeZipReader
{
    Q_DECLARE_TR_FUNCTIONS(tw::io::SafeZipReader)

public:
    explicit SafeZipReader(const QString &path, ZipLimits limits = {});
    ~SafeZipReader();
    SafeZipReader(const SafeZipReader &) = delete;
    SafeZipReader &operator=(const SafeZipReader &) = delete;

    /** Opens the archive and checks its directory. False with errorString() on failure. */
    bool open();
    QStringList entryNames() const { return m_entryNames; }
    bool contains(const QString &name) const { return m_entryNames.contains(name); }
    /** The entry's bytes, or nothing with errorString() set when it is missing or breaks a limit. */
    std::optional<QByteArray> read(const QString &name);
    QString errorString() const { return m_errorString; }

private:
    bool fail(const QString &message);

    QString m_path;
    ZipLimits m_limits;
    std::unique_ptr<QuaZip> m_zip;
    QStringList m_entryNames;
    qint64 m_totalRead = 0;
    QString m_errorString;
};

/** True when the bytes start like a ZIP archive ("PK\x03\x04" or an empty archive's "PK\x05\x06"). */
bool looksLikeZip(const QByteArray &head);

} // namespace tw::io
