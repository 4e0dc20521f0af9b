// The "Health check" screen: the 10 items with their marks (word and icon, not colour alone), figures and
// dates; Re-check runs off the GUI thread and updates the marks; keyboard usable (F5, Tab into the table).

#include "testdb.h"
#include "screenshots.h"

#include "drills/runstore.h"
#include "healthcheck/healthcheckmodel.h"
#include "healthcheck/healthcheckscreen.h"

#include <QApplication>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QtTest>

using namespace backroom;
using backroom::test::screenshotPath;
using ui::HealthCheckModel;
using ui::HealthCheckScreen;

class TestHealthCheckUi : public QObject {
    Q_OBJECT

    static QString answerText(const HealthCheckScreen &screen, int row)
    {
        return screen.model()->index(row, HealthCheckModel::AnswerColumn).data().toString();
    }

    static void saveFlashSaleRun(const QString &conninfo)
    {
        auto conn = test::connectOrDie(conninfo);
        drills::DrillRun run;
        run.kind = QStringLiteral("load");
        run.scenario = QStringLiteral("flash-sale");
        run.startedAt = QDateTime::currentDateTimeUtc().addSecs(-3600);
        run.passed = true;
        run.params = QJsonObject{{QStringLiteral("rate"), 200}};
        run.report = QJsonObject{
            {QStringLiteral("verdict"), QStringLiteral("pass")},
            {QStringLiteral("throughput_per_s"), 190.5},
            {QStringLiteral("operations"),
             QJsonObject{{QStringLiteral("browse"), QJsonObject{{QStringLiteral("ok"), 500},
                                                                {QStringLiteral("latency_ms"), QJsonObject{{QStringLiteral("count"), 500},
                                                                                                            {QStringLiteral("p95"), 42.0}}}}},
                         {QStringLiteral("search"), QJsonObject{{QStringLiteral("ok"), 300},
                                                                {QStringLiteral("latency_ms"), QJsonObject{{QStringLiteral("count"), 300},
                                                                                                            {QStringLiteral("p95"), 61.0}}}}}}}};
        auto saved = drills::saveDrillRun(*conn, run);
        QVERIFY2(saved.ok(), saved.ok() ? "" : qPrintable(saved.error().message));
    }

private slots:
    void showsMarksAndRecheckUpdatesThem()
    {
        const QString conninfo = test::TestCluster::instance().freshDatabase();
        HealthCheckScreen screen(HealthCheckScreen::checkerFor(conninfo));
        QSignalSpy checked(&screen, &HealthCheckScreen::checked);
        screen.resize(1200, 560);
        screen.show();   // the first show checks by itself
        QVERIFY(checked.wait(30000));
        QCOMPARE(screen.model()->rowCount(), healthcheck::kItemCount);
        for (int row = 0; row < screen.model()->rowCount(); ++row) {
            QCOMPARE(answerText(screen, row), HealthCheckModel::markText(healthcheck::Answer::Unknown));
            QVERIFY(!screen.model()->index(row, HealthCheckModel::AnswerColumn).data(Qt::DecorationRole).value<QIcon>().isNull());
            QCOMPARE(screen.model()->index(row, HealthCheckModel::MeasuredAt).data().toString(), QStringLiteral("not measured"));
        }

        saveFlashSaleRun(conninfo);
        QTest::mouseClick(screen.recheckButton(), Qt::LeftButton);
        QVERIFY(screen.isChecking());
        QVERIFY(!screen.recheckButton()->isEnabled());   // the GUI thread is free while it checks
        QVERIFY(checked.wait(30000));
        QVERIFY(screen.recheckButton()->isEnabled());
        QCOMPARE(answerText(screen, 0), HealthCheckModel::markText(healthcheck::Answer::Yes));   // store API fast
        QCOMPARE(answerText(screen, 1), HealthCheckModel::markText(healthcheck::Answer::Yes));   // flash sale
        QCOMPARE(answerText(screen, 9), HealthCheckModel::markText(healthcheck::Answer::Yes));   // regular load testing
        QCOMPARE(answerText(screen, 2), HealthCheckModel::markText(healthcheck::Answer::Unknown));
        QVERIFY(screen.model()->index(0, HealthCheckModel::Figure).data().toString().contains(QStringLiteral("42")));
        QVERIFY(screen.model()->index(0, HealthCheckModel::MeasuredAt).data().toString() != QStringLiteral("not measured"));
        QVERIFY(screen.model()->index(1, HealthCheckModel::Advice).data().toString().isEmpty());
        QVERIFY(!screen.model()->index(2, HealthCheckModel::Advice).data().toString().isEmpty());
        QVERIFY(screen.grab().save(screenshotPath(QStringLiteral("health-check.png"))));
    }

    void keyboardRechecksAndMovesThroughItems()
    {
        const QString conninfo = test::TestCluster::instance().freshDatabase();
        HealthCheckScreen screen(HealthCheckScreen::checkerFor(conninfo));
        QSignalSpy checked(&screen, &HealthCheckScreen::checked);
        screen.show();
        QVERIFY(QTest::qWaitForWindowActive(&screen));
        QTRY_COMPARE_WITH_TIMEOUT(checked.count(), 1, 30000);   // may have arrived while the window activated

        screen.table()->setFocus();
        QTRY_VERIFY(screen.table()->hasFocus());
        QCOMPARE(screen.table()->currentIndex().row(), 0);
        QTest::keyClick(screen.table(), Qt::Key_Down);
        QCOMPARE(screen.table()->currentIndex().row(), 1);
        auto *detail = screen.findChild<QLabel *>(QStringLiteral("healthCheckDetail"));
        QVERIFY(detail);
        QVERIFY2(detail->text().contains(healthcheck::itemTitle(healthcheck::Item::FlashSaleStability)), qPrintable(detail->text()));

        QTest::keyClick(screen.table(), Qt::Key_F5);   // QKeySequence::Refresh
        QVERIFY(checked.wait(30000));
        QCOMPARE(checked.count(), 2);
        QCOMPARE(screen.table()->currentIndex().row(), 1);   // Re-check keeps the place
    }
};

QTEST_MAIN(TestHealthCheckUi)
#include "tst_healthcheckui.moc"
