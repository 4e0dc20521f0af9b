#pragma once
// ShortcutsDialog: Help > Keyboard shortcuts: every action with a shortcut, listed from the QActions
// themselves (text, shortcuts, where they work), so the list cannot drift from what the keys do.
// GUI thread.

#include <QDialog>
#include <QList>
#include <QPointer>

class QAction;
class QTableWidget;

namespace backroom::ui {

class ShortcutsDialog : public QDialog {
    Q_OBJECT
public:
    struct Entry {
        QString where;              // "File menu", "Stock screen", ...
        QPointer<QAction> action;
    };

    explicit ShortcutsDialog(const QList<Entry> &entries, QWidget *parent = nullptr);

    QTableWidget *table() const { return m_table; }
    // An action's text as a user reads it: without the mnemonic '&' and the trailing "…".
    static QString plainText(const QAction *action);
    // A label without its mnemonic marker ("&Stock" -> "Stock", "สต็อก (&S)" -> "สต็อก", "A && B" -> "A & B").
    static QString withoutMnemonic(QString text);
    // All of an action's shortcuts, in the platform's notation, comma separated.
    static QString shortcutText(const QAction *action);

private:
    QTableWidget *m_table = nullptr;
};

} // namespace backroom::ui
