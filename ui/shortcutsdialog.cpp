#include "shortcutsdialog.h"

#include <QAction>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QRegularExpression>
#include <QTableWidget>
#include <QVBoxLayout>

namespace backroom::ui {

QString ShortcutsDialog::withoutMnemonic(QString text)
{
    // Thai (like Chinese and Japanese) labels carry the key apart: "สต็อก (&S)".
    static const QRegularExpression apart(QStringLiteral("\\s*\\(&[^&]\\)"));
    text.remove(apart);
    text.replace(QLatin1String("&&"), QLatin1String("\x01"));
    text.remove(QLatin1Char('&'));
    return text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
}

QString ShortcutsDialog::plainText(const QAction *action)
{
    QString text = withoutMnemonic(action->text());
    if (text.endsWith(QChar(0x2026)))
        text.chop(1);
    return text;
}

QString ShortcutsDialog::shortcutText(const QAction *action)
{
    QStringList keys;
    for (const QKeySequence &k : action->shortcuts())
        keys << k.toString(QKeySequence::NativeText);
    return keys.join(QStringLiteral(", "));
}

ShortcutsDialog::ShortcutsDialog(const QList<Entry> &entries, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("shortcutsDialog"));
    setWindowTitle(tr("Keyboard shortcuts"));
    m_table = new QTableWidget(0, 3, this);
    m_table->setObjectName(QStringLiteral("shortcutsTable"));
    m_table->setHorizontalHeaderLabels({tr("Action"), tr("Shortcut"), tr("Where")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setAlternatingRowColors(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    for (const Entry &e : entries) {
        if (!e.action || e.action->shortcuts().isEmpty() || !e.action->isVisible())
            continue;
        const int row = m_table->rowCount();
        m_table->insertRow(row);
        m_table->setItem(row, 0, new QTableWidgetItem(plainText(e.action)));
        m_table->setItem(row, 1, new QTableWidgetItem(shortcutText(e.action)));
        m_table->setItem(row, 2, new QTableWidgetItem(e.where));
    }
    m_table->resizeColumnsToContents();

    auto *note = new QLabel(tr("Menus open with Alt and the underlined letter; Tab moves between fields."), this);
    note->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_table, 1);
    layout->addWidget(note);
    layout->addWidget(buttons);
    resize(560, 480);
}

} // namespace backroom::ui
