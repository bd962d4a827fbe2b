<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
<context>
    <name>DataCenterCheck</name>
    <message numerus="yes">
        <source>%n required collection(s) or property(ies) missing: see MISSING above.</source>
        <translation>
            <numerusform>%n required collection or property missing: see MISSING above.</numerusform>
            <numerusform>%n required collections or properties missing: see MISSING above.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>the server ignores it: an interval in the year 2999 matched %n feature(s)</source>
        <translation>
            <numerusform>the server ignores it: an interval in the year 2999 matched %n feature</numerusform>
            <numerusform>the server ignores it: an interval in the year 2999 matched %n features</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SnapshotActions</name>
    <message numerus="yes">
        <source>%n record(s), written by IOC Desktop %1 on %2</source>
        <translation>
            <numerusform>%n record, written by IOC Desktop %1 on %2</numerusform>
            <numerusform>%n records, written by IOC Desktop %1 on %2</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Startup</name>
    <message numerus="yes">
        <source>Snapshot written to %1: %n record(s).</source>
        <translation>
            <numerusform>Snapshot written to %1: %n record.</numerusform>
            <numerusform>Snapshot written to %1: %n records.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Snapshot imported into %1: %n record(s), written by IOC Desktop %2 on %3.</source>
        <translation>
            <numerusform>Snapshot imported into %1: %n record, written by IOC Desktop %2 on %3.</numerusform>
            <numerusform>Snapshot imported into %1: %n records, written by IOC Desktop %2 on %3.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ioc::app::Briefing</name>
    <message numerus="yes">
        <source>Active alerts (%n)</source>
        <translation>
            <numerusform>Active alert (%n)</numerusform>
            <numerusform>Active alerts (%n)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ioc::app::ConnectionTest</name>
    <message numerus="yes">
        <source>Connected: the data center at %1 offers %n collection(s).</source>
        <translation>
            <numerusform>Connected: the data center at %1 offers %n collection.</numerusform>
            <numerusform>Connected: the data center at %1 offers %n collections.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ioc::app::GlobalSearchPopup</name>
    <message numerus="yes">
        <source>%n result(s) — Enter opens, ↑↓ choose, Esc closes</source>
        <translation>
            <numerusform>%n result — Enter opens, ↑↓ choose, Esc closes</numerusform>
            <numerusform>%n results — Enter opens, ↑↓ choose, Esc closes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ioc::app::StatusBarController</name>
    <message numerus="yes">
        <source>%n action(s) waiting to be sent</source>
        <translation>
            <numerusform>%n action waiting to be sent</numerusform>
            <numerusform>%n actions waiting to be sent</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n action(s) refused by the data center</source>
        <translation>
            <numerusform>%n action refused by the data center</numerusform>
            <numerusform>%n actions refused by the data center</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ioc::app::SyncStatusDialog</name>
    <message numerus="yes">
        <source>The data center no longer lists %Ln feature(s) of “%1” that this workstation still has. That is more of the collection than sync deletes on its own: it more often means the server answers from the wrong table or filter than that they were removed.</source>
        <translation>
            <numerusform>The data center no longer lists %Ln feature of “%1” that this workstation still has. That is more of the collection than sync deletes on its own: it more often means the server answers from the wrong table or filter than that it was removed.</numerusform>
            <numerusform>The data center no longer lists %Ln features of “%1” that this workstation still has. That is more of the collection than sync deletes on its own: it more often means the server answers from the wrong table or filter than that they were removed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ioc::map::MapWidget</name>
    <message numerus="yes">
        <source>%n feature(s) — click to zoom in</source>
        <translation>
            <numerusform>%n feature — click to zoom in</numerusform>
            <numerusform>%n features — click to zoom in</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ioc::sync::SyncStatusModel</name>
    <message numerus="yes">
        <source>%L1 of %L2 features, %n page(s)</source>
        <translation>
            <numerusform>%L1 of %L2 features, %n page</numerusform>
            <numerusform>%L1 of %L2 features, %n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%L1 features, %n page(s)</source>
        <translation>
            <numerusform>%L1 features, %n page</numerusform>
            <numerusform>%L1 features, %n pages</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n s left</source>
        <translation>
            <numerusform>about %n s left</numerusform>
            <numerusform>about %n s left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>about %n min left</source>
        <translation>
            <numerusform>about %n min left</numerusform>
            <numerusform>about %n min left</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n min</source>
        <translation>
            <numerusform>%n min</numerusform>
            <numerusform>%n min</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n h</source>
        <translation>
            <numerusform>%n h</numerusform>
            <numerusform>%n h</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Synced every %n s; amber after 3 intervals, red after 10</source>
        <translation>
            <numerusform>Synced every %n s; amber after 3 intervals, red after 10</numerusform>
            <numerusform>Synced every %n s; amber after 3 intervals, red after 10</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1 (%n request(s))</source>
        <translation>
            <numerusform>%1 (%n request)</numerusform>
            <numerusform>%1 (%n requests)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln deletion(s) held for confirmation</source>
        <translation>
            <numerusform>%Ln deletion held for confirmation</numerusform>
            <numerusform>%Ln deletions held for confirmation</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ioc::ui::AlertHistoryDialog</name>
    <message numerus="yes">
        <source>%n change(s)</source>
        <translation>
            <numerusform>%n change</numerusform>
            <numerusform>%n changes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported %n change(s) to %1</source>
        <translation>
            <numerusform>Exported %n change to %1</numerusform>
            <numerusform>Exported %n changes to %1</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ioc::ui::OutboxDialog</name>
    <message numerus="yes">
        <source>%n refused action(s).</source>
        <translation>
            <numerusform>%n refused action.</numerusform>
            <numerusform>%n refused actions.</numerusform>
        </translation>
    </message>
</context>
</TS>
