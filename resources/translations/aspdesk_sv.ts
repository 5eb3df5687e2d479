<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="sv_FI">
<context>
    <name>Access</name>
    <message>
        <location filename="../../aspdesk/store/locking.py" line="37" />
        <source>This map is open for editing in another aspdesk window ({where}), so it is shown read-only here and nothing can be lost between the two. Close it there and open it again here to edit.</source>
        <translation>Den här kartan är öppen för redigering i ett annat aspdesk-fönster ({where}), så här visas den skrivskyddad och ingenting kan gå förlorat mellan de två. Stäng den där och öppna den igen här för att redigera.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/locking.py" line="43" />
        <source>This map is shown read-only: aspdesk keeps a small lock file named {name} beside the map while it is edited, and a folder of that name is in its place. Remove or rename that folder, then open the map again to edit.</source>
        <translation>Den här kartan visas skrivskyddad: aspdesk håller en liten låsfil som heter {name} bredvid kartan medan den redigeras, och en mapp med det namnet finns på dess plats. Ta bort eller byt namn på mappen och öppna sedan kartan igen för att redigera.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/locking.py" line="49" />
        <source>This map is shown read-only: its lock file {name} belongs to another user account ({owner}) and this account may not use it. Ask that user, or whoever looks after the computer, to delete it, or save a copy of the map in a folder of your own.</source>
        <translation>Den här kartan visas skrivskyddad: dess låsfil {name} tillhör ett annat användarkonto ({owner}) och det här kontot får inte använda den. Be den användaren, eller den som sköter datorn, att radera den, eller spara en kopia av kartan i en egen mapp.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/locking.py" line="55" />
        <source>This map is shown read-only because its lock file {name} cannot be used ({detail}). To edit it, save a copy in a folder of your own and open the copy.</source>
        <translation>Den här kartan visas skrivskyddad eftersom dess låsfil {name} inte kan användas ({detail}). Spara en kopia i en egen mapp och öppna kopian för att redigera.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/opening.py" line="58" />
        <source>This map file is read-only, so it is shown but cannot be changed. To edit it, save a copy (File &gt; Save a copy as) and open the copy.</source>
        <translation>Den här kartfilen är skrivskyddad, så den visas men kan inte ändras. Spara en kopia (Arkiv &gt; Spara en kopia som) och öppna kopian för att redigera.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/opening.py" line="63" />
        <source>The folder of this map cannot be written, so the map is shown but cannot be changed. To edit it, save a copy in a folder of your own and open the copy.</source>
        <translation>Mappen där kartan finns kan inte skrivas till, så kartan visas men kan inte ändras. Spara en kopia i en egen mapp och öppna kopian för att redigera.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/opening.py" line="68" />
        <source>This map file has {count} names on the disk (hard links), so another aspdesk could edit it under another name without either knowing. It is shown read-only. To edit it, save a copy (File &gt; Save a copy as) and open the copy.</source>
        <translation>Den här kartfilen har {count} namn på disken (hårda länkar), så en annan aspdesk kunde redigera den under ett annat namn utan att någon av dem vet om det. Den visas skrivskyddad. Spara en kopia (Arkiv &gt; Spara en kopia som) och öppna kopian för att redigera.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/opening.py" line="74" />
        <source>This map was opened only for reading.</source>
        <translation>Den här kartan öppnades endast för läsning.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/opening.py" line="75" />
        <source>It was left in the middle of saving an edit (aspdesk or the computer stopped then); it is shown as it was after its last completed save, and the file is unchanged.</source>
        <translation>Den lämnades mitt i sparandet av en ändring (aspdesk eller datorn stannade då); den visas som den var efter det senaste slutförda sparandet, och filen är oförändrad.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/opening.py" line="80" />
        <source>It was made by an older version of aspdesk; it is shown brought up to date, and the file itself is unchanged.</source>
        <translation>Den gjordes med en äldre version av aspdesk; den visas uppdaterad, och själva filen är oförändrad.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/opening.py" line="85" />
        <source>aspdesk or the computer stopped while this map was saving an edit. That one edit was not finished and has been undone; everything saved before it is here.</source>
        <translation>aspdesk eller datorn stannade medan kartan sparade en ändring. Den ändringen blev inte klar och har ångrats; allt som sparades före den finns kvar.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/opening.py" line="90" />
        <source>This map was brought up to date for this version of aspdesk. A copy of it as it was is in {backup}.</source>
        <translation>Den här kartan uppdaterades för den här versionen av aspdesk. En kopia av den som den var finns i {backup}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/team/opening.py" line="47" />
        <source>You can read this team map but not change it: the server gives your user {user} only the viewer's role. To edit, ask the server's admin for the editor's role (aspdesk_editor).</source>
        <translation>Du kan läsa den här gemensamma kartan men inte ändra den: servern ger din användare {user} bara läsarens roll. Be serverns administratör om redigerarens roll (aspdesk_editor) för att redigera.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/offline.py" line="52" />
        <source>An offline copy of {name} ({address}), taken {taken}. File &gt; Send changes to the team map sends what you change here back to it.</source>
        <translation>En offlinekopia av den gemensamma kartan {name} ({address}), tagen {taken}. Arkiv &gt; Skicka ändringarna till den gemensamma kartan skickar det du ändrar här tillbaka dit.</translation>
    </message>
</context>
<context>
    <name>AmountEditor</name>
    <message>
        <location filename="../../aspdesk/ui/forms/number_editors.py" line="69" />
        <source>e.g. {example}</source>
        <translation>t.ex. {example}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/number_editors.py" line="74" />
        <source>Write the amount in euros, such as {whole} or {cents} (spaces between thousands are fine).</source>
        <translation>Skriv beloppet i euro, till exempel {whole} eller {cents} (mellanslag mellan tusental går bra).</translation>
    </message>
</context>
<context>
    <name>AnalysisDocks</name>
    <message>
        <location filename="../../aspdesk/ui/window/analysis_docks.py" line="38" />
        <source>Network metrics</source>
        <translation>Nätverksmått</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/analysis_docks.py" line="39" />
        <source>Cluster health</source>
        <translation>Klusterhälsa</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/analysis_docks.py" line="40" />
        <source>Outcomes</source>
        <translation>Resultat</translation>
    </message>
</context>
<context>
    <name>BackgroundTask</name>
    <message>
        <location filename="../../aspdesk/ui/window/background.py" line="57" />
        <source>Cancel</source>
        <translation>Avbryt</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../aspdesk/ui/files/backups_dialog.py" line="26" />
        <source>When the map was opened</source>
        <translation>När kartan öppnades</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/backups_dialog.py" line="27" />
        <source>Before a restore</source>
        <translation>Före en återställning</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/backups_dialog.py" line="28" />
        <source>Before an update of aspdesk</source>
        <translation>Före en uppdatering av aspdesk</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/backups_dialog.py" line="37" />
        <source>Restore from backup</source>
        <translation>Återställ från säkerhetskopia</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/backups_dialog.py" line="42" />
        <source>aspdesk copies the map each time it is opened. Restoring replaces what the map holds now with the chosen copy; Edit &gt; Undo takes the restore back, and the map as it is now is copied first.</source>
        <translation>aspdesk kopierar kartan varje gång den öppnas. Återställningen ersätter det kartan innehåller nu med den valda kopian; Redigera &gt; Ångra tar tillbaka återställningen, och kartan som den är nu kopieras först.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/backups_dialog.py" line="50" />
        <source>Made</source>
        <translation>Skapad</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/backups_dialog.py" line="50" />
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/backups_dialog.py" line="50" />
        <source>Why</source>
        <translation>Varför</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/backups_dialog.py" line="73" />
        <source>This map has no backup copies yet.</source>
        <translation>Den här kartan har inga säkerhetskopior ännu.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/backups_dialog.py" line="75" />
        <source>Copies kept from opening the map:</source>
        <translation>Kopior som sparats när kartan öppnades:</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/backups_dialog.py" line="84" />
        <source>Restore this copy</source>
        <translation>Återställ den här kopian</translation>
    </message>
</context>
<context>
    <name>CellsPanel</name>
    <message>
        <location filename="../../aspdesk/ui/importing/cells.py" line="48" />
        <source>Column in the file</source>
        <translation>Kolumn i filen</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/importing/cells.py" line="48" />
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/importing/cells.py" line="48" />
        <source>Problem or note</source>
        <translation>Problem eller anmärkning</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/importing/cells.py" line="74" />
        <source>Select a row above to see its cells.</source>
        <translation>Välj en rad ovan för att se dess celler.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/importing/cells.py" line="84" />
        <source>The cells of {place}. Correct a value here (double-click it or start typing) and the row is checked and planned again at once; the file is not changed.</source>
        <translation>Cellerna i {place}. Rätta ett värde här (dubbelklicka på det eller börja skriva) så kontrolleras och planeras raden på nytt genast; filen ändras inte.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/importing/cells.py" line="93" />
        <source>The problems of {place}. Correct them in the file and import it again.</source>
        <translation>Problemen i {place}. Rätta dem i filen och importera den igen.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/importing/cells.py" line="96" />
        <source>{place} has nothing to mend.</source>
        <translation>{place} har ingenting att rätta.</translation>
    </message>
</context>
<context>
    <name>ClusterOverview</name>
    <message>
        <location filename="../../aspdesk/ui/tables/overview.py" line="117" />
        <source>Clusters and the cluster model</source>
        <translation>Kluster och klustermodellen</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/tables/overview.py" line="121" />
        <source>Each cluster's members and the roles of the cluster model that nobody fills yet. Hover over a row to see how many members fill each role.</source>
        <translation>Varje klusters medlemmar och de roller i klustermodellen som ingen fyller ännu. Håll muspekaren över en rad för att se hur många medlemmar som fyller varje roll.</translation>
    </message>
</context>
<context>
    <name>ClustersEditor</name>
    <message>
        <location filename="../../aspdesk/ui/forms/editors.py" line="348" />
        <source>The map has no clusters yet.</source>
        <translation>Kartan har inga kluster ännu.</translation>
    </message>
</context>
<context>
    <name>ColourEditor</name>
    <message>
        <location filename="../../aspdesk/ui/forms/editors.py" line="277" />
        <source>e.g. {example}</source>
        <translation>t.ex. {example}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/editors.py" line="285" />
        <source>Choose a colour</source>
        <translation>Välj en färg</translation>
    </message>
</context>
<context>
    <name>ColourScheme</name>
    <message>
        <location filename="../../aspdesk/ui/window/colour_scheme.py" line="142" />
        <source>Colour &amp;scheme</source>
        <translation>&amp;Färgschema</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/colour_scheme.py" line="145" />
        <source>Follow the &amp;system</source>
        <translation>Följ &amp;systemet</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/colour_scheme.py" line="146" />
        <source>&amp;Light</source>
        <translation>&amp;Ljust</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/colour_scheme.py" line="147" />
        <source>&amp;Dark</source>
        <translation>&amp;Mörkt</translation>
    </message>
</context>
<context>
    <name>ColumnsPage</name>
    <message>
        <location filename="../../aspdesk/ui/importing/dialog.py" line="71" />
        <source>aspdesk matched the columns of the file to the fields of an actor by their headers. Check them, and change any that are wrong. A column set to “Not imported” is left out.</source>
        <translation>aspdesk har parat ihop filens kolumner med en aktörs fält enligt rubrikerna. Kontrollera dem och ändra de som är fel. En kolumn som är satt till ”Importeras inte” lämnas bort.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/importing/dialog.py" line="80" />
        <source>Column in the file</source>
        <translation>Kolumn i filen</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/importing/dialog.py" line="80" />
        <source>Examples</source>
        <translation>Exempel</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/importing/dialog.py" line="80" />
        <source>Field in aspdesk</source>
        <translation>Fält i aspdesk</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/importing/dialog.py" line="88" />
        <source>Save a template workbook…</source>
        <translation>Spara en mallarbetsbok…</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/importing/dialog.py" line="90" />
        <source>An empty workbook with the headers aspdesk recognises, to fill in.</source>
        <translation>En tom arbetsbok med de rubriker aspdesk känner igen, att fylla i.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/importing/dialog.py" line="107" />
        <source>Not imported</source>
        <translation>Importeras inte</translation>
    </message>
</context>
<context>
    <name>ConflictDialog</name>
    <message>
        <location filename="../../aspdesk/ui/window/conflict_dialog.py" line="33" />
        <source>Someone else changed this</source>
        <translation>Någon annan ändrade det här</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/conflict_dialog.py" line="37" />
        <source>“{name}” was changed by someone else after you last saw it, so it was not deleted. Their change is shown now.</source>
        <translation>”{name}” ändrades av någon annan efter att du senast såg det, så det raderades inte. Deras ändring visas nu.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/conflict_dialog.py" line="42" />
        <source>“{name}” was changed by someone else after you last saw it, so your change was not saved. Their change is shown now.</source>
        <translation>”{name}” ändrades av någon annan efter att du senast såg det, så din ändring sparades inte. Deras ändring visas nu.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/conflict_dialog.py" line="51" />
        <source>Field</source>
        <translation>Fält</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/conflict_dialog.py" line="51" />
        <source>Changed</source>
        <translation>Ändrat</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/conflict_dialog.py" line="51" />
        <source>Their value</source>
        <translation>Deras värde</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/conflict_dialog.py" line="53" />
        <source>Your value</source>
        <translation>Ditt värde</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/conflict_dialog.py" line="61" />
        <source>Someone</source>
        <translation>Någon</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/conflict_dialog.py" line="64" />
        <source>{author} changed it at {time}</source>
        <translation>{author} ändrade det {time}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/conflict_dialog.py" line="75" />
        <source>Delete it anyway, or keep it as they left it?</source>
        <translation>Radera det ändå, eller behålla det som de lämnade det?</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/conflict_dialog.py" line="77" />
        <source>Keep their value, or save yours over it?</source>
        <translation>Behålla deras värde, eller spara ditt i stället?</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/conflict_dialog.py" line="81" />
        <source>Keep it</source>
        <translation>Behåll det</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/conflict_dialog.py" line="81" />
        <source>Keep theirs</source>
        <translation>Behåll deras</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/conflict_dialog.py" line="82" />
        <source>Delete anyway</source>
        <translation>Radera ändå</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/conflict_dialog.py" line="82" />
        <source>Use mine</source>
        <translation>Använd mitt</translation>
    </message>
</context>
<context>
    <name>ConsortiumActions</name>
    <message>
        <location filename="../../aspdesk/ui/consortium/actions.py" line="30" />
        <source>Consortium &amp;builder…</source>
        <translation>Konsortie&amp;byggare…</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/consortium/actions.py" line="33" />
        <source>Gather partners for a funding programme and check its eligibility rules</source>
        <translation>Samla partner för ett finansieringsprogram och kontrollera dess behörighetsregler</translation>
    </message>
