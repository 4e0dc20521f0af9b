#pragma once
// A real headless Chromium driven over the Chrome DevTools Protocol, for the storefront's browser tests.
// Starts `chromium --headless=new --remote-debugging-port=0` with a throwaway profile, reads the port from
// the profile's DevToolsActivePort file, and talks to one page over a QWebSocket (flat sessions).
// call() and waitForEvent() spin a local event loop until the answer arrives or the timeout passes, so
// they are for test code on the main thread only. Everything it writes goes to a QTemporaryDir.

#include <QDeadlineTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTimer>
#include <QWebSocket>
#include <QtTest>
#include <deque>
#include <memory>

namespace backroom::test {

class CdpBrowser {
public:
    // The Chromium to drive: $BACKROOM_CHROMIUM, else chromium / chromium-browser / google-chrome on PATH.
    static QString executable()
    {
        const QString fromEnv = qEnvironmentVariable("BACKROOM_CHROMIUM");
        if (!fromEnv.isEmpty())
            return fromEnv;
        for (const char *name : {"chromium", "chromium-browser", "google-chrome"})
            if (const QString path = QStandardPaths::findExecutable(QLatin1String(name)); !path.isEmpty())
                return path;
        return {};
    }

    ~CdpBrowser() { stop(); }

    // Starts the browser and opens one page; false with *error set when it cannot.
    bool start(QString *error)
    {
        if (!m_profile.isValid())
            return fail(error, QStringLiteral("no temporary directory for the browser profile"));
        m_process.setProgram(executable());
        m_process.setArguments({QStringLiteral("--headless=new"), QStringLiteral("--no-sandbox"),   // we run as root here
                                QStringLiteral("--disable-gpu"), QStringLiteral("--disable-dev-shm-usage"),
                                QStringLiteral("--remote-debugging-port=0"), QStringLiteral("--remote-allow-origins=*"),
                                QStringLiteral("--user-data-dir=") + m_profile.path(), QStringLiteral("--no-first-run"),
                                QStringLiteral("--no-default-browser-check"), QStringLiteral("--disable-extensions"),
                                QStringLiteral("--disable-background-networking"), QStringLiteral("--disable-component-update"),
                                QStringLiteral("--disable-sync"), QStringLiteral("--mute-audio"), QStringLiteral("--hide-scrollbars"),
                                QStringLiteral("--lang=en-US"), QStringLiteral("about:blank")});
        m_process.setProcessChannelMode(QProcess::MergedChannels);
        m_process.start();
        if (!m_process.waitForStarted(10000))
            return fail(error, QStringLiteral("chromium did not start: ") + m_process.errorString());
        const QString portFile = m_profile.filePath(QStringLiteral("DevToolsActivePort"));
        QDeadlineTimer deadline(30000);
        QList<QByteArray> lines;
        while (lines.size() < 2 && !deadline.hasExpired() && m_process.state() == QProcess::Running) {
            QFile file(portFile);
            if (file.open(QIODevice::ReadOnly))
                lines = file.readAll().trimmed().split('\n');
            if (lines.size() < 2)
                m_process.waitForReadyRead(50);   // wakes on browser output or after 50 ms
        }
        if (lines.size() < 2)
            return fail(error, QStringLiteral("chromium wrote no DevToolsActivePort: ") + QString::fromLocal8Bit(m_process.readAll()));
        const QUrl url(QStringLiteral("ws://127.0.0.1:%1%2").arg(QString::fromLatin1(lines[0]), QString::fromLatin1(lines[1])));
        QObject::connect(&m_socket, &QWebSocket::textMessageReceived, [this](const QString &text) { onMessage(text); });
        QEventLoop loop;
        QObject::connect(&m_socket, &QWebSocket::connected, &loop, &QEventLoop::quit);
        QObject::connect(&m_socket, &QWebSocket::disconnected, &loop, &QEventLoop::quit);
        QTimer::singleShot(10000, &loop, &QEventLoop::quit);
        m_socket.open(url);
        loop.exec();
        if (m_socket.state() != QAbstractSocket::ConnectedState)
            return fail(error, QStringLiteral("cannot connect to the DevTools socket ") + url.toString());
        const QJsonObject target = call(QStringLiteral("Target.createTarget"), {{QStringLiteral("url"), QStringLiteral("about:blank")}}, {});
        const QJsonObject attached = call(QStringLiteral("Target.attachToTarget"),
                                          {{QStringLiteral("targetId"), target.value(QStringLiteral("targetId"))},
                                           {QStringLiteral("flatten"), true}}, {});
        m_session = attached.value(QStringLiteral("sessionId")).toString();
        if (m_session.isEmpty())
            return fail(error, QStringLiteral("cannot attach to a page: ") + m_lastError);
        for (const char *domain : {"Page.enable", "Runtime.enable", "Network.enable"})
            page(QLatin1String(domain));
        return true;
    }

