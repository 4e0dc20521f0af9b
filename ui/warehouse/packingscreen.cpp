#include "packingscreen.h"

#include "dbgate.h"
#include "warehouse/warehouse.h"
#include "warehouseprint.h"

#include <QApplication>
#include <QFont>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace backroom::ui {

namespace {
enum Column { Sku, Name, Expected, Scanned, ColumnCount };

bool sameCode(const QString &scanned, const QString &code)
{
    return !code.isEmpty() && scanned.compare(code, Qt::CaseInsensitive) == 0;
}
} // namespace

PackingScreen::PackingScreen(DbGate *db, QWidget *parent) : QWidget(parent), m_db(db)
{
    setObjectName(QStringLiteral("packingScreen"));
    buildUi();
    showOrder();
}

void PackingScreen::buildUi()
{
    auto *layout = new QVBoxLayout(this);
    QFont big = font();
    big.setPointSize(16);

    auto *scans = new QHBoxLayout;
    m_orderInput = new QLineEdit(this);
    m_orderInput->setObjectName(QStringLiteral("packOrderInput"));
    m_orderInput->setPlaceholderText(tr("1. Scan the order (number)"));
    m_orderInput->setFont(big);
    m_itemInput = new QLineEdit(this);
    m_itemInput->setObjectName(QStringLiteral("packItemInput"));
    m_itemInput->setPlaceholderText(tr("2. Scan each unit into the parcel"));
    m_itemInput->setFont(big);
    scans->addWidget(m_orderInput, 1);
    scans->addWidget(m_itemInput, 2);
    layout->addLayout(scans);

    m_header = new QLabel(this);
    m_header->setFont(big);
    layout->addWidget(m_header);

    m_lines = new QTableWidget(0, ColumnCount, this);
    m_lines->setObjectName(QStringLiteral("packLines"));
    m_lines->setHorizontalHeaderLabels({tr("SKU"), tr("Item"), tr("Expected"), tr("Scanned")});
    m_lines->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_lines->setFocusPolicy(Qt::NoFocus);
    m_lines->verticalHeader()->hide();
    m_lines->horizontalHeader()->setSectionResizeMode(Name, QHeaderView::Stretch);
    layout->addWidget(m_lines, 1);

    m_reason = new QLabel(this);
    m_reason->setObjectName(QStringLiteral("packReason"));
    m_reason->setWordWrap(true);
    m_reason->setFont(big);
    layout->addWidget(m_reason);

    auto *actions = new QHBoxLayout;
    m_undo = new QPushButton(tr("&Undo last scan"), this);
    m_pack = new QPushButton(tr("Pa&ck"), this);
    m_tracking = new QLineEdit(this);
    m_tracking->setObjectName(QStringLiteral("packTracking"));
    m_tracking->setPlaceholderText(tr("3. Tracking number"));
    m_ship = new QPushButton(tr("Sh&ip"), this);
    m_print = new QPushButton(tr("P&rint packing slip"), this);
    actions->addWidget(m_undo);
    actions->addStretch(1);
    actions->addWidget(m_pack);
    actions->addWidget(m_tracking, 1);
    actions->addWidget(m_ship);
    actions->addWidget(m_print);
    layout->addLayout(actions);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("packMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    connect(m_orderInput, &QLineEdit::returnPressed, this, [this] {
        bool ok = false;
        const qint64 id = m_orderInput->text().trimmed().toLongLong(&ok);
        if (!ok || id <= 0) {
            QApplication::beep();
            setMessage(tr("%1 is not an order number.").arg(m_orderInput->text()), true);
            m_orderInput->selectAll();
            return;
        }
        openOrder(id);
    });
    connect(m_itemInput, &QLineEdit::returnPressed, this, [this] {
        const QString text = m_itemInput->text().trimmed();
        m_itemInput->clear();
        if (!text.isEmpty())
            scanItem(text);
    });
    connect(m_tracking, &QLineEdit::textChanged, this, &PackingScreen::refreshCheck);
    connect(m_tracking, &QLineEdit::returnPressed, this, &PackingScreen::ship);
    connect(m_undo, &QPushButton::clicked, this, &PackingScreen::undoLastScan);
    connect(m_pack, &QPushButton::clicked, this, &PackingScreen::pack);
    connect(m_ship, &QPushButton::clicked, this, &PackingScreen::ship);
    connect(m_print, &QPushButton::clicked, this, &PackingScreen::printSlip);
}

