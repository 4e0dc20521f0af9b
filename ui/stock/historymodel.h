#pragma once
// HistoryModel: the stock ledger of one stock row (newest first) for the stock screen's history pane.
// Loads through DbGate (AsyncDb); a newer request makes older answers void. Lives on the GUI thread.

#include "inventory/stock.h"

#include <QAbstractTableModel>
#include <optional>

namespace backroom::ui {

class DbGate;
class HistoryModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Time, Delta, After, Reason, Actor, Ref, ColumnCount };
    explicit HistoryModel(DbGate *db, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Shows the ledger of key (loads asynchronously); nullopt clears the pane.
    void setKey(const std::optional<inventory::StockKey> &key);
    std::optional<inventory::StockKey> key() const { return m_key; }
    void reload();
    const inventory::LedgerEntry &entryAt(int row) const { return m_entries.at(row); }

signals:
    void loaded();
    void loadFailed(const QString &message);

private:
    DbGate *m_db;
    std::optional<inventory::StockKey> m_key;
    QList<inventory::LedgerEntry> m_entries;
    quint64 m_generation = 0;
};

} // namespace backroom::ui
