#include "autoscalesection.h"

#include "dbgate.h"

#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QTableWidget>
#include <QVBoxLayout>

namespace backroom::ui {
namespace {

const QString kSupervisorRole = QStringLiteral("autoscale");
const QString kInstanceRole = QStringLiteral("autoscale-instance");

QString role(const resilience::ComponentHealthRow &row)
{
    return row.component ? row.component->extra.value(QStringLiteral("role")).toString() : QString();
}

QString percent(double fraction)
{
    return QLocale().toString(fraction * 100, 'f', 0) + QLatin1Char('%');
}

QTableWidget *makeTable(QWidget *parent, const char *name, const QStringList &headers)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(QLatin1String(name));
    table->setHorizontalHeaderLabels(headers);
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->horizontalHeader()->setStretchLastSection(true);
    table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    return table;
}

void setRow(QTableWidget *table, int row, const QStringList &cells)
{
    for (int c = 0; c < cells.size(); ++c)
        table->setItem(row, c, new QTableWidgetItem(cells.at(c)));
}

} // namespace

AutoscaleSection::AutoscaleSection(DbGate *db, QWidget *parent) : HealthSection(tr("Auto-scaling"), parent), m_db(db)
{
    setObjectName(QStringLiteral("autoscaleSection"));
    m_summary = new QLabel(tr("Reading…"), this);
    m_summary->setObjectName(QStringLiteral("autoscaleSummary"));
    m_summary->setWordWrap(true);
    m_instances = makeTable(this, "autoscaleInstances",
                            {tr("Instance"), tr("Port"), tr("State"), tr("Browse load"), tr("Checkout load"),
                             tr("Latency"), tr("Supervisor")});
    m_events = makeTable(this, "autoscaleEvents", {tr("When"), tr("Instances"), tr("Slot"), tr("Why")});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_instances);
    layout->addWidget(new QLabel(tr("Latest scale events:"), this));
    layout->addWidget(m_events);
}

void AutoscaleSection::refresh()
{
    if (m_loading)
        return;
    m_loading = true;
    m_db->run<Result<Reading>>(
        this,
        [](db::Connection &conn) -> Result<Reading> {
            auto components = resilience::readComponentHealth(conn);
            if (!components)
                return components.error();
            auto events = stack::readScaleEvents(conn, kEventsShown);
            if (!events)
                return events.error();
            return Reading{*components, *events};
        },
        [this](Result<Reading> reading) {
            m_loading = false;
            showReading(reading);
            emit refreshed();
        });
}

void AutoscaleSection::showReading(const Result<Reading> &reading)
{
    if (!reading) {
        m_summary->setText(reading.error().kind == Error::Kind::Permission
                               ? tr("Only an owner can see auto-scaling.")
                               : tr("Could not read auto-scaling: %1").arg(reading.error().message));
        setNeedsAttention(reading.error().kind != Error::Kind::Permission);
        return;
    }
    showInstances(reading->components);
    showEvents(reading->events);
}

void AutoscaleSection::showInstances(const QList<resilience::ComponentHealthRow> &rows)
{
    QStringList summaries;
    bool attention = false;
    m_instances->setRowCount(0);
    for (const resilience::ComponentHealthRow &row : rows) {
        if (row.stale || !row.component)
            continue;
        const QJsonObject extra = row.component->extra;
        if (role(row) == kSupervisorRole) {
            summaries << tr("%1 on %2: %3 instances (%4 ready), bounds %5 to %6, mean load %7")
                             .arg(extra.value(QStringLiteral("backend")).toString(), row.instance.host)
                             .arg(extra.value(QStringLiteral("instances")).toInt())
                             .arg(extra.value(QStringLiteral("ready")).toInt())
                             .arg(extra.value(QStringLiteral("min")).toInt())
                             .arg(extra.value(QStringLiteral("max")).toInt())
                             .arg(percent(extra.value(QStringLiteral("mean_saturation")).toDouble()));
        } else if (role(row) == kInstanceRole) {
            const int r = m_instances->rowCount();
            m_instances->insertRow(r);
            const double ms = row.component->p95Ms;
            const QString latency = ms < 0 ? tr("no answer") : tr("%1 ms").arg(QLocale().toString(ms, 'f', 0));
            setRow(m_instances, r,
                   {extra.value(QStringLiteral("slot")).toString(), QString::number(extra.value(QStringLiteral("port")).toInt()),
                    row.component->state, percent(extra.value(QStringLiteral("browse_saturation")).toDouble()),
                    percent(extra.value(QStringLiteral("checkout_saturation")).toDouble()), latency,
                    row.instance.host});
            attention = attention || row.component->state == QLatin1String("DOWN");
        }
    }
    m_summary->setText(summaries.isEmpty()
                           ? tr("No auto-scaling supervisor is running. Start one with `backroom stack autoscale` "
                                "(docs/autoscale.md).")
                           : summaries.join(QLatin1Char('\n')));
    m_instances->setVisible(m_instances->rowCount() > 0);
    setNeedsAttention(attention);
}

void AutoscaleSection::showEvents(const QList<stack::ScaleEventRow> &events)
{
    m_events->setRowCount(int(events.size()));
    for (int r = 0; r < events.size(); ++r) {
        const stack::ScaleEventRow &e = events.at(r);
        setRow(m_events, r,
               {QLocale().toString(e.at.toLocalTime(), QLocale::ShortFormat),
                tr("%1 → %2").arg(e.from).arg(e.to), e.slot, e.reason});
    }
    m_events->resizeColumnsToContents();
    m_events->horizontalHeader()->setStretchLastSection(true);
}

} // namespace backroom::ui
