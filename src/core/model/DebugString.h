#pragma once

#include <QDebug>
#include <QString>
#include <cstring>

namespace tw {

/** Renders any type with a QDebug operator<< as a string: the one place model types become text. */
template <typename T> QString debugString(const T &value)
{
    QString out;
    QDebug(&out).nospace().noquote() << value;
    return out;
}

/** QTest::toString hook, found by argument-dependent lookup, so QCOMPARE prints model values. */
template <typename T> char *debugCString(const T &value)
{
    const QByteArray utf8 = debugString(value).toUtf8();
    char *copy = new char[size_t(utf8.size()) + 1];
    std::memcpy(copy, utf8.constData(), size_t(utf8.size()) + 1);
    return copy;
}

} // namespace tw
