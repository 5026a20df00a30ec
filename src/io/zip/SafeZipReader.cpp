#include "SafeZipReader.h"

#include <QDir>
#include <QFileInfo>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipfileinfo.h>

namespace tw::io {

namespace {
constexpr qint64 kChunkSize = 64 * 1024;
constexpr qint64 kRatioCheckThreshold = 1024 * 1024;

bool isUnsafeEntryName(const QString &name)
{
    if (name.startsWith(QLatin1Char('/')) || name.startsWith(QLatin1Char('\\')) || QDir::isAbsolutePath(name) ||
        (name.size() > 1 && name.at(1) == QLatin1Char(':')))
        return true;
    const QStringList parts = QString(name).replace(QLatin1Char('\\'), QLatin1Char('/')).split(QLatin1Char('/'));
    return parts.contains(QStringLiteral(".."));
}
} // namespace

SafeZipReader::SafeZipReader(const QString &path, ZipLimits limits) : m_path(path), m_limits(limits) {}

SafeZipReader::~SafeZipReader() = default;

bool SafeZipReader::fail(const QString &message)
{
    m_errorString = message;
    return false;
}

bool SafeZipReader::open()
{
    const QString fileName = QFileInfo(m_path).fileName();
    m_zip = std::make_unique<QuaZip>(m_path);
    if (!m_zip->open(QuaZip::mdUnzip))
        return fail(tr("%1: not a readable ZIP archive (error %2)").arg(fileName).arg(m_zip->getZipError()));
    if (m_zip->getEntriesCount() > m_limits.maxEntries)
        return fail(tr("%1: the archive has %2 entries, more than the limit of %3")
                        .arg(fileName)
                        .arg(m_zip->getEntriesCount())
                        .arg(m_limits.maxEntries));
    m_entryNames = m_zip->getFileNameList();
    for (const QString &name : std::as_const(m_entryNames)) {
        if (isUnsafeEntryName(name))
            return fail(tr("%1: the archive contains an unsafe entry name \"%2\"").arg(fileName, name));
    }
    return true;
}

std::optional<QByteArray> SafeZipReader::read(const QString &name)
{
    const QString fileName = QFileInfo(m_path).fileName();
    if (!m_zip || !m_zip->setCurrentFile(name)) {
        fail(tr("%1: the archive has no entry \"%2\"").arg(fileName, name));
        return std::nullopt;
    }
    QuaZipFileInfo64 info;
    m_zip->getCurrentFileInfo(&info);
    QuaZipFile file(m_zip.get());
    if (!file.open(QIODevice::ReadOnly)) {
        fail(tr("%1: cannot decompress entry \"%2\"").arg(fileName, name));
        return std::nullopt;
    }
    QByteArray data;
    const qint64 compressed = qMax<qint64>(1, qint64(info.compressedSize));
    // Declared sizes can lie, so count what actually comes out and stop at the first limit crossed.
    while (true) {
        const QByteArray chunk = file.read(kChunkSize);
        if (chunk.isEmpty())
            break;
        // Limits are checked before the chunk is kept, so memory never holds more than a limit.
        if (data.size() + chunk.size() > m_limits.maxEntrySize) {
            fail(tr("%1: entry \"%2\" decompresses to more than %3 MB; refusing it as a possible ZIP bomb")
                     .arg(fileName, name)
                     .arg(m_limits.maxEntrySize / (1024 * 1024)));
            return std::nullopt;
        }
        if (m_totalRead + chunk.size() > m_limits.maxTotalSize) {
            fail(tr("%1: the archive decompresses to more than %2 MB; refusing it as a possible ZIP bomb")
                     .arg(fileName)
                     .arg(m_limits.maxTotalSize / (1024 * 1024)));
            return std::nullopt;
        }
        data += chunk;
        m_totalRead += chunk.size();
        if (data.size() > kRatioCheckThreshold &&
            double(data.size()) / double(compressed) > m_limits.maxCompressionRatio) {
            fail(tr("%1: entry \"%2\" has a compression ratio above %3:1; refusing it as a possible ZIP bomb")
                     .arg(fileName, name)
                     .arg(m_limits.maxCompressionRatio));
            return std::nullopt;
        }
    }
    if (file.getZipError() != UNZ_OK) {
        fail(tr("%1: entry \"%2\" is corrupt (error %3)").arg(fileName, name).arg(file.getZipError()));
        return std::nullopt;
    }
    return data;
}

bool looksLikeZip(const QByteArray &head)
{
    return head.startsWith(QByteArrayLiteral("PK\x03\x04")) || head.startsWith(QByteArrayLiteral("PK\x05\x06"));
}

} // namespace tw::io
