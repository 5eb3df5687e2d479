<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fi_FI">
<context>
    <name>Access</name>
    <message>
        <location filename="../../aspdesk/store/opening.py" line="58" />
        <source>This map file is read-only, so it is shown but cannot be changed. To edit it, save a copy (File &gt; Save a copy as) and open the copy.</source>
        <translation>Tämä karttatiedosto on kirjoitussuojattu, joten kartta näytetään, mutta sitä ei voi muuttaa. Jos haluat muokata sitä, tallenna kopio (Tiedosto &gt; Tallenna kopiona) ja avaa kopio.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/opening.py" line="63" />
        <source>The folder of this map cannot be written, so the map is shown but cannot be changed. To edit it, save a copy in a folder of your own and open the copy.</source>
        <translation>Tämän kartan kansioon ei voi kirjoittaa, joten kartta näytetään, mutta sitä ei voi muuttaa. Jos haluat muokata sitä, tallenna kopio johonkin omaan kansioosi ja avaa kopio.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/opening.py" line="68" />
        <source>This map file has {count} names on the disk (hard links), so another aspdesk could edit it under another name without either knowing. It is shown read-only. To edit it, save a copy (File &gt; Save a copy as) and open the copy.</source>
        <translation>Tällä karttatiedostolla on levyllä {count} nimeä (kovia linkkejä), joten toinen aspdesk voisi muokata sitä toisella nimellä kummankaan tietämättä. Kartta näytetään vain luku -tilassa. Jos haluat muokata sitä, tallenna kopio (Tiedosto &gt; Tallenna kopiona) ja avaa kopio.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/opening.py" line="74" />
        <source>This map was opened only for reading.</source>
        <translation>Tämä kartta avattiin vain luettavaksi.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/opening.py" line="75" />
        <source>It was left in the middle of saving an edit (aspdesk or the computer stopped then); it is shown as it was after its last completed save, and the file is unchanged.</source>
        <translation>Sen tallennus jäi kesken (aspdesk tai tietokone pysähtyi kesken muutoksen tallentamisen); kartta näytetään sellaisena kuin se oli viimeisimmän valmiin tallennuksen jälkeen, eikä tiedostoa ole muutettu.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/opening.py" line="80" />
        <source>It was made by an older version of aspdesk; it is shown brought up to date, and the file itself is unchanged.</source>
        <translation>Se on tehty aspdeskin vanhemmalla versiolla; se näytetään tämän version muodossa, eikä itse tiedostoa ole muutettu.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/opening.py" line="85" />
        <source>aspdesk or the computer stopped while this map was saving an edit. That one edit was not finished and has been undone; everything saved before it is here.</source>
        <translation>aspdesk tai tietokone pysähtyi, kun tähän karttaan tallennettiin muutosta. Tuo yksi muutos jäi kesken, ja se on peruttu; kaikki sitä ennen tallennettu on tallessa.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/opening.py" line="90" />
        <source>This map was brought up to date for this version of aspdesk. A copy of it as it was is in {backup}.</source>
        <translation>Tämä kartta päivitettiin aspdeskin tämän version muotoon. Kopio kartasta sellaisena kuin se oli on tiedostossa {backup}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/locking.py" line="37" />
        <source>This map is open for editing in another aspdesk window ({where}), so it is shown read-only here and nothing can be lost between the two. Close it there and open it again here to edit.</source>
        <translation>Tämä kartta on avoinna muokattavana toisessa aspdesk-ikkunassa ({where}), joten se näytetään tässä vain luku -tilassa, jottei kummastakaan ikkunasta katoa mitään. Jos haluat muokata karttaa tässä, sulje se siellä ja avaa se uudelleen täällä.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/locking.py" line="43" />
        <source>This map is shown read-only: aspdesk keeps a small lock file named {name} beside the map while it is edited, and a folder of that name is in its place. Remove or rename that folder, then open the map again to edit.</source>
        <translation>Tämä kartta näytetään vain luku -tilassa: aspdesk pitää muokattavan kartan vieressä pientä lukitustiedostoa nimeltä {name}, ja sen paikalla on samanniminen kansio. Poista kansio tai nimeä se uudelleen ja avaa kartta sitten uudelleen muokataksesi sitä.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/locking.py" line="49" />
        <source>This map is shown read-only: its lock file {name} belongs to another user account ({owner}) and this account may not use it. Ask that user, or whoever looks after the computer, to delete it, or save a copy of the map in a folder of your own.</source>
        <translation>Tämä kartta näytetään vain luku -tilassa: sen lukitustiedosto {name} kuuluu toiselle käyttäjätilille ({owner}), eikä tämä tili saa käyttää sitä. Pyydä sitä käyttäjää tai tietokoneen ylläpitäjää poistamaan tiedosto, tai tallenna kartasta kopio omaan kansioosi.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/locking.py" line="55" />
        <source>This map is shown read-only because its lock file {name} cannot be used ({detail}). To edit it, save a copy in a folder of your own and open the copy.</source>
        <translation>Tämä kartta näytetään vain luku -tilassa, koska sen lukitustiedostoa {name} ei voi käyttää ({detail}). Jos haluat muokata karttaa, tallenna kopio omaan kansioosi ja avaa kopio.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/team/opening.py" line="47" />
        <source>You can read this team map but not change it: the server gives your user {user} only the viewer's role. To edit, ask the server's admin for the editor's role (aspdesk_editor).</source>
        <translation>Voit lukea tätä yhteistä karttaa mutta et muuttaa sitä: palvelin antaa käyttäjällesi {user} vain lukijan roolin. Jos haluat muokata, pyydä palvelimen ylläpitäjältä muokkaajan rooli (aspdesk_editor).</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/offline.py" line="52" />
        <source>An offline copy of {name} ({address}), taken {taken}. File &gt; Send changes to the team map sends what you change here back to it.</source>
        <translation>Offline-kopio yhteisestä kartasta {name} ({address}), otettu {taken}. Tiedosto &gt; Lähetä muutokset yhteiseen karttaan lähettää tässä tekemäsi muutokset takaisin sinne.</translation>
    </message>
</context>
<context>
    <name>AmountEditor</name>
    <message>
        <location filename="../../aspdesk/ui/forms/number_editors.py" line="69" />
        <source>e.g. {example}</source>
        <translation>esim. {example}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/number_editors.py" line="74" />
        <source>Write the amount in euros, such as {whole} or {cents} (spaces between thousands are fine).</source>
        <translation>Kirjoita summa euroina, esimerkiksi {whole} tai {cents} (tuhansien välissä saa olla välilyöntejä).</translation>
    </message>
</context>
<context>
    <name>AnalysisDocks</name>
    <message>
        <location filename="../../aspdesk/ui/window/analysis_docks.py" line="38" />
        <source>Network metrics</source>
        <translation>Verkoston tunnusluvut</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/analysis_docks.py" line="39" />
        <source>Cluster health</source>
        <translation>Klustereiden tila</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/analysis_docks.py" line="40" />
        <source>Outcomes</source>
        <translation>Tulokset</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <location filename="../../aspdesk/ui/window/background.py" line="57" />
        <source>Cancel</source>
        <translation>Peruuta</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../aspdesk/ui/files/backups_dialog.py" line="26" />
        <source>When the map was opened</source>
        <translation>Kun kartta avattiin</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/backups_dialog.py" line="27" />
        <source>Before a restore</source>
        <translation>Ennen palautusta</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/backups_dialog.py" line="28" />
        <source>Before an update of aspdesk</source>
        <translation>Ennen aspdeskin päivitystä</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/backups_dialog.py" line="37" />
        <source>Restore from backup</source>
        <translation>Palauta varmuuskopiosta</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/backups_dialog.py" line="42" />
        <source>aspdesk copies the map each time it is opened. Restoring replaces what the map holds now with the chosen copy; Edit &gt; Undo takes the restore back, and the map as it is now is copied first.</source>
        <translation>aspdesk kopioi kartan aina, kun se avataan. Palautus korvaa kartan nykyisen sisällön valitulla kopiolla; Muokkaa &gt; Kumoa peruu palautuksen, ja kartasta otetaan ensin kopio sellaisena kuin se on nyt.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/backups_dialog.py" line="50" />
        <source>Made</source>
        <translation>Tehty</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/backups_dialog.py" line="50" />
        <source>Size</source>
        <translation>Koko</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/backups_dialog.py" line="50" />
        <source>Why</source>
        <translation>Syy</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/backups_dialog.py" line="73" />
        <source>This map has no backup copies yet.</source>
        <translation>Tästä kartasta ei ole vielä varmuuskopioita.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/backups_dialog.py" line="75" />
        <source>Copies kept from opening the map:</source>
        <translation>Kartan avaamisen yhteydessä tehtyjä kopioita säilytetään:</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/backups_dialog.py" line="84" />
        <source>Restore this copy</source>
        <translation>Palauta tämä kopio</translation>
    </message>
</context>
<context>
    <name>CellsPanel</name>
    <message>
        <location filename="../../aspdesk/ui/importing/cells.py" line="48" />
        <source>Column in the file</source>
        <translation>Sarake tiedostossa</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/importing/cells.py" line="48" />
        <source>Value</source>
        <translation>Arvo</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/importing/cells.py" line="48" />
        <source>Problem or note</source>
        <translation>Ongelma tai huomautus</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/importing/cells.py" line="74" />
        <source>Select a row above to see its cells.</source>
        <translation>Valitse rivi yllä nähdäksesi sen solut.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/importing/cells.py" line="84" />
        <source>The cells of {place}. Correct a value here (double-click it or start typing) and the row is checked and planned again at once; the file is not changed.</source>
        <translation>Kohdan {place} solut. Korjaa arvo tässä (kaksoisnapsauta sitä tai ala kirjoittaa), niin rivi tarkistetaan ja suunnitellaan heti uudelleen; tiedostoa ei muuteta.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/importing/cells.py" line="93" />
        <source>The problems of {place}. Correct them in the file and import it again.</source>
        <translation>Kohdan {place} ongelmat. Korjaa ne tiedostoon ja tuo se uudelleen.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/importing/cells.py" line="96" />
        <source>{place} has nothing to mend.</source>
        <translation>Kohdassa {place} ei ole korjattavaa.</translation>
    </message>
</context>
<context>
    <name>ClusterOverview</name>
    <message>
        <location filename="../../aspdesk/ui/tables/overview.py" line="117" />
        <source>Clusters and the cluster model</source>
        <translation>Klusterit ja klusterimalli</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/tables/overview.py" line="121" />
        <source>Each cluster's members and the roles of the cluster model that nobody fills yet. Hover over a row to see how many members fill each role.</source>
        <translation>Kunkin klusterin jäsenet sekä klusterimallin roolit, joita kukaan ei vielä täytä. Vie osoitin rivin päälle nähdäksesi, montako jäsentä kussakin roolissa on.</translation>
    </message>
</context>
<context>
    <name>ClustersEditor</name>
    <message>
        <location filename="../../aspdesk/ui/forms/editors.py" line="348" />
        <source>The map has no clusters yet.</source>
        <translation>Kartassa ei ole vielä klustereita.</translation>
    </message>
</context>
<context>
    <name>ColourEditor</name>
    <message>
        <location filename="../../aspdesk/ui/forms/editors.py" line="277" />
        <source>e.g. {example}</source>
        <translation>esim. {example}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/editors.py" line="285" />
        <source>Choose a colour</source>
        <translation>Valitse väri</translation>
    </message>
</context>
<context>
    <name>ColourScheme</name>
    <message>
        <location filename="../../aspdesk/ui/window/colour_scheme.py" line="142" />
        <source>Colour &amp;scheme</source>
        <translation>&amp;Väriteema</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/colour_scheme.py" line="145" />
        <source>Follow the &amp;system</source>
        <translation>&amp;Järjestelmän mukaan</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/colour_scheme.py" line="146" />
        <source>&amp;Light</source>
        <translation>&amp;Vaalea</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/colour_scheme.py" line="147" />
        <source>&amp;Dark</source>
        <translation>&amp;Tumma</translation>
    </message>
</context>
<context>
    <name>ColumnsPage</name>
    <message>
        <location filename="../../aspdesk/ui/importing/dialog.py" line="71" />
        <source>aspdesk matched the columns of the file to the fields of an actor by their headers. Check them, and change any that are wrong. A column set to “Not imported” is left out.</source>
        <translation>aspdesk yhdisti tiedoston sarakkeet toimijan kenttiin otsikoiden perusteella. Tarkista ne ja korjaa väärät. Sarake, jonka kohdalla on ”Ei tuoda”, jätetään pois.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/importing/dialog.py" line="80" />
        <source>Column in the file</source>
        <translation>Sarake tiedostossa</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/importing/dialog.py" line="80" />
        <source>Examples</source>
        <translation>Esimerkkejä</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/importing/dialog.py" line="80" />
        <source>Field in aspdesk</source>
        <translation>Kenttä aspdeskissä</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/importing/dialog.py" line="88" />
        <source>Save a template workbook…</source>
        <translation>Tallenna pohjatyökirja…</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/importing/dialog.py" line="90" />
        <source>An empty workbook with the headers aspdesk recognises, to fill in.</source>
        <translation>Tyhjä täytettävä työkirja, jonka otsikot aspdesk tunnistaa.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/importing/dialog.py" line="107" />
        <source>Not imported</source>
        <translation>Ei tuoda</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../aspdesk/ui/window/conflict_dialog.py" line="33" />
        <source>Someone else changed this</source>
        <translation>Joku muu muutti tätä</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/conflict_dialog.py" line="37" />
        <source>“{name}” was changed by someone else after you last saw it, so it was not deleted. Their change is shown now.</source>
        <translation>Joku muu muutti kohdetta ”{name}” sen jälkeen, kun näit sen viimeksi, joten sitä ei poistettu. Hänen muutoksensa näkyy nyt.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/conflict_dialog.py" line="42" />
        <source>“{name}” was changed by someone else after you last saw it, so your change was not saved. Their change is shown now.</source>
        <translation>Joku muu muutti kohdetta ”{name}” sen jälkeen, kun näit sen viimeksi, joten muutostasi ei tallennettu. Hänen muutoksensa näkyy nyt.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/conflict_dialog.py" line="51" />
        <source>Field</source>
        <translation>Kenttä</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/conflict_dialog.py" line="51" />
        <source>Changed</source>
        <translation>Muutettu</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/conflict_dialog.py" line="51" />
        <source>Their value</source>
        <translation>Hänen arvonsa</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/conflict_dialog.py" line="53" />
        <source>Your value</source>
        <translation>Sinun arvosi</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/conflict_dialog.py" line="61" />
        <source>Someone</source>
        <translation>Joku</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/conflict_dialog.py" line="64" />
        <source>{author} changed it at {time}</source>
        <translation>{author} muutti sitä {time}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/conflict_dialog.py" line="75" />
        <source>Delete it anyway, or keep it as they left it?</source>
        <translation>Poistetaanko se silti, vai jätetäänkö se sellaiseksi kuin hän sen jätti?</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/conflict_dialog.py" line="77" />
        <source>Keep their value, or save yours over it?</source>
        <translation>Pidetäänkö hänen arvonsa, vai tallennetaanko sinun arvosi sen tilalle?</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/conflict_dialog.py" line="81" />
        <source>Keep it</source>
        <translation>Säilytä</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/conflict_dialog.py" line="81" />
        <source>Keep theirs</source>
        <translation>Pidä hänen arvonsa</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/conflict_dialog.py" line="82" />
        <source>Delete anyway</source>
        <translation>Poista silti</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/conflict_dialog.py" line="82" />
        <source>Use mine</source>
        <translation>Käytä omaani</translation>
    </message>
</context>
<context>
    <name>ConsortiumActions</name>
    <message>
        <location filename="../../aspdesk/ui/consortium/actions.py" line="30" />
        <source>Consortium &amp;builder…</source>
        <translation>K&amp;onsortion kokoaja…</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/consortium/actions.py" line="33" />
        <source>Gather partners for a funding programme and check its eligibility rules</source>
        <translation>Kokoa partnerit rahoitusohjelmaa varten ja tarkista sen tukikelpoisuussäännöt</translation>
    </message>
