#include "stockscreen.h"

#include "capabilities.h"
#include "dbgate.h"
#include "recordtable.h"
#include "db/notifylistener.h"
#include "editdialog.h"
#include "historymodel.h"
#include "stockmodel.h"

#include <QAction>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>
#include <algorithm>

namespace backroom::ui {

using inventory::StockKey;

namespace {
constexpr int kSearchDebounceMs = 250;
constexpr int kNotifyCoalesceMs = 100;
const QString kStockChannel = QStringLiteral("stock_changed");

} // namespace

StockScreen::StockScreen(DbGate *listing, DbGate *db, db::NotifyListener *listener, QWidget *parent)
    : QWidget(parent), m_db(db)
{
    setObjectName(QStringLiteral("stockScreen"));
    m_model = new StockModel(listing, db, this);
    m_history = new HistoryModel(db, this);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("stockSearch"));
    m_search->setPlaceholderText(tr("Search SKU or name, English or Thai — typos are fine (Ctrl+F)"));
    m_search->setClearButtonEnabled(true);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("stockStatus"));
    m_status->setMaximumWidth(m_status->fontMetrics().averageCharWidth() * 60);
    auto *top = new QHBoxLayout;
    top->addWidget(m_search, 1);
    top->addWidget(m_status);

    m_table = makeRecordTable(this);
    m_table->setObjectName(QStringLiteral("stockTable"));
    m_table->setModel(m_model);
    m_table->horizontalHeader()->setSortIndicator(StockModel::Sku, Qt::AscendingOrder);
    m_table->setSortingEnabled(true);   // header clicks call StockModel::sort, which sorts in SQL
    auto *header = m_table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setStretchLastSection(false);
    const int digit = m_table->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    header->resizeSection(StockModel::Sku, digit * 14);
    header->resizeSection(StockModel::Name, digit * 34);
    header->resizeSection(StockModel::NameTh, digit * 30);
    header->resizeSection(StockModel::Bin, digit * 10);
    for (int c : {StockModel::OnHand, StockModel::Reserved, StockModel::Available})
        header->resizeSection(c, digit * 11);
    header->setSectionResizeMode(StockModel::Name, QHeaderView::Stretch);

    m_historyTitle = new QLabel(tr("History"), this);
    m_historyTitle->setObjectName(QStringLiteral("historyTitle"));
    m_historyView = makeRecordTable(this);
    m_historyView->setObjectName(QStringLiteral("historyTable"));
    m_historyView->setModel(m_history);
    m_historyView->horizontalHeader()->resizeSection(HistoryModel::Time, digit * 20);
    m_historyView->horizontalHeader()->resizeSection(HistoryModel::Reason, digit * 26);
    // "login (note)": the authenticated login and what the client said about itself.
    m_historyView->horizontalHeader()->resizeSection(HistoryModel::Actor, digit * 30);
    m_historyView->horizontalHeader()->setStretchLastSection(true);
    auto *historyBox = new QWidget(this);
    auto *historyLayout = new QVBoxLayout(historyBox);
    historyLayout->setContentsMargins(0, 0, 0, 0);
    historyLayout->addWidget(m_historyTitle);
    historyLayout->addWidget(m_historyView);

    auto *split = new QSplitter(Qt::Vertical, this);
    split->setObjectName(QStringLiteral("stockSplit"));   // named: the window remembers its sizes
    split->addWidget(m_table);
    split->addWidget(historyBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 1);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(split, 1);

    // Actions: shortcuts work anywhere on the screen; Enter edits only from the table.
    auto *refresh = new QAction(tr("Refresh"), this);
    refresh->setShortcut(QKeySequence::Refresh);
    refresh->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(refresh, &QAction::triggered, this, &StockScreen::reload);
    addAction(refresh);
    auto *find = new QAction(tr("Search"), this);
    find->setShortcut(QKeySequence::Find);
    find->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(find, &QAction::triggered, this, &StockScreen::focusSearch);
    addAction(find);
    auto *edit = new QAction(tr("Edit quantity"), this);
    edit->setShortcuts({QKeySequence(Qt::Key_F2), QKeySequence(Qt::Key_Return), QKeySequence(Qt::Key_Enter)});
    edit->setShortcutContext(Qt::WidgetShortcut);
    requireCapability(edit, Capability::EditStock);
    connect(edit, &QAction::triggered, this, &StockScreen::editCurrent);
    m_table->addAction(edit);
    // A double-click edits like the action does, and only when the role may (the action is hidden then).
    connect(m_table, &QTableView::doubleClicked, edit, [edit] {
        if (edit->isVisible())
            edit->trigger();
    });

    m_searchDebounce.setSingleShot(true);
    m_searchDebounce.setInterval(kSearchDebounceMs);
    connect(m_search, &QLineEdit::textChanged, &m_searchDebounce, qOverload<>(&QTimer::start));
    connect(&m_searchDebounce, &QTimer::timeout, this, [this] { m_model->setSearch(m_search->text()); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] {
        m_searchDebounce.stop();
        m_model->setSearch(m_search->text());
        m_table->setFocus();
        if (m_model->rowCount() > 0 && !m_table->currentIndex().isValid())
            m_table->setCurrentIndex(m_model->index(0, 0));
    });

    m_notifyCoalesce.setSingleShot(true);
    m_notifyCoalesce.setInterval(kNotifyCoalesceMs);
    connect(&m_notifyCoalesce, &QTimer::timeout, this, &StockScreen::flushNotifications);
    m_trailingRefresh.setSingleShot(true);
    m_trailingRefresh.setInterval(db::kCoalescedTrailingRefreshMs);
    connect(&m_trailingRefresh, &QTimer::timeout, this, &StockScreen::refreshLoaded);
    if (listener) {
        connect(listener, &db::NotifyListener::notified, this, &StockScreen::onNotified);
        connect(listener, &db::NotifyListener::resynced, this, &StockScreen::refreshLoaded);
        // A change committed just after LISTEN may have been skipped by the notify gate because of a
        // notification sent before we listened: read once more a gate interval later.
        connect(listener, &db::NotifyListener::listening, &m_trailingRefresh, qOverload<>(&QTimer::start));
    }

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &StockScreen::onCurrentRowChanged);
    connect(m_model, &QAbstractItemModel::modelReset, this, &StockScreen::onCurrentRowChanged);
    connect(m_model, &StockModel::levelsRefreshed, this, [this](const QList<StockKey> &keys) {
        const auto shown = m_history->key();
        if (shown && std::any_of(keys.begin(), keys.end(), [&](const StockKey &k) { return k == *shown; }))
            m_history->reload();
    });
    connect(m_model, &StockModel::pageLoaded, this, [this] {
        m_lastError.clear();
        updateStatus();
    });
    connect(m_model, &StockModel::loadingChanged, this, &StockScreen::updateStatus);
    connect(m_model, &StockModel::loadFailed, this, [this](const QString &message) {
        m_lastError = message;
        updateStatus();
    });

    m_model->reload();
}

