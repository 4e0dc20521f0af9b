#include "pickingscreen.h"

#include "dbgate.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QFont>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QShortcut>
#include <QSpinBox>
#include <QVBoxLayout>
#include <algorithm>
#include <limits>
#include <memory>
#include <utility>

namespace backroom::ui {

using warehouse::PickTaskLine;

namespace {
QLabel *bigLabel(QWidget *parent, const char *name, int pointSize, bool bold)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QString::fromLatin1(name));
    QFont f = label->font();
    f.setPointSize(pointSize);
    f.setBold(bold);
    label->setFont(f);
    label->setTextInteractionFlags(Qt::NoTextInteraction);
    return label;
}

bool isOpen(const PickTaskLine &t)
{
    return t.status == QLatin1String("open") || t.status == QLatin1String("claimed");
}

bool sameCode(const QString &scanned, const QString &code)
{
    return !code.isEmpty() && scanned.compare(code, Qt::CaseInsensitive) == 0;
}
} // namespace

PickingScreen::PickingScreen(DbGate *db, QWidget *parent) : QWidget(parent), m_db(db)
{
    setObjectName(QStringLiteral("pickingScreen"));
    buildUi();
    showCurrent();
}

void PickingScreen::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    layout->setSpacing(4);

    auto *top = new QHBoxLayout;
    m_wave = new QSpinBox(this);
    m_wave->setRange(0, std::numeric_limits<int>::max());
    m_wave->setPrefix(tr("Wave "));
    m_picker = new QLineEdit(this);
    m_picker->setPlaceholderText(tr("Picker (empty: whole wave)"));
    m_open = new QPushButton(tr("Loa&d list"), this);
    m_progress = bigLabel(this, "pickProgress", 14, true);
    top->addWidget(m_wave);
    top->addWidget(m_picker, 1);
    top->addWidget(m_open);
    top->addStretch(1);
    top->addWidget(m_progress);
    layout->addLayout(top);

    auto *task = new QGridLayout;
    m_bin = bigLabel(this, "pickBin", 40, true);
    m_qty = bigLabel(this, "pickQty", 32, true);
    m_qty->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    m_sku = bigLabel(this, "pickSku", 24, true);
    m_name = bigLabel(this, "pickName", 18, false);
    m_nameTh = bigLabel(this, "pickNameTh", 18, false);
    m_name->setWordWrap(true);
    m_nameTh->setWordWrap(true);
    task->addWidget(m_bin, 0, 0);
    task->addWidget(m_qty, 0, 1);
    task->addWidget(m_sku, 1, 0, 1, 2);
    task->addWidget(m_name, 2, 0, 1, 2);
    task->addWidget(m_nameTh, 3, 0, 1, 2);
    task->setColumnStretch(0, 1);
    layout->addLayout(task);

    m_prompt = bigLabel(this, "pickPrompt", 18, true);
    m_prompt->setStyleSheet(QStringLiteral("color: #0b57d0;"));
    layout->addWidget(m_prompt);
    m_scan = new QLineEdit(this);
    m_scan->setObjectName(QStringLiteral("pickScan"));
    QFont scanFont = m_scan->font();
    scanFont.setPointSize(20);
    m_scan->setFont(scanFont);
    m_scan->setPlaceholderText(tr("Scan here (or type, then Enter)"));
    layout->addWidget(m_scan);
    m_message = bigLabel(this, "pickMessage", 16, true);
    m_message->setWordWrap(true);
    m_message->setMinimumHeight(m_message->fontMetrics().height() * 2);
    m_message->setAlignment(Qt::AlignLeft | Qt::AlignTop);
    layout->addWidget(m_message);
    layout->addStretch(1);

    auto *shortRow = new QHBoxLayout;
    m_missing = new QSpinBox(this);
    m_missing->setRange(1, 9999);
    m_missing->setPrefix(tr("Missing: "));
    m_missing->installEventFilter(this);
    m_short = new QPushButton(tr("Record short pick (F8 then Enter)"), this);
    shortRow->addWidget(m_missing);
    shortRow->addWidget(m_short);
    shortRow->addStretch(1);
    layout->addLayout(shortRow);

    connect(m_scan, &QLineEdit::returnPressed, this, [this] {
        const QString text = m_scan->text().trimmed();
        m_scan->clear();
        handleScan(text);
    });
    connect(m_open, &QPushButton::clicked, this, [this] { openWave(m_wave->value(), m_picker->text().trimmed()); });
    connect(m_short, &QPushButton::clicked, this, &PickingScreen::recordShortPick);
    auto *f8 = new QShortcut(QKeySequence(Qt::Key_F8), this);
    connect(f8, &QShortcut::activated, this, [this] {
        m_missing->setFocus();
        m_missing->selectAll();
    });
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(escape, &QShortcut::activated, this, [this] {
        setStep(Step::Bin);
        m_scan->setFocus();
    });
}

