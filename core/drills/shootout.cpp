// Placeholder so that the tree links while the shoot-out is being written: start() refuses.
#include "drills/shootout.h"

namespace backroom::drills {

struct ShootoutRunner::Private {
    ShootoutConfig config;
    QList<ShootoutRow> rows;
};

ShootoutRunner::ShootoutRunner(ShootoutConfig config, db::Connection &, QObject *parent)
    : QObject(parent), d(std::make_unique<Private>())
{
    d->config = std::move(config);
}

ShootoutRunner::~ShootoutRunner() = default;

Status ShootoutRunner::start()
{
    return Error::make(Error::Kind::BadInput, tr("The shoot-out is not built yet."));
}

void ShootoutRunner::cancel() {}
bool ShootoutRunner::isRunning() const { return false; }
const QList<ShootoutRow> &ShootoutRunner::rows() const { return d->rows; }
int ShootoutRunner::totalRuns() const { return int(d->config.strategies.size() * d->config.buyerCounts.size()); }

} // namespace backroom::drills
