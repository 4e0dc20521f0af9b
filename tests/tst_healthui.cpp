// The health screen's components panel on a real PostgreSQL (ui/health/componentssection.h): cards for
// the components two fake `serve` instances publish through core's HealthPublisher, a breaker going OPEN
// turning its card red live (NOTIFY), a stale instance grey with its age, the chart getting samples, an
// operator action confirmed in the dialog reaching a real breaker through an in-process HealthCommands
// listener (migration 008) and the real `backroom serve`, a refused action for a non-owner login, and the
// screens' DbGate breaker driven by a ManualClock. No sleeps: QTRY_* and QSignalSpy::wait.
#include "db/asyncdb.h"
#include "db/connection.h"
#include "db/notifylistener.h"
#include "dbgate.h"
#include "health/componentcard.h"
#include "health/componentssection.h"
#include "net/clock.h"
#include "resilience/circuitbreaker.h"
#include "resilience/componenthealth.h"
#include "resilience/healthcommands.h"
#include "resilience/healthpublisher.h"
#include "resilience/healthregistry.h"
#include "resilience/scheduler.h"
#include "screenshots.h"
#include "testdb.h"

#include <QApplication>
#include <QLabel>
#include <QLineSeries>
#include <QMessageBox>
#include <QProcess>
#include <QPushButton>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTcpServer>
#include <QtTest>

using namespace backroom;
using namespace backroom::resilience;
using namespace backroom::ui;
using namespace std::chrono_literals;
using backroom::test::TestCluster;
using backroom::test::connectOrDie;
using backroom::test::must;
using backroom::test::screenshotPath;

namespace {

int g_logins = 0;

QString loginAs(db::Connection &admin, const QString &conninfo, const QString &group)
{
    const QString name = QStringLiteral("thu%1_%2").arg(QCoreApplication::applicationPid()).arg(++g_logins);
    must(admin, QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE %2").arg(name, group).toUtf8().constData());
    QString out = conninfo;
    out.replace(QRegularExpression(QStringLiteral("user=\\S+")), QStringLiteral("user=") + name);
    return out;
}

HealthPublisher::Config quickConfig(const QString &conninfo, const QString &version)
{
    HealthPublisher::Config c;
    c.conninfo = conninfo;
    c.instance = HealthInstance::current(version);
    c.stateChangeGap = 20ms;
    c.figuresInterval = 50ms;
    c.heartbeatInterval = 60s;
    c.sampleInterval = 20ms;
    c.reconnectMin = 20ms;
    c.reconnectMax = 200ms;
    return c;
}

ComponentSnapshot fixedComponent(const QString &name, ComponentKind kind, const QString &state)
{
    ComponentSnapshot s;
    s.name = name;
    s.kind = kind;
    s.state = state;
    s.calls = 12;
    s.failureRate = 0;
    s.p95Ms = 4.5;
    s.stateSince = QDateTime::currentDateTimeUtc().addSecs(-90);
    return s;
}

CircuitBreakerConfig gatewayConfig()
{
    CircuitBreakerConfig c;
    c.slidingWindowSize = 4;
    c.minimumNumberOfCalls = 2;
    c.breakDuration = CircuitBreakerConfig::fixedBreak(10min);   // stays OPEN for the whole test
    return c;
}

// One fake `serve` instance: a registry with a real breaker "gateway:sandbox-a" (A) or fixed components
// (B), published by a real HealthPublisher as a store login.
struct FakeInstance {
    HealthRegistry registry;
    std::unique_ptr<CircuitBreaker> breaker;
    std::unique_ptr<HealthPublisher> publisher;

    void start(const QString &conninfo, const QString &version)
    {
        publisher = std::make_unique<HealthPublisher>(registry, quickConfig(conninfo, version));
        publisher->start();
    }
    QString id() const { return publisher->instance().id; }
    ~FakeInstance()
    {
        publisher.reset();   // stops reading the providers first
        if (breaker)
            registry.remove(breaker->name());
    }
};

// The window's side: an owner's AsyncDb, DbGate and NotifyListener, and the section under test.
struct Screen {
    db::AsyncDb db;
    DbGate gate;
    db::NotifyListener listener;
    ComponentsSection section;

    explicit Screen(const QString &conninfo, net::Clock &clock = net::Clock::system())
        : db(conninfo),
          gate(&db),
          listener(conninfo, {QStringLiteral("component_health"), QStringLiteral("health_command_done")}),
          section(&gate, &listener, nullptr, clock)
    {
        QSignalSpy listening(&listener, &db::NotifyListener::listening);
        listener.start();
        if (!listening.wait(10000))
            qFatal("the listener did not start");
        section.resize(1200, 900);
        section.show();
    }
    ComponentCard *card(const QString &instance, const QString &component) const
    {
        return section.card(instance + QLatin1Char('/') + component);
    }
};

// Clicks the button named `button` of the confirmation dialog as soon as it is shown.
void answerConfirmation(const char *button)
{
    QTimer::singleShot(0, [button] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box) {
            answerConfirmation(button);   // not shown yet: look again on the next turn
            return;
        }
        QCOMPARE(box->objectName(), QStringLiteral("healthActionConfirm"));
        if (qstrcmp(button, "cancel") == 0)
            box->button(QMessageBox::Cancel)->click();
        else
            box->findChild<QPushButton *>(QLatin1String(button))->click();
    });
}

