// The Channels screen (ui/channels/channelsscreen.h) on a real PostgreSQL: cards and the per-product
// table show the figures migration 011 keeps (a stock change queued, pushes and a failed push recorded
// through channel_claim / channel_record_push, the same calls `serve` makes), the drift marker and its
// filter, the buffer set through the card's controls read back from the database, enable/disable behind
// a confirmation, Resync queueing (queue depth rises, progress follows the drain) and Cancel stopping it,
// and a non-owner's refusal shown rather than fatal. Offscreen, no sleeps: QTRY_* and QSignalSpy::wait.
#include "channels/channelcontrol.h"
#include "channels/channelcard.h"
#include "channels/channelsscreen.h"
#include "channels/driftmodel.h"
#include "channels/lagchart.h"
#include "db/asyncdb.h"
#include "db/connection.h"
#include "db/notifylistener.h"
#include "dbgate.h"
#include "mainwindow.h"
#include "security/session.h"
#include "screenshots.h"
#include "testdb.h"

#include <QCheckBox>
#include <QLabel>
#include <QLineSeries>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTableView>
#include <QtTest>

using namespace backroom;
using namespace backroom::ui;
using backroom::test::TestCluster;
using backroom::test::connectOrDie;
using backroom::test::must;
using backroom::test::screenshotPath;

namespace {

int g_logins = 0;

QString loginAs(db::Connection &admin, const QString &conninfo, const QString &group)
{
    const QString name = QStringLiteral("tcu%1_%2").arg(QCoreApplication::applicationPid()).arg(++g_logins);
    must(admin, QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE %2").arg(name, group).toUtf8().constData());
    QString out = conninfo;
    out.replace(QRegularExpression(QStringLiteral("user=\\S+")), QStringLiteral("user=") + name);
    return out;
}

qint64 scalar(db::Connection &c, const char *sql, const QVariantList &params = {})
{
    return must(c, sql, params).toInt64(0, 0);
}

qint64 queueDepth(db::Connection &c, const char *channel)
{
    return scalar(c, "SELECT count(*) FROM channel_outbox WHERE channel = $1", {QString::fromLatin1(channel)});
}

// Pushes everything queued for `channel` the way `serve` records a success.
void ackAll(db::Connection &c, const char *channel)
{
    must(c, "SELECT channel_record_push($1, x.product_id, x.seq, x.lease_token, x.target_qty, true, NULL, 12) "
            "FROM channel_claim($1, 'test-worker', 1000, 60) x",
         {QString::fromLatin1(channel)});
}

// The window's side: an AsyncDb, DbGate and NotifyListener for one login, and the screen under test,
// with a confirmation that answers `confirmAnswer` and counts the questions.
struct Screen {
    db::AsyncDb db;
    DbGate gate;
    db::NotifyListener listener;
    ChannelsScreen screen;
    bool confirmAnswer = true;
    int questions = 0;

    explicit Screen(const QString &conninfo)
        : db(conninfo),
          gate(&db),
          listener(conninfo, {QStringLiteral("stock_changed"), QStringLiteral("component_health")}),
          screen(&gate, &listener)
    {
        screen.setConfirm([this](const QString &, const QString &, const QString &) {
            ++questions;
            return confirmAnswer;
        });
        QSignalSpy listening(&listener, &db::NotifyListener::listening);
        listener.start();
        if (!listening.wait(10000))
            qFatal("the listener did not start");
        screen.resize(1400, 1000);
        QSignalSpy refreshed(&screen, &ChannelsScreen::refreshed);
        screen.show();   // the first reading
        if (!refreshed.wait(10000))
            qFatal("the screen did not read the channels");
    }
    // The next reading that starts after now (a refresh already running may predate a change).
    void readAgain()
    {
        QSignalSpy refreshed(&screen, &ChannelsScreen::refreshed);
        screen.refresh();
        QVERIFY(refreshed.wait(10000));
        if (refreshed.count() < 2)
            QVERIFY(refreshed.wait(10000));
    }
    QString figure(const QString &channel, const char *name) const
    {
        return screen.card(channel)->figure(QLatin1String(name))->text();
    }
    QString cell(const QString &sku, const QString &channel) const
    {
        DriftModel *m = screen.driftModel();
        return m->index(m->rowOf(sku), m->columnOf(channel)).data().toString();
    }
};

} // namespace

class TestChannelsUi : public QObject {
    Q_OBJECT

private:
    QString m_db;
    std::unique_ptr<db::Connection> m_admin;
    QString m_owner;

