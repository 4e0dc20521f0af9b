<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>backroom::ui::DbGate</name>
    <message>
        <location filename="../ui/dbgate.cpp" line="48"/>
        <source>The connection to the database is lost; Backroom is reconnecting. Try again when the red banner is gone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>backroom::ui::EditDialog</name>
    <message>
        <location filename="../ui/stock/editdialog.cpp" line="57"/>
        <source>Edit stock — %1 in %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stock/editdialog.cpp" line="61"/>
        <source>SKU:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stock/editdialog.cpp" line="62"/>
        <source>Bin:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stock/editdialog.cpp" line="65"/>
        <source>Name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stock/editdialog.cpp" line="111"/>
        <source>%1 on hand, %2 reserved (version %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stock/editdialog.cpp" line="115"/>
        <source>Read:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stock/editdialog.cpp" line="122"/>
        <source>New &amp;on hand:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stock/editdialog.cpp" line="126"/>
        <source>e.g. recount, damaged, found in returns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stock/editdialog.cpp" line="127"/>
        <source>&amp;Reason:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stock/editdialog.cpp" line="132"/>
        <source>&amp;Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stock/editdialog.cpp" line="134"/>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stock/editdialog.cpp" line="147"/>
        <source>Someone else changed this stock row while you were editing it. Nothing of yours has been saved yet: choose what to keep.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stock/editdialog.cpp" line="157"/>
        <source>On hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stock/editdialog.cpp" line="157"/>
        <source>Reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stock/editdialog.cpp" line="157"/>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stock/editdialog.cpp" line="158"/>
        <source>Original (what you read)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stock/editdialog.cpp" line="158"/>
        <source>Their change (now)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stock/editdialog.cpp" line="158"/>
        <source>Your change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stock/editdialog.cpp" line="220"/>
        <source>Applying your change of %1 to the current %2 would give %3, which is not a valid quantity. Choose another option or cancel.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stock/editdialog.cpp" line="241"/>
        <source>edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stock/editdialog.cpp" line="258"/>
        <source>Could not save: the connection to the database is lost (%1). Your edit is kept here; press Save again once the connection is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stock/editdialog.cpp" line="262"/>
        <source>Could not save: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stock/editdialog.cpp" line="273"/>
        <source>The other change: %1 by %2 at %3 (%4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stock/editdialog.cpp" line="289"/>
        <location filename="../ui/stock/editdialog.cpp" line="292"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stock/editdialog.cpp" line="297"/>
        <source>&amp;Apply my change as a delta on the current value: %1 %2 = %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stock/editdialog.cpp" line="299"/>
        <source>&amp;Keep theirs: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stock/editdialog.cpp" line="300"/>
        <source>Set &amp;mine anyway: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stock/editdialog.cpp" line="318"/>
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
        <location filename="../ui/mainwindow.cpp" line="18"/>
        <source>Backroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="41"/>
        <source>&amp;Stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="43"/>
        <source>&amp;Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="53"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="85"/>
        <source>Connection to the database restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="90"/>
        <source>Connection to the database lost — reconnecting…</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>backroom::ui::OrderLinesModel</name>
    <message>
        <location filename="../ui/orders/orderlinesmodel.cpp" line="40"/>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orders/orderlinesmodel.cpp" line="41"/>
        <source>Product</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orders/orderlinesmodel.cpp" line="42"/>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orders/orderlinesmodel.cpp" line="43"/>
        <source>Unit price</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orders/orderlinesmodel.cpp" line="44"/>
        <source>Line total</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>backroom::ui::OrdersModel</name>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="48"/>
        <source>Reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="49"/>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="50"/>
        <source>Picked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="51"/>
        <source>Packed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="52"/>
        <source>Shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="53"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="54"/>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="63"/>
        <source>฿%1.%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="70"/>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/orders/ordersmodel.cpp" line="72"/>
        <source>%n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/orders/ordersmodel.cpp" line="74"/>
        <source>%n h</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/orders/ordersmodel.cpp" line="75"/>
        <source>%n d</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/orders/ordersmodel.cpp" line="98"/>
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n line</numerusform>
            <numerusform>%n lines</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="100"/>
        <source>Reservation expires at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="131"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="132"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="133"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="134"/>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="135"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="136"/>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="137"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>backroom::ui::OrdersScreen</name>
    <message>
        <location filename="../ui/orders/ordersscreen.cpp" line="58"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersscreen.cpp" line="64"/>
        <source>All channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersscreen.cpp" line="65"/>
        <source>Web store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersscreen.cpp" line="68"/>
        <source>Point of sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersscreen.cpp" line="69"/>
        <source>&amp;Created from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersscreen.cpp" line="80"/>
        <source>S&amp;tatus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersscreen.cpp" line="82"/>
        <source>C&amp;hannel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersscreen.cpp" line="92"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersscreen.cpp" line="125"/>
        <source>&amp;Cancel order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersscreen.cpp" line="127"/>
        <source>Cancel the selected reserved order and put its stock back on sale (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersscreen.cpp" line="149"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersscreen.cpp" line="154"/>
        <location filename="../ui/orders/ordersscreen.cpp" line="310"/>
        <source>Cancel order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersscreen.cpp" line="186"/>
        <source>Could not load orders: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersscreen.cpp" line="189"/>
        <source>Could not load orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersscreen.cpp" line="267"/>
        <source>&lt;i&gt;Select an order to see its lines.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersscreen.cpp" line="271"/>
        <source>&lt;b&gt;Order #%1&lt;/b&gt; — loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersscreen.cpp" line="280"/>
        <source>Could not load the order: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersscreen.cpp" line="290"/>
        <source>&lt;b&gt;Order #%1&lt;/b&gt; · %2 · %3&lt;br&gt;Created %4 · Total &lt;b&gt;%5&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersscreen.cpp" line="296"/>
        <source>&lt;br&gt;Reservation expires %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersscreen.cpp" line="298"/>
        <source>&lt;br&gt;&lt;small&gt;Key: %1&lt;/small&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersscreen.cpp" line="311"/>
        <source>Cancel order #%1 (%2)? Its reserved stock goes back on sale. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersscreen.cpp" line="316"/>
        <source>Cancel the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersscreen.cpp" line="317"/>
        <source>Keep the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersscreen.cpp" line="331"/>
        <source>Cancelling order #%1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersscreen.cpp" line="338"/>
        <source>Could not cancel order #%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersscreen.cpp" line="343"/>
        <source>Order #%1 cancelled; its stock is back on sale.</source>
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
