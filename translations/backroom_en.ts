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
    <name>CircuitBreaker</name>
    <message>
        <location filename="../core/resilience/circuitbreaker.cpp" line="367"/>
        <source>all trial calls are in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/resilience/circuitbreaker.cpp" line="368"/>
        <source>not calling for another %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/resilience/circuitbreaker.cpp" line="477"/>
        <source>the last %1 calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/resilience/circuitbreaker.cpp" line="478"/>
        <source>%1 calls in the last %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/resilience/circuitbreaker.cpp" line="479"/>
        <source>failure rate %1 % reached the threshold of %2 % over %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/resilience/circuitbreaker.cpp" line="481"/>
        <source>slow-call rate %1 % reached the threshold of %2 % over %3 (slower than %4 s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/resilience/circuitbreaker.cpp" line="499"/>
        <source>%1 of %2 trial calls failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/resilience/circuitbreaker.cpp" line="506"/>
        <source>%1 of %2 trial calls were slower than %3 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/resilience/circuitbreaker.cpp" line="513"/>
        <source>%1 of %2 trial calls succeeded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/resilience/circuitbreaker.cpp" line="522"/>
        <source>%1; break of %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/resilience/circuitbreaker.cpp" line="532"/>
        <source>the break is over; trying %1 calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/resilience/circuitbreaker.cpp" line="685"/>
        <source>%1 was switched off by an operator; try again later or ask an owner to close it on the Health screen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/resilience/circuitbreaker.cpp" line="687"/>
        <source>%1 is not being called for now after repeated failures; try again in %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/resilience/circuitbreaker.cpp" line="741"/>
        <source>reset</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConnectionFacts</name>
    <message>
        <location filename="../ui/connectionfacts.cpp" line="39"/>
        <source>local</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../app/cli_gui.cpp" line="420"/>
        <source>Preparing the demo shop...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../app/cli_gui.cpp" line="421"/>
        <location filename="../app/cli_gui.cpp" line="436"/>
        <source>Backroom demo</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RetryPolicy</name>
    <message>
        <location filename="../core/resilience/retry.cpp" line="104"/>
        <source>Cancelled before it could finish.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>backroom::backup</name>
    <message>
        <location filename="../core/backup/backupfolder.cpp" line="32"/>
        <location filename="../core/backup/restoredrill.cpp" line="63"/>
        <location filename="../core/backup/walarchive.cpp" line="134"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupfolder.cpp" line="48"/>
        <source>Cannot create %1: check the path and its permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupfolder.cpp" line="54"/>
        <source>%1 already holds the backups of another database cluster (%2): choose an empty folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupfolder.cpp" line="68"/>
        <source>%1 is not a Backroom backup folder: run `backroom backup setup --to &lt;folder&gt;` first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupfolder.cpp" line="132"/>
        <source>Cannot create %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupfolder.cpp" line="141"/>
        <source>Cannot copy %1 to %2 (disk full or no permission?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupsetup.cpp" line="32"/>
        <source>The path %1 holds a character (%2) the server&apos;s shell cannot take safely: choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupsetup.cpp" line="91"/>
        <source>Setting up archiving changes server settings (ALTER SYSTEM): connect as a superuser, e.g. the cluster&apos;s administrator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupsetup.cpp" line="94"/>
        <source>The archive timeout and base backup interval must be positive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupstatus.cpp" line="102"/>
        <source>Backups are not set up: run `backroom backup setup --to &lt;folder&gt;`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupstatus.cpp" line="104"/>
        <source>WAL archiving is off: run `backroom backup setup` again and restart the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupstatus.cpp" line="106"/>
        <source>WAL archiving waits for a server restart: restart PostgreSQL (for the embedded one, restart the demo or run `backroom backup setup` again while no demo runs).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupstatus.cpp" line="109"/>
        <source>WAL archiving is failing since %1 (%2, %3 failures): read the PostgreSQL server log; is the backup folder writable and the disk not full?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupstatus.cpp" line="114"/>
        <source>WAL archiving is behind: nothing archived since %1 while complete segments wait.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupstatus.cpp" line="115"/>
        <source>setup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupstatus.cpp" line="117"/>
        <source>There is no base backup yet: run `backroom backup base`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupstatus.cpp" line="119"/>
        <source>The last base backup failed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupstatus.cpp" line="121"/>
        <source>The last restore drill failed: %1 Fix it and run `backroom backup restore-drill` again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/backupstatus.cpp" line="122"/>
        <source>invariants were violated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/basebackup.cpp" line="56"/>
        <source>Removing the old base backup %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/basebackup.cpp" line="63"/>
        <source>Removed %1 archived WAL file(s) older than %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/basebackup.cpp" line="77"/>
        <source>%1 holds the backups of another database cluster (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/basebackup.cpp" line="93"/>
        <source>Cannot create %1 (a base backup with this time exists, or no permission).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/basebackup.cpp" line="97"/>
        <source>Taking a base backup into %1 ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/basebackup.cpp" line="113"/>
        <source>Verifying the base backup ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/basebackup.cpp" line="129"/>
        <source>Cannot rename %1 into place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/basebackup.cpp" line="141"/>
        <source>The connection string is not valid: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/basebackup.cpp" line="167"/>
        <source>Backups are not set up for this database: run `backroom backup setup --to &lt;folder&gt;`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/pgprogram.cpp" line="65"/>
        <source>%1 is missing from %2: install the PostgreSQL client and server programs.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/pgprogram.cpp" line="86"/>
        <source>Could not start %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/pgprogram.cpp" line="93"/>
        <source>%1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/pgprogram.cpp" line="99"/>
        <source>%1 did not finish within %2 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/pgprogram.cpp" line="104"/>
        <source>%1 failed (exit %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restoredrill.cpp" line="98"/>
        <source>Cannot create a temporary directory for the restore.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restoredrill.cpp" line="104"/>
        <source>There is no base backup in %1 yet: run `backroom backup base`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restoredrill.cpp" line="113"/>
        <source>The WAL archive is missing %1 (%2 segment(s) missing between %3 and %4): a restore would stop before it and lose everything after. Take a new base backup now (`backroom backup base`) and find out why archiving skipped it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restoredrill.cpp" line="121"/>
        <source>Copying base backup %1 (%2 MB) to %3 ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restoredrill.cpp" line="162"/>
        <source>Starting the restore; it replays %1 archived WAL segment(s) up to %2 ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restoredrill.cpp" line="163"/>
        <source>the base backup&apos;s end</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restoredrill.cpp" line="170"/>
        <source>The restore did not start: %1
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restoredrill.cpp" line="185"/>
        <source>The restore was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restoredrill.cpp" line="187"/>
        <source>The restore did not finish within %1 s. Server log:
%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restoredrill.cpp" line="191"/>
        <source>The restored server stopped during recovery. Server log:
%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restoredrill.cpp" line="198"/>
        <source>  recovering for %1 s%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restoredrill.cpp" line="199"/>
        <source>, replayed up to %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restoredrill.cpp" line="215"/>
        <source>The restored server accepts connections but is still in recovery.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restoredrill.cpp" line="221"/>
        <source>Restored and promoted in %1 s (%2 WAL segment(s) replayed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restoredrill.cpp" line="233"/>
        <source>No superuser of the restored cluster is known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restoredrill.cpp" line="269"/>
        <source>Checking %1 failed (is this a Backroom database?): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restoredrill.cpp" line="331"/>
        <source>Checking the invariants in database %1 ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restoredrill.cpp" line="340"/>
        <source>Removing the throwaway cluster ...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restoredrill.cpp" line="358"/>
        <source>The source database is unreachable (%1): the data lost cannot be measured.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/restoredrill.cpp" line="368"/>
        <source>Could not record the drill&apos;s result: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/walarchive.cpp" line="65"/>
        <source>%1 is not in the archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/walarchive.cpp" line="70"/>
        <source>%1 is damaged (it does not expand): restore it from another copy of the archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/walarchive.cpp" line="81"/>
        <source>%1 is already archived with different content: refusing to overwrite it. Is a second server archiving into the same folder?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/walarchive.cpp" line="93"/>
        <source>Cannot read %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/walarchive.cpp" line="102"/>
        <source>Cannot write to the archive folder %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/walarchive.cpp" line="110"/>
        <source>Writing %1 to the archive failed (disk full?): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/walarchive.cpp" line="118"/>
        <source>Cannot rename %1 into place in the archive.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/walarchive.cpp" line="122"/>
        <source>Cannot flush the archive folder %1 to disk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/walarchive.cpp" line="165"/>
        <source>&apos;%1&apos; is not a WAL segment name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/backup/walarchive.cpp" line="169"/>
        <source>The WAL archive %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>backroom::channels</name>
    <message>
        <location filename="../core/channels/channelcredentials.cpp" line="27"/>
        <source>No %1 credentials in %2; run `backroom channels credentials %1`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/channels/channelcontrol.cpp" line="25"/>
        <source>Buffer stock must be a whole number from 0 to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/channels/lazadaadapter.cpp" line="122"/>
        <source>Lazada&apos;s answer has no &quot;code&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/channels/lazadaadapter.cpp" line="123"/>
        <source>Lazada&apos;s answer is not JSON (%1 at offset %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/channels/marketplaceadapter.cpp" line="60"/>
        <source>%1 asks us to slow down (HTTP 429).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/channels/marketplaceadapter.cpp" line="69"/>
        <source>%1 answered HTTP %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/channels/shopeeadapter.cpp" line="98"/>
        <source>Shopee&apos;s answer is not JSON (%1 at offset %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/channels/shopeeadapter.cpp" line="113"/>
        <source>Shopee answered HTTP %1 without an error code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/channels/shopeeadapter.cpp" line="119"/>
        <source>Shopee&apos;s answer has no &quot;response&quot; object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/channels/shopeeadapter.cpp" line="142"/>
        <source>Shopee confirmed no stock change (empty success_list).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/channels/orderpush.cpp" line="15"/>
        <source>Shopee is not configured here (no partner key): push refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/channels/orderpush.cpp" line="18"/>
        <source>Wrong push signature (Authorization is not HMAC-SHA256 of the callback URL and body with the partner key).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/channels/orderpush.cpp" line="21"/>
        <source>Push endpoint is available.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/channels/orderpush.cpp" line="25"/>
        <source>A push is a JSON object: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/channels/orderpush.cpp" line="30"/>
        <source>Push for shop %1, but this is shop %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/channels/orderpush.cpp" line="32"/>
        <source>Push code %1 is not read here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/channels/orderpush.cpp" line="35"/>
        <source>An order status push needs data.ordersn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/channels/orderpush.cpp" line="36"/>
        <source>Order %1 will be fetched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/channels/pushserver.cpp" line="42"/>
        <source>Cannot listen for marketplace pushes on %1:%2: the port is taken or not allowed; pick another with --channel-push-listen.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>backroom::channels::SyncWorker</name>
    <message>
        <location filename="../core/channels/syncworker.cpp" line="108"/>
        <source>not configured yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/channels/syncworker.cpp" line="172"/>
        <source>unknown channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/channels/syncworker.cpp" line="207"/>
        <source>Channel sync cannot reach the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/channels/syncworker.cpp" line="218"/>
        <source>Channel sync cannot read the channel settings: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/channels/syncworker.cpp" line="252"/>
        <source>disabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/channels/syncworker.cpp" line="256"/>
        <source>no base URL; set one with `backroom channels set %1 --url ...`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/channels/syncworker.cpp" line="332"/>
        <source>no %1 item id for %2 yet: the listing lookup failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/channels/syncworker.cpp" line="336"/>
        <source>no %1 listing has item_sku %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/channels/syncworker.cpp" line="339"/>
        <source>no %1 listing with item_sku %2 known yet; looking it up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/channels/syncworker.cpp" line="352"/>
        <source>Channel sync could not claim %1 work: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/channels/syncworker.cpp" line="367"/>
        <source>Channel sync could not give back %1 rows (their lease expires on its own): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/channels/syncworker.cpp" line="429"/>
        <source>Channel sync could not record a %1 push of %2 (it will be pushed again): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/channels/syncworker.cpp" line="440"/>
        <source>Channel sync could not look at flash sales: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/channels/syncworker.cpp" line="448"/>
        <source>Channel sync could not prune the push log: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/channels/syncworker.cpp" line="455"/>
        <source>%1 %2 failed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/channels/syncworker.cpp" line="460"/>
        <source>Channel sync could not record a failed %1 %2 call: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/channels/syncworker.cpp" line="653"/>
        <source>No pushes are read from %1; its orders are pulled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/channels/syncworker.cpp" line="655"/>
        <source>%1 is not enabled and configured here: push refused.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/channels/syncworker.cpp" line="628"/>
        <source>Could not take in %1 order %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>backroom::chaos</name>
    <message>
        <location filename="../core/chaos/chaosrun.cpp" line="67"/>
        <source>The experiment pays its orders but no payment router was set up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chaos/chaosrun.cpp" line="83"/>
        <source>No product has stock to sell: the chaos load needs some.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chaos/chaosrun.cpp" line="69"/>
        <source>The experiment checks out over HTTP but names no `serve`: give &quot;store_url&quot; in the file, --store-url or --start-serve.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chaos/chaosrun.cpp" line="73"/>
        <source>The chaos load cannot connect to the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chaos/chaosrun.cpp" line="215"/>
        <source>payment refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chaos/chaosrun.cpp" line="254"/>
        <source>The chaos target is not this machine: breaking a real server hurts real buyers. Confirm it with --yes if you mean it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chaos/chaosrun.cpp" line="275"/>
        <source>This shop has no backup younger than a day: a chaos drill breaks things on purpose. Run `backroom backup base` (or give your own fresh pg_dump with --backup-marker FILE) first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chaos/chaosrun.cpp" line="308"/>
        <source>not measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chaos/chaosrun.cpp" line="356"/>
        <source>Chaos experiment: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chaos/chaosrun.cpp" line="357"/>
        <source>Steady state at rest:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chaos/chaosrun.cpp" line="361"/>
        <source>The steady state did not hold at rest: no fault was injected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chaos/chaosrun.cpp" line="363"/>
        <source>Timeline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chaos/chaosrun.cpp" line="368"/>
        <source>Steady state during the method (faults and recovery):</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chaos/chaosrun.cpp" line="371"/>
        <source>Time to recover: %1 s after the last fault was taken out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chaos/chaosrun.cpp" line="372"/>
        <source>Time to recover: the shop did not get back to its steady state within the run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chaos/chaosrun.cpp" line="376"/>
        <source>Verdict: nothing oversold, ledger == stock, no acknowledged order lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chaos/chaosrun.cpp" line="377"/>
        <source>Verdict: %1 violations, e.g. %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chaos/chaosrun.cpp" line="379"/>
        <source>Money at risk: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chaos/chaosrun.cpp" line="381"/>
        <source>The run was aborted: the steady state broke beyond the experiment&apos;s limit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chaos/chaosrun.cpp" line="383"/>
        <source>The run was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chaos/chaosrun.cpp" line="385"/>
        <source>Failure: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chaos/chaosrun.cpp" line="387"/>
        <source>Rollback failed: %1 (undo it by hand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chaos/chaosrun.cpp" line="388"/>
        <source>PASSED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chaos/chaosrun.cpp" line="388"/>
        <source>FAILED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chaos/chaosrun.cpp" line="472"/>
        <source>load at %1 checkouts/s, no fault (at rest)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chaos/chaosrun.cpp" line="495"/>
        <source>The connection string cannot be read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chaos/chaosrun.cpp" line="499"/>
        <source>A proxy fault on postgres needs the database over TCP (host=127.0.0.1 port=...), not a Unix socket: connect with a host address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chaos/chaosrun.cpp" line="574"/>
        <source>the steady state does not hold at rest: the method is skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chaos/chaosrun.cpp" line="581"/>
        <source>method starts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chaos/chaosrun.cpp" line="612"/>
        <source>could not inject &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chaos/chaosrun.cpp" line="619"/>
        <source> (%1 terminated)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chaos/chaosrun.cpp" line="639"/>
        <source>no sandbox to reset %1 on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chaos/chaosrun.cpp" line="641"/>
        <source>%1 faults reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chaos/chaosrun.cpp" line="657"/>
        <source>every fault is out: recovery</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chaos/chaosrun.cpp" line="673"/>
        <source>cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chaos/chaosrun.cpp" line="699"/>
        <source>checkout success %1 % in a second, below the limit %2 %: rolling back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chaos/chaosrun.cpp" line="752"/>
        <source>the verdict could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chaos/chaosrun.cpp" line="778"/>
        <source>back to the steady state %1 s after the last fault went out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chaos/experiment.cpp" line="33"/>
        <source>Experiment %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chaos/experiment.cpp" line="42"/>
        <source>unknown probe &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chaos/experiment.cpp" line="57"/>
        <source>the probe &apos;%1&apos; needs a tolerance {&quot;min&quot;: ...} or {&quot;max&quot;: ...}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chaos/experiment.cpp" line="70"/>
        <location filename="../core/chaos/experiment.cpp" line="113"/>
        <source>a duration such as 3s or 500ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chaos/experiment.cpp" line="76"/>
        <source>&quot;action&quot; or &quot;pause&quot;, got &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chaos/experiment.cpp" line="80"/>
        <source>an object with a &quot;type&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chaos/experiment.cpp" line="91"/>
        <source>checkouts per second, above 0 and at most 1000</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chaos/experiment.cpp" line="97"/>
        <source>&quot;database&quot; or &quot;http&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chaos/experiment.cpp" line="103"/>
        <source>from 1 to 64</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chaos/experiment.cpp" line="238"/>
        <source>every experiment needs a title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chaos/experiment.cpp" line="244"/>
        <source>at least one probe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chaos/experiment.cpp" line="277"/>
        <source>Cannot read the experiment %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chaos/experiment.cpp" line="281"/>
        <source>The experiment %1 is not a JSON object: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chaos/faultproxy.cpp" line="390"/>
        <source>The fault proxy listens on loopback only (127.0.0.1 or ::1), not %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chaos/faultproxy.cpp" line="393"/>
        <source>The fault proxy needs an upstream host:port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chaos/faultproxy.cpp" line="398"/>
        <source>The upstream %1 is not on this machine: confirm it to put faults in front of it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chaos/faultproxy.cpp" line="411"/>
        <source>The fault proxy cannot listen on %1:%2: %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chaos/faultproxy.cpp" line="459"/>
        <source>A toxic named %1 is already on this proxy: remove it first or pick another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chaos/faultproxy.cpp" line="481"/>
        <source>No toxic named %1 on this proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chaos/faults.cpp" line="54"/>
        <source>terminate %1 random &apos;%2&apos; database connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chaos/faults.cpp" line="55"/>
        <source>terminate every &apos;%1&apos; database connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chaos/faults.cpp" line="100"/>
        <source>stop the embedded PostgreSQL (started again on rollback)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chaos/faults.cpp" line="101"/>
        <source>stop PostgreSQL with `%1` (started again with `%2`)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chaos/faults.cpp" line="109"/>
        <source>`%1` failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chaos/faults.cpp" line="140"/>
        <source>%1 down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chaos/faults.cpp" line="142"/>
        <source>%1 slow: +%2 ms per call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chaos/faults.cpp" line="144"/>
        <source>%1 faults: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chaos/faults.cpp" line="171"/>
        <source>kill `serve` (pid %1), started again on rollback</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chaos/faults.cpp" line="177"/>
        <source>The serve instance to kill is not running.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chaos/faults.cpp" line="192"/>
        <source>Could not start `serve` again: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chaos/faults.cpp" line="232"/>
        <source>The fault &apos;%1&apos; needs %2, which this run does not have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chaos/faults.cpp" line="236"/>
        <source>the sandbox (gateways and marketplace stand-ins)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chaos/faults.cpp" line="249"/>
        <source>the embedded cluster or the operator&apos;s stop and start commands</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chaos/faults.cpp" line="254"/>
        <source>a `serve` instance started by this run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chaos/faults.cpp" line="261"/>
        <source>a fault proxy in front of &apos;%1&apos; (postgres, or a sandbox gateway or marketplace stand-in that `drill chaos` started)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chaos/faults.cpp" line="270"/>
        <source>Unknown fault type &apos;%1&apos;: sandbox, terminate_backends, restart_database, kill_serve or proxy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chaos/moneyatrisk.cpp" line="86"/>
        <source>No money was at risk: each of the %1 charges the gateways hold belongs to exactly one order Backroom saved, and every payment Backroom saved was charged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chaos/moneyatrisk.cpp" line="90"/>
        <source>%1 customers were charged %2 baht in total but Backroom has no paid order for it: refund them or complete their orders (`backroom payments reconcile`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chaos/moneyatrisk.cpp" line="94"/>
        <source>%1 orders were charged twice (%2 baht too much): reverse the extra charges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chaos/moneyatrisk.cpp" line="97"/>
        <source>%1 orders are marked paid (%2 baht) but no gateway charged them: do not ship them before the money is in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chaos/toxic.cpp" line="74"/>
        <source>&apos;%1&apos; is not key=value.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chaos/toxic.cpp" line="83"/>
        <source>toxicity must be a number from 0 to 1, got &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chaos/toxic.cpp" line="88"/>
        <source>%1 takes no &apos;%2&apos; (it takes %3, name, toxicity).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chaos/toxic.cpp" line="89"/>
        <source>nothing else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chaos/toxic.cpp" line="93"/>
        <source>%1 of %2 must be a whole number, got &apos;%3&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chaos/toxic.cpp" line="128"/>
        <source>Unknown toxic &apos;%1&apos; in &apos;%2&apos;: use one of %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chaos/toxic.cpp" line="135"/>
        <source>Stream &apos;%1&apos; in &apos;%2&apos; must be upstream (client to server) or downstream (server to client).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chaos/toxic.cpp" line="139"/>
        <source>&apos;%1&apos; has too many &apos;:&apos; parts: write type:stream:key=value,...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chaos/toxic.cpp" line="158"/>
        <source>A toxic needs a name without spaces, &apos;,&apos; or &apos;:&apos; (got &apos;%1&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chaos/toxic.cpp" line="160"/>
        <source>toxicity of %1 must be from 0 to 1, got %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chaos/toxic.cpp" line="163"/>
        <source>%1: times, rates and sizes must not be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chaos/toxic.cpp" line="165"/>
        <source>%1: a slicer needs size of at least 1 byte.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chaos/proxyfault.cpp" line="22"/>
        <source>The fault proxy&apos;s thread did not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chaos/proxyfault.cpp" line="42"/>
        <source>proxy to %1 (port %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chaos/proxyfault.cpp" line="86"/>
        <source>The fault proxy&apos;s thread did not start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chaos/proxyfault.cpp" line="93"/>
        <source>A proxy fault needs &quot;toxics&quot;, e.g. [&quot;latency:downstream:ms=500&quot;].</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/chaos/proxyfault.cpp" line="98"/>
        <source>toxics[%1]: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>backroom::db</name>
    <message>
        <location filename="../core/db/asyncdb.cpp" line="23"/>
        <source>Lost the connection to the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/connection.cpp" line="91"/>
        <source>the default socket</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/connection.cpp" line="94"/>
        <source>%1 database &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/connection.cpp" line="95"/>
        <source>%1 as &quot;%2&quot;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/connection.cpp" line="112"/>
        <source>Not allowed for your role: %1. Ask an owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/connection.cpp" line="122"/>
        <source>The server&apos;s certificate at %1 is for &quot;%2&quot;, not for &quot;%3&quot;: connect with the host name the certificate names, or have the server&apos;s certificate reissued for this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/connection.cpp" line="127"/>
        <source>The server&apos;s certificate at %1 is not signed by the root certificate Backroom trusts: check the root certificate (sslrootcert) is the one that signed the server&apos;s certificate.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/connection.cpp" line="132"/>
        <source>Verifying the server at %1 needs the root certificate that signed its certificate: set it in the connection profile (sslrootcert=) or put it at ~/.postgresql/root.crt.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/connection.cpp" line="137"/>
        <source>The server at %1 does not accept encrypted connections: ask its administrator to turn on ssl, or use TLS mode &quot;disable&quot; only on a network you trust.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/connection.cpp" line="155"/>
        <source>Wrong user name or password for %1: check the user and password in --db or BACKROOM_DB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/connection.cpp" line="159"/>
        <source>The database does not exist on %1: create it or fix dbname in --db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/connection.cpp" line="163"/>
        <source>No such database user at %1: fix user in --db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/connection.cpp" line="166"/>
        <source>Timed out connecting to %1: check the host and that the network allows it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/connection.cpp" line="171"/>
        <source>Cannot reach PostgreSQL at %1: is the server running? Check host and port in --db or BACKROOM_DB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/connection.cpp" line="175"/>
        <source>Unknown host in %1: fix host in --db.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/connection.cpp" line="177"/>
        <source>Cannot connect to %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/connection.cpp" line="211"/>
        <source>%1 (run `backroom db migrate`)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/connection.cpp" line="222"/>
        <source>unreadable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/connection.cpp" line="225"/>
        <source>The connection string is malformed (%1). Example: &quot;host=localhost port=5432 dbname=backroom user=staff&quot; or &quot;postgresql://staff@localhost/backroom&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/connection.cpp" line="277"/>
        <source>Out of memory opening a connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/connection.cpp" line="318"/>
        <location filename="../core/db/connection.cpp" line="329"/>
        <source>Lost the connection to the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/connection.cpp" line="34"/>
        <source>Not connected to the database; will reconnect.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/connection.cpp" line="386"/>
        <source>Not connected to the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/connection.cpp" line="436"/>
        <source>Transaction already ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/connectionprofile.cpp" line="68"/>
        <source>Give the connection a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/connectionprofile.cpp" line="70"/>
        <source>Give the name of the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/connectionprofile.cpp" line="72"/>
        <source>Give the database user name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/connectionprofile.cpp" line="74"/>
        <source>The port must be between 1 and 65535.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/connectionprofile.cpp" line="131"/>
        <source>Could not save the connection in %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/embeddedcluster.cpp" line="132"/>
        <source>Cannot read %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/embeddedcluster.cpp" line="139"/>
        <source>Cannot write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/embeddedcluster.cpp" line="173"/>
        <source>Could not hash the embedded cluster&apos;s password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/embeddedcluster.cpp" line="177"/>
        <source>Could not quote the embedded cluster&apos;s password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/embeddedcluster.cpp" line="208"/>
        <source>Could not start %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/embeddedcluster.cpp" line="211"/>
        <source>%1 did not finish in time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/embeddedcluster.cpp" line="216"/>
        <source>%1 failed (exit %2): %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/embeddedcluster.cpp" line="238"/>
        <source>Cannot create %1: check permissions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/embeddedcluster.cpp" line="263"/>
        <source>No free loopback port for PostgreSQL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/embeddedcluster.cpp" line="285"/>
        <source>The embedded PostgreSQL did not start: %1 %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/migrations.cpp" line="23"/>
        <source>The database schema is version %1 but this Backroom knows only up to %2: upgrade Backroom before using this database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/migrations.cpp" line="95"/>
        <source>Migration %1 (%2) failed and was rolled back: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/db/migrations.cpp" line="115"/>
        <source>The database schema is at version %1, %n migration(s) behind: run `backroom db migrate`.</source>
        <translation>
            <numerusform>The database schema is at version %1, %n migration behind: run `backroom db migrate`.</numerusform>
            <numerusform>The database schema is at version %1, %n migrations behind: run `backroom db migrate`.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/db/notifylistener.cpp" line="68"/>
        <source>Out of memory.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/notifylistener.cpp" line="126"/>
        <source>Lost the live-update connection: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/notifylistener.cpp" line="153"/>
        <source>Lost the live-update connection.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/pgbinaries.cpp" line="178"/>
        <source>The PostgreSQL server programs (initdb, pg_ctl) were not found. Install Postgres.app, or PostgreSQL with Homebrew (brew install postgresql@16), or set BACKROOM_PG_BINDIR to the folder that has them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/pgbinaries.cpp" line="182"/>
        <source>The PostgreSQL server programs (initdb.exe, pg_ctl.exe) were not found. Install PostgreSQL from postgresql.org (its installer puts them in C:\Program Files\PostgreSQL\&lt;version&gt;\bin), or set BACKROOM_PG_BINDIR to the folder that has them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/pgbinaries.cpp" line="189"/>
        <source>The PostgreSQL server programs (initdb, pg_ctl) were not found. Install the PostgreSQL server (Debian and Ubuntu: apt install postgresql postgresql-contrib), or set BACKROOM_PG_BINDIR to the folder that has them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/db/tls.cpp" line="87"/>
        <source>The connection to %1 is not encrypted: passwords and shop data cross the network in clear text. Connect with TLS mode &quot;verify-full&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>backroom::drills</name>
    <message>
        <location filename="../core/drills/runstore.cpp" line="120"/>
        <source>No saved drill run has id %1; `backroom drill runs` lists them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/drills/scenario.cpp" line="40"/>
        <source>No product has stock to sell, so a normal day has nothing to order. Receive stock first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/drills/scenario.cpp" line="56"/>
        <source>A flash sale needs 1 to 99 hot SKUs, at least one unit each and 1 to 256 buckets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/drills/scenario.cpp" line="101"/>
        <source>Normal day: browse 70 %, search 20 %, checkout 10 % over the 20 products with the most stock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/drills/scenario.cpp" line="103"/>
        <source>Flash sale: checkout 80 %, browse 20 % on a few hot drill products with limited stock, flash-sale buckets on; sells out and proves nothing was oversold.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/drills/scenario.cpp" line="106"/>
        <source>Shoot-out: the four stock strategies on one hot product, side by side, each judged by the verdict.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/drills/scenario.cpp" line="126"/>
        <source>The shoot-out is a series of runs, not one: start it with the shoot-out runner (`backroom drill load --scenario shootout`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/drills/threshold.cpp" line="55"/>
        <source>Threshold &apos;%1&apos;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/drills/threshold.cpp" line="66"/>
        <source>a latency takes ms, s or us, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/drills/threshold.cpp" line="70"/>
        <source>an error rate is at most 100%.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/drills/threshold.cpp" line="74"/>
        <source>an error rate is a percentage (1%) or a fraction (0.01), not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/drills/threshold.cpp" line="76"/>
        <source>an error rate without % is a fraction from 0 to 1; write %1% for a percentage.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/drills/threshold.cpp" line="81"/>
        <source>a rate is answers per second (rate&gt;=1000 or rate&gt;=1000/s), not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/drills/threshold.cpp" line="84"/>
        <source>a count takes no unit, not &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/drills/threshold.cpp" line="145"/>
        <source>write it as metric, operator, value: p95&lt;500ms, errors&lt;1%, rate&gt;=1000, dropped==0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/drills/threshold.cpp" line="149"/>
        <source>unknown metric &apos;%1&apos;; use p50 p90 p95 p99 p99.9 max mean rate errors dropped conflicts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/drills/verdict.cpp" line="78"/>
        <source>order %1 was acknowledged more than once</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/drills/verdict.cpp" line="117"/>
        <source>%1 drill orders exist that were never acknowledged (%2 answers were lost with a connection)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/drills/dbtarget.cpp" line="175"/>
        <source>drill connection re-established (backend %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/drills/dbtarget.cpp" line="228"/>
        <location filename="../core/drills/dbtarget.cpp" line="346"/>
        <source>drill connection lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/drills/dbtarget.cpp" line="345"/>
        <source>drill connection lost during a checkout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/drills/dbtarget.cpp" line="456"/>
        <location filename="../core/drills/dbtarget.cpp" line="487"/>
        <source>Could not make a drill connection non-blocking.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/drills/drillparse.cpp" line="45"/>
        <source>Stage “%1”: write it as duration:rate, for example 30s:100 (ramp to 100 orders/s over 30 s).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/drills/httptarget.cpp" line="357"/>
        <source>The store URL must look like http://127.0.0.1:8080 (got &apos;%1&apos;); https is not supported by the drill.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>backroom::drills::LoadDrill</name>
    <message>
        <location filename="../core/drills/loaddrill.cpp" line="207"/>
        <source>Buyers must be from 1 to %1, got %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/drills/loaddrill.cpp" line="209"/>
        <source>The order cap must be from 1 to %1, got %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/drills/loaddrill.cpp" line="211"/>
        <source>Think time cannot be negative and the drop bound must be above 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/drills/loaddrill.cpp" line="214"/>
        <source>The operation mix needs weights of 0 or more, at least one above 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/drills/loaddrill.cpp" line="216"/>
        <source>The drill needs at least one SKU with stock to order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/drills/loaddrill.cpp" line="218"/>
        <source>Searching needs search terms or SKUs to search for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/drills/loaddrill.cpp" line="220"/>
        <source>The xmin retry bound cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/drills/loaddrill.cpp" line="236"/>
        <source>Every stage needs a duration above 0 and a rate from 0 to %1 per second.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/drills/loaddrill.cpp" line="242"/>
        <source>The stages never ask for any load: give at least one stage a rate above 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/drills/loaddrill.cpp" line="244"/>
        <source>The stages last longer than %1 s in all.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/drills/loaddrill.cpp" line="248"/>
        <source>The rate must be above 0 and at most %1 per second, got %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/drills/loaddrill.cpp" line="251"/>
        <source>The duration must be above 0 and at most %1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/drills/loaddrill.cpp" line="259"/>
        <source>The drill target is not this machine: a load drill against a real server can hurt real buyers. Confirm it (--yes) if you mean it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/drills/loaddrill.cpp" line="263"/>
        <source>Sockets must be from 1 to %1, got %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/drills/loaddrill.cpp" line="265"/>
        <source>Over HTTP the store decides how stock is taken: use the database target to compare %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/drills/loaddrill.cpp" line="268"/>
        <source>The request timeout must be above 0.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/drills/loaddrill.cpp" line="274"/>
        <source>Connections must be from 1 to %1, got %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/drills/loaddrill.cpp" line="309"/>
        <source>A drill runs once: create a new one for the next run.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>backroom::drills::ShootoutRunner</name>
    <message>
        <location filename="../core/drills/shootout.cpp" line="101"/>
        <source>This shoot-out has already run; start a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/drills/shootout.cpp" line="103"/>
        <source>The shoot-out needs at least one strategy and one buyer count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/drills/shootout.cpp" line="106"/>
        <source>Buyers per run must be from 1 to %1, got %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/drills/shootout.cpp" line="109"/>
        <source>Connections must be from 1 to %1, got %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/drills/shootout.cpp" line="112"/>
        <source>The hot SKU needs at least one unit and at most %1 buckets (0: one per connection).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/drills/shootout.cpp" line="116"/>
        <source>The drill target is not this machine: a load drill against a real server can hurt real buyers. Confirm it if you mean it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>backroom::healthcheck</name>
    <message>
        <location filename="../core/healthcheck/healthcheck.cpp" line="47"/>
        <source>Could not read the measurements: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/healthcheck/healthcheck.cpp" line="48"/>
        <source>Run the health check as an owner while the database is reachable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/healthcheck/healthcheck.cpp" line="75"/>
        <source>browse p95 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/healthcheck/healthcheck.cpp" line="79"/>
        <source>search p95 %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/healthcheck/healthcheck.cpp" line="82"/>
        <source>%1 (drill run %2, budget %3 a page)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/healthcheck/healthcheck.cpp" line="86"/>
        <source>Pages are slower than %1 at p95: add serve instances or browse workers, check slow queries (docs/store-api.md), then run `backroom drill load --scenario normal-day` again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/healthcheck/healthcheck.cpp" line="90"/>
        <source>No saved drill browsed or searched the store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/healthcheck/healthcheck.cpp" line="91"/>
        <source>Run `backroom drill load --scenario normal-day` (its mix browses and searches).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/healthcheck/healthcheck.cpp" line="112"/>
        <source>%1 checkouts/s offered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/healthcheck/healthcheck.cpp" line="113"/>
        <source>closed model</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/healthcheck/healthcheck.cpp" line="114"/>
        <source>flash-sale drill run %1 %2: %3, %4/s answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/healthcheck/healthcheck.cpp" line="116"/>
        <location filename="../core/healthcheck/healthcheck.cpp" line="282"/>
        <source>passed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/healthcheck/healthcheck.cpp" line="116"/>
        <location filename="../core/healthcheck/healthcheck.cpp" line="282"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/healthcheck/healthcheck.cpp" line="122"/>
        <source>Open the run (`backroom drill show %1`): fix what its verdict names (oversell, lost orders, thresholds), e.g. switch to bucketed stock for the hot product, then run the flash-sale drill again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/healthcheck/healthcheck.cpp" line="126"/>
        <source>No flash-sale load drill has been saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/healthcheck/healthcheck.cpp" line="127"/>
        <source>Run `backroom drill load --scenario flash-sale` at the rate you expect for the campaign.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/healthcheck/healthcheck.cpp" line="136"/>
        <source>No drill has been saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/healthcheck/healthcheck.cpp" line="136"/>
        <source>Run `backroom drill load` and repeat it at least monthly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/healthcheck/healthcheck.cpp" line="142"/>
        <source>last drill: run %1 (%2), %n day(s) ago</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/healthcheck/healthcheck.cpp" line="146"/>
        <source>The last drill is older than %1 days: run `backroom drill load --scenario flash-sale` before the next campaign, and after every change to the server.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/healthcheck/healthcheck.cpp" line="166"/>
        <source>No marketplace push in the last %n hour(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/healthcheck/healthcheck.cpp" line="167"/>
        <source>Connect a marketplace (docs/channels.md) and let `backroom serve` push stock.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/healthcheck/healthcheck.cpp" line="168"/>
        <source>worst minute&apos;s lag p95 %1 (%2, %3 pushes in the last %4 h), budget %5</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/healthcheck/healthcheck.cpp" line="176"/>
        <source>Stock reaches %1 too late: check `backroom channels status` for an open breaker, a deep queue or rate limits, and that a serve instance is pushing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/healthcheck/healthcheck.cpp" line="261"/>
        <source>No running serve instance publishes its payment gateways and their methods.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/healthcheck/healthcheck.cpp" line="262"/>
        <location filename="../core/healthcheck/healthcheck.cpp" line="302"/>
        <source>Start `backroom serve` with payments configured (docs/payments.md) and check again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/healthcheck/healthcheck.cpp" line="268"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/healthcheck/healthcheck.cpp" line="273"/>
        <source>healthy gateways per method: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/healthcheck/healthcheck.cpp" line="276"/>
        <source>Fewer than two healthy gateways for %1: route each method to two gateways (`routes` in payments.json) and close any open breaker once its gateway is back.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/healthcheck/healthcheck.cpp" line="281"/>
        <source>%1; gateway-outage chaos drill run %2 %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/healthcheck/healthcheck.cpp" line="286"/>
        <source>The gateway-outage drill failed: open it (`backroom drill show %1`) and fix what lost or refused payments before the next sale.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/healthcheck/healthcheck.cpp" line="289"/>
        <source>%1; no gateway-outage chaos drill yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/healthcheck/healthcheck.cpp" line="290"/>
        <source>Prove the fallback: run the gateway-outage chaos experiment (`backroom drill chaos`).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/healthcheck/healthcheck.cpp" line="301"/>
        <source>No running serve instance publishes its payment methods.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/healthcheck/healthcheck.cpp" line="309"/>
        <source>enabled with a gateway: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/healthcheck/healthcheck.cpp" line="309"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/healthcheck/healthcheck.cpp" line="313"/>
        <source>Route %1 to a gateway (`routes` in payments.json) so shoppers can pay the way they prefer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/healthcheck/healthcheck.cpp" line="325"/>
        <source>%n store API instance(s) up and publishing health</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/healthcheck/healthcheck.cpp" line="328"/>
        <source>No store API instance has ever published its health.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/healthcheck/healthcheck.cpp" line="329"/>
        <source>Run `backroom serve` (docs/store-api.md): the store API is how a storefront, app or marketplace reads the shop.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/healthcheck/healthcheck.cpp" line="331"/>
        <source>Every store API instance stopped sending heartbeats.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/healthcheck/healthcheck.cpp" line="332"/>
        <source>Start `backroom serve` again and check its log; `GET /health` answers when it is up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/healthcheck/healthcheck.cpp" line="343"/>
        <source>No healthy serve instance publishes its health.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/healthcheck/healthcheck.cpp" line="344"/>
        <source>Run two or more `backroom serve` instances behind a load balancer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/healthcheck/healthcheck.cpp" line="345"/>
        <source>%n healthy serve instance(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/healthcheck/healthcheck.cpp" line="349"/>
        <source>One instance is a single point of failure: run a second `backroom serve` (another port or machine) behind the load balancer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/healthcheck/healthcheck.cpp" line="366"/>
        <source>The storefront is outside Backroom, and the catalogue is empty: no store API payload to measure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/healthcheck/healthcheck.cpp" line="368"/>
        <source>Add products, then check again; check the storefront itself with a mobile audit (Lighthouse).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/healthcheck/healthcheck.cpp" line="382"/>
        <source>The storefront is outside Backroom. Store API payloads: product page (20) %1, search &quot;%2&quot; %3; budget %4 each</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/healthcheck/healthcheck.cpp" line="387"/>
        <source>Answers are heavy for a phone: ask for fewer items per page and keep images out of the JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/healthcheck/healthcheck.cpp" line="416"/>
        <source>None of the fixed misspellings&apos; words is in the catalogue (T-shirt, เสื้อยืด).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/healthcheck/healthcheck.cpp" line="417"/>
        <source>Search your own products with a typo in the Stock screen to check it by hand.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/healthcheck/healthcheck.cpp" line="419"/>
        <source>%1 of %2 misspellings found their products: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/healthcheck/healthcheck.cpp" line="421"/>
        <source>%1 of %2 misspellings found their products; missed: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/healthcheck/healthcheck.cpp" line="423"/>
        <source>Check that migrations are current (`backroom db migrate`) so pg_trgm and search_patterns() are installed, and that product names are filled in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/healthcheck/healthcheck.cpp" line="459"/>
        <source>Yes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/healthcheck/healthcheck.cpp" line="460"/>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/healthcheck/healthcheck.cpp" line="461"/>
        <source>Unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/healthcheck/healthcheck.cpp" line="486"/>
        <source>Does the store API answer fast?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/healthcheck/healthcheck.cpp" line="487"/>
        <source>Does the shop hold a flash sale?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/healthcheck/healthcheck.cpp" line="488"/>
        <source>Does stock reach the marketplaces in real time?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/healthcheck/healthcheck.cpp" line="489"/>
        <source>Does payment fall back when a gateway fails?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/healthcheck/healthcheck.cpp" line="490"/>
        <source>Can shoppers pay by PromptPay, card, TrueMoney and ShopeePay?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/healthcheck/healthcheck.cpp" line="491"/>
        <source>Is the shop mobile-first?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/healthcheck/healthcheck.cpp" line="492"/>
        <source>Is the store API up (API-first)?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/healthcheck/healthcheck.cpp" line="493"/>
        <source>Does search forgive typos?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/healthcheck/healthcheck.cpp" line="494"/>
        <source>Does the store API run on more than one instance?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/healthcheck/healthcheck.cpp" line="495"/>
        <source>Is the shop load-tested regularly?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>backroom::inventory</name>
    <message>
        <location filename="../core/inventory/demoseed.cpp" line="111"/>
        <source>Demo orders: from 0 to 10000.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/demoseed.cpp" line="172"/>
        <source>Seed options out of range: products &gt;= 0, 1..1040 bins, 1..4 bins per product.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/stock.cpp" line="132"/>
        <source>Refused: %1 in bin %2 has %3 on hand; that change would make it %4, and stock cannot go below zero. Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/stock.cpp" line="135"/>
        <source>Refused: %1 in bin %2 has %3 units reserved for open orders, so on hand cannot be set below %3 (asked for %4). Nothing was changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/stock.cpp" line="154"/>
        <location filename="../core/inventory/stock.cpp" line="311"/>
        <source>Unknown SKU &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/stock.cpp" line="161"/>
        <source>Unknown bin &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/stock.cpp" line="163"/>
        <source>SKU &apos;%1&apos; has no stock row in bin &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/stock.cpp" line="174"/>
        <location filename="../core/inventory/stock.cpp" line="219"/>
        <source>That stock row no longer exists.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/stock.cpp" line="200"/>
        <source>Quantity must be 0 or more (got %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/stock.cpp" line="205"/>
        <source>Version &apos;%1&apos; is not a row version: use the number `stock show` printed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/stock.cpp" line="275"/>
        <source>That would exceed the largest quantity.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/stock.cpp" line="283"/>
        <source>The row changed since it was read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/stock.cpp" line="287"/>
        <source>Gave up after %1 attempts: the row kept changing. Try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/stocktake.cpp" line="76"/>
        <source>line %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/inventory/stocktake.cpp" line="77"/>
        <source>Stocktake rejected, nothing was written (%n problem(s)):
%1</source>
        <translation>
            <numerusform>Stocktake rejected, nothing was written (%n problem):
%1</numerusform>
            <numerusform>Stocktake rejected, nothing was written (%n problems):
%1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/inventory/stocktake.cpp" line="104"/>
        <source>not valid UTF-8 text: save the file as UTF-8</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/stocktake.cpp" line="110"/>
        <source>unterminated quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/stocktake.cpp" line="123"/>
        <source>missing column(s) %1 in the header (expected sku,bin,counted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/inventory/stocktake.cpp" line="131"/>
        <source>has %n field(s), the header has %1</source>
        <translation>
            <numerusform>has %n field, the header has %1</numerusform>
            <numerusform>has %n fields, the header has %1</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../core/inventory/stocktake.cpp" line="137"/>
        <source>empty SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/stocktake.cpp" line="138"/>
        <source>empty bin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/stocktake.cpp" line="141"/>
        <source>counted quantity &apos;%1&apos; is not a whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/stocktake.cpp" line="144"/>
        <source>counted quantity %1 is negative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/stocktake.cpp" line="146"/>
        <source>counted quantity %1 is too large</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/stocktake.cpp" line="150"/>
        <source>duplicate of line %1 (%2 in bin %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/stocktake.cpp" line="157"/>
        <source>the file is empty: expected a header sku,bin,counted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/stocktake.cpp" line="186"/>
        <source>The server answered the stocktake with the wrong row count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/stocktake.cpp" line="193"/>
        <source>unknown SKU &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/inventory/stocktake.cpp" line="195"/>
        <source>unknown bin &apos;%1&apos;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../core/inventory/stocktake.cpp" line="197"/>
        <source>counted %1 but %n unit(s) of %2 in bin %3 are reserved for open orders</source>
        <translation>
            <numerusform>counted %1 but %n unit of %2 in bin %3 is reserved for open orders</numerusform>
            <numerusform>counted %1 but %n units of %2 in bin %3 are reserved for open orders</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>backroom::net::HttpClient</name>
    <message>
        <location filename="../core/net/httpclient.cpp" line="164"/>
        <source>The HTTP client was shut down.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/httpclient.cpp" line="207"/>
        <source>Not an http(s) URL with a host: &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/httpclient.cpp" line="211"/>
        <source>Refused to send to %1 without TLS: use https:// (plain http is only for this machine&apos;s own services).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/httpclient.cpp" line="244"/>
        <source>Too many requests waiting for %1 (%2 running, %3 queued); try again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/httpclient.cpp" line="327"/>
        <source>%1 did not answer within %2 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/httpclient.cpp" line="329"/>
        <location filename="../core/net/httpclient.cpp" line="352"/>
        <source>The call to %1 was cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/httpclient.cpp" line="331"/>
        <source>%1 answered HTTP %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/httpclient.cpp" line="335"/>
        <source>Nothing accepts connections at %1; is the service running?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/httpclient.cpp" line="338"/>
        <source>The host name of %1 does not resolve; check the address.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/httpclient.cpp" line="341"/>
        <source>TLS with %1 failed (%2); its certificate is not trusted for this name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/httpclient.cpp" line="348"/>
        <source>The connection to %1 broke before the answer was complete (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/httpclient.cpp" line="355"/>
        <source>The call to %1 failed: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/net/httpclient.cpp" line="426"/>
        <source>The call to %1 was cancelled before it started.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>backroom::net::HttpResponse</name>
    <message>
        <location filename="../core/net/httpclient.cpp" line="102"/>
        <source>No error.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>backroom::orders</name>
    <message>
        <location filename="../core/orders/checkout.cpp" line="157"/>
        <source>An order needs at least one line (SKU and quantity).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/orders/checkout.cpp" line="162"/>
        <source>Every order line needs a SKU.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/orders/checkout.cpp" line="165"/>
        <source>Quantity for %1 must be 1 or more (got %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/orders/checkout.cpp" line="209"/>
        <source>Order %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/orders/checkout.cpp" line="239"/>
        <source>--buckets must be from 1 to 256 (got %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/orders/checkout.cpp" line="252"/>
        <source>Unknown SKU &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>backroom::payments</name>
    <message>
        <location filename="../core/payments/gateway.cpp" line="116"/>
        <source>%1: not sent (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/payments/gateway.cpp" line="120"/>
        <source>%1: the gateway answered %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/payments/gateway.cpp" line="123"/>
        <source>%1: refused with %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/payments/gateway.cpp" line="132"/>
        <source>%1: no complete answer (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/payments/gateway.cpp" line="135"/>
        <source>%1: unreadable answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/payments/gbpgateway.cpp" line="82"/>
        <location filename="../core/payments/opngateway.cpp" line="62"/>
        <source>%1: the answer is not JSON.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/payments/gbpgateway.cpp" line="86"/>
        <source>%1: result code %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/payments/gbpgateway.cpp" line="109"/>
        <source>gbp create payment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/payments/gbpgateway.cpp" line="115"/>
        <source>%1: the answer is not a payment.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/payments/gbpgateway.cpp" line="121"/>
        <source>gbp inquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/payments/gbpgateway.cpp" line="128"/>
        <source>gbp has no payment under key %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/payments/gbpgateway.cpp" line="135"/>
        <location filename="../core/payments/gbpgateway.cpp" line="147"/>
        <source>%1: the answer has no txn.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/payments/gbpgateway.cpp" line="141"/>
        <source>gbp void</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/payments/gbpgateway.cpp" line="156"/>
        <source>gbp notification is not a JSON object.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/payments/gbpgateway.cpp" line="163"/>
        <source>gbp notification checksum does not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/payments/gbpgateway.cpp" line="166"/>
        <source>gbp notification lacks amount, referenceNo, gbpReferenceNo or status.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/payments/opngateway.cpp" line="74"/>
        <source>%1: the answer is not a charge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/payments/opngateway.cpp" line="99"/>
        <source>opn create charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/payments/opngateway.cpp" line="110"/>
        <source>opn inquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/payments/opngateway.cpp" line="115"/>
        <source>opn has no charge under key %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/payments/opngateway.cpp" line="127"/>
        <source>opn reverse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/payments/opngateway.cpp" line="142"/>
        <source>opn webhook without Opn-Signature and Opn-Signature-Timestamp headers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/payments/opngateway.cpp" line="147"/>
        <source>opn webhook timestamp %1 is too far from now (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/payments/opngateway.cpp" line="154"/>
        <source>opn webhook signature does not match.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/payments/opngateway.cpp" line="159"/>
        <source>opn webhook does not carry a charge.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/payments/paymentrouter.cpp" line="163"/>
        <source>%1: breaker %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/payments/paymentrouter.cpp" line="170"/>
        <source>%1: bulkhead full</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/payments/paymentrouter.cpp" line="195"/>
        <source>No gateway can take %1 payments right now (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/payments/paymentrouter.cpp" line="207"/>
        <source>Order %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/payments/paymentrouter.cpp" line="243"/>
        <source>The payment&apos;s outcome at %1 is not known yet (%2); it is checked again shortly, and no other gateway is tried meanwhile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/payments/paymentrouter.cpp" line="407"/>
        <source>payment %1 is on gateway %2, which is not configured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/payments/paymentrouter.cpp" line="414"/>
        <source>reversed: the order could not take the charge</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/payments/paymentrouter.cpp" line="429"/>
        <source>the gateway has no charge under this key</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/payments/paymentsetup.cpp" line="31"/>
        <source>Cannot read the payments config %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/payments/paymentsetup.cpp" line="35"/>
        <source>The payments config %1 is not a JSON object (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/payments/paymentsetup.cpp" line="42"/>
        <source>gateways.%1.base_url must be a URL.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/payments/paymentsetup.cpp" line="48"/>
        <source>Unknown gateway &apos;%1&apos; (opn, gbp).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/payments/paymentsetup.cpp" line="54"/>
        <source>routes: unknown method &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/payments/paymentsetup.cpp" line="65"/>
        <source>reconcile_seconds must be at least 1 and timeout_ms at least 100.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/payments/paymentsetup.cpp" line="76"/>
        <source>No %1 secret in the credential store (service %2, account %3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/payments/paymentsetup.cpp" line="93"/>
        <source>The sandbox has no key %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/payments/paymentstore.cpp" line="60"/>
        <source>No payment %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/payments/promptpay.cpp" line="76"/>
        <source>Tag 29 does not hold the PromptPay AID %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/payments/promptpay.cpp" line="84"/>
        <source>Tag 29 (PromptPay account) is malformed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/payments/promptpay.cpp" line="92"/>
        <source>Tag 29 must hold exactly one proxy (01 phone, 02 national/tax ID, 03 e-wallet), found %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/payments/promptpay.cpp" line="98"/>
        <source>Tag 29.01 must be a phone number as 13 digits starting 0066, got &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/payments/promptpay.cpp" line="111"/>
        <source>Tag %1 (%2) must be &apos;%3&apos;, found &apos;%4&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/payments/promptpay.cpp" line="112"/>
        <source>nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/payments/promptpay.cpp" line="153"/>
        <source>&apos;%1&apos; is not a Thai number: PromptPay takes Thai mobile numbers (+66 or 0...).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/payments/promptpay.cpp" line="158"/>
        <source>&apos;%1&apos; is not a phone number: use digits, with or without dashes or spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/payments/promptpay.cpp" line="167"/>
        <source>&apos;%1&apos; is not a mobile number: write 10 digits starting with 0 (081-234-5678) or +66 and 9 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/payments/promptpay.cpp" line="171"/>
        <source>&apos;%1&apos; is not a Thai mobile number (06, 08 or 09): PromptPay does not take landlines.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/payments/promptpay.cpp" line="196"/>
        <source>&apos;%1&apos; is not a national or tax ID: use its 13 digits, with or without dashes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/payments/promptpay.cpp" line="198"/>
        <source>&apos;%1&apos; has %2 digits: a national or tax ID has 13.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/payments/promptpay.cpp" line="202"/>
        <source> For a phone number, give it as 0%1, not in its QR form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/payments/promptpay.cpp" line="203"/>
        <source>&apos;%1&apos; is not a valid national or tax ID: its last digit should be %2. Check it for a typing error.%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/payments/promptpay.cpp" line="213"/>
        <source>&apos;%1&apos; is not an e-wallet ID: it has 15 digits.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/payments/promptpay.cpp" line="223"/>
        <source>No PromptPay ID given: give a mobile number, a 13-digit national or tax ID, or a 15-digit e-wallet ID.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/payments/promptpay.cpp" line="226"/>
        <source>&apos;%1&apos; is not a PromptPay ID: use digits only (a mobile number, a 13-digit national or tax ID, or a 15-digit e-wallet ID).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/payments/promptpay.cpp" line="238"/>
        <source>&apos;%1&apos; has %2 digits: a PromptPay ID is a mobile number (10 digits), a national or tax ID (13) or an e-wallet ID (15).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/payments/promptpay.cpp" line="248"/>
        <source>The amount must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/payments/promptpay.cpp" line="250"/>
        <location filename="../core/payments/promptpay.cpp" line="268"/>
        <source>The amount must be at most %1 THB.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/payments/promptpay.cpp" line="260"/>
        <source>The amount &apos;%1&apos; must be more than zero.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/payments/promptpay.cpp" line="262"/>
        <source>&apos;%1&apos; is not an amount in baht: write it like 123.45 (a dot, no commas).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/payments/promptpay.cpp" line="266"/>
        <source>The amount &apos;%1&apos; has more than two decimals: baht have 100 satang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/payments/promptpay.cpp" line="326"/>
        <source>No two-digit tag and length at position %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/payments/promptpay.cpp" line="329"/>
        <source>The value of tag %1 at position %2 runs past the end.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/payments/promptpay.cpp" line="348"/>
        <source>The payload has a character that is not printable ASCII.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/payments/promptpay.cpp" line="353"/>
        <source>The payload does not start with 000201 (EMVCo payload format indicator).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/payments/promptpay.cpp" line="357"/>
        <source>The payload does not end with a CRC (tag 63, four hex digits).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/payments/promptpay.cpp" line="360"/>
        <source>The payload&apos;s CRC is %1 but its content gives %2: it was changed or cut.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/payments/promptpay.cpp" line="365"/>
        <source>Tag %1 appears twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/payments/promptpay.cpp" line="380"/>
        <source>Tag 01 (point of initiation) must be 11 or 12, found &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/payments/promptpay.cpp" line="384"/>
        <source>Not a PromptPay transfer: there is no tag 29 (a bill payment uses tag 30).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/payments/promptpay.cpp" line="398"/>
        <source>Tag 54 (amount) must be an amount above zero like 123.45, found &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>backroom::payments::PromptPay</name>
    <message>
        <location filename="../core/payments/promptpay.cpp" line="389"/>
        <source>currency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/payments/promptpay.cpp" line="391"/>
        <source>country</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>backroom::payments::QrMatrix</name>
    <message>
        <location filename="../core/payments/qrmatrix.cpp" line="35"/>
        <source>Nothing to put in the QR code.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/payments/qrmatrix.cpp" line="37"/>
        <source>The QR code text has a NUL character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/payments/qrmatrix.cpp" line="45"/>
        <source>The text is too long for a QR code (%1 bytes).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/payments/qrmatrix.cpp" line="46"/>
        <source>Could not encode the QR code: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>backroom::print</name>
    <message>
        <location filename="../print/packingslippdf.cpp" line="36"/>
        <source>Backroom packing slip, order #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../print/packingslippdf.cpp" line="53"/>
        <location filename="../print/packingslippdf.cpp" line="122"/>
        <source>Packing slip, order #%1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../print/packingslippdf.cpp" line="55"/>
        <source>%1 · %2 · %n unit(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../print/packingslippdf.cpp" line="63"/>
        <source>Ship to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../print/packingslippdf.cpp" line="87"/>
        <location filename="../print/picklistpdf.cpp" line="148"/>
        <source>Barcode %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../print/packingslippdf.cpp" line="89"/>
        <location filename="../print/picklistpdf.cpp" line="166"/>
        <source>× %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../print/packingslippdf.cpp" line="120"/>
        <source>No packing slip to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../print/packingslippdf.cpp" line="122"/>
        <source>Packing slips</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../print/pdfpages.cpp" line="116"/>
        <source>The page is too small for one row of this document.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../print/pdfpages.cpp" line="121"/>
        <location filename="../print/pdfpages.cpp" line="150"/>
        <source>Could not write the PDF (is the disk full?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../print/pdfpages.cpp" line="138"/>
        <source>Page %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../print/pdfpages.cpp" line="158"/>
        <location filename="../print/pdfpages.cpp" line="165"/>
        <source>Cannot write %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../print/picklistpdf.cpp" line="25"/>
        <source>Orders: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../print/picklistpdf.cpp" line="70"/>
        <source>Backroom pick list, wave %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../print/picklistpdf.cpp" line="86"/>
        <location filename="../print/picklistpdf.cpp" line="188"/>
        <source>Pick list %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../print/picklistpdf.cpp" line="88"/>
        <source>Picker: %1 · Created %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../print/picklistpdf.cpp" line="89"/>
        <source>anyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../print/picklistpdf.cpp" line="93"/>
        <source>%n line(s)</source>
        <translation type="unfinished">
            <numerusform>%n line</numerusform>
            <numerusform>%n lines</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../print/picklistpdf.cpp" line="94"/>
        <source>%n unit(s)</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../print/picklistpdf.cpp" line="127"/>
        <source>Seq</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../print/picklistpdf.cpp" line="128"/>
        <source>Bin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../print/picklistpdf.cpp" line="129"/>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../print/picklistpdf.cpp" line="130"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../print/picklistpdf.cpp" line="131"/>
        <source>Qty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../print/picklistpdf.cpp" line="132"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../print/picklistpdf.cpp" line="164"/>
        <source>%1. Bin %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>backroom::resilience</name>
    <message>
        <location filename="../core/resilience/componenthealth.cpp" line="34"/>
        <source>Lost the connection to the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/resilience/componenthealth.cpp" line="53"/>
        <source>Not connected to the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/resilience/healthcommands.cpp" line="51"/>
        <source>Force open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/resilience/healthcommands.cpp" line="52"/>
        <source>Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/resilience/healthcommands.cpp" line="53"/>
        <source>Reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/resilience/healthcommands.cpp" line="54"/>
        <source>Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/resilience/healthcommands.cpp" line="165"/>
        <source>This instance has no breaker named %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/resilience/healthcommands.cpp" line="248"/>
        <source>operator action by %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>backroom::security</name>
    <message>
        <location filename="../core/security/credentialstore.cpp" line="50"/>
        <source>The credentials file %1 belongs to another user, so Backroom will not read it: remove it or run Backroom as its owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/credentialstore.cpp" line="54"/>
        <source>The credentials file %1 can be read by other users (mode %2), so Backroom will not use it: run `chmod 600 %1` and change the passwords it holds, they may have been seen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/credentialstore.cpp" line="73"/>
        <source>Cannot read the credentials file %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/credentialstore.cpp" line="78"/>
        <source>The credentials file %1 is damaged (%2): restore it from a backup or remove it and enter the passwords again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/credentialstore.cpp" line="89"/>
        <location filename="../core/security/credentialstore.cpp" line="95"/>
        <source>Cannot write the credentials file %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/credentialstore.cpp" line="164"/>
        <source>file %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/credentialstore.cpp" line="175"/>
        <source>No secret is stored for %1 (%2) in %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/credentialstore.cpp" line="186"/>
        <source>Cannot create the folder %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/credentialstore.cpp" line="193"/>
        <source>The credentials file %1 is locked by another Backroom process; try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/keychainstore.cpp" line="76"/>
        <source>the system keychain</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/keychainstore.cpp" line="82"/>
        <source>The system keychain can only be used once the application has started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/keychainstore.cpp" line="98"/>
        <source>The system keychain did not answer: unlock it, or set BACKROOM_CREDENTIALS=file to keep secrets in a private file instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/keychainstore.cpp" line="107"/>
        <source>No secret is stored for %1 in the system keychain.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/keychainstore.cpp" line="112"/>
        <source>The system keychain refused access to the secret for %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/keychainstore.cpp" line="117"/>
        <source>No system keychain is available (%1): set BACKROOM_CREDENTIALS=file to keep secrets in a private file instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/keychainstore.cpp" line="121"/>
        <source>The system keychain failed (%1): unlock it, or set BACKROOM_CREDENTIALS=file to keep secrets in a private file instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/selfsignedcertificate.cpp" line="36"/>
        <source>Could not make the TLS certificate (%1: %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/selfsignedcertificate.cpp" line="111"/>
        <location filename="../core/security/selfsignedcertificate.cpp" line="116"/>
        <source>Cannot write %1: %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/session.cpp" line="51"/>
        <source>no role</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/session.cpp" line="52"/>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/session.cpp" line="53"/>
        <source>Warehouse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/session.cpp" line="54"/>
        <source>Store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/session.cpp" line="55"/>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/session.cpp" line="56"/>
        <source>Administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/session.cpp" line="91"/>
        <source>This database has no job roles yet; run &apos;backroom db migrate&apos; as its owner.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/session.cpp" line="98"/>
        <source>The server did not say who is connected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/session.cpp" line="190"/>
        <source>Not allowed for your role: %1; this needs the %2 role. An owner can change your role with `backroom users set-role`.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/users.cpp" line="39"/>
        <source>Unknown role &apos;%1&apos;: use staff, warehouse, owner or store.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/users.cpp" line="58"/>
        <source>Not connected to the database.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/users.cpp" line="63"/>
        <source>Could not hash the password: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/users.cpp" line="73"/>
        <source>The password is empty: give the new login a password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/security/users.cpp" line="76"/>
        <location filename="../core/security/users.cpp" line="106"/>
        <source>A login needs one of the roles staff, warehouse, owner or store.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>backroom::stack</name>
    <message>
        <location filename="../core/stack/stack.cpp" line="133"/>
        <source>Could not start %1: %2. Is it installed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/stack/stack.cpp" line="270"/>
        <source>HAProxy&apos;s runtime API does not answer at %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/stack/stack.cpp" line="298"/>
        <source>The stack in %1 is running: starting only the parts that are not (its settings are in stack.json; `stack down` first to change them).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/stack/stack.cpp" line="312"/>
        <source>Could not create %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/stack/stack.cpp" line="316"/>
        <source>Could not write %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/stack/stack.cpp" line="330"/>
        <source>%1 was edited: kept as it is; what this version would write is in %1.new.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/stack/stack.cpp" line="332"/>
        <source>Wrote %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/stack/stack.cpp" line="350"/>
        <source>PgBouncer did not start: %1 (log: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/stack/stack.cpp" line="395"/>
        <source>Instance %1 (serve on port %2) did not become healthy: %3 (log: %4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/stack/stack.cpp" line="398"/>
        <source>Instance %1: serve on 127.0.0.1:%2 (pid %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/stack/stack.cpp" line="409"/>
        <source>Could not start %1: %2. Is HAProxy installed?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/stack/stack.cpp" line="412"/>
        <source>HAProxy refuses %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/stack/stack.cpp" line="451"/>
        <source>HAProxy did not start: %1 (log: %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/stack/haproxyruntime.cpp" line="51"/>
        <source>Cannot reach HAProxy&apos;s runtime socket %1 (%2): is HAProxy running with `stats socket %1 level admin`?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/stack/haproxyruntime.cpp" line="55"/>
        <source>HAProxy did not take the command &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/stack/haproxyruntime.cpp" line="62"/>
        <source>HAProxy did not finish answering &quot;%1&quot; within %2 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/stack/haproxyruntime.cpp" line="85"/>
        <location filename="../core/stack/stack.cpp" line="467"/>
        <source>HAProxy refused &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/stack/haproxyruntime.cpp" line="122"/>
        <location filename="../core/stack/haproxyruntime.cpp" line="148"/>
        <source>HAProxy has no backend &quot;%1&quot;: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/stack/stack.cpp" line="499"/>
        <source>HAProxy did not mark every instance up within %1 ms; see %2/log/.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/stack/stack.cpp" line="502"/>
        <source>Store API through HAProxy on %1 (%2 instances%3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/stack/stack.cpp" line="503"/>
        <source>, PgBouncer in transaction mode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/stack/stack.cpp" line="511"/>
        <source>No stack in %1 (no stack.json): run `backroom stack up` first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/stack/stack.cpp" line="579"/>
        <source>Stopped %1 (pid %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/stack/stack.cpp" line="580"/>
        <source>%1 (pid %2) did not stop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/stack/stack.cpp" line="592"/>
        <source>Stopped serve (pid %1, %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/stack/stack.cpp" line="598"/>
        <source>Some parts of the stack in %1 did not stop; see above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/stack/stackconfig.cpp" line="20"/>
        <source>The template %1 is missing from this build.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/stack/stackconfig.cpp" line="66"/>
        <source>Give the stack a directory (--dir).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/stack/stackconfig.cpp" line="68"/>
        <source>HAProxy slots must be between 1 and 64 (got %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/stack/stackconfig.cpp" line="70"/>
        <source>--instances must be between 1 and the %1 HAProxy slots (got %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/stack/stackconfig.cpp" line="73"/>
        <source>Name the database with --db or BACKROOM_DB. For the demo shop: start `backroom demo --headless` and pass its &quot;Demo database:&quot; line.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/stack/stackconfig.cpp" line="76"/>
        <source>Health check interval must be at least 100 ms and timeouts at least 1 s.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/stack/stackconfig.cpp" line="78"/>
        <source>The path of the backroom program is not known.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/stack/stackconfig.cpp" line="98"/>
        <source>The template has a placeholder @%1@ this version does not fill.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/stack/stackconfig.cpp" line="131"/>
        <source>The connection string cannot be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/stack/stackconfig.cpp" line="186"/>
        <source>Could not write %1: check that the directory is writable.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/stack/scalepolicy.cpp" line="28"/>
        <source>The minimum number of instances must be at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/stack/scalepolicy.cpp" line="30"/>
        <source>The maximum number of instances (%1) is below the minimum (%2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/stack/scalepolicy.cpp" line="32"/>
        <source>The scale-up saturation must be above 0 and at most 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/stack/scalepolicy.cpp" line="34"/>
        <source>The scale-down saturation must be at least 0 and below the scale-up saturation.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/stack/scalepolicy.cpp" line="36"/>
        <source>The scale-down latency must be at least 0 and below the scale-up latency.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/stack/scalepolicy.cpp" line="38"/>
        <source>The number of ticks before scaling must be at least 1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/stack/scalepolicy.cpp" line="40"/>
        <source>The cooldown cannot be negative.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/stack/scalepolicy.cpp" line="82"/>
        <source>%1 instances, below the minimum of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/stack/scalepolicy.cpp" line="85"/>
        <source>%1 instances, above the maximum of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/stack/scalepolicy.cpp" line="105"/>
        <source>mean saturation %1 &gt;= %2 for %3 ticks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/stack/scalepolicy.cpp" line="107"/>
        <source>latency p95 %1 ms &gt;= %2 ms for %3 ticks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/stack/scalepolicy.cpp" line="114"/>
        <source>mean saturation %1 &lt;= %2 and latency p95 %3 ms &lt;= %4 ms for %5 ticks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/stack/supervisor.cpp" line="92"/>
        <source>Could not start %1 serve on port %2: %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/stack/supervisor.cpp" line="158"/>
        <source>HAProxy&apos;s backend %1 has %2 free server slots (in maintenance) for at most %3 instances: raise its server-template count or lower --max.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/stack/supervisor.cpp" line="164"/>
        <source>starting: the minimum is %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/stack/supervisor.cpp" line="187"/>
        <source>supervisor stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/stack/supervisor.cpp" line="266"/>
        <source>Instance %1 (port %2) exited by itself.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/stack/supervisor.cpp" line="269"/>
        <source>instance %1 exited</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/stack/supervisor.cpp" line="294"/>
        <source>Instance %1 (port %2) did not answer /health within %3 s; stopped it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/stack/supervisor.cpp" line="296"/>
        <source>Instance %1 (port %2) exited while starting; see its log.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/stack/supervisor.cpp" line="300"/>
        <source>instance %1 failed to start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/stack/supervisor.cpp" line="327"/>
        <source>No free HAProxy slot in backend %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/stack/supervisor.cpp" line="328"/>
        <source>No free port on 127.0.0.1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>backroom::store</name>
    <message>
        <location filename="../core/store/catalog.cpp" line="50"/>
        <source>page must be 1 or more (got %1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/catalog.cpp" line="53"/>
        <source>per_page must be between 1 and %1 (got %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/catalog.cpp" line="75"/>
        <location filename="../core/store/productimage.cpp" line="127"/>
        <source>Unknown SKU &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/productsearch.cpp" line="55"/>
        <source>Say what to search for: ?q=shirt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/productsearch.cpp" line="58"/>
        <source>The search term is too long (%1 characters, at most %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/productsearch.cpp" line="62"/>
        <source>limit must be between 1 and %1 (got %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/productimage.cpp" line="111"/>
        <location filename="../core/store/staticfiles.cpp" line="165"/>
        <source>This path answers GET and HEAD only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/productimage.cpp" line="115"/>
        <source>Product images are called &lt;sku&gt;.svg, e.g. /images/TSH-0000020.svg.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/productimage.cpp" line="120"/>
        <location filename="../core/store/storeapi.cpp" line="57"/>
        <source>The shop database cannot be reached right now; try again shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/storeapi.cpp" line="38"/>
        <source>%1 holds a control character (such as NUL, a tab or a line break) or broken Unicode; send plain text.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/storeapi.cpp" line="87"/>
        <source>The body is not valid JSON (%1 at byte %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/storeapi.cpp" line="90"/>
        <source>The body must be a JSON object: {&quot;lines&quot;: [{&quot;sku&quot;: &quot;...&quot;, &quot;qty&quot;: 1}]}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/storeapi.cpp" line="98"/>
        <source>idempotency_key must be a non-empty string.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/storeapi.cpp" line="102"/>
        <source>idempotency_key is too long (at most %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/storeapi.cpp" line="113"/>
        <source>channel must be &quot;web&quot; (the default) or &quot;drill&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/storeapi.cpp" line="119"/>
        <source>lines must be a non-empty array of {&quot;sku&quot;: &quot;...&quot;, &quot;qty&quot;: n}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/storeapi.cpp" line="122"/>
        <source>Too many lines (%1, at most %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/storeapi.cpp" line="128"/>
        <source>lines[%1].sku must be a SKU string (1 to 64 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/storeapi.cpp" line="134"/>
        <source>lines[%1].qty must be a whole number from 1 to %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/storeserver.cpp" line="41"/>
        <source>This path answers %1 only.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/storeserver.cpp" line="94"/>
        <source>%1 must be a whole number (got &apos;%2&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/storeserver.cpp" line="364"/>
        <source>Cannot listen on %1:%2: the port is taken or not allowed; pick another with --listen.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/storeserver.cpp" line="380"/>
        <source>The path</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/storeserver.cpp" line="382"/>
        <source>The query</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/storeserver.cpp" line="438"/>
        <source>No such endpoint: %1. See docs/store-api.md for the list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/storeserver.cpp" line="504"/>
        <source>The %1 service is at its limit of %2 requests; retry shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/storeserver.cpp" line="538"/>
        <source>The browse service is at its limit; retry shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/storeserver.cpp" line="592"/>
        <source>Say what to search for: /search?q=shirt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/storeserver.cpp" line="594"/>
        <source>The search term is too long (at most %1 characters).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/storeserver.cpp" line="620"/>
        <source>The body is %1 bytes; at most %2 are accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/storeserver.cpp" line="624"/>
        <source>Send the order as Content-Type: application/json.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/storeserver.cpp" line="652"/>
        <location filename="../core/store/storeserver.cpp" line="807"/>
        <source>Order ids are positive whole numbers (got &apos;%1&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/storeserver.cpp" line="657"/>
        <location filename="../core/store/storeserver.cpp" line="837"/>
        <source>No order %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/storeserver.cpp" line="745"/>
        <location filename="../core/store/storeserver.cpp" line="771"/>
        <source>The payments service is at its limit; retry shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/storeserver.cpp" line="782"/>
        <source>Payments are not configured on this server (see docs/payments.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/storeserver.cpp" line="809"/>
        <location filename="../core/store/storeserver.cpp" line="947"/>
        <source>The body is too large.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/storeserver.cpp" line="815"/>
        <source>Send {&quot;method&quot;: &quot;promptpay|card|truemoney|shopeepay&quot;, &quot;idempotency_key&quot;: &quot;...&quot;}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/storeserver.cpp" line="818"/>
        <source>idempotency_key is required (1 to %1 characters): the same key never charges twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/storeserver.cpp" line="873"/>
        <source>The order could no longer take this payment; it will be reversed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/storeserver.cpp" line="923"/>
        <source>Payment ids are positive whole numbers (got &apos;%1&apos;).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/storeserver.cpp" line="928"/>
        <source>No payment %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/storeserver.cpp" line="944"/>
        <source>No gateway named &apos;%1&apos; here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/storeserver.cpp" line="958"/>
        <source>The charge id</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/storeserver.cpp" line="971"/>
        <source>No payment here for %1 charge %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/storeserver.cpp" line="977"/>
        <source>Charge %1 is for %2 satang; payment %3 is for %4 satang.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/connectionguard.cpp" line="164"/>
        <source>The request line or a header holds a control character.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/connectionguard.cpp" line="177"/>
        <source>Send the body with a Content-Length, not in chunks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/connectionguard.cpp" line="184"/>
        <source>Content-Length must be a whole number of bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/connectionguard.cpp" line="211"/>
        <source>The body is larger than %1 bytes, the most accepted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/connectionguard.cpp" line="218"/>
        <source>The request line and headers are larger than %1 bytes.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/connectionguard.cpp" line="235"/>
        <source>The request did not arrive in full within %1 ms.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/connectionguard.cpp" line="338"/>
        <source>This server has %1 connections open, its limit; retry shortly.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/store/staticfiles.cpp" line="169"/>
        <source>The storefront has no file called &apos;%1&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>backroom::ui</name>
    <message>
        <location filename="../ui/drills/chaosfigures.cpp" line="65"/>
        <source>%1 baht</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/chaosfigures.cpp" line="67"/>
        <location filename="../ui/drills/drillfigures.cpp" line="139"/>
        <source>PASS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/chaosfigures.cpp" line="67"/>
        <location filename="../ui/drills/drillfigures.cpp" line="139"/>
        <source>FAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/drillfigures.cpp" line="255"/>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/chaosfigures.cpp" line="241"/>
        <location filename="../ui/drills/chaosfigures.cpp" line="242"/>
        <location filename="../ui/drills/drillfigures.cpp" line="256"/>
        <source>same</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/chaosfigures.cpp" line="241"/>
        <source>Experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/chaosfigures.cpp" line="241"/>
        <source>different</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/chaosfigures.cpp" line="242"/>
        <location filename="../ui/drills/drillfigures.cpp" line="256"/>
        <source>changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/chaosfigures.cpp" line="242"/>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/chaosfigures.cpp" line="253"/>
        <source>Probe “%1”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/chaosfigures.cpp" line="257"/>
        <source>Time to recover</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/chaosfigures.cpp" line="259"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/chaosfigures.cpp" line="263"/>
        <source>Checkouts answered while faulted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/chaosfigures.cpp" line="264"/>
        <location filename="../ui/drills/chaosfigures.cpp" line="266"/>
        <source> points</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/chaosfigures.cpp" line="265"/>
        <source>Payments taken while faulted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/chaosfigures.cpp" line="268"/>
        <source>Checkout p95 while faulted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/chaosfigures.cpp" line="269"/>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/chaosfigures.cpp" line="271"/>
        <source>Charged but not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/chaosfigures.cpp" line="274"/>
        <source>Charged twice</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/chaosfigures.cpp" line="276"/>
        <source>Saved but not charged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/chaosfigures.cpp" line="279"/>
        <source>not read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/chaosfigures.cpp" line="280"/>
        <source>Oversold or lost orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/drillfigures.cpp" line="257"/>
        <source>Answers per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/drillfigures.cpp" line="258"/>
        <source>Acknowledged</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/drillfigures.cpp" line="259"/>
        <source>Out of stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/drillfigures.cpp" line="260"/>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/drillfigures.cpp" line="261"/>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/drillfigures.cpp" line="262"/>
        <source>p50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/drillfigures.cpp" line="263"/>
        <source>p95</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/drillfigures.cpp" line="264"/>
        <source>p99</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/drillfigures.cpp" line="265"/>
        <source>p99.9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/drillfigures.cpp" line="266"/>
        <source>max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/drillfigures.cpp" line="268"/>
        <location filename="../ui/drills/drillfigures.cpp" line="272"/>
        <source>Peak memory</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/drillfigures.cpp" line="273"/>
        <source>Violations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/drillfigures.cpp" line="288"/>
        <location filename="../ui/drills/drillfigures.cpp" line="296"/>
        <source>%1 × %2 buyers: orders/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/drillfigures.cpp" line="303"/>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/drillfigures.cpp" line="308"/>
        <source>%1 MiB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/drillplan.cpp" line="30"/>
        <source>this machine</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/drillplan.cpp" line="100"/>
        <source>Threshold “%1”: %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>backroom::ui::AutoscaleSection</name>
    <message>
        <location filename="../ui/health/autoscalesection.cpp" line="48"/>
        <source>Auto-scaling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/health/autoscalesection.cpp" line="51"/>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/health/autoscalesection.cpp" line="55"/>
        <source>Instance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/health/autoscalesection.cpp" line="55"/>
        <source>Port</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/health/autoscalesection.cpp" line="55"/>
        <source>State</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/health/autoscalesection.cpp" line="55"/>
        <source>Browse load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/health/autoscalesection.cpp" line="55"/>
        <source>Checkout load</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/health/autoscalesection.cpp" line="56"/>
        <source>Latency</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/health/autoscalesection.cpp" line="56"/>
        <source>Supervisor</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/health/autoscalesection.cpp" line="57"/>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/health/autoscalesection.cpp" line="57"/>
        <source>Instances</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/health/autoscalesection.cpp" line="57"/>
        <source>Slot</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/health/autoscalesection.cpp" line="57"/>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/health/autoscalesection.cpp" line="61"/>
        <source>Latest scale events:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/health/autoscalesection.cpp" line="92"/>
        <source>Only an owner can see auto-scaling.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/health/autoscalesection.cpp" line="93"/>
        <source>Could not read auto-scaling: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/health/autoscalesection.cpp" line="111"/>
        <source>%1 on %2: %3 instances (%4 ready), bounds %5 to %6, mean load %7</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/health/autoscalesection.cpp" line="122"/>
        <source>no answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/health/autoscalesection.cpp" line="122"/>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/health/autoscalesection.cpp" line="132"/>
        <source>No auto-scaling supervisor is running. Start one with `backroom stack autoscale` (docs/autoscale.md).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/health/autoscalesection.cpp" line="146"/>
        <source>%1 → %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>backroom::ui::BackupsSection</name>
    <message>
        <location filename="../ui/health/backupssection.cpp" line="27"/>
        <source>Backups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/health/backupssection.cpp" line="42"/>
        <source>Reading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/health/backupssection.cpp" line="44"/>
        <source>Newest restore point:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/health/backupssection.cpp" line="45"/>
        <source>WAL archiving:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/health/backupssection.cpp" line="46"/>
        <source>Last base backup:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/health/backupssection.cpp" line="47"/>
        <source>Last restore drill:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/health/backupssection.cpp" line="68"/>
        <source>Only the owner role can see backups.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/health/backupssection.cpp" line="68"/>
        <source>Unknown: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/health/backupssection.cpp" line="79"/>
        <source>None: no base backup yet (run `backroom backup base`)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/health/backupssection.cpp" line="80"/>
        <source>None: backups are not set up (run `backroom backup setup --to &lt;folder&gt;`)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/health/backupssection.cpp" line="82"/>
        <source>%1 — up to date, every commit is archived</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/health/backupssection.cpp" line="83"/>
        <source>%1 — a crash now would lose up to %2 s of commits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/health/backupssection.cpp" line="89"/>
        <source>Never: run `backroom backup restore-drill`</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/health/backupssection.cpp" line="92"/>
        <source>Failed %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/health/backupssection.cpp" line="92"/>
        <source>invariants violated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/health/backupssection.cpp" line="94"/>
        <source>Passed %1: restored to %2, %3 s of data lost, recovered in %4 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/health/backupssection.cpp" line="110"/>
        <source>On, at least every %1 s; last %2 at %3; %4 failure(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/health/backupssection.cpp" line="112"/>
        <source>none yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/health/backupssection.cpp" line="115"/>
        <source>Off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/health/backupssection.cpp" line="118"/>
        <source>%1 (%2 MB)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/health/backupssection.cpp" line="120"/>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>backroom::ui::ChannelCard</name>
    <message>
        <location filename="../ui/channels/channelcard.cpp" line="22"/>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/channels/channelcard.cpp" line="26"/>
        <source>%1 (%2 s ago)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/channels/channelcard.cpp" line="28"/>
        <source>%1 (%2 min ago)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/channels/channelcard.cpp" line="29"/>
        <source>%1 (%2 h ago)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/channels/channelcard.cpp" line="35"/>
        <source>in sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/channels/channelcard.cpp" line="37"/>
        <location filename="../ui/channels/channelcard.cpp" line="39"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/channels/channelcard.cpp" line="40"/>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/channels/channelcard.cpp" line="54"/>
        <source>State:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/channels/channelcard.cpp" line="55"/>
        <source>Last push:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/channels/channelcard.cpp" line="56"/>
        <source>Lag:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/channels/channelcard.cpp" line="57"/>
        <source>Queue:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/channels/channelcard.cpp" line="58"/>
        <source>Last hour:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/channels/channelcard.cpp" line="59"/>
        <source>Last error:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/channels/channelcard.cpp" line="60"/>
        <source>Breaker:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/channels/channelcard.cpp" line="61"/>
        <source>Flagged orders:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/channels/channelcard.cpp" line="63"/>
        <location filename="../ui/channels/channelcard.cpp" line="139"/>
        <source>Enabled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/channels/channelcard.cpp" line="72"/>
        <source>Buffer stock for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/channels/channelcard.cpp" line="73"/>
        <source>Units held back from this channel for every product (a product&apos;s own buffer wins).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/channels/channelcard.cpp" line="75"/>
        <source>Set buffer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/channels/channelcard.cpp" line="81"/>
        <source>Resync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/channels/channelcard.cpp" line="83"/>
        <source>Push every product to %1 again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/channels/channelcard.cpp" line="89"/>
        <source>Buffer stock:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/channels/channelcard.cpp" line="109"/>
        <source>Web store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/channels/channelcard.cpp" line="111"/>
        <source>Shopee</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/channels/channelcard.cpp" line="113"/>
        <source>Lazada</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/channels/channelcard.cpp" line="138"/>
        <source>Enabled: sells from this database, nothing to push</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/channels/channelcard.cpp" line="140"/>
        <source>Disabled: stock is not pushed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/channels/channelcard.cpp" line="143"/>
        <source>—</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/channels/channelcard.cpp" line="147"/>
        <source>%1 ⚠ behind</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/channels/channelcard.cpp" line="149"/>
        <source>%n product(s) waiting</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/channels/channelcard.cpp" line="151"/>
        <source>pushes: %1, errors: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/channels/channelcard.cpp" line="154"/>
        <location filename="../ui/channels/channelcard.cpp" line="162"/>
        <source>none</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/channels/channelcard.cpp" line="155"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/channels/channelcard.cpp" line="157"/>
        <source>no live `serve` reports it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/channels/channelcard.cpp" line="158"/>
        <source>%1 ⚠ calls refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/channels/channelcard.cpp" line="162"/>
        <source>%1 ⚠ need you</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>backroom::ui::ChannelsScreen</name>
    <message>
        <location filename="../ui/channels/channelsscreen.cpp" line="57"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/channels/channelsscreen.cpp" line="85"/>
        <source>Resync &amp;all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/channels/channelsscreen.cpp" line="87"/>
        <source>Push every product to every enabled marketplace again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/channels/channelsscreen.cpp" line="91"/>
        <source>%v of %m pushed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/channels/channelsscreen.cpp" line="93"/>
        <source>&amp;Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/channels/channelsscreen.cpp" line="112"/>
        <source>&lt;b&gt;Per product&lt;/b&gt;: what each marketplace shows now against what it should</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/channels/channelsscreen.cpp" line="113"/>
        <source>&amp;Drifting only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/channels/channelsscreen.cpp" line="133"/>
        <source>Products and what each channel shows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/channels/channelsscreen.cpp" line="185"/>
        <source>read the channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/channels/channelsscreen.cpp" line="200"/>
        <source>Only the owner role can %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/channels/channelsscreen.cpp" line="202"/>
        <source>Could not %1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/channels/channelsscreen.cpp" line="224"/>
        <source>%n product(s) drifting</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/channels/channelsscreen.cpp" line="268"/>
        <source>Enable %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/channels/channelsscreen.cpp" line="269"/>
        <source>Enable %1?

Every product is queued and pushed to it with its buffer applied, and its orders are taken in.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/channels/channelsscreen.cpp" line="272"/>
        <source>Enable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/channels/channelsscreen.cpp" line="276"/>
        <source>Disable %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/channels/channelsscreen.cpp" line="277"/>
        <source>Disable %1?

Its queue is dropped and stock changes stop reaching it: what it shows will go stale and it may oversell until you enable it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/channels/channelsscreen.cpp" line="280"/>
        <source>Disable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/channels/channelsscreen.cpp" line="294"/>
        <source>Set buffer for %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/channels/channelsscreen.cpp" line="295"/>
        <source>Hold back %n unit(s) of every product from %1?

Every product is pushed to it again.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/channels/channelsscreen.cpp" line="298"/>
        <source>Set buffer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/channels/channelsscreen.cpp" line="305"/>
        <source>Push every product to every enabled marketplace again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/channels/channelsscreen.cpp" line="306"/>
        <source>Push every product to %1 again?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/channels/channelsscreen.cpp" line="307"/>
        <source>Resync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/channels/channelsscreen.cpp" line="316"/>
        <source>Enabling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/channels/channelsscreen.cpp" line="316"/>
        <source>Disabling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/channels/channelsscreen.cpp" line="322"/>
        <source>Enabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/channels/channelsscreen.cpp" line="322"/>
        <source>Disabled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/channels/channelsscreen.cpp" line="323"/>
        <source>Not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/channels/channelsscreen.cpp" line="326"/>
        <source>enable %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/channels/channelsscreen.cpp" line="327"/>
        <source>disable %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/channels/channelsscreen.cpp" line="342"/>
        <source>Buffer set to %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/channels/channelsscreen.cpp" line="343"/>
        <source>Buffer not changed: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/channels/channelsscreen.cpp" line="346"/>
        <source>set the buffer of %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/channels/channelsscreen.cpp" line="366"/>
        <source>No marketplace is enabled: nothing to resync.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/channels/channelsscreen.cpp" line="377"/>
        <source>Queueing products…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/channels/channelsscreen.cpp" line="421"/>
        <source>Queued %n product push(es); `serve` is pushing them…</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/channels/channelsscreen.cpp" line="400"/>
        <source>Resync of %1 failed: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/channels/channelsscreen.cpp" line="385"/>
        <source>Cancelled: %1 of %2 product(s) were queued before you cancelled.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/channels/channelsscreen.cpp" line="399"/>
        <source>the marketplaces</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/channels/channelsscreen.cpp" line="411"/>
        <source>Queueing products… %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/channels/channelsscreen.cpp" line="435"/>
        <source>Resync done: %n product push(es).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/channels/channelsscreen.cpp" line="445"/>
        <source>Cancelling…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/channels/channelsscreen.cpp" line="448"/>
        <source>Stopped following the resync; products already queued are still pushed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>backroom::ui::ChaosCharts</name>
    <message>
        <location filename="../ui/drills/chaoscharts.cpp" line="42"/>
        <source>Checkouts and payments per second; faults shaded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/chaoscharts.cpp" line="46"/>
        <source>seconds since the run started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/chaoscharts.cpp" line="49"/>
        <source>per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/chaoscharts.cpp" line="56"/>
        <source>fault in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/chaoscharts.cpp" line="59"/>
        <source>answered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/chaoscharts.cpp" line="60"/>
        <source>failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/chaoscharts.cpp" line="61"/>
        <source>paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/chaoscharts.cpp" line="62"/>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/chaoscharts.cpp" line="64"/>
        <source>breaker</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/chaoscharts.cpp" line="65"/>
        <source>connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/chaoscharts.cpp" line="66"/>
        <source>recovered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/chaoscharts.cpp" line="67"/>
        <source>stop</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>backroom::ui::ChaosFigures</name>
    <message>
        <location filename="../ui/drills/chaosfigures.cpp" line="208"/>
        <source>PASS: the steady state held through the faults, nothing was oversold or lost, no money at risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/chaosfigures.cpp" line="210"/>
        <source>Stopped: every fault was rolled back; a stopped run is saved as not passed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/chaosfigures.cpp" line="212"/>
        <source>FAIL: the steady state did not hold at rest, so no fault was injected.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/chaosfigures.cpp" line="214"/>
        <location filename="../ui/drills/chaosfigures.cpp" line="220"/>
        <source>FAIL: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/chaosfigures.cpp" line="216"/>
        <source>FAIL: aborted, the shop broke beyond the experiment&apos;s limit (every fault was rolled back).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/chaosfigures.cpp" line="218"/>
        <source>FAIL: a rollback failed: %1 (undo it by hand).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/chaosfigures.cpp" line="220"/>
        <source>the verdict found a violation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/chaosfigures.cpp" line="223"/>
        <source>FAIL: “%1” was %2 during the faults, needed %3.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/chaosfigures.cpp" line="225"/>
        <source>FAIL: money was at risk.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/chaosfigures.cpp" line="226"/>
        <source>FAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/chaosfigures.cpp" line="234"/>
        <source>did not recover within the run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/chaosfigures.cpp" line="235"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>backroom::ui::ChaosPanel</name>
    <message>
        <location filename="../ui/drills/chaospanel.cpp" line="44"/>
        <source>cut %1 database connections</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/chaospanel.cpp" line="45"/>
        <source>cut every database connection of the shop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/chaospanel.cpp" line="48"/>
        <source>stop PostgreSQL (started again on rollback)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/chaospanel.cpp" line="54"/>
        <source>%1 (sandbox): %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/chaospanel.cpp" line="66"/>
        <source>must hold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/chaospanel.cpp" line="72"/>
        <source>&lt;p&gt;&lt;b&gt;Load:&lt;/b&gt; %1 checkouts a second%2; %3 s at rest first, %4 s of recovery after the faults.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/chaospanel.cpp" line="74"/>
        <source>, each paid with %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/chaospanel.cpp" line="76"/>
        <source>&lt;p&gt;&lt;b&gt;Hypothesis&lt;/b&gt; (must hold at rest, and is judged over the faults):&lt;/p&gt;&lt;ul&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/chaospanel.cpp" line="79"/>
        <source>&lt;/ul&gt;&lt;p&gt;&lt;b&gt;Method&lt;/b&gt; (while the load runs):&lt;/p&gt;&lt;ol&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/chaospanel.cpp" line="82"/>
        <source>&lt;li&gt;wait %1 s&lt;/li&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/chaospanel.cpp" line="84"/>
        <source>&lt;/ol&gt;&lt;p&gt;&lt;b&gt;Rollbacks&lt;/b&gt; (always run, also on Stop or failure): every fault above is undone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/chaospanel.cpp" line="86"/>
        <source>; %1 reset</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/chaospanel.cpp" line="89"/>
        <source>&lt;p&gt;&lt;b&gt;Abort:&lt;/b&gt; when a whole second answers fewer than %1 % of checkouts, everything is rolled back at once.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/chaospanel.cpp" line="118"/>
        <source>Timeline and report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/chaospanel.cpp" line="119"/>
        <source>Saved chaos runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/chaospanel.cpp" line="128"/>
        <source>Start chaos experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/chaospanel.cpp" line="134"/>
        <source>Stop chaos experiment (roll back)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/chaospanel.cpp" line="143"/>
        <source>Break another machine?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/chaospanel.cpp" line="144"/>
        <source>The experiment&apos;s target, %1, is not this machine. A chaos experiment breaks things on purpose: against a real shop, real buyers would see the faults.

Run it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/chaospanel.cpp" line="167"/>
        <source>E&amp;xperiment:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/chaospanel.cpp" line="171"/>
        <source>Open a file…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/chaospanel.cpp" line="185"/>
        <source>The gateways and marketplaces an experiment breaks are the sandbox&apos;s, inside Backroom. Its checkouts are drill orders (channel ‘drill’, `backroom drill cleanup` removes them). Every fault is rolled back at the end, on Stop, and if the run fails.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/chaospanel.cpp" line="253"/>
        <source>Open a chaos experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/chaospanel.cpp" line="253"/>
        <source>Experiments (*.json)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/chaospanel.cpp" line="262"/>
        <source>%1 cannot be used: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/chaospanel.cpp" line="265"/>
        <source>%1 (%2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/chaospanel.cpp" line="267"/>
        <source>Opened %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/chaospanel.cpp" line="288"/>
        <source>database on %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/chaospanel.cpp" line="289"/>
        <source>Not started: the target is not this machine and was not confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/chaospanel.cpp" line="298"/>
        <source>“%1” is running: the report appears when it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/chaospanel.cpp" line="312"/>
        <source>Start experiment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/chaospanel.cpp" line="313"/>
        <source>Starting… (Stop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/chaospanel.cpp" line="314"/>
        <source>Stop and roll back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/chaospanel.cpp" line="315"/>
        <source>Rolling back…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/chaospanel.cpp" line="320"/>
        <source>Ctrl+Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/chaospanel.cpp" line="320"/>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/chaospanel.cpp" line="335"/>
        <source>Checking the guardrails and starting the load (%1 s)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/chaospanel.cpp" line="336"/>
        <source>%1 s: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/chaospanel.cpp" line="338"/>
        <source>Rolling back every fault, then judging what ran (%1 s)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/chaospanel.cpp" line="352"/>
        <source>rolling back: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/chaospanel.cpp" line="368"/>
        <source>%1 · run %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/chaospanel.cpp" line="370"/>
        <source>%1 · this run (not saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/chaospanel.cpp" line="373"/>
        <source>Stopped: every fault was rolled back (saved as not passed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/chaospanel.cpp" line="374"/>
        <source>Finished: PASS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/chaospanel.cpp" line="374"/>
        <source>Finished: FAIL, see the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/chaospanel.cpp" line="382"/>
        <source>Nothing was broken: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/chaospanel.cpp" line="383"/>
        <source>Refused: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/chaospanel.cpp" line="390"/>
        <source>Saved run %1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>backroom::ui::ChaosProbeFigures</name>
    <message>
        <location filename="../ui/drills/chaosfigures.cpp" line="95"/>
        <source>not measured</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>backroom::ui::ChaosReportView</name>
    <message>
        <location filename="../ui/drills/chaosreportview.cpp" line="61"/>
        <source>Probe</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/chaosreportview.cpp" line="61"/>
        <source>Tolerance</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/chaosreportview.cpp" line="61"/>
        <source>At rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/chaosreportview.cpp" line="61"/>
        <source>During the faults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/chaosreportview.cpp" line="61"/>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/chaosreportview.cpp" line="66"/>
        <source>At</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/chaosreportview.cpp" line="66"/>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/chaosreportview.cpp" line="66"/>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/chaosreportview.cpp" line="70"/>
        <source>Time to recover:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/chaosreportview.cpp" line="71"/>
        <source>Orders and stock:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/chaosreportview.cpp" line="72"/>
        <source>Money at risk:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/chaosreportview.cpp" line="78"/>
        <source>Timeline:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/chaosreportview.cpp" line="82"/>
        <source>Pick an experiment and start it, or open a saved chaos run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/chaosreportview.cpp" line="102"/>
        <source>%1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/chaosreportview.cpp" line="112"/>
        <source> after the last fault was taken out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/chaosreportview.cpp" line="113"/>
        <source>no fault was injected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/chaosreportview.cpp" line="134"/>
        <source>PASS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/chaosreportview.cpp" line="134"/>
        <source>FAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/chaosreportview.cpp" line="137"/>
        <source>not run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/chaosreportview.cpp" line="145"/>
        <source>not checked (the run did not get that far)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/chaosreportview.cpp" line="147"/>
        <source>nothing oversold, the ledger matches the stock, no acknowledged order lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/drills/chaosreportview.cpp" line="148"/>
        <source>%n problem(s): %1</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>backroom::ui::ComponentCard</name>
    <message numerus="yes">
        <location filename="../ui/health/componentcard.cpp" line="26"/>
        <source>%n s</source>
        <translation>
            <numerusform>%n s</numerusform>
            <numerusform>%n s</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/health/componentcard.cpp" line="28"/>
        <source>%1 min %2 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/health/componentcard.cpp" line="30"/>
        <source>%1 h %2 min</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/health/componentcard.cpp" line="31"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/health/componentcard.cpp" line="66"/>
        <source>Failure rate %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/health/componentcard.cpp" line="68"/>
        <source>p95 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/health/componentcard.cpp" line="128"/>
        <source>This window&apos;s database connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/health/componentcard.cpp" line="129"/>
        <source>%1 · pid %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/health/componentcard.cpp" line="130"/>
        <source>%1 (stale)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/health/componentcard.cpp" line="138"/>
        <source>No heartbeat since %1 (%2 ago): this instance may be stopped; its figures are old.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/health/componentcard.cpp" line="143"/>
        <source>In %1 for %2 (since %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/health/componentcard.cpp" line="146"/>
        <source>Time in state unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/health/componentcard.cpp" line="147"/>
        <source>No error recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/health/componentcard.cpp" line="147"/>
        <source>Last error: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/health/componentcard.cpp" line="157"/>
        <source>not enough calls</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/health/componentcard.cpp" line="157"/>
        <source>%1 %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/health/componentcard.cpp" line="158"/>
        <source>unknown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/health/componentcard.cpp" line="158"/>
        <source>%1 ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/health/componentcard.cpp" line="159"/>
        <source>Failure rate %1 · p95 %2 · %n call(s)</source>
        <translation>
            <numerusform>Failure rate %1 · p95 %2 · %n call</numerusform>
            <numerusform>Failure rate %1 · p95 %2 · %n calls</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>backroom::ui::ComponentsSection</name>
    <message>
        <location filename="../ui/health/componentssection.cpp" line="32"/>
        <source>Components</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/health/componentssection.cpp" line="97"/>
        <source>Only the owner role can see the health of the store&apos;s parts.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/health/componentssection.cpp" line="98"/>
        <source>Could not read the components&apos; health: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/health/componentssection.cpp" line="186"/>
        <source>this window&apos;s database connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/health/componentssection.cpp" line="187"/>
        <source>%1 on %2 (pid %3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/health/componentssection.cpp" line="191"/>
        <source>Every call through it will be refused until someone closes or resets it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/health/componentssection.cpp" line="193"/>
        <source>Calls will pass again and its window starts empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/health/componentssection.cpp" line="194"/>
        <source>It goes back to CLOSED with empty figures.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/health/componentssection.cpp" line="196"/>
        <source>Every call will pass and nothing will be recorded: it will not protect anything until closed or reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/health/componentssection.cpp" line="200"/>
        <source>%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/health/componentssection.cpp" line="201"/>
        <source>%1 %2?

%3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/health/componentssection.cpp" line="222"/>
        <source>operator action in this window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/health/componentssection.cpp" line="229"/>
        <source>Asking %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/health/componentssection.cpp" line="241"/>
        <source>Refused: only the owner role may act on breakers (%1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/health/componentssection.cpp" line="243"/>
        <source>Could not ask the instance: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/health/componentssection.cpp" line="251"/>
        <source>Asked; waiting for the instance to apply it…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/health/componentssection.cpp" line="268"/>
        <source>Done: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/health/componentssection.cpp" line="269"/>
        <source>Not applied: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>backroom::ui::ConnectDialog</name>
    <message>
        <location filename="../ui/connect/connectdialog.cpp" line="43"/>
        <source>Connect to the shop database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connect/connectdialog.cpp" line="60"/>
        <source>&amp;New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connect/connectdialog.cpp" line="61"/>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connect/connectdialog.cpp" line="62"/>
        <source>&amp;Saved connections:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connect/connectdialog.cpp" line="78"/>
        <source>db.example.com (empty: this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connect/connectdialog.cpp" line="86"/>
        <source>empty: use the saved password</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connect/connectdialog.cpp" line="88"/>
        <source>Automatic (verify the server unless it is this computer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connect/connectdialog.cpp" line="89"/>
        <source>Verify the server&apos;s name and certificate (verify-full)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connect/connectdialog.cpp" line="90"/>
        <source>Verify the certificate only (verify-ca)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connect/connectdialog.cpp" line="91"/>
        <source>Encrypt without verifying (require)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connect/connectdialog.cpp" line="92"/>
        <source>Encrypt if the server can (prefer)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connect/connectdialog.cpp" line="93"/>
        <source>Never encrypt (disable)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connect/connectdialog.cpp" line="95"/>
        <source>empty: ~/.postgresql/root.crt or the system&apos;s authorities</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connect/connectdialog.cpp" line="96"/>
        <source>&amp;Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connect/connectdialog.cpp" line="103"/>
        <source>N&amp;ame:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connect/connectdialog.cpp" line="104"/>
        <source>&amp;Host:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connect/connectdialog.cpp" line="105"/>
        <source>&amp;Port:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connect/connectdialog.cpp" line="106"/>
        <source>&amp;Database:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connect/connectdialog.cpp" line="107"/>
        <source>&amp;User:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connect/connectdialog.cpp" line="108"/>
        <source>Pass&amp;word:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connect/connectdialog.cpp" line="109"/>
        <source>&amp;TLS:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connect/connectdialog.cpp" line="110"/>
        <source>Root &amp;certificate:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connect/connectdialog.cpp" line="113"/>
        <source>T&amp;est connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connect/connectdialog.cpp" line="115"/>
        <source>Sa&amp;ve</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connect/connectdialog.cpp" line="136"/>
        <source>C&amp;onnect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connect/connectdialog.cpp" line="226"/>
        <source>Removed &quot;%1&quot; and its password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connect/connectdialog.cpp" line="232"/>
        <source>Root certificate of the database server</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connect/connectdialog.cpp" line="234"/>
        <source>Certificates (*.crt *.pem *.cer);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connect/connectdialog.cpp" line="249"/>
        <source>Saved &quot;%1&quot;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connect/connectdialog.cpp" line="260"/>
        <source>Saved &quot;%1&quot;; its password is in %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connect/connectdialog.cpp" line="262"/>
        <source>Saved &quot;%1&quot;, but not its password: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connect/connectdialog.cpp" line="272"/>
        <source>Give the database and the user name first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connect/connectdialog.cpp" line="278"/>
        <source>Connecting to %1...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connect/connectdialog.cpp" line="278"/>
        <source>this computer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connect/connectdialog.cpp" line="291"/>
        <source>Connected: PostgreSQL %1, %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connect/connectdialog.cpp" line="292"/>
        <source>encrypted (TLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/connect/connectdialog.cpp" line="292"/>
        <source>not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>backroom::ui::DbGate</name>
    <message>
        <location filename="../ui/dbgate.cpp" line="51"/>
        <source>the connection to the database is lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dbgate.cpp" line="54"/>
        <source>the connection to the database is back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dbgate.cpp" line="105"/>
        <source>a database job lost the connection</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dbgate.cpp" line="121"/>
        <source>The connection to the database is lost; Backroom is reconnecting. Try again when the red banner is gone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/dbgate.cpp" line="124"/>
        <source>The database connection of this window was switched off by an operator.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/dbgate.cpp" line="127"/>
        <source>Next try in %n second(s).</source>
        <translation>
            <numerusform>Next try in %n second.</numerusform>
            <numerusform>Next try in %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>backroom::ui::DriftModel</name>
    <message>
        <location filename="../ui/channels/driftmodel.cpp" line="97"/>
        <source>⚠ never pushed (should be %1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/channels/driftmodel.cpp" line="99"/>
        <source>⚠ %1 (should be %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/channels/driftmodel.cpp" line="103"/>
        <source> · queued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/channels/driftmodel.cpp" line="114"/>
        <source>⚠ %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/channels/driftmodel.cpp" line="136"/>
        <source>%1 acknowledged %2 at %3; it should show %4 (available %5 minus its buffer).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/channels/driftmodel.cpp" line="142"/>
        <source>Never pushed to %1; it should show %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/channels/driftmodel.cpp" line="152"/>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/channels/driftmodel.cpp" line="154"/>
        <source>Available here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/channels/driftmodel.cpp" line="155"/>
        <source>%1 shows</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>backroom::ui::DrillBackend</name>
    <message>
        <location filename="../ui/drills/drillbackend.cpp" line="49"/>
        <location filename="../ui/drills/drillbackend.cpp" line="54"/>
        <source>The verdict could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>backroom::ui::DrillCharts</name>
    <message>
        <location filename="../ui/drills/drillcharts.cpp" line="24"/>
        <source>answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/drillcharts.cpp" line="25"/>
        <source>orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/drillcharts.cpp" line="26"/>
        <source>target</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/drillcharts.cpp" line="28"/>
        <source>p95</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/drillcharts.cpp" line="29"/>
        <source>p99</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/drillcharts.cpp" line="30"/>
        <source>errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/drillcharts.cpp" line="32"/>
        <source>dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/drillcharts.cpp" line="34"/>
        <source>Throughput per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/drillcharts.cpp" line="34"/>
        <location filename="../ui/drills/drillcharts.cpp" line="36"/>
        <source>/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/drillcharts.cpp" line="35"/>
        <source>Latency, ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/drillcharts.cpp" line="35"/>
        <source>ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/drillcharts.cpp" line="36"/>
        <source>Errors and dropped per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/drillcharts.cpp" line="56"/>
        <source>s</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>backroom::ui::DrillParametersPanel</name>
    <message>
        <location filename="../ui/drills/drillparameterspanel.cpp" line="58"/>
        <source>Closed: buyers who think</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/drillparameterspanel.cpp" line="59"/>
        <source>Open: arrivals per second</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/drillparameterspanel.cpp" line="69"/>
        <source> ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/drillparameterspanel.cpp" line="74"/>
        <source> /s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/drillparameterspanel.cpp" line="76"/>
        <source>optional: 30s:100, 1m:1000, 30s:0</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/drillparameterspanel.cpp" line="77"/>
        <source> s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/drillparameterspanel.cpp" line="80"/>
        <source>This database (checkout functions)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/drillparameterspanel.cpp" line="81"/>
        <source>Store API over HTTP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/drillparameterspanel.cpp" line="91"/>
        <source>e.g. p95&lt;500ms, errors&lt;1%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/drillparameterspanel.cpp" line="98"/>
        <source>Sce&amp;nario:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/drillparameterspanel.cpp" line="100"/>
        <source>Model:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/drillparameterspanel.cpp" line="101"/>
        <source>&amp;Buyers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/drillparameterspanel.cpp" line="102"/>
        <source>Think ti&amp;me:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/drillparameterspanel.cpp" line="103"/>
        <source>Arrivals &amp;per second:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/drillparameterspanel.cpp" line="104"/>
        <source>St&amp;ages:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/drillparameterspanel.cpp" line="105"/>
        <source>Durat&amp;ion:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/drillparameterspanel.cpp" line="106"/>
        <source>Tar&amp;get:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/drillparameterspanel.cpp" line="107"/>
        <source>Store &amp;URL:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/drillparameterspanel.cpp" line="108"/>
        <source>&amp;Connections:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/drillparameterspanel.cpp" line="109"/>
        <source>Soc&amp;kets:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/drillparameterspanel.cpp" line="110"/>
        <source>Shoot-out bu&amp;yers:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/drillparameterspanel.cpp" line="111"/>
        <source>Shoot-out str&amp;ategies:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/drillparameterspanel.cpp" line="112"/>
        <source>Th&amp;resholds:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/drillparameterspanel.cpp" line="169"/>
        <source>Store URL: write the store API&apos;s address, for example http://127.0.0.1:8080.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/drillparameterspanel.cpp" line="188"/>
        <source>Shoot-out buyers: whole numbers from 1 to %1 separated by commas, for example 32, 256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/drillparameterspanel.cpp" line="193"/>
        <source>Shoot-out buyers: give at least one buyer count, for example 32, 256.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/drillparameterspanel.cpp" line="204"/>
        <source>Shoot-out strategies: “%1” is not one; write some of guarded_update, buckets, for_update, xmin_retry separated by commas.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/drillparameterspanel.cpp" line="210"/>
        <source>Shoot-out strategies: give at least one, for example guarded_update, buckets.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>backroom::ui::DrillPlan</name>
    <message>
        <location filename="../ui/drills/drillplan.cpp" line="37"/>
        <source>database on %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>backroom::ui::DrillReportView</name>
    <message>
        <location filename="../ui/drills/drillreportview.cpp" line="63"/>
        <source>Operation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/drillreportview.cpp" line="63"/>
        <source>OK</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/drillreportview.cpp" line="63"/>
        <source>Refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/drillreportview.cpp" line="63"/>
        <source>Errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/drillreportview.cpp" line="63"/>
        <source>p50</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/drillreportview.cpp" line="63"/>
        <source>p90</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/drillreportview.cpp" line="63"/>
        <source>p95</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/drillreportview.cpp" line="64"/>
        <location filename="../ui/drills/drillreportview.cpp" line="73"/>
        <source>p99</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/drillreportview.cpp" line="64"/>
        <location filename="../ui/drills/drillreportview.cpp" line="73"/>
        <source>p99.9</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/drillreportview.cpp" line="64"/>
        <source>max</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/drillreportview.cpp" line="66"/>
        <source>Errors by kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/drillreportview.cpp" line="67"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/drillreportview.cpp" line="67"/>
        <source>Count</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/drillreportview.cpp" line="69"/>
        <source>Thresholds</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/drillreportview.cpp" line="70"/>
        <source>Threshold</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/drillreportview.cpp" line="70"/>
        <source>Actual</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/drillreportview.cpp" line="70"/>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/drillreportview.cpp" line="72"/>
        <source>Strategy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/drillreportview.cpp" line="72"/>
        <source>Buyers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/drillreportview.cpp" line="72"/>
        <source>Attempts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/drillreportview.cpp" line="72"/>
        <source>Successes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/drillreportview.cpp" line="72"/>
        <source>Conflicts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/drillreportview.cpp" line="72"/>
        <source>Orders/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/drillreportview.cpp" line="73"/>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/drillreportview.cpp" line="88"/>
        <source>No drill yet: choose a scenario and start one, or open a saved run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/drillreportview.cpp" line="112"/>
        <location filename="../ui/drills/drillreportview.cpp" line="220"/>
        <source>PASS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/drillreportview.cpp" line="112"/>
        <location filename="../ui/drills/drillreportview.cpp" line="220"/>
        <source>FAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/drillreportview.cpp" line="132"/>
        <source>[%1] %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/drillreportview.cpp" line="135"/>
        <source>[threshold] %1 missed (actual %2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/drillreportview.cpp" line="151"/>
        <source>%1 model, %2 s%3: %4 answers/s, %5 orders acknowledged, %6 out of stock, %7 errors</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/drillreportview.cpp" line="152"/>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/drillreportview.cpp" line="152"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/drillreportview.cpp" line="154"/>
        <source> (stopped early)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/drillreportview.cpp" line="157"/>
        <source>Dropped %1 · not started %2 · cancelled %3 · lost with a connection %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/drillreportview.cpp" line="160"/>
        <source>Target %1 · stock strategy %2 · %3 checkout attempts, %4 conflicts (retried)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/drillreportview.cpp" line="162"/>
        <source>Peak memory %1 · peak buyers %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/drillreportview.cpp" line="174"/>
        <source>all (per operation not reported)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/drillreportview.cpp" line="195"/>
        <source>met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/drillreportview.cpp" line="195"/>
        <source>MISSED</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/drillreportview.cpp" line="207"/>
        <source>Each strategy runs the same load on one hot SKU; rows appear as runs finish.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/drillreportview.cpp" line="232"/>
        <source>[%1 × %2] %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/drillreportview.cpp" line="241"/>
        <source>Stopped early: the strategies not listed did not run.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/drillreportview.cpp" line="246"/>
        <source>No strategy finished a run.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>backroom::ui::DrillSession</name>
    <message>
        <location filename="../ui/drills/drillsession.cpp" line="91"/>
        <source>Stopped before the drill started: nothing ran.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>backroom::ui::DrillsScreen</name>
    <message>
        <location filename="../ui/drills/drillsscreen.cpp" line="45"/>
        <source>Live and report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/drillsscreen.cpp" line="46"/>
        <source>Saved runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/drillsscreen.cpp" line="56"/>
        <source>Load drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/drillsscreen.cpp" line="57"/>
        <source>Chaos</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/drillsscreen.cpp" line="61"/>
        <location filename="../ui/drills/drillsscreen.cpp" line="192"/>
        <source>Start drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/drillsscreen.cpp" line="67"/>
        <location filename="../ui/drills/drillsscreen.cpp" line="194"/>
        <source>Stop drill</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/drillsscreen.cpp" line="73"/>
        <source>Refresh saved runs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/drillsscreen.cpp" line="81"/>
        <source>Drill against another machine?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/drillsscreen.cpp" line="82"/>
        <source>The drill&apos;s target, %1, is not this machine. A load drill against a real shop can slow it down for real buyers, and it places (tagged) drill orders there.

Run it anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/drillsscreen.cpp" line="96"/>
        <source>Shoot-out run %1 of %2: %3 with %4 buyers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/drillsscreen.cpp" line="121"/>
        <source>Drill orders are tagged channel ‘drill’ and can be removed with `backroom drill cleanup`; real orders are never touched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/drillsscreen.cpp" line="168"/>
        <source>Not started: the target is not this machine and was not confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/drillsscreen.cpp" line="175"/>
        <source>Shoot-out in progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/drillsscreen.cpp" line="177"/>
        <source>Drill in progress: the report appears when it ends.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/drillsscreen.cpp" line="193"/>
        <source>Preparing the scenario… (Stop)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/drillsscreen.cpp" line="195"/>
        <source>Stopping…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/drillsscreen.cpp" line="196"/>
        <source>Checking the verdict…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/drillsscreen.cpp" line="201"/>
        <source>Ctrl+Return</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/drillsscreen.cpp" line="201"/>
        <source>Esc</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/drillsscreen.cpp" line="208"/>
        <source>Fix the parameters to start: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/drillsscreen.cpp" line="217"/>
        <source>Preparing the scenario (%1 s)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/drillsscreen.cpp" line="220"/>
        <source>Running: %1 s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/drillsscreen.cpp" line="222"/>
        <source>Stopping: waiting for the requests in flight (%1 s)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/drillsscreen.cpp" line="223"/>
        <source>Checking the verdict and saving the run…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/drillsscreen.cpp" line="233"/>
        <source>Run %1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/drillsscreen.cpp" line="234"/>
        <source>This run (not saved)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/drillsscreen.cpp" line="241"/>
        <source>The run could not be saved: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/drillsscreen.cpp" line="243"/>
        <source>The scenario could not be undone (a flash sale may still be on): %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/drillsscreen.cpp" line="256"/>
        <source>Stopped early: what ran passed the verdict (saved as stopped, not passed).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/drillsscreen.cpp" line="257"/>
        <source>Stopped early: FAIL, see the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/drillsscreen.cpp" line="259"/>
        <source>Finished: PASS.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/drillsscreen.cpp" line="259"/>
        <source>Finished: FAIL, see the report.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/drillsscreen.cpp" line="265"/>
        <source>The drill did not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/drillsscreen.cpp" line="266"/>
        <source>Not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/drillsscreen.cpp" line="271"/>
        <source>Saved run %1 · %2 · %3</source>
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
    <name>backroom::ui::HealthCheckModel</name>
    <message>
        <location filename="../ui/healthcheck/healthcheckmodel.cpp" line="85"/>
        <source>not measured</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/healthcheck/healthcheckmodel.cpp" line="96"/>
        <source>#</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/healthcheck/healthcheckmodel.cpp" line="97"/>
        <source>Question</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/healthcheck/healthcheckmodel.cpp" line="98"/>
        <source>Answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/healthcheck/healthcheckmodel.cpp" line="99"/>
        <source>Measured figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/healthcheck/healthcheckmodel.cpp" line="100"/>
        <source>Measured at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/healthcheck/healthcheckmodel.cpp" line="101"/>
        <source>What to do</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>backroom::ui::HealthCheckScreen</name>
    <message>
        <location filename="../ui/healthcheck/healthcheckscreen.cpp" line="39"/>
        <source>Not checked yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/healthcheck/healthcheckscreen.cpp" line="43"/>
        <source>&amp;Re-check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/healthcheck/healthcheckscreen.cpp" line="45"/>
        <source>Answer the 10 questions again from the latest measurements (F5)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/healthcheck/healthcheckscreen.cpp" line="69"/>
        <source>Every answer comes from a measurement Backroom took: saved drills, the health published by running serve instances, channel lag, and searches run now. Unknown means nothing was measured yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/healthcheck/healthcheckscreen.cpp" line="76"/>
        <source>Re-check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/healthcheck/healthcheckscreen.cpp" line="98"/>
        <source>Checking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/healthcheck/healthcheckscreen.cpp" line="107"/>
        <source>The health check could not run: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/healthcheck/healthcheckscreen.cpp" line="116"/>
        <source>%1 Yes, %2 No, %3 Unknown — checked %4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/healthcheck/healthcheckscreen.cpp" line="136"/>
        <source>What to do: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>backroom::ui::HealthScreen</name>
    <message>
        <location filename="../ui/health/healthscreen.cpp" line="33"/>
        <source>Refresh</source>
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
    <name>backroom::ui::LagChart</name>
    <message>
        <location filename="../ui/channels/lagchart.cpp" line="17"/>
        <source>Sync lag per minute (ms): p50 dashed, p95 solid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/channels/lagchart.cpp" line="26"/>
        <source>ms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/channels/lagchart.cpp" line="32"/>
        <source>Sync lag chart</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/channels/lagchart.cpp" line="46"/>
        <source>%1 %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>backroom::ui::MainWindow</name>
    <message>
        <location filename="../ui/mainwindow.cpp" line="71"/>
        <source>Backroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="99"/>
        <source>&amp;Stock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="101"/>
        <source>&amp;Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="136"/>
        <source>Ready</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="155"/>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="156"/>
        <source>&amp;Connect to another database…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="157"/>
        <source>Switch to another connection profile or database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="164"/>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="147"/>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="103"/>
        <source>Hea&amp;lth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="106"/>
        <source>&amp;Drills</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="110"/>
        <source>Channel s&amp;ync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="112"/>
        <source>&amp;Waves</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="114"/>
        <source>&amp;Picking</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="116"/>
        <source>Packin&amp;g</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="119"/>
        <source>Health chec&amp;k</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="171"/>
        <source>&amp;View</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="173"/>
        <source>&amp;Full screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="177"/>
        <source>&amp;Reset layout</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="178"/>
        <source>Put the window size, columns and panes back as they were at first start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="184"/>
        <source>&amp;Tools</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="185"/>
        <source>&amp;Settings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="193"/>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="194"/>
        <source>&amp;Keyboard shortcuts…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="198"/>
        <source>&amp;About Backroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="200"/>
        <source>About &amp;Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="284"/>
        <source>Nothing to edit on this screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="314"/>
        <source>%1 menu</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="317"/>
        <source>%1 screen</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="341"/>
        <source>&lt;h3&gt;Backroom %1&lt;/h3&gt;&lt;p&gt;The back office for shops selling on their web store, Shopee and Lazada, with one PostgreSQL database as the single source of truth.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="344"/>
        <source>&lt;p&gt;Qt %1 · libpq %2&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="346"/>
        <source>&lt;p&gt;PostgreSQL server %1&lt;br&gt;Connected as %2%3&lt;br&gt;%4&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="348"/>
        <source> (%1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="349"/>
        <source>Encrypted connection (TLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="349"/>
        <source>Connection not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="351"/>
        <source>&lt;p&gt;Not connected to the database yet.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="356"/>
        <source>About Backroom</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="383"/>
        <source>%1 · %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="384"/>
        <source>PostgreSQL %1, %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="386"/>
        <source>encrypted (TLS)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="386"/>
        <source>not encrypted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="434"/>
        <source>Layout reset.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="485"/>
        <source>Connection to the database restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/mainwindow.cpp" line="490"/>
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
        <location filename="../ui/orders/ordersmodel.cpp" line="49"/>
        <source>Reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="50"/>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="51"/>
        <source>Picked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="52"/>
        <source>Packed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="53"/>
        <source>Shipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="54"/>
        <source>Cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="55"/>
        <source>Expired</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="64"/>
        <source>฿%1.%2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="71"/>
        <source>just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/orders/ordersmodel.cpp" line="73"/>
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/orders/ordersmodel.cpp" line="75"/>
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/orders/ordersmodel.cpp" line="76"/>
        <source>%n d</source>
        <translation>
            <numerusform>%n d</numerusform>
            <numerusform>%n d</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/orders/ordersmodel.cpp" line="99"/>
        <source>%n line(s)</source>
        <translation>
            <numerusform>%n line</numerusform>
            <numerusform>%n lines</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="101"/>
        <source>Reservation expires at %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="132"/>
        <source>Order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="133"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="134"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="135"/>
        <source>Items</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="136"/>
        <source>Total</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="137"/>
        <source>Age</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersmodel.cpp" line="138"/>
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
        <location filename="../ui/orders/ordersscreen.cpp" line="385"/>
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
        <location filename="../ui/orders/ordersscreen.cpp" line="279"/>
        <source>&lt;p&gt;&lt;b&gt;Orders could not be loaded.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;%1&lt;/p&gt;&lt;p&gt;They appear here as soon as the database answers again; F5 tries now.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersscreen.cpp" line="282"/>
        <source>Loading orders…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersscreen.cpp" line="284"/>
        <source>&lt;p&gt;&lt;b&gt;No orders match these filters.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Choose “All statuses” and “All channels”, or widen the dates, to see more.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersscreen.cpp" line="286"/>
        <source>&lt;p&gt;&lt;b&gt;No orders yet.&lt;/b&gt;&lt;/p&gt;&lt;p&gt;Orders from the web store, Shopee and Lazada appear here as they are placed; &lt;code style=&quot;white-space: nowrap&quot;&gt;backroom order place&lt;/code&gt; creates one by hand.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersscreen.cpp" line="338"/>
        <source>&lt;i&gt;Select an order to see its lines.&lt;/i&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersscreen.cpp" line="342"/>
        <source>&lt;b&gt;Order #%1&lt;/b&gt; — loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersscreen.cpp" line="351"/>
        <source>Could not load the order: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersscreen.cpp" line="361"/>
        <source>&lt;b&gt;Order #%1&lt;/b&gt; · %2 · %3&lt;br&gt;Created %4 · Total &lt;b&gt;%5&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersscreen.cpp" line="367"/>
        <source>&lt;br&gt;Reservation expires %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersscreen.cpp" line="369"/>
        <source>&lt;br&gt;&lt;small&gt;Key: %1&lt;/small&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersscreen.cpp" line="386"/>
        <source>Cancel order #%1 (%2)? Its reserved stock goes back on sale. This cannot be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersscreen.cpp" line="391"/>
        <source>Cancel the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersscreen.cpp" line="392"/>
        <source>Keep the order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersscreen.cpp" line="406"/>
        <source>Cancelling order #%1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersscreen.cpp" line="413"/>
        <source>Could not cancel order #%1: %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/orders/ordersscreen.cpp" line="418"/>
        <source>Order #%1 cancelled; its stock is back on sale.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>backroom::ui::PackingScreen</name>
    <message>
        <location filename="../ui/warehouse/packingscreen.cpp" line="44"/>
        <source>1. Scan the order (number)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/warehouse/packingscreen.cpp" line="48"/>
        <source>2. Scan each unit into the parcel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/warehouse/packingscreen.cpp" line="60"/>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/warehouse/packingscreen.cpp" line="60"/>
        <source>Item</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/warehouse/packingscreen.cpp" line="60"/>
        <source>Expected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/warehouse/packingscreen.cpp" line="60"/>
        <source>Scanned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/warehouse/packingscreen.cpp" line="74"/>
        <source>&amp;Undo last scan</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/warehouse/packingscreen.cpp" line="75"/>
        <source>Pa&amp;ck</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/warehouse/packingscreen.cpp" line="78"/>
        <source>3. Tracking number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/warehouse/packingscreen.cpp" line="79"/>
        <source>Sh&amp;ip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/warehouse/packingscreen.cpp" line="80"/>
        <source>P&amp;rint packing slip</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/warehouse/packingscreen.cpp" line="99"/>
        <source>%1 is not an order number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/warehouse/packingscreen.cpp" line="165"/>
        <source>Scan the order first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/warehouse/packingscreen.cpp" line="173"/>
        <source>%1 is not (or no longer) expected in order %2: take it out, or Undo.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/warehouse/packingscreen.cpp" line="177"/>
        <source>%1 OK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/warehouse/packingscreen.cpp" line="194"/>
        <location filename="../ui/warehouse/packingscreen.cpp" line="255"/>
        <source>No order open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/warehouse/packingscreen.cpp" line="198"/>
        <source>Order %1 · %2 · %3</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/warehouse/packingscreen.cpp" line="202"/>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/warehouse/packingscreen.cpp" line="238"/>
        <source>Every unit is in the parcel: Pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/warehouse/packingscreen.cpp" line="241"/>
        <source>Packed: enter the tracking number and Ship.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/warehouse/packingscreen.cpp" line="242"/>
        <source>This order is %1: nothing to pack.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/warehouse/packingscreen.cpp" line="259"/>
        <source>%1 × %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/warehouse/packingscreen.cpp" line="262"/>
        <source>Missing: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/warehouse/packingscreen.cpp" line="264"/>
        <source>Extra: %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/warehouse/packingscreen.cpp" line="291"/>
        <source>Order %1 packed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/warehouse/packingscreen.cpp" line="316"/>
        <source>Order %1 shipped, tracking %2. Scan the next order.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/warehouse/packingscreen.cpp" line="335"/>
        <source>Packing slip written: %1.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>backroom::ui::PickingScreen</name>
    <message>
        <location filename="../ui/warehouse/pickingscreen.cpp" line="65"/>
        <source>Wave </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/warehouse/pickingscreen.cpp" line="67"/>
        <source>Picker (empty: whole wave)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/warehouse/pickingscreen.cpp" line="68"/>
        <source>Loa&amp;d list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/warehouse/pickingscreen.cpp" line="102"/>
        <source>Scan here (or type, then Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/warehouse/pickingscreen.cpp" line="114"/>
        <source>Missing: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/warehouse/pickingscreen.cpp" line="116"/>
        <source>Record short pick (F8 then Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/warehouse/pickingscreen.cpp" line="226"/>
        <source>Wave %1 is %2: only a released wave can be picked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/warehouse/pickingscreen.cpp" line="258"/>
        <source>Nothing left to pick on this list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/warehouse/pickingscreen.cpp" line="258"/>
        <source>Open a wave&apos;s list first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/warehouse/pickingscreen.cpp" line="266"/>
        <source>Wrong bin: you scanned %1. Go to bin %2.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/warehouse/pickingscreen.cpp" line="269"/>
        <source>Bin %1 OK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/warehouse/pickingscreen.cpp" line="276"/>
        <source>Wrong item: you scanned %1. Take %2 (%3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/warehouse/pickingscreen.cpp" line="279"/>
        <source>Item %1 OK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/warehouse/pickingscreen.cpp" line="287"/>
        <source>Type a number from 1 to %1, or press Enter to confirm all %1.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/warehouse/pickingscreen.cpp" line="313"/>
        <source>%1 × %2 from %3 confirmed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/warehouse/pickingscreen.cpp" line="353"/>
        <source>No task on screen to record a short pick for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/warehouse/pickingscreen.cpp" line="359"/>
        <source>Only %1 unit(s) are left to pick on this task.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/warehouse/pickingscreen.cpp" line="368"/>
        <source>Recording %1 missing from bin %2…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/warehouse/pickingscreen.cpp" line="388"/>
        <source>Short pick recorded. No other bin has the units: the lead is told about %n order(s).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/warehouse/pickingscreen.cpp" line="392"/>
        <source>Short pick recorded; %n unit(s) to pick from another bin (added to your list).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/warehouse/pickingscreen.cpp" line="426"/>
        <source>List done.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/warehouse/pickingscreen.cpp" line="430"/>
        <source>1. Scan bin %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/warehouse/pickingscreen.cpp" line="431"/>
        <source>2. Scan the item %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/warehouse/pickingscreen.cpp" line="433"/>
        <source>3. Enter confirms %1 unit(s), or type how many</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/warehouse/pickingscreen.cpp" line="442"/>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/warehouse/pickingscreen.cpp" line="442"/>
        <source>No list open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/warehouse/pickingscreen.cpp" line="444"/>
        <source>Every task on this list is picked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/warehouse/pickingscreen.cpp" line="444"/>
        <source>Choose a wave and open its list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/warehouse/pickingscreen.cpp" line="447"/>
        <source>%1 of %1 done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/warehouse/pickingscreen.cpp" line="452"/>
        <source>Bin %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/warehouse/pickingscreen.cpp" line="453"/>
        <source>× %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/warehouse/pickingscreen.cpp" line="457"/>
        <source>Task %1 of %2</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>backroom::ui::SavedRunsModel</name>
    <message>
        <location filename="../ui/drills/savedrunsmodel.cpp" line="40"/>
        <source>%1 answered under faults</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/savedrunsmodel.cpp" line="46"/>
        <source>best %1 orders/s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/savedrunsmodel.cpp" line="48"/>
        <source>%1 /s</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/savedrunsmodel.cpp" line="76"/>
        <source>PASS</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/savedrunsmodel.cpp" line="76"/>
        <source>FAIL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/savedrunsmodel.cpp" line="89"/>
        <source>Run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/savedrunsmodel.cpp" line="90"/>
        <source>Started</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/savedrunsmodel.cpp" line="91"/>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/savedrunsmodel.cpp" line="92"/>
        <source>Scenario</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/savedrunsmodel.cpp" line="93"/>
        <source>Verdict</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/savedrunsmodel.cpp" line="94"/>
        <source>Rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/savedrunsmodel.cpp" line="95"/>
        <source>p99</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>backroom::ui::SavedRunsPanel</name>
    <message>
        <location filename="../ui/drills/savedrunspanel.cpp" line="36"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/savedrunspanel.cpp" line="38"/>
        <source>Open run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/savedrunspanel.cpp" line="40"/>
        <source>Show the selected run&apos;s report (Enter)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/savedrunspanel.cpp" line="41"/>
        <source>Compare the two selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/savedrunspanel.cpp" line="76"/>
        <source>Open saved run</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/savedrunspanel.cpp" line="98"/>
        <source>Reading saved runs…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/savedrunspanel.cpp" line="104"/>
        <source>Saved runs could not be read: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/savedrunspanel.cpp" line="109"/>
        <source>No saved runs yet: every drill run from this screen or `backroom drill load` is kept here.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/drills/savedrunspanel.cpp" line="111"/>
        <source>%n saved run(s). Select two to compare them.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/drills/savedrunspanel.cpp" line="163"/>
        <source>Select exactly two runs to compare (Ctrl+click).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/savedrunspanel.cpp" line="180"/>
        <source>These runs are of different kinds (load, shoot-out, chaos) and have different figures: compare runs of the same kind.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/savedrunspanel.cpp" line="189"/>
        <source>Figure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/savedrunspanel.cpp" line="189"/>
        <source>Run %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/savedrunspanel.cpp" line="189"/>
        <source>Difference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/drills/savedrunspanel.cpp" line="200"/>
        <source>Run %1 (%2, %3) against run %4 (%5, %6)</source>
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
        <location filename="../ui/stock/stockmodel.cpp" line="50"/>
        <source>This stock row was removed by someone else. Press F5 to reload.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stock/stockmodel.cpp" line="84"/>
        <source>SKU</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stock/stockmodel.cpp" line="85"/>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stock/stockmodel.cpp" line="86"/>
        <source>Thai name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stock/stockmodel.cpp" line="87"/>
        <source>Bin</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stock/stockmodel.cpp" line="88"/>
        <source>On hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stock/stockmodel.cpp" line="89"/>
        <source>Reserved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stock/stockmodel.cpp" line="90"/>
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
        <location filename="../ui/stock/stockscreen.cpp" line="97"/>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stock/stockscreen.cpp" line="102"/>
        <source>Search</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stock/stockscreen.cpp" line="107"/>
        <source>Edit quantity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stock/stockscreen.cpp" line="236"/>
        <source>History — select a row to see its changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stock/stockscreen.cpp" line="241"/>
        <source>History of %1 in bin %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/stock/stockscreen.cpp" line="246"/>
        <source>%n row(s) loaded</source>
        <translation>
            <numerusform>%n row loaded</numerusform>
            <numerusform>%n rows loaded</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/stock/stockscreen.cpp" line="248"/>
        <source> — loading…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/stock/stockscreen.cpp" line="250"/>
        <source>Could not load stock: %1</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>backroom::ui::WavesModel</name>
    <message>
        <location filename="../ui/warehouse/wavesmodel.cpp" line="19"/>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/warehouse/wavesmodel.cpp" line="21"/>
        <source>Released</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/warehouse/wavesmodel.cpp" line="23"/>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/warehouse/wavesmodel.cpp" line="44"/>
        <source>yyyy-MM-dd HH:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/warehouse/wavesmodel.cpp" line="45"/>
        <location filename="../ui/warehouse/wavesmodel.cpp" line="46"/>
        <source>all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/warehouse/wavesmodel.cpp" line="48"/>
        <location filename="../ui/warehouse/wavesmodel.cpp" line="49"/>
        <location filename="../ui/warehouse/wavesmodel.cpp" line="51"/>
        <source>%1 / %2</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/warehouse/wavesmodel.cpp" line="62"/>
        <source>Wave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/warehouse/wavesmodel.cpp" line="63"/>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/warehouse/wavesmodel.cpp" line="64"/>
        <source>Cut-off</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/warehouse/wavesmodel.cpp" line="65"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/warehouse/wavesmodel.cpp" line="66"/>
        <source>Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/warehouse/wavesmodel.cpp" line="67"/>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/warehouse/wavesmodel.cpp" line="68"/>
        <source>Tasks done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/warehouse/wavesmodel.cpp" line="69"/>
        <source>Units picked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/warehouse/wavesmodel.cpp" line="70"/>
        <source>Missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/warehouse/wavesmodel.cpp" line="71"/>
        <source>Orders packed</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>backroom::ui::WavesScreen</name>
    <message>
        <location filename="../ui/warehouse/wavesscreen.cpp" line="55"/>
        <source>&amp;Release…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/warehouse/wavesscreen.cpp" line="56"/>
        <source>&amp;Close…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/warehouse/wavesscreen.cpp" line="57"/>
        <source>Print pick l&amp;ist</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/warehouse/wavesscreen.cpp" line="58"/>
        <source>Save pick list &amp;as…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/warehouse/wavesscreen.cpp" line="60"/>
        <source>A4</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/warehouse/wavesscreen.cpp" line="61"/>
        <source>Label 100×150 mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/warehouse/wavesscreen.cpp" line="63"/>
        <source>Pickers (comma-separated, optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/warehouse/wavesscreen.cpp" line="64"/>
        <source>Releasing with pickers cuts the walk into one list per picker.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/warehouse/wavesscreen.cpp" line="103"/>
        <location filename="../ui/warehouse/wavesscreen.cpp" line="188"/>
        <source>yyyy-MM-dd HH:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/warehouse/wavesscreen.cpp" line="106"/>
        <source>All channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/warehouse/wavesscreen.cpp" line="110"/>
        <source>All zones</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/warehouse/wavesscreen.cpp" line="111"/>
        <source>&amp;New wave…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/warehouse/wavesscreen.cpp" line="112"/>
        <source>Paid up to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/warehouse/wavesscreen.cpp" line="114"/>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/warehouse/wavesscreen.cpp" line="116"/>
        <source>Zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/warehouse/wavesscreen.cpp" line="166"/>
        <source>Not now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/warehouse/wavesscreen.cpp" line="187"/>
        <source>Group the orders paid up to %1 (%2, %3) that are in no open wave into a new wave?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/warehouse/wavesscreen.cpp" line="189"/>
        <source>every channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/warehouse/wavesscreen.cpp" line="190"/>
        <source>every zone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/warehouse/wavesscreen.cpp" line="190"/>
        <source>zone %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/warehouse/wavesscreen.cpp" line="191"/>
        <source>New wave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/warehouse/wavesscreen.cpp" line="191"/>
        <source>Create the wave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/warehouse/wavesscreen.cpp" line="192"/>
        <source>Creating the wave…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/warehouse/wavesscreen.cpp" line="200"/>
        <source>Wave %1 created. Release it to let the pickers start.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/warehouse/wavesscreen.cpp" line="213"/>
        <source>Release wave %1? Any picker can then claim its tasks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/warehouse/wavesscreen.cpp" line="214"/>
        <source>Release wave %1 as %n list(s), one per picker (%2)?</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/warehouse/wavesscreen.cpp" line="218"/>
        <source>Release wave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/warehouse/wavesscreen.cpp" line="218"/>
        <source>Release</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/warehouse/wavesscreen.cpp" line="226"/>
        <source>Wave %1 released: %n task(s) to pick.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/warehouse/wavesscreen.cpp" line="238"/>
        <source>Close wave</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/warehouse/wavesscreen.cpp" line="239"/>
        <source>Close wave %1? Orders with nothing picked go back to wait for the next wave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/warehouse/wavesscreen.cpp" line="240"/>
        <source>Close the wave</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/warehouse/wavesscreen.cpp" line="248"/>
        <source>Wave %1 closed; %n order(s) back in the pool.</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../ui/warehouse/wavesscreen.cpp" line="266"/>
        <source>Save pick list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/warehouse/wavesscreen.cpp" line="267"/>
        <source>PDF (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../ui/warehouse/wavesscreen.cpp" line="277"/>
        <source>Writing the pick list of wave %1…</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../ui/warehouse/wavesscreen.cpp" line="291"/>
        <source>Pick list written: %1 (%n page(s)).</source>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
</context>
<context>
    <name>backroom::warehouse</name>
    <message>
        <location filename="../core/warehouse/code128.cpp" line="103"/>
        <source>A barcode needs some text to encode.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/warehouse/code128.cpp" line="106"/>
        <source>Text too long for a barcode (%1 characters, at most %2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/warehouse/code128.cpp" line="110"/>
        <source>A Code 128 barcode can hold only plain ASCII letters, digits and signs; &quot;%1&quot; contains &apos;%2&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/warehouse/warehouse.cpp" line="99"/>
        <source>Lost the connection to the database: %1</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/warehouse/warehouse.cpp" line="266"/>
        <source>Scan every item of order %1 into the parcel before packing.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/warehouse/warehouse.cpp" line="293"/>
        <source>Wave %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../core/warehouse/warehouse.cpp" line="331"/>
        <source>Order %1 does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
