#include "productimage.h"
#include "coretext.h"

#include <QCryptographicHash>
#include <QHash>
#include <QRegularExpression>

namespace backroom::store {

namespace {

constexpr const char *kProductNameBySku = "SELECT name FROM product WHERE sku = $1";
constexpr int kMaxSkuLength = 64;

struct Colour {
    const char *fill;
    const char *stroke;
};

// The colour words the demo catalogue (and most shops) put in product names.
const QHash<QString, Colour> &colourWords()
{
    static const QHash<QString, Colour> words = {
        {QStringLiteral("red"), {"#d64545", "#8f2424"}},     {QStringLiteral("blue"), {"#2f6fd6", "#1b438a"}},
        {QStringLiteral("black"), {"#2b2b2b", "#000000"}},   {QStringLiteral("white"), {"#fbfbf8", "#9a9a92"}},
        {QStringLiteral("green"), {"#2e9d5b", "#1b6139"}},   {QStringLiteral("pink"), {"#e86fa6", "#a83e6f"}},
        {QStringLiteral("grey"), {"#8a8f98", "#555a62"}},    {QStringLiteral("gray"), {"#8a8f98", "#555a62"}},
        {QStringLiteral("navy"), {"#22345e", "#0f1a33"}},    {QStringLiteral("gold"), {"#c9a227", "#7f6510"}},
        {QStringLiteral("silver"), {"#b8bec6", "#6f7680"}},  {QStringLiteral("orange"), {"#ee8a2b", "#9a5213"}},
        {QStringLiteral("yellow"), {"#f2cf3a", "#977d11"}},  {QStringLiteral("purple"), {"#8756c9", "#51307f"}},
        {QStringLiteral("brown"), {"#8b5a34", "#54341b"}},
    };
    return words;
}

// A name without a colour word still gets a colour of its own, the same every time.
Colour colourOf(const QString &sku, const QString &name)
{
    static const QRegularExpression words(QStringLiteral("[^A-Za-z]+"));
    for (const QString &word : name.toLower().split(words, Qt::SkipEmptyParts))
        if (const auto it = colourWords().constFind(word); it != colourWords().constEnd())
            return *it;
    static const Colour palette[] = {{"#2f6fd6", "#1b438a"}, {"#2e9d5b", "#1b6139"}, {"#d64545", "#8f2424"},
                                     {"#ee8a2b", "#9a5213"}, {"#8756c9", "#51307f"}, {"#1f9aa8", "#116670"}};
    const QByteArray hash = QCryptographicHash::hash(sku.toUtf8(), QCryptographicHash::Sha256);
    return palette[quint8(hash.at(0)) % std::size(palette)];
}

// SVG shapes in a 200 x 200 box, one per kind of product; %1 = fill, %2 = stroke.
const char *shapeFor(const QString &family)
{
    static const char *shirt =
        R"(<path d="M70 40 L45 52 L20 85 L45 100 L55 88 L55 165 L145 165 L145 88 L155 100 L180 85 L155 52 L130 40 Q100 62 70 40 Z" fill="%1" stroke="%2" stroke-width="4" stroke-linejoin="round"/>)";
    static const char *hoodie =
        R"(<path d="M70 45 L40 58 L18 110 L42 120 L55 95 L55 168 L145 168 L145 95 L158 120 L182 110 L160 58 L130 45 Q100 20 70 45 Z" fill="%1" stroke="%2" stroke-width="4" stroke-linejoin="round"/><path d="M78 48 Q100 85 122 48" fill="none" stroke="%2" stroke-width="4"/>)";
    static const char *jeans =
        R"(<path d="M62 30 L138 30 L150 170 L110 170 L100 80 L90 170 L50 170 Z" fill="%1" stroke="%2" stroke-width="4" stroke-linejoin="round"/>)";
    static const char *shoe =
        R"(<path d="M25 135 L30 85 L70 90 Q90 110 120 112 L165 120 Q182 126 178 148 L25 148 Z" fill="%1" stroke="%2" stroke-width="4" stroke-linejoin="round"/><path d="M25 140 L178 140" stroke="%2" stroke-width="6"/>)";
    static const char *bottle =
        R"(<path d="M88 25 L112 25 L112 50 Q135 62 135 90 L135 165 Q135 175 125 175 L75 175 Q65 175 65 165 L65 90 Q65 62 88 50 Z" fill="%1" stroke="%2" stroke-width="4" stroke-linejoin="round"/><rect x="72" y="105" width="56" height="40" rx="4" fill="#ffffff" opacity=".55"/>)";
    static const char *bag =
        R"(<path d="M75 60 Q75 30 100 30 Q125 30 125 60" fill="none" stroke="%2" stroke-width="8"/><rect x="50" y="55" width="100" height="120" rx="22" fill="%1" stroke="%2" stroke-width="4"/><rect x="68" y="115" width="64" height="40" rx="8" fill="none" stroke="%2" stroke-width="4"/>)";
    static const char *sack =
        R"(<path d="M70 40 L130 40 L140 60 Q160 110 150 170 L50 170 Q40 110 60 60 Z" fill="%1" stroke="%2" stroke-width="4" stroke-linejoin="round"/><path d="M66 58 L134 58" stroke="%2" stroke-width="5"/>)";
    static const char *phone =
        R"(<rect x="60" y="25" width="80" height="150" rx="16" fill="%1" stroke="%2" stroke-width="4"/><circle cx="82" cy="50" r="9" fill="%2"/>)";
    static const char *cooker =
        R"(<rect x="40" y="70" width="120" height="95" rx="26" fill="%1" stroke="%2" stroke-width="4"/><path d="M45 75 Q100 35 155 75" fill="%1" stroke="%2" stroke-width="4"/><rect x="85" y="115" width="30" height="16" rx="4" fill="#ffffff" opacity=".7"/>)";
    static const char *box =
        R"(<rect x="40" y="50" width="120" height="110" rx="12" fill="%1" stroke="%2" stroke-width="4"/><path d="M40 85 L160 85" stroke="%2" stroke-width="4"/>)";
    static const QHash<QString, const char *> shapes = {
        {QStringLiteral("TSH"), shirt}, {QStringLiteral("HOD"), hoodie}, {QStringLiteral("JNS"), jeans},
        {QStringLiteral("SNK"), shoe},  {QStringLiteral("RCK"), cooker}, {QStringLiteral("FSS"), bottle},
        {QStringLiteral("JRC"), sack},  {QStringLiteral("COL"), bottle}, {QStringLiteral("PHC"), phone},
        {QStringLiteral("BPK"), bag},   {QStringLiteral("WBT"), bottle}, {QStringLiteral("SUN"), bottle},
        {QStringLiteral("COF"), sack},  {QStringLiteral("GRT"), sack},
    };
    return shapes.value(family, box);
}

} // namespace

std::optional<QString> skuOfImageFile(const QString &fileName)
{
    static const QRegularExpression imageName(QStringLiteral(R"(^([A-Za-z0-9][A-Za-z0-9._-]*)\.svg$)"));
    const auto match = imageName.match(fileName);
    if (!match.hasMatch() || match.captured(1).size() > kMaxSkuLength)
        return std::nullopt;
    return match.captured(1);
}

QByteArray productImageSvg(const QString &sku, const QString &name)
{
    const Colour colour = colourOf(sku, name);
    const QString family = sku.section(QLatin1Char('-'), 0, 0).toUpper();
    const QString shape = QString::fromLatin1(shapeFor(family)).arg(QLatin1String(colour.fill), QLatin1String(colour.stroke));
    const QString svg =
        QStringLiteral("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 200 200\" width=\"400\" height=\"400\" "
                       "role=\"img\" aria-label=\"%1\"><title>%1</title>"
                       "<rect width=\"200\" height=\"200\" fill=\"#f3efe7\"/>"
                       "<ellipse cx=\"100\" cy=\"182\" rx=\"70\" ry=\"8\" fill=\"#000\" opacity=\".08\"/>%2</svg>\n")
            .arg(name.toHtmlEscaped(), shape);
    return svg.toUtf8();
}

FileReply productImageReply(db::Connection &conn, const QString &fileName, const QByteArray &ifNoneMatch,
                            FileMethod method)
{
    if (method == FileMethod::Other)
        return fileErrorReply(405, QStringLiteral("method_not_allowed"), StoreText::tr("This path answers GET and HEAD only."));
    const auto sku = skuOfImageFile(fileName);
    if (!sku)
        return fileErrorReply(404, QStringLiteral("unknown_file"),
                              StoreText::tr("Product images are called <sku>.svg, e.g. /images/TSH-0000020.svg."));
    auto r = conn.execPrepared("storefront_image_name", kProductNameBySku, {*sku});
    if (!r) {
        if (r.error().kind == Error::Kind::Connection) {
            FileReply unavailable = fileErrorReply(503, QStringLiteral("database_unavailable"),
                                                   StoreText::tr("The shop database cannot be reached right now; try again shortly."));
            unavailable.headers.emplaceBack("Retry-After", "5");
            return unavailable;
        }
        return fileErrorReply(500, QStringLiteral("internal"), r.error().message);
    }
    if (r->rows() == 0)
        return fileErrorReply(404, QStringLiteral("unknown_sku"), StoreText::tr("Unknown SKU '%1'.").arg(*sku));
    return cacheableReply(productImageSvg(*sku, r->text(0, 0)), "image/svg+xml", kProductImageCacheControl,
                          ifNoneMatch, method);
}

} // namespace backroom::store