struct Answer {
    bool done = false;
    Result<int> value = 0;
};

} // namespace

class TestHealthUi : public QObject {
    Q_OBJECT

private:
    QString m_db;
    std::unique_ptr<db::Connection> m_admin;
    QString m_owner;
    QString m_store;
    QString m_staff;

    void freshShop()
    {
        m_db = TestCluster::instance().freshDatabase();
        m_admin = connectOrDie(m_db);
        m_owner = loginAs(*m_admin, m_db, QStringLiteral("backroom_owner"));
        m_store = loginAs(*m_admin, m_db, QStringLiteral("backroom_store"));
        m_staff = loginAs(*m_admin, m_db, QStringLiteral("backroom_staff"));
    }

    void startInstances(FakeInstance &a, FakeInstance &b)
    {
        a.breaker = std::make_unique<CircuitBreaker>(QStringLiteral("gateway:sandbox-a"), gatewayConfig());
        CircuitBreaker *breaker = a.breaker.get();
        HealthRegistry *registry = &a.registry;
        a.registry.add(breaker->name(), [breaker] { return breakerComponentSnapshot(*breaker, ComponentKind::Gateway); });
        a.breaker->addListener([registry](const CircuitBreaker::Event &e) {
            if (e.type == CircuitBreaker::Event::Type::StateTransition || e.type == CircuitBreaker::Event::Type::Reset)
                registry->announceChange();
        });
        a.registry.add(QStringLiteral("serve"), [] { return fixedComponent(QStringLiteral("serve"), ComponentKind::Serve, QStringLiteral("UP")); });
        b.registry.add(QStringLiteral("serve"), [] { return fixedComponent(QStringLiteral("serve"), ComponentKind::Serve, QStringLiteral("UP")); });
        b.registry.add(QStringLiteral("bulkhead:browse"),
                       [] { return fixedComponent(QStringLiteral("bulkhead:browse"), ComponentKind::Bulkhead, QStringLiteral("UP")); });
        a.start(m_store, QStringLiteral("A"));
        b.start(m_store, QStringLiteral("B"));
    }

private slots:
    void cardsAppearTurnRedLiveAndChart()
    {
        freshShop();
        FakeInstance a, b;
        startInstances(a, b);
        net::ManualClock clock(QDateTime::currentDateTimeUtc());   // when the screen takes its samples
        Screen screen(m_owner, clock);
        screen.section.refresh();

        // Every published component of both instances gets a card, and the window's own breaker one.
        QTRY_VERIFY_WITH_TIMEOUT(screen.card(a.id(), QStringLiteral("gateway:sandbox-a")), 10000);
        QTRY_VERIFY(screen.card(a.id(), QStringLiteral("serve")));
        QTRY_VERIFY(screen.card(b.id(), QStringLiteral("serve")));
        QTRY_VERIFY(screen.card(b.id(), QStringLiteral("bulkhead:browse")));
        QVERIFY(screen.section.card(screen.section.localKey()));
        QCOMPARE(screen.section.card(screen.section.localKey())->stateLabel()->text(), QStringLiteral("CLOSED"));
        ComponentCard *gateway = screen.card(a.id(), QStringLiteral("gateway:sandbox-a"));
        QCOMPARE(gateway->tone(), HealthTone::Good);
        QCOMPARE(gateway->stateLabel()->text(), QStringLiteral("CLOSED"));
        QVERIFY(gateway->actionButton(HealthAction::ForceOpen)->isVisibleTo(gateway));
        QVERIFY(!screen.card(b.id(), QStringLiteral("bulkhead:browse"))->actionButton(HealthAction::ForceOpen)->isVisibleTo(gateway));

        // The gateway fails twice: the breaker opens, the publisher writes, NOTIFY, the card turns red.
        // Nothing else refreshes the section (no timer here): only the notification can do it.
        for (int i = 0; i < 2; ++i) {
            auto admission = a.breaker->tryAcquirePermission();
            QVERIFY(bool(admission));
            admission.permission().onError(5ms, QStringLiteral("sandbox-a: connection refused"));
        }
        QCOMPARE(a.breaker->state(), BreakerState::Open);
        QTRY_COMPARE_WITH_TIMEOUT(gateway->stateLabel()->text(), QStringLiteral("OPEN"), 10000);
        QCOMPARE(gateway->tone(), HealthTone::Bad);
        QVERIFY(gateway->figuresLabel()->text().contains(QStringLiteral("100.0 %")));
        QVERIFY(gateway->findChild<QLabel *>(QStringLiteral("componentLastError"))->text().contains(QStringLiteral("connection refused")));

        // The chart has a sample per reading (at most one per 2 s): a refresh 3 s later adds a point.
        const int before = int(gateway->failureRateSeries()->count());
        QVERIFY(before >= 1);
        QSignalSpy refreshed(&screen.section, &HealthSection::refreshed);
        clock.advance(3s);
        screen.section.refresh();
        QVERIFY(refreshed.wait(10000));
        QTRY_VERIFY(gateway->failureRateSeries()->count() > before);
        QCOMPARE(gateway->failureRateSeries()->at(gateway->failureRateSeries()->count() - 1).y(), 100.0);
        QVERIFY(gateway->p95Series()->count() >= 1);
        QVERIFY(screen.section.grab().save(screenshotPath(QStringLiteral("health-components.png"))));

        // The grid reflows with the width: three cards a row at 1200 px, one column when narrow.
        auto columnsInUse = [&screen] {
            QSet<int> xs;
            for (ComponentCard *c : screen.section.cards())
                xs.insert(c->x());
            return xs.size();
        };
        QTRY_COMPARE(columnsInUse(), 3);
        screen.section.resize(420, 900);
        QTRY_COMPARE(columnsInUse(), 1);
    }

