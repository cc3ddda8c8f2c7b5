<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ur_PK" sourcelanguage="en">
<context>
    <name>AboutDialog</name>
    <message>
        <source>About Rawangi</source>
        <translation>روانگی کے بارے میں</translation>
    </message>
    <message>
        <source>This installation</source>
        <translation>یہ تنصیب</translation>
    </message>
    <message>
        <source>Fonts and libraries</source>
        <translation>فونٹ اور لائبریریاں</translation>
    </message>
    <message>
        <source>&amp;Copy the audit head hash</source>
        <translation>آڈٹ ہیڈ ہیش کاپی کریں (&amp;C)</translation>
    </message>
    <message>
        <source>Departures, contingents and manifests of an overseas-employment field office.</source>
        <translation>بیرونِ ملک روزگار کے فیلڈ دفتر کی روانگیاں، دستے اور فہرستِ روانگی۔</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>ورژن</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>ڈیٹا بیس</translation>
    </message>
    <message>
        <source>in memory</source>
        <translation>میموری میں</translation>
    </message>
    <message>
        <source>Backup folder</source>
        <translation>بیک اپ فولڈر</translation>
    </message>
    <message>
        <source>Audit head hash</source>
        <translation>آڈٹ ہیڈ ہیش</translation>
    </message>
    <message>
        <source>Keep the head hash to prove later that no recent audit rows were removed: rawangi audit verify --expect-head HASH</source>
        <translation>ہیڈ ہیش سنبھال کر رکھیں تاکہ بعد میں ثابت کیا جا سکے کہ آڈٹ کی حالیہ قطاریں حذف نہیں ہوئیں: ⁦rawangi audit verify --expect-head HASH⁩</translation>
    </message>
    <message>
        <source>Put the audit head hash on the clipboard</source>
        <translation>آڈٹ ہیڈ ہیش کلپ بورڈ پر رکھیں</translation>
    </message>
</context>
<context>
    <name>Actions</name>
    <message>
        <source>record a departure</source>
        <translation>روانگی درج کرنا</translation>
    </message>
    <message>
        <source>edit a departure</source>
        <translation>روانگی میں تبدیلی کرنا</translation>
    </message>
    <message>
        <source>change a departure&apos;s status</source>
        <translation>روانگی کی حیثیت بدلنا</translation>
    </message>
    <message>
        <source>create a contingent or assign people</source>
        <translation>دستہ بنانا یا اس میں افراد شامل کرنا</translation>
    </message>
    <message>
        <source>finalize a contingent</source>
        <translation>دستے کو حتمی کرنا</translation>
    </message>
    <message>
        <source>reopen a contingent</source>
        <translation>دستے کو دوبارہ کھولنا</translation>
    </message>
    <message>
        <source>print a manifest</source>
        <translation>مینی فیسٹ پرنٹ کرنا</translation>
    </message>
    <message>
        <source>print departure slips</source>
        <translation>روانگی کی پرچیاں پرنٹ کرنا</translation>
    </message>
    <message>
        <source>override a rule</source>
        <translation>قاعدے سے استثنا دینا</translation>
    </message>
    <message>
        <source>manage users</source>
        <translation>صارفین کا انتظام کرنا</translation>
    </message>
    <message>
        <source>change office settings</source>
        <translation>دفتر کی ترتیبات بدلنا</translation>
    </message>
    <message>
        <source>restore a backup</source>
        <translation>بیک اپ بحال کرنا</translation>
    </message>
    <message>
        <source>import a list</source>
        <translation>فہرست درآمد کرنا</translation>
    </message>
    <message>
        <source>export CSV or XLSX</source>
        <translation>‏CSV یا XLSX برآمد کرنا</translation>
    </message>
    <message>
        <source>export a headquarters bundle</source>
        <translation>ہیڈکوارٹر کا بنڈل برآمد کرنا</translation>
    </message>
    <message>
        <source>import a headquarters bundle</source>
        <translation>ہیڈکوارٹر کا بنڈل درآمد کرنا</translation>
    </message>
    <message>
        <source>take a backup</source>
        <translation>بیک اپ لینا</translation>
    </message>
    <message>
        <source>browse the audit log</source>
        <translation>آڈٹ لاگ دیکھنا</translation>
    </message>
</context>
<context>
    <name>AuditModel</name>
    <message>
        <source>Time</source>
        <translation>وقت</translation>
    </message>
    <message>
        <source>User</source>
        <translation>صارف</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>کارروائی</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>ریکارڈ</translation>
    </message>
    <message>
        <source>What changed</source>
        <translation>کیا تبدیل ہوا</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>وجہ</translation>
    </message>
    <message>
        <source>{at} (UTC) · audit row {id}</source>
        <translation>‏⁨{at}⁩ (UTC) · آڈٹ قطار {id}</translation>
    </message>
    <message>
        <source>{record} — Enter or double-click opens it</source>
        <translation>‏⁨{record}⁩ — Enter یا ڈبل کلک سے کھلتا ہے</translation>
    </message>
