#pragma once
// ChaosFigures: a chaos run's report (chaos::ChaosReport::toJson(), saved in drill_run with kind 'chaos')
// as the Chaos part of the Drills screen draws, lists and compares it. Read from the JSON, so that a run
// that just finished, a run opened from the saved list and `backroom drill show ID` agree. A missing
// figure stays missing ("—"), never invented. Pure functions; any thread.

#include "drillfigures.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <QStringList>
#include <optional>

namespace backroom::ui {

struct ChaosProbeFigures {
    QString name;
    QString kind;                 // checkout_success_rate, ...
    QString tolerance;            // ">= 0.95"
    std::optional<double> value;  // empty: not measured (never a pass)
    bool passed = false;
    QString valueText() const;    // "0.982", "not measured"
};

struct ChaosEventFigures {
    double atSeconds = 0;
    QString kind;                 // phase, fault_in, fault_out, breaker, rejected, lost, reconnect, recovered, abort, ...
    QString detail;
};

struct ChaosSecondFigures {
    double atSeconds = 0;
    qint64 checkouts = 0, checkoutsOk = 0, payments = 0, paymentsOk = 0, rejected = 0;
};

struct ChaosWindowFigures {
    qint64 checkouts = 0, checkoutsOk = 0, payments = 0, paymentsOk = 0;
    std::optional<double> checkoutSuccessRate, paymentSuccessRate, checkoutP95Ms;   // empty: nothing measured
};

// A span of the run during which at least one fault was in (from a fault_in to the rollback).
struct FaultBand {
    double from = 0, to = 0;
};

struct ChaosFigures {
    QString title;
    bool passed = false, steadyAtRest = false, methodRun = false, aborted = false, cancelled = false;
    QString failure;
    QList<ChaosProbeFigures> atRest, duringMethod;
    QList<ChaosEventFigures> timeline;
    QList<ChaosSecondFigures> seconds;
    QMap<QString, ChaosWindowFigures> windows;   // at_rest, fault, recovery, method
    std::optional<double> timeToRecoverSeconds;  // empty: did not recover within the run
    bool verdictRead = false, verdictPassed = false;
    QStringList violations;
    bool moneyClean = true;
    QString moneyInWords;
    qint64 chargedButNotSavedSatang = 0, chargedTwiceSatang = 0, savedButNotChargedSatang = 0;
    int chargedButNotSaved = 0, chargedTwice = 0, savedButNotCharged = 0;
    QStringList rollbackErrors;

    bool finished = false;                       // a report (not a live run so far)

    QList<FaultBand> faultBands() const;
    // When the shop was back: the last fault out plus time to recover (the "recovered" event itself is
    // written when the run is judged, later).
    std::optional<double> recoveredAt() const;
    // The seconds to draw: a finished run's last second is cut short by the end of the load, and would
    // read as a fall in throughput.
    QList<ChaosSecondFigures> wholeSeconds() const;
    QList<ChaosEventFigures> eventsOfKind(const QString &kind) const;
    double lastSecond() const;   // the end of the run on the time axis
    // One sentence: PASS, or the first reason it failed ("the steady state did not hold at rest", ...).
    QString outcomeText() const;
    QString timeToRecoverText() const;
};

bool isChaosReport(const QJsonObject &report);
ChaosFigures chaosFiguresFromJson(const QJsonObject &report);

// Two chaos runs probe by probe (during the method), time to recover, the fault window's figures and
// the money at risk; the difference is b - a.
QList<ComparedFigure> compareChaosFigures(const ChaosFigures &a, const ChaosFigures &b);

// A rate 0..1 as "98.5 %"; "—" when empty or negative (not measured).
QString rateText(const std::optional<double> &rate);

} // namespace backroom::ui
