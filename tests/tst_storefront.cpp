// The reference storefront (resources/storefront/, served by `serve` at / and /shop/<file>) and its
// product images (/images/<sku>.svg): caching headers over real HTTP, then the page itself in a real
// headless Chromium driven over the DevTools protocol (tests/cdpbrowser.h) against a real StoreServer and
// PostgreSQL: it becomes usable quickly on a throttled line, finds T-shirts from "tshrit", places an order
// the Orders screen then shows, retries a checkout whose answer was lost without ordering twice, explains
// 409/422/503, fits 320 px with thumb-sized controls, and leaves screenshots in <build>/screenshots.
// The browser tests skip (with the reason) only when no Chromium is installed.
#include "cdpbrowser.h"
#include "inventory/demoseed.h"
#include "mainwindow.h"
#include "orders/ordersmodel.h"
#include "orders/ordersscreen.h"
#include "screenshots.h"
#include "store/productimage.h"
#include "store/staticfiles.h"
#include "store/storeserver.h"
#include "testdb.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRegularExpression>
#include <QTabWidget>
#include <QtTest>

using namespace backroom;

namespace {

struct HttpAnswer {
    int status = 0;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers;   // lower-case names
    QByteArray header(const char *name) const { return headers.value(QByteArray(name).toLower()); }
};

// Fast 3G as Chrome DevTools defines it: 562.5 ms round trip, 1.6 Mbit/s down and 750 kbit/s up, times 0.9.
const QJsonObject kFast3G{{QStringLiteral("offline"), false},
                          {QStringLiteral("latency"), 562.5},
                          {QStringLiteral("downloadThroughput"), 1.6 * 1024 * 1024 / 8 * 0.9},
                          {QStringLiteral("uploadThroughput"), 750.0 * 1024 / 8 * 0.9}};

// "Usable" must come within 2.5 s on Fast 3G (issue 16); the figure measured here is printed and kept in
// bench/storefront-load.txt. The assertion allows twice that, so a loaded test machine does not flake.
constexpr double kUsableBudgetMs = 2500;
constexpr double kUsableAssertMs = 2 * kUsableBudgetMs;

} // namespace

class TestStorefront : public QObject {
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase() { m_browser.reset(); }
    void init();
    void cleanup();

    void etagMatching_data();
    void etagMatching();
    void imageNamesAreSkusWithSvgExtension_data();
    void imageNamesAreSkusWithSvgExtension();
    void servesPageAndAssetsWithCachingHeaders();
    void refusesUnknownFilesAndOtherMethods();
    void drawsProductImagesThatRevalidateByEtag();

    void pageBecomesUsableQuicklyOnThrottledConnection();
    void searchAsYouTypeFindsTShirtsFromTypo();
    void orderPlacedFromPageAppearsInOrdersScreen();
    void checkoutRetriedAfterLostAnswerOrdersOnce();
    void explainsOutOfStockUnknownSkuAndBusy();
    void fitsFrom320PixelsWithThumbSizedControls();
    void screenshotsAtPhoneAndDesktopSizes();

private:
    QString m_conninfo;
    std::unique_ptr<db::Connection> m_conn;
    std::unique_ptr<store::StoreServer> m_server;
    QString m_base;
    QNetworkAccessManager m_nam;
    std::unique_ptr<test::CdpBrowser> m_browser;
    QString m_browserProblem;

    HttpAnswer http(const QByteArray &verb, const QString &path, const QList<std::pair<QByteArray, QByteArray>> &headers = {});
    bool needBrowser();
    void setViewport(int width, int height, bool mobile);
    QString aSku(const char *family);
    qint64 ordersWithKey(const QString &key);
    void openPage(const QString &hash = {});
    void putInCart(const QString &sku, int qty);
    void clickPlaceOrder();
};

void TestStorefront::initTestCase()
{
    test::TestCluster::instance();
    if (test::CdpBrowser::executable().isEmpty()) {
        m_browserProblem = QStringLiteral("no Chromium installed (apt-get install chromium, or set BACKROOM_CHROMIUM)");
        return;
    }
    m_browser = std::make_unique<test::CdpBrowser>();
    QString error;
    QVERIFY2(m_browser->start(&error), qPrintable(error));   // installed but broken is a failure, not a skip
}

// A demo shop of 200 products (ten of each of 20 kinds, colours in their names) behind a real StoreServer.
void TestStorefront::init()
{
    m_conninfo = test::TestCluster::instance().freshDatabase();
    m_conn = test::connectOrDie(m_conninfo);
    inventory::SeedOptions seed;
    seed.products = 200;
    seed.bins = 20;
    auto seeded = inventory::seedDemo(*m_conn, seed);
    QVERIFY2(seeded.ok(), seeded.ok() ? "" : qPrintable(seeded.error().message));
    store::StoreServer::Options options;
    options.conninfo = m_conninfo;
    options.version = QStringLiteral("test");
    m_server = std::make_unique<store::StoreServer>(options);
    auto port = m_server->listen(QHostAddress::LocalHost, 0);
    QVERIFY2(port.ok(), port.ok() ? "" : qPrintable(port.error().message));
    m_base = QStringLiteral("http://127.0.0.1:%1").arg(*port);
}