    // Products P-1..P-3 with 10 each, Shopee enabled with a buffer of 2 and everything pushed.
    void freshShop()
    {
        m_db = TestCluster::instance().freshDatabase();
        m_admin = connectOrDie(m_db);
        m_owner = loginAs(*m_admin, m_db, QStringLiteral("backroom_owner"));
        must(*m_admin, "INSERT INTO bin (code, zone, pick_seq) VALUES ('A-01', 'A', 1)");
        must(*m_admin, "INSERT INTO product (sku, name, price_satang) SELECT 'P-' || g, 'Product ' || g, 10000 "
                       "FROM generate_series(1, 3) g");
        must(*m_admin, "INSERT INTO stock (product_id, bin_id, on_hand) SELECT p.id, b.id, 10 FROM product p, bin b");
        must(*m_admin, "SELECT channel_configure('shopee', true, 2, 'http://127.0.0.1:1', '1', '2')");
        ackAll(*m_admin, "shopee");
    }

private slots:
    void cardsAndTableShowQueueErrorsAndDrift()
    {
        freshShop();
        // P-2 sells 3: queued for Shopee, which still shows 8 and should show 5. One push of it fails.
        must(*m_admin, "UPDATE backroom_data.stock SET on_hand = 7 WHERE product_id = (SELECT id FROM product WHERE sku = 'P-2')");
        must(*m_admin, "SELECT channel_record_push('shopee', x.product_id, x.seq, x.lease_token, x.target_qty, false, "
                       "'HTTP 500 from the stand-in', 40) FROM channel_claim('shopee', 'test-worker', 10, 60) x");
        QCOMPARE(queueDepth(*m_admin, "shopee"), 1);

        Screen s(m_owner);
        ChannelCard *shopee = s.screen.card(QStringLiteral("shopee"));
        QVERIFY(shopee);
        QVERIFY(s.screen.card(QStringLiteral("lazada")));
        QVERIFY(s.screen.card(QStringLiteral("web")));
        QCOMPARE(shopee->bufferBox()->value(), 2);
        QVERIFY(shopee->enabledBox()->isChecked());
        QVERIFY(!s.screen.card(QStringLiteral("lazada"))->enabledBox()->isChecked());
        QVERIFY2(s.figure(QStringLiteral("shopee"), "queue").contains(QLatin1String("1 ")), qPrintable(s.figure(QStringLiteral("shopee"), "queue")));
        QCOMPARE(s.figure(QStringLiteral("shopee"), "lastHour"), QStringLiteral("pushes: 3, errors: 1"));
        QVERIFY(s.figure(QStringLiteral("shopee"), "lastError").contains(QLatin1String("HTTP 500 from the stand-in")));
        QVERIFY(s.figure(QStringLiteral("shopee"), "lastPush").contains(QLatin1String("ago")));
        QVERIFY(s.figure(QStringLiteral("shopee"), "lag") != QStringLiteral("in sync"));
        QVERIFY(s.figure(QStringLiteral("shopee"), "breaker").contains(QLatin1String("serve")));   // none publishes
        QVERIFY(shopee->needsAttention());   // an error in the last hour

        // The product table: P-2 drifts (colour and a text marker), P-1 agrees.
        DriftModel *m = s.screen.driftModel();
        QCOMPARE(m->rowCount(), 3);
        QCOMPARE(m->rowOf(QStringLiteral("P-2")), 0);   // drifting first
        const QString p2 = s.cell(QStringLiteral("P-2"), QStringLiteral("shopee"));
        QVERIFY2(p2.contains(QStringLiteral("⚠")) && p2.contains(QLatin1String("8")) && p2.contains(QLatin1String("should be 5"))
                     && p2.contains(QLatin1String("queued")),
                 qPrintable(p2));
        const QModelIndex p2Cell = m->index(0, m->columnOf(QStringLiteral("shopee")));
        QVERIFY(p2Cell.data(DriftModel::DriftingRole).toBool());
        QVERIFY(p2Cell.data(Qt::BackgroundRole).isValid());
        QCOMPARE(m->index(0, DriftModel::Available).data().toInt(), 7);
        QCOMPARE(s.cell(QStringLiteral("P-1"), QStringLiteral("shopee")), QStringLiteral("8"));
        QVERIFY(!m->index(m->rowOf(QStringLiteral("P-1")), m->columnOf(QStringLiteral("shopee"))).data(Qt::BackgroundRole).isValid());
        QCOMPARE(m->columnOf(QStringLiteral("lazada")), -1);   // disabled: not in the table

        s.screen.driftingOnlyBox()->setChecked(true);
        QCOMPARE(m->rowCount(), 1);
        QCOMPARE(m->index(0, DriftModel::Sku).data().toString(), QStringLiteral("⚠ P-2"));
        s.screen.driftingOnlyBox()->setChecked(false);

        // Keyboard: arrows move in the table, and the place survives the next reading.
        QTableView *view = s.screen.driftView();
        view->setFocus();
        view->setCurrentIndex(m->index(0, 0));
        QTest::keyClick(view, Qt::Key_Down);
        QCOMPARE(view->currentIndex().row(), 1);
        const QString skuThere = m->index(1, DriftModel::Sku).data().toString();
        s.readAgain();
        QCOMPARE(m->index(view->currentIndex().row(), DriftModel::Sku).data().toString(), skuThere);

        // The push succeeds: the drift and the queue go, live.
        ackAll(*m_admin, "shopee");
        s.readAgain();
        QCOMPARE(s.cell(QStringLiteral("P-2"), QStringLiteral("shopee")), QStringLiteral("5"));
        QCOMPARE(s.figure(QStringLiteral("shopee"), "lag"), QStringLiteral("in sync"));
        QCOMPARE(m->driftingProducts(), 0);
        QVERIFY(s.screen.lagChart()->series(QStringLiteral("shopee"), QStringLiteral("p95")));
        QVERIFY(s.screen.lagChart()->series(QStringLiteral("shopee"), QStringLiteral("p95"))->count() >= 1);
        QVERIFY(!s.screen.messageLabel()->isVisible());

        // One more drifting product for the picture.
        must(*m_admin, "UPDATE backroom_data.stock SET on_hand = 4 WHERE product_id = (SELECT id FROM product WHERE sku = 'P-3')");
        s.readAgain();
        QVERIFY(s.screen.grab().save(screenshotPath(QStringLiteral("channels-screen.png"))));
    }

