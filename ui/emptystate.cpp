#include "emptystate.h"

#include <QAbstractItemView>
#include <QEvent>

namespace backroom::ui {

EmptyStateOverlay::EmptyStateOverlay(QAbstractItemView *view, std::function<QString()> message)
    : QLabel(view->viewport()), m_view(view), m_message(std::move(message))
{
    setObjectName(QStringLiteral("emptyState"));
    setWordWrap(true);
    setAlignment(Qt::AlignCenter);
    setTextFormat(Qt::RichText);
    setMargin(fontMetrics().height() * 2);
    setForegroundRole(QPalette::PlaceholderText);
    setAttribute(Qt::WA_TransparentForMouseEvents);
    view->viewport()->installEventFilter(this);
    QAbstractItemModel *model = view->model();
    Q_ASSERT(model);   // set the model first
    connect(model, &QAbstractItemModel::rowsInserted, this, &EmptyStateOverlay::refresh);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &EmptyStateOverlay::refresh);
    connect(model, &QAbstractItemModel::modelReset, this, &EmptyStateOverlay::refresh);
    connect(model, &QAbstractItemModel::layoutChanged, this, &EmptyStateOverlay::refresh);
    refresh();
}

void EmptyStateOverlay::refresh()
{
    const QString text = m_view->model()->rowCount() > 0 ? QString() : m_message();
    if (text.isEmpty()) {
        hide();
        return;
    }
    setText(text);
    setGeometry(m_view->viewport()->rect());
    show();
}

bool EmptyStateOverlay::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_view->viewport() && event->type() == QEvent::Resize)
        setGeometry(m_view->viewport()->rect());
    return QLabel::eventFilter(watched, event);
}

} // namespace backroom::ui
