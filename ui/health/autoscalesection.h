#pragma once
// AutoscaleSection: the health screen's auto-scaling panel (issue 16): the `serve` instances each
// auto-scaling supervisor runs (slot, port, state, browse and checkout bulkhead load, probe latency),
// its bounds, and the latest scale events (when, from how many to how many, which slot, why). Reads the
// supervisors' published health components ("autoscale:*", core/stack/supervisor.h) and scale_event
// (migration 015) through DbGate on refresh(). Lives on the GUI thread; never blocks it.

#include "healthsection.h"
#include "resilience/componenthealth.h"
#include "result.h"
#include "stack/scaleevents.h"

class QLabel;
class QTableWidget;

namespace backroom::ui {

class DbGate;

class AutoscaleSection : public HealthSection {
    Q_OBJECT
public:
    explicit AutoscaleSection(DbGate *db, QWidget *parent = nullptr);
    void refresh() override;

    // What one reading brings (public for the worker job's type).
    struct Reading {
        QList<resilience::ComponentHealthRow> components;
        QList<stack::ScaleEventRow> events;
    };

    QLabel *summaryLabel() const { return m_summary; }
    QTableWidget *instancesTable() const { return m_instances; }
    QTableWidget *eventsTable() const { return m_events; }

    static constexpr int kEventsShown = 20;

private:
    void showReading(const Result<Reading> &reading);
    void showInstances(const QList<resilience::ComponentHealthRow> &rows);
    void showEvents(const QList<stack::ScaleEventRow> &events);

    DbGate *m_db;
    bool m_loading = false;
    QLabel *m_summary = nullptr;
    QTableWidget *m_instances = nullptr;
    QTableWidget *m_events = nullptr;
};

} // namespace backroom::ui
