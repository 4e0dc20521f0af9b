#pragma once
// HealthSection: one panel of the health screen (backups today; circuit breakers and payment gateways
// come next). A section reads its state through core when refresh() is called and shows it; the
// screen decides when. Lives on the GUI thread.

#include <QGroupBox>

namespace backroom::ui {

class HealthSection : public QGroupBox {
    Q_OBJECT
public:
    using QGroupBox::QGroupBox;
    // Starts reading the section's state; returns at once, the section updates itself when it arrives.
    virtual void refresh() = 0;
    // True while something in the section needs the owner's attention (shown red).
    bool needsAttention() const { return m_attention; }

signals:
    void refreshed();   // the new state is shown

protected:
    void setNeedsAttention(bool attention) { m_attention = attention; }

private:
    bool m_attention = false;
};

} // namespace backroom::ui