void TestStorefront::cleanup()
{
    if (m_browser) {   // leave the page on a blank document, with no throttling or interception left over
        m_browser->page(QStringLiteral("Fetch.disable"));
        m_browser->page(QStringLiteral("Network.emulateNetworkConditions"),
                        {{QStringLiteral("offline"), false}, {QStringLiteral("latency"), 0},
                         {QStringLiteral("downloadThroughput"), -1}, {QStringLiteral("uploadThroughput"), -1}});
        m_browser->page(QStringLiteral("Network.setCacheDisabled"), {{QStringLiteral("cacheDisabled"), false}});
        m_browser->navigate(QStringLiteral("about:blank"));
    }
    m_server.reset();
    m_conn.reset();
}

HttpAnswer TestStorefront::http(const QByteArray &verb, const QString &path, const QList<std::pair<QByteArray, QByteArray>> &headers)
{
    QNetworkRequest request(QUrl(m_base + path));
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    std::unique_ptr<QNetworkReply> reply(m_nam.sendCustomRequest(request, verb));
    QSignalSpy finished(reply.get(), &QNetworkReply::finished);
    if (!reply->isFinished())
        finished.wait(10000);
    HttpAnswer answer;
    answer.status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer.body = reply->readAll();
    for (const auto &[name, value] : reply->rawHeaderPairs())
        answer.headers.insert(name.toLower(), value);
    return answer;
}

QString TestStorefront::aSku(const char *family)
{
    return test::must(*m_conn, "SELECT sku FROM product WHERE sku LIKE $1 || '-%' ORDER BY sku LIMIT 1",
                      {QString::fromLatin1(family)}).text(0, 0);
}

qint64 TestStorefront::ordersWithKey(const QString &key)
{
    return test::must(*m_conn, "SELECT count(*) FROM orders WHERE idempotency_key = $1", {key}).toInt64(0, 0);
}

// ---- Pure logic ---------------------------------------------------------------------------------------

void TestStorefront::etagMatching_data()
{
    QTest::addColumn<QByteArray>("ifNoneMatch");
    QTest::addColumn<bool>("matches");
    QTest::newRow("same") << QByteArray("\"abc\"") << true;
    QTest::newRow("weak form") << QByteArray("W/\"abc\"") << true;
    QTest::newRow("in a list") << QByteArray("\"x\", \"abc\"") << true;
    QTest::newRow("star") << QByteArray("*") << true;
    QTest::newRow("other") << QByteArray("\"abd\"") << false;
    QTest::newRow("unquoted") << QByteArray("abc") << false;
    QTest::newRow("empty") << QByteArray() << false;
}

void TestStorefront::etagMatching()
{
    QFETCH(QByteArray, ifNoneMatch);
    QFETCH(bool, matches);
    QCOMPARE(store::etagMatches(ifNoneMatch, "\"abc\""), matches);
}

void TestStorefront::imageNamesAreSkusWithSvgExtension_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<QString>("sku");   // empty: refused
    QTest::newRow("sku") << QStringLiteral("TSH-0000020.svg") << QStringLiteral("TSH-0000020");
    QTest::newRow("dots inside") << QStringLiteral("RICE.5KG.svg") << QStringLiteral("RICE.5KG");
    QTest::newRow("png") << QStringLiteral("TSH-0000020.png") << QString();
    QTest::newRow("no extension") << QStringLiteral("TSH-0000020") << QString();
    QTest::newRow("traversal") << QStringLiteral("..svg") << QString();
    QTest::newRow("NUL") << QStringLiteral("TSH%1.svg").arg(QChar(0)) << QString();
    QTest::newRow("space") << QStringLiteral("TSH 1.svg") << QString();
    QTest::newRow("too long") << QString(65, QLatin1Char('A')) + QStringLiteral(".svg") << QString();
}

void TestStorefront::imageNamesAreSkusWithSvgExtension()
{
    QFETCH(QString, file);
    QFETCH(QString, sku);
    QCOMPARE(store::skuOfImageFile(file).value_or(QString()), sku);
}

// ---- Over HTTP --------------------------------------------------------------------------------------------

