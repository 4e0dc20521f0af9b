// The Debian package as a user gets it: CPack builds the .deb from this build (into the build folder),
// dpkg installs it into an empty root with an admin dir of its own, and the installed `backroom` runs
// from PATH against the system's libraries, which is what the package's Depends promises. apt checks
// that those Depends resolve on this machine. Linux with dpkg only; Windows and macOS packages are
// built by hand (docs/install.md). No database.
#include <QDir>
#include <QFile>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

struct Run {
    int exitCode = -1;
    QString out;
    QString err;
    QString all() const { return out + err; }
};

Run run(const QString &program, const QStringList &args, const QProcessEnvironment &env = {}, int timeoutMs = 120000)
{
    QProcess process;
    if (!env.isEmpty())
        process.setProcessEnvironment(env);
    process.start(program, args);
    Run result;
    if (!process.waitForStarted(10000)) {
        result.err = process.errorString();
        return result;
    }
    if (!process.waitForFinished(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.err = QStringLiteral("%1 did not finish in %2 ms").arg(program).arg(timeoutMs);
        return result;
    }
    result.out = QString::fromLocal8Bit(process.readAllStandardOutput());
    result.err = QString::fromLocal8Bit(process.readAllStandardError());
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    return result;
}

// Key=value lines of a .desktop file's main group.
QMap<QString, QString> desktopEntry(const QString &path)
{
    QMap<QString, QString> entry;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return entry;
    bool inMainGroup = false;
    for (const QByteArray &raw : file.readAll().split('\n')) {
        const QString line = QString::fromUtf8(raw).trimmed();
        if (line.startsWith(QLatin1Char('[')))
            inMainGroup = line == QLatin1String("[Desktop Entry]");
        else if (inMainGroup && line.contains(QLatin1Char('=')))
            entry.insert(line.section(QLatin1Char('='), 0, 0), line.section(QLatin1Char('='), 1));
    }
    return entry;
}

} // namespace

class TestInstall : public QObject {
    Q_OBJECT

    const QString m_packageDir = QStringLiteral(BACKROOM_BUILD_DIR "/tst_install");
    QString m_deb;
    QTemporaryDir m_root;   // the clean root the package is installed into

    QString rooted(const QString &path) const { return m_root.path() + path; }

    // Only the root's own usr/bin on PATH, and no library path: the system provides the libraries.
    QProcessEnvironment rootEnvironment() const
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("PATH"), rooted(QStringLiteral("/usr/bin")));
        env.insert(QStringLiteral("HOME"), m_root.path());
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        return env;
    }

