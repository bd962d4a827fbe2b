<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="en">
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
    <name>ioc::app::MainWindow</name>
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
    <name>ioc::map::MapWidget</name>
    <message numerus="yes">
        <source>%n feature(s) — click to zoom in</source>
        <translation>
            <numerusform>%n feature — click to zoom in</numerusform>
            <numerusform>%n features — click to zoom in</numerusform>
        </translation>
    </message>
</context>
</TS>