void TestStorefront::servesPageAndAssetsWithCachingHeaders()
{
    const HttpAnswer page = http("GET", QStringLiteral("/"));
    QCOMPARE(page.status, 200);
    QCOMPARE(page.header("content-type"), QByteArray("text/html; charset=utf-8"));
    QCOMPARE(page.header("cache-control"), QByteArray("no-cache"));
    QVERIFY(page.header("content-security-policy").contains("script-src 'self'"));
    QVERIFY(page.body.contains("id=\"q\""));
    const QByteArray etag = page.header("etag");
    QVERIFY2(QRegularExpression(QStringLiteral("^\"[0-9a-f]{16}\"$")).match(QString::fromLatin1(etag)).hasMatch(), etag);

    // The page names its assets by their current hash; asked for that way they are immutable.
    const auto versioned = QRegularExpression(QStringLiteral(R"(/shop/app\.js\?v=([0-9a-f]{12}))")).match(QString::fromUtf8(page.body));
    QVERIFY2(versioned.hasMatch(), page.body.constData());
    QCOMPARE(versioned.captured(1).toLatin1(), store::storefrontFiles().versionOf(QStringLiteral("app.js")));
    QVERIFY(!page.body.contains("@hash@"));
    const HttpAnswer script = http("GET", versioned.captured(0));
    QCOMPARE(script.status, 200);
    QCOMPARE(script.header("content-type"), QByteArray("text/javascript; charset=utf-8"));
    QCOMPARE(script.header("cache-control"), QByteArray("public, max-age=31536000, immutable"));
    QVERIFY(script.body.contains("storefront-usable"));
    // Without the version (or with an old one) it must be revalidated.
    QCOMPARE(http("GET", QStringLiteral("/shop/app.js?v=0123456789ab")).header("cache-control"), QByteArray("no-cache"));
    QCOMPARE(http("GET", QStringLiteral("/shop/app.css")).header("content-type"), QByteArray("text/css; charset=utf-8"));

    // Revalidation: the current tag answers 304 with no body, an old one the file.
    const HttpAnswer again = http("GET", QStringLiteral("/"), {{"If-None-Match", etag}});
    QCOMPARE(again.status, 304);
    QVERIFY(again.body.isEmpty());
    QCOMPARE(again.header("etag"), etag);
    QCOMPARE(http("GET", QStringLiteral("/"), {{"If-None-Match", "\"0000000000000000\""}}).status, 200);
    const HttpAnswer head = http("HEAD", QStringLiteral("/shop/index.html"));
    QCOMPARE(head.status, 200);
    QVERIFY(head.body.isEmpty());
    QCOMPARE(head.header("content-length").toLongLong(), page.body.size());
}

void TestStorefront::refusesUnknownFilesAndOtherMethods()
{
    const HttpAnswer missing = http("GET", QStringLiteral("/shop/nothing.js"));
    QCOMPARE(missing.status, 404);
    QCOMPARE(QJsonDocument::fromJson(missing.body).object().value(QStringLiteral("kind")).toString(), QStringLiteral("unknown_file"));
    QCOMPARE(http("GET", QStringLiteral("/shop/..%2Fsql%2F001_initial.sql")).status, 404);
    const HttpAnswer post = http("POST", QStringLiteral("/shop/app.js"));
    QCOMPARE(post.status, 405);
    QCOMPARE(post.header("allow"), QByteArray("GET, HEAD"));
    QCOMPARE(http("DELETE", QStringLiteral("/images/") + aSku("TSH") + QStringLiteral(".svg")).status, 405);
    // The API next to it is untouched.
    QCOMPARE(http("GET", QStringLiteral("/products?per_page=1")).status, 200);
}

void TestStorefront::drawsProductImagesThatRevalidateByEtag()
{
    const QString sku = aSku("TSH");
    const QString name = test::must(*m_conn, "SELECT name FROM product WHERE sku = $1", {sku}).text(0, 0);
    const HttpAnswer image = http("GET", QStringLiteral("/images/%1.svg").arg(sku));
    QCOMPARE(image.status, 200);
    QCOMPARE(image.header("content-type"), QByteArray("image/svg+xml"));
    QCOMPARE(image.header("cache-control"), QByteArray(store::kProductImageCacheControl));
    QVERIFY(image.body.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\""));
    QVERIFY2(image.body.contains(("<title>" + name + "</title>").toUtf8()), image.body.constData());
    QCOMPARE(image.body, store::productImageSvg(sku, name));
    const QByteArray etag = image.header("etag");
    QVERIFY(!etag.isEmpty());

    // The colour comes from the name: a red and a blue T-shirt are drawn differently.
    QVERIFY(store::productImageSvg(QStringLiteral("TSH-1"), QStringLiteral("Classic T-Shirt Red 1")).contains("#d64545"));
    QVERIFY(store::productImageSvg(QStringLiteral("TSH-2"), QStringLiteral("Classic T-Shirt Blue 2")).contains("#2f6fd6"));
    QVERIFY(store::productImageSvg(QStringLiteral("X-1"), QStringLiteral("<b>&")).contains("<title>&lt;b&gt;&amp;</title>"));

    // Stock moving does not change the picture; a new name does.
    QCOMPARE(http("GET", QStringLiteral("/images/%1.svg").arg(sku), {{"If-None-Match", etag}}).status, 304);
    test::must(*m_conn, "SELECT * FROM place_order(jsonb_build_array(jsonb_build_object('sku', $1::text, 'qty', 1)))", {sku});
    QCOMPARE(http("GET", QStringLiteral("/images/%1.svg").arg(sku), {{"If-None-Match", etag}}).status, 304);
    test::must(*m_conn, "UPDATE backroom_data.product SET name = 'Classic T-Shirt Green 0' WHERE sku = $1", {sku});
    const HttpAnswer renamed = http("GET", QStringLiteral("/images/%1.svg").arg(sku), {{"If-None-Match", etag}});
    QCOMPARE(renamed.status, 200);
    QVERIFY(renamed.header("etag") != etag);
    QVERIFY(renamed.body.contains("#2e9d5b"));

    const HttpAnswer unknown = http("GET", QStringLiteral("/images/NOPE-1.svg"));
    QCOMPARE(unknown.status, 404);
    QCOMPARE(QJsonDocument::fromJson(unknown.body).object().value(QStringLiteral("kind")).toString(), QStringLiteral("unknown_sku"));
    QCOMPARE(http("GET", QStringLiteral("/images/%1.png").arg(sku)).status, 404);
}

