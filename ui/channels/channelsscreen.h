#pragma once
// ChannelsScreen: the owner's view of channel sync (issue 14). A card per channel (enabled, buffer, last
// push, lag, queue, pushes and errors in the last hour, last error, breaker, flagged orders), a chart of
// lag p50/p95 per minute over the last hour, and a per-product table of what each marketplace shows
// against what it should ("Drifting only" filter). The owner enables or disables a channel, sets its
// buffer and resyncs one channel or all, with progress and Cancel.
//
// Reads core's readChannelStatus / readProductDrift / readLagHistory in one DbGate job every 2 s while
// visible, on F5, and shortly after NOTIFY stock_changed or component_health (through the window's
// NotifyListener); never more than one reading at a time. Actions go through core's channelcontrol.
// Resync: channel_resync_batch queues a batch of products (500 by default) for every channel of the run in
// one transaction, one job per batch, with progress over the products; Cancel stops after the batch in
// flight (a product is queued for all the run's channels or none). Once queued, the progress bar follows
// the queue as `serve` drains it; Cancel then stops following only: products already queued are still
// pushed (harmless, the newest value).
// GUI thread; never blocks it.

#include "channels/channelstatus.h"
#include "net/clock.h"

#include <QMap>
#include <QTimer>
#include <QWidget>
#include <algorithm>
#include <functional>
#include <optional>

class QCheckBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTableView;

namespace backroom::db {
class NotifyListener;
}

namespace backroom::ui {

class ChannelCard;
class DbGate;
class DriftModel;
class LagChart;

class ChannelsScreen : public QWidget {
    Q_OBJECT
public:
    // Asks the user to confirm (title, question, the button that goes ahead); true to go ahead.
    using Confirm = std::function<bool(const QString &title, const QString &question, const QString &goAhead)>;

    // listener may be null (no live updates; the timer still refreshes). It should LISTEN on
    // stock_changed and component_health.
    ChannelsScreen(DbGate *db, db::NotifyListener *listener, QWidget *parent = nullptr,
                   net::Clock &clock = net::Clock::system());

    static constexpr int kRefreshMs = 2000;
    static constexpr int kNotifyDelayMs = 300;   // a burst of stock changes makes one reading
    static constexpr int kDriftLimit = 1000;     // rows of (product, channel) read for the table
    static constexpr int kLagWindowMinutes = 60;

    // How often the screen reads while shown (kRefreshMs by default).
    void setRefreshInterval(int ms) { m_timer.setInterval(ms); }

    // Replaces the dialog (a QMessageBox by default).
    void setConfirm(Confirm confirm) { m_confirm = std::move(confirm); }

    // The actions, after any confirmation (the buttons ask first, then call these).
    void applyEnabled(const QString &channel, bool enabled);
    void applyBuffer(const QString &channel, int bufferQty);
    // Resync one channel, or every enabled marketplace when `channel` is empty.
    void startResync(const QString &channel);
    void cancelResync();
    bool resyncRunning() const { return m_resync.has_value(); }
    // Products per resync batch (tests use small ones to cancel mid-run).
    void setResyncBatchSize(int products) { m_resyncBatch = std::max(1, products); }

    ChannelCard *card(const QString &channel) const { return m_cards.value(channel); }
    DriftModel *driftModel() const { return m_drift; }
    QTableView *driftView() const { return m_driftView; }
    QCheckBox *driftingOnlyBox() const { return m_driftingOnly; }
    LagChart *lagChart() const { return m_chart; }
    QLabel *messageLabel() const { return m_message; }
    QPushButton *resyncAllButton() const { return m_resyncAll; }
    QPushButton *cancelButton() const { return m_cancel; }
    QProgressBar *resyncProgress() const { return m_progress; }
    QLabel *resyncStatus() const { return m_resyncStatus; }
    const QList<channels::ChannelStatus> &status() const { return m_status; }

public slots:
    void refresh();

signals:
    void refreshed();                                    // a reading (or its error) is shown
    void actionDone(const QString &channel, bool ok);    // enable / buffer answered
    void resyncQueued(int rows);                         // every channel of the run was queued
    void resyncEnded(bool cancelled);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;

private:
    struct Reading {
        QList<channels::ChannelStatus> status;
        QList<channels::ProductDrift> drift;
        QList<channels::LagPoint> lag;
    };
    struct ResyncRun {
        QString channel;        // empty: every enabled marketplace
        QStringList channels;   // every channel of the run
        qint64 afterProduct = 0;   // the last product queued so far (by id)
        qint64 productsDone = 0;
        qint64 productsTotal = 0;
        qint64 queued = 0;      // outbox rows written
        bool queuing = true;
        bool cancelled = false;
    };

    QWidget *buildResyncBar();
    QWidget *buildDriftTable();
    void showReading(const Reading &reading);
    void showError(const Error &error, const QString &what);
    void syncCards();
    void confirmEnabled(const QString &channel, bool enabled);
    void confirmBuffer(const QString &channel, int bufferQty);
    void confirmResync(const QString &channel);
    void queueNextResync();
    void resyncAllQueued();
    void followResync();
    void endResync(bool cancelled, const QString &status);
    bool askConfirm(const QString &title, const QString &question, const QString &goAhead);

    DbGate *m_db;
    net::Clock &m_clock;
    Confirm m_confirm;
    QList<channels::ChannelStatus> m_status;
    QMap<QString, ChannelCard *> m_cards;
    QWidget *m_cardRow = nullptr;
    QLabel *m_message = nullptr;
    LagChart *m_chart = nullptr;
    DriftModel *m_drift = nullptr;
    QTableView *m_driftView = nullptr;
    QCheckBox *m_driftingOnly = nullptr;
    QLabel *m_driftSummary = nullptr;
    QPushButton *m_resyncAll = nullptr;
    QPushButton *m_cancel = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_resyncStatus = nullptr;
    std::optional<ResyncRun> m_resync;
    int m_resyncBatch = 500;
    QTimer m_timer;
    QTimer m_notifyDelay;
    bool m_loading = false;
    bool m_again = false;
    bool m_readingFailed = false;   // the message shows why the last reading failed
};

} // namespace backroom::ui
