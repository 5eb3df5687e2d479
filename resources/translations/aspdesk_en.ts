<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>GraphCanvas</name>
    <message numerus="yes">
        <location filename="../../aspdesk/graph/canvas.py" line="410"/>
        <source>Move %n node(s)</source>
        <translation>
            <numerusform>Move %n node</numerusform>
            <numerusform>Move %n nodes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GraphPanel</name>
    <message numerus="yes">
        <location filename="../../aspdesk/graph/panel.py" line="134"/>
        <source>%n step(s) out</source>
        <translation>
            <numerusform>%n step out</numerusform>
            <numerusform>%n steps out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/graph/panel.py" line="212"/>
        <source>Focus: %n step(s)</source>
        <translation>
            <numerusform>Focus: %n step</numerusform>
            <numerusform>Focus: %n steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/graph/panel.py" line="416"/>
        <source>Show %n hidden actor(s)</source>
        <translation>
            <numerusform>Show %n hidden actor</numerusform>
            <numerusform>Show %n hidden actors</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HealthPanel</name>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/health_panel.py" line="243"/>
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/health_panel.py" line="244"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/main_window.py" line="428"/>
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n actor</numerusform>
            <numerusform>%n actors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/main_window.py" line="429"/>
        <source>%n cluster(s)</source>
        <translation>
            <numerusform>%n cluster</numerusform>
            <numerusform>%n clusters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/main_window.py" line="430"/>
        <source>%n membership(s)</source>
        <translation>
            <numerusform>%n membership</numerusform>
            <numerusform>%n memberships</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/main_window.py" line="431"/>
        <source>%n relationship(s)</source>
        <translation>
            <numerusform>%n relationship</numerusform>
            <numerusform>%n relationships</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/main_window.py" line="509"/>
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>Delete %n item</numerusform>
            <numerusform>Delete %n items</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MetricsPanel</name>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/metrics_panel.py" line="225"/>
        <source>Computing network metrics for %n actor(s)…</source>
        <translation>
            <numerusform>Computing network metrics for %n actor…</numerusform>
            <numerusform>Computing network metrics for %n actors…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/metrics_panel.py" line="290"/>
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n actor</numerusform>
            <numerusform>%n actors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/metrics_panel.py" line="291"/>
        <source>%n tie(s)</source>
        <translation>
            <numerusform>%n tie</numerusform>
            <numerusform>%n ties</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/import_dialog.py" line="195"/>
        <source>%n possible duplicate(s) of actors in the map: check them below.</source>
        <translation>
            <numerusform>%n possible duplicate of an actor in the map: check it below.</numerusform>
            <numerusform>%n possible duplicates of actors in the map: check them below.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/import_dialog.py" line="202"/>
        <source>%n empty row(s) or unusable item(s) left out.</source>
        <translation>
            <numerusform>%n empty row or unusable item left out.</numerusform>
            <numerusform>%n empty rows or unusable items left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/import_dialog.py" line="227"/>
        <source>%n problem(s) in the file:</source>
        <translation>
            <numerusform>%n problem in the file:</numerusform>
            <numerusform>%n problems in the file:</numerusform>
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
<context>
    <name>WorkshopWindow</name>
    <message numerus="yes">
        <location filename="../../aspdesk/graph/workshop.py" line="349"/>
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>Delete %n item</numerusform>
            <numerusform>Delete %n items</numerusform>
        </translation>
    </message>
</context>
</TS>
