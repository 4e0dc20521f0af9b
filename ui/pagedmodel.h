#pragma once
// PagedModel: the scaffolding every lazily paged list shares (stock, orders, and next the warehouse
// screens): rows fetched a page at a time through DbGate (keyset paging after the last loaded row),
// reload (new search, sort or filter, F5) that voids every answer meant for the older listing, a count of
// jobs in flight for the busy indicator, and rows found by key so that re-reads land in place. A subclass
// says how to read the page after a row, how to key a row, and what the columns show.
// Lives on the GUI thread and never waits on the database.

#include "dbgate.h"

#include <QAbstractTableModel>
#include <QElapsedTimer>
#include <QHash>
#include <QList>
#include <atomic>
#include <functional>
#include <memory>
#include <optional>

namespace backroom::ui {

// The part without the row type: paging state, generations, busy count and the signals.
class PagedModelBase : public QAbstractTableModel {
    Q_OBJECT
public:
    using QAbstractTableModel::QAbstractTableModel;

    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    // Drops the loaded rows and loads the first page again (F5, a new search, sort or filter).
    void reload();
    bool isLoading() const { return m_pending > 0; }

signals:
    void pageLoaded(int rows, qint64 elapsedMs);   // a page (first or further) arrived
    void loadingChanged(bool loading);
    void loadFailed(const QString &message);

protected:
    // Starts reading the page after the loaded rows; fetchMore has checked there is one to read.
    virtual void requestNextPage() = 0;
    // Forgets the loaded rows; called inside the model reset of reload().
    virtual void clearRows() = 0;

    // Bumps on every reload: answers that carry an older number belong to a listing the user replaced.
    quint64 generation() const { return m_generation; }
    bool isCurrent(quint64 generation) const { return generation == m_generation; }
    // The same number, readable from the worker thread, so that a queued page for a listing already
    // replaced (typing in a search box) is skipped instead of run.
    std::shared_ptr<const std::atomic<quint64>> liveGeneration() const { return m_liveGeneration; }

    bool isFetching() const { return m_fetching; }
    bool atEnd() const { return m_atEnd; }
    // A row may have appeared after the last loaded one: the next fetchMore reads past the end again.
    void setAtEnd(bool atEnd) { m_atEnd = atEnd; }
    // Called when the page requested by requestNextPage has been answered (current listing only).
    void pageAnswered() { m_fetching = false; }

    void beginJob();
    void endJob();

    // Runs job on gate's worker and hands the answer to onCurrent on the GUI thread, unless a reload
    // happened meanwhile; counts as busy while it runs.
    template <typename T>
    void runForCurrentListing(DbGate *gate, std::function<T(db::Connection &)> job, std::function<void(T)> onCurrent)
    {
        const quint64 asked = m_generation;
        beginJob();
        gate->run<T>(this, std::move(job), [this, asked, onCurrent = std::move(onCurrent)](T answer) {
            endJob();
            if (isCurrent(asked))
                onCurrent(std::move(answer));
        });
    }

    // Emits loadFailed for an error answer and says whether it was one.
    template <typename X>
    bool reportedFailure(const Result<X> &answer)
    {
        if (answer)
            return false;
        emit loadFailed(answer.error().message);
        return true;
    }

private:
    quint64 m_generation = 0;
    std::shared_ptr<std::atomic<quint64>> m_liveGeneration = std::make_shared<std::atomic<quint64>>(0);
    bool m_fetching = false;
    bool m_atEnd = false;
    int m_pending = 0;
};

// Rows of type Row kept in loading order and found by a Key (hashable); pages of pageSize rows read
// through `listing`. A page shorter than pageSize means the end of the listing.
template <typename Row, typename Key>
class PagedModel : public PagedModelBase {
public:
    using Page = Result<QList<Row>>;
    using PageJob = std::function<Page(db::Connection &)>;

    int rowCount(const QModelIndex &parent = {}) const override { return parent.isValid() ? 0 : int(m_rows.size()); }
    const Row &rowAt(int row) const { return m_rows.at(row); }

protected:
    PagedModel(DbGate *listing, int pageSize, QObject *parent)
        : PagedModelBase(parent), m_listing(listing), m_pageSize(pageSize)
    {
    }

    // The job that reads the page after last (nullptr: the first page). It runs on the worker thread:
    // capture values, not this.
    virtual PageJob pageAfter(const Row *last) const = 0;
    virtual Key keyOf(const Row &row) const = 0;
    // Forget a subclass's own per-listing state (called inside the reset, after the rows are gone).
    virtual void listingCleared() {}

    const QList<Row> &rows() const { return m_rows; }
    Row &mutableRow(int row) { return m_rows[row]; }
    std::optional<int> rowOfKey(const Key &key) const
    {
        auto it = m_rowByKey.constFind(key);
        if (it == m_rowByKey.constEnd())
            return std::nullopt;
        return *it;
    }
    bool hasKey(const Key &key) const { return m_rowByKey.contains(key); }

    void appendRows(const QList<Row> &page)
    {
        if (page.isEmpty())
            return;
        const int first = int(m_rows.size());
        beginInsertRows({}, first, first + int(page.size()) - 1);
        for (const Row &r : page) {
            m_rowByKey.insert(keyOf(r), int(m_rows.size()));
            m_rows.append(r);
        }
        endInsertRows();
    }

    void prependRows(const QList<Row> &fresh)
    {
        if (fresh.isEmpty())
            return;
        beginInsertRows({}, 0, int(fresh.size()) - 1);
        m_rows = fresh + m_rows;
        m_rowByKey.clear();
        for (int i = 0; i < m_rows.size(); ++i)
            m_rowByKey.insert(keyOf(m_rows.at(i)), i);
        endInsertRows();
    }

    int pageSize() const { return m_pageSize; }

private:
    void requestNextPage() override
    {
        PageJob job = pageAfter(m_rows.isEmpty() ? nullptr : &m_rows.last());
        const quint64 asked = generation();
        auto clock = std::make_shared<QElapsedTimer>();
        clock->start();
        runForCurrentListing<Page>(
            m_listing,
            [job = std::move(job), asked, live = liveGeneration()](db::Connection &conn) -> Page {
                if (live->load() != asked)
                    return Error::make(Error::Kind::Cancelled, QStringLiteral("replaced by a newer listing"));
                return job(conn);
            },
            [this, clock](Page page) {
                pageAnswered();
                if (reportedFailure(page))
                    return;   // not at the end: scrolling or F5 tries again
                setAtEnd(page->size() < m_pageSize);
                appendRows(*page);
                emit pageLoaded(int(page->size()), clock->elapsed());
            });
    }

    void clearRows() override
    {
        m_rows.clear();
        m_rowByKey.clear();
        listingCleared();
    }

    DbGate *m_listing;
    int m_pageSize;
    QList<Row> m_rows;
    QHash<Key, int> m_rowByKey;
};

} // namespace backroom::ui
