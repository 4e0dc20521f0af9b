#pragma once
// HealthScreen: the owner's "is the shop safe?" tab: a column of HealthSections (backups now; issue 12
// adds circuit breakers and payment gateways with addSection), refreshed every few seconds while the
// tab is visible and on Refresh (F5). Lives on the GUI thread; sections read through DbGate.

#include <QList>
#include <QTimer>
#include <QWidget>

class QLabel;
class QVBoxLayout;

namespace backroom::ui {

class BackupsSection;
class DbGate;
class HealthSection;

class HealthScreen : public QWidget {
    Q_OBJECT
public:
    explicit HealthScreen(DbGate *db, QWidget *parent = nullptr);

    // Adds a panel below the others; the screen refreshes it with the rest.
    void addSection(HealthSection *section);
    BackupsSection *backups() const { return m_backups; }
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
    QTimer m_timer;
};

} // namespace backroom::ui
