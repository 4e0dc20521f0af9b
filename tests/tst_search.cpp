// Search (migration 014, docs/search.md) on the demo catalogue against a real PostgreSQL: the ranking
// people would call right (exact SKU, whole words, near misses, prefixes, substrings, then synonyms), typos
// in English and a wrong Thai tone mark, synonyms both ways in the store search and the stock screen's
// filter, the word index following product edits in the same transaction, and `backroom search`.
#include "testdb.h"

#include "inventory/demoseed.h"
#include "inventory/stock.h"
#include "store/productsearch.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace backroom;
using backroom::test::TestCluster;
using backroom::test::connectOrDie;
using backroom::test::must;
using store::MatchKind;

Q_DECLARE_METATYPE(store::MatchKind)

namespace {

constexpr int kDemoProducts = 1000;   // 50 products of each of the 20 kinds

// The demo catalogue plus two products that make ranking cases: a word that holds "mask" inside it, and an
// English-only product for the synonym cases.
QString demoCatalogue()
{
    static QString info;
    if (!info.isEmpty())
        return info;
    info = TestCluster::instance().freshDatabase();
    auto conn = connectOrDie(info);
    inventory::SeedOptions options;
    options.products = kDemoProducts;
    if (!inventory::seedDemo(*conn, options).ok())
        qFatal("seeding the demo catalogue failed");
    must(*conn, "INSERT INTO product (sku, name) VALUES ('DMS-1', 'Damask Tablecloth'), ('TOTE-1', 'Tote Bag')");
    must(*conn, "INSERT INTO stock (product_id, bin_id, on_hand) SELECT p.id, (SELECT min(id) FROM bin), 5 "
                "FROM product p WHERE p.sku IN ('DMS-1', 'TOTE-1')");
    return info;
}

QStringList skusOf(const QList<store::RankedProduct> &found)
{
    QStringList out;
    for (const auto &r : found)
        out << r.product.sku;
    return out;
}

QList<store::RankedProduct> mustSearch(db::Connection &conn, const QString &text, int limit = 20)
{
    auto found = store::rankedSearch(conn, text, limit);
    if (!found)
        qFatal("search '%s' failed: %s", qPrintable(text), qPrintable(found.error().message));
    return *found;
}

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
};

Run runBackroom(const QStringList &args, const QString &conninfo)
{
    QProcess p;
    auto env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("BACKROOM_DB"), conninfo);
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(BACKROOM_BIN), args);
    if (!p.waitForFinished(120000))
        qFatal("backroom %s did not finish", qPrintable(args.join(QLatin1Char(' '))));
    return Run{p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()), QString::fromUtf8(p.readAllStandardError())};
}

} // namespace

class TestSearch : public QObject {
    Q_OBJECT
private slots:
    void ranksWhatPeopleTypeOnTheDemoCatalogue_data()
    {
        QTest::addColumn<QString>("query");
        QTest::addColumn<QString>("skuPrefix");   // every product found starts with it
        QTest::addColumn<MatchKind>("match");     // how the first one matched
        QTest::newRow("exact SKU") << "bpk-0000010" << "BPK-0000010" << MatchKind::Sku;
        QTest::newRow("SKU as typed") << "BPK-0000010" << "BPK-0000010" << MatchKind::Sku;
        QTest::newRow("whole word") << "backpack" << "BPK-" << MatchKind::Word;
        QTest::newRow("typo") << "tshrit" << "TSH-" << MatchKind::NearMiss;
        QTest::newRow("typo with hyphen") << "t-shrit" << "TSH-" << MatchKind::NearMiss;
        QTest::newRow("typo, missing letter") << "backpak" << "BPK-" << MatchKind::NearMiss;
        QTest::newRow("prefix") << "back" << "BPK-" << MatchKind::Prefix;
        QTest::newRow("substring") << "shirt" << "TSH-" << MatchKind::Substring;
        QTest::newRow("thai word") << QStringLiteral("เสื้อยืด") << "TSH-" << MatchKind::Word;
        QTest::newRow("thai, wrong tone mark") << QStringLiteral("เสื่อยืด") << "TSH-" << MatchKind::NearMiss;
        QTest::newRow("thai, missing tone mark") << QStringLiteral("เสือยืด") << "TSH-" << MatchKind::NearMiss;
        QTest::newRow("thai prefix") << QStringLiteral("กระเป๋า") << "BPK-" << MatchKind::Prefix;
        QTest::newRow("two typos, two words") << "bluetoth speker" << "SPK-" << MatchKind::NearMiss;
        QTest::newRow("words in any order") << "cooker rice" << "RCK-" << MatchKind::Word;
        QTest::newRow("upper case") << "YOGA MAT" << "YGM-" << MatchKind::Word;
    }