std::optional<qint64> PackingScreen::orderId() const
{
    return m_order ? std::optional<qint64>(m_order->orderId) : std::nullopt;
}

void PackingScreen::openOrder(qint64 orderId)
{
    m_busy = true;
    refreshCheck();
    m_db->run<Result<warehouse::PackingSlipDocument>>(
        this, [orderId](db::Connection &conn) { return warehouse::packingSlipDocument(conn, orderId); },
        [this, orderId](Result<warehouse::PackingSlipDocument> doc) {
            m_busy = false;
            if (!doc) {
                QApplication::beep();
                setMessage(doc.error().message, true);
                refreshCheck();
                return;
            }
            const bool sameOrder = m_order && m_order->orderId == orderId;
            m_order = *doc;
            if (!sameOrder) {
                m_scanned.clear();
                m_tracking->clear();
                setMessage({}, false);
            }
            showOrder();
            m_itemInput->setFocus();
            emit orderLoaded(orderId);
        });
}

int PackingScreen::lineOf(const QString &item) const
{
    for (int i = 0; i < m_order->lines.size(); ++i) {
        const auto &line = m_order->lines.at(i);
        if ((sameCode(item, line.sku) || sameCode(item, line.barcode)) && m_counted.at(i) < line.qty)
            return i;
    }
    return -1;
}

void PackingScreen::scanItem(const QString &text)
{
    if (!m_order) {
        QApplication::beep();
        setMessage(tr("Scan the order first."), true);
        emit scanRefused(m_message->text());
        return;
    }
    m_scanned.append(text);
    refreshCheck();
    if (m_extra.contains(text)) {
        QApplication::beep();
        setMessage(tr("%1 is not (or no longer) expected in order %2: take it out, or Undo.").arg(text).arg(m_order->orderId),
                   true);
        emit scanRefused(m_message->text());
    } else {
        setMessage(tr("%1 OK.").arg(text), false);
    }
}

void PackingScreen::undoLastScan()
{
    if (m_scanned.isEmpty())
        return;
    m_scanned.removeLast();
    refreshCheck();
    m_itemInput->setFocus();
}

void PackingScreen::showOrder()
{
    m_lines->setRowCount(0);
    if (!m_order) {
        m_header->setText(tr("No order open."));
        refreshCheck();
        return;
    }
    m_header->setText(tr("Order %1 · %2 · %3").arg(m_order->orderId).arg(m_order->channel, m_order->status));
    m_lines->setRowCount(int(m_order->lines.size()));
    for (int i = 0; i < m_order->lines.size(); ++i) {
        const auto &line = m_order->lines.at(i);
        const QString name = line.nameTh.isEmpty() ? line.nameEn : tr("%1 / %2").arg(line.nameEn, line.nameTh);
        m_lines->setItem(i, Sku, new QTableWidgetItem(line.sku));
        m_lines->setItem(i, Name, new QTableWidgetItem(name));
        m_lines->setItem(i, Expected, new QTableWidgetItem(QString::number(line.qty)));
        m_lines->setItem(i, Scanned, new QTableWidgetItem);
    }
    refreshCheck();
}

// Recounts every scan against the lines (so that Undo is exact) and enables what may be done next.
void PackingScreen::refreshCheck()
{
    m_counted.clear();
    m_extra.clear();
    if (m_order) {
        m_counted = QList<int>(m_order->lines.size(), 0);
        for (const QString &item : m_scanned) {
            const int line = lineOf(item);
            if (line < 0)
                m_extra.append(item);
            else
                ++m_counted[line];
        }
        for (int i = 0; i < m_counted.size(); ++i) {
            auto *cell = m_lines->item(i, Scanned);
            if (!cell)
                continue;
            cell->setText(QString::number(m_counted.at(i)));
            const bool complete = m_counted.at(i) == m_order->lines.at(i).qty;
            cell->setForeground(complete ? QColor(0x14, 0x6c, 0x2e) : QColor(0xb3, 0x26, 0x1e));
        }
    }
    const QString status = m_order ? m_order->status : QString();
    const QString reason = blockingReason();
    if (status == QLatin1String("picked")) {
        m_reason->setStyleSheet(reason.isEmpty() ? QStringLiteral("color: #146c2e;") : QStringLiteral("color: #b3261e;"));
        m_reason->setText(reason.isEmpty() ? tr("Every unit is in the parcel: Pack.") : reason);
    } else if (m_order) {
        m_reason->setStyleSheet({});
        m_reason->setText(status == QLatin1String("packed") ? tr("Packed: enter the tracking number and Ship.")
                                                            : tr("This order is %1: nothing to pack.").arg(status));
    } else {
        m_reason->clear();
    }
    m_pack->setEnabled(!m_busy && status == QLatin1String("picked") && reason.isEmpty());
    m_ship->setEnabled(!m_busy && status == QLatin1String("packed") && !m_tracking->text().trimmed().isEmpty());
    m_print->setEnabled(!m_busy && m_order.has_value());
    m_undo->setEnabled(!m_scanned.isEmpty());
}

