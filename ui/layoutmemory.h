#pragma once
// LayoutMemory: remembers what the user arranged in a main window across restarts: the window's
// geometry and state, the current tab, each named table's columns (widths, order, hidden, sort) and
// each named splitter's sizes, under AppSettings::kLayoutGroup. Only widgets with an objectName take
// part, keyed by that name, so a screen opts in by naming its table. GUI thread.

#include <QByteArray>
#include <QHash>
#include <QPointer>
#include <QSize>

class QMainWindow;
class QSettings;
class QTabWidget;

namespace backroom::ui {

class LayoutMemory {
public:
    LayoutMemory(QMainWindow *window, QTabWidget *tabs);

    // Notes the layout as built by the code, for reset(). Call before the first restore().
    void captureDefaults();
    void restore(QSettings &settings);
    void save(QSettings &settings) const;
    // Puts the built-in layout back.
    void reset();
    // Removes the saved layout from the settings.
    static void forget(QSettings &settings);

private:
    QMainWindow *m_window;
    QTabWidget *m_tabs;
    QHash<QString, QByteArray> m_defaultHeaders;   // table objectName -> QHeaderView::saveState
    QSize m_defaultSize;
};

} // namespace backroom::ui
