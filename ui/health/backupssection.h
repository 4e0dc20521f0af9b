#pragma once
// BackupsSection: the health screen's backups panel: the newest restore point and how much committed
// time a crash now would lose (red when archiving fails or falls behind, or there is no backup), the
// last base backup and the last restore drill. Reads backup::readBackupStatus through DbGate.
// Lives on the GUI thread.

#include "backup/backupstatus.h"
#include "healthsection.h"

#include <optional>

class QLabel;

namespace backroom::ui {

class DbGate;

class BackupsSection : public HealthSection {
    Q_OBJECT
public:
    explicit BackupsSection(DbGate *db, QWidget *parent = nullptr);
    void refresh() override;

    QLabel *restorePointLabel() const { return m_restorePoint; }
    QLabel *archivingLabel() const { return m_archiving; }
    QLabel *baseBackupLabel() const { return m_base; }
    QLabel *drillLabel() const { return m_drill; }
    QLabel *problemsLabel() const { return m_problems; }

private:
    void show(const Result<backup::BackupStatus> &status);
    void showError(const Error &error);
    QString restorePointText(const backup::BackupStatus &s) const;
    QString drillText(const backup::BackupStatus &s) const;

    DbGate *m_db;
    bool m_loading = false;
    QLabel *m_restorePoint = nullptr;
    QLabel *m_archiving = nullptr;
    QLabel *m_base = nullptr;
    QLabel *m_drill = nullptr;
    QLabel *m_problems = nullptr;
};

} // namespace backroom::ui
