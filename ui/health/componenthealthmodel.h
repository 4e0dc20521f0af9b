#pragma once
// ComponentHealthModel: every component of every `serve` instance (core's readComponentHealth, migration
// 006) plus this window's own database breaker, one row each, and for each a history of samples (failure
// rate and p95 over the last 15 minutes) gathered as readings arrive: every NOTIFY-driven and periodic
// refresh adds one sample per component. A stale instance's components are marked stale and toned grey,
// never healthy. No SQL here: the section reads through core and hands the rows in. GUI thread.

#include "resilience/componenthealth.h"
#include "resilience/healthregistry.h"

#include <QAbstractListModel>
#include <QColor>
#include <QDateTime>
#include <QHash>
#include <QList>
#include <deque>

namespace backroom::ui {

// How a card is coloured: CLOSED/UP good (green), HALF_OPEN warning (amber), OPEN/FORCED_OPEN/DOWN/FULL
// bad (red), a stale instance grey, anything else (DISABLED, UNKNOWN, METRICS_ONLY) neutral.
enum class HealthTone { Good, Warning, Bad, Stale, Neutral };
HealthTone healthToneOf(const QString &state, bool stale);
QColor healthToneColor(HealthTone tone);

struct HealthSample {
    QDateTime atUtc;
    double failureRate = -1;   // percent; -1 unknown
    double p95Ms = -1;         // -1 unknown
};

struct ComponentEntry {
    QString key;                  // "<instance id>/<component>", or "local/<component>" for this window's own
    bool local = false;           // this window's own breaker (not published by any instance)
    QString instanceId;
    QString host;
    qint64 pid = 0;
    QString version;
    bool stale = false;
    qint64 heartbeatAgeMs = 0;
    QDateTime heartbeatAtUtc;
    resilience::ComponentSnapshot component;
    QDateTime updatedAtUtc;

    HealthTone tone() const { return healthToneOf(component.state, stale); }
    // Operator actions apply to breakers (a breaker, gateway or marketplace), not to bulkheads or serve.
    bool acceptsOperatorActions() const;
};

class ComponentHealthModel : public QAbstractListModel {
    Q_OBJECT
public:
    enum Role { KeyRole = Qt::UserRole + 1, StateRole, ToneRole, StaleRole, InstanceRole };
    static constexpr qint64 kHistoryMs = 15 * 60 * 1000;
    static constexpr qint64 kMinSampleGapMs = 2000;

    explicit ComponentHealthModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    // A reading of component_health_read taken at nowUtc: replaces the published rows (this window's own
    // stay), adds one sample per component, drops samples older than 15 minutes.
    void setPublished(const QList<resilience::ComponentHealthRow> &rows, const QDateTime &nowUtc);
    // This window's own component (its database breaker), updated in place.
    void setLocal(const resilience::ComponentSnapshot &snapshot, const QDateTime &nowUtc);

    const ComponentEntry &entry(int row) const { return m_entries.at(row); }
    const QList<ComponentEntry> &entries() const { return m_entries; }
    int rowOf(const QString &key) const;
    // Oldest first.
    QList<HealthSample> samples(const QString &key) const;

signals:
    void samplesChanged(const QString &key);

private:
    void addSample(const ComponentEntry &entry, const QDateTime &nowUtc);

    QList<ComponentEntry> m_entries;   // local first, then as component_health_read orders them
    QHash<QString, std::deque<HealthSample>> m_samples;
};

} // namespace backroom::ui
