#include "channelcard.h"

#include "channels/channelcontrol.h"
#include "timeformat.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSpinBox>

namespace backroom::ui {
namespace {

// Lag above this is shown as a problem: the goal is a p95 under one second.
constexpr double kLagWarnSeconds = 5.0;

QString ageText(const QDateTime &atUtc, const QDateTime &nowUtc)
{
    if (!atUtc.isValid())
        return ChannelCard::tr("never");
    const qint64 secs = std::max<qint64>(0, atUtc.secsTo(nowUtc));
    const QString local = localDateTimeText(atUtc, TimePrecision::Seconds);
    if (secs < 60)
        return ChannelCard::tr("%1 (%2 s ago)").arg(local).arg(secs);
    if (secs < 3600)
        return ChannelCard::tr("%1 (%2 min ago)").arg(local).arg(secs / 60);
    return ChannelCard::tr("%1 (%2 h ago)").arg(local).arg(secs / 3600);
}

QString lagText(double seconds)
{
    if (seconds <= 0)
        return ChannelCard::tr("in sync");
    if (seconds < 10)
        return ChannelCard::tr("%1 s").arg(seconds, 0, 'f', 1);
    if (seconds < 3600)
        return ChannelCard::tr("%1 s").arg(qRound64(seconds));
    return ChannelCard::tr("%1 h %2 min").arg(qint64(seconds) / 3600).arg((qint64(seconds) % 3600) / 60);
}

void setTone(QLabel *label, bool bad)
{
    label->setStyleSheet(bad ? QStringLiteral("color: #b3261e; font-weight: bold;") : QString());
}

} // namespace

ChannelCard::ChannelCard(const QString &channel, QWidget *parent) : QGroupBox(displayName(channel), parent), m_channel(channel)
{
    setObjectName(QStringLiteral("channelCard_") + channel);
    m_form = new QFormLayout;
    addFigure(QStringLiteral("state"), tr("State:"));
    addFigure(QStringLiteral("lastPush"), tr("Last push:"));
    addFigure(QStringLiteral("lag"), tr("Lag:"));
    addFigure(QStringLiteral("queue"), tr("Queue:"));
    addFigure(QStringLiteral("lastHour"), tr("Last hour:"));
    addFigure(QStringLiteral("lastError"), tr("Last error:"));
    addFigure(QStringLiteral("breaker"), tr("Breaker:"));
    addFigure(QStringLiteral("flagged"), tr("Flagged orders:"));

    m_enabled = new QCheckBox(tr("Enabled"), this);
    m_enabled->setObjectName(QStringLiteral("enabledBox"));
    connect(m_enabled, &QCheckBox::clicked, this, [this](bool on) {
        m_enabled->setChecked(!on);   // the database decides; the next reading shows the outcome
        emit enabledChangeRequested(m_channel, on);
    });
    m_buffer = new QSpinBox(this);
    m_buffer->setObjectName(QStringLiteral("bufferBox"));
    m_buffer->setRange(0, channels::kMaxBufferQty);
    m_buffer->setAccessibleName(tr("Buffer stock for %1").arg(displayName(channel)));
    m_buffer->setToolTip(tr("Units held back from this channel for every product (a product's own buffer wins)."));
    connect(m_buffer, &QSpinBox::valueChanged, this, [this] { m_bufferEdited = true; });
    m_setBuffer = new QPushButton(tr("Set buffer"), this);
    m_setBuffer->setObjectName(QStringLiteral("setBufferButton"));
    connect(m_setBuffer, &QPushButton::clicked, this, [this] {
        m_buffer->interpretText();
        emit bufferChangeRequested(m_channel, m_buffer->value());
    });
    m_resync = new QPushButton(tr("Resync"), this);
    m_resync->setObjectName(QStringLiteral("resyncButton"));
    m_resync->setToolTip(tr("Push every product to %1 again.").arg(displayName(channel)));
    connect(m_resync, &QPushButton::clicked, this, [this] { emit resyncRequested(m_channel); });

    auto *bufferRow = new QHBoxLayout;
    bufferRow->addWidget(m_buffer, 1);
    bufferRow->addWidget(m_setBuffer);
    m_form->addRow(tr("Buffer stock:"), bufferRow);
    auto *actions = new QHBoxLayout;
    actions->addWidget(m_enabled);
    actions->addStretch(1);
    actions->addWidget(m_resync);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("cardMessage"));
    m_message->setWordWrap(true);
    m_message->hide();

