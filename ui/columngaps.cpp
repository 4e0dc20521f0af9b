#include "columngaps.h"

#include <QApplication>
#include <QHeaderView>
#include <QPointer>
#include <QProxyStyle>
#include <QStyleOption>
#include <QTableView>

namespace backroom::ui {

namespace {

class ColumnGapStyle : public QProxyStyle {
public:
    // Cell text: where the item delegate draws it.
    QRect subElementRect(SubElement element, const QStyleOption *option, const QWidget *widget) const override
    {
        QRect r = QProxyStyle::subElementRect(element, option, widget);
        if (element == SE_ItemViewItemText) {
            const int pad = columnPadding(widget);
            r.adjust(pad, 0, -pad, 0);
        }
        return r;
    }

    // Header text: styles lay the label out themselves (not through the proxy), then draw it through
    // the proxy, so the padding goes on here.
    void drawControl(ControlElement element, const QStyleOption *option, QPainter *painter,
                     const QWidget *widget) const override
    {
        if (element == CE_HeaderLabel) {
            if (const auto *header = qstyleoption_cast<const QStyleOptionHeader *>(option)) {
                QStyleOptionHeader padded = *header;
                const int pad = columnPadding(widget);
                padded.rect.adjust(pad, 0, -pad, 0);
                QProxyStyle::drawControl(element, &padded, painter, widget);
                return;
            }
        }
        QProxyStyle::drawControl(element, option, painter, widget);
    }

    QSize sizeFromContents(ContentsType type, const QStyleOption *option, const QSize &size,
                           const QWidget *widget) const override
    {
        QSize s = QProxyStyle::sizeFromContents(type, option, size, widget);
        if (type == CT_HeaderSection || type == CT_ItemViewItem)
            s.rwidth() += 2 * columnPadding(widget);
        return s;
    }
};

QStyle *columnGapStyle()
{
    // One instance for the whole application, deleted with it (after the windows that use it).
    static QPointer<ColumnGapStyle> style;
    if (!style) {
        style = new ColumnGapStyle;
        style->setParent(qApp);
    }
    return style;
}

} // namespace

int columnPadding(const QWidget *widget)
{
    const QFontMetrics fm = widget ? widget->fontMetrics() : QFontMetrics(QApplication::font());
    return fm.horizontalAdvance(QLatin1Char('M')) * 3 / 4;
}

void giveColumnsRoom(QTableView *table)
{
    table->setStyle(columnGapStyle());
    table->horizontalHeader()->setStyle(columnGapStyle());
}

} // namespace backroom::ui
