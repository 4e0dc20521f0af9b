#include "stack/scaleevents.h"

namespace backroom::stack {
namespace {

constexpr const char *kRecordSql =
    "SELECT scale_event_record($1, $2::timestamptz, $3::integer, $4::integer, $5, $6)";
constexpr const char *kReadSql =
    "SELECT id, supervisor, (extract(epoch FROM at) * 1000)::bigint, from_instances, to_instances, slot, reason, "
    "       recorded_by "
    "FROM scale_event ORDER BY at DESC, id DESC LIMIT $1::integer";

} // namespace

Result<qint64> recordScaleEvent(db::Connection &conn, const ScaleEventRow &event)
{
    auto r = conn.execPrepared("scale_event_record", kRecordSql,
                               {event.supervisor, event.at.isValid() ? QVariant(event.at.toUTC()) : QVariant(),
                                event.from, event.to, event.slot, event.reason});
    if (!r)
        return r.error();
    return r->toInt64(0, 0);
}

Result<QList<ScaleEventRow>> readScaleEvents(db::Connection &conn, int limit)
{
    auto r = conn.exec(kReadSql, {limit});
    if (!r)
        return r.error();
    QList<ScaleEventRow> rows;
    for (int i = 0; i < r->rows(); ++i) {
        ScaleEventRow e;
        e.id = r->toInt64(i, 0);
        e.supervisor = r->text(i, 1);
        e.at = QDateTime::fromMSecsSinceEpoch(r->toInt64(i, 2), Qt::UTC);
        e.from = r->toInt(i, 3);
        e.to = r->toInt(i, 4);
        e.slot = r->text(i, 5);
        e.reason = r->text(i, 6);
        e.recordedBy = r->text(i, 7);
        rows.append(e);
    }
    return rows;
}

} // namespace backroom::stack
