#pragma once
// MainWindow: the back office's frame: one tab per screen, a banner when the database is unreachable.
// Lives on the GUI thread; all database work goes through AsyncDb.

#include <QMainWindow>

namespace backroom::ui {

class MainWindow : public QMainWindow {
    Q_OBJECT
public:
    explicit MainWindow(const QString &conninfo, QWidget *parent = nullptr);
    ~MainWindow() override;
};

} // namespace backroom::ui
