#include "drills/dbtarget.h"
#include "coretext.h"

#include "db/connection.h"
#include "inventory/search.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>
#include <QThreadPool>
#include <QTimer>
#include <functional>
#include <libpq-fe.h>

namespace backroom::drills::detail {
namespace {

// Statement names and texts, prepared once per connection.
constexpr const char *kPlaceOrderName = "backroom_drill_place_order";
constexpr const char *kPlaceOrder = "SELECT order_id FROM place_order($1::jsonb, NULL, 'drill', 15, 'drill')";
constexpr const char *kForUpdateName = "backroom_drill_for_update";
constexpr const char *kForUpdate = "SELECT drill_place_order_for_update($1::jsonb)";
constexpr const char *kStockVersionName = "backroom_drill_stock_version";
constexpr const char *kStockVersion = "SELECT bin_id, version, available FROM drill_stock_version($1)";
constexpr const char *kPlaceXminName = "backroom_drill_place_xmin";
constexpr const char *kPlaceXmin = "SELECT drill_place_order_xmin($1::jsonb, $2::integer, $3::xid)";

// The store's catalogue queries (core/store/catalog.cpp: keep in step). GET /products runs the count and
// the page; here they are one statement so that one round trip does the same work.
#define BACKROOM_DRILL_AVAILABLE_OF_P \
    "(coalesce((SELECT sum(s.on_hand - s.reserved) FROM stock s WHERE s.product_id = p.id), 0) " \
    " + coalesce((SELECT sum(fb.free) FROM stock_bucket_free fb WHERE fb.product_id = p.id), 0))::bigint"
constexpr const char *kProductPageName = "backroom_drill_product_page";
constexpr const char *kProductPage =
    "WITH total AS (SELECT count(*) AS n FROM product) "
    "SELECT p.sku, p.name, coalesce(p.name_th, ''), p.price_satang, " BACKROOM_DRILL_AVAILABLE_OF_P ", "
    "       (SELECT n FROM total) "
    "FROM product p ORDER BY p.sku LIMIT $1 OFFSET $2";
constexpr const char *kProductDetailName = "backroom_drill_product_detail";
constexpr const char *kProductDetail =
    "SELECT p.sku, p.name, coalesce(p.name_th, ''), p.price_satang, "
    "       coalesce(sum(s.on_hand - s.reserved + coalesce(fb.free, 0)), 0)::bigint, coalesce(p.barcode, ''), "
    "       coalesce(sum(s.on_hand), 0)::bigint, coalesce(sum(s.reserved - coalesce(fb.free, 0)), 0)::bigint, "
    "       count(s.bin_id) "
    "FROM product p LEFT JOIN stock s ON s.product_id = p.id "
    "LEFT JOIN stock_bucket_free fb ON fb.product_id = s.product_id AND fb.bin_id = s.bin_id "
    "WHERE p.sku = $1 GROUP BY p.id, p.sku, p.name, p.name_th, p.price_satang, p.barcode";
constexpr const char *kSearch =
    "SELECT p.sku, p.name, coalesce(p.name_th, ''), p.price_satang, " BACKROOM_DRILL_AVAILABLE_OF_P " "
    "FROM product p WHERE %1 "
    "ORDER BY word_similarity($1, p.search_text) DESC, p.sku LIMIT $2";
#undef BACKROOM_DRILL_AVAILABLE_OF_P
constexpr const char *kProductCount = "SELECT count(*) FROM product";
constexpr int kPageSize = 20;

const QByteArray kOutOfStock = QByteArrayLiteral("BR001");
const QByteArray kQueryCancelled = QByteArrayLiteral("57014");
const QByteArray kSerializationFailure = QByteArrayLiteral("40001");

QByteArray orderPayload(const QString &sku)
{
    const QJsonArray lines{QJsonObject{{QStringLiteral("sku"), sku}, {QStringLiteral("qty"), 1}}};
    return QJsonDocument(lines).toJson(QJsonDocument::Compact);
}

// One search term, ready to run: its statement name and parameter values.
struct PreparedSearch {
    QByteArray name;
    QString sql;
    std::vector<QByteArray> values;
};

// What every connection shares: the strategy and the prepared searches.
struct DatabasePlan {
    StockStrategy strategy = StockStrategy::GuardedUpdate;
    int xminMaxRetries = 10;
    std::vector<PreparedSearch> searches;
};


Status prepare(PGconn *pg, const char *name, const char *sql)
{
    db::PgResult prepared(PQprepare(pg, name, sql, 0, nullptr));
    if (PQresultStatus(prepared.raw()) == PGRES_COMMAND_OK)
        return Done{};
    return db::classifyServerError(QString::fromUtf8(PQerrorMessage(pg)),
                                   QString::fromLatin1(PQresultErrorField(prepared.raw(), PG_DIAG_SQLSTATE)));
}

// Opens one more prepared, non-blocking drill connection (a link reconnecting after the server cut it).
using Reopen = std::function<Result<std::unique_ptr<db::Connection>>()>;

class DatabaseLink final : public DrillLink {
public:
    DatabaseLink(std::unique_ptr<db::Connection> conn, std::shared_ptr<const DatabasePlan> plan, Reopen reopen)
        : m_plan(std::move(plan)), m_reopen(std::move(reopen))
    {
        attach(std::move(conn));
    }