    auto *column = new QVBoxLayout(this);
    column->addLayout(m_form);
    column->addLayout(actions);
    column->addWidget(m_message);
}

QString ChannelCard::displayName(const QString &channel)
{
    if (channel == QLatin1String("web"))
        return tr("Web store");
    if (channel == QLatin1String("shopee"))
        return tr("Shopee");
    if (channel == QLatin1String("lazada"))
        return tr("Lazada");
    return channel;
}

QLabel *ChannelCard::addFigure(const QString &name, const QString &label)
{
    auto *value = new QLabel(this);
    value->setObjectName(name + QStringLiteral("Value"));
    value->setTextInteractionFlags(Qt::TextSelectableByMouse);
    value->setWordWrap(true);
    m_form->addRow(label, value);
    return value;
}

QLabel *ChannelCard::figure(const QString &name) const
{
    return findChild<QLabel *>(name + QStringLiteral("Value"));
}

void ChannelCard::show(const channels::ChannelStatus &s, const QDateTime &nowUtc)
{
    const bool lagging = s.lagSeconds > kLagWarnSeconds;
    const bool breakerOpen = !s.breakerState.isEmpty() && s.breakerState != QLatin1String("CLOSED");
    m_attention = s.enabled && (lagging || s.errorsLastHour > 0 || breakerOpen || s.flaggedOrders > 0);

    figure(QStringLiteral("state"))->setText(!s.remote   ? tr("Enabled: sells from this database, nothing to push")
                                             : s.enabled ? tr("Enabled")
                                                         : tr("Disabled: stock is not pushed"));
    if (!s.remote) {
        for (const char *name : {"lastPush", "lag", "queue", "lastHour", "lastError", "breaker", "flagged"})
            figure(QLatin1String(name))->setText(tr("—"));
    } else {
        figure(QStringLiteral("lastPush"))->setText(ageText(s.lastPushUtc, nowUtc));
        QLabel *lag = figure(QStringLiteral("lag"));
        lag->setText(lagging ? tr("%1 ⚠ behind").arg(lagText(s.lagSeconds)) : lagText(s.lagSeconds));
        setTone(lag, lagging);
        figure(QStringLiteral("queue"))->setText(tr("%n product(s) waiting", nullptr, int(s.queueDepth)));
        QLabel *hour = figure(QStringLiteral("lastHour"));
        hour->setText(tr("pushes: %1, errors: %2").arg(s.pushesLastHour).arg(s.errorsLastHour));
        setTone(hour, s.errorsLastHour > 0);
        figure(QStringLiteral("lastError"))
            ->setText(s.lastError.isEmpty() ? tr("none")
                                            : tr("%1 (%2)").arg(s.lastError, ageText(s.lastErrorUtc, nowUtc)));
        QLabel *breaker = figure(QStringLiteral("breaker"));
        breaker->setText(s.breakerState.isEmpty() ? tr("no live `serve` reports it")
                                                  : breakerOpen ? tr("%1 ⚠ calls refused").arg(s.breakerState)
                                                                : s.breakerState);
        setTone(breaker, breakerOpen);
        QLabel *flagged = figure(QStringLiteral("flagged"));
        flagged->setText(s.flaggedOrders > 0 ? tr("%1 ⚠ need you").arg(s.flaggedOrders) : tr("none"));
        setTone(flagged, s.flaggedOrders > 0);
    }
    m_enabled->setChecked(s.enabled);
    m_enabled->setEnabled(s.remote);
    m_resync->setEnabled(s.remote && s.enabled);
    if (!m_bufferEdited || !m_buffer->hasFocus()) {
        const QSignalBlocker quiet(m_buffer);
        m_buffer->setValue(s.bufferQty);
        m_bufferEdited = false;
    }
    m_buffer->setEnabled(s.remote);
    m_setBuffer->setEnabled(s.remote);
    setStyleSheet(m_attention ? QStringLiteral("QGroupBox { border: 2px solid #b3261e; border-radius: 4px; margin-top: 1ex; }"
                                               "QGroupBox::title { subcontrol-origin: margin; left: 8px; }")
                              : QString());
}

void ChannelCard::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    setTone(m_message, error);
    m_message->setVisible(!text.isEmpty());
}

} // namespace backroom::ui