</context>
<context>
    <name>ConsortiumDialogs</name>
    <message>
        <location filename="../../aspdesk/ui/consortium/dialogs.py" line="98" />
        <source>Save the consortium</source>
        <translation>Tallenna konsortio</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/consortium/dialogs.py" line="100" />
        <source>This consortium belongs to the project “{name}”. Update that project's partners, or save the consortium as a new project?</source>
        <translation>Tämä konsortio kuuluu hankkeeseen ”{name}”. Päivitetäänkö hankkeen partnerit vai tallennetaanko konsortio uutena hankkeena?</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/consortium/dialogs.py" line="108" />
        <source>Updating adds the new partners to the project, takes out those no longer in the consortium and changes roles; partners who stay keep their budget shares. Undo takes it back.</source>
        <translation>Päivitys lisää hankkeeseen uudet partnerit, poistaa ne, jotka eivät enää ole konsortiossa, ja muuttaa rooleja; hankkeeseen jäävät partnerit säilyttävät budjettiosuutensa. Kumoa peruu päivityksen.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/consortium/dialogs.py" line="113" />
        <source>&amp;Update the project</source>
        <translation>&amp;Päivitä hanke</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/consortium/dialogs.py" line="114" />
        <source>Save as a &amp;new project…</source>
        <translation>Tallenna &amp;uutena hankkeena…</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/consortium/dialogs.py" line="134" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-työkirja (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/consortium/dialogs.py" line="135" />
        <source>PDF document (*.pdf)</source>
        <translation>PDF-asiakirja (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/consortium/dialogs.py" line="137" />
        <source>Export the partner table</source>
        <translation>Vie partneritaulukko</translation>
    </message>
</context>
<context>
    <name>ConsortiumModel</name>
    <message>
        <location filename="../../aspdesk/ui/consortium/model.py" line="39" />
        <source>Organisation</source>
        <translation>Organisaatio</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/consortium/model.py" line="40" />
        <source>Country</source>
        <translation>Maa</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/consortium/model.py" line="41" />
        <source>Kind</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/consortium/model.py" line="42" />
        <source>PIC</source>
        <translation>PIC-koodi</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/consortium/model.py" line="43" />
        <location filename="../../aspdesk/ui/consortium/model.py" line="238" />
        <source>Role</source>
        <translation>Rooli</translation>
    </message>
</context>
<context>
    <name>ConsortiumOutput</name>
    <message>
        <location filename="../../aspdesk/ui/consortium/output.py" line="75" />
        <source>Consortium for {programme}</source>
        <translation>Konsortio: {programme}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/consortium/output.py" line="89" />
        <location filename="../../aspdesk/ui/consortium/output.py" line="194" />
        <source>Add partners to the consortium first.</source>
        <translation>Lisää ensin partnereita konsortioon.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/consortium/output.py" line="103" />
        <source>The project “{name}” is no longer in the map, so the consortium is saved as a new project.</source>
        <translation>Hanketta ”{name}” ei enää ole kartassa, joten konsortio tallennetaan uutena hankkeena.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/consortium/output.py" line="129" />
        <source>The project was not saved</source>
        <translation>Hanketta ei tallennettu</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/consortium/output.py" line="138" />
        <source>Save the consortium as the project “{name}”</source>
        <translation>Tallenna konsortio hankkeeksi ”{name}”</translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/consortium/output.py" line="146" />
        <source>Saved as the project “{name}” (in preparation) with %n partner(s). Undo takes it back.</source>
        <translation>
            <numerusform>Tallennettiin hankkeeksi ”{name}” (valmistelussa), jossa on %n partneri. Kumoa peruu tallennuksen.</numerusform>
            <numerusform>Tallennettiin hankkeeksi ”{name}” (valmistelussa), jossa on %n partneria. Kumoa peruu tallennuksen.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/consortium/output.py" line="161" />
        <source>Update the partners of the project “{name}”</source>
        <translation>Päivitä hankkeen ”{name}” partnerit</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/consortium/output.py" line="165" />
        <source>The project “{name}” already has these partners in these roles.</source>
        <translation>Hankkeella ”{name}” on jo nämä partnerit näissä rooleissa.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/consortium/output.py" line="176" />
        <source>Updated the partners of the project “{name}”: {added} added, {removed} taken out, {changed} in another role. Undo takes it back.</source>
        <translation>Hankkeen ”{name}” partnerit päivitettiin: lisättiin {added}, poistettiin {removed}, roolia muutettiin {changed}. Kumoa peruu päivityksen.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/consortium/output.py" line="227" />
        <source>The partner table was not written</source>
        <translation>Partneritaulukkoa ei kirjoitettu</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/consortium/output.py" line="232" />
        <source>Partner table saved to {path}</source>
        <translation>Partneritaulukko tallennettiin tiedostoon {path}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/consortium/output.py" line="245" />
        <source>The map has no projects yet.</source>
        <translation>Kartassa ei ole vielä hankkeita.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/consortium/output.py" line="254" />
        <location filename="../../aspdesk/ui/consortium/output.py" line="260" />
        <source>Load a project</source>
        <translation>Lataa hanke</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/consortium/output.py" line="254" />
        <source>Start the consortium from the partners of:</source>
        <translation>Ota konsortion pohjaksi tämän hankkeen partnerit:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/consortium/output.py" line="262" />
        <source>The consortium in the builder has %n partner(s). Put the partners of “{name}” in their place?</source>
        <translation>
            <numerusform>Kokoajan konsortiossa on %n partneri. Korvataanko se hankkeen ”{name}” partnereilla?</numerusform>
            <numerusform>Kokoajan konsortiossa on %n partneria. Korvataanko ne hankkeen ”{name}” partnereilla?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/consortium/output.py" line="267" />
        <source>Save it as a project first if you want to keep it.</source>
        <translation>Jos haluat säilyttää sen, tallenna se ensin hankkeeksi.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/consortium/output.py" line="268" />
        <source>Load</source>
        <translation>Lataa</translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/consortium/output.py" line="285" />
        <source>Loaded %n partner(s) of the project “{name}”.</source>
        <translation>
            <numerusform>Hankkeesta ”{name}” ladattiin %n partneri.</numerusform>
            <numerusform>Hankkeesta ”{name}” ladattiin %n partneria.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsortiumResults</name>
    <message>
        <location filename="../../aspdesk/ui/consortium/results.py" line="24" />
        <source>Met</source>
        <translation>Täyttyy</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/consortium/results.py" line="25" />
        <source>Not met</source>
        <translation>Ei täyty</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/consortium/results.py" line="26" />
        <source>To meet: {rule}</source>
        <translation>Täytettävä: {rule}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/consortium/results.py" line="27" />
        <source>No actor of the map would meet this rule by joining the consortium.</source>
        <translation>Yksikään kartan toimija ei täyttäisi tätä sääntöä liittymällä konsortioon.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/consortium/results.py" line="30" />
        <source>No actor can fill this by joining: enter the missing PICs in the actors' forms (Editor in the main window), then look again.</source>
        <translation>Yksikään toimija ei voi täyttää tätä liittymällä: lisää puuttuvat PIC-koodit toimijoiden lomakkeisiin (pääikkunan Muokkain) ja katso sitten uudelleen.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/consortium/results.py" line="35" />
        <source>Every rule is met, so there is nothing to suggest.</source>
        <translation>Kaikki säännöt täyttyvät, joten ehdotettavaa ei ole.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/consortium/results.py" line="38" />
        <source>Add the first partners. Suggestions follow from them: actors of the map are ranked by how well they are tied to the consortium and to its clusters.</source>
        <translation>Lisää ensimmäiset partnerit. Ehdotukset perustuvat niihin: kartan toimijat järjestetään sen mukaan, kuinka vahvat suhteet niillä on konsortioon ja sen klustereihin.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/consortium/results.py" line="81" />
        <source>Rules</source>
        <translation>Säännöt</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/consortium/results.py" line="112" />
        <source>Suggestions</source>
        <translation>Ehdotukset</translation>
    </message>
</context>
<context>
    <name>ConsortiumWindow</name>
    <message>
        <location filename="../../aspdesk/ui/consortium/window.py" line="139" />
        <source>Type a name to add an actor of the map…</source>
        <translation>Lisää kartan toimija kirjoittamalla sen nimi…</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/consortium/window.py" line="146" />
        <source>&amp;Add</source>
        <translation>&amp;Lisää</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/consortium/window.py" line="148" />
        <source>Add selected from the &amp;map</source>
        <translation>Lisää valitut k&amp;artasta</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/consortium/window.py" line="151" />
        <source>Add the actors selected on the graph or in a table, and the partners of a selected project</source>
        <translation>Lisää verkostokuvasta tai taulukosta valitut toimijat sekä valitun hankkeen partnerit</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/consortium/window.py" line="156" />
        <source>&amp;Remove</source>
        <translation>&amp;Poista</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/consortium/window.py" line="158" />
        <source>&amp;Load project…</source>
        <translation>Lataa &amp;hanke…</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/consortium/window.py" line="159" />
        <source>Start from the partners of a project of the map</source>
        <translation>Ota pohjaksi kartassa olevan hankkeen partnerit</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/consortium/window.py" line="163" />
        <source>Remove from the consortium</source>
        <translation>Poista konsortiosta</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/consortium/window.py" line="171" />
        <source>The first organisation you add is the coordinator; change anyone's role in the Role column. Associated partners and subcontractors do not count as beneficiaries.</source>
        <translation>Ensimmäisenä lisäämäsi organisaatio on koordinaattori; kenen tahansa roolia voi muuttaa Rooli-sarakkeessa. Liitännäiskumppaneita ja alihankkijoita ei lasketa tuensaajiksi.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/consortium/window.py" line="184" />
        <source>Consortium</source>
        <translation>Konsortio</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/consortium/window.py" line="200" />
        <source>Eligibility rules</source>
        <translation>Tukikelpoisuussäännöt</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/consortium/window.py" line="211" />
        <source>Add to &amp;consortium</source>
        <translation>Lisää &amp;konsortioon</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/consortium/window.py" line="212" />
        <source>Add the suggested actor picked in the list</source>
        <translation>Lisää luettelosta valittu ehdotettu toimija</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/consortium/window.py" line="214" />
        <source>Suggestions from the map</source>
        <translation>Ehdotukset kartasta</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/consortium/window.py" line="226" />
        <source>&amp;Save as project…</source>
        <translation>&amp;Tallenna hankkeeksi…</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/consortium/window.py" line="228" />
        <source>&amp;Export partner table…</source>
        <translation>&amp;Vie partneritaulukko…</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/consortium/window.py" line="230" />
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/consortium/window.py" line="265" />
        <source>Consortium builder — {map}</source>
        <translation>Konsortion kokoaja — {map}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/consortium/window.py" line="414" />
        <source>{name} is already in the consortium.</source>
        <translation>{name} on jo konsortiossa.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/consortium/window.py" line="418" />
        <source>{name} is now in the consortium.</source>
        <translation>{name} lisättiin konsortioon.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/consortium/window.py" line="432" />
        <source>No actor of the map is called “{text}”.</source>
        <translation>Kartassa ei ole toimijaa nimeltä ”{text}”.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/consortium/window.py" line="435" />
        <source>“{text}” fits %n actor(s); pick one from the list.</source>
        <translation>
            <numerusform>Hakua ”{text}” vastaa %n toimija; valitse se luettelosta.</numerusform>
            <numerusform>Hakua ”{text}” vastaa %n toimijaa; valitse yksi luettelosta.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/consortium/window.py" line="454" />
        <source>Select actors or a project on the graph or in a table first.</source>
        <translation>Valitse ensin toimijoita tai hanke verkostokuvasta tai taulukosta.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/consortium/window.py" line="465" />
        <source>Added %n actor(s) to the consortium.</source>
        <translation>
            <numerusform>Konsortioon lisättiin %n toimija.</numerusform>
            <numerusform>Konsortioon lisättiin %n toimijaa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/consortium/window.py" line="471" />
        <source>Removed %n partner(s) from the consortium.</source>
        <translation>
            <numerusform>Konsortiosta poistettiin %n partneri.</numerusform>
            <numerusform>Konsortiosta poistettiin %n partneria.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <location filename="../../aspdesk/ui/window/crash.py" line="129" />
        <source>Something went wrong</source>
        <translation>Jokin meni vikaan</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/crash.py" line="133" />
        <source>aspdesk ran into an error it did not expect. Your map is safe: every change made before this was already saved. You can go on working.</source>
        <translation>aspdesk kohtasi odottamattoman virheen. Karttasi on turvassa: kaikki tätä ennen tehdyt muutokset oli jo tallennettu. Voit jatkaa työskentelyä.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/crash.py" line="140" />
        <source>The details were written to {path}.</source>
        <translation>Virheen tiedot kirjoitettiin tiedostoon {path}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/crash.py" line="147" />
        <source>Copy details</source>
        <translation>Kopioi tiedot</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <location filename="../../aspdesk/ui/forms/editors.py" line="153" />
        <source>e.g. {example}</source>
        <translation>esim. {example}</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../aspdesk/ui/window/dialogs.py" line="61" />
        <source>aspdesk maps (*{suffix})</source>
        <translation>aspdesk-kartat (*{suffix})</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/dialogs.py" line="96" />
        <source>Data to import into a new map (*.xlsx *.xlsm *.csv *.txt *.graphml *.gexf *.json)</source>
        <translation>Tuotavat tiedot uuteen karttaan (*.xlsx *.xlsm *.csv *.txt *.graphml *.gexf *.json)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/dialogs.py" line="98" />
        <source>All files (*)</source>
        <translation>Kaikki tiedostot (*)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/dialogs.py" line="101" />
        <source>Open map</source>
        <translation>Avaa kartta</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/dialogs.py" line="116" />
        <location filename="../../aspdesk/ui/window/dialogs.py" line="196" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-työkirja (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/dialogs.py" line="117" />
        <source>CSV tables in a zip file (*.zip)</source>
        <translation>CSV-taulukot zip-tiedostossa (*.zip)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/dialogs.py" line="118" />
        <source>GraphML for yEd and others (*.graphml)</source>
        <translation>GraphML yEd- ja muihin ohjelmiin (*.graphml)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/dialogs.py" line="119" />
        <source>GEXF for Gephi (*.gexf)</source>
        <translation>GEXF Gephi-ohjelmaan (*.gexf)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/dialogs.py" line="120" />
        <source>Full backup of the map (*.json)</source>
        <translation>Kartan täydellinen varmuuskopio (*.json)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/dialogs.py" line="122" />
        <source>Export the map's data</source>
        <translation>Vie kartan tiedot</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/dialogs.py" line="127" />
        <source>PNG picture (*.png)</source>
        <translation>PNG-kuva (*.png)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/dialogs.py" line="128" />
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-piirros (*.svg)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/dialogs.py" line="129" />
        <location filename="../../aspdesk/ui/window/dialogs.py" line="180" />
        <source>PDF document (*.pdf)</source>
        <translation>PDF-asiakirja (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/dialogs.py" line="131" />
        <source>Export image</source>
        <translation>Vie kuva</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/dialogs.py" line="141" />
        <source>MP4 video (*.mp4)</source>
        <translation>MP4-video (*.mp4)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/dialogs.py" line="142" />
        <source>Animated GIF (*.gif)</source>
        <translation>Animoitu GIF (*.gif)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/dialogs.py" line="143" />
        <source>Animated WebP (*.webp)</source>
        <translation>Animoitu WebP (*.webp)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/dialogs.py" line="145" />
        <source>Export growth film</source>
        <translation>Vie kasvuvideo</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/dialogs.py" line="155" />
        <source>Export web map</source>
        <translation>Vie verkkokartta</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/dialogs.py" line="167" />
        <source>Files aspdesk can import (*.xlsx *.xlsm *.csv *.txt *.graphml *.gexf *.json)</source>
        <translation>Tiedostot, jotka aspdesk osaa tuoda (*.xlsx *.xlsm *.csv *.txt *.graphml *.gexf *.json)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/dialogs.py" line="168" />
        <source>Spreadsheets (*.xlsx *.xlsm *.csv *.txt)</source>
        <translation>Taulukot (*.xlsx *.xlsm *.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/dialogs.py" line="169" />
        <source>Graphs from Gephi, yEd and others (*.graphml *.gexf)</source>
        <translation>Verkot Gephistä, yEdistä ja muista (*.graphml *.gexf)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/dialogs.py" line="170" />
        <source>Map backups (*.json)</source>
        <translation>Kartan varmuuskopiot (*.json)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/dialogs.py" line="173" />
        <source>Import into this map</source>
        <translation>Tuo tähän karttaan</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/dialogs.py" line="154" />
        <location filename="../../aspdesk/ui/window/dialogs.py" line="181" />
        <source>Web page (*.html)</source>
        <translation>Verkkosivu (*.html)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/dialogs.py" line="183" />
        <source>Export report</source>
        <translation>Vie raportti</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/dialogs.py" line="197" />
        <source>Save a template workbook</source>
        <translation>Tallenna pohjatyökirja</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <location filename="../../aspdesk/app/document.py" line="240" />
        <source>Nothing was undone: the map is as it was, and Undo can be tried again.</source>
        <translation>Mitään ei kumottu: kartta on ennallaan, ja kumoamista voi yrittää uudestaan.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/document.py" line="244" />
        <source>Nothing was redone: the map is as it was, and Redo can be tried again.</source>
        <translation>Mitään ei tehty uudelleen: kartta on ennallaan, ja sitä voi yrittää uudestaan.</translation>
    </message>
</context>
<context>
    <name>DraftKeeper</name>
    <message>
        <location filename="../../aspdesk/ui/consortium/draft.py" line="71" />
        <source>Its programme ({id}) is no longer among the programmes; pick one.</source>
        <translation>Sen ohjelmaa ({id}) ei enää ole ohjelmien joukossa; valitse ohjelma.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/consortium/draft.py" line="79" />
        <source>The project it belonged to is no longer in the map.</source>
        <translation>Hanketta, johon se kuului, ei enää ole kartassa.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/consortium/draft.py" line="85" />
        <source>Your consortium from last time had %n partner(s); none of them is in the map any more.</source>
        <translation>
            <numerusform>Edellisessä konsortiossasi oli %n partneri, mutta se ei ole enää kartassa.</numerusform>
            <numerusform>Edellisessä konsortiossasi oli %n partneria, mutta yksikään niistä ei ole enää kartassa.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/consortium/draft.py" line="90" />
        <source>Your consortium from last time is back: %n partner(s).</source>
        <translation>
            <numerusform>Edellinen konsortiosi palautettiin: %n partneri.</numerusform>
            <numerusform>Edellinen konsortiosi palautettiin: %n partneria.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/consortium/draft.py" line="95" />
        <source>%n actor(s) of it are no longer in the map and were left out.</source>
        <translation>
            <numerusform>Sen toimijoista %n ei ole enää kartassa, joten se jätettiin pois.</numerusform>
            <numerusform>Sen toimijoista %n ei ole enää kartassa, joten ne jätettiin pois.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditConflict</name>
    <message>
        <location filename="../../aspdesk/app/conflicts.py" line="60" />
        <source>contact person</source>
        <translation>yhteyshenkilö</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/conflicts.py" line="61" />
        <source>membership</source>
        <translation>jäsenyys</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/conflicts.py" line="62" />
        <source>tie</source>
        <translation>suhde</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/conflicts.py" line="63" />
        <source>project partner</source>
        <translation>hankekumppani</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/conflicts.py" line="102" />
        <source>place on the graph</source>
        <translation>paikka verkostokuvassa</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/conflicts.py" line="104" />
        <source>pinning on the graph</source>
        <translation>kiinnitys verkostokuvassa</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/conflicts.py" line="120" />
        <source>yes</source>
        <translation>kyllä</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/conflicts.py" line="121" />
        <source>no</source>
        <translation>ei</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/conflicts.py" line="134" />
        <source>Someone</source>
        <translation>Joku</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/conflicts.py" line="136" />
        <source>{author} changed {field} of {name} since, at {time}.</source>
        <translation>{author} on sittemmin muuttanut kohteen {name} kenttää {field} ({time}).</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/conflicts.py" line="85" />
        <source>map name</source>
        <translation>kartan nimi</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/conflicts.py" line="86" />
        <source>view name</source>
        <translation>näkymän nimi</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/conflicts.py" line="87" />
        <source>what the view shows</source>
        <translation>näkymän sisältö</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/conflicts.py" line="88" />
        <source>collected answers</source>
        <translation>kerätyt vastaukset</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/conflicts.py" line="123" />
        <source>the graph’s filters, look and zoom</source>
        <translation>verkostokuvan suodattimet, ulkoasu ja zoomaus</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/conflicts.py" line="126" />
        <source>answers: {count}</source>
        <translation>vastauksia: {count}</translation>
    </message>
</context>
<context>
    <name>EmptyHint</name>
    <message>
        <location filename="../../aspdesk/graph/canvas/empty_hint.py" line="27" />
        <source>This map is empty</source>
        <translation>Tämä kartta on tyhjä</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/canvas/empty_hint.py" line="34" />
        <source>Start by adding an actor (Map &gt; Add actor), importing a spreadsheet of actors (File &gt; Import…, Ctrl+I) or opening the sample map to look around.</source>
        <translation>Aloita lisäämällä toimija (Kartta &gt; Lisää toimija), tuomalla toimijat taulukosta (Tiedosto &gt; Tuo…, Ctrl+I) tai avaamalla esimerkkikartta, jolla voi kokeilla.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/canvas/empty_hint.py" line="47" />
        <source>Add an actor</source>
        <translation>Lisää toimija</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/canvas/empty_hint.py" line="48" />
        <source>Import a spreadsheet…</source>
        <translation>Tuo taulukko…</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/canvas/empty_hint.py" line="49" />
        <source>Open the sample map</source>
        <translation>Avaa esimerkkikartta</translation>
    </message>
</context>
<context>
    <name>EncodingBar</name>
    <message>
        <location filename="../../aspdesk/ui/importing/encoding.py" line="28" />
        <source>Text encoding:</source>
        <translation>Merkistö:</translation>
    </message>
</context>
<context>
    <name>EntityForm</name>
    <message>
        <location filename="../../aspdesk/ui/forms/entity_form.py" line="122" />
        <source>Details</source>
        <translation>Tiedot</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/entity_form.py" line="124" />
        <source>History</source>
        <translation>Historia</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/entity_form.py" line="140" />
        <source>Add</source>
        <translation>Lisää</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/entity_form.py" line="194" />
        <source>from → to</source>
        <translation>mistä → mihin</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/entity_form.py" line="209" />
        <source>e.g. {example}</source>
        <translation>esim. {example}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/entity_form.py" line="292" />
        <source>New {noun}</source>
        <translation>Uusi {noun}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/entity_form.py" line="316" />
        <source>{field}: {message}</source>
        <translation>{field}: {message}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/entity_form.py" line="328" />
        <source>Fields marked * must be filled in. Enter or Add adds the {noun}.</source>
        <translation>Tähdellä (*) merkityt kentät on täytettävä. Enterillä tai Lisää-painikkeella uusi {noun} tallentuu karttaan.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/entity_form.py" line="330" />
        <source>Enter or Add adds the {noun}.</source>
        <translation>Enterillä tai Lisää-painikkeella uusi {noun} tallentuu karttaan.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/entity_form.py" line="333" />
        <source>Each field is saved when you leave it; Undo takes it back.</source>
        <translation>Kenttä tallentuu, kun siirryt siitä pois; Kumoa palauttaa edellisen arvon.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/entity_form.py" line="371" />
        <source>Write the date as 1.3.2016 or 2016-03-01.</source>
        <translation>Kirjoita päivämäärä muodossa 1.3.2016 tai 2016-03-01.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/entity_form.py" line="429" />
        <source>Edit “{name}”: {field}</source>
        <translation>Muokkaa: “{name}”, {field}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/entity_form.py" line="473" />
        <source>Add {noun} “{name}”</source>
        <translation>Lisää {noun} “{name}”</translation>
    </message>
</context>
<context>
    <name>FilmActions</name>
    <message>
        <location filename="../../aspdesk/ui/exports/film_actions.py" line="46" />
        <source>Export growth &amp;film…</source>
        <translation>Vie kasvuvi&amp;deo…</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/film_actions.py" line="48" />
        <source>The network's growth between two dates as a video or an animation</source>
        <translation>Verkoston kasvu kahden päivämäärän välillä videona tai animaationa</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/film_actions.py" line="84" />
        <source>Filming {path}…</source>
        <translation>Tehdään videota {path}…</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/film_actions.py" line="91" />
        <source>Export cancelled; no file was written.</source>
        <translation>Vienti peruttiin; tiedostoa ei kirjoitettu.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/film_actions.py" line="96" />
        <source>Film saved to {path}</source>
        <translation>Video tallennettiin tiedostoon {path}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/film_actions.py" line="99" />
        <source>The film was not saved</source>
        <translation>Videota ei tallennettu</translation>
    </message>
</context>
<context>
    <name>FilmExportDialog</name>
    <message>
        <location filename="../../aspdesk/ui/exports/film_dialog.py" line="65" />
        <source>Export growth film</source>
        <translation>Vie kasvuvideo</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/film_dialog.py" line="74" />
        <source>Browse…</source>
        <translation>Selaa…</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/film_dialog.py" line="80" />
        <source>MP4 video (plays everywhere)</source>
        <translation>MP4-video (toimii kaikkialla)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/film_dialog.py" line="81" />
        <source>Animated GIF (for slides and e-mail)</source>
        <translation>Animoitu GIF (esityksiin ja sähköpostiin)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/film_dialog.py" line="82" />
        <source>Animated WebP (for web pages)</source>
        <translation>Animoitu WebP (verkkosivuille)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/film_dialog.py" line="95" />
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/film_dialog.py" line="105" />
        <source>Light</source>
        <translation>Vaalea</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/film_dialog.py" line="106" />
        <source>Projector (thick lines, big nodes)</source>
        <translation>Projektori (paksut viivat, isot solmut)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/film_dialog.py" line="107" />
        <source>Dark (high contrast)</source>
        <translation>Tumma (suuri kontrasti)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/film_dialog.py" line="109" />
        <source>Legend</source>
        <translation>Selite</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/film_dialog.py" line="112" />
        <source>No heading</source>
        <translation>Ei otsikkoa</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/film_dialog.py" line="116" />
        <source>File:</source>
        <translation>Tiedosto:</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/film_dialog.py" line="117" />
        <source>Format:</source>
        <translation>Muoto:</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/film_dialog.py" line="118" />
        <source>From – to:</source>
        <translation>Aikaväli:</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/film_dialog.py" line="119" />
        <source>Length:</source>
        <translation>Kesto:</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/film_dialog.py" line="120" />
        <source>Size:</source>
        <translation>Koko:</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/film_dialog.py" line="121" />
        <source>Look:</source>
        <translation>Ulkoasu:</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/film_dialog.py" line="122" />
        <source>Heading:</source>
        <translation>Otsikko:</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/film_dialog.py" line="129" />
        <source>Export</source>
        <translation>Vie</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/film_dialog.py" line="150" />
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/film_dialog.py" line="174" />
        <source>The last day comes before the first.</source>
        <translation>Viimeinen päivä on ennen ensimmäistä.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/film_dialog.py" line="176" />
        <source>Choose a name ending in .mp4, .gif or .webp</source>
        <translation>Valitse nimi, jonka pääte on .mp4, .gif tai .webp</translation>
    </message>
</context>
<context>
    <name>FilterPopup</name>
    <message>
        <location filename="../../aspdesk/graph/panel/filter_popup.py" line="56" />
        <source>Clusters</source>
        <translation>Klusterit</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel/filter_popup.py" line="57" />
        <source>Actor kinds</source>
        <translation>Toimijatyypit</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel/filter_popup.py" line="58" />
        <source>Relationship types</source>
        <translation>Suhdetyypit</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel/filter_popup.py" line="59" />
        <source>Network as of (date):</source>
        <translation>Verkosto päivänä:</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel/filter_popup.py" line="62" />
        <source>e.g. {example}</source>
        <translation>esim. {example}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel/filter_popup.py" line="73" />
        <source>Show everything</source>
        <translation>Näytä kaikki</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel/filter_popup.py" line="77" />
        <source>Show projects</source>
        <translation>Näytä hankkeet</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel/filter_popup.py" line="78" />
        <source>Show projects as hubs joined to their partners</source>
        <translation>Näytä hankkeet solmuina, jotka on yhdistetty partnereihinsa</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel/filter_popup.py" line="80" />
        <source>Only the network of the project:</source>
        <translation>Vain hankkeen verkosto:</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel/filter_popup.py" line="83" />
        <source>Show only this project, its partners and the actors tied to them</source>
        <translation>Näytä vain tämä hanke, sen partnerit ja toimijat, joilla on suhde niihin</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel/filter_popup.py" line="172" />
        <source>(any: no project filter)</source>
        <translation>(kaikki: ei hankesuodatinta)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel/filter_popup.py" line="195" />
        <source>Write the date as 1.3.2016 or 2016-03-01.</source>
        <translation>Kirjoita päivämäärä muodossa 1.3.2016 tai 2016-03-01.</translation>
    </message>
</context>
<context>
    <name>GraphCanvas</name>
    <message>
        <location filename="../../aspdesk/graph/canvas/status.py" line="19" />
        <source>Network of the project {project}: its partners ({count}) and the actors tied to them</source>
        <translation>Hankkeen {project} verkosto: sen partnerit ({count}) ja toimijat, joilla on suhde niihin</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/canvas/status.py" line="27" />
        <source>Graph shows {a} of {at} actors and {r} of {rt} relationships</source>
        <translation>Verkostokuvassa näkyy {a}/{at} toimijaa ja {r}/{rt} suhdetta</translation>
    </message>
</context>
<context>
    <name>GraphLegend</name>
    <message>
        <location filename="../../aspdesk/graph/legend/drawing.py" line="40" />
        <source>Then and now</source>
        <translation>Ennen ja nyt</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/legend/drawing.py" line="41" />
        <source>Kinds</source>
        <translation>Tyypit</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/legend/drawing.py" line="42" />
        <source>Clusters</source>
        <translation>Klusterit</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/legend/drawing.py" line="43" />
        <source>Colours</source>
        <translation>Värit</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/legend/drawing.py" line="44" />
        <source>Relationships</source>
        <translation>Suhteet</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/legend/drawing.py" line="45" />
        <source>Memberships</source>
        <translation>Jäsenyydet</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/legend/drawing.py" line="46" />
        <source>Projects</source>
        <translation>Hankkeet</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/legend/drawing.py" line="54" />
        <source>Size: number of ties</source>
        <translation>Koko: suhteiden määrä</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/legend/drawing.py" line="56" />
        <source>Size: {metric}</source>
        <translation>Koko: {metric}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/legend/drawing.py" line="59" />
        <source>Arrow: direction of a tie</source>
        <translation>Nuoli: suhteen suunta</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/scene/data.py" line="505" />
        <source>In several clusters: a segment for each</source>
        <translation>Useassa klusterissa: lohko kullekin</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/scene/data.py" line="511" />
        <source>Cluster</source>
        <translation>Klusteri</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/styling/metric_style.py" line="162" />
        <source>Community {number}</source>
        <translation>Yhteisö {number}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/styling/metric_style.py" line="169" />
        <source>Other communities</source>
        <translation>Muut yhteisöt</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/styling/metric_style.py" line="202" />
        <source>No figure yet</source>
        <translation>Ei vielä arvoa</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/scene/project_hubs.py" line="105" />
        <source>Project</source>
        <translation>Hanke</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/scene/project_hubs.py" line="118" />
        <source>Project: cluster it serves</source>
        <translation>Hanke: klusteri, jota se palvelee</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/scene/project_hubs.py" line="124" />
        <source>Project: {role}</source>
        <translation>Hanke: {role}</translation>
    </message>
</context>
<context>
    <name>GraphPanel</name>
    <message>
        <location filename="../../aspdesk/graph/panel/panel.py" line="99" />
        <source>Find an actor…</source>
        <translation>Etsi toimija…</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel/panel.py" line="101" />
        <source>Marks the actors whose name has this text; Enter selects the first</source>
        <translation>Korostaa toimijat, joiden nimessä on tämä teksti; Enter valitsee ensimmäisen</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel/panel.py" line="115" />
        <source>Fit</source>
        <translation>Sovita</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel/panel.py" line="116" />
        <source>Show the whole graph (Home)</source>
        <translation>Näytä koko verkosto (Home)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel/panel.py" line="122" />
        <source>Layout</source>
        <translation>Asettelu</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel/panel.py" line="125" />
        <source>Force-directed</source>
        <translation>Voimiin perustuva</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel/panel.py" line="126" />
        <source>Circle</source>
        <translation>Ympyrä</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel/panel.py" line="127" />
        <source>Grid</source>
        <translation>Ruudukko</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel/panel.py" line="128" />
        <source>Group by kind</source>
        <translation>Ryhmittele tyypin mukaan</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel/panel.py" line="129" />
        <source>Cluster wheel</source>
        <translation>Klusteripyörä</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel/panel.py" line="137" />
        <source>Animate layouts</source>
        <translation>Animoi asettelut</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel/panel.py" line="146" />
        <source>Colour</source>
        <translation>Väri</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel/panel.py" line="147" />
        <source>Colour by kind</source>
        <translation>Väri tyypin mukaan</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel/panel.py" line="148" />
        <source>Colour by cluster</source>
        <translation>Väri klusterin mukaan</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel/panel.py" line="150" />
        <source>Size</source>
        <translation>Koko</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel/panel.py" line="151" />
        <source>Size by number of ties</source>
        <translation>Koko suhteiden määrän mukaan</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel/panel.py" line="154" />
        <source>Colour by {metric}</source>
        <translation>Väri: {metric}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel/panel.py" line="156" />
        <source>Size by {metric}</source>
        <translation>Koko: {metric}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel/panel.py" line="159" />
        <source>Clusters as hubs</source>
        <translation>Klusterit solmuina</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel/panel.py" line="169" />
        <source>Focus</source>
        <translation>Rajaus</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel/panel.py" line="173" />
        <source>No focus</source>
        <translation>Ei rajausta</translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/graph/panel/panel.py" line="173" />
        <source>%n step(s) out</source>
        <translation>
            <numerusform>%n askel</numerusform>
            <numerusform>%n askelta</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel/panel.py" line="182" />
        <source>Both ways</source>
        <translation>Molempiin suuntiin</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel/panel.py" line="183" />
        <source>Outgoing ties only</source>
        <translation>Vain lähtevät suhteet</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel/panel.py" line="184" />
        <source>Incoming ties only</source>
        <translation>Vain saapuvat suhteet</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel/panel.py" line="192" />
        <source>Hide the rest (else dim it)</source>
        <translation>Piilota muut (muuten himmennä)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel/panel.py" line="199" />
        <source>Filter…</source>
        <translation>Suodata…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/graph/panel/panel.py" line="273" />
        <source>Focus: %n step(s)</source>
        <translation>
            <numerusform>Rajaus: %n askel</numerusform>
            <numerusform>Rajaus: %n askelta</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel/panel.py" line="275" />
        <source>Show only the selection and its neighbours</source>
        <translation>Näytä vain valinta ja sen naapurit</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel/panel.py" line="280" />
        <source>A filter is on and hides part of the map</source>
        <translation>Suodatin on päällä ja piilottaa osan kartasta</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel/panel.py" line="282" />
        <source>Show only some clusters, kinds or relationships, a date or a project</source>
        <translation>Näytä vain osa klustereista, tyypeistä tai suhteista, tietty päivä tai hanke</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel/panel.py" line="317" />
        <source>Layout: {name}</source>
        <translation>Asettelu: {name}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel/panel.py" line="476" />
        <source>Edit</source>
        <translation>Muokkaa</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel/panel.py" line="478" />
        <source>Connect to…</source>
        <translation>Yhdistä toimijaan…</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel/panel.py" line="479" />
        <source>Focus on neighbourhood</source>
        <translation>Rajaa lähiverkostoon</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel/panel.py" line="480" />
        <source>Hide</source>
        <translation>Piilota</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel/panel.py" line="483" />
        <source>Show the network of this project</source>
        <translation>Näytä tämän hankkeen verkosto</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel/panel.py" line="488" />
        <source>Unpin</source>
        <translation>Vapauta</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel/panel.py" line="488" />
        <source>Pin in place</source>
        <translation>Kiinnitä paikalleen</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel/panel.py" line="492" />
        <source>Delete…</source>
        <translation>Poista…</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel/panel.py" line="499" />
        <source>Add actor here</source>
        <translation>Lisää toimija tähän</translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/graph/panel/panel.py" line="504" />
        <source>Show %n hidden actor(s)</source>
        <translation>
            <numerusform>Näytä %n piilotettu toimija</numerusform>
            <numerusform>Näytä %n piilotettua toimijaa</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel/panel.py" line="505" />
        <source>Fit to view</source>
        <translation>Sovita näkymään</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel/panel.py" line="530" />
        <source>Pin node</source>
        <translation>Kiinnitä solmu</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel/panel.py" line="530" />
        <source>Unpin node</source>
        <translation>Vapauta solmu</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel/connecting.py" line="71" />
        <source>Add relationship {a} – {b}</source>
        <translation>Lisää suhde {a} – {b}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel/connecting.py" line="93" />
        <source>Add {actor} to the project {project}</source>
        <translation>Lisää {actor} hankkeeseen {project}</translation>
    </message>
</context>
<context>
    <name>GraphTooltip</name>
    <message>
        <location filename="../../aspdesk/graph/canvas/tooltips.py" line="32" />
        <source>Members: {count}</source>
        <translation>Jäseniä: {count}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/canvas/tooltips.py" line="62" />
        <source>Status: {status}</source>
        <translation>Tila: {status}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/canvas/tooltips.py" line="63" />
        <source>Partners: {count}</source>
        <translation>Partnereita: {count}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/canvas/tooltips.py" line="74" />
        <source>Clusters: {names}</source>
        <translation>Klusterit: {names}</translation>
    </message>
</context>
<context>
    <name>HealthPanel</name>
    <message>
        <location filename="../../aspdesk/ui/health/panel.py" line="66" />
        <source>Problem</source>
        <translation>Ongelma</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/health/panel.py" line="67" />
        <source>Warning</source>
        <translation>Tarkistettavaa</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/health/panel.py" line="68" />
        <source>In order</source>
        <translation>Kunnossa</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/health/panel.py" line="151" />
        <source>Each cluster checked against the cluster model. Click a finding to see its actors on the graph.</source>
        <translation>Jokainen klusteri verrattuna klusterimalliin. Napsauta havaintoa, niin sen toimijat näkyvät verkostokuvassa.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/health/panel.py" line="157" />
        <source>Rules…</source>
        <translation>Säännöt…</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/health/panel.py" line="158" />
        <source>Change what the check asks of a cluster</source>
        <translation>Muuta sitä, mitä tarkistus vaatii klusterilta</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/health/panel.py" line="160" />
        <source>Show what is in order</source>
        <translation>Näytä myös kunnossa olevat</translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/health/panel.py" line="250" />
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n ongelma</numerusform>
            <numerusform>%n ongelmaa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/health/panel.py" line="251" />
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n tarkistettava</numerusform>
            <numerusform>%n tarkistettavaa</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <location filename="../../aspdesk/ui/help/window.py" line="103" />
        <source>This page of the guide is missing: {name}</source>
        <translation>Tämä ohjeen sivu puuttuu: {name}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/help/window.py" line="119" />
        <location filename="../../aspdesk/ui/help/window.py" line="190" />
        <source>aspdesk help</source>
        <translation>aspdesk – ohje</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/help/window.py" line="133" />
        <source>&lt; Back</source>
        <translation>&lt; Edellinen</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/help/window.py" line="135" />
        <source>The page shown before (Alt+Left)</source>
        <translation>Edellinen näytetty sivu (Alt+Vasen)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/help/window.py" line="136" />
        <source>Forward &gt;</source>
        <translation>Seuraava &gt;</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/help/window.py" line="138" />
        <source>The next page again (Alt+Right)</source>
        <translation>Seuraava sivu uudelleen (Alt+Oikea)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/help/pages.py" line="42" />
        <location filename="../../aspdesk/ui/help/window.py" line="139" />
        <source>Getting started</source>
        <translation>Näin pääset alkuun</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/help/window.py" line="188" />
        <source>{page} – aspdesk help</source>
        <translation>{page} – aspdesk-ohje</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/help/pages.py" line="43" />
        <source>Workshop keys</source>
        <translation>Työpajatilan näppäimet</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/help/pages.py" line="44" />
        <source>Importing a spreadsheet</source>
        <translation>Taulukon tuominen</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/help/pages.py" line="45" />
        <source>Cluster health explained</source>
        <translation>Klustereiden tilan tarkistus</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../aspdesk/ui/forms/history.py" line="151" />
        <source>The newest {count} steps are shown.</source>
        <translation>Näytetään {count} uusinta vaihetta.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/history.py" line="153" />
        <source>Restore puts a field's earlier value back, as a new step.</source>
        <translation>Palauta-painike tuo kentän aiemman arvon takaisin uutena vaiheena.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/history.py" line="155" />
        <source>No changes recorded yet.</source>
        <translation>Muutoksia ei ole vielä kirjattu.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/history.py" line="188" />
        <source>Restore</source>
        <translation>Palauta</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/history.py" line="190" />
        <source>Restore this value: put {value} back, as a new step.</source>
        <translation>Palauta tämä arvo: {value}. Palautus on uusi vaihe, jonka voi kumota.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/history.py" line="211" />
        <source>Undo: {step}</source>
        <translation>Kumottu: {step}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/history.py" line="213" />
        <source>Redo: {step}</source>
        <translation>Tehty uudelleen: {step}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/history.py" line="215" />
        <source>History starts here</source>
        <translation>Historia alkaa tästä</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/history.py" line="217" />
        <source>Placed on the graph</source>
        <translation>Sijoitettu verkostokuvaan</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/history.py" line="219" />
        <source>The sample map was made</source>
        <translation>Esimerkkikartta luotiin</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/history.py" line="221" />
        <source>Saved from a window into this new map</source>
        <translation>Tallennettu ikkunasta tähän uuteen karttaan</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/history.py" line="227" />
        <source>Added</source>
        <translation>Lisätty</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/history.py" line="230" />
        <source>Deleted</source>
        <translation>Poistettu</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/history.py" line="243" />
        <source>Place on the graph</source>
        <translation>Paikka verkostokuvassa</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/history.py" line="245" />
        <source>Pinned on the graph</source>
        <translation>Kiinnitetty verkostokuvaan</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/history.py" line="261" />
        <source>Restore “{name}”: {field}</source>
        <translation>Palauta: “{name}”, {field}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/history.py" line="316" />
        <source>(no longer in the map)</source>
        <translation>(ei enää kartalla)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/history.py" line="323" />
        <source>yes</source>
        <translation>kyllä</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/history.py" line="324" />
        <source>no</source>
        <translation>ei</translation>
    </message>
</context>
<context>
    <name>ImageActions</name>
    <message>
        <location filename="../../aspdesk/ui/exports/image_actions.py" line="50" />
        <source>Export &amp;image…</source>
        <translation>Vi&amp;e kuva…</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/image_actions.py" line="53" />
        <source>Copy &amp;image</source>
        <translation>K&amp;opioi kuva</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/image_actions.py" line="84" />
        <source>Drawing {path}…</source>
        <translation>Piirretään kuvaa {path}…</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/image_actions.py" line="91" />
        <source>Export cancelled; no file was written.</source>
        <translation>Vienti peruttiin; tiedostoa ei kirjoitettu.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/image_actions.py" line="96" />
        <source>Image saved to {path}</source>
        <translation>Kuva tallennettiin tiedostoon {path}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/image_actions.py" line="99" />
        <source>The image was not saved</source>
        <translation>Kuvaa ei tallennettu</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/image_actions.py" line="109" />
        <source>The graph is on the clipboard</source>
        <translation>Verkostokuva on leikepöydällä</translation>
    </message>
</context>
<context>
    <name>ImageExportDialog</name>
    <message>
        <location filename="../../aspdesk/ui/exports/image_dialog.py" line="61" />
        <source>Export image</source>
        <translation>Vie kuva</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/image_dialog.py" line="68" />
        <source>Browse…</source>
        <translation>Selaa…</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/image_dialog.py" line="75" />
        <source>Width</source>
        <translation>Leveys</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/image_dialog.py" line="76" />
        <source>Resolution</source>
        <translation>Tarkkuus</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/image_dialog.py" line="83" />
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/image_dialog.py" line="88" />
        <source> dpi</source>
        <translation> dpi</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/image_dialog.py" line="98" />
        <source>Fit to the drawing</source>
        <translation>Piirroksen kokoinen</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/image_dialog.py" line="99" />
        <source>A4 landscape</source>
        <translation>A4 vaaka</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/image_dialog.py" line="100" />
        <source>A3 landscape</source>
        <translation>A3 vaaka</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/image_dialog.py" line="103" />
        <source>Light</source>
        <translation>Vaalea</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/image_dialog.py" line="104" />
        <source>Projector (thick lines, big nodes)</source>
        <translation>Projektori (paksut viivat, isot solmut)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/image_dialog.py" line="105" />
        <source>Dark (high contrast)</source>
        <translation>Tumma (suuri kontrasti)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/image_dialog.py" line="107" />
        <source>Transparent background</source>
        <translation>Läpinäkyvä tausta</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/image_dialog.py" line="109" />
        <source>Legend</source>
        <translation>Selite</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/image_dialog.py" line="112" />
        <source>No heading</source>
        <translation>Ei otsikkoa</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/image_dialog.py" line="113" />
        <source>Today's date</source>
        <translation>Tämän päivän päivämäärä</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/image_dialog.py" line="116" />
        <source>For example: Source: Regional Council, 2025</source>
        <translation>Esimerkiksi: Lähde: Lapin liitto, 2025</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/image_dialog.py" line="119" />
        <source>File:</source>
        <translation>Tiedosto:</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/image_dialog.py" line="120" />
        <source>Format:</source>
        <translation>Muoto:</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/image_dialog.py" line="121" />
        <source>Size:</source>
        <translation>Koko:</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/image_dialog.py" line="122" />
        <source>Page:</source>
        <translation>Sivu:</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/image_dialog.py" line="123" />
        <source>One page for each saved view</source>
        <translation>Oma sivu kullekin tallennetulle näkymälle</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/image_dialog.py" line="126" />
        <source>Look:</source>
        <translation>Ulkoasu:</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/image_dialog.py" line="128" />
        <source>Heading:</source>
        <translation>Otsikko:</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/image_dialog.py" line="131" />
        <source>Source line:</source>
        <translation>Lähderivi:</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/image_dialog.py" line="136" />
        <source>Export</source>
        <translation>Vie</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/image_dialog.py" line="175" />
        <source>PNG picture</source>
        <translation>PNG-kuva</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/image_dialog.py" line="176" />
        <source>SVG drawing (vectors, text stays text)</source>
        <translation>SVG-piirros (vektorigrafiikkaa, teksti säilyy tekstinä)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/image_dialog.py" line="177" />
        <source>PDF document (vectors, text stays text)</source>
        <translation>PDF-asiakirja (vektorigrafiikkaa, teksti säilyy tekstinä)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/image_dialog.py" line="180" />
        <source>Choose a name ending in .png, .svg or .pdf</source>
        <translation>Valitse nimi, jonka pääte on .png, .svg tai .pdf</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../aspdesk/ui/importing/dialog.py" line="366" />
        <location filename="../../aspdesk/ui/importing/dialog.py" line="394" />
        <source>Import</source>
        <translation>Tuo</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/importing/dialog.py" line="386" />
        <source>&lt; Columns</source>
        <translation>&lt; Sarakkeet</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/importing/dialog.py" line="389" />
        <source>Preview &gt;</source>
        <translation>Esikatselu &gt;</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/importing/dialog.py" line="413" />
        <source>From the file {file}</source>
        <translation>Tiedostosta {file}</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <location filename="../../aspdesk/ui/importing/importer.py" line="65" />
        <source>&amp;Import…</source>
        <translation>&amp;Tuo…</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/importing/importer.py" line="140" />
        <source>Reading {file}…</source>
        <translation>Luetaan tiedostoa {file}…</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/importing/importer.py" line="167" />
        <source>Reading the answers in {file}…</source>
        <translation>Luetaan vastauksia: {file}…</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/importing/importer.py" line="264" />
        <source>The file was not imported</source>
        <translation>Tiedostoa ei tuotu</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/importing/importer.py" line="270" />
        <source>Import cancelled; the map was not changed.</source>
        <translation>Tuonti peruttiin; karttaa ei muutettu.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/importing/importer.py" line="307" />
        <source>Placing the new actors…</source>
        <translation>Sijoitetaan uusia toimijoita…</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/importing/importer.py" line="320" />
        <source>The map already holds everything in {file}.</source>
        <translation>Kartassa on jo kaikki tiedoston {file} tiedot.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/importing.py" line="431" />
        <location filename="../../aspdesk/cli/survey.py" line="224" />
        <location filename="../../aspdesk/ui/importing/importer.py" line="323" />
        <source>Import {file}</source>
        <translation>Tuo {file}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/importing/importer.py" line="333" />
        <source>Imported {file}: {added} added, {changed} changed.</source>
        <translation>Tuotiin {file}: lisättiin {added}, muutettiin {changed}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/importing/importer.py" line="344" />
        <source>actors-template</source>
        <translation>toimijapohja</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/importing/importer.py" line="358" />
        <source>The template was not saved</source>
        <translation>Pohjaa ei tallennettu</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/importing/importer.py" line="361" />
        <source>Saved the template {path}</source>
        <translation>Pohja tallennettiin: {path}</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../aspdesk/ui/window/language_menu.py" line="28" />
        <source>&amp;Language</source>
        <translation>&amp;Kieli</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/language_menu.py" line="32" />
        <source>&amp;System language</source>
        <translation>&amp;Järjestelmän kieli</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/language_menu.py" line="54" />
        <source>Language</source>
        <translation>Kieli</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/language_menu.py" line="55" />
        <source>aspdesk will speak {language} when it starts next time.</source>
        <translation>Kieleksi vaihtuu {language}, kun aspdesk käynnistetään seuraavan kerran.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/language_menu.py" line="59" />
        <source>aspdesk will follow the system's language when it starts next time.</source>
        <translation>aspdesk käyttää järjestelmän kieltä, kun se käynnistetään seuraavan kerran.</translation>
    </message>
</context>
<context>
    <name>LayoutRunner</name>
    <message numerus="yes">
        <location filename="../../aspdesk/graph/layouts/run.py" line="267" />
        <source>Laying out %n node(s)…</source>
        <translation>
            <numerusform>Asetellaan %n solmu…</numerusform>
            <numerusform>Asetellaan %n solmua…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LegendPanel</name>
    <message>
        <location filename="../../aspdesk/graph/legend/panel.py" line="210" />
        <source>Show the &amp;legend</source>
        <translation>Näytä &amp;selite</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/legend/panel.py" line="215" />
        <source>Legend</source>
        <translation>Selite</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/legend/panel.py" line="220" />
        <source>Move the legend to another side</source>
        <translation>Siirrä selite toiselle puolelle</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/legend/panel.py" line="221" />
        <location filename="../../aspdesk/graph/legend/panel.py" line="473" />
        <source>Collapse the legend</source>
        <translation>Pienennä selite</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/legend/panel.py" line="222" />
        <source>Hide the legend</source>
        <translation>Piilota selite</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/legend/panel.py" line="473" />
        <source>Show the legend</source>
        <translation>Näytä selite</translation>
    </message>
</context>
<context>
    <name>Live</name>
    <message>
        <location filename="../../aspdesk/app/live.py" line="190" />
        <source>The server cannot be reached. Your last change was not saved: {step}. Editing is off until the server is back; aspdesk connects again by itself.</source>
        <translation>Palvelimeen ei saada yhteyttä. Viimeisin muutoksesi jäi tallentumatta: {step}. Karttaa ei voi muokata ennen kuin yhteys palaa; aspdesk yhdistää uudelleen itsestään.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/live.py" line="196" />
        <source>The server cannot be reached. Your last change was saved. Editing is off until the server is back; aspdesk connects again by itself.</source>
        <translation>Palvelimeen ei saada yhteyttä. Viimeisin muutoksesi ehti tallentua. Karttaa ei voi muokata ennen kuin yhteys palaa; aspdesk yhdistää uudelleen itsestään.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/live.py" line="201" />
        <source>The server cannot be reached. Editing is off until the server is back; aspdesk connects again by itself.</source>
        <translation>Palvelimeen ei saada yhteyttä. Karttaa ei voi muokata ennen kuin yhteys palaa; aspdesk yhdistää uudelleen itsestään.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../aspdesk/ui/window/main_window.py" line="142" />
        <source>Tables</source>
        <translation>Taulukot</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/main_window.py" line="147" />
        <source>Related</source>
        <translation>Liittyvät tiedot</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/main_window.py" line="149" />
        <source>Memberships, contacts and projects</source>
        <translation>Jäsenyydet, yhteyshenkilöt ja hankkeet</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/main_window.py" line="151" />
        <source>Editor</source>
        <translation>Muokkain</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/main_window.py" line="154" />
        <source>Cluster overview</source>
        <translation>Klusterikatsaus</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/main_window.py" line="159" />
        <source>Saved views</source>
        <translation>Tallennetut näkymät</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/main_window.py" line="207" />
        <source>&amp;Close</source>
        <translation>&amp;Sulje</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/main_window.py" line="208" />
        <source>&amp;Quit</source>
        <translation>&amp;Lopeta</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/main_window.py" line="209" />
        <source>&amp;Delete</source>
        <translation>&amp;Poista</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/main_window.py" line="210" />
        <source>&amp;Find</source>
        <translation>&amp;Etsi</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/adding.py" line="47" />
        <source>Add &amp;actor</source>
        <translation>Lisää &amp;toimija</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/adding.py" line="52" />
        <source>Add c&amp;luster</source>
        <translation>Lisää &amp;klusteri</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/adding.py" line="57" />
        <source>Add pro&amp;ject</source>
        <translation>Lisää &amp;hanke</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/adding.py" line="62" />
        <source>Add &amp;membership</source>
        <translation>Lisää &amp;jäsenyys</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/adding.py" line="67" />
        <source>Add &amp;relationship</source>
        <translation>Lisää &amp;suhde</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/adding.py" line="72" />
        <source>Add contact &amp;person</source>
        <translation>Lisää &amp;yhteyshenkilö</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/adding.py" line="76" />
        <source>Add project par&amp;tner</source>
        <translation>Lisää hankek&amp;umppani</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/main_window.py" line="215" />
        <source>&amp;About aspdesk</source>
        <translation>&amp;Tietoja ohjelmasta aspdesk</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/main_window.py" line="218" />
        <source>&amp;Fit graph to view</source>
        <translation>&amp;Sovita verkosto näkymään</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/main_window.py" line="220" />
        <source>Zoom to &amp;selection</source>
        <translation>Zoomaa &amp;valintaan</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/main_window.py" line="222" />
        <source>Zoom &amp;in</source>
        <translation>Lä&amp;hennä</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/main_window.py" line="223" />
        <source>Zoom &amp;out</source>
        <translation>L&amp;oitonna</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/main_window.py" line="230" />
        <source>&amp;File</source>
        <translation>&amp;Tiedosto</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/main_window.py" line="251" />
        <source>&amp;Edit</source>
        <translation>&amp;Muokkaa</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/main_window.py" line="258" />
        <source>&amp;Map</source>
        <translation>&amp;Kartta</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/main_window.py" line="264" />
        <source>&amp;View</source>
        <translation>&amp;Näytä</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/main_window.py" line="283" />
        <source>&amp;Help</source>
        <translation>&amp;Ohje</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/main_window.py" line="288" />
        <source>Main toolbar</source>
        <translation>Päätyökalurivi</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/tables/tabs.py" line="29" />
        <source>Actors</source>
        <translation>Toimijat</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/tables/tabs.py" line="30" />
        <source>Clusters</source>
        <translation>Klusterit</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/tables/tabs.py" line="31" />
        <source>Projects</source>
        <translation>Hankkeet</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/tables/tabs.py" line="32" />
        <source>Relationships</source>
        <translation>Suhteet</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/editor_stack.py" line="65" />
        <source>Select an actor, cluster, project, membership, relationship, contact person or project partner to edit it here.</source>
        <translation>Valitse toimija, klusteri, hanke, jäsenyys, suhde, yhteyshenkilö tai hankekumppani, niin voit muokata sitä tässä.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/window/main_window.py" line="423" />
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n toimija</numerusform>
            <numerusform>%n toimijaa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/window/main_window.py" line="424" />
        <source>%n cluster(s)</source>
        <translation>
            <numerusform>%n klusteri</numerusform>
            <numerusform>%n klusteria</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/window/main_window.py" line="425" />
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n hanke</numerusform>
            <numerusform>%n hanketta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/window/main_window.py" line="426" />
        <source>%n membership(s)</source>
        <translation>
            <numerusform>%n jäsenyys</numerusform>
            <numerusform>%n jäsenyyttä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/window/main_window.py" line="427" />
        <source>%n relationship(s)</source>
        <translation>
            <numerusform>%n suhde</numerusform>
            <numerusform>%n suhdetta</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/main_window.py" line="452" />
        <source>About this map</source>
        <translation>Tästä kartasta</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/main_window.py" line="456" />
        <source>The change was not made</source>
        <translation>Muutosta ei tehty</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/main_window.py" line="483" />
        <source>Workshop mode</source>
        <translation>Työpajatila</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/main_window.py" line="483" />
        <source>Show the workshop on which screen?</source>
        <translation>Millä näytöllä työpaja näytetään?</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/main_window.py" line="492" />
        <source>Delete</source>
        <translation>Poista</translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/window/main_window.py" line="503" />
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>Poista %n kohde</numerusform>
            <numerusform>Poista %n kohdetta</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/main_window.py" line="509" />
        <source>Delete {what}</source>
        <translation>Poista {what}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/main_window.py" line="525" />
        <source>About aspdesk</source>
        <translation>Tietoja ohjelmasta aspdesk</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/main_window.py" line="527" />
        <source>aspdesk {version}

Maps the actors, clusters, roles and relationships of regional business-cluster networks. Every change is saved in the map file at once.</source>
        <translation>aspdesk {version}

Kartoittaa alueellisten yritysklusteriverkostojen toimijat, klusterit, roolit ja suhteet. Jokainen muutos tallentuu karttatiedostoon heti.</translation>
    </message>
</context>
<context>
    <name>MapFiles</name>
    <message>
        <location filename="../../aspdesk/ui/files/map_files.py" line="69" />
        <source>&amp;New map…</source>
        <translation>&amp;Uusi kartta…</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/map_files.py" line="70" />
        <source>&amp;Open…</source>
        <translation>&amp;Avaa…</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/map_files.py" line="77" />
        <source>Save a &amp;copy as…</source>
        <translation>Tallenna &amp;kopiona…</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/map_files.py" line="79" />
        <source>&amp;Rename map…</source>
        <translation>&amp;Nimeä kartta uudelleen…</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/map_files.py" line="81" />
        <source>&amp;Export data…</source>
        <translation>Vie &amp;tiedot…</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/map_files.py" line="84" />
        <source>Restore from &amp;backup…</source>
        <translation>&amp;Palauta varmuuskopiosta…</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/map_files.py" line="87" />
        <source>Open &amp;recent</source>
        <translation>&amp;Viimeksi avatut</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/map_files.py" line="103" />
        <location filename="../../aspdesk/ui/files/map_files.py" line="104" />
        <source>New map</source>
        <translation>Uusi kartta</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/map_files.py" line="128" />
        <location filename="../../aspdesk/ui/files/map_files.py" line="132" />
        <location filename="../../aspdesk/ui/files/map_files.py" line="199" />
        <source>The map could not be opened</source>
        <translation>Karttaa ei voitu avata</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/map_files.py" line="157" />
        <source>a data file</source>
        <translation>tiedosto</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/map_files.py" line="158" />
        <source>Import into a new map</source>
        <translation>Tuo uuteen karttaan</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/map_files.py" line="159" />
        <source>{file} is {kind}, not an aspdesk map.</source>
        <translation>{file} on {kind}, ei aspdesk-kartta.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/map_files.py" line="161" />
        <source>aspdesk can make a new map and import the file's data into it: first choose where to save the new map, then check the import as usual. {file} itself is not changed.</source>
        <translation>aspdesk voi tehdä uuden kartan ja tuoda tiedoston tiedot siihen: valitse ensin, mihin uusi kartta tallennetaan, ja tarkista sitten tuonti tavalliseen tapaan. Tiedostoa {file} ei muuteta.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/map_files.py" line="165" />
        <source>Import into a new map…</source>
        <translation>Tuo uuteen karttaan…</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/map_files.py" line="219" />
        <source>No other maps opened yet</source>
        <translation>Muita karttoja ei ole vielä avattu</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/map_files.py" line="226" />
        <source>{name} (copy)</source>
        <translation>{name} (kopio)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/map_files.py" line="227" />
        <location filename="../../aspdesk/ui/files/map_files.py" line="232" />
        <location filename="../../aspdesk/ui/files/map_files.py" line="242" />
        <location filename="../../aspdesk/ui/files/map_files.py" line="253" />
        <source>Save a copy as</source>
        <translation>Tallenna kopiona</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/map_files.py" line="232" />
        <source>Choose a file other than the open map.</source>
        <translation>Valitse jokin muu tiedosto kuin avoinna oleva kartta.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/map_files.py" line="244" />
        <source>The map's own file was gone, so the copy was written from what this window holds: every actor, cluster, tie, project and saved view. Open {path} to go on working.</source>
        <translation>Kartan oma tiedosto oli kadonnut, joten kopio kirjoitettiin siitä, mitä tässä ikkunassa on: kaikki toimijat, klusterit, suhteet, hankkeet ja tallennetut näkymät. Avaa {path} jatkaaksesi työtä.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/map_files.py" line="255" />
        <source>The team map's server could not be reached, so the copy was written from what this window holds: every actor, cluster, tie, project and saved view as they were when last read from the server.</source>
        <translation>Yhteisen kartan palvelimeen ei saatu yhteyttä, joten kopio kirjoitettiin siitä, mitä tässä ikkunassa on: kaikki toimijat, klusterit, suhteet, hankkeet ja tallennetut näkymät sellaisina kuin ne viimeksi luettiin palvelimelta.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/map_files.py" line="262" />
        <source>The copy was not saved</source>
        <translation>Kopiota ei tallennettu</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/map_files.py" line="264" />
        <source>Copy saved to {path}</source>
        <translation>Kopio tallennettiin tiedostoon {path}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/map_files.py" line="280" />
        <source>Export the map's history too?</source>
        <translation>Viedäänkö myös kartan historia?</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/map_files.py" line="282" />
        <source>The map's history: every change, when and by whom.</source>
        <translation>Kartan historia: jokainen muutos, milloin ja kuka sen teki.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/map_files.py" line="284" />
        <source>Without the history</source>
        <translation>Ilman historiaa</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/map_files.py" line="285" />
        <source>With the history (a larger file; a restore keeps it)</source>
        <translation>Historian kanssa (suurempi tiedosto; palautus säilyttää sen)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/map_files.py" line="306" />
        <source>Exporting to {path}…</source>
        <translation>Viedään tiedostoon {path}…</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/map_files.py" line="311" />
        <source>Export cancelled; no file was written.</source>
        <translation>Vienti peruttiin; tiedostoa ei kirjoitettu.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/map_files.py" line="318" />
        <source>Exported to {path}, without personal data</source>
        <translation>Tiedot vietiin tiedostoon {path} ilman henkilötietoja</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/map_files.py" line="320" />
        <source>Exported to {path}</source>
        <translation>Tiedot vietiin tiedostoon {path}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/map_files.py" line="328" />
        <source>The export was not written</source>
        <translation>Tietoja ei viety</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/map_files.py" line="337" />
        <source>Restore from backup</source>
        <translation>Palauta varmuuskopiosta</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/map_files.py" line="339" />
        <source>A team map's backups are kept by its server's admin, who can restore one. File &gt; Save a copy as… keeps a copy of the map as it is now.</source>
        <translation>Yhteisen kartan varmuuskopioista huolehtii sen palvelimen ylläpitäjä, joka voi palauttaa niistä kartan. Tiedosto &gt; Tallenna kopiona… tallentaa kopion kartasta sellaisena kuin se nyt on.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/map_files.py" line="364" />
        <source>The copy could not be read</source>
        <translation>Kopiota ei voitu lukea</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/map_files.py" line="367" />
        <source>Restore the copy of {made}</source>
        <translation>Palauta {made} tehty kopio</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/map_files.py" line="370" />
        <source>Restored the copy of {made}. Edit &gt; Undo takes it back.</source>
        <translation>Palautettiin {made} tehty kopio. Muokkaa &gt; Kumoa peruu palautuksen.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/map_files.py" line="380" />
        <source>Rename map</source>
        <translation>Nimeä kartta uudelleen</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/map_files.py" line="380" />
        <source>Name of the map:</source>
        <translation>Kartan nimi:</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/map_files.py" line="383" />
        <source>Rename map to “{name}”</source>
        <translation>Nimeä kartta uudelleen: “{name}”</translation>
    </message>
</context>
<context>
    <name>MetricsPanel</name>
    <message>
        <location filename="../../aspdesk/ui/metrics/panel.py" line="143" />
        <source>Compute</source>
        <translation>Laske</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/metrics/panel.py" line="144" />
        <source>Compute the figures again for what is on show</source>
        <translation>Laske luvut uudelleen näkyvissä olevalle verkostolle</translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/metrics/panel.py" line="233" />
        <source>Computing network metrics for %n actor(s)…</source>
        <translation>
            <numerusform>Lasketaan verkoston tunnuslukuja %n toimijalle…</numerusform>
            <numerusform>Lasketaan verkoston tunnuslukuja %n toimijalle…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/metrics/panel.py" line="258" />
        <source>Computing was cancelled.</source>
        <translation>Laskenta peruttiin.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/metrics/panel.py" line="265" />
        <source>The figures could not be computed: {error}</source>
        <translation>Lukuja ei voitu laskea: {error}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/metrics/panel.py" line="294" />
        <source>Computing…</source>
        <translation>Lasketaan…</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/metrics/panel.py" line="296" />
        <source>No figures yet: press Compute.</source>
        <translation>Lukuja ei ole vielä: paina Laske.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/metrics/panel.py" line="298" />
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n toimija</numerusform>
            <numerusform>%n toimijaa</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/metrics/panel.py" line="299" />
        <source>%n tie(s)</source>
        <translation>
            <numerusform>%n suhde</numerusform>
            <numerusform>%n suhdetta</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/metrics/panel.py" line="301" />
        <source>Figures for the {actors} and {ties} shown.</source>
        <translation>Luvut näkyvissä oleville: {actors}, {ties}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/metrics/panel.py" line="315" />
        <source>The map or the filter has changed since: press Compute to update.</source>
        <translation>Kartta tai rajaus on muuttunut sen jälkeen: päivitä painamalla Laske.</translation>
    </message>
</context>
<context>
    <name>MetricsTableModel</name>
    <message>
        <location filename="../../aspdesk/ui/metrics/model.py" line="43" />
        <source>Single point of failure</source>
        <translation>Ainoa yhdistäjä</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/metrics/model.py" line="44" />
        <source>If this actor left, its part of the network would fall apart.</source>
        <translation>Jos tämä toimija lähtisi, sen osa verkostosta hajoaisi.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/metrics/model.py" line="49" />
        <source>Hangs on one tie</source>
        <translation>Yhden suhteen varassa</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/metrics/model.py" line="50" />
        <source>The actor's only tie is a bridge: without it the actor is cut off.</source>
        <translation>Toimijan ainoa suhde on silta: ilman sitä toimija jää irralleen.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/metrics/model.py" line="56" />
        <source>No ties</source>
        <translation>Ei suhteita</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/metrics/model.py" line="57" />
        <source>The actor has no ties with the others on show.</source>
        <translation>Toimijalla ei ole suhteita muihin näkyvissä oleviin.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/metrics/model.py" line="219" />
        <source>Actor</source>
        <translation>Toimija</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/metrics/model.py" line="220" />
        <source>Kind</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/metrics/model.py" line="221" />
        <source>Weak point</source>
        <translation>Heikko kohta</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/metrics/model.py" line="229" />
        <source>Where the network would break: actors whose leaving would split it, actors tied in by a single tie, and actors without ties.</source>
        <translation>Kohdat, joista verkosto voisi katketa: toimijat, joiden lähtö jakaisi sen, yhden suhteen varassa olevat toimijat ja toimijat ilman suhteita.</translation>
    </message>
</context>
<context>
    <name>NewActorPrompt</name>
    <message>
        <location filename="../../aspdesk/graph/workshop/window.py" line="92" />
        <source>New actor: type its name and press Enter</source>
        <translation>Uusi toimija: kirjoita nimi ja paina Enter</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/workshop/window.py" line="122" />
        <source>New actor: type its name and press Enter (Esc cancels)</source>
        <translation>Uusi toimija: kirjoita nimi ja paina Enter (Esc peruuttaa)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/workshop/window.py" line="138" />
        <source>Which kind? Press its number (Esc cancels).</source>
        <translation>Minkä tyyppinen toimija? Paina tyypin numeroa (Esc peruuttaa).</translation>
    </message>
</context>
<context>
    <name>NewRoundDialog</name>
    <message>
        <location filename="../../aspdesk/ui/survey/new_round.py" line="46" />
        <source>New survey round</source>
        <translation>Uusi kyselykierros</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/survey/new_round.py" line="53" />
        <source>&amp;Cluster:</source>
        <translation>&amp;Klusteri:</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/survey/new_round.py" line="60" />
        <source>&amp;Language of the questionnaires:</source>
        <translation>Kyselylomakkeiden &amp;kieli:</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/survey/new_round.py" line="63" />
        <source>&amp;Browse…</source>
        <translation>&amp;Selaa…</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/survey/new_round.py" line="68" />
        <source>&amp;Folder:</source>
        <translation>K&amp;ansio:</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/survey/new_round.py" line="75" />
        <source>&amp;Write questionnaires</source>
        <translation>&amp;Tee kyselylomakkeet</translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/survey/new_round.py" line="95" />
        <source>%n member(s) will get a questionnaire.</source>
        <translation>
            <numerusform>%n jäsen saa kyselylomakkeen.</numerusform>
            <numerusform>%n jäsentä saa kyselylomakkeen.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NodeDrag</name>
    <message numerus="yes">
        <location filename="../../aspdesk/graph/canvas/node_drag.py" line="72" />
        <source>Move %n node(s)</source>
        <translation>
            <numerusform>Siirrä %n solmu</numerusform>
            <numerusform>Siirrä %n solmua</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OfflineCopies</name>
    <message>
        <location filename="../../aspdesk/ui/files/offline.py" line="63" />
        <source>Take a copy &amp;offline…</source>
        <translation>Ota kopio &amp;offline-käyttöön…</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/offline.py" line="65" />
        <source>Send changes to the &amp;team map…</source>
        <translation>&amp;Lähetä muutokset yhteiseen karttaan…</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/offline.py" line="96" />
        <source>Take a copy offline</source>
        <translation>Ota kopio offline-käyttöön</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/offline.py" line="98" />
        <source>{name} (offline)</source>
        <translation>{name} (offline)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/offline.py" line="107" />
        <source>Taking a copy of {map} offline…</source>
        <translation>Otetaan kopiota kartasta {map} offline-käyttöön…</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/offline.py" line="116" />
        <source>Working on the offline copy {path}</source>
        <translation>Työskentelet offline-kopiossa {path}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/offline.py" line="122" />
        <source>The offline copy was not written</source>
        <translation>Offline-kopiota ei tallennettu</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/offline.py" line="137" />
        <location filename="../../aspdesk/ui/files/offline.py" line="199" />
        <source>The changes were not sent</source>
        <translation>Muutoksia ei lähetetty</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/offline.py" line="157" />
        <location filename="../../aspdesk/ui/files/offline.py" line="165" />
        <source>Send changes to the team map</source>
        <translation>Lähetä muutokset yhteiseen karttaan</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/offline.py" line="159" />
        <source>The team map {map} already has every change of this copy: there is nothing to send.</source>
        <translation>Yhteisessä kartassa {map} on jo kaikki tämän kopion muutokset: lähetettävää ei ole.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/offline.py" line="166" />
        <source>Send</source>
        <translation>Lähetä</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/offline.py" line="169" />
        <source>From the offline copy {file} to the team map {map}</source>
        <translation>Offline-kopiosta {file} yhteiseen karttaan {map}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/offline.py" line="192" />
        <source>Nothing was sent; the team map was not changed.</source>
        <translation>Mitään ei lähetetty; yhteistä karttaa ei muutettu.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/offline.py" line="196" />
        <source>Send changes from {file}</source>
        <translation>Lähetä muutokset tiedostosta {file}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/offline.py" line="205" />
        <source>The copy did not record the send</source>
        <translation>Kopioon ei saatu merkittyä lähetystä</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/offline.py" line="207" />
        <source>The changes are on the team map, but the offline copy could not record that they were sent ({detail}): do not send this copy again.</source>
        <translation>Muutokset ovat yhteisessä kartassa, mutta offline-kopioon ei voitu merkitä, että ne on lähetetty ({detail}): älä lähetä tätä kopiota uudelleen.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/offline.py" line="215" />
        <source>Sent to the team map: {added} added, {changed} changed, {deleted} deleted, {conflicts} conflicts kept as the team map has them.</source>
        <translation>Lähetetty yhteiseen karttaan: lisättyjä {added}, muutettuja {changed}, poistettuja {deleted}; ristiriitoja {conflicts}, joissa yhteisen kartan arvo jäi voimaan.</translation>
    </message>
</context>
<context>
    <name>OutcomesPanel</name>
    <message>
        <location filename="../../aspdesk/ui/health/outcomes_panel.py" line="83" />
        <source>What changed on the network between the two days. Click a number to see its actors on the graph.</source>
        <translation>Mitä verkostossa muuttui näiden kahden päivän välillä. Napsauta lukua, niin sen toimijat näkyvät verkostokuvassa.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/health/outcomes_panel.py" line="102" />
        <source>First day</source>
        <translation>Ensimmäinen päivä</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/health/outcomes_panel.py" line="103" />
        <source>Last day</source>
        <translation>Viimeinen päivä</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/health/outcomes_panel.py" line="138" />
        <source>The first day comes after the last one.</source>
        <translation>Ensimmäinen päivä on viimeisen jälkeen.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/health/outcomes_panel.py" line="171" />
        <source>The network at the end of {then} against the end of {now}.</source>
        <translation>Verkosto päivän {then} lopussa verrattuna päivän {now} loppuun.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/health/outcomes_panel.py" line="190" />
        <source>New ties</source>
        <translation>Uudet suhteet</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/health/outcomes_panel.py" line="191" />
        <source>Ended ties</source>
        <translation>Päättyneet suhteet</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/health/outcomes_panel.py" line="192" />
        <source>New international ties</source>
        <translation>Uudet kansainväliset suhteet</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/health/outcomes_panel.py" line="194" />
        <source>Companies tied to research for the first time</source>
        <translation>Yritykset, joilla on ensimmäistä kertaa suhde tutkimukseen</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/health/outcomes_panel.py" line="196" />
        <source>New memberships</source>
        <translation>Uudet jäsenyydet</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/health/outcomes_panel.py" line="198" />
        <source>By role</source>
        <translation>Rooleittain</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/health/outcomes_panel.py" line="201" />
        <source>Ended memberships</source>
        <translation>Päättyneet jäsenyydet</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/health/outcomes_panel.py" line="202" />
        <source>Health findings solved</source>
        <translation>Ratkenneet tilan havainnot</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/health/outcomes_panel.py" line="203" />
        <source>Health findings appeared</source>
        <translation>Uudet tilan havainnot</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/health/outcomes_panel.py" line="246" />
        <source>By type or kind</source>
        <translation>Tyypeittäin</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/health/outcomes_panel.py" line="247" />
        <source>By cluster</source>
        <translation>Klustereittain</translation>
    </message>
</context>
<context>
    <name>PastValues</name>
    <message>
        <location filename="../../aspdesk/app/past_values.py" line="46" />
        <source>The old value names an actor, cluster or project that is no longer in the map, so it was not put back.</source>
        <translation>Vanha arvo viittaa toimijaan, klusteriin tai hankkeeseen, jota ei enää ole kartalla, joten sitä ei palautettu.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/past_values.py" line="58" />
        <source>The old value was not put back: {problem}</source>
        <translation>Vanhaa arvoa ei palautettu: {problem}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/past_values.py" line="73" />
        <source>This is no longer in the map, so none of its values can be put back.</source>
        <translation>Tätä ei enää ole kartalla, joten sen arvoja ei voi palauttaa.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/past_values.py" line="86" />
        <source>It has this value already.</source>
        <translation>Sillä on jo tämä arvo.</translation>
    </message>
</context>
<context>
    <name>PercentEditor</name>
    <message>
        <location filename="../../aspdesk/ui/forms/number_editors.py" line="86" />
        <source>e.g. {example}</source>
        <translation>esim. {example}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/number_editors.py" line="91" />
        <source>Write the share in per cent as a number from 0 to 100 with at most two decimals, such as {example}.</source>
        <translation>Kirjoita osuus prosentteina lukuna 0–100 enintään kahdella desimaalilla, esimerkiksi {example}.</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../aspdesk/ui/importing/preview.py" line="67" />
        <source>Where in the file</source>
        <translation>Kohta tiedostossa</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/importing/preview.py" line="68" />
        <source>Kind</source>
        <translation>Laji</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/importing/preview.py" line="69" />
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/importing/preview.py" line="70" />
        <source>Result</source>
        <translation>Tulos</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/importing/preview.py" line="71" />
        <source>Details</source>
        <translation>Tiedot</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/importing/preview.py" line="72" />
        <source>Your choice</source>
        <translation>Valintasi</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/importing/preview.py" line="225" />
        <source>Add as a new actor</source>
        <translation>Lisää uutena toimijana</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/importing/preview.py" line="227" />
        <source>Same as “{name}”</source>
        <translation>Sama kuin ”{name}”</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/importing/preview.py" line="267" />
        <source>Looks like {names} in the map</source>
        <translation>Muistuttaa kartan toimijaa {names}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/importing/preview.py" line="271" />
        <source>Import without the bad fields</source>
        <translation>Tuo ilman virheellisiä kenttiä</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/importing/preview.py" line="274" />
        <source>Use the copy's values</source>
        <translation>Käytä kopion arvoja</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/importing/preview.py" line="275" />
        <source>Use the file's values</source>
        <translation>Käytä tiedoston arvoja</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../aspdesk/ui/importing/dialog.py" line="128" />
        <source>All rows</source>
        <translation>Kaikki rivit</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/importing/dialog.py" line="132" />
        <source>Possible duplicates</source>
        <translation>Mahdolliset kaksoiskappaleet</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/importing/dialog.py" line="145" />
        <source>Show:</source>
        <translation>Näytä:</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/importing/dialog.py" line="151" />
        <source>Keep the map's values in every conflict</source>
        <translation>Pidä kartan arvot kaikissa ristiriidoissa</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/importing/dialog.py" line="152" />
        <source>Take the file's values in every conflict</source>
        <translation>Ota tiedoston arvot kaikissa ristiriidoissa</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/importing/dialog.py" line="185" />
        <source>Import the rows with errors without their bad fields, and keep the problems in each row's notes</source>
        <translation>Tuo virheelliset rivit ilman niiden virheellisiä kenttiä ja säilytä ongelmat kunkin rivin muistiinpanoissa</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/importing/dialog.py" line="268" />
        <source>Keep the team map's values in every conflict</source>
        <translation>Pidä yhteisen kartan arvot kaikissa ristiriidoissa</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/importing/dialog.py" line="269" />
        <source>Take the copy's values in every conflict</source>
        <translation>Ota kopion arvot kaikissa ristiriidoissa</translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/importing/dialog.py" line="278" />
        <source>%n problem(s) in the file. Click one to see its row:</source>
        <translation>
            <numerusform>%n ongelma tiedostossa. Napsauta sitä nähdäksesi sen rivin:</numerusform>
            <numerusform>%n ongelmaa tiedostossa. Napsauta ongelmaa nähdäksesi sen rivin:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/importing/dialog.py" line="190" />
        <source>Skip the rows with errors and import the rest</source>
        <translation>Ohita virheelliset rivit ja tuo muut</translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/importing/dialog.py" line="224" />
        <source>%n possible duplicate(s) of actors in the map: check them below.</source>
        <translation>
            <numerusform>%n mahdollinen kaksoiskappale kartan toimijasta: tarkista se alta.</numerusform>
            <numerusform>%n mahdollista kaksoiskappaletta kartan toimijoista: tarkista ne alta.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/importing/dialog.py" line="231" />
        <source>%n empty row(s) or unusable item(s) left out.</source>
        <translation>
            <numerusform>%n tyhjä rivi tai käyttökelvoton kohde jätettiin pois.</numerusform>
            <numerusform>%n tyhjää riviä tai käyttökelvotonta kohdetta jätettiin pois.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/importing/dialog.py" line="237" />
        <source>%n value(s) read in standard form, such as a business ID without its hyphen: see Details.</source>
        <translation>
            <numerusform>%n arvo luettiin vakiomuodossa, esimerkiksi Y-tunnus ilman väliviivaa: katso Tiedot.</numerusform>
            <numerusform>%n arvoa luettiin vakiomuodossa, esimerkiksi Y-tunnus ilman väliviivaa: katso Tiedot.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/importing/dialog.py" line="243" />
        <source>The file holds nothing to import.</source>
        <translation>Tiedostossa ei ole mitään tuotavaa.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/importing/dialog.py" line="275" />
        <source>%n problem(s) in the file; the first {shown} are listed:</source>
        <translation>
            <numerusform>%n ongelma tiedostossa; ensimmäiset {shown} on lueteltu:</numerusform>
            <numerusform>%n ongelmaa tiedostossa; ensimmäiset {shown} on lueteltu:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/importing/dialog.py" line="279" />
        <source>No problems found in the file.</source>
        <translation>Tiedostosta ei löytynyt ongelmia.</translation>
    </message>
</context>
<context>
    <name>PrivacySwitch</name>
    <message>
        <location filename="../../aspdesk/ui/window/privacy.py" line="22" />
        <source>&amp;Hide personal data (workshop-safe)</source>
        <translation>&amp;Piilota henkilötiedot (työpajakäyttöön)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/privacy.py" line="26" />
        <source>Hide contact persons, e-mail addresses, phone numbers and notes on screen and leave them out of exports</source>
        <translation>Piilota yhteyshenkilöt, sähköpostiosoitteet, puhelinnumerot ja muistiinpanot näytöltä ja jätä ne pois vienneistä</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/privacy.py" line="30" />
        <source>Personal data hidden</source>
        <translation>Henkilötiedot piilotettu</translation>
    </message>
</context>
<context>
    <name>ProblemsList</name>
    <message>
        <location filename="../../aspdesk/ui/importing/problems.py" line="40" />
        <source>Where in the file</source>
        <translation>Kohta tiedostossa</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/importing/problems.py" line="40" />
        <source>Problem</source>
        <translation>Ongelma</translation>
    </message>
</context>
<context>
    <name>ProgrammeFileDialog</name>
    <message>
        <location filename="../../aspdesk/ui/programmes/file_editor.py" line="123" />
        <source>Edit programme — {file}</source>
        <translation>Muokkaa ohjelmaa — {file}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/programmes/file_editor.py" line="129" />
        <source>The rules of the programme in {path}. Save checks the text first: a file with a mistake is not saved, and the mistake is shown under the text.</source>
        <translation>Ohjelman säännöt tiedostossa {path}. Tallennettaessa teksti tarkistetaan ensin: virheellistä tiedostoa ei tallenneta, ja virhe näytetään tekstin alla.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/programmes/file_editor.py" line="138" />
        <source>Programme file</source>
        <translation>Ohjelmatiedosto</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/programmes/file_editor.py" line="143" />
        <source>How a programme file is written</source>
        <translation>Näin ohjelmatiedosto kirjoitetaan</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/programmes/file_editor.py" line="212" />
        <source>At least "count" partners count.</source>
        <translation>Laskettavia partnereita on vähintään "count".</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/programmes/file_editor.py" line="214" />
        <source>The partners that count come from at least "count" different countries (only countries in "countries" count, when it is given).</source>
        <translation>Laskettavat partnerit tulevat vähintään "count" eri maasta (jos "countries" on annettu, vain sen maat lasketaan).</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/programmes/file_editor.py" line="218" />
        <source>Every partner that counts is in "countries". Each of the "exceptions" (with its own "countries" and a "condition" in "en" and "fi") allows those countries on a condition the user must check.</source>
        <translation>Jokaisen laskettavan partnerin maa on "countries"-joukossa. Kukin "exceptions"-kohdan poikkeus (jolla on omat "countries" ja "condition"-ehto kielillä "en" ja "fi") sallii nämä maat ehdolla, joka käyttäjän on tarkistettava.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/programmes/file_editor.py" line="222" />
        <source>At least "count" partners that count are in "countries".</source>
        <translation>Vähintään "count" laskettavan partnerin maa on "countries"-joukossa.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/programmes/file_editor.py" line="224" />
        <source>At least "count" (1 when not given) partners that count are of the actor kinds in "kinds".</source>
        <translation>Vähintään "count" (oletus 1) laskettavan partnerin toimijatyyppi on "kinds"-luettelossa.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/programmes/file_editor.py" line="228" />
        <source>A partner is marked coordinator, and every coordinator is in "countries".</source>
        <translation>Jokin partneri on merkitty koordinaattoriksi, ja jokaisen koordinaattorin maa on "countries"-joukossa.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/programmes/file_editor.py" line="231" />
        <source>Every partner that counts has a nine-digit PIC (Participant Identification Code).</source>
        <translation>Jokaisella laskettavalla partnerilla on yhdeksännumeroinen PIC-koodi (osallistujatunnus).</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/programmes/file_editor.py" line="238" />
        <source>The file holds one object: "id" (letters a-z, digits, "-" and "_"), "name" and "notes" (each with an "en" and a "fi" text, and an "sv" text if you like: without one, Swedish shows the English), "checked" (the day you last checked the rules against the call text, YYYY-MM-DD), "sources" (each with a "title", and "url" and "version" if you like), "country_sets" and "rules". Fields whose names start with "_" are comments.</source>
        <translation>Tiedostossa on yksi objekti: "id" (kirjaimet a-z, numerot, "-" ja "_"), "name" ja "notes" (kummassakin teksti "en" ja "fi" sekä halutessasi "sv": ilman sitä ruotsinkielinen näkymä näyttää englanninkielisen tekstin), "checked" (päivä, jona viimeksi tarkistit säännöt haun tekstistä, VVVV-KK-PP), "sources" (kussakin "title" sekä halutessasi "url" ja "version"), "country_sets" ja "rules". Kentät, joiden nimi alkaa merkillä "_", ovat kommentteja.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/programmes/file_editor.py" line="250" />
        <source>Each rule has an "id", a "kind", a "description" (in "en" and "fi"), perhaps a "source", and the "parameters" its kind takes:</source>
        <translation>Kullakin säännöllä on "id", "kind", "description" (kielillä "en" ja "fi"), mahdollisesti "source" sekä lajinsa edellyttämät "parameters":</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/programmes/file_editor.py" line="259" />
        <source>optional: {fields}</source>
        <translation>valinnaiset: {fields}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/programmes/file_editor.py" line="267" />
        <source>The partner roles that count for the rule, of {roles}. When it is not given, the coordinator and the partners count. Every kind but coordinator_in takes it.</source>
        <translation>Säännössä laskettavat partneriroolit, vaihtoehdot {roles}. Jos kenttää ei ole, lasketaan koordinaattori ja osatoteuttajat. Kaikki säännöt paitsi coordinator_in ottavat tämän kentän.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/programmes/file_editor.py" line="275" />
        <source>Beside "parameters", a rule may have "only_if_kinds": it then applies only when a partner that counts is of one of those actor kinds.</source>
        <translation>Kentän "parameters" lisäksi säännöllä voi olla "only_if_kinds": sääntöä sovelletaan silloin vain, jos jokin laskettava partneri on jotakin näistä toimijatyypeistä.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/programmes/file_editor.py" line="282" />
        <source>Two-letter country codes in capitals (such as FI, SE) and country sets: "eu" for the EU member states, or the id of a set the file defines in "country_sets" (each with a "name", its "countries" and perhaps a "source").</source>
        <translation>Kaksikirjaimiset maakoodit isoin kirjaimin (kuten FI, SE) ja maajoukot: "eu" EU:n jäsenvaltioille tai sellaisen joukon tunnus, jonka tiedosto määrittelee kohdassa "country_sets" (kullakin "name", sen "countries" ja mahdollisesti "source").</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/programmes/file_editor.py" line="290" />
        <source>Actor kinds, written as codes: {kinds}.</source>
        <translation>Toimijatyypit koodeina: {kinds}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/programmes/file_editor.py" line="313" />
        <source>{file}: your file {other} already has the programme id {id}. Give this programme an id of its own (the field "id").</source>
        <translation>{file}: tiedostossasi {other} on jo ohjelman tunnus {id}. Anna tälle ohjelmalle oma tunnus (kenttä "id").</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/programmes/file_editor.py" line="323" />
        <source>The file was not saved. {reason}</source>
        <translation>Tiedostoa ei tallennettu. {reason}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/programmes/file_editor.py" line="356" />
        <source>The file stays as it was when last saved.</source>
        <translation>Tiedosto säilyy sellaisena kuin se viimeksi tallennettiin.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/programmes/file_editor.py" line="358" />
        <source>The new programme is not made.</source>
        <translation>Uutta ohjelmaa ei luoda.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/programmes/file_editor.py" line="361" />
        <source>Changes not saved</source>
        <translation>Muutoksia ei ole tallennettu</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/programmes/file_editor.py" line="362" />
        <source>Your changes to {file} are not saved. Close without saving them?</source>
        <translation>Tiedoston {file} muutoksia ei ole tallennettu. Suljetaanko tallentamatta?</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/programmes/file_editor.py" line="366" />
        <source>Close without saving</source>
        <translation>Sulje tallentamatta</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/programmes/file_editor.py" line="374" />
        <source>Line {line}, column {column}</source>
        <translation>Rivi {line}, sarake {column}</translation>
    </message>
</context>
<context>
    <name>ProgrammePicker</name>
    <message>
        <location filename="../../aspdesk/ui/programmes/picker.py" line="85" />
        <source>&amp;Programme:</source>
        <translation>&amp;Ohjelma:</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/programmes/picker.py" line="87" />
        <source>Pro&amp;grammes…</source>
        <translation>Ohjel&amp;mat…</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/programmes/picker.py" line="88" />
        <source>Add a programme or edit its rules</source>
        <translation>Lisää ohjelma tai muokkaa sen sääntöjä</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/programmes/picker.py" line="96" />
        <source>About this programme</source>
        <translation>Tietoja tästä ohjelmasta</translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/programmes/picker.py" line="149" />
        <source>%n programme file(s) of yours could not be read and are left out; Programmes… says what is wrong.</source>
        <translation>
            <numerusform>Ohjelmatiedostoistasi %n ei voitu lukea, joten se jätettiin pois; Ohjelmat… kertoo, mikä on vialla.</numerusform>
            <numerusform>Ohjelmatiedostoistasi %n ei voitu lukea, joten ne jätettiin pois; Ohjelmat… kertoo, mikä on vialla.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/programmes/picker.py" line="184" />
        <source>Rules from your file {file}.</source>
        <translation>Säännöt omasta tiedostostasi {file}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/programmes/picker.py" line="194" />
        <source>Sources:</source>
        <translation>Lähteet:</translation>
    </message>
</context>
<context>
    <name>ProgrammesDialog</name>
    <message>
        <location filename="../../aspdesk/ui/programmes/editor.py" line="97" />
        <source>Programmes</source>
        <translation>Ohjelmat</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/programmes/editor.py" line="100" />
        <source>Each programme's eligibility rules are kept in a file. Edit… on a programme that comes with aspdesk first copies it into your programmes folder; your copy replaces it. New programme… starts one from a copy of the programme picked. If you change a file in another editor, press Reload.</source>
        <translation>Kunkin ohjelman tukikelpoisuussäännöt ovat omassa tiedostossaan. Kun valitset aspdeskin mukana tulevalle ohjelmalle Muokkaa…, ohjelma kopioidaan ensin ohjelmakansioosi, ja kopiosi korvaa sen. Uusi ohjelma… aloittaa uuden ohjelman valitun ohjelman kopiosta. Jos muutat tiedostoa toisessa editorissa, paina Lue uudelleen.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/programmes/editor.py" line="112" />
        <source>Your programmes folder: {folder}</source>
        <translation>Ohjelmakansiosi: {folder}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/programmes/editor.py" line="116" />
        <source>Programme</source>
        <translation>Ohjelma</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/programmes/editor.py" line="116" />
        <source>Rules checked</source>
        <translation>Säännöt tarkistettu</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/programmes/editor.py" line="116" />
        <source>File</source>
        <translation>Tiedosto</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/programmes/editor.py" line="126" />
        <source>These files could not be read (pick one in the list and press Edit… to mend it):</source>
        <translation>Näitä tiedostoja ei voitu lukea (valitse tiedosto luettelosta ja korjaa se painamalla Muokkaa…):</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/programmes/editor.py" line="139" />
        <source>&amp;Edit…</source>
        <translation>&amp;Muokkaa…</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/programmes/editor.py" line="142" />
        <source>Edit this programme's rules (one that comes with aspdesk is first copied into your folder)</source>
        <translation>Muokkaa tämän ohjelman sääntöjä (aspdeskin mukana tuleva ohjelma kopioidaan ensin kansioosi)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/programmes/editor.py" line="147" />
        <source>&amp;New programme…</source>
        <translation>&amp;Uusi ohjelma…</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/programmes/editor.py" line="148" />
        <source>Start a new programme from a copy of this one</source>
        <translation>Aloita uusi ohjelma tämän ohjelman kopiosta</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/programmes/editor.py" line="150" />
        <source>&amp;Open file</source>
        <translation>&amp;Avaa tiedosto</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/programmes/editor.py" line="152" />
        <source>Open &amp;folder</source>
        <translation>Avaa &amp;kansio</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/programmes/editor.py" line="154" />
        <source>&amp;Reload</source>
        <translation>&amp;Lue uudelleen</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/programmes/editor.py" line="155" />
        <source>Read the programme files again</source>
        <translation>Lue ohjelmatiedostot uudelleen</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/programmes/editor.py" line="193" />
        <source>built in</source>
        <translation>sisäänrakennettu</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/programmes/editor.py" line="197" />
        <source>Comes with aspdesk</source>
        <translation>Tulee aspdeskin mukana</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/programmes/editor.py" line="206" />
        <source>cannot be read</source>
        <translation>ei luettavissa</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/programmes/editor.py" line="252" />
        <source>Edit this file in aspdesk (Programmes…, Edit…), or in a text editor and then press Reload in aspdesk's Programmes window. Set "checked" to the day you checked the rules against the call text (YYYY-MM-DD). Rule kinds: {kinds}. Fields whose names start with _ are comments.</source>
        <translation>Muokkaa tätä tiedostoa aspdeskissä (Ohjelmat…, Muokkaa…) tai tekstieditorissa ja paina sitten Lue uudelleen aspdeskin Ohjelmat-ikkunassa. Aseta "checked"-kentän arvoksi päivä, jona tarkistit säännöt haun tekstistä (VVVV-KK-PP). Sääntölajit: {kinds}. Kentät, joiden nimi alkaa merkillä _, ovat kommentteja.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/programmes/editor.py" line="265" />
        <source>The programme was not copied</source>
        <translation>Ohjelmaa ei kopioitu</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/programmes/editor.py" line="278" />
        <source>Your folder already has {file}; it is opened for you.</source>
        <translation>Kansiossasi on jo tiedosto {file}; se avataan muokattavaksi.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/programmes/editor.py" line="287" />
        <source>Copied to {path}. Your copy replaces the programme that comes with aspdesk.</source>
        <translation>Kopioitu tiedostoon {path}. Kopiosi korvaa aspdeskin mukana tulevan ohjelman.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/programmes/editor.py" line="300" />
        <source>The programme file cannot be opened</source>
        <translation>Ohjelmatiedostoa ei voi avata</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/programmes/editor.py" line="314" />
        <source>New programme</source>
        <translation>Uusi ohjelma</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/programmes/editor.py" line="315" />
        <source>Name of the new programme (it starts as a copy of {programme}):</source>
        <translation>Uuden ohjelman nimi (pohjana on ohjelman {programme} kopio):</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/programmes/editor.py" line="342" />
        <source>Saved {path}.</source>
        <translation>Tallennettiin: {path}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/programmes/editor.py" line="359" />
        <source>The folder cannot be made</source>
        <translation>Kansiota ei voi luoda</translation>
    </message>
</context>
<context>
    <name>ProjectNamesDialog</name>
    <message>
        <location filename="../../aspdesk/ui/consortium/dialogs.py" line="47" />
        <source>Save the consortium as a project</source>
        <translation>Tallenna konsortio hankkeeksi</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/consortium/dialogs.py" line="50" />
        <source>The consortium becomes a project in preparation in this map, with its partners and their roles. You can edit it later like any project.</source>
        <translation>Konsortiosta tulee tähän karttaan valmistelussa oleva hanke partnereineen ja niiden rooleineen. Voit muokata sitä myöhemmin kuten mitä tahansa hanketta.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/consortium/dialogs.py" line="59" />
        <source>For example HORIZON-CL6-2027-01</source>
        <translation>Esimerkiksi HORIZON-CL6-2027-01</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/consortium/dialogs.py" line="61" />
        <source>Project &amp;name:</source>
        <translation>Hankkeen &amp;nimi:</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/consortium/dialogs.py" line="62" />
        <source>&amp;Acronym:</source>
        <translation>&amp;Lyhenne:</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/consortium/dialogs.py" line="63" />
        <source>&amp;Call:</source>
        <translation>&amp;Haku:</translation>
    </message>
</context>
<context>
    <name>RelatedPanel</name>
    <message>
        <location filename="../../aspdesk/ui/tables/related_panel.py" line="60" />
        <source>Memberships</source>
        <translation>Jäsenyydet</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/tables/related_panel.py" line="61" />
        <source>Contact persons</source>
        <translation>Yhteyshenkilöt</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/tables/related_panel.py" line="62" />
        <location filename="../../aspdesk/ui/tables/related_panel.py" line="112" />
        <source>Projects</source>
        <translation>Hankkeet</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/tables/related_panel.py" line="112" />
        <source>Partners</source>
        <translation>Partnerit</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/tables/related_panel.py" line="169" />
        <source>Select an actor, a cluster or a project</source>
        <translation>Valitse toimija, klusteri tai hanke</translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/tables/related_panel.py" line="182" />
        <source>%n partner(s)</source>
        <translation>
            <numerusform>%n partneri</numerusform>
            <numerusform>%n partneria</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/tables/related_panel.py" line="185" />
        <source>budget shares total {total} %</source>
        <translation>budjettiosuudet yhteensä {total} %</translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/tables/related_panel.py" line="187" />
        <source>%n without a share</source>
        <translation>
            <numerusform>%n ilman osuutta</numerusform>
            <numerusform>%n ilman osuutta</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/tables/related_panel.py" line="189" />
        <source>no budget shares entered</source>
        <translation>budjettiosuuksia ei ole annettu</translation>
    </message>
</context>
<context>
    <name>RemovalText</name>
    <message>
        <location filename="../../aspdesk/ui/forms/removal.py" line="60" />
        <source>• cluster “{name}” will have no coordinator</source>
        <translation>• klusteri “{name}” jää ilman koordinaattoria</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/removal.py" line="65" />
        <source>Delete {what}?</source>
        <translation>Poistetaanko {what}?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/forms/removal.py" line="67" />
        <source>Delete these %n items?</source>
        <translation>
            <numerusform>Poistetaanko %n kohde?</numerusform>
            <numerusform>Poistetaanko nämä %n kohdetta?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/removal.py" line="69" />
        <source>Nothing else depends on it. You can undo the delete.</source>
        <translation>Mikään muu ei riipu siitä. Voit kumota poiston.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/forms/removal.py" line="75" />
        <source>%n contact person(s)</source>
        <translation>
            <numerusform>%n yhteyshenkilö</numerusform>
            <numerusform>%n yhteyshenkilöä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/forms/removal.py" line="76" />
        <source>%n membership(s)</source>
        <translation>
            <numerusform>%n jäsenyys</numerusform>
            <numerusform>%n jäsenyyttä</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/forms/removal.py" line="77" />
        <source>%n relationship(s)</source>
        <translation>
            <numerusform>%n suhde</numerusform>
            <numerusform>%n suhdetta</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/forms/removal.py" line="78" />
        <source>%n project partnership(s)</source>
        <translation>
            <numerusform>%n hankekumppanuus</numerusform>
            <numerusform>%n hankekumppanuutta</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/removal.py" line="82" />
        <source>This also deletes {items}:</source>
        <translation>Samalla poistetaan myös {items}:</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/removal.py" line="84" />
        <source>This also changes:</source>
        <translation>Samalla muuttuu myös:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/forms/removal.py" line="87" />
        <source>…and %n more</source>
        <translation>
            <numerusform>…ja %n muu</numerusform>
            <numerusform>…ja %n muuta</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/removal.py" line="88" />
        <source>You can undo the delete.</source>
        <translation>Voit kumota poiston.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../aspdesk/app/report_summary.py" line="26" />
        <source>Network report</source>
        <translation>Verkostoraportti</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_summary.py" line="27" />
        <source>Made with aspdesk on {date}.</source>
        <translation>Tehty aspdeskillä {date}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_summary.py" line="29" />
        <source>Actors</source>
        <translation>Toimijat</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_summary.py" line="30" />
        <source>Clusters</source>
        <translation>Klusterit</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_summary.py" line="35" />
        <source>The clusters</source>
        <translation>Klusterit</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_outcomes.py" line="84" />
        <location filename="../../aspdesk/app/report_summary.py" line="36" />
        <source>Cluster</source>
        <translation>Klusteri</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_summary.py" line="37" />
        <source>State</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_summary.py" line="38" />
        <source>Members</source>
        <translation>Jäseniä</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_summary.py" line="39" />
        <source>Problems</source>
        <translation>Ongelmia</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_summary.py" line="40" />
        <source>To look at</source>
        <translation>Tarkistettavaa</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_summary.py" line="41" />
        <source>… and {count} more clusters in order or with fewer findings: see Cluster health.</source>
        <translation>… ja {count} muuta klusteria, jotka ovat kunnossa tai joissa on vähemmän havaintoja: katso Klustereiden tila.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_summary.py" line="44" />
        <source>What matters most</source>
        <translation>Tärkeimmät havainnot</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_summary.py" line="45" />
        <source>The same in {count} other clusters.</source>
        <translation>Sama {count} muussa klusterissa.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_summary.py" line="46" />
        <source>The same in one other cluster.</source>
        <translation>Sama yhdessä muussa klusterissa.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_summary.py" line="47" />
        <source>The health check found nothing to look at.</source>
        <translation>Tilan tarkistus ei löytänyt tarkistettavaa.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_summary.py" line="48" />
        <source>The network; larger and with its legend in the next section.</source>
        <translation>Verkosto; suurempana ja selitteineen seuraavassa osassa.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_html.py" line="63" />
        <source>The network</source>
        <translation>Verkosto</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_html.py" line="64" />
        <source>Cluster health</source>
        <translation>Klustereiden tila</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_html.py" line="80" />
        <source>Actors by their place in the network</source>
        <translation>Toimijoiden asema verkostossa</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_html.py" line="81" />
        <source>Sorted by betweenness: how often an actor lies on the paths between others.</source>
        <translation>Järjestetty välillisyyden mukaan: kuinka usein toimija on muiden toimijoiden välisillä poluilla.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_html.py" line="84" />
        <location filename="../../aspdesk/app/report_summary.py" line="31" />
        <source>Memberships</source>
        <translation>Jäsenyydet</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_summary.py" line="32" />
        <source>Ties</source>
        <translation>Suhteet</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_html.py" line="85" />
        <location filename="../../aspdesk/app/report_summary.py" line="33" />
        <source>Projects</source>
        <translation>Hankkeet</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_html.py" line="65" />
        <source>Each cluster checked against the rules below. Problems first, then points to look at, then what is in order.</source>
        <translation>Kukin klusteri on tarkistettu alla olevien sääntöjen mukaan. Ensin ongelmat, sitten tarkistettavat asiat ja lopuksi se, mikä on kunnossa.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_html.py" line="70" />
        <source>Rule</source>
        <translation>Sääntö</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_html.py" line="71" />
        <source>Value</source>
        <translation>Arvo</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_html.py" line="72" />
        <source>Source</source>
        <translation>Lähde</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_html.py" line="74" />
        <source>Committed members, at least</source>
        <translation>Sitoutuneita jäseniä vähintään</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_html.py" line="75" />
        <source>Helices covered, at least</source>
        <translation>Katettuja heliksejä vähintään</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_html.py" line="76" />
        <source>A tie is stale after, months</source>
        <translation>Suhde vanhenee, kuukautta</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_html.py" line="77" />
        <source>A broker carries of the paths, at least</source>
        <translation>Välittäjän osuus poluista vähintään</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_html.py" line="78" />
        <source>Parts of the cluster model</source>
        <translation>Klusterimallin osat</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_html.py" line="86" />
        <source>{programme} · {status}</source>
        <translation>{programme} · {status}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_html.py" line="87" />
        <source>From {start} to {end}</source>
        <translation>Toteutusaika {start}–{end}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_html.py" line="88" />
        <source>Total budget {budget} €, grant {grant} €</source>
        <translation>Kokonaisbudjetti {budget} €, tuki {grant} €</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_html.py" line="89" />
        <source>Clusters: {clusters}</source>
        <translation>Klusterit: {clusters}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_html.py" line="90" />
        <source>Organisation</source>
        <translation>Organisaatio</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_html.py" line="91" />
        <source>Country</source>
        <translation>Maa</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_outcomes.py" line="38" />
        <source>Outcomes {since}–{until}</source>
        <translation>Tulokset {since}–{until}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_outcomes.py" line="41" />
        <source>The actors formed {count} new tie.</source>
        <translation>Toimijoiden välille syntyi {count} uusi suhde.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_outcomes.py" line="42" />
        <source>The actors formed {count} new ties.</source>
        <translation>Toimijoiden välille syntyi {count} uutta suhdetta.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_outcomes.py" line="45" />
        <source>{count} of them is international.</source>
        <translation>Niistä {count} on kansainvälinen.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_outcomes.py" line="46" />
        <source>{count} of them are international.</source>
        <translation>Niistä {count} on kansainvälisiä.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_outcomes.py" line="49" />
        <source>{count} company was tied to research for the first time.</source>
        <translation>{count} yritys sai ensimmäisen suhteensa tutkimukseen.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_outcomes.py" line="50" />
        <source>{count} companies were tied to research for the first time.</source>
        <translation>{count} yritystä sai ensimmäisen suhteensa tutkimukseen.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_outcomes.py" line="53" />
        <source>The clusters gained {count} new membership.</source>
        <translation>Klustereihin tuli {count} uusi jäsenyys.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_outcomes.py" line="54" />
        <source>The clusters gained {count} new memberships.</source>
        <translation>Klustereihin tuli {count} uutta jäsenyyttä.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_outcomes.py" line="57" />
        <source>{count} tie ended.</source>
        <translation>{count} suhde päättyi.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_outcomes.py" line="58" />
        <source>{count} ties ended.</source>
        <translation>{count} suhdetta päättyi.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_outcomes.py" line="61" />
        <source>{count} membership ended.</source>
        <translation>{count} jäsenyys päättyi.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_outcomes.py" line="62" />
        <source>{count} memberships ended.</source>
        <translation>{count} jäsenyyttä päättyi.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_outcomes.py" line="65" />
        <source>{count} problem or warning of the health check was solved.</source>
        <translation>Tilan tarkistuksen ongelmista ja tarkistettavista ratkesi {count}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_outcomes.py" line="66" />
        <source>{count} problems or warnings of the health check were solved.</source>
        <translation>Tilan tarkistuksen ongelmista ja tarkistettavista ratkesi {count}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_outcomes.py" line="69" />
        <source>{count} new problem or warning appeared.</source>
        <translation>Uusia ongelmia tai tarkistettavia tuli {count}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_outcomes.py" line="70" />
        <source>{count} new problems or warnings appeared.</source>
        <translation>Uusia ongelmia tai tarkistettavia tuli {count}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_outcomes.py" line="72" />
        <source>Counted from the dates of memberships and ties; where one has no date, from when the map recorded it. A membership counts once for each cluster and role; a tie belongs to a cluster when both its ends are members of it.</source>
        <translation>Luvut on laskettu jäsenyyksien ja suhteiden päivämääristä; jos päivämäärää ei ole, siitä, milloin tieto kirjattiin karttaan. Jäsenyys lasketaan kerran kutakin klusteria ja roolia kohden; suhde kuuluu klusteriin, kun sen molemmat osapuolet ovat klusterin jäseniä.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_outcomes.py" line="78" />
        <source>Ties by type</source>
        <translation>Suhteet tyypeittäin</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_outcomes.py" line="79" />
        <source>By cluster</source>
        <translation>Klustereittain</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_outcomes.py" line="80" />
        <source>New memberships by kind and role</source>
        <translation>Uudet jäsenyydet toimijatyypin ja roolin mukaan</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_outcomes.py" line="81" />
        <source>Type</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_outcomes.py" line="82" />
        <source>Kind</source>
        <translation>Toimijatyyppi</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_html.py" line="92" />
        <location filename="../../aspdesk/app/report_outcomes.py" line="83" />
        <source>Role</source>
        <translation>Rooli</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_outcomes.py" line="85" />
        <source>New</source>
        <translation>Uusia</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_outcomes.py" line="86" />
        <source>Ended</source>
        <translation>Päättyneitä</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_outcomes.py" line="87" />
        <source>New ties</source>
        <translation>Uusia suhteita</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_outcomes.py" line="88" />
        <source>Ended ties</source>
        <translation>Päättyneitä suhteita</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_outcomes.py" line="89" />
        <source>New memberships</source>
        <translation>Uusia jäsenyyksiä</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_outcomes.py" line="90" />
        <source>Ended memberships</source>
        <translation>Päättyneitä jäsenyyksiä</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_outcomes.py" line="91" />
        <source>New international ties</source>
        <translation>Uudet kansainväliset suhteet</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_outcomes.py" line="92" />
        <source>Companies tied to research for the first time</source>
        <translation>Yritykset, joilla on ensimmäistä kertaa suhde tutkimukseen</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_outcomes.py" line="93" />
        <source>{company}: {research}</source>
        <translation>{company}: {research}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_outcomes.py" line="94" />
        <source>Cluster health: solved</source>
        <translation>Klustereiden tila: ratkenneet havainnot</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_outcomes.py" line="95" />
        <source>Cluster health: appeared</source>
        <translation>Klustereiden tila: uudet havainnot</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_outcomes.py" line="96" />
        <source>None.</source>
        <translation>Ei yhtään.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_outcomes.py" line="97" />
        <source>Founded within the period, so compared from the day they started: {clusters}.</source>
        <translation>Perustettu jakson aikana, joten verrattu aloituspäivästä alkaen: {clusters}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_outcomes.py" line="100" />
        <source>{cluster} ({date})</source>
        <translation>{cluster} ({date})</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_outcomes.py" line="101" />
        <source>Not on the network on both days, so not compared: {clusters}.</source>
        <translation>Ei verkostossa molempina päivinä, joten ei verrattu: {clusters}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_outcomes.py" line="104" />
        <source>Nothing that these numbers count changed on the network in the period.</source>
        <translation>Jakson aikana verkostossa ei muuttunut mitään, mitä nämä luvut laskevat.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_outcomes.py" line="107" />
        <source>… and {count} more.</source>
        <translation>… ja {count} muuta.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_html.py" line="93" />
        <source>Budget share</source>
        <translation>Budjettiosuus</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_html.py" line="94" />
        <source>No partners recorded.</source>
        <translation>Partnereita ei ole kirjattu.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_html.py" line="95" />
        <source>Actor</source>
        <translation>Toimija</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_html.py" line="97" />
        <source>Problem</source>
        <translation>Ongelma</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_html.py" line="98" />
        <source>Look at</source>
        <translation>Tarkistettavaa</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_html.py" line="99" />
        <source>In order</source>
        <translation>Kunnossa</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_survey.py" line="20" />
        <source>Survey rounds</source>
        <translation>Kyselykierrokset</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_survey.py" line="21" />
        <source>{cluster}, sent {date}</source>
        <translation>{cluster}, lähetetty {date}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_survey.py" line="22" />
        <source>Asked {asked}, answered {answered}, not answered {waiting}; answers due {due}.</source>
        <translation>Kysytty {asked}, vastannut {answered}, vastaamatta {waiting}; vastausten määräpäivä {due}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_survey.py" line="25" />
        <source>What the answers did: confirmed {confirmed}, ended {ended}, changed {changed}, added {added}.</source>
        <translation>Vastausten vaikutus: vahvistettu {confirmed}, päätetty {ended}, muutettu {changed}, lisätty {added}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_survey.py" line="29" />
        <source>Answered: {names}</source>
        <translation>Vastanneet: {names}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_survey.py" line="30" />
        <source>Not answered yet: {names}</source>
        <translation>Vielä vastaamatta: {names}</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <location filename="../../aspdesk/ui/exports/report_actions.py" line="29" />
        <source>Export &amp;report…</source>
        <translation>Vie &amp;raportti…</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/report_actions.py" line="51" />
        <source>The report was not written</source>
        <translation>Raporttia ei kirjoitettu</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/report_actions.py" line="56" />
        <source>Report saved to {path}</source>
        <translation>Raportti tallennettiin tiedostoon {path}</translation>
    </message>
</context>
<context>
    <name>ReportPeriodDialog</name>
    <message>
        <location filename="../../aspdesk/ui/exports/report_period.py" line="37" />
        <source>Export report</source>
        <translation>Vie raportti</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/report_period.py" line="40" />
        <source>The report's outcomes section tells what changed on the network in this period: new and ended ties and memberships, international links, companies tied to research, cluster health.</source>
        <translation>Raportin tulokset-osio kertoo, mitä verkostossa muuttui tällä jaksolla: uudet ja päättyneet suhteet ja jäsenyydet, kansainväliset yhteydet, yritysten suhteet tutkimukseen ja klustereiden tila.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/report_period.py" line="50" />
        <source>First day</source>
        <translation>Ensimmäinen päivä</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/report_period.py" line="50" />
        <source>Last day</source>
        <translation>Viimeinen päivä</translation>
    </message>
</context>
<context>
    <name>RoleCoverageModel</name>
    <message>
        <location filename="../../aspdesk/ui/tables/overview.py" line="86" />
        <source>{filled} of {total}</source>
        <translation>{filled}/{total}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/tables/overview.py" line="87" />
        <source>All roles filled</source>
        <translation>Kaikki roolit täytetty</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/tables/overview.py" line="104" />
        <source>Cluster</source>
        <translation>Klusteri</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/tables/overview.py" line="105" />
        <source>Members</source>
        <translation>Jäseniä</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/tables/overview.py" line="106" />
        <source>Roles filled</source>
        <translation>Täytetyt roolit</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/tables/overview.py" line="107" />
        <source>Missing roles</source>
        <translation>Puuttuvat roolit</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <location filename="../../aspdesk/ui/health/rules_dialog.py" line="38" />
        <source>Cluster health rules</source>
        <translation>Klustereiden tilan säännöt</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/health/rules_dialog.py" line="42" />
        <source>What the health check asks of each cluster. Under each rule: where it comes from.</source>
        <translation>Mitä tilan tarkistus vaatii kultakin klusterilta. Kunkin säännön alla lukee, mistä se on peräisin.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/health/rules_dialog.py" line="59" />
        <source>Committed members, at least:</source>
        <translation>Sitoutuneita jäseniä vähintään:</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/health/rules_dialog.py" line="62" />
        <source>Helices covered, at least (business, research, public sector):</source>
        <translation>Katettuja heliksejä vähintään (elinkeinoelämä, tutkimus, julkinen sektori):</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/health/rules_dialog.py" line="67" />
        <source>Months a relationship may go unchecked before it is stale:</source>
        <translation>Kuukausia, jotka suhde saa olla tarkistamatta ennen kuin se vanhenee:</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/health/rules_dialog.py" line="72" />
        <source>A broker carries at least this share of the paths:</source>
        <translation>Välittäjän osuus poluista on vähintään:</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/health/rules_dialog.py" line="114" />
        <source>Source: {source}</source>
        <translation>Lähde: {source}</translation>
    </message>
</context>
<context>
    <name>SearchHint</name>
    <message>
        <location filename="../../aspdesk/graph/panel/search_hint.py" line="75" />
        <source>{name} is outside the focus.</source>
        <translation>{name} on rajauksen ulkopuolella.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/graph/panel/search_hint.py" line="78" />
        <source>{name} and %n other(s) found are hidden by the filter.</source>
        <translation>
            <numerusform>Suodatin piilottaa löydetyt: {name} ja %n muu.</numerusform>
            <numerusform>Suodatin piilottaa löydetyt: {name} ja %n muuta.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel/search_hint.py" line="81" />
        <source>{name} is hidden by the filter.</source>
        <translation>Suodatin piilottaa toimijan {name}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel/search_hint.py" line="83" />
        <source>Show it</source>
        <translation>Näytä se</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel/search_hint.py" line="120" />
        <source>The filter now shows {name} too.</source>
        <translation>Suodatin näyttää nyt myös toimijan {name}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel/search_hint.py" line="121" />
        <source>Put the filter back</source>
        <translation>Palauta suodatin</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel/search_hint.py" line="123" />
        <source>{name} is selected and shown.</source>
        <translation>{name} on valittu ja näkyvissä.</translation>
    </message>
</context>
<context>
    <name>ServerCopies</name>
    <message>
        <location filename="../../aspdesk/ui/files/to_server.py" line="35" />
        <source>Copy this map to a &amp;server…</source>
        <translation>Kopioi kartta &amp;palvelimelle…</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/to_server.py" line="59" />
        <source>Copying {map} to {server}…</source>
        <translation>Kopioidaan karttaa {map} palvelimelle {server}…</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/to_server.py" line="78" />
        <source>The map was copied but could not be opened</source>
        <translation>Kartta kopioitiin, mutta sitä ei voitu avata</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/to_server.py" line="85" />
        <source>Copied to the team map {map}; this window shows it now.</source>
        <translation>Kopioitu yhteiseksi kartaksi {map}; tämä ikkuna näyttää nyt sen.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/to_server.py" line="95" />
        <source>The server asks for a password: type it below.</source>
        <translation>Palvelin pyytää salasanaa: kirjoita se alle.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/to_server.py" line="103" />
        <source>The map was not copied to the server</source>
        <translation>Karttaa ei kopioitu palvelimelle</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/to_server.py" line="106" />
        <source>Copy cancelled; nothing was written to the server.</source>
        <translation>Kopiointi peruttiin; palvelimelle ei kirjoitettu mitään.</translation>
    </message>
</context>
<context>
    <name>SurveyActions</name>
    <message>
        <location filename="../../aspdesk/ui/survey/actions.py" line="62" />
        <source>&amp;Survey round…</source>
        <translation>&amp;Kyselykierros…</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/survey/actions.py" line="64" />
        <source>Ask the members of a cluster to check their ties, with a workbook each</source>
        <translation>Pyydä klusterin jäseniä tarkistamaan yhteytensä, kukin omalla työkirjallaan</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/survey/actions.py" line="111" />
        <source>Survey round</source>
        <translation>Kyselykierros</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/survey/actions.py" line="111" />
        <source>The map has no clusters to ask.</source>
        <translation>Kartalla ei ole klustereita, joiden jäseniltä kysyä.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/survey/actions.py" line="114" />
        <source>survey</source>
        <translation>kysely</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/survey/actions.py" line="120" />
        <source>Folder of the questionnaires</source>
        <translation>Kyselylomakkeiden kansio</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/survey/actions.py" line="138" />
        <source>Writing the questionnaires…</source>
        <translation>Tehdään kyselylomakkeita…</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/survey.py" line="161" />
        <location filename="../../aspdesk/ui/survey/actions.py" line="148" />
        <source>Survey round of {cluster}</source>
        <translation>Kyselykierros: {cluster}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/survey/actions.py" line="153" />
        <source>Wrote {count} questionnaires to {folder}</source>
        <translation>Tehtiin {count} kyselylomaketta kansioon {folder}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/survey/actions.py" line="165" />
        <source>The questionnaires were not written</source>
        <translation>Kyselylomakkeita ei tehty</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/survey/actions.py" line="170" />
        <source>Folder of the answers</source>
        <translation>Vastausten kansio</translation>
    </message>
</context>
<context>
    <name>SurveyDialog</name>
    <message>
        <location filename="../../aspdesk/ui/survey/dialog.py" line="38" />
        <source>Survey rounds</source>
        <translation>Kyselykierrokset</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/survey/dialog.py" line="46" />
        <source>Send each member of a cluster a questionnaire workbook to check its ties, then collect the answers: they are shown in the import preview before anything changes.</source>
        <translation>Lähetä klusterin jokaiselle jäsenelle kyselylomake, jolla se tarkistaa yhteytensä, ja kerää sitten vastaukset: ne näytetään tuonnin esikatselussa ennen kuin mitään muutetaan.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/survey/dialog.py" line="61" />
        <source>Answered</source>
        <translation>Vastanneet</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/survey/dialog.py" line="62" />
        <source>Not answered yet (to remind)</source>
        <translation>Vielä vastaamatta (muistutettavat)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/survey/dialog.py" line="74" />
        <source>&amp;New round…</source>
        <translation>&amp;Uusi kierros…</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/survey/dialog.py" line="75" />
        <source>&amp;Collect answers…</source>
        <translation>&amp;Kerää vastaukset…</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/survey/dialog.py" line="105" />
        <source>{cluster}, sent {date}</source>
        <translation>{cluster}, lähetetty {date}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/survey/dialog.py" line="121" />
        <source>No survey rounds yet.</source>
        <translation>Kyselykierroksia ei ole vielä tehty.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/survey/dialog.py" line="127" />
        <source>Asked {asked}, answered {answered}, not answered {waiting}. Answers were asked for by {due}.</source>
        <translation>Kysytty {asked}, vastannut {answered}, vastaamatta {waiting}. Vastauksia pyydettiin {due} mennessä.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/survey/dialog.py" line="147" />
        <source>What the round changed: confirmed {confirmed}, ended {ended}, changed {changed}, added {added}.</source>
        <translation>Kierroksen muutokset: vahvistettu {confirmed}, päättynyt {ended}, muutettu {changed}, lisätty {added}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/survey/dialog.py" line="160" />
        <source>(deleted actor {id})</source>
        <translation>(poistettu toimija {id})</translation>
    </message>
</context>
<context>
    <name>TablePanel</name>
    <message>
        <location filename="../../aspdesk/ui/tables/panel.py" line="32" />
        <source>Search…</source>
        <translation>Hae…</translation>
    </message>
</context>
<context>
    <name>TeamMapDialog</name>
    <message>
        <location filename="../../aspdesk/ui/files/team_dialog.py" line="40" />
        <source>disable: never encrypted</source>
        <translation>disable: ei koskaan salattu</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/team_dialog.py" line="41" />
        <source>allow: encrypted only if the server insists</source>
        <translation>allow: salattu vain, jos palvelin vaatii</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/team_dialog.py" line="44" />
        <source>prefer: encrypted if the server offers it (default)</source>
        <translation>prefer: salattu, jos palvelin tarjoaa salausta (oletus)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/team_dialog.py" line="48" />
        <source>require: always encrypted, certificate not checked</source>
        <translation>require: aina salattu, varmennetta ei tarkisteta</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/team_dialog.py" line="52" />
        <source>verify-ca: encrypted, certificate from a trusted root</source>
        <translation>verify-ca: salattu, varmenne luotetulta myöntäjältä</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/team_dialog.py" line="56" />
        <source>verify-full: encrypted, certificate checked with the server's name</source>
        <translation>verify-full: salattu, varmenne ja palvelimen nimi tarkistetaan</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/team_dialog.py" line="86" />
        <source>Open team map</source>
        <translation>Avaa yhteinen kartta</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/team_dialog.py" line="91" />
        <source>A team map is one map on a PostgreSQL server that several coordinators edit. Your server's admin gives you its address and your user name.</source>
        <translation>Yhteinen kartta on PostgreSQL-palvelimella oleva kartta, jota useampi koordinaattori muokkaa. Palvelimen ylläpitäjä antaa sinulle sen osoitteen ja käyttäjänimesi.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/team_dialog.py" line="96" />
        <source>Copy this map to a server</source>
        <translation>Kopioi kartta palvelimelle</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/team_dialog.py" line="99" />
        <source>The whole map, its history included, is copied into an empty database on a PostgreSQL server, on which your server's admin has run aspdesk server init. Your user there needs the owner's role (aspdesk_owner), for the history keeps its own times and authors. The map file stays as it is.</source>
        <translation>Koko kartta historioineen kopioidaan tyhjään tietokantaan PostgreSQL-palvelimella, jolle palvelimen ylläpitäjä on ajanut komennon aspdesk server init. Käyttäjälläsi on oltava siellä omistajan rooli (aspdesk_owner), koska historia säilyttää omat aikansa ja tekijänsä. Karttatiedosto säilyy ennallaan.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/team_dialog.py" line="117" />
        <source>db.example.fi, or service=name</source>
        <translation>db.esimerkki.fi tai service=nimi</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/team_dialog.py" line="122" />
        <source>empty: from .pgpass or the keyring</source>
        <translation>tyhjä: .pgpass-tiedostosta tai avainnipusta</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/team_dialog.py" line="123" />
        <source>&amp;Server:</source>
        <translation>&amp;Palvelin:</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/team_dialog.py" line="124" />
        <source>&amp;Database:</source>
        <translation>&amp;Tietokanta:</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/team_dialog.py" line="125" />
        <source>&amp;User:</source>
        <translation>&amp;Käyttäjä:</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/team_dialog.py" line="126" />
        <source>&amp;Password:</source>
        <translation>&amp;Salasana:</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/team_dialog.py" line="133" />
        <source>How the connection to the server is encrypted (TLS; libpq's sslmode). verify-full is the safest; it needs the server's root certificate.</source>
        <translation>Miten yhteys palvelimeen salataan (TLS; libpq:n sslmode). verify-full on turvallisin; se tarvitsee palvelimen juurivarmenteen.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/team_dialog.py" line="140" />
        <source>&amp;Encryption:</source>
        <translation>Sa&amp;laus:</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/team_dialog.py" line="142" />
        <source>&amp;Remember the password in the system keyring</source>
        <translation>&amp;Muista salasana järjestelmän avainnipussa</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/team_dialog.py" line="155" />
        <source>&amp;Copy</source>
        <translation>&amp;Kopioi</translation>
    </message>
</context>
<context>
    <name>TeamMaps</name>
    <message>
        <location filename="../../aspdesk/ui/files/team_maps.py" line="35" />
        <source>The server asks for a password for this map: type it below.</source>
        <translation>Palvelin pyytää tämän kartan salasanaa: kirjoita se alle.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/team_maps.py" line="83" />
        <source>Open &amp;team map…</source>
        <translation>Avaa &amp;yhteinen kartta…</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/team_maps.py" line="109" />
        <source>The map could not be opened</source>
        <translation>Karttaa ei voitu avata</translation>
    </message>
</context>
<context>
    <name>ThenAndNow</name>
    <message>
        <location filename="../../aspdesk/graph/scene/on_day.py" line="299" />
        <source>New: not on {then}, on {now}</source>
        <translation>Uusi: puuttui {then}, mukana {now}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/scene/on_day.py" line="306" />
        <source>Ended: on {then}, not on {now}</source>
        <translation>Päättynyt: mukana {then}, puuttuu {now}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/scene/on_day.py" line="313" />
        <source>Faded: on both dates</source>
        <translation>Haalea: mukana molempina päivinä</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/scene/on_day.py" line="321" />
        <source>Full colour: an actor new or newly a member since {then}</source>
        <translation>Täysi väri: uusi toimija tai uusi jäsen {then} jälkeen</translation>
    </message>
</context>
<context>
    <name>TimeBar</name>
    <message>
        <location filename="../../aspdesk/graph/time/bar.py" line="82" />
        <source>Time</source>
        <translation>Aika</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/time/bar.py" line="86" />
        <source>Show the map on a date, play its growth, compare two dates (Ctrl+T)</source>
        <translation>Näytä kartta tiettynä päivänä, toista sen kasvu, vertaa kahta päivää (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/time/bar.py" line="101" />
        <location filename="../../aspdesk/graph/time/bar.py" line="283" />
        <source>Play</source>
        <translation>Toista</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/time/bar.py" line="102" />
        <source>Play the growth of the network up to today</source>
        <translation>Toista verkoston kasvu tähän päivään asti</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/time/bar.py" line="106" />
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/time/bar.py" line="108" />
        <source>How many seconds playing up to today takes</source>
        <translation>Montako sekuntia toisto tähän päivään kestää</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/time/bar.py" line="111" />
        <source>Arrows: a day or a month; Page Up and Page Down: a year; Home, End</source>
        <translation>Nuolet: päivä tai kuukausi; Page Up ja Page Down: vuosi; Home, End</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/time/bar.py" line="115" />
        <source>The date the graph shows</source>
        <translation>Verkoston näyttämä päivä</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/time/bar.py" line="120" />
        <source>Then and now</source>
        <translation>Ennen ja nyt</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/time/bar.py" line="122" />
        <source>Show what is new and what ended between two dates</source>
        <translation>Näytä, mikä on uutta ja mikä päättyi kahden päivän välillä</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/time/bar.py" line="135" />
        <location filename="../../aspdesk/graph/time/bar.py" line="136" />
        <source>From a view</source>
        <translation>Näkymästä</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/time/bar.py" line="138" />
        <source>Then:</source>
        <translation>Ennen:</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/time/bar.py" line="139" />
        <source>Now:</source>
        <translation>Nyt:</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/time/bar.py" line="143" />
        <source>Take the date of a saved view that shows a date</source>
        <translation>Ota päivä tallennetusta näkymästä, jossa on päivä</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/time/bar.py" line="219" />
        <source>Write the date as 1.3.2016 or 2016-03-01.</source>
        <translation>Kirjoita päivämäärä muodossa 1.3.2016 tai 2016-03-01.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/time/bar.py" line="273" />
        <source>Pause</source>
        <translation>Tauko</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/time/bar.py" line="334" />
        <source>The first date comes after the second.</source>
        <translation>Ensimmäinen päivä on toisen jälkeen.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/time/bar.py" line="374" />
        <source>No saved view shows a date</source>
        <translation>Mikään tallennettu näkymä ei näytä päivää</translation>
    </message>
</context>
<context>
    <name>UndoActions</name>
    <message>
        <location filename="../../aspdesk/ui/window/undo_actions.py" line="23" />
        <source>&amp;Undo</source>
        <translation>&amp;Kumoa</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/undo_actions.py" line="25" />
        <source>Undo</source>
        <translation>Kumoa</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/undo_actions.py" line="27" />
        <source>&amp;Redo</source>
        <translation>&amp;Tee uudelleen</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/undo_actions.py" line="29" />
        <source>Redo</source>
        <translation>Tee uudelleen</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/undo_actions.py" line="63" />
        <source>&amp;Undo {what}</source>
        <translation>&amp;Kumoa {what}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/undo_actions.py" line="64" />
        <source>Undo {what}</source>
        <translation>Kumoa: {what}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/undo_actions.py" line="68" />
        <source>&amp;Redo {what}</source>
        <translation>&amp;Tee uudelleen {what}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/undo_actions.py" line="69" />
        <source>Redo {what}</source>
        <translation>Tee uudelleen: {what}</translation>
    </message>
</context>
<context>
    <name>ViewsPanel</name>
    <message>
        <location filename="../../aspdesk/ui/views/panel.py" line="92" />
        <source>No saved views yet. Set up the graph (filters, focus, layout, zoom) and choose New view to keep it as a step of a workshop or a page of a report.</source>
        <translation>Tallennettuja näkymiä ei ole vielä. Muokkaa verkostokuvaa (suodattimet, rajaus, asettelu, zoomaus) ja valitse Uusi näkymä, niin se säilyy työpajan vaiheena tai raportin sivuna.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/views/panel.py" line="150" />
        <source>&amp;Show</source>
        <translation>&amp;Näytä</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/views/panel.py" line="151" />
        <source>&amp;New view…</source>
        <translation>&amp;Uusi näkymä…</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/views/panel.py" line="152" />
        <source>Save what the graph shows now as a new view</source>
        <translation>Tallenna se, mitä verkostokuvassa nyt näkyy, uudeksi näkymäksi</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/views/panel.py" line="153" />
        <source>&amp;Update</source>
        <translation>P&amp;äivitä</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/views/panel.py" line="155" />
        <source>Make the selected view show what the graph shows now</source>
        <translation>Päivitä valittu näkymä näyttämään se, mitä verkostokuvassa nyt näkyy</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/views/panel.py" line="157" />
        <source>&amp;Rename…</source>
        <translation>N&amp;imeä uudelleen…</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/views/panel.py" line="158" />
        <source>D&amp;uplicate</source>
        <translation>&amp;Monista</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/views/panel.py" line="159" />
        <source>&amp;Delete</source>
        <translation>&amp;Poista</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/views/panel.py" line="160" />
        <source>Move &amp;up</source>
        <translation>Siirrä &amp;ylös</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/views/panel.py" line="162" />
        <source>Move do&amp;wn</source>
        <translation>Siirrä &amp;alas</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/views/panel.py" line="287" />
        <source>View {number}</source>
        <translation>Näkymä {number}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/views/panel.py" line="288" />
        <source>New view</source>
        <translation>Uusi näkymä</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/views/panel.py" line="288" />
        <location filename="../../aspdesk/ui/views/panel.py" line="312" />
        <source>Name of the view:</source>
        <translation>Näkymän nimi:</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/views/panel.py" line="291" />
        <source>New view “{name}”</source>
        <translation>Uusi näkymä ”{name}”</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/views/panel.py" line="302" />
        <source>Update view “{name}”</source>
        <translation>Päivitä näkymä ”{name}”</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/views/panel.py" line="312" />
        <source>Rename view</source>
        <translation>Nimeä näkymä uudelleen</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/views/panel.py" line="320" />
        <source>Rename view “{old}” to “{new}”</source>
        <translation>Nimeä näkymä ”{old}” uudelleen: ”{new}”</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/views/panel.py" line="328" />
        <source>{name} (copy)</source>
        <translation>{name} (kopio)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/views/panel.py" line="329" />
        <source>Duplicate view “{name}”</source>
        <translation>Monista näkymä ”{name}”</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/views/panel.py" line="339" />
        <source>Delete view “{name}”</source>
        <translation>Poista näkymä ”{name}”</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/views/panel.py" line="355" />
        <source>Move view “{name}”</source>
        <translation>Siirrä näkymää ”{name}”</translation>
    </message>
</context>
<context>
    <name>WebMapActions</name>
    <message>
        <location filename="../../aspdesk/ui/exports/web_map_actions.py" line="44" />
        <source>Export &amp;web map…</source>
        <translation>Vie &amp;verkkokartta…</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/web_map_actions.py" line="46" />
        <source>One web page of the map that partners open in any browser, offline</source>
        <translation>Kartta yhtenä verkkosivuna, jonka kumppanit avaavat millä tahansa selaimella ilman verkkoyhteyttä</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/web_map_actions.py" line="80" />
        <source>Writing {path}…</source>
        <translation>Kirjoitetaan {path}…</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/web_map_actions.py" line="87" />
        <source>Export cancelled; no file was written.</source>
        <translation>Vienti peruttiin; tiedostoa ei kirjoitettu.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/web_map_actions.py" line="93" />
        <source>Web map saved to {path}, with personal data</source>
        <translation>Verkkokartta tallennettiin: {path}, henkilötiedot mukana</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/web_map_actions.py" line="95" />
        <source>Web map saved to {path}, without personal data</source>
        <translation>Verkkokartta tallennettiin: {path}, ilman henkilötietoja</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/web_map_actions.py" line="99" />
        <source>The web map was not saved</source>
        <translation>Verkkokarttaa ei tallennettu</translation>
    </message>
</context>
<context>
    <name>WebMapDialog</name>
    <message>
        <location filename="../../aspdesk/ui/exports/web_map_dialog.py" line="58" />
        <source>Export web map</source>
        <translation>Vie verkkokartta</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/web_map_dialog.py" line="62" />
        <source>Browse…</source>
        <translation>Selaa…</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/web_map_dialog.py" line="68" />
        <source>No heading</source>
        <translation>Ei otsikkoa</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/web_map_dialog.py" line="70" />
        <source>The graph as it is shown now</source>
        <translation>Verkostokuva sellaisena kuin se nyt näkyy</translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/exports/web_map_dialog.py" line="72" />
        <source>Every saved view, as steps to go through (%n view(s))</source>
        <translation>
            <numerusform>Jokainen tallennettu näkymä vaiheina (%n näkymä)</numerusform>
            <numerusform>Jokainen tallennettu näkymä vaiheina (%n näkymää)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/web_map_dialog.py" line="81" />
        <source>Include personal data (contact persons, e-mail addresses, phones, notes)</source>
        <translation>Ota mukaan henkilötiedot (yhteyshenkilöt, sähköpostiosoitteet, puhelinnumerot, muistiinpanot)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/web_map_dialog.py" line="87" />
        <source>The page works offline in any browser and sends nothing anywhere. Anyone who gets the file can read everything in it.</source>
        <translation>Sivu toimii millä tahansa selaimella ilman verkkoyhteyttä eikä lähetä mitään minnekään. Jokainen, joka saa tiedoston, voi lukea kaiken sen sisällön.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/web_map_dialog.py" line="92" />
        <source>Personal data is hidden (workshop-safe), so it stays out of the web map too.</source>
        <translation>Henkilötiedot on piilotettu (työpajaturvallinen tila), joten ne jäävät pois myös verkkokartasta.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/web_map_dialog.py" line="98" />
        <source>File:</source>
        <translation>Tiedosto:</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/web_map_dialog.py" line="99" />
        <source>Heading:</source>
        <translation>Otsikko:</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/web_map_dialog.py" line="100" />
        <source>Steps:</source>
        <translation>Vaiheet:</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/web_map_dialog.py" line="107" />
        <source>Export</source>
        <translation>Vie</translation>
    </message>
</context>
<context>
    <name>WorkshopLauncher</name>
    <message>
        <location filename="../../aspdesk/graph/workshop/launch.py" line="68" />
        <source>&amp;Workshop mode</source>
        <translation>&amp;Työpajatila</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/workshop/launch.py" line="72" />
        <source>Show the graph full screen for a room, step by step (F5; Esc leaves)</source>
        <translation>Näytä verkostokuva koko näytöllä yleisölle vaihe vaiheelta (F5; Esc lopettaa)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/workshop/launch.py" line="79" />
        <source>Workshop mode, &amp;dark theme</source>
        <translation>Työpajatila, tu&amp;mma teema</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/workshop/launch.py" line="83" />
        <source>&amp;Animate workshop steps</source>
        <translation>&amp;Animoi työpajan vaiheet</translation>
    </message>
</context>
<context>
    <name>WorkshopWindow</name>
    <message>
        <location filename="../../aspdesk/graph/workshop/window.py" line="169" />
        <source>Workshop – {name}</source>
        <translation>Työpaja – {name}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/workshop/window.py" line="347" />
        <source>Add actor {name}</source>
        <translation>Lisää toimija {name}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/graph/workshop/window.py" line="367" />
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>Poista %n kohde</numerusform>
            <numerusform>Poista %n kohdetta</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../aspdesk/cli/main.py" line="42" />
        <source>the new map file (ending in {suffix})</source>
        <translation>uusi karttatiedosto (pääte {suffix})</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/main.py" line="60" />
        <source>Wrote the sample map to {path}</source>
        <translation>Esimerkkikartta kirjoitettiin tiedostoon {path}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/main.py" line="241" />
        <location filename="../../aspdesk/cli/report.py" line="28" />
        <location filename="../../aspdesk/cli/server.py" line="67" />
        <source>the map file (.aspmap)</source>
        <translation>karttatiedosto (.aspmap)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/main.py" line="246" />
        <source>write the sample map Arctic Smartness Portfolio 2015 to PATH without opening a window</source>
        <translation>kirjoita esimerkkikartta Arctic Smartness Portfolio 2015 tiedostoon PATH avaamatta ikkunaa</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/main.py" line="254" />
        <source>bring a spreadsheet, GraphML, GEXF or JSON file into the map MAP, merging with what it holds</source>
        <translation>tuo taulukko-, GraphML-, GEXF- tai JSON-tiedosto karttaan MAP yhdistäen sen kartan tietoihin</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/main.py" line="75" />
        <source>the file to write; its extension chooses the format: .xlsx, .csv (or a folder, or .zip) with one table per sheet, .graphml, .gexf, .json for a full backup, an image of the graph: .png, .svg or .pdf, a web map that works offline in any browser: .html, or a film of the network's growth: .mp4, .gif or .webp</source>
        <translation>kirjoitettava tiedosto; pääte määrää muodon: .xlsx tai .csv (tai kansio tai .zip), kukin taulukko omana välilehtenään, .graphml, .gexf, .json täydellisenä varmuuskopiona, verkostokuva: .png, .svg tai .pdf, verkkokartta, joka toimii millä tahansa selaimella ilman verkkoyhteyttä: .html, tai video verkoston kasvusta: .mp4, .gif tai .webp</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/main.py" line="89" />
        <source>a .json backup carries the map's history too: every change, when and by whom (restored with the backup into an empty map)</source>
        <translation>json-varmuuskopioon tulee myös kartan historia: jokainen muutos, milloin ja kuka sen teki (palautuu varmuuskopion mukana tyhjään karttaan)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/main.py" line="105" />
        <source>--with-history is for a .json backup only.</source>
        <translation>--with-history sopii vain .json-varmuuskopioon.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/main.py" line="145" />
        <source>Wrote {path}: actors {actors}, relationships {ties}, projects {projects}</source>
        <translation>Kohteeseen {path} kirjoitettiin toimijoita: {actors}, suhteita: {ties}, hankkeita: {projects}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/main.py" line="263" />
        <source>write a report of the map MAP: the graph, each cluster's health, the actors' place in the network and the memberships, as PDF or HTML</source>
        <translation>kirjoita kartasta MAP raportti: verkostokuva, kunkin klusterin tila, toimijoiden asema verkostossa ja jäsenyydet PDF- tai HTML-muodossa</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/main.py" line="272" />
        <source>ask the members of a cluster of the map MAP to check their ties: 'create' writes a questionnaire workbook for each, 'collect' brings the answers in</source>
        <translation>pyydä kartan MAP klusterin jäseniä tarkistamaan yhteytensä: 'create' tekee kullekin kyselylomakkeen, 'collect' tuo vastaukset karttaan</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/main.py" line="281" />
        <source>write the map MAP to a spreadsheet, GraphML, GEXF or JSON file, draw its graph as a PNG, SVG or PDF image, make a web map of it (.html), or film its growth (.mp4, .gif, .webp)</source>
        <translation>kirjoita kartta MAP taulukko-, GraphML-, GEXF- tai JSON-tiedostoon, piirrä sen verkostokuva PNG-, SVG- tai PDF-kuvaksi, tee siitä verkkokartta (.html) tai video sen kasvusta (.mp4, .gif, .webp)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/main.py" line="291" />
        <source>for a server admin: set up a team map on PostgreSQL ('init': roles, grants and tables) or bring it up to date ('upgrade')</source>
        <translation>palvelimen ylläpitäjälle: perusta yhteinen kartta PostgreSQL:ään ('init': roolit, oikeudet ja taulut) tai päivitä se ('upgrade')</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/main.py" line="300" />
        <source>take the team map ADDRESS offline: write a map file COPY that remembers it, to edit without the server and send the changes back later</source>
        <translation>ota yhteinen kartta ADDRESS offline-käyttöön: kirjoita karttatiedosto COPY, joka muistaa sen, muokattavaksi ilman palvelinta; muutokset voi lähettää takaisin myöhemmin</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/main.py" line="309" />
        <source>add aspdesk to the applications menu of this Linux user, with its icon, and have .aspmap files open in it</source>
        <translation>lisää aspdesk tämän Linux-käyttäjän sovellusvalikkoon kuvakkeineen niin, että .aspmap-tiedostot avautuvat siinä</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/main.py" line="318" />
        <source>remove what install-desktop added (your maps stay where they are)</source>
        <translation>poista se, minkä install-desktop lisäsi (kartat jäävät paikoilleen)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/main.py" line="327" />
        <location filename="../../aspdesk/cli/server.py" line="17" />
        <source>language of the window and messages (default: the system's)</source>
        <translation>ikkunan ja viestien kieli (oletus: järjestelmän kieli)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/main.py" line="354" />
        <source>commands without a window:
{commands}

Run 'aspdesk COMMAND --help' for a command's options.</source>
        <translation>komennot ilman ikkunaa:
{commands}

Komennon valinnat: 'aspdesk KOMENTO --help'.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/main.py" line="360" />
        <source>Map the actors, clusters, roles and relationships of a regional business-cluster network.</source>
        <translation>Kartoita alueellisen yritysklusteriverkoston toimijat, klusterit, roolit ja suhteet.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/main.py" line="370" />
        <source>the map to open (asks to create it if it does not exist); without PATH, the last map opened, or the sample map on first start</source>
        <translation>avattava kartta (jos sitä ei ole, kysytään luodaanko se); ilman PATH-arvoa viimeksi avattu kartta tai ensimmäisellä käynnistyskerralla esimerkkikartta</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/main.py" line="375" />
        <source>; or a team map on a PostgreSQL server: postgresql://user@server/database or service=name</source>
        <translation>; tai yhteinen kartta PostgreSQL-palvelimella: postgresql://käyttäjä@palvelin/tietokanta tai service=nimi</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/main.py" line="382" />
        <source>open a fresh copy of the sample map</source>
        <translation>avaa uusi kopio esimerkkikartasta</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/main.py" line="466" />
        <source>give either PATH or --sample, not both</source>
        <translation>anna joko PATH tai --sample, ei molempia</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/importing.py" line="48" />
        <source>the map file (.aspmap); created if it does not exist</source>
        <translation>karttatiedosto (.aspmap); luodaan, jos sitä ei ole</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/importing.py" line="56" />
        <source>the file to import: an .xlsx or .csv table of actors, a workbook exported by aspdesk, a .graphml or .gexf graph, or a .json map backup</source>
        <translation>tuotava tiedosto: toimijoiden .xlsx- tai .csv-taulukko, aspdeskistä viety työkirja, .graphml- tai .gexf-verkko tai kartan .json-varmuuskopio</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/importing.py" line="66" />
        <source>show what would happen, and write nothing</source>
        <translation>näytä, mitä tapahtuisi, äläkä kirjoita mitään</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/importing.py" line="72" />
        <source>where the file and the map disagree, take the file's value (default: keep the map's)</source>
        <translation>kun tiedosto ja kartta ovat eri mieltä, ota tiedoston arvo (oletus: pidä kartan arvo)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/importing.py" line="83" />
        <source>the text encoding of a CSV file, such as utf-8, utf-16, cp1252 or iso-8859-15 (default: found from the file, and printed)</source>
        <translation>CSV-tiedoston merkistö, esimerkiksi utf-8, utf-16, cp1252 tai iso-8859-15 (oletus: päätellään tiedostosta ja tulostetaan)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/importing.py" line="94" />
        <source>import a row with errors without its bad fields, which are left empty, and keep the problems in the row's notes (a row whose name, ID or references are bad is still not imported)</source>
        <translation>tuo virheellinen rivi ilman sen virheellisiä kenttiä, jotka jätetään tyhjiksi, ja säilytä ongelmat rivin muistiinpanoissa (riviä, jonka nimi, tunnus tai viittaukset ovat virheellisiä, ei silti tuoda)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/importing.py" line="106" />
        <source>import the other rows when some rows have errors (default: import nothing)</source>
        <translation>tuo muut rivit, vaikka joissakin riveissä on virheitä (oletus: ei tuoda mitään)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/importing.py" line="155" />
        <source>{path} does not exist</source>
        <translation>tiedostoa {path} ei ole</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/importing.py" line="160" />
        <source>Created the map {path}</source>
        <translation>Luotiin kartta {path}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/importing.py" line="166" />
        <source>{path} is open for editing in aspdesk, or cannot be written here, so nothing was imported. Close it there and run the import again.</source>
        <translation>{path} on avoinna muokattavana aspdeskissä tai siihen ei voi kirjoittaa täällä, joten mitään ei tuotu. Sulje se siellä ja aja tuonti uudelleen.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/importing.py" line="303" />
        <source>{file} into {map}:</source>
        <translation>{file} karttaan {map}:</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/importing.py" line="311" />
        <source>Columns not imported (their headers name no field of an actor): {columns}</source>
        <translation>Sarakkeet, joita ei tuoda (otsikko ei vastaa mitään toimijan kenttää): {columns}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/importing.py" line="329" />
        <source>New:</source>
        <translation>Uudet:</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/importing.py" line="331" />
        <source>Updated (empty fields filled in):</source>
        <translation>Päivitetyt (tyhjät kentät täytetty):</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/importing.py" line="339" />
        <source>Conflicts (the map's values are kept; --take-file-values takes the file's):</source>
        <translation>Ristiriidat (kartan arvot pidetään; --take-file-values ottaa tiedoston arvot):</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/importing.py" line="343" />
        <source>Conflicts (the file's values are taken):</source>
        <translation>Ristiriidat (tiedoston arvot otetaan):</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/importing.py" line="352" />
        <source>Possible duplicates (imported as new; check them in the map):</source>
        <translation>Mahdolliset kaksoiskappaleet (tuotu uusina; tarkista ne kartassa):</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/importing.py" line="368" />
        <source>Read differently from the file:</source>
        <translation>Luettu toisin kuin tiedostossa:</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/importing.py" line="376" />
        <source>Imported without their bad fields:</source>
        <translation>Tuotu ilman virheellisiä kenttiä:</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/importing.py" line="384" />
        <source>Not imported:</source>
        <translation>Ei tuotu:</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/importing.py" line="392" />
        <source>Problems:</source>
        <translation>Ongelmat:</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/importing.py" line="406" />
        <source>Nothing was imported. Rows with errors: {count}. Correct them in the file, or run again with --skip-errors to import the rest, or with --without-bad-fields to import them without their bad fields.</source>
        <translation>Mitään ei tuotu. Virheellisiä rivejä: {count}. Korjaa ne tiedostoon, tai aja komento uudelleen valitsimella --skip-errors, niin muut rivit tuodaan, tai valitsimella --without-bad-fields, niin virheelliset rivit tuodaan ilman virheellisiä kenttiä.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/importing.py" line="425" />
        <location filename="../../aspdesk/cli/survey.py" line="218" />
        <source>Dry run: nothing was written.</source>
        <translation>Kokeiluajo: mitään ei kirjoitettu.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/importing.py" line="428" />
        <source>The map already holds everything in the file.</source>
        <translation>Kartassa on jo kaikki tiedoston tiedot.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/importing.py" line="433" />
        <source>Imported: {added} added, {updated} changed.</source>
        <translation>Tuotu: lisättiin {added}, muutettiin {updated}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/importing.py" line="456" />
        <source>… and {count} more</source>
        <translation>… ja {count} muuta</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/image.py" line="44" />
        <source>images (.png, .svg, .pdf)</source>
        <translation>kuvat (.png, .svg, .pdf)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/image.py" line="52" />
        <source>draw the saved view NAME; give it more than once (or use --all-views) for a PDF with one page per view, or a web map with one step per view</source>
        <translation>piirrä tallennettu näkymä NAME; anna valitsin useammin kuin kerran (tai käytä valitsinta --all-views), niin saat PDF:n, jossa on yksi sivu kutakin näkymää kohden, tai verkkokartan, jossa on yksi vaihe kutakin näkymää kohden</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/image.py" line="63" />
        <source>a PDF with one page (a web map with one step) for each saved view, in order</source>
        <translation>oma PDF-sivu (verkkokartan vaihe) kullekin tallennetulle näkymälle järjestyksessä</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/image.py" line="74" />
        <source>width of a PNG in pixels, up to 8000 (default: {width})</source>
        <translation>leveys pikseleinä PNG-kuvalle, enintään 8000 (oletus: {width})</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/image.py" line="82" />
        <source>a PNG of the page (--page) at N dots per inch, instead of --width</source>
        <translation>sivun (--page) PNG-kuva tarkkuudella N pistettä tuumalla valitsimen --width sijaan</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/image.py" line="92" />
        <source>page: A4 or A3 landscape, or fit, as big as the drawing (default: fit)</source>
        <translation>sivu: A4 tai A3 vaakasuunnassa tai fit eli piirroksen kokoinen (oletus: fit)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/image.py" line="101" />
        <source>look of the graph (default: light)</source>
        <translation>verkostokuvan ulkoasu (oletus: light)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/image.py" line="106" />
        <source>a PNG without a background</source>
        <translation>taustaton PNG-kuva</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/image.py" line="112" />
        <source>leave out the legend</source>
        <translation>jätä selite pois</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/image.py" line="118" />
        <source>the heading (default: the map's name; an empty TEXT for none)</source>
        <translation>otsikko (oletus: kartan nimi; tyhjä TEXT jättää otsikon pois)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/image.py" line="126" />
        <source>print today's date under the graph</source>
        <translation>tulosta tämän päivän päivämäärä verkostokuvan alle</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/image.py" line="132" />
        <source>a source or credit line under the graph</source>
        <translation>lähde- tai tekijärivi verkostokuvan alle</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/image.py" line="189" />
        <source>The map has no view “{name}”. Its views: {views}</source>
        <translation>Kartassa ei ole näkymää ”{name}”. Sen näkymät: {views}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/image.py" line="295" />
        <source>Only a PDF holds several views, one per page; give one --view for a PNG or SVG.</source>
        <translation>Vain PDF voi sisältää useita näkymiä, yhden kullakin sivulla; anna PNG- tai SVG-kuvalle vain yksi --view.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/image.py" line="308" />
        <source>Drew {actors} actors and {ties} relationships in {path}</source>
        <translation>Kuvaan {path} piirrettiin toimijoita: {actors}, suhteita: {ties}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/report.py" line="37" />
        <source>the report to write: .pdf for pages to print or send, .html for a web page</source>
        <translation>kirjoitettava raportti: .pdf tulostettaviksi tai lähetettäviksi sivuiksi, .html verkkosivuksi</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/report.py" line="47" />
        <source>the first day of the period whose outcomes the report gives, as 2024-03-01 or 1.3.2024 (default: twelve months before --until)</source>
        <translation>raportin tulokset-jakson ensimmäinen päivä muodossa 1.3.2024 tai 2024-03-01 (oletus: kaksitoista kuukautta ennen päivää --until)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/report.py" line="57" />
        <source>the last day of the period (default: today)</source>
        <translation>jakson viimeinen päivä (oletus: tänään)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/report.py" line="61" />
        <source>{option}: “{text}” is not a date; write it as 2024-03-01 or 1.3.2024.</source>
        <translation>{option}: ”{text}” ei ole päivämäärä; kirjoita se muodossa 1.3.2024 tai 2024-03-01.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/report.py" line="64" />
        <source>The period would start on {since}, after it ends on {until}.</source>
        <translation>Jakso alkaisi {since}, vasta päättymisensä ({until}) jälkeen.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/report.py" line="117" />
        <source>Wrote the report to {path}</source>
        <translation>Raportti kirjoitettiin tiedostoon {path}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/platform_check.py" line="55" />
        <source>aspdesk cannot open its window: Qt's X11 platform plugin (xcb) needs the system library {library}, which is not installed.
On Debian and Ubuntu, install it with:
    sudo apt install {packages}
On other Linux distributions, install the package that holds {library}.</source>
        <translation>aspdesk ei voi avata ikkunaansa: Qt:n X11-alustaliitännäinen (xcb) tarvitsee järjestelmäkirjaston {library}, jota ei ole asennettu.
Debianissa ja Ubuntussa sen voi asentaa komennolla:
    sudo apt install {packages}
Muissa Linux-jakeluissa asenna paketti, jossa {library} on.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/platform_check.py" line="63" />
        <source>aspdesk cannot open its window: no display was found (neither DISPLAY nor WAYLAND_DISPLAY is set). Start it from a desktop session. Commands such as 'aspdesk export' and 'aspdesk report' work without a display.</source>
        <translation>aspdesk ei voi avata ikkunaansa: näyttöä ei löytynyt (DISPLAY- ja WAYLAND_DISPLAY-muuttujia ei ole asetettu). Käynnistä se työpöytäistunnosta. Komennot kuten 'aspdesk export' ja 'aspdesk report' toimivat ilman näyttöä.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/web_map.py" line="26" />
        <source>web maps (.html)</source>
        <translation>verkkokartat (.html)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/web_map.py" line="31" />
        <source>put contact persons, e-mail addresses, phone numbers and notes in the web map (left out unless asked for)</source>
        <translation>ota verkkokarttaan mukaan yhteyshenkilöt, sähköpostiosoitteet, puhelinnumerot ja muistiinpanot (jätetään pois, ellei toisin pyydetä)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/web_map.py" line="68" />
        <source>Wrote the web map {path}: {actors} actors, {steps} step(s)</source>
        <translation>Kirjoitettiin verkkokartta {path}: {actors} toimijaa, vaiheita {steps}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/survey.py" line="35" />
        <source>the map file</source>
        <translation>karttatiedosto</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/survey.py" line="41" />
        <source>write a questionnaire workbook for each member of a cluster</source>
        <translation>tee klusterin jokaiselle jäsenelle kyselylomake</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/survey.py" line="48" />
        <source>the cluster whose members are asked</source>
        <translation>klusteri, jonka jäseniltä kysytään</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/survey.py" line="56" />
        <source>the folder to write the workbooks in</source>
        <translation>kansio, johon lomakkeet tehdään</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/survey.py" line="64" />
        <source>language of the workbooks (default: fi)</source>
        <translation>työkirjojen kieli (oletus: fi)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/survey.py" line="72" />
        <source>bring the returned answers into the map</source>
        <translation>tuo palautetut vastaukset karttaan</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/survey.py" line="79" />
        <source>the folder of answers (or answer workbooks)</source>
        <translation>vastausten kansio (tai vastauslomakkeet)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/survey.py" line="84" />
        <source>show what would change, write nothing</source>
        <translation>näytä, mitä muuttuisi, mutta älä tallenna mitään</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/survey.py" line="90" />
        <source>store the other answers when some rows have errors or disagree (default: store nothing)</source>
        <translation>tallenna muut vastaukset, kun joissakin riveissä on virheitä tai ristiriitoja (oletus: ei tallenneta mitään)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/survey.py" line="143" />
        <source>The map has no cluster “{name}”. Its clusters: {known}</source>
        <translation>Kartalla ei ole klusteria ”{name}”. Sen klusterit: {known}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/survey.py" line="151" />
        <source>The cluster “{name}” has no members.</source>
        <translation>Klusterilla ”{name}” ei ole jäseniä.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/survey.py" line="163" />
        <source>Wrote {count} questionnaires for the members of {cluster} to {folder}</source>
        <translation>Tehtiin {count} kyselylomaketta klusterin {cluster} jäsenille kansioon {folder}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/survey.py" line="199" />
        <source>Answers read: {count} of {files} files</source>
        <translation>Vastauksia luettu: {count}, tiedostoja {files}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/survey.py" line="208" />
        <source>Nothing was stored. Rows with errors or disagreements: {count}. Decide them in the map, or run again with --skip-errors to store the rest.</source>
        <translation>Mitään ei tallennettu. Virheellisiä tai ristiriitaisia rivejä: {count}. Ratkaise ne kartassa tai aja komento uudelleen valitsimella --skip-errors, niin muut tallennetaan.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/survey.py" line="221" />
        <source>No answers to store.</source>
        <translation>Ei tallennettavia vastauksia.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/survey.py" line="226" />
        <source>Stored: {added} added, {updated} changed.</source>
        <translation>Tallennettu: {added} lisätty, {updated} muutettu.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/desktop.py" line="58" />
        <source>install-desktop is for Linux desktops. On Windows and macOS the installer adds aspdesk to the Start menu or Applications and registers .aspmap files.</source>
        <translation>install-desktop on Linux-työpöytiä varten. Windowsissa ja macOSissa asennusohjelma lisää aspdeskin Käynnistä-valikkoon tai Ohjelmat-kansioon ja liittää .aspmap-tiedostot siihen.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/desktop.py" line="63" />
        <source>aspdesk is in the applications menu, and .aspmap files open in it. Files written:</source>
        <translation>aspdesk on nyt sovellusvalikossa, ja .aspmap-tiedostot avautuvat siinä. Kirjoitetut tiedostot:</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/desktop.py" line="66" />
        <source>Removed aspdesk from the applications menu. Files removed:</source>
        <translation>aspdesk poistettiin sovellusvalikosta. Poistetut tiedostot:</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/desktop.py" line="67" />
        <source>aspdesk was not installed for the desktop in {folder}: nothing to remove.</source>
        <translation>aspdeskia ei ollut asennettu työpöydälle kansioon {folder}, joten poistettavaa ei ole.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/desktop.py" line="70" />
        <source>update-mime-database was not found, so the desktop does not know .aspmap files yet: install the package shared-mime-info and run this command again.</source>
        <translation>update-mime-database-ohjelmaa ei löytynyt, joten työpöytä ei vielä tunnista .aspmap-tiedostoja: asenna paketti shared-mime-info ja aja tämä komento uudelleen.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/desktop.py" line="75" />
        <source>Could not write {path}: {reason}</source>
        <translation>Tiedostoa {path} ei voitu kirjoittaa: {reason}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/desktop.py" line="76" />
        <source>Could not remove {path}: {reason}</source>
        <translation>Tiedostoa {path} ei voitu poistaa: {reason}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/server.py" line="18" />
        <source>the database, as libpq takes it: postgresql://user@server/database or service=name (a password from ~/.pgpass or PGPASSWORD)</source>
        <translation>tietokanta libpq:n muodossa: postgresql://käyttäjä@palvelin/tietokanta tai service=nimi (salasana tiedostosta ~/.pgpass tai muuttujasta PGPASSWORD)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/server.py" line="31" />
        <source>as a superuser: make the roles aspdesk_owner, aspdesk_editor and aspdesk_viewer with their grants, and the map's tables (run again: nothing changes)</source>
        <translation>pääkäyttäjänä: luo roolit aspdesk_owner, aspdesk_editor ja aspdesk_viewer oikeuksineen sekä kartan taulut (uusi ajo ei muuta mitään)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/server.py" line="43" />
        <source>the name of a new map (shown in the title bar)</source>
        <translation>uuden kartan nimi (näkyy otsikkorivillä)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/server.py" line="48" />
        <source>as a member of aspdesk_owner: bring the map's tables up to date for this version of aspdesk</source>
        <translation>aspdesk_owner-roolin jäsenenä: päivitä kartan taulut tämän aspdesk-version mukaisiksi</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/server.py" line="59" />
        <source>copy the map file MAP, its history included, into the empty team map at ADDRESS (made with init); a database holding a map is refused</source>
        <translation>kopioi karttatiedosto MAP historioineen tyhjään yhteiseen karttaan osoitteessa ADDRESS (tehty komennolla init); tietokantaa, jossa on jo kartta, ei käytetä</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/server.py" line="100" />
        <source>The team map {address} is already set up (schema {revision}, roles and grants in place): nothing was changed.</source>
        <translation>Yhteinen kartta {address} on jo perustettu (skeema {revision}, roolit ja oikeudet paikallaan): mitään ei muutettu.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/server.py" line="111" />
        <source>Made the roles: {roles}</source>
        <translation>Luotiin roolit: {roles}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/server.py" line="116" />
        <source>Made the schema aspdesk</source>
        <translation>Luotiin skeema aspdesk</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/server.py" line="119" />
        <source>Brought the map from schema {old} to {new}</source>
        <translation>Päivitettiin kartta skeemasta {old} skeemaan {new}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/server.py" line="121" />
        <source>Made the map's tables (schema {new})</source>
        <translation>Luotiin kartan taulut (skeema {new})</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/server.py" line="124" />
        <source>Gave the new map its id</source>
        <translation>Annettiin uudelle kartalle tunniste</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/server.py" line="127" />
        <source>Added {count} built-in terms</source>
        <translation>Lisättiin {count} vakiotermiä</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/server.py" line="134" />
        <source>The change log is now the server's: its time and database user on every change, and editors can no longer change or delete it</source>
        <translation>Kartan muutoshistoria on nyt palvelimen: jokaisessa muutoksessa on palvelimen aika ja tietokantakäyttäjä, eivätkä muokkaajat voi enää muuttaa tai poistaa sitä</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/server.py" line="141" />
        <source>The team map {address} is ready:</source>
        <translation>Yhteinen kartta {address} on valmis:</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/server.py" line="168" />
        <source>Copied {map} to the team map {address}: {rows} rows.</source>
        <translation>{map} kopioitu yhteiseen karttaan {address}: {rows} riviä.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/film.py" line="38" />
        <source>{option} {value} is not a date: write it as 2020-12-31 or 31.12.2020.</source>
        <translation>{option} {value} ei ole päivämäärä: kirjoita se muodossa 31.12.2020 tai 2020-12-31.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/film.py" line="46" />
        <source>films of the network's growth (.mp4, .gif, .webp)</source>
        <translation>videot verkoston kasvusta (.mp4, .gif, .webp)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/film.py" line="53" />
        <source>the film's first day (default: the first day the map has a date for)</source>
        <translation>videon ensimmäinen päivä (oletus: kartan varhaisin päivämäärä)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/film.py" line="62" />
        <source>the film's last day (default: today)</source>
        <translation>videon viimeinen päivä (oletus: tänään)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/film.py" line="69" />
        <source>the film's length (default: {n} seconds)</source>
        <translation>videon kesto (oletus: {n} sekuntia)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/film.py" line="78" />
        <source>frames a second (default: {n})</source>
        <translation>kuvaa sekunnissa (oletus: {n})</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/film.py" line="87" />
        <source>height of a film in pixels (default: {height}; --width: {width})</source>
        <translation>videon korkeus pikseleinä (oletus: {height}; --width: {width})</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/film.py" line="118" />
        <source>A film shows the whole map; --view and --all-views are for images.</source>
        <translation>Video näyttää koko kartan; --view ja --all-views ovat kuvia varten.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/film.py" line="161" />
        <source>Filmed the growth of {actors} actors from {start} to {end} in {path}: {frames} frames, {seconds} seconds</source>
        <translation>Verkoston kasvu ({actors} toimijaa) {start}–{end} tallennettiin tiedostoon {path}: {frames} kuvaa, {seconds} sekuntia</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/offline.py" line="17" />
        <source>the team map: postgresql://user@server/database or service=name</source>
        <translation>yhteinen kartta: postgresql://käyttäjä@palvelin/tietokanta tai service=nimi</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/offline.py" line="20" />
        <source>the offline copy to write (.aspmap; must not exist)</source>
        <translation>kirjoitettava offline-kopio (.aspmap; ei saa olla jo olemassa)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/offline.py" line="50" />
        <source>Took {map} offline as {path}, at change {number}: open it in aspdesk to work.</source>
        <translation>Kartasta {map} otettiin offline-kopio {path} muutoksen {number} kohdalta: avaa se aspdeskissä työskennelläksesi.</translation>
    </message>
</context>
<context>
    <name>consortium</name>
    <message>
        <location filename="../../aspdesk/analysis/consortium/messages.py" line="48" />
        <source>These rules are a summary kept in aspdesk, not the call itself. Check every rule against the call text and its eligibility conditions before you apply.</source>
        <translation>Nämä säännöt ovat aspdeskiin kirjattu yhteenveto, eivät itse haku. Tarkista jokainen sääntö haun tekstistä ja sen tukikelpoisuusehdoista ennen kuin haet.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/consortium/messages.py" line="53" />
        <source>The rules of {programme} were last checked against their sources on {date}.</source>
        <translation>Ohjelman {programme} säännöt on viimeksi tarkistettu lähteistään {date}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/consortium/messages.py" line="58" />
        <source>No eligibility rules are recorded for {programme}, so there is nothing to check here; read the call text.</source>
        <translation>Ohjelmalle {programme} ei ole kirjattu tukikelpoisuussääntöjä, joten tarkistettavaa ei ole; lue haun teksti.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/consortium/messages.py" line="63" />
        <source>The consortium meets all {count} rules of {programme}.</source>
        <translation>Konsortio täyttää kaikki {count} ohjelman {programme} sääntöä.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/consortium/messages.py" line="64" />
        <source>The consortium does not meet {unmet} of the {count} rules of {programme}.</source>
        <translation>Konsortio ei täytä {unmet}/{count} ohjelman {programme} säännöstä.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/consortium/messages.py" line="69" />
        <source>Partners that count here: {count}; at least {least} needed.</source>
        <translation>Tässä laskettavat partnerit: {count}; vähintään {least} tarvitaan.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/consortium/messages.py" line="72" />
        <source>Not counted here because of their role in the consortium: {names}.</source>
        <translation>Ei lasketa tässä roolinsa vuoksi: {names}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/consortium/messages.py" line="76" />
        <source>Different countries among the partners that count here: {count} ({countries}); at least {least} needed.</source>
        <translation>Eri maita tässä laskettavien partnerien joukossa: {count} ({countries}); vähintään {least} tarvitaan.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/consortium/messages.py" line="81" />
        <source>Different countries among the partners that count here: none yet; at least {least} needed.</source>
        <translation>Eri maita tässä laskettavien partnerien joukossa: ei vielä yhtään; vähintään {least} tarvitaan.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/consortium/messages.py" line="85" />
        <source>Not counted here, as their countries are not in {allowed}: {names}.</source>
        <translation>Ei lasketa tässä, koska maa ei kuulu joukkoon {allowed}: {names}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/consortium/messages.py" line="88" />
        <source>No country is given for: {names}.</source>
        <translation>Maata ei ole annettu: {names}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/consortium/messages.py" line="90" />
        <source>Every partner that counts here is in {allowed}.</source>
        <translation>Jokainen tässä laskettava partneri kuuluu joukkoon {allowed}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/consortium/messages.py" line="91" />
        <source>Not in {allowed}: {names}.</source>
        <translation>Ei joukossa {allowed}: {names}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/consortium/messages.py" line="92" />
        <source>Allowed only on a condition ({names}): {condition}</source>
        <translation>Sallittu vain ehdolla ({names}): {condition}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/consortium/messages.py" line="94" />
        <source>Partners in {allowed}: {count} ({names}); at least {least} needed.</source>
        <translation>Partnereita joukossa {allowed}: {count} ({names}); vähintään {least} tarvitaan.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/consortium/messages.py" line="97" />
        <source>Partners in {allowed}: none yet; at least {least} needed.</source>
        <translation>Partnereita joukossa {allowed}: ei vielä yhtään; vähintään {least} tarvitaan.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/consortium/messages.py" line="101" />
        <source>Partners of the kind {kinds}: {count} ({names}); at least {least} needed.</source>
        <translation>Tyypin {kinds} partnereita: {count} ({names}); vähintään {least} tarvitaan.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/consortium/messages.py" line="104" />
        <source>Partners of the kind {kinds}: none yet; at least {least} needed.</source>
        <translation>Tyypin {kinds} partnereita ei vielä ole; vähintään {least} tarvitaan.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/consortium/messages.py" line="107" />
        <source>This rule does not apply: no partner that counts is of the kind {kinds}.</source>
        <translation>Sääntöä ei sovelleta: yksikään tässä laskettava partneri ei ole tyyppiä {kinds}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/consortium/messages.py" line="111" />
        <source>The coordinator {name} is in {country}, one of {allowed}.</source>
        <translation>Koordinaattori {name} on maassa {country}, joka kuuluu joukkoon {allowed}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/consortium/messages.py" line="114" />
        <source>The coordinator {name} is in {country}, which is not one of {allowed}.</source>
        <translation>Koordinaattori {name} on maassa {country}, joka ei kuulu joukkoon {allowed}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/consortium/messages.py" line="117" />
        <source>No partner is marked as the coordinator yet; the coordinator must be in {allowed}.</source>
        <translation>Yhtäkään partneria ei ole vielä merkitty koordinaattoriksi; koordinaattorin on oltava joukossa {allowed}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/consortium/messages.py" line="121" />
        <source>More than one partner is marked as the coordinator: {names}.</source>
        <translation>Useampi kuin yksi partneri on merkitty koordinaattoriksi: {names}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/consortium/messages.py" line="125" />
        <source>Every partner that counts here has a PIC.</source>
        <translation>Jokaisella tässä laskettavalla partnerilla on PIC-koodi.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/consortium/messages.py" line="126" />
        <source>No partner that counts here yet.</source>
        <translation>Tässä laskettavia partnereita ei vielä ole.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/consortium/messages.py" line="127" />
        <source>No PIC yet: {names}.</source>
        <translation>PIC-koodi puuttuu: {names}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/consortium/messages.py" line="128" />
        <source>A PIC has nine digits; check the PIC of: {names}.</source>
        <translation>PIC-koodissa on yhdeksän numeroa; tarkista PIC-koodi: {names}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/consortium/messages.py" line="131" />
        <source>Would raise the partners that count here to {count}; at least {least} needed.</source>
        <translation>Nostaisi tässä laskettavien partnerien määrän {count}:ään; vähintään {least} tarvitaan.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/consortium/messages.py" line="134" />
        <source>Would add {country}.</source>
        <translation>Toisi mukaan maan {country}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/consortium/messages.py" line="135" />
        <source>Would add a partner in {allowed}: {country}.</source>
        <translation>Toisi partnerin joukosta {allowed}: {country}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/consortium/messages.py" line="136" />
        <source>Would add a partner of the kind {kind}.</source>
        <translation>Toisi tyypin {kind} partnerin.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/consortium/messages.py" line="137" />
        <source>Could be the coordinator: based in {country}.</source>
        <translation>Voisi olla koordinaattori: sijaitsee maassa {country}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/consortium/messages.py" line="138" />
        <source>Tied to {name} in the consortium.</source>
        <translation>Yhteys konsortion jäseneen {name}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/consortium/messages.py" line="139" />
        <source>Tied to {name} and {other} in the consortium.</source>
        <translation>Yhteys konsortion jäseniin {name} ja {other}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/consortium/messages.py" line="140" />
        <source>Tied to {name} and {others} other partners in the consortium.</source>
        <translation>Yhteys konsortion jäseneen {name} ja {others} muuhun partneriin.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/consortium/messages.py" line="143" />
        <source>Not yet tied to any partner in the consortium.</source>
        <translation>Ei vielä yhteyttä yhteenkään konsortion partneriin.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/consortium/messages.py" line="144" />
        <source>In the cluster {cluster} with {name}.</source>
        <translation>Klusterissa {cluster} yhdessä partnerin {name} kanssa.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/consortium/messages.py" line="145" />
        <source>In the cluster {cluster} with {count} partners: {names}.</source>
        <translation>Klusterissa {cluster} yhdessä {count} partnerin kanssa: {names}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/consortium/messages.py" line="150" />
        <source>The programme file cannot be read: {detail}</source>
        <translation>Ohjelmatiedostoa ei voi lukea: {detail}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/consortium/messages.py" line="151" />
        <source>The file is larger than {limit} and is not read as a programme.</source>
        <translation>Tiedosto on suurempi kuin {limit}, eikä sitä lueta ohjelmana.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/consortium/messages.py" line="154" />
        <source>The file is not valid JSON at line {line}, column {column}: {detail}</source>
        <translation>Tiedosto ei ole kelvollista JSONia rivillä {line}, sarakkeessa {column}: {detail}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/consortium/messages.py" line="157" />
        <source>The file is written in format {format}, which this version of aspdesk does not know (it reads format {known}).</source>
        <translation>Tiedosto on kirjoitettu muodossa {format}, jota tämä aspdeskin versio ei tunne (se lukee muotoa {known}).</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/consortium/messages.py" line="162" />
        <source>The file does not hold a programme: it must hold one object, written in curly brackets.</source>
        <translation>Tiedostossa ei ole ohjelmaa: siinä on oltava yksi aaltosulkeisiin kirjoitettu objekti.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/consortium/messages.py" line="166" />
        <source>The field {field} is missing.</source>
        <translation>Kenttä {field} puuttuu.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/consortium/messages.py" line="167" />
        <source>The field {field} is written twice.</source>
        <translation>Kenttä {field} on kirjoitettu kahdesti.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/consortium/messages.py" line="168" />
        <source>The field {field} is not known here; the known fields are: {known}.</source>
        <translation>Kenttää {field} ei tunneta tässä; tunnetut kentät ovat: {known}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/consortium/messages.py" line="171" />
        <source>The field {field} must be an object, written in curly brackets.</source>
        <translation>Kentän {field} on oltava aaltosulkeisiin kirjoitettu objekti.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/consortium/messages.py" line="174" />
        <source>The field {field} must be a list, written in square brackets.</source>
        <translation>Kentän {field} on oltava hakasulkeisiin kirjoitettu luettelo.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/consortium/messages.py" line="177" />
        <source>The field {field} must be a text that is not empty.</source>
        <translation>Kentän {field} on oltava teksti, joka ei ole tyhjä.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/consortium/messages.py" line="180" />
        <source>The field {field} must be a whole number of at least {least}.</source>
        <translation>Kentän {field} on oltava kokonaisluku, vähintään {least}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/consortium/messages.py" line="183" />
        <source>The field {field} must be a date written as YYYY-MM-DD, not {value}.</source>
        <translation>Kentän {field} on oltava päivämäärä muodossa VVVV-KK-PP, ei {value}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/consortium/messages.py" line="186" />
        <source>The field {field} needs a text in the language {language}.</source>
        <translation>Kenttä {field} tarvitsee tekstin kielellä {language}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/consortium/messages.py" line="189" />
        <source>The field {field} must be an id of letters a-z, digits, '-' and '_', not {value}.</source>
        <translation>Kentän {field} on oltava tunnus, jossa on kirjaimia a-z, numeroita, '-' ja '_', ei {value}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/consortium/messages.py" line="193" />
        <source>The rule kind {value} in {field} is not known; the known kinds are: {known}.</source>
        <translation>Sääntölajia {value} kentässä {field} ei tunneta; tunnetut lajit ovat: {known}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/consortium/messages.py" line="196" />
        <source>The field {field} names {value}, which is neither a two-letter country code in capitals nor a country set of this file.</source>
        <translation>Kentässä {field} on {value}, joka ei ole isoin kirjaimin kirjoitettu kaksikirjaiminen maakoodi eikä tämän tiedoston maajoukko.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/consortium/messages.py" line="201" />
        <source>The field {field} names {value}, which is not a role; the roles are: {known}.</source>
        <translation>Kentässä {field} on {value}, joka ei ole rooli; roolit ovat: {known}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/consortium/messages.py" line="204" />
        <source>The country set {value} is built in and cannot be redefined in {field}.</source>
        <translation>Maajoukko {value} on sisäänrakennettu, eikä sitä voi määritellä uudelleen kentässä {field}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/consortium/messages.py" line="207" />
        <source>Two rules have the id {value}.</source>
        <translation>Kahdella säännöllä on tunnus {value}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/consortium/messages.py" line="208" />
        <source>The programme id {value} is also used by {other}.</source>
        <translation>Ohjelman tunnusta {value} käyttää myös {other}.</translation>
    </message>
</context>
<context>
    <name>desktop</name>
    <message>
        <location filename="../../aspdesk/cli/desktop.py" line="51" />
        <source>aspdesk map</source>
        <translation>aspdesk-kartta</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/desktop.py" line="52" />
        <source>Cluster network map</source>
        <translation>Klusteriverkoston kartta</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/desktop.py" line="53" />
        <source>Map the actors, clusters and relationships of a regional cluster network</source>
        <translation>Kartoita alueellisen klusteriverkoston toimijat, klusterit ja suhteet</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/desktop.py" line="56" />
        <source>cluster;network;actors;graph;map;</source>
        <translation>klusteri;verkosto;toimijat;verkostokaavio;kartta;</translation>
    </message>
</context>
<context>
    <name>fields</name>
    <message>
        <location filename="../../aspdesk/ui/forms/fields.py" line="37" />
        <location filename="../../aspdesk/ui/forms/fields.py" line="62" />
        <location filename="../../aspdesk/ui/forms/fields.py" line="68" />
        <location filename="../../aspdesk/ui/forms/fields.py" line="107" />
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/fields.py" line="38" />
        <location filename="../../aspdesk/ui/forms/fields.py" line="69" />
        <source>Name in Swedish</source>
        <translation>Nimi ruotsiksi</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/fields.py" line="39" />
        <location filename="../../aspdesk/ui/forms/fields.py" line="70" />
        <source>Name in English</source>
        <translation>Nimi englanniksi</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/fields.py" line="40" />
        <location filename="../../aspdesk/ui/forms/fields.py" line="71" />
        <source>Short name</source>
        <translation>Lyhenne</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/fields.py" line="41" />
        <source>Kind</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/fields.py" line="42" />
        <location filename="../../aspdesk/ui/forms/fields.py" line="72" />
        <source>Description</source>
        <translation>Kuvaus</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/fields.py" line="43" />
        <source>Business ID</source>
        <translation>Y-tunnus</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/fields.py" line="44" />
        <source>PIC</source>
        <translation>PIC-koodi</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/fields.py" line="45" />
        <source>Municipality or region</source>
        <translation>Kunta tai alue</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/fields.py" line="46" />
        <source>Country</source>
        <translation>Maa</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/fields.py" line="47" />
        <source>Website</source>
        <translation>Verkkosivusto</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/fields.py" line="48" />
        <location filename="../../aspdesk/ui/forms/fields.py" line="64" />
        <source>Email</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/fields.py" line="49" />
        <location filename="../../aspdesk/ui/forms/fields.py" line="65" />
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/fields.py" line="52" />
        <source>Size class</source>
        <translation>Kokoluokka</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/fields.py" line="56" />
        <source>Sector</source>
        <translation>Toimiala</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/fields.py" line="57" />
        <source>Tags</source>
        <translation>Tunnisteet</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/fields.py" line="58" />
        <location filename="../../aspdesk/ui/forms/fields.py" line="87" />
        <location filename="../../aspdesk/ui/forms/fields.py" line="104" />
        <location filename="../../aspdesk/ui/forms/fields.py" line="127" />
        <source>Notes</source>
        <translation>Muistiinpanot</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/fields.py" line="61" />
        <location filename="../../aspdesk/ui/forms/fields.py" line="131" />
        <source>Organisation</source>
        <translation>Organisaatio</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/fields.py" line="63" />
        <source>Title</source>
        <translation>Tehtävänimike</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/fields.py" line="73" />
        <source>Theme</source>
        <translation>Teema</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/fields.py" line="74" />
        <source>Colour</source>
        <translation>Väri</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/fields.py" line="75" />
        <source>Coordinator</source>
        <translation>Koordinaattori</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/fields.py" line="76" />
        <location filename="../../aspdesk/ui/forms/fields.py" line="100" />
        <location filename="../../aspdesk/ui/forms/fields.py" line="124" />
        <source>Start date</source>
        <translation>Alkupäivä</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/fields.py" line="77" />
        <location filename="../../aspdesk/ui/forms/fields.py" line="101" />
        <location filename="../../aspdesk/ui/forms/fields.py" line="125" />
        <source>End date</source>
        <translation>Loppupäivä</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/fields.py" line="80" />
        <source>Actor</source>
        <translation>Toimija</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/fields.py" line="81" />
        <source>Cluster</source>
        <translation>Klusteri</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/fields.py" line="83" />
        <location filename="../../aspdesk/ui/forms/fields.py" line="134" />
        <source>Role</source>
        <translation>Rooli</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/fields.py" line="85" />
        <source>Since</source>
        <translation>Alkaen</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/fields.py" line="86" />
        <source>Until</source>
        <translation>Päättyen</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/fields.py" line="90" />
        <source>From</source>
        <translation>Mistä</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/fields.py" line="91" />
        <source>To</source>
        <translation>Mihin</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/fields.py" line="94" />
        <source>Type</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/fields.py" line="98" />
        <source>Directed</source>
        <translation>Suunnattu</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/fields.py" line="99" />
        <source>Strength (1-5)</source>
        <translation>Vahvuus (1-5)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/fields.py" line="102" />
        <source>Source of information</source>
        <translation>Tiedon lähde</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/fields.py" line="103" />
        <source>Last verified</source>
        <translation>Viimeksi tarkistettu</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/fields.py" line="108" />
        <source>Acronym</source>
        <translation>Lyhenne</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/fields.py" line="111" />
        <source>Programme</source>
        <translation>Rahoitusohjelma</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/fields.py" line="115" />
        <source>Call identifier</source>
        <translation>Haun tunnus</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/fields.py" line="118" />
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/fields.py" line="122" />
        <source>Total budget (€)</source>
        <translation>Kokonaisbudjetti (€)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/fields.py" line="123" />
        <source>Grant (€)</source>
        <translation>Tuki (€)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/fields.py" line="126" />
        <source>Linked clusters</source>
        <translation>Klusterit</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/fields.py" line="130" />
        <source>Project</source>
        <translation>Hanke</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/fields.py" line="138" />
        <source>Budget share (%)</source>
        <translation>Budjettiosuus (%)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/fields.py" line="152" />
        <source>actor</source>
        <translation>toimija</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/fields.py" line="153" />
        <source>cluster</source>
        <translation>klusteri</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/fields.py" line="154" />
        <source>contact person</source>
        <translation>yhteyshenkilö</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/fields.py" line="155" />
        <source>membership</source>
        <translation>jäsenyys</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/fields.py" line="156" />
        <source>relationship</source>
        <translation>suhde</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/fields.py" line="157" />
        <source>project</source>
        <translation>hanke</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/fields.py" line="158" />
        <source>project partner</source>
        <translation>hankekumppani</translation>
    </message>
</context>
<context>
    <name>health</name>
    <message>
        <location filename="../../aspdesk/analysis/health/rules.py" line="54" />
        <source>business</source>
        <translation>elinkeinoelämä</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/health/rules.py" line="55" />
        <source>research and education</source>
        <translation>tutkimus ja koulutus</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/health/rules.py" line="56" />
        <source>public sector</source>
        <translation>julkinen sektori</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/health/rules.py" line="61" />
        <source>the European Cluster Collaboration Platform's cluster profile</source>
        <translation>Euroopan klusteriyhteistyöalustan (ECCP) klusteriprofiili</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/health/rules.py" line="64" />
        <source>the Arctic Smartness Portfolio's cluster model of 2015</source>
        <translation>Arctic Smartness Portfolion klusterimalli vuodelta 2015</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/health/rules.py" line="67" />
        <source>aspdesk's default, editable in Cluster health rules</source>
        <translation>aspdeskin oletus, muutettavissa klustereiden tilan säännöissä</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/health/rules.py" line="68" />
        <source>your own rule in Cluster health rules</source>
        <translation>oma sääntösi klustereiden tilan säännöissä</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/health/messages.py" line="25" />
        <source>The cluster has no committed members yet.</source>
        <translation>Klusterilla ei ole vielä sitoutuneita jäseniä.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/health/messages.py" line="26" />
        <source>The cluster has only one committed member; {source} asks for at least {least}.</source>
        <translation>Klusterilla on vain yksi sitoutunut jäsen; {source} edellyttää vähintään {least}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/health/messages.py" line="30" />
        <location filename="../../aspdesk/analysis/health/messages.py" line="34" />
        <source>The cluster has {count} committed members; {source} asks for at least {least}.</source>
        <translation>Klusterilla on {count} sitoutunutta jäsentä; {source} edellyttää vähintään {least}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/health/messages.py" line="38" />
        <source>No member belongs to the business, research and education or public-sector helix; {source} asks for at least {least} of them.</source>
        <translation>Yksikään jäsen ei kuulu elinkeinoelämän, tutkimuksen ja koulutuksen tai julkisen sektorin heliksiin; {source} edellyttää jäseniä vähintään {least} heliksistä.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/health/messages.py" line="43" />
        <location filename="../../aspdesk/analysis/health/messages.py" line="48" />
        <source>Members come from {count} of the three helices ({helices}); {source} asks for at least {least}.</source>
        <translation>Jäsenet kattavat kolmesta heliksistä {count} ({helices}); {source} edellyttää vähintään {least}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/health/messages.py" line="56" />
        <source>No member of the kind {kinds} yet ({source}).</source>
        <translation>Jäsenissä ei ole vielä yhtään, jonka laji on {kinds} ({source}).</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/health/messages.py" line="57" />
        <source>No one has the role {roles} yet ({source}).</source>
        <translation>Kenelläkään jäsenellä ei ole vielä roolia {roles} ({source}).</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/health/messages.py" line="58" />
        <source>No member of the kind {kinds} and no one in the role {roles} yet ({source}).</source>
        <translation>Jäsenissä ei ole vielä yhtään, jonka laji on {kinds} tai rooli {roles} ({source}).</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/health/messages.py" line="61" />
        <source>Members of the kind {kinds}: {count}.</source>
        <translation>Jäseniä, joiden laji on {kinds}: {count}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/health/messages.py" line="62" />
        <source>Members in the role {roles}: {count}.</source>
        <translation>Jäseniä roolissa {roles}: {count}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/health/messages.py" line="63" />
        <source>Members of the kind {kinds} or in the role {roles}: {count}.</source>
        <translation>Jäseniä, joiden laji on {kinds} tai rooli {roles}: {count}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/health/messages.py" line="68" />
        <source>The research and education member {names} has no ties to member companies.</source>
        <translation>Tutkimus- ja koulutusalan jäsenellä {names} ei ole suhteita jäsenyrityksiin.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/health/messages.py" line="71" />
        <source>{count} research and education members have no ties to member companies: {names}.</source>
        <translation>{count} tutkimus- ja koulutusalan jäsenellä ei ole suhteita jäsenyrityksiin: {names}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/health/messages.py" line="75" />
        <source>{count} research and education members have no ties to member companies: {names} and {more} more.</source>
        <translation>{count} tutkimus- ja koulutusalan jäsenellä ei ole suhteita jäsenyrityksiin: {names} ja {more} muuta.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/health/messages.py" line="81" />
        <source>Every research and education member has ties to member companies.</source>
        <translation>Kaikilla tutkimus- ja koulutusalan jäsenillä on suhteita jäsenyrityksiin.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/health/messages.py" line="84" />
        <source>No funder has a tie with the cluster's members.</source>
        <translation>Yhdelläkään rahoittajalla ei ole suhdetta klusterin jäseniin.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/health/messages.py" line="86" />
        <source>The funder {names} has ties with the cluster's members.</source>
        <translation>Rahoittajalla {names} on suhteita klusterin jäseniin.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/health/messages.py" line="87" />
        <source>Funders tied to the cluster's members: {names}.</source>
        <translation>Rahoittajat, joilla on suhteita klusterin jäseniin: {names}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/health/messages.py" line="88" />
        <source>Funders tied to the cluster's members: {names} and {more} more.</source>
        <translation>Rahoittajat, joilla on suhteita klusterin jäseniin: {names} ja {more} muuta.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/health/messages.py" line="90" />
        <source>The cluster has no international links: no member is from abroad, and no member has a tie to a partner abroad.</source>
        <translation>Klusterilla ei ole kansainvälisiä yhteyksiä: yksikään jäsen ei ole ulkomailta, eikä yhdelläkään jäsenellä ole suhdetta ulkomaiseen kumppaniin.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/health/messages.py" line="96" />
        <source>The cluster's international link: {names}.</source>
        <translation>Klusterin kansainvälinen yhteys: {names}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/health/messages.py" line="97" />
        <source>International links: {names}.</source>
        <translation>Kansainväliset yhteydet: {names}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/health/messages.py" line="98" />
        <source>International links: {names} and {more} more.</source>
        <translation>Kansainväliset yhteydet: {names} ja {more} muuta.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/health/messages.py" line="100" />
        <source>{name} lies on {percent}% of the shortest paths between member companies and research and education members; the cluster depends on it as a go-between (from {least}% on: {source}).</source>
        <translation>{name} on mukana {percent} prosentissa jäsenyritysten ja tutkimus- ja koulutusalan jäsenten välisistä lyhimmistä poluista; klusteri on riippuvainen siitä välittäjänä (raja {least} %: {source}).</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/health/messages.py" line="106" />
        <source>No single actor lies on {least}% or more of the paths between member companies and research and education members ({source}).</source>
        <translation>Mikään yksittäinen toimija ei ole mukana vähintään {least} prosentissa jäsenyritysten ja tutkimus- ja koulutusalan jäsenten välisistä poluista ({source}).</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/health/messages.py" line="140" />
        <source>The relationship {names} has not been checked for over {months} months ({source}).</source>
        <translation>Suhdetta {names} ei ole tarkistettu yli {months} kuukauteen ({source}).</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/health/messages.py" line="144" />
        <source>{count} relationships have not been checked for over {months} months ({source}): {names}.</source>
        <translation>{count} suhdetta ei ole tarkistettu yli {months} kuukauteen ({source}): {names}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/health/messages.py" line="148" />
        <source>{count} relationships have not been checked for over {months} months ({source}): {names} and {more} more.</source>
        <translation>{count} suhdetta ei ole tarkistettu yli {months} kuukauteen ({source}): {names} ja {more} muuta.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/health/messages.py" line="164" />
        <source>Every relationship between members has been checked in the last {months} months ({source}).</source>
        <translation>Kaikki jäsenten väliset suhteet on tarkistettu viimeisten {months} kuukauden aikana ({source}).</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/health/messages.py" line="111" />
        <source>If {name} left, the cluster's network would fall apart into {parts} parts.</source>
        <translation>Jos {name} lähtisi, klusterin verkosto hajoaisi {parts} osaan.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/health/messages.py" line="115" />
        <source>{names} is the only link between another member and the rest of the cluster.</source>
        <translation>{names} on ainoa yhteys erään toisen jäsenen ja muun klusterin välillä.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/health/messages.py" line="118" />
        <source>{count} members are each the only link between another member and the rest of the cluster: {names}.</source>
        <translation>{count} jäsentä on kukin ainoa yhteys jonkin toisen jäsenen ja muun klusterin välillä: {names}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/health/messages.py" line="123" />
        <source>{count} members are each the only link between another member and the rest of the cluster: {names} and {more} more.</source>
        <translation>{count} jäsentä on kukin ainoa yhteys jonkin toisen jäsenen ja muun klusterin välillä: {names} ja {more} muuta.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/health/messages.py" line="130" />
        <source>{names} has no ties to other members of the cluster.</source>
        <translation>Jäsenellä {names} ei ole suhteita klusterin muihin jäseniin.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/health/messages.py" line="131" />
        <source>{count} members have no ties to other members of the cluster: {names}.</source>
        <translation>{count} jäsenellä ei ole suhteita klusterin muihin jäseniin: {names}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/health/messages.py" line="134" />
        <source>{count} members have no ties to other members of the cluster: {names} and {more} more.</source>
        <translation>{count} jäsenellä ei ole suhteita klusterin muihin jäseniin: {names} ja {more} muuta.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/health/messages.py" line="155" />
        <source>The relationship {names} has never been marked as checked.</source>
        <translation>Suhdetta {names} ei ole koskaan merkitty tarkistetuksi.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/health/messages.py" line="156" />
        <source>{count} relationships have never been marked as checked: {names}.</source>
        <translation>{count} suhdetta ei ole koskaan merkitty tarkistetuiksi: {names}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/health/messages.py" line="159" />
        <source>{count} relationships have never been marked as checked: {names} and {more} more.</source>
        <translation>{count} suhdetta ei ole koskaan merkitty tarkistetuiksi: {names} ja {more} muuta.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/health/messages.py" line="169" />
        <source>The membership of {names} has passed its end date; check whether it has ended.</source>
        <translation>Toimijan {names} jäsenyyden loppupäivä on mennyt; tarkista, onko jäsenyys päättynyt.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/health/messages.py" line="173" />
        <source>{count} memberships have passed their end date; check whether they have ended: {names}.</source>
        <translation>{count} jäsenyyden loppupäivä on mennyt; tarkista, ovatko ne päättyneet: {names}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/health/messages.py" line="177" />
        <source>{count} memberships have passed their end date; check whether they have ended: {names} and {more} more.</source>
        <translation>{count} jäsenyyden loppupäivä on mennyt; tarkista, ovatko ne päättyneet: {names} ja {more} muuta.</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <location filename="../../aspdesk/app/import_report.py" line="32" />
        <source>New</source>
        <translation>Uusi</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/import_report.py" line="33" />
        <source>Updated</source>
        <translation>Päivitetään</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/import_report.py" line="34" />
        <source>Unchanged</source>
        <translation>Ennallaan</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/import_report.py" line="35" />
        <source>Conflict</source>
        <translation>Ristiriita</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/import_report.py" line="36" />
        <source>Error</source>
        <translation>Virhe</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/import_report.py" line="37" />
        <source>Deleted</source>
        <translation>Poistetaan</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/import_report.py" line="39" />
        <source>{kind}: {deleted} deleted</source>
        <translation>{kind}: poistettavia {deleted}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/import_report.py" line="41" />
        <source>same ID</source>
        <translation>sama tunnus</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/import_report.py" line="42" />
        <source>same business ID</source>
        <translation>sama Y-tunnus</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/import_report.py" line="43" />
        <source>same name</source>
        <translation>sama nimi</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/import_report.py" line="44" />
        <source>same acronym</source>
        <translation>sama lyhenne</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/import_report.py" line="45" />
        <source>chosen by you</source>
        <translation>valitsit itse</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/import_report.py" line="46" />
        <source>same actors</source>
        <translation>samat toimijat</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/import_report.py" line="48" />
        <source>{kind}: new {new}, updated {updated}, unchanged {unchanged}, conflicts {conflict}, errors {error}</source>
        <translation>{kind}: uusia {new}, päivitettyjä {updated}, ennallaan {unchanged}, ristiriitoja {conflict}, virheitä {error}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/import_report.py" line="53" />
        <source>{field}: map “{old}”, file “{new}”</source>
        <translation>{field}: kartassa ”{old}”, tiedostossa ”{new}”</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/import_report.py" line="55" />
        <source>{field}: team map “{old}”, copy “{new}”</source>
        <translation>{field}: yhteisessä kartassa ”{old}”, kopiossa ”{new}”</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/import_report.py" line="56" />
        <source>(no name)</source>
        <translation>(ei nimeä)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/import_report.py" line="57" />
        <source>Imported without {fields}; the problems are kept in its notes.</source>
        <translation>Tuodaan ilman kenttiä: {fields}; ongelmat säilytetään sen muistiinpanoissa.</translation>
    </message>
</context>
<context>
    <name>io</name>
    <message>
        <location filename="../../aspdesk/app/exchange.py" line="75" />
        <source>This map has no term with the code “{code}” that the backup uses, so the backup cannot be restored into it.</source>
        <translation>Varmuuskopiossa käytetään koodia “{code}”, jota vastaavaa termiä tässä kartassa ei ole, joten varmuuskopiota ei voi palauttaa tähän karttaan.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/exporting/formats.py" line="24" />
        <source>aspdesk cannot write {suffix} files. Choose a name ending in .xlsx, .csv, .zip, .graphml, .gexf or .json.</source>
        <translation>aspdesk ei osaa kirjoittaa tiedostoja, joiden pääte on {suffix}. Valitse nimi, jonka pääte on .xlsx, .csv, .zip, .graphml, .gexf tai .json.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/reading.py" line="10" />
        <source>The file does not exist.</source>
        <translation>Tiedostoa ei ole olemassa.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/reading.py" line="11" />
        <source>This is a folder or a device, not a file.</source>
        <translation>Tämä on kansio tai laite eikä tiedosto.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/reading.py" line="12" />
        <source>The file cannot be read: {reason}.</source>
        <translation>Tiedostoa ei voi lukea: {reason}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/json_backup_messages.py" line="7" />
        <source>The file is larger than {limit} MB, far larger than any map backup, so it was not read.</source>
        <translation>Tiedosto on yli {limit} Mt eli paljon suurempi kuin mikään kartan varmuuskopio, joten sitä ei luettu.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/reading.py" line="16" />
        <source>The file is empty.</source>
        <translation>Tiedosto on tyhjä.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/json_backup_messages.py" line="10" />
        <source>The file is not UTF-8 text. It may be damaged, or it is not a map backup.</source>
        <translation>Tiedosto ei ole UTF-8-tekstiä. Se voi olla vioittunut, tai se ei ole kartan varmuuskopio.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/json_backup_messages.py" line="13" />
        <source>The file is not valid JSON. It may be damaged or cut short.</source>
        <translation>Tiedosto ei ole kelvollista JSONia. Se voi olla vioittunut tai katkennut kesken.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/json_backup_messages.py" line="14" />
        <source>The file holds more than {limit} values, far more than any map backup, so it was not read.</source>
        <translation>Tiedostossa on yli {limit} arvoa, paljon enemmän kuin yhdessäkään kartan varmuuskopiossa, joten sitä ei luettu.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/json_backup_messages.py" line="18" />
        <source>This file is not an aspdesk map backup.</source>
        <translation>Tämä tiedosto ei ole aspdesk-kartan varmuuskopio.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/json_backup_messages.py" line="19" />
        <source>This backup was made by a newer aspdesk (format version {version}). Update aspdesk to read it.</source>
        <translation>Tämä varmuuskopio on tehty uudemmalla aspdesk-versiolla (tallennusmuodon versio {version}). Päivitä aspdesk, jotta voit lukea sen.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/json_backup_messages.py" line="24" />
        <source>The format version must be a whole number from 1 up.</source>
        <translation>Tallennusmuodon version on oltava kokonaisluku, joka on vähintään 1.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/json_backup_messages.py" line="25" />
        <source>The field “{field}” is missing.</source>
        <translation>Kenttä “{field}” puuttuu.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/json_backup_messages.py" line="26" />
        <source>This must be a JSON object of names and values.</source>
        <translation>Tämän on oltava JSON-objekti, jossa on nimiä ja arvoja.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/json_backup_messages.py" line="27" />
        <source>This must be a list in square brackets.</source>
        <translation>Tämän on oltava luettelo hakasulkeissa.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/json_backup_messages.py" line="28" />
        <source>This must be text in quotes.</source>
        <translation>Tämän on oltava tekstiä lainausmerkeissä.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/json_backup_messages.py" line="29" />
        <source>This must be a list of texts in quotes.</source>
        <translation>Tämän on oltava luettelo lainausmerkeissä olevista teksteistä.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/json_backup_messages.py" line="30" />
        <source>This must be a list of ids: whole numbers from 1 up, in square brackets.</source>
        <translation>Tämän on oltava hakasulkeissa oleva luettelo ID:istä eli kokonaisluvuista, jotka ovat vähintään 1.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/json_backup_messages.py" line="33" />
        <source>This text holds characters that are not valid Unicode.</source>
        <translation>Tässä tekstissä on merkkejä, jotka eivät ole kelvollista Unicodea.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/json_backup_messages.py" line="34" />
        <source>This must be a whole number.</source>
        <translation>Tämän on oltava kokonaisluku.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/json_backup_messages.py" line="35" />
        <source>This must be an id: a whole number from 1 up.</source>
        <translation>Tämän on oltava ID eli kokonaisluku, joka on vähintään 1.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/json_backup_messages.py" line="36" />
        <source>This must be a number or null.</source>
        <translation>Tämän on oltava luku tai null.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/json_backup_messages.py" line="37" />
        <source>This must be true or false.</source>
        <translation>Tämän on oltava true tai false.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/json_backup_messages.py" line="38" />
        <source>“{value}” is not a date. Write a date as YYYY-MM-DD, such as 2015-06-30, or null.</source>
        <translation>“{value}” ei ole päivämäärä. Kirjoita päivämäärä muodossa VVVV-KK-PP, esimerkiksi 2015-06-30, tai null.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/json_backup_messages.py" line="41" />
        <source>“{value}” is not a date and time with a time zone, such as 2015-06-30T12:00:00+00:00.</source>
        <translation>“{value}” ei ole päivämäärä ja kellonaika aikavyöhykkeineen. Kirjoita se muodossa 2015-06-30T12:00:00+00:00.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/json_backup_messages.py" line="45" />
        <source>A code cannot be empty.</source>
        <translation>Koodi ei voi olla tyhjä.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/json_backup_messages.py" line="46" />
        <source>The code “{code}” is listed twice.</source>
        <translation>Koodi “{code}” on luettelossa kahdesti.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/json_backup_messages.py" line="47" />
        <source>The id {id} is used twice in this list.</source>
        <translation>ID {id} on käytössä kahdesti tässä luettelossa.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/json_backup_messages.py" line="48" />
        <source>There is no actor with the id {id} in the file.</source>
        <translation>Tiedostossa ei ole toimijaa, jonka ID on {id}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/json_backup_messages.py" line="49" />
        <source>There is no cluster with the id {id} in the file.</source>
        <translation>Tiedostossa ei ole klusteria, jonka ID on {id}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/json_backup_messages.py" line="50" />
        <source>There is no project with the id {id} in the file.</source>
        <translation>Tiedostossa ei ole hanketta, jonka ID on {id}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/json_backup_messages.py" line="52" />
        <source>The code “{code}” is not among the file's terms in “{vocabulary}”.</source>
        <translation>Koodia “{code}” ei ole tiedoston sanastossa “{vocabulary}”.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/json_backup_messages.py" line="55" />
        <source>The actor already has this role in this cluster earlier in the file.</source>
        <translation>Toimijalle on jo annettu tämä rooli tässä klusterissa aiemmin tiedostossa.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="203" />
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="208" />
        <source>X</source>
        <translation>X</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="209" />
        <source>Y</source>
        <translation>Y</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="210" />
        <source>Pinned</source>
        <translation>Kiinnitetty</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="217" />
        <source>Name in Swedish</source>
        <translation>Nimi ruotsiksi</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="218" />
        <source>Name in English</source>
        <translation>Nimi englanniksi</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="224" />
        <source>Actors</source>
        <translation>Toimijat</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="228" />
        <location filename="../../aspdesk/io/sheets.py" line="259" />
        <location filename="../../aspdesk/io/sheets.py" line="326" />
        <location filename="../../aspdesk/io/sheets.py" line="340" />
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="229" />
        <location filename="../../aspdesk/io/sheets.py" line="260" />
        <source>Short name</source>
        <translation>Lyhenne</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/exporting/partner_table.py" line="45" />
        <location filename="../../aspdesk/io/sheets.py" line="230" />
        <source>Kind</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="231" />
        <source>Kind (label)</source>
        <translation>Tyyppi (nimi)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="232" />
        <location filename="../../aspdesk/io/sheets.py" line="261" />
        <source>Description</source>
        <translation>Kuvaus</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="233" />
        <source>Business ID</source>
        <translation>Y-tunnus</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/exporting/partner_table.py" line="46" />
        <location filename="../../aspdesk/io/sheets.py" line="234" />
        <source>PIC</source>
        <translation>PIC-koodi</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="235" />
        <source>Municipality or region</source>
        <translation>Kunta tai alue</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/exporting/partner_table.py" line="43" />
        <location filename="../../aspdesk/io/sheets.py" line="236" />
        <source>Country</source>
        <translation>Maa</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="237" />
        <source>Website</source>
        <translation>Verkkosivusto</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="238" />
        <location filename="../../aspdesk/io/sheets.py" line="328" />
        <source>Email</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="239" />
        <location filename="../../aspdesk/io/sheets.py" line="329" />
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="240" />
        <source>Size class</source>
        <translation>Kokoluokka</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="241" />
        <source>Size class (label)</source>
        <translation>Kokoluokka (nimi)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="242" />
        <source>Sector</source>
        <translation>Toimiala</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="244" />
        <source>Tags</source>
        <translation>Tunnisteet</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="246" />
        <location filename="../../aspdesk/io/sheets.py" line="290" />
        <location filename="../../aspdesk/io/sheets.py" line="313" />
        <location filename="../../aspdesk/io/sheets.py" line="358" />
        <source>Notes</source>
        <translation>Muistiinpanot</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="255" />
        <source>Clusters</source>
        <translation>Klusterit</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="262" />
        <source>Theme</source>
        <translation>Teema</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="263" />
        <source>Colour</source>
        <translation>Väri</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="265" />
        <source>Coordinator (actor ID)</source>
        <translation>Koordinaattori (toimijan ID)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="267" />
        <source>Coordinator name</source>
        <translation>Koordinaattorin nimi</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="268" />
        <location filename="../../aspdesk/io/sheets.py" line="309" />
        <location filename="../../aspdesk/io/sheets.py" line="349" />
        <source>Start date</source>
        <translation>Alkupäivä</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="269" />
        <location filename="../../aspdesk/io/sheets.py" line="310" />
        <location filename="../../aspdesk/io/sheets.py" line="350" />
        <source>End date</source>
        <translation>Loppupäivä</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="278" />
        <source>Memberships</source>
        <translation>Jäsenyydet</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="282" />
        <location filename="../../aspdesk/io/sheets.py" line="324" />
        <location filename="../../aspdesk/io/sheets.py" line="372" />
        <source>Actor ID</source>
        <translation>Toimijan ID</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="283" />
        <location filename="../../aspdesk/io/sheets.py" line="325" />
        <location filename="../../aspdesk/io/sheets.py" line="373" />
        <source>Actor name</source>
        <translation>Toimijan nimi</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="284" />
        <source>Cluster ID</source>
        <translation>Klusterin ID</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="285" />
        <source>Cluster name</source>
        <translation>Klusterin nimi</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/exporting/partner_table.py" line="47" />
        <location filename="../../aspdesk/io/sheets.py" line="286" />
        <location filename="../../aspdesk/io/sheets.py" line="374" />
        <source>Role</source>
        <translation>Rooli</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="287" />
        <location filename="../../aspdesk/io/sheets.py" line="375" />
        <source>Role (label)</source>
        <translation>Rooli (nimi)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="288" />
        <source>Since</source>
        <translation>Alkaen</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="289" />
        <source>Until</source>
        <translation>Päättyen</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="297" />
        <source>Relationships</source>
        <translation>Suhteet</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="301" />
        <source>From (actor ID)</source>
        <translation>Mistä (toimijan ID)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="302" />
        <source>From name</source>
        <translation>Mistä (toimijan nimi)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="303" />
        <source>To (actor ID)</source>
        <translation>Mihin (toimijan ID)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="304" />
        <source>To name</source>
        <translation>Mihin (toimijan nimi)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="305" />
        <source>Type</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="306" />
        <source>Type (label)</source>
        <translation>Tyyppi (nimi)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="307" />
        <source>Directed</source>
        <translation>Suunnattu</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="308" />
        <source>Strength</source>
        <translation>Vahvuus</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="311" />
        <source>Source of information</source>
        <translation>Tiedon lähde</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="312" />
        <source>Last verified</source>
        <translation>Viimeksi tarkistettu</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="320" />
        <source>Contacts</source>
        <translation>Yhteyshenkilöt</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="327" />
        <source>Title</source>
        <translation>Tehtävänimike</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="336" />
        <source>Projects</source>
        <translation>Hankkeet</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="341" />
        <source>Acronym</source>
        <translation>Lyhenne</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="342" />
        <source>Programme</source>
        <translation>Rahoitusohjelma</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="343" />
        <source>Programme (label)</source>
        <translation>Rahoitusohjelma (nimi)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="344" />
        <source>Call identifier</source>
        <translation>Haun tunnus</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="345" />
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="346" />
        <source>Status (label)</source>
        <translation>Tila (nimi)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="347" />
        <source>Total budget (€)</source>
        <translation>Kokonaisbudjetti (€)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="348" />
        <source>Grant (€)</source>
        <translation>Tuki (€)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="352" />
        <source>Linked clusters (cluster IDs)</source>
        <translation>Klusterit (klusterien ID:t)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="357" />
        <source>Linked cluster names</source>
        <translation>Klusterien nimet</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="366" />
        <source>Project partners</source>
        <translation>Hankekumppanit</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="370" />
        <source>Project ID</source>
        <translation>Hankkeen ID</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="371" />
        <source>Project name</source>
        <translation>Hankkeen nimi</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="376" />
        <source>Budget share (%)</source>
        <translation>Budjettiosuus (%)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/errors.py" line="62" />
        <source>cannot create the folder: {detail}</source>
        <translation>kansiota ei voi luoda: {detail}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/errors.py" line="60" />
        <source>Cannot write in the folder of this file: {detail}</source>
        <translation>Tämän tiedoston kansioon ei voi kirjoittaa: {detail}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/errors.py" line="61" />
        <source>Cannot write the file: {detail}</source>
        <translation>Tiedostoa ei voi kirjoittaa: {detail}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/errors.py" line="63" />
        <source>Nothing was written: the disk is full. Free some space or choose another disk, then try again.</source>
        <translation>Mitään ei kirjoitettu: levy on täynnä. Vapauta tilaa tai valitse toinen levy ja yritä sitten uudelleen.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/reading.py" line="13" />
        <source>The file is larger than {limit} MB, far larger than any map, so it was not read.</source>
        <translation>Tiedosto on yli {limit} Mt eli paljon suurempi kuin yksikään kartta, joten sitä ei luettu.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/graph_parsing.py" line="54" />
        <source>The file is not well-formed XML ({detail}). It may be damaged or cut short.</source>
        <translation>Tiedosto ei ole kelvollista XML:ää ({detail}). Se voi olla vioittunut tai katkennut.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/graph_parsing.py" line="57" />
        <source>The file declares a document type (DTD), which may define entities or refer to other files. Graph files do not need one, and it can be used to attack a computer, so the file was not read.</source>
        <translation>Tiedosto määrittelee asiakirjatyypin (DTD), joka voi määritellä entiteettejä tai viitata muihin tiedostoihin. Verkostotiedostot eivät tarvitse sitä, ja sillä voi hyökätä tietokoneeseen, joten tiedostoa ei luettu.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/graph_parsing.py" line="63" />
        <source>The file holds a value longer than {limit} characters, so it was not read.</source>
        <translation>Tiedostossa on yli {limit} merkin pituinen arvo, joten sitä ei luettu.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/graph_parsing.py" line="66" />
        <source>This file is not a GraphML or GEXF file.</source>
        <translation>Tämä ei ole GraphML- tai GEXF-tiedosto.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/graph_parsing.py" line="67" />
        <source>The file holds no graph.</source>
        <translation>Tiedostossa ei ole verkostoa.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/graph_parsing.py" line="68" />
        <source>The file holds more than {limit} nodes, far more than any map, so it was not read.</source>
        <translation>Tiedostossa on yli {limit} solmua, paljon enemmän kuin yhdessäkään kartassa, joten sitä ei luettu.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/graph_parsing.py" line="71" />
        <source>The file holds more than {limit} edges, far more than any map, so it was not read.</source>
        <translation>Tiedostossa on yli {limit} yhteyttä, paljon enemmän kuin yhdessäkään kartassa, joten sitä ei luettu.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/graph_parsing.py" line="74" />
        <source>The file holds more than {limit} XML elements, far more than any map needs, so it was not read.</source>
        <translation>Tiedostossa on yli {limit} XML-elementtiä, paljon enemmän kuin mikään kartta tarvitsee, joten sitä ei luettu.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/graph_parsing.py" line="79" />
        <source>One node or edge of the file holds more than {limit} XML elements, far more than any needs, so the file was not read.</source>
        <translation>Tiedoston yhdessä solmussa tai yhteydessä on yli {limit} XML-elementtiä, paljon enemmän kuin yksikään tarvitsee, joten tiedostoa ei luettu.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/graph_import.py" line="38" />
        <source>This node has no id, so it was left out.</source>
        <translation>Solmulla ei ole tunnusta (id), joten se jätettiin pois.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/graph_import.py" line="39" />
        <source>The node id “{id}” is used twice; the second node was left out.</source>
        <translation>Solmun tunnusta “{id}” on käytetty kahdesti; jälkimmäinen solmu jätettiin pois.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/graph_import.py" line="42" />
        <source>The kind “{code}” is not known; the actor was given the kind “other”.</source>
        <translation>Tyyppiä “{code}” ei tunneta; toimijan tyypiksi annettiin “muu”.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/graph_import.py" line="45" />
        <source>The relationship type “{code}” is not known; it was read as “collaboration”.</source>
        <translation>Suhdetyyppiä “{code}” ei tunneta; se luettiin yhteistyöksi.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/graph_import.py" line="48" />
        <source>“{value}” is not a valid {field}; it was left out.</source>
        <translation>“{value}” ei kelpaa kentän {field} arvoksi; se jätettiin pois.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/graph_import.py" line="49" />
        <source>The edge refers to a node “{id}” that is not in the file, so it was left out.</source>
        <translation>Yhteys viittaa solmuun “{id}”, jota tiedostossa ei ole, joten se jätettiin pois.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/graph_import.py" line="52" />
        <source>The edge joins the node “{id}” to itself, so it was left out.</source>
        <translation>Yhteys yhdistää solmun “{id}” itseensä, joten se jätettiin pois.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/graph_import.py" line="53" />
        <source>The edge does not join two actors, so it was left out.</source>
        <translation>Yhteys ei yhdistä kahta toimijaa, joten se jätettiin pois.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/graph_import.py" line="56" />
        <source>The membership does not join an actor to a cluster, so it was left out.</source>
        <translation>Jäsenyys ei yhdistä toimijaa klusteriin, joten se jätettiin pois.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/spreadsheet_import.py" line="39" />
        <source>No column for the actor's name was found. Name one column Nimi or Name.</source>
        <translation>Toimijan nimelle ei löytynyt saraketta. Anna yhdelle sarakkeelle otsikko Nimi tai Name.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/spreadsheet_import.py" line="42" />
        <source>The name is missing.</source>
        <translation>Nimi puuttuu.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/spreadsheet_import.py" line="43" />
        <source>“{value}” is not a kind of actor that this map knows.</source>
        <translation>“{value}” ei ole tämän kartan tuntema toimijatyyppi.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/spreadsheet_import.py" line="44" />
        <source>“{value}” is not a size class that this map knows.</source>
        <translation>“{value}” ei ole tämän kartan tuntema kokoluokka.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/spreadsheet_import.py" line="45" />
        <source>“{value}” is not an ID. An ID is a whole number from 1 up.</source>
        <translation>“{value}” ei ole ID. ID on kokonaisluku 1:stä ylöspäin.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/spreadsheet_import.py" line="46" />
        <source>aspdesk cannot import {suffix} files. Save the table as .xlsx or .csv first.</source>
        <translation>aspdesk ei voi tuoda {suffix}-tiedostoja. Tallenna taulukko ensin muodossa .xlsx tai .csv.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/spreadsheet_import.py" line="49" />
        <source>This is an old Excel file (.xls). Open it in Excel and save it as an Excel workbook (.xlsx), then import that.</source>
        <translation>Tämä on vanha Excel-tiedosto (.xls). Avaa se Excelissä, tallenna Excel-työkirjaksi (.xlsx) ja tuo sitten se.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/spreadsheet_import.py" line="59" />
        <source>This cell holds a formula whose value was never stored in the file. Open the file in your spreadsheet program, let it recalculate and save it, or paste the values over the formulas.</source>
        <translation>Solussa on kaava, jonka arvoa ei ole tallennettu tiedostoon. Avaa tiedosto taulukkolaskentaohjelmassa, anna sen laskea kaavat ja tallenna, tai liitä kaavojen tilalle pelkät arvot.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/xlsx_preflight.py" line="63" />
        <source>The workbook is made of more than {limit} parts (a workbook has a few dozen), so it was not read.</source>
        <translation>Työkirja koostuu yli {limit} osasta (tavallisessa työkirjassa niitä on muutamia kymmeniä), joten sitä ei luettu.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/xlsx_preflight.py" line="68" />
        <source>The part {part} of the workbook unpacks to {size} MB, more than the {limit} MB aspdesk reads from one part, so the file was not read.</source>
        <translation>Työkirjan osa {part} on purettuna {size} Mt, enemmän kuin aspdeskin yhdestä osasta lukemat {limit} Mt, joten tiedostoa ei luettu.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/xlsx_preflight.py" line="73" />
        <source>The workbook unpacks to {size} MB, more than the {limit} MB aspdesk reads, so it was not read. A small file that unpacks to a huge one can be made to exhaust a computer.</source>
        <translation>Työkirja on purettuna {size} Mt, enemmän kuin aspdeskin lukemat {limit} Mt, joten sitä ei luettu. Pieni tiedosto, joka purkautuu valtavaksi, voi olla tehty jumittamaan tietokone.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/xlsx_preflight.py" line="78" />
        <source>The workbook holds more than {limit} different texts, far more than any map, so it was not read.</source>
        <translation>Työkirjassa on yli {limit} eri tekstiä, paljon enemmän kuin yhdessäkään kartassa, joten sitä ei luettu.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/xlsx_preflight.py" line="83" />
        <source>This file is not an Excel workbook (.xlsx), although its name ends in {suffix}. It may be damaged, or it is another kind of file.</source>
        <translation>Tämä ei ole Excel-työkirja (.xlsx), vaikka nimen pääte on {suffix}. Se voi olla vioittunut tai jokin muu tiedostotyyppi.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/xlsx_preflight.py" line="88" />
        <source>The workbook is damaged and cannot be read. Open it in your spreadsheet program and save it again, or export it again.</source>
        <translation>Työkirja on vioittunut, eikä sitä voi lukea. Avaa se taulukkolaskentaohjelmassa ja tallenna uudelleen, tai vie se uudelleen.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/spreadsheet_import.py" line="54" />
        <source>This file is an Excel workbook or another packed file, not CSV text. If it is a workbook, give it a name ending in .xlsx.</source>
        <translation>Tämä on Excel-työkirja tai muu pakattu tiedosto eikä CSV-tekstiä. Jos se on työkirja, anna sille nimi, jonka pääte on .xlsx.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/spreadsheet_import.py" line="65" />
        <source>The workbook has no sheets.</source>
        <translation>Työkirjassa ei ole yhtään taulukkoa.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/merging/planner.py" line="98" />
        <source>This row has errors, listed under Problems.</source>
        <translation>Rivillä on virheitä; ne on lueteltu kohdassa Ongelmat.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/merging/planner.py" line="99" />
        <source>It refers to {place}, which has errors and is not imported.</source>
        <translation>Se viittaa kohtaan {place}, jossa on virheitä ja jota ei tuoda.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/merging/planner.py" line="102" />
        <source>It refers to “{key}”, which is not in the file.</source>
        <translation>Se viittaa kohteeseen ”{key}”, jota ei ole tiedostossa.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/merging/planner.py" line="103" />
        <source>It is the same as {place} in the file, so it would be imported twice.</source>
        <translation>Se on sama kuin tiedoston kohta {place}, joten se tuotaisiin kahdesti.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/merging/planner.py" line="106" />
        <source>With this partner the budget shares of the project would come to {total} %, more than 100 %.</source>
        <translation>Tämän hankekumppanin kanssa hankkeen budjettiosuudet olisivat yhteensä {total} % eli yli 100 %.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/workbook_cells.py" line="24" />
        <source>“{value}” is not a role that this map knows.</source>
        <translation>”{value}” ei ole tämän kartan tuntema rooli.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/workbook_cells.py" line="25" />
        <source>“{value}” is not a relationship type that this map knows.</source>
        <translation>”{value}” ei ole tämän kartan tuntema suhteen tyyppi.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/workbook_cells.py" line="26" />
        <source>“{value}” is not a funding programme that this map knows.</source>
        <translation>”{value}” ei ole tämän kartan tuntema rahoitusohjelma.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/workbook_cells.py" line="29" />
        <source>“{value}” is not a project status that this map knows.</source>
        <translation>”{value}” ei ole tämän kartan tuntema hankkeen tila.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/workbook_cells.py" line="30" />
        <source>“{value}” is not a list of IDs. Write whole numbers from 1 up, separated by semicolons, such as 1; 4.</source>
        <translation>”{value}” ei ole luettelo ID:istä. Kirjoita kokonaislukuja 1:stä ylöspäin puolipisteillä erotettuina, esimerkiksi 1; 4.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/workbook_cells.py" line="35" />
        <source>“{value}” is not a date. Write a date as 30.6.2015 or 2015-06-30.</source>
        <translation>”{value}” ei ole päivämäärä. Kirjoita päivämäärä muodossa 30.6.2015 tai 2015-06-30.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/workbook_cells.py" line="38" />
        <source>“{value}” is not a number.</source>
        <translation>”{value}” ei ole luku.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/workbook_cells.py" line="39" />
        <source>“{value}” is not yes or no.</source>
        <translation>”{value}” ei ole kyllä tai ei.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/workbook_import.py" line="67" />
        <source>This cell cannot be empty.</source>
        <translation>Tämä solu ei voi olla tyhjä.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/workbook_import.py" line="68" />
        <source>The ID {id} is already used on an earlier row, so this row was left out.</source>
        <translation>Tunnus {id} on jo käytössä aiemmalla rivillä, joten tämä rivi jätettiin pois.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/formats.py" line="25" />
        <source>This workbook is a questionnaire of a survey round. Collect the answers with Map &gt; Survey round… or “aspdesk survey MAP collect FOLDER”.</source>
        <translation>Tämä työkirja on kyselykierroksen lomake. Kerää vastaukset valinnalla Kartta &gt; Kyselykierros… tai komennolla ”aspdesk survey MAP collect FOLDER”.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/formats.py" line="30" />
        <source>aspdesk cannot import {suffix} files. Choose an .xlsx or .csv table, a .graphml or .gexf graph, or a .json map backup.</source>
        <translation>aspdesk ei osaa tuoda {suffix}-tiedostoja. Valitse .xlsx- tai .csv-taulukko, .graphml- tai .gexf-verkko tai kartan .json-varmuuskopio.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/problems.py" line="21" />
        <source>row {row}</source>
        <translation>rivi {row}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/problems.py" line="22" />
        <source>column {column}</source>
        <translation>sarake {column}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/problems.py" line="26" />
        <source>node {id}</source>
        <translation>solmu {id}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/problems.py" line="27" />
        <source>edge {id}</source>
        <translation>kaari {id}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/template.py" line="36" />
        <source>Codes</source>
        <translation>Koodit</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/template.py" line="38" />
        <source>Column</source>
        <translation>Sarake</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/template.py" line="39" />
        <source>Code</source>
        <translation>Koodi</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/template.py" line="40" />
        <source>Meaning</source>
        <translation>Merkitys</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/export/report.py" line="74" />
        <source>A report is written as .pdf or .html; “{suffix}” is neither.</source>
        <translation>Raportti kirjoitetaan muodossa .pdf tai .html; ”{suffix}” ei ole kumpikaan.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/exporting/image_options.py" line="29" />
        <source>An image can be {low} to {high} pixels wide; {value} is outside that.</source>
        <translation>Kuvan leveys voi olla {low}–{high} pikseliä; {value} ei ole tällä välillä.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/exporting/image_options.py" line="32" />
        <source>The resolution can be {low} to {high} dots per inch; {value} is outside that.</source>
        <translation>Tarkkuus voi olla {low}–{high} pistettä tuumalla; {value} ei ole tällä välillä.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/exporting/image_options.py" line="35" />
        <source>At {dpi} dots per inch this page is {width} pixels wide; the most is {most}.</source>
        <translation>Tarkkuudella {dpi} pistettä tuumalla tämä sivu on {width} pikseliä leveä; suurin sallittu leveys on {most}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/exporting/image_options.py" line="38" />
        <source>The page size is one of fit, A4 or A3, not {value}.</source>
        <translation>Sivukoon on oltava fit, A4 tai A3, ei {value}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/exporting/image_options.py" line="39" />
        <source>The theme is one of light, projector or dark, not {value}.</source>
        <translation>Teeman on oltava light, projector tai dark, ei {value}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/partner_export.py" line="21" />
        <source>A partner table is written as .xlsx or .pdf; “{suffix}” is neither.</source>
        <translation>Partneritaulukko kirjoitetaan muodossa .xlsx tai .pdf; ”{suffix}” ei ole kumpikaan.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/exporting/partner_table.py" line="39" />
        <source>Partners</source>
        <translation>Partnerit</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/exporting/partner_table.py" line="40" />
        <source>Programme: {programme}</source>
        <translation>Rahoitusohjelma: {programme}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/exporting/partner_table.py" line="41" />
        <source>Made with aspdesk on {date}.</source>
        <translation>Tehty aspdeskillä {date}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/exporting/partner_table.py" line="42" />
        <source>Organisation</source>
        <translation>Organisaatio</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/exporting/partner_table.py" line="44" />
        <source>Country code</source>
        <translation>Maakoodi</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/exporting/partner_table.py" line="48" />
        <source>Contact</source>
        <translation>Yhteyshenkilö</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/exporting/partner_table.py" line="49" />
        <source>The consortium has no partners yet.</source>
        <translation>Konsortiossa ei ole vielä partnereita.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/exporting/partner_table.py" line="50" />
        <source>Contacts are left out because personal data is hidden (workshop-safe). Show personal data again and export once more to include them.</source>
        <translation>Yhteyshenkilöt jätettiin pois, koska henkilötiedot on piilotettu (työpajakäyttöön). Jos haluat ne mukaan, näytä henkilötiedot uudelleen ja vie taulukko uudestaan.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/csv_table.py" line="30" />
        <source>The file is not CSV text from row {row} on. It may be damaged or binary data.</source>
        <translation>Tiedosto ei ole CSV-tekstiä riviltä {row} alkaen. Se voi olla vioittunut tai binääridataa.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/text_encoding.py" line="23" />
        <source>Unicode</source>
        <translation>Unicode</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/text_encoding.py" line="24" />
        <source>Western European</source>
        <translation>länsieurooppalainen</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/text_encoding.py" line="32" />
        <source>Western European, with €</source>
        <translation>länsieurooppalainen, €-merkin kanssa</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/text_encoding.py" line="44" />
        <source>aspdesk does not know the encoding “{encoding}”. Give one such as utf-8, utf-16, cp1252 or iso-8859-15.</source>
        <translation>aspdesk ei tunne merkistöä ”{encoding}”. Anna jokin merkistö, esimerkiksi utf-8, utf-16, cp1252 tai iso-8859-15.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/text_encoding.py" line="49" />
        <source>The file cannot be read as {encoding}: line {line}, column {column} holds the byte {byte}, which is no character in it. Choose another encoding.</source>
        <translation>Tiedostoa ei voi lukea merkistöllä {encoding}: rivin {line} sarakkeessa {column} on tavu {byte}, joka ei ole siinä mikään merkki. Valitse toinen merkistö.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/text_encoding.py" line="54" />
        <source>The file is neither UTF-8 (line {utf8_line} is not) nor Windows-1252 (line {line}, column {column} holds the byte {byte}, which is no character in it). It may be damaged or binary data; if it is text, choose its encoding.</source>
        <translation>Tiedosto ei ole UTF-8:aa (rivi {utf8_line} ei ole) eikä Windows-1252:ta (rivin {line} sarakkeessa {column} on tavu {byte}, joka ei ole siinä mikään merkki). Se voi olla vioittunut tai binääridataa; jos se on tekstiä, valitse sen merkistö.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/text_encoding.py" line="60" />
        <source>Line {line} holds a NUL character, which CSV text never has. The file may be damaged or binary data, or its encoding is another: choose it.</source>
        <translation>Rivillä {line} on NUL-merkki, jota CSV-tekstissä ei koskaan ole. Tiedosto voi olla vioittunut tai binääridataa, tai sen merkistö on jokin muu: valitse se.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/text_encoding.py" line="65" />
        <source>Text encoding: {encoding}. {reason}</source>
        <translation>Merkistö: {encoding}. {reason}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/text_encoding.py" line="66" />
        <source>Found from the file.</source>
        <translation>Päätelty tiedostosta.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/text_encoding.py" line="67" />
        <source>The mark at the start of the file says so.</source>
        <translation>Tiedoston alussa oleva merkintä kertoo sen.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/text_encoding.py" line="68" />
        <source>The file is not UTF-8 (line {line} is not). If letters look wrong, choose another encoding.</source>
        <translation>Tiedosto ei ole UTF-8:aa (rivi {line} ei ole). Jos kirjaimet näyttävät vääriltä, valitse toinen merkistö.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/text_encoding.py" line="72" />
        <source>As chosen.</source>
        <translation>Valitsit sen itse.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/xlsx_reading.py" line="62" />
        <source>The workbook is damaged: the sheet “{sheet}” cannot be read from row {row} on. Open it in your spreadsheet program and save it again, or export it again.</source>
        <translation>Työkirja on vioittunut: taulukkoa ”{sheet}” ei voi lukea riviltä {row} alkaen. Avaa työkirja taulukkolaskentaohjelmassa ja tallenna uudelleen, tai vie se uudelleen.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/limits.py" line="61" />
        <source>The table “{table}” has more than {limit} rows of data, far more than any map holds, so the file was not read.</source>
        <translation>Taulukossa ”{table}” on yli {limit} tietoriviä, paljon enemmän kuin yhdessäkään kartassa, joten tiedostoa ei luettu.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/limits.py" line="66" />
        <source>The sheet “{table}” has more than {limit} rows, more than Excel allows, so the file was not read. It may be damaged.</source>
        <translation>Taulukossa ”{table}” on yli {limit} riviä, enemmän kuin Excel sallii, joten tiedostoa ei luettu. Se voi olla vioittunut.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/limits.py" line="71" />
        <source>The file has more than {limit} cells, far more than any map needs, so it was not read.</source>
        <translation>Tiedostossa on yli {limit} solua, paljon enemmän kuin mikään kartta tarvitsee, joten sitä ei luettu.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/limits.py" line="75" />
        <source>The table “{table}” spans more than {limit} cells counting the empty ones (rows times columns), far more than any map needs, so the file was not read.</source>
        <translation>Taulukko ”{table}” kattaa tyhjät solut mukaan lukien yli {limit} solua (rivit kertaa sarakkeet), paljon enemmän kuin mikään kartta tarvitsee, joten tiedostoa ei luettu.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/limits.py" line="80" />
        <source>The field in row {row}, column “{column}” is longer than {limit} characters, far longer than any text of a map, so the file was not read.</source>
        <translation>Rivin {row} sarakkeen ”{column}” kentässä on yli {limit} merkkiä, paljon enemmän kuin missään kartan tekstissä, joten tiedostoa ei luettu.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/business_ids.py" line="20" />
        <source>Business ID {value} read as {read}.</source>
        <translation>Y-tunnus {value} luettiin muodossa {read}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/business_ids.py" line="21" />
        <source>“{value}” would be the business ID {read}, but its check digit (the last digit) does not match the first seven digits. Check the number.</source>
        <translation>”{value}” olisi Y-tunnus {read}, mutta sen tarkistusnumero (viimeinen numero) ei täsmää seitsemään ensimmäiseen numeroon. Tarkista tunnus.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/business_ids.py" line="26" />
        <source>“{value}” has {count} digits, but a business ID has eight: seven digits, a hyphen and a check digit, such as 1234567-8.</source>
        <translation>Arvossa ”{value}” on {count} numeroa, mutta Y-tunnuksessa on kahdeksan: seitsemän numeroa, väliviiva ja tarkistusnumero, esimerkiksi 1234567-8.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/merging/bad_fields.py" line="24" />
        <source>Left out when importing {file} ({place}):</source>
        <translation>Jätetty pois tuotaessa tiedostoa {file} ({place}):</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/exporting/film_options.py" line="32" />
        <source>A film can be {low} to {high} pixels wide and high; {width} x {height} is outside that.</source>
        <translation>Videon leveys ja korkeus voivat olla {low}–{high} pikseliä; {width} x {height} ei ole tällä välillä.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/exporting/film_options.py" line="35" />
        <source>A film can last {low} to {high} seconds; {value} is outside that.</source>
        <translation>Video voi kestää {low}–{high} sekuntia; {value} ei ole tällä välillä.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/exporting/film_options.py" line="38" />
        <source>A film can have {low} to {high} frames a second; {value} is outside that.</source>
        <translation>Videossa voi olla {low}–{high} kuvaa sekunnissa; {value} ei ole tällä välillä.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/exporting/film_options.py" line="41" />
        <source>The film would end ({end}) before it starts ({start}): give the earlier date first.</source>
        <translation>Video päättyisi ({end}) ennen kuin se alkaa ({start}): anna aiempi päivämäärä ensin.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/json_history.py" line="25" />
        <source>“{subject}” is not something whose changes a map's history records.</source>
        <translation>Kartan historia ei kirjaa muutoksia kohteelle “{subject}”.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/json_history.py" line="28" />
        <source>This value is not one the field “{field}” can hold.</source>
        <translation>Kenttään “{field}” ei voi tallentaa tätä arvoa.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/merging/threeway.py" line="38" />
        <source>Deleted in the copy, but changed on the team map since: it stays unless you use the copy's values.</source>
        <translation>Poistettu kopiossa, mutta muutettu sen jälkeen yhteisessä kartassa: se säilyy, ellet käytä kopion arvoja.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/merging/threeway.py" line="43" />
        <source>Changed in the copy, but deleted on the team map since: using the copy's values adds it back.</source>
        <translation>Muutettu kopiossa, mutta poistettu sen jälkeen yhteisestä kartasta: kopion arvojen käyttö lisää sen takaisin.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/merging/threeway.py" line="47" />
        <source>It refers to {place}, which was deleted on the team map after the copy was taken, so it cannot be sent.</source>
        <translation>Se viittaa kohteeseen {place}, joka on poistettu yhteisestä kartasta kopion ottamisen jälkeen, joten sitä ei voi lähettää.</translation>
    </message>
</context>
<context>
    <name>launch</name>
    <message>
        <location filename="../../aspdesk/ui/window/launch.py" line="79" />
        <source>Create a new map?</source>
        <translation>Luodaanko uusi kartta?</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/launch.py" line="80" />
        <source>{path} does not exist. Create a new, empty map there?</source>
        <translation>Tiedostoa {path} ei ole olemassa. Luodaanko siihen uusi, tyhjä kartta?</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/launch.py" line="90" />
        <source>The map could not be opened</source>
        <translation>Karttaa ei voitu avata</translation>
    </message>
</context>
<context>
    <name>metrics</name>
    <message>
        <location filename="../../aspdesk/analysis/metrics.py" line="82" />
        <source>Ties</source>
        <translation>Suhteet</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/metrics.py" line="83" />
        <source>Incoming ties</source>
        <translation>Saapuvat suhteet</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/metrics.py" line="84" />
        <source>Outgoing ties</source>
        <translation>Lähtevät suhteet</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/metrics.py" line="85" />
        <source>Tie strength</source>
        <translation>Suhteiden vahvuus</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/metrics.py" line="86" />
        <source>Betweenness</source>
        <translation>Välillisyys</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/metrics.py" line="87" />
        <source>Closeness</source>
        <translation>Läheisyys</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/metrics.py" line="88" />
        <source>Eigenvector centrality</source>
        <translation>Ominaisvektorikeskeisyys</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/metrics.py" line="89" />
        <source>Community</source>
        <translation>Yhteisö</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/metrics.py" line="94" />
        <source>How many other actors the actor has ties with.</source>
        <translation>Kuinka monen muun toimijan kanssa toimijalla on suhde.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/metrics.py" line="95" />
        <source>How many actors have a tie to the actor (undirected ties count both ways).</source>
        <translation>Kuinka monella toimijalla on suhde tähän toimijaan (suuntaamattomat suhteet lasketaan molempiin suuntiin).</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/metrics.py" line="98" />
        <source>How many actors the actor has a tie to (undirected ties count both ways).</source>
        <translation>Kuinka moneen toimijaan toimijalla on suhde (suuntaamattomat suhteet lasketaan molempiin suuntiin).</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/metrics.py" line="101" />
        <source>The strengths of all the actor's ties added up.</source>
        <translation>Toimijan kaikkien suhteiden vahvuuksien summa.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/metrics.py" line="102" />
        <source>How often the actor lies on the shortest path between two others: a go-between.</source>
        <translation>Kuinka usein toimija on kahden muun toimijan välisellä lyhimmällä polulla eli toimii välittäjänä.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/metrics.py" line="106" />
        <source>How few steps the actor needs to reach everyone else in the network.</source>
        <translation>Kuinka vähin askelin toimija tavoittaa kaikki muut verkoston toimijat.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/metrics.py" line="109" />
        <source>How well the actor is tied to actors that are themselves well connected.</source>
        <translation>Kuinka vahvasti toimijalla on suhteita toimijoihin, jotka ovat itse hyvin verkottuneita.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/metrics.py" line="112" />
        <source>A group of actors with more ties among themselves than to the rest.</source>
        <translation>Toimijoiden ryhmä, jonka jäsenillä on enemmän suhteita keskenään kuin muihin toimijoihin.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/metrics.py" line="118" />
        <source>Betweenness is estimated from the paths of {sources} of the {actors} actors, to keep large maps quick.</source>
        <translation>Välillisyys on arvioitu {actors} toimijasta {sources} toimijan polkujen perusteella, jotta suurten karttojen käsittely pysyy nopeana.</translation>
    </message>
</context>
<context>
    <name>naming</name>
    <message>
        <location filename="../../aspdesk/ui/forms/naming.py" line="46" />
        <source>{actor} in {cluster} as {role}</source>
        <translation>{actor} – {cluster} ({role})</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/naming.py" line="59" />
        <source>{actor} in {project}</source>
        <translation>{actor} – {project}</translation>
    </message>
</context>
<context>
    <name>store</name>
    <message>
        <location filename="../../aspdesk/store/errors.py" line="19" />
        <source>the disk is full</source>
        <translation>levy on täynnä</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/errors.py" line="40" />
        <source>The map could not be changed: {detail}</source>
        <translation>Karttaa ei voitu muuttaa: {detail}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/errors.py" line="71" />
        <source>This change conflicts with the map: {detail}</source>
        <translation>Muutos on ristiriidassa kartan kanssa: {detail}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/errors.py" line="77" />
        <source>{path} could not be opened: {detail}</source>
        <translation>Tiedostoa {path} ei voitu avata: {detail}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/errors.py" line="80" />
        <source>{path} is not an aspdesk map, and aspdesk cannot tell what kind of file it is. It was left as it is.</source>
        <translation>Tiedosto {path} ei ole aspdesk-kartta, eikä aspdesk tunnista, millainen tiedosto se on. Tiedostoon ei tehty muutoksia.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/errors.py" line="85" />
        <source>{path} is not an aspdesk map: it seems to be {kind}. It was left as it is.</source>
        <translation>Tiedosto {path} ei ole aspdesk-kartta: se näyttää olevan {kind}. Tiedostoon ei tehty muutoksia.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/errors.py" line="88" />
        <source>{path} is not an aspdesk map: it seems to be {kind}. It was left as it is. To make a map of its data, give the file back its own ending ({suffix}) and open it in aspdesk.</source>
        <translation>Tiedosto {path} ei ole aspdesk-kartta: se näyttää olevan {kind}. Tiedostoon ei tehty muutoksia. Jos haluat tehdä sen tiedoista kartan, palauta tiedostolle sen oma pääte ({suffix}) ja avaa se aspdeskissä.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/errors.py" line="94" />
        <source>{path} is {kind}, not an aspdesk map. It was left as it is; to use its data, import it into a map with File &gt; Import.</source>
        <translation>Tiedosto {path} on {kind}, ei aspdesk-kartta. Tiedostoon ei tehty muutoksia; jos haluat käyttää sen tietoja, tuo se karttaan valinnalla Tiedosto &gt; Tuo.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/errors.py" line="122" />
        <source>{path} is damaged and cannot be opened ({detail}). The file was left as it is; open a backup copy instead.</source>
        <translation>Tiedosto {path} on vioittunut, eikä sitä voi avata ({detail}). Tiedostoon ei tehty muutoksia; avaa sen sijaan varmuuskopio.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/errors.py" line="132" />
        <source>{path} holds database code that aspdesk did not put there ({detail}). It could change or send data behind your back, so the map was not opened. The file was left as it is; open a backup copy, or ask whoever sent it for a clean one.</source>
        <translation>Tiedostossa {path} on tietokantakoodia, jota aspdesk ei ole sinne lisännyt ({detail}). Koodi voisi muuttaa tai lähettää tietoja huomaamattasi, joten karttaa ei avattu. Tiedostoon ei tehty muutoksia; avaa varmuuskopio tai pyydä tiedoston lähettäjältä puhdas kopio.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/errors.py" line="143" />
        <source>{path} has a database structure that aspdesk did not make ({detail}). It could change or delete data in ways aspdesk does not expect, so the map was not opened. The file was left as it is; open a backup copy, or ask whoever sent it for a clean one (for example a JSON backup made with File &gt; Export data).</source>
        <translation>Tiedostossa {path} on tietokantarakenne, jota aspdesk ei ole tehnyt ({detail}). Se voisi muuttaa tai poistaa tietoja tavoilla, joita aspdesk ei odota, joten karttaa ei avattu. Tiedosto jätettiin ennalleen; avaa varmuuskopio tai pyydä lähettäjältä puhdas kopio (esimerkiksi JSON-varmuuskopio, joka tehdään valinnalla Tiedosto &gt; Vie tiedot).</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/errors.py" line="157" />
        <source>{path} holds a value aspdesk cannot read, so it was not opened: in the table {table}, row {row}, the field {column} {problem} ({value}). The file was left as it is; open a backup copy instead, or ask whoever sent the map for a clean copy.</source>
        <translation>Tiedostossa {path} on arvo, jota aspdesk ei pysty lukemaan, joten karttaa ei avattu: taulun {table} rivillä {row} kenttä {column} {problem} ({value}). Tiedosto jätettiin ennalleen; avaa sen sijaan varmuuskopio tai pyydä kartan lähettäjältä puhdas kopio.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/errors.py" line="168" />
        <source>{path} was left in the middle of saving an edit (aspdesk or the computer stopped at that moment). Nothing saved before is lost, but the unfinished edit must be undone by writing to the file, and it cannot be written here. Open it where it can be written, or copy it together with the file {journal} beside it into a folder of your own and open the copy.</source>
        <translation>Tiedoston {path} tallennus jäi kesken (aspdesk tai tietokone pysähtyi sillä hetkellä). Mitään aiemmin tallennettua ei ole menetetty, mutta keskeneräinen muutos on peruttava kirjoittamalla tiedostoon, eikä siihen voi kirjoittaa täällä. Avaa se paikassa, jossa siihen voi kirjoittaa, tai kopioi se yhdessä vieressä olevan tiedoston {journal} kanssa omaan kansioosi ja avaa kopio.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/errors.py" line="181" />
        <source>{path} was saved by a newer version of aspdesk. Update aspdesk to open it; the file was left as it is.</source>
        <translation>Tiedosto {path} on tallennettu uudemmalla aspdesk-versiolla. Päivitä aspdesk, jotta voit avata sen; tiedostoon ei tehty muutoksia.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/errors.py" line="191" />
        <source>{path} could not be brought up to date for this version of aspdesk ({detail}). The map was left as it was.</source>
        <translation>Tiedostoa {path} ei voitu päivittää tämän aspdesk-version muotoon ({detail}). Karttaan ei tehty muutoksia.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/errors.py" line="201" />
        <source>{path} must be copied into the backups folder before it is brought up to date for this version of aspdesk, and the copy could not be written ({detail}). The map was left as it was. Free some space in {folder}, or open the map with the version of aspdesk that made it.</source>
        <translation>Tiedosto {path} on kopioitava varmuuskopiokansioon ennen kuin se päivitetään aspdeskin tämän version muotoon, eikä kopiota voitu kirjoittaa ({detail}). Kartta jätettiin ennalleen. Vapauta tilaa kansiossa {folder} tai avaa kartta sillä aspdeskin versiolla, jolla se on tehty.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/errors.py" line="213" />
        <source>{path} already exists; choose another name.</source>
        <translation>Tiedosto {path} on jo olemassa; valitse toinen nimi.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/rows.py" line="25" />
        <source>the actor already has this role in this cluster</source>
        <translation>toimijalla on jo tämä rooli tässä klusterissa</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/rows.py" line="28" />
        <source>the actor is already a partner in this project</source>
        <translation>toimija on jo mukana tässä hankkeessa</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/rows.py" line="29" />
        <source>it refers to an actor, cluster or code that is not in the map</source>
        <translation>se viittaa toimijaan, klusteriin tai koodiin, jota ei ole kartassa</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/views.py" line="32" />
        <source>the view is no longer in the map</source>
        <translation>näkymää ei enää ole kartassa</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/sample.py" line="144" />
        <source>{path} was not written: {detail}. Nothing was left there.</source>
        <translation>Tiedostoa {path} ei kirjoitettu: {detail}. Sinne ei jäänyt mitään.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/mapfile.py" line="67" />
        <source>the file does not exist</source>
        <translation>tiedostoa ei ole olemassa</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/mapfile.py" line="68" />
        <source>this is a folder, not a map file</source>
        <translation>tämä on kansio eikä karttatiedosto</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/mapfile.py" line="69" />
        <source>no schema version</source>
        <translation>rakenteen versio puuttuu</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/mapfile.py" line="70" />
        <source>its file format version is not one SQLite writes</source>
        <translation>sen tiedostomuodon versio ei ole mikään, jota SQLite kirjoittaa</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/backups.py" line="52" />
        <source>No backup copy of this map could be made in {folder} ({detail}). The map opened as usual; free some space there so that the next opening makes one.</source>
        <translation>Tästä kartasta ei voitu tehdä varmuuskopiota kansioon {folder} ({detail}). Kartta avattiin tavalliseen tapaan; vapauta sieltä tilaa, jotta seuraava avaus tekee kopion.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/connection.py" line="63" />
        <source>The map file {path} was moved, replaced or deleted by another program while it was open in aspdesk (a sync or backup tool, or a file manager), so nothing more was written to it. The map as you see it is still in this window: use File &gt; Save a copy as… to keep it, then open that copy.</source>
        <translation>Toinen ohjelma (synkronointi- tai varmuuskopiointityökalu tai tiedostonhallinta) siirsi, korvasi tai poisti karttatiedoston {path} sen ollessa auki aspdeskissä, joten siihen ei kirjoitettu enää mitään. Kartta sellaisena kuin näet sen on yhä tässä ikkunassa: tallenna se valinnalla Tiedosto &gt; Tallenna kopiona… ja avaa sitten kopio.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/value_check.py" line="25" />
        <source>is not a whole number</source>
        <translation>ei ole kokonaisluku</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/value_check.py" line="26" />
        <source>is not a number</source>
        <translation>ei ole luku</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/value_check.py" line="27" />
        <source>is not yes or no</source>
        <translation>ei ole kyllä tai ei</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/value_check.py" line="28" />
        <source>is not text</source>
        <translation>ei ole tekstiä</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/value_check.py" line="29" />
        <source>is not readable text (not UTF-8)</source>
        <translation>ei ole luettavaa tekstiä (ei UTF-8:aa)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/value_check.py" line="30" />
        <source>is not a date</source>
        <translation>ei ole päivämäärä</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/value_check.py" line="31" />
        <source>is not a date and time</source>
        <translation>ei ole päivämäärä ja kellonaika</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/value_check.py" line="32" />
        <source>is not a list of the right kind</source>
        <translation>ei ole oikeanlainen luettelo</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/value_check.py" line="33" />
        <source>refers to a row of {parent} that is not there</source>
        <translation>viittaa taulun {parent} riviin, jota ei ole</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/file_kinds.py" line="24" />
        <source>an empty file</source>
        <translation>tyhjä tiedosto</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/file_kinds.py" line="25" />
        <source>an Excel workbook</source>
        <translation>Excel-työkirja</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/file_kinds.py" line="26" />
        <source>a zip file</source>
        <translation>zip-tiedosto</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/file_kinds.py" line="27" />
        <source>an old Excel (.xls) or other Office file</source>
        <translation>vanha Excel-tiedosto (.xls) tai muu Office-tiedosto</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/file_kinds.py" line="28" />
        <source>a database of another program</source>
        <translation>toisen ohjelman tietokanta</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/file_kinds.py" line="29" />
        <source>a PDF document</source>
        <translation>PDF-asiakirja</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/file_kinds.py" line="30" />
        <source>a picture</source>
        <translation>kuva</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/file_kinds.py" line="31" />
        <source>a GraphML graph</source>
        <translation>GraphML-verkko</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/file_kinds.py" line="32" />
        <source>a GEXF graph</source>
        <translation>GEXF-verkko</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/file_kinds.py" line="33" />
        <source>a web page</source>
        <translation>verkkosivu</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/file_kinds.py" line="34" />
        <source>an XML file</source>
        <translation>XML-tiedosto</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/file_kinds.py" line="35" />
        <source>an aspdesk JSON backup</source>
        <translation>aspdeskin JSON-varmuuskopio</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/file_kinds.py" line="36" />
        <source>a JSON file</source>
        <translation>JSON-tiedosto</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/file_kinds.py" line="37" />
        <source>a CSV or text table</source>
        <translation>CSV- tai tekstitaulukko</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/file_kinds.py" line="38" />
        <source>a text file</source>
        <translation>tekstitiedosto</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/team/address.py" line="33" />
        <source>“{path}” is not an address of a PostgreSQL database ({detail}). Give it as postgresql://user@server/database or as service=name.</source>
        <translation>”{path}” ei ole PostgreSQL-tietokannan osoite ({detail}). Anna se muodossa postgresql://käyttäjä@palvelin/tietokanta tai service=nimi.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/team/errors.py" line="15" />
        <source>The server of the team map {path} cannot be reached ({detail}). This change was not saved, and the map on the server is as it was. aspdesk connects again by itself: try again when the server is back.</source>
        <translation>Yhteisen kartan {path} palvelimeen ei saada yhteyttä ({detail}). Tätä muutosta ei tallennettu, ja palvelimen kartta on ennallaan. aspdesk yhdistää uudelleen itse: yritä uudestaan, kun palvelin on taas käytettävissä.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/team/errors.py" line="26" />
        <source>The team map {path} could not be opened: its server cannot be reached ({detail}).</source>
        <translation>Yhteistä karttaa {path} ei voitu avata: sen palvelimeen ei saada yhteyttä ({detail}).</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/team/errors.py" line="35" />
        <source>The server of the team map {path} asks for a password. Open it with File &gt; Open team map… and give the password there, or put it in your .pgpass file.</source>
        <translation>Yhteisen kartan {path} palvelin pyytää salasanaa. Avaa kartta valinnalla Tiedosto &gt; Avaa yhteinen kartta… ja anna salasana siellä, tai kirjoita se .pgpass-tiedostoosi.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/team/errors.py" line="45" />
        <source>The server refused to open the team map {path}: {detail}</source>
        <translation>Palvelin kieltäytyi avaamasta yhteistä karttaa {path}: {detail}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/team/errors.py" line="51" />
        <source>The database {path} holds no aspdesk team map. A server admin makes one there with: aspdesk server init (see the README's “Team maps” part). Nothing was changed.</source>
        <translation>Tietokannassa {path} ei ole aspdeskin yhteistä karttaa. Palvelimen ylläpitäjä luo sen komennolla aspdesk server init (ks. README-tiedoston kohta ”Team maps”). Mitään ei muutettu.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/team/errors.py" line="61" />
        <source>The team map {path} was made for an older version of aspdesk (schema {found}; this version needs {head}). Only the map's owner can bring it up to date: a member of aspdesk_owner runs aspdesk server upgrade “{address}”. Nothing was changed.</source>
        <translation>Yhteinen kartta {path} on tehty aspdeskin vanhemmalle versiolle (skeema {found}; tämä versio tarvitsee skeeman {head}). Vain kartan omistaja voi päivittää sen: aspdesk_owner-roolin jäsen ajaa komennon aspdesk server upgrade ”{address}”. Mitään ei muutettu.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/team/errors.py" line="72" />
        <source>The team map {path} was brought up to date for a newer version of aspdesk (schema {found}). Update aspdesk to open it. Nothing was changed.</source>
        <translation>Yhteinen kartta {path} on päivitetty aspdeskin uudemmalle versiolle (skeema {found}). Päivitä aspdesk avataksesi sen. Mitään ei muutettu.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/team/errors.py" line="82" />
        <source>The team map {path} has a database structure that aspdesk did not make ({detail}), so it was not opened: aspdesk's edits could do there what nobody expects. Nothing was changed; ask the server's admin.</source>
        <translation>Yhteisessä kartassa {path} on tietokantarakenne, jota aspdesk ei ole tehnyt ({detail}), joten sitä ei avattu: aspdeskin muokkaukset voisivat tehdä siellä jotain odottamatonta. Mitään ei muutettu; ota yhteyttä palvelimen ylläpitäjään.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/team/errors.py" line="90" />
        <source>Another editor's change is holding this part of the team map {path}, so this change was not saved, and the map is as it was. Try again in a moment.</source>
        <translation>Toisen muokkaajan muutos pitää varattuna tätä yhteisen kartan {path} kohtaa, joten tätä muutosta ei tallennettu, ja kartta on ennallaan. Yritä hetken kuluttua uudelleen.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/team/errors.py" line="95" />
        <source>The server of the team map {path} did not finish this change within {seconds} seconds, so it was stopped and not saved, and the map is as it was. Try again in a moment.</source>
        <translation>Yhteisen kartan {path} palvelin ei saanut tätä muutosta valmiiksi {seconds} sekunnissa, joten se keskeytettiin eikä sitä tallennettu, ja kartta on ennallaan. Yritä hetken kuluttua uudelleen.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/team/errors.py" line="121" />
        <source>The team map {path} was not opened: {problem} ({detail})</source>
        <translation>Yhteistä karttaa {path} ei avattu: {problem} ({detail})</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/team/errors.py" line="125" />
        <source>the server's certificate is made out for another name than the server's address given here. Give the server by the name its certificate names (ask the server's admin), or, only if you trust the network in between, set Encryption (sslmode) to “require”: encrypted, without checking the certificate.</source>
        <translation>palvelimen varmenne on myönnetty eri nimelle kuin tässä annettu palvelimen osoite. Anna palvelin sillä nimellä, joka sen varmenteessa on (kysy palvelimen ylläpitäjältä), tai, vain jos luotat väliseen verkkoon, valitse Salaus-asetukseksi (sslmode) ”require”: yhteys salataan, mutta varmennetta ei tarkisteta.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/team/errors.py" line="132" />
        <source>the Encryption setting (sslmode) checks the server's certificate, but this computer has no root certificate to check it against. Ask the server's admin for it and save it as root.crt in the .postgresql folder of your home folder, or set Encryption to “require”: encrypted, without checking the certificate.</source>
        <translation>Salaus-asetus (sslmode) tarkistaa palvelimen varmenteen, mutta tällä tietokoneella ei ole juurivarmennetta, jolla sen voisi tarkistaa. Pyydä juurivarmenne palvelimen ylläpitäjältä ja tallenna se nimellä root.crt kotikansiosi .postgresql-kansioon, tai valitse Salaus-asetukseksi ”require”: yhteys salataan, mutta varmennetta ei tarkisteta.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/team/errors.py" line="139" />
        <source>the server's certificate is not signed by an authority this computer trusts, and the Encryption setting (sslmode) checks it. Ask the server's admin for the root certificate and save it as root.crt in the .postgresql folder of your home folder, or set Encryption to “require”: encrypted, without checking the certificate.</source>
        <translation>palvelimen varmennetta ei ole allekirjoittanut taho, johon tämä tietokone luottaa, ja Salaus-asetus (sslmode) tarkistaa sen. Pyydä juurivarmenne palvelimen ylläpitäjältä ja tallenna se nimellä root.crt kotikansiosi .postgresql-kansioon, tai valitse Salaus-asetukseksi ”require”: yhteys salataan, mutta varmennetta ei tarkisteta.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/team/errors.py" line="146" />
        <source>the server does not offer encryption, and the Encryption setting (sslmode) requires it. Ask the server's admin to turn TLS on (ssl = on), or set Encryption to “prefer”.</source>
        <translation>palvelin ei tarjoa salausta, ja Salaus-asetus (sslmode) vaatii sen. Pyydä palvelimen ylläpitäjää ottamaan TLS käyttöön (ssl = on), tai valitse Salaus-asetukseksi ”prefer”.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/team/server.py" line="54" />
        <source>The team map {path} could not be set up: {detail}</source>
        <translation>Yhteistä karttaa {path} ei voitu perustaa: {detail}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/offline.py" line="39" />
        <source>{path} is not an offline copy of a team map, so it has no team map to send changes to. File &gt; Take a copy offline on a team map makes one.</source>
        <translation>{path} ei ole yhteisen kartan offline-kopio, joten sillä ei ole yhteistä karttaa, johon muutokset lähetettäisiin. Sellaisen saa yhteisestä kartasta valinnalla Tiedosto &gt; Ota kopio offline-käyttöön.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/offline.py" line="49" />
        <source>The team map {path} is not the map this copy was taken from ({detail}), so nothing was sent. Open the copy's own team map to send its changes.</source>
        <translation>Yhteinen kartta {path} ei ole se kartta, josta tämä kopio otettiin ({detail}), joten mitään ei lähetetty. Avaa kopion oma yhteinen kartta lähettääksesi sen muutokset.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/team/to_server.py" line="76" />
        <source>The database {path} already holds a map ({detail}), so nothing was copied there. Copy this map to an empty database on which aspdesk server init has been run.</source>
        <translation>Tietokannassa {path} on jo kartta ({detail}), joten sinne ei kopioitu mitään. Kopioi kartta tyhjään tietokantaan, jolle on ajettu aspdesk server init.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/team/to_server.py" line="86" />
        <source>Only a member of aspdesk_owner can copy a map to {path}: the copy brings the map's history with its own times and authors, which the server lets only the map's owner write. Ask the server's admin to copy it, or to give you the owner's role. Nothing was copied.</source>
        <translation>Vain aspdesk_owner-roolin jäsen voi kopioida kartan kohteeseen {path}: kopio tuo mukanaan kartan historian omine aikoineen ja tekijöineen, ja sellaista palvelin antaa kirjoittaa vain kartan omistajan. Pyydä palvelimen ylläpitäjää kopioimaan kartta tai antamaan sinulle omistajan rooli. Mitään ei kopioitu.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/stale.py" line="80" />
        <source>{name} was changed by someone else after you last saw it, so your change was not saved: {detail}</source>
        <translation>Joku muu muutti kohdetta {name} sen jälkeen, kun näit sen viimeksi, joten muutostasi ei tallennettu: {detail}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/stale.py" line="107" />
        <source>{name} was deleted by {author} at {time}, so your change was not saved.</source>
        <translation>{author} poisti kohteen {name} {time}, joten muutostasi ei tallennettu.</translation>
    </message>
</context>
<context>
    <name>survey</name>
    <message>
        <location filename="../../aspdesk/io/survey/answers.py" line="21" />
        <source>This workbook is not a questionnaire of an aspdesk survey round.</source>
        <translation>Tämä työkirja ei ole aspdeskin kyselykierroksen lomake.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/survey/answers.py" line="24" />
        <source>This questionnaire was made by a newer aspdesk (format {version}). Update aspdesk.</source>
        <translation>Tämä lomake on tehty uudemmalla aspdeskillä (muoto {version}). Päivitä aspdesk.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/survey/answers.py" line="27" />
        <source>The sheet “{sheet}” of the questionnaire is missing or its layout was changed, so the answer cannot be read safely. Ask for the answers again on a fresh questionnaire.</source>
        <translation>Lomakkeen taulukko ”{sheet}” puuttuu tai sen rakennetta on muutettu, joten vastausta ei voi lukea luotettavasti. Pyydä vastaukset uudelleen uudella lomakkeella.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/survey/answers.py" line="32" />
        <source>The columns of the sheet “{sheet}” were changed (a column was removed or moved away), so the answer cannot be read safely. Ask for the answers again on a fresh questionnaire.</source>
        <translation>Taulukon ”{sheet}” sarakkeita on muutettu (sarake on poistettu tai siirretty), joten vastausta ei voi lukea luotettavasti. Pyydä vastaukset uudelleen uudella lomakkeella.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/survey/messages.py" line="11" />
        <source>This answer belongs to a survey round this map does not hold (made from another map, or its round was undone). It was left out.</source>
        <translation>Vastaus kuuluu kyselykierrokseen, jota tässä kartassa ei ole (se on tehty toisesta kartasta, tai kierros on peruttu). Vastaus jätettiin pois.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/survey/messages.py" line="16" />
        <source>Nothing is filled in on this questionnaire, so it does not count as an answer.</source>
        <translation>Lomakkeeseen ei ole täytetty mitään, joten sitä ei lasketa vastaukseksi.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/survey/messages.py" line="19" />
        <source>The round did not ask this organisation (actor {id}). The answer was left out.</source>
        <translation>Kierroksella ei kysytty tältä organisaatiolta (toimija {id}). Vastaus jätettiin pois.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/survey/messages.py" line="22" />
        <source>{actor} has already answered this round ({first}). This second answer was left out: compare it with the first, and make any change it asks for in the map yourself.</source>
        <translation>{actor} on jo vastannut tähän kierrokseen ({first}). Tämä toinen vastaus jätettiin pois: vertaa sitä ensimmäiseen ja tee sen pyytämät muutokset karttaan itse.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/survey/messages.py" line="27" />
        <source>“{value}” is not one of the answers offered. The row was left out.</source>
        <translation>”{value}” ei ole mikään tarjotuista vastauksista. Rivi jätettiin pois.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/survey/messages.py" line="30" />
        <source>“{value}” is not in the list. The row was left out.</source>
        <translation>”{value}” ei ole luettelossa. Rivi jätettiin pois.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/survey/messages.py" line="31" />
        <source>“{value}” is not a strength from 1 to 5. The row was left out.</source>
        <translation>”{value}” ei ole vahvuus 1–5. Rivi jätettiin pois.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/survey/messages.py" line="34" />
        <source>This row is about something the questionnaire did not ask. It was left out.</source>
        <translation>Rivi koskee asiaa, jota lomakkeella ei kysytty. Se jätettiin pois.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/survey/messages.py" line="37" />
        <source>An organisation cannot be its own partner. The row was left out.</source>
        <translation>Organisaatio ei voi olla oma kumppaninsa. Rivi jätettiin pois.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/survey/messages.py" line="40" />
        <source>The answers disagree: {first} says “{first_said}”, {second} says “{second_said}”. Decide in the map which is right; nothing was changed.</source>
        <translation>Vastaukset ovat ristiriidassa: {first} vastaa ”{first_said}”, {second} vastaa ”{second_said}”. Ratkaise kartassa, kumpi on oikein; mitään ei muutettu.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/survey/messages.py" line="45" />
        <source>{first} names {second} as a partner, but {second} answered without naming {first}. Ask them, and add the tie in the map if it is true; nothing was changed.</source>
        <translation>{first} ilmoittaa kumppanikseen toimijan {second}, mutta {second} ei vastauksessaan maininnut toimijaa {first}. Kysy heiltä ja lisää yhteys karttaan, jos se pitää paikkansa; mitään ei muutettu.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/survey/messages.py" line="50" />
        <source>Survey answer of {actors}, {date}</source>
        <translation>Kyselyvastaus: {actors}, {date}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/survey/messages.py" line="51" />
        <source>named in the answers</source>
        <translation>mainittu vastauksissa</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/survey/messages.py" line="53" />
        <source>still true</source>
        <translation>pitää yhä paikkansa</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/survey/messages.py" line="54" />
        <source>ended</source>
        <translation>päättynyt</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/survey/messages.py" line="55" />
        <source>changed to {type}, strength {strength}</source>
        <translation>muuttunut: {type}, vahvuus {strength}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/survey/questionnaire.py" line="37" />
        <source>Yes</source>
        <translation>Kyllä</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/survey/questionnaire.py" line="38" />
        <source>No</source>
        <translation>Ei</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/survey/questionnaire.py" line="39" />
        <source>Still true</source>
        <translation>Pitää yhä paikkansa</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/survey/questionnaire.py" line="40" />
        <source>Changed (see the next columns)</source>
        <translation>Muuttunut (ks. seuraavat sarakkeet)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/survey/questionnaire.py" line="41" />
        <source>Ended or never was</source>
        <translation>Päättynyt tai ei ole ollutkaan</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/survey/workbook.py" line="54" />
        <source>Cover</source>
        <translation>Saate</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/survey/workbook.py" line="56" />
        <source>Your details</source>
        <translation>Omat tiedot</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/survey/workbook.py" line="57" />
        <source>Memberships</source>
        <translation>Jäsenyydet</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/survey/workbook.py" line="58" />
        <source>Partners</source>
        <translation>Kumppanit</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/survey/workbook.py" line="59" />
        <source>New partners</source>
        <translation>Uudet kumppanit</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/survey/workbook.py" line="62" />
        <source>Detail</source>
        <translation>Tieto</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/survey/workbook.py" line="63" />
        <source>In the map now</source>
        <translation>Kartassa nyt</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/survey/workbook.py" line="64" />
        <source>Your correction (leave empty if right)</source>
        <translation>Korjauksesi (jätä tyhjäksi, jos oikein)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/survey/workbook.py" line="65" />
        <source>Cluster</source>
        <translation>Klusteri</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/survey/workbook.py" line="66" />
        <source>Role</source>
        <translation>Rooli</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/survey/workbook.py" line="67" />
        <source>Member since</source>
        <translation>Jäsen alkaen</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/survey/workbook.py" line="68" />
        <source>Still a member?</source>
        <translation>Yhä jäsen?</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/survey/workbook.py" line="69" />
        <source>Your answer</source>
        <translation>Vastauksesi</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/survey/workbook.py" line="70" />
        <source>Role now, if different</source>
        <translation>Rooli nyt, jos eri</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/survey/workbook.py" line="71" />
        <source>Partner</source>
        <translation>Kumppani</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/survey/workbook.py" line="72" />
        <source>Kind of tie</source>
        <translation>Yhteyden laji</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/survey/workbook.py" line="73" />
        <source>Strength (1 weak – 5 strong)</source>
        <translation>Vahvuus (1 heikko – 5 vahva)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/survey/workbook.py" line="74" />
        <source>Kind of tie now</source>
        <translation>Yhteyden laji nyt</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/survey/workbook.py" line="75" />
        <source>Strength now</source>
        <translation>Vahvuus nyt</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/survey/workbook.py" line="76" />
        <source>Business ID, if not in the list</source>
        <translation>Y-tunnus, jos ei luettelossa</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/survey/workbook.py" line="79" />
        <source>What the map says about your organisation. Correct only what is wrong.</source>
        <translation>Mitä kartassa lukee organisaatiostanne. Korjatkaa vain se, mikä on väärin.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/survey/workbook.py" line="82" />
        <source>Your organisation's memberships. Is each still true, and in which role?</source>
        <translation>Organisaationne jäsenyydet. Pitääkö kukin yhä paikkansa, ja missä roolissa?</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/survey/workbook.py" line="85" />
        <source>Who the map says you work with. For each: still true, changed, or ended?</source>
        <translation>Kenen kanssa kartan mukaan teette yhteistyötä. Kunkin kohdalla: pitääkö yhä paikkansa, onko muuttunut vai päättynyt?</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/survey/workbook.py" line="89" />
        <source>Partners the map does not list. Pick an organisation from the list or type a new one, with its business ID if you know it.</source>
        <translation>Kumppanit, joita kartassa ei ole. Valitkaa organisaatio luettelosta tai kirjoittakaa uusi, Y-tunnuksineen, jos tiedätte sen.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/survey/workbook.py" line="96" />
        <source>Questionnaire of the cluster {cluster}</source>
        <translation>Klusterin {cluster} kysely</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/survey/workbook.py" line="97" />
        <source>For: {actor}</source>
        <translation>Vastaaja: {actor}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/survey/workbook.py" line="98" />
        <source>From: {coordinator}, coordinator of {cluster}</source>
        <translation>Kysyjä: {coordinator}, klusterin {cluster} koordinaattori</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/survey/workbook.py" line="99" />
        <source>Please answer by {due}.</source>
        <translation>Vastatkaa viimeistään {due}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/survey/workbook.py" line="100" />
        <source>Why we ask</source>
        <translation>Miksi kysymme</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/survey/workbook.py" line="103" />
        <source>We keep a map of who works with whom in {cluster}. You know your own partnerships best: please check what the map says about your organisation and correct what is wrong.</source>
        <translation>Pidämme karttaa siitä, kuka tekee yhteistyötä kenenkin kanssa klusterissa {cluster}. Te tunnette omat kumppanuutenne parhaiten: tarkistakaa, mitä kartassa lukee organisaatiostanne, ja korjatkaa väärät tiedot.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/survey/workbook.py" line="110" />
        <source>How to answer</source>
        <translation>Näin vastaatte</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/survey/workbook.py" line="113" />
        <source>Fill in the white cells on the sheets that follow. Leave a cell empty when you do not know. Save the file and send it back as it is: do not change the sheets' layout.</source>
        <translation>Täyttäkää valkoiset solut seuraavilla taulukoilla. Jättäkää solu tyhjäksi, jos ette tiedä. Tallentakaa tiedosto ja palauttakaa se sellaisenaan: älkää muuttako taulukoiden rakennetta.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/survey/workbook.py" line="120" />
        <source>How your answers are used</source>
        <translation>Miten vastauksia käytetään</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/survey/workbook.py" line="123" />
        <source>The coordinator reads your answers and decides what to change in the map. When two answers disagree, the coordinator asks. The map is used to plan the cluster's work and may be shown to its members. This questionnaire asks nothing about people, and it shows only the names of other organisations.</source>
        <translation>Koordinaattori lukee vastauksenne ja päättää, mitä kartassa muutetaan. Jos kaksi vastausta on ristiriidassa, koordinaattori kysyy lisää. Karttaa käytetään klusterin työn suunnitteluun, ja sitä voidaan näyttää sen jäsenille. Kysely ei koske henkilöitä, ja siinä näkyvät muista organisaatioista vain nimet.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/survey/workbook.py" line="132" />
        <source>the coordinator</source>
        <translation>koordinaattori</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/survey/workbook.py" line="133" />
        <source>the date the coordinator gave</source>
        <translation>koordinaattorin ilmoittamaan päivään</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/survey.py" line="49" />
        <source>The folder already holds {name}, perhaps an answer to an earlier round, which the new questionnaire would replace. Choose an empty folder.</source>
        <translation>Kansiossa on jo {name}, ehkä vastaus aiempaan kierrokseen, ja uusi lomake korvaisi sen. Valitse tyhjä kansio.</translation>
    </message>
</context>
<context>
    <name>tables</name>
    <message>
        <location filename="../../aspdesk/ui/tables/columns.py" line="128" />
        <location filename="../../aspdesk/ui/tables/columns.py" line="140" />
        <location filename="../../aspdesk/ui/tables/columns.py" line="165" />
        <location filename="../../aspdesk/ui/tables/columns.py" line="187" />
        <source>Name</source>
        <translation>Nimi</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/tables/columns.py" line="129" />
        <location filename="../../aspdesk/ui/tables/columns.py" line="141" />
        <source>Short name</source>
        <translation>Lyhenne</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/tables/columns.py" line="131" />
        <source>Kind</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/tables/columns.py" line="134" />
        <source>Municipality</source>
        <translation>Kunta</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/tables/columns.py" line="135" />
        <source>Country</source>
        <translation>Maa</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/tables/columns.py" line="136" />
        <source>Business ID</source>
        <translation>Y-tunnus</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/tables/columns.py" line="137" />
        <source>Tags</source>
        <translation>Tunnisteet</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/tables/columns.py" line="142" />
        <source>Theme</source>
        <translation>Teema</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/tables/columns.py" line="144" />
        <source>Coordinator</source>
        <translation>Koordinaattori</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/tables/columns.py" line="147" />
        <location filename="../../aspdesk/ui/tables/columns.py" line="196" />
        <source>Start</source>
        <translation>Alkupäivä</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/tables/columns.py" line="150" />
        <source>From</source>
        <translation>Mistä</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/tables/columns.py" line="151" />
        <source>To</source>
        <translation>Mihin</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/tables/columns.py" line="153" />
        <source>Type</source>
        <translation>Tyyppi</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/tables/columns.py" line="156" />
        <source>Directed</source>
        <translation>Suunnattu</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/tables/columns.py" line="158" />
        <source>Strength</source>
        <translation>Vahvuus</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/tables/columns.py" line="162" />
        <source>Last verified</source>
        <translation>Viimeksi tarkistettu</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/tables/columns.py" line="166" />
        <source>Title</source>
        <translation>Tehtävänimike</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/tables/columns.py" line="167" />
        <source>Email</source>
        <translation>Sähköposti</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/tables/columns.py" line="168" />
        <source>Phone</source>
        <translation>Puhelin</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/tables/columns.py" line="171" />
        <source>Actor</source>
        <translation>Toimija</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/tables/columns.py" line="173" />
        <source>Cluster</source>
        <translation>Klusteri</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/tables/columns.py" line="177" />
        <location filename="../../aspdesk/ui/tables/columns.py" line="223" />
        <source>Role</source>
        <translation>Rooli</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/tables/columns.py" line="180" />
        <source>Since</source>
        <translation>Alkaen</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/tables/columns.py" line="181" />
        <source>Until</source>
        <translation>Päättyen</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/tables/columns.py" line="186" />
        <source>Acronym</source>
        <translation>Lyhenne</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/tables/columns.py" line="189" />
        <source>Status</source>
        <translation>Tila</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/tables/columns.py" line="192" />
        <source>Programme</source>
        <translation>Rahoitusohjelma</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/tables/columns.py" line="194" />
        <source>Budget (€)</source>
        <translation>Budjetti (€)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/tables/columns.py" line="195" />
        <source>Grant (€)</source>
        <translation>Tuki (€)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/tables/columns.py" line="197" />
        <source>End</source>
        <translation>Loppupäivä</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/tables/columns.py" line="199" />
        <source>Partners</source>
        <translation>Partnereita</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/tables/columns.py" line="206" />
        <source>Lead partner</source>
        <translation>Päätoteuttaja</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/tables/columns.py" line="211" />
        <source>Clusters</source>
        <translation>Klusterit</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/tables/columns.py" line="217" />
        <source>Project</source>
        <translation>Hanke</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/tables/columns.py" line="219" />
        <source>Organisation</source>
        <translation>Organisaatio</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/tables/columns.py" line="225" />
        <source>Share (%)</source>
        <translation>Osuus (%)</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <location filename="../../aspdesk/domain/validation.py" line="51" />
        <source>Enter a name.</source>
        <translation>Anna nimi.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/domain/validation.py" line="52" />
        <source>Use at most {max} characters.</source>
        <translation>Käytä enintään {max} merkkiä.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/domain/validation.py" line="53" />
        <source>Remove the control character at position {position}.</source>
        <translation>Poista ohjausmerkki kohdasta {position}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/domain/validation.py" line="56" />
        <source>Choose a kind of actor from the list.</source>
        <translation>Valitse toimijan tyyppi luettelosta.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/domain/validation.py" line="57" />
        <source>Choose a size class from the list.</source>
        <translation>Valitse kokoluokka luettelosta.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/domain/validation.py" line="58" />
        <source>Choose a role from the list.</source>
        <translation>Valitse rooli luettelosta.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/domain/validation.py" line="59" />
        <source>Choose a relationship type from the list.</source>
        <translation>Valitse suhteen tyyppi luettelosta.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/domain/validation.py" line="60" />
        <source>Write the business ID as seven digits, a hyphen and a check digit, such as 1234567-8.</source>
        <translation>Kirjoita Y-tunnus muodossa seitsemän numeroa, väliviiva ja tarkistusnumero, esimerkiksi 1234567-8.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/domain/validation.py" line="64" />
        <source>The check digit (the last digit) of this business ID does not match the first seven digits. Check the number.</source>
        <translation>Y-tunnuksen tarkistusnumero (viimeinen numero) ei täsmää seitsemään ensimmäiseen numeroon. Tarkista tunnus.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/domain/validation.py" line="69" />
        <source>Use a two-letter country code such as FI, SE or NO.</source>
        <translation>Käytä kaksikirjaimista maatunnusta, esimerkiksi FI, SE tai NO.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/domain/validation.py" line="70" />
        <source>Enter an email address such as name@example.fi.</source>
        <translation>Anna sähköpostiosoite, esimerkiksi nimi@example.fi.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/domain/validation.py" line="71" />
        <source>Enter a phone number of at least {min} digits, using only digits, spaces, +, -, ( and ).</source>
        <translation>Anna puhelinnumero, jossa on vähintään {min} numeroa. Käytä vain numeroita, välilyöntejä ja merkkejä +, -, ( ja ).</translation>
    </message>
    <message>
        <location filename="../../aspdesk/domain/validation.py" line="75" />
        <source>Enter a web address such as www.example.fi.</source>
        <translation>Anna verkko-osoite, esimerkiksi www.example.fi.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/domain/validation.py" line="76" />
        <source>Use a colour in the form #RRGGBB, such as #1F77B4.</source>
        <translation>Anna väri muodossa #RRGGBB, esimerkiksi #1F77B4.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/domain/validation.py" line="77" />
        <source>Shorten the tag “{tag}” to {max} characters.</source>
        <translation>Lyhennä tunniste “{tag}” enintään {max} merkkiin.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/domain/validation.py" line="78" />
        <source>The end date cannot be before the start date.</source>
        <translation>Loppupäivä ei voi olla ennen alkupäivää.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/domain/validation.py" line="79" />
        <source>Choose an actor.</source>
        <translation>Valitse toimija.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/domain/validation.py" line="80" />
        <source>Choose a cluster.</source>
        <translation>Valitse klusteri.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/domain/validation.py" line="81" />
        <source>An actor cannot have a relationship with itself.</source>
        <translation>Toimijalla ei voi olla suhdetta itseensä.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/domain/validation.py" line="82" />
        <source>Choose a strength from {min} to {max}.</source>
        <translation>Valitse vahvuus väliltä {min}–{max}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/domain/validation.py" line="83" />
        <source>Write the PIC (Participant Identification Code) as nine digits, such as 999999999.</source>
        <translation>Kirjoita PIC-koodi (osallistujatunnus) yhdeksänä numerona, esimerkiksi 999999999.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/domain/validation.py" line="87" />
        <source>Choose a funding programme from the list.</source>
        <translation>Valitse rahoitusohjelma luettelosta.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/domain/validation.py" line="88" />
        <source>Choose a status from the list.</source>
        <translation>Valitse tila luettelosta.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/domain/validation.py" line="89" />
        <source>Choose a partner role from the list.</source>
        <translation>Valitse hankekumppanin rooli luettelosta.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/domain/validation.py" line="90" />
        <source>Choose a project.</source>
        <translation>Valitse hanke.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/domain/validation.py" line="91" />
        <source>Enter an amount in euros of 0 or more.</source>
        <translation>Anna euromäärä, joka on vähintään 0.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/domain/validation.py" line="92" />
        <source>Enter an amount in euros of at most {max} (a trillion).</source>
        <translation>Anna summa euroina, enintään {max} (biljoona).</translation>
    </message>
    <message>
        <location filename="../../aspdesk/domain/validation.py" line="95" />
        <source>The grant cannot be more than the total budget ({budget} €).</source>
        <translation>Tuki ei voi olla suurempi kuin kokonaisbudjetti ({budget} €).</translation>
    </message>
    <message>
        <location filename="../../aspdesk/domain/validation.py" line="98" />
        <source>Enter a budget share from 0 to 100 %.</source>
        <translation>Anna budjettiosuus väliltä 0–100 %.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/domain/validation.py" line="99" />
        <source>The budget shares of this project would come to {total} %; the other partners already have {others} %, so this share can be at most {left} %.</source>
        <translation>Hankkeen budjettiosuudet olisivat yhteensä {total} %; muilla hankekumppaneilla on jo {others} %, joten tämä osuus voi olla enintään {left} %.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/domain/validation.py" line="104" />
        <source>This actor is already a partner in this project.</source>
        <translation>Tämä toimija on jo mukana tässä hankkeessa.</translation>
    </message>
</context>
<context>
    <name>webmap</name>
    <message>
        <location filename="../../aspdesk/graph/export/web_strings.py" line="18" />
        <source>Find an actor…</source>
        <translation>Etsi toimijaa…</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/export/web_strings.py" line="19" />
        <source>No actor of that name</source>
        <translation>Tämännimistä toimijaa ei ole</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/export/web_strings.py" line="20" />
        <source>Filters</source>
        <translation>Suodattimet</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/export/web_strings.py" line="21" />
        <source>Clusters</source>
        <translation>Klusterit</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/export/web_strings.py" line="22" />
        <source>Kinds</source>
        <translation>Tyypit</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/export/web_strings.py" line="23" />
        <location filename="../../aspdesk/graph/export/web_strings.py" line="34" />
        <source>Relationships</source>
        <translation>Suhteet</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/export/web_strings.py" line="24" />
        <source>All</source>
        <translation>Kaikki</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/export/web_strings.py" line="25" />
        <source>None</source>
        <translation>Ei mitään</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/export/web_strings.py" line="26" />
        <source>Legend</source>
        <translation>Selite</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/export/web_strings.py" line="27" />
        <source>Show the legend</source>
        <translation>Näytä selite</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/export/web_strings.py" line="28" />
        <source>Hide the legend</source>
        <translation>Piilota selite</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/export/web_strings.py" line="29" />
        <source>Previous</source>
        <translation>Edellinen</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/export/web_strings.py" line="30" />
        <source>Next</source>
        <translation>Seuraava</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/export/web_strings.py" line="31" />
        <source>{n} / {total}</source>
        <translation>{n} / {total}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/export/web_strings.py" line="32" />
        <source>Close</source>
        <translation>Sulje</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/export/web_strings.py" line="33" />
        <source>Memberships</source>
        <translation>Jäsenyydet</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/export/web_strings.py" line="35" />
        <source>Contact persons</source>
        <translation>Yhteyshenkilöt</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/export/web_strings.py" line="36" />
        <source>Notes</source>
        <translation>Muistiinpanot</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/export/web_strings.py" line="37" />
        <source>Website</source>
        <translation>Verkkosivu</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/export/web_strings.py" line="38" />
        <source>→ {name}</source>
        <translation>→ {name}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/export/web_strings.py" line="39" />
        <source>← {name}</source>
        <translation>← {name}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/export/web_strings.py" line="40" />
        <source>↔ {name}</source>
        <translation>↔ {name}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/export/web_strings.py" line="41" />
        <source>Zoom in</source>
        <translation>Lähennä</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/export/web_strings.py" line="42" />
        <source>Zoom out</source>
        <translation>Loitonna</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/export/web_strings.py" line="43" />
        <source>Show all</source>
        <translation>Näytä kaikki</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/export/web_strings.py" line="44" />
        <source>Made with aspdesk on {date}</source>
        <translation>Tehty aspdeskillä {date}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/export/web_strings.py" line="45" />
        <source>{n} shown</source>
        <translation>{n} näkyvissä</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/export/web_strings.py" line="46" />
        <source>Showing {name} and its ties. Click the background to see all.</source>
        <translation>Näytetään {name} ja sen suhteet. Napsauta taustaa nähdäksesi kaikki.</translation>
    </message>
</context>
</TS>
