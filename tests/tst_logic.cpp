// Pure-logic tests: clock, scheduler, circuit breaker, retry policy, bulkhead, latency histogram.
// Links backroom_logic only (Qt Core + Test): no GUI, no PostgreSQL, no network; time moves only when a
// test advances a ManualClock, so the whole suite runs in a second or two.
#include "net/clock.h"
#include "resilience/bulkhead.h"
#include "resilience/circuitbreaker.h"
#include "resilience/latencyhistogram.h"
#include "resilience/retry.h"
#include "resilience/scheduler.h"

#include <QRandomGenerator>
#include <QTest>
#include <algorithm>
#include <atomic>
#include <cmath>
#include <map>
#include <thread>

using namespace backroom;
using namespace backroom::resilience;
using namespace std::chrono_literals;
using Event = CircuitBreaker::Event;
using EventType = CircuitBreaker::Event::Type;

namespace {

// Keeps every event a breaker sends; thread-safe so the hammering test can use it too.
class EventLog {
public:
    explicit EventLog(CircuitBreaker &breaker)
    {
        breaker.addListener([this](const Event &e) {
            std::lock_guard lock(m_mutex);
            m_events.push_back(e);
        });
    }
    std::vector<Event> events() const
    {
        std::lock_guard lock(m_mutex);
        return m_events;
    }
    std::vector<Event> ofType(EventType type) const
    {
        std::vector<Event> out;
        for (const Event &e : events())
            if (e.type == type)
                out.push_back(e);
        return out;
    }
    QStringList transitions() const
    {
        QStringList out;
        for (const Event &e : ofType(EventType::StateTransition))
            out << breakerStateName(e.fromState) + QLatin1String("->") + breakerStateName(e.toState);
        return out;
    }

private:
    mutable std::mutex m_mutex;
    std::vector<Event> m_events;
};

// Plays a script of call outcomes into a breaker: S success, F failure, L slow success, I ignored error,
// D a permission dropped without an outcome. Returns what happened to each call: the letter if it was
// let through, R if refused.
QString play(CircuitBreaker &breaker, const QString &script)
{
    QString happened;
    for (QChar c : script) {
        auto admission = breaker.tryAcquirePermission();
        if (!admission) {
            happened += QLatin1Char('R');
            continue;
        }
        auto &p = admission.permission();
        switch (c.toLatin1()) {
        case 'S': p.onSuccess(10ms); break;
        case 'L': p.onSuccess(breaker.config().slowCallDurationThreshold + 1s); break;
        case 'F': p.onError(10ms, QStringLiteral("gateway answered 502")); break;
        case 'I': p.onError(10ms, Error::make(Error::Kind::BadInput, QStringLiteral("card number invalid"))); break;
        case 'D': break;
        default: qFatal("bad script letter");
        }
        happened += c;
    }
    return happened;
}

CircuitBreakerConfig smallCountWindow(int size, int minimum)
{
    CircuitBreakerConfig c;
    c.slidingWindowSize = size;
    c.minimumNumberOfCalls = minimum;
    c.permittedNumberOfCallsInHalfOpenState = 3;
    c.breakDuration = CircuitBreakerConfig::exponentialBreak(10s, 2.0, 2min);
    return c;
}

void openByFailures(CircuitBreaker &breaker)
{
    while (breaker.state() == BreakerState::Closed)
        play(breaker, QStringLiteral("F"));
}

} // namespace

class TestLogic : public QObject {
    Q_OBJECT

private slots:
    // ---- clock and scheduler ---------------------------------------------------------------------

    void manualClockMovesOnlyWhenAdvanced()
    {
        net::ManualClock clock;
        const auto t0 = clock.now();
        const QDateTime u0 = clock.utcNow();
        QCOMPARE(clock.now(), t0);
        clock.advance(1500ms);
        QCOMPARE(clock.now() - t0, net::Clock::Duration(1500ms));
        QCOMPARE(u0.msecsTo(clock.utcNow()), 1500);
        QCOMPARE(clock.utcNow().timeSpec(), Qt::UTC);
    }

    void systemClockNeverGoesBack()
    {
        auto &clock = net::Clock::system();
        auto last = clock.now();
        for (int i = 0; i < 1000; ++i) {
            const auto now = clock.now();
            QVERIFY(now >= last);
            last = now;
        }
        QVERIFY(qAbs(clock.utcNow().msecsTo(QDateTime::currentDateTimeUtc())) < 5000);
    }

    void manualSchedulerRunsDueCallbacksInTimeOrder()
    {
        net::ManualClock clock;
        ManualScheduler scheduler(clock);
        const auto start = clock.now();
        QStringList ran;
        std::vector<net::Clock::Duration> at;
        scheduler.schedule(3s, [&] { ran << QStringLiteral("c"); at.push_back(clock.now() - start); });
        scheduler.schedule(1s, [&] {
            ran << QStringLiteral("a");
            at.push_back(clock.now() - start);
            scheduler.schedule(1s, [&] { ran << QStringLiteral("b"); at.push_back(clock.now() - start); });
        });
        scheduler.advance(500ms);
        QVERIFY(ran.isEmpty());
        QCOMPARE(scheduler.pending(), 2);
        scheduler.advance(10s);
        QCOMPARE(ran, (QStringList{"a", "b", "c"}));
        QCOMPARE(at, (std::vector<net::Clock::Duration>{1s, 2s, 3s}));
        QCOMPARE(clock.now() - start, net::Clock::Duration(10500ms));
        QCOMPARE(scheduler.pending(), 0);
    }

    // ---- latency histogram -----------------------------------------------------------------------

    void histogramPercentilesMatchSortedReference_data()
    {
        QTest::addColumn<QString>("shape");
        QTest::newRow("uniform 1 µs .. 1 s") << "uniform";
        QTest::newRow("log-uniform 1 µs .. 1 h") << "loguniform";
        QTest::newRow("bimodal: fast cache, slow gateway") << "bimodal";
        QTest::newRow("all the same value") << "constant";
        QTest::newRow("few values") << "few";
    }

