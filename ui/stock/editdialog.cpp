#include "editdialog.h"

#include "dbgate.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QFrame>
#include <QGridLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QVBoxLayout>
#include <limits>

namespace backroom::ui {

using inventory::StockLevel;

namespace {

// A write's answer plus, on a conflict, the newest ledger row: who made the other change and why.
struct SaveAnswer {
    Result<inventory::SetOutcome> outcome;
    std::optional<inventory::LedgerEntry> latest;
};

} // namespace

template <>
struct DbAnswer<SaveAnswer> {
    static bool lostConnection(const SaveAnswer &a) { return DbAnswer<Result<inventory::SetOutcome>>::lostConnection(a.outcome); }
    static SaveAnswer offline(const Error &e) { return SaveAnswer{e, std::nullopt}; }
};

namespace {

QString signedNumber(int n) { return n > 0 ? QStringLiteral("+%1").arg(n) : QString::number(n); }

QLabel *boldLabel(const QString &text, QWidget *parent)
{
    auto *l = new QLabel(text, parent);
    QFont f = l->font();
    f.setBold(true);
    l->setFont(f);
    return l;
}

} // namespace

EditDialog::EditDialog(DbGate *db, const StockLevel &read, QWidget *parent)
    : QDialog(parent), m_db(db), m_read(read), m_base(read), m_current(read), m_mine(read.onHand)
{
    setObjectName(QStringLiteral("stockEditDialog"));
    setWindowTitle(tr("Edit stock — %1 in %2").arg(read.sku, read.binCode));

    auto *layout = new QVBoxLayout(this);
    auto *header = new QFormLayout;
    header->addRow(tr("SKU:"), boldLabel(read.sku, this));
    header->addRow(tr("Bin:"), boldLabel(read.binCode, this));
    auto *name = new QLabel(read.nameTh.isEmpty() ? read.name : QStringLiteral("%1\n%2").arg(read.name, read.nameTh), this);
    name->setTextInteractionFlags(Qt::TextSelectableByMouse);
    header->addRow(tr("Name:"), name);
    layout->addLayout(header);

    auto *line = new QFrame(this);
    line->setFrameShape(QFrame::HLine);
    line->setFrameShadow(QFrame::Sunken);
    layout->addWidget(line);

    m_pages = new QStackedWidget(this);
    m_pages->addWidget(buildEditPage());
    m_pages->addWidget(buildConflictPage());
    layout->addWidget(m_pages);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("QLabel { color: #b00020; }"));
    m_error->hide();
    layout->addWidget(m_error);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("status"));
    m_status->hide();
    layout->addWidget(m_status);

    setMinimumWidth(fontMetrics().averageCharWidth() * 60);
    showPage(0);
    m_quantity->setFocus();
    m_quantity->selectAll();
}

void EditDialog::showPage(int page)
{
    // Only the current page counts for the dialog's size, so that each view is as compact as it can be.
    for (int i = 0; i < m_pages->count(); ++i)
        m_pages->widget(i)->setSizePolicy(i == page ? QSizePolicy::Preferred : QSizePolicy::Ignored,
                                          i == page ? QSizePolicy::Preferred : QSizePolicy::Ignored);
    m_pages->setCurrentIndex(page);
    adjustSize();
}

QWidget *EditDialog::buildEditPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("editPage"));
    auto *form = new QFormLayout(page);
    form->setContentsMargins(0, 0, 0, 0);
    auto *readLabel = new QLabel(tr("%1 on hand, %2 reserved (version %3)")
                                     .arg(m_read.onHand).arg(m_read.reserved).arg(m_read.version),
                                 page);
    readLabel->setObjectName(QStringLiteral("readLevel"));
    form->addRow(tr("Read:"), readLabel);

    m_quantity = new QSpinBox(page);
    m_quantity->setObjectName(QStringLiteral("quantity"));
    m_quantity->setRange(0, std::numeric_limits<int>::max());
    m_quantity->setValue(m_read.onHand);
    m_quantity->setAccelerated(true);
    form->addRow(tr("New &on hand:"), m_quantity);

    m_reason = new QLineEdit(page);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setPlaceholderText(tr("e.g. recount, damaged, found in returns"));
    form->addRow(tr("&Reason:"), m_reason);

    m_editButtons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, page);
    m_save = m_editButtons->button(QDialogButtonBox::Save);
    m_save->setObjectName(QStringLiteral("save"));
    m_save->setText(tr("&Save"));
    m_save->setDefault(true);
    m_editButtons->button(QDialogButtonBox::Cancel)->setText(tr("Cancel"));
    connect(m_editButtons, &QDialogButtonBox::accepted, this, [this] { save(Intent::Edit); });
    connect(m_editButtons, &QDialogButtonBox::rejected, this, &EditDialog::reject);
    form->addRow(m_editButtons);
    return page;
}

