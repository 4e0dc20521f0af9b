#include "channels/channelcontrol.h"

#include <QCoreApplication>

namespace backroom::channels {
namespace {

constexpr const char *kConfigure = "SELECT channel_configure($1, $2, $3)";
constexpr const char *kResync = "SELECT channel_resync($1)";
constexpr const char *kResyncBatch =
    "SELECT last_product, queued, products_done, products_total FROM channel_resync_batch($1, $2, $3)";

template <typename T>
QVariant valueOrNull(const std::optional<T> &v)
{
    return v ? QVariant::fromValue(*v) : QVariant();
}

} // namespace

QString bufferQtyProblem(int qty)
{
    if (qty >= 0 && qty <= kMaxBufferQty)
        return {};
    return QCoreApplication::translate("backroom::channels", "Buffer stock must be a whole number from 0 to %1.")
        .arg(kMaxBufferQty);
}

Status configureChannel(db::Connection &conn, const ChannelChange &change)
{
    if (change.bufferQty) {
        const QString problem = bufferQtyProblem(*change.bufferQty);
        if (!problem.isEmpty())
            return Error::make(Error::Kind::BadInput, problem);
    }
    auto r = conn.exec(kConfigure, {change.channel, valueOrNull(change.enabled), valueOrNull(change.bufferQty)});
    if (!r)
        return r.error();
    return Done{};
}

Result<int> resyncChannel(db::Connection &conn, const QString &channel)
{
    auto r = conn.exec(kResync, {channel.isEmpty() ? QVariant() : QVariant(channel)});
    if (!r)
        return r.error();
    return r->toInt(0, 0);
}

Result<ResyncBatch> resyncBatch(db::Connection &conn, const QString &channel, qint64 afterProduct, int batchSize)
{
    auto r = conn.execPrepared("channel_resync_batch", kResyncBatch,
                               {channel.isEmpty() ? QVariant() : QVariant(channel), afterProduct, batchSize});
    if (!r)
        return r.error();
    ResyncBatch batch;
    if (!r->isNull(0, 0))
        batch.lastProduct = r->toInt64(0, 0);
    batch.queued = r->toInt(0, 1);
    batch.productsDone = r->toInt64(0, 2);
    batch.productsTotal = r->toInt64(0, 3);
    return batch;
}

} // namespace backroom::channels