// ---- In a real browser -----------------------------------------------------------------------------------

bool TestStorefront::needBrowser()
{
    return m_browser != nullptr;
}

#define REQUIRE_BROWSER()                                                         \
    do {                                                                          \
        if (!needBrowser())                                                       \
            QSKIP(qPrintable(m_browserProblem));                                  \
    } while (false)

#define JS_OK(value) QVERIFY2(!(value).isUndefined(), qPrintable(m_browser->lastError()))

void TestStorefront::setViewport(int width, int height, bool mobile)
{
    m_browser->page(QStringLiteral("Emulation.setDeviceMetricsOverride"),
                    {{QStringLiteral("width"), width}, {QStringLiteral("height"), height},
                     {QStringLiteral("deviceScaleFactor"), 1}, {QStringLiteral("mobile"), mobile}});
}

void TestStorefront::openPage(const QString &hash)
{
    QVERIFY(m_browser->navigate(m_base + QStringLiteral("/") + hash));
    JS_OK(m_browser->waitFor(QStringLiteral("document.documentElement.dataset.ready === 'usable' || document.querySelector('main h1')")));
}

void TestStorefront::putInCart(const QString &sku, int qty)
{
    const QString script = QStringLiteral("localStorage.setItem('cart', JSON.stringify([{sku: %1, name: %1, name_th: '', "
                                          "price_satang: 100, qty: %2}])); location.hash = '#/cart'; true")
                               .arg(QString::fromUtf8(QJsonDocument(QJsonArray{sku}).toJson(QJsonDocument::Compact)).mid(1).chopped(1))
                               .arg(qty);
    JS_OK(m_browser->evaluate(script));
    JS_OK(m_browser->waitFor(QStringLiteral("document.querySelector('#place-order')")));
}

void TestStorefront::clickPlaceOrder()
{
    JS_OK(m_browser->evaluate(QStringLiteral("document.querySelector('#place-order').click(), true")));
}

void TestStorefront::pageBecomesUsableQuicklyOnThrottledConnection()
{
    REQUIRE_BROWSER();
    setViewport(360, 740, true);
    m_browser->page(QStringLiteral("Network.setCacheDisabled"), {{QStringLiteral("cacheDisabled"), true}});
    QVERIFY2(!m_browser->page(QStringLiteral("Network.emulateNetworkConditions"), kFast3G).isEmpty() || m_browser->lastError().isEmpty(),
             qPrintable(m_browser->lastError()));
    QVERIFY(m_browser->navigate(m_base + QStringLiteral("/")));
    JS_OK(m_browser->waitFor(QStringLiteral("document.documentElement.dataset.ready === 'usable'"), 20000));
    const QJsonObject timing = m_browser->evaluate(QStringLiteral(
        "(() => { const n = performance.getEntriesByType('navigation')[0];"
        " return { usable: performance.getEntriesByName('storefront-usable')[0].startTime,"
        "   ttfb: n.responseStart, dcl: n.domContentLoadedEventEnd, load: n.loadEventEnd,"
        "   products: document.querySelectorAll('.card').length,"
        "   searchReady: document.activeElement !== null && !document.querySelector('#q').disabled,"
        "   requests: performance.getEntriesByType('resource').length }; })()")).toObject();
    const double usableMs = timing.value(QStringLiteral("usable")).toDouble();
    qInfo("storefront on Fast 3G (562.5 ms RTT, 1.47 Mbit/s down), cold cache, 360x740: usable after %.0f ms "
          "(first byte %.0f ms, DOMContentLoaded %.0f ms, load %.0f ms, %d products shown, %d subresources); budget %.0f ms",
          usableMs, timing.value(QStringLiteral("ttfb")).toDouble(), timing.value(QStringLiteral("dcl")).toDouble(),
          timing.value(QStringLiteral("load")).toDouble(), timing.value(QStringLiteral("products")).toInt(),
          timing.value(QStringLiteral("requests")).toInt(), kUsableBudgetMs);
    qInfo("  waterfall (start / first byte / end, ms): %s", qPrintable(m_browser->evaluate(QStringLiteral(
        "[performance.getEntriesByType('navigation')[0], ...performance.getEntriesByType('resource')]"
        ".filter(e => e.startTime < performance.getEntriesByName('storefront-usable')[0].startTime)"
        ".map(e => new URL(e.name).pathname + ' ' + [e.startTime, e.responseStart, e.responseEnd].map(Math.round).join('/')).join(', ')")).toString()));
    QCOMPARE(timing.value(QStringLiteral("products")).toInt(), 20);
    QVERIFY(timing.value(QStringLiteral("searchReady")).toBool());
    // The throttling really applied: one round trip alone is 562.5 ms.
    QVERIFY2(usableMs > 1000, qPrintable(QString::number(usableMs)));
    QVERIFY2(usableMs < kUsableAssertMs, qPrintable(QString::number(usableMs)));
    // The first page of products came from the preload, not a second request.
    const int productRequests = m_browser->evaluate(QStringLiteral(
        "performance.getEntriesByType('resource').filter(r => r.name.includes('/products?')).length")).toInt();
    QCOMPARE(productRequests, 1);
}

