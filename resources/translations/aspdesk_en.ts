<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name>ConsortiumOutput</name>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/consortium/output.py" line="146"/>
        <source>Saved as the project “{name}” (in preparation) with %n partner(s). Undo takes it back.</source>
        <translation>
            <numerusform>Saved as the project “{name}” (in preparation) with %n partner. Undo takes it back.</numerusform>
            <numerusform>Saved as the project “{name}” (in preparation) with %n partners. Undo takes it back.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/consortium/output.py" line="262"/>
        <source>The consortium in the builder has %n partner(s). Put the partners of “{name}” in their place?</source>
        <translation>
            <numerusform>The consortium in the builder has %n partner. Put the partners of “{name}” in their place?</numerusform>
            <numerusform>The consortium in the builder has %n partners. Put the partners of “{name}” in their place?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/consortium/output.py" line="285"/>
        <source>Loaded %n partner(s) of the project “{name}”.</source>
        <translation>
            <numerusform>Loaded %n partner of the project “{name}”.</numerusform>
            <numerusform>Loaded %n partners of the project “{name}”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsortiumWindow</name>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/consortium/window.py" line="435"/>
        <source>“{text}” fits %n actor(s); pick one from the list.</source>
        <translation>
            <numerusform>“{text}” fits %n actor; pick it from the list.</numerusform>
            <numerusform>“{text}” fits %n actors; pick one from the list.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/consortium/window.py" line="465"/>
        <source>Added %n actor(s) to the consortium.</source>
        <translation>
            <numerusform>Added %n actor to the consortium.</numerusform>
            <numerusform>Added %n actors to the consortium.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/consortium/window.py" line="471"/>
        <source>Removed %n partner(s) from the consortium.</source>
        <translation>
            <numerusform>Removed %n partner from the consortium.</numerusform>
            <numerusform>Removed %n partners from the consortium.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>DraftKeeper</name>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/consortium/draft.py" line="85"/>
        <source>Your consortium from last time had %n partner(s); none of them is in the map any more.</source>
        <translation>
            <numerusform>Your consortium from last time had %n partner; none of them is in the map any more.</numerusform>
            <numerusform>Your consortium from last time had %n partners; none of them is in the map any more.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/consortium/draft.py" line="90"/>
        <source>Your consortium from last time is back: %n partner(s).</source>
        <translation>
            <numerusform>Your consortium from last time is back: %n partner.</numerusform>
            <numerusform>Your consortium from last time is back: %n partners.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/consortium/draft.py" line="95"/>
        <source>%n actor(s) of it are no longer in the map and were left out.</source>
        <translation>
            <numerusform>%n actor of it is no longer in the map and was left out.</numerusform>
            <numerusform>%n actors of it are no longer in the map and were left out.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GraphPanel</name>
    <message numerus="yes">
        <location filename="../../aspdesk/graph/panel/panel.py" line="173"/>
        <source>%n step(s) out</source>
        <translation>
            <numerusform>%n step out</numerusform>
            <numerusform>%n steps out</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/graph/panel/panel.py" line="273"/>
        <source>Focus: %n step(s)</source>
        <translation>
            <numerusform>Focus: %n step</numerusform>
            <numerusform>Focus: %n steps</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/graph/panel/panel.py" line="504"/>
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
        <location filename="../../aspdesk/ui/health/panel.py" line="250"/>
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problems</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/health/panel.py" line="251"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n warning</numerusform>
            <numerusform>%n warnings</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LayoutRunner</name>
    <message numerus="yes">
        <location filename="../../aspdesk/graph/layouts/run.py" line="267"/>
        <source>Laying out %n node(s)…</source>
        <translation>
            <numerusform>Laying out %n node…</numerusform>
            <numerusform>Laying out %n nodes…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/window/main_window.py" line="423"/>
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n actor</numerusform>
            <numerusform>%n actors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/window/main_window.py" line="424"/>
        <source>%n cluster(s)</source>
        <translation>
            <numerusform>%n cluster</numerusform>
            <numerusform>%n clusters</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/window/main_window.py" line="425"/>
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n project</numerusform>
            <numerusform>%n projects</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/window/main_window.py" line="426"/>
        <source>%n membership(s)</source>
        <translation>
            <numerusform>%n membership</numerusform>
            <numerusform>%n memberships</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/window/main_window.py" line="427"/>
        <source>%n relationship(s)</source>
        <translation>
            <numerusform>%n relationship</numerusform>
            <numerusform>%n relationships</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/window/main_window.py" line="503"/>
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
        <location filename="../../aspdesk/ui/metrics/panel.py" line="233"/>
        <source>Computing network metrics for %n actor(s)…</source>
        <translation>
            <numerusform>Computing network metrics for %n actor…</numerusform>
            <numerusform>Computing network metrics for %n actors…</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/metrics/panel.py" line="298"/>
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n actor</numerusform>
            <numerusform>%n actors</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/metrics/panel.py" line="299"/>
        <source>%n tie(s)</source>
        <translation>
            <numerusform>%n tie</numerusform>
            <numerusform>%n ties</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NewRoundDialog</name>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/survey/new_round.py" line="95"/>
        <source>%n member(s) will get a questionnaire.</source>
        <translation>
            <numerusform>%n member will get a questionnaire.</numerusform>
            <numerusform>%n members will get a questionnaire.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NodeDrag</name>
    <message numerus="yes">
        <location filename="../../aspdesk/graph/canvas/node_drag.py" line="72"/>
        <source>Move %n node(s)</source>
        <translation>
            <numerusform>Move %n node</numerusform>
            <numerusform>Move %n nodes</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/importing/dialog.py" line="224"/>
        <source>%n possible duplicate(s) of actors in the map: check them below.</source>
        <translation>
            <numerusform>%n possible duplicate of an actor in the map: check it below.</numerusform>
            <numerusform>%n possible duplicates of actors in the map: check them below.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/importing/dialog.py" line="231"/>
        <source>%n empty row(s) or unusable item(s) left out.</source>
        <translation>
            <numerusform>%n empty row or unusable item left out.</numerusform>
            <numerusform>%n empty rows or unusable items left out.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/importing/dialog.py" line="237"/>
        <source>%n value(s) read in standard form, such as a business ID without its hyphen: see Details.</source>
        <translation>
            <numerusform>%n value read in standard form, such as a business ID without its hyphen: see Details.</numerusform>
            <numerusform>%n values read in standard form, such as a business ID without its hyphen: see Details.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/importing/dialog.py" line="275"/>
        <source>%n problem(s) in the file; the first {shown} are listed:</source>
        <translation>
            <numerusform>%n problem in the file; the first {shown} are listed:</numerusform>
            <numerusform>%n problems in the file; the first {shown} are listed:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/importing/dialog.py" line="278"/>
        <source>%n problem(s) in the file. Click one to see its row:</source>
        <translation>
            <numerusform>%n problem in the file. Click it to see its row:</numerusform>
            <numerusform>%n problems in the file. Click one to see its row:</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ProgrammePicker</name>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/programmes/picker.py" line="148"/>
        <source>%n programme file(s) of yours could not be read and are left out; Programmes… says what is wrong.</source>
        <translation>
            <numerusform>%n programme file of yours could not be read and is left out; Programmes… says what is wrong.</numerusform>
            <numerusform>%n programme files of yours could not be read and are left out; Programmes… says what is wrong.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RelatedPanel</name>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/tables/related_panel.py" line="181"/>
        <source>%n partner(s)</source>
        <translation>
            <numerusform>%n partner</numerusform>
            <numerusform>%n partners</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/tables/related_panel.py" line="186"/>
        <source>%n without a share</source>
        <translation>
            <numerusform>%n without a share</numerusform>
            <numerusform>%n without a share</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RemovalText</name>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/forms/removal.py" line="67"/>
        <source>Delete these %n items?</source>
        <translation>
            <numerusform>Delete %n item?</numerusform>
            <numerusform>Delete these %n items?</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/forms/removal.py" line="75"/>
        <source>%n contact person(s)</source>
        <translation>
            <numerusform>%n contact person</numerusform>
            <numerusform>%n contact persons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/forms/removal.py" line="76"/>
        <source>%n membership(s)</source>
        <translation>
            <numerusform>%n membership</numerusform>
            <numerusform>%n memberships</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/forms/removal.py" line="77"/>
        <source>%n relationship(s)</source>
        <translation>
            <numerusform>%n relationship</numerusform>
            <numerusform>%n relationships</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/forms/removal.py" line="78"/>
        <source>%n project partnership(s)</source>
        <translation>
            <numerusform>%n project partnership</numerusform>
            <numerusform>%n project partnerships</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/forms/removal.py" line="87"/>
        <source>…and %n more</source>
        <translation>
            <numerusform>…and %n more</numerusform>
            <numerusform>…and %n more</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SearchHint</name>
    <message numerus="yes">
        <location filename="../../aspdesk/graph/panel/search_hint.py" line="78"/>
        <source>{name} and %n other(s) found are hidden by the filter.</source>
        <translation>
            <numerusform>{name} and %n other found are hidden by the filter.</numerusform>
            <numerusform>{name} and %n others found are hidden by the filter.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WebMapDialog</name>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/exports/web_map_dialog.py" line="72"/>
        <source>Every saved view, as steps to go through (%n view(s))</source>
        <translation>
            <numerusform>Every saved view, as steps to go through (%n view)</numerusform>
            <numerusform>Every saved view, as steps to go through (%n views)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>WorkshopWindow</name>
    <message numerus="yes">
        <location filename="../../aspdesk/graph/workshop/window.py" line="367"/>
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>Delete %n item</numerusform>
            <numerusform>Delete %n items</numerusform>
        </translation>
    </message>
</context>
</TS>
