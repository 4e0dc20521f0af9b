#include "backupssection.h"

#include "dbgate.h"

#include <QFormLayout>
#include <QLabel>
#include <QLocale>

namespace backroom::ui {

using backup::BackupStatus;

namespace {
constexpr const char *kPermissionDenied = "42501";

QString when(const QDateTime &t)
{
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : QString();
}

void paint(QLabel *label, bool alarm)
{
    label->setStyleSheet(alarm ? QStringLiteral("QLabel { color: #b3261e; font-weight: bold; }") : QString());
}
} // namespace

BackupsSection::BackupsSection(DbGate *db, QWidget *parent) : HealthSection(tr("Backups"), parent), m_db(db)
{
    setObjectName(QStringLiteral("backupsSection"));
    auto make = [this](const char *name) {
        auto *label = new QLabel(this);
        label->setObjectName(QLatin1String(name));
        label->setWordWrap(true);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        return label;
    };
    m_restorePoint = make("restorePoint");
    m_archiving = make("archiving");
    m_base = make("lastBaseBackup");
    m_drill = make("lastDrill");
    m_problems = make("backupProblems");
    m_restorePoint->setText(tr("Reading…"));
    auto *form = new QFormLayout(this);
    form->addRow(tr("Newest restore point:"), m_restorePoint);
    form->addRow(tr("WAL archiving:"), m_archiving);
    form->addRow(tr("Last base backup:"), m_base);
    form->addRow(tr("Last restore drill:"), m_drill);
    form->addRow(m_problems);
}

void BackupsSection::refresh()
{
    if (m_loading)
        return;
    m_loading = true;
    m_db->run<Result<BackupStatus>>(
        this, [](db::Connection &conn) { return backup::readBackupStatus(conn); },
        [this](Result<BackupStatus> status) {
            m_loading = false;
            show(status);
            emit refreshed();
        });
}

void BackupsSection::showError(const Error &error)
{
    const bool denied = error.sqlState == QLatin1String(kPermissionDenied);
    m_restorePoint->setText(denied ? tr("Only the owner role can see backups.") : tr("Unknown: %1").arg(error.message));
    paint(m_restorePoint, !denied);
    for (QLabel *label : {m_archiving, m_base, m_drill, m_problems})
        label->clear();
    setNeedsAttention(!denied);
}

QString BackupsSection::restorePointText(const BackupStatus &s) const
{
    const QDateTime point = s.restorePoint();
    if (!point.isValid())
        return s.configured ? tr("None: no base backup yet (run `backroom backup base`)")
                            : tr("None: backups are not set up (run `backroom backup setup --to <folder>`)");
    if (s.upToDate())
        return tr("%1 — up to date, every commit is archived").arg(when(point));
    return tr("%1 — a crash now would lose up to %2 s of commits").arg(when(point)).arg(s.atRiskSeconds());
}

QString BackupsSection::drillText(const BackupStatus &s) const
{
    if (!s.lastDrillAt.isValid())
        return tr("Never: run `backroom backup restore-drill`");
    const QJsonObject d = s.lastDrill;
    if (!s.lastDrillOk)
        return tr("Failed %1: %2").arg(when(s.lastDrillAt), d.value(QStringLiteral("error")).toString(tr("invariants violated")));
    const QDateTime point = QDateTime::fromString(d.value(QStringLiteral("recovery_point")).toString(), Qt::ISODateWithMs);
    return tr("Passed %1: restored to %2, %3 s of data lost, recovered in %4 s")
        .arg(when(s.lastDrillAt), when(point))
        .arg(d.value(QStringLiteral("data_lost_s")).toDouble(), 0, 'f', 1)
        .arg(d.value(QStringLiteral("recovery_s")).toDouble(), 0, 'f', 1);
}

void BackupsSection::show(const Result<BackupStatus> &status)
{
    if (!status)
        return showError(status.error());
    const BackupStatus &s = *status;
    const QStringList problems = s.problems();
    const bool alarm = !problems.isEmpty();
    m_restorePoint->setText(restorePointText(s));
    paint(m_restorePoint, alarm);
    m_archiving->setText(s.archivingOn()
                             ? tr("On, at least every %1 s; last %2 at %3; %4 failure(s)")
                                   .arg(s.archiveTimeoutSeconds)
                                   .arg(s.lastArchivedWal.isEmpty() ? tr("none yet") : s.lastArchivedWal,
                                        when(s.lastArchivedTime))
                                   .arg(s.failedCount)
                             : tr("Off"));
    paint(m_archiving, !s.archivingOn() || s.archivingFailing() || s.archiveBehind());
    m_base->setText(s.lastGoodBaseAt.isValid()
                        ? tr("%1 (%2 MB)").arg(when(s.lastGoodBaseAt))
                              .arg(s.lastGoodBase.value(QStringLiteral("bytes")).toDouble() / (1024 * 1024), 0, 'f', 1)
                        : tr("None"));
    paint(m_base, !s.lastGoodBaseAt.isValid() || (s.lastBaseAt.isValid() && !s.lastBaseOk));
    m_drill->setText(drillText(s));
    paint(m_drill, s.lastDrillAt.isValid() && !s.lastDrillOk);
    m_problems->setText(problems.join(QLatin1Char('\n')));
    paint(m_problems, alarm);
    setNeedsAttention(alarm);
}

} // namespace backroom::ui
