<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="nl">
<context>
    <name></name>
    <message>
        <location filename="../../buurtdesk/gui/plan_dialogs.py" line="198"/>
        <source>Aangemeld</source>
        <translation>Signed up</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/plan_dialogs.py" line="198"/>
        <source>Aanwezig</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="100"/>
        <source>%1 %2 nieuw</source>
        <translation>%1 new %2</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="101"/>
        <source>%1 %2 bijgewerkt</source>
        <translation>%1 %2 updated</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="102"/>
        <source>%1 %2 verwijderd</source>
        <translation>%1 %2 deleted</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="103"/>
        <source>niets nieuws</source>
        <translation>nothing new</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="105"/>
        <source>; 1 conflict: zie de lijst hieronder</source>
        <translation>; 1 conflict: see the list below</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="107"/>
        <source>; %1 conflicten: zie de lijst hieronder</source>
        <translation>; %1 conflicts: see the list below</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="110"/>
        <source>; %1 overgeslagen (%2)</source>
        <translation>; %1 skipped (%2)</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="123"/>
        <source>(leeg)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="125"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="125"/>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="131"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="147"/>
        <source>nog nooit</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="301"/>
        <source>Startpakket openen</source>
        <translation>Open start package</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="304"/>
        <source>Kies een startpakket en een naam voor het nieuwe bestand.</source>
        <translation>Choose a start package and a name for the new file.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="307"/>
        <source>Startpakket openen…</source>
        <translation>Opening start package…</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="313"/>
        <source>%1 is nu een laptop van de buurt: %2</source>
        <translation>%1 is now a laptop of the neighbourhood: %2</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="340"/>
        <source>Laatste uitwisseling: %1</source>
        <translation>Last exchange: %1</translation>
    </message>
</context>
<context>
    <name>ActivityCard</name>
    <message>
        <location filename="../../buurtdesk/gui/plan_cards.py" line="211"/>
        <source>%1 aangemeld · %2 aanwezig</source>
        <translation>%1 signed up · %2 present</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <location filename="../../buurtdesk/gui/plan_dialogs.py" line="248"/>
        <source>Activiteit bewerken</source>
        <translation>Edit activity</translation>
    </message>
    <message>
        <location filename="../../ui/forms/activity_dialog.ui" line="12"/>
        <source>Activiteit toevoegen</source>
        <translation>Add activity</translation>
    </message>
    <message>
        <location filename="../../ui/forms/activity_dialog.ui" line="43"/>
        <source>Bijv. Buurtavond over isoleren</source>
        <translation>E.g. Neighbourhood evening about insulation</translation>
    </message>
    <message>
        <location filename="../../ui/forms/activity_dialog.ui" line="72"/>
        <source>om</source>
        <translation>at</translation>
    </message>
    <message>
        <location filename="../../ui/forms/activity_dialog.ui" line="20"/>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/forms/activity_dialog.ui" line="33"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../ui/forms/activity_dialog.ui" line="50"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../ui/forms/activity_dialog.ui" line="97"/>
        <source>Plaats</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../ui/forms/activity_dialog.ui" line="110"/>
        <source>Beschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/plan_dialogs.py" line="260"/>
        <source>Aanmelden →</source>
        <translation>Sign up →</translation>
    </message>
    <message>
        <location filename="../../ui/forms/activity_dialog.ui" line="155"/>
        <source>Afmelden</source>
        <translation>Cancel sign-up</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/plan_dialogs.py" line="260"/>
        <source>Huishoudens zoeken</source>
        <translation>Finding households</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/plan_dialogs.py" line="281"/>
        <source>Activiteit verwijderen</source>
        <translation>Delete activity</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/plan_dialogs.py" line="296"/>
        <source>%1 aangemeld, %2 aanwezig</source>
        <translation>%1 signed up, %2 present</translation>
    </message>
</context>
<context>
    <name>AddStreetDialog</name>
    <message>
        <location filename="../../ui/forms/street_dialog.ui" line="6"/>
        <source>Straat toevoegen</source>
        <translation>Add street</translation>
    </message>
    <message>
        <location filename="../../ui/forms/street_dialog.ui" line="24"/>
        <source>bijv. Dorpsstraat</source>
        <translation>e.g. Dorpsstraat</translation>
    </message>
    <message>
        <location filename="../../ui/forms/street_dialog.ui" line="14"/>
        <source>Straatnaam:</source>
        <translation>Street name:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/street_dialog.ui" line="41"/>
        <source>bijv. 1-59</source>
        <translation>e.g. 1-59</translation>
    </message>
    <message>
        <location filename="../../ui/forms/street_dialog.ui" line="31"/>
        <source>Huisnummers:</source>
        <translation>House numbers:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/street_dialog.ui" line="59"/>
        <source>alle nummers</source>
        <translation>all numbers</translation>
    </message>
    <message>
        <location filename="../../ui/forms/street_dialog.ui" line="64"/>
        <source>alleen oneven</source>
        <translation>odd only</translation>
    </message>
    <message>
        <location filename="../../ui/forms/street_dialog.ui" line="69"/>
        <source>alleen even</source>
        <translation>even only</translation>
    </message>
    <message>
        <location filename="../../ui/forms/street_dialog.ui" line="48"/>
        <source>Kant:</source>
        <translation>Side:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/street_dialog.ui" line="77"/>
        <source>doorlopend genummerd (bijv. een plein)</source>
        <translation>numbered straight through (e.g. a square)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/street_dialog.ui" line="84"/>
        <source>Postcode:</source>
        <translation>Postcode:</translation>
    </message>
    <message>
        <location filename="../../ui/forms/street_dialog.ui" line="101"/>
        <source>Plaats:</source>
        <translation>Place:</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/street_dialog.py" line="26"/>
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/street_dialog.py" line="27"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
</context>
<context>
    <name>AddressStep</name>
    <message>
        <location filename="../../buurtdesk/gui/first_run.py" line="92"/>
        <source>De adressen</source>
        <translation>The addresses</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/first_run.py" line="94"/>
        <source>Lees een adressenbestand in (BAG GeoPackage, CSV of Excel van de gemeente), typ een straat met haar huisnummers, of kijk eerst rond in de voorbeeldbuurt.</source>
        <translation>Read an address file (BAG GeoPackage, or the municipality&apos;s CSV or Excel), type a street with its house numbers, or first look around in the demo neighbourhood.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/first_run.py" line="99"/>
        <source>Adressenbestand inlezen…</source>
        <translation>Read an address file…</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/first_run.py" line="101"/>
        <source>Voorbeeldbuurt</source>
        <translation>Demo neighbourhood</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/first_run.py" line="103"/>
        <source>Een verzonnen buurt met team, plan en bezoeken, om rond te kijken</source>
        <translation>A made-up neighbourhood with a team, a plan and visits, to look around</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/first_run.py" line="107"/>
        <source>straat, bijv. Kerkweg</source>
        <translation>street, e.g. Kerkweg</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/first_run.py" line="109"/>
        <source>huisnummers, bijv. 1-40</source>
        <translation>house numbers, e.g. 1-40</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/first_run.py" line="110"/>
        <source>Straat toevoegen</source>
        <translation>Add street</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/first_run.py" line="127"/>
        <source>Of typ een straat:</source>
        <translation>Or type a street:</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/first_run.py" line="156"/>
        <source>Nog geen adressen.</source>
        <translation>No addresses yet.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/first_run.py" line="160"/>
        <source>In de buurt nu: %1 adressen in %2 straten (%3).</source>
        <translation>In the neighbourhood now: %1 addresses in %2 streets (%3).</translation>
    </message>
</context>
<context>
    <name>AnswerKeys</name>
    <message>
        <location filename="../../buurtdesk/gui/answer_keys.py" line="73"/>
        <source>Vragen (vóór de uitkomst): %1</source>
        <translation>Questions (before the outcome): %1</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../buurtdesk/gui/app.py" line="76"/>
        <source>Bestand niet geopend</source>
        <translation>File not opened</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/app.py" line="77"/>
        <source>BuurtDesk kan %1 niet openen:

%2</source>
        <translation>BuurtDesk cannot open %1:

%2</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/app.py" line="98"/>
        <source>BuurtDesk is nog bezig: %1. Open het andere bestand als dat klaar is.</source>
        <translation>BuurtDesk is still busy: %1. Open the other file when that has finished.</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <location filename="../../buurtdesk/gui/backup_dialog.py" line="41"/>
        <source>Reservekopie van vandaag maken</source>
        <translation>Making today&apos;s backup</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/backup_dialog.py" line="53"/>
        <source>Reservekopie van vandaag gemaakt: %1</source>
        <translation>Today&apos;s backup made: %1</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/backup_dialog.py" line="76"/>
        <location filename="../../buurtdesk/gui/backup_dialog.py" line="154"/>
        <source>Reservekopie terugzetten</source>
        <translation>Restore a backup</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/backup_dialog.py" line="79"/>
        <source>Kies een reservekopie. Wat sindsdien op deze laptop is veranderd gaat verloren; het bestand zoals het nu is wordt eerst zelf als reservekopie bewaard, en wat al naar andere laptops ging komt met hun volgende uitwisselbestand terug. Gewiste gegevens blijven gewist.</source>
        <translation>Choose a backup. What changed on this laptop since then is lost; the file as it is now is first kept as a backup itself, and what already went to other laptops comes back with their next exchange file. Erased data stays erased.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/backup_dialog.py" line="92"/>
        <source>Gemaakt</source>
        <translation>Made</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/backup_dialog.py" line="93"/>
        <source>Grootte</source>
        <translation>Size</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/backup_dialog.py" line="94"/>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/backup_dialog.py" line="104"/>
        <source>Er zijn nog geen reservekopieën.</source>
        <translation>There are no backups yet.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/backup_dialog.py" line="109"/>
        <source>Terugzetten…</source>
        <translation>Restore…</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/backup_dialog.py" line="124"/>
        <source>automatisch</source>
        <translation>automatic</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/backup_dialog.py" line="126"/>
        <source>met de hand</source>
        <translation>by hand</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/backup_dialog.py" line="155"/>
        <source>De reservekopie van %1 terugzetten?</source>
        <translation>Restore the backup of %1?</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/backup_dialog.py" line="173"/>
        <source>Reservekopie teruggezet; het bestand zoals het was staat in %1</source>
        <translation>Backup restored; the file as it was is in %1</translation>
    </message>
</context>
<context>
    <name>CheckOff</name>
    <message>
        <location filename="../../buurtdesk/gui/checkoff_actions.py" line="124"/>
        <source>Buurtproject</source>
        <translation>Neighbourhood project</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/checkoff_actions.py" line="101"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/checkoff_actions.py" line="266"/>
        <source>Notitie aangepast</source>
        <translation>Note changed</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/checkoff_actions.py" line="342"/>
        <source>Niet aanbellen</source>
        <translation>Do not call</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/checkoff_actions.py" line="343"/>
        <source>%1 staat op niet aanbellen. Toch een bezoek vastleggen als “%2”?

Kies Nee bij een typfout.</source>
        <translation>%1 is marked do-not-call. Record a visit as “%2” anyway?

Choose No if it was a typo.</translation>
    </message>
</context>
<context>
    <name>CheckOffBar</name>
    <message>
        <location filename="../../buurtdesk/gui/checkoff.py" line="62"/>
        <source>Verbinder:</source>
        <translation>Connector:</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/checkoff.py" line="66"/>
        <source>Wie ging langs de deur (de vorige blijft staan)</source>
        <translation>Who went to the door (the last one stays)</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/checkoff.py" line="68"/>
        <source>Datum:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/checkoff.py" line="77"/>
        <source>Notitie bij het volgende bezoek (N)</source>
        <translation>Note for the next visit (N)</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/checkoff.py" line="86"/>
        <source>Toets %1: %2</source>
        <translation>Key %1: %2</translation>
    </message>
</context>
<context>
    <name>Closing</name>
    <message>
        <location filename="../../buurtdesk/gui/closing_dialog.py" line="25"/>
        <source>Dit gaat weg: %1 bezoeken bij %2 huishoudens (uitkomst en notitie), %3 initiatiefnemers, %4 aanmeldingen en %5 keer telefoon of e-mail van bewoners. De cijfers van het project (per straat, per week, het verslag voor de gemeente) blijven precies zoals ze nu zijn. Dit gaat mee naar de andere laptops en kan niet ongedaan worden gemaakt.</source>
        <translation>This goes: %1 visits at %2 households (outcome and note), %3 initiators, %4 sign-ups and %5 residents&apos; phone numbers or e-mail addresses. The project&apos;s figures (per street, per week, the report for the municipality) stay exactly as they are now. This goes to the other laptops too and cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/closing_dialog.py" line="53"/>
        <source>Project afsluiten</source>
        <translation>Close the project</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/closing_dialog.py" line="54"/>
        <source>Het project “%1” afsluiten?</source>
        <translation>Close the project “%1”?</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/closing_dialog.py" line="58"/>
        <source>Afsluiten</source>
        <translation>Close</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/closing_dialog.py" line="69"/>
        <source>Project afsluiten…</source>
        <translation>Closing the project…</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/closing_dialog.py" line="78"/>
        <source>Het project “%1” is al ruim drie maanden voorbij: sluit het af (Plan → Project afsluiten), dan blijven alleen de cijfers bewaard.</source>
        <translation>The project “%1” ended more than three months ago: close it (Plan → Close the project), then only its figures are kept.</translation>
    </message>
</context>
<context>
    <name>ColumnMapDialog</name>
    <message>
        <location filename="../../buurtdesk/gui/column_map_dialog.py" line="48"/>
        <source>Kolommen kiezen</source>
        <translation>Choose columns</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/column_map_dialog.py" line="54"/>
        <source>BuurtDesk herkent niet in welke kolommen van %1 de straat en het huisnummer staan. Kies hieronder per gegeven de kolom; de voorbeeldrijen laten zien wat erin staat. Straat en huisnummer zijn nodig, de rest is als het bestand het heeft.</source>
        <translation>BuurtDesk does not recognise which columns of %1 hold the street and the house number. Choose the column for each item below; the sample rows show what is in them. Street and house number are required, the rest only if the file has them.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/column_map_dialog.py" line="61"/>
        <source>%1 · kopregel op regel %2</source>
        <translation>%1 · header on line %2</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/column_map_dialog.py" line="68"/>
        <source>Straat *</source>
        <translation>Street *</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/column_map_dialog.py" line="69"/>
        <source>Huisnummer *</source>
        <translation>House number *</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/column_map_dialog.py" line="70"/>
        <source>Huisletter</source>
        <translation>House letter</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/column_map_dialog.py" line="71"/>
        <source>Toevoeging</source>
        <translation>Addition</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/column_map_dialog.py" line="72"/>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/column_map_dialog.py" line="73"/>
        <source>Plaats</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/column_map_dialog.py" line="81"/>
        <source>(geen)</source>
        <translation>(none)</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/column_map_dialog.py" line="112"/>
        <source>Inlezen</source>
        <translation>Import</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/column_map_dialog.py" line="113"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/column_map_dialog.py" line="121"/>
        <source>De eerste rijen van het bestand:</source>
        <translation>The first rows of the file:</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/column_map_dialog.py" line="165"/>
        <source>Kies een kolom voor de straat en voor het huisnummer.</source>
        <translation>Choose a column for the street and for the house number.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/column_map_dialog.py" line="169"/>
        <source>Kolom %1 is voor twee gegevens gekozen; kies voor elk een eigen kolom.</source>
        <translation>Column %1 is chosen for two items; choose a separate column for each.</translation>
    </message>
</context>
<context>
    <name>EmptyState</name>
    <message>
        <location filename="../../buurtdesk/gui/empty_state.py" line="18"/>
        <source>Nog geen adressen in deze buurt</source>
        <translation>No addresses in this neighbourhood yet</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/empty_state.py" line="27"/>
        <source>Begin met de voorbeeldbuurt om rond te kijken, lees een adressenbestand in (CSV, Excel of BAG), of voeg een straat toe met een reeks huisnummers.</source>
        <translation>Start with the demo neighbourhood to look around, import an address file (CSV, Excel or BAG), or add a street with a range of house numbers.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/empty_state.py" line="44"/>
        <source>Voorbeeldbuurt openen</source>
        <translation>Open demo neighbourhood</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/empty_state.py" line="46"/>
        <source>Adressen inlezen…</source>
        <translation>Import addresses…</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/empty_state.py" line="48"/>
        <source>Straat toevoegen…</source>
        <translation>Add street…</translation>
    </message>
</context>
<context>
    <name>Exchange</name>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="40"/>
        <source>Uitwisselbestanden (*.bdx);;Alle bestanden (*)</source>
        <translation>Exchange files (*.bdx);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/domain/exchange_words.py" line="10"/>
        <location filename="../../buurtdesk/domain/exchange_words.py" line="11"/>
        <source>buurt</source>
        <translation>neighbourhood</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/domain/exchange_words.py" line="13"/>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="46"/>
        <source>straat</source>
        <translation>street</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/domain/exchange_words.py" line="13"/>
        <source>straten</source>
        <translation>streets</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/domain/exchange_words.py" line="15"/>
        <source>huishouden</source>
        <translation>household</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/domain/exchange_words.py" line="16"/>
        <source>huishoudens</source>
        <translation>households</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/domain/exchange_words.py" line="19"/>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="79"/>
        <source>project</source>
        <translation>project</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/domain/exchange_words.py" line="20"/>
        <source>projecten</source>
        <translation>projects</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/domain/exchange_words.py" line="23"/>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="74"/>
        <source>teamlid</source>
        <translation>team member</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/domain/exchange_words.py" line="24"/>
        <source>teamleden</source>
        <translation>team members</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/domain/exchange_words.py" line="26"/>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="70"/>
        <source>rol</source>
        <translation>role</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/domain/exchange_words.py" line="26"/>
        <source>rollen</source>
        <translation>roles</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/domain/exchange_words.py" line="28"/>
        <source>straattoewijzing</source>
        <translation>street assignment</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/domain/exchange_words.py" line="29"/>
        <source>straattoewijzingen</source>
        <translation>street assignments</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/domain/exchange_words.py" line="32"/>
        <source>initiatiefnemer</source>
        <translation>initiator</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/domain/exchange_words.py" line="33"/>
        <source>initiatiefnemers</source>
        <translation>initiators</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/domain/exchange_words.py" line="35"/>
        <source>taak</source>
        <translation>task</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/domain/exchange_words.py" line="35"/>
        <source>taken</source>
        <translation>tasks</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/domain/exchange_words.py" line="37"/>
        <source>activiteit</source>
        <translation>activity</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/domain/exchange_words.py" line="38"/>
        <source>activiteiten</source>
        <translation>activities</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/domain/exchange_words.py" line="41"/>
        <source>aanmelding</source>
        <translation>sign-up</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/domain/exchange_words.py" line="42"/>
        <source>aanmeldingen</source>
        <translation>sign-ups</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/domain/exchange_words.py" line="44"/>
        <source>bezoek</source>
        <translation>visit</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/domain/exchange_words.py" line="44"/>
        <source>bezoeken</source>
        <translation>visits</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/domain/exchange_words.py" line="46"/>
        <location filename="../../buurtdesk/domain/exchange_words.py" line="47"/>
        <source>keer ongedaan/opnieuw</source>
        <translation>undo/redo</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/domain/exchange_words.py" line="50"/>
        <source>deurvraag</source>
        <translation>door question</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/domain/exchange_words.py" line="51"/>
        <source>deurvragen</source>
        <translation>door questions</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/domain/exchange_words.py" line="54"/>
        <source>antwoord</source>
        <translation>answer</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/domain/exchange_words.py" line="55"/>
        <source>antwoorden</source>
        <translation>answers</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/domain/exchange_words.py" line="58"/>
        <source>verbeterde notitie</source>
        <translation>corrected note</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/domain/exchange_words.py" line="59"/>
        <source>verbeterde notities</source>
        <translation>corrected notes</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/domain/exchange_words.py" line="62"/>
        <source>wissing</source>
        <translation>erasure</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/domain/exchange_words.py" line="63"/>
        <source>wissingen</source>
        <translation>erasures</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/domain/exchange_words.py" line="66"/>
        <source>afgesloten project</source>
        <translation>closed project</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/domain/exchange_words.py" line="67"/>
        <source>afgesloten projecten</source>
        <translation>closed projects</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/domain/exchange_words.py" line="70"/>
        <source>gedrukte looplijst</source>
        <translation>printed walk list</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/domain/exchange_words.py" line="71"/>
        <source>gedrukte looplijsten</source>
        <translation>printed walk lists</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/domain/exchange_words.py" line="74"/>
        <source>afgehandelde opvolging</source>
        <translation>follow-up done</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/domain/exchange_words.py" line="75"/>
        <source>afgehandelde opvolgingen</source>
        <translation>follow-ups done</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/domain/exchange_words.py" line="77"/>
        <source>idee</source>
        <translation>idea</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/domain/exchange_words.py" line="77"/>
        <source>ideeën</source>
        <translation>ideas</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="43"/>
        <source>naam</source>
        <translation>name</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="44"/>
        <source>plaats</source>
        <translation>place</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="45"/>
        <source>nummering</source>
        <translation>numbering</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="47"/>
        <source>huisnummer</source>
        <translation>house number</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="48"/>
        <source>huisletter</source>
        <translation>house letter</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="49"/>
        <source>toevoeging</source>
        <translation>addition</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="50"/>
        <source>postcode</source>
        <translation>postcode</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="51"/>
        <source>ligging (x)</source>
        <translation>location (x)</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="52"/>
        <source>ligging (y)</source>
        <translation>location (y)</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="53"/>
        <source>niet aanbellen</source>
        <translation>do not call</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="54"/>
        <source>reden niet aanbellen</source>
        <translation>reason for do not call</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="55"/>
        <source>notitie</source>
        <translation>note</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="56"/>
        <source>bron</source>
        <translation>source</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="57"/>
        <source>thema</source>
        <translation>theme</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="58"/>
        <source>titel</source>
        <translation>title</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="59"/>
        <source>startdatum</source>
        <translation>start date</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="60"/>
        <source>aantal weken</source>
        <translation>number of weeks</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="61"/>
        <source>doel (%)</source>
        <translation>goal (%)</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="62"/>
        <source>kernboodschap</source>
        <translation>key message</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="63"/>
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="64"/>
        <source>afgesloten</source>
        <translation>closed</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="65"/>
        <source>telefoon</source>
        <translation>phone</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="66"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="67"/>
        <source>toestemming</source>
        <translation>consent</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="68"/>
        <source>naam in verslagen</source>
        <translation>named in reports</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="69"/>
        <source>week</source>
        <translation>week</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="71"/>
        <source>waarom</source>
        <translation>why</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="72"/>
        <source>soort</source>
        <translation>kind</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="73"/>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="75"/>
        <source>volgorde</source>
        <translation>order</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="76"/>
        <source>datum</source>
        <translation>date</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="77"/>
        <source>tijd</source>
        <translation>time</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="78"/>
        <source>beschrijving</source>
        <translation>description</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="80"/>
        <source>korte naam</source>
        <translation>short name</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="81"/>
        <source>tekst</source>
        <translation>text</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="82"/>
        <source>keuzes</source>
        <translation>choices</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="83"/>
        <source>verborgen</source>
        <translation>hidden</translation>
    </message>