void TestStorefront::searchAsYouTypeFindsTShirtsFromTypo()
{
    REQUIRE_BROWSER();
    setViewport(360, 740, true);
    openPage();
    m_browser->clearEvents();
    JS_OK(m_browser->evaluate(QStringLiteral("document.querySelector('#q').focus(), true")));
    // Typed one key at a time, faster than the debounce: one search for the whole word, not six.
    for (const QChar c : QStringLiteral("tshrit"))
        m_browser->page(QStringLiteral("Input.insertText"), {{QStringLiteral("text"), QString(c)}});
    const QJsonValue names = m_browser->waitFor(QStringLiteral(
        "location.hash === '#/search/tshrit' && document.querySelector('main h1').textContent.includes('tshrit')"
        " && document.querySelectorAll('.card .name').length > 0"
        " && Array.from(document.querySelectorAll('.card .name'), e => e.textContent)"));
    JS_OK(names);
    // T-shirts first, and every T-shirt of the catalogue among the results.
    QStringList shown;
    for (const QJsonValue &name : names.toArray())
        shown << name.toString();
    const QString all = shown.join(QLatin1String(" | "));
    QVERIFY2(!shown.isEmpty() && shown.first().contains(QLatin1String("T-Shirt")), qPrintable(all));
    const qint64 tshirts = test::must(*m_conn, "SELECT count(*) FROM product WHERE sku LIKE 'TSH-%'").toInt64(0, 0);
    QVERIFY(tshirts >= 5);
    QVERIFY2(shown.filter(QStringLiteral("T-Shirt")).size() == tshirts, qPrintable(all));
    QCOMPARE(m_browser->evaluate(QStringLiteral("document.activeElement.id")).toString(), QStringLiteral("q"));
    int searches = 0;
    for (const QJsonObject &sent : m_browser->takeEvents(QStringLiteral("Network.requestWillBeSent")))
        searches += sent.value(QStringLiteral("request")).toObject().value(QStringLiteral("url")).toString().contains(QLatin1String("/search?")) ? 1 : 0;
    QVERIFY2(searches >= 1 && searches <= 2, qPrintable(QString::number(searches)));

    // A newer query replaces an older one still on its way: only the latest answer is shown.
    JS_OK(m_browser->evaluate(QStringLiteral("document.querySelector('#q').select(), true")));
    m_browser->page(QStringLiteral("Input.insertText"), {{QStringLiteral("text"), QStringLiteral("backpak")}});
    const QJsonValue bags = m_browser->waitFor(QStringLiteral(
        "location.hash === '#/search/backpak' && document.querySelector('main h1').textContent.includes('backpak')"
        " && Array.from(document.querySelectorAll('.card .name'), e => e.textContent)"));
    JS_OK(bags);
    QVERIFY(!bags.toArray().isEmpty());
    QVERIFY2(bags.toArray().first().toString().contains(QLatin1String("Backpack")), qPrintable(bags.toArray().first().toString()));
}

