#include "healthcheck/healthcheckmodel.h"

#include "timeformat.h"

#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QStyle>

namespace backroom::ui {

using healthcheck::Answer;

HealthCheckModel::HealthCheckModel(QObject *parent) : QAbstractTableModel(parent) {}

void HealthCheckModel::setResults(const QList<healthcheck::ItemResult> &results)
{
    beginResetModel();
    m_results = results;
    endResetModel();
}

int HealthCheckModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_results.size()); }

int HealthCheckModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString HealthCheckModel::markText(Answer answer)
{
    switch (answer) {
    case Answer::Yes: return QStringLiteral("\u2714 ") + healthcheck::answerText(answer);
    case Answer::No: return QStringLiteral("\u2718 ") + healthcheck::answerText(answer);
    case Answer::Unknown: return QStringLiteral("? ") + healthcheck::answerText(answer);
    }
    return QString();
}

QIcon HealthCheckModel::markIcon(Answer answer)
{
    QStyle *style = QApplication::style();
    switch (answer) {
    case Answer::Yes: return style->standardIcon(QStyle::SP_DialogApplyButton);
    case Answer::No: return style->standardIcon(QStyle::SP_MessageBoxCritical);
    case Answer::Unknown: return style->standardIcon(QStyle::SP_MessageBoxQuestion);
    }
    return QIcon();
}

namespace {

QVariant answerColour(Answer answer)
{
    switch (answer) {
    case Answer::Yes: return QBrush(QColor(0x1b, 0x7f, 0x3b));
    case Answer::No: return QBrush(QColor(0xb0, 0x1e, 0x1e));
    case Answer::Unknown: return QVariant();   // the palette's text colour: grey would read as "disabled"
    }
    return QVariant();
}

} // namespace

QVariant HealthCheckModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_results.size())
        return QVariant();
    const healthcheck::ItemResult &r = m_results.at(index.row());
    if (role == AnswerRole)
        return int(r.answer);
    if (index.column() == AnswerColumn) {
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return markText(r.answer);
        if (role == Qt::DecorationRole)
            return markIcon(r.answer);
        if (role == Qt::ForegroundRole)
            return answerColour(r.answer);
    }
    if (role == Qt::ToolTipRole && index.column() != AnswerColumn)
        return r.advice.isEmpty() ? r.figure : r.advice;
    if (role != Qt::DisplayRole)
        return QVariant();
    switch (index.column()) {
    case Number: return int(r.item);
    case Question: return healthcheck::itemTitle(r.item);
    case Figure: return r.figure;
    case MeasuredAt: return r.measuredAt.isValid() ? localDateTimeText(r.measuredAt) : tr("not measured");
    case Advice: return r.advice;
    }
    return QVariant();
}

QVariant HealthCheckModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case Number: return tr("#");
    case Question: return tr("Question");
    case AnswerColumn: return tr("Answer");
    case Figure: return tr("Measured figure");
    case MeasuredAt: return tr("Measured at");
    case Advice: return tr("What to do");
    }
    return QVariant();
}

} // namespace backroom::ui