</context>
<context>
    <name>ExchangePage</name>
    <message>
        <location filename="../../buurtdesk/gui/exchange_page.py" line="117"/>
        <source>Uitwisselen</source>
        <translation>Exchange</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_page.py" line="124"/>
        <source>Laptops van het team wisselen via een bestand (USB-stick, e-mail) uit wat ze weten. Lees elk bestand in, in elke volgorde: niets gaat verloren of dubbel.</source>
        <translation>The team&apos;s laptops exchange what they know through a file (USB stick, e-mail). Read in every file, in any order: nothing is lost or doubled.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_page.py" line="133"/>
        <source>Naam opslaan</source>
        <translation>Save name</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_page.py" line="139"/>
        <source>wordt nooit bewaard</source>
        <translation>never stored</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_page.py" line="141"/>
        <source>Dezelfde code op elke laptop van het team; minstens 8 tekens.</source>
        <translation>The same code on every laptop of the team; at least 8 characters.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_page.py" line="144"/>
        <source>Deze laptop:</source>
        <translation>This laptop:</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_page.py" line="147"/>
        <source>Teamcode:</source>
        <translation>Team code:</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_page.py" line="154"/>
        <location filename="../../buurtdesk/gui/exchange_page.py" line="343"/>
        <source>Uitwisselbestand maken…</source>
        <translation>Make exchange file…</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_page.py" line="157"/>
        <location filename="../../buurtdesk/gui/exchange_page.py" line="398"/>
        <source>Uitwisselbestand inlezen…</source>
        <translation>Read exchange file…</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_page.py" line="160"/>
        <location filename="../../buurtdesk/gui/exchange_page.py" line="364"/>
        <source>Startpakket maken…</source>
        <translation>Make start package…</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_page.py" line="172"/>
        <source>Laptop</source>
        <translation>Laptop</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_page.py" line="172"/>
        <source>Laatst ingelezen</source>
        <translation>Last read</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_page.py" line="175"/>
        <source>Laptops van het team</source>
        <translation>The team&apos;s laptops</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_page.py" line="179"/>
        <source>Wat</source>
        <translation>What</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_page.py" line="179"/>
        <source>Veld</source>
        <translation>Field</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_page.py" line="179"/>
        <source>Gekozen (door)</source>
        <translation>Kept (by)</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_page.py" line="179"/>
        <source>Andere (door)</source>
        <translation>Other (by)</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_page.py" line="188"/>
        <source>Andere waarde nemen</source>
        <translation>Take other value</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_page.py" line="191"/>
        <source>Zo laten</source>
        <translation>Leave as is</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_page.py" line="200"/>
        <source>Conflicten</source>
        <translation>Conflicts</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_page.py" line="236"/>
        <source> (deze)</source>
        <translation> (this one)</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_page.py" line="246"/>
        <source>Twee laptops veranderden hetzelfde. Kies een regel en een knop.</source>
        <translation>Two laptops changed the same thing. Choose a row and a button.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_page.py" line="249"/>
        <source>Geen conflicten.</source>
        <translation>No conflicts.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_page.py" line="313"/>
        <source>Teamcode</source>
        <translation>Team code</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_page.py" line="314"/>
        <source>Vul eerst de teamcode in: dezelfde op elke laptop van het team.</source>
        <translation>First enter the team code: the same on every laptop of the team.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_page.py" line="337"/>
        <source>Uitwisselbestand maken</source>
        <translation>Make exchange file</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_page.py" line="357"/>
        <source>Startpakket maken</source>
        <translation>Make start package</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_page.py" line="371"/>
        <source>Startpakket</source>
        <translation>Start package</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_page.py" line="373"/>
        <source>Uitwisselbestand</source>
        <translation>Exchange file</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_page.py" line="376"/>
        <source>%1 gemaakt: %2 (%3 huishoudens, %4 bezoeken)</source>
        <translation>%1 made: %2 (%3 households, %4 visits)</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_page.py" line="389"/>
        <source>Uitwisselbestand inlezen</source>
        <translation>Read exchange file</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_page.py" line="405"/>
        <source>Ingelezen: %1 — %2</source>
        <translation>Read: %1 — %2</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_page.py" line="425"/>
        <source>Naam opslaan…</source>
        <translation>Saving name…</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_page.py" line="432"/>
        <source>Deze laptop heet nu %1.</source>
        <translation>This laptop is now called %1.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_page.py" line="446"/>
        <source>Conflict oplossen…</source>
        <translation>Resolving conflict…</translation>
    </message>
</context>
<context>
    <name>FileWatch</name>
    <message>
        <location filename="../../buurtdesk/gui/file_watch.py" line="90"/>
        <source>Bestand controleren</source>
        <translation>Checking the file</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/file_watch.py" line="107"/>
        <source>Het buurtbestand %1 is beschadigd.</source>
        <translation>The neighbourhood file %1 is damaged.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/file_watch.py" line="112"/>
        <source>Herstellen maakt een nieuw, gezond bestand met alles wat nog te lezen is. Het beschadigde bestand blijft ernaast bewaard, als reservekopie. Een gewone reservekopie van een beschadigd bestand wordt niet gemaakt: die zou de goede kopieën in de map &apos;backups&apos; verdringen.</source>
        <translation>Repair makes a new, sound file with everything that can still be read. The damaged file is kept next to it, as a backup. An ordinary backup of a damaged file is not made: it would push the good copies in the &apos;backups&apos; folder out.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/file_watch.py" line="122"/>
        <source>Herstellen</source>
        <translation>Repair</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/file_watch.py" line="126"/>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/file_watch.py" line="148"/>
        <source>Het bestand is hersteld. Het beschadigde bestand is bewaard als:
%1</source>
        <translation>The file has been repaired. The damaged file is kept as:
%1</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <location filename="../../buurtdesk/gui/first_run.py" line="224"/>
        <source>BuurtDesk: de eerste keer</source>
        <translation>BuurtDesk: the first time</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/first_run.py" line="228"/>
        <source>Overslaan</source>
        <translation>Skip</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/first_run.py" line="229"/>
        <source>Volgende</source>
        <translation>Next</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/first_run.py" line="230"/>
        <source>Terug</source>
        <translation>Back</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/first_run.py" line="231"/>
        <source>Klaar</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/first_run.py" line="232"/>
        <source>Sluiten</source>
        <translation>Close</translation>
    </message>
</context>
<context>
    <name>FollowUp</name>
    <message>
        <location filename="../../buurtdesk/domain/followup.py" line="35"/>
        <source>terugbellen</source>
        <translation>call back</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/domain/followup.py" line="36"/>
        <source>deurkaart</source>
        <translation>door card</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/domain/followup.py" line="37"/>
        <source>bezoek deskundige</source>
        <translation>expert visit</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/followup_page.py" line="46"/>
        <source>Gedaan</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/followup_page.py" line="47"/>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/followup_page.py" line="48"/>
        <source>Adres</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/followup_page.py" line="49"/>
        <source>Wie</source>
        <translation>Who</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/followup_page.py" line="50"/>
        <source>Waarom</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/followup_page.py" line="51"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
</context>
<context>
    <name>FollowUpPage</name>
    <message>
        <location filename="../../buurtdesk/gui/followup_page.py" line="119"/>
        <source>Opvolgen</source>
        <translation>Follow-up</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/followup_page.py" line="128"/>
        <source>Na een deurronde: wie u terugbelt (geïnteresseerd, met toestemming voor contact), waar een deurkaart hoort (twee keer niet thuis) en wie een bezoek van een deskundige vroeg. Vink af wat gedaan is; Ctrl+Z maakt het ongedaan.</source>
        <translation>After a door round: whom to call back (interested, with consent to be contacted), where a door card is due (not at home twice) and who asked for an expert visit. Tick off what is done; Ctrl+Z undoes it.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/followup_page.py" line="148"/>
        <source>Alleen wat nog te doen is</source>
        <translation>Only what is still to do</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/followup_page.py" line="152"/>
        <source>Afdrukken…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/followup_page.py" line="171"/>
        <source>Begin eerst een project.</source>
        <translation>Start a project first.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/followup_page.py" line="181"/>
        <source>%1 nog te doen</source>
        <translation>%1 still to do</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/followup_page.py" line="183"/>
        <source>Er is nu niets op te volgen.</source>
        <translation>There is nothing to follow up now.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/followup_page.py" line="201"/>
        <source>%1 %2 afgevinkt</source>
        <translation>%1 %2 ticked off</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/followup_page.py" line="201"/>
        <source>%1 %2 weer open</source>
        <translation>%1 %2 open again</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/followup_page.py" line="230"/>
        <source>Opvolglijst opgeslagen: %1</source>
        <translation>Follow-up list saved: %1</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/followup_page.py" line="236"/>
        <source>Opvolglijst maken…</source>
        <translation>Making the follow-up list…</translation>
    </message>
