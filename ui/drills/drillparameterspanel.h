#pragma once
// DrillParametersPanel: the Drills screen's form: scenario (with its one-line description), load model
// (closed: buyers and think time; open: rate or ramping stages), duration, target (this database or a
// store URL), connections / sockets, the shoot-out's buyer counts, and k6-style thresholds. Text fields
// are checked as they are typed: a problem is named under the form and plan() refuses, so Start stays
// disabled until the form is right. Keyboard: every field has a mnemonic. GUI thread.

#include "drillplan.h"

#include <QWidget>

class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QSpinBox;

namespace backroom::ui {

class DrillParametersPanel : public QWidget {
    Q_OBJECT
public:
    // conninfo: the database the drill targets (the window's own).
    explicit DrillParametersPanel(const QString &conninfo, QWidget *parent = nullptr);

    Result<DrillPlan> plan() const;
    bool isValid() const { return m_problem.isEmpty(); }
    QString problem() const { return m_problem; }

    QComboBox *scenarioBox() const { return m_scenario; }
    QLabel *scenarioDescription() const { return m_description; }
    QRadioButton *closedModelButton() const { return m_closed; }
    QRadioButton *openModelButton() const { return m_open; }
    QSpinBox *buyersBox() const { return m_buyers; }
    QSpinBox *thinkBox() const { return m_think; }
    QDoubleSpinBox *rateBox() const { return m_rate; }
    QLineEdit *stagesEdit() const { return m_stages; }
    QSpinBox *durationBox() const { return m_duration; }
    QComboBox *targetBox() const { return m_target; }
    QLineEdit *storeUrlEdit() const { return m_storeUrl; }
    QSpinBox *connectionsBox() const { return m_connections; }
    QSpinBox *socketsBox() const { return m_sockets; }
    QLineEdit *shootoutBuyersEdit() const { return m_shootoutBuyers; }
    QLineEdit *shootoutStrategiesEdit() const { return m_shootoutStrategies; }
    QLineEdit *thresholdsEdit() const { return m_thresholds; }
    QLabel *problemLabel() const { return m_problemLabel; }

signals:
    void validityChanged(bool valid);

private:
    void buildForm();
    void updateEnabled();
    void revalidate();
    QString findProblem() const;
    Result<QList<int>> shootoutBuyerCounts() const;
    Result<QList<drills::StockStrategy>> shootoutStrategies() const;

    QString m_conninfo;
    QString m_problem;
    QComboBox *m_scenario = nullptr;
    QLabel *m_description = nullptr;
    QRadioButton *m_closed = nullptr;
    QRadioButton *m_open = nullptr;
    QSpinBox *m_buyers = nullptr;
    QSpinBox *m_think = nullptr;
    QDoubleSpinBox *m_rate = nullptr;
    QLineEdit *m_stages = nullptr;
    QSpinBox *m_duration = nullptr;
    QComboBox *m_target = nullptr;
    QLineEdit *m_storeUrl = nullptr;
    QSpinBox *m_connections = nullptr;
    QSpinBox *m_sockets = nullptr;
    QLineEdit *m_shootoutBuyers = nullptr;
    QLineEdit *m_shootoutStrategies = nullptr;
    QLineEdit *m_thresholds = nullptr;
    QLabel *m_problemLabel = nullptr;
};

} // namespace backroom::ui
