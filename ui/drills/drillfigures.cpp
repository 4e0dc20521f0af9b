#include "drillfigures.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLocale>

namespace backroom::ui {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("backroom::ui::DrillFigures", text); }

using drills::LoadDrillReport;

double msOf(resilience::LatencyHistogram::Duration d) { return double(d.count()) / 1e6; }

QJsonObject latencyJson(const resilience::LatencyHistogram::Summary &l)
{
    return QJsonObject{{QStringLiteral("count"), l.count},   {QStringLiteral("mean"), msOf(l.mean)},
                       {QStringLiteral("p50"), msOf(l.p50)}, {QStringLiteral("p90"), msOf(l.p90)},
                       {QStringLiteral("p95"), msOf(l.p95)}, {QStringLiteral("p99"), msOf(l.p99)},
                       {QStringLiteral("p99_9"), msOf(l.p999)}, {QStringLiteral("max"), msOf(l.max)}};
}

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

QJsonObject loadReportJson(const LoadDrillReport &report, const drills::Verdict &verdict,
                           const QList<drills::ThresholdResult> &thresholds)
{
    QJsonObject json = drills::drillReportJson(report, verdict);
    if (!json.contains(QStringLiteral("operations"))) {
        QJsonObject operations;
        for (int i = 0; i < drills::kOperationCount; ++i) {
            const drills::OperationReport &op = report.operations[size_t(i)];
            if (op.ok + op.refused + op.errors == 0)
                continue;
            operations.insert(operationKey(drills::Operation(i)),
                              QJsonObject{{QStringLiteral("ok"), op.ok}, {QStringLiteral("refused"), op.refused},
                                          {QStringLiteral("errors"), op.errors},
                                          {QStringLiteral("latency_ms"), latencyJson(op.latency)}});
        }
        if (!operations.isEmpty())
            json.insert(QStringLiteral("operations"), operations);
    }
    if (!json.contains(QStringLiteral("peak_memory_bytes")) && report.peakMemoryBytes > 0)
        json.insert(QStringLiteral("peak_memory_bytes"), report.peakMemoryBytes);
    if (!json.contains(QStringLiteral("peak_buyers")) && report.peakBuyers > 0)
        json.insert(QStringLiteral("peak_buyers"), report.peakBuyers);
    if (!json.contains(QStringLiteral("timeline")) && !report.timeline.empty()) {
        QJsonArray timeline;
        for (const drills::LoadDrillSample &t : report.timeline)
            timeline.append(QJsonObject{{QStringLiteral("t"), t.atSeconds},
                                        {QStringLiteral("target_rate"), t.targetRate},
                                        {QStringLiteral("answered_per_s"), t.answeredPerSecond},
                                        {QStringLiteral("acknowledged_per_s"), t.acknowledgedPerSecond},
                                        {QStringLiteral("errors"), t.errors},
                                        {QStringLiteral("dropped"), t.dropped},
                                        {QStringLiteral("p95_ms"), t.p95Ms},
                                        {QStringLiteral("p99_ms"), t.p99Ms}});
        json.insert(QStringLiteral("timeline"), timeline);
    }
    QJsonArray thresholdArray;
    bool thresholdsPassed = true;
    for (const auto &t : thresholds) {
        thresholdArray.append(QJsonObject{{QStringLiteral("text"), t.threshold.text},
                                          {QStringLiteral("metric"), t.threshold.metric},
                                          {QStringLiteral("value"), t.threshold.value},
                                          {QStringLiteral("actual"), t.actual},
                                          {QStringLiteral("passed"), t.passed}});
        thresholdsPassed = thresholdsPassed && t.passed;
    }
    json.insert(QStringLiteral("thresholds"), thresholdArray);
    json.insert(QStringLiteral("passed"), verdict.passed() && thresholdsPassed);
    return json;
}

QJsonObject shootoutRowToJson(const drills::ShootoutRow &row)
{
    QJsonArray violations;
    for (const QString &v : row.violations)
        violations.append(v);
    return QJsonObject{{QStringLiteral("strategy"), strategyKey(row.strategy)},
                       {QStringLiteral("buyers"), row.buyers},
                       {QStringLiteral("connections"), row.connections},
                       {QStringLiteral("attempts"), row.attempts},
                       {QStringLiteral("successes"), row.successes},
                       {QStringLiteral("conflicts"), row.conflicts},
                       {QStringLiteral("errors"), row.errors},
                       {QStringLiteral("orders_per_s"), row.ordersPerSecond},
                       {QStringLiteral("latency_ms"), latencyJson(row.latency)},
                       {QStringLiteral("verdict"), row.verdictPassed ? QStringLiteral("pass") : QStringLiteral("fail")},
                       {QStringLiteral("violations"), violations}};
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
    for (const QJsonValue &v : report.value(QStringLiteral("thresholds")).toArray()) {
        const QJsonObject t = v.toObject();
        f.thresholds << ThresholdFigures{t.value(QStringLiteral("text")).toString(), number(t, {"actual"}),
                                         t.value(QStringLiteral("passed")).toBool()};
    }
    f.verdictPassed = report.value(QStringLiteral("verdict")).toString() == QLatin1String("pass");
    for (const QJsonValue &v : report.value(QStringLiteral("violations")).toArray())
        f.violations << ViolationFigures{v.toObject().value(QStringLiteral("kind")).toString(),
                                         v.toObject().value(QStringLiteral("detail")).toString()};
    f.passed = report.contains(QStringLiteral("passed")) ? report.value(QStringLiteral("passed")).toBool() : f.verdictPassed;
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

QList<ComparedFigure> compareLoadFigures(const LoadFigures &a, const LoadFigures &b)
{
    QList<ComparedFigure> rows;
    rows << ComparedFigure{tr("Verdict"), verdictWord(a.passed), verdictWord(b.passed),
                           a.passed == b.passed ? tr("same") : tr("changed")};
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

QString operationKey(drills::Operation op)
{
    switch (op) {
    case drills::Operation::Checkout: return QStringLiteral("checkout");
    case drills::Operation::Browse: return QStringLiteral("browse");
    case drills::Operation::Search: return QStringLiteral("search");
    }
    return QString();
}

QString strategyKey(drills::StockStrategy strategy)
{
    switch (strategy) {
    case drills::StockStrategy::GuardedUpdate: return QStringLiteral("guarded_update");
    case drills::StockStrategy::Buckets: return QStringLiteral("buckets");
    case drills::StockStrategy::ForUpdate: return QStringLiteral("for_update");
    case drills::StockStrategy::XminRetry: return QStringLiteral("xmin_retry");
    }
    return QString();
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
