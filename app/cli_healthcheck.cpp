// `backroom health-check [--json]`: the shop health check, the seed's 10 questions answered from what
// Backroom measured (docs/health-check.md). Exit 0 when every answer is Yes, 1 when any is No or Unknown.
// Owner only: it reads saved drills, component health and channel lag.

#include "cli.h"
#include "healthcheck/healthcheck.h"

#include <QCoreApplication>

namespace backroom::cli {
namespace {

QString tr(const char *text, int n = -1) { return QCoreApplication::translate("backroom::cli", text, nullptr, n); }

void printText(const QList<healthcheck::ItemResult> &results)
{
    QTextStream &o = out();
    for (const healthcheck::ItemResult &r : results) {
        o << QStringLiteral("%1. %2").arg(int(r.item), 2).arg(healthcheck::itemTitle(r.item)) << '\n';
        o << QStringLiteral("    %1  %2").arg(healthcheck::answerText(r.answer).toUpper(), -8).arg(r.figure) << '\n';
        if (r.measuredAt.isValid())
            o << "    " << tr("measured %1").arg(r.measuredAt.toLocalTime().toString(Qt::ISODate)) << '\n';
        if (!r.advice.isEmpty())
            o << "    " << tr("to do: %1").arg(r.advice) << '\n';
    }
    int yes = 0;
    for (const auto &r : results)
        yes += r.answer == healthcheck::Answer::Yes ? 1 : 0;
    o << '\n' << tr("%1 of %2 items answered Yes from measurements.").arg(yes).arg(results.size()) << '\n';
    o.flush();
}

int healthCheckCommand(const QStringList &args)
{
    Parser p(QStringLiteral("backroom health-check [--json]"),
             tr("The shop health check: 10 questions answered Yes, No or Unknown from saved drills, component health, "
                "channel lag and searches run now. Unknown means nothing was measured. Exit 0 when all are Yes."));
    if (!p.parse(args, 0, 0))
        return p.helpShown() ? Ok : BadInput;
    auto conn = connect(p);
    if (!conn)
        return p.failCode();
    auto results = healthcheck::runHealthCheck(*conn);
    if (!results)
        return fail(p, results.error());
    if (p.json())
        printJson(healthcheck::healthCheckJson(*results));
    else
        printText(*results);
    return healthcheck::allYes(*results) ? Ok : Failed;
}

const bool registered = registerCommand(QStringLiteral("health-check"),
                                        QStringLiteral("the shop's 10-point health check, answered from measurements"),
                                        healthCheckCommand);

} // namespace
} // namespace backroom::cli