    void histogramPercentilesMatchSortedReference()
    {
        QFETCH(QString, shape);
        QRandomGenerator random(42);
        const int n = shape == QLatin1String("few") ? 7 : 50000;
        std::vector<qint64> values;
        for (int i = 0; i < n; ++i) {
            qint64 ns = 0;
            if (shape == QLatin1String("uniform"))
                ns = 1000 + qint64(random.bounded(1e9));
            else if (shape == QLatin1String("loguniform"))
                ns = qint64(std::pow(10.0, 3 + random.bounded(9.55)));   // 1 µs .. ~1 h
            else if (shape == QLatin1String("bimodal"))
                ns = i % 10 == 0 ? 2'000'000'000 + qint64(random.bounded(1e9)) : 300'000 + qint64(random.bounded(2e5));
            else if (shape == QLatin1String("constant"))
                ns = 123'456'789;
            else
                ns = qint64(1000) * (i + 1) * 997;
            values.push_back(ns);
        }
        LatencyHistogram h;
        for (qint64 v : values)
            h.record(std::chrono::nanoseconds(v));
        std::sort(values.begin(), values.end());
        QCOMPARE(h.count(), qint64(n));
        QCOMPARE(h.max().count(), values.back());
        QCOMPARE(h.min().count(), values.front());
        for (double p : {1.0, 50.0, 90.0, 95.0, 99.0, 99.9, 100.0}) {
            const qint64 rank = std::max<qint64>(1, qint64(std::ceil(p / 100.0 * n - 1e-9)));
            const qint64 reference = values[size_t(rank - 1)];
            const qint64 got = h.percentile(p).count();
            QVERIFY2(got >= reference && double(got - reference) <= 0.001 * double(reference),
                     qPrintable(QStringLiteral("p%1: histogram %2 ns, sorted array %3 ns").arg(p).arg(got).arg(reference)));
        }
        long double sum = 0;
        for (qint64 v : values)
            sum += v;
        QCOMPARE(h.mean().count(), qint64(std::llround(sum / n)));
    }

    void histogramMergeEqualsRecordingEverythingInOne()
    {
        QRandomGenerator random(7);
        LatencyHistogram all, a, b;
        for (int i = 0; i < 20000; ++i) {
            const auto v = std::chrono::nanoseconds(qint64(std::pow(10.0, 4 + random.bounded(6.0))));
            all.record(v);
            (i % 3 ? a : b).record(v);
        }
        a.merge(b);
        QCOMPARE(a.count(), all.count());
        QCOMPARE(a.max(), all.max());
        QCOMPARE(a.min(), all.min());
        QCOMPARE(a.mean(), all.mean());
        for (double p : {50.0, 90.0, 95.0, 99.0, 99.9})
            QCOMPARE(a.percentile(p), all.percentile(p));

        // A coarser histogram merged into a finer one keeps the coarser precision (2 digits: 1 %).
        LatencyHistogram coarse({1ms, 1h, 2});
        coarse.record(250ms);
        LatencyHistogram fine;
        fine.merge(coarse);
        QCOMPARE(fine.count(), qint64(1));
        QVERIFY(qAbs(double(fine.percentile(50).count()) - 250e6) <= 0.01 * 250e6);
    }

    void histogramEdgesOfItsRange()
    {
        LatencyHistogram h;   // 1 µs .. 1 h
        QCOMPARE(h.percentile(99).count(), qint64(0));   // empty
        QCOMPARE(h.mean().count(), qint64(0));
        h.record(0ns);
        h.record(-5ns);   // a clock that went back is read as 0
        h.record(1us);
        h.record(1h);
        h.record(2h);     // beyond the range: counted at the top, max stays exact
        QCOMPARE(h.count(), qint64(5));
        QCOMPARE(h.overflowCount(), qint64(1));
        QCOMPARE(h.min(), std::chrono::nanoseconds(0));
        QCOMPARE(h.max(), std::chrono::nanoseconds(2h));
        QCOMPARE(h.percentile(20).count(), qint64(0));
        QCOMPARE(h.percentile(60), std::chrono::nanoseconds(1us));   // exact: 1 µs is still 1-ns resolution
        const double top = double(std::chrono::nanoseconds(1h).count());
        QVERIFY(qAbs(double(h.percentile(80).count()) - top) <= 0.001 * top);
        QVERIFY(qAbs(double(h.percentile(100).count()) - top) <= 0.001 * top);
        h.reset();
        QCOMPARE(h.count(), qint64(0));
        QCOMPARE(h.max().count(), qint64(0));
        QCOMPARE(h.overflowCount(), qint64(0));
        QCOMPARE(h.percentile(50).count(), qint64(0));

        const auto s = LatencyHistogram().summary();
        QCOMPARE(s.count, qint64(0));
    }

    // ---- circuit breaker: windows and thresholds --------------------------------------------------

    void countWindowDecidesOnRates_data()
    {
        QTest::addColumn<int>("windowSize");
        QTest::addColumn<int>("minimumCalls");
        QTest::addColumn<QString>("script");
        QTest::addColumn<QString>("expectedHappened");
        QTest::addColumn<QString>("expectedState");

        QTest::newRow("below minimum never opens") << 10 << 10 << "FFFFFFFFF" << "FFFFFFFFF" << "CLOSED";
        QTest::newRow("opens at minimum with 50 %") << 10 << 10 << "SSSSSFFFFFS" << "SSSSSFFFFFR" << "OPEN";
        QTest::newRow("25 % stays closed") << 4 << 4 << "SSSFSSSF" << "SSSFSSSF" << "CLOSED";
        QTest::newRow("old failures slide out") << 4 << 4 << "SFSSSSFS" << "SFSSSSFS" << "CLOSED";
        QTest::newRow("failures in the last 4 open") << 4 << 4 << "SSSSFSSFF" << "SSSSFSSFR" << "OPEN";
        QTest::newRow("minimum above window is the window") << 3 << 50 << "SFF" << "SFF" << "OPEN";
        QTest::newRow("ignored errors are not calls") << 4 << 4 << "IIIIIISSFS" << "IIIIIISSFS" << "CLOSED";
        QTest::newRow("dropped permissions record nothing") << 4 << 4 << "DDDDFFS" << "DDDDFFS" << "CLOSED";
        QTest::newRow("every call slow opens (100 %)") << 4 << 4 << "LLLL" << "LLLL" << "OPEN";
        QTest::newRow("some slow calls do not") << 4 << 4 << "LLLSLLL" << "LLLSLLL" << "CLOSED";
    }

