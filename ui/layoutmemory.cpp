#include "layoutmemory.h"

#include "appsettings.h"

#include <QHeaderView>
#include <QMainWindow>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QTableView>
#include <algorithm>

namespace backroom::ui {

namespace {
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
const QString kScreen = QStringLiteral("window/screen");
const QString kTables = QStringLiteral("tables/");
const QString kSplitters = QStringLiteral("splitters/");

template <typename W>
QList<W *> named(QWidget *root)
{
    QList<W *> out;
    for (W *w : root->findChildren<W *>())
        if (!w->objectName().isEmpty())
            out << w;
    return out;
}

// The header's sort indicator is restored silently; a sortable view must also sort its model.
void applySort(QTableView *table)
{
    if (table->isSortingEnabled()) {
        const QHeaderView *h = table->horizontalHeader();
        table->sortByColumn(h->sortIndicatorSection(), h->sortIndicatorOrder());
    }
}

// As a splitter lays itself out at first: widgets that do not stretch get their size hint, the others
// share the rest by their stretch factors.
void resetSplitter(QSplitter *splitter)
{
    const bool horizontal = splitter->orientation() == Qt::Horizontal;
    int total = 0;
    for (int s : splitter->sizes())
        total += s;
    QList<int> sizes(splitter->count(), 0);
    int fixed = 0, weights = 0;
    for (int i = 0; i < splitter->count(); ++i) {
        QWidget *w = splitter->widget(i);
        const int stretch = horizontal ? w->sizePolicy().horizontalStretch() : w->sizePolicy().verticalStretch();
        if (stretch == 0) {
            sizes[i] = horizontal ? w->sizeHint().width() : w->sizeHint().height();
            fixed += sizes[i];
        } else {
            weights += stretch;
        }
    }
    const int rest = std::max(0, total - fixed);
    for (int i = 0; i < splitter->count(); ++i) {
        QWidget *w = splitter->widget(i);
        const int stretch = horizontal ? w->sizePolicy().horizontalStretch() : w->sizePolicy().verticalStretch();
        if (stretch > 0)
            sizes[i] = rest * stretch / weights;
    }
    splitter->setSizes(sizes);
}
} // namespace

LayoutMemory::LayoutMemory(QMainWindow *window, QTabWidget *tabs) : m_window(window), m_tabs(tabs) {}

void LayoutMemory::captureDefaults()
{
    m_defaultSize = m_window->size();
    m_defaultHeaders.clear();
    for (QTableView *t : named<QTableView>(m_window))
        m_defaultHeaders.insert(t->objectName(), t->horizontalHeader()->saveState());
}

void LayoutMemory::restore(QSettings &settings)
{
    settings.beginGroup(AppSettings::kLayoutGroup);
    m_window->restoreGeometry(settings.value(kGeometry).toByteArray());
    m_window->restoreState(settings.value(kState).toByteArray());
    for (QTableView *t : named<QTableView>(m_window)) {
        const QByteArray state = settings.value(kTables + t->objectName()).toByteArray();
        if (!state.isEmpty() && t->horizontalHeader()->restoreState(state))
            applySort(t);
    }
    for (QSplitter *s : named<QSplitter>(m_window)) {
        const QByteArray state = settings.value(kSplitters + s->objectName()).toByteArray();
        if (!state.isEmpty())
            s->restoreState(state);
    }
    const QString screen = settings.value(kScreen).toString();
    for (int i = 0; i < m_tabs->count(); ++i)
        if (!screen.isEmpty() && m_tabs->widget(i)->objectName() == screen && m_tabs->isTabVisible(i))
            m_tabs->setCurrentIndex(i);
    settings.endGroup();
}

void LayoutMemory::save(QSettings &settings) const
{
    settings.beginGroup(AppSettings::kLayoutGroup);
    settings.setValue(kGeometry, m_window->saveGeometry());
    settings.setValue(kState, m_window->saveState());
    for (QTableView *t : named<QTableView>(m_window))
        settings.setValue(kTables + t->objectName(), t->horizontalHeader()->saveState());
    for (QSplitter *s : named<QSplitter>(m_window)) {
        const QList<int> sizes = s->sizes();
        // A splitter on a screen never opened has no sizes yet: keep what was saved before.
        if (std::any_of(sizes.begin(), sizes.end(), [](int size) { return size > 0; }))
            settings.setValue(kSplitters + s->objectName(), s->saveState());
    }
    if (QWidget *current = m_tabs->currentWidget())
        settings.setValue(kScreen, current->objectName());
    settings.endGroup();
}

void LayoutMemory::forget(QSettings &settings) { settings.remove(AppSettings::kLayoutGroup); }

void LayoutMemory::reset()
{
    if (m_window->isFullScreen() || m_window->isMaximized())
        m_window->showNormal();
    if (m_defaultSize.isValid())
        m_window->resize(m_defaultSize);
    for (QTableView *t : named<QTableView>(m_window)) {
        auto it = m_defaultHeaders.constFind(t->objectName());
        if (it != m_defaultHeaders.constEnd() && t->horizontalHeader()->restoreState(*it))
            applySort(t);
    }
    for (QSplitter *s : named<QSplitter>(m_window))
        resetSplitter(s);
}

} // namespace backroom::ui
