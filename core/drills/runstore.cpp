// Placeholder so that the tree links while saved runs are being written.
#include "drills/runstore.h"

#include <QCoreApplication>

namespace backroom::drills {
namespace {
Error notBuilt()
{
    return Error::make(Error::Kind::BadInput, QCoreApplication::translate("backroom::drills", "Saved drill runs are not built yet."));
}
} // namespace

Result<qint64> saveDrillRun(db::Connection &, const DrillRun &) { return notBuilt(); }
Result<QList<DrillRun>> listDrillRuns(db::Connection &, int) { return notBuilt(); }
Result<DrillRun> loadDrillRun(db::Connection &, qint64) { return notBuilt(); }

} // namespace backroom::drills
