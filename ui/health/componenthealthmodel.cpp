#include "componenthealthmodel.h"

namespace backroom::ui {

using resilience::ComponentHealthRow;
using resilience::ComponentKind;
using resilience::ComponentSnapshot;

HealthTone healthToneOf(const QString &state, bool stale)
{
    if (stale)
        return HealthTone::Stale;
    if (state == QLatin1String("CLOSED") || state == QLatin1String("UP"))
        return HealthTone::Good;
    if (state == QLatin1String("HALF_OPEN"))
        return HealthTone::Warning;
    if (state == QLatin1String("OPEN") || state == QLatin1String("FORCED_OPEN") || state == QLatin1String("DOWN")
        || state == QLatin1String("FULL"))
        return HealthTone::Bad;
    return HealthTone::Neutral;
}

QColor healthToneColor(HealthTone tone)
{
    switch (tone) {
    case HealthTone::Good: return QColor(0x1b, 0x7f, 0x3b);
    case HealthTone::Warning: return QColor(0xb2, 0x6a, 0x00);
    case HealthTone::Bad: return QColor(0xb3, 0x26, 0x1e);
    case HealthTone::Stale: return QColor(0x75, 0x75, 0x75);
    case HealthTone::Neutral: return QColor(0x3f, 0x51, 0x7a);
    }
    return {};
}

bool ComponentEntry::acceptsOperatorActions() const
{
    switch (component.kind) {
    case ComponentKind::Breaker:
    case ComponentKind::Gateway:
    case ComponentKind::Marketplace:
        return true;
    default:
        return local;   // this window's database breaker is a breaker too
    }
}

ComponentHealthModel::ComponentHealthModel(QObject *parent) : QAbstractListModel(parent) {}

int ComponentHealthModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

QVariant ComponentHealthModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const ComponentEntry &e = m_entries.at(index.row());
    switch (role) {
    case Qt::DisplayRole: return e.component.name;
    case KeyRole: return e.key;
    case StateRole: return e.component.state;
    case ToneRole: return int(e.tone());
    case StaleRole: return e.stale;
    case InstanceRole: return e.instanceId;
    case Qt::ForegroundRole: return healthToneColor(e.tone());
    default: return {};
    }
}

QHash<int, QByteArray> ComponentHealthModel::roleNames() const
{
    auto names = QAbstractListModel::roleNames();
    names[KeyRole] = "key";
    names[StateRole] = "state";
    names[ToneRole] = "tone";
    names[StaleRole] = "stale";
    names[InstanceRole] = "instance";
    return names;
}

void ComponentHealthModel::setPublished(const QList<ComponentHealthRow> &rows, const QDateTime &nowUtc)
{
    QList<ComponentEntry> next;
    for (const ComponentEntry &e : std::as_const(m_entries))
        if (e.local)
            next.append(e);
    for (const ComponentHealthRow &row : rows) {
        if (!row.component)
            continue;   // an instance that published no component yet
        ComponentEntry e;
        e.instanceId = row.instance.id;
        e.key = row.instance.id + QLatin1Char('/') + row.component->name;
        e.host = row.instance.host;
        e.pid = row.instance.pid;
        e.version = row.instance.version;
        e.stale = row.stale;
        e.heartbeatAgeMs = row.heartbeatAgeMs;
        e.heartbeatAtUtc = row.heartbeatAt;
        e.component = *row.component;
        e.updatedAtUtc = row.updatedAt;
        next.append(std::move(e));
    }
    beginResetModel();
    m_entries = std::move(next);
    QSet<QString> alive;
    for (const ComponentEntry &e : std::as_const(m_entries))
        alive.insert(e.key);
    for (auto it = m_samples.begin(); it != m_samples.end();)
        it = alive.contains(it.key()) ? std::next(it) : m_samples.erase(it);
    endResetModel();
    for (const ComponentEntry &e : std::as_const(m_entries))
        if (!e.local)
            addSample(e, nowUtc);
}

void ComponentHealthModel::setLocal(const ComponentSnapshot &snapshot, const QDateTime &nowUtc)
{
    ComponentEntry e;
    e.local = true;
    e.key = QStringLiteral("local/") + snapshot.name;
    e.component = snapshot;
    e.heartbeatAtUtc = nowUtc;
    e.updatedAtUtc = nowUtc;
    const int row = rowOf(e.key);
    if (row < 0) {
        int at = 0;
        while (at < m_entries.size() && m_entries.at(at).local)
            ++at;
        beginInsertRows({}, at, at);
        m_entries.insert(at, e);
        endInsertRows();
    } else {
        m_entries[row] = e;
        emit dataChanged(index(row), index(row));
    }
    addSample(e, nowUtc);
}

int ComponentHealthModel::rowOf(const QString &key) const
{
    for (int i = 0; i < m_entries.size(); ++i)
        if (m_entries.at(i).key == key)
            return i;
    return -1;
}

QList<HealthSample> ComponentHealthModel::samples(const QString &key) const
{
    const auto it = m_samples.constFind(key);
    if (it == m_samples.cend())
        return {};
    return QList<HealthSample>(it->begin(), it->end());
}

void ComponentHealthModel::addSample(const ComponentEntry &entry, const QDateTime &nowUtc)
{
    if (entry.stale)
        return;   // a stale instance's figures are old news, not a reading of now
    std::deque<HealthSample> &history = m_samples[entry.key];
    const HealthSample sample{nowUtc, entry.component.failureRate, entry.component.p95Ms};
    // Readings can come several times a second while parts flap: keep at most one per kMinSampleGapMs,
    // the newest, so 15 minutes stay a few hundred points.
    if (!history.empty() && history.back().atUtc.msecsTo(nowUtc) < kMinSampleGapMs && history.size() > 1
        && history[history.size() - 2].atUtc.msecsTo(nowUtc) < kMinSampleGapMs)
        history.back() = sample;
    else
        history.push_back(sample);
    const QDateTime horizon = nowUtc.addMSecs(-kHistoryMs);
    while (!history.empty() && history.front().atUtc < horizon)
        history.pop_front();
    emit samplesChanged(entry.key);
}

} // namespace backroom::ui
