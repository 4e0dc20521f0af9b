#pragma once
// ComponentsSection: the health screen's live panel of components: a card per component of every
// `serve` instance (database, gateways, bulkheads, breakers, the instance itself; marketplaces later)
// and one for this window's own database breaker, in a grid that reflows with the width, so one instance
// or many fit. Reads core's readComponentHealth through DbGate on refresh(), on every NOTIFY
// component_health (through the window's NotifyListener) and after an operator action is done (NOTIFY
// health_command_done); each reading adds a sample to the cards' 15-minute charts.
// Operator actions (force open, close, reset, disable) ask for confirmation, then queue a command for the
// instance (health_command_request, owner only: a refusal is shown on the card) which that instance's
// HealthCommands applies to its breaker; on this window's own card they apply to the gate's breaker.
// GUI thread; never blocks it.

#include "componenthealthmodel.h"
#include "healthsection.h"
#include "net/clock.h"
#include "resilience/healthcommands.h"

#include <QHash>
#include <QMap>

class QGridLayout;
class QLabel;
class QMessageBox;

namespace backroom::db {
class NotifyListener;
}

namespace backroom::ui {

class ComponentCard;
class DbGate;

class ComponentsSection : public HealthSection {
    Q_OBJECT
public:
    // listener may be null (no live updates; the screen's periodic refresh still works). It must be
    // LISTENing on component_health (and health_command_done to show outcomes).
    ComponentsSection(DbGate *db, db::NotifyListener *listener, QWidget *parent = nullptr,
                      net::Clock &clock = net::Clock::system());

    void refresh() override;

    ComponentHealthModel *model() const { return m_model; }
    ComponentCard *card(const QString &key) const { return m_cards.value(key); }
    QList<ComponentCard *> cards() const { return m_cards.values(); }
    QLabel *messageLabel() const { return m_message; }
    // The key of this window's own database card.
    QString localKey() const;

    // What a confirmed operator action does (the buttons call it after the dialog); public for tests.
    void requestAction(const QString &key, resilience::HealthAction action);

signals:
    void actionRequested(qint64 commandId);   // the command was queued
    void actionRefused(const QString &message);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void confirmAction(const QString &key, resilience::HealthAction action);
    void showLocal();
    void syncCards();
    void relayout();
    void showOutcomes();
    int columnsForWidth() const;

    DbGate *m_db;
    net::Clock &m_clock;
    ComponentHealthModel *m_model = nullptr;
    QLabel *m_message = nullptr;
    QWidget *m_grid = nullptr;
    QGridLayout *m_gridLayout = nullptr;
    QMap<QString, ComponentCard *> m_cards;
    QList<QString> m_order;
    QHash<qint64, QString> m_waiting;   // queued command id -> card key
    int m_columns = 0;
    bool m_loading = false;
    bool m_again = false;
};

} // namespace backroom::ui
