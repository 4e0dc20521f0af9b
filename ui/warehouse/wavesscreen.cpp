#include "wavesscreen.h"

#include "dbgate.h"
#include "warehouse/warehouse.h"
#include "warehouseprint.h"
#include "wavesmodel.h"

#include <QComboBox>
#include <QDateTimeEdit>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QTableView>
#include <QVBoxLayout>

namespace backroom::ui {

namespace {
QStringList splitNames(const QString &text)
{
    QStringList names;
    for (const QString &part : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!part.trimmed().isEmpty())
            names << part.trimmed();
    return names;
}
} // namespace

WavesScreen::WavesScreen(DbGate *db, QWidget *parent) : QWidget(parent), m_db(db), m_model(new WavesModel(db, this))
{
    setObjectName(QStringLiteral("wavesScreen"));
    auto *layout = new QVBoxLayout(this);

    auto *form = new QWidget(this);
    buildForm(form);
    layout->addWidget(form);

    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("wavesTable"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_table, 1);

    auto *actions = new QHBoxLayout;
    m_release = new QPushButton(tr("&Release…"), this);
    m_close = new QPushButton(tr("&Close…"), this);
    m_print = new QPushButton(tr("Print pick l&ist"), this);
    m_saveAs = new QPushButton(tr("Save pick list &as…"), this);
    m_pageSize = new QComboBox(this);
    m_pageSize->addItem(tr("A4"), int(print::PageSize::A4));
    m_pageSize->addItem(tr("Label 100×150 mm"), int(print::PageSize::Label100x150));
    m_pickers = new QLineEdit(this);
    m_pickers->setPlaceholderText(tr("Pickers (comma-separated, optional)"));
    m_pickers->setToolTip(tr("Releasing with pickers cuts the walk into one list per picker."));
    actions->addWidget(m_pickers, 1);
    actions->addWidget(m_release);
    actions->addWidget(m_close);
    actions->addSpacing(12);
    actions->addWidget(m_pageSize);
    actions->addWidget(m_print);
    actions->addWidget(m_saveAs);
    layout->addLayout(actions);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("wavesMessage"));
    m_message->setWordWrap(true);
    layout->addWidget(m_message);

    connect(m_create, &QPushButton::clicked, this, &WavesScreen::createWave);
    connect(m_release, &QPushButton::clicked, this, &WavesScreen::releaseSelected);
    connect(m_close, &QPushButton::clicked, this, &WavesScreen::closeSelected);
    connect(m_print, &QPushButton::clicked, this, &WavesScreen::printSelected);
    connect(m_saveAs, &QPushButton::clicked, this, &WavesScreen::savePickListAs);
    connect(m_table->selectionModel(), &QItemSelectionModel::selectionChanged, this, &WavesScreen::updateButtons);
    connect(m_model, &WavesModel::dataChanged, this, &WavesScreen::updateButtons);
    connect(m_model, &WavesModel::loadFailed, this, [this](const QString &m) { setMessage(m, true); });
    connect(m_model, &WavesModel::waveRefreshed, this, [this](qint64 id) {
        selectWave(id);
        emit waveChanged(id);
    });
    auto *refresh = new QShortcut(QKeySequence::Refresh, this);
    connect(refresh, &QShortcut::activated, this, &WavesScreen::reload);
    updateButtons();
    reload();
}

void WavesScreen::buildForm(QWidget *form)
{
    auto *row = new QHBoxLayout(form);
    row->setContentsMargins(0, 0, 0, 0);
    m_cutoff = new QDateTimeEdit(QDateTime::currentDateTime(), form);
    m_cutoff->setCalendarPopup(true);
    m_cutoff->setDisplayFormat(tr("yyyy-MM-dd HH:mm"));
    m_channel = new QComboBox(form);
    m_channel->setEditable(true);
    m_channel->addItem(tr("All channels"), QString());
    for (const char *c : {"web", "shopee", "lazada"})
        m_channel->addItem(QString::fromLatin1(c), QString::fromLatin1(c));
    m_zone = new QLineEdit(form);
    m_zone->setPlaceholderText(tr("All zones"));
    m_create = new QPushButton(tr("&New wave…"), form);
    row->addWidget(new QLabel(tr("Paid up to"), form));
    row->addWidget(m_cutoff);
    row->addWidget(new QLabel(tr("Channel"), form));
    row->addWidget(m_channel);
    row->addWidget(new QLabel(tr("Zone"), form));
    row->addWidget(m_zone);
    row->addWidget(m_create);
    row->addStretch(1);
}

std::optional<qint64> WavesScreen::selectedWaveId() const
{
    const QModelIndexList rows = m_table->selectionModel()->selectedRows();
    if (rows.isEmpty())
        return std::nullopt;
    return m_model->rowAt(rows.first().row()).id;
}

void WavesScreen::selectWave(qint64 id)
{
    if (auto row = m_model->rowOfId(id))
        m_table->selectRow(*row);
    updateButtons();
}

void WavesScreen::reload()
{
    m_model->reload();
}

void WavesScreen::updateButtons()
{
    const auto id = selectedWaveId();
    const QString status = id ? m_model->rowAt(*m_model->rowOfId(*id)).status : QString();
    m_release->setEnabled(status == QLatin1String("created"));
    m_close->setEnabled(!status.isEmpty() && status != QLatin1String("closed"));
    m_print->setEnabled(id.has_value());
    m_saveAs->setEnabled(id.has_value());
}

void WavesScreen::setMessage(const QString &text, bool error)
{
    m_message->setStyleSheet(error ? QStringLiteral("color: #b3261e; font-weight: bold;") : QString());
    m_message->setText(text);
}