    void staleInstanceIsGreyWithItsAge()
    {
        freshShop();
        FakeInstance a, b;
        startInstances(a, b);
        Screen screen(m_owner);
        screen.section.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(screen.card(b.id(), QStringLiteral("serve")), 10000);
        const QString bId = b.id();
        b.publisher.reset();   // instance B stops; its last heartbeat was five minutes ago (heartbeat every 60 s: stale after 3)
        must(*m_admin, "UPDATE backroom_data.health_instance SET heartbeat_at = now() - interval '5 minutes' "
                       "WHERE instance_id = $1", {bId});
        screen.section.refresh();   // (a reading already under way is followed by another)
        ComponentCard *serveB = screen.card(bId, QStringLiteral("serve"));
        QVERIFY(serveB);
        QTRY_COMPARE_WITH_TIMEOUT(serveB->tone(), HealthTone::Stale, 10000);
        QVERIFY(serveB->staleLabel()->isVisibleTo(serveB));
        QVERIFY2(serveB->staleLabel()->text().contains(QStringLiteral("No heartbeat since"))
                     && serveB->staleLabel()->text().contains(QStringLiteral("5 min")),
                 qPrintable(serveB->staleLabel()->text()));
        QCOMPARE(serveB->stateLabel()->text(), QStringLiteral("UP (stale)"));
        // A is still alive and green.
        QCOMPARE(screen.card(a.id(), QStringLiteral("serve"))->tone(), HealthTone::Good);
        QVERIFY(screen.section.needsAttention());
        QVERIFY(screen.section.grab().save(screenshotPath(QStringLiteral("health-stale.png"))));
    }

