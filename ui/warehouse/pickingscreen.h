#pragma once
// PickingScreen: one picker's station, driven by a keyboard-wedge scanner (characters, then Enter, into
// the focused scan field). ONE task at a time in large type: bin, SKU, English and Thai name, units to
// take, "task n of m". Scan the bin, scan the item, then Enter confirms every unit left (or type a
// number first). A wrong bin or item is refused at once, locally, with a beep and a red message; F8
// records a short pick (units missing from the bin).
// The scanner never waits on the database: a confirm moves the screen to the next task immediately and
// its claim + pick_confirm run queued, in order, on DbGate's worker; a refusal from the server (task
// taken by another picker, wave not released) comes back as a red message and a re-read of the list.
// Fits 1024 x 600. Lives on the GUI thread.

#include "warehouse/documents.h"
#include "warehouse/warehouse.h"

#include <QElapsedTimer>
#include <QHash>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace backroom::ui {

class DbGate;

class PickingScreen : public QWidget {
    Q_OBJECT
public:
    enum class Step { Bin, Item, Quantity };

    explicit PickingScreen(DbGate *db, QWidget *parent = nullptr);

    // Loads the wave's tasks still to pick (only `picker`'s list when given; empty = the whole wave)
    // and shows the first one in walking order. Scans typed meanwhile wait and are then handled.
    void openWave(qint64 waveId, const QString &picker = {});

    QSpinBox *waveBox() const { return m_wave; }
    QLineEdit *pickerEdit() const { return m_picker; }
    QLineEdit *scanInput() const { return m_scan; }
    QSpinBox *missingBox() const { return m_missing; }
    QPushButton *shortButton() const { return m_short; }
    QLabel *binLabel() const { return m_bin; }
    QLabel *skuLabel() const { return m_sku; }
    QLabel *nameLabel() const { return m_name; }
    QLabel *nameThLabel() const { return m_nameTh; }
    QLabel *qtyLabel() const { return m_qty; }
    QLabel *progressLabel() const { return m_progress; }
    QLabel *promptLabel() const { return m_prompt; }
    QLabel *messageLabel() const { return m_message; }
    Step step() const { return m_step; }
    // The task on screen, 0 when none is left.
    qint64 currentTaskId() const;
    bool isLoading() const { return m_loading; }
    int confirmsInFlight() const { return m_inFlight; }

public slots:
    // One scan (what the scanner typed before Enter).
    void handleScan(const QString &text);
    void recordShortPick();
    void reloadTasks();

signals:
    void tasksLoaded(int count);
    // The screen now shows this task (0: the list is done).
    void taskShown(qint64 taskId);
    // A scan was refused on the spot or by the server.
    void scanRefused(const QString &message);
    // The server counted a confirm; elapsedMs from the Enter to its answer.
    void confirmAnswered(qint64 taskId, int unitsLeft, bool replayed, qint64 elapsedMs);
    void shortRecorded(qint64 taskId, int reallocated, int flaggedOrders);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    struct Pending { int picked = 0; int missing = 0; };   // sent, not yet answered
    void buildUi();
    void showCurrent();
    void setStep(Step step);
    void refuse(const QString &message);
    void setMessage(const QString &text, bool error);
    void takeUnits(int qty);
    void applyTasks(const warehouse::PickListDocument &doc);
    void serverRefused(const Error &error);
    int unitsLeft(const warehouse::PickTaskLine &task) const;
    const warehouse::PickTaskLine *current() const;
    QString pickerName() const;

    DbGate *m_db;
    qint64 m_waveId = 0;
    QList<warehouse::PickTaskLine> m_tasks;   // the list in walking order, as last read plus local progress
    QHash<qint64, Pending> m_pending;
    int m_current = -1;
    int m_total = 0;
    Step m_step = Step::Bin;
    bool m_loading = false;
    bool m_reloadAgain = false;
    int m_inFlight = 0;
    QStringList m_queuedScans;

    QSpinBox *m_wave = nullptr;
    QLineEdit *m_picker = nullptr;
    QPushButton *m_open = nullptr;
    QLabel *m_progress = nullptr;
    QLabel *m_bin = nullptr;
    QLabel *m_sku = nullptr;
    QLabel *m_name = nullptr;
    QLabel *m_nameTh = nullptr;
    QLabel *m_qty = nullptr;
    QLabel *m_prompt = nullptr;
    QLabel *m_message = nullptr;
    QLineEdit *m_scan = nullptr;
    QSpinBox *m_missing = nullptr;
    QPushButton *m_short = nullptr;
};

} // namespace backroom::ui
