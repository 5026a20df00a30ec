#include "RawDateTime.h"

#include <cmath>
#include <cstring>

namespace tw::history {

RawDateTime RawDateTime::make(DateShape shape, int year, int first, int second, int secondOfDay, bool hasOffset,
                              int offsetMinutes)
{
    const qint64 bits = qint64(shape) | (qint64(year & 0x3fff) << 3) | (qint64(first & 0x1f) << 17) |
                        (qint64(second & 0x1f) << 22) | (qint64(secondOfDay & 0x1ffff) << 27) |
                        (qint64(hasOffset ? 1 : 0) << 44) | (qint64((offsetMinutes + 1024) & 0x7ff) << 45);
    return fromBits(bits);
}

RawDateTime RawDateTime::serial(qint64 secondsSince1899)
{
    return fromBits(qint64(DateShape::Serial) | (secondsSince1899 << 3));
}

namespace {

inline bool isSpace(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }
inline bool isDigit(char c) { return c >= '0' && c <= '9'; }

struct Cursor
{
    const char *p;
    const char *end;

    bool atEnd() const { return p >= end; }
    char peek() const { return p < end ? *p : '\0'; }
    bool startsWith(const char *literal, size_t length) const
    {
        return size_t(end - p) >= length && std::memcmp(p, literal, length) == 0;
    }
    template <size_t N> bool skip(const char (&literal)[N])
    {
        if (!startsWith(literal, N - 1))
            return false;
        p += N - 1;
        return true;
    }
    void skipSpaces()
    {
        while (p < end && isSpace(*p))
            ++p;
    }
    // Up to maxDigits digits; -1 when there is none.
    int number(int maxDigits, int *digits)
    {
        int value = 0;
        int count = 0;
        while (p < end && isDigit(*p) && count < maxDigits) {
            value = value * 10 + (*p - '0');
            ++p;
            ++count;
        }
        *digits = count;
        return count == 0 ? -1 : value;
    }
};

const char kYear[] = "\xE5\xB9\xB4";                  // 年
const char kMonth[] = "\xE6\x9C\x88";                 // 月
const char kDay[] = "\xE6\x97\xA5";                   // 日
const char kDay2[] = "\xE5\x8F\xB7";                  // 号
const char kHour[] = "\xE6\x97\xB6";                  // 时
const char kHour2[] = "\xE7\x82\xB9";                 // 点
const char kMinute[] = "\xE5\x88\x86";                // 分
const char kSecond[] = "\xE7\xA7\x92";                // 秒
const char kMorning[] = "\xE4\xB8\x8A\xE5\x8D\x88";   // 上午
const char kAfternoon[] = "\xE4\xB8\x8B\xE5\x8D\x88"; // 下午

bool isDateSeparator(char c) { return c == '-' || c == '/' || c == '.'; }

// Time part after the date: "14:05", "14:05:09", "14:05:09.123", "2:05 PM", "14时05分", "下午2:05",
// then an optional "Z" or "+08:00" / "+0800".
bool parseTime(Cursor &in, int *secondOfDay, bool *hasOffset, int *offsetMinutes)
{
    *secondOfDay = 0;
    *hasOffset = false;
    *offsetMinutes = 0;
    in.skipSpaces();
    if (in.peek() == 'T' || in.peek() == 't')
        ++in.p;
    in.skipSpaces();
    if (in.atEnd())
        return true;
    int pmShift = -1; // -1 none, 0 AM, 12 PM
    if (in.peek() == '\xE4') {
        if (in.skip(kMorning))
            pmShift = 0;
        else if (in.skip(kAfternoon))
            pmShift = 12;
    }
    int digits = 0;
    int hour = in.number(2, &digits);
    if (hour < 0)
        return false;
    int minute = 0;
    int second = 0;
    if (in.peek() == ':') {
        ++in.p;
        minute = in.number(2, &digits);
        if (digits != 2)
            return false;
        if (in.peek() == ':') {
            ++in.p;
            second = in.number(2, &digits);
            if (digits != 2)
                return false;
            if (in.peek() == '.' || in.peek() == ',') {
                ++in.p;
                while (!in.atEnd() && isDigit(in.peek()))
                    ++in.p; // fractions of a second are dropped
            }
        }
    } else if (in.skip(kHour) || in.skip(kHour2)) {
        in.skipSpaces();
        if (!in.atEnd() && isDigit(in.peek())) {
            minute = in.number(2, &digits);
            if (!in.skip(kMinute))
                return false;
            in.skipSpaces();
            if (!in.atEnd() && isDigit(in.peek())) {
                second = in.number(2, &digits);
                if (!in.skip(kSecond))
                    return false;
            }
        }
    } else {
        return false;
    }
    in.skipSpaces();
    if (pmShift < 0 && !in.atEnd() && (in.peek() | 0x20) != 'a' && (in.peek() | 0x20) != 'p') {
        // no AM/PM marker
    } else if (pmShift < 0) {
        if (in.skip("AM") || in.skip("am") || in.skip("A.M.") || in.skip("a.m."))
            pmShift = 0;
        else if (in.skip("PM") || in.skip("pm") || in.skip("P.M.") || in.skip("p.m."))
            pmShift = 12;
    }
    if (pmShift >= 0) {
        if (hour < 1 || hour > 12)
            return false;
        hour = hour % 12 + pmShift;
    }
    in.skipSpaces();
    if (in.peek() == 'Z' || in.peek() == 'z') {
        ++in.p;
        *hasOffset = true;
    } else if (in.peek() == '+' || in.peek() == '-') {
        const int sign = in.peek() == '-' ? -1 : 1;
        ++in.p;
        const int offsetHours = in.number(2, &digits);
        if (digits != 2)
            return false;
        int offsetMinutesPart = 0;
        if (in.peek() == ':')
            ++in.p;
        if (!in.atEnd() && isDigit(in.peek())) {
            offsetMinutesPart = in.number(2, &digits);
            if (digits != 2)
                return false;
        }
        if (offsetHours > 14 || offsetMinutesPart >= 60)
            return false;
        *hasOffset = true;
        *offsetMinutes = sign * (offsetHours * 60 + offsetMinutesPart);
    }
    in.skipSpaces();
    // 24:00 is the end of the day (ISO 8601); anything past it is not a time.
    if (!in.atEnd() || minute > 59 || second > 59 || hour > 24 || (hour == 24 && (minute || second)))
        return false;
    *secondOfDay = hour * 3600 + minute * 60 + second;
    return true;
}

RawDateTime parseSerial(Cursor in)
{
    qint64 whole = 0;
    int digits = 0;
    while (!in.atEnd() && isDigit(in.peek()) && digits < 8) {
        whole = whole * 10 + (in.peek() - '0');
        ++in.p;
        ++digits;
    }
    double fraction = 0;
    if (in.peek() == '.') {
        ++in.p;
        double scale = 0.1;
        while (!in.atEnd() && isDigit(in.peek())) {
            fraction += (in.peek() - '0') * scale;
            scale /= 10;
            ++in.p;
        }
    }
    // Serial 2958465 is 9999-12-31, the last day spreadsheets know.
    if (!in.atEnd() || digits == 0 || whole > 2958465)
        return RawDateTime::make(DateShape::Invalid, 0, 0, 0, 0, false, 0);
    return RawDateTime::serial(whole * 86400 + qint64(std::llround(fraction * 86400.0)));
}

} // namespace

bool isNullMarker(QByteArrayView text)
{
    while (!text.isEmpty() && isSpace(text.front()))
        text = text.sliced(1);
    while (!text.isEmpty() && isSpace(text.back()))
        text.chop(1);
    if (text.isEmpty())
        return true;
    if (text.size() > 4)
        return false;
    switch (text.front()) {
    case '?':
    case '-':
    case 'N':
    case 'n':
    case '#':
    case '\xE6':
        break;
    default:
        return false;
    }
    static const char *const markers[] = {"?",  "-",   "--",  "NULL", "null", "Null", "N/A",  "n/a",
                                          "NA", "NaN", "nan", "None", "none", "NaT",  "#N/A", "\xE6\x97\xA0" /* 无 */};
    for (const char *marker : markers) {
        if (text == QByteArrayView(marker))
            return true;
    }
    return false;
}

RawDateTime parseRawDateTime(QByteArrayView text)
{
    const RawDateTime invalid = RawDateTime::make(DateShape::Invalid, 0, 0, 0, 0, false, 0);
    if (isNullMarker(text))
        return RawDateTime();
    Cursor in{text.data(), text.data() + text.size()};
    in.skipSpaces();
    while (in.end > in.p && isSpace(in.end[-1]))
        --in.end;

    // A plain number is a spreadsheet serial.
    const char *scan = in.p;
    int dots = 0;
    while (scan < in.end && (isDigit(*scan) || *scan == '.')) {
        dots += *scan == '.';
        ++scan;
    }
    if (scan == in.end && dots <= 1 && (dots == 1 || in.end - in.p != 8))
        return parseSerial(in);

    int digits1 = 0;
    const int n1 = in.number(8, &digits1);
    if (n1 < 0)
        return invalid;
    int year = 0;
    int first = 0;
    int second = 0;
    DateShape shape = DateShape::Invalid;
    if (digits1 == 8) {
        // 20240305
        year = n1 / 10000;
        first = n1 / 100 % 100;
        second = n1 % 100;
        shape = DateShape::YearFirst;
    } else if (in.skip(kYear)) {
        if (digits1 != 4)
            return invalid;
        int digits = 0;
        in.skipSpaces();
        first = in.number(2, &digits);
        in.skipSpaces();
        if (first < 0 || !in.skip(kMonth))
            return invalid;
        in.skipSpaces();
        second = in.number(2, &digits);
        if (second < 0 || !(in.skip(kDay) || in.skip(kDay2)))
            return invalid;
        year = n1;
        shape = DateShape::YearFirst;
    } else if (isDateSeparator(in.peek())) {
        const char separator = *in.p++;
        int digits2 = 0;
        const int n2 = in.number(2, &digits2);
        if (n2 < 0 || in.peek() != separator)
            return invalid;
        ++in.p;
        int digits3 = 0;
        const int n3 = in.number(4, &digits3);
        if (n3 < 0)
            return invalid;
        if (digits1 == 4 && digits3 <= 2) {
            year = n1;
            first = n2;
            second = n3;
            shape = DateShape::YearFirst;
        } else if (digits1 <= 2 && (digits3 == 4 || digits3 == 2)) {
            // Two-digit years are read as 20YY (tickets from the last century are not expected).
            year = digits3 == 2 ? 2000 + n3 : n3;
            first = n1;
            second = n2;
            shape = DateShape::YearLast;
        } else {
            return invalid;
        }
    } else {
        return invalid;
    }
    if (year < 1 || year > 9999 || first < 1 || first > 31 || second < 1 || second > 31)
        return invalid;
    int secondOfDay = 0;
    bool hasOffset = false;
    int offsetMinutes = 0;
    if (!parseTime(in, &secondOfDay, &hasOffset, &offsetMinutes))
        return invalid;
    return RawDateTime::make(shape, year, first, second, secondOfDay, hasOffset, offsetMinutes);
}

} // namespace tw::history