private slots:
    void initTestCase()
    {
#ifndef Q_OS_LINUX
        QSKIP("The .deb is built and installed on Debian-like Linux only.");
#endif
        for (const char *tool : {"dpkg", "dpkg-deb", "dpkg-shlibdeps", "apt-get", "desktop-file-validate"})
            QVERIFY2(!QStandardPaths::findExecutable(QLatin1String(tool)).isEmpty(),
                     qPrintable(QStringLiteral("%1 is missing: run scripts/bootstrap (dpkg-dev, apt, "
                                               "desktop-file-utils)").arg(QLatin1String(tool))));
        QVERIFY(m_root.isValid());

        // Package this build, in the build folder.
        QVERIFY(QDir(m_packageDir).removeRecursively());
        const Run cpack = run(QStringLiteral(BACKROOM_CPACK),
                              {QStringLiteral("--config"), QStringLiteral(BACKROOM_BUILD_DIR "/CPackConfig.cmake"),
                               QStringLiteral("-G"), QStringLiteral("DEB"), QStringLiteral("-B"), m_packageDir},
                              {}, 240000);
        QVERIFY2(cpack.exitCode == 0, qPrintable(cpack.all()));
        const QStringList debs = QDir(m_packageDir).entryList({QStringLiteral("*.deb")}, QDir::Files);
        QCOMPARE(debs.size(), 1);
        m_deb = QDir(m_packageDir).filePath(debs.first());
        const QString arch = run(QStringLiteral("dpkg"), {QStringLiteral("--print-architecture")}).out.trimmed();
        QCOMPARE(debs.first(), QStringLiteral("backroom_" BACKROOM_VERSION_STRING "-1_%1.deb").arg(arch));

        // Install it into the empty root with its own dpkg database. The libraries it depends on are
        // not in that root (--force-depends): they come from this system, as Depends says they will.
        const QString admin = rooted(QStringLiteral("/var/lib/dpkg"));
        QVERIFY(QDir().mkpath(admin + QStringLiteral("/updates")));
        QVERIFY(QDir().mkpath(admin + QStringLiteral("/info")));
        QFile status(admin + QStringLiteral("/status"));
        QVERIFY(status.open(QIODevice::WriteOnly));
        status.close();
        const Run dpkg = run(QStringLiteral("dpkg"),
                             {QStringLiteral("--root=") + m_root.path(), QStringLiteral("--force-depends"),
                              QStringLiteral("--force-not-root"), QStringLiteral("--log=/dev/null"),
                              QStringLiteral("--install"), m_deb});
        QVERIFY2(dpkg.exitCode == 0, qPrintable(dpkg.all()));
    }

    void packageIsInstalledInTheCleanRoot()
    {
        const Run status = run(QStringLiteral("dpkg"), {QStringLiteral("--root=") + m_root.path(),
                                                        QStringLiteral("--status"), QStringLiteral("backroom")});
        QVERIFY2(status.out.contains(QLatin1String("Status: install ok installed")), qPrintable(status.all()));
        QVERIFY2(status.out.contains(QLatin1String("Version: " BACKROOM_VERSION_STRING "-1")), qPrintable(status.out));
        // Everything the package put there is under /usr (nothing in /etc, /opt or the home).
        QCOMPARE(QDir(m_root.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot),
                 QStringList({QStringLiteral("usr"), QStringLiteral("var")}));
    }

    void versionRunsFromPath()
    {
        const Run which = run(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QStringLiteral("command -v backroom")},
                              rootEnvironment());
        QCOMPARE(which.out.trimmed(), rooted(QStringLiteral("/usr/bin/backroom")));
        const Run version = run(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QStringLiteral("backroom --version")},
                                rootEnvironment());
        QVERIFY2(version.exitCode == 0, qPrintable(version.all()));
        QCOMPARE(version.out.trimmed(), QStringLiteral("backroom " BACKROOM_VERSION_STRING));
    }

    // A macOS bundle opened from the Finder has no arguments; its Info.plist names the command instead.
    void defaultCommandComesFromTheEnvironment()
    {
        auto env = rootEnvironment();
        env.insert(QStringLiteral("BACKROOM_DEFAULT_COMMAND"), QStringLiteral("--version"));
        const Run version = run(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), QStringLiteral("backroom")}, env);
        QVERIFY2(version.exitCode == 0, qPrintable(version.all()));
        QCOMPARE(version.out.trimmed(), QStringLiteral("backroom " BACKROOM_VERSION_STRING));
    }

    void desktopEntryIsInstalledAndValid()
    {
        const QString path = rooted(QStringLiteral("/usr/share/applications/backroom.desktop"));
        QVERIFY2(QFile::exists(path), qPrintable(path));
        const Run validate = run(QStringLiteral("desktop-file-validate"), {path});
        QVERIFY2(validate.exitCode == 0 && validate.all().trimmed().isEmpty(), qPrintable(validate.all()));
        const auto entry = desktopEntry(path);
        QCOMPARE(entry.value(QStringLiteral("Exec")), QStringLiteral("backroom gui"));
        QCOMPARE(entry.value(QStringLiteral("Icon")), QStringLiteral("backroom"));
        QVERIFY(entry.value(QStringLiteral("Categories")).split(QLatin1Char(';')).contains(QLatin1String("Finance")));
        // The program it starts is the one the package installed.
        QVERIFY(QFileInfo(rooted(QStringLiteral("/usr/bin/")) + entry.value(QStringLiteral("TryExec"))).isExecutable());
    }

    void iconIsInstalledForEverySize_data()
    {
        QTest::addColumn<QString>("path");
        QTest::newRow("scalable") << QStringLiteral("/usr/share/icons/hicolor/scalable/apps/backroom.svg");
        for (int size : {16, 24, 32, 48, 64, 128, 256, 512}) {
            const QString dir = QStringLiteral("%1x%1").arg(size);
            QTest::newRow(qPrintable(dir)) << QStringLiteral("/usr/share/icons/hicolor/%1/apps/backroom.png").arg(dir);
        }
    }

    void iconIsInstalledForEverySize()
    {
        QFETCH(QString, path);
        QFile icon(rooted(path));
        QVERIFY2(icon.open(QIODevice::ReadOnly), qPrintable(rooted(path)));
        const QByteArray head = icon.read(64);
        QVERIFY(path.endsWith(QLatin1String(".svg")) ? head.contains("<?xml") : head.startsWith("\x89PNG"));
        const QRegularExpression size(QStringLiteral("/(\\d+)x\\1/"));
        if (const auto match = size.match(path); match.hasMatch()) {
            QImage image;
            QVERIFY(image.load(rooted(path)));
            QCOMPARE(image.width(), match.captured(1).toInt());
        }
    }

    // The translations are compiled into the binary (qt_add_translations in ui/CMakeLists.txt), so the
    // package has no .qm file to lose: their names are in the installed binary's resource table.
    void translationsAreInsideTheInstalledBinary()
    {
        QFile binary(rooted(QStringLiteral("/usr/bin/backroom")));
        QVERIFY(binary.open(QIODevice::ReadOnly));
        const QByteArray data = binary.readAll();
        for (const QString &qm : QDir(QStringLiteral(BACKROOM_SOURCE_DIR "/translations"))
                                     .entryList({QStringLiteral("backroom_*.ts")}, QDir::Files)) {
            const QString name = QString(qm).replace(QLatin1String(".ts"), QLatin1String(".qm"));
            QByteArray utf16(reinterpret_cast<const char *>(name.utf16()), name.size() * 2);
            for (int i = 0; i + 1 < utf16.size(); i += 2)   // rcc stores names as UTF-16 big-endian
                std::swap(utf16[i], utf16[i + 1]);
            QVERIFY2(data.contains(utf16), qPrintable(name));
        }
    }

    void dependsNamesQtAndLibpq_data()
    {
        QTest::addColumn<QString>("package");
        for (const char *package : {"libqt6core6", "libqt6gui6", "libqt6widgets6", "libqt6network6",
                                    "libqt6httpserver6", "libpq5", "libstdc++6"})
            QTest::newRow(package) << QString::fromLatin1(package);
    }

    void dependsNamesQtAndLibpq()
    {
        QFETCH(QString, package);
        const Run depends = run(QStringLiteral("dpkg-deb"), {QStringLiteral("--field"), m_deb, QStringLiteral("Depends")});
        QVERIFY2(depends.exitCode == 0, qPrintable(depends.all()));
        const QRegularExpression named(QStringLiteral("(^|, )%1( \\(>= [^)]+\\))?(,|$)")
                                           .arg(QRegularExpression::escape(package)));
        QVERIFY2(named.match(depends.out.trimmed()).hasMatch(), qPrintable(depends.out));
    }

    void recommendsThePostgresqlServerForTheDemo()
    {
        const Run fields = run(QStringLiteral("dpkg-deb"), {QStringLiteral("--field"), m_deb,
                                                            QStringLiteral("Recommends"), QStringLiteral("Section"),
                                                            QStringLiteral("Maintainer")});
        QVERIFY2(fields.out.contains(QLatin1String("postgresql, postgresql-contrib")), qPrintable(fields.out));
        QVERIFY2(fields.out.contains(QLatin1String("Section: misc")), qPrintable(fields.out));
        QVERIFY2(QRegularExpression(QStringLiteral("Maintainer: .+ <.+@.+>")).match(fields.out).hasMatch(),
                 qPrintable(fields.out));
    }

    // apt would install it here: every Depends names a package that exists in a version that satisfies it.
    void aptResolvesTheDependencies()
    {
        const Run apt = run(QStringLiteral("apt-get"),
                            {QStringLiteral("install"), QStringLiteral("--simulate"), QStringLiteral("--quiet"), m_deb});
        QVERIFY2(apt.exitCode == 0, qPrintable(apt.all()));
        QVERIFY2(apt.out.contains(QLatin1String("Inst backroom ")), qPrintable(apt.out));
    }

    // The installed binary looks for its libraries where the system keeps them, never in this build.
    void installedBinaryHasNoRunPath()
    {
        const QString readelf = QStandardPaths::findExecutable(QStringLiteral("readelf"));
        QVERIFY2(!readelf.isEmpty(), "readelf (binutils) is missing");
        const Run dynamic = run(readelf, {QStringLiteral("--dynamic"), rooted(QStringLiteral("/usr/bin/backroom"))});
        QVERIFY2(dynamic.exitCode == 0, qPrintable(dynamic.all()));
        QVERIFY2(!dynamic.out.contains(QLatin1String("RUNPATH")) && !dynamic.out.contains(QLatin1String("RPATH")),
                 qPrintable(dynamic.out));
    }
};

QTEST_GUILESS_MAIN(TestInstall)
#include "tst_install.moc"