</context>
<context>
    <name>ConsortiumDialogs</name>
    <message>
        <location filename="../../aspdesk/ui/consortium/dialogs.py" line="98" />
        <source>Save the consortium</source>
        <translation>Spara konsortiet</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/consortium/dialogs.py" line="100" />
        <source>This consortium belongs to the project “{name}”. Update that project's partners, or save the consortium as a new project?</source>
        <translation>Det här konsortiet hör till projektet ”{name}”. Vill du uppdatera projektets partner eller spara konsortiet som ett nytt projekt?</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/consortium/dialogs.py" line="108" />
        <source>Updating adds the new partners to the project, takes out those no longer in the consortium and changes roles; partners who stay keep their budget shares. Undo takes it back.</source>
        <translation>Uppdateringen lägger till de nya partnerna i projektet, tar bort dem som inte längre är med i konsortiet och ändrar roller; partner som stannar kvar behåller sina budgetandelar. Ångra tar tillbaka det.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/consortium/dialogs.py" line="113" />
        <source>&amp;Update the project</source>
        <translation>&amp;Uppdatera projektet</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/consortium/dialogs.py" line="114" />
        <source>Save as a &amp;new project…</source>
        <translation>Spara som ett &amp;nytt projekt…</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/consortium/dialogs.py" line="134" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-arbetsbok (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/consortium/dialogs.py" line="135" />
        <source>PDF document (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/consortium/dialogs.py" line="137" />
        <source>Export the partner table</source>
        <translation>Exportera partnertabellen</translation>
    </message>
</context>
<context>
    <name>ConsortiumModel</name>
    <message>
        <location filename="../../aspdesk/ui/consortium/model.py" line="39" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/consortium/model.py" line="40" />
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/consortium/model.py" line="41" />
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/consortium/model.py" line="42" />
        <source>PIC</source>
        <translation>PIC-kod</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/consortium/model.py" line="43" />
        <location filename="../../aspdesk/ui/consortium/model.py" line="238" />
        <source>Role</source>
        <translation>Roll</translation>
    </message>
</context>
<context>
    <name>ConsortiumOutput</name>
    <message>
        <location filename="../../aspdesk/ui/consortium/output.py" line="75" />
        <source>Consortium for {programme}</source>
        <translation>Konsortium för {programme}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/consortium/output.py" line="89" />
        <location filename="../../aspdesk/ui/consortium/output.py" line="194" />
        <source>Add partners to the consortium first.</source>
        <translation>Lägg först till partner i konsortiet.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/consortium/output.py" line="103" />
        <source>The project “{name}” is no longer in the map, so the consortium is saved as a new project.</source>
        <translation>Projektet ”{name}” finns inte längre på kartan, så konsortiet sparas som ett nytt projekt.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/consortium/output.py" line="129" />
        <source>The project was not saved</source>
        <translation>Projektet sparades inte</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/consortium/output.py" line="138" />
        <source>Save the consortium as the project “{name}”</source>
        <translation>Spara konsortiet som projektet ”{name}”</translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/consortium/output.py" line="146" />
        <source>Saved as the project “{name}” (in preparation) with %n partner(s). Undo takes it back.</source>
        <translation>
            <numerusform>Sparat som projektet ”{name}” (under beredning) med %n partner. Ångra tar tillbaka det.</numerusform>
            <numerusform>Sparat som projektet ”{name}” (under beredning) med %n partner. Ångra tar tillbaka det.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/consortium/output.py" line="161" />
        <source>Update the partners of the project “{name}”</source>
        <translation>Uppdatera partnerna i projektet ”{name}”</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/consortium/output.py" line="165" />
        <source>The project “{name}” already has these partners in these roles.</source>
        <translation>Projektet ”{name}” har redan de här partnerna i de här rollerna.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/consortium/output.py" line="176" />
        <source>Updated the partners of the project “{name}”: {added} added, {removed} taken out, {changed} in another role. Undo takes it back.</source>
        <translation>Partnerna i projektet ”{name}” uppdaterades: {added} tillagda, {removed} borttagna, {changed} i en annan roll. Ångra tar tillbaka det.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/consortium/output.py" line="227" />
        <source>The partner table was not written</source>
        <translation>Partnertabellen skrevs inte</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/consortium/output.py" line="232" />
        <source>Partner table saved to {path}</source>
        <translation>Partnertabellen sparades i {path}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/consortium/output.py" line="245" />
        <source>The map has no projects yet.</source>
        <translation>Kartan har inga projekt ännu.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/consortium/output.py" line="254" />
        <location filename="../../aspdesk/ui/consortium/output.py" line="260" />
        <source>Load a project</source>
        <translation>Läs in ett projekt</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/consortium/output.py" line="254" />
        <source>Start the consortium from the partners of:</source>
        <translation>Börja konsortiet från partnerna i:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/consortium/output.py" line="262" />
        <source>The consortium in the builder has %n partner(s). Put the partners of “{name}” in their place?</source>
        <translation>
            <numerusform>Konsortiet i byggaren har %n partner. Vill du ersätta dem med partnerna i ”{name}”?</numerusform>
            <numerusform>Konsortiet i byggaren har %n partner. Vill du ersätta dem med partnerna i ”{name}”?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/consortium/output.py" line="267" />
        <source>Save it as a project first if you want to keep it.</source>
        <translation>Spara det först som ett projekt om du vill behålla det.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/consortium/output.py" line="268" />
        <source>Load</source>
        <translation>Läs in</translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/consortium/output.py" line="285" />
        <source>Loaded %n partner(s) of the project “{name}”.</source>
        <translation>
            <numerusform>Läste in %n partner i projektet ”{name}”.</numerusform>
            <numerusform>Läste in %n partner i projektet ”{name}”.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ConsortiumResults</name>
    <message>
        <location filename="../../aspdesk/ui/consortium/results.py" line="24" />
        <source>Met</source>
        <translation>Uppfylld</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/consortium/results.py" line="25" />
        <source>Not met</source>
        <translation>Inte uppfylld</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/consortium/results.py" line="26" />
        <source>To meet: {rule}</source>
        <translation>För att uppfylla: {rule}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/consortium/results.py" line="27" />
        <source>No actor of the map would meet this rule by joining the consortium.</source>
        <translation>Ingen aktör på kartan skulle uppfylla den här regeln genom att gå med i konsortiet.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/consortium/results.py" line="30" />
        <source>No actor can fill this by joining: enter the missing PICs in the actors' forms (Editor in the main window), then look again.</source>
        <translation>Ingen aktör kan fylla detta genom att gå med: för in de saknade PIC-koderna i aktörernas formulär (Redigerare i huvudfönstret) och titta sedan igen.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/consortium/results.py" line="35" />
        <source>Every rule is met, so there is nothing to suggest.</source>
        <translation>Alla regler är uppfyllda, så det finns inget att föreslå.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/consortium/results.py" line="38" />
        <source>Add the first partners. Suggestions follow from them: actors of the map are ranked by how well they are tied to the consortium and to its clusters.</source>
        <translation>Lägg till de första partnerna. Förslagen utgår från dem: kartans aktörer rangordnas efter hur väl de är knutna till konsortiet och dess kluster.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/consortium/results.py" line="81" />
        <source>Rules</source>
        <translation>Regler</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/consortium/results.py" line="112" />
        <source>Suggestions</source>
        <translation>Förslag</translation>
    </message>
</context>
<context>
    <name>ConsortiumWindow</name>
    <message>
        <location filename="../../aspdesk/ui/consortium/window.py" line="139" />
        <source>Type a name to add an actor of the map…</source>
        <translation>Skriv ett namn för att lägga till en aktör från kartan…</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/consortium/window.py" line="146" />
        <source>&amp;Add</source>
        <translation>&amp;Lägg till</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/consortium/window.py" line="148" />
        <source>Add selected from the &amp;map</source>
        <translation>Lägg till markerade från &amp;kartan</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/consortium/window.py" line="151" />
        <source>Add the actors selected on the graph or in a table, and the partners of a selected project</source>
        <translation>Lägg till de aktörer som är markerade i grafen eller i en tabell, och partnerna i ett markerat projekt</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/consortium/window.py" line="156" />
        <source>&amp;Remove</source>
        <translation>&amp;Ta bort</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/consortium/window.py" line="158" />
        <source>&amp;Load project…</source>
        <translation>&amp;Läs in projekt…</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/consortium/window.py" line="159" />
        <source>Start from the partners of a project of the map</source>
        <translation>Börja från partnerna i ett projekt på kartan</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/consortium/window.py" line="163" />
        <source>Remove from the consortium</source>
        <translation>Ta bort ur konsortiet</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/consortium/window.py" line="171" />
        <source>The first organisation you add is the coordinator; change anyone's role in the Role column. Associated partners and subcontractors do not count as beneficiaries.</source>
        <translation>Den första organisationen du lägger till är koordinator; ändra vems roll som helst i kolumnen Roll. Associerade partner och underleverantörer räknas inte som stödmottagare.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/consortium/window.py" line="184" />
        <source>Consortium</source>
        <translation>Konsortium</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/consortium/window.py" line="200" />
        <source>Eligibility rules</source>
        <translation>Behörighetsregler</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/consortium/window.py" line="211" />
        <source>Add to &amp;consortium</source>
        <translation>Lägg till i &amp;konsortiet</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/consortium/window.py" line="212" />
        <source>Add the suggested actor picked in the list</source>
        <translation>Lägg till den föreslagna aktör som valts i listan</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/consortium/window.py" line="214" />
        <source>Suggestions from the map</source>
        <translation>Förslag från kartan</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/consortium/window.py" line="226" />
        <source>&amp;Save as project…</source>
        <translation>&amp;Spara som projekt…</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/consortium/window.py" line="228" />
        <source>&amp;Export partner table…</source>
        <translation>&amp;Exportera partnertabell…</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/consortium/window.py" line="230" />
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/consortium/window.py" line="265" />
        <source>Consortium builder — {map}</source>
        <translation>Konsortiebyggare — {map}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/consortium/window.py" line="414" />
        <source>{name} is already in the consortium.</source>
        <translation>{name} finns redan i konsortiet.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/consortium/window.py" line="418" />
        <source>{name} is now in the consortium.</source>
        <translation>{name} finns nu i konsortiet.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/consortium/window.py" line="432" />
        <source>No actor of the map is called “{text}”.</source>
        <translation>Ingen aktör på kartan heter ”{text}”.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/consortium/window.py" line="435" />
        <source>“{text}” fits %n actor(s); pick one from the list.</source>
        <translation>
            <numerusform>”{text}” passar %n aktör; välj en i listan.</numerusform>
            <numerusform>”{text}” passar %n aktörer; välj en i listan.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/consortium/window.py" line="454" />
        <source>Select actors or a project on the graph or in a table first.</source>
        <translation>Markera först aktörer eller ett projekt i grafen eller i en tabell.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/consortium/window.py" line="465" />
        <source>Added %n actor(s) to the consortium.</source>
        <translation>
            <numerusform>Lade till %n aktör i konsortiet.</numerusform>
            <numerusform>Lade till %n aktörer i konsortiet.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/consortium/window.py" line="471" />
        <source>Removed %n partner(s) from the consortium.</source>
        <translation>
            <numerusform>Tog bort %n partner ur konsortiet.</numerusform>
            <numerusform>Tog bort %n partner ur konsortiet.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CrashHandler</name>
    <message>
        <location filename="../../aspdesk/ui/window/crash.py" line="129" />
        <source>Something went wrong</source>
        <translation>Något gick fel</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/crash.py" line="133" />
        <source>aspdesk ran into an error it did not expect. Your map is safe: every change made before this was already saved. You can go on working.</source>
        <translation>aspdesk stötte på ett fel som det inte väntade sig. Din karta är i säkerhet: alla ändringar som gjordes före detta var redan sparade. Du kan fortsätta arbeta.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/crash.py" line="140" />
        <source>The details were written to {path}.</source>
        <translation>Detaljerna skrevs till {path}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/crash.py" line="147" />
        <source>Copy details</source>
        <translation>Kopiera detaljerna</translation>
    </message>
</context>
<context>
    <name>DateEditor</name>
    <message>
        <location filename="../../aspdesk/ui/forms/editors.py" line="153" />
        <source>e.g. {example}</source>
        <translation>t.ex. {example}</translation>
    </message>
</context>
<context>
    <name>Dialogs</name>
    <message>
        <location filename="../../aspdesk/ui/window/dialogs.py" line="61" />
        <source>aspdesk maps (*{suffix})</source>
        <translation>aspdesk-kartor (*{suffix})</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/dialogs.py" line="96" />
        <source>Data to import into a new map (*.xlsx *.xlsm *.csv *.txt *.graphml *.gexf *.json)</source>
        <translation>Data att importera till en ny karta (*.xlsx *.xlsm *.csv *.txt *.graphml *.gexf *.json)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/dialogs.py" line="98" />
        <source>All files (*)</source>
        <translation>Alla filer (*)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/dialogs.py" line="101" />
        <source>Open map</source>
        <translation>Öppna karta</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/dialogs.py" line="116" />
        <location filename="../../aspdesk/ui/window/dialogs.py" line="196" />
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel-arbetsbok (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/dialogs.py" line="117" />
        <source>CSV tables in a zip file (*.zip)</source>
        <translation>CSV-tabeller i en zip-fil (*.zip)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/dialogs.py" line="118" />
        <source>GraphML for yEd and others (*.graphml)</source>
        <translation>GraphML för yEd och andra (*.graphml)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/dialogs.py" line="119" />
        <source>GEXF for Gephi (*.gexf)</source>
        <translation>GEXF för Gephi (*.gexf)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/dialogs.py" line="120" />
        <source>Full backup of the map (*.json)</source>
        <translation>Fullständig säkerhetskopia av kartan (*.json)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/dialogs.py" line="122" />
        <source>Export the map's data</source>
        <translation>Exportera kartans data</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/dialogs.py" line="127" />
        <source>PNG picture (*.png)</source>
        <translation>PNG-bild (*.png)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/dialogs.py" line="128" />
        <source>SVG drawing (*.svg)</source>
        <translation>SVG-ritning (*.svg)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/dialogs.py" line="129" />
        <location filename="../../aspdesk/ui/window/dialogs.py" line="180" />
        <source>PDF document (*.pdf)</source>
        <translation>PDF-dokument (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/dialogs.py" line="131" />
        <source>Export image</source>
        <translation>Exportera bild</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/dialogs.py" line="141" />
        <source>MP4 video (*.mp4)</source>
        <translation>MP4-video (*.mp4)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/dialogs.py" line="142" />
        <source>Animated GIF (*.gif)</source>
        <translation>Animerad GIF (*.gif)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/dialogs.py" line="143" />
        <source>Animated WebP (*.webp)</source>
        <translation>Animerad WebP (*.webp)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/dialogs.py" line="145" />
        <source>Export growth film</source>
        <translation>Exportera tillväxtfilm</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/dialogs.py" line="154" />
        <location filename="../../aspdesk/ui/window/dialogs.py" line="181" />
        <source>Web page (*.html)</source>
        <translation>Webbsida (*.html)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/dialogs.py" line="155" />
        <source>Export web map</source>
        <translation>Exportera webbkarta</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/dialogs.py" line="167" />
        <source>Files aspdesk can import (*.xlsx *.xlsm *.csv *.txt *.graphml *.gexf *.json)</source>
        <translation>Filer som aspdesk kan importera (*.xlsx *.xlsm *.csv *.txt *.graphml *.gexf *.json)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/dialogs.py" line="168" />
        <source>Spreadsheets (*.xlsx *.xlsm *.csv *.txt)</source>
        <translation>Kalkylblad (*.xlsx *.xlsm *.csv *.txt)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/dialogs.py" line="169" />
        <source>Graphs from Gephi, yEd and others (*.graphml *.gexf)</source>
        <translation>Grafer från Gephi, yEd och andra (*.graphml *.gexf)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/dialogs.py" line="170" />
        <source>Map backups (*.json)</source>
        <translation>Säkerhetskopior av kartor (*.json)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/dialogs.py" line="173" />
        <source>Import into this map</source>
        <translation>Importera till den här kartan</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/dialogs.py" line="183" />
        <source>Export report</source>
        <translation>Exportera rapport</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/dialogs.py" line="197" />
        <source>Save a template workbook</source>
        <translation>Spara en mallarbetsbok</translation>
    </message>
</context>
<context>
    <name>Document</name>
    <message>
        <location filename="../../aspdesk/app/document.py" line="240" />
        <source>Nothing was undone: the map is as it was, and Undo can be tried again.</source>
        <translation>Ingenting ångrades: kartan är som den var, och Ångra kan prövas igen.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/document.py" line="244" />
        <source>Nothing was redone: the map is as it was, and Redo can be tried again.</source>
        <translation>Ingenting gjordes om: kartan är som den var, och Gör om kan prövas igen.</translation>
    </message>
</context>
<context>
    <name>DraftKeeper</name>
    <message>
        <location filename="../../aspdesk/ui/consortium/draft.py" line="71" />
        <source>Its programme ({id}) is no longer among the programmes; pick one.</source>
        <translation>Dess program ({id}) finns inte längre bland programmen; välj ett.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/consortium/draft.py" line="79" />
        <source>The project it belonged to is no longer in the map.</source>
        <translation>Projektet det hörde till finns inte längre på kartan.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/consortium/draft.py" line="85" />
        <source>Your consortium from last time had %n partner(s); none of them is in the map any more.</source>
        <translation>
            <numerusform>Ditt konsortium från förra gången hade %n partner; ingen av dem finns längre på kartan.</numerusform>
            <numerusform>Ditt konsortium från förra gången hade %n partner; ingen av dem finns längre på kartan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/consortium/draft.py" line="90" />
        <source>Your consortium from last time is back: %n partner(s).</source>
        <translation>
            <numerusform>Ditt konsortium från förra gången är tillbaka: %n partner.</numerusform>
            <numerusform>Ditt konsortium från förra gången är tillbaka: %n partner.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/consortium/draft.py" line="95" />
        <source>%n actor(s) of it are no longer in the map and were left out.</source>
        <translation>
            <numerusform>%n av dess aktörer finns inte längre på kartan och lämnades bort.</numerusform>
            <numerusform>%n av dess aktörer finns inte längre på kartan och lämnades bort.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>EditConflict</name>
    <message>
        <location filename="../../aspdesk/app/conflicts.py" line="60" />
        <source>contact person</source>
        <translation>kontaktperson</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/conflicts.py" line="61" />
        <source>membership</source>
        <translation>medlemskap</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/conflicts.py" line="62" />
        <source>tie</source>
        <translation>band</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/conflicts.py" line="63" />
        <source>project partner</source>
        <translation>projektpartner</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/conflicts.py" line="102" />
        <source>place on the graph</source>
        <translation>plats i nätverksbilden</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/conflicts.py" line="104" />
        <source>pinning on the graph</source>
        <translation>fästningen i nätverksbilden</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/conflicts.py" line="120" />
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/conflicts.py" line="121" />
        <source>no</source>
        <translation>nej</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/conflicts.py" line="134" />
        <source>Someone</source>
        <translation>Någon</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/conflicts.py" line="136" />
        <source>{author} changed {field} of {name} since, at {time}.</source>
        <translation>{author} har sedan dess ändrat {field} för {name} ({time}).</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/conflicts.py" line="85" />
        <source>map name</source>
        <translation>kartans namn</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/conflicts.py" line="86" />
        <source>view name</source>
        <translation>vyns namn</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/conflicts.py" line="87" />
        <source>what the view shows</source>
        <translation>vyns innehåll</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/conflicts.py" line="88" />
        <source>collected answers</source>
        <translation>insamlade svar</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/conflicts.py" line="123" />
        <source>the graph’s filters, look and zoom</source>
        <translation>nätverksbildens filter, utseende och zoomning</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/conflicts.py" line="126" />
        <source>answers: {count}</source>
        <translation>svar: {count}</translation>
    </message>
</context>
<context>
    <name>EmptyHint</name>
    <message>
        <location filename="../../aspdesk/graph/canvas/empty_hint.py" line="27" />
        <source>This map is empty</source>
        <translation>Den här kartan är tom</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/canvas/empty_hint.py" line="34" />
        <source>Start by adding an actor (Map &gt; Add actor), importing a spreadsheet of actors (File &gt; Import…, Ctrl+I) or opening the sample map to look around.</source>
        <translation>Börja med att lägga till en aktör (Karta &gt; Lägg till aktör), importera ett kalkylblad med aktörer (Arkiv &gt; Importera…, Ctrl+I) eller öppna exempelkartan för att se dig omkring.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/canvas/empty_hint.py" line="47" />
        <source>Add an actor</source>
        <translation>Lägg till en aktör</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/canvas/empty_hint.py" line="48" />
        <source>Import a spreadsheet…</source>
        <translation>Importera ett kalkylblad…</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/canvas/empty_hint.py" line="49" />
        <source>Open the sample map</source>
        <translation>Öppna exempelkartan</translation>
    </message>
</context>
<context>
    <name>EncodingBar</name>
    <message>
        <location filename="../../aspdesk/ui/importing/encoding.py" line="28" />
        <source>Text encoding:</source>
        <translation>Textkodning:</translation>
    </message>
</context>
<context>
    <name>EntityForm</name>
    <message>
        <location filename="../../aspdesk/ui/forms/entity_form.py" line="122" />
        <source>Details</source>
        <translation>Uppgifter</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/entity_form.py" line="124" />
        <source>History</source>
        <translation>Historik</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/entity_form.py" line="140" />
        <source>Add</source>
        <translation>Lägg till</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/entity_form.py" line="194" />
        <source>from → to</source>
        <translation>från → till</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/entity_form.py" line="209" />
        <source>e.g. {example}</source>
        <translation>t.ex. {example}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/entity_form.py" line="292" />
        <source>New {noun}</source>
        <translation>Lägg till {noun}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/entity_form.py" line="316" />
        <source>{field}: {message}</source>
        <translation>{field}: {message}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/entity_form.py" line="328" />
        <source>Fields marked * must be filled in. Enter or Add adds the {noun}.</source>
        <translation>Fält märkta med * måste fyllas i. Tryck på Enter eller Lägg till för att lägga till: {noun}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/entity_form.py" line="330" />
        <source>Enter or Add adds the {noun}.</source>
        <translation>Tryck på Enter eller Lägg till för att lägga till: {noun}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/entity_form.py" line="333" />
        <source>Each field is saved when you leave it; Undo takes it back.</source>
        <translation>Varje fält sparas när du lämnar det; Ångra tar tillbaka det.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/entity_form.py" line="371" />
        <source>Write the date as 1.3.2016 or 2016-03-01.</source>
        <translation>Skriv datumet som 1.3.2016 eller 2016-03-01.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/entity_form.py" line="429" />
        <source>Edit “{name}”: {field}</source>
        <translation>Redigera ”{name}”: {field}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/entity_form.py" line="473" />
        <source>Add {noun} “{name}”</source>
        <translation>Lägg till {noun} ”{name}”</translation>
    </message>
</context>
<context>
    <name>FilmActions</name>
    <message>
        <location filename="../../aspdesk/ui/exports/film_actions.py" line="46" />
        <source>Export growth &amp;film…</source>
        <translation>Exportera tillväxt&amp;film…</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/film_actions.py" line="48" />
        <source>The network's growth between two dates as a video or an animation</source>
        <translation>Nätverkets tillväxt mellan två datum som video eller animation</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/film_actions.py" line="84" />
        <source>Filming {path}…</source>
        <translation>Filmar {path}…</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/film_actions.py" line="91" />
        <source>Export cancelled; no file was written.</source>
        <translation>Exporten avbröts; ingen fil skrevs.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/film_actions.py" line="96" />
        <source>Film saved to {path}</source>
        <translation>Filmen sparades i {path}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/film_actions.py" line="99" />
        <source>The film was not saved</source>
        <translation>Filmen sparades inte</translation>
    </message>
</context>
<context>
    <name>FilmExportDialog</name>
    <message>
        <location filename="../../aspdesk/ui/exports/film_dialog.py" line="65" />
        <source>Export growth film</source>
        <translation>Exportera tillväxtfilm</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/film_dialog.py" line="74" />
        <source>Browse…</source>
        <translation>Bläddra…</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/film_dialog.py" line="80" />
        <source>MP4 video (plays everywhere)</source>
        <translation>MP4-video (spelas överallt)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/film_dialog.py" line="81" />
        <source>Animated GIF (for slides and e-mail)</source>
        <translation>Animerad GIF (för presentationer och e-post)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/film_dialog.py" line="82" />
        <source>Animated WebP (for web pages)</source>
        <translation>Animerad WebP (för webbsidor)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/film_dialog.py" line="95" />
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/film_dialog.py" line="105" />
        <source>Light</source>
        <translation>Ljus</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/film_dialog.py" line="106" />
        <source>Projector (thick lines, big nodes)</source>
        <translation>Projektor (tjocka linjer, stora noder)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/film_dialog.py" line="107" />
        <source>Dark (high contrast)</source>
        <translation>Mörk (hög kontrast)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/film_dialog.py" line="109" />
        <source>Legend</source>
        <translation>Teckenförklaring</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/film_dialog.py" line="112" />
        <source>No heading</source>
        <translation>Ingen rubrik</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/film_dialog.py" line="116" />
        <source>File:</source>
        <translation>Fil:</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/film_dialog.py" line="117" />
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/film_dialog.py" line="118" />
        <source>From – to:</source>
        <translation>Period:</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/film_dialog.py" line="119" />
        <source>Length:</source>
        <translation>Längd:</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/film_dialog.py" line="120" />
        <source>Size:</source>
        <translation>Storlek:</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/film_dialog.py" line="121" />
        <source>Look:</source>
        <translation>Utseende:</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/film_dialog.py" line="122" />
        <source>Heading:</source>
        <translation>Rubrik:</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/film_dialog.py" line="129" />
        <source>Export</source>
        <translation>Exportera</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/film_dialog.py" line="150" />
        <source> px</source>
        <translation> px</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/film_dialog.py" line="174" />
        <source>The last day comes before the first.</source>
        <translation>Den sista dagen kommer före den första.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/film_dialog.py" line="176" />
        <source>Choose a name ending in .mp4, .gif or .webp</source>
        <translation>Välj ett namn som slutar på .mp4, .gif eller .webp</translation>
    </message>
</context>
<context>
    <name>FilterPopup</name>
    <message>
        <location filename="../../aspdesk/graph/panel/filter_popup.py" line="56" />
        <source>Clusters</source>
        <translation>Kluster</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel/filter_popup.py" line="57" />
        <source>Actor kinds</source>
        <translation>Aktörstyper</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel/filter_popup.py" line="58" />
        <source>Relationship types</source>
        <translation>Relationstyper</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel/filter_popup.py" line="59" />
        <source>Network as of (date):</source>
        <translation>Nätverket per (datum):</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel/filter_popup.py" line="62" />
        <source>e.g. {example}</source>
        <translation>t.ex. {example}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel/filter_popup.py" line="73" />
        <source>Show everything</source>
        <translation>Visa allt</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel/filter_popup.py" line="77" />
        <source>Show projects</source>
        <translation>Visa projekt</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel/filter_popup.py" line="78" />
        <source>Show projects as hubs joined to their partners</source>
        <translation>Visa projekt som nav kopplade till sina partner</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel/filter_popup.py" line="80" />
        <source>Only the network of the project:</source>
        <translation>Endast projektets nätverk:</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel/filter_popup.py" line="83" />
        <source>Show only this project, its partners and the actors tied to them</source>
        <translation>Visa endast det här projektet, dess partner och de aktörer som är knutna till dem</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel/filter_popup.py" line="172" />
        <source>(any: no project filter)</source>
        <translation>(vilket som helst: inget projektfilter)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel/filter_popup.py" line="195" />
        <source>Write the date as 1.3.2016 or 2016-03-01.</source>
        <translation>Skriv datumet som 1.3.2016 eller 2016-03-01.</translation>
    </message>
</context>
<context>
    <name>GraphCanvas</name>
    <message>
        <location filename="../../aspdesk/graph/canvas/status.py" line="19" />
        <source>Network of the project {project}: its partners ({count}) and the actors tied to them</source>
        <translation>Nätverket för projektet {project}: dess partner ({count}) och de aktörer som är knutna till dem</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/canvas/status.py" line="27" />
        <source>Graph shows {a} of {at} actors and {r} of {rt} relationships</source>
        <translation>Grafen visar {a} av {at} aktörer och {r} av {rt} relationer</translation>
    </message>
</context>
<context>
    <name>GraphLegend</name>
    <message>
        <location filename="../../aspdesk/graph/legend/drawing.py" line="40" />
        <source>Then and now</source>
        <translation>Då och nu</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/legend/drawing.py" line="41" />
        <source>Kinds</source>
        <translation>Typer</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/legend/drawing.py" line="42" />
        <source>Clusters</source>
        <translation>Kluster</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/legend/drawing.py" line="43" />
        <source>Colours</source>
        <translation>Färger</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/legend/drawing.py" line="44" />
        <source>Relationships</source>
        <translation>Relationer</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/legend/drawing.py" line="45" />
        <source>Memberships</source>
        <translation>Medlemskap</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/legend/drawing.py" line="46" />
        <source>Projects</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/legend/drawing.py" line="54" />
        <source>Size: number of ties</source>
        <translation>Storlek: antal band</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/legend/drawing.py" line="56" />
        <source>Size: {metric}</source>
        <translation>Storlek: {metric}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/legend/drawing.py" line="59" />
        <source>Arrow: direction of a tie</source>
        <translation>Pil: bandets riktning</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/scene/data.py" line="505" />
        <source>In several clusters: a segment for each</source>
        <translation>I flera kluster: ett segment för varje</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/scene/data.py" line="511" />
        <source>Cluster</source>
        <translation>Kluster</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/scene/project_hubs.py" line="105" />
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/scene/project_hubs.py" line="118" />
        <source>Project: cluster it serves</source>
        <translation>Projekt: kluster det betjänar</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/scene/project_hubs.py" line="124" />
        <source>Project: {role}</source>
        <translation>Projekt: {role}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/styling/metric_style.py" line="162" />
        <source>Community {number}</source>
        <translation>Gemenskap {number}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/styling/metric_style.py" line="169" />
        <source>Other communities</source>
        <translation>Andra gemenskaper</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/styling/metric_style.py" line="202" />
        <source>No figure yet</source>
        <translation>Inget värde ännu</translation>
    </message>
</context>
<context>
    <name>GraphPanel</name>
    <message>
        <location filename="../../aspdesk/graph/panel/connecting.py" line="71" />
        <source>Add relationship {a} – {b}</source>
        <translation>Lägg till relation {a} – {b}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel/connecting.py" line="93" />
        <source>Add {actor} to the project {project}</source>
        <translation>Lägg till {actor} i projektet {project}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel/panel.py" line="99" />
        <source>Find an actor…</source>
        <translation>Sök en aktör…</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel/panel.py" line="101" />
        <source>Marks the actors whose name has this text; Enter selects the first</source>
        <translation>Markerar de aktörer vars namn innehåller den här texten; Enter väljer den första</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel/panel.py" line="115" />
        <source>Fit</source>
        <translation>Anpassa</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel/panel.py" line="116" />
        <source>Show the whole graph (Home)</source>
        <translation>Visa hela grafen (Home)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel/panel.py" line="122" />
        <source>Layout</source>
        <translation>Layout</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel/panel.py" line="125" />
        <source>Force-directed</source>
        <translation>Kraftbaserad</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel/panel.py" line="126" />
        <source>Circle</source>
        <translation>Cirkel</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel/panel.py" line="127" />
        <source>Grid</source>
        <translation>Rutnät</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel/panel.py" line="128" />
        <source>Group by kind</source>
        <translation>Gruppera efter typ</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel/panel.py" line="129" />
        <source>Cluster wheel</source>
        <translation>Klusterhjul</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel/panel.py" line="137" />
        <source>Animate layouts</source>
        <translation>Animera layouter</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel/panel.py" line="146" />
        <source>Colour</source>
        <translation>Färg</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel/panel.py" line="147" />
        <source>Colour by kind</source>
        <translation>Färg efter typ</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel/panel.py" line="148" />
        <source>Colour by cluster</source>
        <translation>Färg efter kluster</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel/panel.py" line="150" />
        <source>Size</source>
        <translation>Storlek</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel/panel.py" line="151" />
        <source>Size by number of ties</source>
        <translation>Storlek efter antal band</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel/panel.py" line="154" />
        <source>Colour by {metric}</source>
        <translation>Färg efter {metric}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel/panel.py" line="156" />
        <source>Size by {metric}</source>
        <translation>Storlek efter {metric}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel/panel.py" line="159" />
        <source>Clusters as hubs</source>
        <translation>Kluster som nav</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel/panel.py" line="169" />
        <source>Focus</source>
        <translation>Fokus</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel/panel.py" line="173" />
        <source>No focus</source>
        <translation>Inget fokus</translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/graph/panel/panel.py" line="173" />
        <source>%n step(s) out</source>
        <translation>
            <numerusform>%n steg ut</numerusform>
            <numerusform>%n steg ut</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel/panel.py" line="182" />
        <source>Both ways</source>
        <translation>Åt båda hållen</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel/panel.py" line="183" />
        <source>Outgoing ties only</source>
        <translation>Endast utgående band</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel/panel.py" line="184" />
        <source>Incoming ties only</source>
        <translation>Endast inkommande band</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel/panel.py" line="192" />
        <source>Hide the rest (else dim it)</source>
        <translation>Dölj resten (annars tonas det ned)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel/panel.py" line="199" />
        <source>Filter…</source>
        <translation>Filter…</translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/graph/panel/panel.py" line="273" />
        <source>Focus: %n step(s)</source>
        <translation>
            <numerusform>Fokus: %n steg</numerusform>
            <numerusform>Fokus: %n steg</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel/panel.py" line="275" />
        <source>Show only the selection and its neighbours</source>
        <translation>Visa endast markeringen och dess grannar</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel/panel.py" line="280" />
        <source>A filter is on and hides part of the map</source>
        <translation>Ett filter är på och döljer en del av kartan</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel/panel.py" line="282" />
        <source>Show only some clusters, kinds or relationships, a date or a project</source>
        <translation>Visa endast vissa kluster, typer eller relationer, ett datum eller ett projekt</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel/panel.py" line="317" />
        <source>Layout: {name}</source>
        <translation>Layout: {name}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel/panel.py" line="476" />
        <source>Edit</source>
        <translation>Redigera</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel/panel.py" line="478" />
        <source>Connect to…</source>
        <translation>Koppla till…</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel/panel.py" line="479" />
        <source>Focus on neighbourhood</source>
        <translation>Fokusera på grannskapet</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel/panel.py" line="480" />
        <source>Hide</source>
        <translation>Dölj</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel/panel.py" line="483" />
        <source>Show the network of this project</source>
        <translation>Visa projektets nätverk</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel/panel.py" line="488" />
        <source>Unpin</source>
        <translation>Lossa</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel/panel.py" line="488" />
        <source>Pin in place</source>
        <translation>Fäst på plats</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel/panel.py" line="492" />
        <source>Delete…</source>
        <translation>Radera…</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel/panel.py" line="499" />
        <source>Add actor here</source>
        <translation>Lägg till aktör här</translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/graph/panel/panel.py" line="504" />
        <source>Show %n hidden actor(s)</source>
        <translation>
            <numerusform>Visa %n dold aktör</numerusform>
            <numerusform>Visa %n dolda aktörer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel/panel.py" line="505" />
        <source>Fit to view</source>
        <translation>Anpassa till vyn</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel/panel.py" line="530" />
        <source>Pin node</source>
        <translation>Fäst noden</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel/panel.py" line="530" />
        <source>Unpin node</source>
        <translation>Lossa noden</translation>
    </message>
</context>
<context>
    <name>GraphTooltip</name>
    <message>
        <location filename="../../aspdesk/graph/canvas/tooltips.py" line="32" />
        <source>Members: {count}</source>
        <translation>Medlemmar: {count}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/canvas/tooltips.py" line="62" />
        <source>Status: {status}</source>
        <translation>Status: {status}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/canvas/tooltips.py" line="63" />
        <source>Partners: {count}</source>
        <translation>Partner: {count}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/canvas/tooltips.py" line="74" />
        <source>Clusters: {names}</source>
        <translation>Kluster: {names}</translation>
    </message>
</context>
<context>
    <name>HealthPanel</name>
    <message>
        <location filename="../../aspdesk/ui/health/panel.py" line="66" />
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/health/panel.py" line="67" />
        <source>Warning</source>
        <translation>Varning</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/health/panel.py" line="68" />
        <source>In order</source>
        <translation>I ordning</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/health/panel.py" line="151" />
        <source>Each cluster checked against the cluster model. Click a finding to see its actors on the graph.</source>
        <translation>Varje kluster kontrollerat mot klustermodellen. Klicka på en iakttagelse för att se dess aktörer i grafen.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/health/panel.py" line="157" />
        <source>Rules…</source>
        <translation>Regler…</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/health/panel.py" line="158" />
        <source>Change what the check asks of a cluster</source>
        <translation>Ändra vad kontrollen kräver av ett kluster</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/health/panel.py" line="160" />
        <source>Show what is in order</source>
        <translation>Visa det som är i ordning</translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/health/panel.py" line="250" />
        <source>%n problem(s)</source>
        <translation>
            <numerusform>%n problem</numerusform>
            <numerusform>%n problem</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/health/panel.py" line="251" />
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n varning</numerusform>
            <numerusform>%n varningar</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <location filename="../../aspdesk/ui/help/pages.py" line="42" />
        <location filename="../../aspdesk/ui/help/window.py" line="139" />
        <source>Getting started</source>
        <translation>Kom igång</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/help/pages.py" line="43" />
        <source>Workshop keys</source>
        <translation>Tangenter för workshoppen</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/help/pages.py" line="44" />
        <source>Importing a spreadsheet</source>
        <translation>Importera ett kalkylblad</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/help/pages.py" line="45" />
        <source>Cluster health explained</source>
        <translation>Klusterhälsan förklarad</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/help/window.py" line="103" />
        <source>This page of the guide is missing: {name}</source>
        <translation>Den här sidan i handboken saknas: {name}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/help/window.py" line="119" />
        <location filename="../../aspdesk/ui/help/window.py" line="190" />
        <source>aspdesk help</source>
        <translation>Hjälp för aspdesk</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/help/window.py" line="133" />
        <source>&lt; Back</source>
        <translation>&lt; Bakåt</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/help/window.py" line="135" />
        <source>The page shown before (Alt+Left)</source>
        <translation>Sidan som visades före (Alt+Vänster)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/help/window.py" line="136" />
        <source>Forward &gt;</source>
        <translation>Framåt &gt;</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/help/window.py" line="138" />
        <source>The next page again (Alt+Right)</source>
        <translation>Nästa sida igen (Alt+Höger)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/help/window.py" line="188" />
        <source>{page} – aspdesk help</source>
        <translation>{page} – hjälp för aspdesk</translation>
    </message>
</context>
<context>
    <name>HistoryPanel</name>
    <message>
        <location filename="../../aspdesk/ui/forms/history.py" line="151" />
        <source>The newest {count} steps are shown.</source>
        <translation>De {count} senaste stegen visas.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/history.py" line="153" />
        <source>Restore puts a field's earlier value back, as a new step.</source>
        <translation>Återställ sätter tillbaka ett fälts tidigare värde, som ett nytt steg.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/history.py" line="155" />
        <source>No changes recorded yet.</source>
        <translation>Inga ändringar har registrerats ännu.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/history.py" line="188" />
        <source>Restore</source>
        <translation>Återställ</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/history.py" line="190" />
        <source>Restore this value: put {value} back, as a new step.</source>
        <translation>Återställ det här värdet: sätt tillbaka {value}, som ett nytt steg.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/history.py" line="211" />
        <source>Undo: {step}</source>
        <translation>Ångrat: {step}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/history.py" line="213" />
        <source>Redo: {step}</source>
        <translation>Gjort om: {step}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/history.py" line="215" />
        <source>History starts here</source>
        <translation>Historiken börjar här</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/history.py" line="217" />
        <source>Placed on the graph</source>
        <translation>Placerad i nätverksbilden</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/history.py" line="219" />
        <source>The sample map was made</source>
        <translation>Exempelkartan skapades</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/history.py" line="221" />
        <source>Saved from a window into this new map</source>
        <translation>Sparad från ett fönster till den här nya kartan</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/history.py" line="227" />
        <source>Added</source>
        <translation>Tillagd</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/history.py" line="230" />
        <source>Deleted</source>
        <translation>Borttagen</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/history.py" line="243" />
        <source>Place on the graph</source>
        <translation>Plats i nätverksbilden</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/history.py" line="245" />
        <source>Pinned on the graph</source>
        <translation>Fäst i nätverksbilden</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/history.py" line="261" />
        <source>Restore “{name}”: {field}</source>
        <translation>Återställ ”{name}”: {field}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/history.py" line="316" />
        <source>(no longer in the map)</source>
        <translation>(finns inte längre på kartan)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/history.py" line="323" />
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/history.py" line="324" />
        <source>no</source>
        <translation>nej</translation>
    </message>
</context>
<context>
    <name>ImageActions</name>
    <message>
        <location filename="../../aspdesk/ui/exports/image_actions.py" line="50" />
        <source>Export &amp;image…</source>
        <translation>Exportera &amp;bild…</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/image_actions.py" line="53" />
        <source>Copy &amp;image</source>
        <translation>Kopiera &amp;bild</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/image_actions.py" line="84" />
        <source>Drawing {path}…</source>
        <translation>Ritar {path}…</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/image_actions.py" line="91" />
        <source>Export cancelled; no file was written.</source>
        <translation>Exporten avbröts; ingen fil skrevs.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/image_actions.py" line="96" />
        <source>Image saved to {path}</source>
        <translation>Bilden sparades i {path}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/image_actions.py" line="99" />
        <source>The image was not saved</source>
        <translation>Bilden sparades inte</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/image_actions.py" line="109" />
        <source>The graph is on the clipboard</source>
        <translation>Grafen finns på urklipp</translation>
    </message>
</context>
<context>
    <name>ImageExportDialog</name>
    <message>
        <location filename="../../aspdesk/ui/exports/image_dialog.py" line="61" />
        <source>Export image</source>
        <translation>Exportera bild</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/image_dialog.py" line="68" />
        <source>Browse…</source>
        <translation>Bläddra…</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/image_dialog.py" line="75" />
        <source>Width</source>
        <translation>Bredd</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/image_dialog.py" line="76" />
        <source>Resolution</source>
        <translation>Upplösning</translation>
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
        <translation>Anpassa till ritningen</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/image_dialog.py" line="99" />
        <source>A4 landscape</source>
        <translation>A4 liggande</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/image_dialog.py" line="100" />
        <source>A3 landscape</source>
        <translation>A3 liggande</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/image_dialog.py" line="103" />
        <source>Light</source>
        <translation>Ljus</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/image_dialog.py" line="104" />
        <source>Projector (thick lines, big nodes)</source>
        <translation>Projektor (tjocka linjer, stora noder)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/image_dialog.py" line="105" />
        <source>Dark (high contrast)</source>
        <translation>Mörk (hög kontrast)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/image_dialog.py" line="107" />
        <source>Transparent background</source>
        <translation>Genomskinlig bakgrund</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/image_dialog.py" line="109" />
        <source>Legend</source>
        <translation>Teckenförklaring</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/image_dialog.py" line="112" />
        <source>No heading</source>
        <translation>Ingen rubrik</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/image_dialog.py" line="113" />
        <source>Today's date</source>
        <translation>Dagens datum</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/image_dialog.py" line="116" />
        <source>For example: Source: Regional Council, 2025</source>
        <translation>Till exempel: Källa: Österbottens förbund, 2025</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/image_dialog.py" line="119" />
        <source>File:</source>
        <translation>Fil:</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/image_dialog.py" line="120" />
        <source>Format:</source>
        <translation>Format:</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/image_dialog.py" line="121" />
        <source>Size:</source>
        <translation>Storlek:</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/image_dialog.py" line="122" />
        <source>Page:</source>
        <translation>Sida:</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/image_dialog.py" line="123" />
        <source>One page for each saved view</source>
        <translation>En sida för varje sparad vy</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/image_dialog.py" line="126" />
        <source>Look:</source>
        <translation>Utseende:</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/image_dialog.py" line="128" />
        <source>Heading:</source>
        <translation>Rubrik:</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/image_dialog.py" line="131" />
        <source>Source line:</source>
        <translation>Källrad:</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/image_dialog.py" line="136" />
        <source>Export</source>
        <translation>Exportera</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/image_dialog.py" line="175" />
        <source>PNG picture</source>
        <translation>PNG-bild</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/image_dialog.py" line="176" />
        <source>SVG drawing (vectors, text stays text)</source>
        <translation>SVG-ritning (vektorer, texten förblir text)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/image_dialog.py" line="177" />
        <source>PDF document (vectors, text stays text)</source>
        <translation>PDF-dokument (vektorer, texten förblir text)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/image_dialog.py" line="180" />
        <source>Choose a name ending in .png, .svg or .pdf</source>
        <translation>Välj ett namn som slutar på .png, .svg eller .pdf</translation>
    </message>
</context>
<context>
    <name>ImportDialog</name>
    <message>
        <location filename="../../aspdesk/ui/importing/dialog.py" line="366" />
        <location filename="../../aspdesk/ui/importing/dialog.py" line="394" />
        <source>Import</source>
        <translation>Importera</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/importing/dialog.py" line="386" />
        <source>&lt; Columns</source>
        <translation>&lt; Kolumner</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/importing/dialog.py" line="389" />
        <source>Preview &gt;</source>
        <translation>Förhandsgranskning &gt;</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/importing/dialog.py" line="413" />
        <source>From the file {file}</source>
        <translation>Från filen {file}</translation>
    </message>
</context>
<context>
    <name>Importer</name>
    <message>
        <location filename="../../aspdesk/ui/importing/importer.py" line="65" />
        <source>&amp;Import…</source>
        <translation>&amp;Importera…</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/importing/importer.py" line="140" />
        <source>Reading {file}…</source>
        <translation>Läser {file}…</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/importing/importer.py" line="167" />
        <source>Reading the answers in {file}…</source>
        <translation>Läser svaren i {file}…</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/importing/importer.py" line="264" />
        <source>The file was not imported</source>
        <translation>Filen importerades inte</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/importing/importer.py" line="270" />
        <source>Import cancelled; the map was not changed.</source>
        <translation>Importen avbröts; kartan ändrades inte.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/importing/importer.py" line="307" />
        <source>Placing the new actors…</source>
        <translation>Placerar de nya aktörerna…</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/importing/importer.py" line="320" />
        <source>The map already holds everything in {file}.</source>
        <translation>Kartan innehåller redan allt i {file}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/importing.py" line="431" />
        <location filename="../../aspdesk/cli/survey.py" line="224" />
        <location filename="../../aspdesk/ui/importing/importer.py" line="323" />
        <source>Import {file}</source>
        <translation>Importera {file}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/importing/importer.py" line="333" />
        <source>Imported {file}: {added} added, {changed} changed.</source>
        <translation>Importerade {file}: {added} tillagda, {changed} ändrade.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/importing/importer.py" line="344" />
        <source>actors-template</source>
        <translation>aktorer-mall</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/importing/importer.py" line="358" />
        <source>The template was not saved</source>
        <translation>Mallen sparades inte</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/importing/importer.py" line="361" />
        <source>Saved the template {path}</source>
        <translation>Mallen {path} sparades</translation>
    </message>
</context>
<context>
    <name>LanguageMenu</name>
    <message>
        <location filename="../../aspdesk/ui/window/language_menu.py" line="28" />
        <source>&amp;Language</source>
        <translation>&amp;Språk</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/language_menu.py" line="32" />
        <source>&amp;System language</source>
        <translation>&amp;Systemets språk</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/language_menu.py" line="54" />
        <source>Language</source>
        <translation>Språk</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/language_menu.py" line="55" />
        <source>aspdesk will speak {language} when it starts next time.</source>
        <translation>Språket blir {language} när aspdesk startas nästa gång.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/language_menu.py" line="59" />
        <source>aspdesk will follow the system's language when it starts next time.</source>
        <translation>aspdesk följer systemets språk när det startas nästa gång.</translation>
    </message>
</context>
<context>
    <name>LayoutRunner</name>
    <message numerus="yes">
        <location filename="../../aspdesk/graph/layouts/run.py" line="267" />
        <source>Laying out %n node(s)…</source>
        <translation>
            <numerusform>Placerar ut %n nod…</numerusform>
            <numerusform>Placerar ut %n noder…</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LegendPanel</name>
    <message>
        <location filename="../../aspdesk/graph/legend/panel.py" line="210" />
        <source>Show the &amp;legend</source>
        <translation>Visa &amp;teckenförklaringen</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/legend/panel.py" line="215" />
        <source>Legend</source>
        <translation>Förklaring</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/legend/panel.py" line="220" />
        <source>Move the legend to another side</source>
        <translation>Flytta teckenförklaringen till en annan sida</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/legend/panel.py" line="221" />
        <location filename="../../aspdesk/graph/legend/panel.py" line="473" />
        <source>Collapse the legend</source>
        <translation>Fäll ihop teckenförklaringen</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/legend/panel.py" line="222" />
        <source>Hide the legend</source>
        <translation>Dölj teckenförklaringen</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/legend/panel.py" line="473" />
        <source>Show the legend</source>
        <translation>Visa teckenförklaringen</translation>
    </message>
</context>
<context>
    <name>Live</name>
    <message>
        <location filename="../../aspdesk/app/live.py" line="190" />
        <source>The server cannot be reached. Your last change was not saved: {step}. Editing is off until the server is back; aspdesk connects again by itself.</source>
        <translation>Servern kan inte nås. Din senaste ändring sparades inte: {step}. Kartan kan inte redigeras förrän servern är tillbaka; aspdesk ansluter igen av sig själv.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/live.py" line="196" />
        <source>The server cannot be reached. Your last change was saved. Editing is off until the server is back; aspdesk connects again by itself.</source>
        <translation>Servern kan inte nås. Din senaste ändring sparades. Kartan kan inte redigeras förrän servern är tillbaka; aspdesk ansluter igen av sig själv.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/live.py" line="201" />
        <source>The server cannot be reached. Editing is off until the server is back; aspdesk connects again by itself.</source>
        <translation>Servern kan inte nås. Kartan kan inte redigeras förrän servern är tillbaka; aspdesk ansluter igen av sig själv.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../aspdesk/ui/forms/adding.py" line="47" />
        <source>Add &amp;actor</source>
        <translation>Lägg till &amp;aktör</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/adding.py" line="52" />
        <source>Add c&amp;luster</source>
        <translation>Lägg till k&amp;luster</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/adding.py" line="57" />
        <source>Add pro&amp;ject</source>
        <translation>Lägg till pro&amp;jekt</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/adding.py" line="62" />
        <source>Add &amp;membership</source>
        <translation>Lägg till &amp;medlemskap</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/adding.py" line="67" />
        <source>Add &amp;relationship</source>
        <translation>Lägg till &amp;relation</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/adding.py" line="72" />
        <source>Add contact &amp;person</source>
        <translation>Lägg till kontakt&amp;person</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/adding.py" line="76" />
        <source>Add project par&amp;tner</source>
        <translation>Lägg till projektpartn&amp;er</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/editor_stack.py" line="65" />
        <source>Select an actor, cluster, project, membership, relationship, contact person or project partner to edit it here.</source>
        <translation>Välj en aktör, ett kluster, ett projekt, ett medlemskap, en relation, en kontaktperson eller en projektpartner för att redigera den här.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/main_window.py" line="142" />
        <source>Tables</source>
        <translation>Tabeller</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/main_window.py" line="147" />
        <source>Related</source>
        <translation>Relaterat</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/main_window.py" line="149" />
        <source>Memberships, contacts and projects</source>
        <translation>Medlemskap, kontakter och projekt</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/main_window.py" line="151" />
        <source>Editor</source>
        <translation>Redigerare</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/main_window.py" line="154" />
        <source>Cluster overview</source>
        <translation>Klusteröversikt</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/main_window.py" line="159" />
        <source>Saved views</source>
        <translation>Sparade vyer</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/main_window.py" line="207" />
        <source>&amp;Close</source>
        <translation>&amp;Stäng</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/main_window.py" line="208" />
        <source>&amp;Quit</source>
        <translation>&amp;Avsluta</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/main_window.py" line="209" />
        <source>&amp;Delete</source>
        <translation>&amp;Radera</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/main_window.py" line="210" />
        <source>&amp;Find</source>
        <translation>&amp;Sök</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/main_window.py" line="215" />
        <source>&amp;About aspdesk</source>
        <translation>&amp;Om aspdesk</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/main_window.py" line="218" />
        <source>&amp;Fit graph to view</source>
        <translation>&amp;Anpassa grafen till vyn</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/main_window.py" line="220" />
        <source>Zoom to &amp;selection</source>
        <translation>Zooma till &amp;markeringen</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/main_window.py" line="222" />
        <source>Zoom &amp;in</source>
        <translation>Zooma &amp;in</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/main_window.py" line="223" />
        <source>Zoom &amp;out</source>
        <translation>Zooma &amp;ut</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/main_window.py" line="230" />
        <source>&amp;File</source>
        <translation>&amp;Arkiv</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/main_window.py" line="251" />
        <source>&amp;Edit</source>
        <translation>&amp;Redigera</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/main_window.py" line="258" />
        <source>&amp;Map</source>
        <translation>&amp;Karta</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/main_window.py" line="264" />
        <source>&amp;View</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/main_window.py" line="283" />
        <source>&amp;Help</source>
        <translation>&amp;Hjälp</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/main_window.py" line="288" />
        <source>Main toolbar</source>
        <translation>Huvudverktygsfält</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/tables/tabs.py" line="29" />
        <source>Actors</source>
        <translation>Aktörer</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/tables/tabs.py" line="30" />
        <source>Clusters</source>
        <translation>Kluster</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/tables/tabs.py" line="31" />
        <source>Projects</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/tables/tabs.py" line="32" />
        <source>Relationships</source>
        <translation>Relationer</translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/window/main_window.py" line="423" />
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n aktör</numerusform>
            <numerusform>%n aktörer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/window/main_window.py" line="424" />
        <source>%n cluster(s)</source>
        <translation>
            <numerusform>%n kluster</numerusform>
            <numerusform>%n kluster</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/window/main_window.py" line="425" />
        <source>%n project(s)</source>
        <translation>
            <numerusform>%n projekt</numerusform>
            <numerusform>%n projekt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/window/main_window.py" line="426" />
        <source>%n membership(s)</source>
        <translation>
            <numerusform>%n medlemskap</numerusform>
            <numerusform>%n medlemskap</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/window/main_window.py" line="427" />
        <source>%n relationship(s)</source>
        <translation>
            <numerusform>%n relation</numerusform>
            <numerusform>%n relationer</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/main_window.py" line="452" />
        <source>About this map</source>
        <translation>Om den här kartan</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/main_window.py" line="456" />
        <source>The change was not made</source>
        <translation>Ändringen gjordes inte</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/main_window.py" line="483" />
        <source>Workshop mode</source>
        <translation>Workshopläge</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/main_window.py" line="483" />
        <source>Show the workshop on which screen?</source>
        <translation>På vilken skärm ska workshoppen visas?</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/main_window.py" line="492" />
        <source>Delete</source>
        <translation>Radera</translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/window/main_window.py" line="503" />
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>Radera %n objekt</numerusform>
            <numerusform>Radera %n objekt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/main_window.py" line="509" />
        <source>Delete {what}</source>
        <translation>Radera {what}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/main_window.py" line="525" />
        <source>About aspdesk</source>
        <translation>Om aspdesk</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/main_window.py" line="527" />
        <source>aspdesk {version}

Maps the actors, clusters, roles and relationships of regional business-cluster networks. Every change is saved in the map file at once.</source>
        <translation>aspdesk {version}

Kartlägger aktörerna, klustren, rollerna och relationerna i regionala näringslivsklusters nätverk. Varje ändring sparas genast i kartfilen.</translation>
    </message>
</context>
<context>
    <name>MapFiles</name>
    <message>
        <location filename="../../aspdesk/ui/files/map_files.py" line="69" />
        <source>&amp;New map…</source>
        <translation>&amp;Ny karta…</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/map_files.py" line="70" />
        <source>&amp;Open…</source>
        <translation>&amp;Öppna…</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/map_files.py" line="77" />
        <source>Save a &amp;copy as…</source>
        <translation>Spara en &amp;kopia som…</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/map_files.py" line="79" />
        <source>&amp;Rename map…</source>
        <translation>B&amp;yt namn på kartan…</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/map_files.py" line="81" />
        <source>&amp;Export data…</source>
        <translation>&amp;Exportera data…</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/map_files.py" line="84" />
        <source>Restore from &amp;backup…</source>
        <translation>&amp;Återställ från säkerhetskopia…</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/map_files.py" line="87" />
        <source>Open &amp;recent</source>
        <translation>Öppna senas&amp;te</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/map_files.py" line="103" />
        <location filename="../../aspdesk/ui/files/map_files.py" line="104" />
        <source>New map</source>
        <translation>Ny karta</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/map_files.py" line="128" />
        <location filename="../../aspdesk/ui/files/map_files.py" line="132" />
        <location filename="../../aspdesk/ui/files/map_files.py" line="199" />
        <source>The map could not be opened</source>
        <translation>Kartan kunde inte öppnas</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/map_files.py" line="157" />
        <source>a data file</source>
        <translation>en datafil</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/map_files.py" line="158" />
        <source>Import into a new map</source>
        <translation>Importera till en ny karta</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/map_files.py" line="159" />
        <source>{file} is {kind}, not an aspdesk map.</source>
        <translation>{file} är {kind}, inte en aspdesk-karta.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/map_files.py" line="161" />
        <source>aspdesk can make a new map and import the file's data into it: first choose where to save the new map, then check the import as usual. {file} itself is not changed.</source>
        <translation>aspdesk kan skapa en ny karta och importera filens data till den: välj först var den nya kartan ska sparas och kontrollera sedan importen som vanligt. Själva {file} ändras inte.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/map_files.py" line="165" />
        <source>Import into a new map…</source>
        <translation>Importera till en ny karta…</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/map_files.py" line="219" />
        <source>No other maps opened yet</source>
        <translation>Inga andra kartor har öppnats ännu</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/map_files.py" line="226" />
        <source>{name} (copy)</source>
        <translation>{name} (kopia)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/map_files.py" line="227" />
        <location filename="../../aspdesk/ui/files/map_files.py" line="232" />
        <location filename="../../aspdesk/ui/files/map_files.py" line="242" />
        <location filename="../../aspdesk/ui/files/map_files.py" line="253" />
        <source>Save a copy as</source>
        <translation>Spara en kopia som</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/map_files.py" line="232" />
        <source>Choose a file other than the open map.</source>
        <translation>Välj en annan fil än den öppna kartan.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/map_files.py" line="244" />
        <source>The map's own file was gone, so the copy was written from what this window holds: every actor, cluster, tie, project and saved view. Open {path} to go on working.</source>
        <translation>Kartans egen fil hade försvunnit, så kopian skrevs utifrån det som det här fönstret innehåller: varje aktör, kluster, band, projekt och sparad vy. Öppna {path} för att fortsätta arbeta.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/map_files.py" line="255" />
        <source>The team map's server could not be reached, so the copy was written from what this window holds: every actor, cluster, tie, project and saved view as they were when last read from the server.</source>
        <translation>Servern för den gemensamma kartan kunde inte nås, så kopian skrevs från det som finns i det här fönstret: alla aktörer, kluster, relationer, projekt och sparade vyer som de senast lästes från servern.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/map_files.py" line="262" />
        <source>The copy was not saved</source>
        <translation>Kopian sparades inte</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/map_files.py" line="264" />
        <source>Copy saved to {path}</source>
        <translation>Kopian sparades i {path}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/map_files.py" line="280" />
        <source>Export the map's history too?</source>
        <translation>Exportera också kartans historik?</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/map_files.py" line="282" />
        <source>The map's history: every change, when and by whom.</source>
        <translation>Kartans historik: varje ändring, när och av vem.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/map_files.py" line="284" />
        <source>Without the history</source>
        <translation>Utan historiken</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/map_files.py" line="285" />
        <source>With the history (a larger file; a restore keeps it)</source>
        <translation>Med historiken (en större fil; en återställning behåller den)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/map_files.py" line="306" />
        <source>Exporting to {path}…</source>
        <translation>Exporterar till {path}…</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/map_files.py" line="311" />
        <source>Export cancelled; no file was written.</source>
        <translation>Exporten avbröts; ingen fil skrevs.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/map_files.py" line="318" />
        <source>Exported to {path}, without personal data</source>
        <translation>Exporterat till {path}, utan personuppgifter</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/map_files.py" line="320" />
        <source>Exported to {path}</source>
        <translation>Exporterat till {path}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/map_files.py" line="328" />
        <source>The export was not written</source>
        <translation>Exporten skrevs inte</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/map_files.py" line="337" />
        <source>Restore from backup</source>
        <translation>Återställ från säkerhetskopia</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/map_files.py" line="339" />
        <source>A team map's backups are kept by its server's admin, who can restore one. File &gt; Save a copy as… keeps a copy of the map as it is now.</source>
        <translation>Säkerhetskopiorna av en gemensam karta sköts av serverns administratör, som kan återställa en. Arkiv &gt; Spara en kopia som… sparar en kopia av kartan som den är nu.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/map_files.py" line="364" />
        <source>The copy could not be read</source>
        <translation>Kopian kunde inte läsas</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/map_files.py" line="367" />
        <source>Restore the copy of {made}</source>
        <translation>Återställ kopian från {made}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/map_files.py" line="370" />
        <source>Restored the copy of {made}. Edit &gt; Undo takes it back.</source>
        <translation>Kopian från {made} återställdes. Redigera &gt; Ångra tar tillbaka det.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/map_files.py" line="380" />
        <source>Rename map</source>
        <translation>Byt namn på kartan</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/map_files.py" line="380" />
        <source>Name of the map:</source>
        <translation>Kartans namn:</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/map_files.py" line="383" />
        <source>Rename map to “{name}”</source>
        <translation>Byt namn på kartan till ”{name}”</translation>
    </message>
</context>
<context>
    <name>MetricsPanel</name>
    <message>
        <location filename="../../aspdesk/ui/metrics/panel.py" line="143" />
        <source>Compute</source>
        <translation>Beräkna</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/metrics/panel.py" line="144" />
        <source>Compute the figures again for what is on show</source>
        <translation>Beräkna måtten på nytt för det som visas</translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/metrics/panel.py" line="233" />
        <source>Computing network metrics for %n actor(s)…</source>
        <translation>
            <numerusform>Beräknar nätverksmått för %n aktör…</numerusform>
            <numerusform>Beräknar nätverksmått för %n aktörer…</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/metrics/panel.py" line="258" />
        <source>Computing was cancelled.</source>
        <translation>Beräkningen avbröts.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/metrics/panel.py" line="265" />
        <source>The figures could not be computed: {error}</source>
        <translation>Måtten kunde inte beräknas: {error}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/metrics/panel.py" line="294" />
        <source>Computing…</source>
        <translation>Beräknar…</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/metrics/panel.py" line="296" />
        <source>No figures yet: press Compute.</source>
        <translation>Inga mått ännu: tryck på Beräkna.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/metrics/panel.py" line="298" />
        <source>%n actor(s)</source>
        <translation>
            <numerusform>%n aktör</numerusform>
            <numerusform>%n aktörer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/metrics/panel.py" line="299" />
        <source>%n tie(s)</source>
        <translation>
            <numerusform>%n band</numerusform>
            <numerusform>%n band</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/metrics/panel.py" line="301" />
        <source>Figures for the {actors} and {ties} shown.</source>
        <translation>Mått för de {actors} och {ties} som visas.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/metrics/panel.py" line="315" />
        <source>The map or the filter has changed since: press Compute to update.</source>
        <translation>Kartan eller filtret har ändrats sedan dess: tryck på Beräkna för att uppdatera.</translation>
    </message>
</context>
<context>
    <name>MetricsTableModel</name>
    <message>
        <location filename="../../aspdesk/ui/metrics/model.py" line="43" />
        <source>Single point of failure</source>
        <translation>Enskild felpunkt</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/metrics/model.py" line="44" />
        <source>If this actor left, its part of the network would fall apart.</source>
        <translation>Om den här aktören lämnade skulle dess del av nätverket falla sönder.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/metrics/model.py" line="49" />
        <source>Hangs on one tie</source>
        <translation>Hänger på ett band</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/metrics/model.py" line="50" />
        <source>The actor's only tie is a bridge: without it the actor is cut off.</source>
        <translation>Aktörens enda band är en bro: utan det blir aktören avskuren.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/metrics/model.py" line="56" />
        <source>No ties</source>
        <translation>Inga band</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/metrics/model.py" line="57" />
        <source>The actor has no ties with the others on show.</source>
        <translation>Aktören har inga band till de andra som visas.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/metrics/model.py" line="219" />
        <source>Actor</source>
        <translation>Aktör</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/metrics/model.py" line="220" />
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/metrics/model.py" line="221" />
        <source>Weak point</source>
        <translation>Svag punkt</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/metrics/model.py" line="229" />
        <source>Where the network would break: actors whose leaving would split it, actors tied in by a single tie, and actors without ties.</source>
        <translation>Där nätverket skulle gå sönder: aktörer vars avgång skulle dela det, aktörer som hålls kvar av ett enda band och aktörer utan band.</translation>
    </message>
</context>
<context>
    <name>NewActorPrompt</name>
    <message>
        <location filename="../../aspdesk/graph/workshop/window.py" line="92" />
        <source>New actor: type its name and press Enter</source>
        <translation>Ny aktör: skriv dess namn och tryck på Enter</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/workshop/window.py" line="122" />
        <source>New actor: type its name and press Enter (Esc cancels)</source>
        <translation>Ny aktör: skriv dess namn och tryck på Enter (Esc avbryter)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/workshop/window.py" line="138" />
        <source>Which kind? Press its number (Esc cancels).</source>
        <translation>Vilken typ? Tryck på dess nummer (Esc avbryter).</translation>
    </message>
</context>
<context>
    <name>NewRoundDialog</name>
    <message>
        <location filename="../../aspdesk/ui/survey/new_round.py" line="46" />
        <source>New survey round</source>
        <translation>Ny enkätrunda</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/survey/new_round.py" line="53" />
        <source>&amp;Cluster:</source>
        <translation>&amp;Kluster:</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/survey/new_round.py" line="60" />
        <source>&amp;Language of the questionnaires:</source>
        <translation>Enkäternas &amp;språk:</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/survey/new_round.py" line="63" />
        <source>&amp;Browse…</source>
        <translation>&amp;Bläddra…</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/survey/new_round.py" line="68" />
        <source>&amp;Folder:</source>
        <translation>&amp;Mapp:</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/survey/new_round.py" line="75" />
        <source>&amp;Write questionnaires</source>
        <translation>&amp;Skriv enkäterna</translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/survey/new_round.py" line="95" />
        <source>%n member(s) will get a questionnaire.</source>
        <translation>
            <numerusform>%n medlem får en enkät.</numerusform>
            <numerusform>%n medlemmar får en enkät.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>NodeDrag</name>
    <message numerus="yes">
        <location filename="../../aspdesk/graph/canvas/node_drag.py" line="72" />
        <source>Move %n node(s)</source>
        <translation>
            <numerusform>Flytta %n nod</numerusform>
            <numerusform>Flytta %n noder</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>OfflineCopies</name>
    <message>
        <location filename="../../aspdesk/ui/files/offline.py" line="63" />
        <source>Take a copy &amp;offline…</source>
        <translation>Ta en kopia för &amp;offlinebruk…</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/offline.py" line="65" />
        <source>Send changes to the &amp;team map…</source>
        <translation>Skicka än&amp;dringarna till den gemensamma kartan…</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/offline.py" line="96" />
        <source>Take a copy offline</source>
        <translation>Ta en kopia för offlinebruk</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/offline.py" line="98" />
        <source>{name} (offline)</source>
        <translation>{name} (offline)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/offline.py" line="107" />
        <source>Taking a copy of {map} offline…</source>
        <translation>Tar en offlinekopia av {map}…</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/offline.py" line="116" />
        <source>Working on the offline copy {path}</source>
        <translation>Du arbetar i offlinekopian {path}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/offline.py" line="122" />
        <source>The offline copy was not written</source>
        <translation>Offlinekopian skrevs inte</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/offline.py" line="137" />
        <location filename="../../aspdesk/ui/files/offline.py" line="199" />
        <source>The changes were not sent</source>
        <translation>Ändringarna skickades inte</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/offline.py" line="157" />
        <location filename="../../aspdesk/ui/files/offline.py" line="165" />
        <source>Send changes to the team map</source>
        <translation>Skicka ändringarna till den gemensamma kartan</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/offline.py" line="159" />
        <source>The team map {map} already has every change of this copy: there is nothing to send.</source>
        <translation>Den gemensamma kartan {map} har redan alla ändringar i den här kopian: det finns ingenting att skicka.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/offline.py" line="166" />
        <source>Send</source>
        <translation>Skicka</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/offline.py" line="169" />
        <source>From the offline copy {file} to the team map {map}</source>
        <translation>Från offlinekopian {file} till den gemensamma kartan {map}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/offline.py" line="192" />
        <source>Nothing was sent; the team map was not changed.</source>
        <translation>Ingenting skickades; den gemensamma kartan ändrades inte.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/offline.py" line="196" />
        <source>Send changes from {file}</source>
        <translation>Skicka ändringarna från {file}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/offline.py" line="205" />
        <source>The copy did not record the send</source>
        <translation>Kopian kunde inte anteckna sändningen</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/offline.py" line="207" />
        <source>The changes are on the team map, but the offline copy could not record that they were sent ({detail}): do not send this copy again.</source>
        <translation>Ändringarna finns i den gemensamma kartan, men offlinekopian kunde inte anteckna att de skickats ({detail}): skicka inte den här kopian igen.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/offline.py" line="215" />
        <source>Sent to the team map: {added} added, {changed} changed, {deleted} deleted, {conflicts} conflicts kept as the team map has them.</source>
        <translation>Skickat till den gemensamma kartan: {added} tillagda, {changed} ändrade, {deleted} borttagna; {conflicts} konflikter där den gemensamma kartans värde behölls.</translation>
    </message>
</context>
<context>
    <name>OutcomesPanel</name>
    <message>
        <location filename="../../aspdesk/ui/health/outcomes_panel.py" line="83" />
        <source>What changed on the network between the two days. Click a number to see its actors on the graph.</source>
        <translation>Vad som ändrades i nätverket mellan de två dagarna. Klicka på ett tal för att se dess aktörer i grafen.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/health/outcomes_panel.py" line="102" />
        <source>First day</source>
        <translation>Första dagen</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/health/outcomes_panel.py" line="103" />
        <source>Last day</source>
        <translation>Sista dagen</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/health/outcomes_panel.py" line="138" />
        <source>The first day comes after the last one.</source>
        <translation>Den första dagen kommer efter den sista.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/health/outcomes_panel.py" line="171" />
        <source>The network at the end of {then} against the end of {now}.</source>
        <translation>Nätverket i slutet av {then} jämfört med slutet av {now}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/health/outcomes_panel.py" line="190" />
        <source>New ties</source>
        <translation>Nya band</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/health/outcomes_panel.py" line="191" />
        <source>Ended ties</source>
        <translation>Upphörda band</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/health/outcomes_panel.py" line="192" />
        <source>New international ties</source>
        <translation>Nya internationella band</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/health/outcomes_panel.py" line="194" />
        <source>Companies tied to research for the first time</source>
        <translation>Företag med band till forskningen för första gången</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/health/outcomes_panel.py" line="196" />
        <source>New memberships</source>
        <translation>Nya medlemskap</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/health/outcomes_panel.py" line="198" />
        <source>By role</source>
        <translation>Efter roll</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/health/outcomes_panel.py" line="201" />
        <source>Ended memberships</source>
        <translation>Upphörda medlemskap</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/health/outcomes_panel.py" line="202" />
        <source>Health findings solved</source>
        <translation>Lösta iakttagelser i hälsokontrollen</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/health/outcomes_panel.py" line="203" />
        <source>Health findings appeared</source>
        <translation>Nya iakttagelser i hälsokontrollen</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/health/outcomes_panel.py" line="246" />
        <source>By type or kind</source>
        <translation>Efter typ</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/health/outcomes_panel.py" line="247" />
        <source>By cluster</source>
        <translation>Efter kluster</translation>
    </message>
</context>
<context>
    <name>PastValues</name>
    <message>
        <location filename="../../aspdesk/app/past_values.py" line="46" />
        <source>The old value names an actor, cluster or project that is no longer in the map, so it was not put back.</source>
        <translation>Det gamla värdet hänvisar till en aktör, ett kluster eller ett projekt som inte längre finns på kartan, så det sattes inte tillbaka.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/past_values.py" line="58" />
        <source>The old value was not put back: {problem}</source>
        <translation>Det gamla värdet sattes inte tillbaka: {problem}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/past_values.py" line="73" />
        <source>This is no longer in the map, so none of its values can be put back.</source>
        <translation>Det här finns inte längre på kartan, så inga av dess värden kan sättas tillbaka.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/past_values.py" line="86" />
        <source>It has this value already.</source>
        <translation>Det har redan det här värdet.</translation>
    </message>
</context>
<context>
    <name>PercentEditor</name>
    <message>
        <location filename="../../aspdesk/ui/forms/number_editors.py" line="86" />
        <source>e.g. {example}</source>
        <translation>t.ex. {example}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/number_editors.py" line="91" />
        <source>Write the share in per cent as a number from 0 to 100 with at most two decimals, such as {example}.</source>
        <translation>Skriv andelen i procent som ett tal från 0 till 100 med högst två decimaler, till exempel {example}.</translation>
    </message>
</context>
<context>
    <name>PreviewModel</name>
    <message>
        <location filename="../../aspdesk/ui/importing/preview.py" line="67" />
        <source>Where in the file</source>
        <translation>Var i filen</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/importing/preview.py" line="68" />
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/importing/preview.py" line="69" />
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/importing/preview.py" line="70" />
        <source>Result</source>
        <translation>Resultat</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/importing/preview.py" line="71" />
        <source>Details</source>
        <translation>Detaljer</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/importing/preview.py" line="72" />
        <source>Your choice</source>
        <translation>Ditt val</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/importing/preview.py" line="225" />
        <source>Add as a new actor</source>
        <translation>Lägg till som ny aktör</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/importing/preview.py" line="227" />
        <source>Same as “{name}”</source>
        <translation>Samma som ”{name}”</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/importing/preview.py" line="267" />
        <source>Looks like {names} in the map</source>
        <translation>Liknar {names} på kartan</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/importing/preview.py" line="271" />
        <source>Import without the bad fields</source>
        <translation>Importera utan de felaktiga fälten</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/importing/preview.py" line="274" />
        <source>Use the copy's values</source>
        <translation>Använd kopians värden</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/importing/preview.py" line="275" />
        <source>Use the file's values</source>
        <translation>Använd filens värden</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <location filename="../../aspdesk/ui/importing/dialog.py" line="128" />
        <source>All rows</source>
        <translation>Alla rader</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/importing/dialog.py" line="132" />
        <source>Possible duplicates</source>
        <translation>Möjliga dubbletter</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/importing/dialog.py" line="145" />
        <source>Show:</source>
        <translation>Visa:</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/importing/dialog.py" line="151" />
        <source>Keep the map's values in every conflict</source>
        <translation>Behåll kartans värden i varje konflikt</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/importing/dialog.py" line="152" />
        <source>Take the file's values in every conflict</source>
        <translation>Ta filens värden i varje konflikt</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/importing/dialog.py" line="185" />
        <source>Import the rows with errors without their bad fields, and keep the problems in each row's notes</source>
        <translation>Importera raderna med fel utan deras felaktiga fält, och spara problemen i varje rads anteckningar</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/importing/dialog.py" line="190" />
        <source>Skip the rows with errors and import the rest</source>
        <translation>Hoppa över raderna med fel och importera resten</translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/importing/dialog.py" line="224" />
        <source>%n possible duplicate(s) of actors in the map: check them below.</source>
        <translation>
            <numerusform>%n möjlig dubblett av aktörer på kartan: kontrollera den nedan.</numerusform>
            <numerusform>%n möjliga dubbletter av aktörer på kartan: kontrollera dem nedan.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/importing/dialog.py" line="231" />
        <source>%n empty row(s) or unusable item(s) left out.</source>
        <translation>
            <numerusform>%n tom rad eller oanvändbart objekt lämnades bort.</numerusform>
            <numerusform>%n tomma rader eller oanvändbara objekt lämnades bort.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/importing/dialog.py" line="237" />
        <source>%n value(s) read in standard form, such as a business ID without its hyphen: see Details.</source>
        <translation>
            <numerusform>%n värde lästes i standardform, till exempel ett FO-nummer utan bindestreck: se Detaljer.</numerusform>
            <numerusform>%n värden lästes i standardform, till exempel ett FO-nummer utan bindestreck: se Detaljer.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/importing/dialog.py" line="243" />
        <source>The file holds nothing to import.</source>
        <translation>Filen innehåller ingenting att importera.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/importing/dialog.py" line="268" />
        <source>Keep the team map's values in every conflict</source>
        <translation>Behåll den gemensamma kartans värden i alla konflikter</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/importing/dialog.py" line="269" />
        <source>Take the copy's values in every conflict</source>
        <translation>Ta kopians värden i alla konflikter</translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/importing/dialog.py" line="275" />
        <source>%n problem(s) in the file; the first {shown} are listed:</source>
        <translation>
            <numerusform>%n problem i filen; de första {shown} visas:</numerusform>
            <numerusform>%n problem i filen; de första {shown} visas:</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/importing/dialog.py" line="278" />
        <source>%n problem(s) in the file. Click one to see its row:</source>
        <translation>
            <numerusform>%n problem i filen. Klicka på det för att se dess rad:</numerusform>
            <numerusform>%n problem i filen. Klicka på ett för att se dess rad:</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/importing/dialog.py" line="279" />
        <source>No problems found in the file.</source>
        <translation>Inga problem hittades i filen.</translation>
    </message>
</context>
<context>
    <name>PrivacySwitch</name>
    <message>
        <location filename="../../aspdesk/ui/window/privacy.py" line="22" />
        <source>&amp;Hide personal data (workshop-safe)</source>
        <translation>&amp;Dölj personuppgifter (säkert för workshoppar)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/privacy.py" line="26" />
        <source>Hide contact persons, e-mail addresses, phone numbers and notes on screen and leave them out of exports</source>
        <translation>Dölj kontaktpersoner, e-postadresser, telefonnummer och anteckningar på skärmen och lämna bort dem ur exporter</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/privacy.py" line="30" />
        <source>Personal data hidden</source>
        <translation>Personuppgifterna är dolda</translation>
    </message>
</context>
<context>
    <name>ProblemsList</name>
    <message>
        <location filename="../../aspdesk/ui/importing/problems.py" line="40" />
        <source>Where in the file</source>
        <translation>Var i filen</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/importing/problems.py" line="40" />
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
</context>
<context>
    <name>ProgrammeFileDialog</name>
    <message>
        <location filename="../../aspdesk/ui/programmes/file_editor.py" line="123" />
        <source>Edit programme — {file}</source>
        <translation>Redigera program — {file}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/programmes/file_editor.py" line="129" />
        <source>The rules of the programme in {path}. Save checks the text first: a file with a mistake is not saved, and the mistake is shown under the text.</source>
        <translation>Programmets regler i {path}. Spara kontrollerar först texten: en fil med ett fel sparas inte, och felet visas under texten.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/programmes/file_editor.py" line="138" />
        <source>Programme file</source>
        <translation>Programfil</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/programmes/file_editor.py" line="143" />
        <source>How a programme file is written</source>
        <translation>Hur en programfil skrivs</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/programmes/file_editor.py" line="212" />
        <source>At least "count" partners count.</source>
        <translation>Minst "count" partner räknas.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/programmes/file_editor.py" line="214" />
        <source>The partners that count come from at least "count" different countries (only countries in "countries" count, when it is given).</source>
        <translation>De partner som räknas kommer från minst "count" olika länder (endast länder i "countries" räknas, när det anges).</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/programmes/file_editor.py" line="218" />
        <source>Every partner that counts is in "countries". Each of the "exceptions" (with its own "countries" and a "condition" in "en" and "fi") allows those countries on a condition the user must check.</source>
        <translation>Varje partner som räknas finns i "countries". Vart och ett av undantagen i "exceptions" (med egna "countries" och ett villkor "condition" på "en" och "fi") tillåter de länderna på ett villkor som användaren ska kontrollera.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/programmes/file_editor.py" line="222" />
        <source>At least "count" partners that count are in "countries".</source>
        <translation>Minst "count" partner som räknas finns i "countries".</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/programmes/file_editor.py" line="224" />
        <source>At least "count" (1 when not given) partners that count are of the actor kinds in "kinds".</source>
        <translation>Minst "count" (1 om inget anges) partner som räknas är av aktörstyperna i "kinds".</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/programmes/file_editor.py" line="228" />
        <source>A partner is marked coordinator, and every coordinator is in "countries".</source>
        <translation>En partner är markerad som koordinator, och varje koordinator finns i "countries".</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/programmes/file_editor.py" line="231" />
        <source>Every partner that counts has a nine-digit PIC (Participant Identification Code).</source>
        <translation>Varje partner som räknas har en niosiffrig PIC-kod (Participant Identification Code).</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/programmes/file_editor.py" line="238" />
        <source>The file holds one object: "id" (letters a-z, digits, "-" and "_"), "name" and "notes" (each with an "en" and a "fi" text, and an "sv" text if you like: without one, Swedish shows the English), "checked" (the day you last checked the rules against the call text, YYYY-MM-DD), "sources" (each with a "title", and "url" and "version" if you like), "country_sets" and "rules". Fields whose names start with "_" are comments.</source>
        <translation>Filen innehåller ett objekt: "id" (bokstäverna a-z, siffror, "-" och "_"), "name" och "notes" (var och en med en text på "en" och "fi", och gärna på "sv": utan den visas den engelska texten på svenska), "checked" (den dag du senast kontrollerade reglerna mot utlysningstexten, ÅÅÅÅ-MM-DD), "sources" (var och en med en "title", och "url" och "version" om du vill), "country_sets" och "rules". Fält vars namn börjar med "_" är kommentarer.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/programmes/file_editor.py" line="250" />
        <source>Each rule has an "id", a "kind", a "description" (in "en" and "fi"), perhaps a "source", and the "parameters" its kind takes:</source>
        <translation>Varje regel har ett "id", en "kind", en beskrivning "description" (på "en" och "fi"), kanske en "source" och de parametrar "parameters" som dess typ tar:</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/programmes/file_editor.py" line="259" />
        <source>optional: {fields}</source>
        <translation>valfria: {fields}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/programmes/file_editor.py" line="267" />
        <source>The partner roles that count for the rule, of {roles}. When it is not given, the coordinator and the partners count. Every kind but coordinator_in takes it.</source>
        <translation>De partnerroller som räknas för regeln, av {roles}. Om inget anges räknas koordinatorn och partnerna. Alla typer utom coordinator_in tar detta.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/programmes/file_editor.py" line="275" />
        <source>Beside "parameters", a rule may have "only_if_kinds": it then applies only when a partner that counts is of one of those actor kinds.</source>
        <translation>Utöver "parameters" kan en regel ha "only_if_kinds": den gäller då endast när en partner som räknas är av någon av de aktörstyperna.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/programmes/file_editor.py" line="282" />
        <source>Two-letter country codes in capitals (such as FI, SE) and country sets: "eu" for the EU member states, or the id of a set the file defines in "country_sets" (each with a "name", its "countries" and perhaps a "source").</source>
        <translation>Landskoder med två versaler (till exempel FI, SE) och landsmängder: "eu" för EU:s medlemsstater, eller id:t för en mängd som filen definierar i "country_sets" (var och en med ett "name", sina "countries" och kanske en "source").</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/programmes/file_editor.py" line="290" />
        <source>Actor kinds, written as codes: {kinds}.</source>
        <translation>Aktörstyper, skrivna som koder: {kinds}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/programmes/file_editor.py" line="313" />
        <source>{file}: your file {other} already has the programme id {id}. Give this programme an id of its own (the field "id").</source>
        <translation>{file}: din fil {other} har redan program-id:t {id}. Ge det här programmet ett eget id (fältet "id").</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/programmes/file_editor.py" line="323" />
        <source>The file was not saved. {reason}</source>
        <translation>Filen sparades inte. {reason}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/programmes/file_editor.py" line="356" />
        <source>The file stays as it was when last saved.</source>
        <translation>Filen förblir som den var när den senast sparades.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/programmes/file_editor.py" line="358" />
        <source>The new programme is not made.</source>
        <translation>Det nya programmet skapas inte.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/programmes/file_editor.py" line="361" />
        <source>Changes not saved</source>
        <translation>Ändringarna har inte sparats</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/programmes/file_editor.py" line="362" />
        <source>Your changes to {file} are not saved. Close without saving them?</source>
        <translation>Dina ändringar i {file} har inte sparats. Vill du stänga utan att spara dem?</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/programmes/file_editor.py" line="366" />
        <source>Close without saving</source>
        <translation>Stäng utan att spara</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/programmes/file_editor.py" line="374" />
        <source>Line {line}, column {column}</source>
        <translation>Rad {line}, kolumn {column}</translation>
    </message>
</context>
<context>
    <name>ProgrammePicker</name>
    <message>
        <location filename="../../aspdesk/ui/programmes/picker.py" line="85" />
        <source>&amp;Programme:</source>
        <translation>&amp;Program:</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/programmes/picker.py" line="87" />
        <source>Pro&amp;grammes…</source>
        <translation>Pro&amp;gram…</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/programmes/picker.py" line="88" />
        <source>Add a programme or edit its rules</source>
        <translation>Lägg till ett program eller redigera dess regler</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/programmes/picker.py" line="96" />
        <source>About this programme</source>
        <translation>Om det här programmet</translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/programmes/picker.py" line="149" />
        <source>%n programme file(s) of yours could not be read and are left out; Programmes… says what is wrong.</source>
        <translation>
            <numerusform>%n av dina programfiler kunde inte läsas och lämnas bort; Program… berättar vad som är fel.</numerusform>
            <numerusform>%n av dina programfiler kunde inte läsas och lämnas bort; Program… berättar vad som är fel.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/programmes/picker.py" line="184" />
        <source>Rules from your file {file}.</source>
        <translation>Regler från din fil {file}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/programmes/picker.py" line="194" />
        <source>Sources:</source>
        <translation>Källor:</translation>
    </message>
</context>
<context>
    <name>ProgrammesDialog</name>
    <message>
        <location filename="../../aspdesk/ui/programmes/editor.py" line="97" />
        <source>Programmes</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/programmes/editor.py" line="100" />
        <source>Each programme's eligibility rules are kept in a file. Edit… on a programme that comes with aspdesk first copies it into your programmes folder; your copy replaces it. New programme… starts one from a copy of the programme picked. If you change a file in another editor, press Reload.</source>
        <translation>Varje programs behörighetsregler finns i en fil. Redigera… på ett program som följer med aspdesk kopierar det först till din programmapp; din kopia ersätter det. Nytt program… börjar ett program från en kopia av det valda programmet. Om du ändrar en fil i en annan redigerare, tryck på Läs in igen.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/programmes/editor.py" line="112" />
        <source>Your programmes folder: {folder}</source>
        <translation>Din programmapp: {folder}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/programmes/editor.py" line="116" />
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/programmes/editor.py" line="116" />
        <source>Rules checked</source>
        <translation>Reglerna kontrollerade</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/programmes/editor.py" line="116" />
        <source>File</source>
        <translation>Fil</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/programmes/editor.py" line="126" />
        <source>These files could not be read (pick one in the list and press Edit… to mend it):</source>
        <translation>De här filerna kunde inte läsas (välj en i listan och tryck på Redigera… för att rätta den):</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/programmes/editor.py" line="139" />
        <source>&amp;Edit…</source>
        <translation>&amp;Redigera…</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/programmes/editor.py" line="142" />
        <source>Edit this programme's rules (one that comes with aspdesk is first copied into your folder)</source>
        <translation>Redigera det här programmets regler (ett som följer med aspdesk kopieras först till din mapp)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/programmes/editor.py" line="147" />
        <source>&amp;New programme…</source>
        <translation>&amp;Nytt program…</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/programmes/editor.py" line="148" />
        <source>Start a new programme from a copy of this one</source>
        <translation>Börja ett nytt program från en kopia av det här</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/programmes/editor.py" line="150" />
        <source>&amp;Open file</source>
        <translation>&amp;Öppna filen</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/programmes/editor.py" line="152" />
        <source>Open &amp;folder</source>
        <translation>Öppna &amp;mappen</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/programmes/editor.py" line="154" />
        <source>&amp;Reload</source>
        <translation>&amp;Läs in igen</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/programmes/editor.py" line="155" />
        <source>Read the programme files again</source>
        <translation>Läs programfilerna på nytt</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/programmes/editor.py" line="193" />
        <source>built in</source>
        <translation>inbyggt</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/programmes/editor.py" line="197" />
        <source>Comes with aspdesk</source>
        <translation>Följer med aspdesk</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/programmes/editor.py" line="206" />
        <source>cannot be read</source>
        <translation>kan inte läsas</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/programmes/editor.py" line="252" />
        <source>Edit this file in aspdesk (Programmes…, Edit…), or in a text editor and then press Reload in aspdesk's Programmes window. Set "checked" to the day you checked the rules against the call text (YYYY-MM-DD). Rule kinds: {kinds}. Fields whose names start with _ are comments.</source>
        <translation>Redigera den här filen i aspdesk (Program…, Redigera…) eller i en textredigerare och tryck sedan på Läs in igen i aspdesks fönster Program. Sätt "checked" till den dag du kontrollerade reglerna mot utlysningstexten (ÅÅÅÅ-MM-DD). Regeltyper: {kinds}. Fält vars namn börjar med _ är kommentarer.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/programmes/editor.py" line="265" />
        <source>The programme was not copied</source>
        <translation>Programmet kopierades inte</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/programmes/editor.py" line="278" />
        <source>Your folder already has {file}; it is opened for you.</source>
        <translation>Din mapp har redan {file}; den öppnas åt dig.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/programmes/editor.py" line="287" />
        <source>Copied to {path}. Your copy replaces the programme that comes with aspdesk.</source>
        <translation>Kopierat till {path}. Din kopia ersätter programmet som följer med aspdesk.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/programmes/editor.py" line="300" />
        <source>The programme file cannot be opened</source>
        <translation>Programfilen kan inte öppnas</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/programmes/editor.py" line="314" />
        <source>New programme</source>
        <translation>Nytt program</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/programmes/editor.py" line="315" />
        <source>Name of the new programme (it starts as a copy of {programme}):</source>
        <translation>Namnet på det nya programmet (det börjar som en kopia av {programme}):</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/programmes/editor.py" line="342" />
        <source>Saved {path}.</source>
        <translation>{path} sparades.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/programmes/editor.py" line="359" />
        <source>The folder cannot be made</source>
        <translation>Mappen kan inte skapas</translation>
    </message>
</context>
<context>
    <name>ProjectNamesDialog</name>
    <message>
        <location filename="../../aspdesk/ui/consortium/dialogs.py" line="47" />
        <source>Save the consortium as a project</source>
        <translation>Spara konsortiet som ett projekt</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/consortium/dialogs.py" line="50" />
        <source>The consortium becomes a project in preparation in this map, with its partners and their roles. You can edit it later like any project.</source>
        <translation>Konsortiet blir ett projekt under beredning på den här kartan, med sina partner och deras roller. Du kan redigera det senare som vilket projekt som helst.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/consortium/dialogs.py" line="59" />
        <source>For example HORIZON-CL6-2027-01</source>
        <translation>Till exempel HORIZON-CL6-2027-01</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/consortium/dialogs.py" line="61" />
        <source>Project &amp;name:</source>
        <translation>Projektets &amp;namn:</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/consortium/dialogs.py" line="62" />
        <source>&amp;Acronym:</source>
        <translation>&amp;Akronym:</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/consortium/dialogs.py" line="63" />
        <source>&amp;Call:</source>
        <translation>&amp;Utlysning:</translation>
    </message>
</context>
<context>
    <name>RelatedPanel</name>
    <message>
        <location filename="../../aspdesk/ui/tables/related_panel.py" line="60" />
        <source>Memberships</source>
        <translation>Medlemskap</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/tables/related_panel.py" line="61" />
        <source>Contact persons</source>
        <translation>Kontaktpersoner</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/tables/related_panel.py" line="62" />
        <location filename="../../aspdesk/ui/tables/related_panel.py" line="112" />
        <source>Projects</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/tables/related_panel.py" line="112" />
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/tables/related_panel.py" line="169" />
        <source>Select an actor, a cluster or a project</source>
        <translation>Välj en aktör, ett kluster eller ett projekt</translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/tables/related_panel.py" line="182" />
        <source>%n partner(s)</source>
        <translation>
            <numerusform>%n partner</numerusform>
            <numerusform>%n partner</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/tables/related_panel.py" line="185" />
        <source>budget shares total {total} %</source>
        <translation>budgetandelarna är totalt {total} %</translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/tables/related_panel.py" line="187" />
        <source>%n without a share</source>
        <translation>
            <numerusform>%n utan andel</numerusform>
            <numerusform>%n utan andel</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/tables/related_panel.py" line="189" />
        <source>no budget shares entered</source>
        <translation>inga budgetandelar angivna</translation>
    </message>
</context>
<context>
    <name>RemovalText</name>
    <message>
        <location filename="../../aspdesk/ui/forms/removal.py" line="60" />
        <source>• cluster “{name}” will have no coordinator</source>
        <translation>• klustret ”{name}” kommer inte att ha någon koordinator</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/removal.py" line="65" />
        <source>Delete {what}?</source>
        <translation>Radera {what}?</translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/forms/removal.py" line="67" />
        <source>Delete these %n items?</source>
        <translation>
            <numerusform>Radera de här %n objekten?</numerusform>
            <numerusform>Radera de här %n objekten?</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/removal.py" line="69" />
        <source>Nothing else depends on it. You can undo the delete.</source>
        <translation>Ingenting annat är beroende av det. Du kan ångra raderingen.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/forms/removal.py" line="75" />
        <source>%n contact person(s)</source>
        <translation>
            <numerusform>%n kontaktperson</numerusform>
            <numerusform>%n kontaktpersoner</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/forms/removal.py" line="76" />
        <source>%n membership(s)</source>
        <translation>
            <numerusform>%n medlemskap</numerusform>
            <numerusform>%n medlemskap</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/forms/removal.py" line="77" />
        <source>%n relationship(s)</source>
        <translation>
            <numerusform>%n relation</numerusform>
            <numerusform>%n relationer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/forms/removal.py" line="78" />
        <source>%n project partnership(s)</source>
        <translation>
            <numerusform>%n projektpartnerskap</numerusform>
            <numerusform>%n projektpartnerskap</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/removal.py" line="82" />
        <source>This also deletes {items}:</source>
        <translation>Detta raderar också {items}:</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/removal.py" line="84" />
        <source>This also changes:</source>
        <translation>Detta ändrar också:</translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/forms/removal.py" line="87" />
        <source>…and %n more</source>
        <translation>
            <numerusform>…och %n till</numerusform>
            <numerusform>…och %n till</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/removal.py" line="88" />
        <source>You can undo the delete.</source>
        <translation>Du kan ångra raderingen.</translation>
    </message>
</context>
<context>
    <name>Report</name>
    <message>
        <location filename="../../aspdesk/app/report_html.py" line="63" />
        <source>The network</source>
        <translation>Nätverket</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_html.py" line="64" />
        <source>Cluster health</source>
        <translation>Klusterhälsa</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_html.py" line="65" />
        <source>Each cluster checked against the rules below. Problems first, then points to look at, then what is in order.</source>
        <translation>Varje kluster kontrollerat mot reglerna nedan. Först problemen, sedan det som bör granskas, sedan det som är i ordning.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_html.py" line="70" />
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_html.py" line="71" />
        <source>Value</source>
        <translation>Värde</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_html.py" line="72" />
        <source>Source</source>
        <translation>Källa</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_html.py" line="74" />
        <source>Committed members, at least</source>
        <translation>Engagerade medlemmar, minst</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_html.py" line="75" />
        <source>Helices covered, at least</source>
        <translation>Helixar som täcks, minst</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_html.py" line="76" />
        <source>A tie is stale after, months</source>
        <translation>Ett band blir inaktuellt efter, månader</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_html.py" line="77" />
        <source>A broker carries of the paths, at least</source>
        <translation>En förmedlare bär av vägarna, minst</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_html.py" line="78" />
        <source>Parts of the cluster model</source>
        <translation>Delar av klustermodellen</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_html.py" line="80" />
        <source>Actors by their place in the network</source>
        <translation>Aktörerna efter deras plats i nätverket</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_html.py" line="81" />
        <source>Sorted by betweenness: how often an actor lies on the paths between others.</source>
        <translation>Sorterat efter mellanhet: hur ofta en aktör ligger på vägarna mellan andra.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_html.py" line="84" />
        <location filename="../../aspdesk/app/report_summary.py" line="31" />
        <source>Memberships</source>
        <translation>Medlemskap</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_html.py" line="85" />
        <location filename="../../aspdesk/app/report_summary.py" line="33" />
        <source>Projects</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_html.py" line="86" />
        <source>{programme} · {status}</source>
        <translation>{programme} · {status}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_html.py" line="87" />
        <source>From {start} to {end}</source>
        <translation>Från {start} till {end}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_html.py" line="88" />
        <source>Total budget {budget} €, grant {grant} €</source>
        <translation>Total budget {budget} €, stöd {grant} €</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_html.py" line="89" />
        <source>Clusters: {clusters}</source>
        <translation>Kluster: {clusters}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_html.py" line="90" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_html.py" line="91" />
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_outcomes.py" line="38" />
        <source>Outcomes {since}–{until}</source>
        <translation>Resultat {since}–{until}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_outcomes.py" line="41" />
        <source>The actors formed {count} new tie.</source>
        <translation>Aktörerna knöt {count} nytt band.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_outcomes.py" line="42" />
        <source>The actors formed {count} new ties.</source>
        <translation>Aktörerna knöt {count} nya band.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_outcomes.py" line="45" />
        <source>{count} of them is international.</source>
        <translation>{count} av dem är internationellt.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_outcomes.py" line="46" />
        <source>{count} of them are international.</source>
        <translation>{count} av dem är internationella.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_outcomes.py" line="49" />
        <source>{count} company was tied to research for the first time.</source>
        <translation>{count} företag fick band till forskningen för första gången.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_outcomes.py" line="50" />
        <source>{count} companies were tied to research for the first time.</source>
        <translation>{count} företag fick band till forskningen för första gången.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_outcomes.py" line="53" />
        <source>The clusters gained {count} new membership.</source>
        <translation>Klustren fick {count} nytt medlemskap.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_outcomes.py" line="54" />
        <source>The clusters gained {count} new memberships.</source>
        <translation>Klustren fick {count} nya medlemskap.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_outcomes.py" line="57" />
        <source>{count} tie ended.</source>
        <translation>{count} band upphörde.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_outcomes.py" line="58" />
        <source>{count} ties ended.</source>
        <translation>{count} band upphörde.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_outcomes.py" line="61" />
        <source>{count} membership ended.</source>
        <translation>{count} medlemskap upphörde.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_outcomes.py" line="62" />
        <source>{count} memberships ended.</source>
        <translation>{count} medlemskap upphörde.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_outcomes.py" line="65" />
        <source>{count} problem or warning of the health check was solved.</source>
        <translation>{count} problem eller varning i hälsokontrollen löstes.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_outcomes.py" line="66" />
        <source>{count} problems or warnings of the health check were solved.</source>
        <translation>{count} problem eller varningar i hälsokontrollen löstes.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_outcomes.py" line="69" />
        <source>{count} new problem or warning appeared.</source>
        <translation>{count} nytt problem eller ny varning uppstod.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_outcomes.py" line="70" />
        <source>{count} new problems or warnings appeared.</source>
        <translation>{count} nya problem eller varningar uppstod.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_outcomes.py" line="72" />
        <source>Counted from the dates of memberships and ties; where one has no date, from when the map recorded it. A membership counts once for each cluster and role; a tie belongs to a cluster when both its ends are members of it.</source>
        <translation>Räknat efter medlemskapens och bandens datum; där datum saknas, efter när kartan registrerade uppgiften. Ett medlemskap räknas en gång per kluster och roll; ett band hör till ett kluster när båda dess parter är medlemmar i det.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_outcomes.py" line="78" />
        <source>Ties by type</source>
        <translation>Band efter typ</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_outcomes.py" line="79" />
        <source>By cluster</source>
        <translation>Efter kluster</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_outcomes.py" line="80" />
        <source>New memberships by kind and role</source>
        <translation>Nya medlemskap efter aktörstyp och roll</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_outcomes.py" line="81" />
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_outcomes.py" line="82" />
        <source>Kind</source>
        <translation>Aktörstyp</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_html.py" line="92" />
        <location filename="../../aspdesk/app/report_outcomes.py" line="83" />
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_outcomes.py" line="85" />
        <source>New</source>
        <translation>Nya</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_outcomes.py" line="86" />
        <source>Ended</source>
        <translation>Upphörda</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_outcomes.py" line="87" />
        <source>New ties</source>
        <translation>Nya band</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_outcomes.py" line="88" />
        <source>Ended ties</source>
        <translation>Upphörda band</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_outcomes.py" line="89" />
        <source>New memberships</source>
        <translation>Nya medlemskap</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_outcomes.py" line="90" />
        <source>Ended memberships</source>
        <translation>Upphörda medlemskap</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_outcomes.py" line="91" />
        <source>New international ties</source>
        <translation>Nya internationella band</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_outcomes.py" line="92" />
        <source>Companies tied to research for the first time</source>
        <translation>Företag med band till forskningen för första gången</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_outcomes.py" line="93" />
        <source>{company}: {research}</source>
        <translation>{company}: {research}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_outcomes.py" line="94" />
        <source>Cluster health: solved</source>
        <translation>Klusterhälsa: lösta iakttagelser</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_outcomes.py" line="95" />
        <source>Cluster health: appeared</source>
        <translation>Klusterhälsa: nya iakttagelser</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_outcomes.py" line="96" />
        <source>None.</source>
        <translation>Inga.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_outcomes.py" line="97" />
        <source>Founded within the period, so compared from the day they started: {clusters}.</source>
        <translation>Grundade under perioden, så jämförda från den dag de började: {clusters}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_outcomes.py" line="100" />
        <source>{cluster} ({date})</source>
        <translation>{cluster} ({date})</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_outcomes.py" line="101" />
        <source>Not on the network on both days, so not compared: {clusters}.</source>
        <translation>Inte i nätverket båda dagarna, så inte jämförda: {clusters}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_outcomes.py" line="104" />
        <source>Nothing that these numbers count changed on the network in the period.</source>
        <translation>Inget som dessa tal räknar ändrades i nätverket under perioden.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_outcomes.py" line="107" />
        <source>… and {count} more.</source>
        <translation>… och {count} till.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_html.py" line="93" />
        <source>Budget share</source>
        <translation>Budgetandel</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_html.py" line="94" />
        <source>No partners recorded.</source>
        <translation>Inga partner har angetts.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_html.py" line="95" />
        <source>Actor</source>
        <translation>Aktör</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_html.py" line="97" />
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_html.py" line="98" />
        <source>Look at</source>
        <translation>Granska</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_html.py" line="99" />
        <source>In order</source>
        <translation>I ordning</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_summary.py" line="26" />
        <source>Network report</source>
        <translation>Nätverksrapport</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_summary.py" line="27" />
        <source>Made with aspdesk on {date}.</source>
        <translation>Gjord med aspdesk den {date}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_summary.py" line="29" />
        <source>Actors</source>
        <translation>Aktörer</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_summary.py" line="30" />
        <source>Clusters</source>
        <translation>Kluster</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_summary.py" line="32" />
        <source>Ties</source>
        <translation>Band</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_summary.py" line="35" />
        <source>The clusters</source>
        <translation>Klustren</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_outcomes.py" line="84" />
        <location filename="../../aspdesk/app/report_summary.py" line="36" />
        <source>Cluster</source>
        <translation>Kluster</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_summary.py" line="37" />
        <source>State</source>
        <translation>Läge</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_summary.py" line="38" />
        <source>Members</source>
        <translation>Medlemmar</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_summary.py" line="39" />
        <source>Problems</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_summary.py" line="40" />
        <source>To look at</source>
        <translation>Att granska</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_summary.py" line="41" />
        <source>… and {count} more clusters in order or with fewer findings: see Cluster health.</source>
        <translation>… och {count} andra kluster i ordning eller med färre iakttagelser: se Klusterhälsa.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_summary.py" line="44" />
        <source>What matters most</source>
        <translation>Det viktigaste</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_summary.py" line="45" />
        <source>The same in {count} other clusters.</source>
        <translation>Samma i {count} andra kluster.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_summary.py" line="46" />
        <source>The same in one other cluster.</source>
        <translation>Samma i ett annat kluster.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_summary.py" line="47" />
        <source>The health check found nothing to look at.</source>
        <translation>Hälsokontrollen hittade ingenting att granska.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_summary.py" line="48" />
        <source>The network; larger and with its legend in the next section.</source>
        <translation>Nätverket; större och med teckenförklaring i nästa avsnitt.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_survey.py" line="20" />
        <source>Survey rounds</source>
        <translation>Enkätrundor</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_survey.py" line="21" />
        <source>{cluster}, sent {date}</source>
        <translation>{cluster}, skickad {date}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_survey.py" line="22" />
        <source>Asked {asked}, answered {answered}, not answered {waiting}; answers due {due}.</source>
        <translation>Tillfrågade {asked}, svarat {answered}, inte svarat {waiting}; svaren senast {due}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_survey.py" line="25" />
        <source>What the answers did: confirmed {confirmed}, ended {ended}, changed {changed}, added {added}.</source>
        <translation>Vad svaren gjorde: bekräftade {confirmed}, avslutade {ended}, ändrade {changed}, tillagda {added}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_survey.py" line="29" />
        <source>Answered: {names}</source>
        <translation>Har svarat: {names}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/report_survey.py" line="30" />
        <source>Not answered yet: {names}</source>
        <translation>Har inte svarat ännu: {names}</translation>
    </message>
</context>
<context>
    <name>ReportActions</name>
    <message>
        <location filename="../../aspdesk/ui/exports/report_actions.py" line="29" />
        <source>Export &amp;report…</source>
        <translation>Exportera &amp;rapport…</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/report_actions.py" line="51" />
        <source>The report was not written</source>
        <translation>Rapporten skrevs inte</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/report_actions.py" line="56" />
        <source>Report saved to {path}</source>
        <translation>Rapporten sparades i {path}</translation>
    </message>
</context>
<context>
    <name>ReportPeriodDialog</name>
    <message>
        <location filename="../../aspdesk/ui/exports/report_period.py" line="37" />
        <source>Export report</source>
        <translation>Exportera rapport</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/report_period.py" line="40" />
        <source>The report's outcomes section tells what changed on the network in this period: new and ended ties and memberships, international links, companies tied to research, cluster health.</source>
        <translation>Rapportens resultatavsnitt berättar vad som ändrades i nätverket under perioden: nya och upphörda band och medlemskap, internationella länkar, företag med band till forskningen, klusterhälsa.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/report_period.py" line="50" />
        <source>First day</source>
        <translation>Första dagen</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/report_period.py" line="50" />
        <source>Last day</source>
        <translation>Sista dagen</translation>
    </message>
</context>
<context>
    <name>RoleCoverageModel</name>
    <message>
        <location filename="../../aspdesk/ui/tables/overview.py" line="86" />
        <source>{filled} of {total}</source>
        <translation>{filled} av {total}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/tables/overview.py" line="87" />
        <source>All roles filled</source>
        <translation>Alla roller fyllda</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/tables/overview.py" line="104" />
        <source>Cluster</source>
        <translation>Kluster</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/tables/overview.py" line="105" />
        <source>Members</source>
        <translation>Medlemmar</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/tables/overview.py" line="106" />
        <source>Roles filled</source>
        <translation>Fyllda roller</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/tables/overview.py" line="107" />
        <source>Missing roles</source>
        <translation>Saknade roller</translation>
    </message>
</context>
<context>
    <name>RulesDialog</name>
    <message>
        <location filename="../../aspdesk/ui/health/rules_dialog.py" line="38" />
        <source>Cluster health rules</source>
        <translation>Regler för klusterhälsa</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/health/rules_dialog.py" line="42" />
        <source>What the health check asks of each cluster. Under each rule: where it comes from.</source>
        <translation>Vad hälsokontrollen kräver av varje kluster. Under varje regel: var den kommer ifrån.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/health/rules_dialog.py" line="59" />
        <source>Committed members, at least:</source>
        <translation>Engagerade medlemmar, minst:</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/health/rules_dialog.py" line="62" />
        <source>Helices covered, at least (business, research, public sector):</source>
        <translation>Helixar som täcks, minst (näringsliv, forskning, offentlig sektor):</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/health/rules_dialog.py" line="67" />
        <source>Months a relationship may go unchecked before it is stale:</source>
        <translation>Månader en relation får gå okontrollerad innan den blir inaktuell:</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/health/rules_dialog.py" line="72" />
        <source>A broker carries at least this share of the paths:</source>
        <translation>En förmedlare bär minst den här andelen av vägarna:</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/health/rules_dialog.py" line="114" />
        <source>Source: {source}</source>
        <translation>Källa: {source}</translation>
    </message>
</context>
<context>
    <name>SearchHint</name>
    <message>
        <location filename="../../aspdesk/graph/panel/search_hint.py" line="75" />
        <source>{name} is outside the focus.</source>
        <translation>{name} är utanför fokus.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/graph/panel/search_hint.py" line="78" />
        <source>{name} and %n other(s) found are hidden by the filter.</source>
        <translation>
            <numerusform>{name} och %n annan som hittades döljs av filtret.</numerusform>
            <numerusform>{name} och %n andra som hittades döljs av filtret.</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel/search_hint.py" line="81" />
        <source>{name} is hidden by the filter.</source>
        <translation>{name} döljs av filtret.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel/search_hint.py" line="83" />
        <source>Show it</source>
        <translation>Visa den</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel/search_hint.py" line="120" />
        <source>The filter now shows {name} too.</source>
        <translation>Filtret visar nu också {name}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel/search_hint.py" line="121" />
        <source>Put the filter back</source>
        <translation>Sätt tillbaka filtret</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/panel/search_hint.py" line="123" />
        <source>{name} is selected and shown.</source>
        <translation>{name} är markerad och visas.</translation>
    </message>
</context>
<context>
    <name>ServerCopies</name>
    <message>
        <location filename="../../aspdesk/ui/files/to_server.py" line="35" />
        <source>Copy this map to a &amp;server…</source>
        <translation>Kopiera kartan till en ser&amp;ver…</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/to_server.py" line="59" />
        <source>Copying {map} to {server}…</source>
        <translation>Kopierar {map} till {server}…</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/to_server.py" line="78" />
        <source>The map was copied but could not be opened</source>
        <translation>Kartan kopierades men kunde inte öppnas</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/to_server.py" line="85" />
        <source>Copied to the team map {map}; this window shows it now.</source>
        <translation>Kopierad till den gemensamma kartan {map}; fönstret visar den nu.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/to_server.py" line="95" />
        <source>The server asks for a password: type it below.</source>
        <translation>Servern ber om ett lösenord: skriv det nedan.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/to_server.py" line="103" />
        <source>The map was not copied to the server</source>
        <translation>Kartan kopierades inte till servern</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/to_server.py" line="106" />
        <source>Copy cancelled; nothing was written to the server.</source>
        <translation>Kopieringen avbröts; ingenting skrevs till servern.</translation>
    </message>
</context>
<context>
    <name>SurveyActions</name>
    <message>
        <location filename="../../aspdesk/ui/survey/actions.py" line="62" />
        <source>&amp;Survey round…</source>
        <translation>En&amp;kätrunda…</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/survey/actions.py" line="64" />
        <source>Ask the members of a cluster to check their ties, with a workbook each</source>
        <translation>Be medlemmarna i ett kluster att kontrollera sina band, med en arbetsbok var</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/survey/actions.py" line="111" />
        <source>Survey round</source>
        <translation>Enkätrunda</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/survey/actions.py" line="111" />
        <source>The map has no clusters to ask.</source>
        <translation>Kartan har inga kluster att fråga.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/survey/actions.py" line="114" />
        <source>survey</source>
        <translation>enkät</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/survey/actions.py" line="120" />
        <source>Folder of the questionnaires</source>
        <translation>Enkäternas mapp</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/survey/actions.py" line="138" />
        <source>Writing the questionnaires…</source>
        <translation>Skriver enkäterna…</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/survey.py" line="161" />
        <location filename="../../aspdesk/ui/survey/actions.py" line="148" />
        <source>Survey round of {cluster}</source>
        <translation>Enkätrunda i {cluster}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/survey/actions.py" line="153" />
        <source>Wrote {count} questionnaires to {folder}</source>
        <translation>Skrev {count} enkäter i {folder}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/survey/actions.py" line="165" />
        <source>The questionnaires were not written</source>
        <translation>Enkäterna skrevs inte</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/survey/actions.py" line="170" />
        <source>Folder of the answers</source>
        <translation>Svarens mapp</translation>
    </message>
</context>
<context>
    <name>SurveyDialog</name>
    <message>
        <location filename="../../aspdesk/ui/survey/dialog.py" line="38" />
        <source>Survey rounds</source>
        <translation>Enkätrundor</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/survey/dialog.py" line="46" />
        <source>Send each member of a cluster a questionnaire workbook to check its ties, then collect the answers: they are shown in the import preview before anything changes.</source>
        <translation>Skicka varje medlem i ett kluster en enkät som arbetsbok för att kontrollera dess band, och samla sedan in svaren: de visas i importens förhandsgranskning innan något ändras.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/survey/dialog.py" line="61" />
        <source>Answered</source>
        <translation>Har svarat</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/survey/dialog.py" line="62" />
        <source>Not answered yet (to remind)</source>
        <translation>Har inte svarat ännu (att påminna)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/survey/dialog.py" line="74" />
        <source>&amp;New round…</source>
        <translation>&amp;Ny runda…</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/survey/dialog.py" line="75" />
        <source>&amp;Collect answers…</source>
        <translation>&amp;Samla in svar…</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/survey/dialog.py" line="105" />
        <source>{cluster}, sent {date}</source>
        <translation>{cluster}, skickad {date}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/survey/dialog.py" line="121" />
        <source>No survey rounds yet.</source>
        <translation>Inga enkätrundor ännu.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/survey/dialog.py" line="127" />
        <source>Asked {asked}, answered {answered}, not answered {waiting}. Answers were asked for by {due}.</source>
        <translation>Tillfrågade {asked}, svarat {answered}, inte svarat {waiting}. Svaren begärdes senast {due}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/survey/dialog.py" line="147" />
        <source>What the round changed: confirmed {confirmed}, ended {ended}, changed {changed}, added {added}.</source>
        <translation>Vad rundan ändrade: bekräftade {confirmed}, avslutade {ended}, ändrade {changed}, tillagda {added}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/survey/dialog.py" line="160" />
        <source>(deleted actor {id})</source>
        <translation>(borttagen aktör {id})</translation>
    </message>
</context>
<context>
    <name>TablePanel</name>
    <message>
        <location filename="../../aspdesk/ui/tables/panel.py" line="32" />
        <source>Search…</source>
        <translation>Sök…</translation>
    </message>
</context>
<context>
    <name>TeamMapDialog</name>
    <message>
        <location filename="../../aspdesk/ui/files/team_dialog.py" line="40" />
        <source>disable: never encrypted</source>
        <translation>disable: aldrig krypterad</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/team_dialog.py" line="41" />
        <source>allow: encrypted only if the server insists</source>
        <translation>allow: krypterad bara om servern kräver det</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/team_dialog.py" line="44" />
        <source>prefer: encrypted if the server offers it (default)</source>
        <translation>prefer: krypterad om servern erbjuder det (standard)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/team_dialog.py" line="48" />
        <source>require: always encrypted, certificate not checked</source>
        <translation>require: alltid krypterad, certifikatet kontrolleras inte</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/team_dialog.py" line="52" />
        <source>verify-ca: encrypted, certificate from a trusted root</source>
        <translation>verify-ca: krypterad, certifikat från en betrodd utfärdare</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/team_dialog.py" line="56" />
        <source>verify-full: encrypted, certificate checked with the server's name</source>
        <translation>verify-full: krypterad, certifikatet och serverns namn kontrolleras</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/team_dialog.py" line="86" />
        <source>Open team map</source>
        <translation>Öppna gemensam karta</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/team_dialog.py" line="91" />
        <source>A team map is one map on a PostgreSQL server that several coordinators edit. Your server's admin gives you its address and your user name.</source>
        <translation>En gemensam karta är en karta på en PostgreSQL-server som flera koordinatorer redigerar. Serverns administratör ger dig dess adress och ditt användarnamn.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/team_dialog.py" line="96" />
        <source>Copy this map to a server</source>
        <translation>Kopiera kartan till en server</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/team_dialog.py" line="99" />
        <source>The whole map, its history included, is copied into an empty database on a PostgreSQL server, on which your server's admin has run aspdesk server init. Your user there needs the owner's role (aspdesk_owner), for the history keeps its own times and authors. The map file stays as it is.</source>
        <translation>Hela kartan, historiken medräknad, kopieras till en tom databas på en PostgreSQL-server där serverns administratör har kört aspdesk server init. Din användare där behöver ägarens roll (aspdesk_owner), eftersom historiken behåller sina egna tider och upphovspersoner. Kartfilen förblir som den är.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/team_dialog.py" line="117" />
        <source>db.example.fi, or service=name</source>
        <translation>db.exempel.fi eller service=namn</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/team_dialog.py" line="122" />
        <source>empty: from .pgpass or the keyring</source>
        <translation>tomt: från .pgpass eller nyckelringen</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/team_dialog.py" line="123" />
        <source>&amp;Server:</source>
        <translation>&amp;Server:</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/team_dialog.py" line="124" />
        <source>&amp;Database:</source>
        <translation>&amp;Databas:</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/team_dialog.py" line="125" />
        <source>&amp;User:</source>
        <translation>&amp;Användare:</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/team_dialog.py" line="126" />
        <source>&amp;Password:</source>
        <translation>&amp;Lösenord:</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/team_dialog.py" line="133" />
        <source>How the connection to the server is encrypted (TLS; libpq's sslmode). verify-full is the safest; it needs the server's root certificate.</source>
        <translation>Hur förbindelsen till servern krypteras (TLS; libpq:s sslmode). verify-full är säkrast; det kräver serverns rotcertifikat.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/team_dialog.py" line="140" />
        <source>&amp;Encryption:</source>
        <translation>K&amp;ryptering:</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/team_dialog.py" line="142" />
        <source>&amp;Remember the password in the system keyring</source>
        <translation>&amp;Kom ihåg lösenordet i systemets nyckelring</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/team_dialog.py" line="155" />
        <source>&amp;Copy</source>
        <translation>&amp;Kopiera</translation>
    </message>
</context>
<context>
    <name>TeamMaps</name>
    <message>
        <location filename="../../aspdesk/ui/files/team_maps.py" line="35" />
        <source>The server asks for a password for this map: type it below.</source>
        <translation>Servern ber om lösenordet till den här kartan: skriv det nedan.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/team_maps.py" line="83" />
        <source>Open &amp;team map…</source>
        <translation>Öppna &amp;gemensam karta…</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/files/team_maps.py" line="109" />
        <source>The map could not be opened</source>
        <translation>Kartan kunde inte öppnas</translation>
    </message>
</context>
<context>
    <name>ThenAndNow</name>
    <message>
        <location filename="../../aspdesk/graph/scene/on_day.py" line="299" />
        <source>New: not on {then}, on {now}</source>
        <translation>Ny: saknades {then}, med {now}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/scene/on_day.py" line="306" />
        <source>Ended: on {then}, not on {now}</source>
        <translation>Upphört: med {then}, saknas {now}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/scene/on_day.py" line="313" />
        <source>Faded: on both dates</source>
        <translation>Blek: med båda datumen</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/scene/on_day.py" line="321" />
        <source>Full colour: an actor new or newly a member since {then}</source>
        <translation>Full färg: ny aktör eller ny medlem efter {then}</translation>
    </message>
</context>
<context>
    <name>TimeBar</name>
    <message>
        <location filename="../../aspdesk/graph/time/bar.py" line="82" />
        <source>Time</source>
        <translation>Tid</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/time/bar.py" line="86" />
        <source>Show the map on a date, play its growth, compare two dates (Ctrl+T)</source>
        <translation>Visa kartan ett visst datum, spela upp hur den växt, jämför två datum (Ctrl+T)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/time/bar.py" line="101" />
        <location filename="../../aspdesk/graph/time/bar.py" line="283" />
        <source>Play</source>
        <translation>Spela</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/time/bar.py" line="102" />
        <source>Play the growth of the network up to today</source>
        <translation>Spela upp hur nätverket växt fram till i dag</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/time/bar.py" line="106" />
        <source>{seconds} s</source>
        <translation>{seconds} s</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/time/bar.py" line="108" />
        <source>How many seconds playing up to today takes</source>
        <translation>Hur många sekunder uppspelningen fram till i dag tar</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/time/bar.py" line="111" />
        <source>Arrows: a day or a month; Page Up and Page Down: a year; Home, End</source>
        <translation>Pilar: en dag eller en månad; Page Up och Page Down: ett år; Home, End</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/time/bar.py" line="115" />
        <source>The date the graph shows</source>
        <translation>Datumet som nätverket visar</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/time/bar.py" line="120" />
        <source>Then and now</source>
        <translation>Då och nu</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/time/bar.py" line="122" />
        <source>Show what is new and what ended between two dates</source>
        <translation>Visa vad som är nytt och vad som upphört mellan två datum</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/time/bar.py" line="135" />
        <location filename="../../aspdesk/graph/time/bar.py" line="136" />
        <source>From a view</source>
        <translation>Från en vy</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/time/bar.py" line="138" />
        <source>Then:</source>
        <translation>Då:</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/time/bar.py" line="139" />
        <source>Now:</source>
        <translation>Nu:</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/time/bar.py" line="143" />
        <source>Take the date of a saved view that shows a date</source>
        <translation>Ta datumet från en sparad vy som visar ett datum</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/time/bar.py" line="219" />
        <source>Write the date as 1.3.2016 or 2016-03-01.</source>
        <translation>Skriv datumet som 1.3.2016 eller 2016-03-01.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/time/bar.py" line="273" />
        <source>Pause</source>
        <translation>Paus</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/time/bar.py" line="334" />
        <source>The first date comes after the second.</source>
        <translation>Det första datumet kommer efter det andra.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/time/bar.py" line="374" />
        <source>No saved view shows a date</source>
        <translation>Ingen sparad vy visar ett datum</translation>
    </message>
</context>
<context>
    <name>UndoActions</name>
    <message>
        <location filename="../../aspdesk/ui/window/undo_actions.py" line="23" />
        <source>&amp;Undo</source>
        <translation>&amp;Ångra</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/undo_actions.py" line="25" />
        <source>Undo</source>
        <translation>Ångra</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/undo_actions.py" line="27" />
        <source>&amp;Redo</source>
        <translation>&amp;Gör om</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/undo_actions.py" line="29" />
        <source>Redo</source>
        <translation>Gör om</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/undo_actions.py" line="63" />
        <source>&amp;Undo {what}</source>
        <translation>&amp;Ångra {what}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/undo_actions.py" line="64" />
        <source>Undo {what}</source>
        <translation>Ångra {what}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/undo_actions.py" line="68" />
        <source>&amp;Redo {what}</source>
        <translation>&amp;Gör om {what}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/undo_actions.py" line="69" />
        <source>Redo {what}</source>
        <translation>Gör om {what}</translation>
    </message>
</context>
<context>
    <name>ViewsPanel</name>
    <message>
        <location filename="../../aspdesk/ui/views/panel.py" line="92" />
        <source>No saved views yet. Set up the graph (filters, focus, layout, zoom) and choose New view to keep it as a step of a workshop or a page of a report.</source>
        <translation>Inga sparade vyer ännu. Ställ in grafen (filter, fokus, layout, zoom) och välj Ny vy för att behålla den som ett steg i en workshop eller en sida i en rapport.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/views/panel.py" line="150" />
        <source>&amp;Show</source>
        <translation>&amp;Visa</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/views/panel.py" line="151" />
        <source>&amp;New view…</source>
        <translation>&amp;Ny vy…</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/views/panel.py" line="152" />
        <source>Save what the graph shows now as a new view</source>
        <translation>Spara det som grafen visar nu som en ny vy</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/views/panel.py" line="153" />
        <source>&amp;Update</source>
        <translation>&amp;Uppdatera</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/views/panel.py" line="155" />
        <source>Make the selected view show what the graph shows now</source>
        <translation>Låt den valda vyn visa det som grafen visar nu</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/views/panel.py" line="157" />
        <source>&amp;Rename…</source>
        <translation>&amp;Byt namn…</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/views/panel.py" line="158" />
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplicera</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/views/panel.py" line="159" />
        <source>&amp;Delete</source>
        <translation>&amp;Radera</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/views/panel.py" line="160" />
        <source>Move &amp;up</source>
        <translation>Flytta &amp;upp</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/views/panel.py" line="162" />
        <source>Move do&amp;wn</source>
        <translation>Flytta &amp;ned</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/views/panel.py" line="287" />
        <source>View {number}</source>
        <translation>Vy {number}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/views/panel.py" line="288" />
        <source>New view</source>
        <translation>Ny vy</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/views/panel.py" line="288" />
        <location filename="../../aspdesk/ui/views/panel.py" line="312" />
        <source>Name of the view:</source>
        <translation>Vyns namn:</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/views/panel.py" line="291" />
        <source>New view “{name}”</source>
        <translation>Ny vy ”{name}”</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/views/panel.py" line="302" />
        <source>Update view “{name}”</source>
        <translation>Uppdatera vyn ”{name}”</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/views/panel.py" line="312" />
        <source>Rename view</source>
        <translation>Byt namn på vyn</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/views/panel.py" line="320" />
        <source>Rename view “{old}” to “{new}”</source>
        <translation>Byt namn på vyn ”{old}” till ”{new}”</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/views/panel.py" line="328" />
        <source>{name} (copy)</source>
        <translation>{name} (kopia)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/views/panel.py" line="329" />
        <source>Duplicate view “{name}”</source>
        <translation>Duplicera vyn ”{name}”</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/views/panel.py" line="339" />
        <source>Delete view “{name}”</source>
        <translation>Radera vyn ”{name}”</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/views/panel.py" line="355" />
        <source>Move view “{name}”</source>
        <translation>Flytta vyn ”{name}”</translation>
    </message>
</context>
<context>
    <name>WebMapActions</name>
    <message>
        <location filename="../../aspdesk/ui/exports/web_map_actions.py" line="44" />
        <source>Export &amp;web map…</source>
        <translation>Exportera &amp;webbkarta…</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/web_map_actions.py" line="46" />
        <source>One web page of the map that partners open in any browser, offline</source>
        <translation>En webbsida av kartan som partner kan öppna i vilken webbläsare som helst, utan nätförbindelse</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/web_map_actions.py" line="80" />
        <source>Writing {path}…</source>
        <translation>Skriver {path}…</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/web_map_actions.py" line="87" />
        <source>Export cancelled; no file was written.</source>
        <translation>Exporten avbröts; ingen fil skrevs.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/web_map_actions.py" line="93" />
        <source>Web map saved to {path}, with personal data</source>
        <translation>Webbkartan sparades i {path}, med personuppgifter</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/web_map_actions.py" line="95" />
        <source>Web map saved to {path}, without personal data</source>
        <translation>Webbkartan sparades i {path}, utan personuppgifter</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/web_map_actions.py" line="99" />
        <source>The web map was not saved</source>
        <translation>Webbkartan sparades inte</translation>
    </message>
</context>
<context>
    <name>WebMapDialog</name>
    <message>
        <location filename="../../aspdesk/ui/exports/web_map_dialog.py" line="58" />
        <source>Export web map</source>
        <translation>Exportera webbkarta</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/web_map_dialog.py" line="62" />
        <source>Browse…</source>
        <translation>Bläddra…</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/web_map_dialog.py" line="68" />
        <source>No heading</source>
        <translation>Ingen rubrik</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/web_map_dialog.py" line="70" />
        <source>The graph as it is shown now</source>
        <translation>Grafen som den visas nu</translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/ui/exports/web_map_dialog.py" line="72" />
        <source>Every saved view, as steps to go through (%n view(s))</source>
        <translation>
            <numerusform>Varje sparad vy, som steg att gå igenom (%n vy)</numerusform>
            <numerusform>Varje sparad vy, som steg att gå igenom (%n vyer)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/web_map_dialog.py" line="81" />
        <source>Include personal data (contact persons, e-mail addresses, phones, notes)</source>
        <translation>Ta med personuppgifter (kontaktpersoner, e-postadresser, telefonnummer, anteckningar)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/web_map_dialog.py" line="87" />
        <source>The page works offline in any browser and sends nothing anywhere. Anyone who gets the file can read everything in it.</source>
        <translation>Sidan fungerar utan nätförbindelse i vilken webbläsare som helst och skickar ingenting någonstans. Vem som helst som får filen kan läsa allt som finns i den.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/web_map_dialog.py" line="92" />
        <source>Personal data is hidden (workshop-safe), so it stays out of the web map too.</source>
        <translation>Personuppgifterna är dolda (säkert för workshoppar), så de hålls utanför webbkartan också.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/web_map_dialog.py" line="98" />
        <source>File:</source>
        <translation>Fil:</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/web_map_dialog.py" line="99" />
        <source>Heading:</source>
        <translation>Rubrik:</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/web_map_dialog.py" line="100" />
        <source>Steps:</source>
        <translation>Steg:</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/exports/web_map_dialog.py" line="107" />
        <source>Export</source>
        <translation>Exportera</translation>
    </message>
</context>
<context>
    <name>WorkshopLauncher</name>
    <message>
        <location filename="../../aspdesk/graph/workshop/launch.py" line="68" />
        <source>&amp;Workshop mode</source>
        <translation>&amp;Workshopläge</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/workshop/launch.py" line="72" />
        <source>Show the graph full screen for a room, step by step (F5; Esc leaves)</source>
        <translation>Visa grafen i helskärm för ett rum, steg för steg (F5; Esc avslutar)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/workshop/launch.py" line="79" />
        <source>Workshop mode, &amp;dark theme</source>
        <translation>Workshopläge, mör&amp;kt tema</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/workshop/launch.py" line="83" />
        <source>&amp;Animate workshop steps</source>
        <translation>A&amp;nimera workshopstegen</translation>
    </message>
</context>
<context>
    <name>WorkshopWindow</name>
    <message>
        <location filename="../../aspdesk/graph/workshop/window.py" line="169" />
        <source>Workshop – {name}</source>
        <translation>Workshop – {name}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/workshop/window.py" line="347" />
        <source>Add actor {name}</source>
        <translation>Lägg till aktören {name}</translation>
    </message>
    <message numerus="yes">
        <location filename="../../aspdesk/graph/workshop/window.py" line="367" />
        <source>Delete %n item(s)</source>
        <translation>
            <numerusform>Radera %n objekt</numerusform>
            <numerusform>Radera %n objekt</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>cli</name>
    <message>
        <location filename="../../aspdesk/cli/image.py" line="44" />
        <source>images (.png, .svg, .pdf)</source>
        <translation>bilder (.png, .svg, .pdf)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/image.py" line="52" />
        <source>draw the saved view NAME; give it more than once (or use --all-views) for a PDF with one page per view, or a web map with one step per view</source>
        <translation>rita den sparade vyn NAME; ange det flera gånger (eller använd --all-views) för en PDF med en sida per vy, eller en webbkarta med ett steg per vy</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/image.py" line="63" />
        <source>a PDF with one page (a web map with one step) for each saved view, in order</source>
        <translation>en PDF med en sida (en webbkarta med ett steg) för varje sparad vy, i ordning</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/image.py" line="74" />
        <source>width of a PNG in pixels, up to 8000 (default: {width})</source>
        <translation>bredden på en PNG i pixlar, högst 8000 (standard: {width})</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/image.py" line="82" />
        <source>a PNG of the page (--page) at N dots per inch, instead of --width</source>
        <translation>en PNG av sidan (--page) med N punkter per tum, i stället för --width</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/image.py" line="92" />
        <source>page: A4 or A3 landscape, or fit, as big as the drawing (default: fit)</source>
        <translation>sida: A4 eller A3 liggande, eller fit, lika stor som ritningen (standard: fit)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/image.py" line="101" />
        <source>look of the graph (default: light)</source>
        <translation>grafens utseende (standard: light)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/image.py" line="106" />
        <source>a PNG without a background</source>
        <translation>en PNG utan bakgrund</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/image.py" line="112" />
        <source>leave out the legend</source>
        <translation>lämna bort teckenförklaringen</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/image.py" line="118" />
        <source>the heading (default: the map's name; an empty TEXT for none)</source>
        <translation>rubriken (standard: kartans namn; en tom TEXT för ingen)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/image.py" line="126" />
        <source>print today's date under the graph</source>
        <translation>skriv dagens datum under grafen</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/image.py" line="132" />
        <source>a source or credit line under the graph</source>
        <translation>en käll- eller upphovsrad under grafen</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/image.py" line="189" />
        <source>The map has no view “{name}”. Its views: {views}</source>
        <translation>Kartan har ingen vy ”{name}”. Dess vyer: {views}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/image.py" line="295" />
        <source>Only a PDF holds several views, one per page; give one --view for a PNG or SVG.</source>
        <translation>Endast en PDF rymmer flera vyer, en per sida; ange en --view för en PNG eller SVG.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/image.py" line="308" />
        <source>Drew {actors} actors and {ties} relationships in {path}</source>
        <translation>Ritade {actors} aktörer och {ties} relationer i {path}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/importing.py" line="48" />
        <source>the map file (.aspmap); created if it does not exist</source>
        <translation>kartfilen (.aspmap); skapas om den inte finns</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/importing.py" line="56" />
        <source>the file to import: an .xlsx or .csv table of actors, a workbook exported by aspdesk, a .graphml or .gexf graph, or a .json map backup</source>
        <translation>filen att importera: en .xlsx- eller .csv-tabell med aktörer, en arbetsbok exporterad av aspdesk, en .graphml- eller .gexf-graf eller en .json-säkerhetskopia av en karta</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/importing.py" line="66" />
        <source>show what would happen, and write nothing</source>
        <translation>visa vad som skulle hända, och skriv ingenting</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/importing.py" line="72" />
        <source>where the file and the map disagree, take the file's value (default: keep the map's)</source>
        <translation>där filen och kartan inte stämmer överens, ta filens värde (standard: behåll kartans)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/importing.py" line="83" />
        <source>the text encoding of a CSV file, such as utf-8, utf-16, cp1252 or iso-8859-15 (default: found from the file, and printed)</source>
        <translation>textkodningen i en CSV-fil, till exempel utf-8, utf-16, cp1252 eller iso-8859-15 (standard: avgörs utifrån filen och skrivs ut)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/importing.py" line="94" />
        <source>import a row with errors without its bad fields, which are left empty, and keep the problems in the row's notes (a row whose name, ID or references are bad is still not imported)</source>
        <translation>importera en rad med fel utan dess felaktiga fält, som lämnas tomma, och spara problemen i radens anteckningar (en rad vars namn, id eller hänvisningar är felaktiga importeras ändå inte)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/importing.py" line="106" />
        <source>import the other rows when some rows have errors (default: import nothing)</source>
        <translation>importera de övriga raderna när några rader har fel (standard: importera ingenting)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/importing.py" line="155" />
        <source>{path} does not exist</source>
        <translation>{path} finns inte</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/importing.py" line="160" />
        <source>Created the map {path}</source>
        <translation>Skapade kartan {path}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/importing.py" line="166" />
        <source>{path} is open for editing in aspdesk, or cannot be written here, so nothing was imported. Close it there and run the import again.</source>
        <translation>{path} är öppen för redigering i aspdesk eller kan inte skrivas här, så ingenting importerades. Stäng den där och kör importen igen.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/importing.py" line="303" />
        <source>{file} into {map}:</source>
        <translation>{file} till {map}:</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/importing.py" line="311" />
        <source>Columns not imported (their headers name no field of an actor): {columns}</source>
        <translation>Kolumner som inte importeras (rubriken motsvarar inget fält hos en aktör): {columns}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/importing.py" line="329" />
        <source>New:</source>
        <translation>Nya:</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/importing.py" line="331" />
        <source>Updated (empty fields filled in):</source>
        <translation>Uppdaterade (tomma fält ifyllda):</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/importing.py" line="339" />
        <source>Conflicts (the map's values are kept; --take-file-values takes the file's):</source>
        <translation>Konflikter (kartans värden behålls; --take-file-values tar filens):</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/importing.py" line="343" />
        <source>Conflicts (the file's values are taken):</source>
        <translation>Konflikter (filens värden tas):</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/importing.py" line="352" />
        <source>Possible duplicates (imported as new; check them in the map):</source>
        <translation>Möjliga dubbletter (importerade som nya; kontrollera dem på kartan):</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/importing.py" line="368" />
        <source>Read differently from the file:</source>
        <translation>Lästes annorlunda än i filen:</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/importing.py" line="376" />
        <source>Imported without their bad fields:</source>
        <translation>Importerade utan sina felaktiga fält:</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/importing.py" line="384" />
        <source>Not imported:</source>
        <translation>Importerades inte:</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/importing.py" line="392" />
        <source>Problems:</source>
        <translation>Problem:</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/importing.py" line="406" />
        <source>Nothing was imported. Rows with errors: {count}. Correct them in the file, or run again with --skip-errors to import the rest, or with --without-bad-fields to import them without their bad fields.</source>
        <translation>Ingenting importerades. Rader med fel: {count}. Rätta dem i filen, eller kör igen med --skip-errors för att importera resten, eller med --without-bad-fields för att importera dem utan deras felaktiga fält.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/importing.py" line="425" />
        <location filename="../../aspdesk/cli/survey.py" line="218" />
        <source>Dry run: nothing was written.</source>
        <translation>Provkörning: ingenting skrevs.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/importing.py" line="428" />
        <source>The map already holds everything in the file.</source>
        <translation>Kartan innehåller redan allt i filen.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/importing.py" line="433" />
        <source>Imported: {added} added, {updated} changed.</source>
        <translation>Importerat: {added} tillagda, {updated} ändrade.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/importing.py" line="456" />
        <source>… and {count} more</source>
        <translation>… och {count} till</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/main.py" line="42" />
        <source>the new map file (ending in {suffix})</source>
        <translation>den nya kartfilen (som slutar på {suffix})</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/main.py" line="60" />
        <source>Wrote the sample map to {path}</source>
        <translation>Skrev exempelkartan till {path}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/main.py" line="145" />
        <source>Wrote {path}: actors {actors}, relationships {ties}, projects {projects}</source>
        <translation>Skrev {path}: aktörer {actors}, relationer {ties}, projekt {projects}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/main.py" line="241" />
        <location filename="../../aspdesk/cli/report.py" line="28" />
        <location filename="../../aspdesk/cli/server.py" line="67" />
        <source>the map file (.aspmap)</source>
        <translation>kartfilen (.aspmap)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/main.py" line="246" />
        <source>write the sample map Arctic Smartness Portfolio 2015 to PATH without opening a window</source>
        <translation>skriv exempelkartan Arctic Smartness Portfolio 2015 till PATH utan att öppna ett fönster</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/main.py" line="254" />
        <source>bring a spreadsheet, GraphML, GEXF or JSON file into the map MAP, merging with what it holds</source>
        <translation>för in en kalkylbladsfil, GraphML-, GEXF- eller JSON-fil i kartan MAP och slå ihop den med det kartan innehåller</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/main.py" line="263" />
        <source>write a report of the map MAP: the graph, each cluster's health, the actors' place in the network and the memberships, as PDF or HTML</source>
        <translation>skriv en rapport om kartan MAP: grafen, varje klusters hälsa, aktörernas plats i nätverket och medlemskapen, som PDF eller HTML</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/main.py" line="272" />
        <source>ask the members of a cluster of the map MAP to check their ties: 'create' writes a questionnaire workbook for each, 'collect' brings the answers in</source>
        <translation>be medlemmarna i ett kluster i kartan MAP att kontrollera sina band: 'create' skriver en enkät som arbetsbok för var och en, 'collect' tar in svaren</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/main.py" line="75" />
        <source>the file to write; its extension chooses the format: .xlsx, .csv (or a folder, or .zip) with one table per sheet, .graphml, .gexf, .json for a full backup, an image of the graph: .png, .svg or .pdf, a web map that works offline in any browser: .html, or a film of the network's growth: .mp4, .gif or .webp</source>
        <translation>filen att skriva; dess filändelse väljer formatet: .xlsx, .csv (eller en mapp, eller .zip) med en tabell per blad, .graphml, .gexf, .json för en fullständig säkerhetskopia, en bild av grafen: .png, .svg eller .pdf, en webbkarta som fungerar utan nätförbindelse i vilken webbläsare som helst: .html, eller en film av nätverkets tillväxt: .mp4, .gif eller .webp</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/main.py" line="89" />
        <source>a .json backup carries the map's history too: every change, when and by whom (restored with the backup into an empty map)</source>
        <translation>en .json-säkerhetskopia får också med kartans historik: varje ändring, när och av vem (återställs med säkerhetskopian till en tom karta)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/main.py" line="105" />
        <source>--with-history is for a .json backup only.</source>
        <translation>--with-history gäller bara en .json-säkerhetskopia.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/main.py" line="281" />
        <source>write the map MAP to a spreadsheet, GraphML, GEXF or JSON file, draw its graph as a PNG, SVG or PDF image, make a web map of it (.html), or film its growth (.mp4, .gif, .webp)</source>
        <translation>skriv kartan MAP till ett kalkylblad, en GraphML-, GEXF- eller JSON-fil, rita dess graf som en PNG-, SVG- eller PDF-bild, gör en webbkarta av den (.html) eller en film av dess tillväxt (.mp4, .gif, .webp)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/main.py" line="291" />
        <source>for a server admin: set up a team map on PostgreSQL ('init': roles, grants and tables) or bring it up to date ('upgrade')</source>
        <translation>för en serveradministratör: skapa en gemensam karta i PostgreSQL ('init': roller, rättigheter och tabeller) eller uppdatera den ('upgrade')</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/main.py" line="300" />
        <source>take the team map ADDRESS offline: write a map file COPY that remembers it, to edit without the server and send the changes back later</source>
        <translation>ta den gemensamma kartan ADDRESS för offlinebruk: skriv en kartfil COPY som minns den, för att redigera utan servern och skicka tillbaka ändringarna senare</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/main.py" line="309" />
        <source>add aspdesk to the applications menu of this Linux user, with its icon, and have .aspmap files open in it</source>
        <translation>lägg till aspdesk i den här Linux-användarens programmeny, med sin ikon, och låt .aspmap-filer öppnas i det</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/main.py" line="318" />
        <source>remove what install-desktop added (your maps stay where they are)</source>
        <translation>ta bort det som install-desktop lade till (dina kartor stannar där de är)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/main.py" line="327" />
        <location filename="../../aspdesk/cli/server.py" line="17" />
        <source>language of the window and messages (default: the system's)</source>
        <translation>språket för fönstret och meddelandena (standard: systemets)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/main.py" line="354" />
        <source>commands without a window:
{commands}

Run 'aspdesk COMMAND --help' for a command's options.</source>
        <translation>kommandon utan fönster:
{commands}

Kör 'aspdesk COMMAND --help' för ett kommandos alternativ.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/main.py" line="360" />
        <source>Map the actors, clusters, roles and relationships of a regional business-cluster network.</source>
        <translation>Kartlägg aktörerna, klustren, rollerna och relationerna i ett regionalt näringslivsklusters nätverk.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/main.py" line="370" />
        <source>the map to open (asks to create it if it does not exist); without PATH, the last map opened, or the sample map on first start</source>
        <translation>kartan att öppna (frågar om den ska skapas om den inte finns); utan PATH den senast öppnade kartan, eller exempelkartan vid första starten</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/main.py" line="375" />
        <source>; or a team map on a PostgreSQL server: postgresql://user@server/database or service=name</source>
        <translation>; eller en gemensam karta på en PostgreSQL-server: postgresql://användare@server/databas eller service=namn</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/main.py" line="382" />
        <source>open a fresh copy of the sample map</source>
        <translation>öppna en ny kopia av exempelkartan</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/main.py" line="466" />
        <source>give either PATH or --sample, not both</source>
        <translation>ange antingen PATH eller --sample, inte båda</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/report.py" line="37" />
        <source>the report to write: .pdf for pages to print or send, .html for a web page</source>
        <translation>rapporten att skriva: .pdf för sidor att skriva ut eller skicka, .html för en webbsida</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/report.py" line="47" />
        <source>the first day of the period whose outcomes the report gives, as 2024-03-01 or 1.3.2024 (default: twelve months before --until)</source>
        <translation>första dagen i perioden vars resultat rapporten ger, som 1.3.2024 eller 2024-03-01 (standard: tolv månader före --until)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/report.py" line="57" />
        <source>the last day of the period (default: today)</source>
        <translation>periodens sista dag (standard: i dag)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/report.py" line="61" />
        <source>{option}: “{text}” is not a date; write it as 2024-03-01 or 1.3.2024.</source>
        <translation>{option}: ”{text}” är inte ett datum; skriv det som 1.3.2024 eller 2024-03-01.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/report.py" line="64" />
        <source>The period would start on {since}, after it ends on {until}.</source>
        <translation>Perioden skulle börja {since}, efter att den slutar {until}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/report.py" line="117" />
        <source>Wrote the report to {path}</source>
        <translation>Skrev rapporten till {path}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/web_map.py" line="26" />
        <source>web maps (.html)</source>
        <translation>webbkartor (.html)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/web_map.py" line="31" />
        <source>put contact persons, e-mail addresses, phone numbers and notes in the web map (left out unless asked for)</source>
        <translation>ta med kontaktpersoner, e-postadresser, telefonnummer och anteckningar i webbkartan (lämnas bort om de inte begärs)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/web_map.py" line="68" />
        <source>Wrote the web map {path}: {actors} actors, {steps} step(s)</source>
        <translation>Skrev webbkartan {path}: {actors} aktörer, {steps} steg</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/platform_check.py" line="55" />
        <source>aspdesk cannot open its window: Qt's X11 platform plugin (xcb) needs the system library {library}, which is not installed.
On Debian and Ubuntu, install it with:
    sudo apt install {packages}
On other Linux distributions, install the package that holds {library}.</source>
        <translation>aspdesk kan inte öppna sitt fönster: Qt:s X11-plattformstillägg (xcb) behöver systembiblioteket {library}, som inte är installerat.
På Debian och Ubuntu installerar du det med:
    sudo apt install {packages}
På andra Linuxdistributioner installerar du det paket som innehåller {library}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/platform_check.py" line="63" />
        <source>aspdesk cannot open its window: no display was found (neither DISPLAY nor WAYLAND_DISPLAY is set). Start it from a desktop session. Commands such as 'aspdesk export' and 'aspdesk report' work without a display.</source>
        <translation>aspdesk kan inte öppna sitt fönster: ingen bildskärm hittades (varken DISPLAY eller WAYLAND_DISPLAY är satt). Starta det från en skrivbordssession. Kommandon som 'aspdesk export' och 'aspdesk report' fungerar utan bildskärm.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/survey.py" line="35" />
        <source>the map file</source>
        <translation>kartfilen</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/survey.py" line="41" />
        <source>write a questionnaire workbook for each member of a cluster</source>
        <translation>skriv en enkät som arbetsbok för varje medlem i ett kluster</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/survey.py" line="48" />
        <source>the cluster whose members are asked</source>
        <translation>klustret vars medlemmar tillfrågas</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/survey.py" line="56" />
        <source>the folder to write the workbooks in</source>
        <translation>mappen som arbetsböckerna skrivs i</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/survey.py" line="64" />
        <source>language of the workbooks (default: fi)</source>
        <translation>arbetsböckernas språk (standard: fi)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/survey.py" line="72" />
        <source>bring the returned answers into the map</source>
        <translation>ta in de returnerade svaren i kartan</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/survey.py" line="79" />
        <source>the folder of answers (or answer workbooks)</source>
        <translation>svarens mapp (eller svarens arbetsböcker)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/survey.py" line="84" />
        <source>show what would change, write nothing</source>
        <translation>visa vad som skulle ändras, skriv ingenting</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/survey.py" line="90" />
        <source>store the other answers when some rows have errors or disagree (default: store nothing)</source>
        <translation>spara de andra svaren när några rader har fel eller är oense (standard: spara ingenting)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/survey.py" line="143" />
        <source>The map has no cluster “{name}”. Its clusters: {known}</source>
        <translation>Kartan har inget kluster ”{name}”. Dess kluster: {known}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/survey.py" line="151" />
        <source>The cluster “{name}” has no members.</source>
        <translation>Klustret ”{name}” har inga medlemmar.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/survey.py" line="163" />
        <source>Wrote {count} questionnaires for the members of {cluster} to {folder}</source>
        <translation>Skrev {count} enkäter för medlemmarna i {cluster} i {folder}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/survey.py" line="199" />
        <source>Answers read: {count} of {files} files</source>
        <translation>Lästa svar: {count} av {files} filer</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/survey.py" line="208" />
        <source>Nothing was stored. Rows with errors or disagreements: {count}. Decide them in the map, or run again with --skip-errors to store the rest.</source>
        <translation>Ingenting sparades. Rader med fel eller oenighet: {count}. Avgör dem i kartan, eller kör igen med --skip-errors för att spara resten.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/survey.py" line="221" />
        <source>No answers to store.</source>
        <translation>Inga svar att spara.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/survey.py" line="226" />
        <source>Stored: {added} added, {updated} changed.</source>
        <translation>Sparat: {added} tillagda, {updated} ändrade.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/desktop.py" line="58" />
        <source>install-desktop is for Linux desktops. On Windows and macOS the installer adds aspdesk to the Start menu or Applications and registers .aspmap files.</source>
        <translation>install-desktop är för Linux-skrivbord. På Windows och macOS lägger installationsprogrammet till aspdesk i Start-menyn eller Program och registrerar .aspmap-filer.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/desktop.py" line="63" />
        <source>aspdesk is in the applications menu, and .aspmap files open in it. Files written:</source>
        <translation>aspdesk finns i programmenyn, och .aspmap-filer öppnas i det. Skrivna filer:</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/desktop.py" line="66" />
        <source>Removed aspdesk from the applications menu. Files removed:</source>
        <translation>Tog bort aspdesk från programmenyn. Borttagna filer:</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/desktop.py" line="67" />
        <source>aspdesk was not installed for the desktop in {folder}: nothing to remove.</source>
        <translation>aspdesk var inte installerat för skrivbordet i {folder}: inget att ta bort.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/desktop.py" line="70" />
        <source>update-mime-database was not found, so the desktop does not know .aspmap files yet: install the package shared-mime-info and run this command again.</source>
        <translation>update-mime-database hittades inte, så skrivbordet känner inte till .aspmap-filer ännu: installera paketet shared-mime-info och kör kommandot igen.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/desktop.py" line="75" />
        <source>Could not write {path}: {reason}</source>
        <translation>Kunde inte skriva {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/desktop.py" line="76" />
        <source>Could not remove {path}: {reason}</source>
        <translation>Kunde inte ta bort {path}: {reason}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/server.py" line="18" />
        <source>the database, as libpq takes it: postgresql://user@server/database or service=name (a password from ~/.pgpass or PGPASSWORD)</source>
        <translation>databasen i libpq:s form: postgresql://användare@server/databas eller service=namn (lösenordet från ~/.pgpass eller PGPASSWORD)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/server.py" line="31" />
        <source>as a superuser: make the roles aspdesk_owner, aspdesk_editor and aspdesk_viewer with their grants, and the map's tables (run again: nothing changes)</source>
        <translation>som superanvändare: skapa rollerna aspdesk_owner, aspdesk_editor och aspdesk_viewer med deras rättigheter samt kartans tabeller (en ny körning ändrar ingenting)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/server.py" line="43" />
        <source>the name of a new map (shown in the title bar)</source>
        <translation>den nya kartans namn (visas i namnlisten)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/server.py" line="48" />
        <source>as a member of aspdesk_owner: bring the map's tables up to date for this version of aspdesk</source>
        <translation>som medlem av aspdesk_owner: uppdatera kartans tabeller för den här versionen av aspdesk</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/server.py" line="59" />
        <source>copy the map file MAP, its history included, into the empty team map at ADDRESS (made with init); a database holding a map is refused</source>
        <translation>kopiera kartfilen MAP, historiken medräknad, till den tomma gemensamma kartan på ADDRESS (gjord med init); en databas som redan har en karta vägras</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/server.py" line="100" />
        <source>The team map {address} is already set up (schema {revision}, roles and grants in place): nothing was changed.</source>
        <translation>Den gemensamma kartan {address} är redan skapad (schema {revision}, roller och rättigheter på plats): ingenting ändrades.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/server.py" line="111" />
        <source>Made the roles: {roles}</source>
        <translation>Skapade rollerna: {roles}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/server.py" line="116" />
        <source>Made the schema aspdesk</source>
        <translation>Skapade schemat aspdesk</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/server.py" line="119" />
        <source>Brought the map from schema {old} to {new}</source>
        <translation>Uppdaterade kartan från schema {old} till {new}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/server.py" line="121" />
        <source>Made the map's tables (schema {new})</source>
        <translation>Skapade kartans tabeller (schema {new})</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/server.py" line="124" />
        <source>Gave the new map its id</source>
        <translation>Gav den nya kartan dess id</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/server.py" line="127" />
        <source>Added {count} built-in terms</source>
        <translation>Lade till {count} inbyggda termer</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/server.py" line="134" />
        <source>The change log is now the server's: its time and database user on every change, and editors can no longer change or delete it</source>
        <translation>Ändringshistoriken är nu serverns: varje ändring får serverns tid och databasanvändare, och redigerarna kan inte längre ändra eller radera den</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/server.py" line="141" />
        <source>The team map {address} is ready:</source>
        <translation>Den gemensamma kartan {address} är klar:</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/server.py" line="168" />
        <source>Copied {map} to the team map {address}: {rows} rows.</source>
        <translation>Kopierade {map} till den gemensamma kartan {address}: {rows} rader.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/film.py" line="38" />
        <source>{option} {value} is not a date: write it as 2020-12-31 or 31.12.2020.</source>
        <translation>{option} {value} är inte ett datum: skriv det som 31.12.2020 eller 2020-12-31.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/film.py" line="46" />
        <source>films of the network's growth (.mp4, .gif, .webp)</source>
        <translation>filmer av nätverkets tillväxt (.mp4, .gif, .webp)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/film.py" line="53" />
        <source>the film's first day (default: the first day the map has a date for)</source>
        <translation>filmens första dag (standard: kartans tidigaste datum)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/film.py" line="62" />
        <source>the film's last day (default: today)</source>
        <translation>filmens sista dag (standard: i dag)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/film.py" line="69" />
        <source>the film's length (default: {n} seconds)</source>
        <translation>filmens längd (standard: {n} sekunder)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/film.py" line="78" />
        <source>frames a second (default: {n})</source>
        <translation>bilder per sekund (standard: {n})</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/film.py" line="87" />
        <source>height of a film in pixels (default: {height}; --width: {width})</source>
        <translation>filmens höjd i pixlar (standard: {height}; --width: {width})</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/film.py" line="118" />
        <source>A film shows the whole map; --view and --all-views are for images.</source>
        <translation>En film visar hela kartan; --view och --all-views gäller bilder.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/film.py" line="161" />
        <source>Filmed the growth of {actors} actors from {start} to {end} in {path}: {frames} frames, {seconds} seconds</source>
        <translation>Filmade tillväxten för {actors} aktörer från {start} till {end} i {path}: {frames} bilder, {seconds} sekunder</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/offline.py" line="17" />
        <source>the team map: postgresql://user@server/database or service=name</source>
        <translation>den gemensamma kartan: postgresql://användare@server/databas eller service=namn</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/offline.py" line="20" />
        <source>the offline copy to write (.aspmap; must not exist)</source>
        <translation>offlinekopian som skrivs (.aspmap; får inte finnas)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/offline.py" line="50" />
        <source>Took {map} offline as {path}, at change {number}: open it in aspdesk to work.</source>
        <translation>Tog en offlinekopia av {map} som {path}, vid ändring {number}: öppna den i aspdesk för att arbeta.</translation>
    </message>
</context>
<context>
    <name>consortium</name>
    <message>
        <location filename="../../aspdesk/analysis/consortium/messages.py" line="48" />
        <source>These rules are a summary kept in aspdesk, not the call itself. Check every rule against the call text and its eligibility conditions before you apply.</source>
        <translation>De här reglerna är en sammanfattning i aspdesk, inte själva utlysningen. Kontrollera varje regel mot utlysningstexten och dess behörighetsvillkor innan du ansöker.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/consortium/messages.py" line="53" />
        <source>The rules of {programme} were last checked against their sources on {date}.</source>
        <translation>Reglerna för {programme} kontrollerades senast mot sina källor den {date}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/consortium/messages.py" line="58" />
        <source>No eligibility rules are recorded for {programme}, so there is nothing to check here; read the call text.</source>
        <translation>Inga behörighetsregler har angetts för {programme}, så det finns ingenting att kontrollera här; läs utlysningstexten.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/consortium/messages.py" line="63" />
        <source>The consortium meets all {count} rules of {programme}.</source>
        <translation>Konsortiet uppfyller alla {count} regler i {programme}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/consortium/messages.py" line="64" />
        <source>The consortium does not meet {unmet} of the {count} rules of {programme}.</source>
        <translation>Konsortiet uppfyller inte {unmet} av de {count} reglerna i {programme}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/consortium/messages.py" line="69" />
        <source>Partners that count here: {count}; at least {least} needed.</source>
        <translation>Partner som räknas här: {count}; minst {least} behövs.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/consortium/messages.py" line="72" />
        <source>Not counted here because of their role in the consortium: {names}.</source>
        <translation>Räknas inte här på grund av sin roll i konsortiet: {names}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/consortium/messages.py" line="76" />
        <source>Different countries among the partners that count here: {count} ({countries}); at least {least} needed.</source>
        <translation>Olika länder bland de partner som räknas här: {count} ({countries}); minst {least} behövs.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/consortium/messages.py" line="81" />
        <source>Different countries among the partners that count here: none yet; at least {least} needed.</source>
        <translation>Olika länder bland de partner som räknas här: inga ännu; minst {least} behövs.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/consortium/messages.py" line="85" />
        <source>Not counted here, as their countries are not in {allowed}: {names}.</source>
        <translation>Räknas inte här, eftersom deras länder inte hör till {allowed}: {names}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/consortium/messages.py" line="88" />
        <source>No country is given for: {names}.</source>
        <translation>Inget land har angetts för: {names}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/consortium/messages.py" line="90" />
        <source>Every partner that counts here is in {allowed}.</source>
        <translation>Varje partner som räknas här hör till {allowed}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/consortium/messages.py" line="91" />
        <source>Not in {allowed}: {names}.</source>
        <translation>Hör inte till {allowed}: {names}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/consortium/messages.py" line="92" />
        <source>Allowed only on a condition ({names}): {condition}</source>
        <translation>Tillåts endast på ett villkor ({names}): {condition}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/consortium/messages.py" line="94" />
        <source>Partners in {allowed}: {count} ({names}); at least {least} needed.</source>
        <translation>Partner i {allowed}: {count} ({names}); minst {least} behövs.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/consortium/messages.py" line="97" />
        <source>Partners in {allowed}: none yet; at least {least} needed.</source>
        <translation>Partner i {allowed}: inga ännu; minst {least} behövs.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/consortium/messages.py" line="101" />
        <source>Partners of the kind {kinds}: {count} ({names}); at least {least} needed.</source>
        <translation>Partner av typen {kinds}: {count} ({names}); minst {least} behövs.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/consortium/messages.py" line="104" />
        <source>Partners of the kind {kinds}: none yet; at least {least} needed.</source>
        <translation>Partner av typen {kinds}: inga ännu; minst {least} behövs.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/consortium/messages.py" line="107" />
        <source>This rule does not apply: no partner that counts is of the kind {kinds}.</source>
        <translation>Den här regeln gäller inte: ingen partner som räknas är av typen {kinds}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/consortium/messages.py" line="111" />
        <source>The coordinator {name} is in {country}, one of {allowed}.</source>
        <translation>Koordinatorn {name} finns i {country}, ett av {allowed}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/consortium/messages.py" line="114" />
        <source>The coordinator {name} is in {country}, which is not one of {allowed}.</source>
        <translation>Koordinatorn {name} finns i {country}, som inte är ett av {allowed}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/consortium/messages.py" line="117" />
        <source>No partner is marked as the coordinator yet; the coordinator must be in {allowed}.</source>
        <translation>Ingen partner är markerad som koordinator ännu; koordinatorn ska finnas i {allowed}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/consortium/messages.py" line="121" />
        <source>More than one partner is marked as the coordinator: {names}.</source>
        <translation>Fler än en partner är markerad som koordinator: {names}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/consortium/messages.py" line="125" />
        <source>Every partner that counts here has a PIC.</source>
        <translation>Varje partner som räknas här har en PIC-kod.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/consortium/messages.py" line="126" />
        <source>No partner that counts here yet.</source>
        <translation>Ingen partner som räknas här ännu.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/consortium/messages.py" line="127" />
        <source>No PIC yet: {names}.</source>
        <translation>Ingen PIC-kod ännu: {names}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/consortium/messages.py" line="128" />
        <source>A PIC has nine digits; check the PIC of: {names}.</source>
        <translation>En PIC-kod har nio siffror; kontrollera PIC-koden för: {names}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/consortium/messages.py" line="131" />
        <source>Would raise the partners that count here to {count}; at least {least} needed.</source>
        <translation>Skulle höja antalet partner som räknas här till {count}; minst {least} behövs.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/consortium/messages.py" line="134" />
        <source>Would add {country}.</source>
        <translation>Skulle lägga till {country}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/consortium/messages.py" line="135" />
        <source>Would add a partner in {allowed}: {country}.</source>
        <translation>Skulle lägga till en partner i {allowed}: {country}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/consortium/messages.py" line="136" />
        <source>Would add a partner of the kind {kind}.</source>
        <translation>Skulle lägga till en partner av typen {kind}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/consortium/messages.py" line="137" />
        <source>Could be the coordinator: based in {country}.</source>
        <translation>Kunde vara koordinator: finns i {country}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/consortium/messages.py" line="138" />
        <source>Tied to {name} in the consortium.</source>
        <translation>Knuten till {name} i konsortiet.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/consortium/messages.py" line="139" />
        <source>Tied to {name} and {other} in the consortium.</source>
        <translation>Knuten till {name} och {other} i konsortiet.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/consortium/messages.py" line="140" />
        <source>Tied to {name} and {others} other partners in the consortium.</source>
        <translation>Knuten till {name} och {others} andra partner i konsortiet.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/consortium/messages.py" line="143" />
        <source>Not yet tied to any partner in the consortium.</source>
        <translation>Ännu inte knuten till någon partner i konsortiet.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/consortium/messages.py" line="144" />
        <source>In the cluster {cluster} with {name}.</source>
        <translation>I klustret {cluster} tillsammans med {name}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/consortium/messages.py" line="145" />
        <source>In the cluster {cluster} with {count} partners: {names}.</source>
        <translation>I klustret {cluster} tillsammans med {count} partner: {names}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/consortium/messages.py" line="150" />
        <source>The programme file cannot be read: {detail}</source>
        <translation>Programfilen kan inte läsas: {detail}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/consortium/messages.py" line="151" />
        <source>The file is larger than {limit} and is not read as a programme.</source>
        <translation>Filen är större än {limit} och läses inte som ett program.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/consortium/messages.py" line="154" />
        <source>The file is not valid JSON at line {line}, column {column}: {detail}</source>
        <translation>Filen är inte giltig JSON på rad {line}, kolumn {column}: {detail}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/consortium/messages.py" line="157" />
        <source>The file is written in format {format}, which this version of aspdesk does not know (it reads format {known}).</source>
        <translation>Filen är skriven i format {format}, som den här versionen av aspdesk inte känner till (den läser format {known}).</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/consortium/messages.py" line="162" />
        <source>The file does not hold a programme: it must hold one object, written in curly brackets.</source>
        <translation>Filen innehåller inget program: den ska innehålla ett objekt, skrivet inom klammerparenteser.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/consortium/messages.py" line="166" />
        <source>The field {field} is missing.</source>
        <translation>Fältet {field} saknas.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/consortium/messages.py" line="167" />
        <source>The field {field} is written twice.</source>
        <translation>Fältet {field} är skrivet två gånger.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/consortium/messages.py" line="168" />
        <source>The field {field} is not known here; the known fields are: {known}.</source>
        <translation>Fältet {field} är inte känt här; de kända fälten är: {known}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/consortium/messages.py" line="171" />
        <source>The field {field} must be an object, written in curly brackets.</source>
        <translation>Fältet {field} ska vara ett objekt, skrivet inom klammerparenteser.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/consortium/messages.py" line="174" />
        <source>The field {field} must be a list, written in square brackets.</source>
        <translation>Fältet {field} ska vara en lista, skriven inom hakparenteser.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/consortium/messages.py" line="177" />
        <source>The field {field} must be a text that is not empty.</source>
        <translation>Fältet {field} ska vara en text som inte är tom.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/consortium/messages.py" line="180" />
        <source>The field {field} must be a whole number of at least {least}.</source>
        <translation>Fältet {field} ska vara ett heltal som är minst {least}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/consortium/messages.py" line="183" />
        <source>The field {field} must be a date written as YYYY-MM-DD, not {value}.</source>
        <translation>Fältet {field} ska vara ett datum skrivet som ÅÅÅÅ-MM-DD, inte {value}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/consortium/messages.py" line="186" />
        <source>The field {field} needs a text in the language {language}.</source>
        <translation>Fältet {field} behöver en text på språket {language}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/consortium/messages.py" line="189" />
        <source>The field {field} must be an id of letters a-z, digits, '-' and '_', not {value}.</source>
        <translation>Fältet {field} ska vara ett id av bokstäverna a-z, siffror, '-' och '_', inte {value}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/consortium/messages.py" line="193" />
        <source>The rule kind {value} in {field} is not known; the known kinds are: {known}.</source>
        <translation>Regeltypen {value} i {field} är inte känd; de kända typerna är: {known}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/consortium/messages.py" line="196" />
        <source>The field {field} names {value}, which is neither a two-letter country code in capitals nor a country set of this file.</source>
        <translation>Fältet {field} nämner {value}, som varken är en landskod med två versaler eller en landsmängd i den här filen.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/consortium/messages.py" line="201" />
        <source>The field {field} names {value}, which is not a role; the roles are: {known}.</source>
        <translation>Fältet {field} nämner {value}, som inte är en roll; rollerna är: {known}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/consortium/messages.py" line="204" />
        <source>The country set {value} is built in and cannot be redefined in {field}.</source>
        <translation>Landsmängden {value} är inbyggd och kan inte definieras om i {field}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/consortium/messages.py" line="207" />
        <source>Two rules have the id {value}.</source>
        <translation>Två regler har id:t {value}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/consortium/messages.py" line="208" />
        <source>The programme id {value} is also used by {other}.</source>
        <translation>Program-id:t {value} används också av {other}.</translation>
    </message>
</context>
<context>
    <name>desktop</name>
    <message>
        <location filename="../../aspdesk/cli/desktop.py" line="51" />
        <source>aspdesk map</source>
        <translation>aspdesk-karta</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/desktop.py" line="52" />
        <source>Cluster network map</source>
        <translation>Karta över klusternätverk</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/desktop.py" line="53" />
        <source>Map the actors, clusters and relationships of a regional cluster network</source>
        <translation>Kartlägg aktörerna, klustren och relationerna i ett regionalt klusternätverk</translation>
    </message>
    <message>
        <location filename="../../aspdesk/cli/desktop.py" line="56" />
        <source>cluster;network;actors;graph;map;</source>
        <translation>kluster;nätverk;aktörer;graf;karta;</translation>
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
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/fields.py" line="38" />
        <location filename="../../aspdesk/ui/forms/fields.py" line="69" />
        <source>Name in Swedish</source>
        <translation>Namn på svenska</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/fields.py" line="39" />
        <location filename="../../aspdesk/ui/forms/fields.py" line="70" />
        <source>Name in English</source>
        <translation>Namn på engelska</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/fields.py" line="40" />
        <location filename="../../aspdesk/ui/forms/fields.py" line="71" />
        <source>Short name</source>
        <translation>Kortnamn</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/fields.py" line="41" />
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/fields.py" line="42" />
        <location filename="../../aspdesk/ui/forms/fields.py" line="72" />
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/fields.py" line="43" />
        <source>Business ID</source>
        <translation>FO-nummer</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/fields.py" line="44" />
        <source>PIC</source>
        <translation>PIC-kod</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/fields.py" line="45" />
        <source>Municipality or region</source>
        <translation>Kommun eller region</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/fields.py" line="46" />
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/fields.py" line="47" />
        <source>Website</source>
        <translation>Webbplats</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/fields.py" line="48" />
        <location filename="../../aspdesk/ui/forms/fields.py" line="64" />
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/fields.py" line="49" />
        <location filename="../../aspdesk/ui/forms/fields.py" line="65" />
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/fields.py" line="52" />
        <source>Size class</source>
        <translation>Storleksklass</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/fields.py" line="56" />
        <source>Sector</source>
        <translation>Bransch</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/fields.py" line="57" />
        <source>Tags</source>
        <translation>Taggar</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/fields.py" line="58" />
        <location filename="../../aspdesk/ui/forms/fields.py" line="87" />
        <location filename="../../aspdesk/ui/forms/fields.py" line="104" />
        <location filename="../../aspdesk/ui/forms/fields.py" line="127" />
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/fields.py" line="61" />
        <location filename="../../aspdesk/ui/forms/fields.py" line="131" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/fields.py" line="63" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/fields.py" line="73" />
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/fields.py" line="74" />
        <source>Colour</source>
        <translation>Färg</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/fields.py" line="75" />
        <source>Coordinator</source>
        <translation>Koordinator</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/fields.py" line="76" />
        <location filename="../../aspdesk/ui/forms/fields.py" line="100" />
        <location filename="../../aspdesk/ui/forms/fields.py" line="124" />
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/fields.py" line="77" />
        <location filename="../../aspdesk/ui/forms/fields.py" line="101" />
        <location filename="../../aspdesk/ui/forms/fields.py" line="125" />
        <source>End date</source>
        <translation>Slutdatum</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/fields.py" line="80" />
        <source>Actor</source>
        <translation>Aktör</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/fields.py" line="81" />
        <source>Cluster</source>
        <translation>Kluster</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/fields.py" line="83" />
        <location filename="../../aspdesk/ui/forms/fields.py" line="134" />
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/fields.py" line="85" />
        <source>Since</source>
        <translation>Sedan</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/fields.py" line="86" />
        <source>Until</source>
        <translation>Till och med</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/fields.py" line="90" />
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/fields.py" line="91" />
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/fields.py" line="94" />
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/fields.py" line="98" />
        <source>Directed</source>
        <translation>Riktad</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/fields.py" line="99" />
        <source>Strength (1-5)</source>
        <translation>Styrka (1-5)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/fields.py" line="102" />
        <source>Source of information</source>
        <translation>Informationskälla</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/fields.py" line="103" />
        <source>Last verified</source>
        <translation>Senast kontrollerad</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/fields.py" line="108" />
        <source>Acronym</source>
        <translation>Akronym</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/fields.py" line="111" />
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/fields.py" line="115" />
        <source>Call identifier</source>
        <translation>Utlysningens beteckning</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/fields.py" line="118" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/fields.py" line="122" />
        <source>Total budget (€)</source>
        <translation>Total budget (€)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/fields.py" line="123" />
        <source>Grant (€)</source>
        <translation>Stöd (€)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/fields.py" line="126" />
        <source>Linked clusters</source>
        <translation>Kopplade kluster</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/fields.py" line="130" />
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/fields.py" line="138" />
        <source>Budget share (%)</source>
        <translation>Budgetandel (%)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/fields.py" line="152" />
        <source>actor</source>
        <translation>aktör</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/fields.py" line="153" />
        <source>cluster</source>
        <translation>kluster</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/fields.py" line="154" />
        <source>contact person</source>
        <translation>kontaktperson</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/fields.py" line="155" />
        <source>membership</source>
        <translation>medlemskap</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/fields.py" line="156" />
        <source>relationship</source>
        <translation>relation</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/fields.py" line="157" />
        <source>project</source>
        <translation>projekt</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/fields.py" line="158" />
        <source>project partner</source>
        <translation>projektpartner</translation>
    </message>
</context>
<context>
    <name>health</name>
    <message>
        <location filename="../../aspdesk/analysis/health/messages.py" line="25" />
        <source>The cluster has no committed members yet.</source>
        <translation>Klustret har inga engagerade medlemmar ännu.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/health/messages.py" line="26" />
        <source>The cluster has only one committed member; {source} asks for at least {least}.</source>
        <translation>Klustret har bara en engagerad medlem; {source} kräver minst {least}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/health/messages.py" line="30" />
        <location filename="../../aspdesk/analysis/health/messages.py" line="34" />
        <source>The cluster has {count} committed members; {source} asks for at least {least}.</source>
        <translation>Klustret har {count} engagerade medlemmar; {source} kräver minst {least}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/health/messages.py" line="38" />
        <source>No member belongs to the business, research and education or public-sector helix; {source} asks for at least {least} of them.</source>
        <translation>Ingen medlem hör till helixen näringsliv, forskning och utbildning eller offentlig sektor; {source} kräver minst {least} av dem.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/health/messages.py" line="43" />
        <location filename="../../aspdesk/analysis/health/messages.py" line="48" />
        <source>Members come from {count} of the three helices ({helices}); {source} asks for at least {least}.</source>
        <translation>Medlemmarna kommer från {count} av de tre helixarna ({helices}); {source} kräver minst {least}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/health/messages.py" line="56" />
        <source>No member of the kind {kinds} yet ({source}).</source>
        <translation>Ingen medlem av typen {kinds} ännu ({source}).</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/health/messages.py" line="57" />
        <source>No one has the role {roles} yet ({source}).</source>
        <translation>Ingen har rollen {roles} ännu ({source}).</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/health/messages.py" line="58" />
        <source>No member of the kind {kinds} and no one in the role {roles} yet ({source}).</source>
        <translation>Ingen medlem av typen {kinds} och ingen i rollen {roles} ännu ({source}).</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/health/messages.py" line="61" />
        <source>Members of the kind {kinds}: {count}.</source>
        <translation>Medlemmar av typen {kinds}: {count}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/health/messages.py" line="62" />
        <source>Members in the role {roles}: {count}.</source>
        <translation>Medlemmar i rollen {roles}: {count}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/health/messages.py" line="63" />
        <source>Members of the kind {kinds} or in the role {roles}: {count}.</source>
        <translation>Medlemmar av typen {kinds} eller i rollen {roles}: {count}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/health/messages.py" line="68" />
        <source>The research and education member {names} has no ties to member companies.</source>
        <translation>Forsknings- och utbildningsmedlemmen {names} har inga band till medlemsföretag.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/health/messages.py" line="71" />
        <source>{count} research and education members have no ties to member companies: {names}.</source>
        <translation>{count} forsknings- och utbildningsmedlemmar har inga band till medlemsföretag: {names}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/health/messages.py" line="75" />
        <source>{count} research and education members have no ties to member companies: {names} and {more} more.</source>
        <translation>{count} forsknings- och utbildningsmedlemmar har inga band till medlemsföretag: {names} och {more} till.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/health/messages.py" line="81" />
        <source>Every research and education member has ties to member companies.</source>
        <translation>Varje forsknings- och utbildningsmedlem har band till medlemsföretag.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/health/messages.py" line="84" />
        <source>No funder has a tie with the cluster's members.</source>
        <translation>Ingen finansiär har band till klustrets medlemmar.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/health/messages.py" line="86" />
        <source>The funder {names} has ties with the cluster's members.</source>
        <translation>Finansiären {names} har band till klustrets medlemmar.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/health/messages.py" line="87" />
        <source>Funders tied to the cluster's members: {names}.</source>
        <translation>Finansiärer med band till klustrets medlemmar: {names}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/health/messages.py" line="88" />
        <source>Funders tied to the cluster's members: {names} and {more} more.</source>
        <translation>Finansiärer med band till klustrets medlemmar: {names} och {more} till.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/health/messages.py" line="90" />
        <source>The cluster has no international links: no member is from abroad, and no member has a tie to a partner abroad.</source>
        <translation>Klustret har inga internationella länkar: ingen medlem kommer från utlandet, och ingen medlem har band till en partner i utlandet.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/health/messages.py" line="96" />
        <source>The cluster's international link: {names}.</source>
        <translation>Klustrets internationella länk: {names}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/health/messages.py" line="97" />
        <source>International links: {names}.</source>
        <translation>Internationella länkar: {names}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/health/messages.py" line="98" />
        <source>International links: {names} and {more} more.</source>
        <translation>Internationella länkar: {names} och {more} till.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/health/messages.py" line="100" />
        <source>{name} lies on {percent}% of the shortest paths between member companies and research and education members; the cluster depends on it as a go-between (from {least}% on: {source}).</source>
        <translation>{name} ligger på {percent} % av de kortaste vägarna mellan medlemsföretag och forsknings- och utbildningsmedlemmar; klustret är beroende av den som förmedlare (från {least} %: {source}).</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/health/messages.py" line="106" />
        <source>No single actor lies on {least}% or more of the paths between member companies and research and education members ({source}).</source>
        <translation>Ingen enskild aktör ligger på {least} % eller mer av vägarna mellan medlemsföretag och forsknings- och utbildningsmedlemmar ({source}).</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/health/messages.py" line="111" />
        <source>If {name} left, the cluster's network would fall apart into {parts} parts.</source>
        <translation>Om {name} lämnade skulle klustrets nätverk falla sönder i {parts} delar.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/health/messages.py" line="115" />
        <source>{names} is the only link between another member and the rest of the cluster.</source>
        <translation>{names} är den enda länken mellan en annan medlem och resten av klustret.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/health/messages.py" line="118" />
        <source>{count} members are each the only link between another member and the rest of the cluster: {names}.</source>
        <translation>{count} medlemmar är var och en den enda länken mellan en annan medlem och resten av klustret: {names}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/health/messages.py" line="123" />
        <source>{count} members are each the only link between another member and the rest of the cluster: {names} and {more} more.</source>
        <translation>{count} medlemmar är var och en den enda länken mellan en annan medlem och resten av klustret: {names} och {more} till.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/health/messages.py" line="130" />
        <source>{names} has no ties to other members of the cluster.</source>
        <translation>{names} har inga band till klustrets andra medlemmar.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/health/messages.py" line="131" />
        <source>{count} members have no ties to other members of the cluster: {names}.</source>
        <translation>{count} medlemmar har inga band till klustrets andra medlemmar: {names}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/health/messages.py" line="134" />
        <source>{count} members have no ties to other members of the cluster: {names} and {more} more.</source>
        <translation>{count} medlemmar har inga band till klustrets andra medlemmar: {names} och {more} till.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/health/messages.py" line="140" />
        <source>The relationship {names} has not been checked for over {months} months ({source}).</source>
        <translation>Relationen {names} har inte kontrollerats på över {months} månader ({source}).</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/health/messages.py" line="144" />
        <source>{count} relationships have not been checked for over {months} months ({source}): {names}.</source>
        <translation>{count} relationer har inte kontrollerats på över {months} månader ({source}): {names}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/health/messages.py" line="148" />
        <source>{count} relationships have not been checked for over {months} months ({source}): {names} and {more} more.</source>
        <translation>{count} relationer har inte kontrollerats på över {months} månader ({source}): {names} och {more} till.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/health/messages.py" line="155" />
        <source>The relationship {names} has never been marked as checked.</source>
        <translation>Relationen {names} har aldrig markerats som kontrollerad.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/health/messages.py" line="156" />
        <source>{count} relationships have never been marked as checked: {names}.</source>
        <translation>{count} relationer har aldrig markerats som kontrollerade: {names}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/health/messages.py" line="159" />
        <source>{count} relationships have never been marked as checked: {names} and {more} more.</source>
        <translation>{count} relationer har aldrig markerats som kontrollerade: {names} och {more} till.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/health/messages.py" line="164" />
        <source>Every relationship between members has been checked in the last {months} months ({source}).</source>
        <translation>Varje relation mellan medlemmar har kontrollerats under de senaste {months} månaderna ({source}).</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/health/messages.py" line="169" />
        <source>The membership of {names} has passed its end date; check whether it has ended.</source>
        <translation>Medlemskapet för {names} har passerat sitt slutdatum; kontrollera om det har upphört.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/health/messages.py" line="173" />
        <source>{count} memberships have passed their end date; check whether they have ended: {names}.</source>
        <translation>{count} medlemskap har passerat sitt slutdatum; kontrollera om de har upphört: {names}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/health/messages.py" line="177" />
        <source>{count} memberships have passed their end date; check whether they have ended: {names} and {more} more.</source>
        <translation>{count} medlemskap har passerat sitt slutdatum; kontrollera om de har upphört: {names} och {more} till.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/health/rules.py" line="54" />
        <source>business</source>
        <translation>näringsliv</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/health/rules.py" line="55" />
        <source>research and education</source>
        <translation>forskning och utbildning</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/health/rules.py" line="56" />
        <source>public sector</source>
        <translation>offentlig sektor</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/health/rules.py" line="61" />
        <source>the European Cluster Collaboration Platform's cluster profile</source>
        <translation>European Cluster Collaboration Platforms klusterprofil</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/health/rules.py" line="64" />
        <source>the Arctic Smartness Portfolio's cluster model of 2015</source>
        <translation>Arctic Smartness Portfolios klustermodell från 2015</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/health/rules.py" line="67" />
        <source>aspdesk's default, editable in Cluster health rules</source>
        <translation>aspdesks standardvärde, kan ändras i Regler för klusterhälsa</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/health/rules.py" line="68" />
        <source>your own rule in Cluster health rules</source>
        <translation>din egen regel i Regler för klusterhälsa</translation>
    </message>
</context>
<context>
    <name>import</name>
    <message>
        <location filename="../../aspdesk/app/import_report.py" line="32" />
        <source>New</source>
        <translation>Ny</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/import_report.py" line="33" />
        <source>Updated</source>
        <translation>Uppdaterad</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/import_report.py" line="34" />
        <source>Unchanged</source>
        <translation>Oförändrad</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/import_report.py" line="35" />
        <source>Conflict</source>
        <translation>Konflikt</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/import_report.py" line="36" />
        <source>Error</source>
        <translation>Fel</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/import_report.py" line="37" />
        <source>Deleted</source>
        <translation>Borttagen</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/import_report.py" line="39" />
        <source>{kind}: {deleted} deleted</source>
        <translation>{kind}: {deleted} borttagna</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/import_report.py" line="41" />
        <source>same ID</source>
        <translation>samma id</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/import_report.py" line="42" />
        <source>same business ID</source>
        <translation>samma FO-nummer</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/import_report.py" line="43" />
        <source>same name</source>
        <translation>samma namn</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/import_report.py" line="44" />
        <source>same acronym</source>
        <translation>samma akronym</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/import_report.py" line="45" />
        <source>chosen by you</source>
        <translation>valt av dig</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/import_report.py" line="46" />
        <source>same actors</source>
        <translation>samma aktörer</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/import_report.py" line="48" />
        <source>{kind}: new {new}, updated {updated}, unchanged {unchanged}, conflicts {conflict}, errors {error}</source>
        <translation>{kind}: nya {new}, uppdaterade {updated}, oförändrade {unchanged}, konflikter {conflict}, fel {error}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/import_report.py" line="53" />
        <source>{field}: map “{old}”, file “{new}”</source>
        <translation>{field}: kartan ”{old}”, filen ”{new}”</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/import_report.py" line="55" />
        <source>{field}: team map “{old}”, copy “{new}”</source>
        <translation>{field}: gemensamma kartan ”{old}”, kopian ”{new}”</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/import_report.py" line="56" />
        <source>(no name)</source>
        <translation>(inget namn)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/import_report.py" line="57" />
        <source>Imported without {fields}; the problems are kept in its notes.</source>
        <translation>Importerad utan {fields}; problemen sparas i dess anteckningar.</translation>
    </message>
</context>
<context>
    <name>io</name>
    <message>
        <location filename="../../aspdesk/app/exchange.py" line="75" />
        <source>This map has no term with the code “{code}” that the backup uses, so the backup cannot be restored into it.</source>
        <translation>Den här kartan har ingen term med koden ”{code}” som säkerhetskopian använder, så säkerhetskopian kan inte återställas till den.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/partner_export.py" line="21" />
        <source>A partner table is written as .xlsx or .pdf; “{suffix}” is neither.</source>
        <translation>En partnertabell skrivs som .xlsx eller .pdf; ”{suffix}” är ingetdera.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/export/report.py" line="74" />
        <source>A report is written as .pdf or .html; “{suffix}” is neither.</source>
        <translation>En rapport skrivs som .pdf eller .html; ”{suffix}” är ingetdera.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/errors.py" line="60" />
        <source>Cannot write in the folder of this file: {detail}</source>
        <translation>Kan inte skriva i mappen för den här filen: {detail}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/errors.py" line="61" />
        <source>Cannot write the file: {detail}</source>
        <translation>Kan inte skriva filen: {detail}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/errors.py" line="62" />
        <source>cannot create the folder: {detail}</source>
        <translation>kan inte skapa mappen: {detail}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/errors.py" line="63" />
        <source>Nothing was written: the disk is full. Free some space or choose another disk, then try again.</source>
        <translation>Ingenting skrevs: disken är full. Frigör utrymme eller välj en annan disk och försök sedan igen.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/exporting/formats.py" line="24" />
        <source>aspdesk cannot write {suffix} files. Choose a name ending in .xlsx, .csv, .zip, .graphml, .gexf or .json.</source>
        <translation>aspdesk kan inte skriva {suffix}-filer. Välj ett namn som slutar på .xlsx, .csv, .zip, .graphml, .gexf eller .json.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/exporting/image_options.py" line="29" />
        <source>An image can be {low} to {high} pixels wide; {value} is outside that.</source>
        <translation>En bild kan vara {low} till {high} pixlar bred; {value} ligger utanför det.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/exporting/image_options.py" line="32" />
        <source>The resolution can be {low} to {high} dots per inch; {value} is outside that.</source>
        <translation>Upplösningen kan vara {low} till {high} punkter per tum; {value} ligger utanför det.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/exporting/image_options.py" line="35" />
        <source>At {dpi} dots per inch this page is {width} pixels wide; the most is {most}.</source>
        <translation>Med {dpi} punkter per tum är den här sidan {width} pixlar bred; högst {most} går.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/exporting/image_options.py" line="38" />
        <source>The page size is one of fit, A4 or A3, not {value}.</source>
        <translation>Sidstorleken är en av fit, A4 eller A3, inte {value}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/exporting/image_options.py" line="39" />
        <source>The theme is one of light, projector or dark, not {value}.</source>
        <translation>Temat är ett av light, projector eller dark, inte {value}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/exporting/partner_table.py" line="39" />
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/exporting/partner_table.py" line="40" />
        <source>Programme: {programme}</source>
        <translation>Program: {programme}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/exporting/partner_table.py" line="41" />
        <source>Made with aspdesk on {date}.</source>
        <translation>Gjord med aspdesk den {date}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/exporting/partner_table.py" line="42" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/exporting/partner_table.py" line="43" />
        <location filename="../../aspdesk/io/sheets.py" line="236" />
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/exporting/partner_table.py" line="44" />
        <source>Country code</source>
        <translation>Landskod</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/exporting/partner_table.py" line="45" />
        <location filename="../../aspdesk/io/sheets.py" line="230" />
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/exporting/partner_table.py" line="46" />
        <location filename="../../aspdesk/io/sheets.py" line="234" />
        <source>PIC</source>
        <translation>PIC-kod</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/exporting/partner_table.py" line="47" />
        <location filename="../../aspdesk/io/sheets.py" line="286" />
        <location filename="../../aspdesk/io/sheets.py" line="374" />
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/exporting/partner_table.py" line="48" />
        <source>Contact</source>
        <translation>Kontakt</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/exporting/partner_table.py" line="49" />
        <source>The consortium has no partners yet.</source>
        <translation>Konsortiet har inga partner ännu.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/exporting/partner_table.py" line="50" />
        <source>Contacts are left out because personal data is hidden (workshop-safe). Show personal data again and export once more to include them.</source>
        <translation>Kontakterna lämnas bort eftersom personuppgifterna är dolda (säkert för workshoppar). Visa personuppgifterna igen och exportera en gång till för att ta med dem.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/business_ids.py" line="20" />
        <source>Business ID {value} read as {read}.</source>
        <translation>FO-nummer {value} lästes som {read}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/business_ids.py" line="21" />
        <source>“{value}” would be the business ID {read}, but its check digit (the last digit) does not match the first seven digits. Check the number.</source>
        <translation>”{value}” skulle vara FO-numret {read}, men dess kontrollsiffra (den sista siffran) stämmer inte med de sju första siffrorna. Kontrollera numret.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/business_ids.py" line="26" />
        <source>“{value}” has {count} digits, but a business ID has eight: seven digits, a hyphen and a check digit, such as 1234567-8.</source>
        <translation>”{value}” har {count} siffror, men ett FO-nummer har åtta: sju siffror, ett bindestreck och en kontrollsiffra, till exempel 1234567-8.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/csv_table.py" line="30" />
        <source>The file is not CSV text from row {row} on. It may be damaged or binary data.</source>
        <translation>Filen är inte CSV-text från rad {row} och framåt. Den kan vara skadad eller innehålla binärdata.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/formats.py" line="25" />
        <source>This workbook is a questionnaire of a survey round. Collect the answers with Map &gt; Survey round… or “aspdesk survey MAP collect FOLDER”.</source>
        <translation>Den här arbetsboken är en enkät i en enkätrunda. Samla in svaren med Karta &gt; Enkätrunda… eller ”aspdesk survey MAP collect MAPP”.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/formats.py" line="30" />
        <source>aspdesk cannot import {suffix} files. Choose an .xlsx or .csv table, a .graphml or .gexf graph, or a .json map backup.</source>
        <translation>aspdesk kan inte importera {suffix}-filer. Välj en .xlsx- eller .csv-tabell, en .graphml- eller .gexf-graf eller en .json-säkerhetskopia av en karta.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/graph_import.py" line="38" />
        <source>This node has no id, so it was left out.</source>
        <translation>Den här noden har inget id, så den lämnades bort.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/graph_import.py" line="39" />
        <source>The node id “{id}” is used twice; the second node was left out.</source>
        <translation>Nod-id:t ”{id}” används två gånger; den andra noden lämnades bort.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/graph_import.py" line="42" />
        <source>The kind “{code}” is not known; the actor was given the kind “other”.</source>
        <translation>Typen ”{code}” är inte känd; aktören fick typen ”other” (övrig).</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/graph_import.py" line="45" />
        <source>The relationship type “{code}” is not known; it was read as “collaboration”.</source>
        <translation>Relationstypen ”{code}” är inte känd; den lästes som ”collaboration” (samarbete).</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/graph_import.py" line="48" />
        <source>“{value}” is not a valid {field}; it was left out.</source>
        <translation>”{value}” är inte ett giltigt värde för {field}; det lämnades bort.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/graph_import.py" line="49" />
        <source>The edge refers to a node “{id}” that is not in the file, so it was left out.</source>
        <translation>Kanten hänvisar till en nod ”{id}” som inte finns i filen, så den lämnades bort.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/graph_import.py" line="52" />
        <source>The edge joins the node “{id}” to itself, so it was left out.</source>
        <translation>Kanten förenar noden ”{id}” med sig själv, så den lämnades bort.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/graph_import.py" line="53" />
        <source>The edge does not join two actors, so it was left out.</source>
        <translation>Kanten förenar inte två aktörer, så den lämnades bort.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/graph_import.py" line="56" />
        <source>The membership does not join an actor to a cluster, so it was left out.</source>
        <translation>Medlemskapet förenar inte en aktör med ett kluster, så det lämnades bort.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/graph_parsing.py" line="54" />
        <source>The file is not well-formed XML ({detail}). It may be damaged or cut short.</source>
        <translation>Filen är inte välformad XML ({detail}). Den kan vara skadad eller avkortad.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/graph_parsing.py" line="57" />
        <source>The file declares a document type (DTD), which may define entities or refer to other files. Graph files do not need one, and it can be used to attack a computer, so the file was not read.</source>
        <translation>Filen deklarerar en dokumenttyp (DTD), som kan definiera entiteter eller hänvisa till andra filer. Graffiler behöver ingen, och den kan användas för att angripa en dator, så filen lästes inte.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/graph_parsing.py" line="63" />
        <source>The file holds a value longer than {limit} characters, so it was not read.</source>
        <translation>Filen innehåller ett värde som är längre än {limit} tecken, så den lästes inte.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/graph_parsing.py" line="66" />
        <source>This file is not a GraphML or GEXF file.</source>
        <translation>Den här filen är inte en GraphML- eller GEXF-fil.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/graph_parsing.py" line="67" />
        <source>The file holds no graph.</source>
        <translation>Filen innehåller ingen graf.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/graph_parsing.py" line="68" />
        <source>The file holds more than {limit} nodes, far more than any map, so it was not read.</source>
        <translation>Filen innehåller fler än {limit} noder, mycket fler än någon karta, så den lästes inte.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/graph_parsing.py" line="71" />
        <source>The file holds more than {limit} edges, far more than any map, so it was not read.</source>
        <translation>Filen innehåller fler än {limit} kanter, mycket fler än någon karta, så den lästes inte.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/graph_parsing.py" line="74" />
        <source>The file holds more than {limit} XML elements, far more than any map needs, so it was not read.</source>
        <translation>Filen innehåller fler än {limit} XML-element, mycket fler än någon karta behöver, så den lästes inte.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/graph_parsing.py" line="79" />
        <source>One node or edge of the file holds more than {limit} XML elements, far more than any needs, so the file was not read.</source>
        <translation>En nod eller kant i filen innehåller fler än {limit} XML-element, mycket fler än någon behöver, så filen lästes inte.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/limits.py" line="61" />
        <source>The table “{table}” has more than {limit} rows of data, far more than any map holds, so the file was not read.</source>
        <translation>Tabellen ”{table}” har fler än {limit} datarader, mycket fler än någon karta innehåller, så filen lästes inte.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/limits.py" line="66" />
        <source>The sheet “{table}” has more than {limit} rows, more than Excel allows, so the file was not read. It may be damaged.</source>
        <translation>Bladet ”{table}” har fler än {limit} rader, fler än Excel tillåter, så filen lästes inte. Den kan vara skadad.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/limits.py" line="71" />
        <source>The file has more than {limit} cells, far more than any map needs, so it was not read.</source>
        <translation>Filen har fler än {limit} celler, mycket fler än någon karta behöver, så den lästes inte.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/limits.py" line="75" />
        <source>The table “{table}” spans more than {limit} cells counting the empty ones (rows times columns), far more than any map needs, so the file was not read.</source>
        <translation>Tabellen ”{table}” omfattar fler än {limit} celler inklusive de tomma (rader gånger kolumner), mycket fler än någon karta behöver, så filen lästes inte.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/limits.py" line="80" />
        <source>The field in row {row}, column “{column}” is longer than {limit} characters, far longer than any text of a map, so the file was not read.</source>
        <translation>Fältet på rad {row}, kolumn ”{column}” är längre än {limit} tecken, mycket längre än någon text på en karta, så filen lästes inte.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/problems.py" line="21" />
        <source>row {row}</source>
        <translation>rad {row}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/problems.py" line="22" />
        <source>column {column}</source>
        <translation>kolumn {column}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/problems.py" line="26" />
        <source>node {id}</source>
        <translation>nod {id}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/problems.py" line="27" />
        <source>edge {id}</source>
        <translation>kant {id}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/reading.py" line="10" />
        <source>The file does not exist.</source>
        <translation>Filen finns inte.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/reading.py" line="11" />
        <source>This is a folder or a device, not a file.</source>
        <translation>Detta är en mapp eller en enhet, inte en fil.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/reading.py" line="12" />
        <source>The file cannot be read: {reason}.</source>
        <translation>Filen kan inte läsas: {reason}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/reading.py" line="13" />
        <source>The file is larger than {limit} MB, far larger than any map, so it was not read.</source>
        <translation>Filen är större än {limit} MB, mycket större än någon karta, så den lästes inte.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/reading.py" line="16" />
        <source>The file is empty.</source>
        <translation>Filen är tom.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/spreadsheet_import.py" line="39" />
        <source>No column for the actor's name was found. Name one column Nimi or Name.</source>
        <translation>Ingen kolumn för aktörens namn hittades. Ge en kolumn rubriken Namn, Nimi eller Name.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/spreadsheet_import.py" line="42" />
        <source>The name is missing.</source>
        <translation>Namnet saknas.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/spreadsheet_import.py" line="43" />
        <source>“{value}” is not a kind of actor that this map knows.</source>
        <translation>”{value}” är inte en aktörstyp som den här kartan känner till.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/spreadsheet_import.py" line="44" />
        <source>“{value}” is not a size class that this map knows.</source>
        <translation>”{value}” är inte en storleksklass som den här kartan känner till.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/spreadsheet_import.py" line="45" />
        <source>“{value}” is not an ID. An ID is a whole number from 1 up.</source>
        <translation>”{value}” är inte ett id. Ett id är ett heltal från 1 och uppåt.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/spreadsheet_import.py" line="46" />
        <source>aspdesk cannot import {suffix} files. Save the table as .xlsx or .csv first.</source>
        <translation>aspdesk kan inte importera {suffix}-filer. Spara först tabellen som .xlsx eller .csv.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/spreadsheet_import.py" line="49" />
        <source>This is an old Excel file (.xls). Open it in Excel and save it as an Excel workbook (.xlsx), then import that.</source>
        <translation>Detta är en gammal Excel-fil (.xls). Öppna den i Excel och spara den som en Excel-arbetsbok (.xlsx), och importera sedan den.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/spreadsheet_import.py" line="54" />
        <source>This file is an Excel workbook or another packed file, not CSV text. If it is a workbook, give it a name ending in .xlsx.</source>
        <translation>Den här filen är en Excel-arbetsbok eller en annan packad fil, inte CSV-text. Om det är en arbetsbok, ge den ett namn som slutar på .xlsx.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/spreadsheet_import.py" line="59" />
        <source>This cell holds a formula whose value was never stored in the file. Open the file in your spreadsheet program, let it recalculate and save it, or paste the values over the formulas.</source>
        <translation>Den här cellen innehåller en formel vars värde aldrig sparades i filen. Öppna filen i ditt kalkylprogram, låt det räkna om och spara den, eller klistra in värdena över formlerna.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/spreadsheet_import.py" line="65" />
        <source>The workbook has no sheets.</source>
        <translation>Arbetsboken har inga blad.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/template.py" line="36" />
        <source>Codes</source>
        <translation>Koder</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/template.py" line="38" />
        <source>Column</source>
        <translation>Kolumn</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/template.py" line="39" />
        <source>Code</source>
        <translation>Kod</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/template.py" line="40" />
        <source>Meaning</source>
        <translation>Betydelse</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/text_encoding.py" line="23" />
        <source>Unicode</source>
        <translation>Unicode</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/text_encoding.py" line="24" />
        <source>Western European</source>
        <translation>Västeuropeisk</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/text_encoding.py" line="32" />
        <source>Western European, with €</source>
        <translation>Västeuropeisk, med €</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/text_encoding.py" line="44" />
        <source>aspdesk does not know the encoding “{encoding}”. Give one such as utf-8, utf-16, cp1252 or iso-8859-15.</source>
        <translation>aspdesk känner inte till kodningen ”{encoding}”. Ange en som utf-8, utf-16, cp1252 eller iso-8859-15.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/text_encoding.py" line="49" />
        <source>The file cannot be read as {encoding}: line {line}, column {column} holds the byte {byte}, which is no character in it. Choose another encoding.</source>
        <translation>Filen kan inte läsas som {encoding}: rad {line}, kolumn {column} innehåller byten {byte}, som inte är något tecken i den. Välj en annan kodning.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/text_encoding.py" line="54" />
        <source>The file is neither UTF-8 (line {utf8_line} is not) nor Windows-1252 (line {line}, column {column} holds the byte {byte}, which is no character in it). It may be damaged or binary data; if it is text, choose its encoding.</source>
        <translation>Filen är varken UTF-8 (rad {utf8_line} är det inte) eller Windows-1252 (rad {line}, kolumn {column} innehåller byten {byte}, som inte är något tecken i den). Den kan vara skadad eller innehålla binärdata; om det är text, välj dess kodning.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/text_encoding.py" line="60" />
        <source>Line {line} holds a NUL character, which CSV text never has. The file may be damaged or binary data, or its encoding is another: choose it.</source>
        <translation>Rad {line} innehåller ett NUL-tecken, som CSV-text aldrig har. Filen kan vara skadad eller innehålla binärdata, eller så har den en annan kodning: välj den.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/text_encoding.py" line="65" />
        <source>Text encoding: {encoding}. {reason}</source>
        <translation>Textkodning: {encoding}. {reason}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/text_encoding.py" line="66" />
        <source>Found from the file.</source>
        <translation>Avgjord utifrån filen.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/text_encoding.py" line="67" />
        <source>The mark at the start of the file says so.</source>
        <translation>Märket i början av filen säger det.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/text_encoding.py" line="68" />
        <source>The file is not UTF-8 (line {line} is not). If letters look wrong, choose another encoding.</source>
        <translation>Filen är inte UTF-8 (rad {line} är det inte). Om bokstäverna ser fel ut, välj en annan kodning.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/text_encoding.py" line="72" />
        <source>As chosen.</source>
        <translation>Som valt.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/workbook_cells.py" line="24" />
        <source>“{value}” is not a role that this map knows.</source>
        <translation>”{value}” är inte en roll som den här kartan känner till.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/workbook_cells.py" line="25" />
        <source>“{value}” is not a relationship type that this map knows.</source>
        <translation>”{value}” är inte en relationstyp som den här kartan känner till.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/workbook_cells.py" line="26" />
        <source>“{value}” is not a funding programme that this map knows.</source>
        <translation>”{value}” är inte ett finansieringsprogram som den här kartan känner till.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/workbook_cells.py" line="29" />
        <source>“{value}” is not a project status that this map knows.</source>
        <translation>”{value}” är inte en projektstatus som den här kartan känner till.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/workbook_cells.py" line="30" />
        <source>“{value}” is not a list of IDs. Write whole numbers from 1 up, separated by semicolons, such as 1; 4.</source>
        <translation>”{value}” är inte en lista med id:n. Skriv heltal från 1 och uppåt, åtskilda med semikolon, till exempel 1; 4.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/workbook_cells.py" line="35" />
        <source>“{value}” is not a date. Write a date as 30.6.2015 or 2015-06-30.</source>
        <translation>”{value}” är inte ett datum. Skriv ett datum som 30.6.2015 eller 2015-06-30.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/workbook_cells.py" line="38" />
        <source>“{value}” is not a number.</source>
        <translation>”{value}” är inte ett tal.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/workbook_cells.py" line="39" />
        <source>“{value}” is not yes or no.</source>
        <translation>”{value}” är inte ja eller nej.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/workbook_import.py" line="67" />
        <source>This cell cannot be empty.</source>
        <translation>Den här cellen får inte vara tom.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/workbook_import.py" line="68" />
        <source>The ID {id} is already used on an earlier row, so this row was left out.</source>
        <translation>Id:t {id} används redan på en tidigare rad, så den här raden lämnades bort.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/xlsx_preflight.py" line="63" />
        <source>The workbook is made of more than {limit} parts (a workbook has a few dozen), so it was not read.</source>
        <translation>Arbetsboken består av fler än {limit} delar (en arbetsbok har några dussin), så den lästes inte.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/xlsx_preflight.py" line="68" />
        <source>The part {part} of the workbook unpacks to {size} MB, more than the {limit} MB aspdesk reads from one part, so the file was not read.</source>
        <translation>Arbetsbokens del {part} packas upp till {size} MB, mer än de {limit} MB som aspdesk läser från en del, så filen lästes inte.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/xlsx_preflight.py" line="73" />
        <source>The workbook unpacks to {size} MB, more than the {limit} MB aspdesk reads, so it was not read. A small file that unpacks to a huge one can be made to exhaust a computer.</source>
        <translation>Arbetsboken packas upp till {size} MB, mer än de {limit} MB som aspdesk läser, så den lästes inte. En liten fil som packas upp till en enorm kan göras för att överbelasta en dator.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/xlsx_preflight.py" line="78" />
        <source>The workbook holds more than {limit} different texts, far more than any map, so it was not read.</source>
        <translation>Arbetsboken innehåller fler än {limit} olika texter, mycket fler än någon karta, så den lästes inte.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/xlsx_preflight.py" line="83" />
        <source>This file is not an Excel workbook (.xlsx), although its name ends in {suffix}. It may be damaged, or it is another kind of file.</source>
        <translation>Den här filen är inte en Excel-arbetsbok (.xlsx), fast dess namn slutar på {suffix}. Den kan vara skadad, eller så är det en annan sorts fil.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/xlsx_preflight.py" line="88" />
        <source>The workbook is damaged and cannot be read. Open it in your spreadsheet program and save it again, or export it again.</source>
        <translation>Arbetsboken är skadad och kan inte läsas. Öppna den i ditt kalkylprogram och spara den igen, eller exportera den på nytt.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/importing/xlsx_reading.py" line="62" />
        <source>The workbook is damaged: the sheet “{sheet}” cannot be read from row {row} on. Open it in your spreadsheet program and save it again, or export it again.</source>
        <translation>Arbetsboken är skadad: bladet ”{sheet}” kan inte läsas från rad {row} och framåt. Öppna den i ditt kalkylprogram och spara den igen, eller exportera den på nytt.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/json_backup_messages.py" line="7" />
        <source>The file is larger than {limit} MB, far larger than any map backup, so it was not read.</source>
        <translation>Filen är större än {limit} MB, mycket större än någon säkerhetskopia av en karta, så den lästes inte.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/json_backup_messages.py" line="10" />
        <source>The file is not UTF-8 text. It may be damaged, or it is not a map backup.</source>
        <translation>Filen är inte UTF-8-text. Den kan vara skadad, eller så är den inte en säkerhetskopia av en karta.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/json_backup_messages.py" line="13" />
        <source>The file is not valid JSON. It may be damaged or cut short.</source>
        <translation>Filen är inte giltig JSON. Den kan vara skadad eller avkortad.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/json_backup_messages.py" line="14" />
        <source>The file holds more than {limit} values, far more than any map backup, so it was not read.</source>
        <translation>Filen innehåller fler än {limit} värden, mycket fler än någon säkerhetskopia av en karta, så den lästes inte.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/json_backup_messages.py" line="18" />
        <source>This file is not an aspdesk map backup.</source>
        <translation>Den här filen är inte en säkerhetskopia av en aspdesk-karta.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/json_backup_messages.py" line="19" />
        <source>This backup was made by a newer aspdesk (format version {version}). Update aspdesk to read it.</source>
        <translation>Den här säkerhetskopian gjordes med en nyare aspdesk (formatversion {version}). Uppdatera aspdesk för att läsa den.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/json_backup_messages.py" line="24" />
        <source>The format version must be a whole number from 1 up.</source>
        <translation>Formatversionen ska vara ett heltal från 1 och uppåt.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/json_backup_messages.py" line="25" />
        <source>The field “{field}” is missing.</source>
        <translation>Fältet ”{field}” saknas.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/json_backup_messages.py" line="26" />
        <source>This must be a JSON object of names and values.</source>
        <translation>Detta ska vara ett JSON-objekt med namn och värden.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/json_backup_messages.py" line="27" />
        <source>This must be a list in square brackets.</source>
        <translation>Detta ska vara en lista inom hakparenteser.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/json_backup_messages.py" line="28" />
        <source>This must be text in quotes.</source>
        <translation>Detta ska vara text inom citattecken.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/json_backup_messages.py" line="29" />
        <source>This must be a list of texts in quotes.</source>
        <translation>Detta ska vara en lista med texter inom citattecken.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/json_backup_messages.py" line="30" />
        <source>This must be a list of ids: whole numbers from 1 up, in square brackets.</source>
        <translation>Detta ska vara en lista med id:n: heltal från 1 och uppåt, inom hakparenteser.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/json_backup_messages.py" line="33" />
        <source>This text holds characters that are not valid Unicode.</source>
        <translation>Den här texten innehåller tecken som inte är giltig Unicode.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/json_backup_messages.py" line="34" />
        <source>This must be a whole number.</source>
        <translation>Detta ska vara ett heltal.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/json_backup_messages.py" line="35" />
        <source>This must be an id: a whole number from 1 up.</source>
        <translation>Detta ska vara ett id: ett heltal från 1 och uppåt.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/json_backup_messages.py" line="36" />
        <source>This must be a number or null.</source>
        <translation>Detta ska vara ett tal eller null.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/json_backup_messages.py" line="37" />
        <source>This must be true or false.</source>
        <translation>Detta ska vara true eller false.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/json_backup_messages.py" line="38" />
        <source>“{value}” is not a date. Write a date as YYYY-MM-DD, such as 2015-06-30, or null.</source>
        <translation>”{value}” är inte ett datum. Skriv ett datum som ÅÅÅÅ-MM-DD, till exempel 2015-06-30, eller null.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/json_backup_messages.py" line="41" />
        <source>“{value}” is not a date and time with a time zone, such as 2015-06-30T12:00:00+00:00.</source>
        <translation>”{value}” är inte ett datum och klockslag med tidszon, till exempel 2015-06-30T12:00:00+00:00.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/json_backup_messages.py" line="45" />
        <source>A code cannot be empty.</source>
        <translation>En kod får inte vara tom.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/json_backup_messages.py" line="46" />
        <source>The code “{code}” is listed twice.</source>
        <translation>Koden ”{code}” finns två gånger i listan.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/json_backup_messages.py" line="47" />
        <source>The id {id} is used twice in this list.</source>
        <translation>Id:t {id} används två gånger i den här listan.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/json_backup_messages.py" line="48" />
        <source>There is no actor with the id {id} in the file.</source>
        <translation>Det finns ingen aktör med id:t {id} i filen.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/json_backup_messages.py" line="49" />
        <source>There is no cluster with the id {id} in the file.</source>
        <translation>Det finns inget kluster med id:t {id} i filen.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/json_backup_messages.py" line="50" />
        <source>There is no project with the id {id} in the file.</source>
        <translation>Det finns inget projekt med id:t {id} i filen.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/json_backup_messages.py" line="52" />
        <source>The code “{code}” is not among the file's terms in “{vocabulary}”.</source>
        <translation>Koden ”{code}” finns inte bland filens termer i ”{vocabulary}”.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/json_backup_messages.py" line="55" />
        <source>The actor already has this role in this cluster earlier in the file.</source>
        <translation>Aktören har redan den här rollen i det här klustret tidigare i filen.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/merging/bad_fields.py" line="24" />
        <source>Left out when importing {file} ({place}):</source>
        <translation>Lämnades bort vid import av {file} ({place}):</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/merging/planner.py" line="98" />
        <source>This row has errors, listed under Problems.</source>
        <translation>Den här raden har fel, som listas under Problem.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/merging/planner.py" line="99" />
        <source>It refers to {place}, which has errors and is not imported.</source>
        <translation>Den hänvisar till {place}, som har fel och inte importeras.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/merging/planner.py" line="102" />
        <source>It refers to “{key}”, which is not in the file.</source>
        <translation>Den hänvisar till ”{key}”, som inte finns i filen.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/merging/planner.py" line="103" />
        <source>It is the same as {place} in the file, so it would be imported twice.</source>
        <translation>Den är densamma som {place} i filen, så den skulle importeras två gånger.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/merging/planner.py" line="106" />
        <source>With this partner the budget shares of the project would come to {total} %, more than 100 %.</source>
        <translation>Med den här partnern skulle projektets budgetandelar bli {total} %, mer än 100 %.</translation>
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
        <translation>Fäst</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="217" />
        <source>Name in Swedish</source>
        <translation>Namn på svenska</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="218" />
        <source>Name in English</source>
        <translation>Namn på engelska</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="224" />
        <source>Actors</source>
        <translation>Aktörer</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="228" />
        <location filename="../../aspdesk/io/sheets.py" line="259" />
        <location filename="../../aspdesk/io/sheets.py" line="326" />
        <location filename="../../aspdesk/io/sheets.py" line="340" />
        <source>Name</source>
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="229" />
        <location filename="../../aspdesk/io/sheets.py" line="260" />
        <source>Short name</source>
        <translation>Kortnamn</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="231" />
        <source>Kind (label)</source>
        <translation>Typ (benämning)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="232" />
        <location filename="../../aspdesk/io/sheets.py" line="261" />
        <source>Description</source>
        <translation>Beskrivning</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="233" />
        <source>Business ID</source>
        <translation>FO-nummer</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="235" />
        <source>Municipality or region</source>
        <translation>Kommun eller region</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="237" />
        <source>Website</source>
        <translation>Webbplats</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="238" />
        <location filename="../../aspdesk/io/sheets.py" line="328" />
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="239" />
        <location filename="../../aspdesk/io/sheets.py" line="329" />
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="240" />
        <source>Size class</source>
        <translation>Storleksklass</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="241" />
        <source>Size class (label)</source>
        <translation>Storleksklass (benämning)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="242" />
        <source>Sector</source>
        <translation>Bransch</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="244" />
        <source>Tags</source>
        <translation>Taggar</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="246" />
        <location filename="../../aspdesk/io/sheets.py" line="290" />
        <location filename="../../aspdesk/io/sheets.py" line="313" />
        <location filename="../../aspdesk/io/sheets.py" line="358" />
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="255" />
        <source>Clusters</source>
        <translation>Kluster</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="262" />
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="263" />
        <source>Colour</source>
        <translation>Färg</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="265" />
        <source>Coordinator (actor ID)</source>
        <translation>Koordinator (aktörens ID)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="267" />
        <source>Coordinator name</source>
        <translation>Koordinatorns namn</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="268" />
        <location filename="../../aspdesk/io/sheets.py" line="309" />
        <location filename="../../aspdesk/io/sheets.py" line="349" />
        <source>Start date</source>
        <translation>Startdatum</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="269" />
        <location filename="../../aspdesk/io/sheets.py" line="310" />
        <location filename="../../aspdesk/io/sheets.py" line="350" />
        <source>End date</source>
        <translation>Slutdatum</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="278" />
        <source>Memberships</source>
        <translation>Medlemskap</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="282" />
        <location filename="../../aspdesk/io/sheets.py" line="324" />
        <location filename="../../aspdesk/io/sheets.py" line="372" />
        <source>Actor ID</source>
        <translation>Aktörens ID</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="283" />
        <location filename="../../aspdesk/io/sheets.py" line="325" />
        <location filename="../../aspdesk/io/sheets.py" line="373" />
        <source>Actor name</source>
        <translation>Aktörens namn</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="284" />
        <source>Cluster ID</source>
        <translation>Klustrets ID</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="285" />
        <source>Cluster name</source>
        <translation>Klustrets namn</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="287" />
        <location filename="../../aspdesk/io/sheets.py" line="375" />
        <source>Role (label)</source>
        <translation>Roll (benämning)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="288" />
        <source>Since</source>
        <translation>Sedan</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="289" />
        <source>Until</source>
        <translation>Till och med</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="297" />
        <source>Relationships</source>
        <translation>Relationer</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="301" />
        <source>From (actor ID)</source>
        <translation>Från (aktörens ID)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="302" />
        <source>From name</source>
        <translation>Från namn</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="303" />
        <source>To (actor ID)</source>
        <translation>Till (aktörens ID)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="304" />
        <source>To name</source>
        <translation>Till namn</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="305" />
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="306" />
        <source>Type (label)</source>
        <translation>Typ (benämning)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="307" />
        <source>Directed</source>
        <translation>Riktad</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="308" />
        <source>Strength</source>
        <translation>Styrka</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="311" />
        <source>Source of information</source>
        <translation>Informationskälla</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="312" />
        <source>Last verified</source>
        <translation>Senast kontrollerad</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="320" />
        <source>Contacts</source>
        <translation>Kontakter</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="327" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="336" />
        <source>Projects</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="341" />
        <source>Acronym</source>
        <translation>Akronym</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="342" />
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="343" />
        <source>Programme (label)</source>
        <translation>Program (benämning)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="344" />
        <source>Call identifier</source>
        <translation>Utlysningens beteckning</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="345" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="346" />
        <source>Status (label)</source>
        <translation>Status (benämning)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="347" />
        <source>Total budget (€)</source>
        <translation>Total budget (€)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="348" />
        <source>Grant (€)</source>
        <translation>Stöd (€)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="352" />
        <source>Linked clusters (cluster IDs)</source>
        <translation>Kopplade kluster (klustrens ID)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="357" />
        <source>Linked cluster names</source>
        <translation>Kopplade klusters namn</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="366" />
        <source>Project partners</source>
        <translation>Projektpartner</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="370" />
        <source>Project ID</source>
        <translation>Projektets ID</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="371" />
        <source>Project name</source>
        <translation>Projektets namn</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/sheets.py" line="376" />
        <source>Budget share (%)</source>
        <translation>Budgetandel (%)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/exporting/film_options.py" line="32" />
        <source>A film can be {low} to {high} pixels wide and high; {width} x {height} is outside that.</source>
        <translation>En film kan vara {low} till {high} pixlar bred och hög; {width} x {height} ligger utanför det.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/exporting/film_options.py" line="35" />
        <source>A film can last {low} to {high} seconds; {value} is outside that.</source>
        <translation>En film kan vara {low} till {high} sekunder lång; {value} ligger utanför det.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/exporting/film_options.py" line="38" />
        <source>A film can have {low} to {high} frames a second; {value} is outside that.</source>
        <translation>En film kan ha {low} till {high} bilder per sekund; {value} ligger utanför det.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/exporting/film_options.py" line="41" />
        <source>The film would end ({end}) before it starts ({start}): give the earlier date first.</source>
        <translation>Filmen skulle sluta ({end}) innan den börjar ({start}): ange det tidigare datumet först.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/json_history.py" line="25" />
        <source>“{subject}” is not something whose changes a map's history records.</source>
        <translation>Kartans historik registrerar inte ändringar för ”{subject}”.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/json_history.py" line="28" />
        <source>This value is not one the field “{field}” can hold.</source>
        <translation>Fältet ”{field}” kan inte innehålla det här värdet.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/merging/threeway.py" line="38" />
        <source>Deleted in the copy, but changed on the team map since: it stays unless you use the copy's values.</source>
        <translation>Borttagen i kopian men ändrad i den gemensamma kartan sedan dess: den blir kvar om du inte använder kopians värden.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/merging/threeway.py" line="43" />
        <source>Changed in the copy, but deleted on the team map since: using the copy's values adds it back.</source>
        <translation>Ändrad i kopian men borttagen ur den gemensamma kartan sedan dess: använder du kopians värden läggs den till igen.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/merging/threeway.py" line="47" />
        <source>It refers to {place}, which was deleted on the team map after the copy was taken, so it cannot be sent.</source>
        <translation>Den hänvisar till {place}, som har tagits bort ur den gemensamma kartan efter att kopian togs, så den kan inte skickas.</translation>
    </message>
</context>
<context>
    <name>launch</name>
    <message>
        <location filename="../../aspdesk/ui/window/launch.py" line="79" />
        <source>Create a new map?</source>
        <translation>Skapa en ny karta?</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/launch.py" line="80" />
        <source>{path} does not exist. Create a new, empty map there?</source>
        <translation>{path} finns inte. Vill du skapa en ny, tom karta där?</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/window/launch.py" line="90" />
        <source>The map could not be opened</source>
        <translation>Kartan kunde inte öppnas</translation>
    </message>
</context>
<context>
    <name>metrics</name>
    <message>
        <location filename="../../aspdesk/analysis/metrics.py" line="82" />
        <source>Ties</source>
        <translation>Band</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/metrics.py" line="83" />
        <source>Incoming ties</source>
        <translation>Inkommande band</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/metrics.py" line="84" />
        <source>Outgoing ties</source>
        <translation>Utgående band</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/metrics.py" line="85" />
        <source>Tie strength</source>
        <translation>Bandens styrka</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/metrics.py" line="86" />
        <source>Betweenness</source>
        <translation>Mellanhet</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/metrics.py" line="87" />
        <source>Closeness</source>
        <translation>Närhet</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/metrics.py" line="88" />
        <source>Eigenvector centrality</source>
        <translation>Egenvektorcentralitet</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/metrics.py" line="89" />
        <source>Community</source>
        <translation>Gemenskap</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/metrics.py" line="94" />
        <source>How many other actors the actor has ties with.</source>
        <translation>Med hur många andra aktörer aktören har band.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/metrics.py" line="95" />
        <source>How many actors have a tie to the actor (undirected ties count both ways).</source>
        <translation>Hur många aktörer som har ett band till aktören (oriktade band räknas åt båda hållen).</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/metrics.py" line="98" />
        <source>How many actors the actor has a tie to (undirected ties count both ways).</source>
        <translation>Till hur många aktörer aktören har ett band (oriktade band räknas åt båda hållen).</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/metrics.py" line="101" />
        <source>The strengths of all the actor's ties added up.</source>
        <translation>Styrkorna på alla aktörens band sammanlagda.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/metrics.py" line="102" />
        <source>How often the actor lies on the shortest path between two others: a go-between.</source>
        <translation>Hur ofta aktören ligger på den kortaste vägen mellan två andra: en förmedlare.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/metrics.py" line="106" />
        <source>How few steps the actor needs to reach everyone else in the network.</source>
        <translation>Hur få steg aktören behöver för att nå alla andra i nätverket.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/metrics.py" line="109" />
        <source>How well the actor is tied to actors that are themselves well connected.</source>
        <translation>Hur väl aktören är knuten till aktörer som själva har goda förbindelser.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/metrics.py" line="112" />
        <source>A group of actors with more ties among themselves than to the rest.</source>
        <translation>En grupp aktörer med fler band sinsemellan än till resten.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/analysis/metrics.py" line="118" />
        <source>Betweenness is estimated from the paths of {sources} of the {actors} actors, to keep large maps quick.</source>
        <translation>Mellanheten uppskattas utifrån vägarna från {sources} av de {actors} aktörerna, för att stora kartor ska gå snabbt.</translation>
    </message>
</context>
<context>
    <name>naming</name>
    <message>
        <location filename="../../aspdesk/ui/forms/naming.py" line="46" />
        <source>{actor} in {cluster} as {role}</source>
        <translation>{actor} i {cluster} som {role}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/forms/naming.py" line="59" />
        <source>{actor} in {project}</source>
        <translation>{actor} i {project}</translation>
    </message>
</context>
<context>
    <name>store</name>
    <message>
        <location filename="../../aspdesk/store/backups.py" line="52" />
        <source>No backup copy of this map could be made in {folder} ({detail}). The map opened as usual; free some space there so that the next opening makes one.</source>
        <translation>Ingen säkerhetskopia av den här kartan kunde göras i {folder} ({detail}). Kartan öppnades som vanligt; frigör utrymme där så att nästa öppning gör en.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/connection.py" line="63" />
        <source>The map file {path} was moved, replaced or deleted by another program while it was open in aspdesk (a sync or backup tool, or a file manager), so nothing more was written to it. The map as you see it is still in this window: use File &gt; Save a copy as… to keep it, then open that copy.</source>
        <translation>Kartfilen {path} flyttades, ersattes eller raderades av ett annat program medan den var öppen i aspdesk (ett synkroniserings- eller säkerhetskopieringsverktyg eller en filhanterare), så ingenting mer skrevs till den. Kartan som du ser den finns kvar i det här fönstret: använd Arkiv &gt; Spara en kopia som… för att behålla den och öppna sedan kopian.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/errors.py" line="19" />
        <source>the disk is full</source>
        <translation>disken är full</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/errors.py" line="40" />
        <source>The map could not be changed: {detail}</source>
        <translation>Kartan kunde inte ändras: {detail}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/errors.py" line="71" />
        <source>This change conflicts with the map: {detail}</source>
        <translation>Den här ändringen står i konflikt med kartan: {detail}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/errors.py" line="77" />
        <source>{path} could not be opened: {detail}</source>
        <translation>{path} kunde inte öppnas: {detail}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/errors.py" line="80" />
        <source>{path} is not an aspdesk map, and aspdesk cannot tell what kind of file it is. It was left as it is.</source>
        <translation>{path} är inte en aspdesk-karta, och aspdesk kan inte avgöra vilken sorts fil det är. Den lämnades som den är.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/errors.py" line="85" />
        <source>{path} is not an aspdesk map: it seems to be {kind}. It was left as it is.</source>
        <translation>{path} är inte en aspdesk-karta: den verkar vara {kind}. Den lämnades som den är.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/errors.py" line="88" />
        <source>{path} is not an aspdesk map: it seems to be {kind}. It was left as it is. To make a map of its data, give the file back its own ending ({suffix}) and open it in aspdesk.</source>
        <translation>{path} är inte en aspdesk-karta: den verkar vara {kind}. Den lämnades som den är. För att göra en karta av dess data, ge filen tillbaka dess egen filändelse ({suffix}) och öppna den i aspdesk.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/errors.py" line="94" />
        <source>{path} is {kind}, not an aspdesk map. It was left as it is; to use its data, import it into a map with File &gt; Import.</source>
        <translation>{path} är {kind}, inte en aspdesk-karta. Den lämnades som den är; för att använda dess data, importera den till en karta med Arkiv &gt; Importera.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/errors.py" line="122" />
        <source>{path} is damaged and cannot be opened ({detail}). The file was left as it is; open a backup copy instead.</source>
        <translation>{path} är skadad och kan inte öppnas ({detail}). Filen lämnades som den är; öppna en säkerhetskopia i stället.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/errors.py" line="132" />
        <source>{path} holds database code that aspdesk did not put there ({detail}). It could change or send data behind your back, so the map was not opened. The file was left as it is; open a backup copy, or ask whoever sent it for a clean one.</source>
        <translation>{path} innehåller databaskod som aspdesk inte har lagt dit ({detail}). Den kunde ändra eller skicka data bakom din rygg, så kartan öppnades inte. Filen lämnades som den är; öppna en säkerhetskopia, eller be den som skickade den om en ren kopia.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/errors.py" line="143" />
        <source>{path} has a database structure that aspdesk did not make ({detail}). It could change or delete data in ways aspdesk does not expect, so the map was not opened. The file was left as it is; open a backup copy, or ask whoever sent it for a clean one (for example a JSON backup made with File &gt; Export data).</source>
        <translation>{path} har en databasstruktur som aspdesk inte har gjort ({detail}). Den kunde ändra eller radera data på sätt som aspdesk inte väntar sig, så kartan öppnades inte. Filen lämnades som den är; öppna en säkerhetskopia, eller be den som skickade den om en ren kopia (till exempel en JSON-säkerhetskopia gjord med Arkiv &gt; Exportera data).</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/errors.py" line="157" />
        <source>{path} holds a value aspdesk cannot read, so it was not opened: in the table {table}, row {row}, the field {column} {problem} ({value}). The file was left as it is; open a backup copy instead, or ask whoever sent the map for a clean copy.</source>
        <translation>{path} innehåller ett värde som aspdesk inte kan läsa, så den öppnades inte: i tabellen {table}, rad {row}, fältet {column} {problem} ({value}). Filen lämnades som den är; öppna en säkerhetskopia i stället, eller be den som skickade kartan om en ren kopia.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/errors.py" line="168" />
        <source>{path} was left in the middle of saving an edit (aspdesk or the computer stopped at that moment). Nothing saved before is lost, but the unfinished edit must be undone by writing to the file, and it cannot be written here. Open it where it can be written, or copy it together with the file {journal} beside it into a folder of your own and open the copy.</source>
        <translation>{path} lämnades mitt i sparandet av en ändring (aspdesk eller datorn stannade just då). Ingenting som sparats tidigare har gått förlorat, men den ofärdiga ändringen måste ångras genom att skriva till filen, och den kan inte skrivas här. Öppna den där den kan skrivas, eller kopiera den tillsammans med filen {journal} bredvid den till en egen mapp och öppna kopian.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/errors.py" line="181" />
        <source>{path} was saved by a newer version of aspdesk. Update aspdesk to open it; the file was left as it is.</source>
        <translation>{path} sparades av en nyare version av aspdesk. Uppdatera aspdesk för att öppna den; filen lämnades som den är.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/errors.py" line="191" />
        <source>{path} could not be brought up to date for this version of aspdesk ({detail}). The map was left as it was.</source>
        <translation>{path} kunde inte uppdateras för den här versionen av aspdesk ({detail}). Kartan lämnades som den var.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/errors.py" line="201" />
        <source>{path} must be copied into the backups folder before it is brought up to date for this version of aspdesk, and the copy could not be written ({detail}). The map was left as it was. Free some space in {folder}, or open the map with the version of aspdesk that made it.</source>
        <translation>{path} måste kopieras till mappen för säkerhetskopior innan den uppdateras för den här versionen av aspdesk, och kopian kunde inte skrivas ({detail}). Kartan lämnades som den var. Frigör utrymme i {folder}, eller öppna kartan med den version av aspdesk som gjorde den.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/errors.py" line="213" />
        <source>{path} already exists; choose another name.</source>
        <translation>{path} finns redan; välj ett annat namn.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/file_kinds.py" line="24" />
        <source>an empty file</source>
        <translation>en tom fil</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/file_kinds.py" line="25" />
        <source>an Excel workbook</source>
        <translation>en Excel-arbetsbok</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/file_kinds.py" line="26" />
        <source>a zip file</source>
        <translation>en zip-fil</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/file_kinds.py" line="27" />
        <source>an old Excel (.xls) or other Office file</source>
        <translation>en gammal Excel-fil (.xls) eller en annan Office-fil</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/file_kinds.py" line="28" />
        <source>a database of another program</source>
        <translation>en databas för ett annat program</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/file_kinds.py" line="29" />
        <source>a PDF document</source>
        <translation>ett PDF-dokument</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/file_kinds.py" line="30" />
        <source>a picture</source>
        <translation>en bild</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/file_kinds.py" line="31" />
        <source>a GraphML graph</source>
        <translation>en GraphML-graf</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/file_kinds.py" line="32" />
        <source>a GEXF graph</source>
        <translation>en GEXF-graf</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/file_kinds.py" line="33" />
        <source>a web page</source>
        <translation>en webbsida</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/file_kinds.py" line="34" />
        <source>an XML file</source>
        <translation>en XML-fil</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/file_kinds.py" line="35" />
        <source>an aspdesk JSON backup</source>
        <translation>en JSON-säkerhetskopia från aspdesk</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/file_kinds.py" line="36" />
        <source>a JSON file</source>
        <translation>en JSON-fil</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/file_kinds.py" line="37" />
        <source>a CSV or text table</source>
        <translation>en CSV- eller texttabell</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/file_kinds.py" line="38" />
        <source>a text file</source>
        <translation>en textfil</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/mapfile.py" line="67" />
        <source>the file does not exist</source>
        <translation>filen finns inte</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/mapfile.py" line="68" />
        <source>this is a folder, not a map file</source>
        <translation>detta är en mapp, inte en kartfil</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/mapfile.py" line="69" />
        <source>no schema version</source>
        <translation>ingen schemaversion</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/mapfile.py" line="70" />
        <source>its file format version is not one SQLite writes</source>
        <translation>dess filformatversion är inte en som SQLite skriver</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/rows.py" line="25" />
        <source>the actor already has this role in this cluster</source>
        <translation>aktören har redan den här rollen i det här klustret</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/rows.py" line="28" />
        <source>the actor is already a partner in this project</source>
        <translation>aktören är redan partner i det här projektet</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/rows.py" line="29" />
        <source>it refers to an actor, cluster or code that is not in the map</source>
        <translation>den hänvisar till en aktör, ett kluster eller en kod som inte finns på kartan</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/sample.py" line="144" />
        <source>{path} was not written: {detail}. Nothing was left there.</source>
        <translation>{path} skrevs inte: {detail}. Ingenting lämnades kvar där.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/value_check.py" line="25" />
        <source>is not a whole number</source>
        <translation>är inte ett heltal</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/value_check.py" line="26" />
        <source>is not a number</source>
        <translation>är inte ett tal</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/value_check.py" line="27" />
        <source>is not yes or no</source>
        <translation>är inte ja eller nej</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/value_check.py" line="28" />
        <source>is not text</source>
        <translation>är inte text</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/value_check.py" line="29" />
        <source>is not readable text (not UTF-8)</source>
        <translation>är inte läsbar text (inte UTF-8)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/value_check.py" line="30" />
        <source>is not a date</source>
        <translation>är inte ett datum</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/value_check.py" line="31" />
        <source>is not a date and time</source>
        <translation>är inte ett datum och klockslag</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/value_check.py" line="32" />
        <source>is not a list of the right kind</source>
        <translation>är inte en lista av rätt slag</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/value_check.py" line="33" />
        <source>refers to a row of {parent} that is not there</source>
        <translation>hänvisar till en rad i {parent} som inte finns</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/views.py" line="32" />
        <source>the view is no longer in the map</source>
        <translation>vyn finns inte längre på kartan</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/team/address.py" line="33" />
        <source>“{path}” is not an address of a PostgreSQL database ({detail}). Give it as postgresql://user@server/database or as service=name.</source>
        <translation>”{path}” är inte adressen till en PostgreSQL-databas ({detail}). Ange den som postgresql://användare@server/databas eller som service=namn.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/team/errors.py" line="15" />
        <source>The server of the team map {path} cannot be reached ({detail}). This change was not saved, and the map on the server is as it was. aspdesk connects again by itself: try again when the server is back.</source>
        <translation>Servern för den gemensamma kartan {path} kan inte nås ({detail}). Ändringen sparades inte, och kartan på servern är som den var. aspdesk ansluter igen av sig själv: försök igen när servern är tillbaka.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/team/errors.py" line="26" />
        <source>The team map {path} could not be opened: its server cannot be reached ({detail}).</source>
        <translation>Den gemensamma kartan {path} kunde inte öppnas: dess server kan inte nås ({detail}).</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/team/errors.py" line="35" />
        <source>The server of the team map {path} asks for a password. Open it with File &gt; Open team map… and give the password there, or put it in your .pgpass file.</source>
        <translation>Servern för den gemensamma kartan {path} ber om ett lösenord. Öppna kartan med Arkiv &gt; Öppna gemensam karta… och ange lösenordet där, eller skriv det i din .pgpass-fil.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/team/errors.py" line="45" />
        <source>The server refused to open the team map {path}: {detail}</source>
        <translation>Servern vägrade öppna den gemensamma kartan {path}: {detail}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/team/errors.py" line="51" />
        <source>The database {path} holds no aspdesk team map. A server admin makes one there with: aspdesk server init (see the README's “Team maps” part). Nothing was changed.</source>
        <translation>Databasen {path} innehåller ingen gemensam aspdesk-karta. En serveradministratör skapar en där med aspdesk server init (se avsnittet ”Team maps” i README). Ingenting ändrades.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/team/errors.py" line="61" />
        <source>The team map {path} was made for an older version of aspdesk (schema {found}; this version needs {head}). Only the map's owner can bring it up to date: a member of aspdesk_owner runs aspdesk server upgrade “{address}”. Nothing was changed.</source>
        <translation>Den gemensamma kartan {path} gjordes för en äldre version av aspdesk (schema {found}; den här versionen behöver {head}). Bara kartans ägare kan uppdatera den: en medlem av aspdesk_owner kör aspdesk server upgrade ”{address}”. Ingenting ändrades.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/team/errors.py" line="72" />
        <source>The team map {path} was brought up to date for a newer version of aspdesk (schema {found}). Update aspdesk to open it. Nothing was changed.</source>
        <translation>Den gemensamma kartan {path} har uppdaterats för en nyare version av aspdesk (schema {found}). Uppdatera aspdesk för att öppna den. Ingenting ändrades.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/team/errors.py" line="82" />
        <source>The team map {path} has a database structure that aspdesk did not make ({detail}), so it was not opened: aspdesk's edits could do there what nobody expects. Nothing was changed; ask the server's admin.</source>
        <translation>Den gemensamma kartan {path} har en databasstruktur som aspdesk inte har gjort ({detail}), så den öppnades inte: aspdesks ändringar kunde göra något oväntat där. Ingenting ändrades; kontakta serverns administratör.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/team/errors.py" line="90" />
        <source>Another editor's change is holding this part of the team map {path}, so this change was not saved, and the map is as it was. Try again in a moment.</source>
        <translation>En annan redigerares ändring håller den här delen av den gemensamma kartan {path} upptagen, så ändringen sparades inte, och kartan är som den var. Försök igen om en stund.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/team/errors.py" line="95" />
        <source>The server of the team map {path} did not finish this change within {seconds} seconds, so it was stopped and not saved, and the map is as it was. Try again in a moment.</source>
        <translation>Servern för den gemensamma kartan {path} blev inte klar med ändringen inom {seconds} sekunder, så den avbröts och sparades inte, och kartan är som den var. Försök igen om en stund.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/team/errors.py" line="121" />
        <source>The team map {path} was not opened: {problem} ({detail})</source>
        <translation>Den gemensamma kartan {path} öppnades inte: {problem} ({detail})</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/team/errors.py" line="125" />
        <source>the server's certificate is made out for another name than the server's address given here. Give the server by the name its certificate names (ask the server's admin), or, only if you trust the network in between, set Encryption (sslmode) to “require”: encrypted, without checking the certificate.</source>
        <translation>serverns certifikat är utfärdat för ett annat namn än serverns adress som angavs här. Ange servern med det namn som står i dess certifikat (fråga serverns administratör), eller, bara om du litar på nätverket emellan, ställ in Kryptering (sslmode) på ”require”: krypterat, utan att certifikatet kontrolleras.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/team/errors.py" line="132" />
        <source>the Encryption setting (sslmode) checks the server's certificate, but this computer has no root certificate to check it against. Ask the server's admin for it and save it as root.crt in the .postgresql folder of your home folder, or set Encryption to “require”: encrypted, without checking the certificate.</source>
        <translation>inställningen Kryptering (sslmode) kontrollerar serverns certifikat, men den här datorn har inget rotcertifikat att kontrollera det mot. Be serverns administratör om det och spara det som root.crt i mappen .postgresql i din hemmapp, eller ställ in Kryptering på ”require”: krypterat, utan att certifikatet kontrolleras.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/team/errors.py" line="139" />
        <source>the server's certificate is not signed by an authority this computer trusts, and the Encryption setting (sslmode) checks it. Ask the server's admin for the root certificate and save it as root.crt in the .postgresql folder of your home folder, or set Encryption to “require”: encrypted, without checking the certificate.</source>
        <translation>serverns certifikat är inte signerat av en utfärdare som den här datorn litar på, och inställningen Kryptering (sslmode) kontrollerar det. Be serverns administratör om rotcertifikatet och spara det som root.crt i mappen .postgresql i din hemmapp, eller ställ in Kryptering på ”require”: krypterat, utan att certifikatet kontrolleras.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/team/errors.py" line="146" />
        <source>the server does not offer encryption, and the Encryption setting (sslmode) requires it. Ask the server's admin to turn TLS on (ssl = on), or set Encryption to “prefer”.</source>
        <translation>servern erbjuder ingen kryptering, och inställningen Kryptering (sslmode) kräver det. Be serverns administratör att slå på TLS (ssl = on), eller ställ in Kryptering på ”prefer”.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/team/server.py" line="54" />
        <source>The team map {path} could not be set up: {detail}</source>
        <translation>Den gemensamma kartan {path} kunde inte skapas: {detail}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/offline.py" line="39" />
        <source>{path} is not an offline copy of a team map, so it has no team map to send changes to. File &gt; Take a copy offline on a team map makes one.</source>
        <translation>{path} är ingen offlinekopia av en gemensam karta, så det finns ingen gemensam karta att skicka ändringar till. Arkiv &gt; Ta en kopia för offlinebruk i en gemensam karta gör en.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/app/offline.py" line="49" />
        <source>The team map {path} is not the map this copy was taken from ({detail}), so nothing was sent. Open the copy's own team map to send its changes.</source>
        <translation>Den gemensamma kartan {path} är inte den karta som kopian togs från ({detail}), så ingenting skickades. Öppna kopians egen gemensamma karta för att skicka dess ändringar.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/team/to_server.py" line="76" />
        <source>The database {path} already holds a map ({detail}), so nothing was copied there. Copy this map to an empty database on which aspdesk server init has been run.</source>
        <translation>Databasen {path} har redan en karta ({detail}), så ingenting kopierades dit. Kopiera kartan till en tom databas där aspdesk server init har körts.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/team/to_server.py" line="86" />
        <source>Only a member of aspdesk_owner can copy a map to {path}: the copy brings the map's history with its own times and authors, which the server lets only the map's owner write. Ask the server's admin to copy it, or to give you the owner's role. Nothing was copied.</source>
        <translation>Endast en medlem av aspdesk_owner kan kopiera en karta till {path}: kopian tar med kartans historik med dess egna tider och upphovspersoner, och sådan låter servern bara kartans ägare skriva. Be serverns administratör att kopiera kartan eller att ge dig ägarens roll. Ingenting kopierades.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/stale.py" line="80" />
        <source>{name} was changed by someone else after you last saw it, so your change was not saved: {detail}</source>
        <translation>{name} ändrades av någon annan efter att du senast såg det, så din ändring sparades inte: {detail}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/store/stale.py" line="107" />
        <source>{name} was deleted by {author} at {time}, so your change was not saved.</source>
        <translation>{author} raderade {name} {time}, så din ändring sparades inte.</translation>
    </message>
</context>
<context>
    <name>survey</name>
    <message>
        <location filename="../../aspdesk/app/survey.py" line="49" />
        <source>The folder already holds {name}, perhaps an answer to an earlier round, which the new questionnaire would replace. Choose an empty folder.</source>
        <translation>Mappen innehåller redan {name}, kanske ett svar på en tidigare runda, som den nya enkäten skulle ersätta. Välj en tom mapp.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/survey/questionnaire.py" line="37" />
        <source>Yes</source>
        <translation>Ja</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/survey/questionnaire.py" line="38" />
        <source>No</source>
        <translation>Nej</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/survey/questionnaire.py" line="39" />
        <source>Still true</source>
        <translation>Stämmer fortfarande</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/survey/questionnaire.py" line="40" />
        <source>Changed (see the next columns)</source>
        <translation>Ändrat (se följande kolumner)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/survey/questionnaire.py" line="41" />
        <source>Ended or never was</source>
        <translation>Avslutat eller har aldrig funnits</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/survey/messages.py" line="11" />
        <source>This answer belongs to a survey round this map does not hold (made from another map, or its round was undone). It was left out.</source>
        <translation>Svaret hör till en enkätrunda som den här kartan inte har (gjord från en annan karta, eller rundan ångrades). Det lämnades bort.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/survey/messages.py" line="16" />
        <source>Nothing is filled in on this questionnaire, so it does not count as an answer.</source>
        <translation>Ingenting är ifyllt i enkäten, så den räknas inte som ett svar.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/survey/messages.py" line="19" />
        <source>The round did not ask this organisation (actor {id}). The answer was left out.</source>
        <translation>Rundan frågade inte den här organisationen (aktör {id}). Svaret lämnades bort.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/survey/messages.py" line="22" />
        <source>{actor} has already answered this round ({first}). This second answer was left out: compare it with the first, and make any change it asks for in the map yourself.</source>
        <translation>{actor} har redan svarat på rundan ({first}). Det andra svaret lämnades bort: jämför det med det första och gör själv i kartan de ändringar det ber om.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/survey/messages.py" line="27" />
        <source>“{value}” is not one of the answers offered. The row was left out.</source>
        <translation>”{value}” är inte ett av svarsalternativen. Raden lämnades bort.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/survey/messages.py" line="30" />
        <source>“{value}” is not in the list. The row was left out.</source>
        <translation>”{value}” finns inte i listan. Raden lämnades bort.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/survey/messages.py" line="31" />
        <source>“{value}” is not a strength from 1 to 5. The row was left out.</source>
        <translation>”{value}” är inte en styrka från 1 till 5. Raden lämnades bort.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/survey/messages.py" line="34" />
        <source>This row is about something the questionnaire did not ask. It was left out.</source>
        <translation>Raden gäller något som enkäten inte frågade om. Den lämnades bort.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/survey/messages.py" line="37" />
        <source>An organisation cannot be its own partner. The row was left out.</source>
        <translation>En organisation kan inte vara sin egen partner. Raden lämnades bort.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/survey/messages.py" line="40" />
        <source>The answers disagree: {first} says “{first_said}”, {second} says “{second_said}”. Decide in the map which is right; nothing was changed.</source>
        <translation>Svaren är oense: {first} säger ”{first_said}”, {second} säger ”{second_said}”. Avgör i kartan vilket som stämmer; ingenting ändrades.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/survey/messages.py" line="45" />
        <source>{first} names {second} as a partner, but {second} answered without naming {first}. Ask them, and add the tie in the map if it is true; nothing was changed.</source>
        <translation>{first} nämner {second} som partner, men {second} svarade utan att nämna {first}. Fråga dem, och lägg till bandet i kartan om det stämmer; ingenting ändrades.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/survey/messages.py" line="50" />
        <source>Survey answer of {actors}, {date}</source>
        <translation>Enkätsvar från {actors}, {date}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/survey/messages.py" line="51" />
        <source>named in the answers</source>
        <translation>nämnd i svaren</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/survey/messages.py" line="53" />
        <source>still true</source>
        <translation>stämmer fortfarande</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/survey/messages.py" line="54" />
        <source>ended</source>
        <translation>avslutat</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/survey/messages.py" line="55" />
        <source>changed to {type}, strength {strength}</source>
        <translation>ändrat till {type}, styrka {strength}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/survey/workbook.py" line="54" />
        <source>Cover</source>
        <translation>Försättsblad</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/survey/workbook.py" line="56" />
        <source>Your details</source>
        <translation>Era uppgifter</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/survey/workbook.py" line="57" />
        <source>Memberships</source>
        <translation>Medlemskap</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/survey/workbook.py" line="58" />
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/survey/workbook.py" line="59" />
        <source>New partners</source>
        <translation>Nya partner</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/survey/workbook.py" line="62" />
        <source>Detail</source>
        <translation>Uppgift</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/survey/workbook.py" line="63" />
        <source>In the map now</source>
        <translation>I kartan nu</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/survey/workbook.py" line="64" />
        <source>Your correction (leave empty if right)</source>
        <translation>Er rättelse (lämna tom om rätt)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/survey/workbook.py" line="65" />
        <source>Cluster</source>
        <translation>Kluster</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/survey/workbook.py" line="66" />
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/survey/workbook.py" line="67" />
        <source>Member since</source>
        <translation>Medlem sedan</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/survey/workbook.py" line="68" />
        <source>Still a member?</source>
        <translation>Fortfarande medlem?</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/survey/workbook.py" line="69" />
        <source>Your answer</source>
        <translation>Ert svar</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/survey/workbook.py" line="70" />
        <source>Role now, if different</source>
        <translation>Roll nu, om annan</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/survey/workbook.py" line="71" />
        <source>Partner</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/survey/workbook.py" line="72" />
        <source>Kind of tie</source>
        <translation>Typ av band</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/survey/workbook.py" line="73" />
        <source>Strength (1 weak – 5 strong)</source>
        <translation>Styrka (1 svag – 5 stark)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/survey/workbook.py" line="74" />
        <source>Kind of tie now</source>
        <translation>Typ av band nu</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/survey/workbook.py" line="75" />
        <source>Strength now</source>
        <translation>Styrka nu</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/survey/workbook.py" line="76" />
        <source>Business ID, if not in the list</source>
        <translation>FO-nummer, om inte i listan</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/survey/workbook.py" line="79" />
        <source>What the map says about your organisation. Correct only what is wrong.</source>
        <translation>Vad kartan säger om er organisation. Rätta bara det som är fel.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/survey/workbook.py" line="82" />
        <source>Your organisation's memberships. Is each still true, and in which role?</source>
        <translation>Er organisations medlemskap. Stämmer vart och ett fortfarande, och i vilken roll?</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/survey/workbook.py" line="85" />
        <source>Who the map says you work with. For each: still true, changed, or ended?</source>
        <translation>Vilka kartan säger att ni samarbetar med. För var och en: stämmer det fortfarande, har det ändrats eller upphört?</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/survey/workbook.py" line="89" />
        <source>Partners the map does not list. Pick an organisation from the list or type a new one, with its business ID if you know it.</source>
        <translation>Partner som kartan inte listar. Välj en organisation i listan eller skriv in en ny, med dess FO-nummer om ni känner till det.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/survey/workbook.py" line="96" />
        <source>Questionnaire of the cluster {cluster}</source>
        <translation>Enkät från klustret {cluster}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/survey/workbook.py" line="97" />
        <source>For: {actor}</source>
        <translation>Till: {actor}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/survey/workbook.py" line="98" />
        <source>From: {coordinator}, coordinator of {cluster}</source>
        <translation>Från: {coordinator}, koordinator för {cluster}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/survey/workbook.py" line="99" />
        <source>Please answer by {due}.</source>
        <translation>Svara senast {due}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/survey/workbook.py" line="100" />
        <source>Why we ask</source>
        <translation>Varför vi frågar</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/survey/workbook.py" line="103" />
        <source>We keep a map of who works with whom in {cluster}. You know your own partnerships best: please check what the map says about your organisation and correct what is wrong.</source>
        <translation>Vi för en karta över vem som samarbetar med vem i {cluster}. Ni känner bäst till era egna samarbeten: kontrollera vad kartan säger om er organisation och rätta det som är fel.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/survey/workbook.py" line="110" />
        <source>How to answer</source>
        <translation>Så här svarar ni</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/survey/workbook.py" line="113" />
        <source>Fill in the white cells on the sheets that follow. Leave a cell empty when you do not know. Save the file and send it back as it is: do not change the sheets' layout.</source>
        <translation>Fyll i de vita cellerna på bladen som följer. Lämna en cell tom när ni inte vet. Spara filen och skicka tillbaka den som den är: ändra inte bladens uppställning.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/survey/workbook.py" line="120" />
        <source>How your answers are used</source>
        <translation>Hur era svar används</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/survey/workbook.py" line="123" />
        <source>The coordinator reads your answers and decides what to change in the map. When two answers disagree, the coordinator asks. The map is used to plan the cluster's work and may be shown to its members. This questionnaire asks nothing about people, and it shows only the names of other organisations.</source>
        <translation>Koordinatorn läser era svar och avgör vad som ändras i kartan. När två svar är oense frågar koordinatorn. Kartan används för att planera klustrets arbete och kan visas för dess medlemmar. Enkäten frågar ingenting om personer, och den visar bara namnen på andra organisationer.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/survey/workbook.py" line="132" />
        <source>the coordinator</source>
        <translation>koordinatorn</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/survey/workbook.py" line="133" />
        <source>the date the coordinator gave</source>
        <translation>det datum koordinatorn angav</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/survey/answers.py" line="21" />
        <source>This workbook is not a questionnaire of an aspdesk survey round.</source>
        <translation>Den här arbetsboken är inte en enkät i en enkätrunda i aspdesk.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/survey/answers.py" line="24" />
        <source>This questionnaire was made by a newer aspdesk (format {version}). Update aspdesk.</source>
        <translation>Enkäten gjordes med en nyare aspdesk (format {version}). Uppdatera aspdesk.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/survey/answers.py" line="27" />
        <source>The sheet “{sheet}” of the questionnaire is missing or its layout was changed, so the answer cannot be read safely. Ask for the answers again on a fresh questionnaire.</source>
        <translation>Bladet ”{sheet}” i enkäten saknas eller dess uppställning har ändrats, så svaret kan inte läsas säkert. Be om svaren på nytt i en ny enkät.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/io/survey/answers.py" line="32" />
        <source>The columns of the sheet “{sheet}” were changed (a column was removed or moved away), so the answer cannot be read safely. Ask for the answers again on a fresh questionnaire.</source>
        <translation>Kolumnerna på bladet ”{sheet}” har ändrats (en kolumn togs bort eller flyttades), så svaret kan inte läsas säkert. Be om svaren på nytt i en ny enkät.</translation>
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
        <translation>Namn</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/tables/columns.py" line="129" />
        <location filename="../../aspdesk/ui/tables/columns.py" line="141" />
        <source>Short name</source>
        <translation>Kortnamn</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/tables/columns.py" line="131" />
        <source>Kind</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/tables/columns.py" line="134" />
        <source>Municipality</source>
        <translation>Kommun</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/tables/columns.py" line="135" />
        <source>Country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/tables/columns.py" line="136" />
        <source>Business ID</source>
        <translation>FO-nummer</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/tables/columns.py" line="137" />
        <source>Tags</source>
        <translation>Taggar</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/tables/columns.py" line="142" />
        <source>Theme</source>
        <translation>Tema</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/tables/columns.py" line="144" />
        <source>Coordinator</source>
        <translation>Koordinator</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/tables/columns.py" line="147" />
        <location filename="../../aspdesk/ui/tables/columns.py" line="196" />
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/tables/columns.py" line="150" />
        <source>From</source>
        <translation>Från</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/tables/columns.py" line="151" />
        <source>To</source>
        <translation>Till</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/tables/columns.py" line="153" />
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/tables/columns.py" line="156" />
        <source>Directed</source>
        <translation>Riktad</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/tables/columns.py" line="158" />
        <source>Strength</source>
        <translation>Styrka</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/tables/columns.py" line="162" />
        <source>Last verified</source>
        <translation>Senast kontrollerad</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/tables/columns.py" line="166" />
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/tables/columns.py" line="167" />
        <source>Email</source>
        <translation>E-post</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/tables/columns.py" line="168" />
        <source>Phone</source>
        <translation>Telefon</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/tables/columns.py" line="171" />
        <source>Actor</source>
        <translation>Aktör</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/tables/columns.py" line="173" />
        <source>Cluster</source>
        <translation>Kluster</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/tables/columns.py" line="177" />
        <location filename="../../aspdesk/ui/tables/columns.py" line="223" />
        <source>Role</source>
        <translation>Roll</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/tables/columns.py" line="180" />
        <source>Since</source>
        <translation>Sedan</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/tables/columns.py" line="181" />
        <source>Until</source>
        <translation>Till och med</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/tables/columns.py" line="186" />
        <source>Acronym</source>
        <translation>Akronym</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/tables/columns.py" line="189" />
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/tables/columns.py" line="192" />
        <source>Programme</source>
        <translation>Program</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/tables/columns.py" line="194" />
        <source>Budget (€)</source>
        <translation>Budget (€)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/tables/columns.py" line="195" />
        <source>Grant (€)</source>
        <translation>Stöd (€)</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/tables/columns.py" line="197" />
        <source>End</source>
        <translation>Slut</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/tables/columns.py" line="199" />
        <source>Partners</source>
        <translation>Partner</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/tables/columns.py" line="206" />
        <source>Lead partner</source>
        <translation>Huvudpartner</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/tables/columns.py" line="211" />
        <source>Clusters</source>
        <translation>Kluster</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/tables/columns.py" line="217" />
        <source>Project</source>
        <translation>Projekt</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/tables/columns.py" line="219" />
        <source>Organisation</source>
        <translation>Organisation</translation>
    </message>
    <message>
        <location filename="../../aspdesk/ui/tables/columns.py" line="225" />
        <source>Share (%)</source>
        <translation>Andel (%)</translation>
    </message>
</context>
<context>
    <name>validation</name>
    <message>
        <location filename="../../aspdesk/domain/validation.py" line="51" />
        <source>Enter a name.</source>
        <translation>Ange ett namn.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/domain/validation.py" line="52" />
        <source>Use at most {max} characters.</source>
        <translation>Använd högst {max} tecken.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/domain/validation.py" line="53" />
        <source>Remove the control character at position {position}.</source>
        <translation>Ta bort styrtecknet på position {position}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/domain/validation.py" line="56" />
        <source>Choose a kind of actor from the list.</source>
        <translation>Välj en aktörstyp i listan.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/domain/validation.py" line="57" />
        <source>Choose a size class from the list.</source>
        <translation>Välj en storleksklass i listan.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/domain/validation.py" line="58" />
        <source>Choose a role from the list.</source>
        <translation>Välj en roll i listan.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/domain/validation.py" line="59" />
        <source>Choose a relationship type from the list.</source>
        <translation>Välj en relationstyp i listan.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/domain/validation.py" line="60" />
        <source>Write the business ID as seven digits, a hyphen and a check digit, such as 1234567-8.</source>
        <translation>Skriv FO-numret som sju siffror, ett bindestreck och en kontrollsiffra, till exempel 1234567-8.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/domain/validation.py" line="64" />
        <source>The check digit (the last digit) of this business ID does not match the first seven digits. Check the number.</source>
        <translation>Kontrollsiffran (den sista siffran) i det här FO-numret stämmer inte med de sju första siffrorna. Kontrollera numret.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/domain/validation.py" line="69" />
        <source>Use a two-letter country code such as FI, SE or NO.</source>
        <translation>Använd en landskod med två bokstäver, till exempel FI, SE eller NO.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/domain/validation.py" line="70" />
        <source>Enter an email address such as name@example.fi.</source>
        <translation>Ange en e-postadress, till exempel namn@example.fi.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/domain/validation.py" line="71" />
        <source>Enter a phone number of at least {min} digits, using only digits, spaces, +, -, ( and ).</source>
        <translation>Ange ett telefonnummer med minst {min} siffror och bara siffror, mellanslag, +, -, ( och ).</translation>
    </message>
    <message>
        <location filename="../../aspdesk/domain/validation.py" line="75" />
        <source>Enter a web address such as www.example.fi.</source>
        <translation>Ange en webbadress, till exempel www.example.fi.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/domain/validation.py" line="76" />
        <source>Use a colour in the form #RRGGBB, such as #1F77B4.</source>
        <translation>Ange en färg i formen #RRGGBB, till exempel #1F77B4.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/domain/validation.py" line="77" />
        <source>Shorten the tag “{tag}” to {max} characters.</source>
        <translation>Förkorta taggen ”{tag}” till {max} tecken.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/domain/validation.py" line="78" />
        <source>The end date cannot be before the start date.</source>
        <translation>Slutdatumet kan inte vara före startdatumet.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/domain/validation.py" line="79" />
        <source>Choose an actor.</source>
        <translation>Välj en aktör.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/domain/validation.py" line="80" />
        <source>Choose a cluster.</source>
        <translation>Välj ett kluster.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/domain/validation.py" line="81" />
        <source>An actor cannot have a relationship with itself.</source>
        <translation>En aktör kan inte ha en relation med sig själv.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/domain/validation.py" line="82" />
        <source>Choose a strength from {min} to {max}.</source>
        <translation>Välj en styrka från {min} till {max}.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/domain/validation.py" line="83" />
        <source>Write the PIC (Participant Identification Code) as nine digits, such as 999999999.</source>
        <translation>Skriv PIC-koden (Participant Identification Code) som nio siffror, till exempel 999999999.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/domain/validation.py" line="87" />
        <source>Choose a funding programme from the list.</source>
        <translation>Välj ett finansieringsprogram i listan.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/domain/validation.py" line="88" />
        <source>Choose a status from the list.</source>
        <translation>Välj en status i listan.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/domain/validation.py" line="89" />
        <source>Choose a partner role from the list.</source>
        <translation>Välj en partnerroll i listan.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/domain/validation.py" line="90" />
        <source>Choose a project.</source>
        <translation>Välj ett projekt.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/domain/validation.py" line="91" />
        <source>Enter an amount in euros of 0 or more.</source>
        <translation>Ange ett belopp i euro som är 0 eller mer.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/domain/validation.py" line="92" />
        <source>Enter an amount in euros of at most {max} (a trillion).</source>
        <translation>Ange ett belopp i euro som är högst {max} (en biljon).</translation>
    </message>
    <message>
        <location filename="../../aspdesk/domain/validation.py" line="95" />
        <source>The grant cannot be more than the total budget ({budget} €).</source>
        <translation>Stödet kan inte vara större än den totala budgeten ({budget} €).</translation>
    </message>
    <message>
        <location filename="../../aspdesk/domain/validation.py" line="98" />
        <source>Enter a budget share from 0 to 100 %.</source>
        <translation>Ange en budgetandel från 0 till 100 %.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/domain/validation.py" line="99" />
        <source>The budget shares of this project would come to {total} %; the other partners already have {others} %, so this share can be at most {left} %.</source>
        <translation>Projektets budgetandelar skulle bli {total} %; de andra partnerna har redan {others} %, så den här andelen kan vara högst {left} %.</translation>
    </message>
    <message>
        <location filename="../../aspdesk/domain/validation.py" line="104" />
        <source>This actor is already a partner in this project.</source>
        <translation>Den här aktören är redan partner i det här projektet.</translation>
    </message>
</context>
<context>
    <name>webmap</name>
    <message>
        <location filename="../../aspdesk/graph/export/web_strings.py" line="18" />
        <source>Find an actor…</source>
        <translation>Sök en aktör…</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/export/web_strings.py" line="19" />
        <source>No actor of that name</source>
        <translation>Ingen aktör med det namnet</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/export/web_strings.py" line="20" />
        <source>Filters</source>
        <translation>Filter</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/export/web_strings.py" line="21" />
        <source>Clusters</source>
        <translation>Kluster</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/export/web_strings.py" line="22" />
        <source>Kinds</source>
        <translation>Typer</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/export/web_strings.py" line="23" />
        <location filename="../../aspdesk/graph/export/web_strings.py" line="34" />
        <source>Relationships</source>
        <translation>Relationer</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/export/web_strings.py" line="24" />
        <source>All</source>
        <translation>Alla</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/export/web_strings.py" line="25" />
        <source>None</source>
        <translation>Inga</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/export/web_strings.py" line="26" />
        <source>Legend</source>
        <translation>Teckenförklaring</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/export/web_strings.py" line="27" />
        <source>Show the legend</source>
        <translation>Visa teckenförklaringen</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/export/web_strings.py" line="28" />
        <source>Hide the legend</source>
        <translation>Dölj teckenförklaringen</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/export/web_strings.py" line="29" />
        <source>Previous</source>
        <translation>Föregående</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/export/web_strings.py" line="30" />
        <source>Next</source>
        <translation>Nästa</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/export/web_strings.py" line="31" />
        <source>{n} / {total}</source>
        <translation>{n} / {total}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/export/web_strings.py" line="32" />
        <source>Close</source>
        <translation>Stäng</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/export/web_strings.py" line="33" />
        <source>Memberships</source>
        <translation>Medlemskap</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/export/web_strings.py" line="35" />
        <source>Contact persons</source>
        <translation>Kontaktpersoner</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/export/web_strings.py" line="36" />
        <source>Notes</source>
        <translation>Anteckningar</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/export/web_strings.py" line="37" />
        <source>Website</source>
        <translation>Webbplats</translation>
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
        <translation>Zooma in</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/export/web_strings.py" line="42" />
        <source>Zoom out</source>
        <translation>Zooma ut</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/export/web_strings.py" line="43" />
        <source>Show all</source>
        <translation>Visa alla</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/export/web_strings.py" line="44" />
        <source>Made with aspdesk on {date}</source>
        <translation>Gjord med aspdesk den {date}</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/export/web_strings.py" line="45" />
        <source>{n} shown</source>
        <translation>{n} visas</translation>
    </message>
    <message>
        <location filename="../../aspdesk/graph/export/web_strings.py" line="46" />
        <source>Showing {name} and its ties. Click the background to see all.</source>
        <translation>Visar {name} och dess band. Klicka på bakgrunden för att se alla.</translation>
    </message>
</context>
</TS>