void StockScreen::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void StockScreen::reload() { m_model->reload(); }

void StockScreen::refreshLoaded()
{
    m_model->refreshAll();
    m_history->reload();
}

void StockScreen::editCurrent()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid() || m_dialog)
        return;
    auto *dialog = new EditDialog(m_db, m_model->levelAt(current.row()), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &EditDialog::levelKnown, m_model, &StockModel::updateLevel);
    connect(dialog, &EditDialog::levelKnown, m_history, &HistoryModel::reload);
    connect(dialog, &QDialog::finished, m_table, qOverload<>(&QWidget::setFocus));
    m_dialog = dialog;
    dialog->open();
}

void StockScreen::onNotified(const QString &channel, const QString &payload)
{
    if (channel != kStockChannel)
        return;
    // Payload "<product_id>:<bin_id>"; "*" (bulk change) or anything unexpected re-reads everything.
    const int colon = payload.indexOf(QLatin1Char(':'));
    bool okProduct = false, okBin = false;
    StockKey key;
    if (colon > 0) {
        key.productId = payload.left(colon).toLongLong(&okProduct);
        key.binId = payload.mid(colon + 1).toInt(&okBin);
    }
    if (okProduct && okBin)
        m_pendingKeys.insert({key.productId, key.binId}, key);
    else
        m_pendingAll = true;
    if (!m_notifyCoalesce.isActive())
        m_notifyCoalesce.start();
}

void StockScreen::flushNotifications()
{
    // Other commits of this burst may have skipped notifying (notify gate): look again once, later.
    if (!m_trailingRefresh.isActive())
        m_trailingRefresh.start();
    if (m_pendingAll) {
        m_pendingAll = false;
        m_pendingKeys.clear();
        m_model->refreshAll();
        m_history->reload();
        return;
    }
    const QList<StockKey> keys = m_pendingKeys.values();
    m_pendingKeys.clear();
    m_model->refreshKeys(keys);
}

void StockScreen::onCurrentRowChanged()
{
    const QModelIndex current = m_table->currentIndex();
    if (!current.isValid()) {
        m_history->setKey(std::nullopt);
        m_historyTitle->setText(tr("History — select a row to see its changes"));
        return;
    }
    const inventory::StockLevel &level = m_model->levelAt(current.row());
    m_history->setKey(level.key);
    m_historyTitle->setText(tr("History of %1 in bin %2").arg(level.sku, level.binCode));
}

void StockScreen::updateStatus()
{
    QString text = tr("%n row(s) loaded", nullptr, m_model->rowCount());
    if (m_model->isLoading())
        text += tr(" — loading…");
    if (!m_lastError.isEmpty())
        text = tr("Could not load stock: %1").arg(m_lastError);
    m_status->setText(text);
    m_status->setToolTip(m_lastError);
}

} // namespace backroom::ui
