<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>backroom::ui::EditDialog</name>
    <message>
        <location filename="../ui/stock/editdialog.cpp" line="47"/>
        <source>Edit stock — %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stock/editdialog.cpp" line="51"/>
        <source>SKU:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stock/editdialog.cpp" line="52"/>
        <source>Bin:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stock/editdialog.cpp" line="55"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stock/editdialog.cpp" line="101"/>
        <source>%1 on hand, %2 reserved (version %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stock/editdialog.cpp" line="105"/>
        <source>Read:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stock/editdialog.cpp" line="112"/>
        <source>New &amp;on hand:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stock/editdialog.cpp" line="116"/>
        <source>e.g. recount, damaged, found in returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stock/editdialog.cpp" line="117"/>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stock/editdialog.cpp" line="122"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stock/editdialog.cpp" line="124"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stock/editdialog.cpp" line="137"/>
        <source>Someone else changed this stock row while you were editing it. Nothing of yours has been saved yet: choose what to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stock/editdialog.cpp" line="147"/>
        <source>On hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stock/editdialog.cpp" line="147"/>
        <source>Reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stock/editdialog.cpp" line="147"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stock/editdialog.cpp" line="148"/>
        <source>Original (what you read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stock/editdialog.cpp" line="148"/>
        <source>Their change (now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stock/editdialog.cpp" line="148"/>
        <source>Your change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stock/editdialog.cpp" line="210"/>
        <source>Applying your change of %1 to the current %2 would give %3, which is not a valid quantity. Choose another option or cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stock/editdialog.cpp" line="231"/>
        <source>edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stock/editdialog.cpp" line="248"/>
        <source>Could not save: the connection to the database is lost (%1). Your edit is kept here; press Save again once the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stock/editdialog.cpp" line="252"/>
        <source>Could not save: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stock/editdialog.cpp" line="263"/>
        <source>The other change: %1 by %2 at %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stock/editdialog.cpp" line="279"/>
        <location filename="../ui/stock/editdialog.cpp" line="282"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stock/editdialog.cpp" line="287"/>
        <source>&amp;Apply my change as a delta on the current value: %1 %2 = %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stock/editdialog.cpp" line="289"/>
        <source>&amp;Keep theirs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stock/editdialog.cpp" line="290"/>
        <source>Set &amp;mine anyway: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stock/editdialog.cpp" line="308"/>
        <source>Saving…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>backroom::ui::HistoryModel</name>
    <message>
        <location filename="../ui/stock/historymodel.cpp" line="50"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stock/historymodel.cpp" line="51"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stock/historymodel.cpp" line="52"/>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stock/historymodel.cpp" line="53"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stock/historymodel.cpp" line="54"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stock/historymodel.cpp" line="55"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>backroom::ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="16"/>
        <source>Backroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="38"/>
        <source>&amp;Stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="48"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="78"/>
        <source>Connection to the database restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="83"/>
        <source>Connection to the database lost — reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>backroom::ui::StockModel</name>
    <message>
        <location filename="../ui/stock/stockmodel.cpp" line="51"/>
        <source>This stock row was removed by someone else. Press F5 to reload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stock/stockmodel.cpp" line="85"/>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stock/stockmodel.cpp" line="86"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stock/stockmodel.cpp" line="87"/>
        <source>Thai name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stock/stockmodel.cpp" line="88"/>
        <source>Bin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stock/stockmodel.cpp" line="89"/>
        <source>On hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stock/stockmodel.cpp" line="90"/>
        <source>Reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stock/stockmodel.cpp" line="91"/>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>backroom::ui::StockScreen</name>
    <message>
        <location filename="../ui/stock/stockscreen.cpp" line="55"/>
        <source>Search SKU or name, English or Thai — typos are fine (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stock/stockscreen.cpp" line="80"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stock/stockscreen.cpp" line="105"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stock/stockscreen.cpp" line="110"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stock/stockscreen.cpp" line="115"/>
        <source>Edit quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stock/stockscreen.cpp" line="230"/>
        <source>History — select a row to see its changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stock/stockscreen.cpp" line="235"/>
        <source>History of %1 in bin %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/stock/stockscreen.cpp" line="240"/>
        <source>%n row(s) loaded</source>
        <translation>
            <numerusform>%n row loaded</numerusform>
            <numerusform>%n rows loaded</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/stock/stockscreen.cpp" line="242"/>
        <source> — loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stock/stockscreen.cpp" line="244"/>
        <source>Could not load stock: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