    void refreshesOnStockNotification()
    {
        freshShop();
        Screen s(m_owner);
        s.screen.setRefreshInterval(3600 * 1000);   // only the notification can bring the change in time
        s.screen.hide();
        s.screen.show();                             // restarts the timer with the long interval
        QSignalSpy refreshed(&s.screen, &ChannelsScreen::refreshed);
        QVERIFY(refreshed.wait(10000));              // the reading on show
        QCOMPARE(s.screen.driftModel()->driftingProducts(), 0);
        must(*m_admin, "UPDATE backroom_data.stock SET on_hand = 1 WHERE product_id = (SELECT id FROM product WHERE sku = 'P-1')");
        must(*m_admin, "NOTIFY stock_changed");
        QTRY_COMPARE_WITH_TIMEOUT(s.screen.driftModel()->driftingProducts(), 1, 10000);
    }

    void bufferSetThroughTheCardIsWritten()
    {
        freshShop();
        Screen s(m_owner);
        ChannelCard *shopee = s.screen.card(QStringLiteral("shopee"));
        QSignalSpy done(&s.screen, &ChannelsScreen::actionDone);

        // Asked and declined: nothing changes.
        s.confirmAnswer = false;
        shopee->bufferBox()->setValue(3);
        shopee->setBufferButton()->click();
        QCOMPARE(s.questions, 1);
        QCOMPARE(scalar(*m_admin, "SELECT buffer_qty FROM channel WHERE name = 'shopee'"), 2);

        s.confirmAnswer = true;
        shopee->bufferBox()->setValue(3);
        shopee->setBufferButton()->click();
        QVERIFY(done.wait(10000));
        QCOMPARE(done.last().at(1).toBool(), true);
        QCOMPARE(scalar(*m_admin, "SELECT buffer_qty FROM channel WHERE name = 'shopee'"), 3);
        QCOMPARE(queueDepth(*m_admin, "shopee"), 3);   // a new buffer pushes every product again
        QTRY_VERIFY_WITH_TIMEOUT(shopee->findChild<QLabel *>(QStringLiteral("cardMessage"))->text().contains(QLatin1String("3")), 5000);
        s.readAgain();
        QVERIFY(s.cell(QStringLiteral("P-1"), QStringLiteral("shopee")).contains(QLatin1String("should be 7")));

        // The box cannot go out of range, and core refuses one anyway without asking the database.
        shopee->bufferBox()->setValue(-5);
        QCOMPARE(shopee->bufferBox()->value(), 0);
        shopee->bufferBox()->setValue(channels::kMaxBufferQty + 1);
        QCOMPARE(shopee->bufferBox()->value(), channels::kMaxBufferQty);
        auto owner = connectOrDie(m_owner);
        auto refused = channels::configureChannel(*owner, {QStringLiteral("shopee"), std::nullopt, -1});
        QVERIFY(!refused);
        QCOMPARE(refused.error().kind, Error::Kind::BadInput);
        QVERIFY(!channels::bufferQtyProblem(-1).isEmpty());
        QVERIFY(channels::bufferQtyProblem(0).isEmpty());
    }

