#include "ordersscreen.h"

#include "capabilities.h"
#include "columngaps.h"
#include "dbgate.h"
#include "db/notifylistener.h"
#include "emptystate.h"
#include "orderlinesmodel.h"
#include "ordersmodel.h"
#include "recordtable.h"
#include "timeformat.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStyle>
#include <QStyleOptionViewItem>
#include <QTableView>
#include <QVBoxLayout>

namespace backroom::ui {

using orders::Order;
using orders::OrderStatus;

namespace {
constexpr int kNotifyCoalesceMs = 100;
const QString kOrdersChannel = QStringLiteral("orders_changed");

} // namespace

OrdersScreen::OrdersScreen(DbGate *db, db::NotifyListener *listener, QWidget *parent)
    : QWidget(parent), m_db(db)
{
    setObjectName(QStringLiteral("ordersScreen"));
    m_model = new OrdersModel(db, this);
    m_lines = new OrderLinesModel(this);

    // Filters
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("statusFilter"));
    m_status->addItem(tr("All statuses"));
    for (OrderStatus s : {OrderStatus::Reserved, OrderStatus::Paid, OrderStatus::Picked, OrderStatus::Packed,
                          OrderStatus::Shipped, OrderStatus::Cancelled, OrderStatus::Expired})
        m_status->addItem(OrdersModel::statusText(s), orders::statusName(s));
    m_channel = new QComboBox(this);
    m_channel->setObjectName(QStringLiteral("channelFilter"));
    m_channel->addItem(tr("All channels"));
    m_channel->addItem(tr("Web store"), QStringLiteral("web"));
    m_channel->addItem(QStringLiteral("Shopee"), QStringLiteral("shopee"));
    m_channel->addItem(QStringLiteral("Lazada"), QStringLiteral("lazada"));
    m_channel->addItem(tr("Point of sale"), QStringLiteral("pos"));
    m_useDates = new QCheckBox(tr("C&reated from"), this);
    m_useDates->setObjectName(QStringLiteral("dateFilter"));
    m_from = new QDateEdit(QDate::currentDate().addDays(-7), this);
    m_from->setObjectName(QStringLiteral("fromDate"));
    m_to = new QDateEdit(QDate::currentDate(), this);
    m_to->setObjectName(QStringLiteral("toDate"));
    for (QDateEdit *d : {m_from, m_to}) {
        d->setDisplayFormat(dateDisplayFormat());
        d->setCalendarPopup(true);
        d->setEnabled(false);
    }
    auto *filters = new QHBoxLayout;
    auto *statusLabel = new QLabel(tr("St&atus:"), this);
    statusLabel->setBuddy(m_status);
    auto *channelLabel = new QLabel(tr("Cha&nnel:"), this);
    channelLabel->setBuddy(m_channel);
    filters->addWidget(statusLabel);
    filters->addWidget(m_status);
    filters->addSpacing(12);
    filters->addWidget(channelLabel);
    filters->addWidget(m_channel);
    filters->addSpacing(12);
    filters->addWidget(m_useDates);
    filters->addWidget(m_from);
    filters->addWidget(new QLabel(tr("to"), this));
    filters->addWidget(m_to);
    filters->addStretch(1);

