#pragma once
// HealthScreen: the owner's "is the shop safe?" tab: a column of HealthSections (the components of every
// `serve` instance, live: breakers, gateways, bulkheads, the database; then backups), refreshed every few
// seconds while the tab is visible and on Refresh (F5); the components also on NOTIFY component_health
// through the window's NotifyListener. Lives on the GUI thread; sections read through DbGate.

#include <QList>
#include <QTimer>
#include <QWidget>

namespace backroom::db {
class NotifyListener;
}

class QLabel;
class QVBoxLayout;

namespace backroom::ui {

class BackupsSection;
class ComponentsSection;
class DbGate;
class HealthSection;

class HealthScreen : public QWidget {
    Q_OBJECT
public:
    // listener may be null (no live updates); it should LISTEN on component_health and health_command_done.
    explicit HealthScreen(DbGate *db, db::NotifyListener *listener = nullptr, QWidget *parent = nullptr);

    // Adds a panel below the others; the screen refreshes it with the rest.
    void addSection(HealthSection *section);
    BackupsSection *backups() const { return m_backups; }
    ComponentsSection *components() const { return m_components; }
    const QList<HealthSection *> &sections() const { return m_sections; }

    static constexpr int kRefreshMs = 10000;

public slots:
    void refresh();

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    QVBoxLayout *m_column = nullptr;
    QList<HealthSection *> m_sections;
    BackupsSection *m_backups = nullptr;
    ComponentsSection *m_components = nullptr;
    QTimer m_timer;
};

} // namespace backroom::ui