    void ranksWhatPeopleTypeOnTheDemoCatalogue()
    {
        QFETCH(QString, query);
        QFETCH(QString, skuPrefix);
        QFETCH(MatchKind, match);
        auto conn = connectOrDie(demoCatalogue());
        const auto found = mustSearch(*conn, query);
        QVERIFY2(!found.isEmpty(), qPrintable(query));
        for (const auto &r : found)
            QVERIFY2(r.product.sku.startsWith(skuPrefix), qPrintable(r.product.sku + QStringLiteral(" for ") + query));
        QCOMPARE(store::matchKindName(found.first().match), store::matchKindName(match));
    }

    // "red tshrit": only red T-shirts, every one of them (1 in 10 T-shirts is red).
    void everyWordMustMatch()
    {
        auto conn = connectOrDie(demoCatalogue());
        const auto found = mustSearch(*conn, QStringLiteral("red tshrit"), 100);
        QCOMPARE(found.size(), kDemoProducts / 20 / 10);
        for (const auto &r : found)
            QVERIFY2(r.product.sku.startsWith(QLatin1String("TSH-")) && r.product.name.contains(QLatin1String(" Red ")),
                     qPrintable(r.product.name));
    }

    // "mask" is the whole word of every face mask and inside "Damask": all 50 face masks first.
    void wholeWordsComeBeforeSubstrings()
    {
        auto conn = connectOrDie(demoCatalogue());
        const QStringList skus = skusOf(mustSearch(*conn, QStringLiteral("mask"), 100));
        QCOMPARE(skus.size(), kDemoProducts / 20 + 1);
        QCOMPARE(skus.last(), QStringLiteral("DMS-1"));
        for (int i = 0; i < skus.size() - 1; ++i)
            QVERIFY2(skus.at(i).startsWith(QLatin1String("FMK-")), qPrintable(skus.join(QLatin1Char(' '))));
    }

    // The exact SKU first, then the products whose SKU starts with what was typed.
    void exactSkuComesBeforeSkuPrefixes()
    {
        auto conn = connectOrDie(TestCluster::instance().freshDatabase());
        must(*conn, "INSERT INTO product (sku, name) VALUES ('CUP-10', 'Cup Tall'), ('CUP-1', 'Cup'), ('CUP-11', 'Cup Large')");
        const auto found = mustSearch(*conn, QStringLiteral("cup-1"), 20);
        QCOMPARE(skusOf(found), (QStringList{QStringLiteral("CUP-1"), QStringLiteral("CUP-10"), QStringLiteral("CUP-11")}));
        QCOMPARE(store::matchKindName(found.at(0).match), store::matchKindName(MatchKind::Sku));
        QCOMPARE(store::matchKindName(found.at(1).match), store::matchKindName(MatchKind::Prefix));
    }

    void wildcardsAreLiteral()
    {
        auto conn = connectOrDie(demoCatalogue());
        for (const char *text : {"%", "_", "a%", "\\", "%%%"})
            QVERIFY2(mustSearch(*conn, QString::fromUtf8(text)).isEmpty(), text);
    }

