#pragma once
// PackingScreen: the packing station. Scan the order's barcode (its number), then every unit into the
// parcel; the table shows expected against scanned per SKU. A missing or extra unit blocks Pack and the
// screen says which; Pack sends every scan to pack_order (which checks again), Ship records the tracking
// number; Print packing slip writes the slip through print/ and opens it. Keyboard-wedge scanners:
// characters then Enter in the focused field. Lives on the GUI thread; database work goes through DbGate.

#include "pdfopener.h"
#include "warehouse/documents.h"

#include <QStringList>
#include <QWidget>
#include <optional>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace backroom::ui {

class DbGate;

class PackingScreen : public QWidget {
    Q_OBJECT
public:
    explicit PackingScreen(DbGate *db, QWidget *parent = nullptr);

    void openOrder(qint64 orderId);

    QLineEdit *orderInput() const { return m_orderInput; }
    QLineEdit *itemInput() const { return m_itemInput; }
    QLineEdit *trackingInput() const { return m_tracking; }
    QTableWidget *linesTable() const { return m_lines; }
    QLabel *reasonLabel() const { return m_reason; }
    QLabel *messageLabel() const { return m_message; }
    QPushButton *packButton() const { return m_pack; }
    QPushButton *shipButton() const { return m_ship; }
    QPushButton *printButton() const { return m_print; }
    QPushButton *undoButton() const { return m_undo; }
    std::optional<qint64> orderId() const;
    const QStringList &scannedItems() const { return m_scanned; }
    // What blocks Pack (missing and extra units), empty when the parcel matches the order.
    QString blockingReason() const;
    void setPdfOpener(PdfOpener opener) { m_opener = std::move(opener); }

public slots:
    void scanItem(const QString &text);
    void undoLastScan();
    void pack();
    void ship();
    void printSlip();

signals:
    void orderLoaded(qint64 orderId);
    void packed(qint64 orderId);
    void shipped(qint64 orderId);
    void scanRefused(const QString &message);
    void slipWritten(const QString &path, int pages);

private:
    void buildUi();
    void showOrder();
    void refreshCheck();
    void setMessage(const QString &text, bool error);
    int lineOf(const QString &item) const;

    DbGate *m_db;
    std::optional<warehouse::PackingSlipDocument> m_order;
    QStringList m_scanned;            // every unit, as scanned
    QList<int> m_counted;             // scanned units per line of m_order
    QStringList m_extra;              // scans that match no line, or beyond a line's quantity
    bool m_busy = false;

    QLineEdit *m_orderInput = nullptr;
    QLineEdit *m_itemInput = nullptr;
    QLineEdit *m_tracking = nullptr;
    QLabel *m_header = nullptr;
    QTableWidget *m_lines = nullptr;
    QLabel *m_reason = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_pack = nullptr;
    QPushButton *m_ship = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_undo = nullptr;
    PdfOpener m_opener = desktopPdfOpener();
};

} // namespace backroom::ui
