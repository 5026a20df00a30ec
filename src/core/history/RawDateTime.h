#pragma once

#include <QByteArrayView>
#include <QtGlobal>

namespace tw::history {

/** How a date cell was written, before its column's day/month order is known. */
enum class DateShape : quint8 {
    Missing,   ///< empty or a null marker such as "?" or "N/A"
    YearFirst, ///< 2024-03-05, 2024/3/5, 2024.3.5, 2024年3月5日, 20240305
    YearLast,  ///< 5/3/2024 or 3/5/2024: day-first or month-first, decided per column
    Serial,    ///< a spreadsheet serial number such as 45356.5833
    Invalid,   ///< none of the above
};

/**
 * One parsed date cell packed into 8 bytes, so a million-row import keeps its dates in a few
 * megabytes until the column's format is decided. Fields: shape, year, the two numbers besides the
 * year (month/day in either order), seconds of the day, and an optional UTC offset.
 */
class RawDateTime
{
public:
    RawDateTime() = default;
    static RawDateTime fromBits(qint64 bits)
    {
        RawDateTime value;
        value.m_bits = bits;
        return value;
    }
    static RawDateTime make(DateShape shape, int year, int first, int second, int secondOfDay, bool hasOffset,
                            int offsetMinutes);
    static RawDateTime serial(qint64 secondsSince1899);

    qint64 bits() const { return m_bits; }
    DateShape shape() const { return DateShape(m_bits & 0x7); }
    int year() const { return int((m_bits >> 3) & 0x3fff); }
    /** First number besides the year: the month of a year-first date, day or month of a year-last one. */
    int first() const { return int((m_bits >> 17) & 0x1f); }
    int second() const { return int((m_bits >> 22) & 0x1f); }
    int secondOfDay() const { return int((m_bits >> 27) & 0x1ffff); }
    bool hasOffset() const { return shape() != DateShape::Serial && ((m_bits >> 44) & 1); }
    int offsetMinutes() const { return int((m_bits >> 45) & 0x7ff) - 1024; }
    /** Seconds since 1899-12-30 00:00 of a serial cell (the 1900 system's day 0). */
    qint64 serialSeconds() const { return m_bits >> 3; }

private:
    qint64 m_bits = 0; // Missing
};

/** Null markers treated as an empty cell: "", "?", "-", "NULL", "N/A", "NaN", "None", "无"... */
bool isNullMarker(QByteArrayView text);

/** Parses one cell (UTF-8). Never fails: unreadable text gives DateShape::Invalid. */
RawDateTime parseRawDateTime(QByteArrayView text);

} // namespace tw::history
