#include "chaosfigures.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

#include <algorithm>
#include <cmath>
#include <functional>

namespace backroom::ui {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("backroom::ui::ChaosFigures", text); }

std::optional<double> number(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    return v.isDouble() ? std::optional<double>(v.toDouble()) : std::nullopt;
}

// The report writes -1 for "not measured".
std::optional<double> measured(const QJsonObject &o, const char *key)
{
    const auto v = number(o, key);
    return v && *v >= 0 ? v : std::nullopt;
}

qint64 count(const QJsonObject &o, const char *key) { return qint64(number(o, key).value_or(0)); }

QList<ChaosProbeFigures> probesFrom(const QJsonArray &array)
{
    QList<ChaosProbeFigures> probes;
    for (const QJsonValue &v : array) {
        const QJsonObject o = v.toObject();
        probes << ChaosProbeFigures{o.value(QStringLiteral("name")).toString(), o.value(QStringLiteral("probe")).toString(),
                                    o.value(QStringLiteral("tolerance")).toString(), number(o, "value"),
                                    o.value(QStringLiteral("passed")).toBool()};
    }
    return probes;
}

ChaosWindowFigures windowFrom(const QJsonObject &o)
{
    ChaosWindowFigures w;
    w.checkouts = count(o, "checkouts");
    w.checkoutsOk = count(o, "checkouts_ok");
    w.payments = count(o, "payments");
    w.paymentsOk = count(o, "payments_ok");
    w.checkoutSuccessRate = measured(o, "checkout_success_rate");
    w.paymentSuccessRate = measured(o, "payment_success_rate");
    w.checkoutP95Ms = measured(o, "checkout_p95_ms");
    return w;
}

QString numberText(double value, int decimals) { return QLocale().toString(value, 'f', decimals); }

QString signedText(double value, int decimals, const QString &unit = {})
{
    const QString text = numberText(std::abs(value), decimals) + unit;
    return value > 0 ? QStringLiteral("+") + text : value < 0 ? QStringLiteral("−") + text : text;
}

QString bahtText(qint64 satang) { return tr("%1 baht").arg(numberText(double(satang) / 100.0, 2)); }

QString passWord(bool passed) { return passed ? tr("PASS") : tr("FAIL"); }

// Two optional figures; the difference only when both were measured.
ComparedFigure optionalFigure(const QString &label, const std::optional<double> &a, const std::optional<double> &b,
                              const std::function<QString(const std::optional<double> &)> &text, double scale, int decimals,
                              const QString &unit)
{
    return {label, text(a), text(b), a && b ? signedText((*b - *a) * scale, decimals, unit) : QStringLiteral("—")};
}

const ChaosProbeFigures *probeNamed(const QList<ChaosProbeFigures> &probes, const QString &name)
{
    for (const auto &p : probes)
        if (p.name == name)
            return &p;
    return nullptr;
}

QString probeCell(const ChaosProbeFigures *p)
{
    return p ? QStringLiteral("%1 %2").arg(p->valueText(), passWord(p->passed)) : QStringLiteral("—");
}

} // namespace

QString ChaosProbeFigures::valueText() const
{
    if (!value)
        return tr("not measured");
    return QLocale().toString(*value, 'g', 4);
}

QString rateText(const std::optional<double> &rate)
{
    if (!rate || *rate < 0)
        return QStringLiteral("—");
    return QStringLiteral("%1 %").arg(numberText(*rate * 100.0, 1));
}

bool isChaosReport(const QJsonObject &report) { return report.contains(QStringLiteral("probes_during_method")); }

