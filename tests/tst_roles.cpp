// A role per job, enforced by PostgreSQL (migration 004, docs/roles.md): the table of every function
// and its EXECUTE grantees, fixed search_paths, no job role writing a table, each role calling each
// function as a real login (the database refuses, not the GUI), the store API run by a store login,
// and `backroom users` through the real binary with passwords that never travel or land in clear.
#include "db/connection.h"
#include "orders/checkout.h"
#include "security/session.h"
#include "security/users.h"
#include "store/storeserver.h"
#include "testdb.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QtTest>

using namespace backroom;
using backroom::test::TestCluster;
using backroom::test::connectOrDie;
using backroom::test::must;
using security::JobRole;

namespace {

const QStringList kJobRoles = {QStringLiteral("backroom_staff"), QStringLiteral("backroom_warehouse"),
                               QStringLiteral("backroom_owner"), QStringLiteral("backroom_store")};
const QString kAll = QStringLiteral("backroom_owner,backroom_staff,backroom_store,backroom_warehouse");

// THE TABLE: every function in the schemas Backroom owns and the roles granted EXECUTE on it directly
// (owner also runs what staff and warehouse may, through membership). A migration that adds a
// function adds its row here and in docs/roles.md.
const QMap<QString, QString> &expectedExecuteGrants()
{
    static const QMap<QString, QString> table = {
        {QStringLiteral("backroom_user_add(text,text,text)"), QStringLiteral("backroom_owner")},
        {QStringLiteral("backroom_user_list()"), QStringLiteral("backroom_owner")},
        {QStringLiteral("backroom_user_remove(text)"), QStringLiteral("backroom_owner")},
        {QStringLiteral("backroom_user_set_role(text,text)"), QStringLiteral("backroom_owner")},
        {QStringLiteral("backroom_whoami()"), kAll},
        {QStringLiteral("backup_configure(text,interval)"), QStringLiteral("backroom_owner")},
        {QStringLiteral("backup_record_run(text,timestamp with time zone,timestamp with time zone,boolean,jsonb)"),
         QStringLiteral("backroom_owner")},
        {QStringLiteral("backup_status()"), QStringLiteral("backroom_owner")},
        {QStringLiteral("cancel_order(bigint,text,text)"), QStringLiteral("backroom_owner,backroom_store")},
        {QStringLiteral("channel_claim(text,text,integer,integer)"), QStringLiteral("backroom_owner,backroom_store")},
        {QStringLiteral("channel_configure(text,boolean,integer,text,text,text)"), QStringLiteral("backroom_owner")},
        {QStringLiteral("channel_drift(integer)"), QStringLiteral("backroom_owner")},
        {QStringLiteral("channel_enqueue_flash_sales()"), QStringLiteral("backroom_owner,backroom_store")},
        {QStringLiteral("channel_lag_history(timestamp with time zone)"), QStringLiteral("backroom_owner")},
        {QStringLiteral("channel_listing_set(text,text,text)"), QStringLiteral("backroom_owner,backroom_store")},
        {QStringLiteral("channel_order_cursor_set(text,timestamp with time zone)"), QStringLiteral("backroom_owner,backroom_store")},
        {QStringLiteral("channel_order_intake(text,text,jsonb)"), QStringLiteral("backroom_owner,backroom_store")},
        {QStringLiteral("channel_product_buffer_set(text,text,integer)"), QStringLiteral("backroom_owner")},
        {QStringLiteral("channel_prune_push_log(interval,integer)"), QStringLiteral("backroom_owner,backroom_store")},
        {QStringLiteral("channel_record_call_failure(text,text,text,integer)"),
         QStringLiteral("backroom_owner,backroom_store")},
        {QStringLiteral("channel_record_push(text,bigint,bigint,bigint,integer,boolean,text,integer,integer)"),
         QStringLiteral("backroom_owner,backroom_store")},
        {QStringLiteral("channel_release(text,bigint,bigint[])"), QStringLiteral("backroom_owner,backroom_store")},
        {QStringLiteral("channel_resync(text)"), QStringLiteral("backroom_owner")},
        {QStringLiteral("channel_resync_batch(text,bigint,integer)"), QStringLiteral("backroom_owner")},
        {QStringLiteral("channel_status()"), QStringLiteral("backroom_owner")},
        {QStringLiteral("checkout_violations()"), QStringLiteral("backroom_owner")},
        {QStringLiteral("component_health_forget(text)"), QStringLiteral("backroom_owner")},
        {QStringLiteral("component_health_publish(text,text,integer,text,interval,jsonb)"),
         QStringLiteral("backroom_owner,backroom_store")},
        {QStringLiteral("component_health_read(timestamp with time zone)"), QStringLiteral("backroom_owner")},
        {QStringLiteral("drill_cleanup()"), QStringLiteral("backroom_owner")},
        {QStringLiteral("drill_hot_skus(integer,integer)"), QStringLiteral("backroom_owner")},
        {QStringLiteral("drill_place_order_for_update(jsonb)"), QStringLiteral("backroom_owner")},
        {QStringLiteral("drill_place_order_xmin(jsonb,integer,xid)"), QStringLiteral("backroom_owner")},
        {QStringLiteral("drill_run_save(text,text,jsonb,jsonb,boolean,timestamp with time zone)"),
         QStringLiteral("backroom_owner")},
        {QStringLiteral("drill_stock_version(text)"), QStringLiteral("backroom_owner")},
        {QStringLiteral("expire_reservations()"), QStringLiteral("backroom_owner,backroom_store")},
        {QStringLiteral("health_command_claim(text)"), QStringLiteral("backroom_owner,backroom_store")},
        {QStringLiteral("health_command_complete(bigint,boolean,text)"), QStringLiteral("backroom_owner,backroom_store")},
        {QStringLiteral("health_command_read(text,integer)"), QStringLiteral("backroom_owner")},
        {QStringLiteral("health_command_request(text,text,text)"), QStringLiteral("backroom_owner")},
        {QStringLiteral("flash_sale_off(text)"), QStringLiteral("backroom_owner")},
        {QStringLiteral("flash_sale_on(text,integer,text)"), QStringLiteral("backroom_owner")},
        {QStringLiteral("pay_order(bigint,text)"), QStringLiteral("backroom_owner,backroom_store")},
        {QStringLiteral("payment_intent(bigint,text,text,text,bigint,text)"), QStringLiteral("backroom_owner,backroom_store")},
        {QStringLiteral("payment_outcome(text,text,text,bigint,text)"), QStringLiteral("backroom_owner,backroom_store")},
        {QStringLiteral("place_order(jsonb,text,text,integer,text)"), QStringLiteral("backroom_store")},
        {QStringLiteral("scale_event_record(text,timestamp with time zone,integer,integer,text,text)"),
         QStringLiteral("backroom_owner,backroom_store")},
        {QStringLiteral("search_patterns(text)"), kAll},
        // Migration 014: search at a million products, synonyms.
        {QStringLiteral("search_products(text,integer)"), kAll},
        {QStringLiteral("search_synonym_add(text,text)"), QStringLiteral("backroom_owner")},
        {QStringLiteral("search_synonym_remove(text,text)"), QStringLiteral("backroom_owner")},
        {QStringLiteral("stock_move(bigint,integer,integer,integer,text,text)"), QStringLiteral("backroom_warehouse")},
        {QStringLiteral("stock_set_guarded(bigint,integer,integer,xid,text,text,text)"), QStringLiteral("backroom_staff")},
        {QStringLiteral("stocktake_apply(text[],text[],integer[],text,text)"), QStringLiteral("backroom_staff")},
        // Migration 012: the warehouse flow.
        {QStringLiteral("wave_create(timestamp with time zone,text,text,text)"), QStringLiteral("backroom_warehouse")},
        {QStringLiteral("wave_release(bigint,text[])"), QStringLiteral("backroom_warehouse")},
        {QStringLiteral("wave_close(bigint)"), QStringLiteral("backroom_warehouse")},
        {QStringLiteral("pick_claim(bigint,text)"), QStringLiteral("backroom_warehouse")},
        {QStringLiteral("pick_confirm(bigint,text,text,integer,text,text)"), QStringLiteral("backroom_warehouse")},
        {QStringLiteral("pick_short(bigint,integer,text,text)"), QStringLiteral("backroom_warehouse")},
        {QStringLiteral("pack_order(bigint,text[],text)"), QStringLiteral("backroom_warehouse")},
        {QStringLiteral("ship_order(bigint,text,text)"), QStringLiteral("backroom_warehouse")},
        {QStringLiteral("warehouse_cancel_order(bigint,text,text)"), QStringLiteral("backroom_warehouse")},
        // Internal helpers: nobody but their owner.
        {QStringLiteral("backroom_data.backup_newest_commit()"), QString()},
        {QStringLiteral("backroom_data.backup_segment_end(text)"), QString()},
        {QStringLiteral("backroom_data.bucket_try_take(bigint,integer,integer,boolean)"), QString()},
        {QStringLiteral("backroom_data.drill_order_create()"), QString()},
        {QStringLiteral("backroom_data.drill_order_lines(jsonb)"), QString()},
        {QStringLiteral("backroom_data.channel_available(bigint)"), QString()},
        {QStringLiteral("backroom_data.channel_enqueue(bigint,text)"), QString()},
        {QStringLiteral("backroom_data.channel_enqueue_stock_change()"), QString()},
        {QStringLiteral("backroom_data.flash_sale_lock_class()"), QString()},
        {QStringLiteral("backroom_data.is_direct_member(text,text)"), QString()},
        {QStringLiteral("backroom_data.job_group_role(text)"), QString()},
        {QStringLiteral("backroom_data.job_role_of(text)"), QString()},
        {QStringLiteral("backroom_data.lock_reserved_order(bigint,text)"), QString()},
        {QStringLiteral("backroom_data.notify_coalesced(text,text)"), QString()},
        {QStringLiteral("backroom_data.notify_gate_open(text)"), QString()},
        {QStringLiteral("backroom_data.notify_order_changed(bigint)"), QString()},
        {QStringLiteral("backroom_data.require_backroom_login(text)"), QString()},
        {QStringLiteral("backroom_data.reserve_line(bigint,bigint,text,integer)"), QString()},
        {QStringLiteral("backroom_data.search_word_collect()"), QString()},
        {QStringLiteral("backroom_data.search_words_of(text)"), QString()},
        {QStringLiteral("backroom_data.search_skeleton(text)"), QString()},
        {QStringLiteral("backroom_data.search_like_escape(text)"), QString()},
        {QStringLiteral("backroom_data.search_rank(bigint,text)"), QString()},
        {QStringLiteral("backroom_data.search_posting_add()"), QString()},
        {QStringLiteral("backroom_data.search_posting_change()"), QString()},
        {QStringLiteral("backroom_data.search_posting_remove()"), QString()},
        {QStringLiteral("backroom_data.search_synonym_pair(text,text)"), QString()},
        {QStringLiteral("backroom_data.search_expand(text,boolean)"), QString()},
        {QStringLiteral("backroom_data.search_expand_with_synonyms(text)"), QString()},
        {QStringLiteral("backroom_data.settle_allocations(bigint,boolean)"), QString()},
        {QStringLiteral("backroom_data.settle_allocations_many(bigint[],boolean)"), QString()},
        {QStringLiteral("backroom_data.stock_ledger_is_append_only()"), QString()},
        {QStringLiteral("backroom_data.stock_record_change()"), QString()},
        {QStringLiteral("backroom_data.stock_notify_at_commit()"), QString()},
        {QStringLiteral("backroom_data.stock_refuse_edit_in_flash_sale()"), QString()},
        {QStringLiteral("backroom_data.finish_task_if_done(bigint)"), QString()},
        {QStringLiteral("backroom_data.lock_claimed_task(bigint,text)"), QString()},
        {QStringLiteral("backroom_data.mark_orders_picked(bigint[])"), QString()},
        {QStringLiteral("backroom_data.orders_status_flow()"), QString()},
        {QStringLiteral("backroom_data.picker_name(text)"), QString()},
        {QStringLiteral("backroom_data.reallocate_short(backroom_data.pick_task,bigint,integer)"), QString()},
    };
    return table;
}

// Every relation in public and the job roles that may SELECT it (effective, membership included).
const QMap<QString, QString> &expectedSelect()
{
    static const QString inside = QStringLiteral("backroom_owner,backroom_staff,backroom_warehouse");
    static const QMap<QString, QString> table = {
        {QStringLiteral("schema_version"), kAll},   {QStringLiteral("product"), kAll},
        {QStringLiteral("bin"), kAll},              {QStringLiteral("stock"), kAll},
        {QStringLiteral("stock_bucket_free"), kAll}, {QStringLiteral("orders"), kAll},
        {QStringLiteral("order_line"), kAll},       {QStringLiteral("stock_ledger"), inside},
        {QStringLiteral("payment_attempt"), QStringLiteral("backroom_owner,backroom_staff,backroom_store")},
        {QStringLiteral("flash_sale"), inside},     {QStringLiteral("stock_bucket"), inside},
        {QStringLiteral("order_allocation"), inside}, {QStringLiteral("search_word"), QString()},
        {QStringLiteral("search_synonym"), kAll},
        {QStringLiteral("drill_run"), QStringLiteral("backroom_owner")},
        {QStringLiteral("scale_event"), QStringLiteral("backroom_owner")},
        {QStringLiteral("wave"), inside},           {QStringLiteral("wave_order"), inside},
        {QStringLiteral("pick_task"), inside},      {QStringLiteral("pick_task_order"), inside},
        {QStringLiteral("pick_scan"), inside},      {QStringLiteral("fulfilment"), inside},
        {QStringLiteral("channel"), QStringLiteral("backroom_owner,backroom_store")},
        {QStringLiteral("channel_product_buffer"), QStringLiteral("backroom_owner,backroom_store")},
        {QStringLiteral("channel_listing"), QStringLiteral("backroom_owner,backroom_store")},
        {QStringLiteral("channel_outbox"), QStringLiteral("backroom_owner")},
        {QStringLiteral("channel_ack"), QStringLiteral("backroom_owner")},
        {QStringLiteral("channel_push_log"), QStringLiteral("backroom_owner")},
        {QStringLiteral("channel_order"), QStringLiteral("backroom_owner")},
    };
    return table;
}

constexpr const char *kOurFunctions =
    "SELECT p.oid::regprocedure::text, n.nspname, p.prosecdef, "
    "       coalesce((SELECT string_agg(g, ',' ORDER BY g) FROM ("
    "           SELECT CASE WHEN a.grantee = 0 THEN 'PUBLIC' ELSE a.grantee::regrole::text END AS g "
    "             FROM aclexplode(coalesce(p.proacl, acldefault('f', p.proowner))) a "
    "            WHERE a.privilege_type = 'EXECUTE' AND a.grantee <> p.proowner) x), ''), "
    "       EXISTS (SELECT 1 FROM unnest(p.proconfig) c WHERE c LIKE 'search_path=%') "
    "FROM pg_proc p JOIN pg_namespace n ON n.oid = p.pronamespace "
    "WHERE n.nspname IN ('public', 'backroom_data') "
    "  AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_proc'::regclass AND d.objid = p.oid "
    "                                              AND d.deptype = 'e') "
    "ORDER BY 1";

int g_loginCounter = 0;

// A login granted `group`, unique in the cluster (roles are cluster-wide, databases are per test).
QString createLogin(db::Connection &admin, const QString &group)
{
    const QString name = QStringLiteral("t%1_%2_%3").arg(QCoreApplication::applicationPid()).arg(++g_loginCounter)
                             .arg(group.mid(9));
    // Names are generated here, never input; role DDL takes no parameters.
    const QByteArray sql = group.isEmpty()
        ? QStringLiteral("CREATE ROLE %1 LOGIN").arg(name).toUtf8()
        : QStringLiteral("CREATE ROLE %1 LOGIN IN ROLE %2").arg(name, group).toUtf8();
    must(admin, sql.constData());
    return name;
}

// The same database as `conninfo`, as another login (over the Unix socket: trust).
QString asLogin(const QString &conninfo, const QString &login)
{
    QString out = conninfo;
    out.replace(QRegularExpression(QStringLiteral("user=\\S+")), QStringLiteral("user=") + login);
    return out;
}

QString dbNameOf(const QString &conninfo)
{
    return QRegularExpression(QStringLiteral("dbname=(\\S+)")).match(conninfo).captured(1);
}

QString shop()
{
    const QString info = TestCluster::instance().freshDatabase();
    auto conn = connectOrDie(info);
    must(*conn, "INSERT INTO product (sku, name, price_satang) VALUES ('TEE-1', 'Cotton T-Shirt', 19900)");
    must(*conn, "INSERT INTO bin (code, zone, pick_seq) VALUES ('A-01', 'A', 1), ('A-02', 'A', 2)");
    must(*conn, "INSERT INTO stock (product_id, bin_id, on_hand) SELECT p.id, b.id, 10 FROM product p, bin b");
    return info;
}

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
    QJsonDocument json() const { return QJsonDocument::fromJson(out.toUtf8()); }
};