</context>
<context>
    <name>Fout</name>
    <message>
        <location filename="../../buurtdesk/domain/address.py" line="44"/>
        <source>huisnummer {number} ligt niet tussen 1 en {max_number}</source>
        <translation>house number {number} is not between 1 and {max_number}</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/domain/address.py" line="50"/>
        <source>huisletter &quot;{letter}&quot; is geen enkele letter</source>
        <translation>house letter &quot;{letter}&quot; is not a single letter</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/domain/address.py" line="59"/>
        <source>toevoeging &quot;{addition}&quot; is niet 1 tot {max_addition} letters of cijfers</source>
        <translation>addition &quot;{addition}&quot; is not 1 to {max_addition} letters or digits</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/domain/address.py" line="98"/>
        <source>huisnummer ontbreekt</source>
        <translation>house number is missing</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/domain/address.py" line="102"/>
        <source>huisnummer &quot;{raw}&quot; is negatief</source>
        <translation>house number &quot;{raw}&quot; is negative</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/domain/address.py" line="103"/>
        <source>huisnummer &quot;{raw}&quot; is geen nummer</source>
        <translation>house number &quot;{raw}&quot; is not a number</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/domain/address.py" line="107"/>
        <source>huisnummer &quot;{raw}&quot; is te groot (hoogstens {max_number})</source>
        <translation>house number &quot;{raw}&quot; is too large (at most {max_number})</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/domain/address.py" line="114"/>
        <source>huisnummer &quot;{raw}&quot; bestaat niet (1 tot en met {max_number})</source>
        <translation>house number &quot;{raw}&quot; does not exist (1 to {max_number})</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/domain/address.py" line="155"/>
        <source>huisnummer &quot;{num_text}&quot; is te groot (hoogstens {max_number})</source>
        <translation>house number &quot;{num_text}&quot; is too large (at most {max_number})</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/domain/address.py" line="164"/>
        <source>huisnummer &quot;{num_text}&quot; bestaat niet (1 tot en met {max_number})</source>
        <translation>house number &quot;{num_text}&quot; does not exist (1 to {max_number})</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/domain/address.py" line="211"/>
        <source>naam</source>
        <translation>name</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/domain/address.py" line="212"/>
        <source>straatnaam</source>
        <translation>street name</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/domain/address.py" line="213"/>
        <source>plaats</source>
        <translation>place</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/domain/address.py" line="230"/>
        <source>{what} bevat een ongeldig teken (U+{ch:04X})</source>
        <translation>{what} contains an invalid character (U+{ch:04X})</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/domain/address.py" line="236"/>
        <source>{what} bevat een regeleinde</source>
        <translation>{what} contains a line break</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/domain/address.py" line="241"/>
        <source>{what} is te lang ({n_name} tekens, hoogstens {max_name})</source>
        <translation>{what} is too long ({n_name} characters, at most {max_name})</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/domain/address.py" line="258"/>
        <source>{what} bevat het teken {shown}, dat niet afgedrukt kan worden; laat het weg of schrijf het in letters</source>
        <translation>{what} contains the character {shown}, which cannot be printed; leave it out or write it in letters</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/domain/address.py" line="313"/>
        <source>oneven</source>
        <translation>odd</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/domain/address.py" line="314"/>
        <source>even</source>
        <translation>even</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/domain/address.py" line="315"/>
        <source>doorlopende</source>
        <translation>straight-through</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/domain/address.py" line="387"/>
        <source>postcode &quot;{stripped}&quot; begint met 0</source>
        <translation>postcode &quot;{stripped}&quot; starts with 0</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/domain/address.py" line="390"/>
        <source>postcode &quot;{stripped}&quot; is geen geldige postcode (1234 AB)</source>
        <translation>postcode &quot;{stripped}&quot; is not a valid postcode (1234 AB)</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/domain/address.py" line="396"/>
        <source>postcode &quot;{text}&quot; bestaat niet (SA, SD en SS worden niet gebruikt)</source>
        <translation>postcode &quot;{text}&quot; does not exist (SA, SD and SS are not used)</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/domain/address.py" line="485"/>
        <source>bereik {first}-{last} bevat geen {side} nummers</source>
        <translation>range {first}-{last} contains no {side} numbers</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/domain/address.py" line="425"/>
        <source>postcodebereik &quot;{text}&quot; moet de vorm 1000-1099 of 1011AB-1011ZZ hebben</source>
        <translation>postcode range &quot;{text}&quot; must have the form 1000-1099 or 1011AB-1011ZZ</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/domain/address.py" line="439"/>
        <source>postcodebereik &quot;{text}&quot; loopt achteruit</source>
        <translation>postcode range &quot;{text}&quot; runs backwards</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/domain/address.py" line="453"/>
        <source>huisnummers in een bereik beginnen bij 1</source>
        <translation>house numbers in a range start at 1</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/domain/address.py" line="456"/>
        <source>huisnummer {last} is te groot (hoogstens {max_number})</source>
        <translation>house number {last} is too large (at most {max_number})</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/domain/address.py" line="462"/>
        <source>bereik {first}-{last} loopt achteruit; bedoelt u {last}-{first}?</source>
        <translation>range {first}-{last} runs backwards; did you mean {last}-{first}?</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/domain/address.py" line="473"/>
        <source>bereik {first}-{last} geeft {n_numbers} adressen; hoogstens {max_range} per straat</source>
        <translation>range {first}-{last} gives {n_numbers} addresses; at most {max_range} per street</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/domain/address.py" line="499"/>
        <source>bereik &quot;{text}&quot; moet de vorm 1-59 hebben</source>
        <translation>range &quot;{text}&quot; must have the form 1-59</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/domain/hlc.py" line="48"/>
        <source>ongeldige klokstempel {text!r}</source>
        <translation>invalid clock stamp {text!r}</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/domain/hlc.py" line="66"/>
        <source>ongeldige laptop-id {laptop!r}</source>
        <translation>invalid laptop id {laptop!r}</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/domain/plan.py" line="145"/>
        <source>kan het stappenplan niet lezen ({strerror})</source>
        <translation>cannot read the step plan ({strerror})</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/domain/plan.py" line="154"/>
        <source>het stappenplan is geen UTF-8-tekst</source>
        <translation>the step plan is not UTF-8 text</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/domain/plan.py" line="169"/>
        <source>het stappenplan is geen geldige TOML ({reason})</source>
        <translation>the step plan is not valid TOML ({reason})</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/domain/plan.py" line="178"/>
        <source>het veld &quot;{key}&quot; ontbreekt bovenaan het stappenplan</source>
        <translation>the field &quot;{key}&quot; is missing at the top of the step plan</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/domain/plan.py" line="186"/>
        <source>onbekend veld &quot;{key}&quot;</source>
        <translation>unknown field &quot;{key}&quot;</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/domain/plan.py" line="191"/>
        <source>id &quot;{plan_id}&quot; mag alleen kleine letters, cijfers en streepjes bevatten</source>
        <translation>id &quot;{plan_id}&quot; may only contain lower-case letters, digits and hyphens</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/domain/plan.py" line="201"/>
        <source>weeks moet een aantal weken van 1 tot {max_weeks} zijn, niet {weeks!r}</source>
        <translation>weeks must be a number of weeks from 1 to {max_weeks}, not {weeks!r}</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/domain/plan.py" line="212"/>
        <source>talking_points moet een lijst met teksten zijn</source>
        <translation>talking_points must be a list of texts</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/domain/plan.py" line="218"/>
        <source>hoogstens {max_talking_points} gesprekspunten voor aan de deur ({n_points} gegeven)</source>
        <translation>at most {max_talking_points} talking points for the door ({n_points} given)</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/domain/plan.py" line="231"/>
        <source>taken staan elk in een eigen [[task]]-blok</source>
        <translation>each task is in its own [[task]] block</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/domain/plan.py" line="263"/>
        <source>taak {number} is geen [[task]]-blok</source>
        <translation>task {number} is not a [[task]] block</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/domain/plan.py" line="271"/>
        <source>taak {number}: het veld &quot;{key}&quot; ontbreekt</source>
        <translation>task {number}: the field &quot;{key}&quot; is missing</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/domain/plan.py" line="280"/>
        <source>taak {number}: onbekend veld &quot;{key}&quot;</source>
        <translation>task {number}: unknown field &quot;{key}&quot;</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/domain/plan.py" line="290"/>
        <source>taak {number}: week moet een getal zijn, niet {week!r}</source>
        <translation>task {number}: week must be a number, not {week!r}</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/domain/plan.py" line="299"/>
        <source>taak {number}: {problem}</source>
        <translation>task {number}: {problem}</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/domain/plan.py" line="310"/>
        <source>taak {number}: {exc}</source>
        <translation>task {number}: {exc}</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/domain/plan.py" line="322"/>
        <source>taak {number}: onbekende soort &quot;{kind_text}&quot;; kies uit: {kinds}</source>
        <translation>task {number}: unknown kind &quot;{kind_text}&quot;; choose from: {kinds}</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/domain/plan.py" line="355"/>
        <source>{what}{key} moet tekst zijn, niet {value!r}</source>
        <translation>{what}{key} must be text, not {value!r}</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/domain/plan.py" line="364"/>
        <source>{what}{key} is leeg</source>
        <translation>{what}{key} is empty</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/domain/plan.py" line="426"/>
        <source>id &quot;{id}&quot; hoort gelijk te zijn aan de bestandsnaam &quot;{stem}&quot;</source>
        <translation>id &quot;{id}&quot; should be the same as the file name &quot;{stem}&quot;</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/domain/plan.py" line="449"/>
        <source>thema &quot;{id}&quot; is niet beschikbaar: {error}</source>
        <translation>theme &quot;{id}&quot; is not available: {error}</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/domain/plan.py" line="456"/>
        <source>onbekend thema &quot;{theme_id}&quot;; beschikbaar: {names}</source>
        <translation>unknown theme &quot;{theme_id}&quot;; available: {names}</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/domain/plan.py" line="469"/>
        <source>week {week} ligt vóór het begin van het project (week 1 tot en met {weeks})</source>
        <translation>week {week} is before the start of the project (weeks 1 to {weeks})</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/domain/plan.py" line="478"/>
        <source>week {week} ligt na het einde van het project (week 1 tot en met {weeks})</source>
        <translation>week {week} is after the end of the project (weeks 1 to {weeks})</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/io/address_import.py" line="173"/>
        <source>--map &quot;{item}&quot; moet VELD=KOLOM zijn, met VELD een van: {known}</source>
        <translation>--map &quot;{item}&quot; must be FIELD=COLUMN, with FIELD one of: {known}</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/io/address_import.py" line="229"/>
        <source>--map {dutch}={column}: kolom &quot;{column}&quot; staat niet in de kopregel ({columns})</source>
        <translation>--map {dutch}={column}: column &quot;{column}&quot; is not in the header ({columns})</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/io/address_import.py" line="245"/>
        <source>geen kolom voor {missing} gevonden in de kopregel ({columns}); wijs ze aan met --map, bijv. --map straat=KOLOM</source>
        <translation>no column for {missing} found in the header ({columns}); choose them with --map, e.g. --map straat=COLUMN</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/io/address_import.py" line="325"/>
        <location filename="../../buurtdesk/io/address_import.py" line="372"/>
        <source>straatnaam ontbreekt</source>
        <translation>street name is missing</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/io/address_import.py" line="423"/>
        <source>x-coördinaat</source>
        <translation>x coordinate</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/io/address_import.py" line="424"/>
        <source>y-coördinaat</source>
        <translation>y coordinate</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/io/address_import.py" line="428"/>
        <source>coördinaten x={x:g}, y={y:g} liggen niet in Nederland (RD)</source>
        <translation>coordinates x={x:g}, y={y:g} are not in the Netherlands (RD)</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/io/address_import.py" line="441"/>
        <source>breedtegraad (lat)</source>
        <translation>latitude (lat)</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/io/address_import.py" line="442"/>
        <source>lengtegraad (lon)</source>
        <translation>longitude (lon)</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/io/address_import.py" line="447"/>
        <source>coördinaten lat={lat:g}, lon={lon:g} liggen niet in Nederland</source>
        <translation>coordinates lat={lat:g}, lon={lon:g} are not in the Netherlands</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/io/address_import.py" line="466"/>
        <location filename="../../buurtdesk/io/address_import.py" line="470"/>
        <source>{what} &quot;{text}&quot; is geen getal</source>
        <translation>{what} &quot;{text}&quot; is not a number</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/io/address_import.py" line="488"/>
        <location filename="../../buurtdesk/ops/exchange.py" line="157"/>
        <source>bestand bestaat niet</source>
        <translation>file does not exist</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/io/address_import.py" line="496"/>
        <source>--layer geldt alleen voor een GeoPackage (.gpkg)</source>
        <translation>--layer only applies to a GeoPackage (.gpkg)</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/io/address_import.py" line="520"/>
        <source>deze rij heeft {cells} velden, de kopregel {width}</source>
        <translation>this row has {cells} fields, the header {width}</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/io/address_import.py" line="540"/>
        <source>er staat een kopregel, maar er staan geen adressen onder</source>
        <translation>there is a header, but no addresses below it</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/io/exchange_file.py" line="69"/>
        <source>de teamcode is te kort: gebruik minstens {min_code_length} tekens, bijvoorbeeld vier woorden</source>
        <translation>the team code is too short: use at least {min_code_length} characters, for example four words</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/io/exchange_file.py" line="127"/>
        <source>dit is geen uitwisselbestand van BuurtDesk</source>
        <translation>this is not a BuurtDesk exchange file</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/io/exchange_file.py" line="132"/>
        <source>dit uitwisselbestand is gemaakt met een nieuwere BuurtDesk (formaat {version}, deze versie kent tot {format_version}); werk BuurtDesk bij</source>
        <translation>this exchange file was made by a newer BuurtDesk (format {version}, this version knows up to {format_version}); update BuurtDesk</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/io/exchange_file.py" line="144"/>
        <source>het uitwisselbestand is afgebroken of beschadigd</source>
        <translation>the exchange file is cut off or damaged</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/io/exchange_file.py" line="164"/>
        <location filename="../../buurtdesk/io/exchange_file.py" line="168"/>
        <source>het uitwisselbestand is beschadigd (kop onleesbaar)</source>
        <translation>the exchange file is damaged (header unreadable)</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/io/exchange_file.py" line="181"/>
        <source>dit uitwisselbestand hoort bij een andere buurt; er is niets veranderd</source>
        <translation>this exchange file belongs to another neighbourhood; nothing was changed</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/io/exchange_file.py" line="192"/>
        <source>de teamcode klopt niet voor dit bestand; er is niets veranderd</source>
        <translation>the team code is wrong for this file; nothing was changed</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/io/exchange_file.py" line="203"/>
        <source>het uitwisselbestand is veranderd of beschadigd (de controle klopt niet); er is niets veranderd</source>
        <translation>the exchange file was altered or damaged (the check fails); nothing was changed</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/io/exchange_file.py" line="228"/>
        <source>het uitwisselbestand is beschadigd (inhoud onleesbaar)</source>
        <translation>the exchange file is damaged (contents unreadable)</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/io/exchange_file.py" line="233"/>
        <source>het uitwisselbestand is te groot of afgebroken</source>
        <translation>the exchange file is too large or cut off</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/io/gpkg_geometry.py" line="35"/>
        <location filename="../../buurtdesk/io/gpkg_geometry.py" line="55"/>
        <source>geometrie is geen GeoPackage-geometrie</source>
        <translation>geometry is not a GeoPackage geometry</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/io/gpkg_geometry.py" line="42"/>
        <location filename="../../buurtdesk/io/gpkg_geometry.py" line="62"/>
        <source>geometrie heeft een onbekend envelop-type ({envelope})</source>
        <translation>geometry has an unknown envelope type ({envelope})</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/io/gpkg_geometry.py" line="67"/>
        <location filename="../../buurtdesk/io/gpkg_geometry.py" line="110"/>
        <location filename="../../buurtdesk/io/gpkg_geometry.py" line="126"/>
        <location filename="../../buurtdesk/io/gpkg_geometry.py" line="130"/>
        <location filename="../../buurtdesk/io/gpkg_geometry.py" line="141"/>
        <location filename="../../buurtdesk/io/gpkg_geometry.py" line="147"/>
        <location filename="../../buurtdesk/io/gpkg_geometry.py" line="155"/>
        <source>geometrie is afgebroken</source>
        <translation>geometry is cut off</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/io/gpkg_geometry.py" line="75"/>
        <source>geometrie is geen punt of vlak (WKB-type {kind})</source>
        <translation>geometry is not a point or polygon (WKB type {kind})</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/io/gpkg_geometry.py" line="121"/>
        <source>geometrie is geen vlak (WKB-type {kind})</source>
        <translation>geometry is not a polygon (WKB type {kind})</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/io/gpkg_geometry.py" line="152"/>
        <source>geometrie is geen punt (WKB-type {kind})</source>
        <translation>geometry is not a point (WKB type {kind})</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/io/gpkg_import.py" line="55"/>
        <source>GeoPackage is beschadigd ({exc})</source>
        <translation>GeoPackage is damaged ({exc})</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/io/gpkg_import.py" line="84"/>
        <source>--layer {name}: deze laag {reason}</source>
        <translation>--layer {name}: this layer {reason}</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/io/gpkg_import.py" line="92"/>
        <source>--layer {name}: zo&apos;n laag staat niet in dit bestand (lagen: {layers})</source>
        <translation>--layer {name}: there is no such layer in this file (layers: {layers})</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/io/gpkg_import.py" line="104"/>
        <location filename="../../buurtdesk/io/gpkg_import.py" line="255"/>
        <source>laag {table}: {message}</source>
        <translation>layer {table}: {message}</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/io/gpkg_import.py" line="126"/>
        <source>geen adreslaag gevonden: geen punt- of vlaklaag met kolommen voor straat en huisnummer (lagen: {layers})</source>
        <translation>no address layer found: no point or polygon layer with columns for street and house number (layers: {layers})</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/io/gpkg_import.py" line="158"/>
        <source>laag &quot;{table}&quot; gebruikt een onbekend coördinatenstelsel {what}; alleen EPSG:28992 (RD New) en EPSG:4326 of CRS84 (WGS84) worden gelezen</source>
        <translation>layer &quot;{table}&quot; uses an unknown coordinate system {what}; only EPSG:28992 (RD New) and EPSG:4326 or CRS84 (WGS84) are read</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/io/gpkg_import.py" line="246"/>
        <source>punt x={x:g}, y={y:g} ligt niet in Nederland</source>
        <translation>point x={x:g}, y={y:g} is not in the Netherlands</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/io/pdf/common.py" line="73"/>
        <source>lettertype ontbreekt of is beschadigd: {exc}</source>
        <translation>font is missing or damaged: {exc}</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/io/pdf/common.py" line="229"/>
        <location filename="../../buurtdesk/io/pdf/common.py" line="297"/>
        <source>is een map; geef een bestandsnaam zoals looplijst.pdf</source>
        <translation>is a folder; give a file name such as walklist.pdf</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/io/pdf/common.py" line="234"/>
        <source>dat is het buurtbestand (of een bestand dat erbij hoort); kies een andere naam</source>
        <translation>that is the neighbourhood file (or a file that belongs to it); choose another name</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/io/pdf/common.py" line="243"/>
        <source>is geen gewoon bestand; kies een andere naam</source>
        <translation>is not a regular file; choose another name</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/io/pdf/common.py" line="247"/>
        <location filename="../../buurtdesk/ops/exchange.py" line="124"/>
        <source>bestaat al; kies een andere naam (of --overwrite)</source>
        <translation>already exists; choose another name (or --overwrite)</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/io/pdf/common.py" line="302"/>
        <source>de map bestaat niet</source>
        <translation>the folder does not exist</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/io/pdf/common.py" line="309"/>
        <source>kan hier niet schrijven ({strerror})</source>
        <translation>cannot write here ({strerror})</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/io/pdf/common.py" line="327"/>
        <source>kan het bestand niet opslaan ({strerror})</source>
        <translation>cannot save the file ({strerror})</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/io/pdf/common.py" line="346"/>
        <source>is een database, geen PDF; kies een andere naam</source>
        <translation>is a database, not a PDF; choose another name</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/io/pdf/doorcards.py" line="61"/>
        <source>&quot;{link}&quot; is geen bruikbare link (zonder spaties, hoogstens {max_link})</source>
        <translation>&quot;{link}&quot; is not a usable link (no spaces, at most {max_link})</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/io/pdf/doorcards.py" line="76"/>
        <source>&quot;{phone}&quot; is geen telefoonnummer (alleen cijfers, spaties en +)</source>
        <translation>&quot;{phone}&quot; is not a phone number (only digits, spaces and +)</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/io/pdf/doorcards.py" line="98"/>
        <source>kies 1 tot 500 vellen deurkaarten, niet {sheets}</source>
        <translation>choose 1 to 500 sheets of door cards, not {sheets}</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/io/pdf/exports.py" line="73"/>
        <source>{name} heeft nog geen straten; wijs eerst straten toe (team)</source>
        <translation>{name} has no streets yet; assign streets first (team)</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/io/pdf/exports.py" line="82"/>
        <source>{name} loopt niet in {streets}</source>
        <translation>{name} does not walk in {streets}</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/io/pdf/exports.py" line="110"/>
        <source>in deze keuze is niets meer te doen: elke deur doet mee, zei nee of wil geen bezoek</source>
        <translation>nothing left to do in this selection: every door takes part, said no or asked not to be visited</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/io/pdf/exports.py" line="173"/>
        <source>zet eerst hoe bewoners het team bereiken (telefoon of e-mail): op de pagina Team, of met: buurtdesk project set --contact &quot;...&quot;</source>
        <translation>first set how residents reach the team (phone or e-mail): on the Team page, or with: buurtdesk project set --contact &quot;...&quot;</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/io/pdf/exports.py" line="198"/>
        <source>kies een link of een telefoonnummer voor de QR-code, niet allebei</source>
        <translation>choose a link or a phone number for the QR code, not both</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/io/pdf/exports.py" line="221"/>
        <source>geen huishoudens in deze keuze; er zijn geen deurkaarten te maken</source>
        <translation>no households in this selection; there are no door cards to make</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/io/pdf/exports.py" line="286"/>
        <source>de buurt heeft nog geen huishoudens; er is nog niets te melden</source>
        <translation>the neighbourhood has no households yet; there is nothing to report yet</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/io/pdf/exports.py" line="292"/>
        <source>de buurt heeft {households} huishoudens; een verslag toont alleen groepen van minstens {min_group}, anders zijn huishoudens herkenbaar</source>
        <translation>the neighbourhood has {households} households; a report only shows groups of at least {min_group}, otherwise households can be recognised</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/io/pdf/letter.py" line="101"/>
        <source>sjabloon &quot;{name_or_path}&quot; bestaat niet; kies uit: {known}</source>
        <translation>template &quot;{name_or_path}&quot; does not exist; choose from: {known}</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/io/pdf/letter.py" line="109"/>
        <source>het sjabloon is geen UTF-8-tekst; sla het op als UTF-8</source>
        <translation>the template is not UTF-8 text; save it as UTF-8</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/io/pdf/letter.py" line="114"/>
        <source>kan het sjabloon niet lezen ({strerror})</source>
        <translation>cannot read the template ({strerror})</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/io/pdf/letter.py" line="130"/>
        <source>een $ zonder veldnaam; schrijf $$ voor een dollarteken of $naam voor een veld</source>
        <translation>a $ without a field name; write $$ for a dollar sign or $name for a field</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/io/pdf/letter.py" line="140"/>
        <source>onbekend veld ${name}; bekende velden: {known}</source>
        <translation>unknown field ${name}; known fields: {known}</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/io/pdf/letter.py" line="164"/>
        <source>geen huishoudens in deze keuze; er is geen brief om te maken</source>
        <translation>no households in this selection; there is no letter to make</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/io/pdf/letter.py" line="236"/>
        <source>de brief past niet op één pagina ({n_out} regels); maak de tekst korter</source>
        <translation>the letter does not fit on one page ({n_out} lines); make the text shorter</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/io/pdf/plan.py" line="80"/>
        <source>het project heeft nog geen stappenplan; maak het plan eerst (scherm Plan)</source>
        <translation>the project has no step plan yet; make the plan first (Plan screen)</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/io/pdf/walklist.py" line="179"/>
        <location filename="../../buurtdesk/io/pdf/walklist_compact.py" line="169"/>
        <source>geen huishoudens in deze keuze; kies een straat of een verbinder met straten</source>
        <translation>no households in this selection; choose a street or a connector with streets</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/io/tabular.py" line="58"/>
        <source>dit is een map, geen bestand</source>
        <translation>this is a folder, not a file</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/io/tabular.py" line="60"/>
        <source>het bestand is leeg</source>
        <translation>the file is empty</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/io/tabular.py" line="67"/>
        <source>dit is {what}</source>
        <translation>this is {what}</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/io/tabular.py" line="109"/>
        <source>dit is geen CSV- of Excel-bestand</source>
        <translation>this is not a CSV or Excel file</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/io/tabular.py" line="148"/>
        <source>het bestand bevat geen tabel (alleen lege regels)</source>
        <translation>the file contains no table (only empty lines)</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/io/tabular.py" line="203"/>
        <source>tekens die geen UTF-8 zijn, in een bestand dat verder UTF-8 is; sla het bestand opnieuw op als UTF-8</source>
        <translation>characters that are not UTF-8 in a file that is otherwise UTF-8; save the file again as UTF-8</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/io/tabular.py" line="216"/>
        <source>dit bestand is geen tekst maar binaire gegevens, dus geen adressenlijst; kies een CSV-, Excel- (.xlsx) of GeoPackage-bestand (.gpkg)</source>
        <translation>this file is not text but binary data, so not an address list; choose a CSV, Excel (.xlsx) or GeoPackage (.gpkg) file</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/io/tabular.py" line="306"/>
        <location filename="../../buurtdesk/io/tabular.py" line="345"/>
        <source>bevat een NUL-teken; dit lijkt geen tekstbestand (CSV) te zijn</source>
        <translation>contains a NUL character; this does not look like a text file (CSV)</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/io/tabular.py" line="313"/>
        <location filename="../../buurtdesk/io/tabular.py" line="371"/>
        <location filename="../../buurtdesk/io/tabular.py" line="413"/>
        <source>tekens die in {name} niet te lezen zijn</source>
        <translation>characters that cannot be read as {name}</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/io/tabular.py" line="329"/>
        <source>een aanhalingsteken (&quot;) wordt nergens gesloten</source>
        <translation>a quotation mark (&quot;) is never closed</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/io/tabular.py" line="335"/>
        <source>na een afsluitend aanhalingsteken (&quot;) hoort een scheidingsteken</source>
        <translation>a closing quotation mark (&quot;) must be followed by a separator</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/io/tabular.py" line="341"/>
        <source>een veld is veel te lang ({limit} tekens of meer)</source>
        <translation>a field is far too long ({limit} characters or more)</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/io/tabular.py" line="349"/>
        <source>een regeleinde midden in een veld</source>
        <translation>a line break in the middle of a field</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/io/tabular.py" line="360"/>
        <source>geen geldige CSV ({reason})</source>
        <translation>not valid CSV ({reason})</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/io/tabular.py" line="443"/>
        <source>geen geldig Excel-bestand (.xlsx) ({reason}); open het in Excel of LibreOffice en sla het opnieuw op</source>
        <translation>not a valid Excel file (.xlsx) ({reason}); open it in Excel or LibreOffice and save it again</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/io/tabular.py" line="539"/>
        <source>blad &quot;{title}&quot; is beschadigd ({reason})</source>
        <translation>sheet &quot;{title}&quot; is damaged ({reason})</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/io/tabular.py" line="471"/>
        <source>dit Excel-bestand zou uitgepakt {unpacked:,.0f} MB worden (ingepakt {packed:,.1f} MB); zo groot of zo sterk ingepakt is geen adressenlijst, het wordt niet geopend</source>
        <translation>this Excel file would unpack to {unpacked:,.0f} MB (packed {packed:,.1f} MB); that large or that tightly packed is no address list, it is not opened</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/io/tabular.py" line="507"/>
        <source>het Excel-bestand bevat geen tabel (alle bladen zijn leeg)</source>
        <translation>the Excel file contains no table (all sheets are empty)</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/ops/exchange.py" line="55"/>
        <source>geef de laptop een naam van 1 tot 60 gewone tekens</source>
        <translation>give the laptop a name of 1 to 60 ordinary characters</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/ops/exchange.py" line="68"/>
        <source>&apos;{connector}&apos; is geen lid van het team</source>
        <translation>&apos;{connector}&apos; is not a member of the team</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/ops/exchange.py" line="113"/>
        <source>geef een bestandsnaam voor het uitwisselbestand</source>
        <translation>give a file name for the exchange file</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/ops/exchange.py" line="117"/>
        <source>dit is een map; geef een bestandsnaam</source>
        <translation>this is a folder; give a file name</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/ops/exchange.py" line="120"/>
        <source>dat is het buurtbestand zelf; kies een andere naam</source>
        <translation>that is the neighbourhood file itself; choose another name</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/ops/exchange.py" line="141"/>
        <source>het uitwisselbestand kan hier niet worden geschreven ({strerror})</source>
        <translation>the exchange file cannot be written here ({strerror})</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/ops/exchange.py" line="153"/>
        <source>dit bestand is te groot voor een uitwisselbestand</source>
        <translation>this file is too large for an exchange file</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/ops/exchange.py" line="160"/>
        <source>kan het bestand niet lezen ({strerror})</source>
        <translation>cannot read the file ({strerror})</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/ops/exchange.py" line="171"/>
        <source>de inhoud van het uitwisselbestand is onleesbaar</source>
        <translation>the contents of the exchange file are unreadable</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/ops/exchange.py" line="175"/>
        <source>de inhoud hoort niet bij de kop van het bestand</source>
        <translation>the contents do not belong to the file&apos;s header</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/ops/exchange.py" line="189"/>
        <source>de inhoud van het uitwisselbestand klopt niet ({exc})</source>
        <translation>the contents of the exchange file are not right ({exc})</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/ops/exchange.py" line="195"/>
        <source>de inhoud past niet in deze buurt ({exc})</source>
        <translation>the contents do not fit this neighbourhood ({exc})</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/ops/exchange.py" line="218"/>
        <source>dit is geen startpakket (maak er een met &apos;exchange package&apos;)</source>
        <translation>this is not a start package (make one with &apos;exchange package&apos;)</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/ops/exchange.py" line="236"/>
        <source>dit bestand bestaat al; een startpakket komt in een nieuw bestand (kies een nieuwe naam)</source>
        <translation>this file already exists; a start package goes into a new file (choose a new name)</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/store/activities.py" line="105"/>
        <source>een activiteit heeft een titel nodig</source>
        <translation>an activity needs a title</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/store/activities.py" line="111"/>
        <source>tijd &quot;{time}&quot; is geen tijd (UU:MM, bijv. 19:30)</source>
        <translation>time &quot;{time}&quot; is not a time (HH:MM, e.g. 19:30)</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/store/activities.py" line="188"/>
        <source>activiteit {activity_id} bestaat niet</source>
        <translation>activity {activity_id} does not exist</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/store/db.py" line="92"/>
        <source>{path}: dit is een map; geef het buurtbestand zelf op</source>
        <translation>{path}: this is a folder; give the neighbourhood file itself</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/store/db.py" line="99"/>
        <source>{path}: bestand bestaat niet (maak een buurt met &apos;demo&apos;, &apos;import&apos; of &apos;street add&apos;, of kies het goede bestand met --db)</source>
        <translation>{path}: file does not exist (make a neighbourhood with &apos;demo&apos;, &apos;import&apos; or &apos;street add&apos;, or choose the right file with --db)</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/store/db.py" line="109"/>
        <source>{path}: het bestand is leeg (0 bytes); dit is geen buurtbestand. Kies het goede bestand, of een naam die nog niet bestaat voor een nieuwe buurt</source>
        <translation>{path}: the file is empty (0 bytes); this is not a neighbourhood file. Choose the right file, or a name that does not exist yet for a new neighbourhood</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/store/db.py" line="130"/>
        <source>{path}: schema 0 moet eerst worden bijgewerkt</source>
        <translation>{path}: schema 0 must be upgraded first</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/store/db.py" line="152"/>
        <source>{path}: het bestand kan hier niet worden gemaakt ({reason})</source>
        <translation>{path}: the file cannot be created here ({reason})</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/store/db.py" line="169"/>
        <location filename="../../buurtdesk/store/db.py" line="178"/>
        <source>{path}: {exc}</source>
        <translation>{path}: {exc}</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/store/db.py" line="184"/>
        <source>{path}: dit is een SQLite-bestand, maar geen BuurtDesk-bestand</source>
        <translation>{path}: this is an SQLite file, but not a BuurtDesk file</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/store/db.py" line="192"/>
        <source>{path}: dit bestand is gemaakt met een nieuwere BuurtDesk (schema {version}, deze versie kent tot {latest_version}). Werk BuurtDesk bij om het te openen.</source>
        <translation>{path}: this file was made by a newer BuurtDesk (schema {version}, this version knows up to {latest_version}). Update BuurtDesk to open it.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/store/db.py" line="204"/>
        <source>{path}: schema {version} moet eerst worden bijgewerkt</source>
        <translation>{path}: schema {version} must be upgraded first</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/store/store_errors.py" line="32"/>
        <source>het bestand is beschadigd. &apos;buurtdesk check&apos; zegt wat er mis is, &apos;buurtdesk repair&apos; herstelt het (de beschadigde versie blijft bewaard); of zet de laatste goede reservekopie terug (de map &apos;backups&apos; naast het bestand)</source>
        <translation>the file is damaged. &apos;buurtdesk check&apos; says what is wrong, &apos;buurtdesk repair&apos; repairs it (the damaged version is kept); or restore the last good backup (the &apos;backups&apos; folder next to the file)</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/store/store_errors.py" line="49"/>
        <source>databasefout ({reason})</source>
        <translation>database error ({reason})</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/store/store_errors.py" line="55"/>
        <source>dit is geen BuurtDesk-bestand (geen SQLite-database)</source>
        <translation>this is not a BuurtDesk file (not an SQLite database)</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/store/store_errors.py" line="59"/>
        <source>het bestand kan niet worden geopend (bestaat de map, mag u er schrijven?)</source>
        <translation>the file cannot be opened (does the folder exist, may you write there?)</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/store/store_errors.py" line="65"/>
        <source>het bestand is in gebruik door een ander programma; probeer het zo nog eens</source>
        <translation>the file is in use by another program; try again in a moment</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/store/store_errors.py" line="71"/>
        <source>het bestand is alleen-lezen; er kan niets worden opgeslagen</source>
        <translation>the file is read-only; nothing can be saved</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/store/store_errors.py" line="75"/>
        <source>de schijf is vol; maak ruimte vrij en probeer het opnieuw</source>
        <translation>the disk is full; free some space and try again</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/store/file_copies.py" line="73"/>
        <source>geef een bestandsnaam voor de reservekopie</source>
        <translation>give a file name for the backup</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/store/file_copies.py" line="80"/>
        <source>{target}: dat is het buurtbestand zelf; kies een andere plek</source>
        <translation>{target}: that is the neighbourhood file itself; choose another place</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/store/file_copies.py" line="88"/>
        <source>{target}: dit is geen gewoon bestand; kies een andere plek</source>
        <translation>{target}: this is not a regular file; choose another place</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/store/file_copies.py" line="95"/>
        <source>{target}: bestaat al; kies een andere naam (of --overwrite)</source>
        <translation>{target}: already exists; choose another name (or --overwrite)</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/store/file_copies.py" line="102"/>
        <source>{source}: {damaged}; er is geen reservekopie gemaakt</source>
        <translation>{source}: {damaged}; no backup was made</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/store/file_copies.py" line="121"/>
        <source>{target}: de reservekopie kan hier niet worden geschreven ({reason})</source>
        <translation>{target}: the backup cannot be written here ({reason})</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/store/exchange.py" line="186"/>
        <source>dit bestand bevat al een buurt; een startpakket komt alleen in een nieuw bestand</source>
        <translation>this file already holds a neighbourhood; a start package only goes into a new file</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/store/geopackage.py" line="146"/>
        <source>het lezen van de GeoPackage duurde langer dan {limit:g} seconden en is gestopt; het bestand zit vreemd in elkaar (een view die niet eindigt?)</source>
        <translation>reading the GeoPackage took longer than {limit:g} seconds and was stopped; the file is strangely built (a view that never ends?)</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/store/geopackage.py" line="170"/>
        <location filename="../../buurtdesk/store/geopackage.py" line="190"/>
        <source>geen leesbaar SQLite-bestand ({exc})</source>
        <translation>not a readable SQLite file ({exc})</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/store/geopackage.py" line="195"/>
        <source>dit is een SQLite-bestand maar geen GeoPackage (gpkg_contents ontbreekt)</source>
        <translation>this is an SQLite file but not a GeoPackage (gpkg_contents is missing)</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/store/geopackage.py" line="203"/>
        <source>{views} is in dit bestand een view in plaats van een tabel; zo&apos;n GeoPackage wordt niet gelezen</source>
        <translation>{views} is a view instead of a table in this file; such a GeoPackage is not read</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/store/households.py" line="266"/>
        <source>&quot;{text}&quot; is geen adres; schrijf straat en huisnummer, bijv. &quot;Zandhoek 4-2&quot; (en waar nodig de plaats: &quot;Dorpsstraat 1, Ons Dorp&quot;)</source>
        <translation>&quot;{text}&quot; is not an address; write street and house number, e.g. &quot;Zandhoek 4-2&quot; (and where needed the place: &quot;Dorpsstraat 1, Ons Dorp&quot;)</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/store/laptops.py" line="130"/>
        <source>er is geen open conflict {conflict_id}</source>
        <translation>there is no open conflict {conflict_id}</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/store/laptops.py" line="138"/>
        <source>dit conflict kan niet zo worden opgelost</source>
        <translation>this conflict cannot be resolved that way</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/store/plan.py" line="175"/>
        <source>taak {task_id} bestaat niet</source>
        <translation>task {task_id} does not exist</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/store/plan.py" line="190"/>
        <location filename="../../buurtdesk/store/team.py" line="76"/>
        <source>teamlid {member_id} bestaat niet</source>
        <translation>team member {member_id} does not exist</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/store/plan.py" line="208"/>
        <location filename="../../buurtdesk/store/plan.py" line="251"/>
        <source>een taak heeft een titel nodig</source>
        <translation>a task needs a title</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/ops/households.py" line="61"/>
        <source>vul een straatnaam in</source>
        <translation>fill in a street name</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/ops/households.py" line="64"/>
        <source>straatnaam &quot;{name}&quot; is ongeldig: hij begint met een cijfer</source>
        <translation>street name &quot;{name}&quot; is not valid: it starts with a digit</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/ops/households.py" line="133"/>
        <source>kies eerst een of meer straten</source>
        <translation>choose one or more streets first</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/ops/households.py" line="139"/>
        <source>straat {id} bestaat niet (meer)</source>
        <translation>street {id} does not exist (any more)</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/ops/households.py" line="198"/>
        <location filename="../../buurtdesk/ops/ideas.py" line="76"/>
        <location filename="../../buurtdesk/store/printing.py" line="117"/>
        <source>straat &quot;{name}&quot; bestaat niet</source>
        <translation>street &quot;{name}&quot; does not exist</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/ops/households.py" line="207"/>
        <source>straat &quot;{name}&quot; ligt in meer plaatsen ({places}); geef de plaats op (--place)</source>
        <translation>street &quot;{name}&quot; is in several places ({places}); give the place (--place)</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/ops/team.py" line="50"/>
        <location filename="../../buurtdesk/store/printing.py" line="126"/>
        <source>teamlid &quot;{name}&quot; bestaat niet</source>
        <translation>team member &quot;{name}&quot; does not exist</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/ops/team.py" line="59"/>
        <source>straat {street_id} bestaat niet</source>
        <translation>street {street_id} does not exist</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/ops/team.py" line="110"/>
        <source>toestemming intrekken gaat niet samen met een datum van toestemming, telefoon of e-mail</source>
        <translation>withdrawing consent does not go together with a consent date, phone or e-mail</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/store/progress.py" line="54"/>
        <source>het tempo is 1 tot 1000 deuren per verbinder per week, niet {doors}</source>
        <translation>the pace is 1 to 1000 doors per connector per week, not {doors}</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/ops/projects.py" line="58"/>
        <location filename="../../buurtdesk/store/projects.py" line="82"/>
        <source>een project duurt 1 tot 104 weken, niet {weeks}</source>
        <translation>a project lasts 1 to 104 weeks, not {weeks}</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/ops/projects.py" line="140"/>
        <source>adres &quot;{address}&quot; staat niet in de buurt</source>
        <translation>address &quot;{address}&quot; is not in the neighbourhood</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/ops/projects.py" line="53"/>
        <location filename="../../buurtdesk/store/projects.py" line="87"/>
        <source>het doel is een percentage van 1 tot 100, niet {goal_pct}</source>
        <translation>the goal is a percentage from 1 to 100, not {goal_pct}</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/store/projects.py" line="116"/>
        <source>project {project_id} bestaat niet</source>
        <translation>project {project_id} does not exist</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/store/projects.py" line="146"/>
        <source>project &quot;{text}&quot; bestaat niet</source>
        <translation>project &quot;{text}&quot; does not exist</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/store/projects.py" line="163"/>
        <source>het contact bevat een stuurteken; typ alleen gewone tekst</source>
        <translation>the contact contains a control character; type only ordinary text</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/store/projects.py" line="167"/>
        <source>het contact is te lang: houd het bij 200 tekens</source>
        <translation>the contact is too long: keep it to 200 characters</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/ops/projects.py" line="112"/>
        <location filename="../../buurtdesk/store/projects.py" line="184"/>
        <source>de kleinste groep in een verslag is {floor_min_group} tot 1000 huishoudens, niet {size}</source>
        <translation>the smallest group in a report is {floor_min_group} to 1000 households, not {size}</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/store/repair.py" line="49"/>
        <source>{path}: herstel is niet gelukt ({exc}); het bestand is niet veranderd. Zet de laatste goede reservekopie terug (de map &apos;backups&apos;)</source>
        <translation>{path}: repair failed ({exc}); the file was not changed. Restore the last good backup (the &apos;backups&apos; folder)</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/store/repair.py" line="65"/>
        <source>{path}: herstel is niet gelukt (de nieuwe kopie is ook niet in orde); het bestand is niet veranderd</source>
        <translation>{path}: repair failed (the new copy is not right either); the file was not changed</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/store/repair.py" line="77"/>
        <source>{path}: het bestand is nog open in een ander programma; sluit dat en probeer het opnieuw (het bestand is niet veranderd)</source>
        <translation>{path}: the file is still open in another program; close it and try again (the file was not changed)</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/store/team.py" line="175"/>
        <source>een teamlid heeft een naam nodig</source>
        <translation>a team member needs a name</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/store/team.py" line="180"/>
        <source>telefoon en e-mail van {name} worden alleen bewaard met toestemming (met datum)</source>
        <translation>{name}&apos;s phone and e-mail are kept only with consent (with a date)</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/store/team.py" line="191"/>
        <source>datum van toestemming &quot;{consent_at}&quot; is geen datum (JJJJ-MM-DD)</source>
        <translation>date of consent &quot;{consent_at}&quot; is not a date (YYYY-MM-DD)</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/domain/contact.py" line="38"/>
        <source>&quot;{phone}&quot; is geen telefoonnummer</source>
        <translation>&quot;{phone}&quot; is not a phone number</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/domain/contact.py" line="41"/>
        <location filename="../../buurtdesk/store/team.py" line="197"/>
        <source>&quot;{email}&quot; is geen e-mailadres</source>
        <translation>&quot;{email}&quot; is not an e-mail address</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/domain/contact.py" line="46"/>
        <source>telefoon en e-mail van een bewoner worden alleen bewaard met toestemming: geef de datum van toestemming</source>
        <translation>a resident&apos;s phone and e-mail are only kept with consent: give the date of consent</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/domain/contact.py" line="54"/>
        <source>datum van toestemming {date} ligt in de toekomst</source>
        <translation>the date of consent {date} is in the future</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/domain/contact.py" line="59"/>
        <source>zeg waarvoor de bewoner toestemming gaf (1 tot {max} gewone tekens), bijv. &apos;terugbellen over de warmtescan&apos;</source>
        <translation>say what the resident consented to (1 to {max} ordinary characters), e.g. &apos;call back about the heat scan&apos;</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/store/visits.py" line="86"/>
        <source>datum {date} ligt in de toekomst</source>
        <translation>date {date} is in the future</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/ops/doors.py" line="21"/>
        <location filename="../../buurtdesk/ops/privacy.py" line="110"/>
        <location filename="../../buurtdesk/store/visits.py" line="92"/>
        <source>een notitie is hoogstens {max_note} tekens ({n_note} gegeven)</source>
        <translation>a note is at most {max_note} characters ({n_note} given)</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/ops/doors.py" line="33"/>
        <location filename="../../buurtdesk/ops/privacy.py" line="27"/>
        <location filename="../../buurtdesk/ops/visits.py" line="156"/>
        <source>huishouden {id} bestaat niet</source>
        <translation>household {id} does not exist</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/ops/plan.py" line="51"/>
        <source>deze taak bestaat niet meer (verwijderd op een andere laptop)</source>
        <translation>this task no longer exists (removed on another laptop)</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/ops/plan.py" line="265"/>
        <location filename="../../buurtdesk/ops/projects.py" line="157"/>
        <location filename="../../buurtdesk/store/visits.py" line="228"/>
        <source>huishouden {household_id} bestaat niet</source>
        <translation>household {household_id} does not exist</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/io/import_report.py" line="118"/>
        <source>{total} fouten, de eerste {listed} staan hierboven; er is niets geïmporteerd</source>
        <translation>{total} errors, the first {listed} are above; nothing was imported</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/io/import_report.py" line="126"/>
        <source>{total} fouten; er is niets geïmporteerd</source>
        <translation>{total} errors; nothing was imported</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/ops/demo.py" line="28"/>
        <source>het aantal huishoudens (--households) moet tussen 1 en {most} liggen, niet {households}</source>
        <translation>the number of households (--households) must be between 1 and {most}, not {households}</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/ops/undo.py" line="52"/>
        <source>er is niets om ongedaan te maken</source>
        <translation>there is nothing to undo</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/ops/undo.py" line="63"/>
        <source>er is niets om opnieuw te doen</source>
        <translation>there is nothing to redo</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/store/demo.py" line="118"/>
        <source>dit bestand bevat al gegevens ({what}); een demobuurt komt alleen in een leeg bestand. Kies een nieuw bestand (Bestand &gt; Nieuwe buurt…, of --db, bijvoorbeeld --db demo.buurtdesk)</source>
        <translation>this file already holds data ({what}); a demo neighbourhood only goes into an empty file. Choose a new file (File &gt; New neighbourhood…, or --db, for example --db demo.buurtdesk)</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/io/pdf/privacy_docs.py" line="32"/>
        <source>het sjabloon kan niet worden gelezen ({exc})</source>
        <translation>the template cannot be read ({exc})</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/io/pdf/privacy_docs.py" line="38"/>
        <source>onbekend veld in het sjabloon: {field}</source>
        <translation>unknown field in the template: {field}</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/ops/closing.py" line="28"/>
        <source>het project &quot;{title}&quot; is al afgesloten</source>
        <translation>the project &quot;{title}&quot; is closed already</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/ops/privacy.py" line="84"/>
        <source>dit huishouden heeft geen bezoeken</source>
        <translation>this household has no visits</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/ops/privacy.py" line="89"/>
        <source>bezoek {number} bestaat niet: dit huishouden heeft bezoek 1 tot {count}</source>
        <translation>visit {number} does not exist: this household has visits 1 to {count}</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/ops/privacy.py" line="103"/>
        <source>de notitie bevat stuurtekens (onzichtbare tekens); typ haar opnieuw</source>
        <translation>the note contains control characters (invisible characters); type it again</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/ops/privacy.py" line="131"/>
        <source>dit bezoek bestaat niet (meer)</source>
        <translation>this visit does not exist (any more)</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/ops/privacy.py" line="172"/>
        <source>de privacyverklaring zegt hoe bewoners het team bereiken: geef het project eerst een contact (project set --contact)</source>
        <translation>the privacy statement says how residents reach the team: give the project a contact first (project set --contact)</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/ops/visits.py" line="80"/>
        <source>het team is nog leeg; voeg &quot;{name}&quot; eerst toe: buurtdesk team add &quot;{name}&quot; --role verbinder</source>
        <translation>the team is still empty; add &quot;{name}&quot; first: buurtdesk team add &quot;{name}&quot; --role verbinder</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/ops/visits.py" line="92"/>
        <source>&quot;{name}&quot; past op meer teamleden: {names}; typ meer van de naam</source>
        <translation>&quot;{name}&quot; matches several team members: {names}; type more of the name</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/ops/visits.py" line="99"/>
        <source>&quot;{name}&quot; is geen teamlid; kies uit: {names}</source>
        <translation>&quot;{name}&quot; is not a team member; choose from: {names}</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/ops/visits.py" line="108"/>
        <source>wie legde het bezoek af? Het team heeft meer verbinders: {names}; geef --by NAAM</source>
        <translation>who made the visit? The team has several connectors: {names}; give --by NAME</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/ops/visits.py" line="149"/>
        <source>geen bezoeken om op te slaan</source>
        <translation>no visits to save</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/ops/visits.py" line="160"/>
        <source>{address} staat op niet aanbellen ({reason})</source>
        <translation>{address} is marked do not visit ({reason})</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/store/backups.py" line="36"/>
        <location filename="../../buurtdesk/store/backups.py" line="123"/>
        <source>{path}: geen reservekopie van BuurtDesk</source>
        <translation>{path}: not a BuurtDesk backup</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/store/backups.py" line="113"/>
        <source>{path}: dit bestand bestaat niet</source>
        <translation>{path}: this file does not exist</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/store/backups.py" line="127"/>
        <source>{path}: gemaakt met een nieuwere BuurtDesk; werk BuurtDesk eerst bij</source>
        <translation>{path}: made by a newer BuurtDesk; update BuurtDesk first</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/store/backups.py" line="134"/>
        <source>{path}: deze reservekopie is beschadigd</source>
        <translation>{path}: this backup is damaged</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/store/backups.py" line="143"/>
        <source>{path}: dit is een reservekopie van een andere buurt</source>
        <translation>{path}: this is a backup of another neighbourhood</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/ops/ideas.py" line="42"/>
        <source>een idee mag niet leeg zijn</source>
        <translation>an idea cannot be empty</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/ops/ideas.py" line="45"/>
        <source>een idee is hoogstens {most} tekens ({given} gegeven)</source>
        <translation>an idea is at most {most} characters ({given} given)</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/ops/ideas.py" line="54"/>
        <source>een idee mag geen stuurteken bevatten ({code} op plaats {position})</source>
        <translation>an idea cannot contain a control character ({code} at position {position})</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/ops/ideas.py" line="115"/>
        <source>idee {id} bestaat niet</source>
        <translation>idea {id} does not exist</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/ops/assignment.py" line="67"/>
        <source>er zijn geen straten om te verdelen</source>
        <translation>there are no streets to share out</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/ops/neighbourhood.py" line="25"/>
        <source>vul een naam voor de buurt in</source>
        <translation>fill in a name for the neighbourhood</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/domain/questions.py" line="42"/>
        <source>een vraag heeft een korte naam nodig (--short)</source>
        <translation>a question needs a short name (--short)</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/domain/questions.py" line="45"/>
        <source>korte naam &quot;{short}&quot;: 1 tot {most} kleine letters, cijfers of streepjes (bijvoorbeeld warmtescan)</source>
        <translation>short name &quot;{short}&quot;: 1 to {most} lower-case letters, digits or hyphens (for example warmtescan)</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/domain/questions.py" line="64"/>
        <source>een vraag mag niet leeg zijn</source>
        <translation>a question cannot be empty</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/domain/questions.py" line="67"/>
        <source>een vraag is hoogstens {most} tekens ({given} gegeven)</source>
        <translation>a question is at most {most} characters ({given} given)</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/domain/questions.py" line="72"/>
        <source>een vraag mag geen stuurtekens bevatten</source>
        <translation>a question cannot contain control characters</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/domain/questions.py" line="90"/>
        <source>een keuze mag niet leeg zijn (twee komma&apos;s achter elkaar?)</source>
        <translation>a choice cannot be empty (two commas in a row?)</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/domain/questions.py" line="96"/>
        <source>keuze &quot;{choice}&quot;: hoogstens {most} tekens, zonder komma of stuurteken</source>
        <translation>choice &quot;{choice}&quot;: at most {most} characters, without a comma or control character</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/domain/questions.py" line="104"/>
        <source>keuze &quot;{choice}&quot; staat er twee keer in</source>
        <translation>choice &quot;{choice}&quot; is given twice</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/domain/questions.py" line="108"/>
        <source>&quot;nee&quot; is altijd een antwoord; geef alleen de andere keuzes</source>
        <translation>&quot;nee&quot; (no) is always an answer; give only the other choices</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/domain/questions.py" line="115"/>
        <source>geef minstens twee keuzes, of geen (dan is het een ja/nee-vraag)</source>
        <translation>give at least two choices, or none (then it is a yes/no question)</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/domain/questions.py" line="121"/>
        <source>hoogstens {most} keuzes ({given} gegeven)</source>
        <translation>at most {most} choices ({given} given)</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/domain/questions.py" line="140"/>
        <source>antwoord &quot;{answer}&quot; past niet bij vraag {short}; kies uit: {values}</source>
        <translation>answer &quot;{answer}&quot; does not fit question {short}; choose from: {values}</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/domain/questions.py" line="154"/>
        <source>antwoord &quot;{answer}&quot;: schrijf KORTE-NAAM=ja, =nee of =KEUZE</source>
        <translation>answer &quot;{answer}&quot;: write SHORT-NAME=ja, =nee or =CHOICE</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/domain/questions.py" line="179"/>
        <source>vragen staan elk in een eigen [[question]]-blok</source>
        <translation>each question goes in its own [[question]] block</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/domain/questions.py" line="194"/>
        <source>een [[question]] heeft short, text en eventueel choices</source>
        <translation>a [[question]] has short, text and optionally choices</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/domain/questions.py" line="198"/>
        <source>short en text van een vraag zijn teksten</source>
        <translation>short and text of a question are texts</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/domain/questions.py" line="200"/>
        <source>choices van een vraag is een lijst teksten</source>
        <translation>choices of a question is a list of texts</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/domain/questions.py" line="204"/>
        <source>korte naam &quot;{short}&quot; bestaat al</source>
        <translation>short name &quot;{short}&quot; already exists</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/ops/questions.py" line="49"/>
        <source>er is nog geen project; begin er een met: buurtdesk project new</source>
        <translation>there is no project yet; start one with: buurtdesk project new</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/ops/questions.py" line="84"/>
        <source>vraag &quot;{short}&quot; bestaat al in dit project</source>
        <translation>question &quot;{short}&quot; already exists in this project</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/ops/questions.py" line="115"/>
        <source>onbekende vraag &quot;{short}&quot;; dit project heeft: {keys}</source>
        <translation>unknown question &quot;{short}&quot;; this project has: {keys}</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/ops/questions.py" line="169"/>
        <source>vraag {short} is twee keer beantwoord</source>
        <translation>question {short} is answered twice</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/ops/followup.py" line="34"/>
        <source>er is nog geen project</source>
        <translation>there is no project yet</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/ops/followup.py" line="64"/>
        <source>dit huishouden staat niet op de opvolglijst ({kind})</source>
        <translation>this household is not on the follow-up list ({kind})</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/domain/savings.py" line="102"/>
        <source>maatregelen staan elk in een [[measure]]-blok</source>
        <translation>measures each stand in a [[measure]] block of their own</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/domain/savings.py" line="116"/>
        <source>een [[measure]] heeft title, when, gas_m3 en kwh</source>
        <translation>a [[measure]] has title, when, gas_m3 and kwh</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/domain/savings.py" line="120"/>
        <source>title en when van een maatregel zijn teksten</source>
        <translation>a measure&apos;s title and when are texts</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/domain/savings.py" line="125"/>
        <source>maatregel &quot;{title}&quot;: &quot;{when}&quot; is geen antwoord op een vraag van dit plan</source>
        <translation>measure &quot;{title}&quot;: &quot;{when}&quot; is not an answer to a question of this plan</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/domain/savings.py" line="136"/>
        <source>maatregel &quot;{title}&quot;: {key} is een getal tussen -{limit} en {limit}</source>
        <translation>measure &quot;{title}&quot;: {key} is a number between -{limit} and {limit}</translation>
    </message>