    void operatorActionReachesTheBreaker()
    {
        freshShop();
        FakeInstance a, b;
        startInstances(a, b);
        BreakerDirectory breakers;
        breakers.registerBreaker(a.breaker->name(), a.breaker.get());
        HealthCommands commands(breakers, {m_store, a.id(), 60s});
        QSignalSpy applied(&commands, &HealthCommands::applied);
        commands.start();

        Screen screen(m_owner);
        screen.section.refresh();
        QTRY_VERIFY_WITH_TIMEOUT(screen.card(a.id(), QStringLiteral("gateway:sandbox-a")), 10000);
        ComponentCard *gateway = screen.card(a.id(), QStringLiteral("gateway:sandbox-a"));

        // Cancel: nothing is asked.
        QSignalSpy requested(&screen.section, &ComponentsSection::actionRequested);
        answerConfirmation("cancel");
        gateway->actionButton(HealthAction::ForceOpen)->click();
        QCOMPARE(requested.count(), 0);
        QCOMPARE(a.breaker->state(), BreakerState::Closed);

        // Confirmed: the command reaches the breaker in "instance A" and the card follows.
        answerConfirmation("confirmHealthAction");
        gateway->actionButton(HealthAction::ForceOpen)->click();
        QTRY_COMPARE_WITH_TIMEOUT(requested.count(), 1, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(a.breaker->state(), BreakerState::ForcedOpen, 10000);
        QTRY_COMPARE(applied.count(), 1);
        QTRY_COMPARE_WITH_TIMEOUT(gateway->stateLabel()->text(), QStringLiteral("FORCED_OPEN"), 10000);
        QCOMPARE(gateway->tone(), HealthTone::Bad);
        QTRY_VERIFY(gateway->actionMessageLabel()->text().contains(QStringLiteral("CLOSED -> FORCED_OPEN")));
        QVERIFY(a.breaker->metrics().lastTransitionReason.contains(m_owner.section(QStringLiteral("user="), 1).section(QLatin1Char(' '), 0, 0)));

        // Close it again from the screen.
        answerConfirmation("confirmHealthAction");
        gateway->actionButton(HealthAction::Close)->click();
        QTRY_COMPARE_WITH_TIMEOUT(a.breaker->state(), BreakerState::Closed, 10000);
        QTRY_COMPARE_WITH_TIMEOUT(gateway->stateLabel()->text(), QStringLiteral("CLOSED"), 10000);
        QCOMPARE(gateway->tone(), HealthTone::Good);

        // The queue records who asked and what happened.
        auto owner = connectOrDie(m_owner);
        auto recorded = readHealthCommands(*owner, a.id());
        QVERIFY(recorded);
        QCOMPARE(recorded->size(), 2);
        QCOMPARE(recorded->at(0).action, HealthAction::Close);
        QCOMPARE(recorded->at(0).succeeded, std::optional<bool>(true));
        QCOMPARE(recorded->at(1).action, HealthAction::ForceOpen);
        QVERIFY(recorded->at(1).doneAt.isValid());

        // A breaker the instance does not have: recorded as not applied, shown on the card.
        auto id = requestHealthCommand(*owner, a.id(), QStringLiteral("gateway:nowhere"), HealthAction::Reset);
        QVERIFY(id);
        QTRY_COMPARE(applied.count(), 3);
        QCOMPARE(applied.last().at(0).value<HealthCommand>().succeeded, std::optional<bool>(false));

        // Another store login may not claim A's commands.
        auto otherStore = connectOrDie(loginAs(*m_admin, m_db, QStringLiteral("backroom_store")));
        auto stolen = claimHealthCommands(*otherStore, a.id());
        QVERIFY(!stolen);
        QCOMPARE(stolen.error().kind, Error::Kind::Permission);
        QVERIFY(screen.section.grab().save(screenshotPath(QStringLiteral("health-action.png"))));
    }

    void actionOnTheWindowsOwnBreaker()
    {
        freshShop();
        Screen screen(m_owner);
        ComponentCard *local = screen.section.card(screen.section.localKey());
        QVERIFY(local);
        answerConfirmation("confirmHealthAction");
        local->actionButton(HealthAction::ForceOpen)->click();
        QCOMPARE(screen.gate.breaker().state(), BreakerState::ForcedOpen);
        QTRY_COMPARE(local->stateLabel()->text(), QStringLiteral("FORCED_OPEN"));
        QVERIFY(screen.gate.isDown());
        // The screens' jobs are now refused at once.
        Answer answer;
        screen.gate.run<Result<int>>(&screen.section, [](db::Connection &) { return Result<int>(1); },
                                     [&answer](Result<int> r) { answer = {true, r}; });
        QTRY_VERIFY(answer.done);
        QVERIFY(!answer.value);
        QVERIFY(answer.value.error().message.contains(QStringLiteral("switched off")));
        screen.section.requestAction(screen.section.localKey(), HealthAction::Reset);
        QCOMPARE(screen.gate.breaker().state(), BreakerState::Closed);
    }

    void nonOwnerIsRefusedByTheDatabase()
    {
        freshShop();
        FakeInstance a, b;
        startInstances(a, b);
        auto owner = connectOrDie(m_owner);
        // Wait until A published, then show what the owner reads on a staff login's screen.
        QList<ComponentHealthRow> rows;
        QTRY_VERIFY_WITH_TIMEOUT((rows = *readComponentHealth(*owner)).size() >= 3, 10000);

        Screen screen(m_staff);
        QSignalSpy refreshed(&screen.section, &HealthSection::refreshed);
        screen.section.refresh();
        QVERIFY(refreshed.wait(10000));
        QVERIFY(screen.section.messageLabel()->isVisibleTo(&screen.section));
        QVERIFY(screen.section.messageLabel()->text().contains(QStringLiteral("owner")));

        screen.section.model()->setPublished(rows, QDateTime::currentDateTimeUtc());
        const QString key = a.id() + QStringLiteral("/gateway:sandbox-a");
        QVERIFY(screen.section.card(key));
        QSignalSpy refused(&screen.section, &ComponentsSection::actionRefused);
        screen.section.requestAction(key, HealthAction::ForceOpen);
        QVERIFY(refused.wait(10000));
        QVERIFY(screen.section.card(key)->actionMessageLabel()->text().startsWith(QStringLiteral("Refused")));
        QCOMPARE(must(*m_admin, "SELECT count(*) FROM backroom_data.health_command").toInt(0, 0), 0);
        QCOMPARE(a.breaker->state(), BreakerState::Closed);
    }

    void realServeAppliesCommands()
    {
        // `backroom serve` runs HealthCommands for its instance: a command for a breaker it does not have
        // comes back "not applied" with the reason, through the real process and the real queue.
        freshShop();
        QTcpServer probe;
        QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
        const quint16 port = probe.serverPort();
        probe.close();
        QProcess serve;
        auto env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("BACKROOM_DB"), m_store);
        serve.setProcessEnvironment(env);
        serve.start(QStringLiteral(BACKROOM_BIN), {QStringLiteral("serve"), QStringLiteral("--listen"),
                                                   QStringLiteral("127.0.0.1:%1").arg(port)});
        QVERIFY(serve.waitForStarted(30000));
        auto cleanup = qScopeGuard([&serve] {
            serve.terminate();
            serve.waitForFinished(30000);
        });
        auto owner = connectOrDie(m_owner);
        QString instance;
        QTRY_VERIFY_WITH_TIMEOUT(!(instance = must(*owner, "SELECT coalesce(max(instance_id), '') FROM component_health_read()")
                                                  .text(0, 0))
                                      .isEmpty(),
                                 20000);
        auto id = requestHealthCommand(*owner, instance, QStringLiteral("gateway:nowhere"), HealthAction::ForceOpen);
        QVERIFY(id);
        std::optional<HealthCommand> done;
        QTRY_VERIFY_WITH_TIMEOUT(
            [&] {
                auto list = readHealthCommands(*owner, instance);
                if (list && !list->isEmpty() && list->first().succeeded)
                    done = list->first();
                return done.has_value();
            }(),
            20000);
        QCOMPARE(done->succeeded, std::optional<bool>(false));
        QVERIFY2(done->outcome.contains(QStringLiteral("gateway:nowhere")), qPrintable(done->outcome));
    }

