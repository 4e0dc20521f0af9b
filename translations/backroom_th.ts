<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
<context>
    <name>backroom::ui::EditDialog</name>
    <message>
        <location filename="../ui/stock/editdialog.cpp" line="47"/>
        <source>Edit stock — %1 in %2</source>
        <translation>แก้ไขสต็อก — %1 ในช่อง %2</translation>
    </message>
    <message>
        <location filename="../ui/stock/editdialog.cpp" line="51"/>
        <source>SKU:</source>
        <translation>รหัสสินค้า (SKU):</translation>
    </message>
    <message>
        <location filename="../ui/stock/editdialog.cpp" line="52"/>
        <source>Bin:</source>
        <translation>ช่องเก็บ:</translation>
    </message>
    <message>
        <location filename="../ui/stock/editdialog.cpp" line="55"/>
        <source>Name:</source>
        <translation>ชื่อสินค้า:</translation>
    </message>
    <message>
        <location filename="../ui/stock/editdialog.cpp" line="101"/>
        <source>%1 on hand, %2 reserved (version %3)</source>
        <translation>คงคลัง %1, จองแล้ว %2 (เวอร์ชัน %3)</translation>
    </message>
    <message>
        <location filename="../ui/stock/editdialog.cpp" line="105"/>
        <source>Read:</source>
        <translation>ค่าที่อ่านได้:</translation>
    </message>
    <message>
        <location filename="../ui/stock/editdialog.cpp" line="112"/>
        <source>New &amp;on hand:</source>
        <translation>จำนวนคงคลังใหม่ (&amp;O):</translation>
    </message>
    <message>
        <location filename="../ui/stock/editdialog.cpp" line="116"/>
        <source>e.g. recount, damaged, found in returns</source>
        <translation>เช่น นับใหม่, สินค้าเสียหาย, พบในสินค้าคืน</translation>
    </message>
    <message>
        <location filename="../ui/stock/editdialog.cpp" line="117"/>
        <source>&amp;Reason:</source>
        <translation>เหตุผล (&amp;R):</translation>
    </message>
    <message>
        <location filename="../ui/stock/editdialog.cpp" line="122"/>
        <source>&amp;Save</source>
        <translation>บันทึก (&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/stock/editdialog.cpp" line="124"/>
        <source>Cancel</source>
        <translation>ยกเลิก</translation>
    </message>
    <message>
        <location filename="../ui/stock/editdialog.cpp" line="137"/>
        <source>Someone else changed this stock row while you were editing it. Nothing of yours has been saved yet: choose what to keep.</source>
        <translation>มีผู้อื่นแก้ไขสต็อกรายการนี้ระหว่างที่คุณกำลังแก้ไข การแก้ไขของคุณยังไม่ถูกบันทึก: โปรดเลือกว่าจะเก็บค่าใด</translation>
    </message>
    <message>
        <location filename="../ui/stock/editdialog.cpp" line="147"/>
        <source>On hand</source>
        <translation>คงคลัง</translation>
    </message>
    <message>
        <location filename="../ui/stock/editdialog.cpp" line="147"/>
        <source>Reserved</source>
        <translation>จองแล้ว</translation>
    </message>
    <message>
        <location filename="../ui/stock/editdialog.cpp" line="147"/>
        <source>Version</source>
        <translation>เวอร์ชัน</translation>
    </message>
    <message>
        <location filename="../ui/stock/editdialog.cpp" line="148"/>
        <source>Original (what you read)</source>
        <translation>ค่าเดิม (ที่คุณอ่าน)</translation>
    </message>
    <message>
        <location filename="../ui/stock/editdialog.cpp" line="148"/>
        <source>Their change (now)</source>
        <translation>การแก้ไขของผู้อื่น (ปัจจุบัน)</translation>
    </message>
    <message>
        <location filename="../ui/stock/editdialog.cpp" line="148"/>
        <source>Your change</source>
        <translation>การแก้ไขของคุณ</translation>
    </message>
    <message>
        <location filename="../ui/stock/editdialog.cpp" line="210"/>
        <source>Applying your change of %1 to the current %2 would give %3, which is not a valid quantity. Choose another option or cancel.</source>
        <translation>หากนำการเปลี่ยนแปลง %1 ของคุณไปใช้กับค่าปัจจุบัน %2 จะได้ %3 ซึ่งไม่ใช่จำนวนที่ถูกต้อง โปรดเลือกตัวเลือกอื่นหรือยกเลิก</translation>
    </message>
    <message>
        <location filename="../ui/stock/editdialog.cpp" line="231"/>
        <source>edit</source>
        <translation>แก้ไข</translation>
    </message>
    <message>
        <location filename="../ui/stock/editdialog.cpp" line="248"/>
        <source>Could not save: the connection to the database is lost (%1). Your edit is kept here; press Save again once the connection is back.</source>
        <translation>บันทึกไม่สำเร็จ: การเชื่อมต่อฐานข้อมูลขาดหาย (%1) การแก้ไขของคุณยังอยู่ในหน้าต่างนี้ กดบันทึกอีกครั้งเมื่อเชื่อมต่อได้แล้ว</translation>
    </message>
    <message>
        <location filename="../ui/stock/editdialog.cpp" line="252"/>
        <source>Could not save: %1</source>
        <translation>บันทึกไม่สำเร็จ: %1</translation>
    </message>
    <message>
        <location filename="../ui/stock/editdialog.cpp" line="263"/>
        <source>The other change: %1 by %2 at %3 (%4).</source>
        <translation>การแก้ไขของผู้อื่น: %1 โดย %2 เมื่อ %3 (%4)</translation>
    </message>
    <message>
        <location filename="../ui/stock/editdialog.cpp" line="279"/>
        <location filename="../ui/stock/editdialog.cpp" line="282"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/stock/editdialog.cpp" line="287"/>
        <source>&amp;Apply my change as a delta on the current value: %1 %2 = %3</source>
        <translation>นำการเปลี่ยนแปลงของฉันไปบวกลบกับค่าปัจจุบัน (&amp;A): %1 %2 = %3</translation>
    </message>
    <message>
        <location filename="../ui/stock/editdialog.cpp" line="289"/>
        <source>&amp;Keep theirs: %1</source>
        <translation>ใช้ค่าของผู้อื่น (&amp;K): %1</translation>
    </message>
    <message>
        <location filename="../ui/stock/editdialog.cpp" line="290"/>
        <source>Set &amp;mine anyway: %1</source>
        <translation>ใช้ค่าของฉัน (&amp;M): %1</translation>
    </message>
    <message>
        <location filename="../ui/stock/editdialog.cpp" line="308"/>
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
        <location filename="../ui/mainwindow.cpp" line="16"/>
        <source>Backroom</source>
        <translation>Backroom</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="38"/>
        <source>&amp;Stock</source>
        <translation>สต็อก (&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="48"/>
        <source>Ready</source>
        <translation>พร้อมใช้งาน</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="78"/>
        <source>Connection to the database restored.</source>
        <translation>เชื่อมต่อฐานข้อมูลได้อีกครั้งแล้ว</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="83"/>
        <source>Connection to the database lost — reconnecting…</source>
        <translation>การเชื่อมต่อฐานข้อมูลขาดหาย — กำลังเชื่อมต่อใหม่…</translation>
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
