#pragma once
// EmptyStateOverlay: a message laid over an item view while its model has no rows, saying why the
// list is empty and what to do, instead of an empty grid. The text comes from a callback, so it can
// tell "nothing yet" from "nothing matches the filter" or "still loading"; an empty text shows nothing.
// Re-evaluates itself when rows come and go; call refresh() when the callback's answer may change
// otherwise. GUI thread.

#include <QLabel>
#include <functional>

class QAbstractItemView;

namespace backroom::ui {

class EmptyStateOverlay : public QLabel {
    Q_OBJECT
public:
    EmptyStateOverlay(QAbstractItemView *view, std::function<QString()> message);

    void refresh();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QAbstractItemView *m_view;
    std::function<QString()> m_message;
};

} // namespace backroom::ui
