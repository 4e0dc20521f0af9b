#pragma once
// StockModel: the stock screen's table of products x bins. Sorting and filtering happen in SQL
// (inventory::listStock); rows arrive lazily a page at a time (keyset paging, ui/pagedmodel.h) through DbGate, and
// loaded rows are re-read in place on live notifications so that selection and scrolling stay put.
// Lives on the GUI thread and never waits on the database.

#include "inventory/stock.h"
#include "pagedmodel.h"

#include <QList>
#include <QPair>
#include <QSet>
#include <optional>

namespace backroom::ui {

using StockRowKey = QPair<qint64, int>;   // product id, bin id
using StockPagedModel = PagedModel<inventory::StockLevel, StockRowKey>;

class StockModel : public StockPagedModel {
    Q_OBJECT
public:
    enum Column { Sku, Name, NameTh, Bin, OnHand, Reserved, Available, ColumnCount };
    static constexpr int kPageSize = 200;

    // Pages and searches go through `listing`, re-reads of loaded rows through `rows`: two connections,
    // so a slow search never holds up a live update (or an edit sharing `rows`).
    StockModel(DbGate *listing, DbGate *rows, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Starts over with a new search (empty = everything); the first page loads asynchronously.
    void setSearch(const QString &search);
    QString search() const { return m_query.search; }
    // Re-reads these rows if they are loaded (live updates); unknown keys may reveal new rows at the end.
    void refreshKeys(const QList<inventory::StockKey> &keys);
    // Re-reads every loaded row (after a reconnect or a bulk change).
    void refreshAll();
    // Puts a level the caller already knows (e.g. the edit dialog's result) into its row.
    void updateLevel(const inventory::StockLevel &level);

    const inventory::StockLevel &levelAt(int row) const { return rowAt(row); }
    std::optional<int> rowOf(const inventory::StockKey &key) const { return rowOfKey(pairOf(key)); }
    bool isGone(int row) const;

signals:
    void levelsRefreshed(const QList<inventory::StockKey> &keys);   // rows re-read in place

private:
    static StockRowKey pairOf(const inventory::StockKey &k) { return {k.productId, k.binId}; }
    PageJob pageAfter(const inventory::StockLevel *last) const override;
    StockRowKey keyOf(const inventory::StockLevel &row) const override { return pairOf(row.key); }
    void listingCleared() override { m_gone.clear(); }
    void applyLevels(const QList<inventory::StockKey> &asked, const QList<inventory::StockLevel> &levels);

    DbGate *m_db;
    inventory::StockQuery m_query;
    QSet<StockRowKey> m_gone;    // rows deleted since loaded: kept (so nothing jumps) but greyed
};

} // namespace backroom::ui