    void countWindowDecidesOnRates()
    {
        QFETCH(int, windowSize);
        QFETCH(int, minimumCalls);
        QFETCH(QString, script);
        QFETCH(QString, expectedHappened);
        QFETCH(QString, expectedState);
        net::ManualClock clock;
        CircuitBreaker breaker(QStringLiteral("gateway"), smallCountWindow(windowSize, minimumCalls), clock);
        QCOMPARE(play(breaker, script), expectedHappened);
        QCOMPARE(breakerStateName(breaker.state()), expectedState);
    }

    void slowCallRateOpensWithItsOwnThreshold()
    {
        net::ManualClock clock;
        auto config = smallCountWindow(10, 4);
        config.slowCallRateThreshold = 50;
        config.slowCallDurationThreshold = 2s;
        CircuitBreaker breaker(QStringLiteral("gateway"), config, clock);
        EventLog log(breaker);
        QCOMPARE(play(breaker, QStringLiteral("SLSL")), QStringLiteral("SLSL"));
        QCOMPARE(breaker.state(), BreakerState::Open);
        QCOMPARE(log.ofType(EventType::SlowCallRateExceeded).size(), size_t(1));
        QCOMPARE(log.ofType(EventType::SlowCallRateExceeded).front().rate, 50.0);
        QVERIFY(log.ofType(EventType::FailureRateExceeded).empty());
        QVERIFY(log.ofType(EventType::StateTransition).front().reason.contains(QLatin1String("slow-call rate 50")));

        // A call taking exactly the threshold is not slow; one nanosecond more is.
        CircuitBreaker edge(QStringLiteral("edge"), config, clock);
        for (int i = 0; i < 4; ++i)
            edge.tryAcquirePermission().permission().onSuccess(2s);
        QCOMPARE(edge.metrics().slowCallsInWindow, 0);
        edge.tryAcquirePermission().permission().onSuccess(2s + 1ns);
        QCOMPARE(edge.metrics().slowCallsInWindow, 1);
    }

    void durationIsMeasuredOnTheClockWhenNotGiven()
    {
        net::ManualClock clock;
        auto config = smallCountWindow(4, 1);
        config.slowCallRateThreshold = 100;
        config.slowCallDurationThreshold = 3s;
        CircuitBreaker breaker(QStringLiteral("gateway"), config, clock);
        EventLog log(breaker);
        auto admission = breaker.tryAcquirePermission();
        clock.advance(4s);
        QCOMPARE(admission.permission().elapsed(), std::chrono::nanoseconds(4s));
        admission.permission().onSuccess();
        QCOMPARE(log.ofType(EventType::Success).front().callDuration, std::chrono::nanoseconds(4s));
        QCOMPARE(breaker.state(), BreakerState::Open);   // one call, slower than 3 s: 100 % slow
        QCOMPARE(breaker.metrics().latency.max, std::chrono::nanoseconds(4s));
    }

    void timeWindowForgetsSecondsThatHavePassed()
    {
        net::ManualClock clock;
        auto config = CircuitBreakerConfig::timeBased(10);
        config.minimumNumberOfCalls = 4;
        CircuitBreaker breaker(QStringLiteral("gateway"), config, clock);
        play(breaker, QStringLiteral("FFF"));
        clock.advance(5s);
        QCOMPARE(breaker.metrics().callsInWindow, 3);   // still inside the 10 s
        QCOMPARE(breaker.metrics().failureRate, -1.0);   // below the minimum: no rate yet
        clock.advance(4s);
        QCOMPARE(breaker.metrics().callsInWindow, 3);    // 9 s later: still in
        clock.advance(1s);
        QCOMPARE(breaker.metrics().callsInWindow, 0);    // 10 s later they are gone
        clock.advance(1s);
        play(breaker, QStringLiteral("FSSS"));
        QCOMPARE(breaker.state(), BreakerState::Closed);
        QCOMPARE(breaker.metrics().failureRate, 25.0);

        // The same calls within one window open it.
        CircuitBreaker quick(QStringLiteral("quick"), config, clock);
        play(quick, QStringLiteral("FFF"));
        clock.advance(9s);
        play(quick, QStringLiteral("FSSS"));
        QCOMPARE(quick.state(), BreakerState::Open);
        QVERIFY(quick.metrics().lastTransitionReason.contains(QLatin1String("in the last 10 s")));
    }

    void timeWindowCountsEachSecondOnce()
    {
        net::ManualClock clock;
        auto config = CircuitBreakerConfig::timeBased(3);
        config.minimumNumberOfCalls = 1000;
        CircuitBreaker breaker(QStringLiteral("gateway"), config, clock);
        for (int second = 0; second < 6; ++second) {
            play(breaker, QStringLiteral("SSF"));
            const int expected = 3 * std::min(second + 1, 3);
            QCOMPARE(breaker.metrics().callsInWindow, expected);
            QCOMPARE(breaker.metrics().failedCallsInWindow, expected / 3);
            clock.advance(1s);
        }
    }

    // ---- OPEN, HALF_OPEN and the break -----------------------------------------------------------

