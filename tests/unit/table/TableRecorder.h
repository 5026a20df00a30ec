#pragma once

#include "core/history/TableRowSink.h"

#include <QList>
#include <QMap>
#include <QStringList>

// Records what a reader delivers: header, rows by absolute row number, and row problems.
class TableRecorder : public tw::history::TableConsumer
{
public:
    struct Chunk : tw::history::TableChunkSink
    {
        void addRow(qint64 index, const tw::history::FieldRef *fields, int count, const QString *problem) override
        {
            QStringList cells;
            for (int i = 0; i < count; ++i)
                cells << QString::fromUtf8(fields[i].data, fields[i].size);
            rows.append({index, cells, problem ? *problem : QString()});
        }
        struct Row
        {
            qint64 index;
            QStringList cells;
            QString problem;
        };
        QList<Row> rows;
    };

    bool setHeader(const QStringList &columns) override
    {
        header = columns;
        return true;
    }
    void setDate1904(bool value) override { date1904 = value; }
    std::unique_ptr<tw::history::TableChunkSink> createChunkSink() override { return std::make_unique<Chunk>(); }
    void finishChunk(std::unique_ptr<tw::history::TableChunkSink> sink, qint64 firstRow) override
    {
        for (const Chunk::Row &row : static_cast<Chunk *>(sink.get())->rows) {
            rows.insert(firstRow + row.index, row.cells);
            if (!row.problem.isEmpty())
                problems.insert(firstRow + row.index, row.problem);
        }
        ++chunks;
    }

    QStringList header;
    QMap<qint64, QStringList> rows;
    QMap<qint64, QString> problems;
    bool date1904 = false;
    int chunks = 0;
};
