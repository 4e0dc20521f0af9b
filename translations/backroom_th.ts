<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
<context>
    <name>backroom::ui::DbGate</name>
    <message>
        <location filename="../ui/dbgate.cpp" line="48"/>
        <source>The connection to the database is lost; Backroom is reconnecting. Try again when the red banner is gone.</source>
        <translation>การเชื่อมต่อฐานข้อมูลขาดหาย Backroom กำลังเชื่อมต่อใหม่ ลองอีกครั้งเมื่อแถบสีแดงหายไป</translation>
    </message>
</context>
<context>
    <name>backroom::ui::EditDialog</name>
    <message>
        <location filename="../ui/stock/editdialog.cpp" line="57"/>
        <source>Edit stock — %1 in %2</source>
        <translation>แก้ไขสต็อก — %1 ในช่อง %2</translation>
    </message>
    <message>
        <location filename="../ui/stock/editdialog.cpp" line="61"/>
        <source>SKU:</source>
        <translation>รหัสสินค้า (SKU):</translation>
    </message>
    <message>
        <location filename="../ui/stock/editdialog.cpp" line="62"/>
        <source>Bin:</source>
        <translation>ช่องเก็บ:</translation>
    </message>
    <message>
        <location filename="../ui/stock/editdialog.cpp" line="65"/>
        <source>Name:</source>
        <translation>ชื่อสินค้า:</translation>
    </message>
    <message>
        <location filename="../ui/stock/editdialog.cpp" line="111"/>
        <source>%1 on hand, %2 reserved (version %3)</source>
        <translation>คงคลัง %1, จองแล้ว %2 (เวอร์ชัน %3)</translation>
    </message>
    <message>
        <location filename="../ui/stock/editdialog.cpp" line="115"/>
        <source>Read:</source>
        <translation>ค่าที่อ่านได้:</translation>
    </message>
    <message>
        <location filename="../ui/stock/editdialog.cpp" line="122"/>
        <source>New &amp;on hand:</source>
        <translation>จำนวนคงคลังใหม่ (&amp;O):</translation>
    </message>
    <message>
        <location filename="../ui/stock/editdialog.cpp" line="126"/>
        <source>e.g. recount, damaged, found in returns</source>
        <translation>เช่น นับใหม่, สินค้าเสียหาย, พบในสินค้าคืน</translation>
    </message>
    <message>
        <location filename="../ui/stock/editdialog.cpp" line="127"/>
        <source>&amp;Reason:</source>
        <translation>เหตุผล (&amp;R):</translation>
    </message>
    <message>
        <location filename="../ui/stock/editdialog.cpp" line="132"/>
        <source>&amp;Save</source>
        <translation>บันทึก (&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/stock/editdialog.cpp" line="134"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location filename="../ui/stock/editdialog.cpp" line="147"/>
        <source>Someone else changed this stock row while you were editing it. Nothing of yours has been saved yet: choose what to keep.</source>
        <translation>มีผู้อื่นแก้ไขสต็อกรายการนี้ระหว่างที่คุณกำลังแก้ไข การแก้ไขของคุณยังไม่ถูกบันทึก: โปรดเลือกว่าจะเก็บค่าใด</translation>
    </message>
    <message>
        <location filename="../ui/stock/editdialog.cpp" line="157"/>
        <source>On hand</source>
        <translation>คงคลัง</translation>
    </message>
    <message>
        <location filename="../ui/stock/editdialog.cpp" line="157"/>
        <source>Reserved</source>
        <translation>จองแล้ว</translation>
    </message>
    <message>
        <location filename="../ui/stock/editdialog.cpp" line="157"/>
        <source>Version</source>
        <translation>เวอร์ชัน</translation>
    </message>
    <message>
        <location filename="../ui/stock/editdialog.cpp" line="158"/>
        <source>Original (what you read)</source>
        <translation>ค่าเดิม (ที่คุณอ่าน)</translation>
    </message>
    <message>
        <location filename="../ui/stock/editdialog.cpp" line="158"/>
        <source>Their change (now)</source>
        <translation>การแก้ไขของผู้อื่น (ปัจจุบัน)</translation>
    </message>
    <message>
        <location filename="../ui/stock/editdialog.cpp" line="158"/>
        <source>Your change</source>
        <translation>การแก้ไขของคุณ</translation>
    </message>
    <message>
        <location filename="../ui/stock/editdialog.cpp" line="220"/>
        <source>Applying your change of %1 to the current %2 would give %3, which is not a valid quantity. Choose another option or cancel.</source>
        <translation>หากนำการเปลี่ยนแปลง %1 ของคุณไปใช้กับค่าปัจจุบัน %2 จะได้ %3 ซึ่งไม่ใช่จำนวนที่ถูกต้อง โปรดเลือกตัวเลือกอื่นหรือยกเลิก</translation>
    </message>
    <message>
        <location filename="../ui/stock/editdialog.cpp" line="241"/>
        <source>edit</source>
        <translation>แก้ไข</translation>
    </message>
    <message>
        <location filename="../ui/stock/editdialog.cpp" line="258"/>
        <source>Could not save: the connection to the database is lost (%1). Your edit is kept here; press Save again once the connection is back.</source>
        <translation>บันทึกไม่สำเร็จ: การเชื่อมต่อฐานข้อมูลขาดหาย (%1) การแก้ไขของคุณยังอยู่ในหน้าต่างนี้ กดบันทึกอีกครั้งเมื่อเชื่อมต่อได้แล้ว</translation>
    </message>
    <message>
        <location filename="../ui/stock/editdialog.cpp" line="262"/>
        <source>Could not save: %1</source>
        <translation>บันทึกไม่สำเร็จ: %1</translation>
    </message>
    <message>
        <location filename="../ui/stock/editdialog.cpp" line="273"/>
        <source>The other change: %1 by %2 at %3 (%4).</source>
        <translation>การแก้ไขของผู้อื่น: %1 โดย %2 เมื่อ %3 (%4)</translation>
    </message>
    <message>
        <location filename="../ui/stock/editdialog.cpp" line="289"/>
        <location filename="../ui/stock/editdialog.cpp" line="292"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/stock/editdialog.cpp" line="297"/>
        <source>&amp;Apply my change as a delta on the current value: %1 %2 = %3</source>
        <translation>นำการเปลี่ยนแปลงของฉันไปบวกลบกับค่าปัจจุบัน (&amp;A): %1 %2 = %3</translation>
    </message>
    <message>
        <location filename="../ui/stock/editdialog.cpp" line="299"/>
        <source>&amp;Keep theirs: %1</source>
        <translation>ใช้ค่าของผู้อื่น (&amp;K): %1</translation>
    </message>
    <message>
        <location filename="../ui/stock/editdialog.cpp" line="300"/>
        <source>Set &amp;mine anyway: %1</source>
        <translation>ใช้ค่าของฉัน (&amp;M): %1</translation>
    </message>
    <message>
        <location filename="../ui/stock/editdialog.cpp" line="318"/>
        <source>Saving…</source>
        <translation>กำลังบันทึก…</translation>
    </message>
</context>
<context>
    <name>backroom::ui::HistoryModel</name>
    <message>
        <location filename="../ui/stock/historymodel.cpp" line="50"/>
        <source>Time</source>
        <translation>เวลา</translation>
    </message>
    <message>
        <location filename="../ui/stock/historymodel.cpp" line="51"/>
        <source>Change</source>
        <translation>เปลี่ยนแปลง</translation>
    </message>
    <message>
        <location filename="../ui/stock/historymodel.cpp" line="52"/>
        <source>After</source>
        <translation>คงเหลือ</translation>
    </message>
    <message>
        <location filename="../ui/stock/historymodel.cpp" line="53"/>
        <source>Reason</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <location filename="../ui/stock/historymodel.cpp" line="54"/>
        <source>By</source>
        <translation>โดย</translation>
    </message>
    <message>
        <location filename="../ui/stock/historymodel.cpp" line="55"/>
        <source>Reference</source>
        <translation>อ้างอิง</translation>
    </message>
</context>
<context>
    <name>backroom::ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="18"/>
        <source>Backroom</source>
        <translation>Backroom</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="41"/>
        <source>&amp;Stock</source>
        <translation>สต็อก (&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="43"/>
        <source>&amp;Orders</source>
        <translation>คำสั่งซื้อ (&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="53"/>
        <source>Ready</source>
        <translation>พร้อมใช้งาน</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="85"/>
        <source>Connection to the database restored.</source>
        <translation>เชื่อมต่อฐานข้อมูลได้อีกครั้งแล้ว</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="90"/>
        <source>Connection to the database lost — reconnecting…</source>
        <translation>การเชื่อมต่อฐานข้อมูลขาดหาย — กำลังเชื่อมต่อใหม่…</translation>
    </message>
</context>
<context>
    <name>backroom::ui::OrderLinesModel</name>
    <message>
        <location filename="../ui/orders/orderlinesmodel.cpp" line="40"/>
        <source>SKU</source>
        <translation>รหัสสินค้า</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderlinesmodel.cpp" line="41"/>
        <source>Product</source>
        <translation>สินค้า</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderlinesmodel.cpp" line="42"/>
        <source>Qty</source>
        <translation>จำนวน</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderlinesmodel.cpp" line="43"/>
        <source>Unit price</source>
        <translation>ราคาต่อหน่วย</translation>
    </message>
    <message>
        <location filename="../ui/orders/orderlinesmodel.cpp" line="44"/>
        <source>Line total</source>
        <translation>รวม</translation>
    </message>
</context>
<context>
    <name>backroom::ui::OrdersModel</name>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="48"/>
        <source>Reserved</source>
        <translation>จองแล้ว</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="49"/>
        <source>Paid</source>
        <translation>ชำระแล้ว</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="50"/>
        <source>Picked</source>
        <translation>หยิบแล้ว</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="51"/>
        <source>Packed</source>
        <translation>แพ็กแล้ว</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="52"/>
        <source>Shipped</source>
        <translation>จัดส่งแล้ว</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="53"/>
        <source>Cancelled</source>
        <translation>ยกเลิกแล้ว</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="54"/>
        <source>Expired</source>
        <translation>หมดอายุ</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="63"/>
        <source>฿%1.%2</source>
        <translation>฿%1.%2</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="70"/>
        <source>just now</source>
        <translation>เมื่อสักครู่</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/orders/ordersmodel.cpp" line="72"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n นาที</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/orders/ordersmodel.cpp" line="74"/>
        <source>%n h</source>
        <translation>
            <numerusform>%n ชม.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/orders/ordersmodel.cpp" line="75"/>
        <source>%n d</source>
        <translation>
            <numerusform>%n วัน</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/orders/ordersmodel.cpp" line="98"/>
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n รายการ</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="100"/>
        <source>Reservation expires at %1</source>
        <translation>การจองหมดอายุเวลา %1</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="131"/>
        <source>Order</source>
        <translation>คำสั่งซื้อ</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="132"/>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="133"/>
        <source>Channel</source>
        <translation>ช่องทาง</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="134"/>
        <source>Items</source>
        <translation>ชิ้น</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="135"/>
        <source>Total</source>
        <translation>ยอดรวม</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="136"/>
        <source>Age</source>
        <translation>อายุ</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="137"/>
        <source>Created</source>
        <translation>สร้างเมื่อ</translation>
    </message>
</context>
<context>
    <name>backroom::ui::OrdersScreen</name>
    <message>
        <location filename="../ui/orders/ordersscreen.cpp" line="58"/>
        <source>All statuses</source>
        <translation>ทุกสถานะ</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersscreen.cpp" line="64"/>
        <source>All channels</source>
        <translation>ทุกช่องทาง</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersscreen.cpp" line="65"/>
        <source>Web store</source>
        <translation>เว็บไซต์ร้าน</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersscreen.cpp" line="68"/>
        <source>Point of sale</source>
        <translation>หน้าร้าน (POS)</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersscreen.cpp" line="69"/>
        <source>&amp;Created from</source>
        <translation>สร้างตั้งแต่ (&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersscreen.cpp" line="80"/>
        <source>S&amp;tatus:</source>
        <translation>สถานะ (&amp;T):</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersscreen.cpp" line="82"/>
        <source>C&amp;hannel:</source>
        <translation>ช่องทาง (&amp;H):</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersscreen.cpp" line="92"/>
        <source>to</source>
        <translation>ถึง</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersscreen.cpp" line="125"/>
        <source>&amp;Cancel order…</source>
        <translation>ยกเลิกคำสั่งซื้อ… (&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersscreen.cpp" line="127"/>
        <source>Cancel the selected reserved order and put its stock back on sale (Delete)</source>
        <translation>ยกเลิกคำสั่งซื้อที่จองไว้และคืนสต็อกให้พร้อมขาย (Delete)</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersscreen.cpp" line="149"/>
        <source>Refresh</source>
        <translation>รีเฟรช</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersscreen.cpp" line="154"/>
        <location filename="../ui/orders/ordersscreen.cpp" line="310"/>
        <source>Cancel order</source>
        <translation>ยกเลิกคำสั่งซื้อ</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersscreen.cpp" line="186"/>
        <source>Could not load orders: %1</source>
        <translation>โหลดคำสั่งซื้อไม่สำเร็จ: %1</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersscreen.cpp" line="189"/>
        <source>Could not load orders</source>
        <translation>โหลดคำสั่งซื้อไม่สำเร็จ</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersscreen.cpp" line="267"/>
        <source>&lt;i&gt;Select an order to see its lines.&lt;/i&gt;</source>
        <translation>&lt;i&gt;เลือกคำสั่งซื้อเพื่อดูรายการสินค้า&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersscreen.cpp" line="271"/>
        <source>&lt;b&gt;Order #%1&lt;/b&gt; — loading…</source>
        <translation>&lt;b&gt;คำสั่งซื้อ #%1&lt;/b&gt; — กำลังโหลด…</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersscreen.cpp" line="280"/>
        <source>Could not load the order: %1</source>
        <translation>โหลดคำสั่งซื้อไม่สำเร็จ: %1</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersscreen.cpp" line="290"/>
        <source>&lt;b&gt;Order #%1&lt;/b&gt; · %2 · %3&lt;br&gt;Created %4 · Total &lt;b&gt;%5&lt;/b&gt;</source>
        <translation>&lt;b&gt;คำสั่งซื้อ #%1&lt;/b&gt; · %2 · %3&lt;br&gt;สร้างเมื่อ %4 · ยอดรวม &lt;b&gt;%5&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersscreen.cpp" line="296"/>
        <source>&lt;br&gt;Reservation expires %1</source>
        <translation>&lt;br&gt;การจองหมดอายุ %1</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersscreen.cpp" line="298"/>
        <source>&lt;br&gt;&lt;small&gt;Key: %1&lt;/small&gt;</source>
        <translation>&lt;br&gt;&lt;small&gt;คีย์: %1&lt;/small&gt;</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersscreen.cpp" line="311"/>
        <source>Cancel order #%1 (%2)? Its reserved stock goes back on sale. This cannot be undone.</source>
        <translation>ยกเลิกคำสั่งซื้อ #%1 (%2) หรือไม่? สต็อกที่จองไว้จะกลับมาพร้อมขาย และไม่สามารถย้อนกลับได้</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersscreen.cpp" line="316"/>
        <source>Cancel the order</source>
        <translation>ยกเลิกคำสั่งซื้อ</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersscreen.cpp" line="317"/>
        <source>Keep the order</source>
        <translation>เก็บคำสั่งซื้อไว้</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersscreen.cpp" line="331"/>
        <source>Cancelling order #%1…</source>
        <translation>กำลังยกเลิกคำสั่งซื้อ #%1…</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersscreen.cpp" line="338"/>
        <source>Could not cancel order #%1: %2</source>
        <translation>ยกเลิกคำสั่งซื้อ #%1 ไม่สำเร็จ: %2</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersscreen.cpp" line="343"/>
        <source>Order #%1 cancelled; its stock is back on sale.</source>
        <translation>ยกเลิกคำสั่งซื้อ #%1 แล้ว สต็อกกลับมาพร้อมขาย</translation>
    </message>
</context>
<context>
    <name>backroom::ui::StockModel</name>
    <message>
        <location filename="../ui/stock/stockmodel.cpp" line="51"/>
        <source>This stock row was removed by someone else. Press F5 to reload.</source>
        <translation>รายการสต็อกนี้ถูกลบโดยผู้อื่น กด F5 เพื่อโหลดใหม่</translation>
    </message>
    <message>
        <location filename="../ui/stock/stockmodel.cpp" line="85"/>
        <source>SKU</source>
        <translation>รหัสสินค้า</translation>
    </message>
    <message>
        <location filename="../ui/stock/stockmodel.cpp" line="86"/>
        <source>Name</source>
        <translation>ชื่อสินค้า</translation>
    </message>
    <message>
        <location filename="../ui/stock/stockmodel.cpp" line="87"/>
        <source>Thai name</source>
        <translation>ชื่อภาษาไทย</translation>
    </message>
    <message>
        <location filename="../ui/stock/stockmodel.cpp" line="88"/>
        <source>Bin</source>
        <translation>ช่องเก็บ</translation>
    </message>
    <message>
        <location filename="../ui/stock/stockmodel.cpp" line="89"/>
        <source>On hand</source>
        <translation>คงคลัง</translation>
    </message>
    <message>
        <location filename="../ui/stock/stockmodel.cpp" line="90"/>
        <source>Reserved</source>
        <translation>จองแล้ว</translation>
    </message>
    <message>
        <location filename="../ui/stock/stockmodel.cpp" line="91"/>
        <source>Available</source>
        <translation>พร้อมขาย</translation>
    </message>
</context>
<context>
    <name>backroom::ui::StockScreen</name>
    <message>
        <location filename="../ui/stock/stockscreen.cpp" line="55"/>
        <source>Search SKU or name, English or Thai — typos are fine (Ctrl+F)</source>
        <translation>ค้นหารหัสสินค้าหรือชื่อ ภาษาไทยหรืออังกฤษ — พิมพ์ผิดได้ (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/stock/stockscreen.cpp" line="80"/>
        <source>History</source>
        <translation>ประวัติ</translation>
    </message>
    <message>
        <location filename="../ui/stock/stockscreen.cpp" line="105"/>
        <source>Refresh</source>
        <translation>รีเฟรช</translation>
    </message>
    <message>
        <location filename="../ui/stock/stockscreen.cpp" line="110"/>
        <source>Search</source>
        <translation>ค้นหา</translation>
    </message>
    <message>
        <location filename="../ui/stock/stockscreen.cpp" line="115"/>
        <source>Edit quantity</source>
        <translation>แก้ไขจำนวน</translation>
    </message>
    <message>
        <location filename="../ui/stock/stockscreen.cpp" line="230"/>
        <source>History — select a row to see its changes</source>
        <translation>ประวัติ — เลือกรายการเพื่อดูการเปลี่ยนแปลง</translation>
    </message>
    <message>
        <location filename="../ui/stock/stockscreen.cpp" line="235"/>
        <source>History of %1 in bin %2</source>
        <translation>ประวัติของ %1 ในช่อง %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/stock/stockscreen.cpp" line="240"/>
        <source>%n row(s) loaded</source>
        <translation>
            <numerusform>โหลดแล้ว %n รายการ</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/stock/stockscreen.cpp" line="242"/>
        <source> — loading…</source>
        <translation> — กำลังโหลด…</translation>
    </message>
    <message>
        <location filename="../ui/stock/stockscreen.cpp" line="244"/>
        <source>Could not load stock: %1</source>
        <translation>โหลดสต็อกไม่สำเร็จ: %1</translation>
    </message>
</context>
</TS>
