#include "componentssection.h"

#include "componentcard.h"
#include "db/notifylistener.h"
#include "dbgate.h"

#include <QGridLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace backroom::ui {

using resilience::BreakerState;
using resilience::CircuitBreaker;
using resilience::ComponentHealthRow;
using resilience::ComponentKind;
using resilience::ComponentSnapshot;
using resilience::HealthAction;
using resilience::HealthCommand;

namespace {
constexpr const char *kPermissionDenied = "42501";
constexpr int kCardWidth = 380;
const QString kComponentHealthChannel = QStringLiteral("component_health");
const QString kCommandDoneChannel = QStringLiteral("health_command_done");

} // namespace

ComponentsSection::ComponentsSection(DbGate *db, db::NotifyListener *listener, QWidget *parent, net::Clock &clock)
    : HealthSection(tr("Components"), parent), m_db(db), m_clock(clock)
{
    setObjectName(QStringLiteral("componentsSection"));
    m_model = new ComponentHealthModel(this);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("componentsMessage"));
    m_message->setWordWrap(true);
    m_message->hide();
    m_grid = new QWidget(this);
    m_gridLayout = new QGridLayout(m_grid);
    m_gridLayout->setContentsMargins(0, 0, 0, 0);
    // The grid's width follows the section's, not the other way round: the number of columns is chosen
    // from the width (relayout), so its current columns must not hold the window wide.
    m_grid->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    auto *column = new QVBoxLayout(this);
    column->addWidget(m_message);
    column->addWidget(m_grid);
    column->addStretch(1);

    connect(m_model, &QAbstractItemModel::modelReset, this, &ComponentsSection::syncCards);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &ComponentsSection::syncCards);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ComponentsSection::syncCards);
    connect(m_model, &ComponentHealthModel::samplesChanged, this, [this](const QString &key) {
        if (ComponentCard *c = m_cards.value(key))
            c->showSamples(m_model->samples(key), m_clock.utcNow());
    });
    connect(m_db, &DbGate::breakerStateChanged, this, &ComponentsSection::showLocal);
    if (listener) {
        connect(listener, &db::NotifyListener::notified, this, [this](const QString &channel, const QString &payload) {
            // Hidden (another tab, or a role without the health screen): the screen refreshes on show.
            if (channel == kComponentHealthChannel && isVisible())
                refresh();
            else if (channel == kCommandDoneChannel && m_waiting.contains(payload.toLongLong()))
                showOutcomes();
        });
        connect(listener, &db::NotifyListener::resynced, this, [this] {
            if (isVisible())
                refresh();
        });
    }
    showLocal();
}

QString ComponentsSection::localKey() const
{
    return QStringLiteral("local/") + m_db->breaker().name();
}

void ComponentsSection::refresh()
{
    showLocal();
    if (m_loading) {
        m_again = true;   // a change arrived while reading: read once more when this one is in
        return;
    }
    m_loading = true;
    m_db->run<Result<QList<ComponentHealthRow>>>(
        this, [](db::Connection &conn) { return resilience::readComponentHealth(conn); },
        [this](Result<QList<ComponentHealthRow>> rows) {
            m_loading = false;
            if (rows) {
                m_message->hide();
                m_model->setPublished(*rows, m_clock.utcNow());
            } else {
                const bool denied = rows.error().sqlState == QLatin1String(kPermissionDenied);
                m_message->setText(denied ? tr("Only the owner role can see the health of the store's parts.")
                                          : tr("Could not read the components' health: %1").arg(rows.error().message));
                m_message->show();
            }
            bool attention = false;
            for (const ComponentEntry &e : m_model->entries())
                attention = attention || e.tone() == HealthTone::Bad || e.tone() == HealthTone::Stale;
            setNeedsAttention(attention);
            emit refreshed();
            if (m_again) {
                m_again = false;
                refresh();
            }
        });
}

void ComponentsSection::showLocal()
{
    m_model->setLocal(resilience::breakerComponentSnapshot(m_db->breaker(), ComponentKind::Database), m_clock.utcNow());
}

void ComponentsSection::syncCards()
{
    const QDateTime now = m_clock.utcNow();
    QList<QString> order;
    QSet<QString> alive;
    for (const ComponentEntry &e : m_model->entries()) {
        order.append(e.key);
        alive.insert(e.key);
        ComponentCard *card = m_cards.value(e.key);
        if (!card) {
            card = new ComponentCard(e.key, m_grid);
            connect(card, &ComponentCard::actionRequested, this, &ComponentsSection::confirmAction);
            m_cards.insert(e.key, card);
        }
        card->show(e, now);
        card->showSamples(m_model->samples(e.key), now);
    }
    for (auto it = m_cards.begin(); it != m_cards.end();) {
        if (alive.contains(it.key())) {
            ++it;
            continue;
        }
        it.value()->deleteLater();
        it = m_cards.erase(it);
    }
    if (order != m_order) {
        m_order = order;
        m_columns = 0;   // force a new layout
    }
    relayout();
}

