<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!--
Finnish for texts of Qt's own dialogs that Qt's qtbase_fi.qm (shipped in
PySide6-Essentials' Qt/translations folder) leaves in English. Qt 6 changed their
source texts ("Look in:" became "&Look in:", folder types moved from QFileDialog to
QAbstractFileIconProvider), and qtbase_fi still translates only the old ones, so an
exact-text lookup misses and the file dialog said "Look in:", "Files of type:" and
"Folder" in a Finnish window. Loaded after qtbase_fi by aspdesk.ui.i18n; compiled with
  pyside6-lrelease resources/translations/qt_gaps_fi.ts
tests/ui/test_qt_translations.py lists every text of Qt's dialogs that stays English.
-->
<TS version="2.1" language="fi_FI">
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Look in:</source>
        <translation>&amp;Sijainti:</translation>
    </message>
    <message>
        <source>Files of &amp;type:</source>
        <translation>Tiedosto&amp;tyyppi:</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <comment>All other platforms</comment>
        <translation>Kansio</translation>
    </message>
    <message>
        <source>File Folder</source>
        <comment>Match Windows Explorer</comment>
        <translation>Tiedostokansio</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <comment>All other platforms</comment>
        <translation>Pikakuvake</translation>
    </message>
    <message>
        <source>Alias</source>
        <comment>macOS Finder</comment>
        <translation>Alias</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Asema</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tiedosto</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Tuntematon</translation>
    </message>
</context>
</TS>
