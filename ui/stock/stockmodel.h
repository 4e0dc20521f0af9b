#pragma once
// StockModel: the stock screen's table of products x bins. Sorting and filtering happen in SQL
// (inventory::listStock); rows arrive lazily a page at a time (keyset paging) through DbGate (AsyncDb), and
// loaded rows are re-read in place on live notifications so that selection and scrolling stay put.
// Lives on the GUI thread and never waits on the database.

#include "inventory/stock.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QPair>
#include <QSet>
#include <atomic>
#include <memory>
#include <optional>

namespace backroom::ui {

class DbGate;
class StockModel : public QAbstractTableModel {
    Q_OBJECT
public:
    enum Column { Sku, Name, NameTh, Bin, OnHand, Reserved, Available, ColumnCount };
    static constexpr int kPageSize = 200;

    // Pages and searches go through `listing`, re-reads of loaded rows through `rows`: two connections,
    // so a slow search never holds up a live update (or an edit sharing `rows`).
    StockModel(DbGate *listing, DbGate *rows, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    // Starts over with a new search (empty = everything); the first page loads asynchronously.
    void setSearch(const QString &search);
    QString search() const { return m_query.search; }
    // Drops the loaded rows and loads the first page again (F5).
    void reload();
    // Re-reads these rows if they are loaded (live updates); unknown keys may reveal new rows at the end.
    void refreshKeys(const QList<inventory::StockKey> &keys);
    // Re-reads every loaded row (after a reconnect or a bulk change).
    void refreshAll();
    // Puts a level the caller already knows (e.g. the edit dialog's result) into its row.
    void updateLevel(const inventory::StockLevel &level);

    const inventory::StockLevel &levelAt(int row) const { return m_rows.at(row); }
    std::optional<int> rowOf(const inventory::StockKey &key) const;
    bool isLoading() const { return m_pending > 0; }
    bool isGone(int row) const;

signals:
    void pageLoaded(int rows, qint64 elapsedMs);   // a page (first or further) arrived
    void levelsRefreshed(const QList<inventory::StockKey> &keys);   // rows re-read in place
    void loadFailed(const QString &message);
    void loadingChanged(bool loading);

private:
    using KeyPair = QPair<qint64, int>;
    static KeyPair pairOf(const inventory::StockKey &k) { return {k.productId, k.binId}; }
    void applyLevels(const QList<inventory::StockKey> &asked, const QList<inventory::StockLevel> &levels);
    void beginJob();
    void endJob();

    DbGate *m_listing;
    DbGate *m_db;
    inventory::StockQuery m_query;
    QList<inventory::StockLevel> m_rows;
    QHash<KeyPair, int> m_rowByKey;
    QSet<KeyPair> m_gone;        // rows deleted since loaded: kept (so nothing jumps) but greyed
    quint64 m_generation = 0;    // bumps on every reset: late answers for an older listing are dropped
    // The same number, readable from the worker thread, so that a queued page for a listing the user
    // has already replaced (typing in the search box) is skipped instead of run.
    std::shared_ptr<std::atomic<quint64>> m_liveGeneration = std::make_shared<std::atomic<quint64>>(0);
    bool m_fetching = false;
    bool m_atEnd = false;
    int m_pending = 0;
};

} // namespace backroom::ui
