// render_icons: a build-time tool that turns resources/icons/backroom.svg into the raster icons each
// desktop wants: hicolor PNGs (Linux), a multi-size .ico (Windows installer and executable) and an
// .icns (macOS bundle). Both containers hold PNG images, which every supported OS version reads.
// Usage: render_icons <icon.svg> <output dir>. Runs once per build, single-threaded, no display needed.

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QPainter>
#include <QSvgRenderer>
#include <QtEndian>

#include <cstdio>
#include <map>

namespace {

QByteArray renderPng(QSvgRenderer &svg, int size)
{
    QImage image(size, size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::transparent);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    svg.render(&painter, QRectF(0, 0, size, size));
    painter.end();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return png;
}

void appendBigEndian32(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToBigEndian(value, bytes);
    out.append(bytes, 4);
}

void appendLittleEndian16(QByteArray &out, quint16 value)
{
    char bytes[2];
    qToLittleEndian(value, bytes);
    out.append(bytes, 2);
}

void appendLittleEndian32(QByteArray &out, quint32 value)
{
    char bytes[4];
    qToLittleEndian(value, bytes);
    out.append(bytes, 4);
}

// ICO: a 6-byte header, one 16-byte directory entry per image, then the images (PNG since Vista).
QByteArray makeIco(const std::map<int, QByteArray> &pngs, const QList<int> &sizes)
{
    QByteArray header;
    appendLittleEndian16(header, 0);   // reserved
    appendLittleEndian16(header, 1);   // type: icon
    appendLittleEndian16(header, quint16(sizes.size()));
    quint32 offset = quint32(6 + 16 * sizes.size());
    QByteArray images;
    for (int size : sizes) {
        const QByteArray &png = pngs.at(size);
        header.append(char(size >= 256 ? 0 : size));   // width, 0 means 256
        header.append(char(size >= 256 ? 0 : size));   // height
        header.append(char(0));                         // no palette
        header.append(char(0));                         // reserved
        appendLittleEndian16(header, 1);                // colour planes
        appendLittleEndian16(header, 32);               // bits per pixel
        appendLittleEndian32(header, quint32(png.size()));
        appendLittleEndian32(header, offset);
        offset += quint32(png.size());
        images += png;
    }
    return header + images;
}

// ICNS: "icns" + total length, then chunks of type + length (header included) + PNG data.
QByteArray makeIcns(const std::map<int, QByteArray> &pngs)
{
    const std::pair<const char *, int> chunks[] = {
        {"icp4", 16}, {"icp5", 32}, {"icp6", 64}, {"ic07", 128}, {"ic08", 256}, {"ic09", 512},
        {"ic10", 1024}, {"ic11", 32}, {"ic12", 64}, {"ic13", 256}, {"ic14", 512}};
    QByteArray body;
    for (const auto &[type, size] : chunks) {
        const QByteArray &png = pngs.at(size);
        body.append(type, 4);
        appendBigEndian32(body, quint32(png.size() + 8));
        body += png;
    }
    QByteArray file("icns", 4);
    appendBigEndian32(file, quint32(body.size() + 8));
    return file + body;
}

bool writeFile(const QString &path, const QByteArray &data)
{
    QDir().mkpath(QFileInfo(path).path());
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(data) != data.size()) {
        std::fprintf(stderr, "render_icons: cannot write %s\n", qPrintable(path));
        return false;
    }
    return true;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 3) {
        std::fprintf(stderr, "usage: render_icons <icon.svg> <output dir>\n");
        return 2;
    }
    QSvgRenderer svg(args.at(1));
    if (!svg.isValid()) {
        std::fprintf(stderr, "render_icons: %s is not a valid SVG\n", qPrintable(args.at(1)));
        return 1;
    }
    const QDir out(args.at(2));
    const QList<int> hicolorSizes{16, 24, 32, 48, 64, 128, 256, 512};
    std::map<int, QByteArray> pngs;
    for (int size : hicolorSizes + QList<int>{1024})
        pngs[size] = renderPng(svg, size);

    bool ok = true;
    for (int size : hicolorSizes)
        ok &= writeFile(out.filePath(QStringLiteral("hicolor/%1x%1/apps/backroom.png").arg(size)), pngs[size]);
    ok &= writeFile(out.filePath(QStringLiteral("backroom.ico")), makeIco(pngs, {16, 24, 32, 48, 64, 256}));
    ok &= writeFile(out.filePath(QStringLiteral("backroom.icns")), makeIcns(pngs));
    return ok ? 0 : 1;
}