    bool send(const DrillRequest &request) override
    {
        m_request = request;
        m_answer = DrillAnswer{};
        m_cancelRequested = false;
        if (m_alive && startFirstStep())
            return true;
        if (!m_reopen)
            return false;
        // Lost earlier, or the server cut it since the last answer: one new connection per iteration.
        if (revive() && startFirstStep())
            return true;
        answerLater(QStringLiteral("connection"));   // the server is still away: a failed iteration
        return true;
    }

    void cancel() override
    {
        if (!busy || m_cancelRequested)
            return;
        m_cancelRequested = true;
        // PQcancel blocks for a round trip to the postmaster, which forks a backend to take it: on a busy
        // machine that is tens of ms each. Send every link's request at once from the pool instead of one
        // after another here. A PGcancel holds its own copy of the address and key: it outlives the link.
        if (PGcancel *handle = PQgetCancel(pg())) {
            QThreadPool::globalInstance()->start([handle] {
                char reason[256];
                PQcancel(handle, reason, sizeof reason);
                PQfreeCancel(handle);
            });
        }
    }

    void abort(const QString &why) override
    {
        if (busy)
            lose(why);
    }

    bool alive() const override { return m_alive || bool(m_reopen); }

private:
    enum class Step { Single, XminRead, XminPlace };

    void attach(std::unique_ptr<db::Connection> conn)
    {
        m_conn = std::move(conn);
        m_readable = std::make_unique<QSocketNotifier>(PQsocket(pg()), QSocketNotifier::Read);
        m_writable = std::make_unique<QSocketNotifier>(PQsocket(pg()), QSocketNotifier::Write);
        m_writable->setEnabled(false);
        QObject::connect(m_readable.get(), &QSocketNotifier::activated, m_readable.get(), [this] { onReadable(); });
        QObject::connect(m_writable.get(), &QSocketNotifier::activated, m_writable.get(), [this] { onWritable(); });
        m_alive = true;
    }

    // A new connection in place of the lost one (blocking: a few ms on loopback, an immediate refusal
    // while the server is down). The old notifiers are switched off and deleted later: we may be inside
    // one of their signals (an answer that lost the connection sends the next request at once).
    bool revive()
    {
        if (!m_reopen)
            return false;
        auto conn = m_reopen();
        if (!conn)
            return false;
        for (QSocketNotifier *old : {m_readable.release(), m_writable.release()}) {
            old->setEnabled(false);
            QObject::disconnect(old, nullptr, nullptr, nullptr);
            old->deleteLater();
        }
        attach(std::move(*conn));
        if (connectionEvent)
            connectionEvent(QStringLiteral("reconnect"), DrillsText::tr("drill connection re-established (backend %1)")
                                                             .arg(m_conn->backendPid()));
        return true;
    }

