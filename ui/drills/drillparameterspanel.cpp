#include "drillparameterspanel.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QRadioButton>
#include <QSpinBox>

namespace backroom::ui {

using drills::LoadDrillConfig;
using drills::LoadDrillLimits;
using drills::Scenario;

namespace {

enum TargetIndex { DatabaseTarget = 0, StoreTarget = 1 };

template <typename Box>
Box *named(Box *box, const char *name)
{
    box->setObjectName(QLatin1String(name));
    return box;
}

QSpinBox *spin(QWidget *parent, const char *name, int min, int max, int value, const QString &suffix = {})
{
    auto *box = named(new QSpinBox(parent), name);
    box->setRange(min, max);
    box->setValue(value);
    box->setSuffix(suffix);
    box->setAccelerated(true);
    return box;
}

} // namespace

DrillParametersPanel::DrillParametersPanel(const QString &conninfo, QWidget *parent)
    : QWidget(parent), m_conninfo(conninfo)
{
    buildForm();
    updateEnabled();
    revalidate();
}

void DrillParametersPanel::buildForm()
{
    m_scenario = named(new QComboBox(this), "scenarioBox");
    for (Scenario s : {Scenario::NormalDay, Scenario::FlashSale, Scenario::Shootout})
        m_scenario->addItem(drills::scenarioName(s), int(s));
    m_description = named(new QLabel(this), "scenarioDescription");
    m_description->setWordWrap(true);

    m_closed = named(new QRadioButton(tr("Closed: buyers who think"), this), "closedModel");
    m_open = named(new QRadioButton(tr("Open: arrivals per second"), this), "openModel");
    m_closed->setChecked(true);
    auto *models = new QButtonGroup(this);
    models->addButton(m_closed);
    models->addButton(m_open);
    auto *modelRow = new QHBoxLayout;
    modelRow->addWidget(m_closed);
    modelRow->addWidget(m_open);

    m_buyers = spin(this, "buyersBox", 1, LoadDrillLimits::maxBuyers, 50);
    m_think = spin(this, "thinkBox", 0, 60000, 500, tr(" ms"));
    m_rate = named(new QDoubleSpinBox(this), "rateBox");
    m_rate->setRange(1, LoadDrillLimits::maxRatePerSecond);
    m_rate->setDecimals(0);
    m_rate->setValue(100);
    m_rate->setSuffix(tr(" /s"));
    m_stages = named(new QLineEdit(this), "stagesEdit");
    m_stages->setPlaceholderText(tr("optional: 30s:100, 1m:1000, 30s:0"));
    m_duration = spin(this, "durationBox", 1, int(LoadDrillLimits::maxDuration.count()), 30, tr(" s"));

    m_target = named(new QComboBox(this), "targetBox");
    m_target->addItem(tr("This database (checkout functions)"));
    m_target->addItem(tr("Store API over HTTP"));
    m_storeUrl = named(new QLineEdit(QStringLiteral("http://127.0.0.1:8080"), this), "storeUrlEdit");
    m_connections = spin(this, "connectionsBox", 1, LoadDrillLimits::maxConnections, 8);
    m_sockets = spin(this, "socketsBox", 1, LoadDrillLimits::maxSockets, 64);
    m_shootoutBuyers = named(new QLineEdit(QStringLiteral("32, 256"), this), "shootoutBuyersEdit");
    QStringList allStrategies;
    for (auto strategy : DrillPlan().shootoutStrategies)
        allStrategies << drills::strategyName(strategy);
    m_shootoutStrategies = named(new QLineEdit(allStrategies.join(QStringLiteral(", ")), this), "shootoutStrategiesEdit");
    m_thresholds = named(new QLineEdit(this), "thresholdsEdit");
    m_thresholds->setPlaceholderText(tr("e.g. p95<500ms, errors<1%"));
    m_problemLabel = named(new QLabel(this), "planProblem");
    m_problemLabel->setWordWrap(true);
    m_problemLabel->setStyleSheet(QStringLiteral("QLabel { color: #b3261e; }"));

    auto *form = new QFormLayout(this);
    form->setContentsMargins(0, 0, 0, 0);
    form->addRow(tr("Sce&nario:"), m_scenario);
    form->addRow(QString(), m_description);
    form->addRow(tr("Model:"), modelRow);
    form->addRow(tr("&Buyers:"), m_buyers);
    form->addRow(tr("Think ti&me:"), m_think);
    form->addRow(tr("Arrivals &per second:"), m_rate);
    form->addRow(tr("St&ages:"), m_stages);
    form->addRow(tr("Durat&ion:"), m_duration);
    form->addRow(tr("Tar&get:"), m_target);
    form->addRow(tr("Store &URL:"), m_storeUrl);
    form->addRow(tr("&Connections:"), m_connections);
    form->addRow(tr("Soc&kets:"), m_sockets);
    form->addRow(tr("Shoot-out bu&yers:"), m_shootoutBuyers);
    form->addRow(tr("Shoot-out str&ategies:"), m_shootoutStrategies);
    form->addRow(tr("Th&resholds:"), m_thresholds);
    form->addRow(m_problemLabel);

    connect(m_scenario, &QComboBox::currentIndexChanged, this, [this] { updateEnabled(); revalidate(); });
    connect(m_target, &QComboBox::currentIndexChanged, this, [this] { updateEnabled(); revalidate(); });
    connect(m_closed, &QRadioButton::toggled, this, [this] { updateEnabled(); revalidate(); });
    for (QLineEdit *edit : {m_stages, m_storeUrl, m_shootoutBuyers, m_shootoutStrategies, m_thresholds})
        connect(edit, &QLineEdit::textChanged, this, &DrillParametersPanel::revalidate);
}

void DrillParametersPanel::updateEnabled()
{
    const auto scenario = Scenario(m_scenario->currentData().toInt());
    m_description->setText(drills::scenarioDescription(scenario));
    const bool shootout = scenario == Scenario::Shootout;
    const bool closed = m_closed->isChecked();
    const bool http = !shootout && m_target->currentIndex() == StoreTarget;
    m_closed->setEnabled(!shootout);
    m_open->setEnabled(!shootout);
    m_buyers->setEnabled(!shootout && closed);
    m_think->setEnabled(!shootout && closed);
    m_rate->setEnabled(!shootout && !closed);
    m_stages->setEnabled(!shootout && !closed);
    m_target->setEnabled(!shootout);   // the shoot-out compares the database's strategies
    m_storeUrl->setEnabled(http);
    m_connections->setEnabled(!http);
    m_sockets->setEnabled(http);
    m_shootoutBuyers->setEnabled(shootout);
    m_shootoutStrategies->setEnabled(shootout);
    m_thresholds->setEnabled(!shootout);
}

void DrillParametersPanel::revalidate()
{
    const QString problem = findProblem();
    const bool changed = problem.isEmpty() != m_problem.isEmpty();
    m_problem = problem;
    m_problemLabel->setText(problem);
    m_problemLabel->setVisible(!problem.isEmpty());
    m_thresholds->setStyleSheet(m_thresholds->isEnabled() && !parseThresholdList(m_thresholds->text())
                                    ? QStringLiteral("QLineEdit { border: 2px solid #b3261e; }")
                                    : QString());
    if (changed)
        emit validityChanged(problem.isEmpty());
}

QString DrillParametersPanel::findProblem() const
{
    if (m_thresholds->isEnabled())
        if (auto thresholds = parseThresholdList(m_thresholds->text()); !thresholds)
            return thresholds.error().message;
    if (m_stages->isEnabled())
        if (auto stages = drills::parseStages(m_stages->text()); !stages)
            return stages.error().message;
    if (m_storeUrl->isEnabled()) {
        const QUrl url(m_storeUrl->text().trimmed(), QUrl::StrictMode);
        if (!url.isValid() || url.scheme() != QLatin1String("http") || url.host().isEmpty())
            return tr("Store URL: write the store API's address, for example http://127.0.0.1:8080.");
    }
    if (m_shootoutBuyers->isEnabled())
        if (auto counts = shootoutBuyerCounts(); !counts)
            return counts.error().message;
    if (m_shootoutStrategies->isEnabled())
        if (auto strategies = shootoutStrategies(); !strategies)
            return strategies.error().message;
    return {};
}

Result<QList<int>> DrillParametersPanel::shootoutBuyerCounts() const
{
    QList<int> counts;
    for (const QString &item : m_shootoutBuyers->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        bool ok = false;
        const int n = item.trimmed().toInt(&ok);
        if (!ok || n < 1 || n > LoadDrillLimits::maxBuyers)
            return Error::make(Error::Kind::BadInput,
                               tr("Shoot-out buyers: whole numbers from 1 to %1 separated by commas, for example 32, 256.")
                                   .arg(LoadDrillLimits::maxBuyers));
        counts << n;
    }
    if (counts.isEmpty())
        return Error::make(Error::Kind::BadInput, tr("Shoot-out buyers: give at least one buyer count, for example 32, 256."));
    return counts;
}

Result<QList<drills::StockStrategy>> DrillParametersPanel::shootoutStrategies() const
{
    QList<drills::StockStrategy> strategies;
    for (const QString &item : m_shootoutStrategies->text().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const auto strategy = drills::strategyFromName(item.trimmed());
        if (!strategy)
            return Error::make(Error::Kind::BadInput,
                               tr("Shoot-out strategies: “%1” is not one; write some of guarded_update, buckets, for_update, "
                                  "xmin_retry separated by commas.").arg(item.trimmed()));
        if (!strategies.contains(*strategy))
            strategies << *strategy;
    }
    if (strategies.isEmpty())
        return Error::make(Error::Kind::BadInput, tr("Shoot-out strategies: give at least one, for example guarded_update, buckets."));
    return strategies;
}

Result<DrillPlan> DrillParametersPanel::plan() const
{
    if (!m_problem.isEmpty())
        return Error::make(Error::Kind::BadInput, m_problem);
    DrillPlan plan;
    plan.scenario = Scenario(m_scenario->currentData().toInt());
    LoadDrillConfig &c = plan.config;
    c.conninfo = m_conninfo;
    c.model = m_closed->isChecked() ? LoadDrillConfig::Model::Closed : LoadDrillConfig::Model::Open;
    c.buyers = m_buyers->value();
    c.thinkTime = std::chrono::milliseconds(m_think->value());
    c.ratePerSecond = m_rate->value();
    c.duration = std::chrono::seconds(m_duration->value());
    c.connections = m_connections->value();
    c.sockets = m_sockets->value();
    if (m_storeUrl->isEnabled()) {
        c.target = LoadDrillConfig::Target::Http;
        c.storeUrl = QUrl(m_storeUrl->text().trimmed());
    }
    if (m_stages->isEnabled())
        c.stages = *drills::parseStages(m_stages->text());
    if (m_thresholds->isEnabled())
        plan.thresholds = *parseThresholdList(m_thresholds->text());
    if (plan.isShootout()) {
        plan.shootoutBuyerCounts = *shootoutBuyerCounts();
        plan.shootoutStrategies = *shootoutStrategies();
    }
    return plan;
}

} // namespace backroom::ui