    void openRefusesWithRetryAfterUntilTheBreakIsOver()
    {
        net::ManualClock clock;
        CircuitBreaker breaker(QStringLiteral("gateway"), smallCountWindow(4, 4), clock);
        openByFailures(breaker);
        auto refused = breaker.tryAcquirePermission();
        QVERIFY(!refused);
        QCOMPARE(refused.rejection().state, BreakerState::Open);
        QCOMPARE(refused.rejection().retryAfter, std::chrono::nanoseconds(10s));
        clock.advance(3500ms);
        QCOMPARE(breaker.tryAcquirePermission().rejection().retryAfter, std::chrono::nanoseconds(6500ms));
        QCOMPARE(breaker.tryAcquirePermission().rejection().retryAfterSeconds(), 7);
        QCOMPARE(breaker.metrics().notPermittedCalls, qint64(3));
        QCOMPARE(breaker.metrics().retryAfter, std::chrono::nanoseconds(6500ms));
        clock.advance(6500ms);
        // Without automatic transition a look does not move it; the first call after the break does.
        QCOMPARE(breaker.state(), BreakerState::Open);
        auto trial = breaker.tryAcquirePermission();
        QVERIFY(trial);
        QCOMPARE(breaker.state(), BreakerState::HalfOpen);
    }

    void halfOpenTrialsDecide_data()
    {
        QTest::addColumn<QString>("script");
        QTest::addColumn<QString>("expectedHappened");
        QTest::addColumn<QString>("expectedState");
        QTest::newRow("all trials succeed") << "SSS" << "SSS" << "CLOSED";
        QTest::newRow("one of three fails (33 %)") << "SFS" << "SFS" << "CLOSED";
        QTest::newRow("two of three fail") << "FSF" << "FSF" << "OPEN";
        QTest::newRow("slow trials reopen") << "LLL" << "LLL" << "OPEN";
        QTest::newRow("ignored and dropped give slots back") << "IDSSS" << "IDSSS" << "CLOSED";
    }

    void halfOpenTrialsDecide()
    {
        QFETCH(QString, script);
        QFETCH(QString, expectedHappened);
        QFETCH(QString, expectedState);
        net::ManualClock clock;
        CircuitBreaker breaker(QStringLiteral("gateway"), smallCountWindow(4, 4), clock);
        openByFailures(breaker);
        clock.advance(10s);
        QCOMPARE(play(breaker, script), expectedHappened);
        QCOMPARE(breakerStateName(breaker.state()), expectedState);
    }

    void halfOpenLetsOnlyItsTrialCallsThrough()
    {
        net::ManualClock clock;
        CircuitBreaker breaker(QStringLiteral("gateway"), smallCountWindow(4, 4), clock);
        openByFailures(breaker);
        clock.advance(10s);
        std::vector<CircuitBreaker::Permission> trials;
        for (int i = 0; i < 3; ++i)
            trials.push_back(breaker.tryAcquirePermission().takePermission());
        auto fourth = breaker.tryAcquirePermission();
        QVERIFY(!fourth);
        QCOMPARE(fourth.rejection().state, BreakerState::HalfOpen);
        QCOMPARE(fourth.rejection().retryAfter, std::chrono::nanoseconds(1s));
        trials.pop_back();   // dropped without an outcome: its slot is free again
        QVERIFY(breaker.tryAcquirePermission());   // (and dropped again at once)
        trials[0].onSuccess(10ms);
        trials[1].onSuccess(10ms);
        QCOMPARE(breaker.state(), BreakerState::HalfOpen);   // 2 of 3 reported
        QCOMPARE(breaker.metrics().callsInWindow, 2);
        auto last = breaker.tryAcquirePermission();
        last.permission().onSuccess(10ms);
        QCOMPARE(breaker.state(), BreakerState::Closed);
        QCOMPARE(breaker.metrics().callsInWindow, 0);   // a fresh window
    }

    void breakGrowsForRepeatedOpeningsAndShrinksAfterRecovery()
    {
        net::ManualClock clock;
        CircuitBreaker breaker(QStringLiteral("gateway"), smallCountWindow(4, 4), clock);
        EventLog log(breaker);
        openByFailures(breaker);
        std::vector<std::chrono::seconds> breaks;
        for (int i = 0; i < 6; ++i) {
            const auto retryAfter = breaker.tryAcquirePermission().rejection().retryAfter;
            breaks.push_back(std::chrono::duration_cast<std::chrono::seconds>(retryAfter));
            clock.advance(retryAfter);
            play(breaker, QStringLiteral("FFF"));   // the trials fail: open again, longer
        }
        QCOMPARE(breaks, (std::vector<std::chrono::seconds>{10s, 20s, 40s, 80s, 120s, 120s}));
        QCOMPARE(breaker.metrics().consecutiveOpenings, 7);
        QVERIFY(log.transitions().last() == QLatin1String("HALF_OPEN->OPEN"));
        QVERIFY(log.ofType(EventType::StateTransition).back().reason.contains(QLatin1String("3 of 3 trial calls failed")));

        clock.advance(breaker.metrics().retryAfter);
        play(breaker, QStringLiteral("SSS"));
        QCOMPARE(breaker.state(), BreakerState::Closed);
        QCOMPARE(breaker.metrics().consecutiveOpenings, 0);
        QCOMPARE(breaker.metrics().currentBreak, std::chrono::nanoseconds(10s));
        openByFailures(breaker);
        QCOMPARE(breaker.tryAcquirePermission().rejection().retryAfter, std::chrono::nanoseconds(10s));
    }

    void automaticTransitionHappensOnTimeWithAScheduler()
    {
        net::ManualClock clock;
        ManualScheduler scheduler(clock);
        auto config = smallCountWindow(4, 4);
        config.automaticTransitionFromOpenToHalfOpen = true;
        CircuitBreaker breaker(QStringLiteral("gateway"), config, clock, &scheduler);
        EventLog log(breaker);
        openByFailures(breaker);
        scheduler.advance(9s);
        QCOMPARE(log.transitions(), QStringList{"CLOSED->OPEN"});
        scheduler.advance(1s);   // nobody looks or calls: the timer moves it
        QCOMPARE(log.transitions(), (QStringList{"CLOSED->OPEN", "OPEN->HALF_OPEN"}));
        QVERIFY(log.ofType(EventType::StateTransition).back().reason.contains(QLatin1String("break is over")));
    }

