#pragma once
// A read-only table view set up the way every Backroom list is: whole-row single selection, no
// in-place editing, uniform row heights (cheap scrolling through a million rows). GUI thread.

class QTableView;
class QWidget;

namespace backroom::ui {

QTableView *makeRecordTable(QWidget *parent);

} // namespace backroom::ui