    void stop()
    {
        if (m_socket.state() == QAbstractSocket::ConnectedState) {
            send(QStringLiteral("Browser.close"), {}, {});
            m_socket.close();
        }
        if (m_process.state() != QProcess::NotRunning && !m_process.waitForFinished(5000)) {
            m_process.kill();
            m_process.waitForFinished(5000);
        }
    }

    // A command to the page; its result, or an empty object with lastError() set.
    QJsonObject page(const QString &method, const QJsonObject &params = {}, int timeoutMs = 30000)
    {
        return call(method, params, m_session, timeoutMs);
    }

    // Evaluates a JavaScript expression in the page (awaiting it when it is a promise) and returns its
    // value; an invalid QJsonValue with lastError() set when it throws or times out.
    QJsonValue evaluate(const QString &expression, int timeoutMs = 30000)
    {
        const QJsonObject r = page(QStringLiteral("Runtime.evaluate"),
                                   {{QStringLiteral("expression"), expression}, {QStringLiteral("awaitPromise"), true},
                                    {QStringLiteral("returnByValue"), true}, {QStringLiteral("userGesture"), true}},
                                   timeoutMs);
        if (r.contains(QStringLiteral("exceptionDetails"))) {
            const QJsonObject details = r.value(QStringLiteral("exceptionDetails")).toObject();
            m_lastError = details.value(QStringLiteral("exception")).toObject().value(QStringLiteral("description")).toString();
            if (m_lastError.isEmpty())
                m_lastError = details.value(QStringLiteral("text")).toString();
            return QJsonValue(QJsonValue::Undefined);
        }
        if (r.isEmpty())
            return QJsonValue(QJsonValue::Undefined);
        return r.value(QStringLiteral("result")).toObject().value(QStringLiteral("value"));
    }

    // Waits in the page until `condition` (a JavaScript expression) is truthy and returns its value;
    // undefined with lastError() set after timeoutMs. The polling runs inside the browser.
    QJsonValue waitFor(const QString &condition, int timeoutMs = 15000)
    {
        const QString script = QStringLiteral(
            "new Promise((resolve, reject) => { const t0 = performance.now(); (function poll() {"
            " let v; try { v = (%1); } catch (e) { v = undefined; }"
            " if (v) return resolve(v);"
            " if (performance.now() - t0 > %2) return reject(new Error('timed out waiting for: ' + %3));"
            " setTimeout(poll, 20); })(); })")
                                   .arg(condition)
                                   .arg(timeoutMs)
                                   .arg(QString::fromUtf8(QJsonDocument(QJsonArray{condition}).toJson(QJsonDocument::Compact)) + QStringLiteral("[0]"));
        return evaluate(script, timeoutMs + 5000);
    }

    // Loads url afresh and waits for its load event. It goes through about:blank first, so that a URL
    // differing from the current one only in its #fragment is a new document too, not a fragment change.
    bool navigate(const QString &url)
    {
        if (url != QLatin1String("about:blank") && !load(QStringLiteral("about:blank")))
            return false;
        return load(url);
    }

    // Reloads the current page and waits for its load event (localStorage stays, as for a shopper).
    bool reload()
    {
        m_events.clear();
        if (page(QStringLiteral("Page.reload")).isEmpty() && !m_lastError.isEmpty())
            return false;
        return !waitForEvent(QStringLiteral("Page.loadEventFired"), 30000).isEmpty();
    }