</context>
<context>
    <name>GoalBar</name>
    <message>
        <location filename="../../buurtdesk/gui/progress_page.py" line="114"/>
        <source>initiatiefnemers %1</source>
        <translation>initiators %1</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/progress_page.py" line="115"/>
        <source>via de deurrondes %1</source>
        <translation>through the door rounds %1</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/progress_page.py" line="138"/>
        <source>doel %1 %</source>
        <translation>goal %1 %</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <location filename="../../buurtdesk/gui/guide.py" line="25"/>
        <source>Handleiding</source>
        <translation>Guide</translation>
    </message>
</context>
<context>
    <name>HouseholdPanel</name>
    <message>
        <location filename="../../buurtdesk/gui/household_panel.py" line="41"/>
        <source>Notitie over dit huishouden:</source>
        <translation>Note about this household:</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/household_panel.py" line="43"/>
        <source>bijv. hond, achterom, &apos;s avonds</source>
        <translation>e.g. dog, use the back door, evenings</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/household_panel.py" line="44"/>
        <source>Enter bewaart de notitie</source>
        <translation>Enter saves the note</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/household_panel.py" line="47"/>
        <source>Gegevens van dit huishouden…</source>
        <translation>This household&apos;s data…</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/household_panel.py" line="49"/>
        <source>Alles wat bewaard wordt laten zien, of wissen op verzoek van de bewoner</source>
        <translation>Show everything that is kept, or erase it at the resident&apos;s request</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/household_panel.py" line="66"/>
        <source>Geen huishouden gekozen</source>
        <translation>No household selected</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/household_panel.py" line="81"/>
        <source>Twee keer niet thuis: laat een deurkaart achter.</source>
        <translation>Not home twice: leave a door card.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/household_panel.py" line="86"/>
        <source>Niet bezoeken</source>
        <translation>Do not visit</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/household_panel.py" line="87"/>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/household_panel.py" line="88"/>
        <source>Bezoeken</source>
        <translation>Visits</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/household_panel.py" line="89"/>
        <source>Nog geen bezoeken</source>
        <translation>No visits yet</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/household_panel.py" line="90"/>
        <source>ongedaan gemaakt</source>
        <translation>undone</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/household_panel.py" line="100"/>
        <source>wil geen bezoek</source>
        <translation>does not want visits</translation>
    </message>
