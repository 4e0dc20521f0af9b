#pragma once
// WavesScreen: the warehouse lead's tab. The list of waves with their progress (WavesModel), a form to
// create a wave (cut-off, channel, zone), Release (optionally cut into one list per picker), Close, each
// after a confirmation, and Print pick list (a PDF through print/, opened in the desktop's viewer, or
// saved where the user says). Lives on the GUI thread; every database call goes through DbGate.

#include "pdfopener.h"

#include <QPointer>
#include <QWidget>
#include <functional>
#include <optional>

class QComboBox;
class QDateTimeEdit;
class QLabel;
class QLineEdit;
class QMessageBox;
class QPushButton;
class QTableView;

namespace backroom::ui {

class DbGate;
class WavesModel;

class WavesScreen : public QWidget {
    Q_OBJECT
public:
    explicit WavesScreen(DbGate *db, QWidget *parent = nullptr);

    WavesModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QDateTimeEdit *cutoffEdit() const { return m_cutoff; }
    QComboBox *channelBox() const { return m_channel; }
    QLineEdit *zoneEdit() const { return m_zone; }
    QLineEdit *pickersEdit() const { return m_pickers; }
    QComboBox *pageSizeBox() const { return m_pageSize; }
    QPushButton *createButton() const { return m_create; }
    QPushButton *releaseButton() const { return m_release; }
    QPushButton *closeButton() const { return m_close; }
    QPushButton *printButton() const { return m_print; }
    QLabel *messageLabel() const { return m_message; }
    // The open confirmation (create, release, close), if any.
    QMessageBox *confirmation() const { return m_confirm; }
    std::optional<qint64> selectedWaveId() const;
    void selectWave(qint64 id);
    // Where a printed pick list goes (default: the desktop's PDF viewer).
    void setPdfOpener(PdfOpener opener) { m_opener = std::move(opener); }

public slots:
    void reload();
    void createWave();
    void releaseSelected();
    void closeSelected();
    void printSelected();
    void savePickListAs();

signals:
    void waveChanged(qint64 id);
    void pickListWritten(const QString &path, int pages);

private:
    void buildForm(QWidget *form);
    void confirmThen(const QString &title, const QString &text, const QString &yesText, std::function<void()> then);
    void setMessage(const QString &text, bool error);
    void updateButtons();
    void writePickList(qint64 waveId, const QString &path, bool open);

    DbGate *m_db;
    WavesModel *m_model;
    QTableView *m_table;
    QDateTimeEdit *m_cutoff;
    QComboBox *m_channel;
    QLineEdit *m_zone;
    QLineEdit *m_pickers;
    QComboBox *m_pageSize;
    QPushButton *m_create;
    QPushButton *m_release;
    QPushButton *m_close;
    QPushButton *m_print;
    QPushButton *m_saveAs;
    QLabel *m_message;
    QPointer<QMessageBox> m_confirm;
    PdfOpener m_opener = desktopPdfOpener();
};

} // namespace backroom::ui