QWidget *EditDialog::buildConflictPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("conflictPage"));
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *title = new QLabel(tr("Someone else changed this stock row while you were editing it. "
                                "Nothing of yours has been saved yet: choose what to keep."),
                             page);
    title->setWordWrap(true);
    title->setStyleSheet(QStringLiteral("QLabel { background: #fff4ce; color: #4a3b00; padding: 6px; "
                                        "border: 1px solid #e0c060; border-radius: 3px; }"));
    layout->addWidget(title);

    auto *grid = new QGridLayout;
    grid->setHorizontalSpacing(18);
    const QStringList columns = {tr("On hand"), tr("Reserved"), tr("Version")};
    const QStringList rows = {tr("Original (what you read)"), tr("Their change (now)"), tr("Your change")};
    for (int c = 0; c < 3; ++c)
        grid->addWidget(boldLabel(columns[c], page), 0, c + 1, Qt::AlignRight);
    for (int r = 0; r < 3; ++r) {
        grid->addWidget(boldLabel(rows[r], page), r + 1, 0);
        for (int c = 0; c < 3; ++c) {
            m_cells[r][c] = new QLabel(page);
            m_cells[r][c]->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
            grid->addWidget(m_cells[r][c], r + 1, c + 1);
        }
    }
    m_cells[0][0]->setObjectName(QStringLiteral("originalOnHand"));
    m_cells[1][0]->setObjectName(QStringLiteral("theirOnHand"));
    m_cells[2][0]->setObjectName(QStringLiteral("mineOnHand"));
    grid->setColumnStretch(4, 1);
    layout->addLayout(grid);

    m_conflictWho = new QLabel(page);
    m_conflictWho->setObjectName(QStringLiteral("otherChange"));
    m_conflictWho->setWordWrap(true);
    layout->addWidget(m_conflictWho);

    m_applyDelta = new QPushButton(page);
    m_applyDelta->setObjectName(QStringLiteral("applyDelta"));
    m_keepTheirs = new QPushButton(page);
    m_keepTheirs->setObjectName(QStringLiteral("keepTheirs"));
    m_setMine = new QPushButton(page);
    m_setMine->setObjectName(QStringLiteral("setMine"));
    for (QPushButton *b : {m_applyDelta, m_setMine, m_keepTheirs}) {
        b->setAutoDefault(true);
        layout->addWidget(b);
    }
    connect(m_applyDelta, &QPushButton::clicked, this, [this] { save(Intent::Delta); });
    connect(m_setMine, &QPushButton::clicked, this, [this] { save(Intent::Mine); });
    connect(m_keepTheirs, &QPushButton::clicked, this, [this] {
        emit levelKnown(m_current);
        accept();
    });
    return page;
}

bool EditDialog::isShowingConflict() const { return m_pages->currentIndex() == 1; }

void EditDialog::reject()
{
    if (m_saving)
        return;   // the answer is on its way; closing now would hide whether it was saved
    QDialog::reject();
}

void EditDialog::save(Intent intent)
{
    switch (intent) {
    case Intent::Edit:
        m_quantity->interpretText();
        m_mine = m_quantity->value();
        write(m_mine, m_base.version);
        break;
    case Intent::Delta: {
        // The user's change was (mine - base); apply the same change to what is there now.
        const qint64 target = qint64(m_current.onHand) + (m_mine - m_base.onHand);
        if (target < 0 || target > std::numeric_limits<int>::max()) {
            showError(tr("Applying your change of %1 to the current %2 would give %3, which is not a valid "
                         "quantity. Choose another option or cancel.")
                          .arg(signedNumber(m_mine - m_base.onHand)).arg(m_current.onHand).arg(target));
            return;
        }
        m_base = m_current;
        m_mine = int(target);
        write(m_mine, m_base.version);
        break;
    }
    case Intent::Mine:
        m_base = m_current;
        write(m_mine, m_base.version);
        break;
    }
}

