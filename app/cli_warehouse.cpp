// `backroom warehouse wave|pick|pack|ship|cancel`: every step of the warehouse flow (core/warehouse),
// scriptable from a scanner station: --json everywhere, exit codes 2 bad input / wrong scan,
// 3 conflict (taken, wrong step, parcel mismatch), 5 not allowed.
#include "cli.h"

#include "warehouse/warehouse.h"
#include "warehouse/warehouseprint.h"

#include <QCoreApplication>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonObject>

namespace backroom::cli {
namespace {

using namespace backroom::warehouse;

QString tr(const char *text) { return QCoreApplication::translate("backroom::cli", text); }

QJsonValue isoOrNull(const QDateTime &utc)
{
    return utc.isValid() ? QJsonValue(utc.toString(Qt::ISODate)) : QJsonValue();
}

QString localTime(const QDateTime &utc)
{
    return utc.isValid() ? utc.toLocalTime().toString(tr("yyyy-MM-dd HH:mm")) : QStringLiteral("-");
}

QJsonObject waveJson(const WaveHeader &w)
{
    return QJsonObject{{QStringLiteral("id"), w.id},
                       {QStringLiteral("status"), w.status},
                       {QStringLiteral("cutoff"), isoOrNull(w.cutoff)},
                       {QStringLiteral("channel"), w.channel.isEmpty() ? QJsonValue() : QJsonValue(w.channel)},
                       {QStringLiteral("zone"), w.zone.isEmpty() ? QJsonValue() : QJsonValue(w.zone)},
                       {QStringLiteral("created_at"), isoOrNull(w.createdAt)},
                       {QStringLiteral("created_by"), w.createdBy},
                       {QStringLiteral("released_at"), isoOrNull(w.releasedAt)},
                       {QStringLiteral("closed_at"), isoOrNull(w.closedAt)},
                       {QStringLiteral("orders"), w.orders},
                       {QStringLiteral("tasks"), w.tasks},
                       {QStringLiteral("tasks_done"), w.tasksDone},
                       {QStringLiteral("units_to_pick"), w.unitsToPick},
                       {QStringLiteral("units_picked"), w.unitsPicked},
                       {QStringLiteral("units_missing"), w.unitsMissing},
                       {QStringLiteral("orders_packed"), w.ordersPacked}};
}

void printWave(const WaveHeader &w)
{
    const QString any = tr("any");
    out() << tr("wave %1  %2  cut-off %3  channel %4  zone %5\n")
                 .arg(w.id).arg(w.status, localTime(w.cutoff), w.channel.isEmpty() ? any : w.channel,
                      w.zone.isEmpty() ? any : w.zone)
          << tr("  %1 order(s), %2/%3 task(s) done, %4/%5 unit(s) picked, %6 missing\n")
                 .arg(w.orders).arg(w.tasksDone).arg(w.tasks).arg(w.unitsPicked).arg(w.unitsToPick).arg(w.unitsMissing);
    out().flush();
}

QJsonObject taskJson(const PickTaskLine &t)
{
    QJsonArray orderIds;
    for (qint64 id : t.orderIds)
        orderIds.append(id);
    return QJsonObject{{QStringLiteral("task"), t.taskId},      {QStringLiteral("pick_seq"), t.pickSeq},
                       {QStringLiteral("bin"), t.binCode},      {QStringLiteral("zone"), t.zone},
                       {QStringLiteral("sku"), t.sku},          {QStringLiteral("barcode"), t.barcode},
                       {QStringLiteral("name"), t.nameEn},      {QStringLiteral("name_th"), t.nameTh},
                       {QStringLiteral("qty"), t.qty},          {QStringLiteral("picked"), t.picked},
                       {QStringLiteral("missing"), t.missing},  {QStringLiteral("status"), t.status},
                       {QStringLiteral("picker"), t.picker},    {QStringLiteral("orders"), orderIds}};
}

// A positive number from the first positional argument (wave, task or order).
bool idArgument(const Parser &p, const QString &what, qint64 *id)
{
    bool ok = false;
    *id = p.positional().value(0).toLongLong(&ok);
    if (ok && *id > 0)
        return true;
    fail(p, Error::make(Error::Kind::BadInput, tr("'%1' is not a %2 number.").arg(p.positional().value(0), what)));
    return false;
}

int waveCreate(const QStringList &args)
{
    Parser p(tr("backroom warehouse wave create [--cutoff ISO] [--channel c] [--zone z] [--note text] [--json]"),
             tr("Groups paid orders that are in no open wave into a new wave with its pick tasks."));
    p.addOption(QStringLiteral("cutoff"), tr("Orders paid up to this time (ISO 8601, default now)."),
                QStringLiteral("ISO"));
    p.addOption(QStringLiteral("channel"), tr("Only this channel (web, shopee, lazada ...)."), QStringLiteral("c"));
    p.addOption(QStringLiteral("zone"), tr("Only orders whose units all sit in this zone."), QStringLiteral("z"));
    p.addOption(QStringLiteral("note"), tr("A note kept with the wave."), QStringLiteral("text"));
    if (!p.parse(args, 0, 0))
        return p.helpShown() ? Ok : BadInput;
    WaveRequest request{{}, p.value(QStringLiteral("channel")), p.value(QStringLiteral("zone")), p.value(QStringLiteral("note"))};
    if (p.isSet(QStringLiteral("cutoff"))) {
        request.cutoff = QDateTime::fromString(p.value(QStringLiteral("cutoff")), Qt::ISODate);
        if (!request.cutoff.isValid())
            return fail(p, Error::make(Error::Kind::BadInput,
                                       tr("--cutoff '%1' is not an ISO 8601 time (2026-11-29T14:00:00+07:00).")
                                           .arg(p.value(QStringLiteral("cutoff")))));
    }
    auto conn = connect(p);
    if (!conn)
        return p.failCode();
    auto wave = createWave(*conn, request);
    if (!wave)
        return fail(p, wave.error());
    auto head = waveHeader(*conn, *wave);
    if (!head)
        return fail(p, head.error());
    if (p.json())
        printJson(waveJson(*head));
    else
        printWave(*head);
    return Ok;
}

int waveRelease(const QStringList &args)
{
    Parser p(tr("backroom warehouse wave release <wave> [--pickers a,b,...] [--json]"),
             tr("Lets pickers claim the wave's tasks; with --pickers, one stretch of the walk per picker."));
    p.addOption(QStringLiteral("pickers"), tr("Picker names, comma-separated."), QStringLiteral("names"));
    qint64 wave = 0;
    if (!p.parse(args, 1, 1))
        return p.helpShown() ? Ok : BadInput;
    if (!idArgument(p, QStringLiteral("wave"), &wave))
        return p.failCode();
    auto conn = connect(p);
    if (!conn)
        return p.failCode();
    auto tasks = releaseWave(*conn, wave, p.value(QStringLiteral("pickers")).split(QLatin1Char(','), Qt::SkipEmptyParts));
    if (!tasks)
        return fail(p, tasks.error());
    if (p.json())
        printJson(QJsonObject{{QStringLiteral("wave"), wave}, {QStringLiteral("tasks"), *tasks}});
    else
        out() << tr("wave %1 released: %2 task(s)\n").arg(wave).arg(*tasks);
    return Ok;
}

int waveClose(const QStringList &args)
{
    Parser p(tr("backroom warehouse wave close <wave> [--json]"),
             tr("Closes a wave; orders with nothing picked wait for the next one."));
    qint64 wave = 0;
    if (!p.parse(args, 1, 1))
        return p.helpShown() ? Ok : BadInput;
    if (!idArgument(p, QStringLiteral("wave"), &wave))
        return p.failCode();
    auto conn = connect(p);
    if (!conn)
        return p.failCode();
    auto back = closeWave(*conn, wave);
    if (!back)
        return fail(p, back.error());
    if (p.json())
        printJson(QJsonObject{{QStringLiteral("wave"), wave}, {QStringLiteral("orders_returned"), *back}});
    else
        out() << tr("wave %1 closed; %2 order(s) wait for the next wave\n").arg(wave).arg(*back);
    return Ok;
}

int waveShow(const QStringList &args)
{
    Parser p(tr("backroom warehouse wave show <wave> [--json]"));
    qint64 wave = 0;
    if (!p.parse(args, 1, 1))
        return p.helpShown() ? Ok : BadInput;
    if (!idArgument(p, QStringLiteral("wave"), &wave))
        return p.failCode();
    auto conn = connect(p);
    if (!conn)
        return p.failCode();
    auto head = waveHeader(*conn, wave);
    if (!head)
        return fail(p, head.error());
    if (p.json())
        printJson(waveJson(*head));
    else
        printWave(*head);
    return Ok;
}

int waveList(const QStringList &args)
{
    Parser p(tr("backroom warehouse wave list [--json]"), tr("The newest 50 waves."));
    if (!p.parse(args, 0, 0))
        return p.helpShown() ? Ok : BadInput;
    auto conn = connect(p);
    if (!conn)
        return p.failCode();
    auto waves = listWaves(*conn);
    if (!waves)
        return fail(p, waves.error());
    QJsonArray rows;
    for (const auto &w : *waves) {
        if (p.json())
            rows.append(waveJson(w));
        else
            printWave(w);
    }
    if (p.json())
        printJson(rows);
    return Ok;
}

int pickList(const QStringList &args)
{
    Parser p(tr("backroom warehouse pick list <wave> [--picker name] [--json]"),
             tr("The wave's tasks in walking order (one line per bin and SKU)."));
    p.addOption(QStringLiteral("picker"), tr("Only this picker's list."), QStringLiteral("name"));
    qint64 wave = 0;
    if (!p.parse(args, 1, 1))
        return p.helpShown() ? Ok : BadInput;
    if (!idArgument(p, QStringLiteral("wave"), &wave))
        return p.failCode();
    auto conn = connect(p);
    if (!conn)
        return p.failCode();
    auto doc = pickListDocument(*conn, wave, p.value(QStringLiteral("picker")));
    if (!doc)
        return fail(p, doc.error());
    if (p.json()) {
        QJsonArray lines;
        for (const auto &t : doc->lines)
            lines.append(taskJson(t));
        printJson(QJsonObject{{QStringLiteral("wave"), waveJson(doc->wave)},
                              {QStringLiteral("picker"), doc->picker},
                              {QStringLiteral("lines"), lines}});
        return Ok;
    }
    printWave(doc->wave);
    for (const auto &t : doc->lines)
        out() << tr("  task %1  %2  %3  x%4  %5/%6 picked%7  %8  %9\n")
                     .arg(t.taskId, 6).arg(t.binCode, -8).arg(t.sku, -14).arg(t.qty, -4).arg(t.picked).arg(t.qty)
                     .arg(t.missing ? tr(", %1 missing").arg(t.missing) : QString())
                     .arg(t.status, -8).arg(t.picker);
    out().flush();
    return Ok;
}

int pickClaim(const QStringList &args)
{
    Parser p(tr("backroom warehouse pick claim <task> [--picker name] [--json]"),
             tr("Takes a task; another picker's task is refused (exit 3)."));
    p.addOption(QStringLiteral("picker"), tr("Name on a shared scanner login (default: the login)."),
                QStringLiteral("name"));
    qint64 task = 0;
    if (!p.parse(args, 1, 1))
        return p.helpShown() ? Ok : BadInput;
    if (!idArgument(p, QStringLiteral("task"), &task))
        return p.failCode();
    auto conn = connect(p);
    if (!conn)
        return p.failCode();
    auto picker = claimTask(*conn, task, p.value(QStringLiteral("picker")));
    if (!picker)
        return fail(p, picker.error());
    if (p.json())
        printJson(QJsonObject{{QStringLiteral("task"), task}, {QStringLiteral("picker"), *picker}});
    else
        out() << tr("task %1 claimed by %2\n").arg(task).arg(*picker);
    return Ok;
}

int pickConfirm(const QStringList &args)
{
    Parser p(QStringLiteral("backroom warehouse pick confirm <task> --bin CODE --item BARCODE|SKU --qty N "
                            "[--scan-id ID] [--picker name] [--json]"),
             tr("Confirms picked units. Pass --scan-id to make a retry count once."));
    p.addOption(QStringLiteral("bin"), tr("The bin code scanned."), QStringLiteral("code"));
    p.addOption(QStringLiteral("item"), tr("The item's barcode or SKU."), QStringLiteral("code"));
    p.addOption(QStringLiteral("qty"), tr("Units picked."), QStringLiteral("n"));
    p.addOption(QStringLiteral("scan-id"), tr("Unique id of this confirm (default: a new one)."),
                QStringLiteral("id"));
    p.addOption(QStringLiteral("picker"), tr("Name on a shared scanner login."), QStringLiteral("name"));
    qint64 task = 0, qty = 0;
    if (!p.parse(args, 1, 1))
        return p.helpShown() ? Ok : BadInput;
    if (!idArgument(p, QStringLiteral("task"), &task) || !p.requireOptions({"bin", "item", "qty"})
        || !p.intValue(QStringLiteral("qty"), &qty))
        return p.failCode();
    auto conn = connect(p);
    if (!conn)
        return p.failCode();
    auto done = confirmPick(*conn, {task, p.value(QStringLiteral("bin")), p.value(QStringLiteral("item")), int(qty),
                                    p.value(QStringLiteral("scan-id")), p.value(QStringLiteral("picker"))});
    if (!done)
        return fail(p, done.error());
    if (p.json())
        printJson(QJsonObject{{QStringLiteral("task"), task},
                              {QStringLiteral("status"), done->taskStatus},
                              {QStringLiteral("picked"), done->picked},
                              {QStringLiteral("left"), done->left},
                              {QStringLiteral("replayed"), done->replayed}});
    else
        out() << tr("task %1: %2 picked, %3 left (%4)%5\n")
                     .arg(task).arg(done->picked).arg(done->left).arg(done->taskStatus,
                          done->replayed ? tr(" - this scan was already counted") : QString());
    return Ok;
}

int pickShort(const QStringList &args)
{
    Parser p(tr("backroom warehouse pick short <task> --missing N [--scan-id ID] [--picker name] [--json]"),
             tr("Records units missing from the bin: they come from another bin, or the order is flagged."));
    p.addOption(QStringLiteral("missing"), tr("Units not in the bin."), QStringLiteral("n"));
    p.addOption(QStringLiteral("scan-id"), tr("Unique id of this report (default: a new one)."),
                QStringLiteral("id"));
    p.addOption(QStringLiteral("picker"), tr("Name on a shared scanner login."), QStringLiteral("name"));
    qint64 task = 0, missing = 0;
    if (!p.parse(args, 1, 1))
        return p.helpShown() ? Ok : BadInput;
    if (!idArgument(p, QStringLiteral("task"), &task) || !p.requireOptions({"missing"})
        || !p.intValue(QStringLiteral("missing"), &missing))
        return p.failCode();
    auto conn = connect(p);
    if (!conn)
        return p.failCode();
    auto outcome = recordShortPick(*conn, task, int(missing), p.value(QStringLiteral("scan-id")),
                                   p.value(QStringLiteral("picker")));
    if (!outcome)
        return fail(p, outcome.error());
    QJsonArray flagged;
    QStringList flaggedText;
    for (qint64 id : outcome->flaggedOrders) {
        flagged.append(id);
        flaggedText << QString::number(id);
    }
    if (p.json())
        printJson(QJsonObject{{QStringLiteral("task"), task},
                              {QStringLiteral("reallocated"), outcome->reallocated},
                              {QStringLiteral("flagged_orders"), flagged},
                              {QStringLiteral("replayed"), outcome->replayed}});
    else
        out() << tr("task %1: %2 missing; %3 unit(s) to pick from another bin%4\n")
                     .arg(task).arg(missing).arg(outcome->reallocated)
                     .arg(flaggedText.isEmpty() ? QString()
                                                : tr("; order(s) %1 flagged for the lead").arg(flaggedText.join(QStringLiteral(", "))));
    return Ok;
}

int pack(const QStringList &args)
{
    Parser p(tr("backroom warehouse pack <order> --items SKU,SKU,... [--packer name] [--json]"),
             QStringLiteral("Checks every unit scanned into the parcel against the order; a missing or extra one blocks "
                            "(exit 3)."));
    p.addOption(QStringLiteral("items"), tr("Every unit scanned, SKU or barcode, comma-separated."),
                QStringLiteral("list"));
    p.addOption(QStringLiteral("packer"), tr("Name on a shared login."), QStringLiteral("name"));
    qint64 order = 0;
    if (!p.parse(args, 1, 1))
        return p.helpShown() ? Ok : BadInput;
    if (!idArgument(p, QStringLiteral("order"), &order) || !p.requireOptions({"items"}))
        return p.failCode();
    auto conn = connect(p);
    if (!conn)
        return p.failCode();
    const QStringList items = p.value(QStringLiteral("items")).split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (auto packed = packOrder(*conn, order, items, p.value(QStringLiteral("packer"))); !packed)
        return fail(p, packed.error());
    if (p.json())
        printJson(QJsonObject{{QStringLiteral("order"), order}, {QStringLiteral("status"), QStringLiteral("packed")}});
    else
        out() << tr("order %1 packed (%2 unit(s))\n").arg(order).arg(items.size());
    return Ok;
}

int ship(const QStringList &args)
{
    Parser p(tr("backroom warehouse ship <order> --tracking T [--json]"));
    p.addOption(QStringLiteral("tracking"), tr("The carrier's tracking number."), QStringLiteral("T"));
    qint64 order = 0;
    if (!p.parse(args, 1, 1))
        return p.helpShown() ? Ok : BadInput;
    if (!idArgument(p, QStringLiteral("order"), &order) || !p.requireOptions({"tracking"}))
        return p.failCode();
    auto conn = connect(p);
    if (!conn)
        return p.failCode();
    if (auto shipped = shipOrder(*conn, order, p.value(QStringLiteral("tracking"))); !shipped)
        return fail(p, shipped.error());
    if (p.json())
        printJson(QJsonObject{{QStringLiteral("order"), order},
                              {QStringLiteral("status"), QStringLiteral("shipped")},
                              {QStringLiteral("tracking"), p.value(QStringLiteral("tracking"))}});
    else
        out() << tr("order %1 shipped, tracking %2\n").arg(order).arg(p.value(QStringLiteral("tracking")));
    return Ok;
}

int cancel(const QStringList &args)
{
    Parser p(tr("backroom warehouse cancel <order> [--reason text] [--bin CODE] [--json]"),
             QStringLiteral("Cancels a paid, picked or packed order; its units go back with ledger rows (picked ones "
                            "into --bin, default where they came from)."));
    p.addOption(QStringLiteral("reason"), tr("Why (kept on the order and the ledger rows)."),
                QStringLiteral("text"));
    p.addOption(QStringLiteral("bin"), tr("Where the picked units are put back."), QStringLiteral("code"));
    qint64 order = 0;
    if (!p.parse(args, 1, 1))
        return p.helpShown() ? Ok : BadInput;
    if (!idArgument(p, QStringLiteral("order"), &order))
        return p.failCode();
    auto conn = connect(p);
    if (!conn)
        return p.failCode();
    auto units = cancelHeldOrder(*conn, order, p.value(QStringLiteral("reason")), p.value(QStringLiteral("bin")));
    if (!units)
        return fail(p, units.error());
    if (p.json())
        printJson(QJsonObject{{QStringLiteral("order"), order}, {QStringLiteral("units_returned"), *units}});
    else
        out() << tr("order %1 cancelled; %2 unit(s) back in stock\n").arg(order).arg(*units);
    return Ok;
}

// Printing paints text, which needs a QGuiApplication: these two commands are registered as GUI
// commands (main creates no application for them); the application is made only to render, after the
// arguments and the database were checked, on the offscreen platform when there is no display.
template <typename T>
T withGuiApplication(const std::function<T()> &render)
{
    if (qobject_cast<QGuiApplication *>(QCoreApplication::instance()))
        return render();
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY")
        && qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    static int argc = 1;
    static char arg0[] = "backroom";
    static char *argv[] = {arg0, nullptr};
    QGuiApplication app(argc, argv);
    return render();
}

int printPickList(const QStringList &args)
{
    Parser p(tr("backroom warehouse print-picklist <wave> --out file.pdf [--label] [--picker name] [--json]"),
             tr("The wave's pick list as PDF: walking order, Code 128 for bins and SKUs, A4 or a 100 x 150 mm "
                "label."));
    p.addOption(QStringLiteral("out"), tr("The PDF to write."), QStringLiteral("file"));
    p.addOption(QStringLiteral("label"), tr("100 x 150 mm label pages instead of A4."));
    p.addOption(QStringLiteral("picker"), tr("Only this picker's list."), QStringLiteral("name"));
    qint64 wave = 0;
    if (!p.parse(args, 1, 1))
        return p.helpShown() ? Ok : BadInput;
    if (!idArgument(p, QStringLiteral("wave"), &wave) || !p.requireOptions({"out"}))
        return p.failCode();
    auto conn = connect(p);
    if (!conn)
        return p.failCode();
    auto doc = pickListDocument(*conn, wave, p.value(QStringLiteral("picker")));
    if (!doc)
        return fail(p, doc.error());
    const auto size = p.isSet(QStringLiteral("label")) ? print::PageSize::Label100x150 : print::PageSize::A4;
    const QString path = p.value(QStringLiteral("out"));
    auto pages = withGuiApplication<Result<int>>([&] { return ui::writePickListPdf(*doc, size, path); });
    if (!pages)
        return fail(p, pages.error());
    if (p.json())
        printJson(QJsonObject{{QStringLiteral("wave"), wave}, {QStringLiteral("out"), path},
                              {QStringLiteral("lines"), int(doc->lines.size())}, {QStringLiteral("pages"), *pages}});
    else
        out() << tr("wave %1: %2 line(s) on %3 page(s) written to %4\n").arg(wave).arg(doc->lines.size()).arg(*pages).arg(path);
    out().flush();
    return Ok;
}

int printSlip(const QStringList &args)
{
    Parser p(tr("backroom warehouse print-slip <order> --out file.pdf [--a4] [--json]"),
             tr("The order's packing slip as PDF (a 100 x 150 mm label unless --a4), order number as Code 128."));
    p.addOption(QStringLiteral("out"), tr("The PDF to write."), QStringLiteral("file"));
    p.addOption(QStringLiteral("a4"), tr("An A4 page instead of a label."));
    qint64 order = 0;
    if (!p.parse(args, 1, 1))
        return p.helpShown() ? Ok : BadInput;
    if (!idArgument(p, QStringLiteral("order"), &order) || !p.requireOptions({"out"}))
        return p.failCode();
    auto conn = connect(p);
    if (!conn)
        return p.failCode();
    auto doc = packingSlipDocument(*conn, order);
    if (!doc)
        return fail(p, doc.error());
    const auto size = p.isSet(QStringLiteral("a4")) ? print::PageSize::A4 : print::PageSize::Label100x150;
    const QString path = p.value(QStringLiteral("out"));
    auto pages = withGuiApplication<Result<int>>([&] { return ui::writePackingSlipPdf(*doc, size, path); });
    if (!pages)
        return fail(p, pages.error());
    if (p.json())
        printJson(QJsonObject{{QStringLiteral("order"), order}, {QStringLiteral("out"), path},
                              {QStringLiteral("pages"), *pages}});
    else
        out() << tr("order %1: packing slip on %2 page(s) written to %3\n").arg(order).arg(*pages).arg(path);
    out().flush();
    return Ok;
}

int waveCommand(const QStringList &args)
{
    return dispatch(tr("warehouse wave"),
                    {{QStringLiteral("create"), tr("group paid orders into a new wave"), waveCreate},
                     {QStringLiteral("release"), tr("let pickers claim its tasks"), waveRelease},
                     {QStringLiteral("close"), tr("close it; unpicked orders wait for the next"), waveClose},
                     {QStringLiteral("show"), tr("a wave's progress"), waveShow},
                     {QStringLiteral("list"), tr("the newest waves"), waveList}},
                    args);
}

int pickCommand(const QStringList &args)
{
    return dispatch(tr("warehouse pick"),
                    {{QStringLiteral("list"), tr("tasks in walking order"), pickList},
                     {QStringLiteral("claim"), tr("take a task"), pickClaim},
                     {QStringLiteral("confirm"), tr("scan bin and item, confirm units"), pickConfirm},
                     {QStringLiteral("short"), tr("record units missing from the bin"), pickShort}},
                    args);
}

int warehouseCommand(const QStringList &args)
{
    return dispatch(QStringLiteral("warehouse"),
                    {{QStringLiteral("wave"), tr("create | release | close | show | list: waves of paid orders"),
                      waveCommand},
                     {QStringLiteral("pick"), tr("list | claim | confirm | short: picking"), pickCommand},
                     {QStringLiteral("pack"), tr("check a parcel against its order"), pack},
                     {QStringLiteral("ship"), tr("ship a packed order with its tracking number"), ship},
                     {QStringLiteral("cancel"), tr("cancel an order the warehouse holds"), cancel}},
                    args);
}

const bool registered = registerCommand(QStringLiteral("warehouse"),
                                        tr("wave | pick | pack | ship | cancel: the warehouse flow"),
                                        warehouseCommand);
// Two-word GUI commands (listed by `backroom warehouse --help`): main creates no QCoreApplication for
// them, printing makes a QGuiApplication.
const bool printPickListRegistered = registerCommand(QStringLiteral("warehouse print-picklist"),
                                                     tr("a wave's pick list as PDF"), printPickList, true);
const bool printSlipRegistered = registerCommand(QStringLiteral("warehouse print-slip"),
                                                 tr("an order's packing slip as PDF"), printSlip, true);

} // namespace
} // namespace backroom::cli