int ComponentsSection::columnsForWidth() const
{
    return std::max(1, width() / kCardWidth);
}

void ComponentsSection::relayout()
{
    const int columns = columnsForWidth();
    if (columns == m_columns)
        return;
    m_columns = columns;
    for (ComponentCard *card : std::as_const(m_cards))
        m_gridLayout->removeWidget(card);
    int i = 0;
    for (const QString &key : std::as_const(m_order)) {
        ComponentCard *card = m_cards.value(key);
        if (!card)
            continue;
        m_gridLayout->addWidget(card, i / columns, i % columns, Qt::AlignTop);
        card->setVisible(true);
        ++i;
    }
}

void ComponentsSection::resizeEvent(QResizeEvent *event)
{
    HealthSection::resizeEvent(event);
    relayout();
}

void ComponentsSection::confirmAction(const QString &key, HealthAction action)
{
    const int row = m_model->rowOf(key);
    if (row < 0)
        return;
    const ComponentEntry &e = m_model->entry(row);
    const QString where = e.local ? tr("this window's database connection")
                                  : tr("%1 on %2 (pid %3)").arg(e.component.name, e.host).arg(e.pid);
    QString consequence;
    switch (action) {
    case HealthAction::ForceOpen:
        consequence = tr("Every call through it will be refused until someone closes or resets it.");
        break;
    case HealthAction::Close: consequence = tr("Calls will pass again and its window starts empty."); break;
    case HealthAction::Reset: consequence = tr("It goes back to CLOSED with empty figures."); break;
    case HealthAction::Disable:
        consequence = tr("Every call will pass and nothing will be recorded: it will not protect anything until "
                         "closed or reset.");
        break;
    }
    QMessageBox box(QMessageBox::Question, tr("%1: %2").arg(resilience::healthActionTitle(action), e.component.name),
                    tr("%1 %2?\n\n%3").arg(resilience::healthActionTitle(action), where, consequence),
                    QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("healthActionConfirm"));
    QPushButton *yes = box.addButton(resilience::healthActionTitle(action), QMessageBox::AcceptRole);
    yes->setObjectName(QStringLiteral("confirmHealthAction"));
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    if (box.clickedButton() != yes)
        return;
    requestAction(key, action);
}

void ComponentsSection::requestAction(const QString &key, HealthAction action)
{
    const int row = m_model->rowOf(key);
    if (row < 0)
        return;
    const ComponentEntry e = m_model->entry(row);
    if (e.local) {
        resilience::BreakerDirectory here;
        here.registerBreaker(e.component.name, &m_db->breaker());
        auto outcome = here.apply(e.component.name, action, tr("operator action in this window"));
        if (ComponentCard *c = m_cards.value(key))
            c->showActionMessage(outcome ? *outcome : outcome.error().message, !outcome);
        showLocal();
        return;
    }
    if (ComponentCard *c = m_cards.value(key))
        c->showActionMessage(tr("Asking %1…").arg(e.host), false);
    const QString instance = e.instanceId;
    const QString component = e.component.name;
    m_db->run<Result<qint64>>(
        this,
        [instance, component, action](db::Connection &conn) {
            return resilience::requestHealthCommand(conn, instance, component, action);
        },
        [this, key](Result<qint64> id) {
            ComponentCard *c = m_cards.value(key);
            if (!id) {
                const bool denied = id.error().sqlState == QLatin1String(kPermissionDenied);
                const QString text = denied ? tr("Refused: only the owner role may act on breakers (%1).")
                                                  .arg(id.error().message)
                                            : tr("Could not ask the instance: %1").arg(id.error().message);
                if (c)
                    c->showActionMessage(text, true);
                emit actionRefused(text);
                return;
            }
            m_waiting.insert(*id, key);
            if (c)
                c->showActionMessage(tr("Asked; waiting for the instance to apply it…"), false);
            emit actionRequested(*id);
        });
}

void ComponentsSection::showOutcomes()
{
    m_db->run<Result<QList<HealthCommand>>>(
        this, [](db::Connection &conn) { return resilience::readHealthCommands(conn, {}, 50); },
        [this](Result<QList<HealthCommand>> commands) {
            if (!commands)
                return;
            for (const HealthCommand &command : *commands) {
                if (!command.succeeded || !m_waiting.contains(command.id))
                    continue;
                const QString key = m_waiting.take(command.id);
                if (ComponentCard *c = m_cards.value(key))
                    c->showActionMessage(*command.succeeded ? tr("Done: %1").arg(command.outcome)
                                                            : tr("Not applied: %1").arg(command.outcome),
                                         !*command.succeeded);
            }
            refresh();
        });
}

} // namespace backroom::ui