ChaosFigures chaosFiguresFromJson(const QJsonObject &r)
{
    ChaosFigures f;
    f.title = r.value(QStringLiteral("title")).toString();
    f.passed = r.value(QStringLiteral("passed")).toBool();
    f.steadyAtRest = r.value(QStringLiteral("steady_at_rest")).toBool();
    f.methodRun = r.value(QStringLiteral("method_run")).toBool();
    f.aborted = r.value(QStringLiteral("aborted")).toBool();
    f.cancelled = r.value(QStringLiteral("cancelled")).toBool();
    f.failure = r.value(QStringLiteral("failure")).toString();
    f.atRest = probesFrom(r.value(QStringLiteral("probes_at_rest")).toArray());
    f.duringMethod = probesFrom(r.value(QStringLiteral("probes_during_method")).toArray());
    for (const QJsonValue &v : r.value(QStringLiteral("timeline")).toArray()) {
        const QJsonObject e = v.toObject();
        f.timeline << ChaosEventFigures{e.value(QStringLiteral("at_s")).toDouble(), e.value(QStringLiteral("kind")).toString(),
                                        e.value(QStringLiteral("detail")).toString()};
    }
    for (const QJsonValue &v : r.value(QStringLiteral("seconds")).toArray()) {
        const QJsonObject s = v.toObject();
        f.seconds << ChaosSecondFigures{s.value(QStringLiteral("at_s")).toDouble(), count(s, "checkouts"), count(s, "checkouts_ok"),
                                        count(s, "payments"), count(s, "payments_ok"), count(s, "rejected")};
    }
    const QJsonObject windows = r.value(QStringLiteral("windows")).toObject();
    for (auto it = windows.begin(); it != windows.end(); ++it)
        f.windows.insert(it.key(), windowFrom(it.value().toObject()));
    f.timeToRecoverSeconds = measured(r, "time_to_recover_s");
    const QJsonObject verdict = r.value(QStringLiteral("verdict")).toObject();
    f.verdictRead = verdict.value(QStringLiteral("read")).toBool();
    f.verdictPassed = verdict.value(QStringLiteral("passed")).toBool();
    for (const QJsonValue &v : verdict.value(QStringLiteral("violations")).toArray())
        f.violations << v.toObject().value(QStringLiteral("detail")).toString();
    const QJsonObject money = r.value(QStringLiteral("money_at_risk")).toObject();
    f.moneyClean = money.value(QStringLiteral("clean")).toBool(true);
    f.moneyInWords = money.value(QStringLiteral("in_words")).toString();
    f.chargedButNotSaved = int(money.value(QStringLiteral("charged_but_not_saved")).toArray().size());
    f.chargedTwice = int(money.value(QStringLiteral("charged_twice")).toArray().size());
    f.savedButNotCharged = int(money.value(QStringLiteral("saved_but_not_charged")).toArray().size());
    f.chargedButNotSavedSatang = count(money, "charged_but_not_saved_satang");
    f.chargedTwiceSatang = count(money, "charged_twice_satang");
    f.savedButNotChargedSatang = count(money, "saved_but_not_charged_satang");
    for (const QJsonValue &v : r.value(QStringLiteral("rollback_errors")).toArray())
        f.rollbackErrors << v.toString();
    f.finished = !r.value(QStringLiteral("finished_at")).toString().isEmpty();
    return f;
}

std::optional<double> ChaosFigures::recoveredAt() const
{
    if (!timeToRecoverSeconds)
        return std::nullopt;
    double lastOut = -1;
    for (const auto &e : timeline)
        if (e.kind == QLatin1String("fault_out") || e.kind == QLatin1String("rollback"))
            lastOut = e.atSeconds;
    return lastOut >= 0 ? std::optional<double>(lastOut + *timeToRecoverSeconds) : std::nullopt;
}

QList<ChaosSecondFigures> ChaosFigures::wholeSeconds() const
{
    return finished && !seconds.isEmpty() ? seconds.mid(0, seconds.size() - 1) : seconds;
}

QList<FaultBand> ChaosFigures::faultBands() const
{
    QList<FaultBand> bands;
    bool open = false;
    for (const auto &e : timeline) {
        if (!open && e.kind == QLatin1String("fault_in")) {
            bands << FaultBand{e.atSeconds, e.atSeconds};
            open = true;
        } else if (open && (e.kind == QLatin1String("fault_out") || e.kind == QLatin1String("rollback"))) {
            bands.last().to = e.atSeconds;
            open = false;
        }
    }
    if (open)   // never rolled back in the report (a run still going): up to now
        bands.last().to = std::max(bands.last().from, lastSecond());
    return bands;
}

QList<ChaosEventFigures> ChaosFigures::eventsOfKind(const QString &kind) const
{
    QList<ChaosEventFigures> events;
    for (const auto &e : timeline)
        if (e.kind == kind)
            events << e;
    return events;
}

double ChaosFigures::lastSecond() const
{
    double last = seconds.isEmpty() ? 0 : seconds.last().atSeconds + 1;
    for (const auto &e : timeline)
        last = std::max(last, e.atSeconds);
    return last;
}

