#include "drillfigures.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

#include <algorithm>

namespace backroom::ui {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("backroom::ui::DrillFigures", text); }

std::optional<double> number(const QJsonObject &o, std::initializer_list<const char *> keys)
{
    for (const char *key : keys) {
        const QJsonValue v = o.value(QLatin1String(key));
        if (v.isDouble())
            return v.toDouble();
    }
    return std::nullopt;
}

qint64 count(const QJsonObject &o, std::initializer_list<const char *> keys)
{
    return qint64(number(o, keys).value_or(0));
}

LatencyFigures latencyFrom(const QJsonObject &l)
{
    LatencyFigures f;
    f.p50 = number(l, {"p50"});
    f.p90 = number(l, {"p90"});
    f.p95 = number(l, {"p95"});
    f.p99 = number(l, {"p99"});
    f.p999 = number(l, {"p99_9", "p999", "p99.9"});
    f.max = number(l, {"max"});
    return f;
}

bool passedFrom(const QJsonObject &o)
{
    if (o.value(QStringLiteral("passed")).isBool())
        return o.value(QStringLiteral("passed")).toBool();
    return o.value(QStringLiteral("verdict")).toString() == QLatin1String("pass");
}

OperationFigures operationFrom(const QString &name, const QJsonObject &o)
{
    OperationFigures op;
    op.name = name;
    op.ok = count(o, {"ok", "acknowledged"});
    op.refused = count(o, {"refused", "out_of_stock"});
    op.errors = count(o, {"errors"});
    op.latency = latencyFrom(o.value(QStringLiteral("latency_ms")).toObject());
    return op;
}

QList<OperationFigures> operationsFrom(const QJsonObject &report, const LoadFigures &overall)
{
    QList<OperationFigures> ops;
    const QJsonValue value = report.value(QStringLiteral("operations"));
    if (value.isObject()) {
        const QJsonObject byName = value.toObject();
        for (const QString &name : {QStringLiteral("checkout"), QStringLiteral("browse"), QStringLiteral("search")})
            if (byName.contains(name))
                ops << operationFrom(name, byName.value(name).toObject());
    } else if (value.isArray()) {
        for (const QJsonValue &v : value.toArray())
            ops << operationFrom(v.toObject().value(QStringLiteral("name")).toString(), v.toObject());
    }
    if (ops.isEmpty()) {
        OperationFigures all;
        all.name = QStringLiteral("all");
        all.ok = overall.acknowledged;
        all.refused = overall.outOfStock;
        all.errors = overall.errors();
        all.latency = overall.latency;
        ops << all;
    }
    return ops;
}

QList<ThresholdFigures> thresholdsFrom(const QJsonArray &array)
{
    QList<ThresholdFigures> thresholds;
    for (const QJsonValue &v : array) {
        const QJsonObject t = v.toObject();
        ThresholdFigures figures;
        figures.text = t.value(QStringLiteral("threshold")).toString(t.value(QStringLiteral("text")).toString());
        figures.actual = number(t, {"actual"});
        figures.unit = t.value(QStringLiteral("unit")).toString();
        figures.passed = t.value(QStringLiteral("passed")).toBool();
        thresholds << figures;
    }
    return thresholds;
}

// loadRunReportJson writes "thresholds_passed"; older screens wrote "passed" (verdict and thresholds).
bool thresholdsPassedFrom(const QJsonObject &report, const LoadFigures &f)
{
    if (report.value(QStringLiteral("thresholds_passed")).isBool())
        return report.value(QStringLiteral("thresholds_passed")).toBool();
    if (report.value(QStringLiteral("passed")).isBool() && f.verdictPassed)
        return report.value(QStringLiteral("passed")).toBool();
    return std::all_of(f.thresholds.begin(), f.thresholds.end(), [](const ThresholdFigures &t) { return t.passed; });
}

QString numberText(double value, int decimals) { return QLocale().toString(value, 'f', decimals); }

QString signedText(double value, int decimals, const QString &unit = {})
{
    const QString text = numberText(std::abs(value), decimals) + unit;
    return value > 0 ? QStringLiteral("+") + text : value < 0 ? QStringLiteral("−") + text : text;
}

// "+12.5 (+8 %)", or just the absolute change when the first value is zero.
QString changeText(double a, double b, int decimals, const QString &unit = {})
{
    QString text = signedText(b - a, decimals, unit);
    if (a != 0)
        text += QStringLiteral(" (%1 %)").arg(signedText((b - a) / std::abs(a) * 100, 0));
    return text;
}

ComparedFigure figure(const QString &label, double a, double b, int decimals, const QString &unit = {})
{
    return {label, numberText(a, decimals) + unit, numberText(b, decimals) + unit, changeText(a, b, decimals, unit)};
}