    void automaticTransitionWithoutASchedulerHappensAtTheNextLook()
    {
        net::ManualClock clock;
        auto config = smallCountWindow(4, 4);
        config.automaticTransitionFromOpenToHalfOpen = true;
        CircuitBreaker breaker(QStringLiteral("gateway"), config, clock);
        openByFailures(breaker);
        clock.advance(10s);
        QCOMPARE(breaker.metrics().state, BreakerState::HalfOpen);
    }

    void lateOutcomesDoNotCountInTheNextState()
    {
        net::ManualClock clock;
        CircuitBreaker breaker(QStringLiteral("gateway"), smallCountWindow(4, 4), clock);
        EventLog log(breaker);
        auto slowPoke = breaker.tryAcquirePermission().takePermission();   // granted while CLOSED
        openByFailures(breaker);
        clock.advance(10s);
        play(breaker, QStringLiteral("SS"));
        slowPoke.onError(10ms, QStringLiteral("timed out"));   // reported now, in HALF_OPEN
        QCOMPARE(breaker.state(), BreakerState::HalfOpen);      // not a trial: no verdict yet
        QCOMPARE(breaker.metrics().callsInWindow, 2);
        QCOMPARE(log.ofType(EventType::Error).size(), size_t(5));   // 4 that opened it + the late one
        play(breaker, QStringLiteral("S"));
        QCOMPARE(breaker.state(), BreakerState::Closed);
    }

    // ---- manual states and reset ------------------------------------------------------------------

    void forcedOpenRefusesEverythingUntilClosed()
    {
        net::ManualClock clock;
        CircuitBreaker breaker(QStringLiteral("Opn"), smallCountWindow(4, 4), clock);
        breaker.transitionToForcedOpen(QStringLiteral("owner: gateway maintenance"));
        clock.advance(1h);
        QCOMPARE(play(breaker, QStringLiteral("SSS")), QStringLiteral("RRR"));
        auto refused = breaker.tryAcquirePermission();
        QCOMPARE(refused.rejection().state, BreakerState::ForcedOpen);
        QCOMPARE(refused.rejection().retryAfter, std::chrono::nanoseconds(60s));
        bool called = false;
        auto r = breaker.run<int>([&]() -> Result<int> { called = true; return 1; });
        QVERIFY(!called);
        QCOMPARE(r.error().kind, Error::Kind::Connection);
        QVERIFY(r.error().message.contains(QLatin1String("Opn")));
        QCOMPARE(breaker.metrics().lastTransitionReason, QStringLiteral("owner: gateway maintenance"));
        breaker.transitionToClosed(QStringLiteral("owner: maintenance over"));
        QCOMPARE(play(breaker, QStringLiteral("S")), QStringLiteral("S"));
    }

    void disabledLetsEverythingThroughAndRecordsNothing()
    {
        net::ManualClock clock;
        CircuitBreaker breaker(QStringLiteral("gateway"), smallCountWindow(4, 4), clock);
        breaker.transitionToDisabled(QStringLiteral("test"));
        EventLog log(breaker);
        QCOMPARE(play(breaker, QStringLiteral("FFFFFFFF")), QStringLiteral("FFFFFFFF"));
        QCOMPARE(breaker.state(), BreakerState::Disabled);
        QCOMPARE(breaker.metrics().failedCalls, qint64(0));
        QVERIFY(log.events().empty());
    }

    void metricsOnlyRecordsAndReportsButNeverActs()
    {
        net::ManualClock clock;
        CircuitBreaker breaker(QStringLiteral("gateway"), smallCountWindow(4, 4), clock);
        breaker.transitionToMetricsOnly(QStringLiteral("watching a new gateway"));
        EventLog log(breaker);
        QCOMPARE(play(breaker, QStringLiteral("FFFFFF")), QStringLiteral("FFFFFF"));
        QCOMPARE(breaker.state(), BreakerState::MetricsOnly);
        QCOMPARE(breaker.metrics().failureRate, 100.0);
        QCOMPARE(breaker.metrics().failedCalls, qint64(6));
        QCOMPARE(log.ofType(EventType::FailureRateExceeded).size(), size_t(3));   // at calls 4, 5, 6
        QVERIFY(log.ofType(EventType::StateTransition).empty());
    }

    void resetClosesAndForgetsEverything()
    {
        net::ManualClock clock;
        CircuitBreaker breaker(QStringLiteral("gateway"), smallCountWindow(4, 4), clock);
        EventLog log(breaker);
        openByFailures(breaker);
        play(breaker, QStringLiteral("SS"));
        breaker.reset(QStringLiteral("owner pressed Reset"));
        const auto m = breaker.metrics();
        QCOMPARE(m.state, BreakerState::Closed);
        QCOMPARE(m.notPermittedCalls, qint64(0));
        QCOMPARE(m.failedCalls, qint64(0));
        QCOMPARE(m.callsInWindow, 0);
        QVERIFY(m.lastError.isEmpty());
        QCOMPARE(m.latency.count, qint64(0));
        QCOMPARE(log.ofType(EventType::Reset).size(), size_t(1));
        QCOMPARE(log.ofType(EventType::Reset).front().fromState, BreakerState::Open);
        QCOMPARE(log.transitions().last(), QStringLiteral("OPEN->CLOSED"));
        QCOMPARE(log.ofType(EventType::StateTransition).back().reason, QStringLiteral("owner pressed Reset"));
    }

    // ---- events, metrics, helpers -----------------------------------------------------------------

