// `backroom channels`: the marketplace sync's status and settings (docs/channels.md).
//   status [--json]          per channel: enabled, buffer, last push, lag, queue, pushes/errors in the last hour, breaker
//   set <channel> [--buffer N] [--enabled on|off] [--url URL] [--shop-id ID] [--partner-id ID] [--sku SKU --sku-buffer N|none]
//   resync [<channel>]       push every product again
//   credentials <channel>    partner key / app secret and access token into the credential store (no echo)
// The pushing itself runs inside `backroom serve`.
#include "cli.h"

#include "channels/channelcredentials.h"
#include "channels/channelstatus.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>
#include <QTextStream>

#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace backroom::cli {
namespace {

QString tr(const char *text, int n = -1) { return QCoreApplication::translate("backroom::cli", text, nullptr, n); }

const QStringList kChannels = {QStringLiteral("web"), QStringLiteral("shopee"), QStringLiteral("lazada")};

QJsonValue isoOrNull(const QDateTime &t) { return t.isValid() ? QJsonValue(t.toString(Qt::ISODateWithMs)) : QJsonValue(); }

QString ago(const QDateTime &t)
{
    if (!t.isValid())
        return tr("never");
    const qint64 s = t.secsTo(QDateTime::currentDateTimeUtc());
    return s < 120 ? tr("%1 s ago").arg(s) : s < 7200 ? tr("%1 min ago").arg(s / 60) : t.toLocalTime().toString(Qt::ISODate);
}

QJsonObject statusJson(const channels::ChannelStatus &s)
{
    return QJsonObject{
        {QStringLiteral("channel"), s.channel},
        {QStringLiteral("remote"), s.remote},
        {QStringLiteral("enabled"), s.enabled},
        {QStringLiteral("buffer"), s.bufferQty},
        {QStringLiteral("base_url"), s.baseUrl},
        {QStringLiteral("shop_id"), s.shopId},
        {QStringLiteral("partner_id"), s.partnerId},
        {QStringLiteral("queue_depth"), s.queueDepth},
        {QStringLiteral("lag_seconds"), s.lagSeconds},
        {QStringLiteral("oldest_change"), isoOrNull(s.oldestChangeUtc)},
        {QStringLiteral("last_push"), isoOrNull(s.lastPushUtc)},
        {QStringLiteral("pushes_last_hour"), s.pushesLastHour},
        {QStringLiteral("errors_last_hour"), s.errorsLastHour},
        {QStringLiteral("last_error"), s.lastError.isEmpty() ? QJsonValue() : QJsonValue(s.lastError)},
        {QStringLiteral("last_error_at"), isoOrNull(s.lastErrorUtc)},
        {QStringLiteral("flagged_orders"), s.flaggedOrders},
        {QStringLiteral("breaker"), s.breakerState.isEmpty() ? QJsonValue() : QJsonValue(s.breakerState)},
    };
}

void printStatusText(const channels::ChannelStatus &s)
{
    out() << s.channel << ": " << (s.enabled ? tr("enabled") : tr("disabled")) << ", " << tr("buffer %1").arg(s.bufferQty);
    if (!s.remote) {
        out() << tr(" (reads this database: always in sync)") << "\n";
        return;
    }
    out() << ", " << tr("last push %1").arg(ago(s.lastPushUtc)) << ", " << tr("lag %1 s").arg(s.lagSeconds, 0, 'f', 1)
          << ", " << tr("queue %1").arg(s.queueDepth) << ", "
          << tr("last hour %1 pushes / %2 errors").arg(s.pushesLastHour).arg(s.errorsLastHour) << ", "
          << tr("breaker %1").arg(s.breakerState.isEmpty() ? tr("(no serve running)") : s.breakerState) << "\n";
    if (!s.baseUrl.isEmpty())
        out() << "  " << s.baseUrl << "\n";
    if (!s.lastError.isEmpty())
        out() << "  " << tr("last error %1: %2").arg(ago(s.lastErrorUtc), s.lastError) << "\n";
    if (s.flaggedOrders > 0)
        out() << "  " << tr("%n marketplace order(s) could not be reserved: see channel_order", int(s.flaggedOrders)) << "\n";
}

int status(const QStringList &args)
{
    Parser p(QStringLiteral("backroom channels status [--json]"),
             tr("Per channel: enabled, buffer stock, last successful push, lag (age of the oldest change not yet "
                "pushed), queue depth, pushes and errors in the last hour, and the breaker of a running `serve`."));
    if (!p.parse(args, 0, 0))
        return p.helpShown() ? Ok : BadInput;
    auto conn = connect(p);
    if (!conn)
        return p.failCode();
    auto rows = channels::readChannelStatus(*conn);
    if (!rows)
        return fail(p, rows.error());
    if (p.json()) {
        QJsonArray list;
        for (const auto &s : *rows)
            list.append(statusJson(s));
        printJson(list);
        return Ok;
    }
    for (const auto &s : *rows)
        printStatusText(s);
    out().flush();
    return Ok;
}

bool validChannel(const Parser &p, const QString &channel)
{
    if (kChannels.contains(channel))
        return true;
    fail(p, Error::make(Error::Kind::BadInput, tr("Unknown channel '%1'; channels are web, shopee and lazada.").arg(channel)));
    return false;
}

int set(const QStringList &args)
{
    Parser p(QStringLiteral("backroom channels set <web|shopee|lazada> [--enabled on|off] [--buffer N] [--url URL] "
                            "[--shop-id ID] [--partner-id ID] [--sku SKU --sku-buffer N|none]"),
             tr("Changes a channel's settings. A new buffer, or enabling a channel, pushes every product again."));
    p.addOption(QStringLiteral("enabled"), tr("on or off."), QStringLiteral("on|off"));
    p.addOption(QStringLiteral("buffer"), tr("Units held back from this channel (per product)."), QStringLiteral("N"));
    p.addOption(QStringLiteral("url"), tr("The platform's base URL (or a stand-in's)."), QStringLiteral("URL"));
    p.addOption(QStringLiteral("shop-id"), tr("Shopee shop_id."), QStringLiteral("ID"));
    p.addOption(QStringLiteral("partner-id"), tr("Shopee partner_id or Lazada app_key."), QStringLiteral("ID"));
    p.addOption(QStringLiteral("sku"), tr("A product whose own buffer --sku-buffer sets."), QStringLiteral("SKU"));
    p.addOption(QStringLiteral("sku-buffer"), tr("That product's buffer, or 'none' for the channel's."), QStringLiteral("N|none"));
    if (!p.parse(args, 1, 1))
        return p.helpShown() ? Ok : BadInput;
    const QString channel = p.positional().first();
    if (!validChannel(p, channel))
        return p.failCode();
    QVariant enabled, buffer;
    if (p.isSet(QStringLiteral("enabled"))) {
        const QString v = p.value(QStringLiteral("enabled"));
        if (v != QLatin1String("on") && v != QLatin1String("off"))
            return fail(p, Error::make(Error::Kind::BadInput, tr("--enabled takes on or off, got '%1'.").arg(v)));
        enabled = v == QLatin1String("on");
    }
    if (p.isSet(QStringLiteral("buffer"))) {
        qint64 n = 0;
        if (!p.intValue(QStringLiteral("buffer"), &n))
            return BadInput;
        buffer = n;
    }
    if (p.isSet(QStringLiteral("sku")) != p.isSet(QStringLiteral("sku-buffer")))
        return fail(p, Error::make(Error::Kind::BadInput, tr("--sku and --sku-buffer go together.")));
    auto conn = connect(p);
    if (!conn)
        return p.failCode();
    auto optional = [&](const char *name) { return p.isSet(QLatin1String(name)) ? QVariant(p.value(QLatin1String(name))) : QVariant(); };
    db::Transaction tx(*conn);
    if (!tx.begun())
        return fail(p, tx.begun().error());
    if (auto r = conn->exec("SELECT channel_configure($1, $2, $3, $4, $5, $6)",
                            {channel, enabled, buffer, optional("url"), optional("shop-id"), optional("partner-id")});
        !r)
        return fail(p, r.error());
    if (p.isSet(QStringLiteral("sku"))) {
        const QString v = p.value(QStringLiteral("sku-buffer"));
        const bool none = v == QLatin1String("none");
        bool ok = false;
        const int n = v.toInt(&ok);
        if (!ok && !none)
            return fail(p, Error::make(Error::Kind::BadInput, tr("--sku-buffer takes a number or none, got '%1'.").arg(v)));
        if (auto r = conn->exec("SELECT channel_product_buffer_set($1, $2, $3)",
                                {channel, p.value(QStringLiteral("sku")), none ? QVariant() : QVariant(n)});
            !r)
            return fail(p, r.error());
    }
    if (auto c = tx.commit(); !c)
        return fail(p, c.error());
    out() << tr("Channel %1 updated.").arg(channel) << "\n";
    out().flush();
    return Ok;
}

int resync(const QStringList &args)
{
    Parser p(QStringLiteral("backroom channels resync [shopee|lazada]"),
             tr("Queues every product for the channel (or every enabled marketplace): `serve` pushes them again."));
    if (!p.parse(args, 0, 1))
        return p.helpShown() ? Ok : BadInput;
    const QString channel = p.positional().value(0);
    if (!channel.isEmpty() && !validChannel(p, channel))
        return p.failCode();
    auto conn = connect(p);
    if (!conn)
        return p.failCode();
    auto r = conn->exec("SELECT channel_resync($1)", {channel.isEmpty() ? QVariant() : QVariant(channel)});
    if (!r)
        return fail(p, r.error());
    if (p.json())
        printJson(QJsonObject{{QStringLiteral("queued"), r->toInt64(0, 0)}});
    else
        out() << tr("%n product push(es) queued.", r->toInt(0, 0)) << "\n";
    out().flush();
    return Ok;
}

// One line from standard input, not echoed when it is a terminal.
QString readHiddenLine(const QString &prompt)
{
#ifdef Q_OS_UNIX
    termios saved{};
    const bool terminal = ::isatty(STDIN_FILENO) && ::tcgetattr(STDIN_FILENO, &saved) == 0;
    if (terminal) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &quiet);
        err() << prompt;
        err().flush();
    }
