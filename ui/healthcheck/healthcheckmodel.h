#pragma once
// HealthCheckModel: the shop health check's 10 answers as a table (question, answer, figure, measured,
// what to do). The answer column carries its mark three ways: the word, an icon and a colour, so it
// never relies on colour alone. Holds values only; the screen fills it. GUI thread.

#include "healthcheck/healthcheck.h"

#include <QAbstractTableModel>
#include <QIcon>

namespace backroom::ui {

class HealthCheckModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Number, Question, AnswerColumn, Figure, MeasuredAt, Advice, ColumnCount };
    static constexpr int AnswerRole = Qt::UserRole + 1;   // healthcheck::Answer as int

    explicit HealthCheckModel(QObject *parent = nullptr);

    void setResults(const QList<healthcheck::ItemResult> &results);
    const QList<healthcheck::ItemResult> &results() const { return m_results; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

    static QString markText(healthcheck::Answer answer);   // "✔ Yes", "✘ No", "? Unknown"
    static QIcon markIcon(healthcheck::Answer answer);

private:
    QList<healthcheck::ItemResult> m_results;
};

} // namespace backroom::ui