    // Answers the request in flight as a failed one from the event loop (send() must return first).
    void answerLater(const QString &why)
    {
        QTimer::singleShot(0, &m_context, [this, why, serial = m_request.serial] {
            if (!busy || m_request.serial != serial)
                return;
            m_answer.kind = DrillAnswer::Kind::Error;
            m_answer.errorKind = why;
            finish();
        });
    }

    PGconn *pg() const { return m_conn->raw(); }

    bool startFirstStep()
    {
        const DrillRequest &r = m_request;
        switch (r.operation) {
        case Operation::Checkout:
            m_payload = orderPayload(r.sku);
            switch (m_plan->strategy) {
            case StockStrategy::GuardedUpdate:
            case StockStrategy::Buckets: return sendStep(Step::Single, kPlaceOrderName, {m_payload}, true);
            case StockStrategy::ForUpdate: return sendStep(Step::Single, kForUpdateName, {m_payload}, true);
            case StockStrategy::XminRetry: return sendStep(Step::XminRead, kStockVersionName, {r.sku.toUtf8()}, false);
            }
            return false;
        case Operation::Browse:
            if (!r.sku.isEmpty())
                return sendStep(Step::Single, kProductDetailName, {r.sku.toUtf8()}, false);
            return sendStep(Step::Single, kProductPageName,
                            {QByteArray::number(kPageSize), QByteArray::number(qint64(r.page - 1) * kPageSize)}, false);
        case Operation::Search: {
            const auto &search = m_plan->searches.at(size_t(r.termIndex));
            return sendStep(Step::Single, search.name.constData(), search.values, false);
        }
        }
        return false;
    }

    bool sendStep(Step step, const char *statement, const std::vector<QByteArray> &values, bool isCheckoutWrite)
    {
        std::vector<const char *> raw;
        raw.reserve(values.size());
        for (const auto &v : values)
            raw.push_back(v.constData());
        if (!PQsendQueryPrepared(pg(), statement, int(raw.size()), raw.data(), nullptr, nullptr, 0)) {
            if (m_alive && connectionEvent)
                connectionEvent(QStringLiteral("lost"), DrillsText::tr("drill connection lost"));
            m_alive = false;
            m_readable->setEnabled(false);
            return false;
        }
        m_step = step;
        m_sqlState.clear();
        m_firstRow.clear();
        if (isCheckoutWrite)
            ++m_answer.attempts;
        if (PQflush(pg()) == 1)
            m_writable->setEnabled(true);
        return true;
    }

    void onWritable()
    {
        const int flushed = PQflush(pg());
        if (flushed != 1)
            m_writable->setEnabled(false);
        if (flushed < 0)
            lose(QStringLiteral("connection"));
    }

    void onReadable()
    {
        if (!PQconsumeInput(pg())) {
            lose(QStringLiteral("connection"));
            return;
        }
        while (busy && !PQisBusy(pg())) {
            PGresult *raw = PQgetResult(pg());
            if (!raw) {
                stepDone();
                return;
            }
            db::PgResult result(raw);
            const ExecStatusType status = PQresultStatus(raw);
            if (status == PGRES_TUPLES_OK && result.rows() > 0) {
                for (int col = 0; col < result.columns(); ++col)
                    m_firstRow.push_back(result.isNull(0, col) ? QByteArray() : result.bytes(0, col));
            } else if (status == PGRES_FATAL_ERROR) {
                m_sqlState = QByteArray(PQresultErrorField(raw, PG_DIAG_SQLSTATE));
            }
        }
    }

    void stepDone()
    {
        if (!m_sqlState.isEmpty() && !(m_step == Step::XminPlace && m_sqlState == kSerializationFailure))
            return finishWithError();
        switch (m_step) {
        case Step::Single:
            if (m_request.operation == Operation::Checkout)
                return finishCheckout();
            m_answer.kind = DrillAnswer::Kind::Ok;
            if (m_request.operation == Operation::Browse && m_request.sku.isEmpty() && m_firstRow.size() > 5)
                m_answer.catalogueTotal = m_firstRow.at(5).toLongLong();
            return finish();
        case Step::XminRead:
            if (m_firstRow.size() < 2 || m_firstRow.at(0).isEmpty()) {
                m_answer.kind = DrillAnswer::Kind::Refused;   // no stock row with the SKU: nothing to sell
                return finish();
            }
            if (!sendStep(Step::XminPlace, kPlaceXminName, {m_payload, m_firstRow.at(0), m_firstRow.at(1)}, true))
                return lose(QStringLiteral("connection"));
            return;
        case Step::XminPlace:
            if (m_sqlState != kSerializationFailure)
                return finishCheckout();
            ++m_answer.conflicts;
            if (m_answer.attempts > m_plan->xminMaxRetries) {
                m_answer.kind = DrillAnswer::Kind::Error;
                m_answer.errorKind = QStringLiteral("conflict_retries_exhausted");
                return finish();
            }
            if (!sendStep(Step::XminRead, kStockVersionName, {m_request.sku.toUtf8()}, false))
                return lose(QStringLiteral("connection"));
            return;
        }
    }

