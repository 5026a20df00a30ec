#pragma once

#include "DocumentReader.h"

#include <QCoreApplication>

namespace tw::io {

/**
 * Reads any supported document in this process, choosing the reader from the file name's
 * extension (.pdf, .docx, .txt, .md), or from the content when the extension is unknown. A file
 * whose content contradicts its extension is refused with a message that says what it really is.
 */
class DocumentImporter : public DocumentReader
{
    Q_DECLARE_TR_FUNCTIONS(tw::io::DocumentImporter)

public:
    ExtractResult read(const QString &path, const ExtractOptions &options) const override;

    /** File name patterns for open dialogs: "*.pdf *.docx *.txt *.md". */
    static QStringList supportedPatterns();
};

} // namespace tw::io