Run runBackroom(const QStringList &args, const QString &conninfo, const QByteArray &stdinData = {})
{
    QProcess p;
    auto env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("DISPLAY"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("BACKROOM_DB"), conninfo);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(BACKROOM_BIN), args);
    if (!p.waitForStarted(30000))
        qFatal("backroom did not start");
    p.write(stdinData);
    p.closeWriteChannel();
    if (!p.waitForFinished(120000))
        qFatal("backroom %s did not finish", qPrintable(args.join(QLatin1Char(' '))));
    return Run{p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

// One call of a function (or a direct statement) and who may make it.
struct Call {
    const char *name;
    const char *sql;
    QStringList allowed;      // group roles whose logins may run it (membership included)
    const char *okState;      // when allowed: "" = succeeds, else the SQLSTATE it answers with
};

QList<Call> calls()
{
    const QStringList all = kJobRoles;
    const QStringList staff = {QStringLiteral("backroom_staff"), QStringLiteral("backroom_owner")};
    const QStringList warehouse = {QStringLiteral("backroom_warehouse"), QStringLiteral("backroom_owner")};
    const QStringList owner = {QStringLiteral("backroom_owner")};
    const QStringList store = {QStringLiteral("backroom_store")};
    const QStringList storeOwner = {QStringLiteral("backroom_store"), QStringLiteral("backroom_owner")};
    const QStringList inside = {QStringLiteral("backroom_staff"), QStringLiteral("backroom_warehouse"),
                                QStringLiteral("backroom_owner")};
    return {
        {"whoami", "SELECT * FROM backroom_whoami()", all, ""},
        {"search_patterns", "SELECT search_patterns('tshirt')", all, ""},
        {"search_products", "SELECT * FROM search_products('tshrit', 5)", all, ""},
        {"read_synonyms", "SELECT count(*) FROM search_synonym", all, ""},
        {"search_synonym_add", "SELECT search_synonym_add('tee', 'shirt')", owner, ""},
        {"search_synonym_remove", "SELECT search_synonym_remove('tee', 'shirt')", owner, ""},
        {"internal_synonym_table", "SELECT * FROM backroom_data.search_synonym", {}, ""},
        {"stock_set_guarded",
         "SELECT * FROM stock_set_guarded((SELECT id FROM product WHERE sku = 'TEE-1'), "
         "(SELECT id FROM bin WHERE code = 'A-01'), 7, (SELECT s.xmin FROM stock s JOIN bin b ON b.id = s.bin_id "
         "WHERE b.code = 'A-01'), 'test', NULL)", staff, ""},
        {"stocktake_apply", "SELECT * FROM stocktake_apply(ARRAY['TEE-1'], ARRAY['A-01'], ARRAY[12], NULL, 'count-1')",
         staff, ""},
        {"stock_move",
         "SELECT * FROM stock_move((SELECT id FROM product WHERE sku = 'TEE-1'), (SELECT id FROM bin WHERE code = 'A-01'), "
         "(SELECT id FROM bin WHERE code = 'A-02'), 3)", warehouse, ""},
        {"place_order", "SELECT * FROM place_order('[{\"sku\": \"TEE-1\", \"qty\": 1}]')", store, ""},
        {"pay_order", "SELECT pay_order(-1)", storeOwner, "P0002"},
        {"cancel_order", "SELECT cancel_order(-1)", storeOwner, "P0002"},
        {"expire_reservations", "SELECT expire_reservations()", storeOwner, ""},
        {"payment_intent", "SELECT * FROM payment_intent(-1, 'promptpay', 'opn', 'roles-key', 100)", storeOwner, "P0002"},
        {"payment_outcome", "SELECT payment_outcome('no-such-key', 'successful', 'chrg_1', 100)", storeOwner, "P0002"},
        {"read_payments", "SELECT count(*) FROM payment_attempt", {QStringLiteral("backroom_staff"), QStringLiteral("backroom_owner"), QStringLiteral("backroom_store")}, ""},
        {"internal_payment_table", "SELECT * FROM backroom_data.payment_attempt", {}, ""},
        {"flash_sale_on", "SELECT flash_sale_on('TEE-1', 2)", owner, ""},
        {"flash_sale_off", "SELECT flash_sale_off('TEE-1')", owner, ""},
        {"checkout_violations", "SELECT * FROM checkout_violations()", owner, ""},
        {"user_add", "SELECT backroom_user_add('tnever_committed', 'staff', 'SCRAM-SHA-256$4096:c2FsdA==$a:b')", owner, ""},
        {"user_set_role", "SELECT backroom_user_set_role('tno_such_login', 'staff')", owner, "P0002"},
        {"user_remove", "SELECT backroom_user_remove('tno_such_login')", owner, "P0002"},
        {"user_list", "SELECT * FROM backroom_user_list()", owner, ""},
        {"backup_status", "SELECT * FROM backup_status()", owner, ""},
        {"backup_configure", "SELECT backup_configure('/nonexistent/backups')", owner, ""},
        {"backup_record_run", "SELECT backup_record_run('drill', now(), now(), false, '{}')", owner, ""},
        {"component_health_publish",
         "SELECT component_health_publish('roles-test', 'host', 1, 'v', '5 seconds', "
         "'[{\"component\": \"serve\", \"kind\": \"serve\", \"state\": \"UP\"}]')", storeOwner, ""},
        {"component_health_read", "SELECT * FROM component_health_read()", owner, ""},
        {"component_health_forget", "SELECT component_health_forget('no-such-instance')", owner, ""},
        {"health_command_request", "SELECT health_command_request('no-such-instance', 'gateway:a', 'reset')", owner,
         "P0002"},
        {"health_command_claim", "SELECT * FROM health_command_claim('no-such-instance')", storeOwner, ""},
        {"health_command_complete", "SELECT health_command_complete(-1, true, 'done')", storeOwner, "P0002"},
        {"health_command_read", "SELECT * FROM health_command_read()", owner, ""},
        {"scale_event_record", "SELECT scale_event_record('roles-test', now(), 1, 2, 's2', 'roles')", storeOwner, ""},
        {"read_scale_events", "SELECT count(*) FROM scale_event", owner, ""},
        {"wave_create", "SELECT wave_create()", warehouse, "P0002"},
        {"wave_release", "SELECT wave_release(-1)", warehouse, "P0002"},
        {"wave_close", "SELECT wave_close(-1)", warehouse, "P0002"},
        {"pick_claim", "SELECT pick_claim(-1)", warehouse, "P0002"},
        {"pick_confirm", "SELECT * FROM pick_confirm(-1, 'A-01', 'TEE-1', 1, 'roles-scan')", warehouse, "P0002"},
        {"pick_short", "SELECT * FROM pick_short(-1, 1, 'roles-short')", warehouse, "P0002"},
        {"pack_order", "SELECT pack_order(-1, ARRAY['TEE-1'])", warehouse, "P0002"},
        {"ship_order", "SELECT ship_order(-1, 'TH1')", warehouse, "P0002"},
        {"warehouse_cancel_order", "SELECT warehouse_cancel_order(-1)", warehouse, "P0002"},
        {"read_waves",
         "SELECT count(*) FROM wave, wave_order, pick_task, pick_task_order, pick_scan, fulfilment", inside, ""},
        {"internal_pick_task_table", "SELECT * FROM backroom_data.pick_task", {}, ""},
        {"channel_claim", "SELECT * FROM channel_claim('shopee', 'roles', 10, 30)", storeOwner, ""},
        {"channel_release", "SELECT channel_release('shopee', -1)", storeOwner, ""},
        {"channel_record_push", "SELECT channel_record_push('shopee', -1, 1, -1, 0, false, 'x')", storeOwner, ""},
        {"channel_enqueue_flash_sales", "SELECT channel_enqueue_flash_sales()", storeOwner, ""},
        {"channel_listing_set", "SELECT channel_listing_set('shopee', 'TEE-1', '123')", storeOwner, ""},
        {"channel_order_intake",
         "SELECT * FROM channel_order_intake('shopee', 'roles-1', '[{\"sku\": \"TEE-1\", \"qty\": 1}]')", storeOwner, ""},
        {"channel_order_cursor_set", "SELECT channel_order_cursor_set('shopee', now())", storeOwner, ""},
        {"channel_resync", "SELECT channel_resync()", owner, ""},
        {"channel_configure", "SELECT channel_configure('shopee', NULL, 2)", owner, ""},
        {"channel_product_buffer_set", "SELECT channel_product_buffer_set('shopee', 'TEE-1', 1)", owner, ""},
        {"channel_status", "SELECT * FROM channel_status()", owner, ""},
        {"channel_drift", "SELECT * FROM channel_drift(10)", owner, ""},
        {"channel_lag_history", "SELECT * FROM channel_lag_history(now())", owner, ""},
        {"channel_record_call_failure", "SELECT channel_record_call_failure('shopee', 'item_list', 'roles')", storeOwner, ""},
        {"channel_prune_push_log", "SELECT channel_prune_push_log()", storeOwner, ""},
        {"channel_resync_batch", "SELECT * FROM channel_resync_batch(NULL, 0, 10)", owner, ""},
        {"read_channel", "SELECT count(*) FROM channel", storeOwner, ""},
        {"read_channel_outbox", "SELECT count(*) FROM channel_outbox", owner, ""},
        {"internal_channel_outbox", "SELECT * FROM backroom_data.channel_outbox", {}, ""},
        {"internal_health_command_table", "SELECT * FROM backroom_data.health_command", {}, ""},
        {"drill_hot_skus", "SELECT * FROM drill_hot_skus(1, 5)", owner, ""},
        {"drill_place_order_for_update", "SELECT drill_place_order_for_update('[{\"sku\": \"TEE-1\", \"qty\": 1}]')",
         owner, ""},
        {"drill_stock_version", "SELECT * FROM drill_stock_version('TEE-1')", owner, ""},
        {"drill_place_order_xmin", "SELECT drill_place_order_xmin('[{\"sku\": \"TEE-1\", \"qty\": 1}]', -1, '1')",
         owner, "P0002"},
        {"drill_cleanup", "SELECT drill_cleanup()", owner, ""},
        {"drill_run_save", "SELECT drill_run_save('load', 'roles', '{}', '{}', true, now())", owner, ""},
        {"read_drill_runs", "SELECT count(*) FROM drill_run", owner, ""},
        {"internal_drill_run_table", "SELECT * FROM backroom_data.drill_run", {}, ""},
        {"internal_notify_gate", "SELECT * FROM backroom_data.notify_gate", {}, ""},
        {"internal_backup_table", "SELECT * FROM backroom_data.backup_run", {}, ""},
        {"internal_health_table", "SELECT * FROM backroom_data.component_health", {}, ""},
        {"internal_reserve_line", "SELECT backroom_data.reserve_line(1, 1, 'TEE-1', 1)", {}, ""},
        {"internal_table", "SELECT * FROM backroom_data.stock", {}, ""},
        {"read_stock", "SELECT on_hand, xmin FROM stock", all, ""},
        {"read_ledger", "SELECT count(*) FROM stock_ledger", inside, ""},
        {"read_orders", "SELECT count(*) FROM orders o JOIN order_line l ON l.order_id = o.id", all, ""},
        {"read_allocations", "SELECT count(*) FROM order_allocation", inside, ""},
        {"write_stock", "UPDATE stock SET on_hand = 99", {}, ""},
        {"insert_product", "INSERT INTO product (sku, name) VALUES ('NEW-1', 'New')", {}, ""},
        {"delete_order_lines", "DELETE FROM order_line", {}, ""},
        {"truncate_ledger", "TRUNCATE backroom_data.stock_ledger", {}, ""},   // a view cannot be truncated at all
        {"create_in_public", "CREATE TABLE public.sneaky (x int)", {}, ""},
        {"create_function", "CREATE FUNCTION public.sneaky() RETURNS int LANGUAGE sql AS 'SELECT 1'", {}, ""},
    };
}

} // namespace

