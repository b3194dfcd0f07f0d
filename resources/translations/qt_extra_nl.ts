<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Dutch for the few texts of Qt's own file dialog that Qt's Dutch catalogue (qtbase_nl) leaves
     in English. Loaded after qtbase_nl (gui/app.py); compiled by scripts/update_translations.sh. -->
<TS version="2.1" language="nl" sourcelanguage="en">
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Zoeken in:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Bestands&amp;type:</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Drive</source>
        <translation>Schijf</translation>
    </message>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Map</translation>
    </message>
    <message>
        <source>Folder</source>
        <comment>Match Windows Explorer</comment>
        <translation>Map</translation>
    </message>
    <message>
        <source>Folder</source>
        <comment>Match OS X Finder</comment>
        <translation>Map</translation>
    </message>
</context>
</TS>