QString PackingScreen::blockingReason() const
{
    if (!m_order)
        return tr("No order open.");
    QStringList missing;
    for (int i = 0; i < m_order->lines.size() && i < m_counted.size(); ++i)
        if (const int left = m_order->lines.at(i).qty - m_counted.at(i); left > 0)
            missing << tr("%1 × %2").arg(left).arg(m_order->lines.at(i).sku);
    QStringList parts;
    if (!missing.isEmpty())
        parts << tr("Missing: %1.").arg(missing.join(QStringLiteral(", ")));
    if (!m_extra.isEmpty())
        parts << tr("Extra: %1.").arg(m_extra.join(QStringLiteral(", ")));
    return parts.join(QLatin1Char(' '));
}

void PackingScreen::pack()
{
    if (!m_order || !m_pack->isEnabled())
        return;
    const qint64 id = m_order->orderId;
    // Pack is enabled only when every scan matched a line: send each line's SKU as often as it was
    // scanned (a barcode or a lower-case SKU the screen matched becomes the SKU pack_order knows).
    QStringList items;
    for (int i = 0; i < m_order->lines.size(); ++i)
        for (int n = 0; n < m_counted.at(i); ++n)
            items << m_order->lines.at(i).sku;
    m_busy = true;
    refreshCheck();
    m_db->run<Status>(
        this, [id, items](db::Connection &conn) { return warehouse::packOrder(conn, id, items); },
        [this, id](Status done) {
            m_busy = false;
            if (!done) {
                QApplication::beep();
                setMessage(done.error().message, true);
                refreshCheck();
                return;
            }
            setMessage(tr("Order %1 packed.").arg(id), false);
            emit packed(id);
            openOrder(id);
            m_tracking->setFocus();
        });
}

void PackingScreen::ship()
{
    if (!m_order || !m_ship->isEnabled())
        return;
    const qint64 id = m_order->orderId;
    const QString tracking = m_tracking->text().trimmed();
    m_busy = true;
    refreshCheck();
    m_db->run<Status>(
        this, [id, tracking](db::Connection &conn) { return warehouse::shipOrder(conn, id, tracking); },
        [this, id, tracking](Status done) {
            m_busy = false;
            if (!done) {
                QApplication::beep();
                setMessage(done.error().message, true);
                refreshCheck();
                return;
            }
            setMessage(tr("Order %1 shipped, tracking %2. Scan the next order.").arg(id).arg(tracking), false);
            emit shipped(id);
            openOrder(id);
            m_orderInput->clear();
            m_orderInput->setFocus();
        });
}

void PackingScreen::printSlip()
{
    if (!m_order)
        return;
    const warehouse::PackingSlipDocument doc = *m_order;
    const QString path = temporaryPdfPath(QStringLiteral("slip-%1").arg(doc.orderId));
    auto pages = writePackingSlipPdf(doc, print::PageSize::Label100x150, path);
    if (!pages) {
        setMessage(pages.error().message, true);
        return;
    }
    setMessage(tr("Packing slip written: %1.").arg(path), false);
    emit slipWritten(path, *pages);
    if (m_opener)
        m_opener(path);
}

void PackingScreen::setMessage(const QString &text, bool error)
{
    m_message->setStyleSheet(error ? QStringLiteral("color: #b3261e; font-weight: bold;") : QString());
    m_message->setText(text);
}

} // namespace backroom::ui
