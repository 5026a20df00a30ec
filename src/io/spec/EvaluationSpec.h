#pragma once

#include "core/evaluation/EvaluationInput.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace tw::io {

/** Tickets of one segment of a history file (rows whose segment column holds one of the values). */
struct HistorySegmentSpec
{
    QStringList values;
    QStringList tiers;
    QString calendar; ///< empty: the file's calendar
};

/** One ticket history file of a vendor, with how to read it. */
struct HistoryFileSpec
{
    QString file;                                    ///< absolute path
    QString path;                                    ///< spec field path, e.g. "vendors[0].history[0]"
    QStringList mapRules;                            ///< "column=field"
    QString timeZone;                                ///< IANA name; empty = floating local time
    QString dateOrder = QStringLiteral("dmy");       ///< for ambiguous d/m dates
    QString sheet;                                   ///< XLSX sheet
    QString calendar = QStringLiteral("7x24");       ///< SLA clock calendar
    QStringList priorities = {QStringLiteral("P1")}; ///< pooled as the P1 promise
    QString segmentColumn;                           ///< empty: every row speaks for every tier
    QList<HistorySegmentSpec> segments;
};

/** The files a vendor's entry refers to. */
struct VendorFiles
{
    QStringList documents; ///< absolute paths
    QList<HistoryFileSpec> histories;
};

/** A parsed evaluation spec (docs/spec.md): the evaluation input without the file contents yet. */
struct EvaluationSpec
{
    QString file;                      ///< the spec file
    evaluation::EvaluationInput input; ///< vendors' terms, findings and histories still empty
    QList<VendorFiles> vendorFiles;    ///< parallel to input.vendors
};

} // namespace tw::io