// Enter in the missing-units box records the short pick: keyboard only.
bool PickingScreen::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_missing && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Return || key == Qt::Key_Enter) {
            recordShortPick();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void PickingScreen::openWave(qint64 waveId, const QString &picker)
{
    m_waveId = waveId;
    if (m_wave->value() != waveId)
        m_wave->setValue(int(waveId));
    if (m_picker->text() != picker)
        m_picker->setText(picker);
    m_tasks.clear();
    m_current = -1;
    m_total = 0;
    setMessage({}, false);
    reloadTasks();
    m_scan->setFocus();
}

QString PickingScreen::pickerName() const
{
    return m_picker->text().trimmed();
}

void PickingScreen::reloadTasks()
{
    if (m_waveId <= 0)
        return;
    if (m_loading) {
        m_reloadAgain = true;
        return;
    }
    m_loading = true;
    const qint64 wave = m_waveId;
    const QString picker = pickerName();
    m_db->run<Result<warehouse::PickListDocument>>(
        this, [wave, picker](db::Connection &conn) { return warehouse::pickListDocument(conn, wave, picker); },
        [this](Result<warehouse::PickListDocument> doc) {
            m_loading = false;
            if (!doc)
                refuse(doc.error().message);
            else
                applyTasks(*doc);
            if (m_reloadAgain) {
                m_reloadAgain = false;
                reloadTasks();
                return;
            }
            const QStringList queued = std::exchange(m_queuedScans, {});
            for (const QString &scan : queued)
                handleScan(scan);
        });
}

// Keeps the task on screen when it is still to pick; counts units sent but not yet answered as taken.
void PickingScreen::applyTasks(const warehouse::PickListDocument &doc)
{
    const qint64 shownBefore = currentTaskId();
    m_tasks.clear();
    for (PickTaskLine t : doc.lines) {
        if (!isOpen(t))
            continue;
        const Pending p = m_pending.value(t.taskId);
        t.picked += p.picked;
        t.missing += p.missing;
        m_tasks.append(t);
    }
    m_total = int(m_tasks.size());
    m_current = -1;
    for (int i = 0; i < m_tasks.size(); ++i) {
        if (unitsLeft(m_tasks.at(i)) > 0 && (m_current < 0 || m_tasks.at(i).taskId == shownBefore))
            m_current = i;
        if (m_current >= 0 && m_tasks.at(m_current).taskId == shownBefore)
            break;
    }
    if (doc.wave.status != QLatin1String("released"))
        refuse(tr("Wave %1 is %2: only a released wave can be picked.").arg(doc.wave.id).arg(doc.wave.status));
    if (currentTaskId() != shownBefore)
        setStep(Step::Bin);
    showCurrent();
    emit tasksLoaded(int(m_tasks.size()));
}

int PickingScreen::unitsLeft(const PickTaskLine &task) const
{
    return std::max(0, task.qty - task.picked - task.missing);
}

const PickTaskLine *PickingScreen::current() const
{
    return m_current >= 0 && m_current < m_tasks.size() ? &m_tasks.at(m_current) : nullptr;
}

qint64 PickingScreen::currentTaskId() const
{
    const PickTaskLine *t = current();
    return t ? t->taskId : 0;
}

void PickingScreen::handleScan(const QString &text)
{
    if (m_loading) {
        m_queuedScans.append(text);
        return;
    }
    const PickTaskLine *task = current();
    if (!task) {
        if (!text.isEmpty())
            refuse(m_waveId > 0 ? tr("Nothing left to pick on this list.") : tr("Open a wave's list first."));
        return;
    }
    switch (m_step) {
    case Step::Bin:
        if (text.isEmpty())
            return;
        if (!sameCode(text, task->binCode)) {
            refuse(tr("Wrong bin: you scanned %1. Go to bin %2.").arg(text, task->binCode));
            return;
        }
        setMessage(tr("Bin %1 OK.").arg(task->binCode), false);
        setStep(Step::Item);
        return;
    case Step::Item:
        if (text.isEmpty())
            return;
        if (!sameCode(text, task->sku) && !sameCode(text, task->barcode)) {
            refuse(tr("Wrong item: you scanned %1. Take %2 (%3).").arg(text, task->sku, task->nameEn));
            return;
        }
        setMessage(tr("Item %1 OK.").arg(task->sku), false);
        setStep(Step::Quantity);
        return;
    case Step::Quantity: {
        const int left = unitsLeft(*task);
        bool ok = true;
        const int qty = text.isEmpty() ? left : text.toInt(&ok);
        if (!ok || qty < 1 || qty > left) {
            refuse(tr("Type a number from 1 to %1, or press Enter to confirm all %1.").arg(left));
            return;
        }
        takeUnits(qty);
        return;
    }
    }
}

// Counts the units here, moves on at once, and sends claim + confirm to the queue.
void PickingScreen::takeUnits(int qty)
{
    PickTaskLine &task = m_tasks[m_current];
    warehouse::PickScan scan;
    scan.taskId = task.taskId;
    scan.binCode = task.binCode;
    scan.item = task.sku;
    scan.qty = qty;
    scan.scanId = warehouse::newScanId();   // made once here: a retry of this confirm counts once
    scan.picker = pickerName();
    task.picked += qty;
    m_pending[task.taskId].picked += qty;
    ++m_inFlight;
    auto clock = std::make_shared<QElapsedTimer>();
    clock->start();

    const QString done = tr("%1 × %2 from %3 confirmed.").arg(qty).arg(task.sku, task.binCode);
    if (unitsLeft(task) == 0) {
        int next = -1;
        for (int i = m_current + 1; i < m_tasks.size() && next < 0; ++i)
            if (unitsLeft(m_tasks.at(i)) > 0)
                next = i;
        m_current = next;
        setStep(Step::Bin);
    } else {
        setStep(Step::Item);
    }
    setMessage(done, false);
    showCurrent();

    using Answer = Result<warehouse::ConfirmOutcome>;
    m_db->run<Answer>(
        this,
        [scan](db::Connection &conn) -> Answer {
            if (auto claimed = warehouse::claimTask(conn, scan.taskId, scan.picker); !claimed)
                return claimed.error();
            return warehouse::confirmPick(conn, scan);
        },
        [this, scan, clock](Answer outcome) {
            --m_inFlight;
            Pending &p = m_pending[scan.taskId];
            p.picked -= scan.qty;
            if (p.picked == 0 && p.missing == 0)
                m_pending.remove(scan.taskId);
            if (!outcome) {
                serverRefused(outcome.error());
                return;
            }
            emit confirmAnswered(scan.taskId, outcome->left, outcome->replayed, clock->elapsed());
        });
}

void PickingScreen::recordShortPick()
{
    const PickTaskLine *task = current();
    if (!task) {
        refuse(tr("No task on screen to record a short pick for."));
        return;
    }
    const int missing = m_missing->value();
    const int left = unitsLeft(*task);
    if (missing > left) {
        refuse(tr("Only %1 unit(s) are left to pick on this task.").arg(left));
        return;
    }
    const qint64 taskId = task->taskId;
    const QString picker = pickerName();
    const QString scanId = warehouse::newScanId();
    m_tasks[m_current].missing += missing;
    m_pending[taskId].missing += missing;
    ++m_inFlight;
    setMessage(tr("Recording %1 missing from bin %2…").arg(missing).arg(task->binCode), false);
    using Answer = Result<warehouse::ShortOutcome>;
    m_db->run<Answer>(
        this,
        [taskId, missing, scanId, picker](db::Connection &conn) -> Answer {
            if (auto claimed = warehouse::claimTask(conn, taskId, picker); !claimed)
                return claimed.error();
            return warehouse::recordShortPick(conn, taskId, missing, scanId, picker);
        },
        [this, taskId, missing](Answer outcome) {
            --m_inFlight;
            Pending &p = m_pending[taskId];
            p.missing -= missing;
            if (p.picked == 0 && p.missing == 0)
                m_pending.remove(taskId);
            if (!outcome) {
                serverRefused(outcome.error());
                return;
            }
            if (!outcome->flaggedOrders.isEmpty())
                setMessage(tr("Short pick recorded. No other bin has the units: the lead is told about %n order(s).",
                              nullptr, int(outcome->flaggedOrders.size())),
                           true);
            else
                setMessage(tr("Short pick recorded; %n unit(s) to pick from another bin (added to your list).", nullptr,
                              outcome->reallocated),
                           false);
            emit shortRecorded(taskId, outcome->reallocated, int(outcome->flaggedOrders.size()));
            reloadTasks();   // a reallocation adds a task
        });
    m_scan->setFocus();
}

void PickingScreen::serverRefused(const Error &error)
{
    refuse(error.message);
    reloadTasks();
}

void PickingScreen::refuse(const QString &message)
{
    QApplication::beep();
    setMessage(message, true);
    emit scanRefused(message);
}

void PickingScreen::setMessage(const QString &text, bool error)
{
    m_message->setStyleSheet(error ? QStringLiteral("color: white; background: #b3261e; padding: 4px;")
                                   : QStringLiteral("color: #146c2e;"));
    m_message->setText(text);
}

void PickingScreen::setStep(Step step)
{
    m_step = step;
    const PickTaskLine *task = current();
    if (!task) {
        m_prompt->setText(m_waveId > 0 && !m_loading ? tr("List done.") : QString());
        return;
    }
    switch (step) {
    case Step::Bin: m_prompt->setText(tr("1. Scan bin %1").arg(task->binCode)); break;
    case Step::Item: m_prompt->setText(tr("2. Scan the item %1").arg(task->sku)); break;
    case Step::Quantity:
        m_prompt->setText(tr("3. Enter confirms %1 unit(s), or type how many").arg(unitsLeft(*task)));
        break;
    }
}

void PickingScreen::showCurrent()
{
    const PickTaskLine *task = current();
    if (!task) {
        m_bin->setText(m_waveId > 0 ? tr("Done") : tr("No list open"));
        m_sku->clear();
        m_name->setText(m_waveId > 0 ? tr("Every task on this list is picked.") : tr("Choose a wave and open its list."));
        m_nameTh->clear();
        m_qty->clear();
        m_progress->setText(m_total > 0 ? tr("%1 of %1 done").arg(m_total) : QString());
        setStep(m_step);
        emit taskShown(0);
        return;
    }
    m_bin->setText(tr("Bin %1").arg(task->binCode));
    m_qty->setText(tr("× %1").arg(unitsLeft(*task)));
    m_sku->setText(task->sku);
    m_name->setText(task->nameEn);
    m_nameTh->setText(task->nameTh);
    m_progress->setText(tr("Task %1 of %2").arg(m_current + 1).arg(m_total));
    setStep(m_step);
    emit taskShown(task->taskId);
}

} // namespace backroom::ui