</context>
<context>
    <name>AuditWindow</name>
    <message>
        <source>Audit log</source>
        <translation>آڈٹ لاگ</translation>
    </message>
    <message>
        <source>&amp;User</source>
        <translation>صارف (&amp;U)</translation>
    </message>
    <message>
        <source>Ac&amp;tion</source>
        <translation>کارروائی (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Record</source>
        <translation>ریکارڈ (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>از (&amp;F)</translation>
    </message>
    <message>
        <source>T&amp;o</source>
        <translation>تا (&amp;O)</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>صاف کریں (&amp;L)</translation>
    </message>
    <message>
        <source>O&amp;pen departure</source>
        <translation>روانگی کھولیں (&amp;P)</translation>
    </message>
    <message>
        <source>Load &amp;more</source>
        <translation>مزید لائیں (&amp;M)</translation>
    </message>
    <message>
        <source>Hash chain</source>
        <translation>ہیش زنجیر</translation>
    </message>
    <message>
        <source>&amp;Head hash</source>
        <translation>ہیڈ ہیش (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>کاپی کریں (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Verify chain</source>
        <translation>زنجیر کی تصدیق کریں (&amp;V)</translation>
    </message>
    <message>
        <source>{refusal} Ask a supervisor or an admin.</source>
        <translation>‏⁨{refusal}⁩ کسی سپروائزر یا ایڈمن سے کہیں۔</translation>
    </message>
    <message>
        <source>Audit log — not allowed</source>
        <translation>آڈٹ لاگ — اجازت نہیں</translation>
    </message>
    <message>
        <source>All</source>
        <translation>سب</translation>
    </message>
    <message>
        <source>Only what this user did</source>
        <translation>صرف اس صارف کی کارروائیاں</translation>
    </message>
    <message>
        <source>Only this kind of action (edit, sign in failed, refused…)</source>
        <translation>صرف اس قسم کی کارروائی (ترمیم، ناکام سائن ان، انکار…)</translation>
    </message>
    <message>
        <source>Only rows about this kind of record (departure, user…)</source>
        <translation>صرف اس قسم کے ریکارڈ سے متعلق قطاریں (روانگی، صارف…)</translation>
    </message>
    <message>
        <source>From this day on (local time), yyyy-mm-dd</source>
        <translation>اس دن سے آگے (مقامی وقت)، ⁦yyyy-mm-dd⁩</translation>
    </message>
    <message>
        <source>Up to and including this day (local time), yyyy-mm-dd</source>
        <translation>اس دن تک، بشمول (مقامی وقت)، ⁦yyyy-mm-dd⁩</translation>
    </message>
    <message>
        <source>Show every row again (Alt+L)</source>
        <translation>تمام قطاریں دوبارہ دکھائیں (Alt+L)</translation>
    </message>
    <message>
        <source>Open the selected departure in the main window (Enter)</source>
        <translation>منتخب روانگی مرکزی ونڈو میں کھولیں (Enter)</translation>
    </message>
    <message>
        <source>Read the next {count} older rows (Alt+M)</source>
        <translation>اگلی {count} پرانی قطاریں پڑھیں (Alt+M)</translation>
    </message>
    <message>
        <source>The newest row&apos;s hash: keep it to prove later that nothing was removed (rawangi audit verify --expect-head HASH)</source>
        <translation>تازہ ترین قطار کا ہیش: بعد میں یہ ثابت کرنے کے لیے محفوظ رکھیں کہ کچھ حذف نہیں ہوا (rawangi audit verify --⁦expect-head⁩ HASH)</translation>
    </message>
    <message>
        <source>Copy the head hash to the clipboard (Alt+C)</source>
        <translation>ہیڈ ہیش کلپ بورڈ پر کاپی کریں (Alt+C)</translation>
    </message>
    <message>
        <source>Recompute every row&apos;s hash and report the first broken row (Alt+V)</source>
        <translation>ہر قطار کا ہیش دوبارہ نکالیں اور پہلی ٹوٹی ہوئی قطار بتائیں (Alt+V)</translation>
    </message>
    <message>
        <source>From</source>
        <translation>از</translation>
    </message>
    <message>
        <source>To</source>
        <translation>تا</translation>
    </message>
    <message>
        <source>{field}: {error} The date is left out of the filter.</source>
        <translation>‏{field}: ⁨{error}⁩ یہ تاریخ فلٹر میں شامل نہیں کی گئی۔</translation>
    </message>
    <message>
        <source>Reading older rows…</source>
        <translation>پرانی قطاریں پڑھی جا رہی ہیں…</translation>
    </message>
    <message>
        <source>Reading the audit log…</source>
        <translation>آڈٹ لاگ پڑھا جا رہا ہے…</translation>
    </message>
    <message>
        <source>No audit rows match these filters.</source>
        <translation>ان فلٹروں سے کوئی آڈٹ قطار نہیں ملتی۔</translation>
    </message>
    <message>
        <source>No audit rows match these filters. Try Clear (Alt+L).</source>
        <translation>ان فلٹروں سے کوئی آڈٹ قطار نہیں ملتی۔ “صاف کریں” (Alt+L) آزمائیں۔</translation>
    </message>
    <message>
        <source>The audit log is empty.</source>
        <translation>آڈٹ لاگ خالی ہے۔</translation>
    </message>
    <message>
        <source>{count} row matches, newest first</source>
        <translation>‏{count} قطار ملتی ہے، تازہ ترین پہلے</translation>
    </message>
    <message>
        <source>{count} rows match, newest first</source>
        <translation>‏{count} قطاریں ملتی ہیں، تازہ ترین پہلے</translation>
    </message>
    <message>
        <source>{count} row, newest first</source>
        <translation>‏{count} قطار، تازہ ترین پہلے</translation>
    </message>
    <message>
        <source>{count} rows, newest first</source>
        <translation>‏{count} قطاریں، تازہ ترین پہلے</translation>
    </message>
    <message>
        <source>{text} — Load more (Alt+M) for older ones</source>
        <translation>‏⁨{text}⁩ — پرانی قطاروں کے لیے “مزید لائیں” (Alt+M)</translation>
    </message>
    <message>
        <source>{text}. {problem}</source>
        <translation>‏⁨{text}⁩۔ ⁨{problem}⁩</translation>
    </message>
    <message>
        <source>Could not read the audit log: {error}</source>
        <translation>آڈٹ لاگ پڑھا نہیں جا سکا: ⁨{error}⁩</translation>
    </message>
    <message>
        <source>Head hash copied: paste it where you keep proof of the log.</source>
        <translation>ہیڈ ہیش کاپی ہو گیا: اسے وہاں چسپاں کریں جہاں آپ لاگ کا ثبوت رکھتے ہیں۔</translation>
    </message>
    <message>
        <source>Checking every row of the audit log; this can take a while…</source>
        <translation>آڈٹ لاگ کی ہر قطار جانچی جا رہی ہے؛ اس میں کچھ وقت لگ سکتا ہے…</translation>
    </message>
    <message numerus="yes">
        <source>Chain OK: all {count} row(s) match their hashes. Head {head}</source>
        <translation>
            <numerusform>زنجیر درست ہے: {count} سطر اپنے ہیش سے ملتی ہے۔ سرا ⁨{head}⁩</numerusform>
            <numerusform>زنجیر درست ہے: تمام {count} سطریں اپنے ہیش سے ملتی ہیں۔ سرا ⁨{head}⁩</numerusform>
        </translation>
    </message>
    <message>
        <source>Chain BROKEN: {problem}. {where} Rows from there on cannot be trusted: keep this file as it is and tell headquarters.</source>
        <translation>زنجیر ٹوٹی ہوئی ہے: ⁨{problem}⁩۔ {where} اس مقام کے بعد کی قطاریں قابلِ اعتماد نہیں: اس فائل کو جوں کا توں رکھیں اور ہیڈکوارٹرز کو اطلاع دیں۔</translation>
    </message>
    <message>
        <source>Chain BROKEN: {problem}. Rows from there on cannot be trusted: keep this file as it is and tell headquarters.</source>
        <translation>زنجیر ٹوٹی ہوئی ہے: ⁨{problem}⁩۔ اس مقام کے بعد کی قطاریں قابلِ اعتماد نہیں: اس فائل کو جوں کا توں رکھیں اور ہیڈکوارٹرز کو اطلاع دیں۔</translation>
    </message>
    <message>
        <source>Row {id} says: {time}, {user}, {action}, {record} — {change}.</source>
        <translation>قطار {id} کے مطابق: ⁨{time}⁩، {user}، ⁨{action}⁩، ⁨{record}⁩ — ⁨{change}⁩۔</translation>
    </message>
    <message>
        <source>Could not check the chain: {error}</source>
        <translation>زنجیر کی جانچ نہیں ہو سکی: ⁨{error}⁩</translation>
    </message>
</context>
<context>
    <name>BackupsModel</name>
    <message>
        <source>Taken</source>
        <translation>لینے کا وقت</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>دفتر</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>حجم</translation>
    </message>
    <message>
        <source>Verified</source>
        <translation>تصدیق</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>وجہ</translation>
    </message>
    <message>
        <source>Audit head</source>
        <translation>آڈٹ ہیڈ</translation>
    </message>
    <message>
        <source>{office}, taken {when} ({reason}), from {source} — {name}</source>
        <translation>‏⁨{office}⁩، ⁨{when}⁩ کو لیا گیا (⁨{reason}⁩)، ⁨{source}⁩ سے — ⁨{name}⁩</translation>
    </message>
    <message>
        <source>Choose a backup</source>
        <translation>بیک اپ منتخب کریں</translation>
    </message>
    <message>
        <source>Backups that may be of this database, newest first:</source>
        <translation>وہ بیک اپ جو اس ڈیٹا بیس کے ہو سکتے ہیں، تازہ ترین پہلے:</translation>
    </message>
    <message>
        <source>Audit head {head}</source>
        <translation>آڈٹ ہیڈ ⁨{head}⁩</translation>
    </message>
    <message>
        <source>Not verified: {problem}</source>
        <translation>تصدیق نہیں ہوئی: ⁨{problem}⁩</translation>
    </message>
    <message>
        <source>✓ verified</source>
        <translation>✓ تصدیق شدہ</translation>
    </message>
    <message>
        <source>✗ not verified</source>
        <translation>✗ غیر تصدیق شدہ</translation>
    </message>
</context>
<context>
    <name>BackupsWindow</name>
    <message>
        <source>Backups</source>
        <translation>بیک اپ</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>ابھی بیک اپ لیں (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>فولڈر کھولیں (&amp;O)</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>تازہ کریں (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Restore…</source>
        <translation>بحال کریں… (&amp;R)</translation>
    </message>
    <message>
        <source>The backups of this database ({office}), kept in {folder}: the newest of each of the last 7 days, 4 weeks and 12 months. Each is checked with SQLite&apos;s integrity check when taken.</source>
        <translation>اس ڈیٹا بیس (⁨{office}⁩) کے بیک اپ، جو ⁨{folder}⁩ میں رکھے جاتے ہیں: پچھلے 7 دنوں، 4 ہفتوں اور 12 مہینوں میں سے ہر ایک کا تازہ ترین۔ ہر بیک اپ لیتے وقت SQLite کی سالمیت کی جانچ سے پرکھا جاتا ہے۔</translation>
    </message>
    <message>
        <source>Show the backup folder in the file manager (Alt+O)</source>
        <translation>بیک اپ فولڈر فائل مینیجر میں دکھائیں (Alt+O)</translation>
    </message>
    <message>
        <source>Read the backup folder again (F5)</source>
        <translation>بیک اپ فولڈر دوبارہ پڑھیں (F5)</translation>
    </message>
    <message>
        <source>Take a backup now and check it (Alt+B)</source>
        <translation>ابھی بیک اپ لیں اور اس کی جانچ کریں (Alt+B)</translation>
    </message>
    <message>
        <source>Only a supervisor or an admin may take a backup</source>
        <translation>صرف سپروائزر یا ایڈمن بیک اپ لے سکتا ہے</translation>
    </message>
    <message>
        <source>Only a supervisor or an admin may take a backup; an admin restores one.</source>
        <translation>صرف سپروائزر یا ایڈمن بیک اپ لے سکتا ہے؛ بحالی ایڈمن کرتا ہے۔</translation>
    </message>
    <message>
        <source>Replace the database with the selected backup (Rawangi starts again) (Alt+R)</source>
        <translation>ڈیٹا بیس کو منتخب بیک اپ سے بدل دیں (روانگی دوبارہ شروع ہو گا) (Alt+R)</translation>
    </message>
    <message>
        <source>No backups yet. “Back up now” takes the first one; Rawangi also takes one each day when it starts.</source>
        <translation>ابھی کوئی بیک اپ نہیں۔ “ابھی بیک اپ لیں” سے پہلا بیک اپ لیں؛ روانگی ہر روز شروع ہوتے وقت بھی ایک بیک اپ لیتا ہے۔</translation>
    </message>
    <message>
        <source>Backing up…</source>
        <translation>بیک اپ لیا جا رہا ہے…</translation>
    </message>
    <message>
        <source>Backing up the database…</source>
        <translation>ڈیٹا بیس کا بیک اپ لیا جا رہا ہے…</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
    <message>
        <source>Back up</source>
        <translation>بیک اپ</translation>
    </message>
    <message>
        <source>Backed up at {when} to {name} ({size}); the integrity check passed.</source>
        <translation>‏⁨{when}⁩ پر ⁨{name}⁩ ({size}) میں بیک اپ لے لیا گیا؛ سالمیت کی جانچ کامیاب رہی۔</translation>
    </message>
    <message>
        <source>The backup was cancelled; no backup was kept.</source>
        <translation>بیک اپ منسوخ کر دیا گیا؛ کوئی بیک اپ محفوظ نہیں ہوا۔</translation>
    </message>
    <message>
        <source>No backup was taken: {error}</source>
        <translation>کوئی بیک اپ نہیں لیا گیا: ⁨{error}⁩</translation>
    </message>
    <message>
        <source>The backups in {folder} cannot be listed: {error}</source>
        <translation>‏⁨{folder}⁩ میں موجود بیک اپ کی فہرست نہیں بن سکی: ⁨{error}⁩</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be created: {error}</source>
        <translation>فولڈر ⁨{folder}⁩ نہیں بن سکا: ⁨{error}⁩</translation>
    </message>
    <message>
        <source>The folder could not be shown; it is {folder}</source>
        <translation>فولڈر دکھایا نہیں جا سکا؛ یہ ⁨{folder}⁩ ہے</translation>
    </message>
    <message>
        <source>Choose a backup in the list first.</source>
        <translation>پہلے فہرست میں سے کوئی بیک اپ منتخب کریں۔</translation>
    </message>
    <message>
        <source>Everything recorded after that time will no longer be in the database.</source>
        <translation>اس وقت کے بعد درج کی گئی ہر چیز ڈیٹا بیس میں نہیں رہے گی۔</translation>
    </message>
    <message>
        <source>The current database file is kept beside it (….replaced-DATE-TIME.db), not deleted.</source>
        <translation>موجودہ ڈیٹا بیس فائل حذف نہیں ہوتی بلکہ اس کے ساتھ (….⁦replaced-DATE-TIME⁩.db) محفوظ رہتی ہے۔</translation>
    </message>
    <message>
        <source>Rawangi closes the database, restores the backup and starts again; you sign in once more.</source>
        <translation>روانگی ڈیٹا بیس بند کر کے بیک اپ بحال کرے گا اور دوبارہ شروع ہو گا؛ آپ کو ایک بار پھر سائن ان کرنا ہو گا۔</translation>
    </message>
    <message>
        <source>This backup did not pass its check when taken: it is checked again and refused if it is damaged.</source>
        <translation>یہ بیک اپ لیتے وقت اپنی جانچ میں کامیاب نہیں ہوا تھا: اسے دوبارہ جانچا جائے گا اور خراب ہونے کی صورت میں رد کر دیا جائے گا۔</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>بیک اپ بحال کریں</translation>
    </message>
    <message>
        <source>Replace the database with the backup taken {when}?</source>
        <translation>ڈیٹا بیس کو ⁨{when}⁩ کے بیک اپ سے بدل دیں؟</translation>
    </message>
    <message>
        <source>Restore and restart</source>
        <translation>بحال کر کے دوبارہ شروع کریں</translation>
    </message>
</context>
<context>
    <name>CheckPage</name>
    <message>
        <source>All problems</source>
        <translation>تمام مسائل</translation>
    </message>
    <message>
        <source>Refused rows</source>
        <translation>مسترد قطاریں</translation>
    </message>
    <message>
        <source>Warnings</source>
        <translation>انتباہات</translation>
    </message>
    <message>
        <source>Stop the check (Alt+C); nothing is written</source>
        <translation>جانچ روکیں (Alt+C)؛ کچھ محفوظ نہیں ہوتا</translation>
    </message>
    <message>
        <source>Check every row of the list again (Alt+A)</source>
        <translation>فہرست کی ہر قطار دوبارہ جانچیں (Alt+A)</translation>
    </message>
    <message>
        <source>Save the problems as a CSV file for whoever prepared the list (Alt+S)</source>
        <translation>فہرست تیار کرنے والے کے لیے مسائل CSV فائل میں محفوظ کریں (Alt+S)</translation>
    </message>
    <message>
        <source>Show only problems with these words (Alt+F)</source>
        <translation>صرف وہ مسائل دکھائیں جن میں یہ الفاظ ہوں (Alt+F)</translation>
    </message>
    <message>
        <source>Show every problem, the refused rows or the warnings</source>
        <translation>تمام مسائل، مسترد قطاریں یا انتباہات دکھائیں</translation>
    </message>
    <message>
        <source>Checking {rows} of {name}…</source>
        <translation>‏⁨{name}⁩ کی {rows} جانچی جا رہی ہیں…</translation>
    </message>
    <message>
        <source>Nothing has been imported yet.</source>
        <translation>ابھی کچھ درآمد نہیں ہوا۔</translation>
    </message>
    <message>
        <source>Cancelling the check…</source>
        <translation>جانچ منسوخ کی جا رہی ہے…</translation>
    </message>
    <message>
        <source>No problems: every row can be imported.</source>
        <translation>کوئی مسئلہ نہیں: ہر قطار درآمد کی جا سکتی ہے۔</translation>
    </message>
    <message>
        <source>Nothing has been imported yet. Choose Next to import the rows that passed (the refused rows are left out).</source>
        <translation>ابھی کچھ درآمد نہیں ہوا۔ جانچ میں کامیاب قطاریں درآمد کرنے کے لیے “اگلا” منتخب کریں (مسترد قطاریں شامل نہیں ہوں گی)۔</translation>
    </message>
    <message>
        <source>Nothing has been imported yet. Choose Next to import the rows that passed.</source>
        <translation>ابھی کچھ درآمد نہیں ہوا۔ جانچ میں کامیاب قطاریں درآمد کرنے کے لیے “اگلا” منتخب کریں۔</translation>
    </message>
    <message>
        <source>No row can be imported, and nothing has been. Save the report, have the list corrected, and import it again.</source>
        <translation>کوئی قطار درآمد نہیں کی جا سکتی، اور کچھ بھی درآمد نہیں ہوا۔ رپورٹ محفوظ کریں، فہرست درست کروائیں، اور اسے دوبارہ درآمد کریں۔</translation>
    </message>
    <message>
        <source>The check was cancelled.</source>
        <translation>جانچ منسوخ کر دی گئی۔</translation>
    </message>
    <message>
        <source>The list could not be checked: {error}</source>
        <translation>فہرست کی جانچ نہیں ہو سکی: ⁨{error}⁩</translation>
    </message>
    <message>
        <source>Nothing has been imported.</source>
        <translation>کچھ درآمد نہیں ہوا۔</translation>
    </message>
    <message>
        <source>Choose “Check again” to check every row.</source>
        <translation>ہر قطار جانچنے کے لیے “دوبارہ جانچیں” منتخب کریں۔</translation>
    </message>
    <message>
        <source>No problem matches the filter.</source>
        <translation>فلٹر سے کوئی مسئلہ نہیں ملتا۔</translation>
    </message>
    <message>
        <source>The report could not be saved to {path}: {error}. Choose another folder.</source>
        <translation>رپورٹ ⁨{path}⁩ میں محفوظ نہیں ہو سکی: ⁨{error}⁩۔ کوئی دوسرا فولڈر منتخب کریں۔</translation>
    </message>
    <message>
        <source>The report was saved to {path}.</source>
        <translation>رپورٹ ⁨{path}⁩ میں محفوظ کر دی گئی۔</translation>
    </message>
</context>
<context>
    <name>Checks</name>
    <message>
        <source>the passport number</source>
        <translation>پاسپورٹ نمبر</translation>
    </message>
    <message>
        <source>the date of birth</source>
        <translation>تاریخ پیدائش</translation>
    </message>
    <message>
        <source>the expiry date</source>
        <translation>میعاد ختم ہونے کی تاریخ</translation>
    </message>
    <message>
        <source>the personal number</source>
        <translation>ذاتی نمبر</translation>
    </message>
    <message>
        <source>the strip as a whole</source>
        <translation>پوری پٹی</translation>
    </message>
</context>
<context>
    <name>ColumnsPage</name>
    <message>
        <source>Column of the list</source>
        <translation>فہرست کا کالم</translation>
    </message>
    <message>
        <source>Row 1</source>
        <translation>قطار 1</translation>
    </message>
    <message>
        <source>Row 2</source>
        <translation>قطار 2</translation>
    </message>
    <message>
        <source>Import as</source>
        <translation>درآمد کا خانہ</translation>
    </message>
    <message>
        <source>PAK when the list says nothing</source>
        <translation>فہرست میں کچھ نہ ہو تو PAK</translation>
    </message>
    <message>
        <source>The departure date of every row (yyyy-mm-dd)</source>
        <translation>ہر قطار کی روانگی کی تاریخ (⁦yyyy-mm-dd⁩)</translation>
    </message>
    <message>
        <source>The destination country of every row</source>
        <translation>ہر قطار کی منزل کا ملک</translation>
    </message>
    <message>
        <source>The trade or profession of every row</source>
        <translation>ہر قطار کا ہنر یا پیشہ</translation>
    </message>
    <message>
        <source>OEC or a licensed promoter (OEP), for every row</source>
        <translation>ہر قطار کے لیے OEC یا لائسنس یافتہ پروموٹر (OEP)</translation>
    </message>
    <message>
        <source>The promoter&apos;s licence number, for every row</source>
        <translation>ہر قطار کے لیے پروموٹر کا لائسنس نمبر</translation>
    </message>
    <message>
        <source>Nationality of every row (PAK when empty)</source>
        <translation>ہر قطار کی قومیت (خالی ہو تو PAK)</translation>
    </message>
    <message>
        <source>{tip}; a column of the list wins where its cell is filled.</source>
        <translation>‏⁨{tip}⁩؛ جہاں فہرست کے کالم کا خانہ پُر ہو وہاں وہی قدر لی جاتی ہے۔</translation>
    </message>
    <message>
        <source>Put every imported person into this open contingent (its rules apply)</source>
        <translation>ہر درآمد شدہ فرد کو اس کھلے دستے میں شامل کریں (اس کے قواعد لاگو ہوں گے)</translation>
    </message>
    <message>
        <source>No contingent: the people stay unassigned</source>
        <translation>کوئی دستہ نہیں: افراد کسی دستے میں شامل نہیں ہوں گے</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 فرد</translation>
    </message>
    <message>
        <source>{count} people</source>
        <translation>‏{count} افراد</translation>
    </message>
    <message>
        <source>{code} — {flight_no}, {date}, {destinations} ({people})</source>
        <translation>‏{code} — {flight_no}، ⁨{date}⁩، {destinations} ({people})</translation>
    </message>
    <message>
        <source>The field that column “{header}” fills</source>
        <translation>وہ خانہ جو کالم “⁨{header}⁩” بھرتا ہے</translation>
    </message>
    <message>
        <source>The list&apos;s column “{header}” fills this; a value here fills its empty cells.</source>
        <translation>فہرست کا کالم “⁨{header}⁩” اسے بھرتا ہے؛ یہاں دی گئی قدر اس کے خالی خانے بھرتی ہے۔</translation>
    </message>
    <message>
        <source>The list has no column for this: the value here goes into every row.</source>
        <translation>فہرست میں اس کے لیے کوئی کالم نہیں: یہاں دی گئی قدر ہر قطار میں جائے گی۔</translation>
    </message>
    <message>
        <source>from the column “{header}”</source>
        <translation>کالم “⁨{header}⁩” سے</translation>
    </message>
    <message>
        <source>(from the column “{header}”)</source>
        <translation>(کالم “⁨{header}⁩” سے)</translation>
    </message>
    <message>
        <source>{error} Choose “(not imported)” for one of them.</source>
        <translation>‏⁨{error}⁩ ان میں سے ایک کے لیے “(not imported)” منتخب کریں۔</translation>
    </message>
    <message>
        <source>Still missing: {fields}. Choose the column of the list that holds each in “Import as”, or give a value for every row below.</source>
        <translation>ابھی باقی ہیں: ⁨{fields}⁩۔ ہر ایک کے لیے “درآمد کا خانہ” میں فہرست کا متعلقہ کالم منتخب کریں، یا نیچے ہر قطار کے لیے قدر دیں۔</translation>
    </message>
    <message>
        <source>{columns} will be imported, {left} left out. Every required field is filled: choose Next for a preview.</source>
        <translation>‏{columns} درآمد ہوں گے، {left} چھوڑ دیے جائیں گے۔ ہر لازمی خانہ پُر ہے: پیش نظارے کے لیے “اگلا” منتخب کریں۔</translation>
    </message>
    <message>
        <source>{columns} will be imported. Every required field is filled: choose Next for a preview.</source>
        <translation>‏{columns} درآمد ہوں گے۔ ہر لازمی خانہ پُر ہے: پیش نظارے کے لیے “اگلا” منتخب کریں۔</translation>
    </message>
</context>
<context>
    <name>ContingentDialog</name>
    <message>
        <source>New contingent</source>
        <translation>نیا دستہ</translation>
    </message>
    <message>
        <source>&amp;Flight no.</source>
        <translation>پرواز نمبر (&amp;F)</translation>
    </message>
    <message>
        <source>PK-731 or EK 613</source>
        <translation>‏⁦PK-731⁩ یا EK 613</translation>
    </message>
    <message>
        <source>&amp;Carrier</source>
        <translation>ایئر لائن (&amp;C)</translation>
    </message>
    <message>
        <source>Airline, e.g. Pakistan International Airlines</source>
        <translation>ایئر لائن، مثلاً Pakistan International Airlines</translation>
    </message>
    <message>
        <source>Departure &amp;airport</source>
        <translation>روانگی کا ہوائی اڈہ (&amp;A)</translation>
    </message>
    <message>
        <source>IATA code, e.g. ISB</source>
        <translation>‏IATA کوڈ، مثلاً ISB</translation>
    </message>
    <message>
        <source>Departure &amp;date</source>
        <translation>روانگی کی تاریخ (&amp;D)</translation>
    </message>
    <message>
        <source>Departure &amp;time</source>
        <translation>روانگی کا وقت (&amp;T)</translation>
    </message>
    <message>
        <source>24-hour HH:MM, e.g. 09:30</source>
        <translation>24 گھنٹے کا وقت HH:MM، مثلاً 09:30</translation>
    </message>
    <message>
        <source>D&amp;estinations</source>
        <translation>منزلیں (&amp;E)</translation>
    </message>
    <message>
        <source>Countries, separated by commas: Saudi Arabia, Qatar</source>
        <translation>ممالک، کوما سے الگ کر کے: Saudi Arabia, Qatar</translation>
    </message>
    <message>
        <source>Ca&amp;pacity</source>
        <translation>گنجائش (&amp;P)</translation>
    </message>
    <message>
        <source> people</source>
        <translation> افراد</translation>
    </message>
    <message>
        <source>A new open contingent of office {office}. Its code, such as {office}-20260315-01, comes from the departure date.</source>
        <translation>دفتر {office} کا نیا کھلا دستہ۔ اس کا کوڈ، مثلاً ⁦{office}-20260315-01⁩، روانگی کی تاریخ سے بنتا ہے۔</translation>
    </message>
    <message>
        <source>Create</source>
        <translation>بنائیں</translation>
    </message>
</context>
<context>
    <name>ContingentMoveDialog</name>
    <message>
        <source>Move to another contingent</source>
        <translation>دوسرے دستے میں منتقل کریں</translation>
    </message>
    <message>
        <source>&amp;Move to</source>
        <translation>منتقلی کے لیے دستہ (&amp;M)</translation>
    </message>
</context>
<context>
    <name>ContingentReasonDialog</name>
    <message>
        <source>Give a reason</source>
        <translation>وجہ بتائیں</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>وجہ (&amp;R)</translation>
    </message>
    <message>
        <source>Why (kept in the audit log with your name)</source>
        <translation>وجہ (آپ کے نام کے ساتھ آڈٹ لاگ میں محفوظ رہتی ہے)</translation>
    </message>
</context>
<context>
    <name>ContingentWindow</name>
    <message>
        <source>Contingent</source>
        <translation>دستہ</translation>
    </message>
    <message>
        <source>&amp;Add person</source>
        <translation>فرد شامل کریں (&amp;A)</translation>
    </message>
    <message>
        <source>CNIC or passport no. in any form, or scan the passport</source>
        <translation>کسی بھی صورت میں شناختی کارڈ یا پاسپورٹ نمبر، یا پاسپورٹ اسکین کریں</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>شامل کریں (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>نکالیں (&amp;R)</translation>
    </message>
    <message>
        <source>Mo&amp;ve to…</source>
        <translation>منتقل کریں… (&amp;V)</translation>
    </message>
    <message>
        <source>&amp;Finalize…</source>
        <translation>حتمی کریں… (&amp;F)</translation>
    </message>
    <message>
        <source>Re&amp;open…</source>
        <translation>دوبارہ کھولیں… (&amp;O)</translation>
    </message>
    <message>
        <source>Mark de&amp;parted…</source>
        <translation>روانہ درج کریں… (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Manifest…</source>
        <translation>فہرستِ روانگی… (&amp;M)</translation>
    </message>
    <message>
        <source>Print s&amp;lips…</source>
        <translation>پرچیاں پرنٹ کریں… (&amp;L)</translation>
    </message>
    <message>
        <source>1 person</source>
        <translation>1 فرد</translation>
    </message>
    <message>
        <source>{count} people</source>
        <translation>‏{count} افراد</translation>
    </message>
    <message>
        <source>S.No on the manifest (no-shows are left out there)</source>
        <translation>فہرستِ روانگی پر نمبر شمار (غیر حاضر افراد وہاں شامل نہیں ہوتے)</translation>
    </message>
    <message>
        <source>Type a CNIC (any dashes or spaces, Urdu digits too) or a passport number and press Enter, or scan the passport: both lines of its strip are read.</source>
        <translation>شناختی کارڈ نمبر (ڈیش یا خالی جگہ کے ساتھ، اردو ہندسوں میں بھی) یا پاسپورٹ نمبر لکھ کر Enter دبائیں، یا پاسپورٹ اسکین کریں: اس کی پٹی کی دونوں سطریں پڑھی جاتی ہیں۔</translation>
    </message>
    <message>
        <source>Add the person whose CNIC or passport no. is typed (Enter)</source>
        <translation>وہ فرد شامل کریں جس کا شناختی کارڈ یا پاسپورٹ نمبر لکھا گیا ہے (Enter)</translation>
    </message>
    <message>
        <source>Take the selected people out of this contingent (their departures stay in the register)</source>
        <translation>منتخب افراد کو اس دستے سے نکالیں (ان کی روانگیاں رجسٹر میں برقرار رہتی ہیں)</translation>
    </message>
    <message>
        <source>Move the selected people to another open contingent</source>
        <translation>منتخب افراد کو کسی دوسرے کھلے دستے میں منتقل کریں</translation>
    </message>
    <message>
        <source>Close the contingent and store its manifest as the next revision (supervisors)</source>
        <translation>دستہ بند کریں اور اس کی فہرستِ روانگی اگلی نظرِ ثانی کے طور پر محفوظ کریں (سپروائزر)</translation>
    </message>
    <message>
        <source>Open a finalized contingent again, with a reason; its manifest becomes superseded (supervisors)</source>
        <translation>حتمی دستہ وجہ بتا کر دوبارہ کھولیں؛ اس کی فہرستِ روانگی متروک ہو جائے گی (سپروائزر)</translation>
    </message>
    <message>
        <source>After the flight: record who travelled and who did not (supervisors)</source>
        <translation>پرواز کے بعد: درج کریں کہ کس نے سفر کیا اور کس نے نہیں (سپروائزر)</translation>
    </message>
    <message>
        <source>Preview, print or save the manifest (supervisors)</source>
        <translation>فہرستِ روانگی دیکھیں، پرنٹ کریں یا محفوظ کریں (سپروائزر)</translation>
    </message>
    <message>
        <source>Save the departure slips of the selected people, or of everyone who travels, as a PDF to print: four A6 slips to an A4 sheet, each with a QR code signed by the office (supervisors, admins)</source>
        <translation>منتخب افراد، یا سفر کرنے والے سب افراد کی روانگی کی پرچیاں پرنٹ کے لیے PDF کے طور پر محفوظ کریں: A4 کے ایک صفحے پر A6 کی چار پرچیاں، ہر ایک پر دفتر کا دستخط شدہ QR کوڈ (سپروائزر، ایڈمن)</translation>
    </message>
    <message>
        <source>Could not read the people: {error}</source>
        <translation>افراد کی فہرست پڑھی نہیں جا سکی: ⁨{error}⁩</translation>
    </message>
    <message>
        <source>Contingent {code} — {status}</source>
        <translation>دستہ {code} — {status}</translation>
    </message>
    <message>
        <source>{code}  ·  {status}</source>
        <translation>‏{code}  ·  {status}</translation>
    </message>
    <message>
        <source>Flight {flight_no} ({carrier}) from {airport}, {date} at {time}
To {destinations}</source>
        <translation>پرواز {flight_no} ({carrier})، {airport} سے، ⁨{date}⁩ بوقت ⁨{time}⁩
برائے {destinations}</translation>
    </message>
    <message>
        <source>{count} seat free</source>
        <translation>‏{count} نشست خالی</translation>
    </message>
    <message>
        <source>{count} seats free</source>
        <translation>‏{count} نشستیں خالی</translation>
    </message>
    <message>
        <source>{count} people — {over} over capacity</source>
        <translation>‏{count} افراد — گنجائش سے {over} زیادہ</translation>
    </message>
    <message>
        <source>Capacity {capacity}</source>
        <translation>گنجائش {capacity}</translation>
    </message>
    <message>
        <source>No manifest yet</source>
        <translation>ابھی فہرستِ روانگی نہیں بنی</translation>
    </message>
    <message>
        <source>Manifest revision {revision} superseded; finalizing makes revision {next}</source>
        <translation>فہرستِ روانگی کی نظرِ ثانی {revision} متروک؛ حتمی کرنے سے نظرِ ثانی {next} بنے گی</translation>
    </message>
    <message>
        <source>Manifest revision {revision}</source>
        <translation>فہرستِ روانگی کی نظرِ ثانی {revision}</translation>
    </message>
    <message>
        <source>Finalized — read-only: nobody can be added, removed or changed. A supervisor can reopen it with a reason, or mark it departed after the flight.</source>
        <translation>حتمی — صرف دیکھنے کے لیے: کسی کو شامل کیا جا سکتا ہے نہ نکالا یا بدلا جا سکتا ہے۔ سپروائزر وجہ بتا کر اسے دوبارہ کھول سکتا ہے، یا پرواز کے بعد اسے روانہ درج کر سکتا ہے۔</translation>
    </message>
    <message>
        <source>Departed — closed for good. Its manifest stays available to supervisors.</source>
        <translation>روانہ — مستقل طور پر بند۔ اس کی فہرستِ روانگی سپروائزروں کے لیے دستیاب رہتی ہے۔</translation>
    </message>
    <message>
        <source>Nobody in this contingent yet. Type or scan a CNIC or passport number above, or select people in the Register and add them from there.</source>
        <translation>اس دستے میں ابھی کوئی نہیں۔ اوپر شناختی کارڈ یا پاسپورٹ نمبر لکھیں یا اسکین کریں، یا رجسٹر میں افراد منتخب کر کے وہاں سے شامل کریں۔</translation>
    </message>
    <message>
        <source>Nobody in this contingent.</source>
        <translation>اس دستے میں کوئی نہیں۔</translation>
    </message>
    <message>
        <source>Passport strip: line 1 read, waiting for line 2…</source>
        <translation>پاسپورٹ کی پٹی: پہلی سطر پڑھ لی گئی، دوسری سطر کا انتظار ہے…</translation>
    </message>
    <message>
        <source>Type a CNIC or passport number, or scan the passport.</source>
        <translation>شناختی کارڈ یا پاسپورٹ نمبر لکھیں، یا پاسپورٹ اسکین کریں۔</translation>
    </message>
    <message>
        <source>Type the whole CNIC: 13 digits, e.g. 35202-1234567-1.</source>
        <translation>پورا شناختی کارڈ نمبر لکھیں: 13 ہندسے، مثلاً ⁦35202-1234567-1⁩۔</translation>
    </message>
    <message>
        <source>Type a CNIC or passport number, or scan the passport. To add people by name, select them in the Register and add them from there.</source>
        <translation>شناختی کارڈ یا پاسپورٹ نمبر لکھیں، یا پاسپورٹ اسکین کریں۔ نام سے افراد شامل کرنے کے لیے انہیں رجسٹر میں منتخب کر کے وہاں سے شامل کریں۔</translation>
    </message>
    <message>
        <source>CNIC {number}</source>
        <translation>شناختی کارڈ نمبر ⁨{number}⁩</translation>
    </message>
    <message>
        <source>passport no. {number}</source>
        <translation>پاسپورٹ نمبر ⁨{number}⁩</translation>
    </message>
    <message>
        <source>{given_names} {surname}, passport {passport_no}</source>
        <translation>‏{given_names} {surname}، پاسپورٹ ⁨{passport_no}⁩</translation>
    </message>
    <message>
        <source>Nobody with {described} is recorded. Record the departure first (Departure tab), then add it here.</source>
        <translation>‏⁨{described}⁩ والا کوئی فرد درج نہیں۔ پہلے روانگی درج کریں (روانگی ٹیب)، پھر اسے یہاں شامل کریں۔</translation>
    </message>
    <message>
        <source>{name} is already in this contingent.</source>
        <translation>‏⁨{name}⁩ پہلے ہی اس دستے میں ہے۔</translation>
    </message>
    <message>
        <source>Added {name}.</source>
        <translation>‏⁨{name}⁩ شامل کر دیا گیا۔</translation>
    </message>
    <message numerus="yes">
        <source>{count} of {capacity} seat(s)</source>
        <translation>
            <numerusform>‏{capacity} نشست میں سے {count}</numerusform>
            <numerusform>‏{capacity} نشستوں میں سے {count}</numerusform>
        </translation>
    </message>
    <message>
        <source>They are already in this contingent.</source>
        <translation>یہ پہلے ہی اس دستے میں ہیں۔</translation>
    </message>
    <message>
        <source>Go ahead despite the warning?</source>
        <translation>انتباہ کے باوجود جاری رکھیں؟</translation>
    </message>
    <message>
        <source>Please check this first:</source>
        <translation>براہِ کرم پہلے یہ دیکھ لیں:</translation>
    </message>
    <message>
        <source>Go ahead</source>
        <translation>جاری رکھیں</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>واپس جائیں</translation>
    </message>
    <message>
        <source>the warning was not confirmed.</source>
        <translation>انتباہ کی تصدیق نہیں کی گئی۔</translation>
    </message>
    <message>
        <source>{problems} A supervisor must override this with a reason: ask one to sign in and do it.</source>
        <translation>‏⁨{problems}⁩ اس کے لیے سپروائزر کا وجہ کے ساتھ استثنا ضروری ہے: کسی سپروائزر سے سائن ان کر کے یہ کرنے کو کہیں۔</translation>
    </message>
    <message>
        <source>Override needed</source>
        <translation>استثنا درکار ہے</translation>
    </message>
    <message>
        <source>This does not fit the contingent. As a supervisor you may override it; your reason is kept in the audit log.</source>
        <translation>یہ دستے سے مطابقت نہیں رکھتا۔ بطور سپروائزر آپ استثنا دے سکتے ہیں؛ آپ کی وجہ آڈٹ لاگ میں محفوظ رہے گی۔</translation>
    </message>
    <message>
        <source>Override</source>
        <translation>استثنا دیں</translation>
    </message>
    <message>
        <source>an override needs a reason.</source>
        <translation>استثنا کے لیے وجہ درکار ہے۔</translation>
    </message>
    <message>
        <source>Not added: {why}</source>
        <translation>شامل نہیں کیا گیا: ⁨{why}⁩</translation>
    </message>
    <message>
        <source>Not moved: {why}</source>
        <translation>منتقل نہیں کیا گیا: ⁨{why}⁩</translation>
    </message>
    <message>
        <source>Remove from the contingent?</source>
        <translation>دستے سے نکالیں؟</translation>
    </message>
    <message>
        <source>Remove {who} from {code}? Their departures stay in the register.</source>
        <translation>‏{who} کو {code} سے نکالیں؟ ان کی روانگیاں رجسٹر میں برقرار رہیں گی۔</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>نکالیں</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>رہنے دیں</translation>
    </message>
    <message>
        <source>Not removed: {error}</source>
        <translation>نکالا نہیں گیا: ⁨{error}⁩</translation>
    </message>
    <message>
        <source>Removed {who} from {code}.</source>
        <translation>‏{who} کو {code} سے نکال دیا گیا۔</translation>
    </message>
    <message>
        <source>There is no other open contingent. Create one in the Contingents view first.</source>
        <translation>کوئی دوسرا کھلا دستہ نہیں۔ پہلے “دستے” منظر میں ایک دستہ بنائیں۔</translation>
    </message>
    <message>
        <source>Moved {who} to {code}.</source>
        <translation>‏{who} کو {code} میں منتقل کر دیا گیا۔</translation>
    </message>
    <message>
        <source>Finalize the contingent?</source>
        <translation>دستہ حتمی کریں؟</translation>
    </message>
    <message>
        <source>Finalize {code} with {who}? The contingent and its people become read-only, and manifest revision {revision} is stored for printing.</source>
        <translation>‏{code} کو {who} کے ساتھ حتمی کریں؟ دستہ اور اس کے افراد صرف دیکھنے کے لیے رہ جائیں گے، اور پرنٹ کے لیے فہرستِ روانگی کی نظرِ ثانی {revision} محفوظ ہو جائے گی۔</translation>
    </message>
    <message>
        <source>Finalize</source>
        <translation>حتمی کریں</translation>
    </message>
    <message>
        <source>Finalizing</source>
        <translation>حتمی کیا جا رہا ہے</translation>
    </message>
    <message>
        <source>Building manifest revision {revision} of {code}…
This cannot be cancelled: the contingent and its manifest are written together.</source>
        <translation>‏{code} کی فہرستِ روانگی کی نظرِ ثانی {revision} تیار ہو رہی ہے…
یہ عمل منسوخ نہیں ہو سکتا: دستہ اور اس کی فہرستِ روانگی ایک ساتھ محفوظ ہوتے ہیں۔</translation>
    </message>
    <message>
        <source>Finalizing {code}…</source>
        <translation>‏{code} حتمی کیا جا رہا ہے…</translation>
    </message>
    <message numerus="yes">
        <source>Building the manifest: {done} of {total} person(s)…
This cannot be cancelled: the contingent and its manifest are written together.</source>
        <translation>
            <numerusform>مینی فیسٹ بن رہا ہے: {total} فرد میں سے {done}…
اسے منسوخ نہیں کیا جا سکتا: دستہ اور اس کا مینی فیسٹ ایک ساتھ محفوظ ہوتے ہیں۔</numerusform>
            <numerusform>مینی فیسٹ بن رہا ہے: {total} افراد میں سے {done}…
اسے منسوخ نہیں کیا جا سکتا: دستہ اور اس کا مینی فیسٹ ایک ساتھ محفوظ ہوتے ہیں۔</numerusform>
        </translation>
    </message>
    <message>
        <source>Finalizing cannot be cancelled once it has started writing; it finishes on its own in a moment.</source>
        <translation>حتمی کرنے کا عمل محفوظ ہونا شروع ہونے کے بعد منسوخ نہیں ہو سکتا؛ یہ ایک لمحے میں خود مکمل ہو جائے گا۔</translation>
    </message>
    <message>
        <source>Finalized {code}: manifest revision {revision} is stored ({who}). Open it with Manifest… ({keys}).</source>
        <translation>‏{code} حتمی ہو گیا: فہرستِ روانگی کی نظرِ ثانی {revision} محفوظ ہے ({who})۔ اسے “فہرستِ روانگی…” ({keys}) سے کھولیں۔</translation>
    </message>
    <message>
        <source>Not finalized: {error}</source>
        <translation>حتمی نہیں ہوا: ⁨{error}⁩</translation>
    </message>
    <message>
        <source>Reopen {code}</source>
        <translation>‏{code} دوبارہ کھولیں</translation>
    </message>
    <message>
        <source>Reopening makes manifest revision {revision} superseded (its copies print stamped SUPERSEDED); finalizing again makes revision {next}. Why is it reopened?</source>
        <translation>دوبارہ کھولنے سے فہرستِ روانگی کی نظرِ ثانی {revision} متروک ہو جائے گی (اس کی نقول پر SUPERSEDED کی مہر لگے گی)؛ دوبارہ حتمی کرنے سے نظرِ ثانی {next} بنے گی۔ اسے دوبارہ کیوں کھولا جا رہا ہے؟</translation>
    </message>
    <message>
        <source>Reopen</source>
        <translation>دوبارہ کھولیں</translation>
    </message>
    <message>
        <source>Not reopened: {error}</source>
        <translation>دوبارہ نہیں کھلا: ⁨{error}⁩</translation>
    </message>
    <message>
        <source>Reopened {code}: people can be added, removed and moved again.</source>
        <translation>‏{code} دوبارہ کھل گیا: اب افراد پھر سے شامل کیے، نکالے اور منتقل کیے جا سکتے ہیں۔</translation>
    </message>
    <message>
        <source>Marking departed</source>
        <translation>روانہ درج کیا جا رہا ہے</translation>
    </message>
    <message>
        <source>Marking {code} departed…</source>
        <translation>‏{code} کو روانہ درج کیا جا رہا ہے…</translation>
    </message>
    <message>
        <source>Not marked departed: {error}</source>
        <translation>روانہ درج نہیں ہوا: ⁨{error}⁩</translation>
    </message>
    <message>
        <source>{code} departed: {who} travelled, {absent} did not; manifest revision {revision} lists them under “Not travelled”.</source>
        <translation>‏{code} روانہ ہو گیا: {who} نے سفر کیا، {absent} نے نہیں کیا؛ فہرستِ روانگی کی نظرِ ثانی {revision} میں وہ “Not travelled” کے تحت درج ہیں۔</translation>
    </message>
    <message>
        <source>{code} departed: {who} travelled.</source>
        <translation>‏{code} روانہ ہو گیا: {who} نے سفر کیا۔</translation>
    </message>
    <message>
        <source>No slips printed: {error}</source>
        <translation>کوئی پرچی پرنٹ نہیں ہوئی: ⁨{error}⁩</translation>
    </message>
    <message>
        <source>No slips printed: the slips are signed with the office&apos;s key.</source>
        <translation>کوئی پرچی پرنٹ نہیں ہوئی: پرچیوں پر دفتر کی کلید سے دستخط ہوتے ہیں۔</translation>
    </message>
    <message>
        <source>Print unsigned slips?</source>
        <translation>بغیر دستخط کی پرچیاں پرنٹ کریں؟</translation>
    </message>
    <message>
        <source>This office has no certified signing key yet, so the slips print UNSIGNED: without a QR code, they cannot be verified at the airport. An admin sets the key up (rawangi keys init, then keys import). Print them unsigned?</source>
        <translation>اس دفتر کے پاس ابھی تصدیق شدہ دستخطی کلید نہیں، اس لیے پرچیاں بغیر دستخط (UNSIGNED) پرنٹ ہوں گی: QR کوڈ کے بغیر ہوائی اڈے پر ان کی تصدیق نہیں ہو سکتی۔ کلید ایڈمن بناتا ہے (⁨rawangi keys init⁩، پھر ⁨keys import⁩)۔ کیا بغیر دستخط پرنٹ کریں؟</translation>
    </message>
    <message>
        <source>Print unsigned</source>
        <translation>بغیر دستخط پرنٹ کریں</translation>
    </message>
    <message>
        <source>Save the departure slips</source>
        <translation>روانگی کی پرچیاں محفوظ کریں</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>‏PDF فائلیں (*.pdf)</translation>
    </message>
    <message>
        <source>Departure slips</source>
        <translation>روانگی کی پرچیاں</translation>
    </message>
    <message>
        <source>Building the departure slips of {code}…</source>
        <translation>⁨{code}⁩ کی روانگی کی پرچیاں بن رہی ہیں…</translation>
    </message>
    <message>
        <source>Building the departure slips: {done} of {total}…</source>
        <translation>روانگی کی پرچیاں بن رہی ہیں: {total} میں سے {done}…</translation>
    </message>
    <message>
        <source>Saved the signed departure slips of {who} of {code} to {path} (A4 pages: {sheets}, each cut in four).</source>
        <translation>⁨{code}⁩ کے ⁨{who}⁩ کی دستخط شدہ روانگی کی پرچیاں ⁨{path}⁩ میں محفوظ ہو گئیں (A4 صفحات: {sheets}، ہر صفحہ چار حصوں میں کاٹیں)۔</translation>
    </message>
    <message>
        <source>Saved the UNSIGNED departure slips of {who} of {code} to {path} (A4 pages: {sheets}, each cut in four).</source>
        <translation>⁨{code}⁩ کے ⁨{who}⁩ کی بغیر دستخط (UNSIGNED) روانگی کی پرچیاں ⁨{path}⁩ میں محفوظ ہو گئیں (A4 صفحات: {sheets}، ہر صفحہ چار حصوں میں کاٹیں)۔</translation>
    </message>
    <message>
        <source>Could not save {path}: {reason}. Choose another folder (one you may write to, with free space) and print again.</source>
        <translation>⁨{path}⁩ محفوظ نہیں ہو سکی: ⁨{reason}⁩۔ کوئی اور فولڈر منتخب کریں (جس میں لکھنے کی اجازت اور خالی جگہ ہو) اور دوبارہ پرنٹ کریں۔</translation>
    </message>
    <message>
        <source>Nothing was done: the manifest is signed with the office&apos;s key, whose passphrase was not given.</source>
        <translation>کچھ نہیں کیا گیا: فہرست دفتر کی کلید سے دستخط ہوتی ہے، جس کا پاس فریز نہیں دیا گیا۔</translation>
    </message>
    <message>
        <source>It is signed with the office&apos;s key.</source>
        <translation>اس پر دفتر کی کلید سے دستخط ہیں۔</translation>
    </message>
</context>
<context>
    <name>ContingentsModel</name>
    <message>
        <source>Code</source>
        <translation>کوڈ</translation>
    </message>
    <message>
        <source>Departs</source>
        <translation>روانگی</translation>
    </message>
    <message>
        <source>Flight</source>
        <translation>پرواز</translation>
    </message>
    <message>
        <source>People</source>
        <translation>افراد</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>حیثیت</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>نظرِ ثانی</translation>
    </message>
    <message>
        <source>Destinations</source>
        <translation>منزلیں</translation>
    </message>
    <message>
        <source>From {airport}</source>
        <translation>‏{airport} سے</translation>
    </message>
    <message>
        <source>{count} over capacity</source>
        <translation>گنجائش سے {count} زیادہ</translation>
    </message>
    <message numerus="yes">
        <source>{count} person(s) travelling</source>
        <translation>
            <numerusform>‏{count} فرد سفر کر رہا ہے</numerusform>
            <numerusform>‏{count} افراد سفر کر رہے ہیں</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{free} seat(s) free</source>
        <translation>
            <numerusform>‏{free} نشست خالی</numerusform>
            <numerusform>‏{free} نشستیں خالی</numerusform>
        </translation>
    </message>
    <message>
        <source>Manifest revision {revision}</source>
        <translation>فہرستِ روانگی کی نظرِ ثانی {revision}</translation>
    </message>
    <message>
        <source>No manifest yet: finalizing stores revision 1</source>
        <translation>ابھی فہرستِ روانگی نہیں بنی: حتمی کرنے سے نظرِ ثانی 1 محفوظ ہو گی</translation>
    </message>
</context>
<context>
    <name>ContingentsView</name>
    <message>
        <source>Contingents</source>
        <translation>دستے</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>حیثیت (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;New contingent…</source>
        <translation>نیا دستہ… (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>کھولیں (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>تازہ کریں (&amp;R)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>سب</translation>
    </message>
    <message>
        <source>Create a contingent for a flight</source>
        <translation>کسی پرواز کے لیے دستہ بنائیں</translation>
    </message>
    <message>
        <source>Open the selected contingent in its window</source>
        <translation>منتخب دستہ اس کی ونڈو میں کھولیں</translation>
    </message>
    <message>
        <source>Read the contingents again</source>
        <translation>دستے دوبارہ پڑھیں</translation>
    </message>
    <message>
        <source>{count} {status} contingent</source>
        <translation>‏{count} دستہ ({status})</translation>
    </message>
    <message>
        <source>{count} {status} contingents</source>
        <translation>‏{count} دستے ({status})</translation>
    </message>
    <message>
        <source>{count} contingent</source>
        <translation>‏{count} دستہ</translation>
    </message>
    <message>
        <source>{count} contingents</source>
        <translation>‏{count} دستے</translation>
    </message>
    <message>
        <source>No {status} contingents. Choose All in Status to see the others.</source>
        <translation>کوئی دستہ نہیں (حیثیت: {status})۔ باقی دیکھنے کے لیے حیثیت میں “سب” منتخب کریں۔</translation>
    </message>
    <message>
        <source>No contingents yet. Create one for a flight with New contingent… ({keys}), then add people to it by CNIC, passport number or a passport scan.</source>
        <translation>ابھی کوئی دستہ نہیں۔ “نیا دستہ…” ({keys}) سے کسی پرواز کے لیے دستہ بنائیں، پھر شناختی کارڈ نمبر، پاسپورٹ نمبر یا پاسپورٹ اسکین کے ذریعے اس میں افراد شامل کریں۔</translation>
    </message>
    <message>
        <source>Created {code}. Add its people in the window that opened.</source>
        <translation>‏{code} بن گیا۔ کھلنے والی ونڈو میں اس کے افراد شامل کریں۔</translation>
    </message>
</context>
<context>
    <name>Counted</name>
    <message numerus="yes">
        <source>A passport strip has 2 lines of 44 characters; this has %n line(s): scan the passport again.</source>
        <translation>
            <numerusform>پاسپورٹ کی پٹی میں 44 حروف کی 2 سطریں ہوتی ہیں؛ اس میں %n سطر ہے: پاسپورٹ دوبارہ اسکین کریں۔</numerusform>
            <numerusform>پاسپورٹ کی پٹی میں 44 حروف کی 2 سطریں ہوتی ہیں؛ اس میں %n سطریں ہیں: پاسپورٹ دوبارہ اسکین کریں۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Line {line} of the passport strip has %n character(s); a passport (TD3) has 44.</source>
        <translation>
            <numerusform>پاسپورٹ کی پٹی کی سطر {line} میں %n حرف ہے؛ پاسپورٹ (TD3) کی سطر میں 44 ہوتے ہیں۔</numerusform>
            <numerusform>پاسپورٹ کی پٹی کی سطر {line} میں %n حروف ہیں؛ پاسپورٹ (TD3) کی سطر میں 44 ہوتے ہیں۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The passport expires on {expiry}, less than %n month(s) after the departure on {departure}; the destination may refuse entry.</source>
        <translation>
            <numerusform>پاسپورٹ کی میعاد ⁨{expiry}⁩ کو ختم ہوتی ہے، جو ⁨{departure}⁩ کی روانگی کے بعد %n مہینے سے کم ہے؛ منزل کا ملک داخلے سے انکار کر سکتا ہے۔</numerusform>
            <numerusform>پاسپورٹ کی میعاد ⁨{expiry}⁩ کو ختم ہوتی ہے، جو ⁨{departure}⁩ کی روانگی کے بعد %n مہینوں سے کم ہے؛ منزل کا ملک داخلے سے انکار کر سکتا ہے۔</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{code} will hold %n person(s), more than its capacity of {capacity}.</source>
        <translation>
            <numerusform>‏⁨{code}⁩ میں %n فرد ہو جائے گا، جو اس کی {capacity} کی گنجائش سے زیادہ ہے۔</numerusform>
            <numerusform>‏⁨{code}⁩ میں %n افراد ہو جائیں گے، جو اس کی {capacity} کی گنجائش سے زیادہ ہے۔</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CredentialsDialog</name>
    <message>
        <source>An admin&apos;s name and password</source>
        <translation>ایڈمن کا نام اور پاس ورڈ</translation>
    </message>
    <message>
        <source>Restoring a backup is an admin&apos;s decision: sign in as an admin.</source>
        <translation>بیک اپ کی بحالی ایڈمن کا فیصلہ ہے: ایڈمن کے طور پر سائن ان کریں۔</translation>
    </message>
</context>
<context>
    <name>DashboardWindow</name>
    <message>
        <source>Dashboard — Rawangi</source>
        <translation>ڈیش بورڈ — روانگی</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>مدت (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>از (&amp;F)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>تا (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Count</source>
        <translation>شمار (&amp;C)</translation>
    </message>
    <message>
        <source>No departures in this period</source>
        <translation>اس مدت میں کوئی روانگی نہیں</translation>
    </message>
    <message>
        <source>Export chart as PN&amp;G…</source>
        <translation>چارٹ PNG میں برآمد کریں… (&amp;G)</translation>
    </message>
    <message>
        <source>Save the chart on screen as a picture (Alt+G)</source>
        <translation>اسکرین پر موجود چارٹ تصویر کے طور پر محفوظ کریں (Alt+G)</translation>
    </message>
    <message>
        <source>Save the table beside the chart for a spreadsheet (Alt+S)</source>
        <translation>چارٹ کے ساتھ والا جدول اسپریڈ شیٹ کے لیے محفوظ کریں (Alt+S)</translation>
    </message>
    <message>
        <source>Export table as C&amp;SV…</source>
        <translation>جدول CSV میں برآمد کریں… (&amp;S)</translation>
    </message>
    <message>
        <source>This month</source>
        <translation>اس مہینے</translation>
    </message>
    <message>
        <source>Last 3 months</source>
        <translation>پچھلے 3 مہینے</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>اس سال</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>پچھلے 12 مہینے</translation>
    </message>
    <message>
        <source>Chosen dates</source>
        <translation>منتخب تاریخیں</translation>
    </message>
    <message>
        <source>Every status</source>
        <translation>ہر حیثیت</translation>
    </message>
    <message>
        <source>All but withdrawn</source>
        <translation>واپس لی گئی کے سوا سب</translation>
    </message>
    <message>
        <source>Departed only</source>
        <translation>صرف روانہ شدہ</translation>
    </message>
    <message>
        <source>By office</source>
        <translation>دفتر کے لحاظ سے</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>دفتر</translation>
    </message>
    <message>
        <source>Departures by office · {period}</source>
        <translation>دفتر کے لحاظ سے روانگیاں · ⁨{period}⁩</translation>
    </message>
    <message>
        <source>By destination</source>
        <translation>منزل کے لحاظ سے</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>منزل</translation>
    </message>
    <message>
        <source>Departures by destination · {period}</source>
        <translation>منزل کے لحاظ سے روانگیاں · ⁨{period}⁩</translation>
    </message>
    <message>
        <source>By trade</source>
        <translation>ہنر کے لحاظ سے</translation>
    </message>
    <message>
        <source>Trade</source>
        <translation>ہنر</translation>
    </message>
    <message>
        <source>Departures by trade · {period}</source>
        <translation>ہنر کے لحاظ سے روانگیاں · ⁨{period}⁩</translation>
    </message>
    <message>
        <source>By channel</source>
        <translation>ذریعے کے لحاظ سے</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>ذریعہ</translation>
    </message>
    <message>
        <source>Departures by channel · {period}</source>
        <translation>ذریعے کے لحاظ سے روانگیاں · ⁨{period}⁩</translation>
    </message>
    <message>
        <source>By month</source>
        <translation>مہینے کے لحاظ سے</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>مہینہ</translation>
    </message>
    <message>
        <source>Departures by month · {period}</source>
        <translation>مہینے کے لحاظ سے روانگیاں · ⁨{period}⁩</translation>
    </message>
    <message>
        <source>OEC (government)</source>
        <translation>‏OEC (سرکاری)</translation>
    </message>
    <message>
        <source>OEP (private promoter)</source>
        <translation>‏OEP (نجی پروموٹر)</translation>
    </message>
    <message>
        <source>{month} ({start} – {end})</source>
        <translation>⁨{month}⁩ (⁨{start}⁩ تا ⁨{end}⁩)</translation>
    </message>
    <message>
        <source>{month} (from {day})</source>
        <translation>⁨{month}⁩ (⁨{day}⁩ سے)</translation>
    </message>
    <message>
        <source>{month} (to {day})</source>
        <translation>⁨{month}⁩ (⁨{day}⁩ تک)</translation>
    </message>
    <message>
        <source>Which departures to count, by their status</source>
        <translation>کون سی روانگیاں شمار کی جائیں، ان کی حیثیت کے لحاظ سے</translation>
    </message>
    <message>
        <source>The period ends before it starts: choose a “To” date after the “From” date.</source>
        <translation>مدت شروع ہونے سے پہلے ختم ہو رہی ہے: “تا” کی تاریخ “از” کی تاریخ کے بعد کی منتخب کریں۔</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>شمار ہو رہا ہے…</translation>
    </message>
    <message>
        <source>No departures · {period}</source>
        <translation>کوئی روانگی نہیں · ⁨{period}⁩</translation>
    </message>
    <message>
        <source>No departures in this period ({period}).
Choose another period.</source>
        <translation>اس مدت (⁨{period}⁩) میں کوئی روانگی نہیں۔
کوئی اور مدت منتخب کریں۔</translation>
    </message>
    <message>
        <source>{count} departure · {period}</source>
        <translation>‏{count} روانگی · ⁨{period}⁩</translation>
    </message>
    <message>
        <source>{count} departures · {period}</source>
        <translation>‏{count} روانگیاں · ⁨{period}⁩</translation>
    </message>
    <message>
        <source>Counting failed: {error}</source>
        <translation>شمار ناکام رہا: ⁨{error}⁩</translation>
    </message>
    <message>
        <source>Export chart as PNG</source>
        <translation>چارٹ PNG میں برآمد کریں</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>‏PNG تصویر (*.png)</translation>
    </message>
    <message>
        <source>Saved the chart to {path}.</source>
        <translation>چارٹ ⁨{path}⁩ میں محفوظ کر دیا گیا۔</translation>
    </message>
    <message>
        <source>{path} cannot be written: choose another folder or name.</source>
        <translation>‏⁨{path}⁩ میں لکھا نہیں جا سکتا: کوئی دوسرا فولڈر یا نام منتخب کریں۔</translation>
    </message>
    <message>
        <source>Export table as CSV</source>
        <translation>جدول CSV میں برآمد کریں</translation>
    </message>
    <message>
        <source>CSV, comma-separated values (*.csv)</source>
        <translation>‏CSV، کوما سے الگ کردہ اقدار (*.csv)</translation>
    </message>
    <message>
        <source>{path} cannot be written ({error}).</source>
        <translation>‏⁨{path}⁩ میں لکھا نہیں جا سکتا (⁨{error}⁩)۔</translation>
    </message>
    <message>
        <source>Saved the table to {path}.</source>
        <translation>جدول ⁨{path}⁩ میں محفوظ کر دیا گیا۔</translation>
    </message>
</context>
<context>
    <name>DateEdit</name>
    <message>
        <source>yyyy-mm-dd</source>
        <translation>yyyy-mm-dd</translation>
    </message>
</context>
<context>
    <name>DepartureForm</name>
    <message>
        <source>Departure</source>
        <translation>روانگی</translation>
    </message>
    <message>
        <source>Scan passport</source>
        <translation>پاسپورٹ اسکین کریں</translation>
    </message>
    <message>
        <source>Scan the two lines at the bottom of the passport&apos;s photo page here (or type them, pressing Enter after each line)</source>
        <translation>پاسپورٹ کے تصویر والے صفحے کے نیچے کی دو سطریں یہاں اسکین کریں (یا لکھیں، ہر سطر کے بعد Enter دبائیں)</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>فرد</translation>
    </message>
    <message>
        <source>Surname</source>
        <translation>خاندانی نام</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Name in Urdu</source>
        <translation>اردو میں نام</translation>
    </message>
    <message>
        <source>Father&apos;s name</source>
        <translation>والد کا نام</translation>
    </message>
    <message>
        <source>CNIC</source>
        <translation>شناختی کارڈ نمبر (CNIC)</translation>
    </message>
    <message>
        <source>Passport no.</source>
        <translation>پاسپورٹ نمبر</translation>
    </message>
    <message>
        <source>Passport expiry</source>
        <translation>پاسپورٹ کی میعاد</translation>
    </message>
    <message>
        <source>Nationality</source>
        <translation>قومیت</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>تاریخ پیدائش</translation>
    </message>
    <message>
        <source>Sex</source>
        <translation>جنس</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>فون</translation>
    </message>
    <message>
        <source>Job</source>
        <translation>ملازمت</translation>
    </message>
    <message>
        <source>Trade / profession</source>
        <translation>ہنر / پیشہ</translation>
    </message>
    <message>
        <source>Destination country</source>
        <translation>منزل کا ملک</translation>
    </message>
    <message>
        <source>Foreign employer</source>
        <translation>غیر ملکی آجر</translation>
    </message>
    <message>
        <source>Visa no.</source>
        <translation>ویزا نمبر</translation>
    </message>
    <message>
        <source>Visa profession</source>
        <translation>ویزا پر درج پیشہ</translation>
    </message>
    <message>
        <source>As printed on the visa</source>
        <translation>جیسا ویزا پر لکھا ہے</translation>
    </message>
    <message>
        <source>Visa country</source>
        <translation>ویزا کا ملک</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>ذریعہ</translation>
    </message>
    <message>
        <source>OEP licence no.</source>
        <translation>‏OEP لائسنس نمبر</translation>
    </message>
    <message>
        <source>Protector registration no.</source>
        <translation>پروٹیکٹر رجسٹریشن نمبر</translation>
    </message>
    <message>
        <source>Travel</source>
        <translation>سفر</translation>
    </message>
    <message>
        <source>Departure date</source>
        <translation>روانگی کی تاریخ</translation>
    </message>
    <message>
        <source>Remarks</source>
        <translation>ریمارکس</translation>
    </message>
    <message>
        <source>&amp;New</source>
        <translation>نیا (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>محفوظ کریں (&amp;S)</translation>
    </message>
    <message>
        <source>Save &amp;&amp; Ne&amp;xt</source>
        <translation>محفوظ کریں اور اگلا (&amp;X)</translation>
    </message>
    <message>
        <source>M — male</source>
        <translation>‏M — مرد</translation>
    </message>
    <message>
        <source>F — female</source>
        <translation>‏F — عورت</translation>
    </message>
    <message>
        <source>X — unspecified</source>
        <translation>‏X — غیر متعین</translation>
    </message>
    <message>
        <source>OEC — Overseas Employment Corporation</source>
        <translation>‏OEC — اوورسیز ایمپلائمنٹ کارپوریشن</translation>
    </message>
    <message>
        <source>OEP — licensed promoter</source>
        <translation>‏OEP — لائسنس یافتہ پروموٹر</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>محفوظ کریں</translation>
    </message>
    <message>
        <source>Save and start the next person</source>
        <translation>محفوظ کریں اور اگلے فرد سے شروع کریں</translation>
    </message>
    <message>
        <source>Clear the form for a new person</source>
        <translation>نئے فرد کے لیے فارم خالی کریں</translation>
    </message>
    <message>
        <source>Signed in as {role}, you may look at departures here; clerks and supervisors record them.</source>
        <translation>آپ {role} کے طور پر سائن اِن ہیں: آپ یہاں روانگیاں دیکھ سکتے ہیں؛ انہیں کلرک اور سپروائزر درج کرتے ہیں۔</translation>
    </message>
    <message numerus="yes">
        <source>Not saved: %n problem(s), shown next to the fields.</source>
        <translation>
            <numerusform>محفوظ نہیں ہوا: %n مسئلہ، اپنے خانے کے ساتھ دکھایا گیا ہے۔</numerusform>
            <numerusform>محفوظ نہیں ہوا: %n مسائل، اپنے اپنے خانوں کے ساتھ دکھائے گئے ہیں۔</numerusform>
        </translation>
    </message>
    <message>
        <source>Editing {name} ({status}).</source>
        <translation>‏⁨{name}⁩ ({status}) میں ترمیم۔</translation>
    </message>
    <message>
        <source>Read {given_names} {surname}, passport {passport_no}.</source>
        <translation>‏{given_names} {surname}، پاسپورٹ ⁨{passport_no}⁩ پڑھ لیا گیا۔</translation>
    </message>
    <message>
        <source>Save with warnings?</source>
        <translation>انتباہات کے ساتھ محفوظ کریں؟</translation>
    </message>
    <message>
        <source>Please check these before saving:</source>
        <translation>محفوظ کرنے سے پہلے براہِ کرم یہ دیکھ لیں:</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>پھر بھی محفوظ کریں</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>واپس جائیں</translation>
    </message>
    <message>
        <source>Not saved yet: check the warnings.</source>
        <translation>ابھی محفوظ نہیں ہوا: انتباہات دیکھیں۔</translation>
    </message>
    <message>
        <source>Not saved: {error}</source>
        <translation>محفوظ نہیں ہوا: ⁨{error}⁩</translation>
    </message>
    <message>
        <source>Saved {name}. Next person.</source>
        <translation>‏⁨{name}⁩ محفوظ ہو گیا۔ اگلا فرد۔</translation>
    </message>
    <message>
        <source>Saved {name}.</source>
        <translation>‏⁨{name}⁩ محفوظ ہو گیا۔</translation>
    </message>
</context>
<context>
    <name>DimensionPanel</name>
    <message>
        <source>Departures</source>
        <translation>روانگیاں</translation>
    </message>
    <message>
        <source>Share</source>
        <translation>حصہ</translation>
    </message>
    <message>
        <source>{share} %</source>
        <translation>‏{share} فیصد</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>دیگر</translation>
    </message>
</context>
<context>
    <name>ExportJob</name>
    <message>
        <source>Exporting departures to {name}…</source>
        <translation>روانگیاں ⁨{name}⁩ میں برآمد ہو رہی ہیں…</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>برآمد</translation>
    </message>
    <message>
        <source>Exporting departures to {name}…
{done} of {total}</source>
        <translation>روانگیاں ⁨{name}⁩ میں برآمد ہو رہی ہیں…
{total} میں سے {done}</translation>
    </message>
    <message>
        <source>Exported {count} departure to {path}.</source>
        <translation>‏{count} روانگی ⁨{path}⁩ میں برآمد کر دی گئی۔</translation>
    </message>
    <message>
        <source>Exported {count} departures to {path}.</source>
        <translation>‏{count} روانگیاں ⁨{path}⁩ میں برآمد کر دی گئیں۔</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>برآمد ناکام رہی</translation>
    </message>
</context>
<context>
    <name>Fields</name>
    <message>
        <source>Destination</source>
        <translation>منزل</translation>
    </message>
    <message>
        <source>Flight no.</source>
        <translation>پرواز نمبر</translation>
    </message>
    <message>
        <source>Carrier</source>
        <translation>فضائی کمپنی</translation>
    </message>
    <message>
        <source>Departure airport</source>
        <translation>روانگی کا ہوائی اڈہ</translation>
    </message>
    <message>
        <source>Departure time</source>
        <translation>روانگی کا وقت</translation>
    </message>
    <message>
        <source>Capacity</source>
        <translation>گنجائش</translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose the list file (Alt+R)</source>
        <translation>فہرست کی فائل منتخب کریں (Alt+R)</translation>
    </message>
    <message>
        <source>The list to import: a .csv or .xlsx file</source>
        <translation>درآمد کی جانے والی فہرست: .csv یا .xlsx فائل</translation>
    </message>
    <message>
        <source>Rawangi recognizes the usual English headers (Name, Father Name, CNIC, PP No, Country…) and remembers how you matched a list&apos;s columns for the next list laid out the same way. Nothing is written until the last page.</source>
        <translation>روانگی عام انگریزی سرخیاں (Name، Father Name، CNIC، PP No، Country…) پہچانتا ہے، اور یاد رکھتا ہے کہ آپ نے کسی فہرست کے کالم کیسے ملائے تھے تاکہ اسی ترتیب کی اگلی فہرست میں کام آئے۔ آخری صفحے تک کچھ محفوظ نہیں ہوتا۔</translation>
    </message>
    <message>
        <source>{refusal} Ask a clerk or a supervisor to import the list.</source>
        <translation>‏⁨{refusal}⁩ فہرست درآمد کرنے کے لیے کسی کلرک یا سپروائزر سے کہیں۔</translation>
    </message>
    <message>
        <source>Type the path of a list, or choose Browse… to find it.</source>
        <translation>فہرست کا راستہ لکھیں، یا اسے ڈھونڈنے کے لیے “فائل منتخب کریں…” پر کلک کریں۔</translation>
    </message>
    <message>
        <source>Reading {name}…</source>
        <translation>‏⁨{name}⁩ پڑھی جا رہی ہے…</translation>
    </message>
    <message>
        <source>{name}: {rows} and {columns} found ({headers}). Choose Next to match its columns.</source>
        <translation>‏⁨{name}⁩: {rows} اور {columns} ملے (⁨{headers}⁩)۔ اس کے کالم ملانے کے لیے “اگلا” منتخب کریں۔</translation>
    </message>
    <message>
        <source>{error} Choose another file.</source>
        <translation>‏⁨{error}⁩ کوئی دوسری فائل منتخب کریں۔</translation>
    </message>
</context>
<context>
    <name>ImportPage</name>
    <message>
        <source>Stop the import (Alt+C); nothing is written</source>
        <translation>درآمد روکیں (Alt+C)؛ کچھ محفوظ نہیں ہوتا</translation>
    </message>
    <message>
        <source>&amp;Import {departures}</source>
        <translation>‏{departures} درآمد کریں (&amp;I)</translation>
    </message>
    <message>
        <source>Write the {departures} that passed the check into the register (Alt+I)</source>
        <translation>جانچ میں کامیاب {departures} رجسٹر میں درج کریں (Alt+I)</translation>
    </message>
    <message>
        <source>{departures} from {name} will be imported into contingent {code}.</source>
        <translation>‏⁨{name}⁩ سے {departures} دستہ {code} میں درآمد ہوں گی۔</translation>
    </message>
    <message>
        <source>{departures} from {name} will be imported.</source>
        <translation>‏⁨{name}⁩ سے {departures} درآمد ہوں گی۔</translation>
    </message>
    <message>
        <source>1 refused row is left out; the report on the previous page lists why.</source>
        <translation>1 مسترد قطار شامل نہیں کی گئی؛ پچھلے صفحے کی رپورٹ میں اس کی وجہ درج ہے۔</translation>
    </message>
    <message>
        <source>{count} refused rows are left out; the report on the previous page lists why.</source>
        <translation>‏{count} مسترد قطاریں شامل نہیں کی گئیں؛ پچھلے صفحے کی رپورٹ میں ان کی وجہ درج ہے۔</translation>
    </message>
    <message>
        <source>Line {line} — {name}: {problem}</source>
        <translation>سطر {line} — ⁨{name}⁩: ⁨{problem}⁩</translation>
    </message>
    <message>
        <source>Importing acknowledges this warning in your name:</source>
        <translation>درآمد کرنے سے یہ انتباہ آپ کے نام سے تسلیم ہو جائے گا:</translation>
    </message>
    <message>
        <source>Importing acknowledges these {count} warnings in your name:</source>
        <translation>درآمد کرنے سے یہ {count} انتباہات آپ کے نام سے تسلیم ہو جائیں گے:</translation>
    </message>
    <message>
        <source>No warnings to acknowledge.</source>
        <translation>تسلیم کرنے کے لیے کوئی انتباہ نہیں۔</translation>
    </message>
    <message>
        <source>Nothing is written until you choose “Import {departures}”; then all of them are imported, or none.</source>
        <translation>جب تک آپ “{departures} درآمد کریں” منتخب نہ کریں، کچھ محفوظ نہیں ہوتا؛ پھر یا تو سب درآمد ہوں گی یا کوئی بھی نہیں۔</translation>
    </message>
    <message>
        <source>Importing {departures}…</source>
        <translation>‏{departures} درآمد ہو رہی ہیں…</translation>
    </message>
    <message>
        <source>Cancelling the import…</source>
        <translation>درآمد منسوخ کی جا رہی ہے…</translation>
    </message>
    <message>
        <source>Imported {departures} from {name} into contingent {code}.</source>
        <translation>‏⁨{name}⁩ سے {departures} دستہ {code} میں درآمد کر دی گئیں۔</translation>
    </message>
    <message>
        <source>Imported {departures} from {name}.</source>
        <translation>‏⁨{name}⁩ سے {departures} درآمد کر دی گئیں۔</translation>
    </message>
    <message>
        <source>{text} The column matching could not be remembered for next time: {error}</source>
        <translation>‏⁨{text}⁩ کالموں کی مطابقت اگلی بار کے لیے یاد نہیں رکھی جا سکی: ⁨{error}⁩</translation>
    </message>
    <message>
        <source>{text} Choose Finish to close.</source>
        <translation>‏⁨{text}⁩ بند کرنے کے لیے “مکمل” منتخب کریں۔</translation>
    </message>
    <message>
        <source>The import was cancelled; nothing was written. You can import again, or close the wizard.</source>
        <translation>درآمد منسوخ کر دی گئی؛ کچھ محفوظ نہیں ہوا۔ آپ دوبارہ درآمد کر سکتے ہیں، یا وزرڈ بند کر سکتے ہیں۔</translation>
    </message>
    <message>
        <source>Nothing was imported: {error}</source>
        <translation>کچھ درآمد نہیں ہوا: ⁨{error}⁩</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>Lists (*.csv *.xlsx);;CSV files (*.csv);;Excel workbooks (*.xlsx)</source>
        <translation>فہرستیں (*.csv *.xlsx);;CSV فائلیں (*.csv);;Excel ورک بکس (*.xlsx)</translation>
    </message>
    <message>
        <source>Import a list</source>
        <translation>فہرست درآمد کریں</translation>
    </message>
    <message>
        <source>Save the report</source>
        <translation>رپورٹ محفوظ کریں</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>‏CSV فائلیں (*.csv)</translation>
    </message>
    <message>
        <source>{count} row</source>
        <translation>‏{count} قطار</translation>
    </message>
    <message>
        <source>{count} rows</source>
        <translation>‏{count} قطاریں</translation>
    </message>
    <message>
        <source>{count} column</source>
        <translation>‏{count} کالم</translation>
    </message>
    <message>
        <source>{count} columns</source>
        <translation>‏{count} کالم</translation>
    </message>
    <message>
        <source>{count} departure</source>
        <translation>‏{count} روانگی</translation>
    </message>
    <message>
        <source>{count} departures</source>
        <translation>‏{count} روانگیاں</translation>
    </message>
    <message>
        <source>Import a list of departures</source>
        <translation>روانگیوں کی فہرست درآمد کریں</translation>
    </message>
    <message>
        <source>&lt; &amp;Back</source>
        <translation>&lt; پیچھے (&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Next &gt;</source>
        <translation>اگلا &gt; (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>مکمل (&amp;F)</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
    <message>
        <source>Go back one page (Alt+B)</source>
        <translation>ایک صفحہ پیچھے جائیں (Alt+B)</translation>
    </message>
    <message>
        <source>Go on to the next page (Alt+N or Enter)</source>
        <translation>اگلے صفحے پر جائیں (Alt+N یا Enter)</translation>
    </message>
    <message>
        <source>Close the wizard (Alt+F)</source>
        <translation>وزرڈ بند کریں (Alt+F)</translation>
    </message>
    <message>
        <source>Close without importing (Esc); a running check or import stops and writes nothing</source>
        <translation>درآمد کیے بغیر بند کریں (Esc)؛ جاری جانچ یا درآمد رک جاتی ہے اور کچھ محفوظ نہیں ہوتا</translation>
    </message>
</context>
<context>
    <name>ImportWizardCheckPage</name>
    <message>
        <source>Check</source>
        <translation>جانچ</translation>
    </message>
    <message>
        <source>Every row is checked as the form checks it, and against the register.</source>
        <translation>ہر قطار کو اسی طرح جانچا جاتا ہے جیسے فارم جانچتا ہے، اور رجسٹر سے بھی ملایا جاتا ہے۔</translation>
    </message>
    <message>
        <source>&amp;Cancel check</source>
        <translation>جانچ منسوخ کریں (&amp;C)</translation>
    </message>
    <message>
        <source>Check &amp;again</source>
        <translation>دوبارہ جانچیں (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Filter</source>
        <translation>چھانٹی (&amp;F)</translation>
    </message>
    <message>
        <source>Name, CNIC, field or words of the problem</source>
        <translation>نام، شناختی کارڈ نمبر، خانہ یا مسئلے کے الفاظ</translation>
    </message>
    <message>
        <source>&amp;Save report as CSV…</source>
        <translation>رپورٹ CSV میں محفوظ کریں… (&amp;S)</translation>
    </message>
</context>
<context>
    <name>ImportWizardColumnsPage</name>
    <message>
        <source>Match the columns</source>
        <translation>کالم ملائیں</translation>
    </message>
    <message>
        <source>Say which field each column of the list fills, and give values for fields the list does not have.</source>
        <translation>بتائیں کہ فہرست کا ہر کالم کون سا خانہ بھرتا ہے، اور جو خانے فہرست میں نہیں ان کی قدریں دیں۔</translation>
    </message>
    <message>
        <source>Colu&amp;mns of the list</source>
        <translation>فہرست کے کالم (&amp;M)</translation>
    </message>
    <message>
        <source>Values for every row (for fields the list lacks, or its empty cells)</source>
        <translation>ہر قطار کے لیے قدریں (فہرست میں موجود نہ ہونے والے خانوں، یا اس کے خالی خانوں کے لیے)</translation>
    </message>
    <message>
        <source>&amp;Departure date</source>
        <translation>روانگی کی تاریخ (&amp;D)</translation>
    </message>
    <message>
        <source>De&amp;stination</source>
        <translation>منزل (&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Trade / profession</source>
        <translation>ہنر / پیشہ (&amp;T)</translation>
    </message>
    <message>
        <source>C&amp;hannel</source>
        <translation>ذریعہ (&amp;H)</translation>
    </message>
    <message>
        <source>&amp;OEP licence no.</source>
        <translation>‏OEP لائسنس نمبر (&amp;O)</translation>
    </message>
    <message>
        <source>Nationa&amp;lity</source>
        <translation>قومیت (&amp;L)</translation>
    </message>
    <message>
        <source>Into contin&amp;gent</source>
        <translation>دستے میں (&amp;G)</translation>
    </message>
</context>
<context>
    <name>ImportWizardFilePage</name>
    <message>
        <source>Choose the list</source>
        <translation>فہرست منتخب کریں</translation>
    </message>
    <message>
        <source>A CSV or Excel (.xlsx) list of selected candidates: a header row, then one person per row.</source>
        <translation>منتخب امیدواروں کی CSV یا Excel (.xlsx) فہرست: پہلی قطار میں سرخیاں، پھر ہر قطار میں ایک فرد۔</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>فائل (&amp;F)</translation>
    </message>
    <message>
        <source>Type the path of a .csv or .xlsx file and press Enter, or choose Browse…</source>
        <translation>کسی .csv یا .xlsx فائل کا راستہ لکھ کر Enter دبائیں، یا “فائل منتخب کریں…” پر کلک کریں</translation>
    </message>
    <message>
        <source>B&amp;rowse…</source>
        <translation>فائل منتخب کریں… (&amp;R)</translation>
    </message>
</context>
<context>
    <name>ImportWizardImportPage</name>
    <message>
        <source>Import</source>
        <translation>درآمد</translation>
    </message>
    <message>
        <source>The rows that passed the check are imported all in one go, or none of them.</source>
        <translation>جانچ میں کامیاب قطاریں ایک ہی بار میں سب درآمد ہوتی ہیں، یا کوئی بھی نہیں۔</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>درآمد کریں (&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Cancel import</source>
        <translation>درآمد منسوخ کریں (&amp;C)</translation>
    </message>
</context>
<context>
    <name>ImportWizardPreviewPage</name>
    <message>
        <source>Preview</source>
        <translation>پیش نظارہ</translation>
    </message>
    <message>
        <source>The first rows as Rawangi reads them. A field it cannot read shows in red; the full check (age, passport validity, duplicates) comes next.</source>
        <translation>ابتدائی قطاریں جیسے روانگی انہیں پڑھتا ہے۔ جو خانہ پڑھا نہ جا سکے وہ سرخ دکھائی دیتا ہے؛ مکمل جانچ (عمر، پاسپورٹ کی میعاد، دہرے اندراجات) اس کے بعد ہوتی ہے۔</translation>
    </message>
</context>
<context>
    <name>LockScreen</name>
    <message>
        <source>Rawangi is locked</source>
        <translation>روانگی مقفل ہے</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>صارف نام (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>پاس ورڈ (&amp;P)</translation>
    </message>
    <message>
        <source>Ano&amp;ther user</source>
        <translation>کوئی اور صارف (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>سائن ان کریں (&amp;S)</translation>
    </message>
    <message>
        <source>Sign in and carry on (Enter)</source>
        <translation>سائن ان کر کے کام جاری رکھیں (Enter)</translation>
    </message>
    <message>
        <source>Nobody is signed in</source>
        <translation>کوئی سائن ان نہیں ہے</translation>
    </message>
    <message>
        <source>The last person signed out. Sign in with your own name and password.</source>
        <translation>پچھلے صارف نے سائن آؤٹ کر دیا ہے۔ اپنے نام اور پاس ورڈ سے سائن ان کریں۔</translation>
    </message>
    <message>
        <source>{name} was away, so the screen was locked. Sign in again to carry on where you left off; anyone else signing in ends that session.</source>
        <translation>‏⁨{name}⁩ موجود نہیں تھے، اس لیے اسکرین مقفل کر دی گئی۔ جہاں چھوڑا تھا وہیں سے جاری رکھنے کے لیے دوبارہ سائن ان کریں؛ کسی اور کے سائن ان کرنے سے وہ سیشن ختم ہو جائے گا۔</translation>
    </message>
    <message>
        <source>Sign in as someone else: {name}&apos;s session ends and their windows close (Alt+T)</source>
        <translation>کسی اور کے نام سے سائن ان کریں: ⁨{name}⁩ کا سیشن ختم ہو جائے گا اور ان کی ونڈوز بند ہو جائیں گی (Alt+T)</translation>
    </message>
    <message>
        <source>Sign in with your own name and password. {name}&apos;s session ends; what they left unsaved in the form is kept for them.</source>
        <translation>اپنے نام اور پاس ورڈ سے سائن ان کریں۔ ⁨{name}⁩ کا سیشن ختم ہو جائے گا؛ فارم میں جو کچھ انہوں نے محفوظ کیے بغیر چھوڑا ہے وہ ان کے لیے رکھ لیا جائے گا۔</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Read-only: {reason}</source>
        <translation>صرف دیکھنے کے لیے: ⁨{reason}⁩ آپ تلاش کر سکتے ہیں، دیکھ اور پرنٹ کر سکتے ہیں؛ کچھ محفوظ نہیں کیا جا سکتا۔</translation>
    </message>
    <message>
        <source>&amp;Register</source>
        <translation>رجسٹر (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Contingents</source>
        <translation>دستے (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>فائل (&amp;F)</translation>
    </message>
    <message>
        <source>Register</source>
        <translation>رجسٹر</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>روانگی</translation>
    </message>
    <message>
        <source>Contingents</source>
        <translation>دستے</translation>
    </message>
    <message>
        <source>&amp;New departure</source>
        <translation>نئی روانگی (&amp;N)</translation>
    </message>
    <message>
        <source>Clear the form for a new person</source>
        <translation>نئے فرد کے لیے فارم خالی کریں</translation>
    </message>
    <message>
        <source>&amp;Import list…</source>
        <translation>فہرست درآمد کریں… (&amp;I)</translation>
    </message>
    <message>
        <source>Check a CSV or XLSX list of selected candidates and import its valid rows</source>
        <translation>منتخب امیدواروں کی CSV یا XLSX فہرست جانچیں اور اس کی درست قطاریں درآمد کریں</translation>
    </message>
    <message>
        <source>&amp;Export register…</source>
        <translation>رجسٹر برآمد کریں… (&amp;E)</translation>
    </message>
    <message>
        <source>Save the departures the register&apos;s filter shows as CSV or XLSX</source>
        <translation>رجسٹر کے فلٹر میں نظر آنے والی روانگیاں CSV یا XLSX میں محفوظ کریں</translation>
    </message>
    <message>
        <source>Export &amp;contingent…</source>
        <translation>دستہ برآمد کریں… (&amp;C)</translation>
    </message>
    <message>
        <source>Save the people of the contingent selected in the Contingents view</source>
        <translation>“دستے” منظر میں منتخب دستے کے افراد محفوظ کریں</translation>
    </message>
    <message>
        <source>Export &amp;headquarters bundle…</source>
        <translation>ہیڈکوارٹرز بنڈل برآمد کریں… (&amp;H)</translation>
    </message>
    <message>
        <source>One file with this office&apos;s records for headquarters (supervisors, admins)</source>
        <translation>ہیڈکوارٹرز کے لیے اس دفتر کے ریکارڈ کی ایک فائل (سپروائزر، ایڈمن)</translation>
    </message>
    <message>
        <source>Import headquarters &amp;bundle…</source>
        <translation>ہیڈکوارٹرز بنڈل درآمد کریں… (&amp;B)</translation>
    </message>
    <message>
        <source>Merge an office&apos;s bundle into this database (supervisors, admins)</source>
        <translation>کسی دفتر کا بنڈل اس ڈیٹا بیس میں ضم کریں (سپروائزر، ایڈمن)</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>ترتیبات… (&amp;E)</translation>
    </message>
    <message>
        <source>Language of this PC; the office&apos;s idle lock, passport and manifest settings</source>
        <translation>اس کمپیوٹر کی زبان؛ دفتر کی خودکار تالا بندی، پاسپورٹ اور فہرستِ روانگی کی ترتیبات</translation>
    </message>
    <message>
        <source>&amp;Lock screen</source>
        <translation>اسکرین مقفل کریں (&amp;L)</translation>
    </message>
    <message>
        <source>Hide the window until you sign in again</source>
        <translation>دوبارہ سائن ان کرنے تک ونڈو چھپا دیں</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>بند کریں (&amp;Q)</translation>
    </message>
    <message>
        <source>Close Rawangi</source>
        <translation>روانگی بند کریں</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>منظر (&amp;V)</translation>
    </message>
    <message>
        <source>Show the register of departures</source>
        <translation>روانگیوں کا رجسٹر دکھائیں</translation>
    </message>
    <message>
        <source>&amp;Departure form</source>
        <translation>روانگی فارم (&amp;D)</translation>
    </message>
    <message>
        <source>Show the departure form</source>
        <translation>روانگی فارم دکھائیں</translation>
    </message>
    <message>
        <source>Show the contingents: people who leave together</source>
        <translation>دستے دکھائیں: وہ افراد جو ایک ساتھ روانہ ہوتے ہیں</translation>
    </message>
    <message>
        <source>&amp;Find…</source>
        <translation>تلاش کریں… (&amp;F)</translation>
    </message>
    <message>
        <source>Search by CNIC, passport no. or name</source>
        <translation>شناختی کارڈ نمبر، پاسپورٹ نمبر یا نام سے تلاش کریں</translation>
    </message>
    <message>
        <source>Das&amp;hboard</source>
        <translation>ڈیش بورڈ (&amp;H)</translation>
    </message>
    <message>
        <source>Departures by office, destination, trade, channel and month</source>
        <translation>دفتر، منزل، ہنر، ذریعے اور مہینے کے لحاظ سے روانگیاں</translation>
    </message>
    <message>
        <source>&amp;Contingent</source>
        <translation>دستہ (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;New contingent…</source>
        <translation>نیا دستہ… (&amp;N)</translation>
    </message>
    <message>
        <source>Create a contingent for a flight</source>
        <translation>کسی پرواز کے لیے دستہ بنائیں</translation>
    </message>
    <message>
        <source>&amp;Add selected departure to a contingent…</source>
        <translation>منتخب روانگی کو دستے میں شامل کریں… (&amp;A)</translation>
    </message>
    <message>
        <source>Put the departure selected in the register into an open contingent</source>
        <translation>رجسٹر میں منتخب روانگی کو کسی کھلے دستے میں شامل کریں</translation>
    </message>
    <message>
        <source>&amp;Administration</source>
        <translation>انتظامیہ (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Audit log…</source>
        <translation>آڈٹ لاگ… (&amp;A)</translation>
    </message>
    <message>
        <source>Browse who did what and check the audit chain</source>
        <translation>دیکھیں کس نے کیا کیا، اور آڈٹ زنجیر کی جانچ کریں</translation>
    </message>
    <message>
        <source>&amp;Backups…</source>
        <translation>بیک اپ… (&amp;B)</translation>
    </message>
    <message>
        <source>Take a verified backup now, see the backups, restore one (admins)</source>
        <translation>ابھی تصدیق شدہ بیک اپ لیں، بیک اپ دیکھیں، کوئی بیک اپ بحال کریں (ایڈمن)</translation>
    </message>
    <message>
        <source>&amp;Users…</source>
        <translation>صارفین… (&amp;U)</translation>
    </message>
    <message>
        <source>Add users, set roles, reset passwords, unlock accounts</source>
        <translation>صارفین شامل کریں، کردار مقرر کریں، نئے پاس ورڈ دیں، مقفل اکاؤنٹ کھولیں</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>مدد (&amp;H)</translation>
    </message>
    <message>
        <source>Rawangi is locked: sign in first.</source>
        <translation>روانگی مقفل ہے: پہلے سائن ان کریں۔</translation>
    </message>
    <message>
        <source>{keys} does nothing for {name} ({role}): {reason}</source>
        <translation>‏⁨{keys}⁩ سے ⁨{name}⁩ ({role}) کے لیے کچھ نہیں ہوتا: {reason}</translation>
    </message>
    <message>
        <source>only clerks and supervisors record departures.</source>
        <translation>روانگیاں صرف کلرک اور سپروائزر درج کرتے ہیں۔</translation>
    </message>
    <message>
        <source>only clerks and supervisors import lists.</source>
        <translation>فہرستیں صرف کلرک اور سپروائزر درآمد کرتے ہیں۔</translation>
    </message>
    <message>
        <source>only supervisors and admins export headquarters bundles.</source>
        <translation>ہیڈکوارٹرز بنڈل صرف سپروائزر اور ایڈمن برآمد کرتے ہیں۔</translation>
    </message>
    <message>
        <source>only supervisors and admins import headquarters bundles.</source>
        <translation>ہیڈکوارٹرز بنڈل صرف سپروائزر اور ایڈمن درآمد کرتے ہیں۔</translation>
    </message>
    <message>
        <source>only clerks and supervisors create contingents and put people in them.</source>
        <translation>دستے صرف کلرک اور سپروائزر بناتے ہیں اور ان میں افراد شامل کرتے ہیں۔</translation>
    </message>
    <message>
        <source>only supervisors and admins browse the audit log.</source>
        <translation>آڈٹ لاگ صرف سپروائزر اور ایڈمن دیکھتے ہیں۔</translation>
    </message>
    <message>
        <source>only supervisors and admins see the backups.</source>
        <translation>بیک اپ صرف سپروائزر اور ایڈمن دیکھتے ہیں۔</translation>
    </message>
    <message>
        <source>only admins manage users.</source>
        <translation>صارفین کا انتظام صرف ایڈمن کرتے ہیں۔</translation>
    </message>
    <message>
        <source>Tools</source>
        <translation>اوزار</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>سائن آؤٹ (&amp;O)</translation>
    </message>
    <message>
        <source>End your session and let another person sign in, without closing Rawangi</source>
        <translation>روانگی بند کیے بغیر اپنا سیشن ختم کریں تاکہ کوئی اور سائن ان کر سکے</translation>
    </message>
    <message>
        <source>&amp;Verify a document…</source>
        <translation>دستاویز کی تصدیق کریں… (&amp;V)</translation>
    </message>
    <message>
        <source>Check the QR code of a manifest or a departure slip against headquarters&apos; trust list, with a 2D scanner</source>
        <translation>فہرستِ روانگی یا روانگی کی پرچی کا QR کوڈ ہیڈکوارٹر کی قابلِ اعتماد فہرست سے جانچیں، 2D اسکینر کے ساتھ</translation>
    </message>
    <message>
        <source>&amp;About Rawangi</source>
        <translation>روانگی کے بارے میں (&amp;A)</translation>
    </message>
    <message>
        <source>Version, database, audit head hash</source>
        <translation>ورژن، ڈیٹا بیس، آڈٹ ہیڈ ہیش</translation>
    </message>
    <message>
        <source>Rawangi — {office} — {user}</source>
        <translation>روانگی — {office} — {user}</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>ڈیٹا بیس: ⁨{path}⁩</translation>
    </message>
    <message>
        <source>in memory</source>
        <translation>میموری میں</translation>
    </message>
    <message>
        <source>Office {code} — {name}</source>
        <translation>دفتر {code} — ⁨{name}⁩</translation>
    </message>
    <message>
        <source>User: {name} ({role})</source>
        <translation>صارف: ⁨{name}⁩ ({role})</translation>
    </message>
    <message>
        <source>Rawangi was not closed properly last time: checking the whole database file before anything is saved…</source>
        <translation>پچھلی بار روانگی درست طریقے سے بند نہیں ہوا تھا: کچھ بھی محفوظ کرنے سے پہلے پوری ڈیٹا بیس فائل جانچی جا رہی ہے…</translation>
    </message>
    <message>
        <source>The database is damaged: {problem} Nothing can be saved. Open Administration &gt; Backups to restore the newest verified backup.</source>
        <translation>ڈیٹا بیس خراب ہے: ⁨{problem}⁩ کچھ محفوظ نہیں کیا جا سکتا۔ تازہ ترین تصدیق شدہ بیک اپ بحال کرنے کے لیے انتظامیہ &gt; بیک اپ کھولیں۔</translation>
    </message>
    <message>
        <source>Daily backup taken.</source>
        <translation>روزانہ بیک اپ لے لیا گیا۔</translation>
    </message>
    <message>
        <source>The daily backup failed: {error}</source>
        <translation>روزانہ بیک اپ ناکام رہا: ⁨{error}⁩</translation>
    </message>
    <message>
        <source>{name} ({role}) cannot open a departure in the form: {reason} The register&apos;s History shows who recorded what.</source>
        <translation>‏⁨{name}⁩ ({role}) فارم میں روانگی نہیں کھول سکتے: {reason} رجسٹر کا تاریخچہ دکھاتا ہے کہ کس نے کیا درج کیا۔</translation>
    </message>
    <message>
        <source>Cannot open the departure</source>
        <translation>روانگی نہیں کھل سکی</translation>
    </message>
    <message>
        <source>The departure form holds typing that is not saved ({person}). Keep editing to save it first, or discard it and start a new departure.</source>
        <translation>روانگی فارم میں لکھا ہوا کچھ محفوظ نہیں ہوا (⁨{person}⁩)۔ پہلے اسے محفوظ کرنے کے لیے ترمیم جاری رکھیں، یا اسے رد کر کے نئی روانگی شروع کریں۔</translation>
    </message>
    <message>
        <source>The departure form holds typing that is not saved ({person}). Keep editing to save it first, or discard it and open the other departure.</source>
        <translation>روانگی فارم میں لکھا ہوا کچھ محفوظ نہیں ہوا (⁨{person}⁩)۔ پہلے اسے محفوظ کرنے کے لیے ترمیم جاری رکھیں، یا اسے رد کر کے دوسری روانگی کھولیں۔</translation>
    </message>
    <message>
        <source>The departure form holds typing that is not saved ({person}). Keep editing to save it first, or discard it and sign out.</source>
        <translation>روانگی فارم میں لکھا ہوا کچھ محفوظ نہیں ہوا (⁨{person}⁩)۔ پہلے اسے محفوظ کرنے کے لیے ترمیم جاری رکھیں، یا اسے رد کر کے سائن آؤٹ کریں۔</translation>
    </message>
    <message>
        <source>The departure form holds typing that is not saved ({person}). Keep editing to save it first, or discard it and quit.</source>
        <translation>روانگی فارم میں لکھا ہوا کچھ محفوظ نہیں ہوا (⁨{person}⁩)۔ پہلے اسے محفوظ کرنے کے لیے ترمیم جاری رکھیں، یا اسے رد کر کے روانگی بند کریں۔</translation>
    </message>
    <message>
        <source>Discard the unsaved departure?</source>
        <translation>غیر محفوظ روانگی رد کر دیں؟</translation>
    </message>
    <message>
        <source>Keep editing</source>
        <translation>ترمیم جاری رکھیں</translation>
    </message>
    <message>
        <source>no name typed yet</source>
        <translation>ابھی کوئی نام نہیں لکھا گیا</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>محفوظ ہو گیا۔</translation>
    </message>
    <message>
        <source>Your typing could not be kept in case of a power cut ({why}); save the departure soon, and free space on the disk.</source>
        <translation>بجلی جانے کی صورت کے لیے آپ کا لکھا ہوا سنبھالا نہیں جا سکا (⁨{why}⁩)؛ روانگی جلد محفوظ کریں، اور ڈسک پر جگہ خالی کریں۔</translation>
    </message>
    <message>
        <source>Carry on with the unsaved departure?</source>
        <translation>غیر محفوظ روانگی پر کام جاری رکھیں؟</translation>
    </message>
    <message>
        <source>When Rawangi last stopped ({when}), the departure form held typing that was not saved ({person}). Put it back in the form, or discard it?</source>
        <translation>جب روانگی پچھلی بار بند ہوا (⁨{when}⁩)، روانگی فارم میں لکھا ہوا کچھ محفوظ نہیں ہوا تھا (⁨{person}⁩)۔ اسے فارم میں واپس لائیں، یا رد کر دیں؟</translation>
    </message>
    <message>
        <source>Put it back</source>
        <translation>واپس لائیں</translation>
    </message>
    <message>
        <source>Add to a contingent</source>
        <translation>دستے میں شامل کریں</translation>
    </message>
    <message>
        <source>Select a departure in the register first (Ctrl+1).</source>
        <translation>پہلے رجسٹر میں کوئی روانگی منتخب کریں (Ctrl+1)۔</translation>
    </message>
    <message>
        <source>There is no open contingent; create one first (Ctrl+Shift+N).</source>
        <translation>کوئی کھلا دستہ نہیں؛ پہلے دستہ بنائیں (Ctrl+Shift+N)۔</translation>
    </message>
    <message>
        <source>Open contingent:</source>
        <translation>کھلا دستہ:</translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation>بیک اپ بحال نہیں ہوا</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>بیک اپ بحال ہو گیا</translation>
    </message>
    <message>
        <source>The backup is now the database; the file it replaced was kept as {kept}. Rawangi starts again on the restored file.</source>
        <translation>بیک اپ اب ڈیٹا بیس ہے؛ جس فائل کی جگہ اس نے لی وہ ⁨{kept}⁩ کے نام سے محفوظ ہے۔ روانگی بحال شدہ فائل پر دوبارہ شروع ہو رہا ہے۔</translation>
    </message>
    <message>
        <source>Export a contingent</source>
        <translation>دستہ برآمد کریں</translation>
    </message>
    <message>
        <source>Select a contingent in the Contingents view first (Ctrl+3).</source>
        <translation>پہلے “دستے” منظر میں کوئی دستہ منتخب کریں (Ctrl+3)۔</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>زبان</translation>
    </message>
    <message>
        <source>The new language is used from the next start of Rawangi.</source>
        <translation>نئی زبان روانگی کے اگلی بار شروع ہونے پر لاگو ہو گی۔</translation>
    </message>
    <message>
        <source>Rawangi — {office}</source>
        <translation>روانگی — {office}</translation>
    </message>
    <message>
        <source>Nobody is signed in</source>
        <translation>کوئی سائن ان نہیں ہے</translation>
    </message>
    <message>
        <source>Save the open departure?</source>
        <translation>کھلی ہوئی روانگی محفوظ کریں؟</translation>
    </message>
    <message>
        <source>{name} left a departure open in the form with changes that are not saved. Save it for them now, or keep it for them: it is offered back when they next sign in.</source>
        <translation>‏⁨{name}⁩ نے فارم میں ایک روانگی کھلی چھوڑی ہے جس کی تبدیلیاں محفوظ نہیں ہوئیں۔ اسے ابھی ان کے لیے محفوظ کریں، یا ان کے لیے رکھ لیں: اگلی بار سائن ان کرنے پر یہ انہیں واپس پیش کی جائے گی۔</translation>
    </message>
    <message>
        <source>Save it for them</source>
        <translation>ان کے لیے محفوظ کریں</translation>
    </message>
    <message>
        <source>Keep it for them</source>
        <translation>ان کے لیے رکھ لیں</translation>
    </message>
    <message>
        <source>Discard it</source>
        <translation>رد کر دیں</translation>
    </message>
</context>
<context>
    <name>ManifestWindow</name>
    <message>
        <source>Manifest</source>
        <translation>فہرستِ روانگی</translation>
    </message>
    <message>
        <source>Re&amp;vision</source>
        <translation>نظرِ ثانی (&amp;V)</translation>
    </message>
    <message>
        <source>First</source>
        <translation>پہلا</translation>
    </message>
    <message>
        <source>Previous</source>
        <translation>پچھلا</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>اگلا</translation>
    </message>
    <message>
        <source>Last</source>
        <translation>آخری</translation>
    </message>
    <message>
        <source>Fit width</source>
        <translation>پوری چوڑائی</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>پرنٹ کریں… (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>‏PDF کے طور پر محفوظ کریں… (&amp;S)</translation>
    </message>
    <message>
        <source>Print the manifest</source>
        <translation>فہرستِ روانگی پرنٹ کریں</translation>
    </message>
    <message>
        <source>Save the manifest as PDF</source>
        <translation>فہرستِ روانگی PDF کے طور پر محفوظ کریں</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>‏PDF فائلیں (*.pdf)</translation>
    </message>
    <message>
        <source>First page</source>
        <translation>پہلا صفحہ</translation>
    </message>
    <message>
        <source>Previous page</source>
        <translation>پچھلا صفحہ</translation>
    </message>
    <message>
        <source>Next page</source>
        <translation>اگلا صفحہ</translation>
    </message>
    <message>
        <source>Last page</source>
        <translation>آخری صفحہ</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>چھوٹا کریں</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>بڑا کریں</translation>
    </message>
    <message>
        <source>Fit the page to the window&apos;s width</source>
        <translation>صفحہ ونڈو کی چوڑائی کے برابر کریں</translation>
    </message>
    <message>
        <source>Print this revision at the printer&apos;s resolution (recorded in the audit log)</source>
        <translation>یہ نظرِ ثانی پرنٹر کی پوری ریزولیوشن پر پرنٹ کریں (آڈٹ لاگ میں درج ہوتا ہے)</translation>
    </message>
    <message>
        <source>Save this revision as a PDF file (recorded in the audit log)</source>
        <translation>یہ نظرِ ثانی PDF فائل کے طور پر محفوظ کریں (آڈٹ لاگ میں درج ہوتا ہے)</translation>
    </message>
    <message>
        <source>Every stored revision; superseded ones print stamped</source>
        <translation>ہر محفوظ نظرِ ثانی؛ متروک نظرِ ثانی مہر کے ساتھ پرنٹ ہوتی ہے</translation>
    </message>
    <message>
        <source>Page {page} of {count}</source>
        <translation>صفحہ {page} از {count}</translation>
    </message>
    <message>
        <source>{refusal} Ask a supervisor to preview, print or save the manifest.</source>
        <translation>‏⁨{refusal}⁩ فہرستِ روانگی دیکھنے، پرنٹ کرنے یا محفوظ کرنے کے لیے کسی سپروائزر سے کہیں۔</translation>
    </message>
    <message>
        <source>Manifest — not allowed</source>
        <translation>فہرستِ روانگی — اجازت نہیں</translation>
    </message>
    <message>
        <source>This contingent no longer exists.</source>
        <translation>یہ دستہ اب موجود نہیں۔</translation>
    </message>
    <message>
        <source>Manifest — {code}</source>
        <translation>فہرستِ روانگی — {code}</translation>
    </message>
    <message>
        <source>{code} has no manifest yet: a supervisor finalizes the contingent to store revision 1.</source>
        <translation>‏{code} کی ابھی کوئی فہرستِ روانگی نہیں: سپروائزر دستہ حتمی کر کے نظرِ ثانی 1 محفوظ کرتا ہے۔</translation>
    </message>
    <message numerus="yes">
        <source>Revision {revision} (superseded) · {count} person(s)</source>
        <translation>
            <numerusform>نظرِ ثانی {revision} (منسوخ شدہ) · {count} فرد</numerusform>
            <numerusform>نظرِ ثانی {revision} (منسوخ شدہ) · {count} افراد</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revision {revision} (current) · {count} person(s)</source>
        <translation>
            <numerusform>نظرِ ثانی {revision} (موجودہ) · {count} فرد</numerusform>
            <numerusform>نظرِ ثانی {revision} (موجودہ) · {count} افراد</numerusform>
        </translation>
    </message>
    <message>
        <source>Generated {when} UTC by {user}</source>
        <translation>‏⁨{when}⁩ UTC پر {user} نے تیار کی</translation>
    </message>
    <message>
        <source>Reading revision {revision}…</source>
        <translation>نظرِ ثانی {revision} پڑھی جا رہی ہے…</translation>
    </message>
    <message>
        <source>Revision {revision} is superseded (on {date}: {reason}). Every copy of it is stamped SUPERSEDED; the current revision is {current}.</source>
        <translation>نظرِ ثانی {revision} متروک ہے (⁨{date}⁩ کو: ⁨{reason}⁩)۔ اس کی ہر نقل پر SUPERSEDED کی مہر ہے؛ موجودہ نظرِ ثانی {current} ہے۔</translation>
    </message>
    <message>
        <source>Manifest — {code} revision {revision} (superseded)</source>
        <translation>فہرستِ روانگی — {code} نظرِ ثانی {revision} (متروک)</translation>
    </message>
    <message>
        <source>Manifest — {code} revision {revision}</source>
        <translation>فہرستِ روانگی — {code} نظرِ ثانی {revision}</translation>
    </message>
    <message>
        <source>No pages</source>
        <translation>کوئی صفحہ نہیں</translation>
    </message>
    <message>
        <source>Not printed.</source>
        <translation>پرنٹ نہیں ہوا۔</translation>
    </message>
    <message>
        <source>The printer could not start. Check that it is switched on and connected, then print again.</source>
        <translation>پرنٹر شروع نہیں ہو سکا۔ دیکھیں کہ وہ آن اور منسلک ہے، پھر دوبارہ پرنٹ کریں۔</translation>
    </message>
    <message>
        <source>Sent {code} revision {revision} to the printer ({count} page); the audit log records the print.</source>
        <translation>‏{code} کی نظرِ ثانی {revision} پرنٹر کو بھیج دی گئی ({count} صفحہ)؛ آڈٹ لاگ میں یہ پرنٹ درج ہے۔</translation>
    </message>
    <message>
        <source>Sent {code} revision {revision} to the printer ({count} pages); the audit log records the print.</source>
        <translation>‏{code} کی نظرِ ثانی {revision} پرنٹر کو بھیج دی گئی ({count} صفحات)؛ آڈٹ لاگ میں یہ پرنٹ درج ہے۔</translation>
    </message>
    <message>
        <source>Printing…</source>
        <translation>پرنٹ ہو رہا ہے…</translation>
    </message>
    <message>
        <source>Printing the manifest</source>
        <translation>فہرستِ روانگی پرنٹ ہو رہی ہے</translation>
    </message>
    <message>
        <source>Printing page {page} ({done} of {count})…</source>
        <translation>صفحہ {page} پرنٹ ہو رہا ہے ({count} میں سے {done})…</translation>
    </message>
    <message>
        <source>Not saved.</source>
        <translation>محفوظ نہیں ہوا۔</translation>
    </message>
    <message>
        <source>Could not save {path}: {reason}. Choose another folder (one you may write to, with free space) and save again.</source>
        <translation>‏⁨{path}⁩ محفوظ نہیں ہو سکی: ⁨{reason}⁩۔ کوئی دوسرا فولڈر منتخب کریں (جس میں لکھنے کی اجازت اور خالی جگہ ہو) اور دوبارہ محفوظ کریں۔</translation>
    </message>
    <message>
        <source>Saved {code} revision {revision} to {path}.</source>
        <translation>‏{code} کی نظرِ ثانی {revision} کو ⁨{path}⁩ میں محفوظ کر دیا گیا۔</translation>
    </message>
</context>
<context>
    <name>MoveDialog</name>
    <message>
        <source>Move the selected people from {code} to another open contingent. Its rules apply: a date or destination that does not fit needs a supervisor&apos;s override.</source>
        <translation>منتخب افراد کو {code} سے کسی دوسرے کھلے دستے میں منتقل کریں۔ اس دستے کے قواعد لاگو ہوں گے: مطابقت نہ رکھنے والی تاریخ یا منزل کے لیے سپروائزر کا استثنا درکار ہے۔</translation>
    </message>
    <message>
        <source>{code} — {flight_no}, {date} {time}, to {destinations} ({count}/{capacity})</source>
        <translation>‏{code} — {flight_no}، ⁨{date}⁩ ⁨{time}⁩، برائے {destinations} ({count}/{capacity})</translation>
    </message>
    <message>
        <source>Move</source>
        <translation>منتقل کریں</translation>
    </message>
</context>
<context>
    <name>NoShowsDialog</name>
    <message>
        <source>Mark departed</source>
        <translation>روانہ درج کریں</translation>
    </message>
    <message>
        <source>Find in the list: CNIC, passport no. or name</source>
        <translation>فہرست میں تلاش کریں: شناختی کارڈ نمبر، پاسپورٹ نمبر یا نام</translation>
    </message>
    <message>
        <source>Did not travel</source>
        <translation>سفر نہیں کیا</translation>
    </message>
    <message>
        <source>S.No</source>
        <translation>نمبر شمار</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>CNIC</source>
        <translation>شناختی کارڈ نمبر</translation>
    </message>
    <message>
        <source>Passport no.</source>
        <translation>پاسپورٹ نمبر</translation>
    </message>
    <message>
        <source>Reason (required)</source>
        <translation>وجہ (لازمی)</translation>
    </message>
    <message>
        <source>Mark {code} departed</source>
        <translation>‏{code} کو روانہ درج کریں</translation>
    </message>
    <message>
        <source>Everyone in {code} is recorded as departed on {date}, except those ticked here. Tick each person who did NOT travel and give the reason; they are listed under “Not travelled” in the next manifest revision.</source>
        <translation>‏{code} کے تمام افراد ⁨{date}⁩ کو روانہ درج کیے جاتے ہیں، سوائے ان کے جن پر یہاں نشان لگایا گیا ہو۔ ہر اس فرد پر نشان لگائیں جس نے سفر نہیں کیا اور وجہ لکھیں؛ وہ فہرستِ روانگی کی اگلی نظرِ ثانی میں “Not travelled” کے تحت درج ہوں گے۔</translation>
    </message>
    <message>
        <source>Double-click or press F2 to type why this person did not travel</source>
        <translation>اس فرد کے سفر نہ کرنے کی وجہ لکھنے کے لیے ڈبل کلک کریں یا F2 دبائیں</translation>
    </message>
    <message>
        <source>{travelled} travelled, {absent} did not travel (of {total} in the contingent).</source>
        <translation>‏{travelled} نے سفر کیا، {absent} نے سفر نہیں کیا (دستے کے {total} افراد میں سے)۔</translation>
    </message>
    <message>
        <source>Give a reason for each person who did not travel: {name} has none.</source>
        <translation>سفر نہ کرنے والے ہر فرد کی وجہ لکھیں: ⁨{name}⁩ کی وجہ درج نہیں۔</translation>
    </message>
</context>
<context>
    <name>PassphraseDialog</name>
    <message>
        <source>Sign the manifest</source>
        <translation>فہرست پر دستخط</translation>
    </message>
    <message>
        <source>&amp;Passphrase of the office&apos;s signing key</source>
        <translation>دفتر کی دستخطی کلید کا پاس فریز (&amp;P)</translation>
    </message>
    <message>
        <source>This office signs its manifests. Type the passphrase of its signing key ({file}) once: Rawangi keeps the key in memory until you sign out or the screen locks, and never writes the passphrase anywhere.</source>
        <translation>یہ دفتر اپنی فہرستوں پر دستخط کرتا ہے۔ اس کی دستخطی کلید (⁦{file}⁩) کا پاس فریز ایک بار لکھیں: روانگی سائن آؤٹ یا اسکرین لاک ہونے تک کلید یادداشت میں رکھتا ہے، اور پاس فریز کہیں نہیں لکھتا۔</translation>
    </message>
    <message>
        <source>Sign</source>
        <translation>دستخط کریں</translation>
    </message>
    <message>
        <source>Type the passphrase.</source>
        <translation>پاس فریز لکھیں۔</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Problems</source>
        <translation>مسائل</translation>
    </message>
    <message>
        <source>Line {number}</source>
        <translation>سطر ⁨{number}⁩</translation>
    </message>
    <message>
        <source>The first {shown} of {total} rows</source>
        <translation>‏{total} میں سے پہلی {shown} قطاریں</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>تمام قطاریں</translation>
    </message>
    <message>
        <source>{first} are shown; {rows} of these cannot be read as they are (in red). Go Back to change the columns, or Next to check every row: rows with problems are refused, the others can be imported.</source>
        <translation>‏⁨{first}⁩ دکھائی گئی ہیں؛ ان میں سے {rows} جوں کی توں پڑھی نہیں جا سکتیں (سرخ رنگ میں)۔ کالم بدلنے کے لیے پیچھے جائیں، یا ہر قطار جانچنے کے لیے “اگلا”: مسائل والی قطاریں مسترد ہوں گی، باقی درآمد ہو سکتی ہیں۔</translation>
    </message>
    <message>
        <source>{first} are shown; they read cleanly. Choose Next to check every row.</source>
        <translation>‏⁨{first}⁩ دکھائی گئی ہیں؛ یہ درست پڑھی گئیں۔ ہر قطار جانچنے کے لیے “اگلا” منتخب کریں۔</translation>
    </message>
</context>
<context>
    <name>ProblemsModel</name>
    <message>
        <source>Line</source>
        <translation>سطر</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>CNIC</source>
        <translation>شناختی کارڈ نمبر</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>خانہ</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>نوعیت</translation>
    </message>
    <message>
        <source>Problem</source>
        <translation>مسئلہ</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>مسترد</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>انتباہ</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
    <message>
        <source>Cancelling…</source>
        <translation>منسوخ کیا جا رہا ہے…</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>واپس کریں (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>دوبارہ کریں (&amp;R)</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>کاٹیں (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>کاپی کریں (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>چسپاں کریں (&amp;P)</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>حذف کریں</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>سب منتخب کریں</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>ٹھیک ہے</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>بند کریں</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>محفوظ کریں</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>لاگو کریں</translation>
    </message>
    <message>
        <source>Help</source>
        <translation>مدد</translation>
    </message>
    <message>
        <source>&amp;Yes</source>
        <translation>ہاں (&amp;Y)</translation>
    </message>
    <message>
        <source>&amp;No</source>
        <translation>نہیں (&amp;N)</translation>
    </message>
</context>
<context>
    <name>ReasonDialog</name>
    <message>
        <source>Give a reason: it is kept in the audit log.</source>
        <translation>وجہ لکھیں: یہ آڈٹ لاگ میں محفوظ رہتی ہے۔</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Father&apos;s name</source>
        <translation>والد کا نام</translation>
    </message>
    <message>
        <source>CNIC</source>
        <translation>شناختی کارڈ نمبر</translation>
    </message>
    <message>
        <source>Passport no.</source>
        <translation>پاسپورٹ نمبر</translation>
    </message>
    <message>
        <source>Trade</source>
        <translation>ہنر</translation>
    </message>
    <message>
        <source>Destination</source>
        <translation>منزل</translation>
    </message>
    <message>
        <source>Departure</source>
        <translation>روانگی</translation>
    </message>
    <message>
        <source>Contingent</source>
        <translation>دستہ</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>حیثیت</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>دفتر</translation>
    </message>
    <message>
        <source>Click to sort</source>
        <translation>ترتیب دینے کے لیے کلک کریں</translation>
    </message>
    <message>
        <source>Not sortable</source>
        <translation>ترتیب نہیں دی جا سکتی</translation>
    </message>
</context>
<context>
    <name>RegisterView</name>
    <message>
        <source>Register</source>
        <translation>رجسٹر</translation>
    </message>
    <message>
        <source>Search by CNIC, passport no. or name</source>
        <translation>شناختی کارڈ نمبر، پاسپورٹ نمبر یا نام سے تلاش کریں</translation>
    </message>
    <message>
        <source>Destinat&amp;ion</source>
        <translation>منزل (&amp;I)</translation>
    </message>
    <message>
        <source>&amp;Status</source>
        <translation>حیثیت (&amp;S)</translation>
    </message>
    <message>
        <source>Fro&amp;m</source>
        <translation>از (&amp;M)</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>تا (&amp;T)</translation>
    </message>
    <message>
        <source>Offic&amp;e</source>
        <translation>دفتر (&amp;E)</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>صاف کریں (&amp;L)</translation>
    </message>
    <message>
        <source>History</source>
        <translation>تاریخچہ</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>کھولیں (&amp;O)</translation>
    </message>
    <message>
        <source>Change stat&amp;us…</source>
        <translation>حیثیت تبدیل کریں… (&amp;U)</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>شمار ہو رہا ہے…</translation>
    </message>
    <message>
        <source>A CNIC or passport number in any form, or the beginning of names (Ctrl+F)</source>
        <translation>کسی بھی صورت میں شناختی کارڈ یا پاسپورٹ نمبر، یا ناموں کا ابتدائی حصہ (Ctrl+F)</translation>
    </message>
    <message>
        <source>Open the selected departure in the form (Enter)</source>
        <translation>منتخب روانگی فارم میں کھولیں (Enter)</translation>
    </message>
    <message>
        <source>Mark departed, no-show, withdrawn… (Ctrl+T)</source>
        <translation>روانہ، غیر حاضر، واپس لی گئی… درج کریں (Ctrl+T)</translation>
    </message>
    <message>
        <source>Show every departure again: empty the search and the filters (Alt+L)</source>
        <translation>تمام روانگیاں دوبارہ دکھائیں: تلاش اور فلٹر خالی کریں (Alt+L)</translation>
    </message>
    <message>
        <source>All</source>
        <translation>سب</translation>
    </message>
    <message>
        <source>Search failed: {error}</source>
        <translation>تلاش ناکام رہی: ⁨{error}⁩</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>تلاش جاری ہے…</translation>
    </message>
    <message>
        <source>No departures match these filters.</source>
        <translation>ان فلٹروں سے کوئی روانگی نہیں ملتی۔</translation>
    </message>
    <message>
        <source>No departures yet.</source>
        <translation>ابھی کوئی روانگی درج نہیں۔</translation>
    </message>
    <message>
        <source>No departures match “{text}”.</source>
        <translation>‏“⁨{text}⁩” سے کوئی روانگی نہیں ملتی۔</translation>
    </message>
    <message>
        <source>Try fewer letters or clear the filters.</source>
        <translation>کم حروف لکھ کر دیکھیں یا فلٹر صاف کریں۔</translation>
    </message>
    <message>
        <source>Record the first one in the Departure tab (Ctrl+2).</source>
        <translation>پہلی روانگی “روانگی” ٹیب میں درج کریں (Ctrl+2)۔</translation>
    </message>
    <message>
        <source>{count} departure match</source>
        <translation>‏{count} روانگی ملتی ہے</translation>
    </message>
    <message>
        <source>{count} departures match</source>
        <translation>‏{count} روانگیاں ملتی ہیں</translation>
    </message>
    <message>
        <source>{count} departure</source>
        <translation>‏{count} روانگی</translation>
    </message>
    <message>
        <source>{count} departures</source>
        <translation>‏{count} روانگیاں</translation>
    </message>
    <message>
        <source>{count} — showing the newest; narrow the search to see fewer</source>
        <translation>‏{count} — تازہ ترین دکھائی جا رہی ہیں؛ کم دیکھنے کے لیے تلاش محدود کریں</translation>
    </message>
    <message>
        <source>Select a departure to see who did what, and when.</source>
        <translation>روانگی منتخب کریں تاکہ دیکھ سکیں کس نے کیا کیا، اور کب۔</translation>
    </message>
    <message>
        <source>{name} — {status}</source>
        <translation>‏⁨{name}⁩ — {status}</translation>
    </message>
</context>
<context>
    <name>Role</name>
    <message>
        <source>clerk</source>
        <translation>کلرک</translation>
    </message>
    <message>
        <source>supervisor</source>
        <translation>سپروائزر</translation>
    </message>
    <message>
        <source>admin</source>
        <translation>ایڈمن</translation>
    </message>
</context>
<context>
    <name>Roles</name>
    <message>
        <source>clerks</source>
        <translation>کلرک</translation>
    </message>
    <message>
        <source>supervisors</source>
        <translation>سپروائزر</translation>
    </message>
    <message>
        <source>admins</source>
        <translation>ایڈمن</translation>
    </message>
</context>
<context>
    <name>Rules</name>
    <message>
        <source>{field} is required.</source>
        <translation>‏{field} درج کرنا ضروری ہے۔</translation>
    </message>
    <message>
        <source>{field} &apos;{text}&apos; is not a country we know.</source>
        <translation>‏{field} ‘⁨{text}⁩’ کسی معلوم ملک کا نام نہیں۔</translation>
    </message>
    <message>
        <source>{field} must be a date like 2026-03-19; got &apos;{text}&apos;.</source>
        <translation>‏{field} تاریخ ہونی چاہیے، جیسے 2026-03-19؛ لکھا گیا: ‘⁨{text}⁩’۔</translation>
    </message>
    <message>
        <source>{field} {text} is not a real calendar date.</source>
        <translation>‏{field} ⁨{text}⁩ کوئی اصل تاریخ نہیں۔</translation>
    </message>
    <message>
        <source>{name} must be a date like 2026-03-19; got &apos;{text}&apos;.</source>
        <translation>‏⁨{name}⁩ تاریخ ہونی چاہیے، جیسے 2026-03-19؛ لکھا گیا: ‘⁨{text}⁩’۔</translation>
    </message>
    <message>
        <source>{name} {text} is not a real calendar date.</source>
        <translation>‏⁨{name}⁩ ⁨{text}⁩ کوئی اصل تاریخ نہیں۔</translation>
    </message>
    <message>
        <source>CNIC contains the digit &apos;{char}&apos; of another script: type the digits in English or Urdu.</source>
        <translation>شناختی کارڈ نمبر میں کسی اور رسم الخط کا ہندسہ ‘⁨{char}⁩’ ہے: ہندسے انگریزی یا اردو میں لکھیں۔</translation>
    </message>
    <message>
        <source>CNIC contains an invisible character (U+{code}): only digits, spaces and dashes are allowed.</source>
        <translation>شناختی کارڈ نمبر میں ایک نظر نہ آنے والا حرف (⁨U+{code}⁩) ہے: صرف ہندسے، خالی جگہ اور ڈیش لکھے جا سکتے ہیں۔</translation>
    </message>
    <message>
        <source>CNIC contains a letter &apos;{char}&apos;: only digits, spaces and dashes are allowed.</source>
        <translation>شناختی کارڈ نمبر میں حرف ‘⁨{char}⁩’ ہے: صرف ہندسے، خالی جگہ اور ڈیش لکھے جا سکتے ہیں۔</translation>
    </message>
    <message>
        <source>CNIC contains &apos;{char}&apos;: only digits, spaces and dashes are allowed.</source>
        <translation>شناختی کارڈ نمبر میں ‘⁨{char}⁩’ ہے: صرف ہندسے، خالی جگہ اور ڈیش لکھے جا سکتے ہیں۔</translation>
    </message>
    <message>
        <source>CNIC must have 13 digits; this has {count}.</source>
        <translation>شناختی کارڈ نمبر کے 13 ہندسے ہوتے ہیں؛ اس کے {count} ہیں۔</translation>
    </message>
    <message>
        <source>CNIC must have 13 digits; this has none.</source>
        <translation>شناختی کارڈ نمبر کے 13 ہندسے ہوتے ہیں؛ اس میں کوئی ہندسہ نہیں۔</translation>
    </message>
    <message>
        <source>CNIC cannot start with {digit}: the first digit is the region, 1 to 8.</source>
        <translation>شناختی کارڈ نمبر {digit} سے شروع نہیں ہو سکتا: پہلا ہندسہ علاقے کا ہے، 1 سے 8 تک۔</translation>
    </message>
    <message>
        <source>The last digit of a man&apos;s CNIC is odd; check the CNIC or the sex.</source>
        <translation>مرد کے شناختی کارڈ نمبر کا آخری ہندسہ طاق ہوتا ہے؛ شناختی کارڈ نمبر یا جنس دیکھ لیں۔</translation>
    </message>
    <message>
        <source>The last digit of a woman&apos;s CNIC is even; check the CNIC or the sex.</source>
        <translation>عورت کے شناختی کارڈ نمبر کا آخری ہندسہ جفت ہوتا ہے؛ شناختی کارڈ نمبر یا جنس دیکھ لیں۔</translation>
    </message>
    <message>
        <source>Passport no. &apos;{text}&apos; has {count} characters; at most 9 are allowed.</source>
        <translation>پاسپورٹ نمبر ‘⁨{text}⁩’ میں {count} حروف ہیں؛ زیادہ سے زیادہ 9 ہو سکتے ہیں۔</translation>
    </message>
    <message>
        <source>Passport no. &apos;{text}&apos; may only hold letters A-Z and digits.</source>
        <translation>پاسپورٹ نمبر ‘⁨{text}⁩’ میں صرف A-Z حروف اور ہندسے ہو سکتے ہیں۔</translation>
    </message>
    <message>
        <source>Passport no. {text} is not in the Pakistani form of two letters and seven digits.</source>
        <translation>پاسپورٹ نمبر ⁨{text}⁩ پاکستانی شکل (دو حروف اور سات ہندسے) میں نہیں۔</translation>
    </message>
    <message>
        <source>{field} may only hold letters, spaces, dots, hyphens and apostrophes.</source>
        <translation>‏{field} میں صرف حروف، خالی جگہ، نقطے، ہائفن اور اپاسٹروفی ہو سکتے ہیں۔</translation>
    </message>
    <message>
        <source>Name in Urdu holds Urdu letters only; type the Latin spelling in Surname and Given names.</source>
        <translation>اردو میں نام میں صرف اردو حروف ہوتے ہیں؛ انگریزی ہجے خاندانی نام اور نام کے خانوں میں لکھیں۔</translation>
    </message>
    <message>
        <source>Phone &apos;{text}&apos; is not a number like 0300 1234567 or +966 5x xxx xxxx.</source>
        <translation>فون ‘⁨{text}⁩’ ایسا نمبر نہیں جیسے ⁨0300 1234567⁩ یا ⁨+966 5x xxx xxxx⁩۔</translation>
    </message>
    <message>
        <source>Sex must be M, F or X.</source>
        <translation>جنس ‏M، F یا X ہونی چاہیے۔</translation>
    </message>
    <message>
        <source>Channel must be OEC or OEP.</source>
        <translation>ذریعہ ‏OEC یا OEP ہونا چاہیے۔</translation>
    </message>
    <message>
        <source>The date of birth lies in the future.</source>
        <translation>تاریخ پیدائش مستقبل میں ہے۔</translation>
    </message>
    <message>
        <source>The date of birth is more than {years} years ago.</source>
        <translation>تاریخ پیدائش {years} سال سے زیادہ پرانی ہے۔</translation>
    </message>
    <message>
        <source>The person will be {age} on the departure date; the minimum age is {minimum}.</source>
        <translation>روانگی کی تاریخ پر اس فرد کی عمر {age} سال ہو گی؛ کم از کم عمر {minimum} سال ہے۔</translation>
    </message>
    <message>
        <source>The passport expiry is before the date of birth.</source>
        <translation>پاسپورٹ کی میعاد تاریخ پیدائش سے پہلے کی ہے۔</translation>
    </message>
    <message>
        <source>The passport expired on {expiry}: it must be renewed before the person can travel.</source>
        <translation>پاسپورٹ کی میعاد ⁨{expiry}⁩ کو ختم ہو چکی ہے: سفر سے پہلے پاسپورٹ کی تجدید ضروری ہے۔</translation>
    </message>
    <message>
        <source>The passport expires on {expiry}, before the departure on {departure}.</source>
        <translation>پاسپورٹ کی میعاد ⁨{expiry}⁩ کو ختم ہو جاتی ہے، ⁨{departure}⁩ کی روانگی سے پہلے۔</translation>
    </message>
    <message>
        <source>A promoter (OEP) departure needs the promoter&apos;s licence number.</source>
        <translation>پروموٹر (OEP) کے ذریعے روانگی کے لیے پروموٹر کا لائسنس نمبر ضروری ہے۔</translation>
    </message>
    <message>
        <source>A licence number belongs to OEP departures only; clear it or choose OEP.</source>
        <translation>لائسنس نمبر صرف ‏OEP روانگیوں کا ہوتا ہے؛ اسے مٹا دیں یا ‏OEP چنیں۔</translation>
    </message>
    <message>
        <source>The departure date {date} has already passed: this is a back-entry.</source>
        <translation>روانگی کی تاریخ ⁨{date}⁩ گزر چکی ہے: یہ پچھلی تاریخ کا اندراج ہے۔</translation>
    </message>
    <message>
        <source>The departure date {date} is more than a year ahead; check the year.</source>
        <translation>روانگی کی تاریخ ⁨{date}⁩ ایک سال سے زیادہ آگے ہے؛ سال دیکھ لیں۔</translation>
    </message>
    <message>
        <source>{name} ({office}, CNIC {cnic}, passport {passport_no}) is still waiting to depart. Open that record instead.</source>
        <translation>‏⁨{name}⁩ (⁨{office}⁩، شناختی کارڈ ⁨{cnic}⁩، پاسپورٹ ⁨{passport_no}⁩) ابھی روانگی کے منتظر ہیں۔ نیا اندراج کرنے کے بجائے وہ ریکارڈ کھولیں۔</translation>
    </message>
    <message>
        <source>{name} ({office}, CNIC {cnic}, passport {passport_no}) departed on {date}, less than {days} days ago. Open that record instead.</source>
        <translation>‏⁨{name}⁩ (⁨{office}⁩، شناختی کارڈ ⁨{cnic}⁩، پاسپورٹ ⁨{passport_no}⁩) ⁨{date}⁩ کو روانہ ہوئے، {days} دن سے کم پہلے۔ نیا اندراج کرنے کے بجائے وہ ریکارڈ کھولیں۔</translation>
    </message>
    <message>
        <source>The visa is for the profession {visa_profession}, not for the trade {trade}: check the visa and the trade, or the worker may be sent back at the airport.</source>
        <translation>ویزا پیشہ ⁨{visa_profession}⁩ کے لیے ہے، ہنر ⁨{trade}⁩ کے لیے نہیں: ویزا اور ہنر دیکھ لیں، ورنہ کارکن کو ہوائی اڈے سے واپس بھیجا جا سکتا ہے۔</translation>
    </message>
    <message>
        <source>The visa is for {visa_country}, not for the destination {destination}: check the visa and the destination, or the worker may be sent back at the airport.</source>
        <translation>ویزا ⁨{visa_country}⁩ کا ہے، منزل ⁨{destination}⁩ کا نہیں: ویزا اور منزل دیکھ لیں، ورنہ کارکن کو ہوائی اڈے سے واپس بھیجا جا سکتا ہے۔</translation>
    </message>
    <message>
        <source>This departure no longer exists.</source>
        <translation>یہ روانگی اب موجود نہیں۔</translation>
    </message>
    <message>
        <source>The departure is already {status}.</source>
        <translation>روانگی پہلے ہی ⁨{status}⁩ ہے۔</translation>
    </message>
    <message>
        <source>A departure that is {status} cannot be marked {new_status}.</source>
        <translation>⁨{status}⁩ روانگی کو ⁨{new_status}⁩ نشان زد نہیں کیا جا سکتا۔</translation>
    </message>
    <message>
        <source>Give a reason for marking this departure {new_status}.</source>
        <translation>اس روانگی کو ⁨{new_status}⁩ نشان زد کرنے کی وجہ لکھیں۔</translation>
    </message>
    <message>
        <source>The strip starts with &apos;{char}&apos;, not &apos;P&apos;, so it is not a passport&apos;s: scan the passport&apos;s photo page.</source>
        <translation>پٹی ‘⁨{char}⁩’ سے شروع ہوتی ہے، ‘P’ سے نہیں، اس لیے یہ پاسپورٹ کی نہیں: پاسپورٹ کا تصویر والا صفحہ اسکین کریں۔</translation>
    </message>
    <message>
        <source>Line 1 of the passport strip has the digit &apos;{char}&apos; at position {position}, where only letters and &apos;&lt;&apos; belong: rescan or type the fields by hand.</source>
        <translation>پاسپورٹ کی پٹی کی پہلی سطر میں مقام {position} پر ہندسہ ‘⁨{char}⁩’ ہے، جہاں صرف حروف اور ‘&lt;’ ہوتے ہیں: دوبارہ اسکین کریں یا خانے ہاتھ سے بھریں۔</translation>
    </message>
    <message>
        <source>The sex in the passport strip is &apos;{char}&apos;; it must be M, F or &apos;&lt;&apos;.</source>
        <translation>پاسپورٹ کی پٹی میں جنس ‘⁨{char}⁩’ ہے؛ یہ ‏M، F یا ‘&lt;’ ہونی چاہیے۔</translation>
    </message>
    <message>
        <source>The passport strip has &apos;{char}&apos; where the check digit of {check} belongs, not a digit: rescan or type the fields by hand.</source>
        <translation>پاسپورٹ کی پٹی میں جہاں {check} کا جانچ ہندسہ ہونا چاہیے وہاں ‘⁨{char}⁩’ ہے، ہندسہ نہیں: دوبارہ اسکین کریں یا خانے ہاتھ سے بھریں۔</translation>
    </message>
    <message>
        <source>The passport strip is empty: scan the passport again.</source>
        <translation>پاسپورٹ کی پٹی خالی ہے: پاسپورٹ دوبارہ اسکین کریں۔</translation>
    </message>
    <message>
        <source>Line {line} of the passport strip has {char} at position {position}; only letters A-Z, digits 0-9 and &apos;&lt;&apos; belong there.</source>
        <translation>پاسپورٹ کی پٹی کی سطر {line} میں مقام {position} پر {char} ہے؛ وہاں صرف A-Z حروف، 0-9 ہندسے اور ‘&lt;’ ہوتے ہیں۔</translation>
    </message>
    <message>
        <source>A passport strip cannot hold {char}.</source>
        <translation>پاسپورٹ کی پٹی میں {char} نہیں ہو سکتا۔</translation>
    </message>
    <message>
        <source>The issuing state in the passport strip (&apos;{text}&apos;) is not a country code.</source>
        <translation>پاسپورٹ کی پٹی میں جاری کرنے والا ملک (‘⁨{text}⁩’) کسی ملک کا کوڈ نہیں۔</translation>
    </message>
    <message>
        <source>The nationality in the passport strip (&apos;{text}&apos;) is not a country code.</source>
        <translation>پاسپورٹ کی پٹی میں قومیت (‘⁨{text}⁩’) کسی ملک کا کوڈ نہیں۔</translation>
    </message>
    <message>
        <source>{field} in the passport strip is not a real date (&apos;{text}&apos; should be six digits, YYMMDD): rescan or type the date by hand.</source>
        <translation>پاسپورٹ کی پٹی میں {field} اصل تاریخ نہیں (‘⁨{text}⁩’ کے چھ ہندسے ہونے چاہییں، YYMMDD): دوبارہ اسکین کریں یا تاریخ ہاتھ سے لکھیں۔</translation>
    </message>
    <message>
        <source>{field} in the passport strip is not a real date (day {day}, month {month}, year {year}): rescan or type the date by hand.</source>
        <translation>پاسپورٹ کی پٹی میں {field} اصل تاریخ نہیں (دن {day}، مہینہ {month}، سال {year}): دوبارہ اسکین کریں یا تاریخ ہاتھ سے لکھیں۔</translation>
    </message>
    <message>
        <source>All check digits of the passport strip match.</source>
        <translation>پاسپورٹ کی پٹی کے تمام جانچ ہندسے درست ہیں۔</translation>
    </message>
    <message>
        <source>The check digit of {check} does not match: rescan or type the fields by hand.</source>
        <translation>‏{check} کا جانچ ہندسہ نہیں ملتا: دوبارہ اسکین کریں یا خانے ہاتھ سے بھریں۔</translation>
    </message>
    <message>
        <source>The check digits of {checks} do not match: rescan or type the fields by hand.</source>
        <translation>‏{checks} کے جانچ ہندسے نہیں ملتے: دوبارہ اسکین کریں یا خانے ہاتھ سے بھریں۔</translation>
    </message>
    <message>
        <source>a space</source>
        <translation>ایک خالی جگہ</translation>
    </message>
    <message>
        <source>an invisible character (U+{code})</source>
        <translation>ایک نظر نہ آنے والا حرف (⁨U+{code}⁩)</translation>
    </message>
    <message>
        <source>&apos;{char}&apos;</source>
        <translation>‘⁨{char}⁩’</translation>
    </message>
    <message>
        <source>Flight no. looks like PK-731 or EK 613.</source>
        <translation>پرواز نمبر ایسا ہوتا ہے: ‏PK-731 یا EK 613۔</translation>
    </message>
    <message>
        <source>Departure airport is a three-letter IATA code, e.g. ISB.</source>
        <translation>روانگی کا ہوائی اڈہ تین حرفی IATA کوڈ ہے، جیسے ISB۔</translation>
    </message>
    <message>
        <source>Departure time is 24-hour HH:MM, e.g. 09:30.</source>
        <translation>روانگی کا وقت 24 گھنٹے کی شکل HH:MM میں لکھیں، جیسے 09:30۔</translation>
    </message>
    <message>
        <source>Give at least one destination country.</source>
        <translation>کم از کم ایک منزل کا ملک لکھیں۔</translation>
    </message>
    <message>
        <source>Capacity is a whole number of seats.</source>
        <translation>گنجائش نشستوں کی پوری تعداد ہوتی ہے۔</translation>
    </message>
    <message>
        <source>Capacity is between 1 and 2,000 people.</source>
        <translation>گنجائش 1 سے 2,000 افراد تک ہوتی ہے۔</translation>
    </message>
    <message>
        <source>{code} is {status}; a supervisor must reopen it before people are added or removed.</source>
        <translation>‏⁨{code}⁩ ⁨{status}⁩ ہے؛ افراد شامل کرنے یا نکالنے سے پہلے سپروائزر کو اسے دوبارہ کھولنا ہو گا۔</translation>
    </message>
    <message>
        <source>{name} is {status}; only recorded departures can join a contingent.</source>
        <translation>‏⁨{name}⁩ کی حیثیت ⁨{status}⁩ ہے؛ صرف درج شدہ روانگیاں دستے میں شامل ہو سکتی ہیں۔</translation>
    </message>
    <message>
        <source>{name} is already in the open contingent {code}; move them instead.</source>
        <translation>‏⁨{name}⁩ پہلے ہی کھلے دستے ⁨{code}⁩ میں ہیں؛ انہیں وہاں سے منتقل کریں۔</translation>
    </message>
    <message>
        <source>{name} departs on {date}, the contingent on {contingent_date}.</source>
        <translation>‏⁨{name}⁩ کی روانگی ⁨{date}⁩ کو ہے، دستے کی ⁨{contingent_date}⁩ کو۔</translation>
    </message>
    <message>
        <source>{name} goes to {country}, not to {countries}.</source>
        <translation>‏⁨{name}⁩ ⁨{country}⁩ جا رہے ہیں، ⁨{countries}⁩ نہیں۔</translation>
    </message>
    <message>
        <source>This departure is in {code}, which is {status}; a supervisor must reopen the contingent (with a reason) before it can change.</source>
        <translation>یہ روانگی ⁨{code}⁩ میں ہے، جو ⁨{status}⁩ ہے؛ اس میں تبدیلی سے پہلے سپروائزر کو وجہ لکھ کر دستہ دوبارہ کھولنا ہو گا۔</translation>
    </message>
    <message>
        <source>{code} is already {status}.</source>
        <translation>‏⁨{code}⁩ پہلے ہی ⁨{status}⁩ ہے۔</translation>
    </message>
    <message>
        <source>{code} has nobody travelling in it; add people first.</source>
        <translation>‏⁨{code}⁩ میں کوئی سفر کرنے والا نہیں؛ پہلے افراد شامل کریں۔</translation>
    </message>
    <message>
        <source>{code} is {status}; only a finalized contingent reopens.</source>
        <translation>‏⁨{code}⁩ ⁨{status}⁩ ہے؛ صرف حتمی کیا گیا دستہ دوبارہ کھلتا ہے۔</translation>
    </message>
    <message>
        <source>{code} is {status}; finalize it before marking it departed.</source>
        <translation>‏⁨{code}⁩ ⁨{status}⁩ ہے؛ روانہ درج کرنے سے پہلے اسے حتمی کریں۔</translation>
    </message>
    <message>
        <source>{code} has no manifest yet; a supervisor finalizes it first.</source>
        <translation>‏⁨{code}⁩ کا ابھی کوئی مینی فیسٹ نہیں؛ پہلے سپروائزر اسے حتمی کرے۔</translation>
    </message>
    <message>
        <source>{code} is open: departure slips are printed once it is finalized.</source>
        <translation>‏⁨{code}⁩ کھلا ہے: روانگی کی پرچیاں اس کے حتمی ہونے کے بعد پرنٹ ہوتی ہیں۔</translation>
    </message>
    <message>
        <source>{problem} This needs an override with a reason.</source>
        <translation>‏⁨{problem}⁩ اس کے لیے وجہ کے ساتھ استثنا درکار ہے۔</translation>
    </message>
    <message>
        <source>{problem} This needs an override with a reason by a supervisor.</source>
        <translation>‏⁨{problem}⁩ اس کے لیے سپروائزر کی طرف سے وجہ کے ساتھ استثنا درکار ہے۔</translation>
    </message>
    <message>
        <source>{user} ({role}) may not {action}; only {roles} may.</source>
        <translation>‏⁨{user}⁩ ({role}) کو {action} کی اجازت نہیں؛ یہ صرف {roles} کر سکتے ہیں۔</translation>
    </message>
    <message>
        <source>A user name has 2 to 32 characters: letters a-z, digits, &apos;.&apos;, &apos;-&apos; or &apos;_&apos;, starting with a letter.</source>
        <translation>صارف نام 2 سے 32 حروف کا ہوتا ہے: a-z حروف، ہندسے، ‘.’، ‘-’ یا ‘_’، اور پہلا حرف انگریزی حرف ہو۔</translation>
    </message>
    <message>
        <source>A password needs at least {count} characters.</source>
        <translation>پاس ورڈ میں کم از کم {count} حروف ہونے چاہییں۔</translation>
    </message>
    <message>
        <source>A password cannot start or end with a space.</source>
        <translation>پاس ورڈ خالی جگہ سے شروع یا ختم نہیں ہو سکتا۔</translation>
    </message>
    <message>
        <source>{first}, {second}</source>
        <translation>{first}، {second}</translation>
    </message>
    <message>
        <source>{first} and {second}</source>
        <translation>{first} اور {second}</translation>
    </message>
    <message>
        <source>{first} or {second}</source>
        <translation>{first} یا {second}</translation>
    </message>
    <message>
        <source>{field}: {message}</source>
        <translation>‏{field}: {message}</translation>
    </message>
    <message>
        <source>Please confirm these warnings first: {warnings}</source>
        <translation>براہِ کرم پہلے ان انتباہات کی تصدیق کریں: {warnings}</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>ترتیبات</translation>
    </message>
    <message>
        <source>This PC</source>
        <translation>یہ کمپیوٹر</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>زبان (&amp;L)</translation>
    </message>
    <message>
        <source>Office (admins)</source>
        <translation>دفتر (ایڈمن)</translation>
    </message>
    <message>
        <source>Lock the screen after &amp;idle minutes</source>
        <translation>اتنے منٹ بے کار رہنے پر اسکرین مقفل کریں (&amp;I)</translation>
    </message>
    <message>
        <source>Passport &amp;validity warning (months)</source>
        <translation>پاسپورٹ کی میعاد کا انتباہ (مہینے) (&amp;V)</translation>
    </message>
    <message>
        <source>Manifest &amp;paper</source>
        <translation>فہرستِ روانگی کا کاغذ (&amp;P)</translation>
    </message>
    <message>
        <source>Manifest &amp;Urdu name column</source>
        <translation>فہرستِ روانگی میں اردو نام کا کالم (&amp;U)</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>لیٹر</translation>
    </message>
    <message>
        <source>Add a column with each person&apos;s name in Urdu to the manifest (Alt+U)</source>
        <translation>فہرستِ روانگی میں ہر فرد کے اردو نام کا کالم شامل کریں (Alt+U)</translation>
    </message>
    <message>
        <source>Only an admin changes the office&apos;s settings.</source>
        <translation>دفتر کی ترتیبات صرف ایڈمن تبدیل کرتا ہے۔</translation>
    </message>
</context>
<context>
    <name>SetupDialog</name>
    <message>
        <source>Set up Rawangi</source>
        <translation>روانگی کی تنصیب</translation>
    </message>
    <message>
        <source>The office this PC serves</source>
        <translation>وہ دفتر جس کے لیے یہ کمپیوٹر کام کرتا ہے</translation>
    </message>
    <message>
        <source>&amp;Office</source>
        <translation>دفتر (&amp;O)</translation>
    </message>
    <message>
        <source>New office &amp;code</source>
        <translation>نئے دفتر کا کوڈ (&amp;C)</translation>
    </message>
    <message>
        <source>e.g. MUX</source>
        <translation>مثلاً MUX</translation>
    </message>
    <message>
        <source>New office &amp;name</source>
        <translation>نئے دفتر کا نام (&amp;N)</translation>
    </message>
    <message>
        <source>e.g. Multan</source>
        <translation>مثلاً Multan</translation>
    </message>
    <message>
        <source>The first administrator</source>
        <translation>پہلا منتظم</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>صارف نام (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>پورا نام (&amp;F)</translation>
    </message>
    <message>
        <source>as printed on manifests, e.g. Amina Khatoon</source>
        <translation>جیسا فہرستِ روانگی پر چھپے، مثلاً Amina Khatoon</translation>
    </message>
    <message>
        <source>Printed in the signature blocks of the manifests this user prepares or verifies</source>
        <translation>اس صارف کی تیار یا تصدیق کردہ فہرستِ روانگی کے دستخطی خانوں میں چھپتا ہے</translation>
    </message>
    <message>
        <source>&amp;Designation</source>
        <translation>عہدہ (&amp;D)</translation>
    </message>
    <message>
        <source>e.g. Data Entry Clerk</source>
        <translation>مثلاً Data Entry Clerk</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>پاس ورڈ (&amp;P)</translation>
    </message>
    <message>
        <source>&amp;Repeat password</source>
        <translation>پاس ورڈ دوبارہ (&amp;R)</translation>
    </message>
    <message>
        <source>Welcome to Rawangi. This database has no users yet: choose the office this PC serves and create its first administrator, who can then add clerks and supervisors.</source>
        <translation>روانگی میں خوش آمدید۔ اس ڈیٹا بیس میں ابھی کوئی صارف نہیں: وہ دفتر منتخب کریں جس کے لیے یہ کمپیوٹر کام کرتا ہے اور اس کا پہلا منتظم بنائیں، جو بعد میں کلرک اور سپروائزر شامل کر سکتا ہے۔</translation>
    </message>
    <message>
        <source>A new office…</source>
        <translation>نیا دفتر…</translation>
    </message>
    <message>
        <source>The two passwords differ; type the same password twice.</source>
        <translation>دونوں پاس ورڈ مختلف ہیں؛ ایک ہی پاس ورڈ دو بار لکھیں۔</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>Sign in to Rawangi</source>
        <translation>روانگی میں سائن ان کریں</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>صارف نام (&amp;U)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>پاس ورڈ (&amp;P)</translation>
    </message>
    <message>
        <source>Office {code} — {name}</source>
        <translation>دفتر {code} — ⁨{name}⁩</translation>
    </message>
</context>
<context>
    <name>Signing</name>
    <message>
        <source>The manifest is unsigned: the office&apos;s key awaits its certificate from headquarters (an admin imports it with rawangi keys import).</source>
        <translation>فہرست پر دستخط نہیں: دفتر کی کلید ہیڈکوارٹر سے اپنے سرٹیفکیٹ کی منتظر ہے (ایڈمن اسے ⁦rawangi keys import⁩ سے درآمد کرتا ہے)۔</translation>
    </message>
    <message>
        <source>The manifest is unsigned: the office&apos;s certificate expired on {date} (an admin renews it with rawangi keys init --renew).</source>
        <translation>فہرست پر دستخط نہیں: دفتر کا سرٹیفکیٹ ⁦{date}⁩ کو ختم ہو گیا (ایڈمن اسے ⁦rawangi keys init --renew⁩ سے نیا کرتا ہے)۔</translation>
    </message>
    <message>
        <source>The manifest is unsigned: this office has no certified signing key (an admin sets one up with rawangi keys init; see README, Signed documents).</source>
        <translation>فہرست پر دستخط نہیں: اس دفتر کے پاس تصدیق شدہ دستخطی کلید نہیں (ایڈمن اسے ⁦rawangi keys init⁩ سے بناتا ہے؛ دیکھیں ⁦README, Signed documents⁩)۔</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <source>recorded</source>
        <translation>درج شدہ</translation>
    </message>
    <message>
        <source>departed</source>
        <translation>روانہ</translation>
    </message>
    <message>
        <source>no-show</source>
        <translation>غیر حاضر</translation>
    </message>
    <message>
        <source>withdrawn</source>
        <translation>واپس لی گئی</translation>
    </message>
    <message>
        <source>open</source>
        <translation>کھلا</translation>
    </message>
    <message>
        <source>finalized</source>
        <translation>حتمی</translation>
    </message>
</context>
<context>
    <name>StatusDialog</name>
    <message>
        <source>Change status</source>
        <translation>حیثیت تبدیل کریں</translation>
    </message>
    <message>
        <source>&amp;New status</source>
        <translation>نئی حیثیت (&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>وجہ (&amp;R)</translation>
    </message>
    <message>
        <source>Why the status changes (kept in the history)</source>
        <translation>حیثیت کی تبدیلی کی وجہ (تاریخچے میں محفوظ رہتی ہے)</translation>
    </message>
    <message>
        <source>{name} — CNIC {cnic} — now {status}</source>
        <translation>‏⁨{name}⁩ — شناختی کارڈ نمبر ⁨{cnic}⁩ — موجودہ حیثیت {status}</translation>
    </message>
</context>
<context>
    <name>UserDialog</name>
    <message>
        <source>User</source>
        <translation>صارف</translation>
    </message>
    <message>
        <source>User &amp;name</source>
        <translation>صارف نام (&amp;N)</translation>
    </message>
    <message>
        <source>lower case, e.g. amina.k</source>
        <translation>چھوٹے انگریزی حروف، مثلاً amina.k</translation>
    </message>
    <message>
        <source>&amp;Full name</source>
        <translation>پورا نام (&amp;F)</translation>
    </message>
    <message>
        <source>as printed on manifests, e.g. Amina Khatoon</source>
        <translation>جیسا فہرستِ روانگی پر چھپے، مثلاً Amina Khatoon</translation>
    </message>
    <message>
        <source>Printed in the signature blocks of the manifests this user prepares or verifies</source>
        <translation>اس صارف کی تیار یا تصدیق کردہ فہرستِ روانگی کے دستخطی خانوں میں چھپتا ہے</translation>
    </message>
    <message>
        <source>&amp;Designation</source>
        <translation>عہدہ (&amp;D)</translation>
    </message>
    <message>
        <source>e.g. Data Entry Clerk</source>
        <translation>مثلاً Data Entry Clerk</translation>
    </message>
    <message>
        <source>&amp;Role</source>
        <translation>کردار (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Office</source>
        <translation>دفتر (&amp;O)</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>پاس ورڈ (&amp;P)</translation>
    </message>
    <message>
        <source>Password &amp;again</source>
        <translation>پاس ورڈ دوبارہ (&amp;A)</translation>
    </message>
    <message>
        <source>Add a user</source>
        <translation>صارف شامل کریں</translation>
    </message>
    <message>
        <source>A new user signs in with this name and password. Passwords have at least 8 characters; give it to the person yourself.</source>
        <translation>نیا صارف اسی نام اور پاس ورڈ سے سائن ان کرے گا۔ پاس ورڈ کم از کم 8 حروف کا ہو؛ یہ متعلقہ فرد کو خود دیں۔</translation>
    </message>
    <message>
        <source>Change {name}</source>
        <translation>‏⁨{name}⁩ میں تبدیلی</translation>
    </message>
    <message>
        <source>The new role applies from the user&apos;s next sign-in; the full name and designation print on manifests made from now on.</source>
        <translation>نیا کردار صارف کے اگلے سائن اِن سے لاگو ہوگا؛ پورا نام اور عہدہ اب سے بننے والی فہرستِ روانگی پر چھپیں گے۔</translation>
    </message>
    <message>
        <source>New password for {name}</source>
        <translation>‏⁨{name}⁩ کے لیے نیا پاس ورڈ</translation>
    </message>
    <message>
        <source>At least 8 characters. The old password stops working at once, and a lock after wrong passwords is lifted.</source>
        <translation>کم از کم 8 حروف۔ پرانا پاس ورڈ فوراً کام کرنا چھوڑ دیتا ہے، اور غلط پاس ورڈوں کی وجہ سے لگا تالا کھل جاتا ہے۔</translation>
    </message>
    <message>
        <source>Add user</source>
        <translation>صارف شامل کریں</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>محفوظ کریں</translation>
    </message>
    <message>
        <source>Set password</source>
        <translation>پاس ورڈ مقرر کریں</translation>
    </message>
    <message>
        <source>The two passwords differ; type the same password twice.</source>
        <translation>دونوں پاس ورڈ مختلف ہیں؛ ایک ہی پاس ورڈ دو بار لکھیں۔</translation>
    </message>
</context>
<context>
    <name>UsersModel</name>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Full name</source>
        <translation>پورا نام</translation>
    </message>
    <message>
        <source>Designation</source>
        <translation>عہدہ</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>کردار</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>دفتر</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>اکاؤنٹ</translation>
    </message>
    <message>
        <source>Locked until</source>
        <translation>مقفل تا</translation>
    </message>
    <message>
        <source>clerk — records departures and contingents</source>
        <translation>کلرک — روانگیاں اور دستے درج کرتا ہے</translation>
    </message>
    <message>
        <source>supervisor — finalizes, prints manifests, overrides</source>
        <translation>سپروائزر — حتمی کرتا ہے، فہرستِ روانگی پرنٹ کرتا ہے، استثنا دیتا ہے</translation>
    </message>
    <message>
        <source>admin — users, office settings, backups</source>
        <translation>ایڈمن — صارفین، دفتر کی ترتیبات، بیک اپ</translation>
    </message>
    <message>
        <source>active</source>
        <translation>فعال</translation>
    </message>
    <message>
        <source>deactivated</source>
        <translation>غیر فعال</translation>
    </message>
    <message>
        <source>Printed in the signature blocks of the manifests {name} prepares or verifies; without a full name the manifest prints “{name}”.</source>
        <translation>‏⁨{name}⁩ کی تیار یا تصدیق کردہ فہرستِ روانگی کے دستخطی خانوں میں چھپتا ہے؛ پورے نام کے بغیر فہرست پر “‏⁨{name}⁩” چھپتا ہے۔</translation>
    </message>
    <message>
        <source>Cannot sign in; the records this user made are kept. Reactivate with Ctrl+D.</source>
        <translation>سائن ان نہیں کر سکتا؛ اس صارف کے بنائے ہوئے ریکارڈ محفوظ رہتے ہیں۔ Ctrl+D سے دوبارہ فعال کریں۔</translation>
    </message>
    <message>
        <source>Locked after too many wrong passwords until {until} (UTC); Unlock (Ctrl+U) lets them sign in now.</source>
        <translation>بہت زیادہ غلط پاس ورڈوں کے بعد ⁨{until}⁩ (UTC) تک مقفل؛ “تالا کھولیں” (Ctrl+U) سے وہ ابھی سائن ان کر سکتے ہیں۔</translation>
    </message>
</context>
<context>
    <name>UsersWindow</name>
    <message>
        <source>Users</source>
        <translation>صارفین</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>شامل کریں… (&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Change…</source>
        <translation>تبدیل کریں… (&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Deactivate</source>
        <translation>غیر فعال کریں (&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Reset password…</source>
        <translation>نیا پاس ورڈ دیں… (&amp;R)</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>تالا کھولیں (&amp;U)</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>تازہ کریں (&amp;F)</translation>
    </message>
    <message>
        <source>No users yet.</source>
        <translation>ابھی کوئی صارف نہیں۔</translation>
    </message>
    <message>
        <source>Everyone who may sign in on this PC. Deactivated users cannot sign in; their records and audit entries stay. Every change here is kept in the audit log.</source>
        <translation>وہ تمام افراد جو اس کمپیوٹر پر سائن ان کر سکتے ہیں۔ غیر فعال صارفین سائن ان نہیں کر سکتے؛ ان کے ریکارڈ اور آڈٹ اندراجات برقرار رہتے ہیں۔ یہاں کی ہر تبدیلی آڈٹ لاگ میں محفوظ ہوتی ہے۔</translation>
    </message>
    <message>
        <source>Add a user with a role, an office and a password</source>
        <translation>کردار، دفتر اور پاس ورڈ کے ساتھ نیا صارف شامل کریں</translation>
    </message>
    <message>
        <source>Change the selected user&apos;s full name, designation, role or office</source>
        <translation>منتخب صارف کا پورا نام، عہدہ، کردار یا دفتر بدلیں</translation>
    </message>
    <message>
        <source>Deactivate the selected user (they can no longer sign in) or reactivate them</source>
        <translation>منتخب صارف کو غیر فعال کریں (وہ سائن ان نہیں کر سکیں گے) یا دوبارہ فعال کریں</translation>
    </message>
    <message>
        <source>Give the selected user a new password (also lifts a lock)</source>
        <translation>منتخب صارف کو نیا پاس ورڈ دیں (اس سے تالا بھی کھل جاتا ہے)</translation>
    </message>
    <message>
        <source>Let a user locked out by wrong passwords sign in again now</source>
        <translation>غلط پاس ورڈوں کی وجہ سے مقفل صارف کو ابھی دوبارہ سائن ان کی اجازت دیں</translation>
    </message>
    <message>
        <source>Read the users again</source>
        <translation>صارفین دوبارہ پڑھیں</translation>
    </message>
    <message>
        <source>{refusal} Ask an admin to add or change users.</source>
        <translation>‏⁨{refusal}⁩ صارفین شامل کرنے یا بدلنے کے لیے کسی ایڈمن سے کہیں۔</translation>
    </message>
    <message>
        <source>Users — not allowed</source>
        <translation>صارفین — اجازت نہیں</translation>
    </message>
    <message>
        <source>Deac&amp;tivate</source>
        <translation>غیر فعال کریں (&amp;T)</translation>
    </message>
    <message>
        <source>Reac&amp;tivate</source>
        <translation>دوبارہ فعال کریں (&amp;T)</translation>
    </message>
    <message>
        <source>Added {name} ({role}, {office}). They sign in with the password you gave.</source>
        <translation>‏⁨{name}⁩ ({role}، {office}) شامل کر دیا گیا۔ وہ آپ کے دیے ہوئے پاس ورڈ سے سائن ان کریں گے۔</translation>
    </message>
    <message>
        <source>{name} is now {role} at {office}.</source>
        <translation>‏⁨{name}⁩ اب {office} میں {role} ہے۔</translation>
    </message>
    <message>
        <source>Deactivate user</source>
        <translation>صارف غیر فعال کریں</translation>
    </message>
    <message>
        <source>Deactivate {name}? They can no longer sign in; what they recorded stays.</source>
        <translation>‏⁨{name}⁩ کو غیر فعال کریں؟ وہ سائن ان نہیں کر سکیں گے؛ ان کا درج کردہ ریکارڈ برقرار رہے گا۔</translation>
    </message>
    <message>
        <source>Deactivate</source>
        <translation>غیر فعال کریں</translation>
    </message>
    <message>
        <source>{name} is reactivated: they can sign in again.</source>
        <translation>‏⁨{name}⁩ دوبارہ فعال ہو گیا: وہ پھر سے سائن ان کر سکتا ہے۔</translation>
    </message>
    <message>
        <source>{name} is deactivated.</source>
        <translation>‏⁨{name}⁩ غیر فعال کر دیا گیا۔</translation>
    </message>
    <message>
        <source>{name} has a new password; tell them in person.</source>
        <translation>‏⁨{name}⁩ کا نیا پاس ورڈ مقرر ہو گیا؛ انہیں خود بتائیں۔</translation>
    </message>
    <message>
        <source>{name} is unlocked and can sign in again.</source>
        <translation>‏⁨{name}⁩ کا تالا کھل گیا اور وہ دوبارہ سائن ان کر سکتا ہے۔</translation>
    </message>
</context>
<context>
    <name>VerifyWindow</name>
    <message>
        <source>Verify a document</source>
        <translation>دستاویز کی تصدیق</translation>
    </message>
    <message>
        <source>&amp;Trust list…</source>
        <translation>قابلِ اعتماد فہرست… (&amp;T)</translation>
    </message>
    <message>
        <source>&amp;Scan the QR code of a manifest or a departure slip (or type its text and press Enter):</source>
        <translation>فہرستِ روانگی یا روانگی کی پرچی کا QR کوڈ اسکین کریں (یا اس کا متن لکھ کر Enter دبائیں): (&amp;S)</translation>
    </message>
    <message>
        <source>RW1:… — scan here</source>
        <translation>‏RW1:… — یہاں اسکین کریں</translation>
    </message>
    <message>
        <source>&amp;Verify</source>
        <translation>تصدیق کریں (&amp;V)</translation>
    </message>
    <message>
        <source>Signed field</source>
        <translation>دستخط شدہ خانہ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>قدر</translation>
    </message>
    <message>
        <source>Choose the trust list headquarters sent (trust.json)</source>
        <translation>ہیڈکوارٹر کی بھیجی ہوئی قابلِ اعتماد فہرست (⁨trust.json⁩) منتخب کریں</translation>
    </message>
    <message>
        <source>Scan the code with a 2D scanner: it types the text and Enter. A code typed with Caps Lock on is read all the same.</source>
        <translation>کوڈ 2D اسکینر سے اسکین کریں: وہ متن اور Enter خود لکھتا ہے۔ Caps Lock آن ہونے پر لکھا گیا کوڈ بھی درست پڑھا جاتا ہے۔</translation>
    </message>
    <message>
        <source>The trust list from headquarters</source>
        <translation>ہیڈکوارٹر کی قابلِ اعتماد فہرست</translation>
    </message>
    <message>
        <source>Trust lists (*.json);;All files (*)</source>
        <translation>قابلِ اعتماد فہرستیں (*.json);;تمام فائلیں (*)</translation>
    </message>
    <message>
        <source>No trust list yet: choose the trust.json headquarters sent (Trust list…).</source>
        <translation>ابھی کوئی قابلِ اعتماد فہرست نہیں: ہیڈکوارٹر کی بھیجی ہوئی ⁨trust.json⁩ منتخب کریں (قابلِ اعتماد فہرست…)۔</translation>
    </message>
    <message>
        <source>{path} cannot be used: {reason} Choose the trust list again.</source>
        <translation>‏⁨{path}⁩ استعمال نہیں ہو سکتی: ⁨{reason}⁩ قابلِ اعتماد فہرست دوبارہ منتخب کریں۔</translation>
    </message>
    <message>
        <source>Trust list of {issued} from {path} (office certificates: {offices}), root {root}.</source>
        <translation>⁨{issued}⁩ کی قابلِ اعتماد فہرست، ⁨{path}⁩ سے (دفاتر کے سرٹیفکیٹ: {offices})، روٹ ⁨{root}⁩۔</translation>
    </message>
    <message>
        <source>NO TRUST LIST</source>
        <translation>قابلِ اعتماد فہرست نہیں</translation>
    </message>
    <message>
        <source>Choose the trust list headquarters sent first (Trust list…).</source>
        <translation>پہلے ہیڈکوارٹر کی بھیجی ہوئی قابلِ اعتماد فہرست منتخب کریں (قابلِ اعتماد فہرست…)۔</translation>
    </message>
    <message>
        <source>GENUINE</source>
        <translation>اصلی</translation>
    </message>
    <message>
        <source>SUPERSEDED</source>
        <translation>متروک</translation>
    </message>
    <message>
        <source>REVOKED</source>
        <translation>منسوخ شدہ کلید</translation>
    </message>
    <message>
        <source>UNKNOWN KEY</source>
        <translation>نامعلوم کلید</translation>
    </message>
    <message>
        <source>EXPIRED</source>
        <translation>میعاد ختم</translation>
    </message>
    <message>
        <source>FORGED OR DAMAGED</source>
        <translation>جعلی یا خراب</translation>
    </message>
    <message>
        <source>Document</source>
        <translation>دستاویز</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>دفتر</translation>
    </message>
    <message>
        <source>Contingent</source>
        <translation>دستہ</translation>
    </message>
    <message>
        <source>Revision</source>
        <translation>نظرِ ثانی</translation>
    </message>
    <message>
        <source>Flight</source>
        <translation>پرواز</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>تاریخ</translation>
    </message>
    <message>
        <source>People</source>
        <translation>افراد</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>نام</translation>
    </message>
    <message>
        <source>Father&apos;s name</source>
        <translation>والد کا نام</translation>
    </message>
    <message>
        <source>CNIC</source>
        <translation>شناختی کارڈ نمبر</translation>
    </message>
    <message>
        <source>Passport no.</source>
        <translation>پاسپورٹ نمبر</translation>
    </message>
    <message>
        <source>Fingerprint</source>
        <translation>فنگر پرنٹ</translation>
    </message>
    <message>
        <source>Signing key</source>
        <translation>دستخطی کلید</translation>
    </message>
    <message>
        <source>manifest</source>
        <translation>فہرستِ روانگی</translation>
    </message>
    <message>
        <source>departure slip</source>
        <translation>روانگی کی پرچی</translation>
    </message>
</context>
<context>
    <name>app</name>
    <message>
        <source>Rawangi cannot use the database</source>
        <translation>روانگی ڈیٹا بیس استعمال نہیں کر سکتا</translation>
    </message>
    <message>
        <source>Rawangi — unexpected error</source>
        <translation>روانگی — غیر متوقع خرابی</translation>
    </message>
    <message>
        <source>This is a fault in Rawangi, not in what you did. Your saved records are safe. Please report the details below.</source>
        <translation>یہ روانگی کی خرابی ہے، آپ کے کیے کی نہیں۔ آپ کے محفوظ کردہ ریکارڈ محفوظ ہیں۔ براہِ کرم نیچے دی گئی تفصیلات کی اطلاع دیں۔</translation>
    </message>
    <message>
        <source>Rawangi</source>
        <translation>روانگی</translation>
    </message>
    <message>
        <source>--user needs the password in RAWANGI_PASSWORD.</source>
        <translation>‏--user کے ساتھ پاس ورڈ RAWANGI_PASSWORD میں ہونا ضروری ہے۔</translation>
    </message>
    <message>
        <source>Rawangi cannot sign you in</source>
        <translation>روانگی آپ کو سائن ان نہیں کر سکتا</translation>
    </message>
    <message>
        <source>Rawangi cannot open the database</source>
        <translation>روانگی ڈیٹا بیس نہیں کھول سکتا</translation>
    </message>
    <message>
        <source>The database is damaged</source>
        <translation>ڈیٹا بیس خراب ہے</translation>
    </message>
    <message>
        <source>{problem}

There is no verified backup of this file in {folder}. Keep the file as it is and ask for help: nothing has been changed.</source>
        <translation>‏⁨{problem}⁩

⁨{folder}⁩ میں اس فائل کا کوئی تصدیق شدہ بیک اپ نہیں۔ فائل کو جوں کا توں رکھیں اور مدد طلب کریں: کچھ بھی تبدیل نہیں کیا گیا۔</translation>
    </message>
    <message>
        <source>The newest verified backup, of {office}, was taken on {when}.</source>
        <translation>⁨{office}⁩ کا تازہ ترین تصدیق شدہ بیک اپ ⁨{when}⁩ کو لیا گیا تھا۔</translation>
    </message>
    <message>
        <source>Restoring it writes a new file; the damaged one is kept beside it.</source>
        <translation>بحالی سے نئی فائل بنتی ہے؛ خراب فائل اس کے ساتھ محفوظ رہتی ہے۔</translation>
    </message>
    <message>
        <source>An admin&apos;s name and password are needed.</source>
        <translation>کسی ایڈمن کا نام اور پاس ورڈ درکار ہے۔</translation>
    </message>
    <message>
        <source>Restore the backup…</source>
        <translation>بیک اپ بحال کریں…</translation>
    </message>
    <message>
        <source>Quit</source>
        <translation>بند کریں</translation>
    </message>
    <message>
        <source>The backup was not restored</source>
        <translation>بیک اپ بحال نہیں ہوا</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>بیک اپ بحال ہو گیا</translation>
    </message>
    <message>
        <source>The backup of {when} is now the database. The damaged file was kept as {kept}.</source>
        <translation>‏⁨{when}⁩ کا بیک اپ اب ڈیٹا بیس ہے۔ خراب فائل ⁨{kept}⁩ کے نام سے محفوظ ہے۔</translation>
    </message>
</context>
<context>
    <name>bundle_dialogs</name>
    <message>
        <source>Rawangi bundle (*.zip)</source>
        <translation>روانگی بنڈل (*.zip)</translation>
    </message>
    <message>
        <source>Export for headquarters</source>
        <translation>ہیڈکوارٹرز کے لیے برآمد</translation>
    </message>
    <message>
        <source>Import an office&apos;s bundle</source>
        <translation>کسی دفتر کا بنڈل درآمد کریں</translation>
    </message>
    <message>
        <source>All files (*)</source>
        <translation>تمام فائلیں (*)</translation>
    </message>
    <message>
        <source>Wrote the bundle of {office} to {path}: {departures} departures, {contingents} contingents, {manifests} manifests and {audit} audit rows changed since {since}. Send this file to headquarters as it is.</source>
        <translation>‏{office} کا بنڈل ⁨{path}⁩ میں لکھ دیا گیا: ⁨{since}⁩ کے بعد تبدیل ہونے والی {departures} روانگیاں، {contingents} دستے، {manifests} فہرستہائے روانگی اور {audit} آڈٹ قطاریں۔ یہ فائل جوں کی توں ہیڈکوارٹرز کو بھیجیں۔</translation>
    </message>
    <message>
        <source>Wrote the bundle of {office} to {path}: {departures} departures, {contingents} contingents, {manifests} manifests and {audit} audit rows. Send this file to headquarters as it is.</source>
        <translation>‏{office} کا بنڈل ⁨{path}⁩ میں لکھ دیا گیا: {departures} روانگیاں، {contingents} دستے، {manifests} فہرستہائے روانگی اور {audit} آڈٹ قطاریں۔ یہ فائل جوں کی توں ہیڈکوارٹرز کو بھیجیں۔</translation>
    </message>
    <message>
        <source>The seal shows that the bundle was not damaged on its way; it does not show who made it. Anyone can change a bundle and seal it again until bundles are signed with the office&apos;s key, so import only bundles that reached you from the office itself.</source>
        <translation>مہر یہ دکھاتی ہے کہ بنڈل راستے میں خراب نہیں ہوا؛ یہ نہیں دکھاتی کہ اسے کس نے بنایا۔ جب تک بنڈل دفتر کی کلید سے دستخط شدہ نہیں ہوتے، کوئی بھی بنڈل بدل کر اس پر دوبارہ مہر لگا سکتا ہے، اس لیے صرف وہی بنڈل درآمد کریں جو براہِ راست دفتر سے آپ تک پہنچے ہوں۔</translation>
    </message>
    <message>
        <source>Writing the bundle {name}…</source>
        <translation>بنڈل ⁨{name}⁩ لکھا جا رہا ہے…</translation>
    </message>
    <message>
        <source>Checking {name}…</source>
        <translation>‏⁨{name}⁩ کی جانچ ہو رہی ہے…</translation>
    </message>
</context>
<context>
    <name>dialogs</name>
    <message>
        <source>OK</source>
        <translation>ٹھیک ہے</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>منسوخ کریں</translation>
    </message>
</context>
<context>
    <name>export_dialog</name>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>‏Excel ورک بک (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV, comma-separated values (*.csv)</source>
        <translation>‏CSV، کوما سے الگ کردہ اقدار (*.csv)</translation>
    </message>
    <message>
        <source>Export departures</source>
        <translation>روانگیاں برآمد کریں</translation>
    </message>
    <message>
        <source>Export</source>
        <translation>برآمد</translation>
    </message>
</context>
</TS>