    // A real sandbox gateway going down and its card turning OPEN, then CLOSED: tst_payments
    // (sandboxGatewayDownTurnsItsHealthCardOpenThenClosed), where the router and the sandbox are set up.

    void dbGateBreakerWithManualClock()
    {
        // An unreachable server: every job loses the connection, so the breaker's steps are the clock's.
        net::ManualClock clock;
        ManualScheduler scheduler(clock);
        db::AsyncDb dead(QStringLiteral("host=127.0.0.1 port=1 dbname=none user=none connect_timeout=2"));
        DbGate gate(&dead, nullptr, clock, &scheduler);
        QObject context;
        auto runJob = [&gate, &context]() {
            auto answer = std::make_shared<Answer>();
            gate.run<Result<int>>(&context, [](db::Connection &conn) -> Result<int> {
                auto r = conn.exec("SELECT 1");
                if (!r)
                    return r.error();
                return r->toInt(0, 0);
            }, [answer](Result<int> r) { *answer = {true, r}; });
            return answer;
        };

        auto first = runJob();
        QTRY_VERIFY_WITH_TIMEOUT(first->done, 10000);
        QVERIFY(!first->value);
        QCOMPARE(first->value.error().kind, Error::Kind::Connection);
        QCOMPARE(gate.breaker().state(), BreakerState::Open);
        QVERIFY(gate.isDown());

        // While OPEN, jobs are refused at once with when the next try is due.
        auto refused = runJob();
        QTRY_VERIFY(refused->done);
        QVERIFY(refused->value.error().message.contains(QStringLiteral("Next try in 1 second")));

        // After the 1 s break the scheduler moves it to HALF_OPEN on its own: one trial job passes ...
        scheduler.advance(1s);
        QCOMPARE(gate.breaker().state(), BreakerState::HalfOpen);
        QVERIFY(!gate.isDown());
        auto trial = runJob();
        QVERIFY(gate.isDown());   // the trial slot is taken
        auto behind = runJob();   // ... the others are refused, not queued behind it
        QTRY_VERIFY(behind->done);
        QVERIFY(!trial->done || !trial->value);
        QVERIFY(!behind->value);
        QTRY_VERIFY_WITH_TIMEOUT(trial->done, 10000);
        // ... and it failed: OPEN again, with a break twice as long.
        QCOMPARE(gate.breaker().state(), BreakerState::Open);
        QCOMPARE(gate.breaker().metrics().currentBreak, std::chrono::nanoseconds(2s));
        scheduler.advance(1s);
        QCOMPARE(gate.breaker().state(), BreakerState::Open);
        scheduler.advance(1s);
        QCOMPARE(gate.breaker().state(), BreakerState::HalfOpen);
    }