void TestStorefront::orderPlacedFromPageAppearsInOrdersScreen()
{
    REQUIRE_BROWSER();
    setViewport(360, 740, true);
    const QString sku = aSku("HOD");
    openPage(QStringLiteral("#/p/") + sku);
    JS_OK(m_browser->waitFor(QStringLiteral("document.querySelector('#add-to-cart')")));
    JS_OK(m_browser->evaluate(QStringLiteral("document.querySelector('[aria-label=\"One more\"]').click(), "
                                             "document.querySelector('#add-to-cart').click(), true")));
    JS_OK(m_browser->evaluate(QStringLiteral("location.hash = '#/cart', true")));
    JS_OK(m_browser->waitFor(QStringLiteral("document.querySelector('#place-order')")));
    QCOMPARE(m_browser->evaluate(QStringLiteral("document.querySelector('.qtyv').textContent")).toString(), QStringLiteral("2"));
    const QString key = m_browser->evaluate(QStringLiteral("(() => { document.querySelector('#place-order').click();"
                                                           " return JSON.parse(localStorage.getItem('checkout')).key; })()")).toString();
    QVERIFY(key.startsWith(QLatin1String("web-")));
    const QJsonValue shown = m_browser->waitFor(QStringLiteral("document.querySelector('#order') && document.querySelector('#order').dataset.orderId"));
    JS_OK(shown);
    const qint64 orderId = shown.toString().toLongLong();
    QVERIFY(orderId > 0);
    QCOMPARE(m_browser->evaluate(QStringLiteral("document.querySelector('#cart-count').textContent")).toString(), QStringLiteral("0"));

    auto row = test::must(*m_conn, "SELECT o.id, o.channel, o.status, sum(l.qty) FROM orders o JOIN order_line l ON l.order_id = o.id "
                                   "WHERE o.idempotency_key = $1 GROUP BY o.id, o.channel, o.status", {key});
    QCOMPARE(row.rows(), 1);
    QCOMPARE(row.toInt64(0, 0), orderId);
    QCOMPARE(row.text(0, 1), QStringLiteral("web"));
    QCOMPARE(row.text(0, 2), QStringLiteral("reserved"));
    QCOMPARE(row.toInt64(0, 3), 2);

    // The Orders screen, as staff see it.
    ui::MainWindow window(m_conninfo);
    window.resize(1280, 760);
    window.tabs()->setCurrentWidget(window.ordersScreen());
    window.show();
    ui::OrdersModel *model = window.ordersScreen()->model();
    QTRY_VERIFY_WITH_TIMEOUT(model->rowOfId(orderId).has_value(), 10000);
    const int r = *model->rowOfId(orderId);
    QCOMPARE(model->index(r, ui::OrdersModel::Channel).data().toString(), QStringLiteral("web"));
    QCOMPARE(model->index(r, ui::OrdersModel::Items).data().toInt(), 2);
}

void TestStorefront::checkoutRetriedAfterLostAnswerOrdersOnce()
{
    REQUIRE_BROWSER();
    setViewport(360, 740, true);
    openPage();
    putInCart(aSku("BPK"), 1);
    // The order reaches the server, but its answer never reaches the page.
    m_browser->page(QStringLiteral("Fetch.enable"),
                    {{QStringLiteral("patterns"), QJsonArray{QJsonObject{{QStringLiteral("urlPattern"), QStringLiteral("*/orders")},
                                                                         {QStringLiteral("requestStage"), QStringLiteral("Response")}}}}});
    clickPlaceOrder();
    const QJsonObject paused = m_browser->waitForEvent(QStringLiteral("Fetch.requestPaused"));
    QVERIFY2(!paused.isEmpty(), "the order request never reached the interception point");
    QCOMPARE(paused.value(QStringLiteral("responseStatusCode")).toInt(), 201);
    m_browser->page(QStringLiteral("Fetch.failRequest"), {{QStringLiteral("requestId"), paused.value(QStringLiteral("requestId"))},
                                                          {QStringLiteral("errorReason"), QStringLiteral("ConnectionReset")}});
    const QJsonValue message = m_browser->waitFor(QStringLiteral("!document.querySelector('#alert').hidden && document.querySelector('#alert').textContent"));
    JS_OK(message);
    QVERIFY2(message.toString().contains(QLatin1String("will not be placed twice")), qPrintable(message.toString()));
    const QString key = m_browser->evaluate(QStringLiteral("JSON.parse(localStorage.getItem('checkout')).key")).toString();
    QCOMPARE(ordersWithKey(key), 1);   // it was placed, though the page could not know
    m_browser->page(QStringLiteral("Fetch.disable"));

    // A reload and then "Place order" again: the same key, the same order, nothing reserved twice.
    QVERIFY(m_browser->reload());
    JS_OK(m_browser->waitFor(QStringLiteral("document.querySelector('#place-order')")));
    clickPlaceOrder();
    const QJsonValue shown = m_browser->waitFor(QStringLiteral("document.querySelector('#order') && document.querySelector('#order').dataset.orderId"));
    JS_OK(shown);
    QCOMPARE(ordersWithKey(key), 1);
    QCOMPARE(test::must(*m_conn, "SELECT id FROM orders WHERE idempotency_key = $1", {key}).toInt64(0, 0), shown.toString().toLongLong());
    QCOMPARE(test::must(*m_conn, "SELECT count(*) FROM orders").toInt64(0, 0), 1);
}