    // bag <-> กระเป๋า: the English word finds the Thai-named backpacks after its own match (Tote Bag), the Thai
    // word finds Tote Bag after the backpacks; in the store search and in the stock screen's filter. Removing
    // the pair takes it away again.
    void synonymsWorkBothWaysAfterTheWordsOwnMatches()
    {
        auto conn = connectOrDie(demoCatalogue());
        const QString bag = QStringLiteral("bag");
        const QString thaiBag = QStringLiteral("กระเป๋า");
        QCOMPARE(skusOf(mustSearch(*conn, bag)), QStringList{QStringLiteral("TOTE-1")});
        auto added = store::addSynonym(*conn, QStringLiteral("  BAG "), thaiBag);
        QVERIFY2(added.ok() && *added, added.ok() ? "" : qPrintable(added.error().message));

        const auto english = mustSearch(*conn, bag, 100);
        QCOMPARE(english.size(), 1 + kDemoProducts / 20);
        QCOMPARE(english.first().product.sku, QStringLiteral("TOTE-1"));
        QCOMPARE(store::matchKindName(english.first().match), store::matchKindName(MatchKind::Word));
        for (int i = 1; i < english.size(); ++i) {
            QVERIFY2(english.at(i).product.sku.startsWith(QLatin1String("BPK-")), qPrintable(english.at(i).product.sku));
            QCOMPARE(store::matchKindName(english.at(i).match), store::matchKindName(MatchKind::Synonym));
        }
        const auto thai = mustSearch(*conn, thaiBag, 100);
        QCOMPARE(thai.last().product.sku, QStringLiteral("TOTE-1"));
        QCOMPARE(store::matchKindName(thai.last().match), store::matchKindName(MatchKind::Synonym));
        QCOMPARE(store::matchKindName(thai.first().match), store::matchKindName(MatchKind::Prefix));

        inventory::StockQuery q;
        q.search = bag;
        q.limit = 1000;
        auto rows = inventory::listStock(*conn, q);
        QVERIFY(rows.ok());
        QSet<QString> stockSkus;
        for (const auto &r : *rows)
            stockSkus.insert(r.sku);
        QVERIFY(stockSkus.contains(QStringLiteral("TOTE-1")));
        QVERIFY(stockSkus.contains(QStringLiteral("BPK-0000010")));

        auto removed = store::removeSynonym(*conn, thaiBag, bag);   // either order names the pair
        QVERIFY(removed.ok() && *removed);
        QCOMPARE(skusOf(mustSearch(*conn, bag)), QStringList{QStringLiteral("TOTE-1")});
    }

    void synonymPairsAreTwoDifferentSingleWords_data()
    {
        QTest::addColumn<QString>("word");
        QTest::addColumn<QString>("synonym");
        QTest::newRow("itself") << "shirt" << " Shirt";
        QTest::newRow("empty") << "shirt" << " ";
        QTest::newRow("two words") << "rice cooker" << QStringLiteral("หม้อหุงข้าว");
        QTest::newRow("too long") << "tee" << QString(101, QLatin1Char('x'));
    }

