#pragma once
// WavesModel: the Waves screen's list, newest wave first, with each wave's progress (tasks done / total,
// units picked / to pick, units missing, orders packed / in the wave). Pages through ui/pagedmodel.h (keyset on the wave id); a wave
// that changed (created, released, closed from this screen) is re-read in place or put on top.
// Lives on the GUI thread and never waits on the database.

#include "pagedmodel.h"
#include "warehouse/documents.h"

namespace backroom::ui {

using WavesPagedModel = PagedModel<warehouse::WaveHeader, qint64>;   // keyed by wave id

class WavesModel : public WavesPagedModel {
    Q_OBJECT
public:
    enum Column { Id, Status, Cutoff, Channel, Zone, Orders, Tasks, Units, Missing, Packed, ColumnCount };
    static constexpr int kPageSize = 100;

    explicit WavesModel(DbGate *db, QObject *parent = nullptr);

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    std::optional<int> rowOfId(qint64 id) const { return rowOfKey(id); }
    // Re-reads one wave: in place when loaded, else on top (a new wave).
    void refreshWave(qint64 id);

    static QString statusText(const QString &status);

signals:
    void waveRefreshed(qint64 id);

private:
    PageJob pageAfter(const warehouse::WaveHeader *last) const override;
    qint64 keyOf(const warehouse::WaveHeader &row) const override { return row.id; }
    void applyWave(const warehouse::WaveHeader &wave);

    DbGate *m_db;
};

} // namespace backroom::ui