    void listenersHearEveryEventWithItsReason()
    {
        net::ManualClock clock;
        CircuitBreaker breaker(QStringLiteral("Opn"), smallCountWindow(2, 2), clock);
        EventLog log(breaker);
        int secondListenerHeard = 0;
        const int second = breaker.addListener([&](const Event &) { ++secondListenerHeard; });
        play(breaker, QStringLiteral("SIF"));   // window S F: 50 % -> opens
        play(breaker, QStringLiteral("S"));     // refused
        breaker.removeListener(second);
        play(breaker, QStringLiteral("S"));

        std::vector<EventType> types;
        for (const Event &e : log.events())
            types.push_back(e.type);
        const std::vector<EventType> expected{EventType::Success,      EventType::IgnoredError,
                                              EventType::Error,        EventType::FailureRateExceeded,
                                              EventType::StateTransition, EventType::NotPermitted,
                                              EventType::NotPermitted};
        QCOMPARE(types, expected);
        QCOMPARE(secondListenerHeard, 6);
        const auto events = log.events();
        QCOMPARE(events[1].error, QStringLiteral("card number invalid"));
        QCOMPARE(events[2].error, QStringLiteral("gateway answered 502"));
        QCOMPARE(events[2].callDuration, std::chrono::nanoseconds(10ms));
        QCOMPARE(events[3].rate, 50.0);
        QCOMPARE(events[4].fromState, BreakerState::Closed);
        QCOMPARE(events[4].toState, BreakerState::Open);
        QVERIFY2(events[4].reason.contains(QLatin1String("failure rate 50 % reached the threshold of 50 %")),
                 qPrintable(events[4].reason));
        QVERIFY(events[4].reason.contains(QLatin1String("break of 10 s")));
        QVERIFY(events[5].reason.contains(QLatin1String("10")));
        for (const Event &e : events) {
            QCOMPARE(e.breaker, QStringLiteral("Opn"));
            QCOMPARE(e.atUtc, clock.utcNow());
        }
    }

    void metricsDescribeTheBreaker()
    {
        net::ManualClock clock;
        CircuitBreaker breaker(QStringLiteral("gateway"), smallCountWindow(10, 4), clock);
        for (int i = 0; i < 9; ++i)
            breaker.tryAcquirePermission().permission().onSuccess(std::chrono::milliseconds(100 * (i + 1)));
        breaker.tryAcquirePermission().permission().onError(5s, QStringLiteral("HTTP 503 from gateway"));
        clock.advance(42s);
        const auto m = breaker.metrics();
        QCOMPARE(m.name, QStringLiteral("gateway"));
        QCOMPARE(m.state, BreakerState::Closed);
        QCOMPARE(m.timeInState, std::chrono::nanoseconds(42s));
        QCOMPARE(m.callsInWindow, 10);
        QCOMPARE(m.failedCallsInWindow, 1);
        QCOMPARE(m.failureRate, 10.0);
        QCOMPARE(m.slowCallRate, 0.0);
        QCOMPARE(m.successfulCalls, qint64(9));
        QCOMPARE(m.lastError, QStringLiteral("HTTP 503 from gateway"));
        QCOMPARE(m.lastErrorAtUtc, clock.utcNow().addSecs(-42));
        QCOMPARE(m.latency.count, qint64(10));
        QVERIFY(qAbs(double(m.latency.p95.count()) - 5e9) <= 0.01 * 5e9);
        QVERIFY(qAbs(double(m.latency.p50.count()) - 5e8) <= 0.01 * 5e8);
        clock.advance(3min);   // latency figures cover only the last minute or two
        QCOMPARE(breaker.metrics().latency.count, qint64(0));
    }

    void runRecordsOutcomesThroughThePredicate()
    {
        net::ManualClock clock;
        CircuitBreaker breaker(QStringLiteral("gateway"), smallCountWindow(4, 4), clock);
        QCOMPARE(breaker.run<int>([] { return Result<int>(7); }).value(), 7);
        auto declined = breaker.run<int>([] {
            return Result<int>(Error::make(Error::Kind::BadInput, QStringLiteral("card declined")));
        });
        QCOMPARE(declined.error().kind, Error::Kind::BadInput);
        auto down = breaker.run<int>([] {
            return Result<int>(Error::make(Error::Kind::Connection, QStringLiteral("connection refused")));
        });
        QVERIFY(!down);
        const auto m = breaker.metrics();
        QCOMPARE(m.successfulCalls, qint64(1));
        QCOMPARE(m.ignoredErrors, qint64(1));
        QCOMPARE(m.failedCalls, qint64(1));
        QCOMPARE(m.callsInWindow, 2);
        QVERIFY(!CircuitBreakerConfig::defaultIsFailure(Error::make(Error::Kind::OutOfStock, {})));
        QVERIFY(CircuitBreakerConfig::defaultIsFailure(Error::make(Error::Kind::Query, {})));
        QCOMPARE(breakerStateFromName(QStringLiteral("half_open")), std::optional<BreakerState>(BreakerState::HalfOpen));
        QVERIFY(!breakerStateFromName(QStringLiteral("ajar")));
    }

    void concurrentCallersKeepCountsConsistent()
    {
        // METRICS_ONLY so nothing stops the calls: every outcome must land in the counters exactly once.
        net::ManualClock clock;
        auto config = CircuitBreakerConfig::timeBased(10);
        CircuitBreaker breaker(QStringLiteral("gateway"), config, clock);
        breaker.transitionToMetricsOnly(QStringLiteral("test"));
        std::atomic<int> successEvents{0}, errorEvents{0};
        breaker.addListener([&](const Event &e) {
            if (e.type == EventType::Success)
                ++successEvents;
            else if (e.type == EventType::Error)
                ++errorEvents;
        });
        constexpr int kThreads = 4, kCalls = 20000;
        std::vector<std::thread> threads;
        for (int t = 0; t < kThreads; ++t) {
            threads.emplace_back([&breaker] {
                for (int i = 0; i < kCalls; ++i) {
                    auto admission = breaker.tryAcquirePermission();
                    if (i % 4 == 0)
                        admission.permission().onError(1ms, QStringLiteral("boom"));
                    else
                        admission.permission().onSuccess(1ms);
                }
            });
        }
        for (auto &t : threads)
            t.join();
        const auto m = breaker.metrics();
        QCOMPARE(m.successfulCalls, qint64(kThreads * kCalls * 3 / 4));
        QCOMPARE(m.failedCalls, qint64(kThreads * kCalls / 4));
        QCOMPARE(m.callsInWindow, kThreads * kCalls);
        QCOMPARE(m.failedCallsInWindow, kThreads * kCalls / 4);
        QCOMPARE(successEvents.load(), kThreads * kCalls * 3 / 4);
        QCOMPARE(errorEvents.load(), kThreads * kCalls / 4);
        QCOMPARE(m.latency.count, qint64(kThreads * kCalls));
    }

