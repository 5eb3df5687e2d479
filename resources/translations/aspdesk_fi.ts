<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>BackgroundTask</name>
    <message>
        <location filename="../../aspdesk/ui/background.py" line="38"/>
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
</context>
<context>
    <name>ClusterOverview</name>
    <message>
        <location filename="../../aspdesk/ui/overview.py" line="115"/>
        <source>Clusters and the cluster model</source>
        <translation>Klusterit ja klusterimalli</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/overview.py" line="119"/>
        <source>Each cluster&apos;s members and the roles of the cluster model that nobody fills yet. Hover over a row to see how many members fill each role.</source>
        <translation>Kunkin klusterin jäsenet sekä klusterimallin roolit, joita kukaan ei vielä täytä. Vie osoitin rivin päälle nähdäksesi, montako jäsentä kussakin roolissa on.</translation>
    </message>
</context>
<context>
    <name>ColourEditor</name>
    <message>
        <location filename="../../aspdesk/ui/editors.py" line="262"/>
        <source>e.g. {example}</source>
        <translation>esim. {example}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/editors.py" line="270"/>
        <source>Choose a colour</source>
        <translation>Valitse väri</translation>
    </message>
</context>
<context>
    <name>ColumnsPage</name>
    <message>
        <location filename="../../aspdesk/ui/import_dialog.py" line="55"/>
        <source>aspdesk matched the columns of the file to the fields of an actor by their headers. Check them, and change any that are wrong. A column set to “Not imported” is left out.</source>
        <translation>aspdesk yhdisti tiedoston sarakkeet toimijan kenttiin otsikoiden perusteella. Tarkista ne ja korjaa väärät. Sarake, jonka kohdalla on ”Ei tuoda”, jätetään pois.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/import_dialog.py" line="64"/>
        <source>Column in the file</source>
        <translation>Sarake tiedostossa</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/import_dialog.py" line="64"/>
        <source>Examples</source>
        <translation>Esimerkkejä</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/import_dialog.py" line="64"/>
        <source>Field in aspdesk</source>
        <translation>Kenttä aspdeskissä</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/import_dialog.py" line="72"/>
        <source>Save a template workbook…</source>
        <translation>Tallenna pohjatyökirja…</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/import_dialog.py" line="74"/>
        <source>An empty workbook with the headers aspdesk recognises, to fill in.</source>
        <translation>Tyhjä täytettävä työkirja, jonka otsikot aspdesk tunnistaa.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/import_dialog.py" line="91"/>
        <source>Not imported</source>
        <translation>Ei tuoda</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <location filename="../../aspdesk/ui/editors.py" line="142"/>
        <source>e.g. {example}</source>
        <translation>esim. {example}</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../aspdesk/ui/dialogs.py" line="24"/>
        <source>aspdesk maps (*{suffix})</source>
        <translation>aspdesk-kartat (*{suffix})</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/dialogs.py" line="52"/>
        <source>Open map</source>
        <translation>Avaa kartta</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/dialogs.py" line="67"/>
        <location filename="../../aspdesk/ui/dialogs.py" line="105"/>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-työkirja (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/dialogs.py" line="68"/>
        <source>CSV tables in a zip file (*.zip)</source>
        <translation>CSV-taulukot zip-tiedostossa (*.zip)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/dialogs.py" line="69"/>
        <source>GraphML for yEd and others (*.graphml)</source>
        <translation>GraphML yEd- ja muihin ohjelmiin (*.graphml)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/dialogs.py" line="70"/>
        <source>GEXF for Gephi (*.gexf)</source>
        <translation>GEXF Gephi-ohjelmaan (*.gexf)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/dialogs.py" line="71"/>
        <source>Full backup of the map (*.json)</source>
        <translation>Kartan täydellinen varmuuskopio (*.json)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/dialogs.py" line="75"/>
        <source>Export the map&apos;s data</source>
        <translation>Vie kartan tiedot</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/dialogs.py" line="89"/>
        <source>Files aspdesk can import (*.xlsx *.xlsm *.csv *.txt *.graphml *.gexf *.json)</source>
        <translation>Tiedostot, jotka aspdesk osaa tuoda (*.xlsx *.xlsm *.csv *.txt *.graphml *.gexf *.json)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/dialogs.py" line="90"/>
        <source>Spreadsheets (*.xlsx *.xlsm *.csv *.txt)</source>
        <translation>Taulukot (*.xlsx *.xlsm *.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/dialogs.py" line="91"/>
        <source>Graphs from Gephi, yEd and others (*.graphml *.gexf)</source>
        <translation>Verkot Gephistä, yEdistä ja muista (*.graphml *.gexf)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/dialogs.py" line="92"/>
        <source>Map backups (*.json)</source>
        <translation>Kartan varmuuskopiot (*.json)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/dialogs.py" line="95"/>
        <source>Import into this map</source>
        <translation>Tuo tähän karttaan</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/dialogs.py" line="103"/>
        <source>Save a template workbook</source>
        <translation>Tallenna pohjatyökirja</translation>
    </message>
</context>
<context>
    <name>EntityForm</name>
    <message>
        <location filename="../../aspdesk/ui/entity_form.py" line="91"/>
        <source>Add</source>
        <translation>Lisää</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/entity_form.py" line="122"/>
        <source>from → to</source>
        <translation>mistä → mihin</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/entity_form.py" line="132"/>
        <source>e.g. {example}</source>
        <translation>esim. {example}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/entity_form.py" line="189"/>
        <source>New {noun}</source>
        <translation>Uusi {noun}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/entity_form.py" line="205"/>
        <source>Write the date as 1.3.2016 or 2016-03-01.</source>
        <translation>Kirjoita päivämäärä muodossa 1.3.2016 tai 2016-03-01.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/entity_form.py" line="233"/>
        <source>Edit “{name}”: {field}</source>
        <translation>Muokkaa: “{name}”, {field}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/entity_form.py" line="264"/>
        <source>Add {noun} “{name}”</source>
        <translation>Lisää {noun} “{name}”</translation>
    </message>
</context>
<context>
    <name>FilterPopup</name>
    <message>
        <location filename="../../aspdesk/graph/filter_popup.py" line="37"/>
        <source>Clusters</source>
        <translation>Klusterit</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/filter_popup.py" line="38"/>
        <source>Actor kinds</source>
        <translation>Toimijatyypit</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/filter_popup.py" line="39"/>
        <source>Relationship types</source>
        <translation>Suhdetyypit</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/filter_popup.py" line="40"/>
        <source>Network as of (date):</source>
        <translation>Verkosto päivänä:</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/filter_popup.py" line="43"/>
        <source>e.g. {example}</source>
        <translation>esim. {example}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/filter_popup.py" line="54"/>
        <source>Show everything</source>
        <translation>Näytä kaikki</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/filter_popup.py" line="120"/>
        <source>Write the date as 1.3.2016 or 2016-03-01.</source>
        <translation>Kirjoita päivämäärä muodossa 1.3.2016 tai 2016-03-01.</translation>
    </message>
</context>
<context>
    <name>GraphCanvas</name>
    <message>
        <location filename="../../aspdesk/graph/canvas.py" line="191"/>
        <source>Graph shows {a} of {at} actors and {r} of {rt} relationships</source>
        <translation>Verkostokuvassa näkyy {a}/{at} toimijaa ja {r}/{rt} suhdetta</translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/graph/canvas.py" line="381"/>
        <source>Move %n node(s)</source>
        <translation>
            <numerusform>Siirrä %n solmu</numerusform>
            <numerusform>Siirrä %n solmua</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>GraphLegend</name>
    <message>
        <location filename="../../aspdesk/graph/legend.py" line="44"/>
        <source>Size: number of ties</source>
        <translation>Koko: suhteiden määrä</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/legend.py" line="47"/>
        <source>Arrow: direction of a tie</source>
        <translation>Nuoli: suhteen suunta</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/scene_data.py" line="370"/>
        <source>Cluster</source>
        <translation>Klusteri</translation>
    </message>
</context>
<context>
    <name>GraphPanel</name>
    <message>
        <location filename="../../aspdesk/graph/panel.py" line="58"/>
        <source>Find on the graph…</source>
        <translation>Etsi verkostokuvasta…</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel.py" line="65"/>
        <source>Fit</source>
        <translation>Sovita</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel.py" line="66"/>
        <source>Show the whole graph (Home)</source>
        <translation>Näytä koko verkosto (Home)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel.py" line="70"/>
        <source>Layout</source>
        <translation>Asettelu</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel.py" line="74"/>
        <source>Force-directed</source>
        <translation>Voimiin perustuva</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel.py" line="75"/>
        <source>Circle</source>
        <translation>Ympyrä</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel.py" line="76"/>
        <source>Grid</source>
        <translation>Ruudukko</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel.py" line="77"/>
        <source>Group by kind</source>
        <translation>Ryhmittele tyypin mukaan</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel.py" line="78"/>
        <source>Cluster wheel</source>
        <translation>Klusteripyörä</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel.py" line="86"/>
        <source>Animate layouts</source>
        <translation>Animoi asettelut</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel.py" line="93"/>
        <source>Colour by kind</source>
        <translation>Väri tyypin mukaan</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel.py" line="94"/>
        <source>Colour by cluster</source>
        <translation>Väri klusterin mukaan</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel.py" line="96"/>
        <source>Clusters as hubs</source>
        <translation>Klusterit solmuina</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel.py" line="101"/>
        <location filename="../../aspdesk/graph/panel.py" line="174"/>
        <source>Focus</source>
        <translation>Rajaus</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel.py" line="106"/>
        <source>No focus</source>
        <translation>Ei rajausta</translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/graph/panel.py" line="106"/>
        <source>%n step(s) out</source>
        <translation>
            <numerusform>%n askel</numerusform>
            <numerusform>%n askelta</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel.py" line="115"/>
        <source>Both ways</source>
        <translation>Molempiin suuntiin</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel.py" line="116"/>
        <source>Outgoing ties only</source>
        <translation>Vain lähtevät suhteet</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel.py" line="117"/>
        <source>Incoming ties only</source>
        <translation>Vain saapuvat suhteet</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel.py" line="125"/>
        <source>Hide the rest (else dim it)</source>
        <translation>Piilota muut (muuten himmennä)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel.py" line="133"/>
        <location filename="../../aspdesk/graph/panel.py" line="189"/>
        <source>Filter…</source>
        <translation>Suodata…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/graph/panel.py" line="174"/>
        <source>Focus: %n step(s)</source>
        <translation>
            <numerusform>Rajaus: %n askel</numerusform>
            <numerusform>Rajaus: %n askelta</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel.py" line="189"/>
        <source>Filter (on)…</source>
        <translation>Suodatin (päällä)…</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel.py" line="207"/>
        <source>Layout: {name}</source>
        <translation>Asettelu: {name}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel.py" line="237"/>
        <source>Edit</source>
        <translation>Muokkaa</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel.py" line="239"/>
        <source>Connect to…</source>
        <translation>Yhdistä toimijaan…</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel.py" line="240"/>
        <source>Focus on neighbourhood</source>
        <translation>Rajaa lähiverkostoon</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel.py" line="241"/>
        <source>Hide</source>
        <translation>Piilota</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel.py" line="244"/>
        <source>Unpin</source>
        <translation>Vapauta</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel.py" line="244"/>
        <source>Pin in place</source>
        <translation>Kiinnitä paikalleen</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel.py" line="248"/>
        <source>Delete…</source>
        <translation>Poista…</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel.py" line="255"/>
        <source>Add actor here</source>
        <translation>Lisää toimija tähän</translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/graph/panel.py" line="260"/>
        <source>Show %n hidden actor(s)</source>
        <translation>
            <numerusform>Näytä %n piilotettu toimija</numerusform>
            <numerusform>Näytä %n piilotettua toimijaa</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel.py" line="261"/>
        <source>Fit to view</source>
        <translation>Sovita näkymään</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel.py" line="285"/>
        <source>Pin node</source>
        <translation>Kiinnitä solmu</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel.py" line="285"/>
        <source>Unpin node</source>
        <translation>Vapauta solmu</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel.py" line="311"/>
        <source>Add relationship {a} – {b}</source>
        <translation>Lisää suhde {a} – {b}</translation>
    </message>
</context>
<context>
    <name>GraphTooltip</name>
    <message>
        <location filename="../../aspdesk/graph/tooltips.py" line="25"/>
        <source>Members: {count}</source>
        <translation>Jäseniä: {count}</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../aspdesk/ui/import_dialog.py" line="283"/>
        <location filename="../../aspdesk/ui/import_dialog.py" line="307"/>
        <source>Import</source>
        <translation>Tuo</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/import_dialog.py" line="299"/>
        <source>&lt; Columns</source>
        <translation>&lt; Sarakkeet</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/import_dialog.py" line="302"/>
        <source>Preview &gt;</source>
        <translation>Esikatselu &gt;</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/import_dialog.py" line="324"/>
        <source>From the file {file}</source>
        <translation>Tiedostosta {file}</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <location filename="../../aspdesk/ui/importer.py" line="44"/>
        <source>&amp;Import…</source>
        <translation>&amp;Tuo…</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/importer.py" line="93"/>
        <source>Reading {file}…</source>
        <translation>Luetaan tiedostoa {file}…</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/importer.py" line="128"/>
        <source>The file was not imported</source>
        <translation>Tiedostoa ei tuotu</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/importer.py" line="132"/>
        <source>Import cancelled; the map was not changed.</source>
        <translation>Tuonti peruttiin; karttaa ei muutettu.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/importer.py" line="160"/>
        <source>Placing the new actors…</source>
        <translation>Sijoitetaan uusia toimijoita…</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/importer.py" line="171"/>
        <source>The map already holds everything in {file}.</source>
        <translation>Kartassa on jo kaikki tiedoston {file} tiedot.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/importer.py" line="175"/>
        <source>Import {file}</source>
        <translation>Tuo {file}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/importer.py" line="184"/>
        <source>Imported {file}: {added} added, {changed} changed.</source>
        <translation>Tuotiin {file}: lisättiin {added}, muutettiin {changed}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/importer.py" line="193"/>
        <source>actors-template</source>
        <translation>toimijapohja</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/importer.py" line="207"/>
        <source>The template was not saved</source>
        <translation>Pohjaa ei tallennettu</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/importer.py" line="211"/>
        <source>Saved the template {path}</source>
        <translation>Pohja tallennettiin: {path}</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../aspdesk/ui/main_window.py" line="107"/>
        <source>Tables</source>
        <translation>Taulukot</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/main_window.py" line="115"/>
        <source>Editor</source>
        <translation>Muokkain</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/main_window.py" line="111"/>
        <source>Memberships and contact persons</source>
        <translation>Jäsenyydet ja yhteyshenkilöt</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/main_window.py" line="118"/>
        <source>Cluster overview</source>
        <translation>Klusterikatsaus</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/main_window.py" line="157"/>
        <source>&amp;Close</source>
        <translation>&amp;Sulje</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/main_window.py" line="158"/>
        <source>&amp;Quit</source>
        <translation>&amp;Lopeta</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/main_window.py" line="159"/>
        <source>&amp;Delete</source>
        <translation>&amp;Poista</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/main_window.py" line="160"/>
        <source>&amp;Find</source>
        <translation>&amp;Etsi</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/main_window.py" line="163"/>
        <source>Add &amp;actor</source>
        <translation>Lisää &amp;toimija</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/main_window.py" line="166"/>
        <source>Add c&amp;luster</source>
        <translation>Lisää &amp;klusteri</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/main_window.py" line="169"/>
        <source>Add &amp;membership</source>
        <translation>Lisää &amp;jäsenyys</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/main_window.py" line="174"/>
        <source>Add &amp;relationship</source>
        <translation>Lisää &amp;suhde</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/main_window.py" line="179"/>
        <source>Add contact &amp;person</source>
        <translation>Lisää &amp;yhteyshenkilö</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/main_window.py" line="182"/>
        <source>&amp;About aspdesk</source>
        <translation>&amp;Tietoja ohjelmasta aspdesk</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/main_window.py" line="183"/>
        <source>&amp;Fit graph to view</source>
        <translation>&amp;Sovita verkosto näkymään</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/main_window.py" line="185"/>
        <source>Zoom to &amp;selection</source>
        <translation>Zoomaa &amp;valintaan</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/main_window.py" line="187"/>
        <source>Zoom &amp;in</source>
        <translation>Lä&amp;hennä</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/main_window.py" line="188"/>
        <source>Zoom &amp;out</source>
        <translation>L&amp;oitonna</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/main_window.py" line="195"/>
        <source>&amp;File</source>
        <translation>&amp;Tiedosto</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/main_window.py" line="209"/>
        <source>&amp;Edit</source>
        <translation>&amp;Muokkaa</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/main_window.py" line="215"/>
        <source>&amp;Map</source>
        <translation>&amp;Kartta</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/main_window.py" line="218"/>
        <source>&amp;View</source>
        <translation>&amp;Näytä</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/main_window.py" line="226"/>
        <source>&amp;Help</source>
        <translation>&amp;Ohje</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/main_window.py" line="229"/>
        <source>Main toolbar</source>
        <translation>Päätyökalurivi</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/main_window.py" line="258"/>
        <source>Actors</source>
        <translation>Toimijat</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/main_window.py" line="259"/>
        <source>Clusters</source>
        <translation>Klusterit</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/main_window.py" line="260"/>
        <source>Relationships</source>
        <translation>Suhteet</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/main_window.py" line="276"/>
        <source>Select an actor, cluster, membership, relationship or contact person to edit it here.</source>
        <translation>Valitse toimija, klusteri, jäsenyys, suhde tai yhteyshenkilö, niin voit muokata sitä tässä.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/main_window.py" line="363"/>
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n toimija</numerusform>
            <numerusform>%n toimijaa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/main_window.py" line="364"/>
        <source>%n cluster(s)</source>
        <translation>
            <numerusform>%n klusteri</numerusform>
            <numerusform>%n klusteria</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/main_window.py" line="365"/>
        <source>%n membership(s)</source>
        <translation>
            <numerusform>%n jäsenyys</numerusform>
            <numerusform>%n jäsenyyttä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/main_window.py" line="366"/>
        <source>%n relationship(s)</source>
        <translation>
            <numerusform>%n suhde</numerusform>
            <numerusform>%n suhdetta</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/main_window.py" line="374"/>
        <source>The change was not made</source>
        <translation>Muutosta ei tehty</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/main_window.py" line="422"/>
        <source>Delete</source>
        <translation>Poista</translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/main_window.py" line="433"/>
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>Poista %n kohde</numerusform>
            <numerusform>Poista %n kohdetta</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/main_window.py" line="439"/>
        <source>Delete {what}</source>
        <translation>Poista {what}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/main_window.py" line="455"/>
        <source>About aspdesk</source>
        <translation>Tietoja ohjelmasta aspdesk</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/main_window.py" line="457"/>
        <source>aspdesk {version}

Maps the actors, clusters, roles and relationships of regional business-cluster networks. Every change is saved in the map file at once.</source>
        <translation>aspdesk {version}

Kartoittaa alueellisten yritysklusteriverkostojen toimijat, klusterit, roolit ja suhteet. Jokainen muutos tallentuu karttatiedostoon heti.</translation>
    </message>
</context>
<context>
    <name>MapFiles</name>
    <message>
        <location filename="../../aspdesk/ui/map_files.py" line="30"/>
        <source>&amp;New map…</source>
        <translation>&amp;Uusi kartta…</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/map_files.py" line="31"/>
        <source>&amp;Open…</source>
        <translation>&amp;Avaa…</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/map_files.py" line="33"/>
        <source>Save a &amp;copy as…</source>
        <translation>Tallenna &amp;kopiona…</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/map_files.py" line="35"/>
        <source>&amp;Rename map…</source>
        <translation>&amp;Nimeä kartta uudelleen…</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/map_files.py" line="37"/>
        <source>&amp;Export data…</source>
        <translation>Vie &amp;tiedot…</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/map_files.py" line="40"/>
        <source>Open &amp;recent</source>
        <translation>&amp;Viimeksi avatut</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/map_files.py" line="56"/>
        <location filename="../../aspdesk/ui/map_files.py" line="57"/>
        <source>New map</source>
        <translation>Uusi kartta</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/map_files.py" line="74"/>
        <source>The map could not be opened</source>
        <translation>Karttaa ei voitu avata</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/map_files.py" line="93"/>
        <source>No other maps opened yet</source>
        <translation>Muita karttoja ei ole vielä avattu</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/map_files.py" line="100"/>
        <source>{name} (copy)</source>
        <translation>{name} (kopio)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/map_files.py" line="101"/>
        <location filename="../../aspdesk/ui/map_files.py" line="106"/>
        <source>Save a copy as</source>
        <translation>Tallenna kopiona</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/map_files.py" line="106"/>
        <source>Choose a file other than the open map.</source>
        <translation>Valitse jokin muu tiedosto kuin avoinna oleva kartta.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/map_files.py" line="113"/>
        <source>The copy was not saved</source>
        <translation>Kopiota ei tallennettu</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/map_files.py" line="116"/>
        <source>Copy saved to {path}</source>
        <translation>Kopio tallennettiin tiedostoon {path}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/map_files.py" line="139"/>
        <source>Exporting to {path}…</source>
        <translation>Viedään tiedostoon {path}…</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/map_files.py" line="144"/>
        <source>Export cancelled; no file was written.</source>
        <translation>Vienti peruttiin; tiedostoa ei kirjoitettu.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/map_files.py" line="151"/>
        <source>Exported to {path}</source>
        <translation>Tiedot vietiin tiedostoon {path}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/map_files.py" line="158"/>
        <source>The export was not written</source>
        <translation>Tietoja ei viety</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/map_files.py" line="164"/>
        <source>Rename map</source>
        <translation>Nimeä kartta uudelleen</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/map_files.py" line="164"/>
        <source>Name of the map:</source>
        <translation>Kartan nimi:</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/map_files.py" line="167"/>
        <source>Rename map to “{name}”</source>
        <translation>Nimeä kartta uudelleen: “{name}”</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../aspdesk/ui/import_preview.py" line="61"/>
        <source>Where in the file</source>
        <translation>Kohta tiedostossa</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/import_preview.py" line="62"/>
        <source>Kind</source>
        <translation>Laji</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/import_preview.py" line="63"/>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/import_preview.py" line="64"/>
        <source>Result</source>
        <translation>Tulos</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/import_preview.py" line="65"/>
        <source>Details</source>
        <translation>Tiedot</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/import_preview.py" line="66"/>
        <source>Your choice</source>
        <translation>Valintasi</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/import_preview.py" line="188"/>
        <source>Add as a new actor</source>
        <translation>Lisää uutena toimijana</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/import_preview.py" line="190"/>
        <source>Same as “{name}”</source>
        <translation>Sama kuin ”{name}”</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/import_preview.py" line="221"/>
        <source>Looks like {names} in the map</source>
        <translation>Muistuttaa kartan toimijaa {names}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/import_preview.py" line="225"/>
        <source>Use the file&apos;s values</source>
        <translation>Käytä tiedoston arvoja</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../aspdesk/ui/import_dialog.py" line="111"/>
        <source>All rows</source>
        <translation>Kaikki rivit</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/import_dialog.py" line="115"/>
        <source>Possible duplicates</source>
        <translation>Mahdolliset kaksoiskappaleet</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/import_dialog.py" line="128"/>
        <source>Show:</source>
        <translation>Näytä:</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/import_dialog.py" line="134"/>
        <source>Keep the map&apos;s values in every conflict</source>
        <translation>Pidä kartan arvot kaikissa ristiriidoissa</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/import_dialog.py" line="135"/>
        <source>Take the file&apos;s values in every conflict</source>
        <translation>Ota tiedoston arvot kaikissa ristiriidoissa</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/import_dialog.py" line="156"/>
        <source>File</source>
        <translation>Tiedosto</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/import_dialog.py" line="157"/>
        <source>Sheet</source>
        <translation>Taulukko</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/import_dialog.py" line="158"/>
        <source>Row</source>
        <translation>Rivi</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/import_dialog.py" line="159"/>
        <source>Column or item</source>
        <translation>Sarake tai kohde</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/import_dialog.py" line="160"/>
        <source>Problem</source>
        <translation>Ongelma</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/import_dialog.py" line="167"/>
        <source>Skip the rows with errors and import the rest</source>
        <translation>Ohita virheelliset rivit ja tuo muut</translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/import_dialog.py" line="195"/>
        <source>%n possible duplicate(s) of actors in the map: check them below.</source>
        <translation>
            <numerusform>%n mahdollinen kaksoiskappale kartan toimijasta: tarkista se alta.</numerusform>
            <numerusform>%n mahdollista kaksoiskappaletta kartan toimijoista: tarkista ne alta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/import_dialog.py" line="202"/>
        <source>%n empty row(s) or unusable item(s) left out.</source>
        <translation>
            <numerusform>%n tyhjä rivi tai käyttökelvoton kohde jätettiin pois.</numerusform>
            <numerusform>%n tyhjää riviä tai käyttökelvotonta kohdetta jätettiin pois.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/import_dialog.py" line="204"/>
        <source>The file holds nothing to import.</source>
        <translation>Tiedostossa ei ole mitään tuotavaa.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/import_dialog.py" line="227"/>
        <source>%n problem(s) in the file:</source>
        <translation>
            <numerusform>Tiedostossa on %n ongelma:</numerusform>
            <numerusform>Tiedostossa on %n ongelmaa:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/import_dialog.py" line="229"/>
        <source>No problems found in the file.</source>
        <translation>Tiedostosta ei löytynyt ongelmia.</translation>
    </message>
</context>
<context>
    <name>RelatedPanel</name>
    <message>
        <location filename="../../aspdesk/ui/related_panel.py" line="34"/>
        <source>Memberships</source>
        <translation>Jäsenyydet</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/related_panel.py" line="35"/>
        <source>Contact persons</source>
        <translation>Yhteyshenkilöt</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/related_panel.py" line="60"/>
        <source>Select an actor or a cluster</source>
        <translation>Valitse toimija tai klusteri</translation>
    </message>
</context>
<context>
    <name>RemovalText</name>
    <message>
        <location filename="../../aspdesk/ui/removal.py" line="45"/>
        <source>• cluster “{name}” will have no coordinator</source>
        <translation>• klusteri “{name}” jää ilman koordinaattoria</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/removal.py" line="50"/>
        <source>Delete {what}?</source>
        <translation>Poistetaanko {what}?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/removal.py" line="52"/>
        <source>Delete these %n items?</source>
        <translation>
            <numerusform>Poistetaanko %n kohde?</numerusform>
            <numerusform>Poistetaanko nämä %n kohdetta?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/removal.py" line="54"/>
        <source>Nothing else depends on it. You can undo the delete.</source>
        <translation>Mikään muu ei riipu siitä. Voit kumota poiston.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/removal.py" line="59"/>
        <source>%n contact person(s)</source>
        <translation>
            <numerusform>%n yhteyshenkilö</numerusform>
            <numerusform>%n yhteyshenkilöä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/removal.py" line="60"/>
        <source>%n membership(s)</source>
        <translation>
            <numerusform>%n jäsenyys</numerusform>
            <numerusform>%n jäsenyyttä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/removal.py" line="61"/>
        <source>%n relationship(s)</source>
        <translation>
            <numerusform>%n suhde</numerusform>
            <numerusform>%n suhdetta</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/removal.py" line="65"/>
        <source>This also deletes {items}:</source>
        <translation>Samalla poistetaan myös {items}:</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/removal.py" line="67"/>
        <source>This also changes:</source>
        <translation>Samalla muuttuu myös:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/removal.py" line="70"/>
        <source>…and %n more</source>
        <translation>
            <numerusform>…ja %n muu</numerusform>
            <numerusform>…ja %n muuta</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/removal.py" line="71"/>
        <source>You can undo the delete.</source>
        <translation>Voit kumota poiston.</translation>
    </message>
</context>
<context>
    <name>RoleCoverageModel</name>
    <message>
        <location filename="../../aspdesk/ui/overview.py" line="84"/>
        <source>{filled} of {total}</source>
        <translation>{filled}/{total}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/overview.py" line="85"/>
        <source>All roles filled</source>
        <translation>Kaikki roolit täytetty</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/overview.py" line="102"/>
        <source>Cluster</source>
        <translation>Klusteri</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/overview.py" line="103"/>
        <source>Members</source>
        <translation>Jäseniä</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/overview.py" line="104"/>
        <source>Roles filled</source>
        <translation>Täytetyt roolit</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/overview.py" line="105"/>
        <source>Missing roles</source>
        <translation>Puuttuvat roolit</translation>
    </message>
</context>
<context>
    <name>TablePanel</name>
    <message>
        <location filename="../../aspdesk/ui/table_panel.py" line="31"/>
        <source>Search…</source>
        <translation>Hae…</translation>
    </message>
</context>
<context>
    <name>UndoActions</name>
    <message>
        <location filename="../../aspdesk/ui/undo_actions.py" line="20"/>
        <source>&amp;Undo</source>
        <translation>&amp;Kumoa</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/undo_actions.py" line="22"/>
        <source>Undo</source>
        <translation>Kumoa</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/undo_actions.py" line="24"/>
        <source>&amp;Redo</source>
        <translation>&amp;Tee uudelleen</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/undo_actions.py" line="26"/>
        <source>Redo</source>
        <translation>Tee uudelleen</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/undo_actions.py" line="51"/>
        <source>&amp;Undo {what}</source>
        <translation>&amp;Kumoa {what}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/undo_actions.py" line="52"/>
        <source>Undo {what}</source>
        <translation>Kumoa: {what}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/undo_actions.py" line="56"/>
        <source>&amp;Redo {what}</source>
        <translation>&amp;Tee uudelleen {what}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/undo_actions.py" line="57"/>
        <source>Redo {what}</source>
        <translation>Tee uudelleen: {what}</translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../aspdesk/cli.py" line="36"/>
        <source>the new map file (ending in {suffix})</source>
        <translation>uusi karttatiedosto (pääte {suffix})</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli.py" line="54"/>
        <source>cannot write {path}: {detail}</source>
        <translation>tiedostoon {path} ei voi kirjoittaa: {detail}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli.py" line="59"/>
        <source>Wrote the sample map to {path}</source>
        <translation>Esimerkkikartta kirjoitettiin tiedostoon {path}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli.py" line="72"/>
        <source>the file to write; its extension chooses the format: .xlsx, .csv (or a folder, or .zip) with one table per sheet, .graphml, .gexf, or .json for a full backup</source>
        <translation>kirjoitettava tiedosto; sen pääte määrää muodon: .xlsx tai .csv (tai kansio tai .zip), joissa kukin taulukko on erikseen, .graphml, .gexf tai .json (täydellinen varmuuskopio)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli.py" line="111"/>
        <source>Wrote {actors} actors and {ties} relationships to {path}</source>
        <translation>Kohteeseen {path} kirjoitettiin toimijoita: {actors}, suhteita: {ties}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli.py" line="122"/>
        <source>the map file (.aspmap)</source>
        <translation>karttatiedosto (.aspmap)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli.py" line="127"/>
        <source>write the sample map Arctic Smartness Portfolio 2015 to PATH without opening a window</source>
        <translation>kirjoita esimerkkikartta Arctic Smartness Portfolio 2015 tiedostoon PATH avaamatta ikkunaa</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli.py" line="135"/>
        <source>bring a spreadsheet, GraphML, GEXF or JSON file into the map MAP, merging with what it holds</source>
        <translation>tuo taulukko-, GraphML-, GEXF- tai JSON-tiedosto karttaan MAP yhdistäen sen kartan tietoihin</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli.py" line="144"/>
        <source>write the map MAP to a spreadsheet, GraphML, GEXF or JSON file</source>
        <translation>kirjoita kartta MAP taulukko-, GraphML-, GEXF- tai JSON-tiedostoon</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli.py" line="151"/>
        <source>language of the window and messages (default: the system&apos;s)</source>
        <translation>ikkunan ja viestien kieli (oletus: järjestelmän kieli)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli.py" line="172"/>
        <source>commands without a window:
{commands}

Run &apos;aspdesk COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>komennot ilman ikkunaa:
{commands}

Komennon valinnat: &apos;aspdesk KOMENTO --help&apos;.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli.py" line="178"/>
        <source>Map the actors, clusters, roles and relationships of a regional business-cluster network.</source>
        <translation>Kartoita alueellisen yritysklusteriverkoston toimijat, klusterit, roolit ja suhteet.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli.py" line="188"/>
        <source>the map to open (asks to create it if it does not exist); without PATH, the last map opened, or the sample map on first start</source>
        <translation>avattava kartta (jos sitä ei ole, kysytään luodaanko se); ilman PATH-arvoa viimeksi avattu kartta tai ensimmäisellä käynnistyskerralla esimerkkikartta</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli.py" line="194"/>
        <source>open a fresh copy of the sample map</source>
        <translation>avaa uusi kopio esimerkkikartasta</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli.py" line="211"/>
        <source>give either PATH or --sample, not both</source>
        <translation>anna joko PATH tai --sample, ei molempia</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli_import.py" line="37"/>
        <source>the map file (.aspmap); created if it does not exist</source>
        <translation>karttatiedosto (.aspmap); luodaan, jos sitä ei ole</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli_import.py" line="45"/>
        <source>the file to import: an .xlsx or .csv table of actors, a workbook exported by aspdesk, a .graphml or .gexf graph, or a .json map backup</source>
        <translation>tuotava tiedosto: toimijoiden .xlsx- tai .csv-taulukko, aspdeskistä viety työkirja, .graphml- tai .gexf-verkko tai kartan .json-varmuuskopio</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli_import.py" line="55"/>
        <source>show what would happen, and write nothing</source>
        <translation>näytä, mitä tapahtuisi, äläkä kirjoita mitään</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli_import.py" line="61"/>
        <source>where the file and the map disagree, take the file&apos;s value (default: keep the map&apos;s)</source>
        <translation>kun tiedosto ja kartta ovat eri mieltä, ota tiedoston arvo (oletus: pidä kartan arvo)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli_import.py" line="72"/>
        <source>import the other rows when some rows have errors (default: import nothing)</source>
        <translation>tuo muut rivit, vaikka joissakin riveissä on virheitä (oletus: ei tuoda mitään)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli_import.py" line="95"/>
        <source>{path} does not exist</source>
        <translation>tiedostoa {path} ei ole</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli_import.py" line="98"/>
        <source>Created the map {path}</source>
        <translation>Luotiin kartta {path}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli_import.py" line="136"/>
        <source>{file} into {map}:</source>
        <translation>{file} karttaan {map}:</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli_import.py" line="143"/>
        <source>New:</source>
        <translation>Uudet:</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli_import.py" line="147"/>
        <source>Updated (empty fields filled in):</source>
        <translation>Päivitetyt (tyhjät kentät täytetty):</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli_import.py" line="155"/>
        <source>Conflicts (the map&apos;s values are kept; --take-file-values takes the file&apos;s):</source>
        <translation>Ristiriidat (kartan arvot pidetään; --take-file-values ottaa tiedoston arvot):</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli_import.py" line="159"/>
        <source>Conflicts (the file&apos;s values are taken):</source>
        <translation>Ristiriidat (tiedoston arvot otetaan):</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli_import.py" line="168"/>
        <source>Possible duplicates (imported as new; check them in the map):</source>
        <translation>Mahdolliset kaksoiskappaleet (tuotu uusina; tarkista ne kartassa):</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli_import.py" line="179"/>
        <source>Not imported:</source>
        <translation>Ei tuotu:</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli_import.py" line="187"/>
        <source>Problems:</source>
        <translation>Ongelmat:</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli_import.py" line="193"/>
        <source>Nothing was imported. Rows with errors: {count}. Correct them in the file, or run again with --skip-errors to import the rest.</source>
        <translation>Mitään ei tuotu. Virheellisiä rivejä: {count}. Korjaa ne tiedostoon tai aja komento uudelleen valitsimella --skip-errors, niin muut rivit tuodaan.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli_import.py" line="203"/>
        <source>Dry run: nothing was written.</source>
        <translation>Kokeiluajo: mitään ei kirjoitettu.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli_import.py" line="206"/>
        <source>The map already holds everything in the file.</source>
        <translation>Kartassa on jo kaikki tiedoston tiedot.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli_import.py" line="210"/>
        <source>Imported: {added} added, {updated} changed.</source>
        <translation>Tuotu: lisättiin {added}, muutettiin {updated}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli_import.py" line="234"/>
        <source>… and {count} more</source>
        <translation>… ja {count} muuta</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../aspdesk/ui/fields.py" line="37"/>
        <location filename="../../aspdesk/ui/fields.py" line="59"/>
        <location filename="../../aspdesk/ui/fields.py" line="65"/>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/fields.py" line="38"/>
        <location filename="../../aspdesk/ui/fields.py" line="66"/>
        <source>Short name</source>
        <translation>Lyhenne</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/fields.py" line="39"/>
        <source>Kind</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/fields.py" line="40"/>
        <location filename="../../aspdesk/ui/fields.py" line="67"/>
        <source>Description</source>
        <translation>Kuvaus</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/fields.py" line="41"/>
        <source>Business ID</source>
        <translation>Y-tunnus</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/fields.py" line="42"/>
        <source>Municipality or region</source>
        <translation>Kunta tai alue</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/fields.py" line="43"/>
        <source>Country</source>
        <translation>Maa</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/fields.py" line="44"/>
        <source>Website</source>
        <translation>Verkkosivusto</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/fields.py" line="45"/>
        <location filename="../../aspdesk/ui/fields.py" line="61"/>
        <source>Email</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/fields.py" line="46"/>
        <location filename="../../aspdesk/ui/fields.py" line="62"/>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/fields.py" line="49"/>
        <source>Size class</source>
        <translation>Kokoluokka</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/fields.py" line="53"/>
        <source>Sector</source>
        <translation>Toimiala</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/fields.py" line="54"/>
        <source>Tags</source>
        <translation>Tunnisteet</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/fields.py" line="55"/>
        <location filename="../../aspdesk/ui/fields.py" line="82"/>
        <location filename="../../aspdesk/ui/fields.py" line="99"/>
        <source>Notes</source>
        <translation>Muistiinpanot</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/fields.py" line="58"/>
        <source>Organisation</source>
        <translation>Organisaatio</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/fields.py" line="60"/>
        <source>Title</source>
        <translation>Tehtävänimike</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/fields.py" line="68"/>
        <source>Theme</source>
        <translation>Teema</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/fields.py" line="69"/>
        <source>Colour</source>
        <translation>Väri</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/fields.py" line="70"/>
        <source>Coordinator</source>
        <translation>Koordinaattori</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/fields.py" line="71"/>
        <location filename="../../aspdesk/ui/fields.py" line="95"/>
        <source>Start date</source>
        <translation>Alkupäivä</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/fields.py" line="72"/>
        <location filename="../../aspdesk/ui/fields.py" line="96"/>
        <source>End date</source>
        <translation>Loppupäivä</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/fields.py" line="75"/>
        <source>Actor</source>
        <translation>Toimija</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/fields.py" line="76"/>
        <source>Cluster</source>
        <translation>Klusteri</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/fields.py" line="78"/>
        <source>Role</source>
        <translation>Rooli</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/fields.py" line="80"/>
        <source>Since</source>
        <translation>Alkaen</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/fields.py" line="81"/>
        <source>Until</source>
        <translation>Päättyen</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/fields.py" line="85"/>
        <source>From</source>
        <translation>Mistä</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/fields.py" line="86"/>
        <source>To</source>
        <translation>Mihin</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/fields.py" line="89"/>
        <source>Type</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/fields.py" line="93"/>
        <source>Directed</source>
        <translation>Suunnattu</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/fields.py" line="94"/>
        <source>Strength (1-5)</source>
        <translation>Vahvuus (1-5)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/fields.py" line="97"/>
        <source>Source of information</source>
        <translation>Tiedon lähde</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/fields.py" line="98"/>
        <source>Last verified</source>
        <translation>Viimeksi tarkistettu</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/fields.py" line="113"/>
        <source>actor</source>
        <translation>toimija</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/fields.py" line="114"/>
        <source>cluster</source>
        <translation>klusteri</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/fields.py" line="115"/>
        <source>contact person</source>
        <translation>yhteyshenkilö</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/fields.py" line="116"/>
        <source>membership</source>
        <translation>jäsenyys</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/fields.py" line="117"/>
        <source>relationship</source>
        <translation>suhde</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <location filename="../../aspdesk/app/import_report.py" line="23"/>
        <source>New</source>
        <translation>Uusi</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/import_report.py" line="24"/>
        <source>Updated</source>
        <translation>Päivitetään</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/import_report.py" line="25"/>
        <source>Unchanged</source>
        <translation>Ennallaan</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/import_report.py" line="26"/>
        <source>Conflict</source>
        <translation>Ristiriita</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/import_report.py" line="27"/>
        <source>Error</source>
        <translation>Virhe</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/import_report.py" line="30"/>
        <source>same ID</source>
        <translation>sama tunnus</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/import_report.py" line="31"/>
        <source>same business ID</source>
        <translation>sama Y-tunnus</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/import_report.py" line="32"/>
        <source>same name</source>
        <translation>sama nimi</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/import_report.py" line="33"/>
        <source>chosen by you</source>
        <translation>valitsit itse</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/import_report.py" line="34"/>
        <source>same actors</source>
        <translation>samat toimijat</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/import_report.py" line="36"/>
        <source>{kind}: new {new}, updated {updated}, unchanged {unchanged}, conflicts {conflict}, errors {error}</source>
        <translation>{kind}: uusia {new}, päivitettyjä {updated}, ennallaan {unchanged}, ristiriitoja {conflict}, virheitä {error}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/import_report.py" line="41"/>
        <source>{field}: map “{old}”, file “{new}”</source>
        <translation>{field}: kartassa ”{old}”, tiedostossa ”{new}”</translation>
    </message>
</context>
<context>
    <name>io</name>
    <message>
        <location filename="../../aspdesk/app/exchange.py" line="37"/>
        <source>This map has no term with the code “{code}” that the backup uses, so the backup cannot be restored into it.</source>
        <translation>Varmuuskopiossa käytetään koodia “{code}”, jota vastaavaa termiä tässä kartassa ei ole, joten varmuuskopiota ei voi palauttaa tähän karttaan.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/formats.py" line="24"/>
        <source>aspdesk cannot write {suffix} files. Choose a name ending in .xlsx, .csv, .zip, .graphml, .gexf or .json.</source>
        <translation>aspdesk ei osaa kirjoittaa tiedostoja, joiden pääte on {suffix}. Valitse nimi, jonka pääte on .xlsx, .csv, .zip, .graphml, .gexf tai .json.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/reading.py" line="10"/>
        <source>The file does not exist.</source>
        <translation>Tiedostoa ei ole olemassa.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/reading.py" line="11"/>
        <source>This is a folder or a device, not a file.</source>
        <translation>Tämä on kansio tai laite eikä tiedosto.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/reading.py" line="12"/>
        <source>The file cannot be read: {reason}.</source>
        <translation>Tiedostoa ei voi lukea: {reason}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/json_backup.py" line="69"/>
        <source>The file is larger than {limit} MB, far larger than any map backup, so it was not read.</source>
        <translation>Tiedosto on yli {limit} Mt eli paljon suurempi kuin mikään kartan varmuuskopio, joten sitä ei luettu.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/reading.py" line="16"/>
        <source>The file is empty.</source>
        <translation>Tiedosto on tyhjä.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/json_backup.py" line="72"/>
        <source>The file is not UTF-8 text. It may be damaged, or it is not a map backup.</source>
        <translation>Tiedosto ei ole UTF-8-tekstiä. Se voi olla vioittunut, tai se ei ole kartan varmuuskopio.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/json_backup.py" line="75"/>
        <source>The file is not valid JSON. It may be damaged or cut short.</source>
        <translation>Tiedosto ei ole kelvollista JSONia. Se voi olla vioittunut tai katkennut kesken.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/json_backup.py" line="76"/>
        <source>This file is not an aspdesk map backup.</source>
        <translation>Tämä tiedosto ei ole aspdesk-kartan varmuuskopio.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/json_backup.py" line="77"/>
        <source>This backup was made by a newer aspdesk (format version {version}). Update aspdesk to read it.</source>
        <translation>Tämä varmuuskopio on tehty uudemmalla aspdesk-versiolla (tallennusmuodon versio {version}). Päivitä aspdesk, jotta voit lukea sen.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/json_backup.py" line="82"/>
        <source>The format version must be a whole number from 1 up.</source>
        <translation>Tallennusmuodon version on oltava kokonaisluku, joka on vähintään 1.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/json_backup.py" line="83"/>
        <source>The field “{field}” is missing.</source>
        <translation>Kenttä “{field}” puuttuu.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/json_backup.py" line="84"/>
        <source>This must be a JSON object of names and values.</source>
        <translation>Tämän on oltava JSON-objekti, jossa on nimiä ja arvoja.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/json_backup.py" line="85"/>
        <source>This must be a list in square brackets.</source>
        <translation>Tämän on oltava luettelo hakasulkeissa.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/json_backup.py" line="86"/>
        <source>This must be text in quotes.</source>
        <translation>Tämän on oltava tekstiä lainausmerkeissä.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/json_backup.py" line="87"/>
        <source>This must be a list of texts in quotes.</source>
        <translation>Tämän on oltava luettelo lainausmerkeissä olevista teksteistä.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/json_backup.py" line="88"/>
        <source>This text holds characters that are not valid Unicode.</source>
        <translation>Tässä tekstissä on merkkejä, jotka eivät ole kelvollista Unicodea.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/json_backup.py" line="89"/>
        <source>This must be a whole number.</source>
        <translation>Tämän on oltava kokonaisluku.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/json_backup.py" line="90"/>
        <source>This must be an id: a whole number from 1 up.</source>
        <translation>Tämän on oltava ID eli kokonaisluku, joka on vähintään 1.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/json_backup.py" line="91"/>
        <source>This must be a number or null.</source>
        <translation>Tämän on oltava luku tai null.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/json_backup.py" line="92"/>
        <source>This must be true or false.</source>
        <translation>Tämän on oltava true tai false.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/json_backup.py" line="93"/>
        <source>“{value}” is not a date. Write a date as YYYY-MM-DD, such as 2015-06-30, or null.</source>
        <translation>“{value}” ei ole päivämäärä. Kirjoita päivämäärä muodossa VVVV-KK-PP, esimerkiksi 2015-06-30, tai null.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/json_backup.py" line="96"/>
        <source>“{value}” is not a date and time with a time zone, such as 2015-06-30T12:00:00+00:00.</source>
        <translation>“{value}” ei ole päivämäärä ja kellonaika aikavyöhykkeineen. Kirjoita se muodossa 2015-06-30T12:00:00+00:00.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/json_backup.py" line="100"/>
        <source>A code cannot be empty.</source>
        <translation>Koodi ei voi olla tyhjä.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/json_backup.py" line="101"/>
        <source>The code “{code}” is listed twice.</source>
        <translation>Koodi “{code}” on luettelossa kahdesti.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/json_backup.py" line="102"/>
        <source>The id {id} is used twice in this list.</source>
        <translation>ID {id} on käytössä kahdesti tässä luettelossa.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/json_backup.py" line="103"/>
        <source>There is no actor with the id {id} in the file.</source>
        <translation>Tiedostossa ei ole toimijaa, jonka ID on {id}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/json_backup.py" line="104"/>
        <source>There is no cluster with the id {id} in the file.</source>
        <translation>Tiedostossa ei ole klusteria, jonka ID on {id}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/json_backup.py" line="105"/>
        <source>The code “{code}” is not among the file&apos;s terms in “{vocabulary}”.</source>
        <translation>Koodia “{code}” ei ole tiedoston sanastossa “{vocabulary}”.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/json_backup.py" line="108"/>
        <source>The actor already has this role in this cluster earlier in the file.</source>
        <translation>Toimijalle on jo annettu tämä rooli tässä klusterissa aiemmin tiedostossa.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="177"/>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="182"/>
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="183"/>
        <source>Y</source>
        <translation>Y</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="184"/>
        <source>Pinned</source>
        <translation>Kiinnitetty</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="190"/>
        <source>Actors</source>
        <translation>Toimijat</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="194"/>
        <location filename="../../aspdesk/io/sheets.py" line="223"/>
        <location filename="../../aspdesk/io/sheets.py" line="289"/>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="195"/>
        <location filename="../../aspdesk/io/sheets.py" line="224"/>
        <source>Short name</source>
        <translation>Lyhenne</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="196"/>
        <source>Kind</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="197"/>
        <source>Kind (label)</source>
        <translation>Tyyppi (nimi)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="198"/>
        <location filename="../../aspdesk/io/sheets.py" line="225"/>
        <source>Description</source>
        <translation>Kuvaus</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="199"/>
        <source>Business ID</source>
        <translation>Y-tunnus</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="200"/>
        <source>Municipality or region</source>
        <translation>Kunta tai alue</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="201"/>
        <source>Country</source>
        <translation>Maa</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="202"/>
        <source>Website</source>
        <translation>Verkkosivusto</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="203"/>
        <location filename="../../aspdesk/io/sheets.py" line="291"/>
        <source>Email</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="204"/>
        <location filename="../../aspdesk/io/sheets.py" line="292"/>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="205"/>
        <source>Size class</source>
        <translation>Kokoluokka</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="206"/>
        <source>Size class (label)</source>
        <translation>Kokoluokka (nimi)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="207"/>
        <source>Sector</source>
        <translation>Toimiala</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="209"/>
        <source>Tags</source>
        <translation>Tunnisteet</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="211"/>
        <location filename="../../aspdesk/io/sheets.py" line="253"/>
        <location filename="../../aspdesk/io/sheets.py" line="276"/>
        <source>Notes</source>
        <translation>Muistiinpanot</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="219"/>
        <source>Clusters</source>
        <translation>Klusterit</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="226"/>
        <source>Theme</source>
        <translation>Teema</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="227"/>
        <source>Colour</source>
        <translation>Väri</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="229"/>
        <source>Coordinator (actor ID)</source>
        <translation>Koordinaattori (toimijan ID)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="231"/>
        <source>Coordinator name</source>
        <translation>Koordinaattorin nimi</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="232"/>
        <location filename="../../aspdesk/io/sheets.py" line="272"/>
        <source>Start date</source>
        <translation>Alkupäivä</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="233"/>
        <location filename="../../aspdesk/io/sheets.py" line="273"/>
        <source>End date</source>
        <translation>Loppupäivä</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="241"/>
        <source>Memberships</source>
        <translation>Jäsenyydet</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="245"/>
        <location filename="../../aspdesk/io/sheets.py" line="287"/>
        <source>Actor ID</source>
        <translation>Toimijan ID</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="246"/>
        <location filename="../../aspdesk/io/sheets.py" line="288"/>
        <source>Actor name</source>
        <translation>Toimijan nimi</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="247"/>
        <source>Cluster ID</source>
        <translation>Klusterin ID</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="248"/>
        <source>Cluster name</source>
        <translation>Klusterin nimi</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="249"/>
        <source>Role</source>
        <translation>Rooli</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="250"/>
        <source>Role (label)</source>
        <translation>Rooli (nimi)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="251"/>
        <source>Since</source>
        <translation>Alkaen</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="252"/>
        <source>Until</source>
        <translation>Päättyen</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="260"/>
        <source>Relationships</source>
        <translation>Suhteet</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="264"/>
        <source>From (actor ID)</source>
        <translation>Mistä (toimijan ID)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="265"/>
        <source>From name</source>
        <translation>Mistä (toimijan nimi)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="266"/>
        <source>To (actor ID)</source>
        <translation>Mihin (toimijan ID)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="267"/>
        <source>To name</source>
        <translation>Mihin (toimijan nimi)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="268"/>
        <source>Type</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="269"/>
        <source>Type (label)</source>
        <translation>Tyyppi (nimi)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="270"/>
        <source>Directed</source>
        <translation>Suunnattu</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="271"/>
        <source>Strength</source>
        <translation>Vahvuus</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="274"/>
        <source>Source of information</source>
        <translation>Tiedon lähde</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="275"/>
        <source>Last verified</source>
        <translation>Viimeksi tarkistettu</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="283"/>
        <source>Contacts</source>
        <translation>Yhteyshenkilöt</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="290"/>
        <source>Title</source>
        <translation>Tehtävänimike</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/spreadsheet_export.py" line="218"/>
        <source>cannot create the folder: {detail}</source>
        <translation>kansiota ei voi luoda: {detail}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/errors.py" line="60"/>
        <source>Cannot write in the folder of this file: {detail}</source>
        <translation>Tämän tiedoston kansioon ei voi kirjoittaa: {detail}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/errors.py" line="61"/>
        <source>Cannot write the file: {detail}</source>
        <translation>Tiedostoa ei voi kirjoittaa: {detail}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/reading.py" line="13"/>
        <source>The file is larger than {limit} MB, far larger than any map, so it was not read.</source>
        <translation>Tiedosto on yli {limit} Mt eli paljon suurempi kuin yksikään kartta, joten sitä ei luettu.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/graph_import.py" line="46"/>
        <source>The file is not well-formed XML ({detail}). It may be damaged or cut short.</source>
        <translation>Tiedosto ei ole kelvollista XML:ää ({detail}). Se voi olla vioittunut tai katkennut.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/graph_import.py" line="49"/>
        <source>The file declares a document type (DTD), which may define entities or refer to other files. Graph files do not need one, and it can be used to attack a computer, so the file was not read.</source>
        <translation>Tiedosto määrittelee asiakirjatyypin (DTD), joka voi määritellä entiteettejä tai viitata muihin tiedostoihin. Verkostotiedostot eivät tarvitse sitä, ja sillä voi hyökätä tietokoneeseen, joten tiedostoa ei luettu.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/graph_import.py" line="55"/>
        <source>The file holds a value longer than {limit} characters, so it was not read.</source>
        <translation>Tiedostossa on yli {limit} merkin pituinen arvo, joten sitä ei luettu.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/graph_import.py" line="58"/>
        <source>This file is not a GraphML or GEXF file.</source>
        <translation>Tämä ei ole GraphML- tai GEXF-tiedosto.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/graph_import.py" line="59"/>
        <source>The file holds no graph.</source>
        <translation>Tiedostossa ei ole verkostoa.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/graph_import.py" line="60"/>
        <source>This node has no id, so it was left out.</source>
        <translation>Solmulla ei ole tunnusta (id), joten se jätettiin pois.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/graph_import.py" line="61"/>
        <source>The node id “{id}” is used twice; the second node was left out.</source>
        <translation>Solmun tunnusta “{id}” on käytetty kahdesti; jälkimmäinen solmu jätettiin pois.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/graph_import.py" line="64"/>
        <source>The kind “{code}” is not known; the actor was given the kind “other”.</source>
        <translation>Tyyppiä “{code}” ei tunneta; toimijan tyypiksi annettiin “muu”.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/graph_import.py" line="67"/>
        <source>The relationship type “{code}” is not known; it was read as “collaboration”.</source>
        <translation>Suhdetyyppiä “{code}” ei tunneta; se luettiin yhteistyöksi.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/graph_import.py" line="70"/>
        <source>“{value}” is not a valid {field}; it was left out.</source>
        <translation>“{value}” ei kelpaa kentän {field} arvoksi; se jätettiin pois.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/graph_import.py" line="71"/>
        <source>The edge refers to a node “{id}” that is not in the file, so it was left out.</source>
        <translation>Yhteys viittaa solmuun “{id}”, jota tiedostossa ei ole, joten se jätettiin pois.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/graph_import.py" line="74"/>
        <source>The edge joins the node “{id}” to itself, so it was left out.</source>
        <translation>Yhteys yhdistää solmun “{id}” itseensä, joten se jätettiin pois.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/graph_import.py" line="75"/>
        <source>The edge does not join two actors, so it was left out.</source>
        <translation>Yhteys ei yhdistä kahta toimijaa, joten se jätettiin pois.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/graph_import.py" line="78"/>
        <source>The membership does not join an actor to a cluster, so it was left out.</source>
        <translation>Jäsenyys ei yhdistä toimijaa klusteriin, joten se jätettiin pois.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/spreadsheet_import.py" line="44"/>
        <source>No column for the actor&apos;s name was found. Name one column Nimi or Name.</source>
        <translation>Toimijan nimelle ei löytynyt saraketta. Anna yhdelle sarakkeelle otsikko Nimi tai Name.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/spreadsheet_import.py" line="47"/>
        <source>The name is missing.</source>
        <translation>Nimi puuttuu.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/spreadsheet_import.py" line="48"/>
        <source>“{value}” is not a kind of actor that this map knows.</source>
        <translation>“{value}” ei ole tämän kartan tuntema toimijatyyppi.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/spreadsheet_import.py" line="49"/>
        <source>“{value}” is not a size class that this map knows.</source>
        <translation>“{value}” ei ole tämän kartan tuntema kokoluokka.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/spreadsheet_import.py" line="50"/>
        <source>“{value}” is not an ID. An ID is a whole number from 1 up.</source>
        <translation>“{value}” ei ole ID. ID on kokonaisluku 1:stä ylöspäin.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/spreadsheet_import.py" line="51"/>
        <source>aspdesk cannot import {suffix} files. Save the table as .xlsx or .csv first.</source>
        <translation>aspdesk ei voi tuoda {suffix}-tiedostoja. Tallenna taulukko ensin muodossa .xlsx tai .csv.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/spreadsheet_import.py" line="54"/>
        <source>This is an old Excel file (.xls). Open it in Excel and save it as an Excel workbook (.xlsx), then import that.</source>
        <translation>Tämä on vanha Excel-tiedosto (.xls). Avaa se Excelissä, tallenna Excel-työkirjaksi (.xlsx) ja tuo sitten se.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/spreadsheet_import.py" line="59"/>
        <source>This file is not an Excel workbook (.xlsx), although its name ends in {suffix}. It may be damaged, or it is another kind of file.</source>
        <translation>Tämä ei ole Excel-työkirja (.xlsx), vaikka nimen pääte on {suffix}. Se voi olla vioittunut tai jokin muu tiedostotyyppi.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/spreadsheet_import.py" line="64"/>
        <source>This file is an Excel workbook or another packed file, not CSV text. If it is a workbook, give it a name ending in .xlsx.</source>
        <translation>Tämä on Excel-työkirja tai muu pakattu tiedosto eikä CSV-tekstiä. Jos se on työkirja, anna sille nimi, jonka pääte on .xlsx.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/spreadsheet_import.py" line="69"/>
        <source>This file is not CSV text. It may be damaged or binary data.</source>
        <translation>Tämä ei ole CSV-tekstiä. Se voi olla vioittunut tai binääridataa.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/spreadsheet_import.py" line="70"/>
        <source>The workbook has no sheets.</source>
        <translation>Työkirjassa ei ole yhtään taulukkoa.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/merging.py" line="57"/>
        <source>This row has errors, listed under Problems.</source>
        <translation>Rivillä on virheitä; ne on lueteltu kohdassa Ongelmat.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/merging.py" line="58"/>
        <source>It refers to {place}, which has errors and is not imported.</source>
        <translation>Se viittaa kohtaan {place}, jossa on virheitä ja jota ei tuoda.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/merging.py" line="61"/>
        <source>It refers to “{key}”, which is not in the file.</source>
        <translation>Se viittaa kohteeseen ”{key}”, jota ei ole tiedostossa.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/merging.py" line="62"/>
        <source>It is the same as {place} in the file, so it would be imported twice.</source>
        <translation>Se on sama kuin tiedoston kohta {place}, joten se tuotaisiin kahdesti.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/workbook_import.py" line="59"/>
        <source>“{value}” is not a role that this map knows.</source>
        <translation>”{value}” ei ole tämän kartan tuntema rooli.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/workbook_import.py" line="60"/>
        <source>“{value}” is not a relationship type that this map knows.</source>
        <translation>”{value}” ei ole tämän kartan tuntema suhteen tyyppi.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/workbook_import.py" line="61"/>
        <source>“{value}” is not a date. Write a date as 30.6.2015 or 2015-06-30.</source>
        <translation>”{value}” ei ole päivämäärä. Kirjoita päivämäärä muodossa 30.6.2015 tai 2015-06-30.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/workbook_import.py" line="64"/>
        <source>“{value}” is not a number.</source>
        <translation>”{value}” ei ole luku.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/workbook_import.py" line="65"/>
        <source>“{value}” is not yes or no.</source>
        <translation>”{value}” ei ole kyllä tai ei.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/workbook_import.py" line="66"/>
        <source>This cell cannot be empty.</source>
        <translation>Tämä solu ei voi olla tyhjä.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/workbook_import.py" line="67"/>
        <source>The ID {id} is already used on an earlier row, so this row was left out.</source>
        <translation>Tunnus {id} on jo käytössä aiemmalla rivillä, joten tämä rivi jätettiin pois.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/import_formats.py" line="21"/>
        <source>aspdesk cannot import {suffix} files. Choose an .xlsx or .csv table, a .graphml or .gexf graph, or a .json map backup.</source>
        <translation>aspdesk ei osaa tuoda {suffix}-tiedostoja. Valitse .xlsx- tai .csv-taulukko, .graphml- tai .gexf-verkko tai kartan .json-varmuuskopio.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/problems.py" line="19"/>
        <source>row {row}</source>
        <translation>rivi {row}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/problems.py" line="20"/>
        <source>column {column}</source>
        <translation>sarake {column}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/template.py" line="38"/>
        <source>Codes</source>
        <translation>Koodit</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/template.py" line="40"/>
        <source>Column</source>
        <translation>Sarake</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/template.py" line="41"/>
        <source>Code</source>
        <translation>Koodi</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/template.py" line="42"/>
        <source>Meaning</source>
        <translation>Merkitys</translation>
    </message>
</context>
<context>
    <name>launch</name>
    <message>
        <location filename="../../aspdesk/ui/launch.py" line="51"/>
        <source>Create a new map?</source>
        <translation>Luodaanko uusi kartta?</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/launch.py" line="52"/>
        <source>{path} does not exist. Create a new, empty map there?</source>
        <translation>Tiedostoa {path} ei ole olemassa. Luodaanko siihen uusi, tyhjä kartta?</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/launch.py" line="62"/>
        <source>The map could not be opened</source>
        <translation>Karttaa ei voitu avata</translation>
    </message>
</context>
<context>
    <name>naming</name>
    <message>
        <location filename="../../aspdesk/ui/naming.py" line="29"/>
        <source>{actor} in {cluster} as {role}</source>
        <translation>{actor} – {cluster} ({role})</translation>
    </message>
</context>
<context>
    <name>store</name>
    <message>
        <location filename="../../aspdesk/store/errors.py" line="21"/>
        <source>The map could not be changed: {detail}</source>
        <translation>Karttaa ei voitu muuttaa: {detail}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/errors.py" line="42"/>
        <source>This change conflicts with the map: {detail}</source>
        <translation>Muutos on ristiriidassa kartan kanssa: {detail}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/errors.py" line="48"/>
        <source>{path} could not be opened: {detail}</source>
        <translation>Tiedostoa {path} ei voitu avata: {detail}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/errors.py" line="54"/>
        <source>{path} is not an aspdesk map. It was left as it is. Choose a file ending in .aspmap.</source>
        <translation>Tiedosto {path} ei ole aspdesk-kartta. Tiedostoon ei tehty muutoksia. Valitse tiedosto, jonka pääte on .aspmap.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/errors.py" line="63"/>
        <source>{path} is damaged and cannot be opened ({detail}). The file was left as it is; open a backup copy instead.</source>
        <translation>Tiedosto {path} on vioittunut, eikä sitä voi avata ({detail}). Tiedostoon ei tehty muutoksia; avaa sen sijaan varmuuskopio.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/errors.py" line="73"/>
        <source>{path} was saved by a newer version of aspdesk. Update aspdesk to open it; the file was left as it is.</source>
        <translation>Tiedosto {path} on tallennettu uudemmalla aspdesk-versiolla. Päivitä aspdesk, jotta voit avata sen; tiedostoon ei tehty muutoksia.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/errors.py" line="83"/>
        <source>{path} could not be brought up to date for this version of aspdesk ({detail}). The map was left as it was.</source>
        <translation>Tiedostoa {path} ei voitu päivittää tämän aspdesk-version muotoon ({detail}). Karttaan ei tehty muutoksia.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/errors.py" line="93"/>
        <source>{path} already exists; choose another name.</source>
        <translation>Tiedosto {path} on jo olemassa; valitse toinen nimi.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/repository.py" line="45"/>
        <source>the actor already has this role in this cluster</source>
        <translation>toimijalla on jo tämä rooli tässä klusterissa</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/repository.py" line="48"/>
        <source>it refers to an actor, cluster or code that is not in the map</source>
        <translation>se viittaa toimijaan, klusteriin tai koodiin, jota ei ole kartassa</translation>
    </message>
</context>
<context>
    <name>tables</name>
    <message>
        <location filename="../../aspdesk/ui/table_models.py" line="84"/>
        <location filename="../../aspdesk/ui/table_models.py" line="96"/>
        <location filename="../../aspdesk/ui/table_models.py" line="121"/>
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/table_models.py" line="85"/>
        <location filename="../../aspdesk/ui/table_models.py" line="97"/>
        <source>Short name</source>
        <translation>Lyhenne</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/table_models.py" line="87"/>
        <source>Kind</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/table_models.py" line="90"/>
        <source>Municipality</source>
        <translation>Kunta</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/table_models.py" line="91"/>
        <source>Country</source>
        <translation>Maa</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/table_models.py" line="92"/>
        <source>Business ID</source>
        <translation>Y-tunnus</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/table_models.py" line="93"/>
        <source>Tags</source>
        <translation>Tunnisteet</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/table_models.py" line="98"/>
        <source>Theme</source>
        <translation>Teema</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/table_models.py" line="100"/>
        <source>Coordinator</source>
        <translation>Koordinaattori</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/table_models.py" line="103"/>
        <source>Start</source>
        <translation>Alkupäivä</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/table_models.py" line="106"/>
        <source>From</source>
        <translation>Mistä</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/table_models.py" line="107"/>
        <source>To</source>
        <translation>Mihin</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/table_models.py" line="109"/>
        <source>Type</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/table_models.py" line="112"/>
        <source>Directed</source>
        <translation>Suunnattu</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/table_models.py" line="114"/>
        <source>Strength</source>
        <translation>Vahvuus</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/table_models.py" line="118"/>
        <source>Last verified</source>
        <translation>Viimeksi tarkistettu</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/table_models.py" line="122"/>
        <source>Title</source>
        <translation>Tehtävänimike</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/table_models.py" line="123"/>
        <source>Email</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/table_models.py" line="124"/>
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/table_models.py" line="127"/>
        <source>Actor</source>
        <translation>Toimija</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/table_models.py" line="129"/>
        <source>Cluster</source>
        <translation>Klusteri</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/table_models.py" line="133"/>
        <source>Role</source>
        <translation>Rooli</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/table_models.py" line="136"/>
        <source>Since</source>
        <translation>Alkaen</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/table_models.py" line="137"/>
        <source>Until</source>
        <translation>Päättyen</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <location filename="../../aspdesk/domain/validation.py" line="43"/>
        <source>Enter a name.</source>
        <translation>Anna nimi.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/domain/validation.py" line="44"/>
        <source>Use at most {max} characters.</source>
        <translation>Käytä enintään {max} merkkiä.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/domain/validation.py" line="45"/>
        <source>Remove the control character at position {position}.</source>
        <translation>Poista ohjausmerkki kohdasta {position}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/domain/validation.py" line="48"/>
        <source>Choose a kind of actor from the list.</source>
        <translation>Valitse toimijan tyyppi luettelosta.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/domain/validation.py" line="49"/>
        <source>Choose a size class from the list.</source>
        <translation>Valitse kokoluokka luettelosta.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/domain/validation.py" line="50"/>
        <source>Choose a role from the list.</source>
        <translation>Valitse rooli luettelosta.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/domain/validation.py" line="51"/>
        <source>Choose a relationship type from the list.</source>
        <translation>Valitse suhteen tyyppi luettelosta.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/domain/validation.py" line="52"/>
        <source>Write the business ID as seven digits, a hyphen and a check digit, such as 1234567-8.</source>
        <translation>Kirjoita Y-tunnus muodossa seitsemän numeroa, väliviiva ja tarkistusnumero, esimerkiksi 1234567-8.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/domain/validation.py" line="56"/>
        <source>The check digit (the last digit) of this business ID does not match the first seven digits. Check the number.</source>
        <translation>Y-tunnuksen tarkistusnumero (viimeinen numero) ei täsmää seitsemään ensimmäiseen numeroon. Tarkista tunnus.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/domain/validation.py" line="61"/>
        <source>Use a two-letter country code such as FI, SE or NO.</source>
        <translation>Käytä kaksikirjaimista maatunnusta, esimerkiksi FI, SE tai NO.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/domain/validation.py" line="62"/>
        <source>Enter an email address such as name@example.fi.</source>
        <translation>Anna sähköpostiosoite, esimerkiksi nimi@example.fi.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/domain/validation.py" line="63"/>
        <source>Enter a phone number of at least {min} digits, using only digits, spaces, +, -, ( and ).</source>
        <translation>Anna puhelinnumero, jossa on vähintään {min} numeroa. Käytä vain numeroita, välilyöntejä ja merkkejä +, -, ( ja ).</translation>
    </message>
    <message>
        <location filename="../../aspdesk/domain/validation.py" line="67"/>
        <source>Enter a web address such as www.example.fi.</source>
        <translation>Anna verkko-osoite, esimerkiksi www.example.fi.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/domain/validation.py" line="68"/>
        <source>Use a colour in the form #RRGGBB, such as #1F77B4.</source>
        <translation>Anna väri muodossa #RRGGBB, esimerkiksi #1F77B4.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/domain/validation.py" line="69"/>
        <source>Shorten the tag “{tag}” to {max} characters.</source>
        <translation>Lyhennä tunniste “{tag}” enintään {max} merkkiin.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/domain/validation.py" line="70"/>
        <source>The end date cannot be before the start date.</source>
        <translation>Loppupäivä ei voi olla ennen alkupäivää.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/domain/validation.py" line="71"/>
        <source>Choose an actor.</source>
        <translation>Valitse toimija.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/domain/validation.py" line="72"/>
        <source>Choose a cluster.</source>
        <translation>Valitse klusteri.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/domain/validation.py" line="73"/>
        <source>An actor cannot have a relationship with itself.</source>
        <translation>Toimijalla ei voi olla suhdetta itseensä.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/domain/validation.py" line="74"/>
        <source>Choose a strength from {min} to {max}.</source>
        <translation>Valitse vahvuus väliltä {min}–{max}.</translation>
    </message>
</context>
</TS>