void WavesScreen::confirmThen(const QString &title, const QString &text, const QString &yesText,
                              std::function<void()> then)
{
    if (m_confirm)
        return;
    auto *box = new QMessageBox(QMessageBox::Question, title, text, QMessageBox::Yes | QMessageBox::No, this);
    box->setObjectName(QStringLiteral("waveConfirmation"));
    box->button(QMessageBox::Yes)->setText(yesText);
    box->button(QMessageBox::No)->setText(tr("Not now"));
    box->setDefaultButton(QMessageBox::Yes);
    box->setAttribute(Qt::WA_DeleteOnClose);
    connect(box, &QMessageBox::finished, this, [this, box, then = std::move(then)] {
        m_confirm = nullptr;   // answered: the next action may ask (the box itself is deleted later)
        if (box->clickedButton() == box->button(QMessageBox::Yes))
            then();
    });
    m_confirm = box;
    box->open();
}

void WavesScreen::createWave()
{
    warehouse::WaveRequest request;
    request.cutoff = m_cutoff->dateTime().toUTC();
    const int index = m_channel->currentIndex();
    request.channel = (index >= 0 && m_channel->currentText() == m_channel->itemText(index))
                          ? m_channel->itemData(index).toString()
                          : m_channel->currentText().trimmed();
    request.zone = m_zone->text().trimmed();
    const QString what = tr("Group the orders paid up to %1 (%2, %3) that are in no open wave into a new wave?")
                             .arg(m_cutoff->dateTime().toString(tr("yyyy-MM-dd HH:mm")),
                                  request.channel.isEmpty() ? tr("every channel") : request.channel,
                                  request.zone.isEmpty() ? tr("every zone") : tr("zone %1").arg(request.zone));
    confirmThen(tr("New wave"), what, tr("Create the wave"), [this, request] {
        setMessage(tr("Creating the wave…"), false);
        m_db->run<Result<qint64>>(
            this, [request](db::Connection &conn) { return warehouse::createWave(conn, request); },
            [this](Result<qint64> id) {
                if (!id) {
                    setMessage(id.error().message, true);
                    return;
                }
                setMessage(tr("Wave %1 created. Release it to let the pickers start.").arg(*id), false);
                m_model->refreshWave(*id);
            });
    });
}

void WavesScreen::releaseSelected()
{
    const auto id = selectedWaveId();
    if (!id)
        return;
    const QStringList pickers = splitNames(m_pickers->text());
    const QString what = pickers.isEmpty()
                             ? tr("Release wave %1? Any picker can then claim its tasks.").arg(*id)
                             : tr("Release wave %1 as %n list(s), one per picker (%2)?", nullptr, int(pickers.size()))
                                   .arg(*id)
                                   .arg(pickers.join(QStringLiteral(", ")));
    const qint64 wave = *id;
    confirmThen(tr("Release wave"), what, tr("Release"), [this, wave, pickers] {
        m_db->run<Result<int>>(
            this, [wave, pickers](db::Connection &conn) { return warehouse::releaseWave(conn, wave, pickers); },
            [this, wave](Result<int> tasks) {
                if (!tasks) {
                    setMessage(tasks.error().message, true);
                    return;
                }
                setMessage(tr("Wave %1 released: %n task(s) to pick.", nullptr, *tasks).arg(wave), false);
                m_model->refreshWave(wave);
            });
    });
}

void WavesScreen::closeSelected()
{
    const auto id = selectedWaveId();
    if (!id)
        return;
    const qint64 wave = *id;
    confirmThen(tr("Close wave"),
                tr("Close wave %1? Orders with nothing picked go back to wait for the next wave.").arg(wave),
                tr("Close the wave"), [this, wave] {
                    m_db->run<Result<int>>(
                        this, [wave](db::Connection &conn) { return warehouse::closeWave(conn, wave); },
                        [this, wave](Result<int> back) {
                            if (!back) {
                                setMessage(back.error().message, true);
                                return;
                            }
                            setMessage(tr("Wave %1 closed; %n order(s) back in the pool.", nullptr, *back).arg(wave),
                                       false);
                            m_model->refreshWave(wave);
                        });
                });
}

void WavesScreen::printSelected()
{
    if (const auto id = selectedWaveId())
        writePickList(*id, temporaryPdfPath(QStringLiteral("picklist-%1").arg(*id)), true);
}

void WavesScreen::savePickListAs()
{
    const auto id = selectedWaveId();
    if (!id)
        return;
    const QString path = QFileDialog::getSaveFileName(this, tr("Save pick list"),
                                                      QStringLiteral("picklist-%1.pdf").arg(*id), tr("PDF (*.pdf)"));
    if (!path.isEmpty())
        writePickList(*id, path, false);
}

// Reads the list and renders the PDF on the database worker (a 2,000-order wave takes a while to draw),
// then opens it here.
void WavesScreen::writePickList(qint64 waveId, const QString &path, bool open)
{
    const auto size = print::PageSize(m_pageSize->currentData().toInt());
    setMessage(tr("Writing the pick list of wave %1…").arg(waveId), false);
    m_db->run<Result<int>>(
        this,
        [waveId, path, size](db::Connection &conn) -> Result<int> {
            auto doc = warehouse::pickListDocument(conn, waveId);
            if (!doc)
                return doc.error();
            return writePickListPdf(*doc, size, path);
        },
        [this, path, open](Result<int> pages) {
            if (!pages) {
                setMessage(pages.error().message, true);
                return;
            }
            setMessage(tr("Pick list written: %1 (%n page(s)).", nullptr, *pages).arg(path), false);
            emit pickListWritten(path, *pages);
            if (open && m_opener)
                m_opener(path);
        });
}

} // namespace backroom::ui