class TestRoles : public QObject {
    Q_OBJECT

private:
    QString m_shop;                    // one shop for the call matrix; every call is rolled back
    std::unique_ptr<db::Connection> m_admin;
    QMap<QString, QString> m_loginOf;  // group role -> a login granted it

    db::PgResult ourFunctions() { return must(*m_admin, kOurFunctions); }

private slots:
    void initTestCase()
    {
        m_shop = shop();
        m_admin = connectOrDie(m_shop);
        for (const QString &group : kJobRoles)
            m_loginOf.insert(group, createLogin(*m_admin, group));
    }

    void everyFunctionHasExactlyTheGrantsOfTheTable()
    {
        const auto r = ourFunctions();
        QStringList problems;
        QSet<QString> seen;
        for (int i = 0; i < r.rows(); ++i) {
            const QString sig = r.text(i, 0);
            seen.insert(sig);
            if (!expectedExecuteGrants().contains(sig)) {
                problems << QStringLiteral("%1 has no entry in the table of grants (EXECUTE granted to '%2'): add it "
                                           "here and to docs/roles.md").arg(sig, r.text(i, 3));
                continue;
            }
            if (r.text(i, 3) != expectedExecuteGrants().value(sig))
                problems << QStringLiteral("%1: EXECUTE granted to '%2', the table says '%3'")
                                .arg(sig, r.text(i, 3), expectedExecuteGrants().value(sig));
            // Entry points run as their owner; internal helpers are never entry points.
            if (r.text(i, 1) == QLatin1String("public") && !r.toBool(i, 2))
                problems << QStringLiteral("%1 is in public but not SECURITY DEFINER").arg(sig);
        }
        for (const QString &sig : expectedExecuteGrants().keys())
            if (!seen.contains(sig))
                problems << QStringLiteral("%1 is in the table but not in the database").arg(sig);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void everyFunctionHasAFixedSearchPath()
    {
        const auto r = ourFunctions();
        QStringList loose;
        for (int i = 0; i < r.rows(); ++i)
            if (!r.toBool(i, 4))
                loose << r.text(i, 0) + (r.toBool(i, 2) ? QStringLiteral(" (SECURITY DEFINER)") : QString());
        QVERIFY2(loose.isEmpty(), qPrintable(QStringLiteral("no fixed search_path: ") + loose.join(QStringLiteral(", "))));
        // And the check can fail: a function without one is reported.
        must(*m_admin, "BEGIN");
        must(*m_admin, "CREATE FUNCTION public.loose_probe() RETURNS int LANGUAGE sql AS 'SELECT 1'");
        const auto probe = ourFunctions();
        must(*m_admin, "ROLLBACK");
        bool found = false;
        for (int i = 0; i < probe.rows(); ++i)
            found |= probe.text(i, 0) == QLatin1String("loose_probe()") && !probe.toBool(i, 4)
                     && probe.text(i, 3).isEmpty();   // and default privileges left PUBLIC out
        QVERIFY(found);
    }

    void noJobRoleCanWriteAnyTable()
    {
        for (const QString &role : kJobRoles) {
            const auto r = must(*m_admin,
                                "SELECT string_agg(n.nspname || '.' || c.relname, ', ') FROM pg_class c "
                                "JOIN pg_namespace n ON n.oid = c.relnamespace "
                                "WHERE n.nspname IN ('public', 'backroom_data') AND c.relkind IN ('r', 'v', 'm', 'p', 'f') "
                                "  AND has_table_privilege($1, c.oid, 'INSERT, UPDATE, DELETE, TRUNCATE')",
                                {role});
            QVERIFY2(r.isNull(0, 0), qPrintable(role + QStringLiteral(" can write ") + r.text(0, 0)));
            QVERIFY(!must(*m_admin, "SELECT has_schema_privilege($1, 'backroom_data', 'USAGE') "
                                    "OR has_schema_privilege($1, 'public', 'CREATE')", {role}).toBool(0, 0));
        }
    }

    void everyRelationHasTheSelectGrantsOfTheTable()
    {
        const auto r = must(*m_admin,
                            "SELECT c.relname, coalesce((SELECT string_agg(g, ',' ORDER BY g) FROM unnest($1::text[]) g "
                            "                            WHERE has_table_privilege(g, c.oid, 'SELECT')), '') "
                            "FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace "
                            "WHERE n.nspname = 'public' AND c.relkind IN ('r', 'v', 'm', 'p', 'f') "
                            "  AND NOT EXISTS (SELECT 1 FROM pg_depend d WHERE d.classid = 'pg_class'::regclass "
                            "                  AND d.objid = c.oid AND d.deptype = 'e') ORDER BY 1",
                            {QStringLiteral("{%1}").arg(kJobRoles.join(QLatin1Char(',')))});
        QStringList problems;
        for (int i = 0; i < r.rows(); ++i) {
            const QString rel = r.text(i, 0);
            if (!expectedSelect().contains(rel))
                problems << QStringLiteral("%1 has no entry in the table of views (SELECT: '%2')").arg(rel, r.text(i, 1));
            else if (expectedSelect().value(rel) != r.text(i, 1))
                problems << QStringLiteral("%1: SELECT for '%2', the table says '%3'")
                                .arg(rel, r.text(i, 1), expectedSelect().value(rel));
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    // The hint in "not allowed" messages names the roles the database actually grants.
    void permissionHintsMatchTheDatabase()
    {
        const auto r = must(*m_admin,
                            "SELECT p.proname, "
                            "  has_function_privilege('backroom_staff', p.oid, 'EXECUTE'), "
                            "  has_function_privilege('backroom_warehouse', p.oid, 'EXECUTE'), "
                            "  has_function_privilege('backroom_store', p.oid, 'EXECUTE'), "
                            "  has_function_privilege('backroom_owner', p.oid, 'EXECUTE') "
                            "FROM pg_proc p WHERE p.pronamespace = 'public'::regnamespace AND p.prosecdef");
        QVERIFY(r.rows() > 0);
        for (int i = 0; i < r.rows(); ++i) {
            QList<JobRole> fromDb;
            const JobRole order[] = {JobRole::Staff, JobRole::Warehouse, JobRole::Store, JobRole::Owner};
            for (int k = 0; k < 4; ++k)
                if (r.toBool(i, k + 1))
                    fromDb << order[k];
            QList<JobRole> fromCore = security::rolesAllowedToRun(r.text(i, 0));
            std::sort(fromCore.begin(), fromCore.end(), [&](JobRole a, JobRole b) {
                return std::find(std::begin(order), std::end(order), a) < std::find(std::begin(order), std::end(order), b);
            });
            QVERIFY2(fromCore == fromDb, qPrintable(r.text(i, 0)));
        }
    }

    void eachRoleCallsEachFunction_data()
    {
        QTest::addColumn<QString>("group");
        QTest::addColumn<QString>("sql");
        QTest::addColumn<bool>("allowed");
        QTest::addColumn<QString>("okState");
        for (const Call &c : calls())
            for (const QString &group : kJobRoles)
                QTest::newRow(qPrintable(QStringLiteral("%1 as %2").arg(QLatin1String(c.name), group.mid(9))))
                    << group << QString::fromUtf8(c.sql) << c.allowed.contains(group) << QString::fromLatin1(c.okState);
    }

    void eachRoleCallsEachFunction()
    {
        QFETCH(QString, group);
        QFETCH(QString, sql);
        QFETCH(bool, allowed);
        QFETCH(QString, okState);
        auto conn = connectOrDie(asLogin(m_shop, m_loginOf.value(group)));
        must(*conn, "BEGIN");
        auto r = conn->exec(sql);
        must(*conn, "ROLLBACK");
        const QString state = r.ok() ? QString() : r.error().sqlState;
        if (allowed) {
            QVERIFY2(state == okState, qPrintable(QStringLiteral("expected '%1', got '%2': %3")
                                                      .arg(okState, state, r.ok() ? QString() : r.error().message)));
        } else {
            QVERIFY2(state == QLatin1String("42501"), qPrintable(QStringLiteral("not refused: state '%1'").arg(state)));
            QCOMPARE(r.error().kind, Error::Kind::Permission);
        }
    }

    void whoAmIReportsTheLoginAndItsRole_data()
    {
        QTest::addColumn<QString>("group");
        QTest::addColumn<int>("role");
        QTest::newRow("staff") << QStringLiteral("backroom_staff") << int(JobRole::Staff);
        QTest::newRow("warehouse") << QStringLiteral("backroom_warehouse") << int(JobRole::Warehouse);
        QTest::newRow("owner") << QStringLiteral("backroom_owner") << int(JobRole::Owner);
        QTest::newRow("store") << QStringLiteral("backroom_store") << int(JobRole::Store);
        QTest::newRow("superuser") << QString() << int(JobRole::Admin);
    }

    void whoAmIReportsTheLoginAndItsRole()
    {
        QFETCH(QString, group);
        QFETCH(int, role);
        const QString login = group.isEmpty() ? QString::fromLatin1(db::EmbeddedCluster::kSuperuser) : m_loginOf.value(group);
        auto conn = connectOrDie(asLogin(m_shop, login));
        auto me = security::whoAmI(*conn);
        QVERIFY2(me.ok(), me.ok() ? "" : qPrintable(me.error().message));
        QCOMPARE(me->login, login);
        QCOMPARE(int(me->role), role);
        QCOMPARE(me->can(security::Capability::EditStock), role == int(JobRole::Staff) || role >= int(JobRole::Owner));
        QCOMPARE(me->can(security::Capability::MoveStock), role == int(JobRole::Warehouse) || role >= int(JobRole::Owner));
        QCOMPARE(me->can(security::Capability::ManageUsers), role >= int(JobRole::Owner));
    }

    void aLoginWithoutARoleCanDoNothing()
    {
        auto conn = connectOrDie(asLogin(m_shop, createLogin(*m_admin, QString())));
        auto me = security::whoAmI(*conn);
        QVERIFY(!me.ok());
        QCOMPARE(me.error().kind, Error::Kind::Permission);
        auto read = conn->exec("SELECT count(*) FROM product");
        QVERIFY(!read.ok());
        QCOMPARE(read.error().sqlState, QStringLiteral("42501"));
    }

    // The ledger names the login, whatever name the caller passes or sets.
    void ledgerActorIsTheLoginAndCannotBeForged()
    {
        const QString login = m_loginOf.value(QStringLiteral("backroom_staff"));
        const QString db = shop();
        auto conn = connectOrDie(asLogin(db, login));
        must(*conn, "SELECT set_config('backroom.actor', 'the-boss', false)");
        auto r = conn->exec("SELECT applied FROM stock_set_guarded((SELECT id FROM product WHERE sku = 'TEE-1'), "
                            "(SELECT id FROM bin WHERE code = 'A-01'), 4, (SELECT s.xmin FROM stock s JOIN bin b "
                            "ON b.id = s.bin_id WHERE b.code = 'A-01'), 'recount', 'the-boss')");
        QVERIFY2(r.ok() && r->toBool(0, 0), r.ok() ? "not applied" : qPrintable(r.error().message));
        auto ledger = must(*conn, "SELECT actor, note FROM stock_ledger ORDER BY id DESC LIMIT 1");
        QCOMPARE(ledger.text(0, 0), login);
        QCOMPARE(ledger.text(0, 1), QStringLiteral("the-boss"));
    }

    void storeLoginRunsTheStoreApi()
    {
        const QString db = shop();
        const QString storeLogin = m_loginOf.value(QStringLiteral("backroom_store"));
        store::StoreServer::Options options;
        options.conninfo = asLogin(db, storeLogin);
        options.version = QStringLiteral("test");
        store::StoreServer server(options);
        auto port = server.listen(QHostAddress::LocalHost, 0);
        QVERIFY(port.ok());
        const QString base = QStringLiteral("http://127.0.0.1:%1").arg(*port);
        QNetworkAccessManager nam;
        auto call = [&](QNetworkReply *reply) {
            std::unique_ptr<QNetworkReply> owned(reply);
            if (!reply->isFinished())
                QSignalSpy(reply, &QNetworkReply::finished).wait(20000);
            const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
            return qMakePair(status, QJsonDocument::fromJson(reply->readAll()));
        };
        auto request = [&](const QString &path) {
            QNetworkRequest req(QUrl(base + path));
            req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
            req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
            return req;
        };
        auto catalog = call(nam.get(request(QStringLiteral("/products"))));
        QCOMPARE(catalog.first, 200);
        auto search = call(nam.get(request(QStringLiteral("/search?q=tshrt"))));
        QCOMPARE(search.first, 200);
        auto detail = call(nam.get(request(QStringLiteral("/products/TEE-1"))));
        QCOMPARE(detail.first, 200);
        QCOMPARE(detail.second.object().value(QStringLiteral("available")).toInt(), 20);
        auto placed = call(nam.post(request(QStringLiteral("/orders")),
                                    QByteArrayLiteral("{\"lines\": [{\"sku\": \"TEE-1\", \"qty\": 2}]}")));
        QCOMPARE(placed.first, 201);
        const qint64 orderId = placed.second.object().value(QStringLiteral("id")).toInteger();
        QVERIFY(orderId > 0);
        QCOMPARE(call(nam.get(request(QStringLiteral("/orders/%1").arg(orderId)))).first, 200);

        // Payment as the serve process would take it: the store login pays; the ledger names it.
        auto storeConn = connectOrDie(asLogin(db, storeLogin));
        auto paid = orders::payOrder(*storeConn, orderId);
        QVERIFY2(paid.ok(), paid.ok() ? "" : qPrintable(paid.error().message));
        auto admin = connectOrDie(db);
        QCOMPARE(must(*admin, "SELECT status FROM orders WHERE id = $1", {orderId}).text(0, 0), QStringLiteral("paid"));
        QCOMPARE(must(*admin, "SELECT actor FROM stock_ledger WHERE reason = 'sale' ORDER BY id DESC LIMIT 1").text(0, 0),
                 storeLogin);
        // ... and nothing else: no stock edit from the store login.
        auto edit = storeConn->exec("SELECT * FROM stock_set_guarded(1, 1, 0, '0'::xid, 'x', NULL)");
        QVERIFY(!edit.ok());
        QCOMPARE(edit.error().kind, Error::Kind::Permission);
    }

    void serveWithAStaffLoginAnswers403ToOrders()
    {
        const QString db = shop();
        store::StoreServer::Options options;
        options.conninfo = asLogin(db, m_loginOf.value(QStringLiteral("backroom_staff")));
        options.version = QStringLiteral("test");
        options.expirySweepMs = 0;
        store::StoreServer server(options);
        auto port = server.listen(QHostAddress::LocalHost, 0);
        QVERIFY(port.ok());
        QNetworkAccessManager nam;
        QNetworkRequest req(QUrl(QStringLiteral("http://127.0.0.1:%1/orders").arg(*port)));
        req.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
        req.setHeader(QNetworkRequest::ContentTypeHeader, QByteArrayLiteral("application/json"));
        std::unique_ptr<QNetworkReply> reply(nam.post(req, QByteArrayLiteral("{\"lines\": [{\"sku\": \"TEE-1\", \"qty\": 1}]}")));
        if (!reply->isFinished())
            QSignalSpy(reply.get(), &QNetworkReply::finished).wait(20000);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 403);
    }

    void usersCommandsManageLoginsWithoutEverSendingThePassword()
    {
        const QString db = shop();
        auto admin = connectOrDie(db);
        const QString owner = createLogin(*admin, QStringLiteral("backroom_owner"));
        // log_statement is superuser-only: set it for the owner's sessions, so every statement they send
        // lands in the server log.
        must(*admin, QStringLiteral("ALTER ROLE %1 SET log_statement = 'all'").arg(owner).toUtf8().constData());
        const QString ownerDb = asLogin(db, owner);
        const QString login = QStringLiteral("t%1_cashier").arg(QCoreApplication::applicationPid());
        const QByteArray password = "Lemongrass-" + QByteArray::number(QCoreApplication::applicationPid()) + "-ผัดไทย";

        // Never on the command line: there is no option for it.
        Run argv = runBackroom({"users", "add", login, "--role", "staff", "--password", QString::fromUtf8(password)}, ownerDb);
        QCOMPARE(argv.exitCode, 2);
        QCOMPARE(must(*admin, "SELECT count(*) FROM pg_roles WHERE rolname = $1", {login}).toInt(0, 0), 0);

        Run add = runBackroom({"users", "add", login, "--role", "staff", "--password-stdin"}, ownerDb, password + "\n");
        QVERIFY2(add.exitCode == 0, qPrintable(add.err));
        Run again = runBackroom({"users", "add", login, "--role", "staff", "--password-stdin"}, ownerDb, password + "\n");
        QCOMPARE(again.exitCode, 3);
        QVERIFY2(again.err.contains(QStringLiteral("already exists")), qPrintable(again.err));
        Run badRole = runBackroom({"users", "add", login + "x", "--role", "boss", "--password-stdin"}, ownerDb, password + "\n");
        QCOMPARE(badRole.exitCode, 2);
        QVERIFY2(badRole.err.contains(QStringLiteral("staff, warehouse, owner or store")), qPrintable(badRole.err));

        // Stored as a SCRAM verifier, not in clear.
        const QString stored = must(*admin, "SELECT rolpassword FROM pg_authid WHERE rolname = $1", {login}).text(0, 0);
        QVERIFY2(stored.startsWith(QStringLiteral("SCRAM-SHA-256$")), qPrintable(stored));
        QVERIFY(!stored.contains(QString::fromUtf8(password)));

        // The new login connects over TCP with SCRAM, and is staff.
        auto &cluster = TestCluster::instance().cluster();
        const QString tcp = QStringLiteral("host=127.0.0.1 port=%1 dbname=%2 user=%3 password='%4'")
                                .arg(cluster.port()).arg(dbNameOf(db), login, QString::fromUtf8(password));
        {
            auto conn = db::Connection::open(tcp);
            QVERIFY2(conn.ok(), conn.ok() ? "" : qPrintable(conn.error().message));
            QCOMPARE(security::whoAmI(**conn)->role, JobRole::Staff);
            auto wrong = db::Connection::open(QString(tcp).replace(QString::fromUtf8(password), QStringLiteral("wrong")));
            QVERIFY(!wrong.ok());
            QCOMPARE(wrong.error().kind, Error::Kind::Auth);
        }

        Run list = runBackroom({"users", "list", "--json"}, ownerDb);
        QCOMPARE(list.exitCode, 0);
        QJsonObject row;
        for (const auto &v : list.json().array())
            if (v.toObject().value(QStringLiteral("login")).toString() == login)
                row = v.toObject();
        QCOMPARE(row.value(QStringLiteral("role")).toString(), QStringLiteral("staff"));
        QCOMPARE(row.value(QStringLiteral("can_login")).toBool(), true);
        QCOMPARE(row.value(QStringLiteral("last_change")).toString(), QStringLiteral("added as staff"));

        Run setRole = runBackroom({"users", "set-role", login, "warehouse"}, ownerDb);
        QVERIFY2(setRole.exitCode == 0, qPrintable(setRole.err));
        {
            auto conn = db::Connection::open(tcp);
            QVERIFY(conn.ok());
            QCOMPARE(security::whoAmI(**conn)->role, JobRole::Warehouse);
        }
        // Administrators are not Backroom's to change; a staff login may not manage users at all.
        Run superuser = runBackroom({"users", "set-role", QString::fromLatin1(db::EmbeddedCluster::kSuperuser), "staff"}, ownerDb);
        QCOMPARE(superuser.exitCode, 5);
        Run asStaff = runBackroom({"users", "list"}, asLogin(db, m_loginOf.value(QStringLiteral("backroom_staff"))));
        QCOMPARE(asStaff.exitCode, 5);
        QVERIFY2(asStaff.err.contains(QStringLiteral("Not allowed for your role")) && asStaff.err.contains(QStringLiteral("Owner")),
                 qPrintable(asStaff.err));

        Run unconfirmed = runBackroom({"users", "remove", login}, ownerDb);
        QCOMPARE(unconfirmed.exitCode, 2);
        QCOMPARE(must(*admin, "SELECT count(*) FROM pg_roles WHERE rolname = $1", {login}).toInt(0, 0), 1);
        Run removed = runBackroom({"users", "remove", login, "--yes"}, ownerDb);
        QVERIFY2(removed.exitCode == 0, qPrintable(removed.err));
        QCOMPARE(must(*admin, "SELECT count(*) FROM pg_roles WHERE rolname = $1", {login}).toInt(0, 0), 0);

        // The owner's statements were logged (so the check below can fail), without the password.
        QFile log(QFileInfo(cluster.dataDir()).path() + QStringLiteral("/server.log"));
        QVERIFY(log.open(QIODevice::ReadOnly));
        const QByteArray text = log.readAll();
        QVERIFY2(text.contains("backroom_user_add"), "log_statement=all did not log the owner's statements");
        QVERIFY(!text.contains(password));
        QVERIFY(!text.contains(password.left(15)));
    }
};

QTEST_GUILESS_MAIN(TestRoles)
#include "tst_roles.moc"