void EditDialog::write(int target, const QString &expectedVersion)
{
    setSaving(true);
    const inventory::StockKey key = m_read.key;
    const QString reason = m_reason->text().trimmed().isEmpty() ? tr("edit") : m_reason->text().trimmed();
    m_db->run<SaveAnswer>(
        this,
        [key, target, expectedVersion, reason](db::Connection &conn) {
            SaveAnswer answer{inventory::setOnHand(conn, key, target, expectedVersion, reason), std::nullopt};
            if (answer.outcome && !answer.outcome->applied) {
                auto last = inventory::history(conn, key, 1);
                if (last && !last->isEmpty())
                    answer.latest = last->first();
            }
            return answer;
        },
        [this](SaveAnswer answer) {
            setSaving(false);
            if (!answer.outcome) {
                const Error &e = answer.outcome.error();
                if (e.kind == Error::Kind::Connection)
                    showError(tr("Could not save: the connection to the database is lost (%1). Your edit is "
                                 "kept here; press Save again once the connection is back.")
                                  .arg(e.message));
                else
                    showError(tr("Could not save: %1").arg(e.message));
                return;
            }
            m_current = answer.outcome->now;
            emit levelKnown(m_current);
            if (answer.outcome->applied) {
                accept();
                return;
            }
            m_otherChange.clear();
            if (answer.latest)
                m_otherChange = tr("The other change: %1 by %2 at %3 (%4).")
                                    .arg(signedNumber(answer.latest->delta), answer.latest->who(),
                                         QLocale().toString(answer.latest->at.toLocalTime(), QLocale::ShortFormat),
                                         answer.latest->reason);
            showConflict();
        });
}

void EditDialog::showConflict()
{
    m_error->hide();
    const int mineDelta = m_mine - m_base.onHand;
    const int theirDelta = m_current.onHand - m_base.onHand;
    m_cells[0][0]->setText(QString::number(m_base.onHand));
    m_cells[0][1]->setText(QString::number(m_base.reserved));
    m_cells[0][2]->setText(m_base.version);
    m_cells[1][0]->setText(tr("%1 (%2)").arg(m_current.onHand).arg(signedNumber(theirDelta)));
    m_cells[1][1]->setText(QString::number(m_current.reserved));
    m_cells[1][2]->setText(m_current.version);
    m_cells[2][0]->setText(tr("%1 (%2)").arg(m_mine).arg(signedNumber(mineDelta)));
    m_cells[2][1]->clear();
    m_cells[2][2]->clear();
    m_conflictWho->setText(m_otherChange);
    m_conflictWho->setVisible(!m_otherChange.isEmpty());
    m_applyDelta->setText(tr("&Apply my change as a delta on the current value: %1 %2 = %3")
                              .arg(m_current.onHand).arg(signedNumber(mineDelta)).arg(qint64(m_current.onHand) + mineDelta));
    m_keepTheirs->setText(tr("&Keep theirs: %1").arg(m_current.onHand));
    m_setMine->setText(tr("Set &mine anyway: %1").arg(m_mine));
    m_save->setDefault(false);
    showPage(1);
    m_applyDelta->setDefault(true);
    m_applyDelta->setFocus();
}

void EditDialog::showError(const QString &message)
{
    m_error->setText(message);
    m_error->show();
    adjustSize();
}

void EditDialog::setSaving(bool saving)
{
    m_saving = saving;
    m_pages->setEnabled(!saving);
    m_status->setText(saving ? tr("Saving…") : QString());
    m_status->setVisible(saving);
    if (saving)
        m_error->hide();
    else if (isShowingConflict())
        m_applyDelta->setFocus();
    else
        m_quantity->setFocus();
}

} // namespace backroom::ui