    // List
    m_table = makeRecordTable(this);
    m_table->setObjectName(QStringLiteral("ordersTable"));
    m_table->setModel(m_model);
    giveColumnsRoom(m_table);
    fitListColumns();
    // On first show the list asks for the width of its columns; the detail pane takes the rest.
    m_table->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContentsOnFirstShow);
    m_empty = new EmptyStateOverlay(m_table, [this] { return emptyStateText(); });

    // Detail
    auto *detailBox = new QWidget(this);
    auto *detailLayout = new QVBoxLayout(detailBox);
    detailLayout->setContentsMargins(0, 0, 0, 0);
    m_detail = new QLabel(detailBox);
    m_detail->setObjectName(QStringLiteral("orderDetail"));
    m_detail->setTextFormat(Qt::RichText);
    m_detail->setWordWrap(true);
    m_detail->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_linesView = makeRecordTable(detailBox);
    m_linesView->setObjectName(QStringLiteral("orderLines"));
    m_linesView->setModel(m_lines);
    giveColumnsRoom(m_linesView);
    // Codes and figures take what they need; the product name gets all the rest of the pane.
    auto *linesHeader = m_linesView->horizontalHeader();
    for (int c : {int(OrderLinesModel::Sku), int(OrderLinesModel::Qty), int(OrderLinesModel::UnitPrice),
                  int(OrderLinesModel::LineTotal)})
        linesHeader->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    linesHeader->setSectionResizeMode(OrderLinesModel::Name, QHeaderView::Stretch);
    m_linesView->setTextElideMode(Qt::ElideMiddle);   // if it ever must shorten, keep the name's end (size, number)
    m_cancel = new QPushButton(tr("&Cancel order…"), detailBox);
    m_cancel->setObjectName(QStringLiteral("cancelOrder"));
    m_cancel->setToolTip(tr("Cancel the selected reserved order and put its stock back on sale (Delete)"));
    m_cancel->setEnabled(false);
    m_message = new QLabel(detailBox);
    m_message->setObjectName(QStringLiteral("ordersMessage"));
    m_message->setWordWrap(true);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_message, 1);
    buttons->addWidget(m_cancel);
    detailLayout->addWidget(m_detail);
    detailLayout->addWidget(m_linesView, 1);
    detailLayout->addLayout(buttons);

    auto *split = new QSplitter(Qt::Horizontal, this);
    split->setObjectName(QStringLiteral("ordersSplit"));
    split->addWidget(m_table);
    split->addWidget(detailBox);
    split->setStretchFactor(0, 0);
    split->setStretchFactor(1, 1);   // a wider window widens the detail, where product names need it

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(split, 1);

    auto *refresh = new QAction(tr("Refresh"), this);
    refresh->setShortcut(QKeySequence::Refresh);
    refresh->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(refresh, &QAction::triggered, this, &OrdersScreen::reload);
    addAction(refresh);
    m_cancelAction = new QAction(tr("&Cancel order…"), this);
    m_cancelAction->setObjectName(QStringLiteral("cancelOrderAction"));
    m_cancelAction->setShortcut(QKeySequence::Delete);
    m_cancelAction->setShortcutContext(Qt::WidgetShortcut);
    requireCapability(m_cancelAction, Capability::ManageOrders);
    connect(m_cancelAction, &QAction::triggered, this, &OrdersScreen::cancelCurrent);
    connect(m_cancelAction, &QAction::visibleChanged, this, [this] { m_cancel->setVisible(m_cancelAction->isVisible()); });
    m_table->addAction(m_cancelAction);
    connect(m_cancel, &QPushButton::clicked, this, &OrdersScreen::cancelCurrent);

    connect(m_status, &QComboBox::currentIndexChanged, this, &OrdersScreen::applyFilters);
    connect(m_channel, &QComboBox::currentIndexChanged, this, &OrdersScreen::applyFilters);
    connect(m_useDates, &QCheckBox::toggled, this, [this](bool on) {
        m_from->setEnabled(on);
        m_to->setEnabled(on);
        applyFilters();
    });
    connect(m_from, &QDateEdit::dateChanged, this, [this] {
        if (m_useDates->isChecked())
            applyFilters();
    });
    connect(m_to, &QDateEdit::dateChanged, this, [this] {
        if (m_useDates->isChecked())
            applyFilters();
    });

    connect(m_table->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this](const QModelIndex &current) {
        showOrder(current.isValid() ? std::optional<qint64>(m_model->rowAt(current.row()).order.id) : std::nullopt);
    });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] { showOrder(std::nullopt); });
    connect(m_model, &OrdersModel::ordersChanged, this, [this](const QList<qint64> &ids) {
        if (m_shownId && ids.contains(*m_shownId))
            showOrder(m_shownId);
    });
    connect(m_model, &OrdersModel::loadFailed, this, [this](const QString &m) {
        m_loadError = m;
        setMessage(tr("Could not load orders: %1").arg(m), true);
        m_empty->refresh();
    });
    connect(m_model, &OrdersModel::pageLoaded, this, [this] {
        m_loadError.clear();
        if (m_message->property("error").toBool() && m_message->text().startsWith(tr("Could not load orders")))
            setMessage({}, false);
        m_empty->refresh();
    });
    connect(m_model, &OrdersModel::loadingChanged, m_empty, &EmptyStateOverlay::refresh);

    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(kNotifyCoalesceMs);
    connect(&m_coalesce, &QTimer::timeout, this, &OrdersScreen::flushNotifications);
    m_trailingRefresh.setSingleShot(true);
    m_trailingRefresh.setInterval(db::kCoalescedTrailingRefreshMs);
    connect(&m_trailingRefresh, &QTimer::timeout, this, &OrdersScreen::refreshLoaded);
    if (listener) {
        connect(listener, &db::NotifyListener::notified, this, &OrdersScreen::onNotified);
        connect(listener, &db::NotifyListener::resynced, this, &OrdersScreen::refreshLoaded);
        // A change committed just after LISTEN may have been skipped by the notify gate because of a
        // notification sent before we listened: read once more a gate interval later.
        connect(listener, &db::NotifyListener::listening, &m_trailingRefresh, qOverload<>(&QTimer::start));
    }
    showOrder(std::nullopt);
    m_model->reload();
}