ComparedFigure figure(const QString &label, const std::optional<double> &a, const std::optional<double> &b)
{
    if (a && b)
        return figure(label, *a, *b, 2, QStringLiteral(" ms"));
    return {label, millisecondsText(a), millisecondsText(b), QStringLiteral("—")};
}

QString verdictWord(bool passed) { return passed ? tr("PASS") : tr("FAIL"); }

} // namespace

qint64 LoadFigures::errors() const
{
    qint64 total = 0;
    for (qint64 n : errorsByKind)
        total += n;
    return total;
}

LoadFigures loadFiguresFromJson(const QJsonObject &report)
{
    LoadFigures f;
    f.model = report.value(QStringLiteral("model")).toString();
    f.seconds = number(report, {"seconds"}).value_or(0);
    f.throughput = number(report, {"throughput_per_s", "throughput"}).value_or(0);
    f.acknowledged = count(report, {"acknowledged"});
    f.outOfStock = count(report, {"out_of_stock"});
    f.cancelled = count(report, {"cancelled"});
    f.dropped = count(report, {"dropped"});
    f.notStarted = count(report, {"not_started"});
    f.indeterminate = count(report, {"indeterminate"});
    const QJsonObject errors = report.value(QStringLiteral("other_errors")).toObject();
    for (auto it = errors.begin(); it != errors.end(); ++it)
        f.errorsByKind.insert(it.key(), qint64(it.value().toDouble()));
    if (auto memory = number(report, {"peak_memory_bytes", "memory_bytes"}))
        f.peakMemoryBytes = qint64(*memory);
    if (auto buyers = number(report, {"peak_buyers"}))
        f.peakBuyers = qint64(*buyers);
    f.wasCancelled = report.value(QStringLiteral("was_cancelled")).toBool();
    f.latency = latencyFrom(report.value(QStringLiteral("latency_ms")).toObject());
    f.operations = operationsFrom(report, f);
    f.target = report.value(QStringLiteral("target")).toString();
    f.strategy = report.value(QStringLiteral("strategy")).toString();
    f.attempts = count(report, {"attempts"});
    f.conflicts = count(report, {"conflicts"});
    f.thresholds = thresholdsFrom(report.value(QStringLiteral("thresholds")).toArray());
    f.verdictPassed = report.value(QStringLiteral("verdict")).toString() == QLatin1String("pass");
    for (const QJsonValue &v : report.value(QStringLiteral("violations")).toArray())
        f.violations << ViolationFigures{v.toObject().value(QStringLiteral("kind")).toString(),
                                         v.toObject().value(QStringLiteral("detail")).toString()};
    f.thresholdsPassed = thresholdsPassedFrom(report, f);
    return f;
}

QList<drills::LoadDrillSample> timelineFromJson(const QJsonObject &report)
{
    QList<drills::LoadDrillSample> samples;
    for (const QJsonValue &v : report.value(QStringLiteral("timeline")).toArray()) {
        const QJsonObject o = v.toObject();
        drills::LoadDrillSample s;
        s.atSeconds = number(o, {"t", "at_s"}).value_or(0);
        s.targetRate = number(o, {"target_rate"}).value_or(0);
        s.answeredPerSecond = number(o, {"answered_per_s"}).value_or(0);
        s.acknowledgedPerSecond = number(o, {"acknowledged_per_s"}).value_or(0);
        s.errors = count(o, {"errors"});
        s.dropped = count(o, {"dropped"});
        s.p95Ms = number(o, {"p95_ms"}).value_or(0);
        s.p99Ms = number(o, {"p99_ms"}).value_or(0);
        samples << s;
    }
    return samples;
}

ShootoutFigures shootoutFiguresFromJson(const QJsonObject &row)
{
    ShootoutFigures f;
    f.strategy = row.value(QStringLiteral("strategy")).toString();
    f.buyers = int(count(row, {"buyers"}));
    f.attempts = count(row, {"attempts"});
    f.successes = count(row, {"successes"});
    f.conflicts = count(row, {"conflicts"});
    f.errors = count(row, {"errors"});
    f.ordersPerSecond = number(row, {"orders_per_s", "orders_per_second", "throughput_per_s"}).value_or(0);
    const LatencyFigures latency = latencyFrom(row.value(QStringLiteral("latency_ms")).toObject());
    f.p99 = latency.p99 ? latency.p99 : number(row, {"p99_ms"});
    f.p999 = latency.p999 ? latency.p999 : number(row, {"p99_9_ms"});
    f.passed = passedFrom(row);
    for (const QJsonValue &v : row.value(QStringLiteral("violations")).toArray())
        f.violations << (v.isString() ? v.toString()
                                      : v.toObject().value(QStringLiteral("kind")).toString() + QStringLiteral(": ")
                                            + v.toObject().value(QStringLiteral("detail")).toString());
    return f;
}

