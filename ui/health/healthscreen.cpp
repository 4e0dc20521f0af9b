#include "healthscreen.h"

#include "autoscalesection.h"
#include "backupssection.h"
#include "componentssection.h"

#include <QAction>
#include <QScrollArea>
#include <QVBoxLayout>

namespace backroom::ui {

HealthScreen::HealthScreen(DbGate *db, db::NotifyListener *listener, QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("healthScreen"));
    auto *content = new QWidget;
    m_column = new QVBoxLayout(content);
    m_column->addStretch(1);
    auto *scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(scroll);

    m_components = new ComponentsSection(db, listener, content);
    addSection(m_components);
    m_backups = new BackupsSection(db, content);
    addSection(m_backups);
    addSection(new AutoscaleSection(db, content));

    auto *refreshAction = new QAction(tr("Refresh"), this);
    refreshAction->setShortcut(QKeySequence::Refresh);
    refreshAction->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(refreshAction, &QAction::triggered, this, &HealthScreen::refresh);
    addAction(refreshAction);

    m_timer.setInterval(kRefreshMs);
    connect(&m_timer, &QTimer::timeout, this, &HealthScreen::refresh);
}

void HealthScreen::addSection(HealthSection *section)
{
    m_column->insertWidget(m_column->count() - 1, section);   // above the stretch
    m_sections.append(section);
}

void HealthScreen::refresh()
{
    for (HealthSection *section : std::as_const(m_sections))
        section->refresh();
}

void HealthScreen::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh();
    m_timer.start();
}

void HealthScreen::hideEvent(QHideEvent *event)
{
    QWidget::hideEvent(event);
    m_timer.stop();
}

} // namespace backroom::ui