    void concurrentFailuresOpenItExactlyOnce()
    {
        net::ManualClock clock;
        CircuitBreaker breaker(QStringLiteral("gateway"), smallCountWindow(100, 100), clock);
        EventLog log(breaker);
        constexpr int kThreads = 4, kCalls = 5000;
        std::atomic<int> permitted{0}, refused{0};
        std::vector<std::thread> threads;
        for (int t = 0; t < kThreads; ++t) {
            threads.emplace_back([&] {
                for (int i = 0; i < kCalls; ++i) {
                    auto admission = breaker.tryAcquirePermission();
                    if (!admission) {
                        ++refused;
                        continue;
                    }
                    ++permitted;
                    admission.permission().onError(1ms, QStringLiteral("down"));
                }
            });
        }
        for (auto &t : threads)
            t.join();
        QCOMPARE(log.transitions(), QStringList{"CLOSED->OPEN"});
        const auto m = breaker.metrics();
        QCOMPARE(permitted.load() + refused.load(), kThreads * kCalls);
        QCOMPARE(m.notPermittedCalls, qint64(refused.load()));
        QCOMPARE(m.failedCalls, qint64(permitted.load()));
        QVERIFY(permitted.load() >= 100);
        QCOMPARE(int(log.ofType(EventType::NotPermitted).size()), refused.load());
    }

    // ---- retry ------------------------------------------------------------------------------------

    void backoffGrowsWithSeededJitter()
    {
        RetryPolicy::Config config;   // 500 ms, x1.5, +-50 %
        config.maxAttempts = 6;
        RetryPolicy policy(config, {{}, RetryPolicy::seededRandom(1234)});
        const std::vector<double> nominalMs{500, 750, 1125, 1687.5, 2531.25};
        QRandomGenerator reference(1234);
        for (int n = 1; n <= 5; ++n) {
            const double nominal = nominalMs[size_t(n - 1)] * 1e6;
            QCOMPARE(double(policy.nominalBackoff(n).count()), nominal);
            const double expected = nominal * (1.0 + (2.0 * reference.generateDouble() - 1.0) * 0.5);
            const double got = double(policy.backoff(n).count());
            QVERIFY(qAbs(got - expected) <= 1.0);
            QVERIFY(got >= 0.5 * nominal && got <= 1.5 * nominal);
        }
        RetryPolicy::Config capped;
        capped.maxBackoff = 1s;
        QCOMPARE(RetryPolicy(capped).nominalBackoff(20), std::chrono::nanoseconds(1s));
        capped.jitter = 0;
        QCOMPARE(RetryPolicy(capped).backoff(2), std::chrono::nanoseconds(750ms));
    }

    void retriesRetryableErrorsUntilSuccess()
    {
        std::vector<std::chrono::nanoseconds> slept;
        RetryPolicy::Config config;
        config.jitter = 0;
        RetryPolicy policy(config, {[&](std::chrono::nanoseconds d) { slept.push_back(d); }, {}});
        std::vector<int> heard;
        policy.setOnRetry([&](const RetryPolicy::RetryEvent &e) { heard.push_back(e.failedAttempt); });
        int calls = 0;
        auto r = policy.run<int>(Idempotency::Idempotent, [&]() -> Result<int> {
            if (++calls < 3)
                return Error::make(Error::Kind::Connection, QStringLiteral("server closed the connection"));
            return 42;
        });
        QCOMPARE(r.value(), 42);
        QCOMPARE(calls, 3);
        QCOMPARE(slept, (std::vector<std::chrono::nanoseconds>{500ms, 750ms}));
        QCOMPARE(heard, (std::vector<int>{1, 2}));
    }

    void givesUpAfterMaxAttemptsWithTheLastError()
    {
        int calls = 0;
        RetryPolicy policy(RetryPolicy::Config{}, {[](std::chrono::nanoseconds) {}, {}});
        auto r = policy.withAttempts(5).run<int>(Idempotency::Idempotent, [&]() -> Result<int> {
            ++calls;
            return Error::make(Error::Kind::Connection, QStringLiteral("attempt %1").arg(calls));
        });
        QCOMPARE(calls, 5);
        QCOMPARE(r.error().message, QStringLiteral("attempt 5"));
    }