void OrdersScreen::applyFilters()
{
    orders::OrderFilter f;
    const QString status = m_status->currentData().toString();
    OrderStatus parsed;
    if (!status.isEmpty() && orders::parseStatus(status, &parsed))
        f.status = parsed;
    f.channel = m_channel->currentData().toString();
    if (m_useDates->isChecked()) {
        // Whole local days, inclusive, sent as UTC instants.
        f.from = m_from->date().startOfDay().toUTC();
        f.to = m_to->date().addDays(1).startOfDay().toUTC();
    }
    m_model->setFilter(f);
}

void OrdersScreen::fitListColumns()
{
    // Wide enough for the longest value each column can show (in the current language), no wider.
    QStringList statuses, ages;
    for (OrderStatus s : {OrderStatus::Reserved, OrderStatus::Paid, OrderStatus::Picked, OrderStatus::Packed,
                          OrderStatus::Shipped, OrderStatus::Cancelled, OrderStatus::Expired})
        statuses << OrdersModel::statusText(s);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (qint64 secs : {0, 59 * 60, 23 * 3600, 99 * 86400})
        ages << OrdersModel::ageText(now.addSecs(-secs), now);
    const QList<QPair<int, QStringList>> samples = {
        {OrdersModel::Id, {QStringLiteral("#0000000")}},
        {OrdersModel::Status, statuses},
        {OrdersModel::Channel, {QStringLiteral("shopee"), QStringLiteral("lazada")}},
        {OrdersModel::Items, {QStringLiteral("0000")}},
        {OrdersModel::Total, {OrdersModel::moneyText(99'999'999)}},
        {OrdersModel::Age, ages},
        {OrdersModel::Created, {localDateTimeText(now)}},
    };
    // Measured as the item delegate measures a cell, margins and column padding included.
    QStyleOptionViewItem cell;
    cell.initFrom(m_table);
    cell.widget = m_table;
    cell.font = m_table->font();
    cell.fontMetrics = m_table->fontMetrics();
    cell.features = QStyleOptionViewItem::HasDisplay;
    auto *header = m_table->horizontalHeader();
    for (const auto &[column, texts] : samples) {
        int width = header->sectionSizeHint(column);
        for (const QString &t : texts) {
            cell.text = t;
            const int grid = m_table->showGrid() ? 1 : 0;   // as QTableView::sizeHintForColumn counts it
            width = std::max(width, m_table->style()->sizeFromContents(QStyle::CT_ItemViewItem, &cell, {}, m_table).width() + grid);
        }
        header->resizeSection(column, width);
    }
    header->setStretchLastSection(true);
}

void OrdersScreen::reload() { m_model->reload(); }

bool OrdersScreen::isFiltered() const
{
    return m_status->currentIndex() > 0 || m_channel->currentIndex() > 0 || m_useDates->isChecked();
}

QString OrdersScreen::emptyStateText() const
{
    if (!m_loadError.isEmpty())
        return tr("<p><b>Orders could not be loaded.</b></p><p>%1</p><p>They appear here as soon as the "
                  "database answers again; F5 tries now.</p>").arg(m_loadError.toHtmlEscaped());
    if (m_model->isLoading())
        return tr("Loading orders…");
    if (isFiltered())
        return tr("<p><b>No orders match these filters.</b></p><p>Choose “All statuses” and “All channels”, or "
                  "widen the dates, to see more.</p>");
    return tr("<p><b>No orders yet.</b></p><p>Orders from the web store, Shopee and Lazada appear here as they are "
              "placed; <code style=\"white-space: nowrap\">backroom order place</code> creates one by hand.</p>");
}

void OrdersScreen::refreshLoaded()
{
    m_model->refreshAll();
    showOrder(m_shownId);
}

void OrdersScreen::onNotified(const QString &channel, const QString &payload)
{
    if (channel != kOrdersChannel)
        return;
    bool ok = false;
    const qint64 id = payload.toLongLong(&ok);
    if (ok)
        m_pendingIds.insert(id);
    else
        m_pendingAll = true;
    if (!m_coalesce.isActive())
        m_coalesce.start();
}

