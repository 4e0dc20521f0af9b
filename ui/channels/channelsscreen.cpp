#include "channelsscreen.h"

#include "channelcard.h"
#include "channels/channelcontrol.h"
#include "db/notifylistener.h"
#include "dbgate.h"
#include "driftmodel.h"
#include "lagchart.h"

#include <QAction>
#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScrollArea>
#include <QTableView>
#include <QVBoxLayout>

namespace backroom::ui {
namespace {
const QString kStockChanged = QStringLiteral("stock_changed");
const QString kComponentHealth = QStringLiteral("component_health");
} // namespace

ChannelsScreen::ChannelsScreen(DbGate *db, db::NotifyListener *listener, QWidget *parent, net::Clock &clock)
    : QWidget(parent), m_db(db), m_clock(clock)
{
    setObjectName(QStringLiteral("channelsScreen"));
    auto *content = new QWidget;
    auto *column = new QVBoxLayout(content);
    m_message = new QLabel(content);
    m_message->setObjectName(QStringLiteral("channelsMessage"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_message->hide();
    m_cardRow = new QWidget(content);
    auto *cards = new QHBoxLayout(m_cardRow);
    cards->setContentsMargins(0, 0, 0, 0);
    m_chart = new LagChart(content);
    column->addWidget(m_message);
    column->addWidget(buildResyncBar());
    column->addWidget(m_cardRow);
    column->addWidget(m_chart);
    column->addWidget(buildDriftTable(), 1);

    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    auto *refreshAction = new QAction(tr("Refresh"), this);
    refreshAction->setShortcut(QKeySequence::Refresh);
    refreshAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(refreshAction, &QAction::triggered, this, &ChannelsScreen::refresh);
    addAction(refreshAction);

    m_timer.setInterval(kRefreshMs);
    connect(&m_timer, &QTimer::timeout, this, &ChannelsScreen::refresh);
    m_notifyDelay.setSingleShot(true);
    m_notifyDelay.setInterval(kNotifyDelayMs);
    connect(&m_notifyDelay, &QTimer::timeout, this, &ChannelsScreen::refresh);
    if (listener) {
        connect(listener, &db::NotifyListener::notified, this, [this](const QString &channel, const QString &) {
            if ((channel == kStockChanged || channel == kComponentHealth) && isVisible() && !m_notifyDelay.isActive())
                m_notifyDelay.start();
        });
        connect(listener, &db::NotifyListener::resynced, this, [this] {
            if (isVisible())
                refresh();
        });
    }
}

QWidget *ChannelsScreen::buildResyncBar()
{
    auto *bar = new QWidget;
    auto *row = new QHBoxLayout(bar);
    row->setContentsMargins(0, 0, 0, 0);
    m_resyncAll = new QPushButton(tr("Resync &all"), bar);
    m_resyncAll->setObjectName(QStringLiteral("resyncAllButton"));
    m_resyncAll->setToolTip(tr("Push every product to every enabled marketplace again."));
    connect(m_resyncAll, &QPushButton::clicked, this, [this] { confirmResync({}); });
    m_progress = new QProgressBar(bar);
    m_progress->setObjectName(QStringLiteral("resyncProgress"));
    m_progress->setFormat(tr("%v of %m pushed"));
    m_progress->hide();
    m_cancel = new QPushButton(tr("&Cancel"), bar);
    m_cancel->setObjectName(QStringLiteral("cancelResyncButton"));
    m_cancel->hide();
    connect(m_cancel, &QPushButton::clicked, this, &ChannelsScreen::cancelResync);
    m_resyncStatus = new QLabel(bar);
    m_resyncStatus->setObjectName(QStringLiteral("resyncStatus"));
    row->addWidget(m_resyncAll);
    row->addWidget(m_progress, 1);
    row->addWidget(m_cancel);
    row->addWidget(m_resyncStatus, 1);
    return bar;
}

QWidget *ChannelsScreen::buildDriftTable()
{
    auto *box = new QWidget;
    auto *column = new QVBoxLayout(box);
    column->setContentsMargins(0, 0, 0, 0);
    auto *top = new QHBoxLayout;
    auto *title = new QLabel(tr("<b>Per product</b>: what each marketplace shows now against what it should"), box);
    m_driftingOnly = new QCheckBox(tr("&Drifting only"), box);
    m_driftingOnly->setObjectName(QStringLiteral("driftingOnlyBox"));
    m_driftSummary = new QLabel(box);
    m_driftSummary->setObjectName(QStringLiteral("driftSummary"));
    top->addWidget(title);
    top->addStretch(1);
    top->addWidget(m_driftSummary);
    top->addWidget(m_driftingOnly);

    m_drift = new DriftModel(this);
    m_driftView = new QTableView(box);
    m_driftView->setObjectName(QStringLiteral("driftView"));
    m_driftView->setModel(m_drift);
    m_driftView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_driftView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_driftView->setTabKeyNavigation(false);   // Tab leaves the table; arrows move inside it
    m_driftView->setAlternatingRowColors(true);
    m_driftView->verticalHeader()->hide();
    m_driftView->horizontalHeader()->setStretchLastSection(true);
    m_driftView->setMinimumHeight(240);
    m_driftView->setAccessibleName(tr("Products and what each channel shows"));
    title->setBuddy(m_driftView);
    connect(m_driftingOnly, &QCheckBox::toggled, m_drift, &DriftModel::setDriftingOnly);
    column->addLayout(top);
    column->addWidget(m_driftView, 1);
    return box;
}

void ChannelsScreen::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
    m_timer.start();
}

void ChannelsScreen::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_timer.stop();
}

void ChannelsScreen::refresh()
{
    if (m_loading) {
        m_again = true;   // read once more when this reading is in
        return;
    }
    m_loading = true;
    const QDateTime since = m_clock.utcNow().addSecs(-60 * kLagWindowMinutes);
    m_db->run<Result<Reading>>(
        this,
        [since](db::Connection &conn) -> Result<Reading> {
            Reading r;
            auto status = channels::readChannelStatus(conn);
            if (!status)
                return status.error();
            auto drift = channels::readProductDrift(conn, kDriftLimit);
            if (!drift)
                return drift.error();
            auto lag = channels::readLagHistory(conn, since);
            if (!lag)
                return lag.error();
            return Reading{*status, *drift, *lag};
        },
        [this](Result<Reading> reading) {
            m_loading = false;
            if (reading) {
                if (m_readingFailed)
                    m_message->hide();   // an action's refusal stays until the next action
                m_readingFailed = false;
                showReading(*reading);
            } else {
                showError(reading.error(), tr("read the channels"));
                m_readingFailed = true;
            }
            emit refreshed();
            if (m_again) {
                m_again = false;
                refresh();
            }
        });
}

void ChannelsScreen::showError(const Error &error, const QString &what)
{
    m_readingFailed = false;
    if (error.kind == Error::Kind::Permission)
        m_message->setText(tr("Only the owner role can %1: %2").arg(what, error.message));
    else
        m_message->setText(tr("Could not %1: %2").arg(what, error.message));
    m_message->show();
}

void ChannelsScreen::showReading(const Reading &reading)
{
    m_status = reading.status;
    syncCards();

    // Keep the keyboard user's place across the reading.
    const QModelIndex current = m_driftView->currentIndex();
    const QString currentSku = current.isValid() ? m_drift->index(current.row(), DriftModel::Sku).data().toString() : QString();
    const int currentColumn = current.isValid() ? current.column() : 0;
    m_drift->setRows(reading.drift);
    if (!currentSku.isEmpty()) {
        QString sku = currentSku;
        if (sku.startsWith(QStringLiteral("⚠ ")))
            sku = sku.mid(2);
        const int row = m_drift->rowOf(sku);
        if (row >= 0)
            m_driftView->setCurrentIndex(m_drift->index(row, std::min(currentColumn, m_drift->columnCount() - 1)));
    }
    m_driftSummary->setText(tr("%n product(s) drifting", nullptr, m_drift->driftingProducts()));

    const QDateTime now = m_clock.utcNow();
    m_chart->showHistory(reading.lag, now.addSecs(-60 * kLagWindowMinutes), now);
    if (m_resync && !m_resync->queuing)
        followResync();
}

void ChannelsScreen::syncCards()
{
    const QDateTime now = m_clock.utcNow();
    auto *row = static_cast<QHBoxLayout *>(m_cardRow->layout());
    for (const channels::ChannelStatus &s : std::as_const(m_status)) {
        ChannelCard *card = m_cards.value(s.channel);
        if (!card) {
            card = new ChannelCard(s.channel, m_cardRow);
            connect(card, &ChannelCard::enabledChangeRequested, this, &ChannelsScreen::confirmEnabled);
            connect(card, &ChannelCard::bufferChangeRequested, this, &ChannelsScreen::confirmBuffer);
            connect(card, &ChannelCard::resyncRequested, this, &ChannelsScreen::confirmResync);
            m_cards.insert(s.channel, card);
            row->addWidget(card, 1);
        }
        card->show(s, now);
        if (m_resync)
            card->resyncButton()->setEnabled(false);
    }
}

bool ChannelsScreen::askConfirm(const QString &title, const QString &question, const QString &goAhead)
{
    if (m_confirm)
        return m_confirm(title, question, goAhead);
    QMessageBox box(QMessageBox::Question, title, question, QMessageBox::Cancel, this);
    box.setObjectName(QStringLiteral("channelActionConfirm"));
    QPushButton *yes = box.addButton(goAhead, QMessageBox::AcceptRole);
    box.setDefaultButton(QMessageBox::Cancel);
    box.exec();
    return box.clickedButton() == yes;
}

void ChannelsScreen::confirmEnabled(const QString &channel, bool enabled)
{
    const QString name = ChannelCard::displayName(channel);
    if (enabled) {
        if (askConfirm(tr("Enable %1").arg(name),
                       tr("Enable %1?\n\nEvery product is queued and pushed to it with its buffer applied, and its "
                          "orders are taken in.")
                           .arg(name),
                       tr("Enable")))
            applyEnabled(channel, true);
        return;
    }
    if (askConfirm(tr("Disable %1").arg(name),
                   tr("Disable %1?\n\nIts queue is dropped and stock changes stop reaching it: what it shows will go "
                      "stale and it may oversell until you enable it again.")
                       .arg(name),
                   tr("Disable")))
        applyEnabled(channel, false);
}

void ChannelsScreen::confirmBuffer(const QString &channel, int bufferQty)
{
    ChannelCard *card = m_cards.value(channel);
    const QString problem = channels::bufferQtyProblem(bufferQty);
    if (!problem.isEmpty()) {
        if (card)
            card->showMessage(problem, true);
        return;
    }
    const QString name = ChannelCard::displayName(channel);
    if (askConfirm(tr("Set buffer for %1").arg(name),
                   tr("Hold back %n unit(s) of every product from %1?\n\nEvery product is pushed to it again.", nullptr,
                      bufferQty)
                       .arg(name),
                   tr("Set buffer")))
        applyBuffer(channel, bufferQty);
}

void ChannelsScreen::confirmResync(const QString &channel)
{
    const QString question = channel.isEmpty()
                                 ? tr("Push every product to every enabled marketplace again?")
                                 : tr("Push every product to %1 again?").arg(ChannelCard::displayName(channel));
    if (askConfirm(tr("Resync"), question, tr("Resync")))
        startResync(channel);
}

void ChannelsScreen::applyEnabled(const QString &channel, bool enabled)
{
    if (!m_readingFailed)
        m_message->hide();
    if (ChannelCard *card = m_cards.value(channel))
        card->showMessage(enabled ? tr("Enabling…") : tr("Disabling…"), false);
    channels::ChannelChange change{channel, enabled, std::nullopt};
    m_db->run<Status>(
        this, [change](db::Connection &conn) { return channels::configureChannel(conn, change); },
        [this, channel, enabled](Status done) {
            if (ChannelCard *card = m_cards.value(channel))
                card->showMessage(done ? (enabled ? tr("Enabled.") : tr("Disabled."))
                                       : tr("Not changed: %1").arg(done.error().message),
                                  !done);
            if (!done)
                showError(done.error(), enabled ? tr("enable %1").arg(ChannelCard::displayName(channel))
                                                : tr("disable %1").arg(ChannelCard::displayName(channel)));
            emit actionDone(channel, bool(done));
            refresh();
        });
}

void ChannelsScreen::applyBuffer(const QString &channel, int bufferQty)
{
    if (!m_readingFailed)
        m_message->hide();
    channels::ChannelChange change{channel, std::nullopt, bufferQty};
    m_db->run<Status>(
        this, [change](db::Connection &conn) { return channels::configureChannel(conn, change); },
        [this, channel, bufferQty](Status done) {
            if (ChannelCard *card = m_cards.value(channel))
                card->showMessage(done ? tr("Buffer set to %1.").arg(bufferQty)
                                       : tr("Buffer not changed: %1").arg(done.error().message),
                                  !done);
            if (!done)
                showError(done.error(), tr("set the buffer of %1").arg(ChannelCard::displayName(channel)));
            emit actionDone(channel, bool(done));
            refresh();
        });
}

void ChannelsScreen::startResync(const QString &channel)
{
    if (m_resync)
        return;
    ResyncRun run;
    run.channel = channel;
    if (!channel.isEmpty()) {
        run.channels = {channel};
    } else {
        for (const channels::ChannelStatus &s : std::as_const(m_status))
            if (s.remote && s.enabled)
                run.channels.append(s.channel);
    }
    if (run.channels.isEmpty()) {
        m_resyncStatus->setText(tr("No marketplace is enabled: nothing to resync."));
        return;
    }
    m_resync = run;
    m_resyncAll->setEnabled(false);
    for (ChannelCard *card : std::as_const(m_cards))
        card->resyncButton()->setEnabled(false);
    m_progress->setRange(0, 0);   // busy until we know how many
    m_progress->show();
    m_cancel->setEnabled(true);
    m_cancel->show();
    m_resyncStatus->setText(tr("Queueing products…"));
    queueNextResync();
}

// One batch per job; between batches, Cancel is looked at. Each batch is one transaction in the database.
void ChannelsScreen::queueNextResync()
{
    if (m_resync->cancelled) {
        endResync(true, tr("Cancelled: %1 of %2 product(s) were queued before you cancelled.")
                            .arg(m_resync->productsDone)
                            .arg(m_resync->productsTotal));
        return;
    }
    const QString channel = m_resync->channel;
    const qint64 after = m_resync->afterProduct;
    const int batchSize = m_resyncBatch;
    m_db->run<Result<channels::ResyncBatch>>(
        this, [channel, after, batchSize](db::Connection &conn) { return channels::resyncBatch(conn, channel, after, batchSize); },
        [this, channel](Result<channels::ResyncBatch> batch) {
            if (!m_resync)
                return;
            if (!batch) {
                const QString what = channel.isEmpty() ? tr("the marketplaces") : ChannelCard::displayName(channel);
                endResync(true, tr("Resync of %1 failed: %2").arg(what, batch.error().message));
                return;
            }
            m_resync->queued += batch->queued;
            m_resync->productsDone = batch->productsDone;
            m_resync->productsTotal = batch->productsTotal;
            if (!batch->lastProduct)
                return resyncAllQueued();
            m_resync->afterProduct = *batch->lastProduct;
            m_progress->setRange(0, int(std::max<qint64>(1, batch->productsTotal)));
            m_progress->setValue(int(batch->productsDone));
            m_resyncStatus->setText(tr("Queueing products… %1 of %2").arg(batch->productsDone).arg(batch->productsTotal));
            queueNextResync();
        });
}

void ChannelsScreen::resyncAllQueued()
{
    m_resync->queuing = false;
    m_progress->setRange(0, int(std::max<qint64>(1, m_resync->queued)));
    m_progress->setValue(0);
    m_resyncStatus->setText(tr("Queued %n product push(es); `serve` is pushing them…", nullptr, int(m_resync->queued)));
    emit resyncQueued(int(m_resync->queued));
    refresh();
}

void ChannelsScreen::followResync()
{
    qint64 waiting = 0;
    for (const channels::ChannelStatus &s : std::as_const(m_status))
        if (m_resync->channels.contains(s.channel))
            waiting += s.queueDepth;
    const qint64 pushed = std::max<qint64>(0, m_resync->queued - waiting);
    m_progress->setValue(int(std::min(pushed, m_resync->queued)));
    if (waiting == 0)
        endResync(false, tr("Resync done: %n product push(es).", nullptr, int(m_resync->queued)));
}

void ChannelsScreen::cancelResync()
{
    if (!m_resync)
        return;
    if (m_resync->queuing) {
        m_resync->cancelled = true;   // the batch in flight finishes; no more are queued
        m_cancel->setEnabled(false);
        m_resyncStatus->setText(tr("Cancelling…"));
        return;
    }
    endResync(true, tr("Stopped following the resync; products already queued are still pushed."));
}

void ChannelsScreen::endResync(bool cancelled, const QString &status)
{
    m_resync.reset();
    m_progress->hide();
    m_cancel->hide();
    m_resyncAll->setEnabled(true);
    m_resyncStatus->setText(status);
    syncCards();
    emit resyncEnded(cancelled);
}

} // namespace backroom::ui
