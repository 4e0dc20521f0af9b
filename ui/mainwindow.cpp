#include "mainwindow.h"

#include <QLabel>
#include <QTabWidget>

namespace backroom::ui {

MainWindow::MainWindow(const QString &conninfo, QWidget *parent) : QMainWindow(parent)
{
    Q_UNUSED(conninfo)
    setWindowTitle(tr("Backroom"));
    auto *tabs = new QTabWidget(this);
    tabs->addTab(new QLabel(tr("Stock"), tabs), tr("Stock"));
    setCentralWidget(tabs);
}

MainWindow::~MainWindow() = default;

} // namespace backroom::ui
