#pragma once
// EditDialog: edits one stock row's on-hand quantity, guarded by the row version it read. If someone
// else changed the row meanwhile it shows the original, their change and the user's change and lets
// the user re-apply theirs as a delta, keep the other change, or set theirs anyway (still guarded).
// Saves through DbGate (AsyncDb); errors stay in the dialog with the edit intact. Lives on the GUI thread.

#include "inventory/stock.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QStackedWidget;

namespace backroom::ui {

class DbGate;
class EditDialog : public QDialog {
    Q_OBJECT
public:
    EditDialog(DbGate *db, const inventory::StockLevel &read, QWidget *parent = nullptr);

    bool isShowingConflict() const;
    bool isSaving() const { return m_saving; }
    const inventory::StockLevel &current() const { return m_current; }

    void reject() override;

signals:
    // The dialog learned the row's current state (after a save, or from a conflict).
    void levelKnown(const inventory::StockLevel &level);

private:
    enum class Intent { Edit, Delta, Mine };
    QWidget *buildEditPage();
    QWidget *buildConflictPage();
    void save(Intent intent);
    void write(int target, const QString &expectedVersion);
    void showConflict();
    void showPage(int page);
    void showError(const QString &message);
    void setSaving(bool saving);

    DbGate *m_db;
    const inventory::StockLevel m_read;   // what the user opened the dialog on
    inventory::StockLevel m_base;         // the level the user's change was made against
    inventory::StockLevel m_current;      // newest level known
    int m_mine = 0;                       // the on-hand quantity the user wants
    QString m_otherChange;                // who/why of the conflicting change, when known
    bool m_saving = false;

    QStackedWidget *m_pages = nullptr;
    QSpinBox *m_quantity = nullptr;
    QLineEdit *m_reason = nullptr;
    QDialogButtonBox *m_editButtons = nullptr;
    QPushButton *m_save = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_error = nullptr;
    // Conflict page
    QLabel *m_cells[3][3] = {};   // rows: original, theirs, mine; columns: on hand, reserved, version
    QLabel *m_conflictWho = nullptr;
    QPushButton *m_applyDelta = nullptr;
    QPushButton *m_keepTheirs = nullptr;
    QPushButton *m_setMine = nullptr;
};

} // namespace backroom::ui
