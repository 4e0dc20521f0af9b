#include "wavesmodel.h"

#include "warehouse/warehouse.h"

#include <QBrush>
#include <QColor>

namespace backroom::ui {

using warehouse::WaveHeader;

WavesModel::WavesModel(DbGate *db, QObject *parent) : WavesPagedModel(db, kPageSize, parent), m_db(db) {}

int WavesModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString WavesModel::statusText(const QString &status)
{
    if (status == QLatin1String("created"))
        return tr("Created");
    if (status == QLatin1String("released"))
        return tr("Released");
    if (status == QLatin1String("closed"))
        return tr("Closed");
    return status;
}

QVariant WavesModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const WaveHeader &w = rowAt(index.row());
    if (role == Qt::UserRole)
        return w.id;
    if (role == Qt::TextAlignmentRole && index.column() != Status && index.column() != Channel
        && index.column() != Zone && index.column() != Cutoff)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == Missing && w.unitsMissing > 0)
        return QBrush(QColor(0xb3, 0x26, 0x1e));
    if (role != Qt::DisplayRole)
        return {};
    switch (Column(index.column())) {
    case Id: return w.id;
    case Status: return statusText(w.status);
    case Cutoff: return w.cutoff.toLocalTime().toString(tr("yyyy-MM-dd HH:mm"));
    case Channel: return w.channel.isEmpty() ? tr("all") : w.channel;
    case Zone: return w.zone.isEmpty() ? tr("all") : w.zone;
    case Orders: return w.orders;
    case Tasks: return tr("%1 / %2").arg(w.tasksDone).arg(w.tasks);
    case Units: return tr("%1 / %2").arg(w.unitsPicked).arg(w.unitsToPick);
    case Missing: return w.unitsMissing;
    case Packed: return tr("%1 / %2").arg(w.ordersPacked).arg(w.orders);
    case ColumnCount: break;
    }
    return {};
}

QVariant WavesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (Column(section)) {
    case Id: return tr("Wave");
    case Status: return tr("Status");
    case Cutoff: return tr("Cut-off");
    case Channel: return tr("Channel");
    case Zone: return tr("Zone");
    case Orders: return tr("Orders");
    case Tasks: return tr("Tasks done");
    case Units: return tr("Units picked");
    case Missing: return tr("Missing");
    case Packed: return tr("Orders packed");
    case ColumnCount: break;
    }
    return {};
}

WavesModel::PageJob WavesModel::pageAfter(const WaveHeader *last) const
{
    const qint64 before = last ? last->id : 0;
    return [before](db::Connection &conn) { return warehouse::listWaves(conn, kPageSize, before); };
}

void WavesModel::refreshWave(qint64 id)
{
    runForCurrentListing<Result<WaveHeader>>(
        m_db, [id](db::Connection &conn) { return warehouse::waveHeader(conn, id); },
        [this](Result<WaveHeader> wave) {
            if (reportedFailure(wave))
                return;
            applyWave(*wave);
        });
}

void WavesModel::applyWave(const WaveHeader &wave)
{
    if (auto row = rowOfKey(wave.id)) {
        mutableRow(*row) = wave;
        emit dataChanged(index(*row, 0), index(*row, ColumnCount - 1));
    } else {
        prependRows({wave});
    }
    emit waveRefreshed(wave.id);
}

} // namespace backroom::ui