QString ChaosFigures::outcomeText() const
{
    if (passed)
        return tr("PASS: the steady state held through the faults, nothing was oversold or lost, no money at risk.");
    if (cancelled)
        return tr("Stopped: every fault was rolled back; a stopped run is saved as not passed.");
    if (!steadyAtRest)
        return tr("FAIL: the steady state did not hold at rest, so no fault was injected.");
    if (!failure.isEmpty())
        return tr("FAIL: %1").arg(failure);
    if (aborted)
        return tr("FAIL: aborted, the shop broke beyond the experiment's limit (every fault was rolled back).");
    if (!rollbackErrors.isEmpty())
        return tr("FAIL: a rollback failed: %1 (undo it by hand).").arg(rollbackErrors.first());
    if (verdictRead && !verdictPassed)
        return tr("FAIL: %1").arg(violations.value(0, tr("the verdict found a violation")));
    for (const auto &p : duringMethod)
        if (!p.passed)
            return tr("FAIL: “%1” was %2 during the faults, needed %3.").arg(p.name, p.valueText(), p.tolerance);
    if (!moneyClean)
        return tr("FAIL: money was at risk.");
    return tr("FAIL");
}

QString ChaosFigures::timeToRecoverText() const
{
    if (!methodRun)
        return QStringLiteral("—");
    if (!timeToRecoverSeconds)
        return tr("did not recover within the run");
    return tr("%1 s").arg(numberText(*timeToRecoverSeconds, 1));
}

QList<ComparedFigure> compareChaosFigures(const ChaosFigures &a, const ChaosFigures &b)
{
    QList<ComparedFigure> rows;
    rows << ComparedFigure{tr("Experiment"), a.title, b.title, a.title == b.title ? tr("same") : tr("different")};
    rows << ComparedFigure{tr("Outcome"), passWord(a.passed), passWord(b.passed), a.passed == b.passed ? tr("same") : tr("changed")};
    QStringList names;
    for (const auto &p : a.duringMethod)
        names << p.name;
    for (const auto &p : b.duringMethod)
        if (!names.contains(p.name))
            names << p.name;
    for (const QString &name : names) {
        const ChaosProbeFigures *pa = probeNamed(a.duringMethod, name);
        const ChaosProbeFigures *pb = probeNamed(b.duringMethod, name);
        const bool bothMeasured = pa && pb && pa->value && pb->value;
        rows << ComparedFigure{tr("Probe “%1”").arg(name), probeCell(pa), probeCell(pb),
                               bothMeasured ? signedText(*pb->value - *pa->value, 3) : QStringLiteral("—")};
    }
    auto ttr = [](const ChaosFigures &f) { return f.timeToRecoverText(); };
    rows << ComparedFigure{tr("Time to recover"), ttr(a), ttr(b),
                           a.timeToRecoverSeconds && b.timeToRecoverSeconds
                               ? signedText(*b.timeToRecoverSeconds - *a.timeToRecoverSeconds, 1, tr(" s"))
                               : QStringLiteral("—")};
    const ChaosWindowFigures fa = a.windows.value(QStringLiteral("fault"));
    const ChaosWindowFigures fb = b.windows.value(QStringLiteral("fault"));
    rows << optionalFigure(tr("Checkouts answered while faulted"), fa.checkoutSuccessRate, fb.checkoutSuccessRate, rateText, 100, 1,
                           tr(" points"));
    rows << optionalFigure(tr("Payments taken while faulted"), fa.paymentSuccessRate, fb.paymentSuccessRate, rateText, 100, 1,
                           tr(" points"));
    rows << optionalFigure(
        tr("Checkout p95 while faulted"), fa.checkoutP95Ms, fb.checkoutP95Ms,
        [](const std::optional<double> &ms) { return millisecondsText(ms); }, 1, 1, tr(" ms"));
    auto money = [](int n, qint64 satang) { return n ? QStringLiteral("%1 (%2)").arg(n).arg(bahtText(satang)) : QStringLiteral("0"); };
    rows << ComparedFigure{tr("Charged but not saved"), money(a.chargedButNotSaved, a.chargedButNotSavedSatang),
                           money(b.chargedButNotSaved, b.chargedButNotSavedSatang),
                           signedText(double(b.chargedButNotSaved - a.chargedButNotSaved), 0)};
    rows << ComparedFigure{tr("Charged twice"), money(a.chargedTwice, a.chargedTwiceSatang), money(b.chargedTwice, b.chargedTwiceSatang),
                           signedText(double(b.chargedTwice - a.chargedTwice), 0)};
    rows << ComparedFigure{tr("Saved but not charged"), money(a.savedButNotCharged, a.savedButNotChargedSatang),
                           money(b.savedButNotCharged, b.savedButNotChargedSatang),
                           signedText(double(b.savedButNotCharged - a.savedButNotCharged), 0)};
    auto verdict = [](const ChaosFigures &f) { return f.verdictRead ? passWord(f.verdictPassed) : tr("not read"); };
    rows << ComparedFigure{tr("Oversold or lost orders"), verdict(a), verdict(b),
                           signedText(double(b.violations.size() - a.violations.size()), 0)};
    return rows;
}

} // namespace backroom::ui