void OrdersScreen::flushNotifications()
{
    // Other commits of this burst may have skipped notifying (notify gate): look again once, later.
    if (!m_trailingRefresh.isActive())
        m_trailingRefresh.start();
    if (m_pendingAll) {
        m_pendingAll = false;
        m_pendingIds.clear();
        refreshLoaded();
        return;
    }
    const QList<qint64> ids = m_pendingIds.values();
    m_pendingIds.clear();
    m_model->refreshIds(ids);
}

void OrdersScreen::showOrder(std::optional<qint64> id)
{
    const quint64 generation = ++m_detailGeneration;
    const bool same = id && m_shownId && *id == *m_shownId;
    m_shownId = id;
    if (!same) {
        m_shown.reset();
        m_lines->setLines({});
        m_cancel->setEnabled(false);
        setMessage({}, false);
    }
    if (!id) {
        m_detail->setText(tr("<i>Select an order to see its lines.</i>"));
        return;
    }
    if (!same)
        m_detail->setText(tr("<b>Order #%1</b> — loading…").arg(*id));
    using OrderResult = Result<Order>;
    const qint64 orderId = *id;
    m_db->run<OrderResult>(
        this, [orderId](db::Connection &conn) { return orders::getOrder(conn, orderId); },
        [this, generation](OrderResult order) {
            if (generation != m_detailGeneration)
                return;
            if (!order) {
                setMessage(tr("Could not load the order: %1").arg(order.error().message), true);
                return;
            }
            showDetail(*order);
        });
}

void OrdersScreen::showDetail(const Order &o)
{
    m_shown = o;
    QString text = tr("<b>Order #%1</b> · %2 · %3<br>Created %4 · Total <b>%5</b>")
                       .arg(o.id)
                       .arg(OrdersModel::statusText(o.status).toHtmlEscaped(), o.channel.toHtmlEscaped(),
                            localDateTimeText(o.createdAt),
                            OrdersModel::moneyText(o.totalSatang));
    if (o.status == OrderStatus::Reserved && o.expiresAt.isValid())
        text += tr("<br>Reservation expires %1").arg(localDateTimeText(o.expiresAt));
    if (!o.idempotencyKey.isEmpty())
        text += tr("<br><small>Key: %1</small>").arg(o.idempotencyKey.toHtmlEscaped());
    m_detail->setText(text);
    m_lines->setLines(o.lines);
    m_cancel->setEnabled(o.status == OrderStatus::Reserved);
    m_model->updateOrder(o);
}

void OrdersScreen::cancelCurrent()
{
    if (!m_shown || m_shown->status != OrderStatus::Reserved || m_confirm || !m_cancelAction->isVisible())
        return;
    const qint64 id = m_shown->id;
    if (!m_confirmDestructive) {
        cancelConfirmed(id);
        return;
    }
    auto *box = new QMessageBox(QMessageBox::Question, tr("Cancel order"),
                                tr("Cancel order #%1 (%2)? Its reserved stock goes back on sale. This cannot be undone.")
                                    .arg(id)
                                    .arg(OrdersModel::moneyText(m_shown->totalSatang)),
                                QMessageBox::Yes | QMessageBox::No, this);
    box->setObjectName(QStringLiteral("cancelConfirmation"));
    box->button(QMessageBox::Yes)->setText(tr("Cancel the order"));
    box->button(QMessageBox::No)->setText(tr("Keep the order"));
    box->setDefaultButton(QMessageBox::No);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, id] {
        if (box->clickedButton() == box->button(QMessageBox::Yes))
            cancelConfirmed(id);
    });
    m_confirm = box;
    box->open();
}

void OrdersScreen::cancelConfirmed(qint64 id)
{
    m_cancel->setEnabled(false);
    setMessage(tr("Cancelling order #%1…").arg(id), false);
    using OrderResult = Result<Order>;
    m_db->run<OrderResult>(
        this,
        [id](db::Connection &conn) { return orders::cancelOrder(conn, id, QStringLiteral("cancelled by staff")); },
        [this, id](OrderResult order) {
            if (!order) {
                setMessage(tr("Could not cancel order #%1: %2").arg(id).arg(order.error().message), true);
                if (m_shownId && *m_shownId == id)
                    showOrder(id);
                return;
            }
            setMessage(tr("Order #%1 cancelled; its stock is back on sale.").arg(id), false);
            m_model->refreshIds({id});
            if (m_shownId && *m_shownId == id)
                showOrder(id);
        });
}

void OrdersScreen::setMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setProperty("error", error);
    m_message->setStyleSheet(error ? QStringLiteral("QLabel { color: #b00020; }") : QString());
}

} // namespace backroom::ui