</context>
<context>
    <name>HouseholdPicker</name>
    <message>
        <location filename="../../buurtdesk/gui/household_picker.py" line="60"/>
        <source>Zoek een adres, bijv. Kerkweg 12</source>
        <translation>Find an address, e.g. Kerkweg 12</translation>
    </message>
</context>
<context>
    <name>HouseholdTableModel</name>
    <message>
        <location filename="../../buurtdesk/gui/household_model.py" line="201"/>
        <source>Adres</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/household_model.py" line="202"/>
        <source>Kant</source>
        <translation>Side</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/household_model.py" line="203"/>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/household_model.py" line="204"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/household_model.py" line="205"/>
        <source>Laatste bezoek</source>
        <translation>Last visit</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/household_model.py" line="206"/>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
    <message numerus="yes">
        <location filename="../../buurtdesk/gui/household_model.py" line="263"/>
        <source>%1  (%n adressen)</source>
        <translation>
            <numerusform>%1  (%n address)</numerusform>
            <numerusform>%1  (%n addresses)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/household_model.py" line="278"/>
        <location filename="../../buurtdesk/gui/household_model.py" line="288"/>
        <source>wil geen bezoek</source>
        <translation>does not want visits</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/household_model.py" line="279"/>
        <location filename="../../buurtdesk/gui/household_model.py" line="287"/>
        <source>Niet bezoeken: %1</source>
        <translation>Do not visit: %1</translation>
    </message>
</context>
<context>
    <name>IdeasPage</name>
    <message>
        <location filename="../../buurtdesk/gui/ideas_page.py" line="95"/>
        <location filename="../../buurtdesk/gui/ideas_page.py" line="209"/>
        <source>zonder thema</source>
        <translation>no theme</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/ideas_page.py" line="109"/>
        <source>Ideeën van bewoners</source>
        <translation>Residents&apos; ideas</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/ideas_page.py" line="117"/>
        <source>Wat bewoners aan de deur of op een bijeenkomst voorstellen, per thema en straat: het bewijs voor de keuze van het volgende project. Het verslag voor de gemeente telt ze per thema, zonder de ideeën zelf.</source>
        <translation>What residents suggest at the door or at a meeting, by theme and street: the evidence for choosing the next project. The report for the municipality counts them per theme, without the ideas themselves.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/ideas_page.py" line="128"/>
        <source>Wat stelde een bewoner voor?</source>
        <translation>What did a resident suggest?</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/ideas_page.py" line="133"/>
        <source>Bewaren</source>
        <translation>Save</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/ideas_page.py" line="135"/>
        <source>Idee</source>
        <translation>Idea</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/ideas_page.py" line="137"/>
        <source>Thema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/ideas_page.py" line="139"/>
        <source>Straat</source>
        <translation>Street</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/ideas_page.py" line="166"/>
        <source>Verwijderen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/ideas_page.py" line="201"/>
        <source>Per thema: %1</source>
        <translation>Per theme: %1</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/ideas_page.py" line="203"/>
        <source>Nog geen ideeën bewaard.</source>
        <translation>No ideas saved yet.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/ideas_page.py" line="214"/>
        <source>geen straat</source>
        <translation>no street</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/ideas_page.py" line="241"/>
        <source>Idee bewaard</source>
        <translation>Idea saved</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/ideas_page.py" line="242"/>
        <source>Idee bewaard.</source>
        <translation>Idea saved.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/ideas_page.py" line="253"/>
        <source>Idee verwijderd</source>
        <translation>Idea removed</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/ideas_page.py" line="254"/>
        <source>Idee verwijderd (Ctrl+Z zet het terug).</source>
        <translation>Idea removed (Ctrl+Z brings it back).</translation>
    </message>
</context>
<context>
    <name>IdeasTableModel</name>
    <message>
        <location filename="../../buurtdesk/gui/ideas_page.py" line="77"/>
        <source>Thema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/ideas_page.py" line="77"/>
        <source>Straat</source>
        <translation>Street</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/ideas_page.py" line="77"/>
        <source>Idee</source>
        <translation>Idea</translation>
    </message>
</context>
<context>
    <name>InitiatorsDialog</name>
    <message>
        <location filename="../../ui/forms/initiators_dialog.ui" line="12"/>
        <source>Initiatiefnemers</source>
        <translation>Initiators</translation>
    </message>
    <message>
        <location filename="../../ui/forms/initiators_dialog.ui" line="18"/>
        <source>Huishoudens die zich zelf meldden of naar de aftrap kwamen. Ze tellen mee voor het doel; de voortgang toont apart wat de deurrondes nog moeten brengen.</source>
        <translation>Households that came forward themselves or came to the kick-off. They count toward the goal; progress shows separately what the door rounds still have to bring.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/progress_dialogs.py" line="33"/>
        <source>Markeren →</source>
        <translation>Mark →</translation>
    </message>
    <message>
        <location filename="../../ui/forms/initiators_dialog.ui" line="45"/>
        <source>Markering weghalen</source>
        <translation>Remove mark</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/progress_dialogs.py" line="48"/>
        <source>%1 initiatiefnemers</source>
        <translation>%1 initiators</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="223"/>
        <source>Startpakket openen</source>
        <translation>Open start package</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="228"/>
        <source>Met een startpakket van de coördinator wordt deze laptop een laptop van de buurt. De buurt komt in een nieuw bestand, dat daarna opent.</source>
        <translation>With a start package from the coordinator this laptop becomes a laptop of the neighbourhood. The neighbourhood goes into a new file, which then opens.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="237"/>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="241"/>
        <source>Kiezen…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="247"/>
        <source>Startpakket:</source>
        <translation>Start package:</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="248"/>
        <source>Nieuw bestand:</source>
        <translation>New file:</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="254"/>
        <source>Teamcode:</source>
        <translation>Team code:</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="265"/>
        <source>Startpakket kiezen</source>
        <translation>Choose start package</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="276"/>
        <source>Nieuw buurtbestand</source>
        <translation>New neighbourhood file</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="278"/>
        <source>BuurtDesk-bestanden (*.buurtdesk)</source>
        <translation>BuurtDesk files (*.buurtdesk)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../buurtdesk/gui/main_window.py" line="156"/>
        <source>Deze pagina kon niet worden geopend: %1</source>
        <translation>This page could not be opened: %1</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/main_window.py" line="210"/>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/main_window.py" line="211"/>
        <source>&amp;Nieuwe buurt…</source>
        <translation>&amp;New neighbourhood…</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/main_window.py" line="213"/>
        <source>&amp;Openen…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/main_window.py" line="217"/>
        <source>Adressen &amp;inlezen…</source>
        <translation>&amp;Import addresses…</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/main_window.py" line="219"/>
        <source>&amp;Voorbeeldbuurt maken</source>
        <translation>Create &amp;demo neighbourhood</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/main_window.py" line="220"/>
        <source>&amp;Startpakket openen…</source>
        <translation>Open &amp;start package…</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/main_window.py" line="222"/>
        <source>&amp;Reservekopie terugzetten…</source>
        <translation>&amp;Restore a backup…</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/main_window.py" line="226"/>
        <source>&amp;Privacyverklaring opslaan…</source>
        <translation>Save &amp;privacy statement…</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/main_window.py" line="230"/>
        <source>Register van &amp;verwerkingen opslaan…</source>
        <translation>Save register of &amp;processing…</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/main_window.py" line="234"/>
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/main_window.py" line="237"/>
        <source>Be&amp;werken</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/main_window.py" line="238"/>
        <source>Ongedaan maken</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/main_window.py" line="240"/>
        <source>Opnieuw</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/main_window.py" line="246"/>
        <source>Straat &amp;toevoegen…</source>
        <translation>&amp;Add street…</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/main_window.py" line="248"/>
        <source>&amp;Looplijst invoeren</source>
        <translation>Enter &amp;walk list</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/main_window.py" line="252"/>
        <source>&amp;Zoeken</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/main_window.py" line="255"/>
        <source>&amp;Beeld</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/main_window.py" line="261"/>
        <source>&amp;Taal</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/main_window.py" line="272"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/main_window.py" line="273"/>
        <source>&amp;Handleiding</source>
        <translation>&amp;Guide</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/main_window.py" line="275"/>
        <source>&amp;Startassistent…</source>
        <translation>&amp;Getting started…</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/main_window.py" line="276"/>
        <source>&amp;Sneltoetsen</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/main_window.py" line="277"/>
        <source>&amp;Over BuurtDesk</source>
        <translation>&amp;About BuurtDesk</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/main_window.py" line="280"/>
        <source>Een verzonnen buurt om rond te kijken; alleen in een leeg bestand.</source>
        <translation>A made-up neighbourhood to look around in; only in an empty file.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/main_window.py" line="292"/>
        <source>bezig…</source>
        <translation>working…</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/main_window.py" line="317"/>
        <source>Sneltoetsen</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/main_window.py" line="319"/>
        <source>In de lijst met huishoudens:
1 niet thuis · 2 gesproken · 3 geïnteresseerd · 4 doet mee · 5 geen interesse · 6 niet bezoeken
N: notitie bij het volgende bezoek
Ctrl+Z ongedaan maken · Ctrl+Shift+Z opnieuw
Ctrl+L looplijst invoeren: één toets per deur (de uitkomst 1-6, spatie slaat een rij over, r12 Enter gaat naar rij 12)
Ctrl+F zoeken · Ctrl+1 … Ctrl+9 de pagina&apos;s · F1 de handleiding</source>
        <translation>In the list of households:
1 not home · 2 spoke · 3 interested · 4 takes part · 5 not interested · 6 do not visit
N: note for the next visit
Ctrl+Z undo · Ctrl+Shift+Z redo
Ctrl+L enter a walk list: one key a door (the outcome 1-6, Space skips a row, r12 Enter goes to row 12)
Ctrl+F search · Ctrl+1 … Ctrl+9 the pages · F1 the guide</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/main_window.py" line="335"/>
        <source>Over BuurtDesk</source>
        <translation>About BuurtDesk</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/main_window.py" line="337"/>
        <source>BuurtDesk %1
Voor buurtteams: huishoudens, bezoeken, team en plan, zonder internet.</source>
        <translation>BuurtDesk %1
