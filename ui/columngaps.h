#pragma once
// Column gaps for tables: widens the inner horizontal padding of every header section and cell, so
// that a right-aligned column (numbers, money) and a left-aligned neighbour never read as one label
// ("Order Status", "Total Age"). Works through a proxy over whatever style the application uses;
// the header and the cells get the same padding, so a right-aligned header stays over its digits.
// GUI thread.

class QTableView;
class QWidget;

namespace backroom::ui {

void giveColumnsRoom(QTableView *table);
// The padding added on each side of a header label and cell text, in pixels, for a widget's font.
int columnPadding(const QWidget *widget);

} // namespace backroom::ui