    void disablingAsksAndDropsTheQueue()
    {
        freshShop();
        must(*m_admin, "UPDATE backroom_data.stock SET on_hand = 6");
        QCOMPARE(queueDepth(*m_admin, "shopee"), 3);
        Screen s(m_owner);
        QSignalSpy done(&s.screen, &ChannelsScreen::actionDone);
        QCheckBox *enabled = s.screen.card(QStringLiteral("shopee"))->enabledBox();

        s.confirmAnswer = false;
        enabled->click();
        QCOMPARE(s.questions, 1);
        QVERIFY(enabled->isChecked());   // the database decides, and it was not asked
        QCOMPARE(scalar(*m_admin, "SELECT enabled::int FROM channel WHERE name = 'shopee'"), 1);

        s.confirmAnswer = true;
        enabled->click();
        QVERIFY(done.wait(10000));
        QCOMPARE(scalar(*m_admin, "SELECT enabled::int FROM channel WHERE name = 'shopee'"), 0);
        QCOMPARE(queueDepth(*m_admin, "shopee"), 0);
        QTRY_VERIFY_WITH_TIMEOUT(!enabled->isChecked(), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(s.figure(QStringLiteral("shopee"), "state").contains(QLatin1String("Disabled")), 10000);
    }

    void resyncQueuesFollowsTheDrainAndCancelStops()
    {
        freshShop();
        must(*m_admin, "SELECT channel_configure('lazada', true, 0, 'http://127.0.0.1:1', NULL, 'k')");
        ackAll(*m_admin, "lazada");
        Screen s(m_owner);
        s.readAgain();   // both marketplaces enabled
        QCOMPARE(queueDepth(*m_admin, "shopee"), 0);
        QCOMPARE(queueDepth(*m_admin, "lazada"), 0);

        // Cancel while the first batch (one product) is being queued: no further batch is queued, and the
        // product of that batch is queued for both channels of the run (nothing half-written).
        s.screen.setResyncBatchSize(1);
        QSignalSpy ended(&s.screen, &ChannelsScreen::resyncEnded);
        s.screen.resyncAllButton()->click();
        QCOMPARE(s.questions, 1);
        QVERIFY(s.screen.resyncRunning());
        QVERIFY(s.screen.cancelButton()->isVisible());
        QVERIFY(!s.screen.resyncAllButton()->isEnabled());
        s.screen.cancelButton()->click();
        QVERIFY(ended.wait(10000));
        QCOMPARE(ended.last().at(0).toBool(), true);
        QCOMPARE(queueDepth(*m_admin, "shopee"), 1);   // the first product only ...
        QCOMPARE(queueDepth(*m_admin, "lazada"), 1);
        QCOMPARE(scalar(*m_admin, "SELECT count(*) FROM channel_outbox o JOIN product p ON p.id = o.product_id "
                                  "WHERE p.sku = 'P-1'"), 2);   // ... for both channels
        QVERIFY2(s.screen.resyncStatus()->text().contains(QLatin1String("Cancelled: 1 of 3")),
                 qPrintable(s.screen.resyncStatus()->text()));
        QVERIFY(!s.screen.cancelButton()->isVisible());
        ackAll(*m_admin, "shopee");
        ackAll(*m_admin, "lazada");

        // A whole run in batches of 2: every product for both, progress follows the queue as it drains.
        s.screen.setResyncBatchSize(2);
        QSignalSpy queued(&s.screen, &ChannelsScreen::resyncQueued);
        s.screen.startResync({});
        QVERIFY(queued.wait(10000));
        QCOMPARE(queued.last().at(0).toInt(), 6);
        QCOMPARE(queueDepth(*m_admin, "shopee"), 3);
        QCOMPARE(queueDepth(*m_admin, "lazada"), 3);
        QCOMPARE(s.screen.resyncProgress()->maximum(), 6);
        s.readAgain();
        QCOMPARE(s.screen.resyncProgress()->value(), 0);
        QVERIFY(s.screen.resyncRunning());
        ackAll(*m_admin, "shopee");
        s.readAgain();
        QCOMPARE(s.screen.resyncProgress()->value(), 3);
        ackAll(*m_admin, "lazada");
        QVERIFY(ended.wait(10000));
        QCOMPARE(ended.last().at(0).toBool(), false);
        QVERIFY(s.screen.resyncStatus()->text().contains(QLatin1String("done")));
        QVERIFY(s.screen.resyncAllButton()->isEnabled());

        // One channel from its card; Cancel while following leaves the queue to `serve`.
        s.screen.card(QStringLiteral("lazada"))->resyncButton()->click();
        QVERIFY(queued.wait(10000));
        QCOMPARE(queued.last().at(0).toInt(), 3);
        QCOMPARE(queueDepth(*m_admin, "shopee"), 0);
        s.screen.cancelButton()->click();
        QVERIFY(!s.screen.resyncRunning());
        QCOMPARE(ended.last().at(0).toBool(), true);
        QCOMPARE(queueDepth(*m_admin, "lazada"), 3);
    }

    // The tab has a capability of its own: owners (and admins) only; Health's capability alone does not show it.
    void channelsTabIsForOwnersOnly()
    {
        freshShop();
        using security::Capability;
        using security::JobRole;
        for (JobRole role : {JobRole::Staff, JobRole::Warehouse, JobRole::Store, JobRole::None})
            QVERIFY(!(security::SessionInfo{QStringLiteral("x"), role}.can(Capability::ManageChannels)));
        QVERIFY((security::SessionInfo{QStringLiteral("o"), JobRole::Owner}.can(Capability::ManageChannels)));
        QVERIFY((security::SessionInfo{QStringLiteral("a"), JobRole::Admin}.can(Capability::ManageChannels)));

        MainWindow window(m_owner);
        QVERIFY(window.channelsScreen());
        const int tab = window.tabs()->indexOf(window.channelsScreen());
        QVERIFY(tab >= 0);
        window.applyCapabilities([](Capability c) { return c == Capability::ViewHealth; });
        QVERIFY(!window.tabs()->isTabVisible(tab));
        window.applyCapabilities([](Capability c) { return c == Capability::ManageChannels; });
        QVERIFY(window.tabs()->isTabVisible(tab));
        const security::SessionInfo staff{QStringLiteral("s"), JobRole::Staff};
        window.applyCapabilities([staff](Capability c) { return staff.can(c); });
        QVERIFY(!window.tabs()->isTabVisible(tab));
    }

    // channel_resync_batch refuses what makes no sense and walks the products in id order.
    void resyncBatchesWalkTheProducts()
    {
        freshShop();
        auto owner = connectOrDie(m_owner);
        auto first = channels::resyncBatch(*owner, QStringLiteral("shopee"), 0, 2);
        QVERIFY(first);
        QVERIFY(first->lastProduct);
        QCOMPARE(first->queued, 2);
        QCOMPARE(first->productsDone, 2);
        QCOMPARE(first->productsTotal, 3);
        auto second = channels::resyncBatch(*owner, QStringLiteral("shopee"), *first->lastProduct, 2);
        QVERIFY(second);
        QCOMPARE(second->queued, 1);
        QCOMPARE(second->productsDone, 3);
        auto last = channels::resyncBatch(*owner, QStringLiteral("shopee"), *second->lastProduct, 2);
        QVERIFY(last);
        QVERIFY(!last->lastProduct);
        QCOMPARE(queueDepth(*m_admin, "shopee"), 3);
        QCOMPARE(channels::resyncBatch(*owner, QStringLiteral("ebay"), 0, 2).error().kind, Error::Kind::BadInput);
        QCOMPARE(channels::resyncBatch(*owner, QStringLiteral("shopee"), 0, 0).error().kind, Error::Kind::BadInput);
        const QString store = loginAs(*m_admin, m_db, QStringLiteral("backroom_store"));
        auto storeConn = connectOrDie(store);
        QCOMPARE(channels::resyncBatch(*storeConn, QString(), 0, 2).error().kind, Error::Kind::Permission);
    }

    void nonOwnerSeesTheRefusalNotACrash()
    {
        freshShop();
        const QString store = loginAs(*m_admin, m_db, QStringLiteral("backroom_store"));
        Screen s(store);
        QVERIFY(s.screen.messageLabel()->isVisible());
        QVERIFY2(s.screen.messageLabel()->text().contains(QLatin1String("owner")), qPrintable(s.screen.messageLabel()->text()));
        QVERIFY(!s.screen.card(QStringLiteral("shopee")));

        QSignalSpy done(&s.screen, &ChannelsScreen::actionDone);
        s.screen.applyBuffer(QStringLiteral("shopee"), 5);
        QVERIFY(done.wait(10000));
        QCOMPARE(done.last().at(1).toBool(), false);
        QVERIFY(s.screen.messageLabel()->text().contains(QLatin1String("owner")));
        QCOMPARE(scalar(*m_admin, "SELECT buffer_qty FROM channel WHERE name = 'shopee'"), 2);

        QSignalSpy ended(&s.screen, &ChannelsScreen::resyncEnded);
        s.screen.startResync(QStringLiteral("shopee"));
        QVERIFY(ended.wait(10000));
        QVERIFY(s.screen.resyncStatus()->text().contains(QLatin1String("failed")));
        QCOMPARE(queueDepth(*m_admin, "shopee"), 0);
    }
};

QTEST_MAIN(TestChannelsUi)
#include "tst_channelsui.moc"
