#include "warehouse.h"

#include "resilience/retry.h"

#include <QCoreApplication>
#include <QUuid>

namespace backroom::warehouse {

namespace {

struct WarehouseText {
    Q_DECLARE_TR_FUNCTIONS(backroom::warehouse)
};

using db::Connection;
using db::PgResult;

constexpr const char *kCreateWave = "SELECT wave_create($1::timestamptz, $2, $3, $4)";
constexpr const char *kReleaseWave = "SELECT wave_release($1, $2::text[])";
constexpr const char *kCloseWave = "SELECT wave_close($1)";
constexpr const char *kClaim = "SELECT pick_claim($1, $2)";
constexpr const char *kConfirm =
    "SELECT task_status, units_picked, units_left, replayed FROM pick_confirm($1, $2, $3, $4, $5, $6)";
constexpr const char *kShort =
    "SELECT reallocated, array_to_string(flagged_orders, ','), replayed FROM pick_short($1, $2, $3, $4)";
constexpr const char *kPack = "SELECT pack_order($1, $2::text[], $3)";
constexpr const char *kShip = "SELECT ship_order($1, $2, $3)";
constexpr const char *kCancel = "SELECT warehouse_cancel_order($1, $2, $3)";

// The columns of a WaveHeader, with progress summed over the wave's tasks.
constexpr const char *kWaveColumns =
    "SELECT w.id, w.status, (extract(epoch FROM w.cutoff) * 1000)::bigint, coalesce(w.channel, ''), "
    "coalesce(w.zone, ''), (extract(epoch FROM w.created_at) * 1000)::bigint, w.created_by, "
    "(extract(epoch FROM w.released_at) * 1000)::bigint, (extract(epoch FROM w.closed_at) * 1000)::bigint, "
    "(SELECT count(*) FROM wave_order o WHERE o.wave_id = w.id), "
    "coalesce(t.tasks, 0), coalesce(t.done, 0), coalesce(t.qty, 0), coalesce(t.picked, 0), coalesce(t.missing, 0), "
    "(SELECT count(*) FROM wave_order o JOIN orders r ON r.id = o.order_id "
    "  WHERE o.wave_id = w.id AND r.status IN ('packed', 'shipped')) "
    "FROM wave w LEFT JOIN LATERAL ("
    "  SELECT count(*) FILTER (WHERE status <> 'cancelled' OR qty > 0) AS tasks, "
    "         count(*) FILTER (WHERE status IN ('picked', 'short')) AS done, "
    "         sum(qty) AS qty, sum(picked) AS picked, sum(missing) AS missing "
    "    FROM pick_task WHERE wave_id = w.id) t ON true ";
const QByteArray kWaveById = QByteArray(kWaveColumns) + "WHERE w.id = $1";
const QByteArray kWaves = QByteArray(kWaveColumns) + "WHERE ($2::bigint = 0 OR w.id < $2) ORDER BY w.id DESC LIMIT $1";

// A picker's list: the tasks assigned to them or claimed by them.
constexpr const char *kPickLines =
    "SELECT t.id, t.pick_seq, b.code, b.zone, p.sku, coalesce(p.barcode, ''), p.name, coalesce(p.name_th, ''), "
    "       t.qty, t.picked, t.missing, t.status, coalesce(t.claimed_by, t.assigned_to, ''), "
    "       coalesce((SELECT string_agg(x.order_id::text, ',' ORDER BY x.order_id) FROM pick_task_order x "
    "                  WHERE x.task_id = t.id AND x.qty > 0), '') "
    "FROM pick_task t JOIN bin b ON b.id = t.bin_id JOIN product p ON p.id = t.product_id "
    "WHERE t.wave_id = $1 AND ($2::text IS NULL OR t.assigned_to = $2 OR t.claimed_by = $2) "
    "  AND NOT (t.status = 'cancelled' AND t.qty = 0) "
    "ORDER BY t.pick_seq, b.id, t.id";

constexpr const char *kSlipHead =
    "SELECT o.id, o.channel, o.status, o.total_satang, (extract(epoch FROM o.paid_at) * 1000)::bigint, "
    "       coalesce((SELECT w.wave_id FROM wave_order w WHERE w.order_id = o.id ORDER BY w.open DESC, w.wave_id DESC "
    "                  LIMIT 1), 0), coalesce(f.tracking, '') "
    "FROM orders o LEFT JOIN fulfilment f ON f.order_id = o.id WHERE o.id = $1";
constexpr const char *kSlipLines =
    "SELECT p.sku, coalesce(p.barcode, ''), p.name, coalesce(p.name_th, ''), l.qty "
    "FROM order_line l JOIN product p ON p.id = l.product_id WHERE l.order_id = $1 ORDER BY l.line_no";

const resilience::RetryPolicy &rolledBackRetryPolicy()
{
    static const resilience::RetryPolicy policy([] {
        resilience::RetryPolicy::Config c;
        c.maxAttempts = 4;
        c.initialBackoff = std::chrono::nanoseconds(0);
        c.retryable = resilience::isRolledBackTransaction;
        return c;
    }());
    return policy;
}

// The statements a scanner station runs for every scan are prepared once per connection (a named
// statement lives as long as the server session: on 26000 "not prepared here yet" it is prepared and run
// again). Params go as Connection::exec sends them: text, null QVariant = NULL. Inside the caller's own
// transaction block a 26000 would abort it, so there the statement runs unprepared.
Result<PgResult> execPreparedOnce(Connection &conn, const char *name, const char *sql, const QVariantList &params)
{
    if (!conn.isOk() || PQtransactionStatus(conn.raw()) != PQTRANS_IDLE)
        return conn.exec(sql, params);   // not connected: the same error as any other call
    std::vector<QByteArray> storage;
    std::vector<const char *> values;
    storage.reserve(size_t(params.size()));
    for (const QVariant &p : params)
        storage.push_back(p.isNull() ? QByteArray() : p.toString().toUtf8());
    for (int i = 0; i < params.size(); ++i)
        values.push_back(params[i].isNull() ? nullptr : storage[size_t(i)].constData());
    for (int attempt = 0;; ++attempt) {
        PgResult res(PQexecPrepared(conn.raw(), name, int(values.size()), values.data(), nullptr, nullptr, 0));
        if (res.isNull() || PQstatus(conn.raw()) == CONNECTION_BAD)
            return Error::make(Error::Kind::Connection,
                               WarehouseText::tr("Lost the connection to the database: %1")
                                   .arg(QString::fromUtf8(PQerrorMessage(conn.raw())).trimmed()));
        const auto status = PQresultStatus(res.raw());
        if (status == PGRES_TUPLES_OK || status == PGRES_COMMAND_OK)
            return res;
        const QString state = QString::fromLatin1(PQresultErrorField(res.raw(), PG_DIAG_SQLSTATE));
        if (state != QLatin1String("26000") || attempt > 0)
            return db::classifyServerError(QString::fromUtf8(PQresultErrorField(res.raw(), PG_DIAG_MESSAGE_PRIMARY)),
                                           state);
        PgResult prepared(PQprepare(conn.raw(), name, sql, int(values.size()), nullptr));
        if (prepared.isNull() || PQresultStatus(prepared.raw()) != PGRES_COMMAND_OK)
            return conn.exec(sql, params);   // could not prepare (e.g. in an aborted transaction): say why
    }
}

// One warehouse call: retried only when the server rolled it back, errors re-typed. With a statement
// name, the statement is prepared once per connection.
Result<PgResult> call(Connection &conn, const char *sql, const QVariantList &params, const char *preparedName = nullptr)
{
    auto r = rolledBackRetryPolicy().run<PgResult>(resilience::Idempotency::Idempotent, [&] {
        return preparedName ? execPreparedOnce(conn, preparedName, sql, params) : conn.exec(sql, params);
    });
    if (!r)
        return warehouseError(r.error());
    return r;
}

QVariant orNull(const QString &text) { return text.isEmpty() ? QVariant() : QVariant(text); }

QString pgArray(const QStringList &items)
{
    QStringList quoted;
    for (QString s : items) {
        s.replace(QLatin1Char('\\'), QLatin1String("\\\\")).replace(QLatin1Char('"'), QLatin1String("\\\""));
        quoted << QLatin1Char('"') + s + QLatin1Char('"');
    }
    return QLatin1Char('{') + quoted.join(QLatin1Char(',')) + QLatin1Char('}');
}

QDateTime utcFromMs(const PgResult &r, int row, int col)
{
    return r.isNull(row, col) ? QDateTime() : QDateTime::fromMSecsSinceEpoch(r.toInt64(row, col), Qt::UTC);
}

WaveHeader waveAt(const PgResult &r, int row)
{
    WaveHeader w;
    w.id = r.toInt64(row, 0);
    w.status = r.text(row, 1);
    w.cutoff = utcFromMs(r, row, 2);
    w.channel = r.text(row, 3);
    w.zone = r.text(row, 4);
    w.createdAt = utcFromMs(r, row, 5);
    w.createdBy = r.text(row, 6);
    w.releasedAt = utcFromMs(r, row, 7);
    w.closedAt = utcFromMs(r, row, 8);
    w.orders = r.toInt(row, 9);
    w.tasks = r.toInt(row, 10);
    w.tasksDone = r.toInt(row, 11);
    w.unitsToPick = r.toInt(row, 12);
    w.unitsPicked = r.toInt(row, 13);
    w.unitsMissing = r.toInt(row, 14);
    w.ordersPacked = r.toInt(row, 15);
    return w;
}

PickTaskLine taskAt(const PgResult &r, int row)
{
    PickTaskLine t;
    t.taskId = r.toInt64(row, 0);
    t.pickSeq = r.toInt(row, 1);
    t.binCode = r.text(row, 2);
    t.zone = r.text(row, 3);
    t.sku = r.text(row, 4);
    t.barcode = r.text(row, 5);
    t.nameEn = r.text(row, 6);
    t.nameTh = r.text(row, 7);
    t.qty = r.toInt(row, 8);
    t.picked = r.toInt(row, 9);
    t.missing = r.toInt(row, 10);
    t.status = r.text(row, 11);
    t.picker = r.text(row, 12);
    for (const QString &id : r.text(row, 13).split(QLatin1Char(','), Qt::SkipEmptyParts))
        t.orderIds.append(id.toLongLong());
    return t;
}

} // namespace

Error warehouseError(const Error &error)
{
    Error e = error;
    const QString &state = e.sqlState;
    if (state == QLatin1String(kWrongBinState) || state == QLatin1String(kWrongItemState))
        e.kind = Error::Kind::BadInput;
    else if (state == QLatin1String(kTakenState) || state == QLatin1String(kWrongStepState)
             || state == QLatin1String(kPackMismatchState))
        e.kind = Error::Kind::Conflict;
    if (!e.message.isEmpty() && !e.message.endsWith(QLatin1Char('.')))
        e.message += QLatin1Char('.');
    return e;
}

QString newScanId() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

Result<qint64> createWave(Connection &conn, const WaveRequest &request)
{
    auto r = call(conn, kCreateWave,
                  {request.cutoff.isValid() ? QVariant(request.cutoff) : QVariant(), orNull(request.channel),
                   orNull(request.zone), orNull(request.note)});
    if (!r)
        return r.error();
    return r->toInt64(0, 0);
}

Result<int> releaseWave(Connection &conn, qint64 waveId, const QStringList &pickers)
{
    auto r = call(conn, kReleaseWave, {waveId, pickers.isEmpty() ? QVariant() : QVariant(pgArray(pickers))});
    if (!r)
        return r.error();
    return r->toInt(0, 0);
}

Result<int> closeWave(Connection &conn, qint64 waveId)
{
    auto r = call(conn, kCloseWave, {waveId});
    if (!r)
        return r.error();
    return r->toInt(0, 0);
}

Result<QString> claimTask(Connection &conn, qint64 taskId, const QString &picker)
{
    auto r = call(conn, kClaim, {taskId, orNull(picker)}, "backroom_pick_claim");
    if (!r)
        return r.error();
    return r->text(0, 0);
}

Result<ConfirmOutcome> confirmPick(Connection &conn, const PickScan &scan)
{
    const QString scanId = scan.scanId.isEmpty() ? newScanId() : scan.scanId;
    auto r = call(conn, kConfirm, {scan.taskId, scan.binCode, scan.item, scan.qty, scanId, orNull(scan.picker)},
                  "backroom_pick_confirm");
    if (!r)
        return r.error();
    return ConfirmOutcome{r->text(0, 0), r->toInt(0, 1), r->toInt(0, 2), r->toBool(0, 3)};
}

Result<ShortOutcome> recordShortPick(Connection &conn, qint64 taskId, int missing, const QString &scanId,
                                     const QString &picker)
{
    auto r = call(conn, kShort, {taskId, missing, scanId.isEmpty() ? newScanId() : scanId, orNull(picker)});
    if (!r)
        return r.error();
    ShortOutcome out;
    out.reallocated = r->toInt(0, 0);
    for (const QString &id : r->text(0, 1).split(QLatin1Char(','), Qt::SkipEmptyParts))
        out.flaggedOrders.append(id.toLongLong());
    out.replayed = r->toBool(0, 2);
    return out;
}

Status packOrder(Connection &conn, qint64 orderId, const QStringList &items, const QString &packer)
{
    if (items.isEmpty())
        return Error::make(Error::Kind::BadInput,
                           WarehouseText::tr("Scan every item of order %1 into the parcel before packing.").arg(orderId));
    if (auto r = call(conn, kPack, {orderId, pgArray(items), orNull(packer)}); !r)
        return r.error();
    return Done{};
}

Status shipOrder(Connection &conn, qint64 orderId, const QString &tracking, const QString &shipper)
{
    if (auto r = call(conn, kShip, {orderId, tracking, orNull(shipper)}); !r)
        return r.error();
    return Done{};
}

Result<int> cancelHeldOrder(Connection &conn, qint64 orderId, const QString &reason, const QString &returnBin)
{
    auto r = call(conn, kCancel, {orderId, orNull(reason), orNull(returnBin)});
    if (!r)
        return r.error();
    return r->toInt(0, 0);
}

Result<WaveHeader> waveHeader(Connection &conn, qint64 waveId)
{
    auto r = call(conn, kWaveById.constData(), {waveId});
    if (!r)
        return r.error();
    if (r->rows() == 0)
        return Error::make(Error::Kind::NotFound, WarehouseText::tr("Wave %1 does not exist.").arg(waveId));
    return waveAt(*r, 0);
}

Result<QList<WaveHeader>> listWaves(Connection &conn, int limit, qint64 beforeId)
{
    auto r = call(conn, kWaves.constData(), {limit, beforeId});
    if (!r)
        return r.error();
    QList<WaveHeader> out;
    for (int i = 0; i < r->rows(); ++i)
        out.append(waveAt(*r, i));
    return out;
}

Result<PickListDocument> pickListDocument(Connection &conn, qint64 waveId, const QString &picker)
{
    auto head = waveHeader(conn, waveId);
    if (!head)
        return head.error();
    auto r = call(conn, kPickLines, {waveId, orNull(picker)});
    if (!r)
        return r.error();
    PickListDocument doc;
    doc.wave = *head;
    doc.picker = picker;
    doc.printedAt = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < r->rows(); ++i)
        doc.lines.append(taskAt(*r, i));
    return doc;
}

Result<PackingSlipDocument> packingSlipDocument(Connection &conn, qint64 orderId)
{
    auto head = call(conn, kSlipHead, {orderId});
    if (!head)
        return head.error();
    if (head->rows() == 0)
        return Error::make(Error::Kind::NotFound, WarehouseText::tr("Order %1 does not exist.").arg(orderId));
    auto lines = call(conn, kSlipLines, {orderId});
    if (!lines)
        return lines.error();
    PackingSlipDocument doc;
    doc.orderId = head->toInt64(0, 0);
    doc.channel = head->text(0, 1);
    doc.status = head->text(0, 2);
    doc.totalSatang = head->toInt64(0, 3);
    doc.paidAt = utcFromMs(*head, 0, 4);
    doc.waveId = head->toInt64(0, 5);
    doc.tracking = head->text(0, 6);
    doc.printedAt = QDateTime::currentDateTimeUtc();
    for (int i = 0; i < lines->rows(); ++i)
        doc.lines.append(PackingLine{lines->text(i, 0), lines->text(i, 1), lines->text(i, 2), lines->text(i, 3),
                                     lines->toInt(i, 4)});
    return doc;
}

} // namespace backroom::warehouse
