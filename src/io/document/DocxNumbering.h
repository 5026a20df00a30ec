#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QVector>

namespace tw::io {

/**
 * The list definitions of a Word document (word/numbering.xml) and the running counters that turn
 * a numbered paragraph into its visible label ("1.", "1.2", "b)", "•", "一、").
 */
class DocxNumbering
{
    Q_DECLARE_TR_FUNCTIONS(tw::io::DocxNumbering)

public:
    static constexpr int kLevels = 9;

    /** Reads numbering.xml. False with errorString() when it is not well-formed. */
    bool load(const QByteArray &xml);
    QString errorString() const { return m_errorString; }

    /** True when numId names a list that has a definition (numId "0" means "not numbered"). */
    bool isList(const QString &numId) const;
    /** The level of numId's list that is tied to paragraph style styleId, or -1. */
    int levelForStyle(const QString &numId, const QString &styleId) const;
    /**
     * Counts one more paragraph at level of list numId and returns its label followed by the
     * separator Word puts after it (a space, or nothing), e.g. "2.1 ". Empty for unknown lists.
     */
    QString nextLabel(const QString &numId, int level);

    /** Formats a number the way a w:numFmt value shows it ("lowerRoman", "chineseCounting", ...). */
    static QString formatNumber(int value, const QString &format);

private:
    struct Level
    {
        int start = 1;
        QString format = QStringLiteral("decimal");
        QString text;
        QString suffix = QStringLiteral("tab");
        QString style;
        int restart = -1; ///< w:lvlRestart: -1 = after any higher level, 0 = never
        bool legal = false;
        bool defined = false;
    };
    struct Abstract
    {
        QVector<Level> levels = QVector<Level>(kLevels);
    };
    struct Instance
    {
        QString abstractId;
        QHash<int, int> startOverrides;
        QHash<int, Level> levelOverrides;
        bool used = false;
    };
    struct Counters
    {
        QVector<int> values = QVector<int>(kLevels, -1); ///< -1 = level not used yet
        QVector<int> starts = QVector<int>(kLevels, -1);
    };

    Level level(const Instance &instance, int index) const;

    QHash<QString, Abstract> m_abstracts;
    QHash<QString, Instance> m_instances;
    QHash<QString, Counters> m_counters; ///< by abstract definition: Word continues a list across instances
    QString m_errorString;
};

} // namespace tw::io