    void finishCheckout()
    {
        const qint64 orderId = m_firstRow.empty() ? 0 : m_firstRow.at(0).toLongLong();
        m_answer.orderId = orderId;
        if (orderId > 0) {
            m_answer.kind = DrillAnswer::Kind::Ok;
        } else {
            m_answer.kind = DrillAnswer::Kind::Error;
            m_answer.errorKind = QStringLiteral("no order id");
        }
        finish();
    }

    void finishWithError()
    {
        if (m_sqlState == kOutOfStock) {
            m_answer.kind = DrillAnswer::Kind::Refused;
        } else if (m_sqlState == kQueryCancelled && m_cancelRequested) {
            m_answer.kind = DrillAnswer::Kind::Cancelled;
        } else {
            m_answer.kind = DrillAnswer::Kind::Error;
            m_answer.errorKind = QString::fromLatin1(m_sqlState);
        }
        finish();
    }

    // The connection is gone (or given up on) with a request in flight: a checkout may have committed.
    void lose(const QString &why)
    {
        const bool wasAlive = m_alive;
        m_alive = false;
        m_readable->setEnabled(false);
        m_writable->setEnabled(false);
        if (wasAlive && connectionEvent)
            connectionEvent(QStringLiteral("lost"), busy && m_request.operation == Operation::Checkout
                                                        ? DrillsText::tr("drill connection lost during a checkout")
                                                        : DrillsText::tr("drill connection lost"));
        if (!busy)
            return;
        if (m_request.operation == Operation::Checkout) {
            m_answer.kind = DrillAnswer::Kind::Indeterminate;
        } else if (why == QLatin1String("cancelled")) {
            m_answer.kind = DrillAnswer::Kind::Cancelled;
        } else {
            m_answer.kind = DrillAnswer::Kind::Error;
        }
        m_answer.errorKind = why;
        finish();
    }

    void finish()
    {
        if (answered)
            answered(*this, m_answer);   // may send the next request on this link at once
    }

