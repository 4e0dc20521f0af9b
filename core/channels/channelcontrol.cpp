#include "channels/channelcontrol.h"

#include <QCoreApplication>

namespace backroom::channels {
namespace {

constexpr const char *kConfigure = "SELECT channel_configure($1, $2, $3)";
constexpr const char *kResync = "SELECT channel_resync($1)";

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

} // namespace backroom::channels