void TestStorefront::explainsOutOfStockUnknownSkuAndBusy()
{
    REQUIRE_BROWSER();
    setViewport(360, 740, true);
    openPage();
    const QString alertText = QStringLiteral("!document.querySelector('#alert').hidden && document.querySelector('#alert').textContent");

    // 409: more than there is.
    const QString sku = aSku("SNK");
    const qint64 available = m_browser->evaluate(QStringLiteral("fetch('/products/%1').then(r => r.json()).then(p => p.available)").arg(sku)).toInteger();
    QVERIFY(available > 0 && available < 1000);
    putInCart(sku, 1000);
    clickPlaceOrder();
    const QJsonValue outOfStock = m_browser->waitFor(alertText);
    JS_OK(outOfStock);
    QVERIFY2(outOfStock.toString().contains(QStringLiteral("not enough “%1” is left (only %2 left)").arg(sku).arg(available)),
             qPrintable(outOfStock.toString()));

    // 422: a product no longer sold.
    putInCart(QStringLiteral("GONE-0000001"), 1);
    clickPlaceOrder();
    const QJsonValue unknown = m_browser->waitFor(alertText);
    JS_OK(unknown);
    QVERIFY2(unknown.toString().contains(QLatin1String("no longer sold")), qPrintable(unknown.toString()));

    // 503: the checkout bulkhead is full (answered by the interception, as the server would).
    putInCart(aSku("NTB"), 1);
    m_browser->page(QStringLiteral("Fetch.enable"),
                    {{QStringLiteral("patterns"), QJsonArray{QJsonObject{{QStringLiteral("urlPattern"), QStringLiteral("*/orders")}}}}});
    clickPlaceOrder();
    const QJsonObject paused = m_browser->waitForEvent(QStringLiteral("Fetch.requestPaused"));
    QVERIFY(!paused.isEmpty());
    const QByteArray busy = R"({"bulkhead":"checkout","error":"The checkout service is at its limit of 32 requests; retry shortly.","kind":"busy"})";
    m_browser->page(QStringLiteral("Fetch.fulfillRequest"),
                    {{QStringLiteral("requestId"), paused.value(QStringLiteral("requestId"))}, {QStringLiteral("responseCode"), 503},
                     {QStringLiteral("responseHeaders"), QJsonArray{QJsonObject{{QStringLiteral("name"), QStringLiteral("Content-Type")}, {QStringLiteral("value"), QStringLiteral("application/json")}},
                                                                   QJsonObject{{QStringLiteral("name"), QStringLiteral("Retry-After")}, {QStringLiteral("value"), QStringLiteral("3")}}}},
                     {QStringLiteral("body"), QString::fromLatin1(busy.toBase64())}});
    const QJsonValue busyText = m_browser->waitFor(alertText);
    JS_OK(busyText);
    QVERIFY2(busyText.toString().contains(QLatin1String("very busy right now. Try again in 3 seconds")), qPrintable(busyText.toString()));
    QVERIFY(m_browser->evaluate(QStringLiteral("!!document.querySelector('#retry-order')")).toBool());
    m_browser->page(QStringLiteral("Fetch.disable"));
    QCOMPARE(test::must(*m_conn, "SELECT count(*) FROM orders").toInt64(0, 0), 0);
}