    std::unique_ptr<db::Connection> m_conn;
    std::shared_ptr<const DatabasePlan> m_plan;
    Reopen m_reopen;               // empty: a lost connection stays lost
    QObject m_context;             // answerLater's timers die with the link
    std::unique_ptr<QSocketNotifier> m_readable;
    std::unique_ptr<QSocketNotifier> m_writable;
    DrillRequest m_request;
    DrillAnswer m_answer;
    QByteArray m_payload;
    QByteArray m_sqlState;
    std::vector<QByteArray> m_firstRow;
    Step m_step = Step::Single;
    bool m_alive = true;
    bool m_cancelRequested = false;
};

// The store's search for each term, turned into a statement once (search_patterns() runs here, not per
// iteration: the patterns for a term do not change during a run).
Result<std::vector<PreparedSearch>> planSearches(db::Connection &conn, const QStringList &terms)
{
    std::vector<PreparedSearch> out;
    for (int i = 0; i < terms.size(); ++i) {
        const QString term = terms.at(i).trimmed().toLower();
        auto patterns = inventory::searchPatterns(conn, term);
        if (!patterns)
            return patterns.error();
        QVariantList params{term, kPageSize};
        const QString where = inventory::likeAllClause(*patterns, params, "p.search_text");
        PreparedSearch search;
        search.name = "backroom_drill_search_" + QByteArray::number(i);
        search.sql = QString::fromLatin1(kSearch).arg(where.isEmpty() ? QStringLiteral("true") : where);
        for (const QVariant &p : params)
            search.values.push_back(p.toString().toUtf8());
        out.push_back(std::move(search));
    }
    return out;
}

Status prepareStatements(PGconn *pg, const LoadDrillConfig &config, const DatabasePlan &plan)
{
    const bool checkout = config.mix.checkout > 0;
    std::vector<std::pair<const char *, const char *>> statements;
    if (checkout) {
        switch (config.strategy) {
        case StockStrategy::GuardedUpdate:
        case StockStrategy::Buckets: statements.emplace_back(kPlaceOrderName, kPlaceOrder); break;
        case StockStrategy::ForUpdate: statements.emplace_back(kForUpdateName, kForUpdate); break;
        case StockStrategy::XminRetry:
            statements.emplace_back(kStockVersionName, kStockVersion);
            statements.emplace_back(kPlaceXminName, kPlaceXmin);
            break;
        }
    }
    if (config.mix.browse > 0) {
        statements.emplace_back(kProductPageName, kProductPage);
        statements.emplace_back(kProductDetailName, kProductDetail);
    }
    for (const auto &[name, sql] : statements)
        if (auto ok = prepare(pg, name, sql); !ok)
            return ok;
    if (config.mix.search > 0)
        for (const auto &search : plan.searches)
            if (auto ok = prepare(pg, search.name.constData(), search.sql.toUtf8().constData()); !ok)
                return ok;
    return Done{};
}

Result<std::unique_ptr<db::Connection>> openSession(const LoadDrillConfig &config)
{
    auto conn = db::Connection::open(config.conninfo);
    if (!conn)
        return conn.error();
    const QByteArray timeout = QByteArray::number(qint64(config.duration.count()) + 60000);
    auto set = (*conn)->exec("SELECT set_config('statement_timeout', $1, false), "
                             "set_config('application_name', 'backroom drill', false), "
                             "set_config('backroom.quiet', $2, false)",
                             {QString::fromLatin1(timeout), config.quiet ? QStringLiteral("on") : QStringLiteral("off")});
    if (!set)
        return set.error();
    return std::move(*conn);
}

Result<std::unique_ptr<db::Connection>> openPrepared(const LoadDrillConfig &config, const DatabasePlan &plan)
{
    auto conn = openSession(config);
    if (!conn)
        return conn.error();
    if (auto ok = prepareStatements((*conn)->raw(), config, plan); !ok)
        return ok.error();
    if (PQsetnonblocking((*conn)->raw(), 1) != 0)
        return Error::make(Error::Kind::Connection, DrillsText::tr("Could not make a drill connection non-blocking."));
    return std::move(*conn);
}

} // namespace

Result<DatabaseTarget> openDatabaseTarget(const LoadDrillConfig &config, const QStringList &searchTerms)
{
    auto plan = std::make_shared<DatabasePlan>();
    plan->strategy = config.strategy;
    plan->xminMaxRetries = config.xminMaxRetries;
    DatabaseTarget target;
    for (int i = 0; i < config.connections; ++i) {
        auto conn = openSession(config);
        if (!conn)
            return conn.error();
        if (i == 0) {
            if (config.mix.search > 0) {
                auto searches = planSearches(**conn, searchTerms);
                if (!searches)
                    return searches.error();
                plan->searches = std::move(*searches);
            }
            auto count = (*conn)->exec(kProductCount);
            if (!count)
                return count.error();
            target.productCount = count->toInt64(0, 0);
        }
        if (auto ok = prepareStatements((*conn)->raw(), config, *plan); !ok)
            return ok.error();
        if (PQsetnonblocking((*conn)->raw(), 1) != 0)
            return Error::make(Error::Kind::Connection, DrillsText::tr("Could not make a drill connection non-blocking."));
        Reopen reopen;
        if (config.reconnect)
            reopen = [config, plan]() { return openPrepared(config, *plan); };
        target.links.push_back(std::make_unique<DatabaseLink>(std::move(*conn), plan, std::move(reopen)));
    }
    return target;
}

} // namespace backroom::drills::detail