    void synonymPairsAreTwoDifferentSingleWords()
    {
        QFETCH(QString, word);
        QFETCH(QString, synonym);
        auto conn = connectOrDie(TestCluster::instance().freshDatabase());
        auto r = store::addSynonym(*conn, word, synonym);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::BadInput);
        QCOMPARE(must(*conn, "SELECT count(*) FROM search_synonym").toInt(0, 0), 0);
    }

    void addingAPairTwiceKeepsOne()
    {
        auto conn = connectOrDie(TestCluster::instance().freshDatabase());
        QCOMPARE(*store::addSynonym(*conn, QStringLiteral("shirt"), QStringLiteral("เสื้อ")), true);
        QCOMPARE(*store::addSynonym(*conn, QStringLiteral("เสื้อ"), QStringLiteral("shirt")), false);
        auto pairs = store::listSynonyms(*conn);
        QVERIFY(pairs.ok());
        QCOMPARE(pairs->size(), 1);
        QCOMPARE(pairs->first().word, QStringLiteral("shirt"));
        QCOMPARE(pairs->first().synonym, QStringLiteral("เสื้อ"));
        QVERIFY(!pairs->first().addedBy.isEmpty());
        QCOMPARE(*store::removeSynonym(*conn, QStringLiteral("shirt"), QStringLiteral("nothing")), false);
    }

    // Renaming a product moves it in the index in the same transaction; a rollback puts it back; a
    // deleted product leaves no postings; a price change does not touch the index.
    void wordIndexFollowsProductEditsInTheSameTransaction()
    {
        auto conn = connectOrDie(TestCluster::instance().freshDatabase());
        must(*conn, "INSERT INTO product (sku, name, name_th) VALUES ('DL-1', 'Desk Lamp', 'โคมไฟ'), "
                    "('DL-2', 'Desk Lamp Large', NULL)");
        QCOMPARE(skusOf(mustSearch(*conn, QStringLiteral("lamp"))),
                 (QStringList{QStringLiteral("DL-1"), QStringLiteral("DL-2")}));   // shorter name first
        must(*conn, "BEGIN");
        must(*conn, "UPDATE product SET name = 'Zebra Light' WHERE sku = 'DL-1'");
        QCOMPARE(skusOf(mustSearch(*conn, QStringLiteral("zebra"))), QStringList{QStringLiteral("DL-1")});
        QCOMPARE(skusOf(mustSearch(*conn, QStringLiteral("lamp"))), QStringList{QStringLiteral("DL-2")});
        must(*conn, "ROLLBACK");
        QVERIFY(mustSearch(*conn, QStringLiteral("zebra")).isEmpty());
        QCOMPARE(mustSearch(*conn, QStringLiteral("lamp")).size(), 2);

        const QString postings = QStringLiteral("SELECT count(*) FROM backroom_data.search_posting sp "
                                                "JOIN product p ON p.id = sp.product_id WHERE p.sku = 'DL-1'");
        const int before = must(*conn, postings.toUtf8().constData()).toInt(0, 0);
        QCOMPARE(before, 3);   // desk, lamp, โคมไฟ; the SKU "dl-1" has a digit: not a word
        must(*conn, "UPDATE product SET price_satang = 100 WHERE sku = 'DL-1'");
        QCOMPARE(must(*conn, "SELECT count(*) FROM backroom_data.search_posting").toInt(0, 0), before + 3);
        must(*conn, "DELETE FROM product WHERE sku = 'DL-1'");
        QCOMPARE(must(*conn, "SELECT count(*) FROM backroom_data.search_posting").toInt(0, 0), 3);
        QCOMPARE(skusOf(mustSearch(*conn, QStringLiteral("lamp"))), QStringList{QStringLiteral("DL-2")});
    }

    void refusesEmptyOrTooLongSearches()
    {
        auto conn = connectOrDie(demoCatalogue());
        for (const QString &text : {QStringLiteral("  "), QString(101, QLatin1Char('a'))}) {
            auto r = store::rankedSearch(*conn, text, 20);
            QVERIFY(!r.ok());
            QCOMPARE(r.error().kind, Error::Kind::BadInput);
        }
        auto r = store::rankedSearch(*conn, QStringLiteral("shirt"), 0);
        QVERIFY(!r.ok());
        QCOMPARE(r.error().kind, Error::Kind::BadInput);
    }

    void commandLineSearchesAndEditsSynonyms()
    {
        const QString info = TestCluster::instance().freshDatabase();
        auto conn = connectOrDie(info);
        must(*conn, "INSERT INTO product (sku, name, name_th) VALUES ('TEE-1', 'Cotton T-Shirt', 'เสื้อยืดผ้าฝ้าย')");

        const Run found = runBackroom({QStringLiteral("search"), QStringLiteral("tshrit"), QStringLiteral("--json")}, info);
        QCOMPARE(found.exitCode, 0);
        const QJsonArray items = QJsonDocument::fromJson(found.out.toUtf8()).object().value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), 1);
        QCOMPARE(items.at(0).toObject().value(QStringLiteral("sku")).toString(), QStringLiteral("TEE-1"));
        QCOMPARE(items.at(0).toObject().value(QStringLiteral("match")).toString(), QStringLiteral("near_miss"));

        QCOMPARE(runBackroom({QStringLiteral("search"), QStringLiteral("synonyms"), QStringLiteral("add"),
                              QStringLiteral("tops"), QStringLiteral("t-shirt")}, info).exitCode, 0);
        const Run listed = runBackroom({QStringLiteral("search"), QStringLiteral("synonyms"), QStringLiteral("list")}, info);
        QCOMPARE(listed.exitCode, 0);
        QVERIFY2(listed.out.contains(QLatin1String("t-shirt  <->  tops")), qPrintable(listed.out));
        const Run bySynonym = runBackroom({QStringLiteral("search"), QStringLiteral("tops")}, info);
        QVERIFY2(bySynonym.out.contains(QLatin1String("TEE-1")) && bySynonym.out.contains(QLatin1String("synonym")),
                 qPrintable(bySynonym.out));
        QCOMPARE(runBackroom({QStringLiteral("search"), QStringLiteral("synonyms"), QStringLiteral("add"),
                              QStringLiteral("tops"), QStringLiteral("tops")}, info).exitCode, 2);
        QCOMPARE(runBackroom({QStringLiteral("search"), QStringLiteral("synonyms"), QStringLiteral("remove"),
                              QStringLiteral("t-shirt"), QStringLiteral("tops")}, info).exitCode, 0);
        QCOMPARE(must(*conn, "SELECT count(*) FROM search_synonym").toInt(0, 0), 0);
    }
};

QTEST_GUILESS_MAIN(TestSearch)
#include "tst_search.moc"