void TestStorefront::fitsFrom320PixelsWithThumbSizedControls()
{
    REQUIRE_BROWSER();
    setViewport(320, 640, true);
    // Every visible control at least 44 x 44 CSS pixels, and nothing wider than the screen.
    const QString audit = QStringLiteral(
        "(() => { const small = []; for (const el of document.querySelectorAll('button, input, a, select')) {"
        " const r = el.getBoundingClientRect(); if (r.width === 0 && r.height === 0) continue;"
        " if (el.classList.contains('skip')) continue;"
        " if (r.height < 44 || r.width < 44) small.push((el.id || el.className || el.tagName) + ' ' + Math.round(r.width) + 'x' + Math.round(r.height)); }"
        " return JSON.stringify({ small, scrollWidth: document.documentElement.scrollWidth }); })()");
    const QString sku = aSku("TSH");
    for (const QString &hash : {QString(), QStringLiteral("#/p/") + sku}) {
        openPage(hash);
        JS_OK(m_browser->waitFor(QStringLiteral("document.querySelector('.card, #add-to-cart')")));
        const QJsonObject result = QJsonDocument::fromJson(m_browser->evaluate(audit).toString().toUtf8()).object();
        QVERIFY2(result.value(QStringLiteral("small")).toArray().isEmpty(),
                 qPrintable(hash + QStringLiteral(": ") + QString::fromUtf8(QJsonDocument(result).toJson(QJsonDocument::Compact))));
        QVERIFY2(result.value(QStringLiteral("scrollWidth")).toInt() <= 320, qPrintable(QString::number(result.value(QStringLiteral("scrollWidth")).toInt())));
    }
    JS_OK(m_browser->evaluate(QStringLiteral("document.querySelector('#add-to-cart').click(), location.hash = '#/cart', true")));
    JS_OK(m_browser->waitFor(QStringLiteral("document.querySelector('#place-order')")));
    const QJsonObject cartAudit = QJsonDocument::fromJson(m_browser->evaluate(audit).toString().toUtf8()).object();
    QVERIFY2(cartAudit.value(QStringLiteral("small")).toArray().isEmpty(), QJsonDocument(cartAudit).toJson().constData());
    QVERIFY(cartAudit.value(QStringLiteral("scrollWidth")).toInt() <= 320);

    // Labels: the search box, the cart link and every image have an accessible name (or are decorative).
    QVERIFY(m_browser->evaluate(QStringLiteral("document.querySelector('label[for=q]').textContent.length > 0")).toBool());
    QVERIFY(m_browser->evaluate(QStringLiteral("document.querySelector('#cart-link').getAttribute('aria-label').startsWith('Cart: ')")).toBool());
    QVERIFY(m_browser->evaluate(QStringLiteral("Array.from(document.images).every(i => i.hasAttribute('alt'))")).toBool());

    // In Thai the page shows the Thai names and marks them as Thai.
    openPage();
    JS_OK(m_browser->evaluate(QStringLiteral("document.querySelector('#lang').click(), true")));
    const QJsonValue thai = m_browser->waitFor(QStringLiteral(
        "document.documentElement.lang === 'th' && document.querySelector('.card .name') && document.querySelector('.card .name').textContent"));
    JS_OK(thai);
    QVERIFY2(thai.toString().contains(QRegularExpression(QStringLiteral("[\\x{0E00}-\\x{0E7F}]"))), qPrintable(thai.toString()));
    QVERIFY(m_browser->evaluate(QStringLiteral("document.querySelector('.card .name-th').lang === 'en'")).toBool());
    const QJsonObject thaiAudit = QJsonDocument::fromJson(m_browser->evaluate(audit).toString().toUtf8()).object();
    QVERIFY2(thaiAudit.value(QStringLiteral("scrollWidth")).toInt() <= 320, QJsonDocument(thaiAudit).toJson().constData());
}

void TestStorefront::screenshotsAtPhoneAndDesktopSizes()
{
    REQUIRE_BROWSER();
    const QString sku = test::must(*m_conn, "SELECT sku FROM product WHERE sku LIKE 'TSH-%' AND name LIKE '%Blue%' ORDER BY sku LIMIT 1").text(0, 0);
    setViewport(360, 740, true);
    openPage();
    JS_OK(m_browser->waitFor(QStringLiteral("document.images.length >= 4 && Array.from(document.images).slice(0, 4).every(i => i.complete && i.naturalWidth > 0)")));
    QVERIFY(m_browser->screenshot(test::screenshotPath(QStringLiteral("storefront-phone.png"))));
    openPage(QStringLiteral("#/p/") + sku);
    JS_OK(m_browser->waitFor(QStringLiteral("document.querySelector('.product img') && document.querySelector('.product img').complete")));
    JS_OK(m_browser->evaluate(QStringLiteral("document.querySelector('[aria-label=\"One more\"]').click(), document.querySelector('#add-to-cart').click(), true")));
    QVERIFY(m_browser->screenshot(test::screenshotPath(QStringLiteral("storefront-phone-product.png"))));
    JS_OK(m_browser->evaluate(QStringLiteral("document.querySelector('#q').value = 'tshrit', document.querySelector('#q').dispatchEvent(new Event('input')), true")));
    JS_OK(m_browser->waitFor(QStringLiteral("document.querySelector('main h1').textContent.includes('tshrit') && document.querySelectorAll('.card').length > 0")));
    JS_OK(m_browser->waitFor(QStringLiteral("Array.from(document.images).slice(0, 4).every(i => i.complete && i.naturalWidth > 0)")));
    QVERIFY(m_browser->screenshot(test::screenshotPath(QStringLiteral("storefront-phone-search.png"))));
    JS_OK(m_browser->evaluate(QStringLiteral("location.hash = '#/cart', true")));
    JS_OK(m_browser->waitFor(QStringLiteral("document.querySelector('#place-order') && Array.from(document.images).every(i => i.complete)")));
    QVERIFY(m_browser->screenshot(test::screenshotPath(QStringLiteral("storefront-phone-cart.png"))));

    setViewport(1280, 800, false);
    JS_OK(m_browser->evaluate(QStringLiteral("localStorage.removeItem('cart'), true")));
    openPage();
    JS_OK(m_browser->waitFor(QStringLiteral("Array.from(document.images).filter(i => i.getBoundingClientRect().top < 800).every(i => i.complete && i.naturalWidth > 0)")));
    QVERIFY(m_browser->screenshot(test::screenshotPath(QStringLiteral("storefront-desktop.png"))));
}

QTEST_MAIN(TestStorefront)
#include "tst_storefront.moc"
