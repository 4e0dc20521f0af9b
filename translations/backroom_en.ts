<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>AppSettings</name>
    <message>
        <location filename="../ui/appsettings.cpp" line="55"/>
        <source>System (%1)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionFacts</name>
    <message>
        <location filename="../ui/connectionfacts.cpp" line="35"/>
        <source>local</source>
        <translation type="unfinished"></translation>
    </message>
</context>
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
        <location filename="../ui/stock/historymodel.cpp" line="51"/>
        <source>Time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stock/historymodel.cpp" line="52"/>
        <source>Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stock/historymodel.cpp" line="53"/>
        <source>After</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stock/historymodel.cpp" line="54"/>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stock/historymodel.cpp" line="55"/>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stock/historymodel.cpp" line="56"/>
        <source>Reference</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>backroom::ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="63"/>
        <source>Backroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="90"/>
        <source>&amp;Stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="92"/>
        <source>&amp;Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="109"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="128"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="129"/>
        <source>&amp;Connect to another database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="130"/>
        <source>Switch to another connection profile or database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="137"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="120"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="144"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="146"/>
        <source>&amp;Full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="150"/>
        <source>&amp;Reset layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="151"/>
        <source>Put the window size, columns and panes back as they were at first start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="157"/>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="158"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="166"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="167"/>
        <source>&amp;Keyboard shortcuts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="171"/>
        <source>&amp;About Backroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="173"/>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="257"/>
        <source>Nothing to edit on this screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="287"/>
        <source>%1 menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="290"/>
        <source>%1 screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="314"/>
        <source>&lt;h3&gt;Backroom %1&lt;/h3&gt;&lt;p&gt;The back office for shops selling on their web store, Shopee and Lazada, with one PostgreSQL database as the single source of truth.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="317"/>
        <source>&lt;p&gt;Qt %1 · libpq %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="319"/>
        <source>&lt;p&gt;PostgreSQL server %1&lt;br&gt;Connected as %2%3&lt;br&gt;%4&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="321"/>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="322"/>
        <source>Encrypted connection (TLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="322"/>
        <source>Connection not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="324"/>
        <source>&lt;p&gt;Not connected to the database yet.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="329"/>
        <source>About Backroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="342"/>
        <source>The connection to %1 is not encrypted: passwords and shop data cross the network readable on the way. Connect with sslmode=verify-full.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="353"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="354"/>
        <source>PostgreSQL %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="356"/>
        <source>encrypted (TLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="356"/>
        <source>not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="404"/>
        <source>Layout reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="452"/>
        <source>Connection to the database restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="457"/>
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
        <location filename="../ui/orders/ordersmodel.cpp" line="62"/>
        <source>Reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="63"/>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="64"/>
        <source>Picked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="65"/>
        <source>Packed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="66"/>
        <source>Shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="67"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="68"/>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="77"/>
        <source>฿%1.%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="84"/>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/orders/ordersmodel.cpp" line="86"/>
        <source>%n min</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/orders/ordersmodel.cpp" line="88"/>
        <source>%n h</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/orders/ordersmodel.cpp" line="89"/>
        <source>%n d</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/orders/ordersmodel.cpp" line="112"/>
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n line</numerusform>
            <numerusform>%n lines</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="114"/>
        <source>Reservation expires at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="145"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="146"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="147"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="148"/>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="149"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="150"/>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="151"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>backroom::ui::OrdersScreen</name>
    <message>
        <location filename="../ui/orders/ordersscreen.cpp" line="51"/>
        <source>All statuses</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersscreen.cpp" line="57"/>
        <source>All channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersscreen.cpp" line="58"/>
        <source>Web store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersscreen.cpp" line="61"/>
        <source>Point of sale</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersscreen.cpp" line="86"/>
        <source>to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersscreen.cpp" line="120"/>
        <location filename="../ui/orders/ordersscreen.cpp" line="150"/>
        <source>&amp;Cancel order…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersscreen.cpp" line="122"/>
        <source>Cancel the selected reserved order and put its stock back on sale (Delete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersscreen.cpp" line="145"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersscreen.cpp" line="376"/>
        <source>Cancel order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersscreen.cpp" line="186"/>
        <source>Could not load orders: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersscreen.cpp" line="62"/>
        <source>C&amp;reated from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersscreen.cpp" line="74"/>
        <source>St&amp;atus:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersscreen.cpp" line="76"/>
        <source>Cha&amp;nnel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersscreen.cpp" line="191"/>
        <source>Could not load orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersscreen.cpp" line="273"/>
        <source>&lt;p&gt;&lt;b&gt;Orders could not be loaded.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;They appear here as soon as the database answers again; F5 tries now.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersscreen.cpp" line="276"/>
        <source>Loading orders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersscreen.cpp" line="278"/>
        <source>&lt;p&gt;&lt;b&gt;No orders match these filters.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Choose “All statuses” and “All channels”, or widen the dates, to see more.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersscreen.cpp" line="280"/>
        <source>&lt;p&gt;&lt;b&gt;No orders yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Orders from the web store, Shopee and Lazada appear here as they are placed; &lt;code style=&quot;white-space: nowrap&quot;&gt;backroom order place&lt;/code&gt; creates one by hand.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersscreen.cpp" line="329"/>
        <source>&lt;i&gt;Select an order to see its lines.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersscreen.cpp" line="333"/>
        <source>&lt;b&gt;Order #%1&lt;/b&gt; — loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersscreen.cpp" line="342"/>
        <source>Could not load the order: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersscreen.cpp" line="352"/>
        <source>&lt;b&gt;Order #%1&lt;/b&gt; · %2 · %3&lt;br&gt;Created %4 · Total &lt;b&gt;%5&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersscreen.cpp" line="358"/>
        <source>&lt;br&gt;Reservation expires %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersscreen.cpp" line="360"/>
        <source>&lt;br&gt;&lt;small&gt;Key: %1&lt;/small&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersscreen.cpp" line="377"/>
        <source>Cancel order #%1 (%2)? Its reserved stock goes back on sale. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersscreen.cpp" line="382"/>
        <source>Cancel the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersscreen.cpp" line="383"/>
        <source>Keep the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersscreen.cpp" line="397"/>
        <source>Cancelling order #%1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersscreen.cpp" line="404"/>
        <source>Could not cancel order #%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersscreen.cpp" line="409"/>
        <source>Order #%1 cancelled; its stock is back on sale.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>backroom::ui::SettingsDialog</name>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="18"/>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="26"/>
        <source>Backroom uses the new language the next time it starts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="29"/>
        <source>&amp;Ask before cancelling an order or making any other change that cannot be undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="33"/>
        <source>General</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="35"/>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>backroom::ui::ShortcutsDialog</name>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="42"/>
        <source>Keyboard shortcuts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="45"/>
        <source>Action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="45"/>
        <source>Shortcut</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="45"/>
        <source>Where</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="62"/>
        <source>Menus open with Alt and the underlined letter; Tab moves between fields.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>backroom::ui::StockModel</name>
    <message>
        <location filename="../ui/stock/stockmodel.cpp" line="53"/>
        <source>This stock row was removed by someone else. Press F5 to reload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stock/stockmodel.cpp" line="87"/>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stock/stockmodel.cpp" line="88"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stock/stockmodel.cpp" line="89"/>
        <source>Thai name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stock/stockmodel.cpp" line="90"/>
        <source>Bin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stock/stockmodel.cpp" line="91"/>
        <source>On hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stock/stockmodel.cpp" line="92"/>
        <source>Reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stock/stockmodel.cpp" line="93"/>
        <source>Available</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>backroom::ui::StockScreen</name>
    <message>
        <location filename="../ui/stock/stockscreen.cpp" line="43"/>
        <source>Search SKU or name, English or Thai — typos are fine (Ctrl+F)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stock/stockscreen.cpp" line="69"/>
        <source>History</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stock/stockscreen.cpp" line="95"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stock/stockscreen.cpp" line="100"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stock/stockscreen.cpp" line="105"/>
        <source>Edit quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stock/stockscreen.cpp" line="221"/>
        <source>History — select a row to see its changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stock/stockscreen.cpp" line="226"/>
        <source>History of %1 in bin %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/stock/stockscreen.cpp" line="231"/>
        <source>%n row(s) loaded</source>
        <translation>
            <numerusform>%n row loaded</numerusform>
            <numerusform>%n rows loaded</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/stock/stockscreen.cpp" line="233"/>
        <source> — loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stock/stockscreen.cpp" line="235"/>
        <source>Could not load stock: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
