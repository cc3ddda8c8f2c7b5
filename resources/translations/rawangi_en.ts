<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>AuditWindow</name>
    <message numerus="yes">
        <source>Chain OK: all {count} row(s) match their hashes. Head {head}</source>
        <translation>
            <numerusform>Chain OK: all {count} row matches its hash. Head {head}</numerusform>
            <numerusform>Chain OK: all {count} rows match their hashes. Head {head}</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContingentWindow</name>
    <message numerus="yes">
        <source>{count} of {capacity} seat(s)</source>
        <translation>
            <numerusform>{count} of {capacity} seat</numerusform>
            <numerusform>{count} of {capacity} seats</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Building the manifest: {done} of {total} person(s)…
This cannot be cancelled: the contingent and its manifest are written together.</source>
        <translation>
            <numerusform>Building the manifest: {done} of {total} person…
This cannot be cancelled: the contingent and its manifest are written together.</numerusform>
            <numerusform>Building the manifest: {done} of {total} people…
This cannot be cancelled: the contingent and its manifest are written together.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ContingentsModel</name>
    <message numerus="yes">
        <source>{count} person(s) travelling</source>
        <translation>
            <numerusform>{count} person travelling</numerusform>
            <numerusform>{count} people travelling</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{free} seat(s) free</source>
        <translation>
            <numerusform>{free} seat free</numerusform>
            <numerusform>{free} seats free</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Counted</name>
    <message numerus="yes">
        <source>A passport strip has 2 lines of 44 characters; this has %n line(s): scan the passport again.</source>
        <translation>
            <numerusform>A passport strip has 2 lines of 44 characters; this has %n line: scan the passport again.</numerusform>
            <numerusform>A passport strip has 2 lines of 44 characters; this has %n lines: scan the passport again.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Line {line} of the passport strip has %n character(s); a passport (TD3) has 44.</source>
        <translation>
            <numerusform>Line {line} of the passport strip has %n character; a passport (TD3) has 44.</numerusform>
            <numerusform>Line {line} of the passport strip has %n characters; a passport (TD3) has 44.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The passport expires on {expiry}, less than %n month(s) after the departure on {departure}; the destination may refuse entry.</source>
        <translation>
            <numerusform>The passport expires on {expiry}, less than %n month after the departure on {departure}; the destination may refuse entry.</numerusform>
            <numerusform>The passport expires on {expiry}, less than %n months after the departure on {departure}; the destination may refuse entry.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{code} will hold %n person(s), more than its capacity of {capacity}.</source>
        <translation>
            <numerusform>{code} will hold %n person, more than its capacity of {capacity}.</numerusform>
            <numerusform>{code} will hold %n people, more than its capacity of {capacity}.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DepartureForm</name>
    <message numerus="yes">
        <source>Not saved: %n problem(s), shown next to the fields.</source>
        <translation>
            <numerusform>Not saved: %n problem, shown next to its field.</numerusform>
            <numerusform>Not saved: %n problems, shown next to the fields.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ManifestWindow</name>
    <message numerus="yes">
        <source>Revision {revision} (superseded) · {count} person(s)</source>
        <translation>
            <numerusform>Revision {revision} (superseded) · {count} person</numerusform>
            <numerusform>Revision {revision} (superseded) · {count} people</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Revision {revision} (current) · {count} person(s)</source>
        <translation>
            <numerusform>Revision {revision} (current) · {count} person</numerusform>
            <numerusform>Revision {revision} (current) · {count} people</numerusform>
        </translation>
    </message>
</context>
</TS>
