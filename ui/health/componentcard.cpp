#include "componentcard.h"

#include "timeformat.h"

#include <QChart>
#include <QChartView>
#include <QDateTimeAxis>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineSeries>
#include <QPushButton>
#include <QValueAxis>
#include <QVBoxLayout>

namespace backroom::ui {

using resilience::ComponentSnapshot;
using resilience::HealthAction;

namespace {

QString durationText(qint64 ms)
{
    const qint64 s = std::max<qint64>(0, ms / 1000);
    if (s < 60)
        return ComponentCard::tr("%n s", nullptr, int(s));
    if (s < 3600)
        return ComponentCard::tr("%1 min %2 s").arg(s / 60).arg(s % 60);
    if (s < 86400)
        return ComponentCard::tr("%1 h %2 min").arg(s / 3600).arg((s % 3600) / 60);
    return ComponentCard::tr("%n day(s)", nullptr, int(s / 86400));
}

QLabel *makeLabel(QWidget *parent, const char *name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(name));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

ComponentCard::ComponentCard(const QString &key, QWidget *parent) : QFrame(parent), m_key(key)
{
    setObjectName(QStringLiteral("card:") + key);
    setFrameShape(QFrame::StyledPanel);
    setProperty("healthCard", true);
    setMinimumWidth(320);
    m_title = makeLabel(this, "componentName");
    QFont bold = m_title->font();
    bold.setBold(true);
    m_title->setFont(bold);
    m_instance = makeLabel(this, "componentInstance");
    m_state = makeLabel(this, "componentState");
    m_state->setAlignment(Qt::AlignCenter);
    m_state->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Fixed);
    m_stale = makeLabel(this, "componentStale");
    m_figures = makeLabel(this, "componentFigures");
    m_lastError = makeLabel(this, "componentLastError");
    m_actionMessage = makeLabel(this, "componentActionMessage");
    m_actionMessage->hide();

    m_failureSeries = new QLineSeries;
    m_failureSeries->setName(tr("Failure rate %"));
    m_p95Series = new QLineSeries;
    m_p95Series->setName(tr("p95 ms"));
    // Readings come every few seconds on a 15-minute axis: show each one, not only the lines between.
    m_failureSeries->setPointsVisible(true);
    m_p95Series->setPointsVisible(true);
    m_chart = new QChart;
    m_chart->addSeries(m_failureSeries);
    m_chart->addSeries(m_p95Series);
    m_chart->legend()->setAlignment(Qt::AlignBottom);
    m_chart->setMargins(QMargins(0, 0, 0, 0));
    m_timeAxis = new QDateTimeAxis;
    m_timeAxis->setFormat(QStringLiteral("HH:mm"));
    m_timeAxis->setTickCount(4);
    m_rateAxis = new QValueAxis;
    m_rateAxis->setRange(0, 100);
    m_rateAxis->setLabelFormat(QStringLiteral("%d"));
    m_p95Axis = new QValueAxis;
    m_p95Axis->setLabelFormat(QStringLiteral("%d"));
    m_chart->addAxis(m_timeAxis, Qt::AlignBottom);
    m_chart->addAxis(m_rateAxis, Qt::AlignLeft);
    m_chart->addAxis(m_p95Axis, Qt::AlignRight);
    m_failureSeries->attachAxis(m_timeAxis);
    m_failureSeries->attachAxis(m_rateAxis);
    m_p95Series->attachAxis(m_timeAxis);
    m_p95Series->attachAxis(m_p95Axis);
    m_chartView = new QChartView(m_chart, this);
    m_chartView->setObjectName(QStringLiteral("componentChart"));
    m_chartView->setRenderHint(QPainter::Antialiasing);
    m_chartView->setFixedHeight(170);

    auto *buttons = new QHBoxLayout;
    for (HealthAction action : {HealthAction::ForceOpen, HealthAction::Close, HealthAction::Reset, HealthAction::Disable}) {
        auto *button = new QPushButton(resilience::healthActionTitle(action), this);
        button->setObjectName(QStringLiteral("action:") + resilience::healthActionName(action));
        connect(button, &QPushButton::clicked, this, [this, action] { emit actionRequested(m_key, action); });
        buttons->addWidget(button);
        m_buttons.insert(int(action), button);
    }
    buttons->addStretch(1);

