#pragma once
// The "Health check" screen: the shop health check's 10 questions with a Yes / No / Unknown mark (word,
// icon and colour), the measured figure, its date and what to do. Re-check (F5) runs the check again on
// a worker thread with its own connection; the window stays responsive. Owner only (ViewHealth).
// GUI thread.

#include "healthcheck/healthcheck.h"
#include "result.h"

#include <QWidget>
#include <functional>

class QLabel;
class QPushButton;
class QTableView;

namespace backroom::ui {

class HealthCheckModel;

class HealthCheckScreen : public QWidget {
    Q_OBJECT
public:
    // Runs on a worker thread: opens its own connection and answers the 10 items.
    using Checker = std::function<Result<QList<healthcheck::ItemResult>>()>;
    static Checker checkerFor(const QString &conninfo);

    explicit HealthCheckScreen(Checker checker, QWidget *parent = nullptr);

    HealthCheckModel *model() const { return m_model; }
    QPushButton *recheckButton() const { return m_recheck; }
    QTableView *table() const { return m_table; }
    bool isChecking() const { return m_checking; }

public slots:
    void recheck();

signals:
    void checked();   // results (or the error) are on screen

protected:
    void showEvent(QShowEvent *event) override;

private:
    void showResults(const Result<QList<healthcheck::ItemResult>> &results);
    void showSelectedDetail();

    Checker m_checker;
    HealthCheckModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QPushButton *m_recheck = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_detail = nullptr;
    bool m_checking = false;
    bool m_everChecked = false;
};

} // namespace backroom::ui