QList<ShootoutFigures> shootoutFiguresFromReport(const QJsonObject &report)
{
    QList<ShootoutFigures> rows;
    for (const QJsonValue &v : report.value(QStringLiteral("rows")).toArray())
        rows << shootoutFiguresFromJson(v.toObject());
    return rows;
}

bool isShootoutReport(const QJsonObject &report) { return report.value(QStringLiteral("rows")).isArray(); }

bool shootoutPassed(const QJsonObject &report)
{
    const QList<ShootoutFigures> rows = shootoutFiguresFromReport(report);
    const bool allRowsPassed = std::all_of(rows.begin(), rows.end(), [](const ShootoutFigures &row) { return row.passed; });
    return !rows.isEmpty() && allRowsPassed && !report.value(QStringLiteral("was_cancelled")).toBool();
}

QString ThresholdFigures::actualText() const
{
    if (!actual)
        return QStringLiteral("—");
    if (unit == QLatin1String("fraction"))
        return QLocale().toString(*actual * 100, 'f', 3) + QLatin1Char('%');
    return QLocale().toString(*actual, 'f', 2) + unit;
}

QList<ComparedFigure> compareLoadFigures(const LoadFigures &a, const LoadFigures &b)
{
    QList<ComparedFigure> rows;
    rows << ComparedFigure{tr("Verdict"), verdictWord(a.passed()), verdictWord(b.passed()),
                           a.passed() == b.passed() ? tr("same") : tr("changed")};
    rows << figure(tr("Answers per second"), a.throughput, b.throughput, 1);
    rows << figure(tr("Acknowledged"), double(a.acknowledged), double(b.acknowledged), 0);
    rows << figure(tr("Out of stock"), double(a.outOfStock), double(b.outOfStock), 0);
    rows << figure(tr("Errors"), double(a.errors()), double(b.errors()), 0);
    rows << figure(tr("Dropped"), double(a.dropped), double(b.dropped), 0);
    rows << figure(tr("p50"), a.latency.p50, b.latency.p50);
    rows << figure(tr("p95"), a.latency.p95, b.latency.p95);
    rows << figure(tr("p99"), a.latency.p99, b.latency.p99);
    rows << figure(tr("p99.9"), a.latency.p999, b.latency.p999);
    rows << figure(tr("max"), a.latency.max, b.latency.max);
    if (a.peakMemoryBytes && b.peakMemoryBytes)
        rows << ComparedFigure{tr("Peak memory"), bytesText(a.peakMemoryBytes), bytesText(b.peakMemoryBytes),
                               changeText(double(*a.peakMemoryBytes) / 1048576.0, double(*b.peakMemoryBytes) / 1048576.0, 0,
                                          QStringLiteral(" MiB"))};
    else
        rows << ComparedFigure{tr("Peak memory"), bytesText(a.peakMemoryBytes), bytesText(b.peakMemoryBytes), QStringLiteral("—")};
    rows << figure(tr("Violations"), double(a.violations.size()), double(b.violations.size()), 0);
    return rows;
}

QList<ComparedFigure> compareShootoutFigures(const QList<ShootoutFigures> &a, const QList<ShootoutFigures> &b)
{
    QList<ComparedFigure> rows;
    auto find = [](const QList<ShootoutFigures> &in, const ShootoutFigures &like) -> const ShootoutFigures * {
        for (const auto &row : in)
            if (row.strategy == like.strategy && row.buyers == like.buyers)
                return &row;
        return nullptr;
    };
    for (const auto &first : a) {
        const ShootoutFigures *second = find(b, first);
        const QString label = tr("%1 × %2 buyers: orders/s").arg(first.strategy).arg(first.buyers);
        if (second)
            rows << figure(label, first.ordersPerSecond, second->ordersPerSecond, 1);
        else
            rows << ComparedFigure{label, numberText(first.ordersPerSecond, 1), QStringLiteral("—"), QStringLiteral("—")};
    }
    for (const auto &second : b)
        if (!find(a, second))
            rows << ComparedFigure{tr("%1 × %2 buyers: orders/s").arg(second.strategy).arg(second.buyers), QStringLiteral("—"),
                                   numberText(second.ordersPerSecond, 1), QStringLiteral("—")};
    return rows;
}

QString millisecondsText(const std::optional<double> &ms)
{
    return ms ? tr("%1 ms").arg(QLocale().toString(*ms, 'f', 2)) : QStringLiteral("—");
}

QString bytesText(const std::optional<qint64> &bytes)
{
    return bytes ? tr("%1 MiB").arg(QLocale().toString(double(*bytes) / 1048576.0, 'f', 0)) : QStringLiteral("—");
}

} // namespace backroom::ui