    auto *header = new QHBoxLayout;
    header->addWidget(m_title, 1);
    header->addWidget(m_state, 0, Qt::AlignTop);
    auto *column = new QVBoxLayout(this);
    column->addLayout(header);
    column->addWidget(m_instance);
    column->addWidget(m_stale);
    column->addWidget(m_figures);
    column->addWidget(m_lastError);
    column->addWidget(m_chartView);
    column->addLayout(buttons);
    column->addWidget(m_actionMessage);
    column->addStretch(1);   // extra height goes below the card's content, never between its lines
}

void ComponentCard::show(const ComponentEntry &entry, const QDateTime &nowUtc)
{
    const ComponentSnapshot &c = entry.component;
    m_tone = entry.tone();
    const QColor color = healthToneColor(m_tone);
    m_title->setText(c.name);
    m_instance->setText(entry.local ? tr("This window's database connection")
                                    : tr("%1 · pid %2 · %3").arg(entry.host).arg(entry.pid).arg(entry.version));
    m_state->setText(entry.stale ? tr("%1 (stale)").arg(c.state) : c.state);
    m_state->setStyleSheet(QStringLiteral("QLabel { background: %1; color: white; font-weight: bold; padding: 2px 8px; "
                                          "border-radius: 3px; }")
                               .arg(color.name()));
    setStyleSheet(QStringLiteral("QFrame[healthCard=\"true\"] { border: 2px solid %1; border-radius: 4px; }")
                      .arg(color.name()));
    m_stale->setVisible(entry.stale);
    if (entry.stale)
        m_stale->setText(tr("No heartbeat since %1 (%2 ago): this instance may be stopped; its figures are old.")
                             .arg(localDateTimeText(entry.heartbeatAtUtc, TimePrecision::Seconds),
                                  durationText(entry.heartbeatAgeMs)));
    m_figures->setText(figuresText(c) + QLatin1Char('\n')
                       + (c.stateSince.isValid()
                              ? tr("In %1 for %2 (since %3)")
                                    .arg(c.state, durationText(c.stateSince.msecsTo(nowUtc)),
                                         localDateTimeText(c.stateSince, TimePrecision::Seconds))
                              : tr("Time in state unknown")));
    m_lastError->setText(c.lastError.isEmpty() ? tr("No error recorded") : tr("Last error: %1").arg(c.lastError));
    const bool actions = entry.acceptsOperatorActions() && !entry.stale;
    for (QPushButton *button : std::as_const(m_buttons))
        button->setVisible(entry.acceptsOperatorActions());
    for (QPushButton *button : std::as_const(m_buttons))
        button->setEnabled(actions);
}

QString ComponentCard::figuresText(const ComponentSnapshot &c) const
{
    const QString rate = c.failureRate < 0 ? tr("not enough calls") : tr("%1 %").arg(c.failureRate, 0, 'f', 1);
    const QString p95 = c.p95Ms < 0 ? tr("unknown") : tr("%1 ms").arg(c.p95Ms, 0, 'f', c.p95Ms < 10 ? 1 : 0);
    return tr("Failure rate %1 · p95 %2 · %n call(s)", nullptr, int(c.calls)).arg(rate, p95);
}

void ComponentCard::showSamples(const QList<HealthSample> &samples, const QDateTime &nowUtc)
{
    QList<QPointF> rates;
    QList<QPointF> p95s;
    double p95Max = 10;
    for (const HealthSample &s : samples) {
        const double x = double(s.atUtc.toMSecsSinceEpoch());
        if (s.failureRate >= 0)
            rates.append(QPointF(x, s.failureRate));
        if (s.p95Ms >= 0) {
            p95s.append(QPointF(x, s.p95Ms));
            p95Max = std::max(p95Max, s.p95Ms);
        }
    }
    m_failureSeries->replace(rates);
    m_p95Series->replace(p95s);
    m_timeAxis->setRange(nowUtc.addMSecs(-ComponentHealthModel::kHistoryMs).toLocalTime(), nowUtc.toLocalTime());
    m_p95Axis->setRange(0, p95Max * 1.1);
}

void ComponentCard::showActionMessage(const QString &text, bool problem)
{
    m_actionMessage->setText(text);
    m_actionMessage->setStyleSheet(problem ? QStringLiteral("QLabel { color: #b3261e; font-weight: bold; }") : QString());
    m_actionMessage->setVisible(!text.isEmpty());
}

} // namespace backroom::ui