#else
    err() << prompt;
    err().flush();
#endif
    static QTextStream in(stdin);
    const QString line = in.readLine();
#ifdef Q_OS_UNIX
    if (terminal) {
        ::tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
        err() << "\n";
        err().flush();
    }
#endif
    return line;
}

int credentials(const QStringList &args)
{
    Parser p(QStringLiteral("backroom channels credentials <shopee|lazada>"),
             tr("Asks for the partner key (Shopee) or app secret (Lazada) and the shop's access token, without echo "
                "(or reads them from the first two lines of standard input), and keeps them in the credential store, "
                "never in the database."));
    if (!p.parse(args, 1, 1))
        return p.helpShown() ? Ok : BadInput;
    const QString channel = p.positional().first();
    if (channel != QLatin1String("shopee") && channel != QLatin1String("lazada"))
        return fail(p, Error::make(Error::Kind::BadInput, tr("Credentials are for shopee or lazada, not '%1'.").arg(channel)));
    const QString secret = readHiddenLine(channel == QLatin1String("shopee") ? tr("Partner key: ") : tr("App secret: ")).trimmed();
    const QString token = readHiddenLine(tr("Access token: ")).trimmed();
    if (secret.isEmpty() || token.isEmpty())
        return fail(p, Error::make(Error::Kind::BadInput, tr("Both the secret and the access token are needed.")));
    if (auto s = channels::storeChannelSecrets(channel, {secret.toUtf8(), token}); !s)
        return fail(p, s.error());
    out() << tr("Stored the %1 credentials (service %2). Restart `backroom serve` or wait for its next settings read.")
                 .arg(channel, channels::credentialsService())
          << "\n";
    out().flush();
    return Ok;
}

int channelsCommand(const QStringList &args)
{
    static const QList<Subcommand> subcommands = {
        {QStringLiteral("status"), tr("per channel: enabled, buffer, last push, lag, queue, errors, breaker"), status},
        {QStringLiteral("set"), tr("enable/disable a channel, set its buffer, URL, ids, a product's buffer"), set},
        {QStringLiteral("resync"), tr("push every product to a channel again"), resync},
        {QStringLiteral("credentials"), tr("store a marketplace's secret and access token (no echo)"), credentials},
    };
    return dispatch(QStringLiteral("channels"), subcommands, args);
}

const bool registered = registerCommand(QStringLiteral("channels"),
                                        QStringLiteral("status, set, resync, credentials: web/Shopee/Lazada stock sync"),
                                        channelsCommand);

} // namespace
} // namespace backroom::cli
