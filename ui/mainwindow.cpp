#include "mainwindow.h"

#include "db/asyncdb.h"
#include "db/notifylistener.h"
#include "dbgate.h"
#include "orders/ordersscreen.h"
#include "stock/stockscreen.h"

#include <QLabel>
#include <QStatusBar>
#include <QTabWidget>
#include <QVBoxLayout>

namespace backroom::ui {

MainWindow::MainWindow(const QString &conninfo, QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("Backroom"));
    m_db = new db::AsyncDb(conninfo, this);
    m_gate = new DbGate(m_db, this);
    m_listDb = new db::AsyncDb(conninfo, this);
    m_listGate = new DbGate(m_listDb, this);
    m_listener = new db::NotifyListener(conninfo, {QStringLiteral("stock_changed"), QStringLiteral("orders_changed")},
                                        this);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);

    m_banner = new QLabel(central);
    m_banner->setObjectName(QStringLiteral("connectionBanner"));
    m_banner->setWordWrap(true);
    m_banner->setAlignment(Qt::AlignCenter);
    m_banner->setStyleSheet(QStringLiteral("QLabel { background: #b3261e; color: white; font-weight: bold; "
                                           "padding: 8px; }"));
    m_banner->hide();
    layout->addWidget(m_banner);

    m_tabs = new QTabWidget(central);
    m_tabs->setDocumentMode(true);
    m_stock = new StockScreen(m_listGate, m_gate, m_listener, m_tabs);
    m_tabs->addTab(m_stock, tr("&Stock"));
    m_orders = new OrdersScreen(m_gate, m_listener, m_tabs);
    m_tabs->addTab(m_orders, tr("&Orders"));
    layout->addWidget(m_tabs, 1);
    setCentralWidget(central);

    for (db::AsyncDb *async : {m_db, m_listDb}) {
        connect(async, &db::AsyncDb::connectionLost, this, [this, async](const QString &m) { setDatabaseUp(async, false, m); });
        connect(async, &db::AsyncDb::connectionRestored, this, [this, async] { setDatabaseUp(async, true, {}); });
    }
    connect(m_listener, &db::NotifyListener::connectionLost, this, [this](const QString &m) { setListenerUp(false, m); });
    connect(m_listener, &db::NotifyListener::listening, this, [this] { setListenerUp(true, {}); });
    m_listener->start();

    statusBar()->showMessage(tr("Ready"), 3000);
    resize(1200, 760);
}

MainWindow::~MainWindow() = default;

bool MainWindow::isConnectionBannerShown() const { return !m_banner->isHidden(); }

void MainWindow::setDatabaseUp(db::AsyncDb *which, bool up, const QString &message)
{
    const bool wasUp = m_downDbs.isEmpty();
    if (up)
        m_downDbs.remove(which);
    else
        m_downDbs.insert(which);
    up = m_downDbs.isEmpty();
    updateBanner(message);
    // Whatever failed while the connection was down is read again now.
    if (up && !wasUp) {
        m_stock->refreshLoaded();
        m_orders->refreshLoaded();
    }
}

void MainWindow::setListenerUp(bool up, const QString &message)
{
    m_listenerUp = up;   // the listener emits resynced itself; the screens re-read on that
    updateBanner(message);
}

void MainWindow::updateBanner(const QString &message)
{
    const bool wasShown = !m_banner->isHidden();
    if (m_downDbs.isEmpty() && m_listenerUp) {
        if (!wasShown)
            return;
        statusBar()->showMessage(tr("Connection to the database restored."), 5000);
        m_banner->hide();
        emit connectionBannerChanged(false);
        return;
    }
    m_banner->setText(tr("Connection to the database lost — reconnecting…"));
    m_banner->setToolTip(message);
    m_banner->show();
    if (!wasShown)
        emit connectionBannerChanged(true);
}

} // namespace backroom::ui
