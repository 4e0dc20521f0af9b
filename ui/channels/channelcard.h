#pragma once
// ChannelCard: one channel on the Channels screen: enabled, buffer stock, last successful push, lag,
// queue, pushes and errors in the last hour, the last error, the breaker a live `serve` published and
// the flagged marketplace orders; with the owner's controls (enable, buffer, resync) that only ask: the
// screen confirms and runs them. GUI thread.

#include "channels/channelstatus.h"

#include <QGroupBox>

class QCheckBox;
class QFormLayout;
class QLabel;
class QPushButton;
class QSpinBox;

namespace backroom::ui {

class ChannelCard : public QGroupBox {
    Q_OBJECT
public:
    explicit ChannelCard(const QString &channel, QWidget *parent = nullptr);

    void show(const channels::ChannelStatus &status, const QDateTime &nowUtc);
    // A line under the figures: an action's outcome, or why it was refused (error: shown red).
    void showMessage(const QString &text, bool error);
    // True while lag, errors, an open breaker or flagged orders need the owner's attention.
    bool needsAttention() const { return m_attention; }

    QString channel() const { return m_channel; }
    QLabel *figure(const QString &name) const;   // "lag", "queue", "lastPush", ... (object names "<name>Value")
    QCheckBox *enabledBox() const { return m_enabled; }
    QSpinBox *bufferBox() const { return m_buffer; }
    QPushButton *setBufferButton() const { return m_setBuffer; }
    QPushButton *resyncButton() const { return m_resync; }

    // A human name for a channel ("Shopee").
    static QString displayName(const QString &channel);

signals:
    void enabledChangeRequested(const QString &channel, bool enabled);
    void bufferChangeRequested(const QString &channel, int bufferQty);
    void resyncRequested(const QString &channel);

private:
    QLabel *addFigure(const QString &name, const QString &label);

    QString m_channel;
    QCheckBox *m_enabled = nullptr;
    QSpinBox *m_buffer = nullptr;
    QPushButton *m_setBuffer = nullptr;
    QPushButton *m_resync = nullptr;
    QLabel *m_message = nullptr;
    QFormLayout *m_form = nullptr;
    bool m_attention = false;
    bool m_bufferEdited = false;
};

} // namespace backroom::ui
