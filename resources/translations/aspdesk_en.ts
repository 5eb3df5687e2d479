<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/main_window.py" line="322"/>
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n actor</numerusform>
            <numerusform>%n actors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/main_window.py" line="323"/>
        <source>%n cluster(s)</source>
        <translation>
            <numerusform>%n cluster</numerusform>
            <numerusform>%n clusters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/main_window.py" line="324"/>
        <source>%n membership(s)</source>
        <translation>
            <numerusform>%n membership</numerusform>
            <numerusform>%n memberships</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/main_window.py" line="325"/>
        <source>%n relationship(s)</source>
        <translation>
            <numerusform>%n relationship</numerusform>
            <numerusform>%n relationships</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/main_window.py" line="425"/>
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>Delete %n item</numerusform>
            <numerusform>Delete %n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemovalText</name>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/removal.py" line="52"/>
        <source>Delete these %n items?</source>
        <translation>
            <numerusform>Delete %n item?</numerusform>
            <numerusform>Delete these %n items?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/removal.py" line="59"/>
        <source>%n contact person(s)</source>
        <translation>
            <numerusform>%n contact person</numerusform>
            <numerusform>%n contact persons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/removal.py" line="60"/>
        <source>%n membership(s)</source>
        <translation>
            <numerusform>%n membership</numerusform>
            <numerusform>%n memberships</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/removal.py" line="61"/>
        <source>%n relationship(s)</source>
        <translation>
            <numerusform>%n relationship</numerusform>
            <numerusform>%n relationships</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/removal.py" line="70"/>
        <source>…and %n more</source>
        <translation>
            <numerusform>…and %n more</numerusform>
            <numerusform>…and %n more</numerusform>
        </translation>
    </message>
</context>
</TS>
