#include "ordersscreen.h"

#include "dbgate.h"
#include "db/notifylistener.h"
#include "orderlinesmodel.h"
#include "ordersmodel.h"
#include "recordtable.h"

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
    m_useDates = new QCheckBox(tr("&Created from"), this);
    m_useDates->setObjectName(QStringLiteral("dateFilter"));
    m_from = new QDateEdit(QDate::currentDate().addDays(-7), this);
    m_from->setObjectName(QStringLiteral("fromDate"));
    m_to = new QDateEdit(QDate::currentDate(), this);
    m_to->setObjectName(QStringLiteral("toDate"));
    for (QDateEdit *d : {m_from, m_to}) {
        d->setCalendarPopup(true);
        d->setEnabled(false);
    }
    auto *filters = new QHBoxLayout;
    auto *statusLabel = new QLabel(tr("S&tatus:"), this);
    statusLabel->setBuddy(m_status);
    auto *channelLabel = new QLabel(tr("C&hannel:"), this);
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
    const int digit = m_table->fontMetrics().horizontalAdvance(QLatin1Char('0'));
    auto *header = m_table->horizontalHeader();
    header->resizeSection(OrdersModel::Id, digit * 10);
    header->resizeSection(OrdersModel::Status, digit * 13);
    header->resizeSection(OrdersModel::Channel, digit * 10);
    header->resizeSection(OrdersModel::Items, digit * 8);
    header->resizeSection(OrdersModel::Total, digit * 14);
    header->resizeSection(OrdersModel::Age, digit * 10);
    header->setStretchLastSection(true);

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
    m_linesView->horizontalHeader()->resizeSection(OrderLinesModel::Sku, digit * 12);
    m_linesView->horizontalHeader()->setSectionResizeMode(OrderLinesModel::Name, QHeaderView::Stretch);
    m_linesView->horizontalHeader()->resizeSection(OrderLinesModel::Qty, digit * 5);
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
    split->addWidget(m_table);
    split->addWidget(detailBox);
    split->setStretchFactor(0, 3);
    split->setStretchFactor(1, 2);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(split, 1);

    auto *refresh = new QAction(tr("Refresh"), this);
    refresh->setShortcut(QKeySequence::Refresh);
    refresh->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(refresh, &QAction::triggered, this, &OrdersScreen::reload);
    addAction(refresh);
    auto *cancel = new QAction(tr("Cancel order"), this);
    cancel->setShortcut(QKeySequence::Delete);
    cancel->setShortcutContext(Qt::WidgetShortcut);
    connect(cancel, &QAction::triggered, this, &OrdersScreen::cancelCurrent);
    m_table->addAction(cancel);
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
        setMessage(tr("Could not load orders: %1").arg(m), true);
    });
    connect(m_model, &OrdersModel::pageLoaded, this, [this] {
        if (m_message->property("error").toBool() && m_message->text().startsWith(tr("Could not load orders")))
            setMessage({}, false);
    });

    m_coalesce.setSingleShot(true);
    m_coalesce.setInterval(kNotifyCoalesceMs);
    connect(&m_coalesce, &QTimer::timeout, this, &OrdersScreen::flushNotifications);
    if (listener) {
        connect(listener, &db::NotifyListener::notified, this, &OrdersScreen::onNotified);
        connect(listener, &db::NotifyListener::resynced, this, &OrdersScreen::refreshLoaded);
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

void OrdersScreen::reload() { m_model->reload(); }

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
                            QLocale().toString(o.createdAt.toLocalTime(), QLocale::ShortFormat),
                            OrdersModel::moneyText(o.totalSatang));
    if (o.status == OrderStatus::Reserved && o.expiresAt.isValid())
        text += tr("<br>Reservation expires %1").arg(QLocale().toString(o.expiresAt.toLocalTime(), QLocale::ShortFormat));
    if (!o.idempotencyKey.isEmpty())
        text += tr("<br><small>Key: %1</small>").arg(o.idempotencyKey.toHtmlEscaped());
    m_detail->setText(text);
    m_lines->setLines(o.lines);
    m_cancel->setEnabled(o.status == OrderStatus::Reserved);
    m_model->updateOrder(o);
}

void OrdersScreen::cancelCurrent()
{
    if (!m_shown || m_shown->status != OrderStatus::Reserved || m_confirm)
        return;
    const qint64 id = m_shown->id;
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
