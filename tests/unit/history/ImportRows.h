#pragma once

#include "core/history/TicketImporter.h"

#include <QList>
#include <QStringList>

// Feeds rows to a TicketImporter as a reader would, split into `parts` chunks to exercise merging.
inline tw::history::ImportedTickets importRows(const QStringList &header, const QList<QStringList> &rows,
                                               tw::history::ImportOptions options = {}, int parts = 1,
                                               QString *error = nullptr)
{
    using namespace tw::history;
    TicketImporter importer(std::move(options));
    if (!importer.setHeader(header)) {
        if (error)
            *error = importer.errorString();
        return {};
    }
    const qsizetype perPart = (rows.size() + parts - 1) / qMax(1, parts);
    qint64 firstRow = 2;
    for (qsizetype begin = 0; begin < rows.size() || begin == 0; begin += qMax<qsizetype>(1, perPart)) {
        auto sink = importer.createChunkSink();
        const qsizetype end = qMin(rows.size(), begin + qMax<qsizetype>(1, perPart));
        for (qsizetype i = begin; i < end; ++i) {
            QList<QByteArray> cells;
            for (const QString &cell : rows.at(i))
                cells << cell.toUtf8();
            std::vector<FieldRef> fields;
            for (const QByteArray &cell : cells)
                fields.push_back({cell.constData(), cell.size()});
            sink->addRow(i - begin, fields.data(), int(fields.size()), nullptr);
        }
        importer.finishChunk(std::move(sink), firstRow);
        firstRow += end - begin;
        if (rows.isEmpty())
            break;
    }
    return importer.finish();
}
