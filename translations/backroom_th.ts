<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="th_TH">
<context>
    <name>AppSettings</name>
    <message>
        <location filename="../ui/appsettings.cpp" line="55"/>
        <source>System (%1)</source>
        <translation>ตามระบบ (%1)</translation>
    </message>
</context>
<context>
    <name>CircuitBreaker</name>
    <message>
        <location filename="../core/resilience/circuitbreaker.cpp" line="367"/>
        <source>all trial calls are in progress</source>
        <translation>การเรียกใช้ทดลองทั้งหมดกำลังดำเนินการอยู่</translation>
    </message>
    <message>
        <location filename="../core/resilience/circuitbreaker.cpp" line="368"/>
        <source>not calling for another %1 s</source>
        <translation>หยุดเรียกใช้ไปอีก %1 วินาที</translation>
    </message>
    <message>
        <location filename="../core/resilience/circuitbreaker.cpp" line="477"/>
        <source>the last %1 calls</source>
        <translation>การเรียกใช้ %1 ครั้งล่าสุด</translation>
    </message>
    <message>
        <location filename="../core/resilience/circuitbreaker.cpp" line="478"/>
        <source>%1 calls in the last %2 s</source>
        <translation>การเรียกใช้ %1 ครั้งใน %2 วินาทีล่าสุด</translation>
    </message>
    <message>
        <location filename="../core/resilience/circuitbreaker.cpp" line="479"/>
        <source>failure rate %1 % reached the threshold of %2 % over %3</source>
        <translation>อัตราความล้มเหลว %1 % ถึงเกณฑ์ %2 % จาก%3</translation>
    </message>
    <message>
        <location filename="../core/resilience/circuitbreaker.cpp" line="481"/>
        <source>slow-call rate %1 % reached the threshold of %2 % over %3 (slower than %4 s)</source>
        <translation>อัตราการเรียกใช้ที่ช้า %1 % ถึงเกณฑ์ %2 % จาก%3 (ช้ากว่า %4 วินาที)</translation>
    </message>
    <message>
        <location filename="../core/resilience/circuitbreaker.cpp" line="499"/>
        <source>%1 of %2 trial calls failed</source>
        <translation>การเรียกใช้ทดลอง %1 จาก %2 ครั้งล้มเหลว</translation>
    </message>
    <message>
        <location filename="../core/resilience/circuitbreaker.cpp" line="506"/>
        <source>%1 of %2 trial calls were slower than %3 s</source>
        <translation>การเรียกใช้ทดลอง %1 จาก %2 ครั้งช้ากว่า %3 วินาที</translation>
    </message>
    <message>
        <location filename="../core/resilience/circuitbreaker.cpp" line="513"/>
        <source>%1 of %2 trial calls succeeded</source>
        <translation>การเรียกใช้ทดลอง %1 จาก %2 ครั้งสำเร็จ</translation>
    </message>
    <message>
        <location filename="../core/resilience/circuitbreaker.cpp" line="522"/>
        <source>%1; break of %2 s</source>
        <translation>%1 จึงหยุดพัก %2 วินาที</translation>
    </message>
    <message>
        <location filename="../core/resilience/circuitbreaker.cpp" line="532"/>
        <source>the break is over; trying %1 calls</source>
        <translation>หมดเวลาพักแล้ว กำลังลองเรียกใช้ %1 ครั้ง</translation>
    </message>
    <message>
        <location filename="../core/resilience/circuitbreaker.cpp" line="685"/>
        <source>%1 was switched off by an operator; try again later or ask an owner to close it on the Health screen.</source>
        <translation>%1 ถูกผู้ดูแลสั่งหยุดไว้: โปรดลองใหม่ภายหลัง หรือให้เจ้าของร้านสั่ง &quot;ปิดวงจร&quot; ในหน้าสถานะระบบ</translation>
    </message>
    <message>
        <location filename="../core/resilience/circuitbreaker.cpp" line="687"/>
        <source>%1 is not being called for now after repeated failures; try again in %2 s.</source>
        <translation>ระงับการเรียกใช้ %1 ชั่วคราวเพราะล้มเหลวซ้ำหลายครั้ง: โปรดลองใหม่ในอีก %2 วินาที</translation>
    </message>
    <message>
        <location filename="../core/resilience/circuitbreaker.cpp" line="741"/>
        <source>reset</source>
        <translation>รีเซ็ต</translation>
    </message>
</context>
<context>
    <name>ConnectionFacts</name>
    <message>
        <location filename="../ui/connectionfacts.cpp" line="39"/>
        <source>local</source>
        <translation>เครื่องนี้</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/cli_gui.cpp" line="420"/>
        <source>Preparing the demo shop...</source>
        <translation>กำลังเตรียมร้านตัวอย่าง...</translation>
    </message>
    <message>
        <location filename="../app/cli_gui.cpp" line="421"/>
        <location filename="../app/cli_gui.cpp" line="436"/>
        <source>Backroom demo</source>
        <translation>Backroom — ร้านตัวอย่าง</translation>
    </message>
</context>
<context>
    <name>RetryPolicy</name>
    <message>
        <location filename="../core/resilience/retry.cpp" line="104"/>
        <source>Cancelled before it could finish.</source>
        <translation>ถูกยกเลิกก่อนทำเสร็จ</translation>
    </message>
</context>
<context>
    <name>backroom::backup</name>
    <message>
        <location filename="../core/backup/backupfolder.cpp" line="32"/>
        <location filename="../core/backup/restoredrill.cpp" line="63"/>
        <location filename="../core/backup/walarchive.cpp" line="134"/>
        <source>Cannot write %1: %2</source>
        <translation>เขียน %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <location filename="../core/backup/backupfolder.cpp" line="48"/>
        <source>Cannot create %1: check the path and its permissions.</source>
        <translation>สร้าง %1 ไม่ได้: ตรวจสอบพาธและสิทธิ์การเข้าถึง</translation>
    </message>
    <message>
        <location filename="../core/backup/backupfolder.cpp" line="54"/>
        <source>%1 already holds the backups of another database cluster (%2): choose an empty folder.</source>
        <translation>%1 มีข้อมูลสำรองของคลัสเตอร์ฐานข้อมูลอื่นอยู่แล้ว (%2): เลือกโฟลเดอร์ว่าง</translation>
    </message>
    <message>
        <location filename="../core/backup/backupfolder.cpp" line="68"/>
        <source>%1 is not a Backroom backup folder: run `backroom backup setup --to &lt;folder&gt;` first.</source>
        <translation>%1 ไม่ใช่โฟลเดอร์สำรองข้อมูลของ Backroom: ให้รัน `backroom backup setup --to &lt;folder&gt;` ก่อน</translation>
    </message>
    <message>
        <location filename="../core/backup/backupfolder.cpp" line="132"/>
        <source>Cannot create %1.</source>
        <translation>สร้าง %1 ไม่ได้</translation>
    </message>
    <message>
        <location filename="../core/backup/backupfolder.cpp" line="141"/>
        <source>Cannot copy %1 to %2 (disk full or no permission?).</source>
        <translation>คัดลอก %1 ไปยัง %2 ไม่ได้ (ดิสก์เต็มหรือไม่มีสิทธิ์?)</translation>
    </message>
    <message>
        <location filename="../core/backup/backupsetup.cpp" line="32"/>
        <source>The path %1 holds a character (%2) the server&apos;s shell cannot take safely: choose another folder.</source>
        <translation>พาธ %1 มีอักขระ (%2) ที่เชลล์ของเซิร์ฟเวอร์ใช้อย่างปลอดภัยไม่ได้: เลือกโฟลเดอร์อื่น</translation>
    </message>
    <message>
        <location filename="../core/backup/backupsetup.cpp" line="91"/>
        <source>Setting up archiving changes server settings (ALTER SYSTEM): connect as a superuser, e.g. the cluster&apos;s administrator.</source>
        <translation>การตั้งค่าการเก็บถาวร WAL ต้องเปลี่ยนการตั้งค่าของเซิร์ฟเวอร์ (ALTER SYSTEM): ให้เชื่อมต่อด้วยผู้ใช้ระดับ superuser เช่น ผู้ดูแลคลัสเตอร์ฐานข้อมูล</translation>
    </message>
    <message>
        <location filename="../core/backup/backupsetup.cpp" line="94"/>
        <source>The archive timeout and base backup interval must be positive.</source>
        <translation>ค่า archive timeout และช่วงเวลาระหว่างการสำรองข้อมูลฉบับเต็มต้องมากกว่า 0</translation>
    </message>
    <message>
        <location filename="../core/backup/backupstatus.cpp" line="102"/>
        <source>Backups are not set up: run `backroom backup setup --to &lt;folder&gt;`.</source>
        <translation>ยังไม่ได้ตั้งค่าการสำรองข้อมูล: ให้รัน `backroom backup setup --to &lt;folder&gt;`</translation>
    </message>
    <message>
        <location filename="../core/backup/backupstatus.cpp" line="104"/>
        <source>WAL archiving is off: run `backroom backup setup` again and restart the server.</source>
        <translation>การเก็บถาวร WAL ปิดอยู่: ให้รัน `backroom backup setup` อีกครั้ง แล้วรีสตาร์ตเซิร์ฟเวอร์</translation>
    </message>
    <message>
        <location filename="../core/backup/backupstatus.cpp" line="106"/>
        <source>WAL archiving waits for a server restart: restart PostgreSQL (for the embedded one, restart the demo or run `backroom backup setup` again while no demo runs).</source>
        <translation>การเก็บถาวร WAL รอให้รีสตาร์ตเซิร์ฟเวอร์: ให้รีสตาร์ต PostgreSQL (ถ้าเป็น PostgreSQL ในตัวของ Backroom ให้เปิดร้านตัวอย่างใหม่ หรือรัน `backroom backup setup` อีกครั้งขณะที่ไม่มีร้านตัวอย่างเปิดอยู่)</translation>
    </message>
    <message>
        <location filename="../core/backup/backupstatus.cpp" line="109"/>
        <source>WAL archiving is failing since %1 (%2, %3 failures): read the PostgreSQL server log; is the backup folder writable and the disk not full?</source>
        <translation>การเก็บถาวร WAL ล้มเหลวตั้งแต่ %1 (%2, ล้มเหลว %3 ครั้ง): ดูบันทึกของเซิร์ฟเวอร์ PostgreSQL (server log) และตรวจสอบว่าโฟลเดอร์สำรองข้อมูลเขียนได้และดิสก์ยังไม่เต็ม</translation>
    </message>
    <message>
        <location filename="../core/backup/backupstatus.cpp" line="114"/>
        <source>WAL archiving is behind: nothing archived since %1 while complete segments wait.</source>
        <translation>การเก็บถาวร WAL ล่าช้า: ไม่มีการเก็บถาวรเลยตั้งแต่ %1 ทั้งที่มีเซกเมนต์ที่ครบแล้วรออยู่</translation>
    </message>
    <message>
        <location filename="../core/backup/backupstatus.cpp" line="115"/>
        <source>setup</source>
        <translation>ตอนตั้งค่า</translation>
    </message>
    <message>
        <location filename="../core/backup/backupstatus.cpp" line="117"/>
        <source>There is no base backup yet: run `backroom backup base`.</source>
        <translation>ยังไม่มีข้อมูลสำรองฉบับเต็ม: ให้รัน `backroom backup base`</translation>
    </message>
    <message>
        <location filename="../core/backup/backupstatus.cpp" line="119"/>
        <source>The last base backup failed: %1</source>
        <translation>การสำรองข้อมูลฉบับเต็มครั้งล่าสุดล้มเหลว: %1</translation>
    </message>
    <message>
        <location filename="../core/backup/backupstatus.cpp" line="121"/>
        <source>The last restore drill failed: %1 Fix it and run `backroom backup restore-drill` again.</source>
        <translation>การซ้อมกู้คืนครั้งล่าสุดล้มเหลว: %1 แก้ไขปัญหาแล้วรัน `backroom backup restore-drill` อีกครั้ง</translation>
    </message>
    <message>
        <location filename="../core/backup/backupstatus.cpp" line="122"/>
        <source>invariants were violated.</source>
        <translation>ข้อมูลที่กู้คืนไม่ผ่านการตรวจความถูกต้อง</translation>
    </message>
    <message>
        <location filename="../core/backup/basebackup.cpp" line="56"/>
        <source>Removing the old base backup %1</source>
        <translation>กำลังลบข้อมูลสำรองฉบับเต็มชุดเก่า %1</translation>
    </message>
    <message>
        <location filename="../core/backup/basebackup.cpp" line="63"/>
        <source>Removed %1 archived WAL file(s) older than %2</source>
        <translation>ลบไฟล์ WAL ที่เก็บถาวรไว้ซึ่งเก่ากว่า %2 แล้ว %1 ไฟล์</translation>
    </message>
    <message>
        <location filename="../core/backup/basebackup.cpp" line="77"/>
        <source>%1 holds the backups of another database cluster (%2).</source>
        <translation>%1 มีข้อมูลสำรองของคลัสเตอร์ฐานข้อมูลอื่นอยู่ (%2)</translation>
    </message>
    <message>
        <location filename="../core/backup/basebackup.cpp" line="93"/>
        <source>Cannot create %1 (a base backup with this time exists, or no permission).</source>
        <translation>สร้าง %1 ไม่ได้ (มีข้อมูลสำรองฉบับเต็มของเวลานี้อยู่แล้ว หรือไม่มีสิทธิ์)</translation>
    </message>
    <message>
        <location filename="../core/backup/basebackup.cpp" line="97"/>
        <source>Taking a base backup into %1 ...</source>
        <translation>กำลังสำรองข้อมูลฉบับเต็มลงใน %1 ...</translation>
    </message>
    <message>
        <location filename="../core/backup/basebackup.cpp" line="113"/>
        <source>Verifying the base backup ...</source>
        <translation>กำลังตรวจสอบข้อมูลสำรองฉบับเต็ม ...</translation>
    </message>
    <message>
        <location filename="../core/backup/basebackup.cpp" line="129"/>
        <source>Cannot rename %1 into place.</source>
        <translation>เปลี่ยนชื่อ %1 ไปยังตำแหน่งจริงไม่ได้</translation>
    </message>
    <message>
        <location filename="../core/backup/basebackup.cpp" line="141"/>
        <source>The connection string is not valid: %1</source>
        <translation>ข้อความเชื่อมต่อ (connection string) ไม่ถูกต้อง: %1</translation>
    </message>
    <message>
        <location filename="../core/backup/basebackup.cpp" line="167"/>
        <source>Backups are not set up for this database: run `backroom backup setup --to &lt;folder&gt;`.</source>
        <translation>ยังไม่ได้ตั้งค่าการสำรองข้อมูลสำหรับฐานข้อมูลนี้: ให้รัน `backroom backup setup --to &lt;folder&gt;`</translation>
    </message>
    <message>
        <location filename="../core/backup/pgprogram.cpp" line="65"/>
        <source>%1 is missing from %2: install the PostgreSQL client and server programs.</source>
        <translation>ไม่พบ %1 ใน %2: ติดตั้งโปรแกรมไคลเอนต์และเซิร์ฟเวอร์ของ PostgreSQL</translation>
    </message>
    <message>
        <location filename="../core/backup/pgprogram.cpp" line="86"/>
        <source>Could not start %1: %2</source>
        <translation>เริ่ม %1 ไม่สำเร็จ: %2</translation>
    </message>
    <message>
        <location filename="../core/backup/pgprogram.cpp" line="93"/>
        <source>%1 was cancelled.</source>
        <translation>%1 ถูกยกเลิก</translation>
    </message>
    <message>
        <location filename="../core/backup/pgprogram.cpp" line="99"/>
        <source>%1 did not finish within %2 s.</source>
        <translation>%1 ทำงานไม่เสร็จภายใน %2 วินาที</translation>
    </message>
    <message>
        <location filename="../core/backup/pgprogram.cpp" line="104"/>
        <source>%1 failed (exit %2): %3</source>
        <translation>%1 ล้มเหลว (รหัสออก %2): %3</translation>
    </message>
    <message>
        <location filename="../core/backup/restoredrill.cpp" line="98"/>
        <source>Cannot create a temporary directory for the restore.</source>
        <translation>สร้างโฟลเดอร์ชั่วคราวสำหรับการกู้คืนไม่ได้</translation>
    </message>
    <message>
        <location filename="../core/backup/restoredrill.cpp" line="104"/>
        <source>There is no base backup in %1 yet: run `backroom backup base`.</source>
        <translation>ยังไม่มีข้อมูลสำรองฉบับเต็มใน %1: ให้รัน `backroom backup base`</translation>
    </message>
    <message>
        <location filename="../core/backup/restoredrill.cpp" line="113"/>
        <source>The WAL archive is missing %1 (%2 segment(s) missing between %3 and %4): a restore would stop before it and lose everything after. Take a new base backup now (`backroom backup base`) and find out why archiving skipped it.</source>
        <translation>คลัง WAL ขาดไฟล์ %1 (ขาดไป %2 เซกเมนต์ระหว่าง %3 ถึง %4): การกู้คืนจะหยุดก่อนถึงไฟล์นี้ และข้อมูลทั้งหมดหลังจากนั้นจะหายไป ให้สำรองข้อมูลฉบับเต็มใหม่ทันที (`backroom backup base`) แล้วหาสาเหตุว่าทำไมการเก็บถาวรจึงข้ามไฟล์นี้ไป</translation>
    </message>
    <message>
        <location filename="../core/backup/restoredrill.cpp" line="121"/>
        <source>Copying base backup %1 (%2 MB) to %3 ...</source>
        <translation>กำลังคัดลอกข้อมูลสำรองฉบับเต็ม %1 (%2 MB) ไปยัง %3 ...</translation>
    </message>
    <message>
        <location filename="../core/backup/restoredrill.cpp" line="162"/>
        <source>Starting the restore; it replays %1 archived WAL segment(s) up to %2 ...</source>
        <translation>เริ่มการกู้คืน: จะนำเซกเมนต์ WAL ที่เก็บถาวรไว้ %1 เซกเมนต์มาใช้จนถึง %2 ...</translation>
    </message>
    <message>
        <location filename="../core/backup/restoredrill.cpp" line="163"/>
        <source>the base backup&apos;s end</source>
        <translation>จุดสิ้นสุดของข้อมูลสำรองฉบับเต็ม</translation>
    </message>
    <message>
        <location filename="../core/backup/restoredrill.cpp" line="170"/>
        <source>The restore did not start: %1
%2</source>
        <translation>การกู้คืนเริ่มไม่สำเร็จ: %1
%2</translation>
    </message>
    <message>
        <location filename="../core/backup/restoredrill.cpp" line="185"/>
        <source>The restore was cancelled.</source>
        <translation>การกู้คืนถูกยกเลิก</translation>
    </message>
    <message>
        <location filename="../core/backup/restoredrill.cpp" line="187"/>
        <source>The restore did not finish within %1 s. Server log:
%2</source>
        <translation>การกู้คืนไม่เสร็จภายใน %1 วินาที บันทึกของเซิร์ฟเวอร์:
%2</translation>
    </message>
    <message>
        <location filename="../core/backup/restoredrill.cpp" line="191"/>
        <source>The restored server stopped during recovery. Server log:
%1</source>
        <translation>เซิร์ฟเวอร์ที่กู้คืนหยุดทำงานระหว่างการกู้คืน บันทึกของเซิร์ฟเวอร์:
%1</translation>
    </message>
    <message>
        <location filename="../core/backup/restoredrill.cpp" line="198"/>
        <source>  recovering for %1 s%2</source>
        <translation>  กำลังกู้คืนมาแล้ว %1 วินาที%2</translation>
    </message>
    <message>
        <location filename="../core/backup/restoredrill.cpp" line="199"/>
        <source>, replayed up to %1</source>
        <translation> (นำ WAL มาใช้ถึง %1 แล้ว)</translation>
    </message>
    <message>
        <location filename="../core/backup/restoredrill.cpp" line="215"/>
        <source>The restored server accepts connections but is still in recovery.</source>
        <translation>เซิร์ฟเวอร์ที่กู้คืนรับการเชื่อมต่อแล้ว แต่ยังอยู่ในโหมดกู้คืน</translation>
    </message>
    <message>
        <location filename="../core/backup/restoredrill.cpp" line="221"/>
        <source>Restored and promoted in %1 s (%2 WAL segment(s) replayed).</source>
        <translation>กู้คืนและเปิดใช้งาน (promote) เสร็จใน %1 วินาที (นำเซกเมนต์ WAL มาใช้ %2 เซกเมนต์)</translation>
    </message>
    <message>
        <location filename="../core/backup/restoredrill.cpp" line="233"/>
        <source>No superuser of the restored cluster is known.</source>
        <translation>ไม่ทราบผู้ใช้ระดับ superuser ของคลัสเตอร์ที่กู้คืน</translation>
    </message>
    <message>
        <location filename="../core/backup/restoredrill.cpp" line="269"/>
        <source>Checking %1 failed (is this a Backroom database?): %2</source>
        <translation>ตรวจสอบ %1 ไม่สำเร็จ (เป็นฐานข้อมูลของ Backroom หรือไม่?): %2</translation>
    </message>
    <message>
        <location filename="../core/backup/restoredrill.cpp" line="331"/>
        <source>Checking the invariants in database %1 ...</source>
        <translation>กำลังตรวจความถูกต้องของข้อมูลในฐานข้อมูล %1 ...</translation>
    </message>
    <message>
        <location filename="../core/backup/restoredrill.cpp" line="340"/>
        <source>Removing the throwaway cluster ...</source>
        <translation>กำลังลบคลัสเตอร์ชั่วคราว ...</translation>
    </message>
    <message>
        <location filename="../core/backup/restoredrill.cpp" line="358"/>
        <source>The source database is unreachable (%1): the data lost cannot be measured.</source>
        <translation>ติดต่อฐานข้อมูลต้นทางไม่ได้ (%1): จึงวัดไม่ได้ว่าข้อมูลสูญหายไปเท่าใด</translation>
    </message>
    <message>
        <location filename="../core/backup/restoredrill.cpp" line="368"/>
        <source>Could not record the drill&apos;s result: %1</source>
        <translation>บันทึกผลการซ้อมกู้คืนไม่สำเร็จ: %1</translation>
    </message>
    <message>
        <location filename="../core/backup/walarchive.cpp" line="65"/>
        <source>%1 is not in the archive.</source>
        <translation>ไม่มี %1 ในคลัง WAL</translation>
    </message>
    <message>
        <location filename="../core/backup/walarchive.cpp" line="70"/>
        <source>%1 is damaged (it does not expand): restore it from another copy of the archive.</source>
        <translation>%1 เสียหาย (แตกไฟล์ไม่ได้): กู้คืนไฟล์นี้จากสำเนาอื่นของคลัง WAL</translation>
    </message>
    <message>
        <location filename="../core/backup/walarchive.cpp" line="81"/>
        <source>%1 is already archived with different content: refusing to overwrite it. Is a second server archiving into the same folder?</source>
        <translation>%1 ถูกเก็บถาวรไว้แล้วแต่เนื้อหาต่างกัน: จะไม่เขียนทับ มีเซิร์ฟเวอร์อีกตัวเก็บถาวรลงโฟลเดอร์เดียวกันอยู่หรือไม่?</translation>
    </message>
    <message>
        <location filename="../core/backup/walarchive.cpp" line="93"/>
        <source>Cannot read %1: %2</source>
        <translation>อ่าน %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <location filename="../core/backup/walarchive.cpp" line="102"/>
        <source>Cannot write to the archive folder %1: %2</source>
        <translation>เขียนลงโฟลเดอร์คลัง WAL %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <location filename="../core/backup/walarchive.cpp" line="110"/>
        <source>Writing %1 to the archive failed (disk full?): %2</source>
        <translation>เขียน %1 ลงคลัง WAL ไม่สำเร็จ (ดิสก์เต็มหรือไม่?): %2</translation>
    </message>
    <message>
        <location filename="../core/backup/walarchive.cpp" line="118"/>
        <source>Cannot rename %1 into place in the archive.</source>
        <translation>เปลี่ยนชื่อ %1 ไปยังตำแหน่งจริงในคลัง WAL ไม่ได้</translation>
    </message>
    <message>
        <location filename="../core/backup/walarchive.cpp" line="122"/>
        <source>Cannot flush the archive folder %1 to disk.</source>
        <translation>เขียนโฟลเดอร์คลัง WAL %1 ลงดิสก์ให้เสร็จสมบูรณ์ (flush) ไม่ได้</translation>
    </message>
    <message>
        <location filename="../core/backup/walarchive.cpp" line="165"/>
        <source>&apos;%1&apos; is not a WAL segment name.</source>
        <translation>&apos;%1&apos; ไม่ใช่ชื่อเซกเมนต์ WAL</translation>
    </message>
    <message>
        <location filename="../core/backup/walarchive.cpp" line="169"/>
        <source>The WAL archive %1 does not exist.</source>
        <translation>ไม่มีคลัง WAL %1</translation>
    </message>
</context>
<context>
    <name>backroom::channels</name>
    <message>
        <location filename="../core/channels/channelcredentials.cpp" line="27"/>
        <source>No %1 credentials in %2; run `backroom channels credentials %1`.</source>
        <translation>ไม่มีข้อมูลรับรองของ %1 ใน %2; ให้รัน `backroom channels credentials %1`</translation>
    </message>
    <message>
        <location filename="../core/channels/channelcontrol.cpp" line="25"/>
        <source>Buffer stock must be a whole number from 0 to %1.</source>
        <translation>สต็อกกันชนต้องเป็นจำนวนเต็มตั้งแต่ 0 ถึง %1</translation>
    </message>
    <message>
        <location filename="../core/channels/lazadaadapter.cpp" line="122"/>
        <source>Lazada&apos;s answer has no &quot;code&quot;.</source>
        <translation>คำตอบจาก Lazada ไม่มี &quot;code&quot;</translation>
    </message>
    <message>
        <location filename="../core/channels/lazadaadapter.cpp" line="123"/>
        <source>Lazada&apos;s answer is not JSON (%1 at offset %2).</source>
        <translation>คำตอบจาก Lazada ไม่ใช่ JSON (%1 ที่ออฟเซ็ต %2)</translation>
    </message>
    <message>
        <location filename="../core/channels/marketplaceadapter.cpp" line="60"/>
        <source>%1 asks us to slow down (HTTP 429).</source>
        <translation>%1 ขอให้เราส่งคำขอช้าลง (HTTP 429)</translation>
    </message>
    <message>
        <location filename="../core/channels/marketplaceadapter.cpp" line="69"/>
        <source>%1 answered HTTP %2.</source>
        <translation>%1 ตอบกลับ HTTP %2</translation>
    </message>
    <message>
        <location filename="../core/channels/shopeeadapter.cpp" line="98"/>
        <source>Shopee&apos;s answer is not JSON (%1 at offset %2).</source>
        <translation>คำตอบจาก Shopee ไม่ใช่ JSON (%1 ที่ออฟเซ็ต %2)</translation>
    </message>
    <message>
        <location filename="../core/channels/shopeeadapter.cpp" line="113"/>
        <source>Shopee answered HTTP %1 without an error code.</source>
        <translation>Shopee ตอบกลับ HTTP %1 โดยไม่มีรหัสข้อผิดพลาด</translation>
    </message>
    <message>
        <location filename="../core/channels/shopeeadapter.cpp" line="119"/>
        <source>Shopee&apos;s answer has no &quot;response&quot; object.</source>
        <translation>คำตอบจาก Shopee ไม่มีออบเจ็กต์ &quot;response&quot;</translation>
    </message>
    <message>
        <location filename="../core/channels/shopeeadapter.cpp" line="142"/>
        <source>Shopee confirmed no stock change (empty success_list).</source>
        <translation>Shopee ยืนยันว่าไม่มีการเปลี่ยนแปลงสต็อก (success_list ว่าง)</translation>
    </message>
    <message>
        <location filename="../core/channels/orderpush.cpp" line="15"/>
        <source>Shopee is not configured here (no partner key): push refused.</source>
        <translation>ไม่ได้ตั้งค่า Shopee ไว้ที่นี่ (ไม่มี partner key): ปฏิเสธการพุช</translation>
    </message>
    <message>
        <location filename="../core/channels/orderpush.cpp" line="18"/>
        <source>Wrong push signature (Authorization is not HMAC-SHA256 of the callback URL and body with the partner key).</source>
        <translation>ลายเซ็นการพุชไม่ถูกต้อง (Authorization ไม่ใช่ HMAC-SHA256 ของ URL callback และเนื้อหาด้วย partner key)</translation>
    </message>
    <message>
        <location filename="../core/channels/orderpush.cpp" line="21"/>
        <source>Push endpoint is available.</source>
        <translation>ปลายทางรับการพุชพร้อมใช้งาน</translation>
    </message>
    <message>
        <location filename="../core/channels/orderpush.cpp" line="25"/>
        <source>A push is a JSON object: %1.</source>
        <translation>การพุชต้องเป็นออบเจ็กต์ JSON: %1</translation>
    </message>
    <message>
        <location filename="../core/channels/orderpush.cpp" line="30"/>
        <source>Push for shop %1, but this is shop %2.</source>
        <translation>การพุชสำหรับร้าน %1 แต่ที่นี่คือร้าน %2</translation>
    </message>
    <message>
        <location filename="../core/channels/orderpush.cpp" line="32"/>
        <source>Push code %1 is not read here.</source>
        <translation>ที่นี่ไม่อ่านการพุชรหัส %1</translation>
    </message>
    <message>
        <location filename="../core/channels/orderpush.cpp" line="35"/>
        <source>An order status push needs data.ordersn.</source>
        <translation>การพุชสถานะคำสั่งซื้อต้องมี data.ordersn</translation>
    </message>
    <message>
        <location filename="../core/channels/orderpush.cpp" line="36"/>
        <source>Order %1 will be fetched.</source>
        <translation>จะดึงคำสั่งซื้อ %1</translation>
    </message>
    <message>
        <location filename="../core/channels/pushserver.cpp" line="42"/>
        <source>Cannot listen for marketplace pushes on %1:%2: the port is taken or not allowed; pick another with --channel-push-listen.</source>
        <translation>ไม่สามารถรอรับการพุชจากมาร์เก็ตเพลสที่ %1:%2: พอร์ตถูกใช้อยู่หรือไม่ได้รับอนุญาต ให้เลือกพอร์ตอื่นด้วย --channel-push-listen</translation>
    </message>
</context>
<context>
    <name>backroom::channels::SyncWorker</name>
    <message>
        <location filename="../core/channels/syncworker.cpp" line="108"/>
        <source>not configured yet</source>
        <translation>ยังไม่ได้ตั้งค่า</translation>
    </message>
    <message>
        <location filename="../core/channels/syncworker.cpp" line="172"/>
        <source>unknown channel</source>
        <translation>ไม่รู้จักช่องทางขายนี้</translation>
    </message>
    <message>
        <location filename="../core/channels/syncworker.cpp" line="207"/>
        <source>Channel sync cannot reach the database: %1</source>
        <translation>การซิงก์ช่องทางขายเชื่อมต่อฐานข้อมูลไม่ได้: %1</translation>
    </message>
    <message>
        <location filename="../core/channels/syncworker.cpp" line="218"/>
        <source>Channel sync cannot read the channel settings: %1</source>
        <translation>การซิงก์ช่องทางขายอ่านการตั้งค่าช่องทางขายไม่ได้: %1</translation>
    </message>
    <message>
        <location filename="../core/channels/syncworker.cpp" line="252"/>
        <source>disabled</source>
        <translation>ปิดใช้งาน</translation>
    </message>
    <message>
        <location filename="../core/channels/syncworker.cpp" line="256"/>
        <source>no base URL; set one with `backroom channels set %1 --url ...`</source>
        <translation>ไม่มี URL หลัก; ตั้งค่าด้วย `backroom channels set %1 --url ...`</translation>
    </message>
    <message>
        <location filename="../core/channels/syncworker.cpp" line="332"/>
        <source>no %1 item id for %2 yet: the listing lookup failed: %3</source>
        <translation>ยังไม่มีรหัสสินค้า %1 สำหรับ %2: ค้นหารายการสินค้าไม่สำเร็จ: %3</translation>
    </message>
    <message>
        <location filename="../core/channels/syncworker.cpp" line="336"/>
        <source>no %1 listing has item_sku %2</source>
        <translation>ไม่มีรายการสินค้าใน %1 ที่มี item_sku %2</translation>
    </message>
    <message>
        <location filename="../core/channels/syncworker.cpp" line="339"/>
        <source>no %1 listing with item_sku %2 known yet; looking it up</source>
        <translation>ยังไม่รู้จักรายการสินค้าใน %1 ที่มี item_sku %2; กำลังค้นหา</translation>
    </message>
    <message>
        <location filename="../core/channels/syncworker.cpp" line="352"/>
        <source>Channel sync could not claim %1 work: %2</source>
        <translation>การซิงก์ช่องทางขายรับงานของ %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <location filename="../core/channels/syncworker.cpp" line="367"/>
        <source>Channel sync could not give back %1 rows (their lease expires on its own): %2</source>
        <translation>การซิงก์ช่องทางขายคืน %1 แถวไม่ได้ (สิทธิ์ที่จองไว้จะหมดอายุเอง): %2</translation>
    </message>
    <message>
        <location filename="../core/channels/syncworker.cpp" line="429"/>
        <source>Channel sync could not record a %1 push of %2 (it will be pushed again): %3</source>
        <translation>การซิงก์ช่องทางขายบันทึกการส่งข้อมูลไป %1 ของ %2 ไม่ได้ (จะส่งซ้ำอีกครั้ง): %3</translation>
    </message>
    <message>
        <location filename="../core/channels/syncworker.cpp" line="440"/>
        <source>Channel sync could not look at flash sales: %1</source>
        <translation>การซิงก์ช่องทางขายตรวจสอบแฟลชเซลไม่ได้: %1</translation>
    </message>
    <message>
        <location filename="../core/channels/syncworker.cpp" line="448"/>
        <source>Channel sync could not prune the push log: %1</source>
        <translation>การซิงก์ช่องทางขายไม่สามารถล้างบันทึกการพุชได้: %1</translation>
    </message>
    <message>
        <location filename="../core/channels/syncworker.cpp" line="455"/>
        <source>%1 %2 failed: %3</source>
        <translation>%1 %2 ล้มเหลว: %3</translation>
    </message>
    <message>
        <location filename="../core/channels/syncworker.cpp" line="460"/>
        <source>Channel sync could not record a failed %1 %2 call: %3</source>
        <translation>การซิงก์ช่องทางขายไม่สามารถบันทึกการเรียก %1 %2 ที่ล้มเหลวได้: %3</translation>
    </message>
    <message>
        <location filename="../core/channels/syncworker.cpp" line="653"/>
        <source>No pushes are read from %1; its orders are pulled.</source>
        <translation>ไม่อ่านการพุชจาก %1 แต่จะดึงคำสั่งซื้อของช่องทางนี้แทน</translation>
    </message>
    <message>
        <location filename="../core/channels/syncworker.cpp" line="655"/>
        <source>%1 is not enabled and configured here: push refused.</source>
        <translation>%1 ไม่ได้เปิดใช้งานและตั้งค่าไว้ที่นี่: ปฏิเสธการพุช</translation>
    </message>
    <message>
        <location filename="../core/channels/syncworker.cpp" line="628"/>
        <source>Could not take in %1 order %2: %3</source>
        <translation>รับคำสั่งซื้อ %2 จาก %1 เข้าระบบไม่ได้: %3</translation>
    </message>
</context>
<context>
    <name>backroom::chaos</name>
    <message>
        <location filename="../core/chaos/chaosrun.cpp" line="67"/>
        <source>The experiment pays its orders but no payment router was set up.</source>
        <translation>การทดลองนี้ชำระเงินคำสั่งซื้อ แต่ยังไม่ได้ตั้งค่าตัวกำหนดเส้นทางการชำระเงิน</translation>
    </message>
    <message>
        <location filename="../core/chaos/chaosrun.cpp" line="83"/>
        <source>No product has stock to sell: the chaos load needs some.</source>
        <translation>ไม่มีสินค้าใดมีสต็อกให้ขาย: โหลดทดสอบ chaos ต้องมีสต็อกบ้าง</translation>
    </message>
    <message>
        <location filename="../core/chaos/chaosrun.cpp" line="69"/>
        <source>The experiment checks out over HTTP but names no `serve`: give &quot;store_url&quot; in the file, --store-url or --start-serve.</source>
        <translation>การทดลองนี้ชำระเงินผ่าน HTTP แต่ไม่ได้ระบุ `serve`: ให้ใส่ &quot;store_url&quot; ในไฟล์ หรือใช้ --store-url หรือ --start-serve</translation>
    </message>
    <message>
        <location filename="../core/chaos/chaosrun.cpp" line="73"/>
        <source>The chaos load cannot connect to the database: %1</source>
        <translation>โหลดทดสอบ chaos เชื่อมต่อฐานข้อมูลไม่ได้: %1</translation>
    </message>
    <message>
        <location filename="../core/chaos/chaosrun.cpp" line="215"/>
        <source>payment refused: %1</source>
        <translation>การชำระเงินถูกปฏิเสธ: %1</translation>
    </message>
    <message>
        <location filename="../core/chaos/chaosrun.cpp" line="254"/>
        <source>The chaos target is not this machine: breaking a real server hurts real buyers. Confirm it with --yes if you mean it.</source>
        <translation>เป้าหมาย chaos ไม่ใช่เครื่องนี้: การทำให้เซิร์ฟเวอร์จริงล่มจะกระทบผู้ซื้อจริง ยืนยันด้วย --yes หากตั้งใจจริง</translation>
    </message>
    <message>
        <location filename="../core/chaos/chaosrun.cpp" line="275"/>
        <source>This shop has no backup younger than a day: a chaos drill breaks things on purpose. Run `backroom backup base` (or give your own fresh pg_dump with --backup-marker FILE) first.</source>
        <translation>ร้านนี้ไม่มีข้อมูลสำรองที่อายุไม่ถึงหนึ่งวัน: การซ้อม chaos จะทำให้ระบบเสียหายโดยเจตนา ให้รัน `backroom backup base` (หรือระบุ pg_dump ใหม่ของคุณเองด้วย --backup-marker FILE) ก่อน</translation>
    </message>
    <message>
        <location filename="../core/chaos/chaosrun.cpp" line="308"/>
        <source>not measured</source>
        <translation>ไม่ได้วัด</translation>
    </message>
    <message>
        <location filename="../core/chaos/chaosrun.cpp" line="356"/>
        <source>Chaos experiment: %1</source>
        <translation>การทดลอง chaos: %1</translation>
    </message>
    <message>
        <location filename="../core/chaos/chaosrun.cpp" line="357"/>
        <source>Steady state at rest:</source>
        <translation>สภาวะคงที่ขณะไม่มีความผิดพลาด:</translation>
    </message>
    <message>
        <location filename="../core/chaos/chaosrun.cpp" line="361"/>
        <source>The steady state did not hold at rest: no fault was injected.</source>
        <translation>สภาวะคงที่ไม่คงอยู่แม้ไม่มีความผิดพลาด: ไม่ได้ใส่ความผิดพลาดใดๆ</translation>
    </message>
    <message>
        <location filename="../core/chaos/chaosrun.cpp" line="363"/>
        <source>Timeline:</source>
        <translation>ลำดับเหตุการณ์:</translation>
    </message>
    <message>
        <location filename="../core/chaos/chaosrun.cpp" line="368"/>
        <source>Steady state during the method (faults and recovery):</source>
        <translation>สภาวะคงที่ระหว่างขั้นตอนการทดลอง (ความผิดพลาดและการกู้คืน):</translation>
    </message>
    <message>
        <location filename="../core/chaos/chaosrun.cpp" line="371"/>
        <source>Time to recover: %1 s after the last fault was taken out.</source>
        <translation>เวลาในการกู้คืน: %1 s หลังนำความผิดพลาดสุดท้ายออก</translation>
    </message>
    <message>
        <location filename="../core/chaos/chaosrun.cpp" line="372"/>
        <source>Time to recover: the shop did not get back to its steady state within the run.</source>
        <translation>เวลาในการกู้คืน: ร้านไม่กลับสู่สภาวะคงที่ภายในรอบการทดสอบ</translation>
    </message>
    <message>
        <location filename="../core/chaos/chaosrun.cpp" line="376"/>
        <source>Verdict: nothing oversold, ledger == stock, no acknowledged order lost.</source>
        <translation>ผลตัดสิน: ไม่มีการขายเกินสต็อก บัญชีแยกประเภท == สต็อก ไม่มีคำสั่งซื้อที่ตอบรับแล้วสูญหาย</translation>
    </message>
    <message>
        <location filename="../core/chaos/chaosrun.cpp" line="377"/>
        <source>Verdict: %1 violations, e.g. %2</source>
        <translation>ผลตัดสิน: ละเมิด %1 รายการ เช่น %2</translation>
    </message>
    <message>
        <location filename="../core/chaos/chaosrun.cpp" line="379"/>
        <source>Money at risk: %1</source>
        <translation>เงินที่มีความเสี่ยง: %1</translation>
    </message>
    <message>
        <location filename="../core/chaos/chaosrun.cpp" line="381"/>
        <source>The run was aborted: the steady state broke beyond the experiment&apos;s limit.</source>
        <translation>ยกเลิกการรันกลางคัน: สภาวะคงที่เสียเกินขีดจำกัดของการทดลอง</translation>
    </message>
    <message>
        <location filename="../core/chaos/chaosrun.cpp" line="383"/>
        <source>The run was cancelled.</source>
        <translation>การรันถูกยกเลิก</translation>
    </message>
    <message>
        <location filename="../core/chaos/chaosrun.cpp" line="385"/>
        <source>Failure: %1</source>
        <translation>ความล้มเหลว: %1</translation>
    </message>
    <message>
        <location filename="../core/chaos/chaosrun.cpp" line="387"/>
        <source>Rollback failed: %1 (undo it by hand)</source>
        <translation>ย้อนกลับไม่สำเร็จ: %1 (ให้แก้คืนด้วยตนเอง)</translation>
    </message>
    <message>
        <location filename="../core/chaos/chaosrun.cpp" line="388"/>
        <source>PASSED</source>
        <translation>PASSED</translation>
    </message>
    <message>
        <location filename="../core/chaos/chaosrun.cpp" line="388"/>
        <source>FAILED</source>
        <translation>FAILED</translation>
    </message>
    <message>
        <location filename="../core/chaos/chaosrun.cpp" line="472"/>
        <source>load at %1 checkouts/s, no fault (at rest)</source>
        <translation>โหลด %1 การชำระเงิน/s ไม่มีความผิดพลาด (ขณะปกติ)</translation>
    </message>
    <message>
        <location filename="../core/chaos/chaosrun.cpp" line="495"/>
        <source>The connection string cannot be read.</source>
        <translation>อ่านสตริงการเชื่อมต่อไม่ได้</translation>
    </message>
    <message>
        <location filename="../core/chaos/chaosrun.cpp" line="499"/>
        <source>A proxy fault on postgres needs the database over TCP (host=127.0.0.1 port=...), not a Unix socket: connect with a host address.</source>
        <translation>ความผิดพลาดแบบพร็อกซีบน postgres ต้องเชื่อมต่อฐานข้อมูลผ่าน TCP (host=127.0.0.1 port=...) ไม่ใช่ Unix socket: ให้เชื่อมต่อด้วยที่อยู่โฮสต์</translation>
    </message>
    <message>
        <location filename="../core/chaos/chaosrun.cpp" line="574"/>
        <source>the steady state does not hold at rest: the method is skipped</source>
        <translation>สภาวะคงที่ไม่คงอยู่ขณะปกติ: ข้ามขั้นตอนการทดลอง</translation>
    </message>
    <message>
        <location filename="../core/chaos/chaosrun.cpp" line="581"/>
        <source>method starts</source>
        <translation>เริ่มขั้นตอนการทดลอง</translation>
    </message>
    <message>
        <location filename="../core/chaos/chaosrun.cpp" line="612"/>
        <source>could not inject &quot;%1&quot;: %2</source>
        <translation>ใส่ &quot;%1&quot; ไม่ได้: %2</translation>
    </message>
    <message>
        <location filename="../core/chaos/chaosrun.cpp" line="619"/>
        <source> (%1 terminated)</source>
        <translation> (ยุติ %1 รายการ)</translation>
    </message>
    <message>
        <location filename="../core/chaos/chaosrun.cpp" line="639"/>
        <source>no sandbox to reset %1 on</source>
        <translation>ไม่มีแซนด์บ็อกซ์ให้รีเซ็ต %1</translation>
    </message>
    <message>
        <location filename="../core/chaos/chaosrun.cpp" line="641"/>
        <source>%1 faults reset</source>
        <translation>รีเซ็ตความผิดพลาดของ %1 แล้ว</translation>
    </message>
    <message>
        <location filename="../core/chaos/chaosrun.cpp" line="657"/>
        <source>every fault is out: recovery</source>
        <translation>นำความผิดพลาดออกทั้งหมดแล้ว: กำลังกู้คืน</translation>
    </message>
    <message>
        <location filename="../core/chaos/chaosrun.cpp" line="673"/>
        <source>cancelled</source>
        <translation>ยกเลิกแล้ว</translation>
    </message>
    <message>
        <location filename="../core/chaos/chaosrun.cpp" line="699"/>
        <source>checkout success %1 % in a second, below the limit %2 %: rolling back</source>
        <translation>การชำระเงินสำเร็จ %1 % ในหนึ่งวินาที ต่ำกว่าขีดจำกัด %2 %: กำลังย้อนกลับ</translation>
    </message>
    <message>
        <location filename="../core/chaos/chaosrun.cpp" line="752"/>
        <source>the verdict could not be read: %1</source>
        <translation>อ่านผลตัดสินไม่ได้: %1</translation>
    </message>
    <message>
        <location filename="../core/chaos/chaosrun.cpp" line="778"/>
        <source>back to the steady state %1 s after the last fault went out</source>
        <translation>กลับสู่สภาวะคงที่ %1 s หลังนำความผิดพลาดสุดท้ายออก</translation>
    </message>
    <message>
        <location filename="../core/chaos/experiment.cpp" line="33"/>
        <source>Experiment %1: %2</source>
        <translation>การทดลอง %1: %2</translation>
    </message>
    <message>
        <location filename="../core/chaos/experiment.cpp" line="42"/>
        <source>unknown probe &apos;%1&apos;</source>
        <translation>ไม่รู้จักโพรบ &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/chaos/experiment.cpp" line="57"/>
        <source>the probe &apos;%1&apos; needs a tolerance {&quot;min&quot;: ...} or {&quot;max&quot;: ...}</source>
        <translation>โพรบ &apos;%1&apos; ต้องมีค่าที่ยอมรับได้ {&quot;min&quot;: ...} หรือ {&quot;max&quot;: ...}</translation>
    </message>
    <message>
        <location filename="../core/chaos/experiment.cpp" line="70"/>
        <location filename="../core/chaos/experiment.cpp" line="113"/>
        <source>a duration such as 3s or 500ms</source>
        <translation>ระยะเวลา เช่น 3s หรือ 500ms</translation>
    </message>
    <message>
        <location filename="../core/chaos/experiment.cpp" line="76"/>
        <source>&quot;action&quot; or &quot;pause&quot;, got &apos;%1&apos;</source>
        <translation>&quot;action&quot; หรือ &quot;pause&quot; แต่ได้ &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/chaos/experiment.cpp" line="80"/>
        <source>an object with a &quot;type&quot;</source>
        <translation>ออบเจ็กต์ที่มี &quot;type&quot;</translation>
    </message>
    <message>
        <location filename="../core/chaos/experiment.cpp" line="91"/>
        <source>checkouts per second, above 0 and at most 1000</source>
        <translation>จำนวนการชำระเงินต่อวินาที มากกว่า 0 และไม่เกิน 1000</translation>
    </message>
    <message>
        <location filename="../core/chaos/experiment.cpp" line="97"/>
        <source>&quot;database&quot; or &quot;http&quot;</source>
        <translation>&quot;database&quot; หรือ &quot;http&quot;</translation>
    </message>
    <message>
        <location filename="../core/chaos/experiment.cpp" line="103"/>
        <source>from 1 to 64</source>
        <translation>ตั้งแต่ 1 ถึง 64</translation>
    </message>
    <message>
        <location filename="../core/chaos/experiment.cpp" line="238"/>
        <source>every experiment needs a title</source>
        <translation>การทดลองทุกรายการต้องมีชื่อ</translation>
    </message>
    <message>
        <location filename="../core/chaos/experiment.cpp" line="244"/>
        <source>at least one probe</source>
        <translation>อย่างน้อยหนึ่งโพรบ</translation>
    </message>
    <message>
        <location filename="../core/chaos/experiment.cpp" line="277"/>
        <source>Cannot read the experiment %1: %2</source>
        <translation>อ่านการทดลอง %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <location filename="../core/chaos/experiment.cpp" line="281"/>
        <source>The experiment %1 is not a JSON object: %2</source>
        <translation>การทดลอง %1 ไม่ใช่ออบเจ็กต์ JSON: %2</translation>
    </message>
    <message>
        <location filename="../core/chaos/faultproxy.cpp" line="390"/>
        <source>The fault proxy listens on loopback only (127.0.0.1 or ::1), not %1.</source>
        <translation>พร็อกซีจำลองความผิดพลาดรับฟังเฉพาะ loopback (127.0.0.1 หรือ ::1) เท่านั้น ไม่ใช่ %1</translation>
    </message>
    <message>
        <location filename="../core/chaos/faultproxy.cpp" line="393"/>
        <source>The fault proxy needs an upstream host:port.</source>
        <translation>พร็อกซีจำลองความผิดพลาดต้องมี host:port ปลายทาง</translation>
    </message>
    <message>
        <location filename="../core/chaos/faultproxy.cpp" line="398"/>
        <source>The upstream %1 is not on this machine: confirm it to put faults in front of it.</source>
        <translation>ปลายทาง %1 ไม่ได้อยู่บนเครื่องนี้: ต้องยืนยันก่อนจึงจะใส่ความผิดพลาดไว้หน้าปลายทางนี้ได้</translation>
    </message>
    <message>
        <location filename="../core/chaos/faultproxy.cpp" line="411"/>
        <source>The fault proxy cannot listen on %1:%2: %3.</source>
        <translation>พร็อกซีจำลองความผิดพลาดรับฟังที่ %1:%2 ไม่ได้: %3</translation>
    </message>
    <message>
        <location filename="../core/chaos/faultproxy.cpp" line="459"/>
        <source>A toxic named %1 is already on this proxy: remove it first or pick another name.</source>
        <translation>มี toxic ชื่อ %1 อยู่บนพร็อกซีนี้แล้ว: ลบออกก่อนหรือเลือกชื่ออื่น</translation>
    </message>
    <message>
        <location filename="../core/chaos/faultproxy.cpp" line="481"/>
        <source>No toxic named %1 on this proxy.</source>
        <translation>ไม่มี toxic ชื่อ %1 บนพร็อกซีนี้</translation>
    </message>
    <message>
        <location filename="../core/chaos/faults.cpp" line="54"/>
        <source>terminate %1 random &apos;%2&apos; database connections</source>
        <translation>ยุติการเชื่อมต่อฐานข้อมูล &apos;%2&apos; แบบสุ่ม %1 รายการ</translation>
    </message>
    <message>
        <location filename="../core/chaos/faults.cpp" line="55"/>
        <source>terminate every &apos;%1&apos; database connection</source>
        <translation>ยุติการเชื่อมต่อฐานข้อมูล &apos;%1&apos; ทั้งหมด</translation>
    </message>
    <message>
        <location filename="../core/chaos/faults.cpp" line="100"/>
        <source>stop the embedded PostgreSQL (started again on rollback)</source>
        <translation>หยุด PostgreSQL แบบฝังตัว (จะเริ่มใหม่เมื่อย้อนกลับ)</translation>
    </message>
    <message>
        <location filename="../core/chaos/faults.cpp" line="101"/>
        <source>stop PostgreSQL with `%1` (started again with `%2`)</source>
        <translation>หยุด PostgreSQL ด้วย `%1` (เริ่มใหม่ด้วย `%2`)</translation>
    </message>
    <message>
        <location filename="../core/chaos/faults.cpp" line="109"/>
        <source>`%1` failed: %2</source>
        <translation>`%1` ล้มเหลว: %2</translation>
    </message>
    <message>
        <location filename="../core/chaos/faults.cpp" line="140"/>
        <source>%1 down</source>
        <translation>%1 ล่ม</translation>
    </message>
    <message>
        <location filename="../core/chaos/faults.cpp" line="142"/>
        <source>%1 slow: +%2 ms per call</source>
        <translation>%1 ช้า: +%2 ms ต่อการเรียก</translation>
    </message>
    <message>
        <location filename="../core/chaos/faults.cpp" line="144"/>
        <source>%1 faults: %2</source>
        <translation>ความผิดพลาดของ %1: %2</translation>
    </message>
    <message>
        <location filename="../core/chaos/faults.cpp" line="171"/>
        <source>kill `serve` (pid %1), started again on rollback</source>
        <translation>ปิด `serve` (pid %1) แล้วจะเริ่มใหม่เมื่อย้อนกลับ</translation>
    </message>
    <message>
        <location filename="../core/chaos/faults.cpp" line="177"/>
        <source>The serve instance to kill is not running.</source>
        <translation>อินสแตนซ์ serve ที่จะปิดไม่ได้ทำงานอยู่</translation>
    </message>
    <message>
        <location filename="../core/chaos/faults.cpp" line="192"/>
        <source>Could not start `serve` again: %1</source>
        <translation>เริ่ม `serve` ใหม่ไม่ได้: %1</translation>
    </message>
    <message>
        <location filename="../core/chaos/faults.cpp" line="232"/>
        <source>The fault &apos;%1&apos; needs %2, which this run does not have.</source>
        <translation>ความผิดพลาด &apos;%1&apos; ต้องใช้ %2 ซึ่งการรันนี้ไม่มี</translation>
    </message>
    <message>
        <location filename="../core/chaos/faults.cpp" line="236"/>
        <source>the sandbox (gateways and marketplace stand-ins)</source>
        <translation>แซนด์บ็อกซ์ (เกตเวย์และตัวจำลองมาร์เก็ตเพลส)</translation>
    </message>
    <message>
        <location filename="../core/chaos/faults.cpp" line="249"/>
        <source>the embedded cluster or the operator&apos;s stop and start commands</source>
        <translation>คลัสเตอร์แบบฝังตัว หรือคำสั่งหยุดและเริ่มของผู้ดูแลระบบ</translation>
    </message>
    <message>
        <location filename="../core/chaos/faults.cpp" line="254"/>
        <source>a `serve` instance started by this run</source>
        <translation>อินสแตนซ์ `serve` ที่เริ่มโดยการรันนี้</translation>
    </message>
    <message>
        <location filename="../core/chaos/faults.cpp" line="261"/>
        <source>a fault proxy in front of &apos;%1&apos; (postgres, or a sandbox gateway or marketplace stand-in that `drill chaos` started)</source>
        <translation>พร็อกซีจำลองความผิดพลาดหน้า &apos;%1&apos; (postgres หรือเกตเวย์ sandbox หรือมาร์เก็ตเพลสจำลองที่ `drill chaos` เริ่มไว้)</translation>
    </message>
    <message>
        <location filename="../core/chaos/faults.cpp" line="270"/>
        <source>Unknown fault type &apos;%1&apos;: sandbox, terminate_backends, restart_database, kill_serve or proxy.</source>
        <translation>ไม่รู้จักประเภทความผิดพลาด &apos;%1&apos;: ใช้ sandbox, terminate_backends, restart_database, kill_serve หรือ proxy</translation>
    </message>
    <message>
        <location filename="../core/chaos/moneyatrisk.cpp" line="86"/>
        <source>No money was at risk: each of the %1 charges the gateways hold belongs to exactly one order Backroom saved, and every payment Backroom saved was charged.</source>
        <translation>ไม่มีเงินที่มีความเสี่ยง: รายการเรียกเก็บเงินทั้ง %1 รายการในเกตเวย์ตรงกับคำสั่งซื้อที่ Backroom บันทึกไว้เพียงรายการเดียวพอดี และทุกการชำระเงินที่ Backroom บันทึกไว้ถูกเรียกเก็บเงินแล้ว</translation>
    </message>
    <message>
        <location filename="../core/chaos/moneyatrisk.cpp" line="90"/>
        <source>%1 customers were charged %2 baht in total but Backroom has no paid order for it: refund them or complete their orders (`backroom payments reconcile`).</source>
        <translation>ลูกค้า %1 รายถูกเรียกเก็บเงินรวม %2 บาท แต่ Backroom ไม่มีคำสั่งซื้อที่ชำระแล้วสำหรับยอดนี้: คืนเงินให้ลูกค้าหรือทำคำสั่งซื้อให้เสร็จ (`backroom payments reconcile`)</translation>
    </message>
    <message>
        <location filename="../core/chaos/moneyatrisk.cpp" line="94"/>
        <source>%1 orders were charged twice (%2 baht too much): reverse the extra charges.</source>
        <translation>คำสั่งซื้อ %1 รายการถูกเรียกเก็บเงินซ้ำ (เกิน %2 บาท): ยกเลิกรายการเรียกเก็บที่เกิน</translation>
    </message>
    <message>
        <location filename="../core/chaos/moneyatrisk.cpp" line="97"/>
        <source>%1 orders are marked paid (%2 baht) but no gateway charged them: do not ship them before the money is in.</source>
        <translation>คำสั่งซื้อ %1 รายการถูกทำเครื่องหมายว่าชำระแล้ว (%2 บาท) แต่ไม่มีเกตเวย์ใดเรียกเก็บเงิน: อย่าจัดส่งจนกว่าจะได้รับเงิน</translation>
    </message>
    <message>
        <location filename="../core/chaos/toxic.cpp" line="74"/>
        <source>&apos;%1&apos; is not key=value.</source>
        <translation>&apos;%1&apos; ไม่อยู่ในรูปแบบ key=value</translation>
    </message>
    <message>
        <location filename="../core/chaos/toxic.cpp" line="83"/>
        <source>toxicity must be a number from 0 to 1, got &apos;%1&apos;.</source>
        <translation>toxicity ต้องเป็นตัวเลขตั้งแต่ 0 ถึง 1 แต่ได้ &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/chaos/toxic.cpp" line="88"/>
        <source>%1 takes no &apos;%2&apos; (it takes %3, name, toxicity).</source>
        <translation>%1 ไม่รับ &apos;%2&apos; (รับ %3, name, toxicity)</translation>
    </message>
    <message>
        <location filename="../core/chaos/toxic.cpp" line="89"/>
        <source>nothing else</source>
        <translation>ไม่มีอย่างอื่น</translation>
    </message>
    <message>
        <location filename="../core/chaos/toxic.cpp" line="93"/>
        <source>%1 of %2 must be a whole number, got &apos;%3&apos;.</source>
        <translation>%1 ของ %2 ต้องเป็นจำนวนเต็ม แต่ได้ &apos;%3&apos;</translation>
    </message>
    <message>
        <location filename="../core/chaos/toxic.cpp" line="128"/>
        <source>Unknown toxic &apos;%1&apos; in &apos;%2&apos;: use one of %3.</source>
        <translation>ไม่รู้จัก toxic &apos;%1&apos; ใน &apos;%2&apos;: ใช้ค่าใดค่าหนึ่งจาก %3</translation>
    </message>
    <message>
        <location filename="../core/chaos/toxic.cpp" line="135"/>
        <source>Stream &apos;%1&apos; in &apos;%2&apos; must be upstream (client to server) or downstream (server to client).</source>
        <translation>สตรีม &apos;%1&apos; ใน &apos;%2&apos; ต้องเป็น upstream (ไคลเอนต์ไปเซิร์ฟเวอร์) หรือ downstream (เซิร์ฟเวอร์ไปไคลเอนต์)</translation>
    </message>
    <message>
        <location filename="../core/chaos/toxic.cpp" line="139"/>
        <source>&apos;%1&apos; has too many &apos;:&apos; parts: write type:stream:key=value,...</source>
        <translation>&apos;%1&apos; มีส่วนที่คั่นด้วย &apos;:&apos; มากเกินไป: เขียนเป็น type:stream:key=value,...</translation>
    </message>
    <message>
        <location filename="../core/chaos/toxic.cpp" line="158"/>
        <source>A toxic needs a name without spaces, &apos;,&apos; or &apos;:&apos; (got &apos;%1&apos;).</source>
        <translation>toxic ต้องมีชื่อที่ไม่มีช่องว่าง &apos;,&apos; หรือ &apos;:&apos; (ได้ &apos;%1&apos;)</translation>
    </message>
    <message>
        <location filename="../core/chaos/toxic.cpp" line="160"/>
        <source>toxicity of %1 must be from 0 to 1, got %2.</source>
        <translation>toxicity ของ %1 ต้องอยู่ระหว่าง 0 ถึง 1 แต่ได้ %2</translation>
    </message>
    <message>
        <location filename="../core/chaos/toxic.cpp" line="163"/>
        <source>%1: times, rates and sizes must not be negative.</source>
        <translation>%1: เวลา อัตรา และขนาดต้องไม่ติดลบ</translation>
    </message>
    <message>
        <location filename="../core/chaos/toxic.cpp" line="165"/>
        <source>%1: a slicer needs size of at least 1 byte.</source>
        <translation>%1: slicer ต้องมีขนาดอย่างน้อย 1 ไบต์</translation>
    </message>
    <message>
        <location filename="../core/chaos/proxyfault.cpp" line="22"/>
        <source>The fault proxy&apos;s thread did not answer.</source>
        <translation>เธรดของพร็อกซีจำลองความผิดพลาดไม่ตอบสนอง</translation>
    </message>
    <message>
        <location filename="../core/chaos/proxyfault.cpp" line="42"/>
        <source>proxy to %1 (port %2): %3</source>
        <translation>พร็อกซีไปยัง %1 (พอร์ต %2): %3</translation>
    </message>
    <message>
        <location filename="../core/chaos/proxyfault.cpp" line="86"/>
        <source>The fault proxy&apos;s thread did not start.</source>
        <translation>เธรดของพร็อกซีจำลองความผิดพลาดไม่เริ่มทำงาน</translation>
    </message>
    <message>
        <location filename="../core/chaos/proxyfault.cpp" line="93"/>
        <source>A proxy fault needs &quot;toxics&quot;, e.g. [&quot;latency:downstream:ms=500&quot;].</source>
        <translation>ความผิดพลาดแบบพร็อกซีต้องมี &quot;toxics&quot; เช่น [&quot;latency:downstream:ms=500&quot;]</translation>
    </message>
    <message>
        <location filename="../core/chaos/proxyfault.cpp" line="98"/>
        <source>toxics[%1]: %2</source>
        <translation>toxics[%1]: %2</translation>
    </message>
</context>
<context>
    <name>backroom::db</name>
    <message>
        <location filename="../core/db/asyncdb.cpp" line="23"/>
        <source>Lost the connection to the database.</source>
        <translation>การเชื่อมต่อฐานข้อมูลขาดหาย</translation>
    </message>
    <message>
        <location filename="../core/db/connection.cpp" line="91"/>
        <source>the default socket</source>
        <translation>ซ็อกเก็ตเริ่มต้นของเครื่องนี้</translation>
    </message>
    <message>
        <location filename="../core/db/connection.cpp" line="94"/>
        <source>%1 database &quot;%2&quot;</source>
        <translation>%1 ฐานข้อมูล &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../core/db/connection.cpp" line="95"/>
        <source>%1 as &quot;%2&quot;</source>
        <translation>%1 ในชื่อผู้ใช้ &quot;%2&quot;</translation>
    </message>
    <message>
        <location filename="../core/db/connection.cpp" line="112"/>
        <source>Not allowed for your role: %1. Ask an owner.</source>
        <translation>บทบาทของคุณไม่มีสิทธิ์ทำรายการนี้: %1 โปรดติดต่อเจ้าของร้าน</translation>
    </message>
    <message>
        <location filename="../core/db/connection.cpp" line="122"/>
        <source>The server&apos;s certificate at %1 is for &quot;%2&quot;, not for &quot;%3&quot;: connect with the host name the certificate names, or have the server&apos;s certificate reissued for this name.</source>
        <translation>ใบรับรองของเซิร์ฟเวอร์ที่ %1 ออกให้ &quot;%2&quot; ไม่ใช่ &quot;%3&quot;: ให้เชื่อมต่อด้วยชื่อโฮสต์ที่ระบุในใบรับรอง หรือขอออกใบรับรองของเซิร์ฟเวอร์ใหม่สำหรับชื่อนี้</translation>
    </message>
    <message>
        <location filename="../core/db/connection.cpp" line="127"/>
        <source>The server&apos;s certificate at %1 is not signed by the root certificate Backroom trusts: check the root certificate (sslrootcert) is the one that signed the server&apos;s certificate.</source>
        <translation>ใบรับรองของเซิร์ฟเวอร์ที่ %1 ไม่ได้ลงนามโดยใบรับรองหลัก (root certificate) ที่ Backroom เชื่อถือ: ตรวจสอบว่าใบรับรองหลัก (sslrootcert) เป็นใบเดียวกับที่ลงนามใบรับรองของเซิร์ฟเวอร์</translation>
    </message>
    <message>
        <location filename="../core/db/connection.cpp" line="132"/>
        <source>Verifying the server at %1 needs the root certificate that signed its certificate: set it in the connection profile (sslrootcert=) or put it at ~/.postgresql/root.crt.</source>
        <translation>การตรวจสอบเซิร์ฟเวอร์ที่ %1 ต้องใช้ใบรับรองหลักที่ลงนามใบรับรองของเซิร์ฟเวอร์: ระบุไว้ในโปรไฟล์การเชื่อมต่อ (sslrootcert=) หรือวางไว้ที่ ~/.postgresql/root.crt</translation>
    </message>
    <message>
        <location filename="../core/db/connection.cpp" line="137"/>
        <source>The server at %1 does not accept encrypted connections: ask its administrator to turn on ssl, or use TLS mode &quot;disable&quot; only on a network you trust.</source>
        <translation>เซิร์ฟเวอร์ที่ %1 ไม่รับการเชื่อมต่อแบบเข้ารหัส: ขอให้ผู้ดูแลเซิร์ฟเวอร์เปิด ssl หรือใช้โหมด TLS &quot;disable&quot; เฉพาะในเครือข่ายที่คุณไว้ใจเท่านั้น</translation>
    </message>
    <message>
        <location filename="../core/db/connection.cpp" line="155"/>
        <source>Wrong user name or password for %1: check the user and password in --db or BACKROOM_DB.</source>
        <translation>ชื่อผู้ใช้หรือรหัสผ่านไม่ถูกต้องสำหรับ %1: ตรวจสอบชื่อผู้ใช้และรหัสผ่านใน --db หรือ BACKROOM_DB</translation>
    </message>
    <message>
        <location filename="../core/db/connection.cpp" line="159"/>
        <source>The database does not exist on %1: create it or fix dbname in --db.</source>
        <translation>ไม่มีฐานข้อมูลนี้บน %1: สร้างฐานข้อมูลก่อน หรือแก้ dbname ใน --db</translation>
    </message>
    <message>
        <location filename="../core/db/connection.cpp" line="163"/>
        <source>No such database user at %1: fix user in --db.</source>
        <translation>ไม่มีผู้ใช้ฐานข้อมูลนี้ที่ %1: แก้ user ใน --db</translation>
    </message>
    <message>
        <location filename="../core/db/connection.cpp" line="166"/>
        <source>Timed out connecting to %1: check the host and that the network allows it.</source>
        <translation>เชื่อมต่อ %1 ไม่ทันเวลา: ตรวจสอบชื่อโฮสต์ และดูว่าเครือข่ายอนุญาตให้เชื่อมต่อหรือไม่</translation>
    </message>
    <message>
        <location filename="../core/db/connection.cpp" line="171"/>
        <source>Cannot reach PostgreSQL at %1: is the server running? Check host and port in --db or BACKROOM_DB.</source>
        <translation>ติดต่อ PostgreSQL ที่ %1 ไม่ได้: เซิร์ฟเวอร์ทำงานอยู่หรือไม่? ตรวจสอบ host และ port ใน --db หรือ BACKROOM_DB</translation>
    </message>
    <message>
        <location filename="../core/db/connection.cpp" line="175"/>
        <source>Unknown host in %1: fix host in --db.</source>
        <translation>ไม่รู้จักโฮสต์ใน %1: แก้ host ใน --db</translation>
    </message>
    <message>
        <location filename="../core/db/connection.cpp" line="177"/>
        <source>Cannot connect to %1: %2</source>
        <translation>เชื่อมต่อ %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <location filename="../core/db/connection.cpp" line="211"/>
        <source>%1 (run `backroom db migrate`)</source>
        <translation>%1 (ให้รัน `backroom db migrate`)</translation>
    </message>
    <message>
        <location filename="../core/db/connection.cpp" line="222"/>
        <source>unreadable</source>
        <translation>อ่านไม่ออก</translation>
    </message>
    <message>
        <location filename="../core/db/connection.cpp" line="225"/>
        <source>The connection string is malformed (%1). Example: &quot;host=localhost port=5432 dbname=backroom user=staff&quot; or &quot;postgresql://staff@localhost/backroom&quot;.</source>
        <translation>รูปแบบข้อความเชื่อมต่อ (connection string) ไม่ถูกต้อง (%1) ตัวอย่าง: &quot;host=localhost port=5432 dbname=backroom user=staff&quot; หรือ &quot;postgresql://staff@localhost/backroom&quot;</translation>
    </message>
    <message>
        <location filename="../core/db/connection.cpp" line="277"/>
        <source>Out of memory opening a connection.</source>
        <translation>หน่วยความจำไม่พอสำหรับเปิดการเชื่อมต่อ</translation>
    </message>
    <message>
        <location filename="../core/db/connection.cpp" line="318"/>
        <location filename="../core/db/connection.cpp" line="329"/>
        <source>Lost the connection to the database: %1</source>
        <translation>การเชื่อมต่อฐานข้อมูลขาดหาย: %1</translation>
    </message>
    <message>
        <location filename="../core/db/connection.cpp" line="34"/>
        <source>Not connected to the database; will reconnect.</source>
        <translation>ยังไม่ได้เชื่อมต่อฐานข้อมูล ระบบจะเชื่อมต่อใหม่ให้เอง</translation>
    </message>
    <message>
        <location filename="../core/db/connection.cpp" line="386"/>
        <source>Not connected to the database.</source>
        <translation>ยังไม่ได้เชื่อมต่อฐานข้อมูล</translation>
    </message>
    <message>
        <location filename="../core/db/connection.cpp" line="436"/>
        <source>Transaction already ended.</source>
        <translation>ธุรกรรมนี้จบไปแล้ว</translation>
    </message>
    <message>
        <location filename="../core/db/connectionprofile.cpp" line="68"/>
        <source>Give the connection a name.</source>
        <translation>ตั้งชื่อให้การเชื่อมต่อนี้</translation>
    </message>
    <message>
        <location filename="../core/db/connectionprofile.cpp" line="70"/>
        <source>Give the name of the database.</source>
        <translation>ระบุชื่อฐานข้อมูล</translation>
    </message>
    <message>
        <location filename="../core/db/connectionprofile.cpp" line="72"/>
        <source>Give the database user name.</source>
        <translation>ระบุชื่อผู้ใช้ฐานข้อมูล</translation>
    </message>
    <message>
        <location filename="../core/db/connectionprofile.cpp" line="74"/>
        <source>The port must be between 1 and 65535.</source>
        <translation>พอร์ตต้องอยู่ระหว่าง 1 ถึง 65535</translation>
    </message>
    <message>
        <location filename="../core/db/connectionprofile.cpp" line="131"/>
        <source>Could not save the connection in %1.</source>
        <translation>บันทึกการเชื่อมต่อลงใน %1 ไม่สำเร็จ</translation>
    </message>
    <message>
        <location filename="../core/db/embeddedcluster.cpp" line="132"/>
        <source>Cannot read %1.</source>
        <translation>อ่าน %1 ไม่ได้</translation>
    </message>
    <message>
        <location filename="../core/db/embeddedcluster.cpp" line="139"/>
        <source>Cannot write %1.</source>
        <translation>เขียน %1 ไม่ได้</translation>
    </message>
    <message>
        <location filename="../core/db/embeddedcluster.cpp" line="173"/>
        <source>Could not hash the embedded cluster&apos;s password.</source>
        <translation>สร้างแฮชรหัสผ่านของ PostgreSQL ในตัวของ Backroom ไม่สำเร็จ</translation>
    </message>
    <message>
        <location filename="../core/db/embeddedcluster.cpp" line="177"/>
        <source>Could not quote the embedded cluster&apos;s password.</source>
        <translation>เตรียมรหัสผ่านของ PostgreSQL ในตัวของ Backroom เพื่อส่งให้เซิร์ฟเวอร์ไม่สำเร็จ</translation>
    </message>
    <message>
        <location filename="../core/db/embeddedcluster.cpp" line="208"/>
        <source>Could not start %1: %2</source>
        <translation>เริ่ม %1 ไม่สำเร็จ: %2</translation>
    </message>
    <message>
        <location filename="../core/db/embeddedcluster.cpp" line="211"/>
        <source>%1 did not finish in time.</source>
        <translation>%1 ทำงานไม่เสร็จภายในเวลาที่กำหนด</translation>
    </message>
    <message>
        <location filename="../core/db/embeddedcluster.cpp" line="216"/>
        <source>%1 failed (exit %2): %3</source>
        <translation>%1 ล้มเหลว (รหัสออก %2): %3</translation>
    </message>
    <message>
        <location filename="../core/db/embeddedcluster.cpp" line="238"/>
        <source>Cannot create %1: check permissions.</source>
        <translation>สร้าง %1 ไม่ได้: ตรวจสอบสิทธิ์การเข้าถึงโฟลเดอร์</translation>
    </message>
    <message>
        <location filename="../core/db/embeddedcluster.cpp" line="263"/>
        <source>No free loopback port for PostgreSQL.</source>
        <translation>ไม่มีพอร์ต loopback ว่างสำหรับ PostgreSQL</translation>
    </message>
    <message>
        <location filename="../core/db/embeddedcluster.cpp" line="285"/>
        <source>The embedded PostgreSQL did not start: %1 %2</source>
        <translation>PostgreSQL ในตัวของ Backroom เริ่มทำงานไม่สำเร็จ: %1 %2</translation>
    </message>
    <message>
        <location filename="../core/db/migrations.cpp" line="23"/>
        <source>The database schema is version %1 but this Backroom knows only up to %2: upgrade Backroom before using this database.</source>
        <translation>โครงสร้างฐานข้อมูลเป็นเวอร์ชัน %1 แต่ Backroom รุ่นนี้รู้จักถึงเวอร์ชัน %2 เท่านั้น: อัปเกรด Backroom ก่อนใช้ฐานข้อมูลนี้</translation>
    </message>
    <message>
        <location filename="../core/db/migrations.cpp" line="95"/>
        <source>Migration %1 (%2) failed and was rolled back: %3</source>
        <translation>ปรับโครงสร้างฐานข้อมูล (migration) %1 (%2) ไม่สำเร็จ และย้อนกลับแล้ว: %3</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/db/migrations.cpp" line="115"/>
        <source>The database schema is at version %1, %n migration(s) behind: run `backroom db migrate`.</source>
        <translation>
            <numerusform>โครงสร้างฐานข้อมูลอยู่ที่เวอร์ชัน %1 ยังขาดการปรับอีก %n ขั้น: ให้รัน `backroom db migrate`</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/db/notifylistener.cpp" line="68"/>
        <source>Out of memory.</source>
        <translation>หน่วยความจำไม่พอ</translation>
    </message>
    <message>
        <location filename="../core/db/notifylistener.cpp" line="126"/>
        <source>Lost the live-update connection: %1</source>
        <translation>การเชื่อมต่อสำหรับอัปเดตแบบสดขาดหาย: %1</translation>
    </message>
    <message>
        <location filename="../core/db/notifylistener.cpp" line="153"/>
        <source>Lost the live-update connection.</source>
        <translation>การเชื่อมต่อสำหรับอัปเดตแบบสดขาดหาย</translation>
    </message>
    <message>
        <location filename="../core/db/pgbinaries.cpp" line="178"/>
        <source>The PostgreSQL server programs (initdb, pg_ctl) were not found. Install Postgres.app, or PostgreSQL with Homebrew (brew install postgresql@16), or set BACKROOM_PG_BINDIR to the folder that has them.</source>
        <translation>ไม่พบโปรแกรมเซิร์ฟเวอร์ PostgreSQL (initdb, pg_ctl) ติดตั้ง Postgres.app หรือติดตั้ง PostgreSQL ผ่าน Homebrew (brew install postgresql@16) หรือตั้ง BACKROOM_PG_BINDIR ให้ชี้ไปยังโฟลเดอร์ที่มีโปรแกรมเหล่านี้</translation>
    </message>
    <message>
        <location filename="../core/db/pgbinaries.cpp" line="182"/>
        <source>The PostgreSQL server programs (initdb.exe, pg_ctl.exe) were not found. Install PostgreSQL from postgresql.org (its installer puts them in C:\Program Files\PostgreSQL\&lt;version&gt;\bin), or set BACKROOM_PG_BINDIR to the folder that has them.</source>
        <translation>ไม่พบโปรแกรมเซิร์ฟเวอร์ PostgreSQL (initdb.exe, pg_ctl.exe) ติดตั้ง PostgreSQL จาก postgresql.org (ตัวติดตั้งจะวางโปรแกรมไว้ที่ C:\Program Files\PostgreSQL\&lt;version&gt;\bin) หรือตั้ง BACKROOM_PG_BINDIR ให้ชี้ไปยังโฟลเดอร์ที่มีโปรแกรมเหล่านี้</translation>
    </message>
    <message>
        <location filename="../core/db/pgbinaries.cpp" line="189"/>
        <source>The PostgreSQL server programs (initdb, pg_ctl) were not found. Install the PostgreSQL server (Debian and Ubuntu: apt install postgresql postgresql-contrib), or set BACKROOM_PG_BINDIR to the folder that has them.</source>
        <translation>ไม่พบโปรแกรมเซิร์ฟเวอร์ PostgreSQL (initdb, pg_ctl) ติดตั้งเซิร์ฟเวอร์ PostgreSQL (Debian และ Ubuntu: apt install postgresql postgresql-contrib) หรือตั้ง BACKROOM_PG_BINDIR ให้ชี้ไปยังโฟลเดอร์ที่มีโปรแกรมเหล่านี้</translation>
    </message>
    <message>
        <location filename="../core/db/tls.cpp" line="87"/>
        <source>The connection to %1 is not encrypted: passwords and shop data cross the network in clear text. Connect with TLS mode &quot;verify-full&quot;.</source>
        <translation>การเชื่อมต่อไปยัง %1 ไม่ได้เข้ารหัส: รหัสผ่านและข้อมูลร้านถูกส่งผ่านเครือข่ายแบบอ่านได้ ให้เชื่อมต่อด้วยโหมด TLS &quot;verify-full&quot;</translation>
    </message>
</context>
<context>
    <name>backroom::drills</name>
    <message>
        <location filename="../core/drills/runstore.cpp" line="120"/>
        <source>No saved drill run has id %1; `backroom drill runs` lists them.</source>
        <translation>ไม่มีการซ้อมที่บันทึกไว้ซึ่งมี id %1; `backroom drill runs` จะแสดงรายการทั้งหมด</translation>
    </message>
    <message>
        <location filename="../core/drills/scenario.cpp" line="40"/>
        <source>No product has stock to sell, so a normal day has nothing to order. Receive stock first.</source>
        <translation>ไม่มีสินค้าใดมีสต็อกให้ขาย วันปกติจึงไม่มีอะไรให้สั่งซื้อ ให้รับสินค้าเข้าสต็อกก่อน</translation>
    </message>
    <message>
        <location filename="../core/drills/scenario.cpp" line="56"/>
        <source>A flash sale needs 1 to 99 hot SKUs, at least one unit each and 1 to 256 buckets.</source>
        <translation>แฟลชเซลต้องมี SKU ขายดี 1 ถึง 99 รายการ แต่ละรายการอย่างน้อยหนึ่งหน่วย และ 1 ถึง 256 บักเก็ต</translation>
    </message>
    <message>
        <location filename="../core/drills/scenario.cpp" line="101"/>
        <source>Normal day: browse 70 %, search 20 %, checkout 10 % over the 20 products with the most stock.</source>
        <translation>วันปกติ: เรียกดู 70 % ค้นหา 20 % ชำระเงิน 10 % กับสินค้า 20 รายการที่มีสต็อกมากที่สุด</translation>
    </message>
    <message>
        <location filename="../core/drills/scenario.cpp" line="103"/>
        <source>Flash sale: checkout 80 %, browse 20 % on a few hot drill products with limited stock, flash-sale buckets on; sells out and proves nothing was oversold.</source>
        <translation>แฟลชเซล: ชำระเงิน 80 % เรียกดู 20 % กับสินค้าซ้อมขายดีไม่กี่รายการที่มีสต็อกจำกัด เปิดใช้บักเก็ตแฟลชเซล; ขายจนหมดและพิสูจน์ว่าไม่มีการขายเกินสต็อก</translation>
    </message>
    <message>
        <location filename="../core/drills/scenario.cpp" line="106"/>
        <source>Shoot-out: the four stock strategies on one hot product, side by side, each judged by the verdict.</source>
        <translation>ประลอง: กลยุทธ์สต็อกทั้งสี่แบบกับสินค้าขายดีหนึ่งรายการ เทียบกันแบบเคียงข้าง แต่ละแบบตัดสินด้วยผลตัดสิน</translation>
    </message>
    <message>
        <location filename="../core/drills/scenario.cpp" line="126"/>
        <source>The shoot-out is a series of runs, not one: start it with the shoot-out runner (`backroom drill load --scenario shootout`).</source>
        <translation>การประลองเป็นชุดของการรันหลายครั้ง ไม่ใช่ครั้งเดียว: เริ่มด้วยตัวรันการประลอง (`backroom drill load --scenario shootout`)</translation>
    </message>
    <message>
        <location filename="../core/drills/threshold.cpp" line="55"/>
        <source>Threshold &apos;%1&apos;: %2</source>
        <translation>เกณฑ์ &apos;%1&apos;: %2</translation>
    </message>
    <message>
        <location filename="../core/drills/threshold.cpp" line="66"/>
        <source>a latency takes ms, s or us, not &apos;%1&apos;.</source>
        <translation>ค่าหน่วงเวลาใช้หน่วย ms, s หรือ us ไม่ใช่ &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/drills/threshold.cpp" line="70"/>
        <source>an error rate is at most 100%.</source>
        <translation>อัตราข้อผิดพลาดต้องไม่เกิน 100%</translation>
    </message>
    <message>
        <location filename="../core/drills/threshold.cpp" line="74"/>
        <source>an error rate is a percentage (1%) or a fraction (0.01), not &apos;%1&apos;.</source>
        <translation>อัตราข้อผิดพลาดต้องเป็นเปอร์เซ็นต์ (1%) หรือเศษส่วน (0.01) ไม่ใช่ &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/drills/threshold.cpp" line="76"/>
        <source>an error rate without % is a fraction from 0 to 1; write %1% for a percentage.</source>
        <translation>อัตราข้อผิดพลาดที่ไม่มี % คือเศษส่วนตั้งแต่ 0 ถึง 1; เขียน %1% สำหรับเปอร์เซ็นต์</translation>
    </message>
    <message>
        <location filename="../core/drills/threshold.cpp" line="81"/>
        <source>a rate is answers per second (rate&gt;=1000 or rate&gt;=1000/s), not &apos;%1&apos;.</source>
        <translation>อัตราคือจำนวนคำตอบต่อวินาที (rate&gt;=1000 หรือ rate&gt;=1000/s) ไม่ใช่ &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/drills/threshold.cpp" line="84"/>
        <source>a count takes no unit, not &apos;%1&apos;.</source>
        <translation>จำนวนนับไม่มีหน่วย ไม่ใช่ &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/drills/threshold.cpp" line="145"/>
        <source>write it as metric, operator, value: p95&lt;500ms, errors&lt;1%, rate&gt;=1000, dropped==0.</source>
        <translation>เขียนเป็น เมตริก ตัวดำเนินการ ค่า: p95&lt;500ms, errors&lt;1%, rate&gt;=1000, dropped==0</translation>
    </message>
    <message>
        <location filename="../core/drills/threshold.cpp" line="149"/>
        <source>unknown metric &apos;%1&apos;; use p50 p90 p95 p99 p99.9 max mean rate errors dropped conflicts.</source>
        <translation>ไม่รู้จักเมตริก &apos;%1&apos;; ใช้ p50 p90 p95 p99 p99.9 max mean rate errors dropped conflicts</translation>
    </message>
    <message>
        <location filename="../core/drills/verdict.cpp" line="78"/>
        <source>order %1 was acknowledged more than once</source>
        <translation>คำสั่งซื้อ %1 ถูกตอบรับมากกว่าหนึ่งครั้ง</translation>
    </message>
    <message>
        <location filename="../core/drills/verdict.cpp" line="117"/>
        <source>%1 drill orders exist that were never acknowledged (%2 answers were lost with a connection)</source>
        <translation>มีคำสั่งซื้อจากการซ้อม %1 รายการที่ไม่เคยถูกตอบรับ (คำตอบ %2 รายการสูญหายไปพร้อมการเชื่อมต่อ)</translation>
    </message>
    <message>
        <location filename="../core/drills/dbtarget.cpp" line="175"/>
        <source>drill connection re-established (backend %1)</source>
        <translation>การเชื่อมต่อของการซ้อมกลับมาแล้ว (backend %1)</translation>
    </message>
    <message>
        <location filename="../core/drills/dbtarget.cpp" line="228"/>
        <location filename="../core/drills/dbtarget.cpp" line="346"/>
        <source>drill connection lost</source>
        <translation>การเชื่อมต่อของการซ้อมขาดหาย</translation>
    </message>
    <message>
        <location filename="../core/drills/dbtarget.cpp" line="345"/>
        <source>drill connection lost during a checkout</source>
        <translation>การเชื่อมต่อของการซ้อมขาดหายระหว่างชำระเงิน</translation>
    </message>
    <message>
        <location filename="../core/drills/dbtarget.cpp" line="456"/>
        <location filename="../core/drills/dbtarget.cpp" line="487"/>
        <source>Could not make a drill connection non-blocking.</source>
        <translation>ตั้งการเชื่อมต่อของการซ้อมให้เป็นแบบ non-blocking ไม่ได้</translation>
    </message>
    <message>
        <location filename="../core/drills/drillparse.cpp" line="45"/>
        <source>Stage “%1”: write it as duration:rate, for example 30s:100 (ramp to 100 orders/s over 30 s).</source>
        <translation>ขั้น “%1”: เขียนเป็น duration:rate เช่น 30s:100 (เพิ่มขึ้นถึง 100 คำสั่งซื้อ/s ภายใน 30 s)</translation>
    </message>
    <message>
        <location filename="../core/drills/httptarget.cpp" line="357"/>
        <source>The store URL must look like http://127.0.0.1:8080 (got &apos;%1&apos;); https is not supported by the drill.</source>
        <translation>URL ร้านค้าต้องอยู่ในรูปแบบ http://127.0.0.1:8080 (ได้ &apos;%1&apos;); การซ้อมไม่รองรับ https</translation>
    </message>
</context>
<context>
    <name>backroom::drills::LoadDrill</name>
    <message>
        <location filename="../core/drills/loaddrill.cpp" line="207"/>
        <source>Buyers must be from 1 to %1, got %2.</source>
        <translation>จำนวนผู้ซื้อต้องอยู่ระหว่าง 1 ถึง %1 แต่ได้ %2</translation>
    </message>
    <message>
        <location filename="../core/drills/loaddrill.cpp" line="209"/>
        <source>The order cap must be from 1 to %1, got %2.</source>
        <translation>เพดานคำสั่งซื้อต้องอยู่ระหว่าง 1 ถึง %1 แต่ได้ %2</translation>
    </message>
    <message>
        <location filename="../core/drills/loaddrill.cpp" line="211"/>
        <source>Think time cannot be negative and the drop bound must be above 0.</source>
        <translation>เวลาคิดต้องไม่ติดลบ และขอบเขตการตัดทิ้งต้องมากกว่า 0</translation>
    </message>
    <message>
        <location filename="../core/drills/loaddrill.cpp" line="214"/>
        <source>The operation mix needs weights of 0 or more, at least one above 0.</source>
        <translation>สัดส่วนการทำงานต้องมีน้ำหนักตั้งแต่ 0 ขึ้นไป และอย่างน้อยหนึ่งค่ามากกว่า 0</translation>
    </message>
    <message>
        <location filename="../core/drills/loaddrill.cpp" line="216"/>
        <source>The drill needs at least one SKU with stock to order.</source>
        <translation>การซ้อมต้องมี SKU ที่มีสต็อกให้สั่งซื้ออย่างน้อยหนึ่งรายการ</translation>
    </message>
    <message>
        <location filename="../core/drills/loaddrill.cpp" line="218"/>
        <source>Searching needs search terms or SKUs to search for.</source>
        <translation>การค้นหาต้องมีคำค้นหาหรือ SKU ที่จะค้นหา</translation>
    </message>
    <message>
        <location filename="../core/drills/loaddrill.cpp" line="220"/>
        <source>The xmin retry bound cannot be negative.</source>
        <translation>ขอบเขตการลองใหม่ของ xmin ต้องไม่ติดลบ</translation>
    </message>
    <message>
        <location filename="../core/drills/loaddrill.cpp" line="236"/>
        <source>Every stage needs a duration above 0 and a rate from 0 to %1 per second.</source>
        <translation>ทุกขั้นต้องมีระยะเวลามากกว่า 0 และอัตราตั้งแต่ 0 ถึง %1 ต่อวินาที</translation>
    </message>
    <message>
        <location filename="../core/drills/loaddrill.cpp" line="242"/>
        <source>The stages never ask for any load: give at least one stage a rate above 0.</source>
        <translation>ไม่มีขั้นใดสร้างโหลดเลย: กำหนดอัตรามากกว่า 0 ให้อย่างน้อยหนึ่งขั้น</translation>
    </message>
    <message>
        <location filename="../core/drills/loaddrill.cpp" line="244"/>
        <source>The stages last longer than %1 s in all.</source>
        <translation>ขั้นทั้งหมดรวมกันนานเกิน %1 s</translation>
    </message>
    <message>
        <location filename="../core/drills/loaddrill.cpp" line="248"/>
        <source>The rate must be above 0 and at most %1 per second, got %2.</source>
        <translation>อัตราต้องมากกว่า 0 และไม่เกิน %1 ต่อวินาที แต่ได้ %2</translation>
    </message>
    <message>
        <location filename="../core/drills/loaddrill.cpp" line="251"/>
        <source>The duration must be above 0 and at most %1 s.</source>
        <translation>ระยะเวลาต้องมากกว่า 0 และไม่เกิน %1 s</translation>
    </message>
    <message>
        <location filename="../core/drills/loaddrill.cpp" line="259"/>
        <source>The drill target is not this machine: a load drill against a real server can hurt real buyers. Confirm it (--yes) if you mean it.</source>
        <translation>เป้าหมายการซ้อมไม่ใช่เครื่องนี้: การซ้อมโหลดกับเซิร์ฟเวอร์จริงอาจกระทบผู้ซื้อจริง ยืนยัน (--yes) หากตั้งใจจริง</translation>
    </message>
    <message>
        <location filename="../core/drills/loaddrill.cpp" line="263"/>
        <source>Sockets must be from 1 to %1, got %2.</source>
        <translation>จำนวนซ็อกเก็ตต้องอยู่ระหว่าง 1 ถึง %1 แต่ได้ %2</translation>
    </message>
    <message>
        <location filename="../core/drills/loaddrill.cpp" line="265"/>
        <source>Over HTTP the store decides how stock is taken: use the database target to compare %1.</source>
        <translation>ผ่าน HTTP ร้านค้าจะเป็นผู้กำหนดวิธีตัดสต็อก: ใช้เป้าหมายแบบฐานข้อมูลเพื่อเปรียบเทียบ %1</translation>
    </message>
    <message>
        <location filename="../core/drills/loaddrill.cpp" line="268"/>
        <source>The request timeout must be above 0.</source>
        <translation>เวลาหมดเวลาของคำขอต้องมากกว่า 0</translation>
    </message>
    <message>
        <location filename="../core/drills/loaddrill.cpp" line="274"/>
        <source>Connections must be from 1 to %1, got %2.</source>
        <translation>จำนวนการเชื่อมต่อต้องอยู่ระหว่าง 1 ถึง %1 แต่ได้ %2</translation>
    </message>
    <message>
        <location filename="../core/drills/loaddrill.cpp" line="309"/>
        <source>A drill runs once: create a new one for the next run.</source>
        <translation>การซ้อมหนึ่งครั้งรันได้ครั้งเดียว: สร้างใหม่สำหรับการรันครั้งถัดไป</translation>
    </message>
</context>
<context>
    <name>backroom::drills::ShootoutRunner</name>
    <message>
        <location filename="../core/drills/shootout.cpp" line="101"/>
        <source>This shoot-out has already run; start a new one.</source>
        <translation>การประลองนี้รันไปแล้ว; ให้เริ่มใหม่</translation>
    </message>
    <message>
        <location filename="../core/drills/shootout.cpp" line="103"/>
        <source>The shoot-out needs at least one strategy and one buyer count.</source>
        <translation>การประลองต้องมีอย่างน้อยหนึ่งกลยุทธ์และจำนวนผู้ซื้อหนึ่งค่า</translation>
    </message>
    <message>
        <location filename="../core/drills/shootout.cpp" line="106"/>
        <source>Buyers per run must be from 1 to %1, got %2.</source>
        <translation>จำนวนผู้ซื้อต่อการรันต้องอยู่ระหว่าง 1 ถึง %1 แต่ได้ %2</translation>
    </message>
    <message>
        <location filename="../core/drills/shootout.cpp" line="109"/>
        <source>Connections must be from 1 to %1, got %2.</source>
        <translation>จำนวนการเชื่อมต่อต้องอยู่ระหว่าง 1 ถึง %1 แต่ได้ %2</translation>
    </message>
    <message>
        <location filename="../core/drills/shootout.cpp" line="112"/>
        <source>The hot SKU needs at least one unit and at most %1 buckets (0: one per connection).</source>
        <translation>SKU ขายดีต้องมีอย่างน้อยหนึ่งหน่วยและไม่เกิน %1 บักเก็ต (0: หนึ่งบักเก็ตต่อการเชื่อมต่อ)</translation>
    </message>
    <message>
        <location filename="../core/drills/shootout.cpp" line="116"/>
        <source>The drill target is not this machine: a load drill against a real server can hurt real buyers. Confirm it if you mean it.</source>
        <translation>เป้าหมายการซ้อมไม่ใช่เครื่องนี้: การซ้อมโหลดกับเซิร์ฟเวอร์จริงอาจกระทบผู้ซื้อจริง ยืนยันหากตั้งใจจริง</translation>
    </message>
</context>
<context>
    <name>backroom::healthcheck</name>
    <message>
        <location filename="../core/healthcheck/healthcheck.cpp" line="47"/>
        <source>Could not read the measurements: %1</source>
        <translation>อ่านค่าที่วัดได้ไม่ได้: %1</translation>
    </message>
    <message>
        <location filename="../core/healthcheck/healthcheck.cpp" line="48"/>
        <source>Run the health check as an owner while the database is reachable.</source>
        <translation>รันการตรวจสุขภาพระบบในฐานะเจ้าของขณะที่เชื่อมต่อฐานข้อมูลได้</translation>
    </message>
    <message>
        <location filename="../core/healthcheck/healthcheck.cpp" line="75"/>
        <source>browse p95 %1</source>
        <translation>เรียกดู p95 %1</translation>
    </message>
    <message>
        <location filename="../core/healthcheck/healthcheck.cpp" line="79"/>
        <source>search p95 %1</source>
        <translation>ค้นหา p95 %1</translation>
    </message>
    <message>
        <location filename="../core/healthcheck/healthcheck.cpp" line="82"/>
        <source>%1 (drill run %2, budget %3 a page)</source>
        <translation>%1 (การซ้อมรอบที่ %2 งบ %3 ต่อหน้า)</translation>
    </message>
    <message>
        <location filename="../core/healthcheck/healthcheck.cpp" line="86"/>
        <source>Pages are slower than %1 at p95: add serve instances or browse workers, check slow queries (docs/store-api.md), then run `backroom drill load --scenario normal-day` again.</source>
        <translation>หน้าเว็บช้ากว่า %1 ที่ p95: เพิ่มอินสแตนซ์ serve หรือเวิร์กเกอร์การเรียกดู ตรวจสอบคิวรีที่ช้า (docs/store-api.md) แล้วรัน `backroom drill load --scenario normal-day` อีกครั้ง</translation>
    </message>
    <message>
        <location filename="../core/healthcheck/healthcheck.cpp" line="90"/>
        <source>No saved drill browsed or searched the store.</source>
        <translation>ไม่มีการซ้อมที่บันทึกไว้ซึ่งเรียกดูหรือค้นหาร้านค้า</translation>
    </message>
    <message>
        <location filename="../core/healthcheck/healthcheck.cpp" line="91"/>
        <source>Run `backroom drill load --scenario normal-day` (its mix browses and searches).</source>
        <translation>รัน `backroom drill load --scenario normal-day` (สัดส่วนงานของสถานการณ์นี้มีทั้งการเรียกดูและการค้นหา)</translation>
    </message>
    <message>
        <location filename="../core/healthcheck/healthcheck.cpp" line="112"/>
        <source>%1 checkouts/s offered</source>
        <translation>เสนอโหลด %1 การชำระเงิน/s</translation>
    </message>
    <message>
        <location filename="../core/healthcheck/healthcheck.cpp" line="113"/>
        <source>closed model</source>
        <translation>โมเดลแบบปิด</translation>
    </message>
    <message>
        <location filename="../core/healthcheck/healthcheck.cpp" line="114"/>
        <source>flash-sale drill run %1 %2: %3, %4/s answered</source>
        <translation>การซ้อมแฟลชเซลรอบที่ %1 %2: %3, ตอบกลับ %4/s</translation>
    </message>
    <message>
        <location filename="../core/healthcheck/healthcheck.cpp" line="116"/>
        <location filename="../core/healthcheck/healthcheck.cpp" line="282"/>
        <source>passed</source>
        <translation>ผ่าน</translation>
    </message>
    <message>
        <location filename="../core/healthcheck/healthcheck.cpp" line="116"/>
        <location filename="../core/healthcheck/healthcheck.cpp" line="282"/>
        <source>failed</source>
        <translation>ไม่ผ่าน</translation>
    </message>
    <message>
        <location filename="../core/healthcheck/healthcheck.cpp" line="122"/>
        <source>Open the run (`backroom drill show %1`): fix what its verdict names (oversell, lost orders, thresholds), e.g. switch to bucketed stock for the hot product, then run the flash-sale drill again.</source>
        <translation>เปิดดูการรัน (`backroom drill show %1`): แก้ไขสิ่งที่ผลตัดสินระบุ (ขายเกินสต็อก คำสั่งซื้อสูญหาย เกณฑ์) เช่น เปลี่ยนไปใช้สต็อกแบบบักเก็ตสำหรับสินค้าขายดี แล้วรันการซ้อมแฟลชเซลอีกครั้ง</translation>
    </message>
    <message>
        <location filename="../core/healthcheck/healthcheck.cpp" line="126"/>
        <source>No flash-sale load drill has been saved.</source>
        <translation>ยังไม่มีการบันทึกการซ้อมโหลดแฟลชเซล</translation>
    </message>
    <message>
        <location filename="../core/healthcheck/healthcheck.cpp" line="127"/>
        <source>Run `backroom drill load --scenario flash-sale` at the rate you expect for the campaign.</source>
        <translation>รัน `backroom drill load --scenario flash-sale` ที่อัตราที่คุณคาดไว้สำหรับแคมเปญ</translation>
    </message>
    <message>
        <location filename="../core/healthcheck/healthcheck.cpp" line="136"/>
        <source>No drill has been saved.</source>
        <translation>ยังไม่มีการบันทึกการซ้อม</translation>
    </message>
    <message>
        <location filename="../core/healthcheck/healthcheck.cpp" line="136"/>
        <source>Run `backroom drill load` and repeat it at least monthly.</source>
        <translation>รัน `backroom drill load` และทำซ้ำอย่างน้อยเดือนละครั้ง</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/healthcheck/healthcheck.cpp" line="142"/>
        <source>last drill: run %1 (%2), %n day(s) ago</source>
        <translation>
            <numerusform>การซ้อมล่าสุด: รอบที่ %1 (%2) เมื่อ %n วันที่แล้ว</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/healthcheck/healthcheck.cpp" line="146"/>
        <source>The last drill is older than %1 days: run `backroom drill load --scenario flash-sale` before the next campaign, and after every change to the server.</source>
        <translation>การซ้อมล่าสุดเก่ากว่า %1 วัน: รัน `backroom drill load --scenario flash-sale` ก่อนแคมเปญถัดไป และหลังการเปลี่ยนแปลงเซิร์ฟเวอร์ทุกครั้ง</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/healthcheck/healthcheck.cpp" line="166"/>
        <source>No marketplace push in the last %n hour(s).</source>
        <translation>
            <numerusform>ไม่มีการส่งข้อมูลไปมาร์เก็ตเพลสในช่วง %n ชั่วโมงที่ผ่านมา</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/healthcheck/healthcheck.cpp" line="167"/>
        <source>Connect a marketplace (docs/channels.md) and let `backroom serve` push stock.</source>
        <translation>เชื่อมต่อมาร์เก็ตเพลส (docs/channels.md) และให้ `backroom serve` ส่งข้อมูลสต็อก</translation>
    </message>
    <message>
        <location filename="../core/healthcheck/healthcheck.cpp" line="168"/>
        <source>worst minute&apos;s lag p95 %1 (%2, %3 pushes in the last %4 h), budget %5</source>
        <translation>ความล่าช้า p95 ของนาทีที่แย่ที่สุด %1 (%2, ส่ง %3 ครั้งใน %4 h ที่ผ่านมา) งบ %5</translation>
    </message>
    <message>
        <location filename="../core/healthcheck/healthcheck.cpp" line="176"/>
        <source>Stock reaches %1 too late: check `backroom channels status` for an open breaker, a deep queue or rate limits, and that a serve instance is pushing.</source>
        <translation>สต็อกไปถึง %1 ช้าเกินไป: ตรวจ `backroom channels status` ว่ามีเบรกเกอร์เปิดอยู่ คิวยาว หรือติดขีดจำกัดอัตรา และมีอินสแตนซ์ serve กำลังส่งข้อมูลอยู่</translation>
    </message>
    <message>
        <location filename="../core/healthcheck/healthcheck.cpp" line="261"/>
        <source>No running serve instance publishes its payment gateways and their methods.</source>
        <translation>ไม่มีอินสแตนซ์ serve ที่ทำงานอยู่เผยแพร่เกตเวย์ชำระเงินและวิธีชำระเงินของตน</translation>
    </message>
    <message>
        <location filename="../core/healthcheck/healthcheck.cpp" line="262"/>
        <location filename="../core/healthcheck/healthcheck.cpp" line="302"/>
        <source>Start `backroom serve` with payments configured (docs/payments.md) and check again.</source>
        <translation>เริ่ม `backroom serve` โดยตั้งค่าการชำระเงินไว้ (docs/payments.md) แล้วตรวจสอบอีกครั้ง</translation>
    </message>
    <message>
        <location filename="../core/healthcheck/healthcheck.cpp" line="268"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../core/healthcheck/healthcheck.cpp" line="273"/>
        <source>healthy gateways per method: %1</source>
        <translation>เกตเวย์ที่ปกติต่อวิธีชำระเงิน: %1</translation>
    </message>
    <message>
        <location filename="../core/healthcheck/healthcheck.cpp" line="276"/>
        <source>Fewer than two healthy gateways for %1: route each method to two gateways (`routes` in payments.json) and close any open breaker once its gateway is back.</source>
        <translation>เกตเวย์ที่ปกติสำหรับ %1 มีน้อยกว่าสองตัว: กำหนดเส้นทางแต่ละวิธีชำระเงินไปยังสองเกตเวย์ (`routes` ใน payments.json) และปิดเบรกเกอร์ที่เปิดอยู่เมื่อเกตเวย์กลับมาใช้งานได้</translation>
    </message>
    <message>
        <location filename="../core/healthcheck/healthcheck.cpp" line="281"/>
        <source>%1; gateway-outage chaos drill run %2 %3</source>
        <translation>%1; การซ้อม chaos เกตเวย์ล่มรอบที่ %2 %3</translation>
    </message>
    <message>
        <location filename="../core/healthcheck/healthcheck.cpp" line="286"/>
        <source>The gateway-outage drill failed: open it (`backroom drill show %1`) and fix what lost or refused payments before the next sale.</source>
        <translation>การซ้อมเกตเวย์ล่มไม่ผ่าน: เปิดดู (`backroom drill show %1`) และแก้ไขสาเหตุที่ทำให้การชำระเงินสูญหายหรือถูกปฏิเสธก่อนการขายครั้งถัดไป</translation>
    </message>
    <message>
        <location filename="../core/healthcheck/healthcheck.cpp" line="289"/>
        <source>%1; no gateway-outage chaos drill yet</source>
        <translation>%1; ยังไม่มีการซ้อม chaos เกตเวย์ล่ม</translation>
    </message>
    <message>
        <location filename="../core/healthcheck/healthcheck.cpp" line="290"/>
        <source>Prove the fallback: run the gateway-outage chaos experiment (`backroom drill chaos`).</source>
        <translation>พิสูจน์ระบบสำรอง: รันการทดลอง chaos เกตเวย์ล่ม (`backroom drill chaos`)</translation>
    </message>
    <message>
        <location filename="../core/healthcheck/healthcheck.cpp" line="301"/>
        <source>No running serve instance publishes its payment methods.</source>
        <translation>ไม่มีอินสแตนซ์ serve ที่ทำงานอยู่เผยแพร่วิธีชำระเงินของตน</translation>
    </message>
    <message>
        <location filename="../core/healthcheck/healthcheck.cpp" line="309"/>
        <source>enabled with a gateway: %1</source>
        <translation>เปิดใช้พร้อมเกตเวย์: %1</translation>
    </message>
    <message>
        <location filename="../core/healthcheck/healthcheck.cpp" line="309"/>
        <source>none</source>
        <translation>ไม่มี</translation>
    </message>
    <message>
        <location filename="../core/healthcheck/healthcheck.cpp" line="313"/>
        <source>Route %1 to a gateway (`routes` in payments.json) so shoppers can pay the way they prefer.</source>
        <translation>กำหนดเส้นทาง %1 ไปยังเกตเวย์ (`routes` ใน payments.json) เพื่อให้ผู้ซื้อชำระเงินด้วยวิธีที่ต้องการได้</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/healthcheck/healthcheck.cpp" line="325"/>
        <source>%n store API instance(s) up and publishing health</source>
        <translation>
            <numerusform>อินสแตนซ์ API ร้านค้า %n ตัวทำงานและเผยแพร่สถานะสุขภาพอยู่</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/healthcheck/healthcheck.cpp" line="328"/>
        <source>No store API instance has ever published its health.</source>
        <translation>ไม่เคยมีอินสแตนซ์ API ร้านค้าใดเผยแพร่สถานะสุขภาพ</translation>
    </message>
    <message>
        <location filename="../core/healthcheck/healthcheck.cpp" line="329"/>
        <source>Run `backroom serve` (docs/store-api.md): the store API is how a storefront, app or marketplace reads the shop.</source>
        <translation>รัน `backroom serve` (docs/store-api.md): API ร้านค้าคือช่องทางที่หน้าร้าน แอป หรือมาร์เก็ตเพลสใช้อ่านข้อมูลร้าน</translation>
    </message>
    <message>
        <location filename="../core/healthcheck/healthcheck.cpp" line="331"/>
        <source>Every store API instance stopped sending heartbeats.</source>
        <translation>อินสแตนซ์ API ร้านค้าทุกตัวหยุดส่งสัญญาณ heartbeat</translation>
    </message>
    <message>
        <location filename="../core/healthcheck/healthcheck.cpp" line="332"/>
        <source>Start `backroom serve` again and check its log; `GET /health` answers when it is up.</source>
        <translation>เริ่ม `backroom serve` อีกครั้งและตรวจสอบล็อก; `GET /health` จะตอบกลับเมื่อระบบทำงานแล้ว</translation>
    </message>
    <message>
        <location filename="../core/healthcheck/healthcheck.cpp" line="343"/>
        <source>No healthy serve instance publishes its health.</source>
        <translation>ไม่มีอินสแตนซ์ serve ที่ปกติเผยแพร่สถานะสุขภาพ</translation>
    </message>
    <message>
        <location filename="../core/healthcheck/healthcheck.cpp" line="344"/>
        <source>Run two or more `backroom serve` instances behind a load balancer.</source>
        <translation>รันอินสแตนซ์ `backroom serve` ตั้งแต่สองตัวขึ้นไปหลังโหลดบาลานเซอร์</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/healthcheck/healthcheck.cpp" line="345"/>
        <source>%n healthy serve instance(s)</source>
        <translation>
            <numerusform>อินสแตนซ์ serve ที่ปกติ %n ตัว</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/healthcheck/healthcheck.cpp" line="349"/>
        <source>One instance is a single point of failure: run a second `backroom serve` (another port or machine) behind the load balancer.</source>
        <translation>อินสแตนซ์เดียวเป็นจุดล้มเหลวเดียว: รัน `backroom serve` ตัวที่สอง (พอร์ตหรือเครื่องอื่น) หลังโหลดบาลานเซอร์</translation>
    </message>
    <message>
        <location filename="../core/healthcheck/healthcheck.cpp" line="366"/>
        <source>The storefront is outside Backroom, and the catalogue is empty: no store API payload to measure.</source>
        <translation>หน้าร้านอยู่นอก Backroom และแคตตาล็อกว่างเปล่า: ไม่มีข้อมูลตอบกลับของ API ร้านค้าให้วัด</translation>
    </message>
    <message>
        <location filename="../core/healthcheck/healthcheck.cpp" line="368"/>
        <source>Add products, then check again; check the storefront itself with a mobile audit (Lighthouse).</source>
        <translation>เพิ่มสินค้าแล้วตรวจสอบอีกครั้ง; ตรวจหน้าร้านเองด้วยการตรวจสอบบนมือถือ (Lighthouse)</translation>
    </message>
    <message>
        <location filename="../core/healthcheck/healthcheck.cpp" line="382"/>
        <source>The storefront is outside Backroom. Store API payloads: product page (20) %1, search &quot;%2&quot; %3; budget %4 each</source>
        <translation>หน้าร้านอยู่นอก Backroom ขนาดข้อมูลตอบกลับของ API ร้านค้า: หน้าสินค้า (20) %1, ค้นหา &quot;%2&quot; %3; งบ %4 ต่อรายการ</translation>
    </message>
    <message>
        <location filename="../core/healthcheck/healthcheck.cpp" line="387"/>
        <source>Answers are heavy for a phone: ask for fewer items per page and keep images out of the JSON.</source>
        <translation>คำตอบมีขนาดใหญ่เกินไปสำหรับโทรศัพท์: ขอจำนวนรายการต่อหน้าให้น้อยลง และอย่าใส่รูปภาพใน JSON</translation>
    </message>
    <message>
        <location filename="../core/healthcheck/healthcheck.cpp" line="416"/>
        <source>None of the fixed misspellings&apos; words is in the catalogue (T-shirt, เสื้อยืด).</source>
        <translation>ไม่มีคำจากชุดคำสะกดผิดที่กำหนดไว้อยู่ในแคตตาล็อกเลย (T-shirt, เสื้อยืด)</translation>
    </message>
    <message>
        <location filename="../core/healthcheck/healthcheck.cpp" line="417"/>
        <source>Search your own products with a typo in the Stock screen to check it by hand.</source>
        <translation>ค้นหาสินค้าของคุณเองโดยพิมพ์ผิดในหน้าจอสต็อกเพื่อตรวจสอบด้วยตนเอง</translation>
    </message>
    <message>
        <location filename="../core/healthcheck/healthcheck.cpp" line="419"/>
        <source>%1 of %2 misspellings found their products: %3</source>
        <translation>คำสะกดผิด %1 จาก %2 คำพบสินค้าที่ตรงกัน: %3</translation>
    </message>
    <message>
        <location filename="../core/healthcheck/healthcheck.cpp" line="421"/>
        <source>%1 of %2 misspellings found their products; missed: %3</source>
        <translation>คำสะกดผิด %1 จาก %2 คำพบสินค้าที่ตรงกัน; ไม่พบ: %3</translation>
    </message>
    <message>
        <location filename="../core/healthcheck/healthcheck.cpp" line="423"/>
        <source>Check that migrations are current (`backroom db migrate`) so pg_trgm and search_patterns() are installed, and that product names are filled in.</source>
        <translation>ตรวจสอบว่า migration เป็นปัจจุบัน (`backroom db migrate`) เพื่อให้ติดตั้ง pg_trgm และ search_patterns() แล้ว และกรอกชื่อสินค้าครบ</translation>
    </message>
    <message>
        <location filename="../core/healthcheck/healthcheck.cpp" line="459"/>
        <source>Yes</source>
        <translation>ใช่</translation>
    </message>
    <message>
        <location filename="../core/healthcheck/healthcheck.cpp" line="460"/>
        <source>No</source>
        <translation>ไม่ใช่</translation>
    </message>
    <message>
        <location filename="../core/healthcheck/healthcheck.cpp" line="461"/>
        <source>Unknown</source>
        <translation>ไม่ทราบ</translation>
    </message>
    <message>
        <location filename="../core/healthcheck/healthcheck.cpp" line="486"/>
        <source>Does the store API answer fast?</source>
        <translation>API ร้านค้าตอบกลับเร็วหรือไม่?</translation>
    </message>
    <message>
        <location filename="../core/healthcheck/healthcheck.cpp" line="487"/>
        <source>Does the shop hold a flash sale?</source>
        <translation>ร้านจัดแฟลชเซลหรือไม่?</translation>
    </message>
    <message>
        <location filename="../core/healthcheck/healthcheck.cpp" line="488"/>
        <source>Does stock reach the marketplaces in real time?</source>
        <translation>สต็อกไปถึงมาร์เก็ตเพลสแบบเรียลไทม์หรือไม่?</translation>
    </message>
    <message>
        <location filename="../core/healthcheck/healthcheck.cpp" line="489"/>
        <source>Does payment fall back when a gateway fails?</source>
        <translation>การชำระเงินสลับไปช่องทางสำรองเมื่อเกตเวย์ชำระเงินล่มหรือไม่?</translation>
    </message>
    <message>
        <location filename="../core/healthcheck/healthcheck.cpp" line="490"/>
        <source>Can shoppers pay by PromptPay, card, TrueMoney and ShopeePay?</source>
        <translation>ลูกค้าชำระเงินด้วย PromptPay, บัตร, TrueMoney และ ShopeePay ได้หรือไม่?</translation>
    </message>
    <message>
        <location filename="../core/healthcheck/healthcheck.cpp" line="491"/>
        <source>Is the shop mobile-first?</source>
        <translation>ร้านออกแบบให้มือถือเป็นหลัก (mobile-first) หรือไม่?</translation>
    </message>
    <message>
        <location filename="../core/healthcheck/healthcheck.cpp" line="492"/>
        <source>Is the store API up (API-first)?</source>
        <translation>API ของร้านทำงานอยู่หรือไม่ (API-first)?</translation>
    </message>
    <message>
        <location filename="../core/healthcheck/healthcheck.cpp" line="493"/>
        <source>Does search forgive typos?</source>
        <translation>การค้นหายอมรับคำที่พิมพ์ผิดหรือไม่?</translation>
    </message>
    <message>
        <location filename="../core/healthcheck/healthcheck.cpp" line="494"/>
        <source>Does the store API run on more than one instance?</source>
        <translation>API ของร้านทำงานมากกว่าหนึ่งอินสแตนซ์หรือไม่?</translation>
    </message>
    <message>
        <location filename="../core/healthcheck/healthcheck.cpp" line="495"/>
        <source>Is the shop load-tested regularly?</source>
        <translation>ร้านทดสอบโหลดเป็นประจำหรือไม่?</translation>
    </message>
</context>
<context>
    <name>backroom::inventory</name>
    <message>
        <location filename="../core/inventory/demoseed.cpp" line="111"/>
        <source>Demo orders: from 0 to 10000.</source>
        <translation>จำนวนคำสั่งซื้อตัวอย่าง: ตั้งแต่ 0 ถึง 10000</translation>
    </message>
    <message>
        <location filename="../core/inventory/demoseed.cpp" line="172"/>
        <source>Seed options out of range: products &gt;= 0, 1..1040 bins, 1..4 bins per product.</source>
        <translation>ตัวเลือกข้อมูลตัวอย่างเกินช่วง: สินค้า &gt;= 0, ช่องเก็บ 1..1040 ช่อง, สินค้าละ 1..4 ช่อง</translation>
    </message>
    <message>
        <location filename="../core/inventory/stock.cpp" line="132"/>
        <source>Refused: %1 in bin %2 has %3 on hand; that change would make it %4, and stock cannot go below zero. Nothing was changed.</source>
        <translation>ไม่อนุญาต: %1 ในช่อง %2 มีคงคลัง %3 การเปลี่ยนแปลงนี้จะทำให้เหลือ %4 แต่สต็อกติดลบไม่ได้ ไม่มีการเปลี่ยนแปลงใด ๆ</translation>
    </message>
    <message>
        <location filename="../core/inventory/stock.cpp" line="135"/>
        <source>Refused: %1 in bin %2 has %3 units reserved for open orders, so on hand cannot be set below %3 (asked for %4). Nothing was changed.</source>
        <translation>ไม่อนุญาต: %1 ในช่อง %2 มี %3 ชิ้นที่จองไว้ให้คำสั่งซื้อที่ยังค้างอยู่ จึงตั้งคงคลังต่ำกว่า %3 ไม่ได้ (ขอตั้งเป็น %4) ไม่มีการเปลี่ยนแปลงใด ๆ</translation>
    </message>
    <message>
        <location filename="../core/inventory/stock.cpp" line="154"/>
        <location filename="../core/inventory/stock.cpp" line="311"/>
        <source>Unknown SKU &apos;%1&apos;.</source>
        <translation>ไม่พบ SKU &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/inventory/stock.cpp" line="161"/>
        <source>Unknown bin &apos;%1&apos;.</source>
        <translation>ไม่พบช่องเก็บ &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/inventory/stock.cpp" line="163"/>
        <source>SKU &apos;%1&apos; has no stock row in bin &apos;%2&apos;.</source>
        <translation>SKU &apos;%1&apos; ไม่มีสต็อกในช่องเก็บ &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../core/inventory/stock.cpp" line="174"/>
        <location filename="../core/inventory/stock.cpp" line="219"/>
        <source>That stock row no longer exists.</source>
        <translation>รายการสต็อกนี้ไม่มีอยู่แล้ว</translation>
    </message>
    <message>
        <location filename="../core/inventory/stock.cpp" line="200"/>
        <source>Quantity must be 0 or more (got %1).</source>
        <translation>จำนวนต้องเป็น 0 ขึ้นไป (ได้รับ %1)</translation>
    </message>
    <message>
        <location filename="../core/inventory/stock.cpp" line="205"/>
        <source>Version &apos;%1&apos; is not a row version: use the number `stock show` printed.</source>
        <translation>&apos;%1&apos; ไม่ใช่เวอร์ชันของรายการ: ใช้ตัวเลขที่ `stock show` แสดง</translation>
    </message>
    <message>
        <location filename="../core/inventory/stock.cpp" line="275"/>
        <source>That would exceed the largest quantity.</source>
        <translation>จำนวนจะเกินค่าสูงสุดที่รองรับ</translation>
    </message>
    <message>
        <location filename="../core/inventory/stock.cpp" line="283"/>
        <source>The row changed since it was read.</source>
        <translation>ข้อมูลแถวนี้ถูกเปลี่ยนไปหลังจากที่อ่านมา</translation>
    </message>
    <message>
        <location filename="../core/inventory/stock.cpp" line="287"/>
        <source>Gave up after %1 attempts: the row kept changing. Try again.</source>
        <translation>หยุดหลังจากลอง %1 ครั้ง: รายการนี้ถูกเปลี่ยนอยู่ตลอด โปรดลองอีกครั้ง</translation>
    </message>
    <message>
        <location filename="../core/inventory/stocktake.cpp" line="76"/>
        <source>line %1: %2</source>
        <translation>บรรทัด %1: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/inventory/stocktake.cpp" line="77"/>
        <source>Stocktake rejected, nothing was written (%n problem(s)):
%1</source>
        <translation>
            <numerusform>ไม่รับผลการนับสต็อก ไม่มีการบันทึกใด ๆ (พบ %n ปัญหา):
%1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/inventory/stocktake.cpp" line="104"/>
        <source>not valid UTF-8 text: save the file as UTF-8</source>
        <translation>ไม่ใช่ข้อความ UTF-8 ที่ถูกต้อง: บันทึกไฟล์เป็น UTF-8</translation>
    </message>
    <message>
        <location filename="../core/inventory/stocktake.cpp" line="110"/>
        <source>unterminated quote</source>
        <translation>เครื่องหมายคำพูดไม่ได้ปิด</translation>
    </message>
    <message>
        <location filename="../core/inventory/stocktake.cpp" line="123"/>
        <source>missing column(s) %1 in the header (expected sku,bin,counted)</source>
        <translation>หัวตารางขาดคอลัมน์ %1 (ต้องมี sku,bin,counted)</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/inventory/stocktake.cpp" line="131"/>
        <source>has %n field(s), the header has %1</source>
        <translation>
            <numerusform>มี %n ช่องข้อมูล แต่หัวตารางมี %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/inventory/stocktake.cpp" line="137"/>
        <source>empty SKU</source>
        <translation>ไม่ได้ระบุ SKU</translation>
    </message>
    <message>
        <location filename="../core/inventory/stocktake.cpp" line="138"/>
        <source>empty bin</source>
        <translation>ไม่ได้ระบุช่องเก็บ</translation>
    </message>
    <message>
        <location filename="../core/inventory/stocktake.cpp" line="141"/>
        <source>counted quantity &apos;%1&apos; is not a whole number</source>
        <translation>จำนวนที่นับ &apos;%1&apos; ไม่ใช่จำนวนเต็ม</translation>
    </message>
    <message>
        <location filename="../core/inventory/stocktake.cpp" line="144"/>
        <source>counted quantity %1 is negative</source>
        <translation>จำนวนที่นับ %1 ติดลบ</translation>
    </message>
    <message>
        <location filename="../core/inventory/stocktake.cpp" line="146"/>
        <source>counted quantity %1 is too large</source>
        <translation>จำนวนที่นับ %1 มากเกินไป</translation>
    </message>
    <message>
        <location filename="../core/inventory/stocktake.cpp" line="150"/>
        <source>duplicate of line %1 (%2 in bin %3)</source>
        <translation>ซ้ำกับบรรทัด %1 (%2 ในช่อง %3)</translation>
    </message>
    <message>
        <location filename="../core/inventory/stocktake.cpp" line="157"/>
        <source>the file is empty: expected a header sku,bin,counted</source>
        <translation>ไฟล์ว่างเปล่า: ต้องมีหัวตาราง sku,bin,counted</translation>
    </message>
    <message>
        <location filename="../core/inventory/stocktake.cpp" line="186"/>
        <source>The server answered the stocktake with the wrong row count.</source>
        <translation>เซิร์ฟเวอร์ตอบผลการนับสต็อกกลับมาด้วยจำนวนแถวไม่ถูกต้อง</translation>
    </message>
    <message>
        <location filename="../core/inventory/stocktake.cpp" line="193"/>
        <source>unknown SKU &apos;%1&apos;</source>
        <translation>ไม่พบ SKU &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/inventory/stocktake.cpp" line="195"/>
        <source>unknown bin &apos;%1&apos;</source>
        <translation>ไม่พบช่องเก็บ &apos;%1&apos;</translation>
    </message>
    <message numerus="yes">
        <location filename="../core/inventory/stocktake.cpp" line="197"/>
        <source>counted %1 but %n unit(s) of %2 in bin %3 are reserved for open orders</source>
        <translation>
            <numerusform>นับได้ %1 แต่ %2 ในช่อง %3 มี %n ชิ้นที่จองไว้ให้คำสั่งซื้อที่ยังค้างอยู่</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>backroom::net::HttpClient</name>
    <message>
        <location filename="../core/net/httpclient.cpp" line="164"/>
        <source>The HTTP client was shut down.</source>
        <translation>ไคลเอนต์ HTTP ถูกปิดไปแล้ว</translation>
    </message>
    <message>
        <location filename="../core/net/httpclient.cpp" line="207"/>
        <source>Not an http(s) URL with a host: &apos;%1&apos;.</source>
        <translation>ไม่ใช่ URL แบบ http(s) ที่มีชื่อโฮสต์: &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/net/httpclient.cpp" line="211"/>
        <source>Refused to send to %1 without TLS: use https:// (plain http is only for this machine&apos;s own services).</source>
        <translation>ไม่ยอมส่งข้อมูลไปยัง %1 โดยไม่มี TLS: ให้ใช้ https:// (http ธรรมดาใช้ได้เฉพาะกับบริการบนเครื่องนี้เท่านั้น)</translation>
    </message>
    <message>
        <location filename="../core/net/httpclient.cpp" line="244"/>
        <source>Too many requests waiting for %1 (%2 running, %3 queued); try again shortly.</source>
        <translation>คำขอไปยัง %1 รอคิวอยู่มากเกินไป (กำลังทำ %2 รายการ รอคิว %3 รายการ): โปรดลองใหม่ในอีกสักครู่</translation>
    </message>
    <message>
        <location filename="../core/net/httpclient.cpp" line="327"/>
        <source>%1 did not answer within %2 ms.</source>
        <translation>%1 ไม่ตอบกลับภายใน %2 มิลลิวินาที</translation>
    </message>
    <message>
        <location filename="../core/net/httpclient.cpp" line="329"/>
        <location filename="../core/net/httpclient.cpp" line="352"/>
        <source>The call to %1 was cancelled.</source>
        <translation>การเรียกใช้ %1 ถูกยกเลิก</translation>
    </message>
    <message>
        <location filename="../core/net/httpclient.cpp" line="331"/>
        <source>%1 answered HTTP %2.</source>
        <translation>%1 ตอบกลับด้วย HTTP %2</translation>
    </message>
    <message>
        <location filename="../core/net/httpclient.cpp" line="335"/>
        <source>Nothing accepts connections at %1; is the service running?</source>
        <translation>ไม่มีบริการใดรับการเชื่อมต่อที่ %1: บริการนั้นทำงานอยู่หรือไม่?</translation>
    </message>
    <message>
        <location filename="../core/net/httpclient.cpp" line="338"/>
        <source>The host name of %1 does not resolve; check the address.</source>
        <translation>ค้นหาชื่อโฮสต์ของ %1 ไม่พบ: ตรวจสอบที่อยู่อีกครั้ง</translation>
    </message>
    <message>
        <location filename="../core/net/httpclient.cpp" line="341"/>
        <source>TLS with %1 failed (%2); its certificate is not trusted for this name.</source>
        <translation>การเชื่อมต่อ TLS กับ %1 ไม่สำเร็จ (%2): ใบรับรองของปลายทางไม่น่าเชื่อถือสำหรับชื่อนี้</translation>
    </message>
    <message>
        <location filename="../core/net/httpclient.cpp" line="348"/>
        <source>The connection to %1 broke before the answer was complete (%2).</source>
        <translation>การเชื่อมต่อกับ %1 ขาดก่อนได้รับคำตอบครบ (%2)</translation>
    </message>
    <message>
        <location filename="../core/net/httpclient.cpp" line="355"/>
        <source>The call to %1 failed: %2.</source>
        <translation>การเรียกใช้ %1 ไม่สำเร็จ: %2</translation>
    </message>
    <message>
        <location filename="../core/net/httpclient.cpp" line="426"/>
        <source>The call to %1 was cancelled before it started.</source>
        <translation>การเรียกใช้ %1 ถูกยกเลิกก่อนเริ่มทำงาน</translation>
    </message>
</context>
<context>
    <name>backroom::net::HttpResponse</name>
    <message>
        <location filename="../core/net/httpclient.cpp" line="102"/>
        <source>No error.</source>
        <translation>ไม่มีข้อผิดพลาด</translation>
    </message>
</context>
<context>
    <name>backroom::orders</name>
    <message>
        <location filename="../core/orders/checkout.cpp" line="157"/>
        <source>An order needs at least one line (SKU and quantity).</source>
        <translation>คำสั่งซื้อต้องมีอย่างน้อยหนึ่งรายการ (SKU และจำนวน)</translation>
    </message>
    <message>
        <location filename="../core/orders/checkout.cpp" line="162"/>
        <source>Every order line needs a SKU.</source>
        <translation>ทุกรายการในคำสั่งซื้อต้องมี SKU</translation>
    </message>
    <message>
        <location filename="../core/orders/checkout.cpp" line="165"/>
        <source>Quantity for %1 must be 1 or more (got %2).</source>
        <translation>จำนวนของ %1 ต้องเป็น 1 ขึ้นไป (ได้รับ %2)</translation>
    </message>
    <message>
        <location filename="../core/orders/checkout.cpp" line="209"/>
        <source>Order %1 does not exist.</source>
        <translation>ไม่มีคำสั่งซื้อ %1</translation>
    </message>
    <message>
        <location filename="../core/orders/checkout.cpp" line="239"/>
        <source>--buckets must be from 1 to 256 (got %1).</source>
        <translation>--buckets ต้องอยู่ระหว่าง 1 ถึง 256 (ได้รับ %1)</translation>
    </message>
    <message>
        <location filename="../core/orders/checkout.cpp" line="252"/>
        <source>Unknown SKU &apos;%1&apos;.</source>
        <translation>ไม่พบ SKU &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>backroom::payments</name>
    <message>
        <location filename="../core/payments/gateway.cpp" line="116"/>
        <source>%1: not sent (%2).</source>
        <translation>%1: ไม่ได้ส่ง (%2)</translation>
    </message>
    <message>
        <location filename="../core/payments/gateway.cpp" line="120"/>
        <source>%1: the gateway answered %2.</source>
        <translation>%1: เกตเวย์ตอบกลับ %2</translation>
    </message>
    <message>
        <location filename="../core/payments/gateway.cpp" line="123"/>
        <source>%1: refused with %2: %3</source>
        <translation>%1: ถูกปฏิเสธด้วย %2: %3</translation>
    </message>
    <message>
        <location filename="../core/payments/gateway.cpp" line="132"/>
        <source>%1: no complete answer (%2).</source>
        <translation>%1: ได้รับคำตอบไม่ครบ (%2)</translation>
    </message>
    <message>
        <location filename="../core/payments/gateway.cpp" line="135"/>
        <source>%1: unreadable answer.</source>
        <translation>%1: อ่านคำตอบไม่ได้</translation>
    </message>
    <message>
        <location filename="../core/payments/gbpgateway.cpp" line="82"/>
        <location filename="../core/payments/opngateway.cpp" line="62"/>
        <source>%1: the answer is not JSON.</source>
        <translation>%1: คำตอบไม่ใช่ JSON</translation>
    </message>
    <message>
        <location filename="../core/payments/gbpgateway.cpp" line="86"/>
        <source>%1: result code %2: %3</source>
        <translation>%1: รหัสผลลัพธ์ %2: %3</translation>
    </message>
    <message>
        <location filename="../core/payments/gbpgateway.cpp" line="109"/>
        <source>gbp create payment</source>
        <translation>gbp สร้างรายการชำระเงิน</translation>
    </message>
    <message>
        <location filename="../core/payments/gbpgateway.cpp" line="115"/>
        <source>%1: the answer is not a payment.</source>
        <translation>%1: คำตอบไม่ใช่รายการชำระเงิน</translation>
    </message>
    <message>
        <location filename="../core/payments/gbpgateway.cpp" line="121"/>
        <source>gbp inquiry</source>
        <translation>gbp ตรวจสอบสถานะ</translation>
    </message>
    <message>
        <location filename="../core/payments/gbpgateway.cpp" line="128"/>
        <source>gbp has no payment under key %1.</source>
        <translation>gbp ไม่มีรายการชำระเงินภายใต้คีย์ %1</translation>
    </message>
    <message>
        <location filename="../core/payments/gbpgateway.cpp" line="135"/>
        <location filename="../core/payments/gbpgateway.cpp" line="147"/>
        <source>%1: the answer has no txn.</source>
        <translation>%1: คำตอบไม่มี txn</translation>
    </message>
    <message>
        <location filename="../core/payments/gbpgateway.cpp" line="141"/>
        <source>gbp void</source>
        <translation>gbp ยกเลิกรายการ (void)</translation>
    </message>
    <message>
        <location filename="../core/payments/gbpgateway.cpp" line="156"/>
        <source>gbp notification is not a JSON object.</source>
        <translation>การแจ้งเตือนจาก gbp ไม่ใช่ออบเจ็กต์ JSON</translation>
    </message>
    <message>
        <location filename="../core/payments/gbpgateway.cpp" line="163"/>
        <source>gbp notification checksum does not match.</source>
        <translation>checksum ของการแจ้งเตือนจาก gbp ไม่ตรงกัน</translation>
    </message>
    <message>
        <location filename="../core/payments/gbpgateway.cpp" line="166"/>
        <source>gbp notification lacks amount, referenceNo, gbpReferenceNo or status.</source>
        <translation>การแจ้งเตือนจาก gbp ไม่มี amount, referenceNo, gbpReferenceNo หรือ status</translation>
    </message>
    <message>
        <location filename="../core/payments/opngateway.cpp" line="74"/>
        <source>%1: the answer is not a charge.</source>
        <translation>%1: คำตอบไม่ใช่รายการเรียกเก็บเงิน</translation>
    </message>
    <message>
        <location filename="../core/payments/opngateway.cpp" line="99"/>
        <source>opn create charge</source>
        <translation>opn สร้างรายการเรียกเก็บเงิน</translation>
    </message>
    <message>
        <location filename="../core/payments/opngateway.cpp" line="110"/>
        <source>opn inquiry</source>
        <translation>opn ตรวจสอบสถานะ</translation>
    </message>
    <message>
        <location filename="../core/payments/opngateway.cpp" line="115"/>
        <source>opn has no charge under key %1.</source>
        <translation>opn ไม่มีรายการเรียกเก็บเงินภายใต้คีย์ %1</translation>
    </message>
    <message>
        <location filename="../core/payments/opngateway.cpp" line="127"/>
        <source>opn reverse</source>
        <translation>opn ยกเลิกรายการ (reverse)</translation>
    </message>
    <message>
        <location filename="../core/payments/opngateway.cpp" line="142"/>
        <source>opn webhook without Opn-Signature and Opn-Signature-Timestamp headers.</source>
        <translation>webhook จาก opn ไม่มีส่วนหัว Opn-Signature และ Opn-Signature-Timestamp</translation>
    </message>
    <message>
        <location filename="../core/payments/opngateway.cpp" line="147"/>
        <source>opn webhook timestamp %1 is too far from now (%2).</source>
        <translation>เวลาประทับ %1 ของ webhook จาก opn ห่างจากเวลาปัจจุบันมากเกินไป (%2)</translation>
    </message>
    <message>
        <location filename="../core/payments/opngateway.cpp" line="154"/>
        <source>opn webhook signature does not match.</source>
        <translation>ลายเซ็นของ webhook จาก opn ไม่ตรงกัน</translation>
    </message>
    <message>
        <location filename="../core/payments/opngateway.cpp" line="159"/>
        <source>opn webhook does not carry a charge.</source>
        <translation>webhook จาก opn ไม่มีข้อมูลรายการเรียกเก็บเงิน</translation>
    </message>
    <message>
        <location filename="../core/payments/paymentrouter.cpp" line="163"/>
        <source>%1: breaker %2</source>
        <translation>%1: เบรกเกอร์อยู่ในสถานะ %2</translation>
    </message>
    <message>
        <location filename="../core/payments/paymentrouter.cpp" line="170"/>
        <source>%1: bulkhead full</source>
        <translation>%1: รับงานพร้อมกันเต็มแล้ว (bulkhead)</translation>
    </message>
    <message>
        <location filename="../core/payments/paymentrouter.cpp" line="195"/>
        <source>No gateway can take %1 payments right now (%2).</source>
        <translation>ขณะนี้ไม่มีเกตเวย์ใดรับชำระเงินแบบ %1 ได้ (%2)</translation>
    </message>
    <message>
        <location filename="../core/payments/paymentrouter.cpp" line="207"/>
        <source>Order %1</source>
        <translation>คำสั่งซื้อ %1</translation>
    </message>
    <message>
        <location filename="../core/payments/paymentrouter.cpp" line="243"/>
        <source>The payment&apos;s outcome at %1 is not known yet (%2); it is checked again shortly, and no other gateway is tried meanwhile.</source>
        <translation>ยังไม่ทราบผลการชำระเงินที่ %1 (%2): ระบบจะตรวจสอบอีกครั้งในอีกสักครู่ และระหว่างนี้จะไม่ลองใช้เกตเวย์อื่น</translation>
    </message>
    <message>
        <location filename="../core/payments/paymentrouter.cpp" line="407"/>
        <source>payment %1 is on gateway %2, which is not configured</source>
        <translation>รายการชำระเงิน %1 อยู่ที่เกตเวย์ %2 ซึ่งยังไม่ได้ตั้งค่า</translation>
    </message>
    <message>
        <location filename="../core/payments/paymentrouter.cpp" line="414"/>
        <source>reversed: the order could not take the charge</source>
        <translation>ยกเลิกรายการและคืนเงินแล้ว: คำสั่งซื้อรับการชำระเงินนี้ไม่ได้</translation>
    </message>
    <message>
        <location filename="../core/payments/paymentrouter.cpp" line="429"/>
        <source>the gateway has no charge under this key</source>
        <translation>เกตเวย์ไม่มีรายการเรียกเก็บเงินภายใต้คีย์นี้</translation>
    </message>
    <message>
        <location filename="../core/payments/paymentsetup.cpp" line="31"/>
        <source>Cannot read the payments config %1: %2</source>
        <translation>อ่านไฟล์ตั้งค่าการชำระเงิน %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <location filename="../core/payments/paymentsetup.cpp" line="35"/>
        <source>The payments config %1 is not a JSON object (%2).</source>
        <translation>ไฟล์ตั้งค่าการชำระเงิน %1 ไม่ใช่ออบเจ็กต์ JSON (%2)</translation>
    </message>
    <message>
        <location filename="../core/payments/paymentsetup.cpp" line="42"/>
        <source>gateways.%1.base_url must be a URL.</source>
        <translation>gateways.%1.base_url ต้องเป็น URL</translation>
    </message>
    <message>
        <location filename="../core/payments/paymentsetup.cpp" line="48"/>
        <source>Unknown gateway &apos;%1&apos; (opn, gbp).</source>
        <translation>ไม่รู้จักเกตเวย์ &apos;%1&apos; (opn, gbp)</translation>
    </message>
    <message>
        <location filename="../core/payments/paymentsetup.cpp" line="54"/>
        <source>routes: unknown method &apos;%1&apos;.</source>
        <translation>routes: ไม่รู้จักวิธีชำระเงิน &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/payments/paymentsetup.cpp" line="65"/>
        <source>reconcile_seconds must be at least 1 and timeout_ms at least 100.</source>
        <translation>reconcile_seconds ต้องไม่น้อยกว่า 1 และ timeout_ms ต้องไม่น้อยกว่า 100</translation>
    </message>
    <message>
        <location filename="../core/payments/paymentsetup.cpp" line="76"/>
        <source>No %1 secret in the credential store (service %2, account %3).</source>
        <translation>ไม่พบรหัสลับของ %1 ในที่เก็บรหัสผ่าน (service %2, account %3)</translation>
    </message>
    <message>
        <location filename="../core/payments/paymentsetup.cpp" line="93"/>
        <source>The sandbox has no key %1.</source>
        <translation>ระบบจำลอง (sandbox) ไม่มีคีย์ %1</translation>
    </message>
    <message>
        <location filename="../core/payments/paymentstore.cpp" line="60"/>
        <source>No payment %1.</source>
        <translation>ไม่มีรายการชำระเงิน %1</translation>
    </message>
    <message>
        <location filename="../core/payments/promptpay.cpp" line="76"/>
        <source>Tag 29 does not hold the PromptPay AID %1.</source>
        <translation>แท็ก 29 ไม่มี AID ของ PromptPay %1</translation>
    </message>
    <message>
        <location filename="../core/payments/promptpay.cpp" line="84"/>
        <source>Tag 29 (PromptPay account) is malformed: %1</source>
        <translation>แท็ก 29 (บัญชี PromptPay) มีรูปแบบไม่ถูกต้อง: %1</translation>
    </message>
    <message>
        <location filename="../core/payments/promptpay.cpp" line="92"/>
        <source>Tag 29 must hold exactly one proxy (01 phone, 02 national/tax ID, 03 e-wallet), found %1.</source>
        <translation>แท็ก 29 ต้องมีหมายเลขรับเงินเพียงหนึ่งรายการ (01 เบอร์โทรศัพท์, 02 เลขประจำตัวประชาชน/เลขประจำตัวผู้เสียภาษี, 03 e-wallet) แต่พบ %1</translation>
    </message>
    <message>
        <location filename="../core/payments/promptpay.cpp" line="98"/>
        <source>Tag 29.01 must be a phone number as 13 digits starting 0066, got &apos;%1&apos;.</source>
        <translation>แท็ก 29.01 ต้องเป็นเบอร์โทรศัพท์ 13 หลักที่ขึ้นต้นด้วย 0066 แต่ได้ &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/payments/promptpay.cpp" line="111"/>
        <source>Tag %1 (%2) must be &apos;%3&apos;, found &apos;%4&apos;.</source>
        <translation>แท็ก %1 (%2) ต้องเป็น &apos;%3&apos; แต่พบ &apos;%4&apos;</translation>
    </message>
    <message>
        <location filename="../core/payments/promptpay.cpp" line="112"/>
        <source>nothing</source>
        <translation>ไม่มีค่า</translation>
    </message>
    <message>
        <location filename="../core/payments/promptpay.cpp" line="153"/>
        <source>&apos;%1&apos; is not a Thai number: PromptPay takes Thai mobile numbers (+66 or 0...).</source>
        <translation>&apos;%1&apos; ไม่ใช่เบอร์โทรศัพท์ไทย: PromptPay รับเฉพาะเบอร์มือถือไทย (+66 หรือ 0...)</translation>
    </message>
    <message>
        <location filename="../core/payments/promptpay.cpp" line="158"/>
        <source>&apos;%1&apos; is not a phone number: use digits, with or without dashes or spaces.</source>
        <translation>&apos;%1&apos; ไม่ใช่เบอร์โทรศัพท์: ใช้ตัวเลข จะมีขีดหรือเว้นวรรคหรือไม่ก็ได้</translation>
    </message>
    <message>
        <location filename="../core/payments/promptpay.cpp" line="167"/>
        <source>&apos;%1&apos; is not a mobile number: write 10 digits starting with 0 (081-234-5678) or +66 and 9 digits.</source>
        <translation>&apos;%1&apos; ไม่ใช่เบอร์มือถือ: ให้เขียนเป็นตัวเลข 10 หลักที่ขึ้นต้นด้วย 0 (081-234-5678) หรือ +66 ตามด้วยตัวเลข 9 หลัก</translation>
    </message>
    <message>
        <location filename="../core/payments/promptpay.cpp" line="171"/>
        <source>&apos;%1&apos; is not a Thai mobile number (06, 08 or 09): PromptPay does not take landlines.</source>
        <translation>&apos;%1&apos; ไม่ใช่เบอร์มือถือไทย (06, 08 หรือ 09): PromptPay ไม่รับเบอร์โทรศัพท์บ้าน</translation>
    </message>
    <message>
        <location filename="../core/payments/promptpay.cpp" line="196"/>
        <source>&apos;%1&apos; is not a national or tax ID: use its 13 digits, with or without dashes.</source>
        <translation>&apos;%1&apos; ไม่ใช่เลขประจำตัวประชาชนหรือเลขประจำตัวผู้เสียภาษี: ใช้ตัวเลข 13 หลัก จะมีขีดหรือไม่ก็ได้</translation>
    </message>
    <message>
        <location filename="../core/payments/promptpay.cpp" line="198"/>
        <source>&apos;%1&apos; has %2 digits: a national or tax ID has 13.</source>
        <translation>&apos;%1&apos; มี %2 หลัก: เลขประจำตัวประชาชนหรือเลขประจำตัวผู้เสียภาษีมี 13 หลัก</translation>
    </message>
    <message>
        <location filename="../core/payments/promptpay.cpp" line="202"/>
        <source> For a phone number, give it as 0%1, not in its QR form.</source>
        <translation> ถ้าเป็นเบอร์โทรศัพท์ ให้ใส่เป็น 0%1 ไม่ใช่รูปแบบที่อยู่ใน QR</translation>
    </message>
    <message>
        <location filename="../core/payments/promptpay.cpp" line="203"/>
        <source>&apos;%1&apos; is not a valid national or tax ID: its last digit should be %2. Check it for a typing error.%3</source>
        <translation>&apos;%1&apos; ไม่ใช่เลขประจำตัวประชาชนหรือเลขประจำตัวผู้เสียภาษีที่ถูกต้อง: หลักสุดท้ายควรเป็น %2 โปรดตรวจสอบว่าพิมพ์ผิดหรือไม่%3</translation>
    </message>
    <message>
        <location filename="../core/payments/promptpay.cpp" line="213"/>
        <source>&apos;%1&apos; is not an e-wallet ID: it has 15 digits.</source>
        <translation>&apos;%1&apos; ไม่ใช่หมายเลข e-wallet: หมายเลข e-wallet มี 15 หลัก</translation>
    </message>
    <message>
        <location filename="../core/payments/promptpay.cpp" line="223"/>
        <source>No PromptPay ID given: give a mobile number, a 13-digit national or tax ID, or a 15-digit e-wallet ID.</source>
        <translation>ไม่ได้ระบุหมายเลข PromptPay: ให้ใส่เบอร์มือถือ เลขประจำตัวประชาชนหรือเลขประจำตัวผู้เสียภาษี 13 หลัก หรือหมายเลข e-wallet 15 หลัก</translation>
    </message>
    <message>
        <location filename="../core/payments/promptpay.cpp" line="226"/>
        <source>&apos;%1&apos; is not a PromptPay ID: use digits only (a mobile number, a 13-digit national or tax ID, or a 15-digit e-wallet ID).</source>
        <translation>&apos;%1&apos; ไม่ใช่หมายเลข PromptPay: ใช้ตัวเลขเท่านั้น (เบอร์มือถือ เลขประจำตัวประชาชนหรือเลขประจำตัวผู้เสียภาษี 13 หลัก หรือหมายเลข e-wallet 15 หลัก)</translation>
    </message>
    <message>
        <location filename="../core/payments/promptpay.cpp" line="238"/>
        <source>&apos;%1&apos; has %2 digits: a PromptPay ID is a mobile number (10 digits), a national or tax ID (13) or an e-wallet ID (15).</source>
        <translation>&apos;%1&apos; มี %2 หลัก: หมายเลข PromptPay คือเบอร์มือถือ (10 หลัก) เลขประจำตัวประชาชนหรือเลขประจำตัวผู้เสียภาษี (13 หลัก) หรือหมายเลข e-wallet (15 หลัก)</translation>
    </message>
    <message>
        <location filename="../core/payments/promptpay.cpp" line="248"/>
        <source>The amount must be more than zero.</source>
        <translation>จำนวนเงินต้องมากกว่าศูนย์</translation>
    </message>
    <message>
        <location filename="../core/payments/promptpay.cpp" line="250"/>
        <location filename="../core/payments/promptpay.cpp" line="268"/>
        <source>The amount must be at most %1 THB.</source>
        <translation>จำนวนเงินต้องไม่เกิน %1 บาท</translation>
    </message>
    <message>
        <location filename="../core/payments/promptpay.cpp" line="260"/>
        <source>The amount &apos;%1&apos; must be more than zero.</source>
        <translation>จำนวนเงิน &apos;%1&apos; ต้องมากกว่าศูนย์</translation>
    </message>
    <message>
        <location filename="../core/payments/promptpay.cpp" line="262"/>
        <source>&apos;%1&apos; is not an amount in baht: write it like 123.45 (a dot, no commas).</source>
        <translation>&apos;%1&apos; ไม่ใช่จำนวนเงินบาท: ให้เขียนแบบ 123.45 (ใช้จุด ไม่ใส่จุลภาค)</translation>
    </message>
    <message>
        <location filename="../core/payments/promptpay.cpp" line="266"/>
        <source>The amount &apos;%1&apos; has more than two decimals: baht have 100 satang.</source>
        <translation>จำนวนเงิน &apos;%1&apos; มีทศนิยมเกินสองตำแหน่ง: 1 บาทมี 100 สตางค์</translation>
    </message>
    <message>
        <location filename="../core/payments/promptpay.cpp" line="326"/>
        <source>No two-digit tag and length at position %1.</source>
        <translation>ไม่พบแท็กและความยาวแบบสองหลักที่ตำแหน่ง %1</translation>
    </message>
    <message>
        <location filename="../core/payments/promptpay.cpp" line="329"/>
        <source>The value of tag %1 at position %2 runs past the end.</source>
        <translation>ค่าของแท็ก %1 ที่ตำแหน่ง %2 ยาวเลยท้ายข้อมูล</translation>
    </message>
    <message>
        <location filename="../core/payments/promptpay.cpp" line="348"/>
        <source>The payload has a character that is not printable ASCII.</source>
        <translation>ข้อมูล (payload) มีอักขระที่ไม่ใช่ ASCII ที่พิมพ์ได้</translation>
    </message>
    <message>
        <location filename="../core/payments/promptpay.cpp" line="353"/>
        <source>The payload does not start with 000201 (EMVCo payload format indicator).</source>
        <translation>ข้อมูล (payload) ไม่ได้ขึ้นต้นด้วย 000201 (ตัวระบุรูปแบบข้อมูลของ EMVCo)</translation>
    </message>
    <message>
        <location filename="../core/payments/promptpay.cpp" line="357"/>
        <source>The payload does not end with a CRC (tag 63, four hex digits).</source>
        <translation>ข้อมูล (payload) ไม่ได้ลงท้ายด้วย CRC (แท็ก 63 เลขฐานสิบหกสี่หลัก)</translation>
    </message>
    <message>
        <location filename="../core/payments/promptpay.cpp" line="360"/>
        <source>The payload&apos;s CRC is %1 but its content gives %2: it was changed or cut.</source>
        <translation>CRC ของข้อมูลคือ %1 แต่คำนวณจากเนื้อหาได้ %2: ข้อมูลถูกแก้ไขหรือถูกตัดหาย</translation>
    </message>
    <message>
        <location filename="../core/payments/promptpay.cpp" line="365"/>
        <source>Tag %1 appears twice.</source>
        <translation>แท็ก %1 ปรากฏซ้ำสองครั้ง</translation>
    </message>
    <message>
        <location filename="../core/payments/promptpay.cpp" line="380"/>
        <source>Tag 01 (point of initiation) must be 11 or 12, found &apos;%1&apos;.</source>
        <translation>แท็ก 01 (point of initiation) ต้องเป็น 11 หรือ 12 แต่พบ &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/payments/promptpay.cpp" line="384"/>
        <source>Not a PromptPay transfer: there is no tag 29 (a bill payment uses tag 30).</source>
        <translation>ไม่ใช่การโอนเงินด้วย PromptPay: ไม่มีแท็ก 29 (การชำระบิลใช้แท็ก 30)</translation>
    </message>
    <message>
        <location filename="../core/payments/promptpay.cpp" line="398"/>
        <source>Tag 54 (amount) must be an amount above zero like 123.45, found &apos;%1&apos;.</source>
        <translation>แท็ก 54 (จำนวนเงิน) ต้องเป็นจำนวนเงินที่มากกว่าศูนย์ เช่น 123.45 แต่พบ &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>backroom::payments::PromptPay</name>
    <message>
        <location filename="../core/payments/promptpay.cpp" line="389"/>
        <source>currency</source>
        <translation>สกุลเงิน</translation>
    </message>
    <message>
        <location filename="../core/payments/promptpay.cpp" line="391"/>
        <source>country</source>
        <translation>ประเทศ</translation>
    </message>
</context>
<context>
    <name>backroom::payments::QrMatrix</name>
    <message>
        <location filename="../core/payments/qrmatrix.cpp" line="35"/>
        <source>Nothing to put in the QR code.</source>
        <translation>ไม่มีข้อมูลสำหรับสร้าง QR code</translation>
    </message>
    <message>
        <location filename="../core/payments/qrmatrix.cpp" line="37"/>
        <source>The QR code text has a NUL character.</source>
        <translation>ข้อความสำหรับ QR code มีอักขระ NUL</translation>
    </message>
    <message>
        <location filename="../core/payments/qrmatrix.cpp" line="45"/>
        <source>The text is too long for a QR code (%1 bytes).</source>
        <translation>ข้อความยาวเกินกว่าจะใส่ใน QR code ได้ (%1 ไบต์)</translation>
    </message>
    <message>
        <location filename="../core/payments/qrmatrix.cpp" line="46"/>
        <source>Could not encode the QR code: %1</source>
        <translation>สร้าง QR code ไม่สำเร็จ: %1</translation>
    </message>
</context>
<context>
    <name>backroom::print</name>
    <message>
        <location filename="../print/packingslippdf.cpp" line="36"/>
        <source>Backroom packing slip, order #%1</source>
        <translation>ใบแพ็กสินค้า Backroom คำสั่งซื้อ #%1</translation>
    </message>
    <message>
        <location filename="../print/packingslippdf.cpp" line="53"/>
        <location filename="../print/packingslippdf.cpp" line="122"/>
        <source>Packing slip, order #%1</source>
        <translation>ใบแพ็กสินค้า คำสั่งซื้อ #%1</translation>
    </message>
    <message numerus="yes">
        <location filename="../print/packingslippdf.cpp" line="55"/>
        <source>%1 · %2 · %n unit(s)</source>
        <translation>
            <numerusform>%1 · %2 · %n ชิ้น</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../print/packingslippdf.cpp" line="63"/>
        <source>Ship to</source>
        <translation>จัดส่งถึง</translation>
    </message>
    <message>
        <location filename="../print/packingslippdf.cpp" line="87"/>
        <location filename="../print/picklistpdf.cpp" line="148"/>
        <source>Barcode %1</source>
        <translation>บาร์โค้ด %1</translation>
    </message>
    <message>
        <location filename="../print/packingslippdf.cpp" line="89"/>
        <location filename="../print/picklistpdf.cpp" line="166"/>
        <source>× %1</source>
        <translation>× %1</translation>
    </message>
    <message>
        <location filename="../print/packingslippdf.cpp" line="120"/>
        <source>No packing slip to print.</source>
        <translation>ไม่มีใบแพ็กสินค้าให้พิมพ์</translation>
    </message>
    <message>
        <location filename="../print/packingslippdf.cpp" line="122"/>
        <source>Packing slips</source>
        <translation>ใบแพ็กสินค้า</translation>
    </message>
    <message>
        <location filename="../print/pdfpages.cpp" line="116"/>
        <source>The page is too small for one row of this document.</source>
        <translation>หน้ากระดาษเล็กเกินไปสำหรับเอกสารนี้แม้แต่หนึ่งแถว</translation>
    </message>
    <message>
        <location filename="../print/pdfpages.cpp" line="121"/>
        <location filename="../print/pdfpages.cpp" line="150"/>
        <source>Could not write the PDF (is the disk full?).</source>
        <translation>เขียน PDF ไม่ได้ (ดิสก์เต็มหรือไม่?)</translation>
    </message>
    <message>
        <location filename="../print/pdfpages.cpp" line="138"/>
        <source>Page %1 of %2</source>
        <translation>หน้า %1 จาก %2</translation>
    </message>
    <message>
        <location filename="../print/pdfpages.cpp" line="158"/>
        <location filename="../print/pdfpages.cpp" line="165"/>
        <source>Cannot write %1: %2</source>
        <translation>เขียน %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <location filename="../print/picklistpdf.cpp" line="25"/>
        <source>Orders: %1</source>
        <translation>คำสั่งซื้อ: %1</translation>
    </message>
    <message>
        <location filename="../print/picklistpdf.cpp" line="70"/>
        <source>Backroom pick list, wave %1</source>
        <translation>ใบหยิบสินค้า Backroom คลื่นงาน %1</translation>
    </message>
    <message>
        <location filename="../print/picklistpdf.cpp" line="86"/>
        <location filename="../print/picklistpdf.cpp" line="188"/>
        <source>Pick list %1</source>
        <translation>ใบหยิบสินค้า %1</translation>
    </message>
    <message>
        <location filename="../print/picklistpdf.cpp" line="88"/>
        <source>Picker: %1 · Created %2</source>
        <translation>ผู้หยิบ: %1 · สร้างเมื่อ %2</translation>
    </message>
    <message>
        <location filename="../print/picklistpdf.cpp" line="89"/>
        <source>anyone</source>
        <translation>ใครก็ได้</translation>
    </message>
    <message numerus="yes">
        <location filename="../print/picklistpdf.cpp" line="93"/>
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n รายการ</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../print/picklistpdf.cpp" line="94"/>
        <source>%n unit(s)</source>
        <translation>
            <numerusform>%n ชิ้น</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../print/picklistpdf.cpp" line="127"/>
        <source>Seq</source>
        <translation>ลำดับ</translation>
    </message>
    <message>
        <location filename="../print/picklistpdf.cpp" line="128"/>
        <source>Bin</source>
        <translation>ช่องเก็บ</translation>
    </message>
    <message>
        <location filename="../print/picklistpdf.cpp" line="129"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../print/picklistpdf.cpp" line="130"/>
        <source>Item</source>
        <translation>สินค้า</translation>
    </message>
    <message>
        <location filename="../print/picklistpdf.cpp" line="131"/>
        <source>Qty</source>
        <translation>จำนวน</translation>
    </message>
    <message>
        <location filename="../print/picklistpdf.cpp" line="132"/>
        <source>Done</source>
        <translation>เสร็จ</translation>
    </message>
    <message>
        <location filename="../print/picklistpdf.cpp" line="164"/>
        <source>%1. Bin %2</source>
        <translation>%1. ช่องเก็บ %2</translation>
    </message>
</context>
<context>
    <name>backroom::resilience</name>
    <message>
        <location filename="../core/resilience/componenthealth.cpp" line="34"/>
        <source>Lost the connection to the database: %1</source>
        <translation>การเชื่อมต่อฐานข้อมูลขาดหาย: %1</translation>
    </message>
    <message>
        <location filename="../core/resilience/componenthealth.cpp" line="53"/>
        <source>Not connected to the database.</source>
        <translation>ยังไม่ได้เชื่อมต่อฐานข้อมูล</translation>
    </message>
    <message>
        <location filename="../core/resilience/healthcommands.cpp" line="51"/>
        <source>Force open</source>
        <translation>บังคับเปิดวงจร</translation>
    </message>
    <message>
        <location filename="../core/resilience/healthcommands.cpp" line="52"/>
        <source>Close</source>
        <translation>ปิดวงจร</translation>
    </message>
    <message>
        <location filename="../core/resilience/healthcommands.cpp" line="53"/>
        <source>Reset</source>
        <translation>รีเซ็ต</translation>
    </message>
    <message>
        <location filename="../core/resilience/healthcommands.cpp" line="54"/>
        <source>Disable</source>
        <translation>ปิดการป้องกัน</translation>
    </message>
    <message>
        <location filename="../core/resilience/healthcommands.cpp" line="165"/>
        <source>This instance has no breaker named %1.</source>
        <translation>อินสแตนซ์นี้ไม่มีเบรกเกอร์ชื่อ %1</translation>
    </message>
    <message>
        <location filename="../core/resilience/healthcommands.cpp" line="248"/>
        <source>operator action by %1</source>
        <translation>สั่งการโดย %1</translation>
    </message>
</context>
<context>
    <name>backroom::security</name>
    <message>
        <location filename="../core/security/credentialstore.cpp" line="50"/>
        <source>The credentials file %1 belongs to another user, so Backroom will not read it: remove it or run Backroom as its owner.</source>
        <translation>ไฟล์เก็บรหัสผ่าน %1 เป็นของผู้ใช้อื่น Backroom จึงไม่อ่านไฟล์นี้: ลบไฟล์ทิ้ง หรือเปิด Backroom ด้วยผู้ใช้ที่เป็นเจ้าของไฟล์</translation>
    </message>
    <message>
        <location filename="../core/security/credentialstore.cpp" line="54"/>
        <source>The credentials file %1 can be read by other users (mode %2), so Backroom will not use it: run `chmod 600 %1` and change the passwords it holds, they may have been seen.</source>
        <translation>ผู้ใช้อื่นอ่านไฟล์เก็บรหัสผ่าน %1 ได้ (สิทธิ์ %2) Backroom จึงไม่ใช้ไฟล์นี้: รัน `chmod 600 %1` แล้วเปลี่ยนรหัสผ่านทั้งหมดที่อยู่ในไฟล์ เพราะอาจมีคนเห็นไปแล้ว</translation>
    </message>
    <message>
        <location filename="../core/security/credentialstore.cpp" line="73"/>
        <source>Cannot read the credentials file %1: %2.</source>
        <translation>อ่านไฟล์เก็บรหัสผ่าน %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <location filename="../core/security/credentialstore.cpp" line="78"/>
        <source>The credentials file %1 is damaged (%2): restore it from a backup or remove it and enter the passwords again.</source>
        <translation>ไฟล์เก็บรหัสผ่าน %1 เสียหาย (%2): กู้คืนจากข้อมูลสำรอง หรือลบไฟล์แล้วป้อนรหัสผ่านใหม่</translation>
    </message>
    <message>
        <location filename="../core/security/credentialstore.cpp" line="89"/>
        <location filename="../core/security/credentialstore.cpp" line="95"/>
        <source>Cannot write the credentials file %1: %2.</source>
        <translation>เขียนไฟล์เก็บรหัสผ่าน %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <location filename="../core/security/credentialstore.cpp" line="164"/>
        <source>file %1</source>
        <translation>ไฟล์ %1</translation>
    </message>
    <message>
        <location filename="../core/security/credentialstore.cpp" line="175"/>
        <source>No secret is stored for %1 (%2) in %3.</source>
        <translation>ไม่มีรหัสลับของ %1 (%2) เก็บไว้ใน %3</translation>
    </message>
    <message>
        <location filename="../core/security/credentialstore.cpp" line="186"/>
        <source>Cannot create the folder %1.</source>
        <translation>สร้างโฟลเดอร์ %1 ไม่ได้</translation>
    </message>
    <message>
        <location filename="../core/security/credentialstore.cpp" line="193"/>
        <source>The credentials file %1 is locked by another Backroom process; try again.</source>
        <translation>ไฟล์เก็บรหัสผ่าน %1 ถูกล็อกโดย Backroom อีกตัวหนึ่ง โปรดลองอีกครั้ง</translation>
    </message>
    <message>
        <location filename="../core/security/keychainstore.cpp" line="76"/>
        <source>the system keychain</source>
        <translation>พวงกุญแจของระบบ</translation>
    </message>
    <message>
        <location filename="../core/security/keychainstore.cpp" line="82"/>
        <source>The system keychain can only be used once the application has started.</source>
        <translation>ใช้พวงกุญแจของระบบได้หลังจากโปรแกรมเริ่มทำงานแล้วเท่านั้น</translation>
    </message>
    <message>
        <location filename="../core/security/keychainstore.cpp" line="98"/>
        <source>The system keychain did not answer: unlock it, or set BACKROOM_CREDENTIALS=file to keep secrets in a private file instead.</source>
        <translation>พวงกุญแจของระบบไม่ตอบสนอง: ปลดล็อกพวงกุญแจ หรือตั้ง BACKROOM_CREDENTIALS=file เพื่อเก็บรหัสลับในไฟล์ส่วนตัวแทน</translation>
    </message>
    <message>
        <location filename="../core/security/keychainstore.cpp" line="107"/>
        <source>No secret is stored for %1 in the system keychain.</source>
        <translation>ไม่มีรหัสลับของ %1 ในพวงกุญแจของระบบ</translation>
    </message>
    <message>
        <location filename="../core/security/keychainstore.cpp" line="112"/>
        <source>The system keychain refused access to the secret for %1: %2</source>
        <translation>พวงกุญแจของระบบไม่อนุญาตให้เข้าถึงรหัสลับของ %1: %2</translation>
    </message>
    <message>
        <location filename="../core/security/keychainstore.cpp" line="117"/>
        <source>No system keychain is available (%1): set BACKROOM_CREDENTIALS=file to keep secrets in a private file instead.</source>
        <translation>ไม่มีพวงกุญแจของระบบให้ใช้ (%1): ตั้ง BACKROOM_CREDENTIALS=file เพื่อเก็บรหัสลับในไฟล์ส่วนตัวแทน</translation>
    </message>
    <message>
        <location filename="../core/security/keychainstore.cpp" line="121"/>
        <source>The system keychain failed (%1): unlock it, or set BACKROOM_CREDENTIALS=file to keep secrets in a private file instead.</source>
        <translation>พวงกุญแจของระบบทำงานผิดพลาด (%1): ปลดล็อกพวงกุญแจ หรือตั้ง BACKROOM_CREDENTIALS=file เพื่อเก็บรหัสลับในไฟล์ส่วนตัวแทน</translation>
    </message>
    <message>
        <location filename="../core/security/selfsignedcertificate.cpp" line="36"/>
        <source>Could not make the TLS certificate (%1: %2).</source>
        <translation>สร้างใบรับรอง TLS ไม่สำเร็จ (%1: %2)</translation>
    </message>
    <message>
        <location filename="../core/security/selfsignedcertificate.cpp" line="111"/>
        <location filename="../core/security/selfsignedcertificate.cpp" line="116"/>
        <source>Cannot write %1: %2.</source>
        <translation>เขียน %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <location filename="../core/security/session.cpp" line="51"/>
        <source>no role</source>
        <translation>ไม่มีบทบาท</translation>
    </message>
    <message>
        <location filename="../core/security/session.cpp" line="52"/>
        <source>Staff</source>
        <translation>พนักงาน</translation>
    </message>
    <message>
        <location filename="../core/security/session.cpp" line="53"/>
        <source>Warehouse</source>
        <translation>คลังสินค้า</translation>
    </message>
    <message>
        <location filename="../core/security/session.cpp" line="54"/>
        <source>Store</source>
        <translation>ร้านออนไลน์</translation>
    </message>
    <message>
        <location filename="../core/security/session.cpp" line="55"/>
        <source>Owner</source>
        <translation>เจ้าของร้าน</translation>
    </message>
    <message>
        <location filename="../core/security/session.cpp" line="56"/>
        <source>Administrator</source>
        <translation>ผู้ดูแลระบบ</translation>
    </message>
    <message>
        <location filename="../core/security/session.cpp" line="91"/>
        <source>This database has no job roles yet; run &apos;backroom db migrate&apos; as its owner.</source>
        <translation>ฐานข้อมูลนี้ยังไม่มีบทบาทตามหน้าที่: ให้เจ้าของฐานข้อมูลรัน &apos;backroom db migrate&apos;</translation>
    </message>
    <message>
        <location filename="../core/security/session.cpp" line="98"/>
        <source>The server did not say who is connected.</source>
        <translation>เซิร์ฟเวอร์ไม่ได้แจ้งว่าใครกำลังเชื่อมต่ออยู่</translation>
    </message>
    <message>
        <location filename="../core/security/session.cpp" line="190"/>
        <source>Not allowed for your role: %1; this needs the %2 role. An owner can change your role with `backroom users set-role`.</source>
        <translation>บทบาทของคุณไม่มีสิทธิ์ทำรายการนี้: %1 ต้องใช้บทบาท %2 เจ้าของร้านเปลี่ยนบทบาทของคุณได้ด้วยคำสั่ง `backroom users set-role`</translation>
    </message>
    <message>
        <location filename="../core/security/users.cpp" line="39"/>
        <source>Unknown role &apos;%1&apos;: use staff, warehouse, owner or store.</source>
        <translation>ไม่รู้จักบทบาท &apos;%1&apos;: ใช้ staff, warehouse, owner หรือ store</translation>
    </message>
    <message>
        <location filename="../core/security/users.cpp" line="58"/>
        <source>Not connected to the database.</source>
        <translation>ยังไม่ได้เชื่อมต่อฐานข้อมูล</translation>
    </message>
    <message>
        <location filename="../core/security/users.cpp" line="63"/>
        <source>Could not hash the password: %1</source>
        <translation>สร้างแฮชของรหัสผ่านไม่สำเร็จ: %1</translation>
    </message>
    <message>
        <location filename="../core/security/users.cpp" line="73"/>
        <source>The password is empty: give the new login a password.</source>
        <translation>รหัสผ่านว่างเปล่า: ตั้งรหัสผ่านให้ผู้ใช้ใหม่</translation>
    </message>
    <message>
        <location filename="../core/security/users.cpp" line="76"/>
        <location filename="../core/security/users.cpp" line="106"/>
        <source>A login needs one of the roles staff, warehouse, owner or store.</source>
        <translation>ผู้ใช้ต้องมีบทบาทใดบทบาทหนึ่ง: staff, warehouse, owner หรือ store</translation>
    </message>
</context>
<context>
    <name>backroom::stack</name>
    <message>
        <location filename="../core/stack/stack.cpp" line="133"/>
        <source>Could not start %1: %2. Is it installed?</source>
        <translation>เริ่ม %1 ไม่ได้: %2 ติดตั้งไว้หรือยัง?</translation>
    </message>
    <message>
        <location filename="../core/stack/stack.cpp" line="270"/>
        <source>HAProxy&apos;s runtime API does not answer at %1: %2</source>
        <translation>runtime API ของ HAProxy ไม่ตอบสนองที่ %1: %2</translation>
    </message>
    <message>
        <location filename="../core/stack/stack.cpp" line="298"/>
        <source>The stack in %1 is running: starting only the parts that are not (its settings are in stack.json; `stack down` first to change them).</source>
        <translation>สแตกใน %1 กำลังทำงานอยู่: จะเริ่มเฉพาะส่วนที่ยังไม่ทำงาน (การตั้งค่าอยู่ใน stack.json ต้อง `stack down` ก่อนจึงจะเปลี่ยนได้)</translation>
    </message>
    <message>
        <location filename="../core/stack/stack.cpp" line="312"/>
        <source>Could not create %1.</source>
        <translation>สร้าง %1 ไม่ได้</translation>
    </message>
    <message>
        <location filename="../core/stack/stack.cpp" line="316"/>
        <source>Could not write %1.</source>
        <translation>เขียน %1 ไม่ได้</translation>
    </message>
    <message>
        <location filename="../core/stack/stack.cpp" line="330"/>
        <source>%1 was edited: kept as it is; what this version would write is in %1.new.</source>
        <translation>%1 ถูกแก้ไขแล้ว: คงไว้ตามเดิม สิ่งที่เวอร์ชันนี้จะเขียนอยู่ใน %1.new</translation>
    </message>
    <message>
        <location filename="../core/stack/stack.cpp" line="332"/>
        <source>Wrote %1</source>
        <translation>เขียน %1 แล้ว</translation>
    </message>
    <message>
        <location filename="../core/stack/stack.cpp" line="350"/>
        <source>PgBouncer did not start: %1 (log: %2)</source>
        <translation>PgBouncer ไม่เริ่มทำงาน: %1 (log: %2)</translation>
    </message>
    <message>
        <location filename="../core/stack/stack.cpp" line="395"/>
        <source>Instance %1 (serve on port %2) did not become healthy: %3 (log: %4)</source>
        <translation>อินสแตนซ์ %1 (serve บนพอร์ต %2) ไม่อยู่ในสถานะพร้อมใช้งาน: %3 (log: %4)</translation>
    </message>
    <message>
        <location filename="../core/stack/stack.cpp" line="398"/>
        <source>Instance %1: serve on 127.0.0.1:%2 (pid %3)</source>
        <translation>อินสแตนซ์ %1: serve บน 127.0.0.1:%2 (pid %3)</translation>
    </message>
    <message>
        <location filename="../core/stack/stack.cpp" line="409"/>
        <source>Could not start %1: %2. Is HAProxy installed?</source>
        <translation>เริ่ม %1 ไม่ได้: %2 ติดตั้ง HAProxy ไว้หรือยัง?</translation>
    </message>
    <message>
        <location filename="../core/stack/stack.cpp" line="412"/>
        <source>HAProxy refuses %1: %2</source>
        <translation>HAProxy ปฏิเสธ %1: %2</translation>
    </message>
    <message>
        <location filename="../core/stack/stack.cpp" line="451"/>
        <source>HAProxy did not start: %1 (log: %2)</source>
        <translation>HAProxy ไม่เริ่มทำงาน: %1 (log: %2)</translation>
    </message>
    <message>
        <location filename="../core/stack/haproxyruntime.cpp" line="51"/>
        <source>Cannot reach HAProxy&apos;s runtime socket %1 (%2): is HAProxy running with `stats socket %1 level admin`?</source>
        <translation>เชื่อมต่อ runtime socket ของ HAProxy %1 (%2) ไม่ได้: HAProxy ทำงานอยู่พร้อม `stats socket %1 level admin` หรือไม่?</translation>
    </message>
    <message>
        <location filename="../core/stack/haproxyruntime.cpp" line="55"/>
        <source>HAProxy did not take the command &quot;%1&quot;: %2</source>
        <translation>HAProxy ไม่รับคำสั่ง "%1": %2</translation>
    </message>
    <message>
        <location filename="../core/stack/haproxyruntime.cpp" line="62"/>
        <source>HAProxy did not finish answering &quot;%1&quot; within %2 ms.</source>
        <translation>HAProxy ตอบ "%1" ไม่เสร็จภายใน %2 ms</translation>
    </message>
    <message>
        <location filename="../core/stack/haproxyruntime.cpp" line="85"/>
        <location filename="../core/stack/stack.cpp" line="467"/>
        <source>HAProxy refused &quot;%1&quot;: %2</source>
        <translation>HAProxy ปฏิเสธ &quot;%1&quot;: %2</translation>
    </message>
    <message>
        <location filename="../core/stack/haproxyruntime.cpp" line="122"/>
        <location filename="../core/stack/haproxyruntime.cpp" line="148"/>
        <source>HAProxy has no backend &quot;%1&quot;: %2</source>
        <translation>HAProxy ไม่มี backend "%1": %2</translation>
    </message>
    <message>
        <location filename="../core/stack/stack.cpp" line="499"/>
        <source>HAProxy did not mark every instance up within %1 ms; see %2/log/.</source>
        <translation>HAProxy ไม่ได้ทำเครื่องหมายทุกอินสแตนซ์ว่า up ภายใน %1 ms ดู %2/log/</translation>
    </message>
    <message>
        <location filename="../core/stack/stack.cpp" line="502"/>
        <source>Store API through HAProxy on %1 (%2 instances%3)</source>
        <translation>Store API ผ่าน HAProxy บน %1 (%2 อินสแตนซ์%3)</translation>
    </message>
    <message>
        <location filename="../core/stack/stack.cpp" line="503"/>
        <source>, PgBouncer in transaction mode</source>
        <translation>, PgBouncer ในโหมด transaction</translation>
    </message>
    <message>
        <location filename="../core/stack/stack.cpp" line="511"/>
        <source>No stack in %1 (no stack.json): run `backroom stack up` first.</source>
        <translation>ไม่มีสแตกใน %1 (ไม่มี stack.json): ให้รัน `backroom stack up` ก่อน</translation>
    </message>
    <message>
        <location filename="../core/stack/stack.cpp" line="579"/>
        <source>Stopped %1 (pid %2)</source>
        <translation>หยุด %1 แล้ว (pid %2)</translation>
    </message>
    <message>
        <location filename="../core/stack/stack.cpp" line="580"/>
        <source>%1 (pid %2) did not stop</source>
        <translation>%1 (pid %2) ไม่หยุดทำงาน</translation>
    </message>
    <message>
        <location filename="../core/stack/stack.cpp" line="592"/>
        <source>Stopped serve (pid %1, %2)</source>
        <translation>หยุด serve แล้ว (pid %1, %2)</translation>
    </message>
    <message>
        <location filename="../core/stack/stack.cpp" line="598"/>
        <source>Some parts of the stack in %1 did not stop; see above.</source>
        <translation>บางส่วนของสแตกใน %1 ไม่หยุดทำงาน ดูข้อความด้านบน</translation>
    </message>
    <message>
        <location filename="../core/stack/stackconfig.cpp" line="20"/>
        <source>The template %1 is missing from this build.</source>
        <translation>ไม่มีเทมเพลต %1 ในบิลด์นี้</translation>
    </message>
    <message>
        <location filename="../core/stack/stackconfig.cpp" line="66"/>
        <source>Give the stack a directory (--dir).</source>
        <translation>ระบุไดเรกทอรีของสแตก (--dir)</translation>
    </message>
    <message>
        <location filename="../core/stack/stackconfig.cpp" line="68"/>
        <source>HAProxy slots must be between 1 and 64 (got %1).</source>
        <translation>ช่อง HAProxy ต้องอยู่ระหว่าง 1 ถึง 64 (ได้ %1)</translation>
    </message>
    <message>
        <location filename="../core/stack/stackconfig.cpp" line="70"/>
        <source>--instances must be between 1 and the %1 HAProxy slots (got %2).</source>
        <translation>--instances ต้องอยู่ระหว่าง 1 ถึงจำนวนช่อง HAProxy %1 ช่อง (ได้ %2)</translation>
    </message>
    <message>
        <location filename="../core/stack/stackconfig.cpp" line="73"/>
        <source>Name the database with --db or BACKROOM_DB. For the demo shop: start `backroom demo --headless` and pass its &quot;Demo database:&quot; line.</source>
        <translation>ระบุฐานข้อมูลด้วย --db หรือ BACKROOM_DB สำหรับร้านเดโม: เริ่ม `backroom demo --headless` แล้วส่งค่าจากบรรทัด &quot;Demo database:&quot;</translation>
    </message>
    <message>
        <location filename="../core/stack/stackconfig.cpp" line="76"/>
        <source>Health check interval must be at least 100 ms and timeouts at least 1 s.</source>
        <translation>ช่วงเวลาตรวจสุขภาพต้องไม่น้อยกว่า 100 ms และระยะหมดเวลาต้องไม่น้อยกว่า 1 s</translation>
    </message>
    <message>
        <location filename="../core/stack/stackconfig.cpp" line="78"/>
        <source>The path of the backroom program is not known.</source>
        <translation>ไม่ทราบพาธของโปรแกรม backroom</translation>
    </message>
    <message>
        <location filename="../core/stack/stackconfig.cpp" line="98"/>
        <source>The template has a placeholder @%1@ this version does not fill.</source>
        <translation>เทมเพลตมีตัวแทน @%1@ ที่เวอร์ชันนี้ไม่ได้เติมค่า</translation>
    </message>
    <message>
        <location filename="../core/stack/stackconfig.cpp" line="131"/>
        <source>The connection string cannot be read: %1</source>
        <translation>อ่านสตริงการเชื่อมต่อไม่ได้: %1</translation>
    </message>
    <message>
        <location filename="../core/stack/stackconfig.cpp" line="186"/>
        <source>Could not write %1: check that the directory is writable.</source>
        <translation>เขียน %1 ไม่ได้: ตรวจสอบว่าไดเรกทอรีนั้นเขียนได้</translation>
    </message>
    <message>
        <location filename="../core/stack/scalepolicy.cpp" line="28"/>
        <source>The minimum number of instances must be at least 1.</source>
        <translation>จำนวนอินสแตนซ์ขั้นต่ำต้องไม่น้อยกว่า 1</translation>
    </message>
    <message>
        <location filename="../core/stack/scalepolicy.cpp" line="30"/>
        <source>The maximum number of instances (%1) is below the minimum (%2).</source>
        <translation>จำนวนอินสแตนซ์สูงสุด (%1) ต่ำกว่าขั้นต่ำ (%2)</translation>
    </message>
    <message>
        <location filename="../core/stack/scalepolicy.cpp" line="32"/>
        <source>The scale-up saturation must be above 0 and at most 1.</source>
        <translation>ความอิ่มตัวสำหรับการขยายขึ้นต้องมากกว่า 0 และไม่เกิน 1</translation>
    </message>
    <message>
        <location filename="../core/stack/scalepolicy.cpp" line="34"/>
        <source>The scale-down saturation must be at least 0 and below the scale-up saturation.</source>
        <translation>ความอิ่มตัวสำหรับการลดลงต้องไม่น้อยกว่า 0 และต่ำกว่าความอิ่มตัวสำหรับการขยายขึ้น</translation>
    </message>
    <message>
        <location filename="../core/stack/scalepolicy.cpp" line="36"/>
        <source>The scale-down latency must be at least 0 and below the scale-up latency.</source>
        <translation>latency สำหรับการลดลงต้องไม่น้อยกว่า 0 และต่ำกว่า latency สำหรับการขยายขึ้น</translation>
    </message>
    <message>
        <location filename="../core/stack/scalepolicy.cpp" line="38"/>
        <source>The number of ticks before scaling must be at least 1.</source>
        <translation>จำนวนรอบก่อนปรับขนาดต้องไม่น้อยกว่า 1</translation>
    </message>
    <message>
        <location filename="../core/stack/scalepolicy.cpp" line="40"/>
        <source>The cooldown cannot be negative.</source>
        <translation>ระยะพัก (cooldown) ต้องไม่ติดลบ</translation>
    </message>
    <message>
        <location filename="../core/stack/scalepolicy.cpp" line="82"/>
        <source>%1 instances, below the minimum of %2</source>
        <translation>%1 อินสแตนซ์ ต่ำกว่าขั้นต่ำ %2</translation>
    </message>
    <message>
        <location filename="../core/stack/scalepolicy.cpp" line="85"/>
        <source>%1 instances, above the maximum of %2</source>
        <translation>%1 อินสแตนซ์ สูงกว่าสูงสุด %2</translation>
    </message>
    <message>
        <location filename="../core/stack/scalepolicy.cpp" line="105"/>
        <source>mean saturation %1 &gt;= %2 for %3 ticks</source>
        <translation>ความอิ่มตัวเฉลี่ย %1 &gt;= %2 เป็นเวลา %3 รอบ</translation>
    </message>
    <message>
        <location filename="../core/stack/scalepolicy.cpp" line="107"/>
        <source>latency p95 %1 ms &gt;= %2 ms for %3 ticks</source>
        <translation>latency p95 %1 ms &gt;= %2 ms เป็นเวลา %3 รอบ</translation>
    </message>
    <message>
        <location filename="../core/stack/scalepolicy.cpp" line="114"/>
        <source>mean saturation %1 &lt;= %2 and latency p95 %3 ms &lt;= %4 ms for %5 ticks</source>
        <translation>ความอิ่มตัวเฉลี่ย %1 &lt;= %2 และ latency p95 %3 ms &lt;= %4 ms เป็นเวลา %5 รอบ</translation>
    </message>
    <message>
        <location filename="../core/stack/supervisor.cpp" line="92"/>
        <source>Could not start %1 serve on port %2: %3</source>
        <translation>เริ่ม %1 serve บนพอร์ต %2 ไม่ได้: %3</translation>
    </message>
    <message>
        <location filename="../core/stack/supervisor.cpp" line="158"/>
        <source>HAProxy&apos;s backend %1 has %2 free server slots (in maintenance) for at most %3 instances: raise its server-template count or lower --max.</source>
        <translation>backend %1 ของ HAProxy มีช่องเซิร์ฟเวอร์ว่าง (อยู่ในโหมดบำรุงรักษา) %2 ช่อง สำหรับอินสแตนซ์สูงสุด %3 ตัว: เพิ่มจำนวน server-template หรือลดค่า --max</translation>
    </message>
    <message>
        <location filename="../core/stack/supervisor.cpp" line="164"/>
        <source>starting: the minimum is %1</source>
        <translation>กำลังเริ่ม: ขั้นต่ำคือ %1</translation>
    </message>
    <message>
        <location filename="../core/stack/supervisor.cpp" line="187"/>
        <source>supervisor stopped</source>
        <translation>ตัวควบคุม (supervisor) หยุดแล้ว</translation>
    </message>
    <message>
        <location filename="../core/stack/supervisor.cpp" line="266"/>
        <source>Instance %1 (port %2) exited by itself.</source>
        <translation>อินสแตนซ์ %1 (พอร์ต %2) ปิดตัวเองไปแล้ว</translation>
    </message>
    <message>
        <location filename="../core/stack/supervisor.cpp" line="269"/>
        <source>instance %1 exited</source>
        <translation>อินสแตนซ์ %1 ปิดไปแล้ว</translation>
    </message>
    <message>
        <location filename="../core/stack/supervisor.cpp" line="294"/>
        <source>Instance %1 (port %2) did not answer /health within %3 s; stopped it.</source>
        <translation>อินสแตนซ์ %1 (พอร์ต %2) ไม่ตอบ /health ภายใน %3 s จึงหยุดอินสแตนซ์นี้แล้ว</translation>
    </message>
    <message>
        <location filename="../core/stack/supervisor.cpp" line="296"/>
        <source>Instance %1 (port %2) exited while starting; see its log.</source>
        <translation>อินสแตนซ์ %1 (พอร์ต %2) ปิดไประหว่างเริ่มทำงาน ดูรายละเอียดในล็อก</translation>
    </message>
    <message>
        <location filename="../core/stack/supervisor.cpp" line="300"/>
        <source>instance %1 failed to start</source>
        <translation>อินสแตนซ์ %1 เริ่มทำงานไม่สำเร็จ</translation>
    </message>
    <message>
        <location filename="../core/stack/supervisor.cpp" line="327"/>
        <source>No free HAProxy slot in backend %1.</source>
        <translation>ไม่มีช่อง HAProxy ว่างใน backend %1</translation>
    </message>
    <message>
        <location filename="../core/stack/supervisor.cpp" line="328"/>
        <source>No free port on 127.0.0.1.</source>
        <translation>ไม่มีพอร์ตว่างบน 127.0.0.1</translation>
    </message>
</context>
<context>
    <name>backroom::store</name>
    <message>
        <location filename="../core/store/catalog.cpp" line="50"/>
        <source>page must be 1 or more (got %1).</source>
        <translation>page ต้องเป็น 1 ขึ้นไป (ได้รับ %1)</translation>
    </message>
    <message>
        <location filename="../core/store/catalog.cpp" line="53"/>
        <source>per_page must be between 1 and %1 (got %2).</source>
        <translation>per_page ต้องอยู่ระหว่าง 1 ถึง %1 (ได้รับ %2)</translation>
    </message>
    <message>
        <location filename="../core/store/catalog.cpp" line="75"/>
        <location filename="../core/store/productimage.cpp" line="127"/>
        <source>Unknown SKU &apos;%1&apos;.</source>
        <translation>ไม่พบ SKU &apos;%1&apos;</translation>
    </message>
    <message>
        <location filename="../core/store/productsearch.cpp" line="55"/>
        <source>Say what to search for: ?q=shirt</source>
        <translation>ระบุคำที่ต้องการค้นหา: ?q=shirt</translation>
    </message>
    <message>
        <location filename="../core/store/productsearch.cpp" line="58"/>
        <source>The search term is too long (%1 characters, at most %2).</source>
        <translation>คำค้นหายาวเกินไป (%1 ตัวอักษร สูงสุด %2)</translation>
    </message>
    <message>
        <location filename="../core/store/productsearch.cpp" line="62"/>
        <source>limit must be between 1 and %1 (got %2).</source>
        <translation>limit ต้องอยู่ระหว่าง 1 ถึง %1 (ได้รับ %2)</translation>
    </message>
    <message>
        <location filename="../core/store/productimage.cpp" line="111"/>
        <location filename="../core/store/staticfiles.cpp" line="165"/>
        <source>This path answers GET and HEAD only.</source>
        <translation>พาธนี้รองรับเฉพาะ GET และ HEAD</translation>
    </message>
    <message>
        <location filename="../core/store/productimage.cpp" line="115"/>
        <source>Product images are called &lt;sku&gt;.svg, e.g. /images/TSH-0000020.svg.</source>
        <translation>รูปสินค้ามีชื่อเป็น &lt;sku&gt;.svg เช่น /images/TSH-0000020.svg</translation>
    </message>
    <message>
        <location filename="../core/store/productimage.cpp" line="120"/>
        <location filename="../core/store/storeapi.cpp" line="57"/>
        <source>The shop database cannot be reached right now; try again shortly.</source>
        <translation>ขณะนี้ติดต่อฐานข้อมูลของร้านไม่ได้ โปรดลองใหม่อีกครั้งในอีกสักครู่</translation>
    </message>
    <message>
        <location filename="../core/store/storeapi.cpp" line="38"/>
        <source>%1 holds a control character (such as NUL, a tab or a line break) or broken Unicode; send plain text.</source>
        <translation>%1 มีอักขระควบคุม (เช่น NUL, แท็บ หรือการขึ้นบรรทัดใหม่) หรือ Unicode ที่เสียหาย กรุณาส่งเป็นข้อความธรรมดา</translation>
    </message>
    <message>
        <location filename="../core/store/storeapi.cpp" line="87"/>
        <source>The body is not valid JSON (%1 at byte %2).</source>
        <translation>เนื้อหาไม่ใช่ JSON ที่ถูกต้อง (%1 ที่ไบต์ %2)</translation>
    </message>
    <message>
        <location filename="../core/store/storeapi.cpp" line="90"/>
        <source>The body must be a JSON object: {&quot;lines&quot;: [{&quot;sku&quot;: &quot;...&quot;, &quot;qty&quot;: 1}]}.</source>
        <translation>เนื้อหาต้องเป็นออบเจ็กต์ JSON: {&quot;lines&quot;: [{&quot;sku&quot;: &quot;...&quot;, &quot;qty&quot;: 1}]}</translation>
    </message>
    <message>
        <location filename="../core/store/storeapi.cpp" line="98"/>
        <source>idempotency_key must be a non-empty string.</source>
        <translation>idempotency_key ต้องเป็นข้อความที่ไม่ว่าง</translation>
    </message>
    <message>
        <location filename="../core/store/storeapi.cpp" line="102"/>
        <source>idempotency_key is too long (at most %1 characters).</source>
        <translation>idempotency_key ยาวเกินไป (สูงสุด %1 ตัวอักษร)</translation>
    </message>
    <message>
        <location filename="../core/store/storeapi.cpp" line="113"/>
        <source>channel must be &quot;web&quot; (the default) or &quot;drill&quot;.</source>
        <translation>channel ต้องเป็น &quot;web&quot; (ค่าเริ่มต้น) หรือ &quot;drill&quot;</translation>
    </message>
    <message>
        <location filename="../core/store/storeapi.cpp" line="119"/>
        <source>lines must be a non-empty array of {&quot;sku&quot;: &quot;...&quot;, &quot;qty&quot;: n}.</source>
        <translation>lines ต้องเป็นอาร์เรย์ที่ไม่ว่างของ {&quot;sku&quot;: &quot;...&quot;, &quot;qty&quot;: n}</translation>
    </message>
    <message>
        <location filename="../core/store/storeapi.cpp" line="122"/>
        <source>Too many lines (%1, at most %2).</source>
        <translation>รายการมากเกินไป (%1 รายการ สูงสุด %2)</translation>
    </message>
    <message>
        <location filename="../core/store/storeapi.cpp" line="128"/>
        <source>lines[%1].sku must be a SKU string (1 to 64 characters).</source>
        <translation>lines[%1].sku ต้องเป็นข้อความ SKU (1 ถึง 64 ตัวอักษร)</translation>
    </message>
    <message>
        <location filename="../core/store/storeapi.cpp" line="134"/>
        <source>lines[%1].qty must be a whole number from 1 to %2.</source>
        <translation>lines[%1].qty ต้องเป็นจำนวนเต็มตั้งแต่ 1 ถึง %2</translation>
    </message>
    <message>
        <location filename="../core/store/storeserver.cpp" line="41"/>
        <source>This path answers %1 only.</source>
        <translation>เส้นทางนี้รับเฉพาะ %1 เท่านั้น</translation>
    </message>
    <message>
        <location filename="../core/store/storeserver.cpp" line="94"/>
        <source>%1 must be a whole number (got &apos;%2&apos;).</source>
        <translation>%1 ต้องเป็นจำนวนเต็ม (ได้รับ &apos;%2&apos;)</translation>
    </message>
    <message>
        <location filename="../core/store/storeserver.cpp" line="364"/>
        <source>Cannot listen on %1:%2: the port is taken or not allowed; pick another with --listen.</source>
        <translation>เปิดรับการเชื่อมต่อที่ %1:%2 ไม่ได้: พอร์ตนี้ถูกใช้อยู่หรือไม่ได้รับอนุญาต เลือกพอร์ตอื่นด้วย --listen</translation>
    </message>
    <message>
        <location filename="../core/store/storeserver.cpp" line="380"/>
        <source>The path</source>
        <translation>พาธ</translation>
    </message>
    <message>
        <location filename="../core/store/storeserver.cpp" line="382"/>
        <source>The query</source>
        <translation>คิวรี</translation>
    </message>
    <message>
        <location filename="../core/store/storeserver.cpp" line="438"/>
        <source>No such endpoint: %1. See docs/store-api.md for the list.</source>
        <translation>ไม่มี endpoint นี้: %1 ดูรายการทั้งหมดได้ที่ docs/store-api.md</translation>
    </message>
    <message>
        <location filename="../core/store/storeserver.cpp" line="504"/>
        <source>The %1 service is at its limit of %2 requests; retry shortly.</source>
        <translation>บริการ %1 รับคำขอพร้อมกันเต็ม %2 รายการแล้ว โปรดลองใหม่ในอีกสักครู่</translation>
    </message>
    <message>
        <location filename="../core/store/storeserver.cpp" line="538"/>
        <source>The browse service is at its limit; retry shortly.</source>
        <translation>บริการเรียกดูสินค้าถึงขีดจำกัดแล้ว โปรดลองใหม่อีกครั้งในอีกสักครู่</translation>
    </message>
    <message>
        <location filename="../core/store/storeserver.cpp" line="592"/>
        <source>Say what to search for: /search?q=shirt</source>
        <translation>ระบุคำที่ต้องการค้นหา: /search?q=shirt</translation>
    </message>
    <message>
        <location filename="../core/store/storeserver.cpp" line="594"/>
        <source>The search term is too long (at most %1 characters).</source>
        <translation>คำค้นหายาวเกินไป (สูงสุด %1 ตัวอักษร)</translation>
    </message>
    <message>
        <location filename="../core/store/storeserver.cpp" line="620"/>
        <source>The body is %1 bytes; at most %2 are accepted.</source>
        <translation>เนื้อหามีขนาด %1 ไบต์ รับได้สูงสุด %2 ไบต์</translation>
    </message>
    <message>
        <location filename="../core/store/storeserver.cpp" line="624"/>
        <source>Send the order as Content-Type: application/json.</source>
        <translation>ส่งคำสั่งซื้อเป็น Content-Type: application/json</translation>
    </message>
    <message>
        <location filename="../core/store/storeserver.cpp" line="652"/>
        <location filename="../core/store/storeserver.cpp" line="807"/>
        <source>Order ids are positive whole numbers (got &apos;%1&apos;).</source>
        <translation>เลขที่คำสั่งซื้อต้องเป็นจำนวนเต็มบวก (ได้รับ &apos;%1&apos;)</translation>
    </message>
    <message>
        <location filename="../core/store/storeserver.cpp" line="657"/>
        <location filename="../core/store/storeserver.cpp" line="837"/>
        <source>No order %1.</source>
        <translation>ไม่มีคำสั่งซื้อ %1</translation>
    </message>
    <message>
        <location filename="../core/store/storeserver.cpp" line="745"/>
        <location filename="../core/store/storeserver.cpp" line="771"/>
        <source>The payments service is at its limit; retry shortly.</source>
        <translation>บริการชำระเงินรับคำขอพร้อมกันเต็มแล้ว โปรดลองใหม่ในอีกสักครู่</translation>
    </message>
    <message>
        <location filename="../core/store/storeserver.cpp" line="782"/>
        <source>Payments are not configured on this server (see docs/payments.md).</source>
        <translation>เซิร์ฟเวอร์นี้ยังไม่ได้ตั้งค่าการชำระเงิน (ดู docs/payments.md)</translation>
    </message>
    <message>
        <location filename="../core/store/storeserver.cpp" line="809"/>
        <location filename="../core/store/storeserver.cpp" line="947"/>
        <source>The body is too large.</source>
        <translation>ข้อมูลที่ส่งมา (body) ใหญ่เกินไป</translation>
    </message>
    <message>
        <location filename="../core/store/storeserver.cpp" line="815"/>
        <source>Send {&quot;method&quot;: &quot;promptpay|card|truemoney|shopeepay&quot;, &quot;idempotency_key&quot;: &quot;...&quot;}.</source>
        <translation>ให้ส่ง {&quot;method&quot;: &quot;promptpay|card|truemoney|shopeepay&quot;, &quot;idempotency_key&quot;: &quot;...&quot;}</translation>
    </message>
    <message>
        <location filename="../core/store/storeserver.cpp" line="818"/>
        <source>idempotency_key is required (1 to %1 characters): the same key never charges twice.</source>
        <translation>ต้องระบุ idempotency_key (1 ถึง %1 ตัวอักษร): คีย์เดียวกันจะไม่ถูกเรียกเก็บเงินซ้ำ</translation>
    </message>
    <message>
        <location filename="../core/store/storeserver.cpp" line="873"/>
        <source>The order could no longer take this payment; it will be reversed.</source>
        <translation>คำสั่งซื้อรับการชำระเงินนี้ไม่ได้แล้ว ระบบจะยกเลิกรายการและคืนเงิน</translation>
    </message>
    <message>
        <location filename="../core/store/storeserver.cpp" line="923"/>
        <source>Payment ids are positive whole numbers (got &apos;%1&apos;).</source>
        <translation>รหัสการชำระเงินต้องเป็นจำนวนเต็มบวก (ได้รับ &apos;%1&apos;)</translation>
    </message>
    <message>
        <location filename="../core/store/storeserver.cpp" line="928"/>
        <source>No payment %1.</source>
        <translation>ไม่มีรายการชำระเงิน %1</translation>
    </message>
    <message>
        <location filename="../core/store/storeserver.cpp" line="944"/>
        <source>No gateway named &apos;%1&apos; here.</source>
        <translation>ไม่มีเกตเวย์ชื่อ &apos;%1&apos; ในระบบนี้</translation>
    </message>
    <message>
        <location filename="../core/store/storeserver.cpp" line="958"/>
        <source>The charge id</source>
        <translation>รหัสการเรียกเก็บเงิน</translation>
    </message>
    <message>
        <location filename="../core/store/storeserver.cpp" line="971"/>
        <source>No payment here for %1 charge %2.</source>
        <translation>ไม่มีรายการชำระเงินในระบบนี้สำหรับรายการเรียกเก็บเงิน %2 ของ %1</translation>
    </message>
    <message>
        <location filename="../core/store/storeserver.cpp" line="977"/>
        <source>Charge %1 is for %2 satang; payment %3 is for %4 satang.</source>
        <translation>รายการเรียกเก็บเงิน %1 มียอด %2 สตางค์ แต่รายการชำระเงิน %3 มียอด %4 สตางค์</translation>
    </message>
    <message>
        <location filename="../core/store/connectionguard.cpp" line="164"/>
        <source>The request line or a header holds a control character.</source>
        <translation>บรรทัดคำขอหรือเฮดเดอร์มีอักขระควบคุม</translation>
    </message>
    <message>
        <location filename="../core/store/connectionguard.cpp" line="177"/>
        <source>Send the body with a Content-Length, not in chunks.</source>
        <translation>ส่งเนื้อหาพร้อม Content-Length ไม่ใช่แบบแบ่งเป็นส่วน (chunked)</translation>
    </message>
    <message>
        <location filename="../core/store/connectionguard.cpp" line="184"/>
        <source>Content-Length must be a whole number of bytes.</source>
        <translation>Content-Length ต้องเป็นจำนวนไบต์ที่เป็นจำนวนเต็ม</translation>
    </message>
    <message>
        <location filename="../core/store/connectionguard.cpp" line="211"/>
        <source>The body is larger than %1 bytes, the most accepted.</source>
        <translation>เนื้อหามีขนาดเกิน %1 ไบต์ ซึ่งเป็นขนาดสูงสุดที่รับได้</translation>
    </message>
    <message>
        <location filename="../core/store/connectionguard.cpp" line="218"/>
        <source>The request line and headers are larger than %1 bytes.</source>
        <translation>บรรทัดคำขอและเฮดเดอร์มีขนาดเกิน %1 ไบต์</translation>
    </message>
    <message>
        <location filename="../core/store/connectionguard.cpp" line="235"/>
        <source>The request did not arrive in full within %1 ms.</source>
        <translation>คำขอมาไม่ครบภายใน %1 ms</translation>
    </message>
    <message>
        <location filename="../core/store/connectionguard.cpp" line="338"/>
        <source>This server has %1 connections open, its limit; retry shortly.</source>
        <translation>เซิร์ฟเวอร์นี้เปิดการเชื่อมต่อไว้ %1 รายการ ซึ่งถึงขีดจำกัดแล้ว โปรดลองใหม่อีกครั้งในอีกสักครู่</translation>
    </message>
    <message>
        <location filename="../core/store/staticfiles.cpp" line="169"/>
        <source>The storefront has no file called &apos;%1&apos;.</source>
        <translation>หน้าร้านไม่มีไฟล์ชื่อ &apos;%1&apos;</translation>
    </message>
</context>
<context>
    <name>backroom::ui</name>
    <message>
        <location filename="../ui/drills/chaosfigures.cpp" line="65"/>
        <source>%1 baht</source>
        <translation>%1 บาท</translation>
    </message>
    <message>
        <location filename="../ui/drills/chaosfigures.cpp" line="67"/>
        <location filename="../ui/drills/drillfigures.cpp" line="139"/>
        <source>PASS</source>
        <translation>PASS</translation>
    </message>
    <message>
        <location filename="../ui/drills/chaosfigures.cpp" line="67"/>
        <location filename="../ui/drills/drillfigures.cpp" line="139"/>
        <source>FAIL</source>
        <translation>FAIL</translation>
    </message>
    <message>
        <location filename="../ui/drills/drillfigures.cpp" line="255"/>
        <source>Verdict</source>
        <translation>ผลการตัดสิน</translation>
    </message>
    <message>
        <location filename="../ui/drills/chaosfigures.cpp" line="241"/>
        <location filename="../ui/drills/chaosfigures.cpp" line="242"/>
        <location filename="../ui/drills/drillfigures.cpp" line="256"/>
        <source>same</source>
        <translation>เหมือนเดิม</translation>
    </message>
    <message>
        <location filename="../ui/drills/chaosfigures.cpp" line="241"/>
        <source>Experiment</source>
        <translation>การทดลอง</translation>
    </message>
    <message>
        <location filename="../ui/drills/chaosfigures.cpp" line="241"/>
        <source>different</source>
        <translation>ต่างกัน</translation>
    </message>
    <message>
        <location filename="../ui/drills/chaosfigures.cpp" line="242"/>
        <location filename="../ui/drills/drillfigures.cpp" line="256"/>
        <source>changed</source>
        <translation>เปลี่ยนแปลง</translation>
    </message>
    <message>
        <location filename="../ui/drills/chaosfigures.cpp" line="242"/>
        <source>Outcome</source>
        <translation>ผลลัพธ์</translation>
    </message>
    <message>
        <location filename="../ui/drills/chaosfigures.cpp" line="253"/>
        <source>Probe “%1”</source>
        <translation>โพรบ “%1”</translation>
    </message>
    <message>
        <location filename="../ui/drills/chaosfigures.cpp" line="257"/>
        <source>Time to recover</source>
        <translation>เวลาในการกู้คืน</translation>
    </message>
    <message>
        <location filename="../ui/drills/chaosfigures.cpp" line="259"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/drills/chaosfigures.cpp" line="263"/>
        <source>Checkouts answered while faulted</source>
        <translation>จำนวนเช็กเอาต์ที่ได้รับการตอบกลับระหว่างเกิดความขัดข้อง</translation>
    </message>
    <message>
        <location filename="../ui/drills/chaosfigures.cpp" line="264"/>
        <location filename="../ui/drills/chaosfigures.cpp" line="266"/>
        <source> points</source>
        <translation> จุด</translation>
    </message>
    <message>
        <location filename="../ui/drills/chaosfigures.cpp" line="265"/>
        <source>Payments taken while faulted</source>
        <translation>การชำระเงินที่รับได้ระหว่างเกิดความขัดข้อง</translation>
    </message>
    <message>
        <location filename="../ui/drills/chaosfigures.cpp" line="268"/>
        <source>Checkout p95 while faulted</source>
        <translation>p95 ของเช็กเอาต์ระหว่างเกิดความขัดข้อง</translation>
    </message>
    <message>
        <location filename="../ui/drills/chaosfigures.cpp" line="269"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location filename="../ui/drills/chaosfigures.cpp" line="271"/>
        <source>Charged but not saved</source>
        <translation>เรียกเก็บเงินแล้วแต่ไม่ได้บันทึก</translation>
    </message>
    <message>
        <location filename="../ui/drills/chaosfigures.cpp" line="274"/>
        <source>Charged twice</source>
        <translation>เรียกเก็บเงินซ้ำสองครั้ง</translation>
    </message>
    <message>
        <location filename="../ui/drills/chaosfigures.cpp" line="276"/>
        <source>Saved but not charged</source>
        <translation>บันทึกแล้วแต่ไม่ได้เรียกเก็บเงิน</translation>
    </message>
    <message>
        <location filename="../ui/drills/chaosfigures.cpp" line="279"/>
        <source>not read</source>
        <translation>ไม่ได้อ่าน</translation>
    </message>
    <message>
        <location filename="../ui/drills/chaosfigures.cpp" line="280"/>
        <source>Oversold or lost orders</source>
        <translation>ขายเกินสต็อกหรือคำสั่งซื้อสูญหาย</translation>
    </message>
    <message>
        <location filename="../ui/drills/drillfigures.cpp" line="257"/>
        <source>Answers per second</source>
        <translation>คำตอบต่อวินาที</translation>
    </message>
    <message>
        <location filename="../ui/drills/drillfigures.cpp" line="258"/>
        <source>Acknowledged</source>
        <translation>ยืนยันแล้ว</translation>
    </message>
    <message>
        <location filename="../ui/drills/drillfigures.cpp" line="259"/>
        <source>Out of stock</source>
        <translation>สินค้าหมด</translation>
    </message>
    <message>
        <location filename="../ui/drills/drillfigures.cpp" line="260"/>
        <source>Errors</source>
        <translation>ข้อผิดพลาด</translation>
    </message>
    <message>
        <location filename="../ui/drills/drillfigures.cpp" line="261"/>
        <source>Dropped</source>
        <translation>ถูกทิ้ง</translation>
    </message>
    <message>
        <location filename="../ui/drills/drillfigures.cpp" line="262"/>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <location filename="../ui/drills/drillfigures.cpp" line="263"/>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <location filename="../ui/drills/drillfigures.cpp" line="264"/>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <location filename="../ui/drills/drillfigures.cpp" line="265"/>
        <source>p99.9</source>
        <translation>p99.9</translation>
    </message>
    <message>
        <location filename="../ui/drills/drillfigures.cpp" line="266"/>
        <source>max</source>
        <translation>สูงสุด</translation>
    </message>
    <message>
        <location filename="../ui/drills/drillfigures.cpp" line="268"/>
        <location filename="../ui/drills/drillfigures.cpp" line="272"/>
        <source>Peak memory</source>
        <translation>หน่วยความจำสูงสุด</translation>
    </message>
    <message>
        <location filename="../ui/drills/drillfigures.cpp" line="273"/>
        <source>Violations</source>
        <translation>การละเมิดเกณฑ์</translation>
    </message>
    <message>
        <location filename="../ui/drills/drillfigures.cpp" line="288"/>
        <location filename="../ui/drills/drillfigures.cpp" line="296"/>
        <source>%1 × %2 buyers: orders/s</source>
        <translation>%1 × ผู้ซื้อ %2 ราย: คำสั่งซื้อ/s</translation>
    </message>
    <message>
        <location filename="../ui/drills/drillfigures.cpp" line="303"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../ui/drills/drillfigures.cpp" line="308"/>
        <source>%1 MiB</source>
        <translation>%1 MiB</translation>
    </message>
    <message>
        <location filename="../ui/drills/drillplan.cpp" line="30"/>
        <source>this machine</source>
        <translation>เครื่องนี้</translation>
    </message>
    <message>
        <location filename="../ui/drills/drillplan.cpp" line="100"/>
        <source>Threshold “%1”: %2</source>
        <translation>เกณฑ์ “%1”: %2</translation>
    </message>
</context>
<context>
    <name>backroom::ui::AutoscaleSection</name>
    <message>
        <location filename="../ui/health/autoscalesection.cpp" line="48"/>
        <source>Auto-scaling</source>
        <translation>การปรับขนาดอัตโนมัติ</translation>
    </message>
    <message>
        <location filename="../ui/health/autoscalesection.cpp" line="51"/>
        <source>Reading…</source>
        <translation>กำลังอ่าน…</translation>
    </message>
    <message>
        <location filename="../ui/health/autoscalesection.cpp" line="55"/>
        <source>Instance</source>
        <translation>อินสแตนซ์</translation>
    </message>
    <message>
        <location filename="../ui/health/autoscalesection.cpp" line="55"/>
        <source>Port</source>
        <translation>พอร์ต</translation>
    </message>
    <message>
        <location filename="../ui/health/autoscalesection.cpp" line="55"/>
        <source>State</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <location filename="../ui/health/autoscalesection.cpp" line="55"/>
        <source>Browse load</source>
        <translation>โหลดการเรียกดู</translation>
    </message>
    <message>
        <location filename="../ui/health/autoscalesection.cpp" line="55"/>
        <source>Checkout load</source>
        <translation>โหลดการชำระเงิน</translation>
    </message>
    <message>
        <location filename="../ui/health/autoscalesection.cpp" line="56"/>
        <source>Latency</source>
        <translation>เวลาแฝง</translation>
    </message>
    <message>
        <location filename="../ui/health/autoscalesection.cpp" line="56"/>
        <source>Supervisor</source>
        <translation>ตัวควบคุม</translation>
    </message>
    <message>
        <location filename="../ui/health/autoscalesection.cpp" line="57"/>
        <source>When</source>
        <translation>เวลา</translation>
    </message>
    <message>
        <location filename="../ui/health/autoscalesection.cpp" line="57"/>
        <source>Instances</source>
        <translation>อินสแตนซ์</translation>
    </message>
    <message>
        <location filename="../ui/health/autoscalesection.cpp" line="57"/>
        <source>Slot</source>
        <translation>สล็อต</translation>
    </message>
    <message>
        <location filename="../ui/health/autoscalesection.cpp" line="57"/>
        <source>Why</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <location filename="../ui/health/autoscalesection.cpp" line="61"/>
        <source>Latest scale events:</source>
        <translation>เหตุการณ์ปรับขนาดล่าสุด:</translation>
    </message>
    <message>
        <location filename="../ui/health/autoscalesection.cpp" line="92"/>
        <source>Only an owner can see auto-scaling.</source>
        <translation>เฉพาะเจ้าของร้านเท่านั้นที่ดูการปรับขนาดอัตโนมัติได้</translation>
    </message>
    <message>
        <location filename="../ui/health/autoscalesection.cpp" line="93"/>
        <source>Could not read auto-scaling: %1</source>
        <translation>อ่านข้อมูลการปรับขนาดอัตโนมัติไม่ได้: %1</translation>
    </message>
    <message>
        <location filename="../ui/health/autoscalesection.cpp" line="111"/>
        <source>%1 on %2: %3 instances (%4 ready), bounds %5 to %6, mean load %7</source>
        <translation>%1 บน %2: %3 อินสแตนซ์ (พร้อม %4), ขอบเขต %5 ถึง %6, โหลดเฉลี่ย %7</translation>
    </message>
    <message>
        <location filename="../ui/health/autoscalesection.cpp" line="122"/>
        <source>no answer</source>
        <translation>ไม่มีการตอบกลับ</translation>
    </message>
    <message>
        <location filename="../ui/health/autoscalesection.cpp" line="122"/>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <location filename="../ui/health/autoscalesection.cpp" line="132"/>
        <source>No auto-scaling supervisor is running. Start one with `backroom stack autoscale` (docs/autoscale.md).</source>
        <translation>ไม่มีตัวควบคุมการปรับขนาดอัตโนมัติทำงานอยู่ เริ่มได้ด้วย `backroom stack autoscale` (docs/autoscale.md)</translation>
    </message>
    <message>
        <location filename="../ui/health/autoscalesection.cpp" line="146"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
</context>
<context>
    <name>backroom::ui::BackupsSection</name>
    <message>
        <location filename="../ui/health/backupssection.cpp" line="27"/>
        <source>Backups</source>
        <translation>การสำรองข้อมูล</translation>
    </message>
    <message>
        <location filename="../ui/health/backupssection.cpp" line="42"/>
        <source>Reading…</source>
        <translation>กำลังอ่าน…</translation>
    </message>
    <message>
        <location filename="../ui/health/backupssection.cpp" line="44"/>
        <source>Newest restore point:</source>
        <translation>จุดกู้คืนล่าสุด:</translation>
    </message>
    <message>
        <location filename="../ui/health/backupssection.cpp" line="45"/>
        <source>WAL archiving:</source>
        <translation>การเก็บถาวร WAL:</translation>
    </message>
    <message>
        <location filename="../ui/health/backupssection.cpp" line="46"/>
        <source>Last base backup:</source>
        <translation>สำรองข้อมูลฉบับเต็มล่าสุด:</translation>
    </message>
    <message>
        <location filename="../ui/health/backupssection.cpp" line="47"/>
        <source>Last restore drill:</source>
        <translation>ซ้อมกู้คืนล่าสุด:</translation>
    </message>
    <message>
        <location filename="../ui/health/backupssection.cpp" line="68"/>
        <source>Only the owner role can see backups.</source>
        <translation>เฉพาะบทบาทเจ้าของร้านเท่านั้นที่ดูการสำรองข้อมูลได้</translation>
    </message>
    <message>
        <location filename="../ui/health/backupssection.cpp" line="68"/>
        <source>Unknown: %1</source>
        <translation>ไม่ทราบสถานะ: %1</translation>
    </message>
    <message>
        <location filename="../ui/health/backupssection.cpp" line="79"/>
        <source>None: no base backup yet (run `backroom backup base`)</source>
        <translation>ไม่มี: ยังไม่มีข้อมูลสำรองฉบับเต็ม (ให้รัน `backroom backup base`)</translation>
    </message>
    <message>
        <location filename="../ui/health/backupssection.cpp" line="80"/>
        <source>None: backups are not set up (run `backroom backup setup --to &lt;folder&gt;`)</source>
        <translation>ไม่มี: ยังไม่ได้ตั้งค่าการสำรองข้อมูล (ให้รัน `backroom backup setup --to &lt;folder&gt;`)</translation>
    </message>
    <message>
        <location filename="../ui/health/backupssection.cpp" line="82"/>
        <source>%1 — up to date, every commit is archived</source>
        <translation>%1 — เป็นปัจจุบัน ทุกรายการที่บันทึก (commit) ถูกเก็บถาวรแล้ว</translation>
    </message>
    <message>
        <location filename="../ui/health/backupssection.cpp" line="83"/>
        <source>%1 — a crash now would lose up to %2 s of commits</source>
        <translation>%1 — หากระบบล่มตอนนี้ รายการที่บันทึก (commit) ในช่วง %2 วินาทีล่าสุดอาจสูญหาย</translation>
    </message>
    <message>
        <location filename="../ui/health/backupssection.cpp" line="89"/>
        <source>Never: run `backroom backup restore-drill`</source>
        <translation>ยังไม่เคยซ้อม: ให้รัน `backroom backup restore-drill`</translation>
    </message>
    <message>
        <location filename="../ui/health/backupssection.cpp" line="92"/>
        <source>Failed %1: %2</source>
        <translation>ล้มเหลวเมื่อ %1: %2</translation>
    </message>
    <message>
        <location filename="../ui/health/backupssection.cpp" line="92"/>
        <source>invariants violated</source>
        <translation>ข้อมูลที่กู้คืนไม่ผ่านการตรวจความถูกต้อง</translation>
    </message>
    <message>
        <location filename="../ui/health/backupssection.cpp" line="94"/>
        <source>Passed %1: restored to %2, %3 s of data lost, recovered in %4 s</source>
        <translation>ผ่านเมื่อ %1: กู้คืนถึง %2 ข้อมูลสูญหาย %3 วินาที ใช้เวลากู้คืน %4 วินาที</translation>
    </message>
    <message>
        <location filename="../ui/health/backupssection.cpp" line="110"/>
        <source>On, at least every %1 s; last %2 at %3; %4 failure(s)</source>
        <translation>เปิดอยู่ อย่างน้อยทุก %1 วินาที · ล่าสุด %2 เมื่อ %3 · ล้มเหลว %4 ครั้ง</translation>
    </message>
    <message>
        <location filename="../ui/health/backupssection.cpp" line="112"/>
        <source>none yet</source>
        <translation>ยังไม่มี</translation>
    </message>
    <message>
        <location filename="../ui/health/backupssection.cpp" line="115"/>
        <source>Off</source>
        <translation>ปิดอยู่</translation>
    </message>
    <message>
        <location filename="../ui/health/backupssection.cpp" line="118"/>
        <source>%1 (%2 MB)</source>
        <translation>%1 (%2 MB)</translation>
    </message>
    <message>
        <location filename="../ui/health/backupssection.cpp" line="120"/>
        <source>None</source>
        <translation>ไม่มี</translation>
    </message>
</context>
<context>
    <name>backroom::ui::ChannelCard</name>
    <message>
        <location filename="../ui/channels/channelcard.cpp" line="22"/>
        <source>never</source>
        <translation>ไม่เคย</translation>
    </message>
    <message>
        <location filename="../ui/channels/channelcard.cpp" line="26"/>
        <source>%1 (%2 s ago)</source>
        <translation>%1 (%2 s ที่แล้ว)</translation>
    </message>
    <message>
        <location filename="../ui/channels/channelcard.cpp" line="28"/>
        <source>%1 (%2 min ago)</source>
        <translation>%1 (%2 นาทีที่แล้ว)</translation>
    </message>
    <message>
        <location filename="../ui/channels/channelcard.cpp" line="29"/>
        <source>%1 (%2 h ago)</source>
        <translation>%1 (%2 ชม. ที่แล้ว)</translation>
    </message>
    <message>
        <location filename="../ui/channels/channelcard.cpp" line="35"/>
        <source>in sync</source>
        <translation>ซิงก์แล้ว</translation>
    </message>
    <message>
        <location filename="../ui/channels/channelcard.cpp" line="37"/>
        <location filename="../ui/channels/channelcard.cpp" line="39"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../ui/channels/channelcard.cpp" line="40"/>
        <source>%1 h %2 min</source>
        <translation>%1 ชม. %2 นาที</translation>
    </message>
    <message>
        <location filename="../ui/channels/channelcard.cpp" line="54"/>
        <source>State:</source>
        <translation>สถานะ:</translation>
    </message>
    <message>
        <location filename="../ui/channels/channelcard.cpp" line="55"/>
        <source>Last push:</source>
        <translation>พุชล่าสุด:</translation>
    </message>
    <message>
        <location filename="../ui/channels/channelcard.cpp" line="56"/>
        <source>Lag:</source>
        <translation>ความล่าช้า:</translation>
    </message>
    <message>
        <location filename="../ui/channels/channelcard.cpp" line="57"/>
        <source>Queue:</source>
        <translation>คิว:</translation>
    </message>
    <message>
        <location filename="../ui/channels/channelcard.cpp" line="58"/>
        <source>Last hour:</source>
        <translation>ชั่วโมงที่ผ่านมา:</translation>
    </message>
    <message>
        <location filename="../ui/channels/channelcard.cpp" line="59"/>
        <source>Last error:</source>
        <translation>ข้อผิดพลาดล่าสุด:</translation>
    </message>
    <message>
        <location filename="../ui/channels/channelcard.cpp" line="60"/>
        <source>Breaker:</source>
        <translation>เบรกเกอร์:</translation>
    </message>
    <message>
        <location filename="../ui/channels/channelcard.cpp" line="61"/>
        <source>Flagged orders:</source>
        <translation>คำสั่งซื้อที่ถูกตั้งธง:</translation>
    </message>
    <message>
        <location filename="../ui/channels/channelcard.cpp" line="63"/>
        <location filename="../ui/channels/channelcard.cpp" line="139"/>
        <source>Enabled</source>
        <translation>เปิดใช้งาน</translation>
    </message>
    <message>
        <location filename="../ui/channels/channelcard.cpp" line="72"/>
        <source>Buffer stock for %1</source>
        <translation>สต็อกกันไว้สำหรับ %1</translation>
    </message>
    <message>
        <location filename="../ui/channels/channelcard.cpp" line="73"/>
        <source>Units held back from this channel for every product (a product&apos;s own buffer wins).</source>
        <translation>จำนวนชิ้นที่กันไว้ไม่ส่งให้ช่องทางขายนี้สำหรับทุกสินค้า (ใช้ค่าสต็อกกันไว้ของสินค้าแต่ละตัวก่อนถ้ามี)</translation>
    </message>
    <message>
        <location filename="../ui/channels/channelcard.cpp" line="75"/>
        <source>Set buffer</source>
        <translation>ตั้งสต็อกกันไว้</translation>
    </message>
    <message>
        <location filename="../ui/channels/channelcard.cpp" line="81"/>
        <source>Resync</source>
        <translation>ซิงก์ใหม่</translation>
    </message>
    <message>
        <location filename="../ui/channels/channelcard.cpp" line="83"/>
        <source>Push every product to %1 again.</source>
        <translation>พุชสินค้าทุกรายการไปยัง %1 อีกครั้ง</translation>
    </message>
    <message>
        <location filename="../ui/channels/channelcard.cpp" line="89"/>
        <source>Buffer stock:</source>
        <translation>สต็อกกันไว้:</translation>
    </message>
    <message>
        <location filename="../ui/channels/channelcard.cpp" line="109"/>
        <source>Web store</source>
        <translation>เว็บสโตร์</translation>
    </message>
    <message>
        <location filename="../ui/channels/channelcard.cpp" line="111"/>
        <source>Shopee</source>
        <translation>Shopee</translation>
    </message>
    <message>
        <location filename="../ui/channels/channelcard.cpp" line="113"/>
        <source>Lazada</source>
        <translation>Lazada</translation>
    </message>
    <message>
        <location filename="../ui/channels/channelcard.cpp" line="138"/>
        <source>Enabled: sells from this database, nothing to push</source>
        <translation>เปิดใช้งาน: ขายจากฐานข้อมูลนี้ ไม่ต้องพุช</translation>
    </message>
    <message>
        <location filename="../ui/channels/channelcard.cpp" line="140"/>
        <source>Disabled: stock is not pushed</source>
        <translation>ปิดใช้งาน: ไม่พุชสต็อก</translation>
    </message>
    <message>
        <location filename="../ui/channels/channelcard.cpp" line="143"/>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <location filename="../ui/channels/channelcard.cpp" line="147"/>
        <source>%1 ⚠ behind</source>
        <translation>%1 ⚠ ล่าช้า</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/channels/channelcard.cpp" line="149"/>
        <source>%n product(s) waiting</source>
        <translation>
            <numerusform>สินค้า %n รายการรออยู่</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/channels/channelcard.cpp" line="151"/>
        <source>pushes: %1, errors: %2</source>
        <translation>พุช: %1, ข้อผิดพลาด: %2</translation>
    </message>
    <message>
        <location filename="../ui/channels/channelcard.cpp" line="154"/>
        <location filename="../ui/channels/channelcard.cpp" line="162"/>
        <source>none</source>
        <translation>ไม่มี</translation>
    </message>
    <message>
        <location filename="../ui/channels/channelcard.cpp" line="155"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/channels/channelcard.cpp" line="157"/>
        <source>no live `serve` reports it</source>
        <translation>ไม่มี `serve` ที่ทำงานอยู่รายงานค่านี้</translation>
    </message>
    <message>
        <location filename="../ui/channels/channelcard.cpp" line="158"/>
        <source>%1 ⚠ calls refused</source>
        <translation>%1 ⚠ การเรียกถูกปฏิเสธ</translation>
    </message>
    <message>
        <location filename="../ui/channels/channelcard.cpp" line="162"/>
        <source>%1 ⚠ need you</source>
        <translation>%1 ⚠ ต้องให้คุณตรวจสอบ</translation>
    </message>
</context>
<context>
    <name>backroom::ui::ChannelsScreen</name>
    <message>
        <location filename="../ui/channels/channelsscreen.cpp" line="57"/>
        <source>Refresh</source>
        <translation>รีเฟรช</translation>
    </message>
    <message>
        <location filename="../ui/channels/channelsscreen.cpp" line="85"/>
        <source>Resync &amp;all</source>
        <translation>ซิงก์ใหม่ทั้งหมด (&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/channels/channelsscreen.cpp" line="87"/>
        <source>Push every product to every enabled marketplace again.</source>
        <translation>พุชสินค้าทุกรายการไปยังมาร์เก็ตเพลสทุกแห่งที่เปิดใช้งานอีกครั้ง</translation>
    </message>
    <message>
        <location filename="../ui/channels/channelsscreen.cpp" line="91"/>
        <source>%v of %m pushed</source>
        <translation>พุชแล้ว %v จาก %m</translation>
    </message>
    <message>
        <location filename="../ui/channels/channelsscreen.cpp" line="93"/>
        <source>&amp;Cancel</source>
        <translation>ยกเลิก (&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/channels/channelsscreen.cpp" line="112"/>
        <source>&lt;b&gt;Per product&lt;/b&gt;: what each marketplace shows now against what it should</source>
        <translation>&lt;b&gt;รายสินค้า&lt;/b&gt;: สิ่งที่มาร์เก็ตเพลสแต่ละแห่งแสดงอยู่เทียบกับที่ควรแสดง</translation>
    </message>
    <message>
        <location filename="../ui/channels/channelsscreen.cpp" line="113"/>
        <source>&amp;Drifting only</source>
        <translation>เฉพาะที่ไม่ตรงกัน (&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/channels/channelsscreen.cpp" line="133"/>
        <source>Products and what each channel shows</source>
        <translation>สินค้าและสิ่งที่แต่ละช่องทางขายแสดง</translation>
    </message>
    <message>
        <location filename="../ui/channels/channelsscreen.cpp" line="185"/>
        <source>read the channels</source>
        <translation>อ่านช่องทางขาย</translation>
    </message>
    <message>
        <location filename="../ui/channels/channelsscreen.cpp" line="200"/>
        <source>Only the owner role can %1: %2</source>
        <translation>เฉพาะบทบาทเจ้าของเท่านั้นที่%1ได้: %2</translation>
    </message>
    <message>
        <location filename="../ui/channels/channelsscreen.cpp" line="202"/>
        <source>Could not %1: %2</source>
        <translation>%1ไม่ได้: %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/channels/channelsscreen.cpp" line="224"/>
        <source>%n product(s) drifting</source>
        <translation>
            <numerusform>สินค้า %n รายการไม่ตรงกัน</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/channels/channelsscreen.cpp" line="268"/>
        <source>Enable %1</source>
        <translation>เปิดใช้งาน %1</translation>
    </message>
    <message>
        <location filename="../ui/channels/channelsscreen.cpp" line="269"/>
        <source>Enable %1?

Every product is queued and pushed to it with its buffer applied, and its orders are taken in.</source>
        <translation>เปิดใช้งาน %1 หรือไม่?

สินค้าทุกรายการจะเข้าคิวและถูกพุชไปโดยหักสต็อกกันไว้แล้ว และจะรับคำสั่งซื้อจากช่องทางนี้เข้ามา</translation>
    </message>
    <message>
        <location filename="../ui/channels/channelsscreen.cpp" line="272"/>
        <source>Enable</source>
        <translation>เปิดใช้งาน</translation>
    </message>
    <message>
        <location filename="../ui/channels/channelsscreen.cpp" line="276"/>
        <source>Disable %1</source>
        <translation>ปิดใช้งาน %1</translation>
    </message>
    <message>
        <location filename="../ui/channels/channelsscreen.cpp" line="277"/>
        <source>Disable %1?

Its queue is dropped and stock changes stop reaching it: what it shows will go stale and it may oversell until you enable it again.</source>
        <translation>ปิดใช้งาน %1 หรือไม่?

คิวของช่องทางนี้จะถูกล้าง และการเปลี่ยนแปลงสต็อกจะไม่ไปถึงอีก: ข้อมูลที่แสดงจะล้าสมัยและอาจขายเกินสต็อกจนกว่าคุณจะเปิดใช้งานอีกครั้ง</translation>
    </message>
    <message>
        <location filename="../ui/channels/channelsscreen.cpp" line="280"/>
        <source>Disable</source>
        <translation>ปิดใช้งาน</translation>
    </message>
    <message>
        <location filename="../ui/channels/channelsscreen.cpp" line="294"/>
        <source>Set buffer for %1</source>
        <translation>ตั้งสต็อกกันไว้สำหรับ %1</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/channels/channelsscreen.cpp" line="295"/>
        <source>Hold back %n unit(s) of every product from %1?

Every product is pushed to it again.</source>
        <translation>
            <numerusform>กันสินค้าทุกรายการไว้ %n ชิ้นไม่ให้ %1 หรือไม่?

สินค้าทุกรายการจะถูกพุชไปอีกครั้ง</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/channels/channelsscreen.cpp" line="298"/>
        <source>Set buffer</source>
        <translation>ตั้งสต็อกกันไว้</translation>
    </message>
    <message>
        <location filename="../ui/channels/channelsscreen.cpp" line="305"/>
        <source>Push every product to every enabled marketplace again?</source>
        <translation>พุชสินค้าทุกรายการไปยังมาร์เก็ตเพลสทุกแห่งที่เปิดใช้งานอีกครั้งหรือไม่?</translation>
    </message>
    <message>
        <location filename="../ui/channels/channelsscreen.cpp" line="306"/>
        <source>Push every product to %1 again?</source>
        <translation>พุชสินค้าทุกรายการไปยัง %1 อีกครั้งหรือไม่?</translation>
    </message>
    <message>
        <location filename="../ui/channels/channelsscreen.cpp" line="307"/>
        <source>Resync</source>
        <translation>ซิงก์ใหม่</translation>
    </message>
    <message>
        <location filename="../ui/channels/channelsscreen.cpp" line="316"/>
        <source>Enabling…</source>
        <translation>กำลังเปิดใช้งาน…</translation>
    </message>
    <message>
        <location filename="../ui/channels/channelsscreen.cpp" line="316"/>
        <source>Disabling…</source>
        <translation>กำลังปิดใช้งาน…</translation>
    </message>
    <message>
        <location filename="../ui/channels/channelsscreen.cpp" line="322"/>
        <source>Enabled.</source>
        <translation>เปิดใช้งานแล้ว</translation>
    </message>
    <message>
        <location filename="../ui/channels/channelsscreen.cpp" line="322"/>
        <source>Disabled.</source>
        <translation>ปิดใช้งานแล้ว</translation>
    </message>
    <message>
        <location filename="../ui/channels/channelsscreen.cpp" line="323"/>
        <source>Not changed: %1</source>
        <translation>ไม่ได้เปลี่ยนแปลง: %1</translation>
    </message>
    <message>
        <location filename="../ui/channels/channelsscreen.cpp" line="326"/>
        <source>enable %1</source>
        <translation>เปิดใช้งาน %1</translation>
    </message>
    <message>
        <location filename="../ui/channels/channelsscreen.cpp" line="327"/>
        <source>disable %1</source>
        <translation>ปิดใช้งาน %1</translation>
    </message>
    <message>
        <location filename="../ui/channels/channelsscreen.cpp" line="342"/>
        <source>Buffer set to %1.</source>
        <translation>ตั้งสต็อกกันไว้เป็น %1 แล้ว</translation>
    </message>
    <message>
        <location filename="../ui/channels/channelsscreen.cpp" line="343"/>
        <source>Buffer not changed: %1</source>
        <translation>ไม่ได้เปลี่ยนสต็อกกันไว้: %1</translation>
    </message>
    <message>
        <location filename="../ui/channels/channelsscreen.cpp" line="346"/>
        <source>set the buffer of %1</source>
        <translation>ตั้งสต็อกกันไว้ของ %1</translation>
    </message>
    <message>
        <location filename="../ui/channels/channelsscreen.cpp" line="366"/>
        <source>No marketplace is enabled: nothing to resync.</source>
        <translation>ไม่มีมาร์เก็ตเพลสที่เปิดใช้งาน: ไม่มีอะไรให้ซิงก์ใหม่</translation>
    </message>
    <message>
        <location filename="../ui/channels/channelsscreen.cpp" line="377"/>
        <source>Queueing products…</source>
        <translation>กำลังนำสินค้าเข้าคิว…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/channels/channelsscreen.cpp" line="421"/>
        <source>Queued %n product push(es); `serve` is pushing them…</source>
        <translation>
            <numerusform>นำการพุชสินค้า %n รายการเข้าคิวแล้ว; `serve` กำลังพุช…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/channels/channelsscreen.cpp" line="400"/>
        <source>Resync of %1 failed: %2</source>
        <translation>ซิงก์ %1 ใหม่ไม่สำเร็จ: %2</translation>
    </message>
    <message>
        <location filename="../ui/channels/channelsscreen.cpp" line="385"/>
        <source>Cancelled: %1 of %2 product(s) were queued before you cancelled.</source>
        <translation>ยกเลิกแล้ว: เข้าคิวสินค้าไปแล้ว %1 จาก %2 รายการก่อนที่คุณจะยกเลิก</translation>
    </message>
    <message>
        <location filename="../ui/channels/channelsscreen.cpp" line="399"/>
        <source>the marketplaces</source>
        <translation>มาร์เก็ตเพลส</translation>
    </message>
    <message>
        <location filename="../ui/channels/channelsscreen.cpp" line="411"/>
        <source>Queueing products… %1 of %2</source>
        <translation>กำลังเข้าคิวสินค้า… %1 จาก %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/channels/channelsscreen.cpp" line="435"/>
        <source>Resync done: %n product push(es).</source>
        <translation>
            <numerusform>ซิงก์ใหม่เสร็จแล้ว: พุชสินค้า %n รายการ</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/channels/channelsscreen.cpp" line="445"/>
        <source>Cancelling…</source>
        <translation>กำลังยกเลิก…</translation>
    </message>
    <message>
        <location filename="../ui/channels/channelsscreen.cpp" line="448"/>
        <source>Stopped following the resync; products already queued are still pushed.</source>
        <translation>หยุดติดตามการซิงก์ใหม่แล้ว; สินค้าที่เข้าคิวไปแล้วยังคงถูกพุช</translation>
    </message>
</context>
<context>
    <name>backroom::ui::ChaosCharts</name>
    <message>
        <location filename="../ui/drills/chaoscharts.cpp" line="42"/>
        <source>Checkouts and payments per second; faults shaded</source>
        <translation>เช็กเอาต์และการชำระเงินต่อวินาที; ช่วงที่มีความผิดพลาดแสดงเป็นแถบแรเงา</translation>
    </message>
    <message>
        <location filename="../ui/drills/chaoscharts.cpp" line="46"/>
        <source>seconds since the run started</source>
        <translation>วินาทีนับจากเริ่มการทดสอบ</translation>
    </message>
    <message>
        <location filename="../ui/drills/chaoscharts.cpp" line="49"/>
        <source>per second</source>
        <translation>ต่อวินาที</translation>
    </message>
    <message>
        <location filename="../ui/drills/chaoscharts.cpp" line="56"/>
        <source>fault in</source>
        <translation>ช่วงใส่ความผิดพลาด</translation>
    </message>
    <message>
        <location filename="../ui/drills/chaoscharts.cpp" line="59"/>
        <source>answered</source>
        <translation>ตอบกลับแล้ว</translation>
    </message>
    <message>
        <location filename="../ui/drills/chaoscharts.cpp" line="60"/>
        <source>failed</source>
        <translation>ล้มเหลว</translation>
    </message>
    <message>
        <location filename="../ui/drills/chaoscharts.cpp" line="61"/>
        <source>paid</source>
        <translation>ชำระแล้ว</translation>
    </message>
    <message>
        <location filename="../ui/drills/chaoscharts.cpp" line="62"/>
        <source>refused</source>
        <translation>ถูกปฏิเสธ</translation>
    </message>
    <message>
        <location filename="../ui/drills/chaoscharts.cpp" line="64"/>
        <source>breaker</source>
        <translation>เบรกเกอร์</translation>
    </message>
    <message>
        <location filename="../ui/drills/chaoscharts.cpp" line="65"/>
        <source>connection</source>
        <translation>การเชื่อมต่อ</translation>
    </message>
    <message>
        <location filename="../ui/drills/chaoscharts.cpp" line="66"/>
        <source>recovered</source>
        <translation>กู้คืนแล้ว</translation>
    </message>
    <message>
        <location filename="../ui/drills/chaoscharts.cpp" line="67"/>
        <source>stop</source>
        <translation>หยุด</translation>
    </message>
</context>
<context>
    <name>backroom::ui::ChaosFigures</name>
    <message>
        <location filename="../ui/drills/chaosfigures.cpp" line="208"/>
        <source>PASS: the steady state held through the faults, nothing was oversold or lost, no money at risk.</source>
        <translation>PASS: สภาวะปกติคงอยู่ตลอดช่วงความผิดพลาด ไม่มีการขายเกินสต็อกหรือข้อมูลสูญหาย และไม่มีเงินที่เสี่ยงสูญเสีย</translation>
    </message>
    <message>
        <location filename="../ui/drills/chaosfigures.cpp" line="210"/>
        <source>Stopped: every fault was rolled back; a stopped run is saved as not passed.</source>
        <translation>หยุดแล้ว: ย้อนกลับความผิดพลาดทั้งหมดแล้ว; การทดสอบที่ถูกหยุดจะบันทึกว่าไม่ผ่าน</translation>
    </message>
    <message>
        <location filename="../ui/drills/chaosfigures.cpp" line="212"/>
        <source>FAIL: the steady state did not hold at rest, so no fault was injected.</source>
        <translation>FAIL: สภาวะปกติไม่คงอยู่ในช่วงพักก่อนใส่ความผิดพลาด จึงไม่ได้ใส่ความผิดพลาดใดๆ</translation>
    </message>
    <message>
        <location filename="../ui/drills/chaosfigures.cpp" line="214"/>
        <location filename="../ui/drills/chaosfigures.cpp" line="220"/>
        <source>FAIL: %1</source>
        <translation>FAIL: %1</translation>
    </message>
    <message>
        <location filename="../ui/drills/chaosfigures.cpp" line="216"/>
        <source>FAIL: aborted, the shop broke beyond the experiment&apos;s limit (every fault was rolled back).</source>
        <translation>FAIL: ยกเลิกกลางคัน ร้านค้าเสียหายเกินขีดจำกัดของการทดลอง (ย้อนกลับความผิดพลาดทั้งหมดแล้ว)</translation>
    </message>
    <message>
        <location filename="../ui/drills/chaosfigures.cpp" line="218"/>
        <source>FAIL: a rollback failed: %1 (undo it by hand).</source>
        <translation>FAIL: การย้อนกลับล้มเหลว: %1 (โปรดแก้คืนด้วยตนเอง)</translation>
    </message>
    <message>
        <location filename="../ui/drills/chaosfigures.cpp" line="220"/>
        <source>the verdict found a violation</source>
        <translation>ผลการตัดสินพบการละเมิดเงื่อนไข</translation>
    </message>
    <message>
        <location filename="../ui/drills/chaosfigures.cpp" line="223"/>
        <source>FAIL: “%1” was %2 during the faults, needed %3.</source>
        <translation>FAIL: “%1” เป็น %2 ระหว่างช่วงความผิดพลาด ต้องการ %3</translation>
    </message>
    <message>
        <location filename="../ui/drills/chaosfigures.cpp" line="225"/>
        <source>FAIL: money was at risk.</source>
        <translation>FAIL: มีเงินที่เสี่ยงสูญเสีย</translation>
    </message>
    <message>
        <location filename="../ui/drills/chaosfigures.cpp" line="226"/>
        <source>FAIL</source>
        <translation>FAIL</translation>
    </message>
    <message>
        <location filename="../ui/drills/chaosfigures.cpp" line="234"/>
        <source>did not recover within the run</source>
        <translation>ไม่กู้คืนภายในระยะเวลาการทดสอบ</translation>
    </message>
    <message>
        <location filename="../ui/drills/chaosfigures.cpp" line="235"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
</context>
<context>
    <name>backroom::ui::ChaosPanel</name>
    <message>
        <location filename="../ui/drills/chaospanel.cpp" line="44"/>
        <source>cut %1 database connections</source>
        <translation>ตัดการเชื่อมต่อฐานข้อมูล %1 รายการ</translation>
    </message>
    <message>
        <location filename="../ui/drills/chaospanel.cpp" line="45"/>
        <source>cut every database connection of the shop</source>
        <translation>ตัดการเชื่อมต่อฐานข้อมูลทั้งหมดของร้าน</translation>
    </message>
    <message>
        <location filename="../ui/drills/chaospanel.cpp" line="48"/>
        <source>stop PostgreSQL (started again on rollback)</source>
        <translation>หยุด PostgreSQL (จะเริ่มใหม่เมื่อย้อนกลับ)</translation>
    </message>
    <message>
        <location filename="../ui/drills/chaospanel.cpp" line="54"/>
        <source>%1 (sandbox): %2</source>
        <translation>%1 (แซนด์บ็อกซ์): %2</translation>
    </message>
    <message>
        <location filename="../ui/drills/chaospanel.cpp" line="66"/>
        <source>must hold</source>
        <translation>ต้องคงอยู่</translation>
    </message>
    <message>
        <location filename="../ui/drills/chaospanel.cpp" line="72"/>
        <source>&lt;p&gt;&lt;b&gt;Load:&lt;/b&gt; %1 checkouts a second%2; %3 s at rest first, %4 s of recovery after the faults.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;โหลด:&lt;/b&gt; ชำระเงิน %1 ครั้งต่อวินาที%2; ช่วงปกติก่อน %3 s และช่วงกู้คืนหลังความผิดพลาด %4 s&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/drills/chaospanel.cpp" line="74"/>
        <source>, each paid with %1</source>
        <translation>, แต่ละครั้งชำระด้วย %1</translation>
    </message>
    <message>
        <location filename="../ui/drills/chaospanel.cpp" line="76"/>
        <source>&lt;p&gt;&lt;b&gt;Hypothesis&lt;/b&gt; (must hold at rest, and is judged over the faults):&lt;/p&gt;&lt;ul&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;สมมติฐาน&lt;/b&gt; (ต้องคงอยู่ในช่วงปกติ และใช้ตัดสินตลอดช่วงความผิดพลาด):&lt;/p&gt;&lt;ul&gt;</translation>
    </message>
    <message>
        <location filename="../ui/drills/chaospanel.cpp" line="79"/>
        <source>&lt;/ul&gt;&lt;p&gt;&lt;b&gt;Method&lt;/b&gt; (while the load runs):&lt;/p&gt;&lt;ol&gt;</source>
        <translation>&lt;/ul&gt;&lt;p&gt;&lt;b&gt;วิธีการ&lt;/b&gt; (ระหว่างที่โหลดกำลังทำงาน):&lt;/p&gt;&lt;ol&gt;</translation>
    </message>
    <message>
        <location filename="../ui/drills/chaospanel.cpp" line="82"/>
        <source>&lt;li&gt;wait %1 s&lt;/li&gt;</source>
        <translation>&lt;li&gt;รอ %1 s&lt;/li&gt;</translation>
    </message>
    <message>
        <location filename="../ui/drills/chaospanel.cpp" line="84"/>
        <source>&lt;/ol&gt;&lt;p&gt;&lt;b&gt;Rollbacks&lt;/b&gt; (always run, also on Stop or failure): every fault above is undone</source>
        <translation>&lt;/ol&gt;&lt;p&gt;&lt;b&gt;การย้อนกลับ&lt;/b&gt; (ทำงานเสมอ รวมถึงเมื่อกดหยุดหรือล้มเหลว): ความผิดพลาดทั้งหมดข้างต้นจะถูกยกเลิก</translation>
    </message>
    <message>
        <location filename="../ui/drills/chaospanel.cpp" line="86"/>
        <source>; %1 reset</source>
        <translation>; รีเซ็ต %1</translation>
    </message>
    <message>
        <location filename="../ui/drills/chaospanel.cpp" line="89"/>
        <source>&lt;p&gt;&lt;b&gt;Abort:&lt;/b&gt; when a whole second answers fewer than %1 % of checkouts, everything is rolled back at once.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;ยกเลิกกลางคัน:&lt;/b&gt; เมื่อช่วงหนึ่งวินาทีเต็มตอบการชำระเงินได้น้อยกว่า %1 % ระบบจะย้อนกลับทุกอย่างทันที&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/drills/chaospanel.cpp" line="118"/>
        <source>Timeline and report</source>
        <translation>ไทม์ไลน์และรายงาน</translation>
    </message>
    <message>
        <location filename="../ui/drills/chaospanel.cpp" line="119"/>
        <source>Saved chaos runs</source>
        <translation>การทดสอบ chaos ที่บันทึกไว้</translation>
    </message>
    <message>
        <location filename="../ui/drills/chaospanel.cpp" line="128"/>
        <source>Start chaos experiment</source>
        <translation>เริ่มการทดลองความทนทาน (chaos)</translation>
    </message>
    <message>
        <location filename="../ui/drills/chaospanel.cpp" line="134"/>
        <source>Stop chaos experiment (roll back)</source>
        <translation>หยุดการทดลองความทนทาน (ย้อนกลับ)</translation>
    </message>
    <message>
        <location filename="../ui/drills/chaospanel.cpp" line="143"/>
        <source>Break another machine?</source>
        <translation>ทำให้เครื่องอื่นเสียหายใช่ไหม?</translation>
    </message>
    <message>
        <location filename="../ui/drills/chaospanel.cpp" line="144"/>
        <source>The experiment&apos;s target, %1, is not this machine. A chaos experiment breaks things on purpose: against a real shop, real buyers would see the faults.

Run it anyway?</source>
        <translation>เป้าหมายของการทดลอง %1 ไม่ใช่เครื่องนี้ การทดลองความทนทานจะตั้งใจทำให้ระบบเกิดข้อผิดพลาด หากรันกับร้านจริง ผู้ซื้อจริงจะพบข้อผิดพลาดเหล่านั้น

ยังต้องการรันต่อหรือไม่?</translation>
    </message>
    <message>
        <location filename="../ui/drills/chaospanel.cpp" line="167"/>
        <source>E&amp;xperiment:</source>
        <translation>การทดลอง (&amp;X):</translation>
    </message>
    <message>
        <location filename="../ui/drills/chaospanel.cpp" line="171"/>
        <source>Open a file…</source>
        <translation>เปิดไฟล์…</translation>
    </message>
    <message>
        <location filename="../ui/drills/chaospanel.cpp" line="185"/>
        <source>The gateways and marketplaces an experiment breaks are the sandbox&apos;s, inside Backroom. Its checkouts are drill orders (channel ‘drill’, `backroom drill cleanup` removes them). Every fault is rolled back at the end, on Stop, and if the run fails.</source>
        <translation>เกตเวย์ชำระเงินและมาร์เก็ตเพลสที่การทดลองทำให้เสียหายเป็นของแซนด์บ็อกซ์ภายใน Backroom การชำระเงินที่ตะกร้าในการทดลองเป็นคำสั่งซื้อซ้อม (ช่องทางขาย ‘drill’ ซึ่ง `backroom drill cleanup` จะลบออก) ข้อผิดพลาดทุกรายการจะถูกย้อนกลับเมื่อจบ เมื่อกดหยุด และเมื่อการรันล้มเหลว</translation>
    </message>
    <message>
        <location filename="../ui/drills/chaospanel.cpp" line="253"/>
        <source>Open a chaos experiment</source>
        <translation>เปิดการทดลองความทนทาน</translation>
    </message>
    <message>
        <location filename="../ui/drills/chaospanel.cpp" line="253"/>
        <source>Experiments (*.json)</source>
        <translation>การทดลอง (*.json)</translation>
    </message>
    <message>
        <location filename="../ui/drills/chaospanel.cpp" line="262"/>
        <source>%1 cannot be used: %2</source>
        <translation>ใช้ %1 ไม่ได้: %2</translation>
    </message>
    <message>
        <location filename="../ui/drills/chaospanel.cpp" line="265"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../ui/drills/chaospanel.cpp" line="267"/>
        <source>Opened %1.</source>
        <translation>เปิด %1 แล้ว</translation>
    </message>
    <message>
        <location filename="../ui/drills/chaospanel.cpp" line="288"/>
        <source>database on %1</source>
        <translation>ฐานข้อมูลบน %1</translation>
    </message>
    <message>
        <location filename="../ui/drills/chaospanel.cpp" line="289"/>
        <source>Not started: the target is not this machine and was not confirmed.</source>
        <translation>ไม่ได้เริ่ม: เป้าหมายไม่ใช่เครื่องนี้และยังไม่ได้รับการยืนยัน</translation>
    </message>
    <message>
        <location filename="../ui/drills/chaospanel.cpp" line="298"/>
        <source>“%1” is running: the report appears when it ends.</source>
        <translation>“%1” กำลังทำงาน: รายงานจะแสดงเมื่อเสร็จสิ้น</translation>
    </message>
    <message>
        <location filename="../ui/drills/chaospanel.cpp" line="312"/>
        <source>Start experiment</source>
        <translation>เริ่มการทดลอง</translation>
    </message>
    <message>
        <location filename="../ui/drills/chaospanel.cpp" line="313"/>
        <source>Starting… (Stop)</source>
        <translation>กำลังเริ่ม… (หยุด)</translation>
    </message>
    <message>
        <location filename="../ui/drills/chaospanel.cpp" line="314"/>
        <source>Stop and roll back</source>
        <translation>หยุดและย้อนกลับ</translation>
    </message>
    <message>
        <location filename="../ui/drills/chaospanel.cpp" line="315"/>
        <source>Rolling back…</source>
        <translation>กำลังย้อนกลับ…</translation>
    </message>
    <message>
        <location filename="../ui/drills/chaospanel.cpp" line="320"/>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <location filename="../ui/drills/chaospanel.cpp" line="320"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../ui/drills/chaospanel.cpp" line="335"/>
        <source>Checking the guardrails and starting the load (%1 s)…</source>
        <translation>กำลังตรวจสอบเกณฑ์ป้องกันและเริ่มสร้างโหลด (%1 s)…</translation>
    </message>
    <message>
        <location filename="../ui/drills/chaospanel.cpp" line="336"/>
        <source>%1 s: %2</source>
        <translation>%1 s: %2</translation>
    </message>
    <message>
        <location filename="../ui/drills/chaospanel.cpp" line="338"/>
        <source>Rolling back every fault, then judging what ran (%1 s)…</source>
        <translation>กำลังย้อนกลับข้อผิดพลาดทั้งหมด แล้วประเมินผลสิ่งที่รันไป (%1 s)…</translation>
    </message>
    <message>
        <location filename="../ui/drills/chaospanel.cpp" line="352"/>
        <source>rolling back: %1</source>
        <translation>กำลังย้อนกลับ: %1</translation>
    </message>
    <message>
        <location filename="../ui/drills/chaospanel.cpp" line="368"/>
        <source>%1 · run %2 · %3</source>
        <translation>%1 · การรัน %2 · %3</translation>
    </message>
    <message>
        <location filename="../ui/drills/chaospanel.cpp" line="370"/>
        <source>%1 · this run (not saved)</source>
        <translation>%1 · การรันนี้ (ไม่ได้บันทึก)</translation>
    </message>
    <message>
        <location filename="../ui/drills/chaospanel.cpp" line="373"/>
        <source>Stopped: every fault was rolled back (saved as not passed).</source>
        <translation>หยุดแล้ว: ย้อนกลับข้อผิดพลาดทั้งหมดแล้ว (บันทึกเป็นไม่ผ่าน)</translation>
    </message>
    <message>
        <location filename="../ui/drills/chaospanel.cpp" line="374"/>
        <source>Finished: PASS.</source>
        <translation>เสร็จสิ้น: PASS</translation>
    </message>
    <message>
        <location filename="../ui/drills/chaospanel.cpp" line="374"/>
        <source>Finished: FAIL, see the report.</source>
        <translation>เสร็จสิ้น: FAIL ดูรายงาน</translation>
    </message>
    <message>
        <location filename="../ui/drills/chaospanel.cpp" line="382"/>
        <source>Nothing was broken: %1</source>
        <translation>ไม่มีสิ่งใดเสียหาย: %1</translation>
    </message>
    <message>
        <location filename="../ui/drills/chaospanel.cpp" line="383"/>
        <source>Refused: %1</source>
        <translation>ถูกปฏิเสธ: %1</translation>
    </message>
    <message>
        <location filename="../ui/drills/chaospanel.cpp" line="390"/>
        <source>Saved run %1 · %2 · %3</source>
        <translation>บันทึกการรัน %1 · %2 · %3 แล้ว</translation>
    </message>
</context>
<context>
    <name>backroom::ui::ChaosProbeFigures</name>
    <message>
        <location filename="../ui/drills/chaosfigures.cpp" line="95"/>
        <source>not measured</source>
        <translation>ไม่ได้วัด</translation>
    </message>
</context>
<context>
    <name>backroom::ui::ChaosReportView</name>
    <message>
        <location filename="../ui/drills/chaosreportview.cpp" line="61"/>
        <source>Probe</source>
        <translation>ตัวตรวจวัด</translation>
    </message>
    <message>
        <location filename="../ui/drills/chaosreportview.cpp" line="61"/>
        <source>Tolerance</source>
        <translation>ค่าที่ยอมรับได้</translation>
    </message>
    <message>
        <location filename="../ui/drills/chaosreportview.cpp" line="61"/>
        <source>At rest</source>
        <translation>ขณะปกติ</translation>
    </message>
    <message>
        <location filename="../ui/drills/chaosreportview.cpp" line="61"/>
        <source>During the faults</source>
        <translation>ระหว่างเกิดข้อผิดพลาด</translation>
    </message>
    <message>
        <location filename="../ui/drills/chaosreportview.cpp" line="61"/>
        <source>Verdict</source>
        <translation>ผลตัดสิน</translation>
    </message>
    <message>
        <location filename="../ui/drills/chaosreportview.cpp" line="66"/>
        <source>At</source>
        <translation>เวลา</translation>
    </message>
    <message>
        <location filename="../ui/drills/chaosreportview.cpp" line="66"/>
        <source>What</source>
        <translation>เหตุการณ์</translation>
    </message>
    <message>
        <location filename="../ui/drills/chaosreportview.cpp" line="66"/>
        <source>Detail</source>
        <translation>รายละเอียด</translation>
    </message>
    <message>
        <location filename="../ui/drills/chaosreportview.cpp" line="70"/>
        <source>Time to recover:</source>
        <translation>เวลาในการกู้คืน:</translation>
    </message>
    <message>
        <location filename="../ui/drills/chaosreportview.cpp" line="71"/>
        <source>Orders and stock:</source>
        <translation>คำสั่งซื้อและสต็อก:</translation>
    </message>
    <message>
        <location filename="../ui/drills/chaosreportview.cpp" line="72"/>
        <source>Money at risk:</source>
        <translation>เงินที่มีความเสี่ยง:</translation>
    </message>
    <message>
        <location filename="../ui/drills/chaosreportview.cpp" line="78"/>
        <source>Timeline:</source>
        <translation>ลำดับเหตุการณ์:</translation>
    </message>
    <message>
        <location filename="../ui/drills/chaosreportview.cpp" line="82"/>
        <source>Pick an experiment and start it, or open a saved chaos run.</source>
        <translation>เลือกการทดลองแล้วเริ่ม หรือเปิดการรันความทนทานที่บันทึกไว้</translation>
    </message>
    <message>
        <location filename="../ui/drills/chaosreportview.cpp" line="102"/>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <location filename="../ui/drills/chaosreportview.cpp" line="112"/>
        <source> after the last fault was taken out</source>
        <translation> หลังจากนำข้อผิดพลาดสุดท้ายออก</translation>
    </message>
    <message>
        <location filename="../ui/drills/chaosreportview.cpp" line="113"/>
        <source>no fault was injected</source>
        <translation>ไม่มีการใส่ข้อผิดพลาด</translation>
    </message>
    <message>
        <location filename="../ui/drills/chaosreportview.cpp" line="134"/>
        <source>PASS</source>
        <translation>PASS</translation>
    </message>
    <message>
        <location filename="../ui/drills/chaosreportview.cpp" line="134"/>
        <source>FAIL</source>
        <translation>FAIL</translation>
    </message>
    <message>
        <location filename="../ui/drills/chaosreportview.cpp" line="137"/>
        <source>not run</source>
        <translation>ไม่ได้รัน</translation>
    </message>
    <message>
        <location filename="../ui/drills/chaosreportview.cpp" line="145"/>
        <source>not checked (the run did not get that far)</source>
        <translation>ไม่ได้ตรวจ (การรันไปไม่ถึงขั้นนั้น)</translation>
    </message>
    <message>
        <location filename="../ui/drills/chaosreportview.cpp" line="147"/>
        <source>nothing oversold, the ledger matches the stock, no acknowledged order lost</source>
        <translation>ไม่มีการขายเกินสต็อก บัญชีแยกประเภทตรงกับสต็อก ไม่มีคำสั่งซื้อที่ยืนยันแล้วสูญหาย</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/drills/chaosreportview.cpp" line="148"/>
        <source>%n problem(s): %1</source>
        <translation>
            <numerusform>%n ปัญหา: %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>backroom::ui::ComponentCard</name>
    <message numerus="yes">
        <location filename="../ui/health/componentcard.cpp" line="26"/>
        <source>%n s</source>
        <translation>
            <numerusform>%n วินาที</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/health/componentcard.cpp" line="28"/>
        <source>%1 min %2 s</source>
        <translation>%1 นาที %2 วินาที</translation>
    </message>
    <message>
        <location filename="../ui/health/componentcard.cpp" line="30"/>
        <source>%1 h %2 min</source>
        <translation>%1 ชม. %2 นาที</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/health/componentcard.cpp" line="31"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n วัน</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/health/componentcard.cpp" line="66"/>
        <source>Failure rate %</source>
        <translation>อัตราความล้มเหลว %</translation>
    </message>
    <message>
        <location filename="../ui/health/componentcard.cpp" line="68"/>
        <source>p95 ms</source>
        <translation>p95 (มิลลิวินาที)</translation>
    </message>
    <message>
        <location filename="../ui/health/componentcard.cpp" line="128"/>
        <source>This window&apos;s database connection</source>
        <translation>การเชื่อมต่อฐานข้อมูลของหน้าต่างนี้</translation>
    </message>
    <message>
        <location filename="../ui/health/componentcard.cpp" line="129"/>
        <source>%1 · pid %2 · %3</source>
        <translation>%1 · pid %2 · %3</translation>
    </message>
    <message>
        <location filename="../ui/health/componentcard.cpp" line="130"/>
        <source>%1 (stale)</source>
        <translation>%1 (ข้อมูลเก่า)</translation>
    </message>
    <message>
        <location filename="../ui/health/componentcard.cpp" line="138"/>
        <source>No heartbeat since %1 (%2 ago): this instance may be stopped; its figures are old.</source>
        <translation>ไม่ได้รับสัญญาณ heartbeat ตั้งแต่ %1 (เมื่อ %2 ที่แล้ว): อินสแตนซ์นี้อาจหยุดทำงานแล้ว ตัวเลขที่แสดงจึงเป็นข้อมูลเก่า</translation>
    </message>
    <message>
        <location filename="../ui/health/componentcard.cpp" line="143"/>
        <source>In %1 for %2 (since %3)</source>
        <translation>อยู่ในสถานะ %1 มา %2 (ตั้งแต่ %3)</translation>
    </message>
    <message>
        <location filename="../ui/health/componentcard.cpp" line="146"/>
        <source>Time in state unknown</source>
        <translation>ไม่ทราบว่าอยู่ในสถานะนี้มานานเท่าใด</translation>
    </message>
    <message>
        <location filename="../ui/health/componentcard.cpp" line="147"/>
        <source>No error recorded</source>
        <translation>ไม่มีข้อผิดพลาดที่บันทึกไว้</translation>
    </message>
    <message>
        <location filename="../ui/health/componentcard.cpp" line="147"/>
        <source>Last error: %1</source>
        <translation>ข้อผิดพลาดล่าสุด: %1</translation>
    </message>
    <message>
        <location filename="../ui/health/componentcard.cpp" line="157"/>
        <source>not enough calls</source>
        <translation>จำนวนการเรียกใช้ยังไม่พอ</translation>
    </message>
    <message>
        <location filename="../ui/health/componentcard.cpp" line="157"/>
        <source>%1 %</source>
        <translation>%1 %</translation>
    </message>
    <message>
        <location filename="../ui/health/componentcard.cpp" line="158"/>
        <source>unknown</source>
        <translation>ไม่ทราบ</translation>
    </message>
    <message>
        <location filename="../ui/health/componentcard.cpp" line="158"/>
        <source>%1 ms</source>
        <translation>%1 มิลลิวินาที</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/health/componentcard.cpp" line="159"/>
        <source>Failure rate %1 · p95 %2 · %n call(s)</source>
        <translation>
            <numerusform>อัตราความล้มเหลว %1 · p95 %2 · เรียกใช้ %n ครั้ง</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>backroom::ui::ComponentsSection</name>
    <message>
        <location filename="../ui/health/componentssection.cpp" line="32"/>
        <source>Components</source>
        <translation>ส่วนประกอบของระบบ</translation>
    </message>
    <message>
        <location filename="../ui/health/componentssection.cpp" line="97"/>
        <source>Only the owner role can see the health of the store&apos;s parts.</source>
        <translation>เฉพาะบทบาทเจ้าของร้านเท่านั้นที่ดูสถานะของส่วนประกอบต่าง ๆ ของร้านได้</translation>
    </message>
    <message>
        <location filename="../ui/health/componentssection.cpp" line="98"/>
        <source>Could not read the components&apos; health: %1</source>
        <translation>อ่านสถานะของส่วนประกอบไม่ได้: %1</translation>
    </message>
    <message>
        <location filename="../ui/health/componentssection.cpp" line="186"/>
        <source>this window&apos;s database connection</source>
        <translation>การเชื่อมต่อฐานข้อมูลของหน้าต่างนี้</translation>
    </message>
    <message>
        <location filename="../ui/health/componentssection.cpp" line="187"/>
        <source>%1 on %2 (pid %3)</source>
        <translation>%1 บน %2 (pid %3)</translation>
    </message>
    <message>
        <location filename="../ui/health/componentssection.cpp" line="191"/>
        <source>Every call through it will be refused until someone closes or resets it.</source>
        <translation>การเรียกใช้ทุกครั้งที่ผ่านส่วนนี้จะถูกปฏิเสธ จนกว่าจะมีผู้สั่งปิดวงจรหรือรีเซ็ต</translation>
    </message>
    <message>
        <location filename="../ui/health/componentssection.cpp" line="193"/>
        <source>Calls will pass again and its window starts empty.</source>
        <translation>การเรียกใช้จะผ่านได้อีกครั้ง และช่วงเก็บสถิติจะเริ่มนับใหม่</translation>
    </message>
    <message>
        <location filename="../ui/health/componentssection.cpp" line="194"/>
        <source>It goes back to CLOSED with empty figures.</source>
        <translation>กลับสู่สถานะ CLOSED และล้างตัวเลขสถิติทั้งหมด</translation>
    </message>
    <message>
        <location filename="../ui/health/componentssection.cpp" line="196"/>
        <source>Every call will pass and nothing will be recorded: it will not protect anything until closed or reset.</source>
        <translation>การเรียกใช้ทุกครั้งจะผ่านไปได้และไม่มีการบันทึกใด ๆ: จะไม่มีการป้องกันเลยจนกว่าจะสั่งปิดวงจรหรือรีเซ็ต</translation>
    </message>
    <message>
        <location filename="../ui/health/componentssection.cpp" line="200"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../ui/health/componentssection.cpp" line="201"/>
        <source>%1 %2?

%3</source>
        <translation>%1 %2 หรือไม่?

%3</translation>
    </message>
    <message>
        <location filename="../ui/health/componentssection.cpp" line="222"/>
        <source>operator action in this window</source>
        <translation>สั่งการจากหน้าต่างนี้</translation>
    </message>
    <message>
        <location filename="../ui/health/componentssection.cpp" line="229"/>
        <source>Asking %1…</source>
        <translation>กำลังส่งคำสั่งไปยัง %1…</translation>
    </message>
    <message>
        <location filename="../ui/health/componentssection.cpp" line="241"/>
        <source>Refused: only the owner role may act on breakers (%1).</source>
        <translation>ไม่อนุญาต: เฉพาะบทบาทเจ้าของร้านเท่านั้นที่สั่งงานเบรกเกอร์ได้ (%1)</translation>
    </message>
    <message>
        <location filename="../ui/health/componentssection.cpp" line="243"/>
        <source>Could not ask the instance: %1</source>
        <translation>ส่งคำสั่งไปยังอินสแตนซ์ไม่สำเร็จ: %1</translation>
    </message>
    <message>
        <location filename="../ui/health/componentssection.cpp" line="251"/>
        <source>Asked; waiting for the instance to apply it…</source>
        <translation>ส่งคำสั่งแล้ว กำลังรอให้อินสแตนซ์ดำเนินการ…</translation>
    </message>
    <message>
        <location filename="../ui/health/componentssection.cpp" line="268"/>
        <source>Done: %1</source>
        <translation>เสร็จแล้ว: %1</translation>
    </message>
    <message>
        <location filename="../ui/health/componentssection.cpp" line="269"/>
        <source>Not applied: %1</source>
        <translation>ไม่ได้ดำเนินการ: %1</translation>
    </message>
</context>
<context>
    <name>backroom::ui::ConnectDialog</name>
    <message>
        <location filename="../ui/connect/connectdialog.cpp" line="43"/>
        <source>Connect to the shop database</source>
        <translation>เชื่อมต่อฐานข้อมูลของร้าน</translation>
    </message>
    <message>
        <location filename="../ui/connect/connectdialog.cpp" line="60"/>
        <source>&amp;New</source>
        <translation>สร้างใหม่ (&amp;N)</translation>
    </message>
    <message>
        <location filename="../ui/connect/connectdialog.cpp" line="61"/>
        <source>&amp;Remove</source>
        <translation>ลบ (&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/connect/connectdialog.cpp" line="62"/>
        <source>&amp;Saved connections:</source>
        <translation>การเชื่อมต่อที่บันทึกไว้ (&amp;S):</translation>
    </message>
    <message>
        <location filename="../ui/connect/connectdialog.cpp" line="78"/>
        <source>db.example.com (empty: this computer)</source>
        <translation>db.example.com (เว้นว่าง: เครื่องนี้)</translation>
    </message>
    <message>
        <location filename="../ui/connect/connectdialog.cpp" line="86"/>
        <source>empty: use the saved password</source>
        <translation>เว้นว่าง: ใช้รหัสผ่านที่บันทึกไว้</translation>
    </message>
    <message>
        <location filename="../ui/connect/connectdialog.cpp" line="88"/>
        <source>Automatic (verify the server unless it is this computer)</source>
        <translation>อัตโนมัติ (ตรวจสอบเซิร์ฟเวอร์ ยกเว้นเมื่อเป็นเครื่องนี้)</translation>
    </message>
    <message>
        <location filename="../ui/connect/connectdialog.cpp" line="89"/>
        <source>Verify the server&apos;s name and certificate (verify-full)</source>
        <translation>ตรวจสอบชื่อและใบรับรองของเซิร์ฟเวอร์ (verify-full)</translation>
    </message>
    <message>
        <location filename="../ui/connect/connectdialog.cpp" line="90"/>
        <source>Verify the certificate only (verify-ca)</source>
        <translation>ตรวจสอบเฉพาะใบรับรอง (verify-ca)</translation>
    </message>
    <message>
        <location filename="../ui/connect/connectdialog.cpp" line="91"/>
        <source>Encrypt without verifying (require)</source>
        <translation>เข้ารหัสโดยไม่ตรวจสอบ (require)</translation>
    </message>
    <message>
        <location filename="../ui/connect/connectdialog.cpp" line="92"/>
        <source>Encrypt if the server can (prefer)</source>
        <translation>เข้ารหัสถ้าเซิร์ฟเวอร์รองรับ (prefer)</translation>
    </message>
    <message>
        <location filename="../ui/connect/connectdialog.cpp" line="93"/>
        <source>Never encrypt (disable)</source>
        <translation>ไม่เข้ารหัสเลย (disable)</translation>
    </message>
    <message>
        <location filename="../ui/connect/connectdialog.cpp" line="95"/>
        <source>empty: ~/.postgresql/root.crt or the system&apos;s authorities</source>
        <translation>เว้นว่าง: ใช้ ~/.postgresql/root.crt หรือผู้ออกใบรับรองที่ระบบเชื่อถือ</translation>
    </message>
    <message>
        <location filename="../ui/connect/connectdialog.cpp" line="96"/>
        <source>&amp;Browse...</source>
        <translation>เลือกไฟล์... (&amp;B)</translation>
    </message>
    <message>
        <location filename="../ui/connect/connectdialog.cpp" line="103"/>
        <source>N&amp;ame:</source>
        <translation>ชื่อ (&amp;A):</translation>
    </message>
    <message>
        <location filename="../ui/connect/connectdialog.cpp" line="104"/>
        <source>&amp;Host:</source>
        <translation>โฮสต์ (&amp;H):</translation>
    </message>
    <message>
        <location filename="../ui/connect/connectdialog.cpp" line="105"/>
        <source>&amp;Port:</source>
        <translation>พอร์ต (&amp;P):</translation>
    </message>
    <message>
        <location filename="../ui/connect/connectdialog.cpp" line="106"/>
        <source>&amp;Database:</source>
        <translation>ฐานข้อมูล (&amp;D):</translation>
    </message>
    <message>
        <location filename="../ui/connect/connectdialog.cpp" line="107"/>
        <source>&amp;User:</source>
        <translation>ผู้ใช้ (&amp;U):</translation>
    </message>
    <message>
        <location filename="../ui/connect/connectdialog.cpp" line="108"/>
        <source>Pass&amp;word:</source>
        <translation>รหัสผ่าน (&amp;W):</translation>
    </message>
    <message>
        <location filename="../ui/connect/connectdialog.cpp" line="109"/>
        <source>&amp;TLS:</source>
        <translation>TLS (&amp;T):</translation>
    </message>
    <message>
        <location filename="../ui/connect/connectdialog.cpp" line="110"/>
        <source>Root &amp;certificate:</source>
        <translation>ใบรับรองหลัก (&amp;C):</translation>
    </message>
    <message>
        <location filename="../ui/connect/connectdialog.cpp" line="113"/>
        <source>T&amp;est connection</source>
        <translation>ทดสอบการเชื่อมต่อ (&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/connect/connectdialog.cpp" line="115"/>
        <source>Sa&amp;ve</source>
        <translation>บันทึก (&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/connect/connectdialog.cpp" line="136"/>
        <source>C&amp;onnect</source>
        <translation>เชื่อมต่อ (&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/connect/connectdialog.cpp" line="226"/>
        <source>Removed &quot;%1&quot; and its password.</source>
        <translation>ลบ &quot;%1&quot; และรหัสผ่านแล้ว</translation>
    </message>
    <message>
        <location filename="../ui/connect/connectdialog.cpp" line="232"/>
        <source>Root certificate of the database server</source>
        <translation>ใบรับรองหลักของเซิร์ฟเวอร์ฐานข้อมูล</translation>
    </message>
    <message>
        <location filename="../ui/connect/connectdialog.cpp" line="234"/>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation>ใบรับรอง (*.crt *.pem *.cer);;ทุกไฟล์ (*)</translation>
    </message>
    <message>
        <location filename="../ui/connect/connectdialog.cpp" line="249"/>
        <source>Saved &quot;%1&quot;.</source>
        <translation>บันทึก &quot;%1&quot; แล้ว</translation>
    </message>
    <message>
        <location filename="../ui/connect/connectdialog.cpp" line="260"/>
        <source>Saved &quot;%1&quot;; its password is in %2.</source>
        <translation>บันทึก &quot;%1&quot; แล้ว รหัสผ่านเก็บไว้ใน %2</translation>
    </message>
    <message>
        <location filename="../ui/connect/connectdialog.cpp" line="262"/>
        <source>Saved &quot;%1&quot;, but not its password: %2</source>
        <translation>บันทึก &quot;%1&quot; แล้ว แต่บันทึกรหัสผ่านไม่ได้: %2</translation>
    </message>
    <message>
        <location filename="../ui/connect/connectdialog.cpp" line="272"/>
        <source>Give the database and the user name first.</source>
        <translation>ระบุฐานข้อมูลและชื่อผู้ใช้ก่อน</translation>
    </message>
    <message>
        <location filename="../ui/connect/connectdialog.cpp" line="278"/>
        <source>Connecting to %1...</source>
        <translation>กำลังเชื่อมต่อ %1...</translation>
    </message>
    <message>
        <location filename="../ui/connect/connectdialog.cpp" line="278"/>
        <source>this computer</source>
        <translation>เครื่องนี้</translation>
    </message>
    <message>
        <location filename="../ui/connect/connectdialog.cpp" line="291"/>
        <source>Connected: PostgreSQL %1, %2.</source>
        <translation>เชื่อมต่อแล้ว: PostgreSQL %1, %2</translation>
    </message>
    <message>
        <location filename="../ui/connect/connectdialog.cpp" line="292"/>
        <source>encrypted (TLS)</source>
        <translation>เข้ารหัสแล้ว (TLS)</translation>
    </message>
    <message>
        <location filename="../ui/connect/connectdialog.cpp" line="292"/>
        <source>not encrypted</source>
        <translation>ไม่ได้เข้ารหัส</translation>
    </message>
</context>
<context>
    <name>backroom::ui::DbGate</name>
    <message>
        <location filename="../ui/dbgate.cpp" line="51"/>
        <source>the connection to the database is lost</source>
        <translation>การเชื่อมต่อฐานข้อมูลขาดหาย</translation>
    </message>
    <message>
        <location filename="../ui/dbgate.cpp" line="54"/>
        <source>the connection to the database is back</source>
        <translation>การเชื่อมต่อฐานข้อมูลกลับมาแล้ว</translation>
    </message>
    <message>
        <location filename="../ui/dbgate.cpp" line="105"/>
        <source>a database job lost the connection</source>
        <translation>งานฐานข้อมูลงานหนึ่งขาดการเชื่อมต่อ</translation>
    </message>
    <message>
        <location filename="../ui/dbgate.cpp" line="121"/>
        <source>The connection to the database is lost; Backroom is reconnecting. Try again when the red banner is gone.</source>
        <translation>การเชื่อมต่อฐานข้อมูลขาดหาย Backroom กำลังเชื่อมต่อใหม่ ลองอีกครั้งเมื่อแถบสีแดงหายไป</translation>
    </message>
    <message>
        <location filename="../ui/dbgate.cpp" line="124"/>
        <source>The database connection of this window was switched off by an operator.</source>
        <translation>การเชื่อมต่อฐานข้อมูลของหน้าต่างนี้ถูกผู้ดูแลสั่งปิดไว้</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dbgate.cpp" line="127"/>
        <source>Next try in %n second(s).</source>
        <translation>
            <numerusform>จะลองใหม่ในอีก %n วินาที</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>backroom::ui::DriftModel</name>
    <message>
        <location filename="../ui/channels/driftmodel.cpp" line="97"/>
        <source>⚠ never pushed (should be %1)</source>
        <translation>⚠ ไม่เคยพุช (ควรเป็น %1)</translation>
    </message>
    <message>
        <location filename="../ui/channels/driftmodel.cpp" line="99"/>
        <source>⚠ %1 (should be %2)</source>
        <translation>⚠ %1 (ควรเป็น %2)</translation>
    </message>
    <message>
        <location filename="../ui/channels/driftmodel.cpp" line="103"/>
        <source> · queued</source>
        <translation> · อยู่ในคิว</translation>
    </message>
    <message>
        <location filename="../ui/channels/driftmodel.cpp" line="114"/>
        <source>⚠ %1</source>
        <translation>⚠ %1</translation>
    </message>
    <message>
        <location filename="../ui/channels/driftmodel.cpp" line="136"/>
        <source>%1 acknowledged %2 at %3; it should show %4 (available %5 minus its buffer).</source>
        <translation>%1 ยืนยัน %2 เมื่อ %3; ควรแสดง %4 (คงเหลือ %5 ลบสต็อกกันไว้)</translation>
    </message>
    <message>
        <location filename="../ui/channels/driftmodel.cpp" line="142"/>
        <source>Never pushed to %1; it should show %2.</source>
        <translation>ไม่เคยพุชไปยัง %1; ควรแสดง %2</translation>
    </message>
    <message>
        <location filename="../ui/channels/driftmodel.cpp" line="152"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../ui/channels/driftmodel.cpp" line="154"/>
        <source>Available here</source>
        <translation>คงเหลือที่นี่</translation>
    </message>
    <message>
        <location filename="../ui/channels/driftmodel.cpp" line="155"/>
        <source>%1 shows</source>
        <translation>%1 แสดง</translation>
    </message>
</context>
<context>
    <name>backroom::ui::DrillBackend</name>
    <message>
        <location filename="../ui/drills/drillbackend.cpp" line="49"/>
        <location filename="../ui/drills/drillbackend.cpp" line="54"/>
        <source>The verdict could not be read: %1</source>
        <translation>อ่านผลการตัดสินไม่ได้: %1</translation>
    </message>
</context>
<context>
    <name>backroom::ui::DrillCharts</name>
    <message>
        <location filename="../ui/drills/drillcharts.cpp" line="24"/>
        <source>answers</source>
        <translation>คำตอบ</translation>
    </message>
    <message>
        <location filename="../ui/drills/drillcharts.cpp" line="25"/>
        <source>orders</source>
        <translation>คำสั่งซื้อ</translation>
    </message>
    <message>
        <location filename="../ui/drills/drillcharts.cpp" line="26"/>
        <source>target</source>
        <translation>เป้าหมาย</translation>
    </message>
    <message>
        <location filename="../ui/drills/drillcharts.cpp" line="28"/>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <location filename="../ui/drills/drillcharts.cpp" line="29"/>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <location filename="../ui/drills/drillcharts.cpp" line="30"/>
        <source>errors</source>
        <translation>ข้อผิดพลาด</translation>
    </message>
    <message>
        <location filename="../ui/drills/drillcharts.cpp" line="32"/>
        <source>dropped</source>
        <translation>ถูกทิ้ง</translation>
    </message>
    <message>
        <location filename="../ui/drills/drillcharts.cpp" line="34"/>
        <source>Throughput per second</source>
        <translation>ปริมาณงานต่อวินาที</translation>
    </message>
    <message>
        <location filename="../ui/drills/drillcharts.cpp" line="34"/>
        <location filename="../ui/drills/drillcharts.cpp" line="36"/>
        <source>/s</source>
        <translation>/s</translation>
    </message>
    <message>
        <location filename="../ui/drills/drillcharts.cpp" line="35"/>
        <source>Latency, ms</source>
        <translation>เวลาแฝง, ms</translation>
    </message>
    <message>
        <location filename="../ui/drills/drillcharts.cpp" line="35"/>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <location filename="../ui/drills/drillcharts.cpp" line="36"/>
        <source>Errors and dropped per second</source>
        <translation>ข้อผิดพลาดและที่ถูกทิ้งต่อวินาที</translation>
    </message>
    <message>
        <location filename="../ui/drills/drillcharts.cpp" line="56"/>
        <source>s</source>
        <translation>s</translation>
    </message>
</context>
<context>
    <name>backroom::ui::DrillParametersPanel</name>
    <message>
        <location filename="../ui/drills/drillparameterspanel.cpp" line="58"/>
        <source>Closed: buyers who think</source>
        <translation>แบบปิด: ผู้ซื้อที่ใช้เวลาคิด</translation>
    </message>
    <message>
        <location filename="../ui/drills/drillparameterspanel.cpp" line="59"/>
        <source>Open: arrivals per second</source>
        <translation>แบบเปิด: จำนวนที่เข้ามาต่อวินาที</translation>
    </message>
    <message>
        <location filename="../ui/drills/drillparameterspanel.cpp" line="69"/>
        <source> ms</source>
        <translation> ms</translation>
    </message>
    <message>
        <location filename="../ui/drills/drillparameterspanel.cpp" line="74"/>
        <source> /s</source>
        <translation> /s</translation>
    </message>
    <message>
        <location filename="../ui/drills/drillparameterspanel.cpp" line="76"/>
        <source>optional: 30s:100, 1m:1000, 30s:0</source>
        <translation>ไม่บังคับ: 30s:100, 1m:1000, 30s:0</translation>
    </message>
    <message>
        <location filename="../ui/drills/drillparameterspanel.cpp" line="77"/>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../ui/drills/drillparameterspanel.cpp" line="80"/>
        <source>This database (checkout functions)</source>
        <translation>ฐานข้อมูลนี้ (ฟังก์ชันชำระเงิน)</translation>
    </message>
    <message>
        <location filename="../ui/drills/drillparameterspanel.cpp" line="81"/>
        <source>Store API over HTTP</source>
        <translation>API ของร้านผ่าน HTTP</translation>
    </message>
    <message>
        <location filename="../ui/drills/drillparameterspanel.cpp" line="91"/>
        <source>e.g. p95&lt;500ms, errors&lt;1%</source>
        <translation>เช่น p95&lt;500ms, errors&lt;1%</translation>
    </message>
    <message>
        <location filename="../ui/drills/drillparameterspanel.cpp" line="98"/>
        <source>Sce&amp;nario:</source>
        <translation>สถานการณ์ (&amp;N):</translation>
    </message>
    <message>
        <location filename="../ui/drills/drillparameterspanel.cpp" line="100"/>
        <source>Model:</source>
        <translation>โมเดล:</translation>
    </message>
    <message>
        <location filename="../ui/drills/drillparameterspanel.cpp" line="101"/>
        <source>&amp;Buyers:</source>
        <translation>ผู้ซื้อ (&amp;B):</translation>
    </message>
    <message>
        <location filename="../ui/drills/drillparameterspanel.cpp" line="102"/>
        <source>Think ti&amp;me:</source>
        <translation>เวลาคิด (&amp;M):</translation>
    </message>
    <message>
        <location filename="../ui/drills/drillparameterspanel.cpp" line="103"/>
        <source>Arrivals &amp;per second:</source>
        <translation>จำนวนที่เข้ามาต่อวินาที (&amp;P):</translation>
    </message>
    <message>
        <location filename="../ui/drills/drillparameterspanel.cpp" line="104"/>
        <source>St&amp;ages:</source>
        <translation>ช่วง (&amp;A):</translation>
    </message>
    <message>
        <location filename="../ui/drills/drillparameterspanel.cpp" line="105"/>
        <source>Durat&amp;ion:</source>
        <translation>ระยะเวลา (&amp;I):</translation>
    </message>
    <message>
        <location filename="../ui/drills/drillparameterspanel.cpp" line="106"/>
        <source>Tar&amp;get:</source>
        <translation>เป้าหมาย (&amp;G):</translation>
    </message>
    <message>
        <location filename="../ui/drills/drillparameterspanel.cpp" line="107"/>
        <source>Store &amp;URL:</source>
        <translation>URL ของร้าน (&amp;U):</translation>
    </message>
    <message>
        <location filename="../ui/drills/drillparameterspanel.cpp" line="108"/>
        <source>&amp;Connections:</source>
        <translation>การเชื่อมต่อ (&amp;C):</translation>
    </message>
    <message>
        <location filename="../ui/drills/drillparameterspanel.cpp" line="109"/>
        <source>Soc&amp;kets:</source>
        <translation>ซ็อกเก็ต (&amp;K):</translation>
    </message>
    <message>
        <location filename="../ui/drills/drillparameterspanel.cpp" line="110"/>
        <source>Shoot-out bu&amp;yers:</source>
        <translation>ผู้ซื้อในการประลอง (&amp;Y):</translation>
    </message>
    <message>
        <location filename="../ui/drills/drillparameterspanel.cpp" line="111"/>
        <source>Shoot-out str&amp;ategies:</source>
        <translation>กลยุทธ์ในการประลอง (&amp;A):</translation>
    </message>
    <message>
        <location filename="../ui/drills/drillparameterspanel.cpp" line="112"/>
        <source>Th&amp;resholds:</source>
        <translation>เกณฑ์ (&amp;R):</translation>
    </message>
    <message>
        <location filename="../ui/drills/drillparameterspanel.cpp" line="169"/>
        <source>Store URL: write the store API&apos;s address, for example http://127.0.0.1:8080.</source>
        <translation>URL ของร้าน: ใส่ที่อยู่ของ API ของร้าน เช่น http://127.0.0.1:8080</translation>
    </message>
    <message>
        <location filename="../ui/drills/drillparameterspanel.cpp" line="188"/>
        <source>Shoot-out buyers: whole numbers from 1 to %1 separated by commas, for example 32, 256.</source>
        <translation>ผู้ซื้อในการประลอง: จำนวนเต็มตั้งแต่ 1 ถึง %1 คั่นด้วยจุลภาค เช่น 32, 256</translation>
    </message>
    <message>
        <location filename="../ui/drills/drillparameterspanel.cpp" line="193"/>
        <source>Shoot-out buyers: give at least one buyer count, for example 32, 256.</source>
        <translation>ผู้ซื้อในการประลอง: ระบุจำนวนผู้ซื้ออย่างน้อยหนึ่งค่า เช่น 32, 256</translation>
    </message>
    <message>
        <location filename="../ui/drills/drillparameterspanel.cpp" line="204"/>
        <source>Shoot-out strategies: “%1” is not one; write some of guarded_update, buckets, for_update, xmin_retry separated by commas.</source>
        <translation>กลยุทธ์ในการประลอง: “%1” ไม่ใช่กลยุทธ์ที่มี; ใส่ค่าจาก guarded_update, buckets, for_update, xmin_retry คั่นด้วยจุลภาค</translation>
    </message>
    <message>
        <location filename="../ui/drills/drillparameterspanel.cpp" line="210"/>
        <source>Shoot-out strategies: give at least one, for example guarded_update, buckets.</source>
        <translation>กลยุทธ์ในการประลอง: ระบุอย่างน้อยหนึ่งค่า เช่น guarded_update, buckets</translation>
    </message>
</context>
<context>
    <name>backroom::ui::DrillPlan</name>
    <message>
        <location filename="../ui/drills/drillplan.cpp" line="37"/>
        <source>database on %1</source>
        <translation>ฐานข้อมูลบน %1</translation>
    </message>
</context>
<context>
    <name>backroom::ui::DrillReportView</name>
    <message>
        <location filename="../ui/drills/drillreportview.cpp" line="63"/>
        <source>Operation</source>
        <translation>การดำเนินการ</translation>
    </message>
    <message>
        <location filename="../ui/drills/drillreportview.cpp" line="63"/>
        <source>OK</source>
        <translation>สำเร็จ</translation>
    </message>
    <message>
        <location filename="../ui/drills/drillreportview.cpp" line="63"/>
        <source>Refused</source>
        <translation>ถูกปฏิเสธ</translation>
    </message>
    <message>
        <location filename="../ui/drills/drillreportview.cpp" line="63"/>
        <source>Errors</source>
        <translation>ข้อผิดพลาด</translation>
    </message>
    <message>
        <location filename="../ui/drills/drillreportview.cpp" line="63"/>
        <source>p50</source>
        <translation>p50</translation>
    </message>
    <message>
        <location filename="../ui/drills/drillreportview.cpp" line="63"/>
        <source>p90</source>
        <translation>p90</translation>
    </message>
    <message>
        <location filename="../ui/drills/drillreportview.cpp" line="63"/>
        <source>p95</source>
        <translation>p95</translation>
    </message>
    <message>
        <location filename="../ui/drills/drillreportview.cpp" line="64"/>
        <location filename="../ui/drills/drillreportview.cpp" line="73"/>
        <source>p99</source>
        <translation>p99</translation>
    </message>
    <message>
        <location filename="../ui/drills/drillreportview.cpp" line="64"/>
        <location filename="../ui/drills/drillreportview.cpp" line="73"/>
        <source>p99.9</source>
        <translation>p99.9</translation>
    </message>
    <message>
        <location filename="../ui/drills/drillreportview.cpp" line="64"/>
        <source>max</source>
        <translation>สูงสุด</translation>
    </message>
    <message>
        <location filename="../ui/drills/drillreportview.cpp" line="66"/>
        <source>Errors by kind</source>
        <translation>ข้อผิดพลาดตามประเภท</translation>
    </message>
    <message>
        <location filename="../ui/drills/drillreportview.cpp" line="67"/>
        <source>Kind</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <location filename="../ui/drills/drillreportview.cpp" line="67"/>
        <source>Count</source>
        <translation>จำนวน</translation>
    </message>
    <message>
        <location filename="../ui/drills/drillreportview.cpp" line="69"/>
        <source>Thresholds</source>
        <translation>เกณฑ์</translation>
    </message>
    <message>
        <location filename="../ui/drills/drillreportview.cpp" line="70"/>
        <source>Threshold</source>
        <translation>เกณฑ์</translation>
    </message>
    <message>
        <location filename="../ui/drills/drillreportview.cpp" line="70"/>
        <source>Actual</source>
        <translation>ค่าจริง</translation>
    </message>
    <message>
        <location filename="../ui/drills/drillreportview.cpp" line="70"/>
        <source>Result</source>
        <translation>ผลลัพธ์</translation>
    </message>
    <message>
        <location filename="../ui/drills/drillreportview.cpp" line="72"/>
        <source>Strategy</source>
        <translation>กลยุทธ์</translation>
    </message>
    <message>
        <location filename="../ui/drills/drillreportview.cpp" line="72"/>
        <source>Buyers</source>
        <translation>ผู้ซื้อ</translation>
    </message>
    <message>
        <location filename="../ui/drills/drillreportview.cpp" line="72"/>
        <source>Attempts</source>
        <translation>ความพยายาม</translation>
    </message>
    <message>
        <location filename="../ui/drills/drillreportview.cpp" line="72"/>
        <source>Successes</source>
        <translation>สำเร็จ</translation>
    </message>
    <message>
        <location filename="../ui/drills/drillreportview.cpp" line="72"/>
        <source>Conflicts</source>
        <translation>ข้อขัดแย้ง</translation>
    </message>
    <message>
        <location filename="../ui/drills/drillreportview.cpp" line="72"/>
        <source>Orders/s</source>
        <translation>คำสั่งซื้อ/s</translation>
    </message>
    <message>
        <location filename="../ui/drills/drillreportview.cpp" line="73"/>
        <source>Verdict</source>
        <translation>ผลการตัดสิน</translation>
    </message>
    <message>
        <location filename="../ui/drills/drillreportview.cpp" line="88"/>
        <source>No drill yet: choose a scenario and start one, or open a saved run.</source>
        <translation>ยังไม่มีการซ้อม: เลือกสถานการณ์แล้วเริ่ม หรือเปิดผลที่บันทึกไว้</translation>
    </message>
    <message>
        <location filename="../ui/drills/drillreportview.cpp" line="112"/>
        <location filename="../ui/drills/drillreportview.cpp" line="220"/>
        <source>PASS</source>
        <translation>PASS</translation>
    </message>
    <message>
        <location filename="../ui/drills/drillreportview.cpp" line="112"/>
        <location filename="../ui/drills/drillreportview.cpp" line="220"/>
        <source>FAIL</source>
        <translation>FAIL</translation>
    </message>
    <message>
        <location filename="../ui/drills/drillreportview.cpp" line="132"/>
        <source>[%1] %2</source>
        <translation>[%1] %2</translation>
    </message>
    <message>
        <location filename="../ui/drills/drillreportview.cpp" line="135"/>
        <source>[threshold] %1 missed (actual %2)</source>
        <translation>[เกณฑ์] %1 ไม่ผ่าน (ค่าจริง %2)</translation>
    </message>
    <message>
        <location filename="../ui/drills/drillreportview.cpp" line="151"/>
        <source>%1 model, %2 s%3: %4 answers/s, %5 orders acknowledged, %6 out of stock, %7 errors</source>
        <translation>โมเดล %1, %2 s%3: %4 คำตอบ/s, ยืนยันคำสั่งซื้อ %5 รายการ, สินค้าหมด %6, ข้อผิดพลาด %7</translation>
    </message>
    <message>
        <location filename="../ui/drills/drillreportview.cpp" line="152"/>
        <source>Open</source>
        <translation>แบบเปิด</translation>
    </message>
    <message>
        <location filename="../ui/drills/drillreportview.cpp" line="152"/>
        <source>Closed</source>
        <translation>แบบปิด</translation>
    </message>
    <message>
        <location filename="../ui/drills/drillreportview.cpp" line="154"/>
        <source> (stopped early)</source>
        <translation> (หยุดก่อนจบ)</translation>
    </message>
    <message>
        <location filename="../ui/drills/drillreportview.cpp" line="157"/>
        <source>Dropped %1 · not started %2 · cancelled %3 · lost with a connection %4</source>
        <translation>ตกหล่น %1 · ไม่ได้เริ่ม %2 · ยกเลิก %3 · หายไปพร้อมการเชื่อมต่อ %4</translation>
    </message>
    <message>
        <location filename="../ui/drills/drillreportview.cpp" line="160"/>
        <source>Target %1 · stock strategy %2 · %3 checkout attempts, %4 conflicts (retried)</source>
        <translation>เป้าหมาย %1 · กลยุทธ์สต็อก %2 · พยายามชำระเงิน %3 ครั้ง, ชนกัน %4 ครั้ง (ลองใหม่แล้ว)</translation>
    </message>
    <message>
        <location filename="../ui/drills/drillreportview.cpp" line="162"/>
        <source>Peak memory %1 · peak buyers %2</source>
        <translation>หน่วยความจำสูงสุด %1 · ผู้ซื้อพร้อมกันสูงสุด %2</translation>
    </message>
    <message>
        <location filename="../ui/drills/drillreportview.cpp" line="174"/>
        <source>all (per operation not reported)</source>
        <translation>ทั้งหมด (ไม่ได้รายงานแยกตามการทำงาน)</translation>
    </message>
    <message>
        <location filename="../ui/drills/drillreportview.cpp" line="195"/>
        <source>met</source>
        <translation>ผ่าน</translation>
    </message>
    <message>
        <location filename="../ui/drills/drillreportview.cpp" line="195"/>
        <source>MISSED</source>
        <translation>ไม่ผ่าน</translation>
    </message>
    <message>
        <location filename="../ui/drills/drillreportview.cpp" line="207"/>
        <source>Each strategy runs the same load on one hot SKU; rows appear as runs finish.</source>
        <translation>ทุกกลยุทธ์รันโหลดเท่ากันบน SKU ขายดีตัวเดียว แถวจะแสดงขึ้นเมื่อแต่ละรอบรันเสร็จ</translation>
    </message>
    <message>
        <location filename="../ui/drills/drillreportview.cpp" line="232"/>
        <source>[%1 × %2] %3</source>
        <translation>[%1 × %2] %3</translation>
    </message>
    <message>
        <location filename="../ui/drills/drillreportview.cpp" line="241"/>
        <source>Stopped early: the strategies not listed did not run.</source>
        <translation>หยุดก่อนจบ: กลยุทธ์ที่ไม่อยู่ในรายการไม่ได้รัน</translation>
    </message>
    <message>
        <location filename="../ui/drills/drillreportview.cpp" line="246"/>
        <source>No strategy finished a run.</source>
        <translation>ไม่มีกลยุทธ์ใดรันจบสักรอบ</translation>
    </message>
</context>
<context>
    <name>backroom::ui::DrillSession</name>
    <message>
        <location filename="../ui/drills/drillsession.cpp" line="91"/>
        <source>Stopped before the drill started: nothing ran.</source>
        <translation>หยุดก่อนเริ่มการซ้อม: ไม่มีอะไรถูกรัน</translation>
    </message>
</context>
<context>
    <name>backroom::ui::DrillsScreen</name>
    <message>
        <location filename="../ui/drills/drillsscreen.cpp" line="45"/>
        <source>Live and report</source>
        <translation>สดและรายงาน</translation>
    </message>
    <message>
        <location filename="../ui/drills/drillsscreen.cpp" line="46"/>
        <source>Saved runs</source>
        <translation>รอบที่บันทึกไว้</translation>
    </message>
    <message>
        <location filename="../ui/drills/drillsscreen.cpp" line="56"/>
        <source>Load drill</source>
        <translation>ซ้อมรับโหลด</translation>
    </message>
    <message>
        <location filename="../ui/drills/drillsscreen.cpp" line="57"/>
        <source>Chaos</source>
        <translation>ความทนทาน (Chaos)</translation>
    </message>
    <message>
        <location filename="../ui/drills/drillsscreen.cpp" line="61"/>
        <location filename="../ui/drills/drillsscreen.cpp" line="192"/>
        <source>Start drill</source>
        <translation>เริ่มการซ้อม</translation>
    </message>
    <message>
        <location filename="../ui/drills/drillsscreen.cpp" line="67"/>
        <location filename="../ui/drills/drillsscreen.cpp" line="194"/>
        <source>Stop drill</source>
        <translation>หยุดการซ้อม</translation>
    </message>
    <message>
        <location filename="../ui/drills/drillsscreen.cpp" line="73"/>
        <source>Refresh saved runs</source>
        <translation>รีเฟรชรอบที่บันทึกไว้</translation>
    </message>
    <message>
        <location filename="../ui/drills/drillsscreen.cpp" line="81"/>
        <source>Drill against another machine?</source>
        <translation>ซ้อมกับเครื่องอื่นหรือไม่?</translation>
    </message>
    <message>
        <location filename="../ui/drills/drillsscreen.cpp" line="82"/>
        <source>The drill&apos;s target, %1, is not this machine. A load drill against a real shop can slow it down for real buyers, and it places (tagged) drill orders there.

Run it anyway?</source>
        <translation>เป้าหมายของการซ้อม %1 ไม่ใช่เครื่องนี้ การซ้อมโหลดกับร้านจริงอาจทำให้ร้านช้าลงสำหรับผู้ซื้อจริง และจะสร้างคำสั่งซื้อของการซ้อม (ติดแท็กไว้) ที่นั่น

รันต่อหรือไม่?</translation>
    </message>
    <message>
        <location filename="../ui/drills/drillsscreen.cpp" line="96"/>
        <source>Shoot-out run %1 of %2: %3 with %4 buyers</source>
        <translation>ประลองกลยุทธ์ รอบที่ %1 จาก %2: %3 กับผู้ซื้อ %4 คน</translation>
    </message>
    <message>
        <location filename="../ui/drills/drillsscreen.cpp" line="121"/>
        <source>Drill orders are tagged channel ‘drill’ and can be removed with `backroom drill cleanup`; real orders are never touched.</source>
        <translation>คำสั่งซื้อของการซ้อมติดแท็กช่องทางขาย ‘drill’ และลบได้ด้วย `backroom drill cleanup` โดยไม่แตะต้องคำสั่งซื้อจริงเลย</translation>
    </message>
    <message>
        <location filename="../ui/drills/drillsscreen.cpp" line="168"/>
        <source>Not started: the target is not this machine and was not confirmed.</source>
        <translation>ไม่ได้เริ่ม: เป้าหมายไม่ใช่เครื่องนี้และยังไม่ได้รับการยืนยัน</translation>
    </message>
    <message>
        <location filename="../ui/drills/drillsscreen.cpp" line="175"/>
        <source>Shoot-out in progress</source>
        <translation>กำลังประลองกลยุทธ์</translation>
    </message>
    <message>
        <location filename="../ui/drills/drillsscreen.cpp" line="177"/>
        <source>Drill in progress: the report appears when it ends.</source>
        <translation>กำลังซ้อม: รายงานจะแสดงเมื่อจบการซ้อม</translation>
    </message>
    <message>
        <location filename="../ui/drills/drillsscreen.cpp" line="193"/>
        <source>Preparing the scenario… (Stop)</source>
        <translation>กำลังเตรียมสถานการณ์… (หยุด)</translation>
    </message>
    <message>
        <location filename="../ui/drills/drillsscreen.cpp" line="195"/>
        <source>Stopping…</source>
        <translation>กำลังหยุด…</translation>
    </message>
    <message>
        <location filename="../ui/drills/drillsscreen.cpp" line="196"/>
        <source>Checking the verdict…</source>
        <translation>กำลังตรวจผลตัดสิน…</translation>
    </message>
    <message>
        <location filename="../ui/drills/drillsscreen.cpp" line="201"/>
        <source>Ctrl+Return</source>
        <translation>Ctrl+Return</translation>
    </message>
    <message>
        <location filename="../ui/drills/drillsscreen.cpp" line="201"/>
        <source>Esc</source>
        <translation>Esc</translation>
    </message>
    <message>
        <location filename="../ui/drills/drillsscreen.cpp" line="208"/>
        <source>Fix the parameters to start: %1</source>
        <translation>แก้ไขพารามิเตอร์เพื่อเริ่ม: %1</translation>
    </message>
    <message>
        <location filename="../ui/drills/drillsscreen.cpp" line="217"/>
        <source>Preparing the scenario (%1 s)…</source>
        <translation>กำลังเตรียมสถานการณ์ (%1 s)…</translation>
    </message>
    <message>
        <location filename="../ui/drills/drillsscreen.cpp" line="220"/>
        <source>Running: %1 s</source>
        <translation>กำลังรัน: %1 s</translation>
    </message>
    <message>
        <location filename="../ui/drills/drillsscreen.cpp" line="222"/>
        <source>Stopping: waiting for the requests in flight (%1 s)…</source>
        <translation>กำลังหยุด: รอคำขอที่ค้างอยู่ (%1 s)…</translation>
    </message>
    <message>
        <location filename="../ui/drills/drillsscreen.cpp" line="223"/>
        <source>Checking the verdict and saving the run…</source>
        <translation>กำลังตรวจผลตัดสินและบันทึกรอบ…</translation>
    </message>
    <message>
        <location filename="../ui/drills/drillsscreen.cpp" line="233"/>
        <source>Run %1 · %2</source>
        <translation>รอบ %1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/drills/drillsscreen.cpp" line="234"/>
        <source>This run (not saved)</source>
        <translation>รอบนี้ (ไม่ได้บันทึก)</translation>
    </message>
    <message>
        <location filename="../ui/drills/drillsscreen.cpp" line="241"/>
        <source>The run could not be saved: %1</source>
        <translation>บันทึกรอบไม่ได้: %1</translation>
    </message>
    <message>
        <location filename="../ui/drills/drillsscreen.cpp" line="243"/>
        <source>The scenario could not be undone (a flash sale may still be on): %1</source>
        <translation>ย้อนสถานการณ์กลับไม่ได้ (แฟลชเซลอาจยังเปิดอยู่): %1</translation>
    </message>
    <message>
        <location filename="../ui/drills/drillsscreen.cpp" line="256"/>
        <source>Stopped early: what ran passed the verdict (saved as stopped, not passed).</source>
        <translation>หยุดก่อนจบ: ส่วนที่รันไปผ่านเกณฑ์ตัดสิน (บันทึกเป็นหยุดก่อนจบ ไม่ใช่ผ่าน)</translation>
    </message>
    <message>
        <location filename="../ui/drills/drillsscreen.cpp" line="257"/>
        <source>Stopped early: FAIL, see the report.</source>
        <translation>หยุดก่อนจบ: FAIL ดูรายงาน</translation>
    </message>
    <message>
        <location filename="../ui/drills/drillsscreen.cpp" line="259"/>
        <source>Finished: PASS.</source>
        <translation>เสร็จสิ้น: PASS</translation>
    </message>
    <message>
        <location filename="../ui/drills/drillsscreen.cpp" line="259"/>
        <source>Finished: FAIL, see the report.</source>
        <translation>เสร็จสิ้น: FAIL ดูรายงาน</translation>
    </message>
    <message>
        <location filename="../ui/drills/drillsscreen.cpp" line="265"/>
        <source>The drill did not run: %1</source>
        <translation>การซ้อมไม่ได้รัน: %1</translation>
    </message>
    <message>
        <location filename="../ui/drills/drillsscreen.cpp" line="266"/>
        <source>Not run: %1</source>
        <translation>ไม่ได้รัน: %1</translation>
    </message>
    <message>
        <location filename="../ui/drills/drillsscreen.cpp" line="271"/>
        <source>Saved run %1 · %2 · %3</source>
        <translation>รอบที่บันทึกไว้ %1 · %2 · %3</translation>
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
    <name>backroom::ui::HealthCheckModel</name>
    <message>
        <location filename="../ui/healthcheck/healthcheckmodel.cpp" line="85"/>
        <source>not measured</source>
        <translation>ยังไม่ได้วัด</translation>
    </message>
    <message>
        <location filename="../ui/healthcheck/healthcheckmodel.cpp" line="96"/>
        <source>#</source>
        <translation>#</translation>
    </message>
    <message>
        <location filename="../ui/healthcheck/healthcheckmodel.cpp" line="97"/>
        <source>Question</source>
        <translation>คำถาม</translation>
    </message>
    <message>
        <location filename="../ui/healthcheck/healthcheckmodel.cpp" line="98"/>
        <source>Answer</source>
        <translation>คำตอบ</translation>
    </message>
    <message>
        <location filename="../ui/healthcheck/healthcheckmodel.cpp" line="99"/>
        <source>Measured figure</source>
        <translation>ค่าที่วัดได้</translation>
    </message>
    <message>
        <location filename="../ui/healthcheck/healthcheckmodel.cpp" line="100"/>
        <source>Measured at</source>
        <translation>วัดเมื่อ</translation>
    </message>
    <message>
        <location filename="../ui/healthcheck/healthcheckmodel.cpp" line="101"/>
        <source>What to do</source>
        <translation>สิ่งที่ควรทำ</translation>
    </message>
</context>
<context>
    <name>backroom::ui::HealthCheckScreen</name>
    <message>
        <location filename="../ui/healthcheck/healthcheckscreen.cpp" line="39"/>
        <source>Not checked yet.</source>
        <translation>ยังไม่ได้ตรวจ</translation>
    </message>
    <message>
        <location filename="../ui/healthcheck/healthcheckscreen.cpp" line="43"/>
        <source>&amp;Re-check</source>
        <translation>ตรวจใหม่ (&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/healthcheck/healthcheckscreen.cpp" line="45"/>
        <source>Answer the 10 questions again from the latest measurements (F5)</source>
        <translation>ตอบคำถาม 10 ข้ออีกครั้งจากค่าที่วัดล่าสุด (F5)</translation>
    </message>
    <message>
        <location filename="../ui/healthcheck/healthcheckscreen.cpp" line="69"/>
        <source>Every answer comes from a measurement Backroom took: saved drills, the health published by running serve instances, channel lag, and searches run now. Unknown means nothing was measured yet.</source>
        <translation>ทุกคำตอบมาจากค่าที่ Backroom วัดไว้: การซ้อมที่บันทึกไว้ สถานะที่อินสแตนซ์ serve ที่กำลังทำงานเผยแพร่ ความล่าช้าของช่องทางขาย และการค้นหาที่รันตอนนี้ ไม่ทราบ หมายถึงยังไม่มีการวัด</translation>
    </message>
    <message>
        <location filename="../ui/healthcheck/healthcheckscreen.cpp" line="76"/>
        <source>Re-check</source>
        <translation>ตรวจใหม่</translation>
    </message>
    <message>
        <location filename="../ui/healthcheck/healthcheckscreen.cpp" line="98"/>
        <source>Checking…</source>
        <translation>กำลังตรวจ…</translation>
    </message>
    <message>
        <location filename="../ui/healthcheck/healthcheckscreen.cpp" line="107"/>
        <source>The health check could not run: %1</source>
        <translation>ตรวจสุขภาพระบบไม่ได้: %1</translation>
    </message>
    <message>
        <location filename="../ui/healthcheck/healthcheckscreen.cpp" line="116"/>
        <source>%1 Yes, %2 No, %3 Unknown — checked %4</source>
        <translation>ใช่ %1 ข้อ, ไม่ใช่ %2 ข้อ, ไม่ทราบ %3 ข้อ — ตรวจเมื่อ %4</translation>
    </message>
    <message>
        <location filename="../ui/healthcheck/healthcheckscreen.cpp" line="136"/>
        <source>What to do: %1</source>
        <translation>สิ่งที่ควรทำ: %1</translation>
    </message>
</context>
<context>
    <name>backroom::ui::HealthScreen</name>
    <message>
        <location filename="../ui/health/healthscreen.cpp" line="33"/>
        <source>Refresh</source>
        <translation>รีเฟรช</translation>
    </message>
</context>
<context>
    <name>backroom::ui::HistoryModel</name>
    <message>
        <location filename="../ui/stock/historymodel.cpp" line="51"/>
        <source>Time</source>
        <translation>เวลา</translation>
    </message>
    <message>
        <location filename="../ui/stock/historymodel.cpp" line="52"/>
        <source>Change</source>
        <translation>เปลี่ยนแปลง</translation>
    </message>
    <message>
        <location filename="../ui/stock/historymodel.cpp" line="53"/>
        <source>After</source>
        <translation>คงเหลือ</translation>
    </message>
    <message>
        <location filename="../ui/stock/historymodel.cpp" line="54"/>
        <source>Reason</source>
        <translation>เหตุผล</translation>
    </message>
    <message>
        <location filename="../ui/stock/historymodel.cpp" line="55"/>
        <source>By</source>
        <translation>โดย</translation>
    </message>
    <message>
        <location filename="../ui/stock/historymodel.cpp" line="56"/>
        <source>Reference</source>
        <translation>อ้างอิง</translation>
    </message>
</context>
<context>
    <name>backroom::ui::LagChart</name>
    <message>
        <location filename="../ui/channels/lagchart.cpp" line="17"/>
        <source>Sync lag per minute (ms): p50 dashed, p95 solid</source>
        <translation>ความล่าช้าในการซิงก์ต่อนาที (ms): p50 เส้นประ, p95 เส้นทึบ</translation>
    </message>
    <message>
        <location filename="../ui/channels/lagchart.cpp" line="26"/>
        <source>ms</source>
        <translation>ms</translation>
    </message>
    <message>
        <location filename="../ui/channels/lagchart.cpp" line="32"/>
        <source>Sync lag chart</source>
        <translation>กราฟความล่าช้าในการซิงก์</translation>
    </message>
    <message>
        <location filename="../ui/channels/lagchart.cpp" line="46"/>
        <source>%1 %2</source>
        <translation>%1 %2</translation>
    </message>
</context>
<context>
    <name>backroom::ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="71"/>
        <source>Backroom</source>
        <translation>Backroom</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="99"/>
        <source>&amp;Stock</source>
        <translation>สต็อก (&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="101"/>
        <source>&amp;Orders</source>
        <translation>คำสั่งซื้อ (&amp;O)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="136"/>
        <source>Ready</source>
        <translation>พร้อมใช้งาน</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="155"/>
        <source>&amp;File</source>
        <translation>ไฟล์ (&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="156"/>
        <source>&amp;Connect to another database…</source>
        <translation>เชื่อมต่อฐานข้อมูลอื่น… (&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="157"/>
        <source>Switch to another connection profile or database</source>
        <translation>สลับไปใช้โปรไฟล์การเชื่อมต่อหรือฐานข้อมูลอื่น</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="164"/>
        <source>&amp;Quit</source>
        <translation>ออก (&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="147"/>
        <source>&amp;Edit</source>
        <translation>แก้ไข (&amp;E)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="103"/>
        <source>Hea&amp;lth</source>
        <translation>สถานะระบบ (&amp;L)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="106"/>
        <source>&amp;Drills</source>
        <translation>การซ้อม (&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="110"/>
        <source>Channel s&amp;ync</source>
        <translation>ซิงก์ช่องทางขาย (&amp;Y)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="112"/>
        <source>&amp;Waves</source>
        <translation>คลื่นงาน (&amp;W)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="114"/>
        <source>&amp;Picking</source>
        <translation>หยิบสินค้า (&amp;P)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="116"/>
        <source>Packin&amp;g</source>
        <translation>แพ็กสินค้า (&amp;G)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="119"/>
        <source>Health chec&amp;k</source>
        <translation>ตรวจสุขภาพระบบ (&amp;K)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="171"/>
        <source>&amp;View</source>
        <translation>มุมมอง (&amp;V)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="173"/>
        <source>&amp;Full screen</source>
        <translation>เต็มจอ (&amp;F)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="177"/>
        <source>&amp;Reset layout</source>
        <translation>คืนค่าการจัดวาง (&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="178"/>
        <source>Put the window size, columns and panes back as they were at first start</source>
        <translation>คืนขนาดหน้าต่าง คอลัมน์ และแผงต่าง ๆ กลับเป็นแบบตอนเปิดครั้งแรก</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="184"/>
        <source>&amp;Tools</source>
        <translation>เครื่องมือ (&amp;T)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="185"/>
        <source>&amp;Settings…</source>
        <translation>การตั้งค่า… (&amp;S)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="193"/>
        <source>&amp;Help</source>
        <translation>ช่วยเหลือ (&amp;H)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="194"/>
        <source>&amp;Keyboard shortcuts…</source>
        <translation>ปุ่มลัดแป้นพิมพ์… (&amp;K)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="198"/>
        <source>&amp;About Backroom</source>
        <translation>เกี่ยวกับ Backroom (&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="200"/>
        <source>About &amp;Qt</source>
        <translation>เกี่ยวกับ Qt (&amp;Q)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="284"/>
        <source>Nothing to edit on this screen</source>
        <translation>หน้านี้ไม่มีสิ่งที่แก้ไขได้</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="314"/>
        <source>%1 menu</source>
        <translation>เมนู%1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="317"/>
        <source>%1 screen</source>
        <translation>หน้า%1</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="341"/>
        <source>&lt;h3&gt;Backroom %1&lt;/h3&gt;&lt;p&gt;The back office for shops selling on their web store, Shopee and Lazada, with one PostgreSQL database as the single source of truth.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;Backroom %1&lt;/h3&gt;&lt;p&gt;ระบบหลังร้านสำหรับร้านที่ขายทั้งบนเว็บของร้าน Shopee และ Lazada โดยใช้ฐานข้อมูล PostgreSQL เดียวเป็นแหล่งข้อมูลจริงเพียงแหล่งเดียว&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="344"/>
        <source>&lt;p&gt;Qt %1 · libpq %2&lt;/p&gt;</source>
        <translation>&lt;p&gt;Qt %1 · libpq %2&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="346"/>
        <source>&lt;p&gt;PostgreSQL server %1&lt;br&gt;Connected as %2%3&lt;br&gt;%4&lt;/p&gt;</source>
        <translation>&lt;p&gt;เซิร์ฟเวอร์ PostgreSQL %1&lt;br&gt;เชื่อมต่อในชื่อ %2%3&lt;br&gt;%4&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="348"/>
        <source> (%1)</source>
        <translation> (%1)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="349"/>
        <source>Encrypted connection (TLS)</source>
        <translation>การเชื่อมต่อเข้ารหัสแล้ว (TLS)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="349"/>
        <source>Connection not encrypted</source>
        <translation>การเชื่อมต่อไม่ได้เข้ารหัส</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="351"/>
        <source>&lt;p&gt;Not connected to the database yet.&lt;/p&gt;</source>
        <translation>&lt;p&gt;ยังไม่ได้เชื่อมต่อฐานข้อมูล&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="356"/>
        <source>About Backroom</source>
        <translation>เกี่ยวกับ Backroom</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="383"/>
        <source>%1 · %2</source>
        <translation>%1 · %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="384"/>
        <source>PostgreSQL %1, %2</source>
        <translation>PostgreSQL %1, %2</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="386"/>
        <source>encrypted (TLS)</source>
        <translation>เข้ารหัสแล้ว (TLS)</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="386"/>
        <source>not encrypted</source>
        <translation>ไม่ได้เข้ารหัส</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="434"/>
        <source>Layout reset.</source>
        <translation>คืนค่าการจัดวางแล้ว</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="485"/>
        <source>Connection to the database restored.</source>
        <translation>เชื่อมต่อฐานข้อมูลได้อีกครั้งแล้ว</translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="490"/>
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
        <location filename="../ui/orders/ordersmodel.cpp" line="49"/>
        <source>Reserved</source>
        <translation>จองแล้ว</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="50"/>
        <source>Paid</source>
        <translation>ชำระแล้ว</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="51"/>
        <source>Picked</source>
        <translation>หยิบแล้ว</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="52"/>
        <source>Packed</source>
        <translation>แพ็กแล้ว</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="53"/>
        <source>Shipped</source>
        <translation>จัดส่งแล้ว</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="54"/>
        <source>Cancelled</source>
        <translation>ยกเลิกแล้ว</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="55"/>
        <source>Expired</source>
        <translation>หมดอายุ</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="64"/>
        <source>฿%1.%2</source>
        <translation>฿%1.%2</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="71"/>
        <source>just now</source>
        <translation>เมื่อสักครู่</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/orders/ordersmodel.cpp" line="73"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n นาที</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/orders/ordersmodel.cpp" line="75"/>
        <source>%n h</source>
        <translation>
            <numerusform>%n ชม.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/orders/ordersmodel.cpp" line="76"/>
        <source>%n d</source>
        <translation>
            <numerusform>%n วัน</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/orders/ordersmodel.cpp" line="99"/>
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n รายการ</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="101"/>
        <source>Reservation expires at %1</source>
        <translation>การจองหมดอายุเวลา %1</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="132"/>
        <source>Order</source>
        <translation>คำสั่งซื้อ</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="133"/>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="134"/>
        <source>Channel</source>
        <translation>ช่องทาง</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="135"/>
        <source>Items</source>
        <translation>ชิ้น</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="136"/>
        <source>Total</source>
        <translation>ยอดรวม</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="137"/>
        <source>Age</source>
        <translation>อายุ</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="138"/>
        <source>Created</source>
        <translation>สร้างเมื่อ</translation>
    </message>
</context>
<context>
    <name>backroom::ui::OrdersScreen</name>
    <message>
        <location filename="../ui/orders/ordersscreen.cpp" line="51"/>
        <source>All statuses</source>
        <translation>ทุกสถานะ</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersscreen.cpp" line="57"/>
        <source>All channels</source>
        <translation>ทุกช่องทาง</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersscreen.cpp" line="58"/>
        <source>Web store</source>
        <translation>เว็บไซต์ร้าน</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersscreen.cpp" line="61"/>
        <source>Point of sale</source>
        <translation>หน้าร้าน (POS)</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersscreen.cpp" line="86"/>
        <source>to</source>
        <translation>ถึง</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersscreen.cpp" line="120"/>
        <location filename="../ui/orders/ordersscreen.cpp" line="150"/>
        <source>&amp;Cancel order…</source>
        <translation>ยกเลิกคำสั่งซื้อ… (&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersscreen.cpp" line="122"/>
        <source>Cancel the selected reserved order and put its stock back on sale (Delete)</source>
        <translation>ยกเลิกคำสั่งซื้อที่จองไว้และคืนสต็อกให้พร้อมขาย (Delete)</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersscreen.cpp" line="145"/>
        <source>Refresh</source>
        <translation>รีเฟรช</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersscreen.cpp" line="385"/>
        <source>Cancel order</source>
        <translation>ยกเลิกคำสั่งซื้อ</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersscreen.cpp" line="186"/>
        <source>Could not load orders: %1</source>
        <translation>โหลดคำสั่งซื้อไม่สำเร็จ: %1</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersscreen.cpp" line="62"/>
        <source>C&amp;reated from</source>
        <translation>สร้างตั้งแต่ (&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersscreen.cpp" line="74"/>
        <source>St&amp;atus:</source>
        <translation>สถานะ (&amp;A):</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersscreen.cpp" line="76"/>
        <source>Cha&amp;nnel:</source>
        <translation>ช่องทาง (&amp;N):</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersscreen.cpp" line="191"/>
        <source>Could not load orders</source>
        <translation>โหลดคำสั่งซื้อไม่สำเร็จ</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersscreen.cpp" line="279"/>
        <source>&lt;p&gt;&lt;b&gt;Orders could not be loaded.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;They appear here as soon as the database answers again; F5 tries now.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;โหลดคำสั่งซื้อไม่ได้&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;คำสั่งซื้อจะแสดงที่นี่ทันทีที่ฐานข้อมูลตอบกลับอีกครั้ง กด F5 เพื่อลองตอนนี้&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersscreen.cpp" line="282"/>
        <source>Loading orders…</source>
        <translation>กำลังโหลดคำสั่งซื้อ…</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersscreen.cpp" line="284"/>
        <source>&lt;p&gt;&lt;b&gt;No orders match these filters.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Choose “All statuses” and “All channels”, or widen the dates, to see more.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;ไม่มีคำสั่งซื้อที่ตรงกับตัวกรองนี้&lt;/b&gt;&lt;/p&gt;&lt;p&gt;เลือก “ทุกสถานะ” และ “ทุกช่องทาง” หรือขยายช่วงวันที่ เพื่อดูเพิ่มเติม&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersscreen.cpp" line="286"/>
        <source>&lt;p&gt;&lt;b&gt;No orders yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Orders from the web store, Shopee and Lazada appear here as they are placed; &lt;code style=&quot;white-space: nowrap&quot;&gt;backroom order place&lt;/code&gt; creates one by hand.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;ยังไม่มีคำสั่งซื้อ&lt;/b&gt;&lt;/p&gt;&lt;p&gt;คำสั่งซื้อจากเว็บของร้าน Shopee และ Lazada จะแสดงที่นี่ทันทีที่ลูกค้าสั่ง หรือใช้คำสั่ง &lt;code style=&quot;white-space: nowrap&quot;&gt;backroom order place&lt;/code&gt; เพื่อสร้างเอง&lt;/p&gt;</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersscreen.cpp" line="338"/>
        <source>&lt;i&gt;Select an order to see its lines.&lt;/i&gt;</source>
        <translation>&lt;i&gt;เลือกคำสั่งซื้อเพื่อดูรายการสินค้า&lt;/i&gt;</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersscreen.cpp" line="342"/>
        <source>&lt;b&gt;Order #%1&lt;/b&gt; — loading…</source>
        <translation>&lt;b&gt;คำสั่งซื้อ #%1&lt;/b&gt; — กำลังโหลด…</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersscreen.cpp" line="351"/>
        <source>Could not load the order: %1</source>
        <translation>โหลดคำสั่งซื้อไม่สำเร็จ: %1</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersscreen.cpp" line="361"/>
        <source>&lt;b&gt;Order #%1&lt;/b&gt; · %2 · %3&lt;br&gt;Created %4 · Total &lt;b&gt;%5&lt;/b&gt;</source>
        <translation>&lt;b&gt;คำสั่งซื้อ #%1&lt;/b&gt; · %2 · %3&lt;br&gt;สร้างเมื่อ %4 · ยอดรวม &lt;b&gt;%5&lt;/b&gt;</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersscreen.cpp" line="367"/>
        <source>&lt;br&gt;Reservation expires %1</source>
        <translation>&lt;br&gt;การจองหมดอายุ %1</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersscreen.cpp" line="369"/>
        <source>&lt;br&gt;&lt;small&gt;Key: %1&lt;/small&gt;</source>
        <translation>&lt;br&gt;&lt;small&gt;คีย์: %1&lt;/small&gt;</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersscreen.cpp" line="386"/>
        <source>Cancel order #%1 (%2)? Its reserved stock goes back on sale. This cannot be undone.</source>
        <translation>ยกเลิกคำสั่งซื้อ #%1 (%2) หรือไม่? สต็อกที่จองไว้จะกลับมาพร้อมขาย และไม่สามารถย้อนกลับได้</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersscreen.cpp" line="391"/>
        <source>Cancel the order</source>
        <translation>ยกเลิกคำสั่งซื้อ</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersscreen.cpp" line="392"/>
        <source>Keep the order</source>
        <translation>เก็บคำสั่งซื้อไว้</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersscreen.cpp" line="406"/>
        <source>Cancelling order #%1…</source>
        <translation>กำลังยกเลิกคำสั่งซื้อ #%1…</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersscreen.cpp" line="413"/>
        <source>Could not cancel order #%1: %2</source>
        <translation>ยกเลิกคำสั่งซื้อ #%1 ไม่สำเร็จ: %2</translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersscreen.cpp" line="418"/>
        <source>Order #%1 cancelled; its stock is back on sale.</source>
        <translation>ยกเลิกคำสั่งซื้อ #%1 แล้ว สต็อกกลับมาพร้อมขาย</translation>
    </message>
</context>
<context>
    <name>backroom::ui::PackingScreen</name>
    <message>
        <location filename="../ui/warehouse/packingscreen.cpp" line="44"/>
        <source>1. Scan the order (number)</source>
        <translation>1. สแกนคำสั่งซื้อ (เลขที่)</translation>
    </message>
    <message>
        <location filename="../ui/warehouse/packingscreen.cpp" line="48"/>
        <source>2. Scan each unit into the parcel</source>
        <translation>2. สแกนสินค้าทีละชิ้นลงกล่องพัสดุ</translation>
    </message>
    <message>
        <location filename="../ui/warehouse/packingscreen.cpp" line="60"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location filename="../ui/warehouse/packingscreen.cpp" line="60"/>
        <source>Item</source>
        <translation>สินค้า</translation>
    </message>
    <message>
        <location filename="../ui/warehouse/packingscreen.cpp" line="60"/>
        <source>Expected</source>
        <translation>ที่ต้องมี</translation>
    </message>
    <message>
        <location filename="../ui/warehouse/packingscreen.cpp" line="60"/>
        <source>Scanned</source>
        <translation>สแกนแล้ว</translation>
    </message>
    <message>
        <location filename="../ui/warehouse/packingscreen.cpp" line="74"/>
        <source>&amp;Undo last scan</source>
        <translation>ยกเลิกการสแกนล่าสุด (&amp;U)</translation>
    </message>
    <message>
        <location filename="../ui/warehouse/packingscreen.cpp" line="75"/>
        <source>Pa&amp;ck</source>
        <translation>แพ็ก (&amp;C)</translation>
    </message>
    <message>
        <location filename="../ui/warehouse/packingscreen.cpp" line="78"/>
        <source>3. Tracking number</source>
        <translation>3. เลขพัสดุ</translation>
    </message>
    <message>
        <location filename="../ui/warehouse/packingscreen.cpp" line="79"/>
        <source>Sh&amp;ip</source>
        <translation>จัดส่ง (&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/warehouse/packingscreen.cpp" line="80"/>
        <source>P&amp;rint packing slip</source>
        <translation>พิมพ์ใบแพ็กสินค้า (&amp;R)</translation>
    </message>
    <message>
        <location filename="../ui/warehouse/packingscreen.cpp" line="99"/>
        <source>%1 is not an order number.</source>
        <translation>%1 ไม่ใช่เลขที่คำสั่งซื้อ</translation>
    </message>
    <message>
        <location filename="../ui/warehouse/packingscreen.cpp" line="165"/>
        <source>Scan the order first.</source>
        <translation>สแกนคำสั่งซื้อก่อน</translation>
    </message>
    <message>
        <location filename="../ui/warehouse/packingscreen.cpp" line="173"/>
        <source>%1 is not (or no longer) expected in order %2: take it out, or Undo.</source>
        <translation>%1 ไม่อยู่ (หรือไม่อยู่แล้ว) ในคำสั่งซื้อ %2: นำออก หรือกดยกเลิกการสแกน</translation>
    </message>
    <message>
        <location filename="../ui/warehouse/packingscreen.cpp" line="177"/>
        <source>%1 OK.</source>
        <translation>%1 ถูกต้อง</translation>
    </message>
    <message>
        <location filename="../ui/warehouse/packingscreen.cpp" line="194"/>
        <location filename="../ui/warehouse/packingscreen.cpp" line="255"/>
        <source>No order open.</source>
        <translation>ไม่มีคำสั่งซื้อที่เปิดอยู่</translation>
    </message>
    <message>
        <location filename="../ui/warehouse/packingscreen.cpp" line="198"/>
        <source>Order %1 · %2 · %3</source>
        <translation>คำสั่งซื้อ %1 · %2 · %3</translation>
    </message>
    <message>
        <location filename="../ui/warehouse/packingscreen.cpp" line="202"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../ui/warehouse/packingscreen.cpp" line="238"/>
        <source>Every unit is in the parcel: Pack.</source>
        <translation>สินค้าครบทุกชิ้นในกล่องแล้ว: กดแพ็ก</translation>
    </message>
    <message>
        <location filename="../ui/warehouse/packingscreen.cpp" line="241"/>
        <source>Packed: enter the tracking number and Ship.</source>
        <translation>แพ็กแล้ว: กรอกเลขพัสดุแล้วกดจัดส่ง</translation>
    </message>
    <message>
        <location filename="../ui/warehouse/packingscreen.cpp" line="242"/>
        <source>This order is %1: nothing to pack.</source>
        <translation>คำสั่งซื้อนี้อยู่ในสถานะ %1: ไม่มีอะไรต้องแพ็ก</translation>
    </message>
    <message>
        <location filename="../ui/warehouse/packingscreen.cpp" line="259"/>
        <source>%1 × %2</source>
        <translation>%1 × %2</translation>
    </message>
    <message>
        <location filename="../ui/warehouse/packingscreen.cpp" line="262"/>
        <source>Missing: %1.</source>
        <translation>ขาด: %1</translation>
    </message>
    <message>
        <location filename="../ui/warehouse/packingscreen.cpp" line="264"/>
        <source>Extra: %1.</source>
        <translation>เกิน: %1</translation>
    </message>
    <message>
        <location filename="../ui/warehouse/packingscreen.cpp" line="291"/>
        <source>Order %1 packed.</source>
        <translation>แพ็กคำสั่งซื้อ %1 แล้ว</translation>
    </message>
    <message>
        <location filename="../ui/warehouse/packingscreen.cpp" line="316"/>
        <source>Order %1 shipped, tracking %2. Scan the next order.</source>
        <translation>จัดส่งคำสั่งซื้อ %1 แล้ว เลขพัสดุ %2 สแกนคำสั่งซื้อถัดไป</translation>
    </message>
    <message>
        <location filename="../ui/warehouse/packingscreen.cpp" line="335"/>
        <source>Packing slip written: %1.</source>
        <translation>เขียนใบแพ็กสินค้าแล้ว: %1</translation>
    </message>
</context>
<context>
    <name>backroom::ui::PickingScreen</name>
    <message>
        <location filename="../ui/warehouse/pickingscreen.cpp" line="65"/>
        <source>Wave </source>
        <translation>คลื่นงาน </translation>
    </message>
    <message>
        <location filename="../ui/warehouse/pickingscreen.cpp" line="67"/>
        <source>Picker (empty: whole wave)</source>
        <translation>พนักงานหยิบ (เว้นว่าง: ทั้งคลื่นงาน)</translation>
    </message>
    <message>
        <location filename="../ui/warehouse/pickingscreen.cpp" line="68"/>
        <source>Loa&amp;d list</source>
        <translation>โหลดรายการ (&amp;D)</translation>
    </message>
    <message>
        <location filename="../ui/warehouse/pickingscreen.cpp" line="102"/>
        <source>Scan here (or type, then Enter)</source>
        <translation>สแกนที่นี่ (หรือพิมพ์แล้วกด Enter)</translation>
    </message>
    <message>
        <location filename="../ui/warehouse/pickingscreen.cpp" line="114"/>
        <source>Missing: </source>
        <translation>ขาด: </translation>
    </message>
    <message>
        <location filename="../ui/warehouse/pickingscreen.cpp" line="116"/>
        <source>Record short pick (F8 then Enter)</source>
        <translation>บันทึกหยิบไม่ครบ (F8 แล้ว Enter)</translation>
    </message>
    <message>
        <location filename="../ui/warehouse/pickingscreen.cpp" line="226"/>
        <source>Wave %1 is %2: only a released wave can be picked.</source>
        <translation>คลื่นงาน %1 อยู่ในสถานะ %2: หยิบได้เฉพาะคลื่นงานที่ปล่อยแล้วเท่านั้น</translation>
    </message>
    <message>
        <location filename="../ui/warehouse/pickingscreen.cpp" line="258"/>
        <source>Nothing left to pick on this list.</source>
        <translation>ไม่มีอะไรเหลือให้หยิบในรายการนี้</translation>
    </message>
    <message>
        <location filename="../ui/warehouse/pickingscreen.cpp" line="258"/>
        <source>Open a wave&apos;s list first.</source>
        <translation>เปิดรายการของคลื่นงานก่อน</translation>
    </message>
    <message>
        <location filename="../ui/warehouse/pickingscreen.cpp" line="266"/>
        <source>Wrong bin: you scanned %1. Go to bin %2.</source>
        <translation>ผิดช่องเก็บ: คุณสแกน %1 ไปที่ช่อง %2</translation>
    </message>
    <message>
        <location filename="../ui/warehouse/pickingscreen.cpp" line="269"/>
        <source>Bin %1 OK.</source>
        <translation>ช่องเก็บ %1 ถูกต้อง</translation>
    </message>
    <message>
        <location filename="../ui/warehouse/pickingscreen.cpp" line="276"/>
        <source>Wrong item: you scanned %1. Take %2 (%3).</source>
        <translation>ผิดสินค้า: คุณสแกน %1 ให้หยิบ %2 (%3)</translation>
    </message>
    <message>
        <location filename="../ui/warehouse/pickingscreen.cpp" line="279"/>
        <source>Item %1 OK.</source>
        <translation>สินค้า %1 ถูกต้อง</translation>
    </message>
    <message>
        <location filename="../ui/warehouse/pickingscreen.cpp" line="287"/>
        <source>Type a number from 1 to %1, or press Enter to confirm all %1.</source>
        <translation>พิมพ์ตัวเลข 1 ถึง %1 หรือกด Enter เพื่อยืนยันทั้งหมด %1 ชิ้น</translation>
    </message>
    <message>
        <location filename="../ui/warehouse/pickingscreen.cpp" line="313"/>
        <source>%1 × %2 from %3 confirmed.</source>
        <translation>ยืนยัน %1 × %2 จาก %3 แล้ว</translation>
    </message>
    <message>
        <location filename="../ui/warehouse/pickingscreen.cpp" line="353"/>
        <source>No task on screen to record a short pick for.</source>
        <translation>ไม่มีงานบนหน้าจอให้บันทึกหยิบไม่ครบ</translation>
    </message>
    <message>
        <location filename="../ui/warehouse/pickingscreen.cpp" line="359"/>
        <source>Only %1 unit(s) are left to pick on this task.</source>
        <translation>งานนี้เหลือให้หยิบเพียง %1 ชิ้น</translation>
    </message>
    <message>
        <location filename="../ui/warehouse/pickingscreen.cpp" line="368"/>
        <source>Recording %1 missing from bin %2…</source>
        <translation>กำลังบันทึกขาด %1 จากช่อง %2…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/warehouse/pickingscreen.cpp" line="388"/>
        <source>Short pick recorded. No other bin has the units: the lead is told about %n order(s).</source>
        <translation>
            <numerusform>บันทึกหยิบไม่ครบแล้ว ไม่มีช่องเก็บอื่นที่มีสินค้านี้: แจ้งหัวหน้างานเรื่องคำสั่งซื้อ %n รายการแล้ว</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/warehouse/pickingscreen.cpp" line="392"/>
        <source>Short pick recorded; %n unit(s) to pick from another bin (added to your list).</source>
        <translation>
            <numerusform>บันทึกหยิบไม่ครบแล้ว มี %n ชิ้นให้หยิบจากช่องเก็บอื่น (เพิ่มในรายการของคุณแล้ว)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/warehouse/pickingscreen.cpp" line="426"/>
        <source>List done.</source>
        <translation>รายการเสร็จแล้ว</translation>
    </message>
    <message>
        <location filename="../ui/warehouse/pickingscreen.cpp" line="430"/>
        <source>1. Scan bin %1</source>
        <translation>1. สแกนช่องเก็บ %1</translation>
    </message>
    <message>
        <location filename="../ui/warehouse/pickingscreen.cpp" line="431"/>
        <source>2. Scan the item %1</source>
        <translation>2. สแกนสินค้า %1</translation>
    </message>
    <message>
        <location filename="../ui/warehouse/pickingscreen.cpp" line="433"/>
        <source>3. Enter confirms %1 unit(s), or type how many</source>
        <translation>3. กด Enter เพื่อยืนยัน %1 ชิ้น หรือพิมพ์จำนวน</translation>
    </message>
    <message>
        <location filename="../ui/warehouse/pickingscreen.cpp" line="442"/>
        <source>Done</source>
        <translation>เสร็จแล้ว</translation>
    </message>
    <message>
        <location filename="../ui/warehouse/pickingscreen.cpp" line="442"/>
        <source>No list open</source>
        <translation>ไม่มีรายการที่เปิดอยู่</translation>
    </message>
    <message>
        <location filename="../ui/warehouse/pickingscreen.cpp" line="444"/>
        <source>Every task on this list is picked.</source>
        <translation>หยิบครบทุกงานในรายการนี้แล้ว</translation>
    </message>
    <message>
        <location filename="../ui/warehouse/pickingscreen.cpp" line="444"/>
        <source>Choose a wave and open its list.</source>
        <translation>เลือกคลื่นงานแล้วเปิดรายการ</translation>
    </message>
    <message>
        <location filename="../ui/warehouse/pickingscreen.cpp" line="447"/>
        <source>%1 of %1 done</source>
        <translation>เสร็จ %1 จาก %1</translation>
    </message>
    <message>
        <location filename="../ui/warehouse/pickingscreen.cpp" line="452"/>
        <source>Bin %1</source>
        <translation>ช่องเก็บ %1</translation>
    </message>
    <message>
        <location filename="../ui/warehouse/pickingscreen.cpp" line="453"/>
        <source>× %1</source>
        <translation>× %1</translation>
    </message>
    <message>
        <location filename="../ui/warehouse/pickingscreen.cpp" line="457"/>
        <source>Task %1 of %2</source>
        <translation>งาน %1 จาก %2</translation>
    </message>
</context>
<context>
    <name>backroom::ui::SavedRunsModel</name>
    <message>
        <location filename="../ui/drills/savedrunsmodel.cpp" line="40"/>
        <source>%1 answered under faults</source>
        <translation>%1 ตอบกลับได้ขณะเกิดข้อผิดพลาด</translation>
    </message>
    <message>
        <location filename="../ui/drills/savedrunsmodel.cpp" line="46"/>
        <source>best %1 orders/s</source>
        <translation>สูงสุด %1 คำสั่งซื้อ/s</translation>
    </message>
    <message>
        <location filename="../ui/drills/savedrunsmodel.cpp" line="48"/>
        <source>%1 /s</source>
        <translation>%1 /s</translation>
    </message>
    <message>
        <location filename="../ui/drills/savedrunsmodel.cpp" line="76"/>
        <source>PASS</source>
        <translation>PASS</translation>
    </message>
    <message>
        <location filename="../ui/drills/savedrunsmodel.cpp" line="76"/>
        <source>FAIL</source>
        <translation>FAIL</translation>
    </message>
    <message>
        <location filename="../ui/drills/savedrunsmodel.cpp" line="89"/>
        <source>Run</source>
        <translation>รอบ</translation>
    </message>
    <message>
        <location filename="../ui/drills/savedrunsmodel.cpp" line="90"/>
        <source>Started</source>
        <translation>เริ่มเมื่อ</translation>
    </message>
    <message>
        <location filename="../ui/drills/savedrunsmodel.cpp" line="91"/>
        <source>Kind</source>
        <translation>ประเภท</translation>
    </message>
    <message>
        <location filename="../ui/drills/savedrunsmodel.cpp" line="92"/>
        <source>Scenario</source>
        <translation>สถานการณ์</translation>
    </message>
    <message>
        <location filename="../ui/drills/savedrunsmodel.cpp" line="93"/>
        <source>Verdict</source>
        <translation>ผลตัดสิน</translation>
    </message>
    <message>
        <location filename="../ui/drills/savedrunsmodel.cpp" line="94"/>
        <source>Rate</source>
        <translation>อัตรา</translation>
    </message>
    <message>
        <location filename="../ui/drills/savedrunsmodel.cpp" line="95"/>
        <source>p99</source>
        <translation>p99</translation>
    </message>
</context>
<context>
    <name>backroom::ui::SavedRunsPanel</name>
    <message>
        <location filename="../ui/drills/savedrunspanel.cpp" line="36"/>
        <source>Refresh</source>
        <translation>รีเฟรช</translation>
    </message>
    <message>
        <location filename="../ui/drills/savedrunspanel.cpp" line="38"/>
        <source>Open run</source>
        <translation>เปิดรอบ</translation>
    </message>
    <message>
        <location filename="../ui/drills/savedrunspanel.cpp" line="40"/>
        <source>Show the selected run&apos;s report (Enter)</source>
        <translation>แสดงรายงานของรอบที่เลือก (Enter)</translation>
    </message>
    <message>
        <location filename="../ui/drills/savedrunspanel.cpp" line="41"/>
        <source>Compare the two selected</source>
        <translation>เปรียบเทียบสองรายการที่เลือก</translation>
    </message>
    <message>
        <location filename="../ui/drills/savedrunspanel.cpp" line="76"/>
        <source>Open saved run</source>
        <translation>เปิดรอบที่บันทึกไว้</translation>
    </message>
    <message>
        <location filename="../ui/drills/savedrunspanel.cpp" line="98"/>
        <source>Reading saved runs…</source>
        <translation>กำลังอ่านรอบที่บันทึกไว้…</translation>
    </message>
    <message>
        <location filename="../ui/drills/savedrunspanel.cpp" line="104"/>
        <source>Saved runs could not be read: %1</source>
        <translation>อ่านรอบที่บันทึกไว้ไม่ได้: %1</translation>
    </message>
    <message>
        <location filename="../ui/drills/savedrunspanel.cpp" line="109"/>
        <source>No saved runs yet: every drill run from this screen or `backroom drill load` is kept here.</source>
        <translation>ยังไม่มีรอบที่บันทึกไว้: ทุกการซ้อมที่รันจากหน้าจอนี้หรือ `backroom drill load` จะเก็บไว้ที่นี่</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/drills/savedrunspanel.cpp" line="111"/>
        <source>%n saved run(s). Select two to compare them.</source>
        <translation>
            <numerusform>มีรอบที่บันทึกไว้ %n รอบ เลือกสองรอบเพื่อเปรียบเทียบ</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/drills/savedrunspanel.cpp" line="163"/>
        <source>Select exactly two runs to compare (Ctrl+click).</source>
        <translation>เลือกสองรอบพอดีเพื่อเปรียบเทียบ (Ctrl+คลิก)</translation>
    </message>
    <message>
        <location filename="../ui/drills/savedrunspanel.cpp" line="180"/>
        <source>These runs are of different kinds (load, shoot-out, chaos) and have different figures: compare runs of the same kind.</source>
        <translation>การรันเหล่านี้ต่างประเภทกัน (โหลด, shoot-out, chaos) และมีตัวเลขต่างกัน: ให้เปรียบเทียบการรันประเภทเดียวกัน</translation>
    </message>
    <message>
        <location filename="../ui/drills/savedrunspanel.cpp" line="189"/>
        <source>Figure</source>
        <translation>ตัวเลข</translation>
    </message>
    <message>
        <location filename="../ui/drills/savedrunspanel.cpp" line="189"/>
        <source>Run %1</source>
        <translation>รอบ %1</translation>
    </message>
    <message>
        <location filename="../ui/drills/savedrunspanel.cpp" line="189"/>
        <source>Difference</source>
        <translation>ผลต่าง</translation>
    </message>
    <message>
        <location filename="../ui/drills/savedrunspanel.cpp" line="200"/>
        <source>Run %1 (%2, %3) against run %4 (%5, %6)</source>
        <translation>รอบ %1 (%2, %3) เทียบกับรอบ %4 (%5, %6)</translation>
    </message>
</context>
<context>
    <name>backroom::ui::SettingsDialog</name>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="18"/>
        <source>Settings</source>
        <translation>การตั้งค่า</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="26"/>
        <source>Backroom uses the new language the next time it starts.</source>
        <translation>Backroom จะใช้ภาษาใหม่เมื่อเปิดครั้งถัดไป</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="29"/>
        <source>&amp;Ask before cancelling an order or making any other change that cannot be undone</source>
        <translation>ถามก่อนยกเลิกคำสั่งซื้อหรือทำการเปลี่ยนแปลงอื่นที่ย้อนกลับไม่ได้ (&amp;A)</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="33"/>
        <source>General</source>
        <translation>ทั่วไป</translation>
    </message>
    <message>
        <location filename="../ui/settingsdialog.cpp" line="35"/>
        <source>&amp;Language:</source>
        <translation>ภาษา (&amp;L):</translation>
    </message>
</context>
<context>
    <name>backroom::ui::ShortcutsDialog</name>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="42"/>
        <source>Keyboard shortcuts</source>
        <translation>ปุ่มลัดแป้นพิมพ์</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="45"/>
        <source>Action</source>
        <translation>คำสั่ง</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="45"/>
        <source>Shortcut</source>
        <translation>ปุ่มลัด</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="45"/>
        <source>Where</source>
        <translation>ใช้ได้ที่</translation>
    </message>
    <message>
        <location filename="../ui/shortcutsdialog.cpp" line="62"/>
        <source>Menus open with Alt and the underlined letter; Tab moves between fields.</source>
        <translation>เปิดเมนูด้วย Alt กับตัวอักษรที่ขีดเส้นใต้ และใช้ Tab เพื่อย้ายไปช่องถัดไป</translation>
    </message>
</context>
<context>
    <name>backroom::ui::StockModel</name>
    <message>
        <location filename="../ui/stock/stockmodel.cpp" line="50"/>
        <source>This stock row was removed by someone else. Press F5 to reload.</source>
        <translation>รายการสต็อกนี้ถูกลบโดยผู้อื่น กด F5 เพื่อโหลดใหม่</translation>
    </message>
    <message>
        <location filename="../ui/stock/stockmodel.cpp" line="84"/>
        <source>SKU</source>
        <translation>รหัสสินค้า</translation>
    </message>
    <message>
        <location filename="../ui/stock/stockmodel.cpp" line="85"/>
        <source>Name</source>
        <translation>ชื่อสินค้า</translation>
    </message>
    <message>
        <location filename="../ui/stock/stockmodel.cpp" line="86"/>
        <source>Thai name</source>
        <translation>ชื่อภาษาไทย</translation>
    </message>
    <message>
        <location filename="../ui/stock/stockmodel.cpp" line="87"/>
        <source>Bin</source>
        <translation>ช่องเก็บ</translation>
    </message>
    <message>
        <location filename="../ui/stock/stockmodel.cpp" line="88"/>
        <source>On hand</source>
        <translation>คงคลัง</translation>
    </message>
    <message>
        <location filename="../ui/stock/stockmodel.cpp" line="89"/>
        <source>Reserved</source>
        <translation>จองแล้ว</translation>
    </message>
    <message>
        <location filename="../ui/stock/stockmodel.cpp" line="90"/>
        <source>Available</source>
        <translation>พร้อมขาย</translation>
    </message>
</context>
<context>
    <name>backroom::ui::StockScreen</name>
    <message>
        <location filename="../ui/stock/stockscreen.cpp" line="43"/>
        <source>Search SKU or name, English or Thai — typos are fine (Ctrl+F)</source>
        <translation>ค้นหารหัสสินค้าหรือชื่อ ภาษาไทยหรืออังกฤษ — พิมพ์ผิดได้ (Ctrl+F)</translation>
    </message>
    <message>
        <location filename="../ui/stock/stockscreen.cpp" line="69"/>
        <source>History</source>
        <translation>ประวัติ</translation>
    </message>
    <message>
        <location filename="../ui/stock/stockscreen.cpp" line="97"/>
        <source>Refresh</source>
        <translation>รีเฟรช</translation>
    </message>
    <message>
        <location filename="../ui/stock/stockscreen.cpp" line="102"/>
        <source>Search</source>
        <translation>ค้นหา</translation>
    </message>
    <message>
        <location filename="../ui/stock/stockscreen.cpp" line="107"/>
        <source>Edit quantity</source>
        <translation>แก้ไขจำนวน</translation>
    </message>
    <message>
        <location filename="../ui/stock/stockscreen.cpp" line="236"/>
        <source>History — select a row to see its changes</source>
        <translation>ประวัติ — เลือกรายการเพื่อดูการเปลี่ยนแปลง</translation>
    </message>
    <message>
        <location filename="../ui/stock/stockscreen.cpp" line="241"/>
        <source>History of %1 in bin %2</source>
        <translation>ประวัติของ %1 ในช่อง %2</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/stock/stockscreen.cpp" line="246"/>
        <source>%n row(s) loaded</source>
        <translation>
            <numerusform>โหลดแล้ว %n รายการ</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/stock/stockscreen.cpp" line="248"/>
        <source> — loading…</source>
        <translation> — กำลังโหลด…</translation>
    </message>
    <message>
        <location filename="../ui/stock/stockscreen.cpp" line="250"/>
        <source>Could not load stock: %1</source>
        <translation>โหลดสต็อกไม่สำเร็จ: %1</translation>
    </message>
</context>
<context>
    <name>backroom::ui::WavesModel</name>
    <message>
        <location filename="../ui/warehouse/wavesmodel.cpp" line="19"/>
        <source>Created</source>
        <translation>สร้างแล้ว</translation>
    </message>
    <message>
        <location filename="../ui/warehouse/wavesmodel.cpp" line="21"/>
        <source>Released</source>
        <translation>ปล่อยแล้ว</translation>
    </message>
    <message>
        <location filename="../ui/warehouse/wavesmodel.cpp" line="23"/>
        <source>Closed</source>
        <translation>ปิดแล้ว</translation>
    </message>
    <message>
        <location filename="../ui/warehouse/wavesmodel.cpp" line="44"/>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>yyyy-MM-dd HH:mm</translation>
    </message>
    <message>
        <location filename="../ui/warehouse/wavesmodel.cpp" line="45"/>
        <location filename="../ui/warehouse/wavesmodel.cpp" line="46"/>
        <source>all</source>
        <translation>ทั้งหมด</translation>
    </message>
    <message>
        <location filename="../ui/warehouse/wavesmodel.cpp" line="48"/>
        <location filename="../ui/warehouse/wavesmodel.cpp" line="49"/>
        <location filename="../ui/warehouse/wavesmodel.cpp" line="51"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location filename="../ui/warehouse/wavesmodel.cpp" line="62"/>
        <source>Wave</source>
        <translation>คลื่นงาน</translation>
    </message>
    <message>
        <location filename="../ui/warehouse/wavesmodel.cpp" line="63"/>
        <source>Status</source>
        <translation>สถานะ</translation>
    </message>
    <message>
        <location filename="../ui/warehouse/wavesmodel.cpp" line="64"/>
        <source>Cut-off</source>
        <translation>เวลาตัดรอบ</translation>
    </message>
    <message>
        <location filename="../ui/warehouse/wavesmodel.cpp" line="65"/>
        <source>Channel</source>
        <translation>ช่องทางขาย</translation>
    </message>
    <message>
        <location filename="../ui/warehouse/wavesmodel.cpp" line="66"/>
        <source>Zone</source>
        <translation>โซน</translation>
    </message>
    <message>
        <location filename="../ui/warehouse/wavesmodel.cpp" line="67"/>
        <source>Orders</source>
        <translation>คำสั่งซื้อ</translation>
    </message>
    <message>
        <location filename="../ui/warehouse/wavesmodel.cpp" line="68"/>
        <source>Tasks done</source>
        <translation>งานที่เสร็จ</translation>
    </message>
    <message>
        <location filename="../ui/warehouse/wavesmodel.cpp" line="69"/>
        <source>Units picked</source>
        <translation>ชิ้นที่หยิบแล้ว</translation>
    </message>
    <message>
        <location filename="../ui/warehouse/wavesmodel.cpp" line="70"/>
        <source>Missing</source>
        <translation>ขาด</translation>
    </message>
    <message>
        <location filename="../ui/warehouse/wavesmodel.cpp" line="71"/>
        <source>Orders packed</source>
        <translation>คำสั่งซื้อที่แพ็กแล้ว</translation>
    </message>
</context>
<context>
    <name>backroom::ui::WavesScreen</name>
    <message>
        <location filename="../ui/warehouse/wavesscreen.cpp" line="55"/>
        <source>&amp;Release…</source>
        <translation>ปล่อยงาน (&amp;R)…</translation>
    </message>
    <message>
        <location filename="../ui/warehouse/wavesscreen.cpp" line="56"/>
        <source>&amp;Close…</source>
        <translation>ปิด (&amp;C)…</translation>
    </message>
    <message>
        <location filename="../ui/warehouse/wavesscreen.cpp" line="57"/>
        <source>Print pick l&amp;ist</source>
        <translation>พิมพ์ใบหยิบสินค้า (&amp;I)</translation>
    </message>
    <message>
        <location filename="../ui/warehouse/wavesscreen.cpp" line="58"/>
        <source>Save pick list &amp;as…</source>
        <translation>บันทึกใบหยิบสินค้าเป็น (&amp;A)…</translation>
    </message>
    <message>
        <location filename="../ui/warehouse/wavesscreen.cpp" line="60"/>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <location filename="../ui/warehouse/wavesscreen.cpp" line="61"/>
        <source>Label 100×150 mm</source>
        <translation>ฉลาก 100×150 mm</translation>
    </message>
    <message>
        <location filename="../ui/warehouse/wavesscreen.cpp" line="63"/>
        <source>Pickers (comma-separated, optional)</source>
        <translation>พนักงานหยิบ (คั่นด้วยจุลภาค, ไม่บังคับ)</translation>
    </message>
    <message>
        <location filename="../ui/warehouse/wavesscreen.cpp" line="64"/>
        <source>Releasing with pickers cuts the walk into one list per picker.</source>
        <translation>การปล่อยงานโดยระบุพนักงานหยิบจะแบ่งเส้นทางเดินออกเป็นรายการละหนึ่งคน</translation>
    </message>
    <message>
        <location filename="../ui/warehouse/wavesscreen.cpp" line="103"/>
        <location filename="../ui/warehouse/wavesscreen.cpp" line="188"/>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>yyyy-MM-dd HH:mm</translation>
    </message>
    <message>
        <location filename="../ui/warehouse/wavesscreen.cpp" line="106"/>
        <source>All channels</source>
        <translation>ทุกช่องทางขาย</translation>
    </message>
    <message>
        <location filename="../ui/warehouse/wavesscreen.cpp" line="110"/>
        <source>All zones</source>
        <translation>ทุกโซน</translation>
    </message>
    <message>
        <location filename="../ui/warehouse/wavesscreen.cpp" line="111"/>
        <source>&amp;New wave…</source>
        <translation>คลื่นงานใหม่ (&amp;N)…</translation>
    </message>
    <message>
        <location filename="../ui/warehouse/wavesscreen.cpp" line="112"/>
        <source>Paid up to</source>
        <translation>ชำระเงินถึง</translation>
    </message>
    <message>
        <location filename="../ui/warehouse/wavesscreen.cpp" line="114"/>
        <source>Channel</source>
        <translation>ช่องทางขาย</translation>
    </message>
    <message>
        <location filename="../ui/warehouse/wavesscreen.cpp" line="116"/>
        <source>Zone</source>
        <translation>โซน</translation>
    </message>
    <message>
        <location filename="../ui/warehouse/wavesscreen.cpp" line="166"/>
        <source>Not now</source>
        <translation>ไว้ทีหลัง</translation>
    </message>
    <message>
        <location filename="../ui/warehouse/wavesscreen.cpp" line="187"/>
        <source>Group the orders paid up to %1 (%2, %3) that are in no open wave into a new wave?</source>
        <translation>รวมคำสั่งซื้อที่ชำระเงินถึง %1 (%2, %3) ซึ่งยังไม่อยู่ในคลื่นงานที่เปิดอยู่ เป็นคลื่นงานใหม่หรือไม่?</translation>
    </message>
    <message>
        <location filename="../ui/warehouse/wavesscreen.cpp" line="189"/>
        <source>every channel</source>
        <translation>ทุกช่องทางขาย</translation>
    </message>
    <message>
        <location filename="../ui/warehouse/wavesscreen.cpp" line="190"/>
        <source>every zone</source>
        <translation>ทุกโซน</translation>
    </message>
    <message>
        <location filename="../ui/warehouse/wavesscreen.cpp" line="190"/>
        <source>zone %1</source>
        <translation>โซน %1</translation>
    </message>
    <message>
        <location filename="../ui/warehouse/wavesscreen.cpp" line="191"/>
        <source>New wave</source>
        <translation>คลื่นงานใหม่</translation>
    </message>
    <message>
        <location filename="../ui/warehouse/wavesscreen.cpp" line="191"/>
        <source>Create the wave</source>
        <translation>สร้างคลื่นงาน</translation>
    </message>
    <message>
        <location filename="../ui/warehouse/wavesscreen.cpp" line="192"/>
        <source>Creating the wave…</source>
        <translation>กำลังสร้างคลื่นงาน…</translation>
    </message>
    <message>
        <location filename="../ui/warehouse/wavesscreen.cpp" line="200"/>
        <source>Wave %1 created. Release it to let the pickers start.</source>
        <translation>สร้างคลื่นงาน %1 แล้ว ปล่อยงานเพื่อให้พนักงานหยิบเริ่มได้</translation>
    </message>
    <message>
        <location filename="../ui/warehouse/wavesscreen.cpp" line="213"/>
        <source>Release wave %1? Any picker can then claim its tasks.</source>
        <translation>ปล่อยคลื่นงาน %1 หรือไม่? จากนั้นพนักงานหยิบคนใดก็รับงานได้</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/warehouse/wavesscreen.cpp" line="214"/>
        <source>Release wave %1 as %n list(s), one per picker (%2)?</source>
        <translation>
            <numerusform>ปล่อยคลื่นงาน %1 เป็น %n รายการ คนละหนึ่งรายการ (%2) หรือไม่?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/warehouse/wavesscreen.cpp" line="218"/>
        <source>Release wave</source>
        <translation>ปล่อยคลื่นงาน</translation>
    </message>
    <message>
        <location filename="../ui/warehouse/wavesscreen.cpp" line="218"/>
        <source>Release</source>
        <translation>ปล่อยงาน</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/warehouse/wavesscreen.cpp" line="226"/>
        <source>Wave %1 released: %n task(s) to pick.</source>
        <translation>
            <numerusform>ปล่อยคลื่นงาน %1 แล้ว: มีงานหยิบ %n งาน</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/warehouse/wavesscreen.cpp" line="238"/>
        <source>Close wave</source>
        <translation>ปิดคลื่นงาน</translation>
    </message>
    <message>
        <location filename="../ui/warehouse/wavesscreen.cpp" line="239"/>
        <source>Close wave %1? Orders with nothing picked go back to wait for the next wave.</source>
        <translation>ปิดคลื่นงาน %1 หรือไม่? คำสั่งซื้อที่ยังไม่ได้หยิบเลยจะกลับไปรอคลื่นงานถัดไป</translation>
    </message>
    <message>
        <location filename="../ui/warehouse/wavesscreen.cpp" line="240"/>
        <source>Close the wave</source>
        <translation>ปิดคลื่นงาน</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/warehouse/wavesscreen.cpp" line="248"/>
        <source>Wave %1 closed; %n order(s) back in the pool.</source>
        <translation>
            <numerusform>ปิดคลื่นงาน %1 แล้ว คำสั่งซื้อ %n รายการกลับไปรอในคิว</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/warehouse/wavesscreen.cpp" line="266"/>
        <source>Save pick list</source>
        <translation>บันทึกใบหยิบสินค้า</translation>
    </message>
    <message>
        <location filename="../ui/warehouse/wavesscreen.cpp" line="267"/>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <location filename="../ui/warehouse/wavesscreen.cpp" line="277"/>
        <source>Writing the pick list of wave %1…</source>
        <translation>กำลังเขียนใบหยิบสินค้าของคลื่นงาน %1…</translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/warehouse/wavesscreen.cpp" line="291"/>
        <source>Pick list written: %1 (%n page(s)).</source>
        <translation>
            <numerusform>เขียนใบหยิบสินค้าแล้ว: %1 (%n หน้า)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>backroom::warehouse</name>
    <message>
        <location filename="../core/warehouse/code128.cpp" line="103"/>
        <source>A barcode needs some text to encode.</source>
        <translation>บาร์โค้ดต้องมีข้อความสำหรับเข้ารหัส</translation>
    </message>
    <message>
        <location filename="../core/warehouse/code128.cpp" line="106"/>
        <source>Text too long for a barcode (%1 characters, at most %2).</source>
        <translation>ข้อความยาวเกินไปสำหรับบาร์โค้ด (%1 ตัวอักษร, สูงสุด %2)</translation>
    </message>
    <message>
        <location filename="../core/warehouse/code128.cpp" line="110"/>
        <source>A Code 128 barcode can hold only plain ASCII letters, digits and signs; &quot;%1&quot; contains &apos;%2&apos;.</source>
        <translation>บาร์โค้ด Code 128 รองรับเฉพาะตัวอักษร ASCII ธรรมดา ตัวเลข และเครื่องหมายเท่านั้น: &quot;%1&quot; มี &apos;%2&apos;</translation>
    </message>
    <message>
        <location filename="../core/warehouse/warehouse.cpp" line="99"/>
        <source>Lost the connection to the database: %1</source>
        <translation>การเชื่อมต่อฐานข้อมูลขาดหาย: %1</translation>
    </message>
    <message>
        <location filename="../core/warehouse/warehouse.cpp" line="266"/>
        <source>Scan every item of order %1 into the parcel before packing.</source>
        <translation>สแกนสินค้าทุกชิ้นของคำสั่งซื้อ %1 ลงกล่องพัสดุก่อนแพ็ก</translation>
    </message>
    <message>
        <location filename="../core/warehouse/warehouse.cpp" line="293"/>
        <source>Wave %1 does not exist.</source>
        <translation>ไม่มีคลื่นงาน %1</translation>
    </message>
    <message>
        <location filename="../core/warehouse/warehouse.cpp" line="331"/>
        <source>Order %1 does not exist.</source>
        <translation>ไม่มีคำสั่งซื้อ %1</translation>
    </message>
</context>
</TS>
