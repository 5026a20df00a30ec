#pragma once

#include <QByteArray>
#include <QList>

#include <cstring>
#include <string_view>
#include <unordered_map>

namespace tw::history {

/**
 * Gives each distinct byte string a small number, without allocating when the string is known.
 * A handful of values (vendors, priorities) are found by a linear scan, which beats hashing for
 * short lists; past that a hash map takes over (ticket ids of an event log).
 */
class ByteInterner
{
public:
    int intern(QByteArrayView text)
    {
        const std::string_view key(text.data(), size_t(text.size()));
        if (m_values.size() <= kLinearLimit) {
            for (qsizetype i = 0; i < m_values.size(); ++i) {
                const QByteArray &value = m_values.at(i);
                if (value.size() == text.size() &&
                    std::memcmp(value.constData(), text.data(), size_t(text.size())) == 0)
                    return int(i);
            }
        } else {
            const auto it = m_index.find(key);
            if (it != m_index.end())
                return it->second;
        }
        const int index = int(m_values.size());
        m_values.append(QByteArray(text.data(), text.size()));
        if (m_values.size() == kLinearLimit + 1) {
            for (qsizetype i = 0; i < m_values.size(); ++i)
                m_index.emplace(view(i), int(i));
        } else if (m_values.size() > kLinearLimit + 1) {
            m_index.emplace(view(index), index);
        }
        return index;
    }
    const QList<QByteArray> &values() const { return m_values; }
    int size() const { return int(m_values.size()); }

private:
    static constexpr qsizetype kLinearLimit = 16;
    // The bytes of a QByteArray stay put when the list grows, so views into them stay valid.
    std::string_view view(qsizetype i) const
    {
        return std::string_view(m_values.at(i).constData(), size_t(m_values.at(i).size()));
    }

    QList<QByteArray> m_values;
    std::unordered_map<std::string_view, int> m_index;
};

} // namespace tw::history