    void retriesOnlyWhatIsRetryable_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("sqlState");
        QTest::addColumn<int>("expectedCalls");
        QTest::newRow("lost connection") << int(Error::Kind::Connection) << "" << 3;
        QTest::newRow("deadlock 40P01") << int(Error::Kind::Query) << "40P01" << 3;
        QTest::newRow("serialization 40001") << int(Error::Kind::Conflict) << "40001" << 3;
        QTest::newRow("lock not available 55P03") << int(Error::Kind::Query) << "55P03" << 3;
        QTest::newRow("unique violation") << int(Error::Kind::Constraint) << "23505" << 1;
        QTest::newRow("bad input") << int(Error::Kind::BadInput) << "" << 1;
        QTest::newRow("out of stock") << int(Error::Kind::OutOfStock) << "P0001" << 1;
        QTest::newRow("permission") << int(Error::Kind::Permission) << "42501" << 1;
    }

    void retriesOnlyWhatIsRetryable()
    {
        QFETCH(int, kind);
        QFETCH(QString, sqlState);
        QFETCH(int, expectedCalls);
        int calls = 0, sleeps = 0;
        RetryPolicy policy(RetryPolicy::Config{}, {[&](std::chrono::nanoseconds) { ++sleeps; }, {}});
        policy.run<int>(Idempotency::Idempotent, [&]() -> Result<int> {
            ++calls;
            return Error::make(Error::Kind(kind), QStringLiteral("failed"), sqlState);
        });
        QCOMPARE(calls, expectedCalls);
        QCOMPARE(sleeps, expectedCalls - 1);
    }

    void neverRepeatsANonIdempotentCall()
    {
        int calls = 0, sleeps = 0;
        RetryPolicy policy(RetryPolicy::Config{}, {[&](std::chrono::nanoseconds) { ++sleeps; }, {}});
        auto r = policy.withAttempts(10).run<int>(Idempotency::NonIdempotent, [&]() -> Result<int> {
            ++calls;
            return Error::make(Error::Kind::Connection, QStringLiteral("reply lost: charged or not?"));
        });
        QVERIFY(!r);
        QCOMPARE(calls, 1);
        QCOMPARE(sleeps, 0);
    }

    void beforeRetryCanStopTheRetries()
    {
        int calls = 0, reconnects = 0;
        RetryPolicy policy(RetryPolicy::Config{}, {[](std::chrono::nanoseconds) {}, {}});
        auto r = policy.run<int>(
            Idempotency::Idempotent,
            [&]() -> Result<int> {
                ++calls;
                return Error::make(Error::Kind::Connection, QStringLiteral("lost"));
            },
            [&](const Error &) { return ++reconnects < 2; });   // the second reconnect fails
        QVERIFY(!r);
        QCOMPARE(calls, 2);
        QCOMPARE(reconnects, 2);
    }

    void asyncRetryWaitsOnTheScheduler()
    {
        net::ManualClock clock;
        ManualScheduler scheduler(clock);
        RetryPolicy::Config config;
        config.maxAttempts = 4;
        RetryPolicy policy(config, {{}, RetryPolicy::seededRandom(99)});
        RetryPolicy expectedWaits(config, {{}, RetryPolicy::seededRandom(99)});
        int calls = 0;
        std::vector<Result<int>> finished;
        policy.runAsync<int>(
            Idempotency::Idempotent, scheduler,
            [&](std::function<void(Result<int>)> report) {
                ++calls;
                if (calls < 3)
                    report(Error::make(Error::Kind::Connection, QStringLiteral("timeout")));
                else
                    report(7);
            },
            [&](Result<int> r) { finished.push_back(std::move(r)); });
        QCOMPARE(calls, 1);
        QCOMPARE(scheduler.pending(), 1);
        const auto first = expectedWaits.backoff(1);
        scheduler.advance(first - 1ns);
        QCOMPARE(calls, 1);
        scheduler.advance(1ns);
        QCOMPARE(calls, 2);
        scheduler.advance(10s);
        QCOMPARE(calls, 3);
        QCOMPARE(finished.size(), size_t(1));
        QCOMPARE(finished.front().value(), 7);
        QCOMPARE(scheduler.requestedDelays(),
                 (std::vector<std::chrono::nanoseconds>{first, expectedWaits.backoff(2)}));
    }

    void asyncNonIdempotentRunsOnceAndCancelStops()
    {
        net::ManualClock clock;
        ManualScheduler scheduler(clock);
        RetryPolicy policy;
        int calls = 0;
        std::vector<Result<int>> finished;
        const auto failing = [&](std::function<void(Result<int>)> report) {
            ++calls;
            report(Error::make(Error::Kind::Connection, QStringLiteral("timeout")));
        };
        policy.runAsync<int>(Idempotency::NonIdempotent, scheduler, failing,
                             [&](Result<int> r) { finished.push_back(std::move(r)); });
        QCOMPARE(calls, 1);
        QCOMPARE(scheduler.pending(), 0);
        QCOMPARE(finished.size(), size_t(1));
        QCOMPARE(finished.back().error().kind, Error::Kind::Connection);

        auto op = policy.runAsync<int>(Idempotency::Idempotent, scheduler, failing,
                                       [&](Result<int> r) { finished.push_back(std::move(r)); });
        QCOMPARE(calls, 2);
        op->cancel();
        QCOMPARE(finished.size(), size_t(2));
        QCOMPARE(finished.back().error().kind, Error::Kind::Cancelled);
        QVERIFY(op->isFinished());
        scheduler.advance(1min);
        QCOMPARE(calls, 2);   // the scheduled attempt never starts
        QCOMPARE(finished.size(), size_t(2));
    }

    // ---- bulkhead ---------------------------------------------------------------------------------

    void bulkheadRefusesBeyondItsLimitAndFreesOnRelease()
    {
        Bulkhead bulkhead(QStringLiteral("unit"), {2, std::chrono::seconds(1)});
        QStringList refusedNames;
        bulkhead.setOnRejected([&](const QString &name) { refusedNames << name; });
        auto a = bulkhead.tryAcquire();
        auto b = bulkhead.tryAcquire();
        QVERIFY(a && b);
        QVERIFY(!bulkhead.tryAcquire());
        QCOMPARE(refusedNames, QStringList{"unit"});
        QCOMPARE(bulkhead.metrics().inFlight, 2);
        QCOMPARE(bulkhead.metrics().rejected, 1);
        a.reset();
        auto c = bulkhead.tryAcquire();
        QVERIFY(c);
        auto moved = std::move(*c);
        c.reset();   // a moved-from permit releases nothing
        QCOMPARE(bulkhead.metrics().inFlight, 2);
        moved.release();
        QCOMPARE(bulkhead.metrics().inFlight, 1);
        QCOMPARE(bulkhead.metrics().permitted, 3);
        QCOMPARE(bulkhead.metrics().peakInFlight, 2);
        QCOMPARE(bulkhead.metrics().available(), 1);
    }
};

QTEST_GUILESS_MAIN(TestLogic)
#include "tst_logic.moc"