    // The next event `method` of the page (its params), or an empty object after timeoutMs. Events that
    // arrived before the call count too; other events are kept for later calls.
    QJsonObject waitForEvent(const QString &method, int timeoutMs = 15000)
    {
        QDeadlineTimer deadline(timeoutMs);
        for (;;) {
            for (auto it = m_events.begin(); it != m_events.end(); ++it) {
                if (it->value(QStringLiteral("method")).toString() == method) {
                    const QJsonObject params = it->value(QStringLiteral("params")).toObject();
                    m_events.erase(it);
                    return params;
                }
            }
            if (deadline.hasExpired() || m_socket.state() != QAbstractSocket::ConnectedState)
                return {};
            spinUntil(deadline, [this, n = m_events.size()] { return m_events.size() != n; });
        }
    }
    // All events `method` received so far (their params), taken out of the queue.
    QList<QJsonObject> takeEvents(const QString &method)
    {
        QList<QJsonObject> taken;
        for (auto it = m_events.begin(); it != m_events.end();) {
            if (it->value(QStringLiteral("method")).toString() == method) {
                taken << it->value(QStringLiteral("params")).toObject();
                it = m_events.erase(it);
            } else {
                ++it;
            }
        }
        return taken;
    }
    void clearEvents() { m_events.clear(); }

    // Page.captureScreenshot into a PNG file, after the page has painted what it holds.
    bool screenshot(const QString &path)
    {
        evaluate(QStringLiteral("new Promise(r => requestAnimationFrame(() => requestAnimationFrame(() => r(true))))"));
        const QJsonObject r = page(QStringLiteral("Page.captureScreenshot"), {{QStringLiteral("format"), QStringLiteral("png")}});
        QFile file(path);
        return !r.isEmpty() && file.open(QIODevice::WriteOnly)
               && file.write(QByteArray::fromBase64(r.value(QStringLiteral("data")).toString().toLatin1())) > 0;
    }

    QString lastError() const { return m_lastError; }

private:
    bool load(const QString &url)
    {
        m_events.clear();
        const QJsonObject r = page(QStringLiteral("Page.navigate"), {{QStringLiteral("url"), url}});
        if (r.isEmpty() || r.contains(QStringLiteral("errorText")))
            return false;
        return !waitForEvent(QStringLiteral("Page.loadEventFired"), 30000).isEmpty();
    }

    bool fail(QString *error, const QString &why)
    {
        *error = why;
        return false;
    }

    template <typename Done>
    void spinUntil(const QDeadlineTimer &deadline, Done done)
    {
        QEventLoop loop;
        QTimer timer;
        timer.setSingleShot(true);
        QObject::connect(&timer, &QTimer::timeout, &loop, &QEventLoop::quit);
        QObject::connect(&m_socket, &QWebSocket::textMessageReceived, &loop, [&] { if (done()) loop.quit(); });
        QObject::connect(&m_socket, &QWebSocket::disconnected, &loop, &QEventLoop::quit);
        timer.start(std::max<qint64>(1, deadline.remainingTime()));
        if (!done())
            loop.exec();
    }

    int send(const QString &method, const QJsonObject &params, const QString &session)
    {
        QJsonObject message{{QStringLiteral("id"), ++m_nextId}, {QStringLiteral("method"), method},
                            {QStringLiteral("params"), params}};
        if (!session.isEmpty())
            message.insert(QStringLiteral("sessionId"), session);
        m_socket.sendTextMessage(QString::fromUtf8(QJsonDocument(message).toJson(QJsonDocument::Compact)));
        return m_nextId;
    }

    QJsonObject call(const QString &method, const QJsonObject &params, const QString &session, int timeoutMs = 30000)
    {
        m_lastError.clear();
        const int id = send(method, params, session);
        QDeadlineTimer deadline(timeoutMs);
        spinUntil(deadline, [this, id] { return m_replies.contains(id); });
        if (!m_replies.contains(id)) {
            m_lastError = QStringLiteral("no answer to %1 within %2 ms").arg(method).arg(timeoutMs);
            return {};
        }
        const QJsonObject reply = m_replies.take(id);
        if (reply.contains(QStringLiteral("error"))) {
            m_lastError = method + QStringLiteral(": ") + reply.value(QStringLiteral("error")).toObject().value(QStringLiteral("message")).toString();
            return {};
        }
        return reply.value(QStringLiteral("result")).toObject();
    }

    void onMessage(const QString &text)
    {
        const QJsonObject message = QJsonDocument::fromJson(text.toUtf8()).object();
        if (message.contains(QStringLiteral("id")))
            m_replies.insert(message.value(QStringLiteral("id")).toInt(), message);
        else if (message.value(QStringLiteral("sessionId")).toString() == m_session)
            m_events.push_back(message);
    }

    QTemporaryDir m_profile;
    QProcess m_process;
    QWebSocket m_socket;
    QString m_session;
    int m_nextId = 0;
    QHash<int, QJsonObject> m_replies;
    std::deque<QJsonObject> m_events;
    QString m_lastError;
};

} // namespace backroom::test