For neighbourhood teams: households, visits, team and plan, without internet.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/main_window.py" line="347"/>
        <source>Nieuwe buurt</source>
        <translation>New neighbourhood</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/main_window.py" line="349"/>
        <source>BuurtDesk-bestanden (*.buurtdesk)</source>
        <translation>BuurtDesk files (*.buurtdesk)</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/main_window.py" line="359"/>
        <source>Buurt openen</source>
        <translation>Open neighbourhood</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/main_window.py" line="361"/>
        <source>BuurtDesk-bestanden (*.buurtdesk *.sqlite);;Alle bestanden (*)</source>
        <translation>BuurtDesk files (*.buurtdesk *.sqlite);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/job_progress.py" line="23"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/main_window.py" line="406"/>
        <source>Voorbeeldbuurt maken…</source>
        <translation>Creating the demo neighbourhood…</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/main_window.py" line="412"/>
        <source>Adressenbestand inlezen</source>
        <translation>Import address file</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/main_window.py" line="414"/>
        <source>Adressen (*.csv *.txt *.xlsx *.gpkg);;Alle bestanden (*)</source>
        <translation>Addresses (*.csv *.txt *.xlsx *.gpkg);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/main_window.py" line="423"/>
        <location filename="../../buurtdesk/gui/main_window.py" line="441"/>
        <source>Adressen inlezen…</source>
        <translation>Import addresses…</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/main_window.py" line="457"/>
        <source>%1: %2 toegevoegd, %3 bijgewerkt, %4 ongewijzigd</source>
        <translation>%1: %2 added, %3 updated, %4 unchanged</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/main_window.py" line="465"/>
        <source>; %1 anders geschreven, als bestaand huishouden genomen (%2)</source>
        <translation>; %1 written differently, taken as an existing household (%2)</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/main_window.py" line="470"/>
        <source>; doorlopend genummerd: %1</source>
        <translation>; numbered straight through: %1</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/main_window.py" line="475"/>
        <source>per laag: %1</source>
        <translation>per layer: %1</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/main_window.py" line="477"/>
        <source>niet gelezen: %1</source>
        <translation>not read: %1</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/main_window.py" line="481"/>
        <source>%1 geen woning</source>
        <translation>%1 not a dwelling</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/main_window.py" line="554"/>
        <source>BuurtDesk sluit zodra %1 klaar is…</source>
        <translation>BuurtDesk will close as soon as %1 has finished…</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/main_window.py" line="569"/>
        <source>BuurtDesk is nog bezig: %1.</source>
        <translation>BuurtDesk is still busy: %1.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/main_window.py" line="572"/>
        <source>Stoppen: er wordt niets van opgeslagen (is het opslaan al begonnen, dan gebeurt dat nog helemaal). Wachten: BuurtDesk sluit zodra het klaar is.</source>
        <translation>Stop: none of it is saved (if saving has already begun, it is completed in full). Wait: BuurtDesk closes as soon as it has finished.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/main_window.py" line="576"/>
        <source>Stoppen en sluiten</source>
        <translation>Stop and close</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/main_window.py" line="578"/>
        <source>Wachten en sluiten</source>
        <translation>Wait and close</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/main_window.py" line="580"/>
        <source>Niet sluiten</source>
        <translation>Don&apos;t close</translation>
    </message>
</context>
<context>
    <name>MapLegend</name>
    <message>
        <location filename="../../buurtdesk/gui/map_page.py" line="97"/>
        <source>Legenda</source>
        <translation>Legend</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/map_page.py" line="123"/>
        <source>één adres</source>
        <translation>one address</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/map_page.py" line="128"/>
        <source>meer adressen op één punt;
klik voor de lijst</source>
        <translation>several addresses at one point;
click for the list</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/map_page.py" line="133"/>
        <source>Straten zonder coördinaten staan
als strook: oneven nummers boven
de weg, even nummers eronder.</source>
        <translation>Streets without coordinates are drawn
as a strip: odd numbers above
the road, even numbers below.</translation>
    </message>