    void dbGateClosesWhenTheConnectionIsBack()
    {
        freshShop();
        net::ManualClock clock;
        ManualScheduler scheduler(clock);
        db::AsyncDb async(m_owner);
        DbGate gate(&async, nullptr, clock, &scheduler);
        QObject context;
        auto pid = std::make_shared<Answer>();
        gate.run<Result<int>>(&context, [](db::Connection &conn) -> Result<int> {
            auto r = conn.exec("SELECT pg_backend_pid()");
            if (!r)
                return r.error();
            return r->toInt(0, 0);
        }, [pid](Result<int> r) { *pid = {true, r}; });
        QTRY_VERIFY_WITH_TIMEOUT(pid->done, 10000);
        QVERIFY(pid->value);
        must(*m_admin, "SELECT pg_terminate_backend($1)", {*pid->value});

        QSignalSpy changed(&gate, &DbGate::breakerStateChanged);
        auto lost = std::make_shared<Answer>();
        gate.run<Result<int>>(&context, [](db::Connection &conn) -> Result<int> {
            auto r = conn.exec("SELECT 1");
            if (!r)
                return r.error();
            return 1;
        }, [lost](Result<int> r) { *lost = {true, r}; });
        QTRY_VERIFY_WITH_TIMEOUT(lost->done, 10000);
        QVERIFY(!lost->value);
        QCOMPARE(gate.breaker().state(), BreakerState::Open);
        // AsyncDb reconnects by itself (real time, its own backoff) and says so: the gate closes.
        QTRY_COMPARE_WITH_TIMEOUT(gate.breaker().state(), BreakerState::Closed, 15000);
        QTRY_VERIFY(changed.count() >= 2);
        QVERIFY(!gate.isDown());
        auto again = std::make_shared<Answer>();
        gate.run<Result<int>>(&context, [](db::Connection &conn) -> Result<int> {
            auto r = conn.exec("SELECT 7");
            if (!r)
                return r.error();
            return r->toInt(0, 0);
        }, [again](Result<int> r) { *again = {true, r}; });
        QTRY_VERIFY_WITH_TIMEOUT(again->done, 10000);
        QCOMPARE(*again->value, 7);
    }
};

QTEST_MAIN(TestHealthUi)
#include "tst_healthui.moc"
