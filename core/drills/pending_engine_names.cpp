// TEMPORARY, delete when the engine branch lands: strategyName / strategyFromName / operationName are
// declared in loaddrill.h and defined by the rewritten loaddrill.cpp. Until then these weak definitions let
// the shoot-out and the CLI link; the engine's strong definitions replace them at link time.
#include "drills/loaddrill.h"

namespace backroom::drills {

__attribute__((weak)) QString operationName(Operation op)
{
    switch (op) {
    case Operation::Checkout: return QStringLiteral("checkout");
    case Operation::Browse: return QStringLiteral("browse");
    case Operation::Search: return QStringLiteral("search");
    }
    return QString();
}

__attribute__((weak)) QString strategyName(StockStrategy strategy)
{
    switch (strategy) {
    case StockStrategy::GuardedUpdate: return QStringLiteral("guarded_update");
    case StockStrategy::Buckets: return QStringLiteral("buckets");
    case StockStrategy::ForUpdate: return QStringLiteral("for_update");
    case StockStrategy::XminRetry: return QStringLiteral("xmin_retry");
    }
    return QString();
}

__attribute__((weak)) std::optional<StockStrategy> strategyFromName(const QString &name)
{
    for (auto s : {StockStrategy::GuardedUpdate, StockStrategy::Buckets, StockStrategy::ForUpdate, StockStrategy::XminRetry})
        if (strategyName(s) == name)
            return s;
    return std::nullopt;
}

} // namespace backroom::drills