</context>
<context>
    <name>MapPage</name>
    <message>
        <location filename="../../buurtdesk/gui/map_page.py" line="200"/>
        <source>Hele buurt</source>
        <translation>Whole neighbourhood</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/map_page.py" line="197"/>
        <source>Inzoomen (Ctrl++ of het muiswiel)</source>
        <translation>Zoom in (Ctrl++ or the mouse wheel)</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/map_page.py" line="199"/>
        <source>Uitzoomen (Ctrl+-)</source>
        <translation>Zoom out (Ctrl+-)</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/map_page.py" line="201"/>
        <source>De hele buurt in beeld (Ctrl+0)</source>
        <translation>Show the whole neighbourhood (Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/map_page.py" line="216"/>
        <source>Sleep om te verschuiven · klik op een huis om het te kiezen</source>
        <translation>Drag to pan · click a house to select it</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/map_page.py" line="230"/>
        <source>Nog geen adressen om te tekenen.

Open de voorbeeldbuurt, importeer een adresbestand of voeg een straat toe
op de pagina Straten; dan verschijnt hier de kaart.</source>
        <translation>No addresses to draw yet.

Open the demo neighbourhood, import an address file or add a street
on the Streets page; then the map appears here.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/map_page.py" line="279"/>
        <source>De kaart wordt getekend…</source>
        <translation>Drawing the map…</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/map_page.py" line="280"/>
        <source>Kaart bijwerken…</source>
        <translation>Updating the map…</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/map_page.py" line="283"/>
        <source>Kaart tekenen</source>
        <translation>Drawing the map</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/map_page.py" line="303"/>
        <source>De kaart kon niet worden getekend:
%1</source>
        <translation>The map could not be drawn:
%1</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/map_page.py" line="327"/>
        <source>Kaart kleuren</source>
        <translation>Colouring the map</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/map_page.py" line="442"/>
        <source>Straten zonder coördinaten</source>
        <translation>Streets without coordinates</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/map_page.py" line="524"/>
        <source>%1 adressen op dit punt</source>
        <translation>%1 addresses at this point</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/map_page.py" line="541"/>
        <source>… en nog %1 (zie de lijst)</source>
        <translation>… and %1 more (see the list)</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/map_page.py" line="564"/>
        <source>1 adres</source>
        <translation>1 address</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/map_page.py" line="565"/>
        <source>%1 adressen</source>
        <translation>%1 addresses</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../../buurtdesk/gui/member_dialog.py" line="42"/>
        <source>Teamlid bewerken</source>
        <translation>Edit team member</translation>
    </message>
    <message>
        <location filename="../../ui/forms/member_dialog.ui" line="6"/>
        <source>Teamlid toevoegen</source>
        <translation>Add team member</translation>
    </message>
    <message>
        <location filename="../../ui/forms/member_dialog.ui" line="24"/>
        <source>Voornaam en achternaam</source>
        <translation>First and last name</translation>
    </message>
    <message>
        <location filename="../../ui/forms/member_dialog.ui" line="14"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../ui/forms/member_dialog.ui" line="31"/>
        <source>Rollen</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../../ui/forms/member_dialog.ui" line="41"/>
        <source>Heeft toestemming gegeven om telefoon en e-mail te bewaren</source>
        <translation>Has agreed to phone and e-mail being kept</translation>
    </message>
    <message>
        <location filename="../../ui/forms/member_dialog.ui" line="48"/>
        <source>Toestemming op</source>
        <translation>Consent on</translation>
    </message>
    <message>
        <location filename="../../ui/forms/member_dialog.ui" line="68"/>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../ui/forms/member_dialog.ui" line="81"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../ui/forms/member_dialog.ui" line="97"/>
        <source>Mag met naam genoemd worden in verslagen en brieven</source>
        <translation>May be named in reports and letters</translation>
    </message>
    <message>
        <location filename="../../ui/forms/member_dialog.ui" line="94"/>
        <source>Een eigen toestemming, los van die voor telefoon en e-mail. Zonder deze toestemming noemen verslag en brief alleen het aantal teamleden per rol.</source>
        <translation>A consent of its own, apart from the one for phone and e-mail. Without it, reports and letters only give the number of team members per role.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/member_dialog.ui" line="104"/>
        <source>Straten (verbinder)</source>
        <translation>Streets (connector)</translation>
    </message>
</context>
<context>
    <name>Months</name>
    <message>
        <location filename="../../buurtdesk/gui/plan_cards.py" line="58"/>
        <source>jan</source>
        <translation>Jan</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/plan_cards.py" line="59"/>
        <source>feb</source>
        <translation>Feb</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/plan_cards.py" line="60"/>
        <source>mrt</source>
        <translation>Mar</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/plan_cards.py" line="61"/>
        <source>apr</source>
        <translation>Apr</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/plan_cards.py" line="62"/>
        <source>mei</source>
        <translation>May</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/plan_cards.py" line="63"/>
        <source>jun</source>
        <translation>Jun</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/plan_cards.py" line="64"/>
        <source>jul</source>
        <translation>Jul</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/plan_cards.py" line="65"/>
        <source>aug</source>
        <translation>Aug</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/plan_cards.py" line="66"/>
        <source>sep</source>
        <translation>Sep</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/plan_cards.py" line="67"/>
        <source>okt</source>
        <translation>Oct</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/plan_cards.py" line="68"/>
        <source>nov</source>
        <translation>Nov</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/plan_cards.py" line="69"/>
        <source>dec</source>
        <translation>Dec</translation>
    </message>
</context>
<context>
    <name>NameStep</name>
    <message>
        <location filename="../../buurtdesk/gui/first_run.py" line="60"/>
        <source>Welkom bij BuurtDesk</source>
        <translation>Welcome to BuurtDesk</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/first_run.py" line="62"/>
        <source>In een paar stappen van niets naar looplijsten voor de verbinders. Elke stap kunt u overslaan en later in het venster doen.</source>
        <translation>In a few steps from nothing to walk lists for the connectors. You can skip every step and do it later in the window.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/first_run.py" line="68"/>
        <source>bijv. Rivierenbuurt</source>
        <translation>e.g. Rivierenbuurt</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/first_run.py" line="70"/>
        <source>bijv. Zutphen</source>
        <translation>e.g. Zutphen</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/first_run.py" line="72"/>
        <source>Naam van de buurt</source>
        <translation>Name of the neighbourhood</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/first_run.py" line="73"/>
        <source>Plaats</source>
        <translation>Place</translation>
    </message>
</context>
<context>
    <name>NewProjectDialog</name>
    <message>
        <location filename="../../buurtdesk/gui/plan_dialogs.py" line="355"/>
        <source>Nieuw project</source>
        <translation>New project</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/plan_dialogs.py" line="363"/>
        <source>%1 (niet beschikbaar)</source>
        <translation>%1 (not available)</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/plan_dialogs.py" line="382"/>
        <source> weken</source>
        <translation> weeks</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/plan_dialogs.py" line="391"/>
        <source>Thema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/plan_dialogs.py" line="393"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/plan_dialogs.py" line="394"/>
        <source>Duur</source>
        <translation>Length</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/plan_dialogs.py" line="395"/>
        <source>Doel: deelname</source>
        <translation>Goal: participation</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/plan_dialogs.py" line="396"/>
        <source>Kernboodschap</source>
        <translation>Key message</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/plan_dialogs.py" line="411"/>
        <source>Dit thema is niet beschikbaar: %1</source>
        <translation>This theme is not available: %1</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/plan_dialogs.py" line="421"/>
        <source>%1 taken in het stappenplan.</source>
        <translation>%1 tasks in the step plan.</translation>
    </message>
</context>
<context>
    <name>PackageDialog</name>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="179"/>
        <source>Startpakket maken</source>
        <translation>Make start package</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="183"/>
        <source>Een startpakket maakt van een nieuwe laptop een laptop van deze buurt. Voor een verbinder kan het alleen diens straten bevatten.</source>
        <translation>A start package makes a new laptop a laptop of this neighbourhood. For a connector it can hold only their streets.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="189"/>
        <source>De hele buurt</source>
        <translation>The whole neighbourhood</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="191"/>
        <source>Alleen de straten van verbinder:</source>
        <translation>Only the streets of connector:</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="198"/>
        <source>(geen verbinders in het team)</source>
        <translation>(no connectors in the team)</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../buurtdesk/gui/pages.py" line="81"/>
        <source>Straten</source>
        <translation>Streets</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/pages.py" line="82"/>
        <source>Kaart</source>
        <translation>Map</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/pages.py" line="83"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/pages.py" line="84"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/pages.py" line="85"/>
        <source>Voortgang</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/pages.py" line="86"/>
        <source>Afdrukken</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/pages.py" line="87"/>
        <source>Uitwisselen</source>
        <translation>Exchange</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/pages.py" line="88"/>
        <source>Ideeën</source>
        <translation>Ideas</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/pages.py" line="89"/>
        <source>Opvolgen</source>
        <translation>Follow-up</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../../buurtdesk/gui/plan_dialogs.py" line="49"/>
        <source>Deskundige</source>
        <translation>Expert</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/plan_dialogs.py" line="50"/>
        <source>Verbinder</source>
        <translation>Connector</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/plan_dialogs.py" line="51"/>
        <source>Ondernemer</source>
        <translation>Entrepreneur</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/plan_dialogs.py" line="54"/>
        <source>Taak</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/plan_dialogs.py" line="55"/>
        <source>Mijlpaal</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/plan_dialogs.py" line="56"/>
        <source>Deurronde</source>
        <translation>Door round</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/plan_dialogs.py" line="59"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/plan_dialogs.py" line="60"/>
        <source>Bezig</source>
        <translation>Busy</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/plan_dialogs.py" line="61"/>
        <source>Klaar</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/plan_dialogs.py" line="64"/>
        <source>Bijeenkomst</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/plan_dialogs.py" line="65"/>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/plan_dialogs.py" line="66"/>
        <source>Gezamenlijke inkoop</source>
        <translation>Collective purchase</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/plan_dialogs.py" line="67"/>
        <source>Anders</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/plan_page.py" line="81"/>
        <source>Nieuw project…</source>
        <translation>New project…</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/plan_page.py" line="82"/>
        <source>Taak toevoegen…</source>
        <translation>Add task…</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/plan_page.py" line="83"/>
        <source>Activiteit toevoegen…</source>
        <translation>Add activity…</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/plan_page.py" line="84"/>
        <source>Afsluiten…</source>
        <translation>Close…</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/plan_page.py" line="87"/>
        <source>Het project afsluiten als het voorbij is: de cijfers blijven, de gegevens per huishouden gaan weg</source>
        <translation>Close the project when it is over: the figures stay, the data per household goes</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/plan_page.py" line="167"/>
        <source>Nog geen project</source>
        <translation>No project yet</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/plan_page.py" line="169"/>
        <source>Begin een project op een thema; het thema brengt zijn stappenplan mee.</source>
        <translation>Start a project on a theme; the theme brings its step plan.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/plan_page.py" line="171"/>
        <source>Kies rechtsboven „Nieuw project…”.</source>
        <translation>Choose “New project…” at the top right.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/plan_page.py" line="180"/>
        <source>begint over %1 dagen</source>
        <translation>starts in %1 days</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/plan_page.py" line="184"/>
        <source>afgelopen</source>
        <translation>ended</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/plan_page.py" line="187"/>
        <source>week %1 van %2</source>
        <translation>week %1 of %2</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/plan_page.py" line="191"/>
        <source>doel %1 % deelname</source>
        <translation>goal %1 % participation</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/plan_page.py" line="261"/>
        <source>deze week</source>
        <translation>this week</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/plan_page.py" line="266"/>
        <source>Na afloop</source>
        <translation>Afterwards</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/plan_page.py" line="275"/>
        <source>Activiteiten</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/plan_page.py" line="320"/>
        <source>„%1” kan niet naar die plek: %2.</source>
        <translation>“%1” cannot go there: %2.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/plan_page.py" line="334"/>
        <source>Taak naar week %1</source>
        <translation>Task to week %1</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/plan_page.py" line="356"/>
        <source>Status van taak</source>
        <translation>Task status</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/plan_page.py" line="372"/>
        <source>Taak verwijderen</source>
        <translation>Delete task</translation>
    </message>
</context>
<context>
    <name>Print</name>
    <message>
        <location filename="../../buurtdesk/gui/print_dialog.py" line="55"/>
        <source>Looplijst</source>
        <translation>Walk list</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/print_dialog.py" line="56"/>
        <source>Deurkaarten</source>
        <translation>Door cards</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/print_dialog.py" line="57"/>
        <source>Buurtbrief of uitnodiging</source>
        <translation>Neighbourhood letter or invitation</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/print_dialog.py" line="58"/>
        <source>Verslag voor de gemeente</source>
        <translation>Report for the municipality</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/print_dialog.py" line="59"/>
        <source>Plan op één pagina</source>
        <translation>Plan on one page</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/print_dialog.py" line="65"/>
        <source>Voor aan de deur: per verbinder of straat, in looproute-volgorde, met rijnummers, vakjes om aan te kruisen en een voorblad met de kernboodschap.</source>
        <translation>For at the door: per connector or street, in walking order, with row numbers, boxes to tick and a cover page with the key message.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/print_dialog.py" line="70"/>
        <source>“Sorry, we hebben u gemist”: vier kaarten per A4 met snijtekens, eventueel met een QR-code naar een website of telefoonnummer.</source>
        <translation>“Sorry, we missed you”: four cards per A4 with crop marks, optionally with a QR code to a website or phone number.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/print_dialog.py" line="75"/>
        <source>Eén brief per huishouden, uit een sjabloon, met het adres op de plek van het venster van een vensterenvelop.</source>
        <translation>One letter per household, from a template, with the address where the window of a window envelope is.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/print_dialog.py" line="80"/>
        <source>Alleen cijfers en grafieken: deelname per straat en per week, team, mijlpalen en activiteiten. Geen adressen of namen van huishoudens.</source>
        <translation>Figures and charts only: participation per street and per week, team, milestones and activities. No addresses or names of households.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/print_dialog.py" line="85"/>
        <source>Het stappenplan week voor week op één A4 liggend, voor aan de keukentafel.</source>
        <translation>The step plan week by week on one landscape A4, for the kitchen table.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/print_dialog.py" line="264"/>
        <source>Kies een verbinder of minstens één straat.</source>
        <translation>Choose a connector or at least one street.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/print_dialog.py" line="322"/>
        <location filename="../../buurtdesk/gui/print_dialog.py" line="339"/>
        <source>PDF opslaan</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/print_dialog.py" line="324"/>
        <source>PDF-bestanden (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/print_dialog.py" line="340"/>
        <source>%1 bestaat al.
Wilt u het vervangen?</source>
        <translation>%1 already exists.
Do you want to replace it?</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/print_dialog.py" line="364"/>
        <source>Begin eerst een project; dan kunt u afdrukken.</source>
        <translation>Start a project first; then you can print.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/print_dialog.py" line="382"/>
        <source>%1 maken…</source>
        <translation>Creating %1…</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/print_dialog.py" line="383"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/print_dialog.py" line="407"/>
        <source>De PDF is opgeslagen als:
%1

Er is geen PDF-lezer gevonden om hem te openen; open hem vanuit die map.</source>
        <translation>The PDF was saved as:
%1

No PDF viewer was found to open it; open it from that folder.</translation>
    </message>
</context>
<context>
    <name>PrintCard</name>
    <message>
        <location filename="../../buurtdesk/gui/print_page.py" line="44"/>
        <source>Maken…</source>
        <translation>Create…</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <location filename="../../buurtdesk/gui/print_dialog.py" line="137"/>
        <source>%1 · %2 adressen</source>
        <translation>%1 · %2 addresses</translation>
    </message>
    <message>
        <location filename="../../ui/forms/print_dialog.ui" line="24"/>
        <source>De straten van verbinder</source>
        <translation>The connector&apos;s streets</translation>
    </message>
    <message>
        <location filename="../../ui/forms/print_dialog.ui" line="38"/>
        <source>Deze straten</source>
        <translation>These streets</translation>
    </message>
    <message>
        <location filename="../../ui/forms/print_dialog.ui" line="76"/>
        <source>Alleen wie twee keer niet thuis was</source>
        <translation>Only those not home twice</translation>
    </message>
    <message>
        <location filename="../../ui/forms/print_dialog.ui" line="110"/>
        <source> vel (4 kaarten per vel)</source>
        <translation> sheet (4 cards per sheet)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/print_dialog.ui" line="100"/>
        <source>Lege kaarten</source>
        <translation>Blank cards</translation>
    </message>
    <message>
        <location filename="../../ui/forms/print_dialog.ui" line="123"/>
        <source>Eén kaart per huishouden dat twee keer niet thuis was</source>
        <translation>One card per household that was not home twice</translation>
    </message>
    <message>
        <location filename="../../ui/forms/print_dialog.ui" line="86"/>
        <source>Alleen nog te doen</source>
        <translation>Only still to do</translation>
    </message>
    <message>
        <location filename="../../ui/forms/print_dialog.ui" line="83"/>
        <source>Alleen wie nog niet bezocht is, niet thuis was, gesproken is of geïnteresseerd is; niet wie meedoet, nee zei of geen bezoek wil.</source>
        <translation>Only who has not been visited yet, was not at home, was spoken to or is interested; not who takes part, said no or asked not to be visited.</translation>
    </message>
    <message>
        <location filename="../../ui/forms/print_dialog.ui" line="93"/>
        <source>Compact: één regel per deur, minder pagina&apos;s</source>
        <translation>Compact: one line a door, fewer pages</translation>
    </message>
    <message>
        <location filename="../../ui/forms/print_dialog.ui" line="141"/>
        <source>geen QR-code</source>
        <translation>no QR code</translation>
    </message>
    <message>
        <location filename="../../ui/forms/print_dialog.ui" line="146"/>
        <source>naar een website</source>
        <translation>to a website</translation>
    </message>
    <message>
        <location filename="../../ui/forms/print_dialog.ui" line="151"/>
        <source>belt een telefoonnummer</source>
        <translation>calls a phone number</translation>
    </message>
    <message>
        <location filename="../../ui/forms/print_dialog.ui" line="133"/>
        <source>QR-code</source>
        <translation>QR code</translation>
    </message>
    <message>
        <location filename="../../ui/forms/print_dialog.ui" line="159"/>
        <source>Link of nummer</source>
        <translation>Link or number</translation>
    </message>
    <message>
        <location filename="../../ui/forms/print_dialog.ui" line="48"/>
        <source>Sjabloon</source>
        <translation>Template</translation>
    </message>
    <message>
        <location filename="../../ui/forms/print_dialog.ui" line="59"/>
        <source>Straten (geen vinkje: alle straten)</source>
        <translation>Streets (none ticked: all streets)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/print_dialog.ui" line="170"/>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/print_dialog.py" line="189"/>
        <source>Opslaan als PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/print_dialog.py" line="192"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/print_dialog.py" line="216"/>
        <source>Kies een verbinder of minstens één straat.</source>
        <translation>Choose a connector or at least one street.</translation>
    </message>
</context>
<context>
    <name>PrintPage</name>
    <message>
        <location filename="../../buurtdesk/gui/print_page.py" line="69"/>
        <source>Afdrukken</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/print_page.py" line="98"/>
        <source>Begin eerst een project; daarna kunt u hier afdrukken.</source>
        <translation>Start a project first; then you can print here.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/print_page.py" line="102"/>
        <source>Alles wordt een PDF voor project “%1”. Na het opslaan opent hij in uw PDF-lezer.</source>
        <translation>Everything becomes a PDF for project “%1”. After saving it opens in your PDF reader.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/print_page.py" line="117"/>
        <source>Opgeslagen: %1 (%2 pagina&apos;s)</source>
        <translation>Saved: %1 (%2 pages)</translation>
    </message>
</context>
<context>
    <name>PrintStep</name>
    <message>
        <location filename="../../buurtdesk/gui/first_run_team.py" line="210"/>
        <source>De looplijsten</source>
        <translation>The walk lists</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/first_run_team.py" line="213"/>
        <source>Elke verbinder krijgt een looplijst van zijn of haar straten. Druk ze af en neem ze mee naar de deuren; typ de vinkjes daarna in met ‘Looplijst invoeren’.</source>
        <translation>Every connector gets a walk list of their streets. Print them and take them to the doors; afterwards type the ticks in with &apos;Enter walk list&apos;.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/first_run_team.py" line="217"/>
        <location filename="../../buurtdesk/gui/first_run_team.py" line="287"/>
        <source>Looplijsten maken…</source>
        <translation>Make walk lists…</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/first_run_team.py" line="221"/>
        <source>Map openen</source>
        <translation>Open folder</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/first_run_team.py" line="249"/>
        <source>Voor looplijsten zijn een project en verbinders met straten nodig; die kunt u ook later in het venster maken (Afdrukken).</source>
        <translation>Walk lists need a project and connectors with streets; you can also make them later in the window (Print).</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/first_run_team.py" line="254"/>
        <source>Looplijsten voor: %1</source>
        <translation>Walk lists for: %1</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/first_run_team.py" line="260"/>
        <source>Map voor de looplijsten</source>
        <translation>Folder for the walk lists</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/first_run_team.py" line="292"/>
        <source>%1 looplijsten gemaakt in %2:
%3</source>
        <translation>%1 walk lists made in %2:
%3</translation>
    </message>
</context>
<context>
    <name>Privacy</name>
    <message>
        <location filename="../../buurtdesk/gui/privacy_dialogs.py" line="48"/>
        <source>Bron van het adres</source>
        <translation>Source of the address</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/privacy_dialogs.py" line="49"/>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/privacy_dialogs.py" line="51"/>
        <source>Niet aanbellen</source>
        <translation>Do not call</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/privacy_dialogs.py" line="52"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/privacy_dialogs.py" line="54"/>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/privacy_dialogs.py" line="60"/>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/privacy_dialogs.py" line="63"/>
        <source>Toestemming</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/privacy_dialogs.py" line="68"/>
        <source>Gegevens gewist op verzoek</source>
        <translation>Data erased on request</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/privacy_dialogs.py" line="74"/>
        <source>Initiatiefnemer in</source>
        <translation>Initiator in</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/privacy_dialogs.py" line="79"/>
        <source>Aangemeld voor</source>
        <translation>Signed up for</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/privacy_dialogs.py" line="83"/>
        <source>Antwoord</source>
        <translation>Answer</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/privacy_dialogs.py" line="96"/>
        <source>Geen bezoeken bewaard</source>
        <translation>No visits kept</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/privacy_dialogs.py" line="107"/>
        <source>notitie verbeteren</source>
        <translation>correct note</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/privacy_dialogs.py" line="110"/>
        <source>ongedaan</source>
        <translation>undone</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/privacy_dialogs.py" line="127"/>
        <source>Gegevens van dit huishouden</source>
        <translation>This household&apos;s data</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/privacy_dialogs.py" line="130"/>
        <source>Dit is alles wat BuurtDesk over dit huishouden bewaart. Een bewoner mag dit inzien (AVG, inzagerecht) en laten wissen.</source>
        <translation>This is everything BuurtDesk keeps about this household. A resident may see it (GDPR, right of access) and have it erased.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/privacy_dialogs.py" line="142"/>
        <source>Wissen op verzoek…</source>
        <translation>Erase on request…</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/privacy_dialogs.py" line="147"/>
        <source>Contactgegevens…</source>
        <translation>Contact details…</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/privacy_dialogs.py" line="152"/>
        <source>Afdrukken…</source>
        <translation>Print…</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/privacy_dialogs.py" line="195"/>
        <source>inzage %1.pdf</source>
        <translation>access %1.pdf</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/privacy_dialogs.py" line="239"/>
        <source>Notitie verbeteren</source>
        <translation>Correct note</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/privacy_dialogs.py" line="242"/>
        <source>Bezoek van %1 (%2). De oude tekst verdwijnt helemaal uit het bestand en gaat ook op de andere laptops weg; ongedaan maken kan niet.</source>
        <translation>Visit of %1 (%2). The old text disappears from the file completely and also goes away on the other laptops; this cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/privacy_dialogs.py" line="313"/>
        <source>privacyverklaring.pdf</source>
        <translation>privacy statement.pdf</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/privacy_dialogs.py" line="327"/>
        <source>verwerkingsregister.pdf</source>
        <translation>register of processing.pdf</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/privacy_dialogs.py" line="337"/>
        <source>Opgeslagen: %1</source>
        <translation>Saved: %1</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/privacy_dialogs.py" line="352"/>
        <source>%1 bezoek(en), met uitkomst, verbinder en notitie</source>
        <translation>%1 visit(s), with outcome, connector and note</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/privacy_dialogs.py" line="357"/>
        <source>de notitie bij het adres</source>
        <translation>the note at the address</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/privacy_dialogs.py" line="359"/>
        <source>telefoon en e-mail van de bewoner</source>
        <translation>the resident&apos;s phone and e-mail</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/privacy_dialogs.py" line="362"/>
        <source>%1 keer initiatiefnemer</source>
        <translation>initiator %1 time(s)</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/privacy_dialogs.py" line="368"/>
        <source>%1 aanmelding(en) voor activiteiten</source>
        <translation>%1 sign-up(s) for activities</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/privacy_dialogs.py" line="377"/>
        <source>Gegevens wissen op verzoek</source>
        <translation>Erase data on request</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/privacy_dialogs.py" line="378"/>
        <source>De gegevens van %1 wissen?</source>
        <translation>Erase the data of %1?</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/privacy_dialogs.py" line="381"/>
        <source>Dit wordt gewist: %1. Het adres zelf blijft, op “niet aanbellen: op verzoek”. Het wissen gaat met het volgende uitwisselbestand mee naar de andere laptops; ongedaan maken kan niet.</source>
        <translation>This is erased: %1. The address itself stays, marked “do not visit: on request”. The erasure goes to the other laptops with the next exchange file; it cannot be undone.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/privacy_dialogs.py" line="373"/>
        <source>De bewoner mag later weer bezocht worden</source>
        <translation>The resident may be visited again later</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/privacy_dialogs.py" line="387"/>
        <source>Wissen</source>
        <translation>Erase</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/privacy_dialogs.py" line="411"/>
        <source>Contactgegevens van de bewoner</source>
        <translation>The resident&apos;s contact details</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/privacy_dialogs.py" line="415"/>
        <source>Alleen als de bewoner wil worden teruggebeld of gemaild, en daarmee instemt. Leeg laten haalt weg wat bewaard was.</source>
        <translation>Only when the resident wants to be called or e-mailed back, and consents to it. Leaving the fields empty removes what was kept.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/privacy_dialogs.py" line="436"/>
        <source>bijv. terugbellen over de warmtescan</source>
        <translation>e.g. call back about the heat scan</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/privacy_dialogs.py" line="438"/>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/privacy_dialogs.py" line="439"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/privacy_dialogs.py" line="440"/>
        <source>Toestemming gegeven op</source>
        <translation>Consent given on</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/privacy_dialogs.py" line="441"/>
        <source>Waarvoor</source>
        <translation>What for</translation>
    </message>
</context>
<context>
    <name>ProgressPage</name>
    <message>
        <location filename="../../buurtdesk/gui/progress_page.py" line="154"/>
        <source>Voortgang</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/progress_page.py" line="156"/>
        <source>Initiatiefnemers…</source>
        <translation>Initiators…</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/progress_page.py" line="169"/>
        <source>Bezocht</source>
        <translation>Visited</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/progress_page.py" line="170"/>
        <source>Geïnteresseerd</source>
        <translation>Interested</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/progress_page.py" line="171"/>
        <source>Doet mee</source>
        <translation>Takes part</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/progress_page.py" line="172"/>
        <source>Nog nodig voor het doel</source>
        <translation>Still needed for the goal</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/progress_page.py" line="173"/>
        <source>Tempo nodig</source>
        <translation>Pace needed</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/progress_page.py" line="183"/>
        <source>Straat</source>
        <translation>Street</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/progress_page.py" line="187"/>
        <source>Verbinder</source>
        <translation>Connector</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/progress_page.py" line="187"/>
        <source>(straten zonder verbinder)</source>
        <translation>(streets without a connector)</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/progress_page.py" line="197"/>
        <source>Per straat</source>
        <translation>Per street</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/progress_page.py" line="198"/>
        <source>Per verbinder</source>
        <translation>Per connector</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/progress_page.py" line="224"/>
        <source>Week voor week</source>
        <translation>Week by week</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/progress_page.py" line="311"/>
        <source>Nog geen project: begin er een op de pagina Plan.</source>
        <translation>No project yet: start one on the Plan page.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/progress_page.py" line="321"/>
        <source>begint op %1</source>
        <translation>starts on %1</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/progress_page.py" line="323"/>
        <source>afgelopen</source>
        <translation>ended</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/progress_page.py" line="326"/>
        <source>week %1 van %2, nog %3 weken</source>
        <translation>week %1 of %2, %3 weeks left</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/progress_page.py" line="333"/>
        <source>doel %1 % = %2 van %3 huishoudens</source>
        <translation>goal %1 % = %2 of %3 households</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/progress_page.py" line="338"/>
        <source>%1 % van alle huishoudens</source>
        <translation>%1 % of all households</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/progress_page.py" line="347"/>
        <source>%1 %, incl. %2 initiatiefnemers</source>
        <translation>%1 %, incl. %2 initiators</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/progress_page.py" line="352"/>
        <source>Het doel is gehaald!</source>
        <translation>The goal has been reached!</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/progress_page.py" line="356"/>
        <source>deelnemers om %1 % te halen</source>
        <translation>participants to reach %1 %</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/progress_page.py" line="360"/>
        <source>niets meer nodig</source>
        <translation>nothing more needed</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/progress_page.py" line="362"/>
        <source>het project is voorbij</source>
        <translation>the project is over</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/progress_page.py" line="367"/>
        <source>deelnemers per week; %1 deuren per week</source>
        <translation>participants per week; %1 doors per week</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/progress_page.py" line="373"/>
        <source>Initiatiefnemers: %1 (%2 %). Daarmee moeten de deurrondes nog %3 van de %4 deelnemers van het doel brengen; ze brachten er tot nu toe %5.</source>
        <translation>Initiators: %1 (%2 %). So the door rounds still have to bring %3 of the %4 participants of the goal; so far they brought %5.</translation>
    </message>
</context>
<context>
    <name>ProjectStep</name>
    <message>
        <location filename="../../buurtdesk/gui/first_run.py" line="171"/>
        <source>Het project</source>
        <translation>The project</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/first_run.py" line="173"/>
        <source>Kies het thema: het brengt een stappenplan van tien weken en een kernboodschap mee. Het doel is het deel van de huishoudens dat meedoet.</source>
        <translation>Choose the theme: it brings a ten-week step plan and a key message. The goal is the share of households taking part.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/first_run.py" line="192"/>
        <source>Thema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/first_run.py" line="193"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/first_run.py" line="194"/>
        <source>Doel: deelname</source>
        <translation>Goal: taking part</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/first_run.py" line="203"/>
        <source>Deze buurt heeft al een project: %1. Volgende begint een nieuw project.</source>
        <translation>This neighbourhood already has a project: %1. Next starts a new project.</translation>
    </message>
</context>
<context>
    <name>QuestionsPanel</name>
    <message>
        <location filename="../../buurtdesk/gui/questions_panel.py" line="46"/>
        <source>Deurvragen</source>
        <translation>Door questions</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/questions_panel.py" line="52"/>
        <source>Wat verbinders aan de deur vragen naast de uitkomst; elke vraag krijgt een kolom op de looplijst.</source>
        <translation>What connectors ask at the door besides the outcome; each question gets a column on the walk list.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/questions_panel.py" line="61"/>
        <source>Korte naam</source>
        <translation>Short name</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/questions_panel.py" line="61"/>
        <source>Vraag</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/questions_panel.py" line="61"/>
        <source>Antwoorden</source>
        <translation>Answers</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/questions_panel.py" line="74"/>
        <source>korte naam, bijv. warmtescan</source>
        <translation>short name, e.g. warmtescan</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/questions_panel.py" line="78"/>
        <source>De vraag, zoals u hem aan de deur stelt</source>
        <translation>The question, as you ask it at the door</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/questions_panel.py" line="81"/>
        <source>keuzes met komma&apos;s (leeg: ja/nee)</source>
        <translation>choices with commas (empty: yes/no)</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/questions_panel.py" line="83"/>
        <source>Vraag toevoegen</source>
        <translation>Add question</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/questions_panel.py" line="85"/>
        <source>Verwijderen</source>
        <translation>Remove</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/questions_panel.py" line="142"/>
        <source>Vraag %1 toegevoegd</source>
        <translation>Question %1 added</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/questions_panel.py" line="143"/>
        <source>Vraag toegevoegd.</source>
        <translation>Question added.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/questions_panel.py" line="155"/>
        <source>Vraag %1 verwijderd</source>
        <translation>Question %1 removed</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/questions_panel.py" line="158"/>
        <source>Vraag verborgen: de antwoorden blijven meetellen (Ctrl+Z zet hem terug).</source>
        <translation>Question hidden: its answers keep counting (Ctrl+Z brings it back).</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/questions_panel.py" line="162"/>
        <source>Vraag verwijderd (Ctrl+Z zet hem terug).</source>
        <translation>Question removed (Ctrl+Z brings it back).</translation>
    </message>
</context>
<context>
    <name>QuestionsTable</name>
    <message>
        <location filename="../../buurtdesk/gui/questions_table.py" line="31"/>
        <source>Deurvragen</source>
        <translation>Door questions</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/questions_table.py" line="38"/>
        <source>Vraag</source>
        <translation>Question</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/questions_table.py" line="38"/>
        <source>Beantwoord</source>
        <translation>Answered</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/questions_table.py" line="38"/>
        <source>Antwoorden</source>
        <translation>Answers</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/questions_table.py" line="57"/>
        <source>(verborgen)</source>
        <translation>(hidden)</translation>
    </message>
</context>
<context>
    <name>ReentryBar</name>
    <message>
        <location filename="../../buurtdesk/gui/reentry.py" line="150"/>
        <source>Lijstcode (rechtsboven op de looplijst):</source>
        <translation>List code (top right of the walk list):</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/reentry.py" line="152"/>
        <source>bijv. LL-1128-293A, dan Enter</source>
        <translation>e.g. LL-1128-293A, then Enter</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/reentry.py" line="157"/>
        <source>Zonder code: de lijst op het scherm</source>
        <translation>Without a code: the list on screen</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/reentry.py" line="159"/>
        <source>Kies links dezelfde straten of verbinder als op het papier</source>
        <translation>Choose the same streets or connector on the left as on the paper</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/reentry.py" line="189"/>
        <source>Wie liep deze lijst?</source>
        <translation>Who walked this list?</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/reentry.py" line="192"/>
        <source>kies de verbinder</source>
        <translation>choose the connector</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/reentry.py" line="198"/>
        <source>Andere lijst</source>
        <translation>Other list</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/reentry.py" line="206"/>
        <source>uitkomst 1-6 · spatie: overslaan · r12 Enter: naar rij 12</source>
        <translation>outcome 1-6 · Space: skip · r12 Enter: to row 12</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/reentry.py" line="218"/>
        <source>r12 3 tekst: rij 12 met een opmerking, dan Enter</source>
        <translation>r12 3 text: row 12 with a note, then Enter</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/reentry.py" line="273"/>
        <source>%1 is geen uitkomst: de vakjes zijn 1 tot 6</source>
        <translation>%1 is not an outcome: the boxes are 1 to 6</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/reentry.py" line="287"/>
        <source>Typ een uitkomst 1-6, of r, een rijnummer en een uitkomst: r12 3</source>
        <translation>Type an outcome 1-6, or r, a row number and an outcome: r12 3</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/reentry.py" line="235"/>
        <source>Typ de lijstcode van het papier: dan zijn de rijen precies die van de lijst.</source>
        <translation>Type the list code from the paper: then the rows are exactly those of the list.</translation>
    </message>
</context>
<context>
    <name>ReentryMode</name>
    <message>
        <location filename="../../buurtdesk/gui/reentry_mode.py" line="111"/>
        <source>“%1” is geen lijstcode: die staat rechtsboven op elke bladzijde, bijv. LL-1128-293A</source>
        <translation>“%1” is not a list code: it is at the top right of every page, e.g. LL-1128-293A</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/reentry_mode.py" line="120"/>
        <source>Geen looplijst met code %1. Klopt de code? Een lijst die niet met BuurtDesk is gedrukt: kies links de straten of verbinder en dan ‘Zonder code’.</source>
        <translation>No walk list with code %1. Is the code right? For a list not printed with BuurtDesk: choose the streets or connector on the left, then ‘Without a code’.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/reentry_mode.py" line="130"/>
        <source>Even geduld: de lijst wordt nog geladen.</source>
        <translation>One moment: the list is still loading.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/reentry_mode.py" line="134"/>
        <source>Er staan geen huishoudens op het scherm.</source>
        <translation>There are no households on screen.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/reentry_mode.py" line="160"/>
        <source>Rijen 1 tot %1, lijstcode %2.</source>
        <translation>Rows 1 to %1, list code %2.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/reentry_mode.py" line="165"/>
        <source>%1 adressen van deze lijst bestaan niet meer.</source>
        <translation>%1 addresses of this list no longer exist.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/reentry_mode.py" line="170"/>
        <source>Deze lijst is voor straten gedrukt (%1), niet voor een verbinder: kies wie hem liep.</source>
        <translation>This list was printed for streets (%1), not for a connector: choose who walked it.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/reentry_mode.py" line="172"/>
        <source>de keuze op het scherm</source>
        <translation>the choice on screen</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/reentry_mode.py" line="177"/>
        <source>verbinder?</source>
        <translation>connector?</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/reentry_mode.py" line="178"/>
        <source>Looplijst %1 · %2</source>
        <translation>Walk list %1 · %2</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/reentry_mode.py" line="191"/>
        <source>De bezoeken van deze lijst komen op naam van %1.</source>
        <translation>The visits of this list are credited to %1.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/reentry_mode.py" line="205"/>
        <source>Einde van de lijst</source>
        <translation>End of the list</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/reentry_mode.py" line="214"/>
        <source>adres bestaat niet meer</source>
        <translation>address no longer exists</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/reentry_mode.py" line="216"/>
        <source>Rij %1: %2</source>
        <translation>Row %1: %2</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/reentry_mode.py" line="238"/>
        <source>Naar rij %1.</source>
        <translation>To row %1.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/reentry_mode.py" line="246"/>
        <source>Dit was de laatste rij. Met r en een rijnummer gaat u terug, bijv. r12</source>
        <translation>That was the last row. Type r and a row number to go back, e.g. r12</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/reentry_mode.py" line="259"/>
        <source>Kies eerst wie deze lijst liep.</source>
        <translation>First choose who walked this list.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/reentry_mode.py" line="263"/>
        <source>Even geduld: de lijst wordt nog geladen. Druk zo opnieuw op Enter.</source>
        <translation>One moment: the list is still loading. Press Enter again shortly.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/reentry_mode.py" line="232"/>
        <location filename="../../buurtdesk/gui/reentry_mode.py" line="269"/>
        <source>Rij %1 staat niet op deze lijst (1 tot %2)</source>
        <translation>Row %1 is not on this list (1 to %2)</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/reentry_mode.py" line="278"/>
        <source>Het adres van rij %1 bestaat niet meer</source>
        <translation>The address of row %1 no longer exists</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/reentry_mode.py" line="287"/>
        <source>Rij %1 (%2) niet opgeslagen. %3</source>
        <translation>Row %1 (%2) not saved. %3</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/reentry_mode.py" line="297"/>
        <source>Rij %1: %2 — %3 (%4)</source>
        <translation>Row %1: %2 — %3 (%4)</translation>
    </message>
</context>
<context>
    <name>RoleColumn</name>
    <message>
        <location filename="../../buurtdesk/gui/team_page.py" line="205"/>
        <source>Sleep een naam naar een rol.</source>
        <translation>Drag a name onto a role.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/team_page.py" line="206"/>
        <source>De startmotor: kennis van het onderwerp.</source>
        <translation>The starter motor: knowledge of the subject.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/team_page.py" line="207"/>
        <source>Gaat langs de deur met een duidelijke boodschap.</source>
        <translation>Goes from door to door with a clear message.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/team_page.py" line="208"/>
        <source>Neemt beslissingen en houdt vaart.</source>
        <translation>Takes decisions and keeps up the pace.</translation>
    </message>
</context>
<context>
    <name>Side</name>
    <message>
        <location filename="../../buurtdesk/gui/texts.py" line="55"/>
        <source>oneven</source>
        <translation>odd</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/texts.py" line="56"/>
        <source>even</source>
        <translation>even</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/texts.py" line="57"/>
        <source>doorlopend</source>
        <translation>straight through</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../buurtdesk/gui/texts.py" line="28"/>
        <source>nog niet bezocht</source>
        <translation>not visited yet</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/texts.py" line="29"/>
        <source>niet thuis</source>
        <translation>not home</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/texts.py" line="30"/>
        <source>gesproken</source>
        <translation>spoke</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/texts.py" line="31"/>
        <source>geïnteresseerd</source>
        <translation>interested</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/texts.py" line="32"/>
        <source>doet mee</source>
        <translation>takes part</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/texts.py" line="33"/>
        <source>geen interesse</source>
        <translation>not interested</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/texts.py" line="34"/>
        <source>niet bezoeken</source>
        <translation>do not visit</translation>
    </message>
</context>
<context>
    <name>StreetPage</name>
    <message>
        <location filename="../../buurtdesk/gui/street_page.py" line="171"/>
        <source>Zoek straat, huisnummer of postcode</source>
        <translation>Search street, house number or postcode</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/street_page.py" line="179"/>
        <source>Alle statussen</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/street_page.py" line="191"/>
        <source>Looproute</source>
        <translation>Walking order</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/street_page.py" line="192"/>
        <source>Op status</source>
        <translation>By status</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/street_page.py" line="193"/>
        <source>Volgorde van de huishoudens</source>
        <translation>Order of the households</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/street_page.py" line="196"/>
        <source>Looplijst invoeren</source>
        <translation>Enter walk list</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/street_page.py" line="200"/>
        <source>Typ de lijstcode van de looplijst, dan per rij het rijnummer en de uitkomst, bijv. 12 3 Enter</source>
        <translation>Type the code of the walk list, then for each row the row number and the outcome, e.g. 12 3 Enter</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/street_page.py" line="335"/>
        <source>Straten tellen</source>
        <translation>Counting streets</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/street_page.py" line="388"/>
        <source>Huishoudens zoeken</source>
        <translation>Finding households</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/street_page.py" line="395"/>
        <source>Fout bij lezen: %1</source>
        <translation>Error while reading: %1</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/street_page.py" line="450"/>
        <source>%1 huishoudens in beeld</source>
        <translation>%1 households shown</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/street_page.py" line="488"/>
        <source>Straten toegewezen</source>
        <translation>Streets assigned</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/street_page.py" line="488"/>
        <source>Toewijzing weggehaald</source>
        <translation>Assignment removed</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/street_page.py" line="496"/>
        <source>Straten toewijzen</source>
        <translation>Assign streets</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/checkoff_actions.py" line="196"/>
        <source>Niet opgeslagen: %1 staat op niet aanbellen</source>
        <translation>Not saved: %1 is marked do-not-call</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/checkoff_actions.py" line="166"/>
        <source>%1: %2 opgeslagen. Let op: dit adres staat op niet aanbellen; de markering blijft (Ctrl+Z maakt ongedaan)</source>
        <translation>%1: %2 saved. Note: this address asked not to be visited; the mark stays (Ctrl+Z undoes)</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/checkoff_actions.py" line="177"/>
        <source>%1: %2 opgeslagen · Ctrl+Z maakt ongedaan</source>
        <translation>%1: %2 saved · Ctrl+Z undoes</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/checkoff_actions.py" line="317"/>
        <source>Ongedaan gemaakt: %1</source>
        <translation>Undone: %1</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/checkoff_actions.py" line="323"/>
        <source>Opnieuw gedaan: %1</source>
        <translation>Redone: %1</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/checkoff_actions.py" line="187"/>
        <source>%1 was twee keer niet thuis: laat een deurkaart achter.</source>
        <translation>%1 was not home twice: leave a door card.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/street_page.py" line="453"/>
        <source>%1 van %2 bezocht, %3 doen mee (%4%, incl. %5 initiatiefnemers)</source>
        <translation>%1 of %2 visited, %3 taking part (%4%, incl. %5 initiators)</translation>
    </message>
</context>
<context>
    <name>StreetTableModel</name>
    <message>
        <location filename="../../buurtdesk/gui/street_model.py" line="111"/>
        <source>Straat</source>
        <translation>Street</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/street_model.py" line="111"/>
        <source>Adressen</source>
        <translation>Addresses</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/street_model.py" line="111"/>
        <source>Voortgang</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/street_model.py" line="128"/>
        <source>Alle straten</source>
        <translation>All streets</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/street_model.py" line="148"/>
        <source>%1 adressen, %2 bezocht, %3 doen mee (incl. %4 initiatiefnemers)</source>
        <translation>%1 addresses, %2 visited, %3 taking part (incl. %4 initiators)</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/street_model.py" line="152"/>
        <source>Verbinder: %1</source>
        <translation>Connector: %1</translation>
    </message>
</context>
<context>
    <name>StreetsPanel</name>
    <message>
        <location filename="../../buurtdesk/gui/streets_panel.py" line="53"/>
        <source>Toon de straten van één verbinder</source>
        <translation>Show one connector&apos;s streets</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/streets_panel.py" line="82"/>
        <source>Straat toevoegen…</source>
        <translation>Add street…</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/streets_panel.py" line="86"/>
        <source>Toewijzen</source>
        <translation>Assign</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/streets_panel.py" line="88"/>
        <source>Wijs de gekozen straten toe aan een verbinder (meerdere straten: Ctrl+klik)</source>
        <translation>Assign the chosen streets to a connector (several streets: Ctrl+click)</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/streets_panel.py" line="120"/>
        <source>Alle verbinders</source>
        <translation>All connectors</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/streets_panel.py" line="203"/>
        <source>Doorlopend genummerd (1, 2, 3 … langs één kant)</source>
        <translation>Numbered straight through (1, 2, 3 … along one side)</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/streets_panel.py" line="207"/>
        <source>Uit: eerst de oneven kant, dan de even kant. Aan: in nummervolgorde.</source>
        <translation>Off: the odd side first, then the even side. On: in number order.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/streets_panel.py" line="228"/>
        <source>Doorlopend genummerd: %1</source>
        <translation>Numbered straight through: %1</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/streets_panel.py" line="230"/>
        <source>Oneven/even genummerd: %1</source>
        <translation>Numbered odd/even: %1</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/streets_panel.py" line="260"/>
        <source>Kies eerst een of meer straten</source>
        <translation>First choose one or more streets</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/streets_panel.py" line="264"/>
        <source>Nog geen verbinders (geef iemand de rol verbinder onder Team)</source>
        <translation>No connectors yet (give someone the connector role under Team)</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/streets_panel.py" line="267"/>
        <source>Toewijzen aan %1</source>
        <translation>Assign to %1</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/streets_panel.py" line="272"/>
        <source>Toewijzing weghalen</source>
        <translation>Remove assignment</translation>
    </message>
</context>
<context>
    <name>StreetsStep</name>
    <message>
        <location filename="../../buurtdesk/gui/first_run_team.py" line="125"/>
        <source>Straten per verbinder</source>
        <translation>Streets per connector</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/first_run_team.py" line="127"/>
        <source>Een voorstel: elke straat bij één verbinder (een gezicht dat de straat kent), de deuren zo eerlijk mogelijk verdeeld. Pas het aan waar u het beter weet.</source>
        <translation>A proposal: every street with one connector (a face the street knows), the doors shared as fairly as possible. Change it where you know better.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/first_run_team.py" line="132"/>
        <source>Straat</source>
        <translation>Street</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/first_run_team.py" line="132"/>
        <source>Deuren</source>
        <translation>Doors</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/first_run_team.py" line="133"/>
        <source>Verbinder</source>
        <translation>Connector</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/first_run_team.py" line="157"/>
        <source>(niemand)</source>
        <translation>(nobody)</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/first_run_team.py" line="180"/>
        <source>Er is nog geen verbinder: voeg ze toe in de vorige stap of later.</source>
        <translation>There is no connector yet: add them in the previous step or later.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/first_run_team.py" line="189"/>
        <source>Deuren per verbinder: %1</source>
        <translation>Doors per connector: %1</translation>
    </message>
</context>
<context>
    <name>TallyTableModel</name>
    <message>
        <location filename="../../buurtdesk/gui/progress_table.py" line="166"/>
        <source>Doet mee: de initiatiefnemers en de huishoudens die bij hun laatste bezoek “doet mee” zeiden, elk huishouden één keer</source>
        <translation>Taking part: the initiators and the households whose latest visit said “takes part”, each household once</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/progress_table.py" line="173"/>
        <source>Huishoudens</source>
        <translation>Households</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/progress_table.py" line="174"/>
        <source>Bezocht</source>
        <translation>Visited</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/progress_table.py" line="176"/>
        <source>Interesse</source>
        <translation>Interest</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/progress_table.py" line="177"/>
        <source>Doet mee</source>
        <translation>Takes part</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/progress_table.py" line="129"/>
        <source>(onbekend)</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/progress_table.py" line="197"/>
        <source>doet mee (incl. %1 initiatiefnemers)</source>
        <translation>taking part (incl. %1 initiators)</translation>
    </message>
</context>
<context>
    <name>TaskCard</name>
    <message>
        <location filename="../../buurtdesk/gui/plan_cards.py" line="102"/>
        <source>Mijlpaal</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/plan_cards.py" line="107"/>
        <source>Deurronde: %1 bezoeken deze week</source>
        <translation>Door round: %1 visits this week</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/plan_cards.py" line="131"/>
        <source>te laat</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/plan_cards.py" line="172"/>
        <source>Toewijzen aan</source>
        <translation>Assign to</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/plan_cards.py" line="173"/>
        <source>(niemand)</source>
        <translation>(nobody)</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/plan_cards.py" line="181"/>
        <source>Bewerken…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/plan_cards.py" line="182"/>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <location filename="../../buurtdesk/gui/plan_dialogs.py" line="119"/>
        <source>Taak bewerken</source>
        <translation>Edit task</translation>
    </message>
    <message>
        <location filename="../../ui/forms/task_dialog.ui" line="12"/>
        <source>Taak toevoegen</source>
        <translation>Add task</translation>
    </message>
    <message>
        <location filename="../../ui/forms/task_dialog.ui" line="55"/>
        <source>Waarom deze stap ertoe doet</source>
        <translation>Why this step matters</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/plan_dialogs.py" line="135"/>
        <source>(nog niemand)</source>
        <translation>(nobody yet)</translation>
    </message>
    <message>
        <location filename="../../ui/forms/task_dialog.ui" line="20"/>
        <source>Taak</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../ui/forms/task_dialog.ui" line="33"/>
        <source>Waarom</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../../ui/forms/task_dialog.ui" line="62"/>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <location filename="../../ui/forms/task_dialog.ui" line="79"/>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../ui/forms/task_dialog.ui" line="92"/>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../ui/forms/task_dialog.ui" line="105"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../ui/forms/task_dialog.ui" line="118"/>
        <source>Wie doet het</source>
        <translation>Who does it</translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <location filename="../../buurtdesk/gui/member_dialog.py" line="20"/>
        <source>Nog geen rol</source>
        <translation>No role yet</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/member_dialog.py" line="21"/>
        <source>Deskundige</source>
        <translation>Expert</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/member_dialog.py" line="22"/>
        <source>Verbinder</source>
        <translation>Connector</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/member_dialog.py" line="23"/>
        <source>Ondernemer</source>
        <translation>Entrepreneur</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/team_page.py" line="222"/>
        <location filename="../../buurtdesk/gui/team_page.py" line="412"/>
        <source>Het team</source>
        <translation>The team</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/team_page.py" line="224"/>
        <source>Teamlid toevoegen…</source>
        <translation>Add team member…</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/team_page.py" line="225"/>
        <source>Bewerken…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/team_page.py" line="226"/>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/team_page.py" line="234"/>
        <source> deuren per week</source>
        <translation> doors per week</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/team_page.py" line="236"/>
        <source>Hoeveel deuren één verbinder per week kan bezoeken; het bord rekent ermee.</source>
        <translation>How many doors one connector can visit per week; the board counts with it.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/team_page.py" line="239"/>
        <source>Tempo per verbinder:</source>
        <translation>Pace per connector:</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/team_page.py" line="252"/>
        <source>bijv. Buurtteam Lindekwartier · 06 1234 5678</source>
        <translation>e.g. Buurtteam Lindekwartier · 06 1234 5678</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/team_page.py" line="254"/>
        <source>Hoe bewoners het team bereiken; staat op de brieven en de deurkaarten.</source>
        <translation>How residents reach the team; printed on the letters and door cards.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/team_page.py" line="256"/>
        <source>Contact opslaan</source>
        <translation>Save contact</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/team_page.py" line="262"/>
        <source>Contact voor bewoners:</source>
        <translation>Contact for residents:</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/team_page.py" line="281"/>
        <source>Sleep een naam naar een andere kolom om de rol te wisselen; houd Ctrl ingedrukt om de rol erbij te geven. Dubbelklik om een teamlid te bewerken.</source>
        <translation>Drag a name to another column to change the role; hold Ctrl to add the role. Double-click to edit a team member.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/team_page.py" line="339"/>
        <source>Het team heeft 1 lid; een team heeft er minstens drie nodig, liefst vijf.</source>
        <translation>The team has 1 member; a team needs at least three, preferably five.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/team_page.py" line="342"/>
        <source>Het team heeft %1 leden; een team heeft er minstens drie nodig, liefst vijf.</source>
        <translation>The team has %1 members; a team needs at least three, preferably five.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/team_page.py" line="346"/>
        <source>zonder deskundige mist het team de startmotor en de inhoud.</source>
        <translation>without an expert the team lacks its starter motor and the content.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/team_page.py" line="347"/>
        <source>zonder verbinder gaat niemand langs de deur.</source>
        <translation>without a connector nobody goes to the doors.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/team_page.py" line="349"/>
        <source>zonder ondernemer neemt niemand beslissingen en verliest het project vaart.</source>
        <translation>without an entrepreneur nobody takes decisions and the project loses pace.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/team_page.py" line="353"/>
        <source>Niemand is %1: %2</source>
        <translation>Nobody is %1: %2</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/team_page.py" line="359"/>
        <source>Er zijn nog %1 deuren te bezoeken, maar het project is voorbij.</source>
        <translation>There are still %1 doors to visit, but the project is over.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/team_page.py" line="363"/>
        <source>%1 deuren liggen in straten zonder verbinder; wijs die straten aan een verbinder toe.</source>
        <translation>%1 doors are in streets without a connector; assign those streets to a connector.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/team_page.py" line="368"/>
        <source>%1 heeft nog %2 deuren, maar haalt er in de resterende weken %3 (%4 per week); verdeel de straten of zoek een extra verbinder.</source>
        <translation>%1 still has %2 doors, but can do %3 in the weeks left (%4 per week); share out the streets or find another connector.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/team_page.py" line="379"/>
        <source>✔ Het team is compleet: alle rollen zijn bezet.</source>
        <translation>✔ The team is complete: every role is filled.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/team_page.py" line="384"/>
        <source>Wat het team nog mist</source>
        <translation>What the team still lacks</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/team_page.py" line="404"/>
        <source>Rol van %1 wijzigen</source>
        <translation>Change the role of %1</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/team_page.py" line="463"/>
        <source>Teamlid verwijderen</source>
        <translation>Remove team member</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/team_page.py" line="464"/>
        <source>%1 uit het team verwijderen? Bezoeken blijven bewaard met de naam.</source>
        <translation>Remove %1 from the team? Visits are kept with the name.</translation>
    </message>
</context>
<context>
    <name>TeamStep</name>
    <message>
        <location filename="../../buurtdesk/gui/first_run_team.py" line="49"/>
        <source>Het team</source>
        <translation>The team</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/first_run_team.py" line="51"/>
        <source>Wie doen er mee? Verbinders gaan langs de deuren; deskundigen en ondernemers houden het project gaande. Telefoon en e-mail alleen met toestemming.</source>
        <translation>Who is taking part? Connectors go door to door; experts and entrepreneurs keep the project going. Phone and e-mail only with consent.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/first_run_team.py" line="57"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/first_run_team.py" line="57"/>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/first_run_team.py" line="57"/>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/first_run_team.py" line="57"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/first_run_team.py" line="58"/>
        <source>Toestemming</source>
        <translation>Consent</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/first_run_team.py" line="74"/>
        <source>Nog iemand</source>
        <translation>Someone else</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/first_run_team.py" line="89"/>
        <source>Dit teamlid gaf toestemming om telefoon en e-mail te bewaren</source>
        <translation>This team member consented to keeping their phone and e-mail</translation>
    </message>
</context>
<context>
    <name>WeeklyChart</name>
    <message>
        <location filename="../../buurtdesk/gui/progress_chart.py" line="97"/>
        <source>Nog geen cijfers</source>
        <translation>No figures yet</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/progress_chart.py" line="146"/>
        <source>wk %1</source>
        <translation>wk %1</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/progress_chart.py" line="164"/>
        <source>doel %1 %</source>
        <translation>goal %1 %</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/progress_chart.py" line="193"/>
        <source>bezocht (% van alle huishoudens)</source>
        <translation>visited (% of all households)</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/progress_chart.py" line="194"/>
        <source>doet mee, met initiatiefnemers</source>
        <translation>takes part, with initiators</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/progress_chart.py" line="195"/>
        <source>bezoeken per week (rechts)</source>
        <translation>visits per week (right)</translation>
    </message>
</context>
</TS>
