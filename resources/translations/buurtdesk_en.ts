<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="nl">
<context>
    <name></name>
    <message>
        <location filename="../../buurtdesk/gui/plan_dialogs.py" line="222"/>
        <source>Aangemeld</source>
        <translation>Signed up</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/plan_dialogs.py" line="222"/>
        <source>Aanwezig</source>
        <translation>Present</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="139"/>
        <source>%1 %2 nieuw</source>
        <translation>%1 new %2</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="140"/>
        <source>%1 %2 bijgewerkt</source>
        <translation>%1 %2 updated</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="141"/>
        <source>%1 %2 verwijderd</source>
        <translation>%1 %2 deleted</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="142"/>
        <source>niets nieuws</source>
        <translation>nothing new</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="144"/>
        <source>; 1 conflict: zie de lijst hieronder</source>
        <translation>; 1 conflict: see the list below</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="146"/>
        <source>; %1 conflicten: zie de lijst hieronder</source>
        <translation>; %1 conflicts: see the list below</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="149"/>
        <source>; %1 overgeslagen (%2)</source>
        <translation>; %1 skipped (%2)</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="162"/>
        <source>(leeg)</source>
        <translation>(empty)</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="164"/>
        <source>ja</source>
        <translation>yes</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="164"/>
        <source>nee</source>
        <translation>no</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="170"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="186"/>
        <source>nog nooit</source>
        <translation>never</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="340"/>
        <source>Startpakket openen</source>
        <translation>Open start package</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="343"/>
        <source>Kies een startpakket en een naam voor het nieuwe bestand.</source>
        <translation>Choose a start package and a name for the new file.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="346"/>
        <source>Startpakket openen…</source>
        <translation>Opening start package…</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="352"/>
        <source>%1 is nu een laptop van de buurt: %2</source>
        <translation>%1 is now a laptop of the neighbourhood: %2</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="379"/>
        <source>Laatste uitwisseling: %1</source>
        <translation>Last exchange: %1</translation>
    </message>
</context>
<context>
    <name>ActivityCard</name>
    <message>
        <location filename="../../buurtdesk/gui/plan_cards.py" line="222"/>
        <source>%1 aangemeld · %2 aanwezig</source>
        <translation>%1 signed up · %2 present</translation>
    </message>
</context>
<context>
    <name>ActivityDialog</name>
    <message>
        <location filename="../../buurtdesk/gui/plan_dialogs.py" line="271"/>
        <source>Activiteit bewerken</source>
        <translation>Edit activity</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/plan_dialogs.py" line="271"/>
        <source>Activiteit toevoegen</source>
        <translation>Add activity</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/plan_dialogs.py" line="280"/>
        <source>Bijv. Buurtavond over isoleren</source>
        <translation>E.g. Neighbourhood evening about insulation</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/plan_dialogs.py" line="292"/>
        <source>om</source>
        <translation>at</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/plan_dialogs.py" line="295"/>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/plan_dialogs.py" line="296"/>
        <source>Titel</source>
        <translation>Title</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/plan_dialogs.py" line="297"/>
        <source>Datum</source>
        <translation>Date</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/plan_dialogs.py" line="298"/>
        <source>Plaats</source>
        <translation>Place</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/plan_dialogs.py" line="299"/>
        <source>Beschrijving</source>
        <translation>Description</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/plan_dialogs.py" line="302"/>
        <source>Aanmelden →</source>
        <translation>Sign up →</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/plan_dialogs.py" line="318"/>
        <source>Afmelden</source>
        <translation>Cancel sign-up</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/plan_dialogs.py" line="302"/>
        <source>Huishoudens zoeken</source>
        <translation>Finding households</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/plan_dialogs.py" line="332"/>
        <source>Activiteit verwijderen</source>
        <translation>Delete activity</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/plan_dialogs.py" line="352"/>
        <source>%1 aangemeld, %2 aanwezig</source>
        <translation>%1 signed up, %2 present</translation>
    </message>
</context>
<context>
    <name>AddStreetDialog</name>
    <message>
        <location filename="../../buurtdesk/gui/street_dialog.py" line="38"/>
        <source>Straat toevoegen</source>
        <translation>Add street</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/street_dialog.py" line="41"/>
        <source>bijv. Dorpsstraat</source>
        <translation>e.g. Dorpsstraat</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/street_dialog.py" line="42"/>
        <source>Straatnaam:</source>
        <translation>Street name:</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/street_dialog.py" line="44"/>
        <source>bijv. 1-59</source>
        <translation>e.g. 1-59</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/street_dialog.py" line="45"/>
        <source>Huisnummers:</source>
        <translation>House numbers:</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/street_dialog.py" line="47"/>
        <source>alle nummers</source>
        <translation>all numbers</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/street_dialog.py" line="48"/>
        <source>alleen oneven</source>
        <translation>odd only</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/street_dialog.py" line="49"/>
        <source>alleen even</source>
        <translation>even only</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/street_dialog.py" line="50"/>
        <source>Kant:</source>
        <translation>Side:</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/street_dialog.py" line="51"/>
        <source>doorlopend genummerd (bijv. een plein)</source>
        <translation>numbered straight through (e.g. a square)</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/street_dialog.py" line="55"/>
        <source>Postcode:</source>
        <translation>Postcode:</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/street_dialog.py" line="57"/>
        <source>Plaats:</source>
        <translation>Place:</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/street_dialog.py" line="64"/>
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/street_dialog.py" line="65"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/street_dialog.py" line="83"/>
        <source>Vul een straatnaam in.</source>
        <translation>Enter a street name.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../buurtdesk/gui/app.py" line="72"/>
        <source>Bestand niet geopend</source>
        <translation>File not opened</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/app.py" line="73"/>
        <source>BuurtDesk kan %1 niet openen:

%2</source>
        <translation>BuurtDesk cannot open %1:

%2</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/app.py" line="94"/>
        <source>BuurtDesk is nog bezig: %1. Open het andere bestand als dat klaar is.</source>
        <translation>BuurtDesk is still busy: %1. Open the other file when that has finished.</translation>
    </message>
</context>
<context>
    <name>CheckOff</name>
    <message>
        <location filename="../../buurtdesk/gui/commands.py" line="34"/>
        <source>Buurtproject</source>
        <translation>Neighbourhood project</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/commands.py" line="72"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/commands.py" line="130"/>
        <source>Notitie aangepast</source>
        <translation>Note changed</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/commands.py" line="159"/>
        <source>Straten toegewezen</source>
        <translation>Streets assigned</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/commands.py" line="161"/>
        <source>Toewijzing weggehaald</source>
        <translation>Assignment removed</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/checkoff_actions.py" line="249"/>
        <source>Niet aanbellen</source>
        <translation>Do not call</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/checkoff_actions.py" line="250"/>
        <source>%1 staat op niet aanbellen. Toch een bezoek vastleggen als “%2”?

Kies Nee bij een typfout.</source>
        <translation>%1 is marked do-not-call. Record a visit as “%2” anyway?

Choose No if it was a typo.</translation>
    </message>
</context>
<context>
    <name>CheckOffBar</name>
    <message>
        <location filename="../../buurtdesk/gui/checkoff.py" line="58"/>
        <source>Verbinder:</source>
        <translation>Connector:</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/checkoff.py" line="62"/>
        <source>Wie ging langs de deur (de vorige blijft staan)</source>
        <translation>Who went to the door (the last one stays)</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/checkoff.py" line="64"/>
        <source>Datum:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/checkoff.py" line="73"/>
        <source>Notitie bij het volgende bezoek (N)</source>
        <translation>Note for the next visit (N)</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/checkoff.py" line="82"/>
        <source>Toets %1: %2</source>
        <translation>Key %1: %2</translation>
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
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="39"/>
        <source>Uitwisselbestanden (*.bdx);;Alle bestanden (*)</source>
        <translation>Exchange files (*.bdx);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="44"/>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="45"/>
        <source>buurt</source>
        <translation>neighbourhood</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="47"/>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="89"/>
        <source>straat</source>
        <translation>street</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="47"/>
        <source>straten</source>
        <translation>streets</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="49"/>
        <source>huishouden</source>
        <translation>household</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="50"/>
        <source>huishoudens</source>
        <translation>households</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="53"/>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="122"/>
        <source>project</source>
        <translation>project</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="54"/>
        <source>projecten</source>
        <translation>projects</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="57"/>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="117"/>
        <source>teamlid</source>
        <translation>team member</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="58"/>
        <source>teamleden</source>
        <translation>team members</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="60"/>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="113"/>
        <source>rol</source>
        <translation>role</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="60"/>
        <source>rollen</source>
        <translation>roles</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="62"/>
        <source>straattoewijzing</source>
        <translation>street assignment</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="63"/>
        <source>straattoewijzingen</source>
        <translation>street assignments</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="66"/>
        <source>initiatiefnemer</source>
        <translation>initiator</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="67"/>
        <source>initiatiefnemers</source>
        <translation>initiators</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="69"/>
        <source>taak</source>
        <translation>task</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="69"/>
        <source>taken</source>
        <translation>tasks</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="71"/>
        <source>activiteit</source>
        <translation>activity</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="72"/>
        <source>activiteiten</source>
        <translation>activities</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="75"/>
        <source>aanmelding</source>
        <translation>sign-up</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="76"/>
        <source>aanmeldingen</source>
        <translation>sign-ups</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="78"/>
        <source>bezoek</source>
        <translation>visit</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="78"/>
        <source>bezoeken</source>
        <translation>visits</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="80"/>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="81"/>
        <source>keer ongedaan/opnieuw</source>
        <translation>undo/redo</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="86"/>
        <source>naam</source>
        <translation>name</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="87"/>
        <source>plaats</source>
        <translation>place</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="88"/>
        <source>nummering</source>
        <translation>numbering</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="90"/>
        <source>huisnummer</source>
        <translation>house number</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="91"/>
        <source>huisletter</source>
        <translation>house letter</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="92"/>
        <source>toevoeging</source>
        <translation>addition</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="93"/>
        <source>postcode</source>
        <translation>postcode</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="94"/>
        <source>ligging (x)</source>
        <translation>location (x)</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="95"/>
        <source>ligging (y)</source>
        <translation>location (y)</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="96"/>
        <source>niet aanbellen</source>
        <translation>do not call</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="97"/>
        <source>reden niet aanbellen</source>
        <translation>reason for do not call</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="98"/>
        <source>notitie</source>
        <translation>note</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="99"/>
        <source>bron</source>
        <translation>source</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="100"/>
        <source>thema</source>
        <translation>theme</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="101"/>
        <source>titel</source>
        <translation>title</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="102"/>
        <source>startdatum</source>
        <translation>start date</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="103"/>
        <source>aantal weken</source>
        <translation>number of weeks</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="104"/>
        <source>doel (%)</source>
        <translation>goal (%)</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="105"/>
        <source>kernboodschap</source>
        <translation>key message</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="106"/>
        <source>contact</source>
        <translation>contact</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="107"/>
        <source>afgesloten</source>
        <translation>closed</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="108"/>
        <source>telefoon</source>
        <translation>phone</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="109"/>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="110"/>
        <source>toestemming</source>
        <translation>consent</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="111"/>
        <source>naam in verslagen</source>
        <translation>named in reports</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="112"/>
        <source>week</source>
        <translation>week</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="114"/>
        <source>waarom</source>
        <translation>why</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="115"/>
        <source>soort</source>
        <translation>kind</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="116"/>
        <source>status</source>
        <translation>status</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="118"/>
        <source>volgorde</source>
        <translation>order</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="119"/>
        <source>datum</source>
        <translation>date</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="120"/>
        <source>tijd</source>
        <translation>time</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="121"/>
        <source>beschrijving</source>
        <translation>description</translation>
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
        <location filename="../../buurtdesk/gui/file_watch.py" line="87"/>
        <source>Bestand controleren</source>
        <translation>Checking the file</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/file_watch.py" line="104"/>
        <source>Het buurtbestand %1 is beschadigd.</source>
        <translation>The neighbourhood file %1 is damaged.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/file_watch.py" line="109"/>
        <source>Herstellen maakt een nieuw, gezond bestand met alles wat nog te lezen is. Het beschadigde bestand blijft ernaast bewaard, als reservekopie. Een gewone reservekopie van een beschadigd bestand wordt niet gemaakt: die zou de goede kopieën in de map &apos;backups&apos; verdringen.</source>
        <translation>Repair makes a new, sound file with everything that can still be read. The damaged file is kept next to it, as a backup. An ordinary backup of a damaged file is not made: it would push the good copies in the &apos;backups&apos; folder out.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/file_watch.py" line="119"/>
        <source>Herstellen</source>
        <translation>Repair</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/file_watch.py" line="123"/>
        <source>Later</source>
        <translation>Later</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/file_watch.py" line="145"/>
        <source>Het bestand is hersteld. Het beschadigde bestand is bewaard als:
%1</source>
        <translation>The file has been repaired. The damaged file is kept as:
%1</translation>
    </message>
</context>
<context>
    <name>GoalBar</name>
    <message>
        <location filename="../../buurtdesk/gui/progress_page.py" line="118"/>
        <source>initiatiefnemers %1</source>
        <translation>initiators %1</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/progress_page.py" line="119"/>
        <source>via de deurrondes %1</source>
        <translation>through the door rounds %1</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/progress_page.py" line="142"/>
        <source>doel %1 %</source>
        <translation>goal %1 %</translation>
    </message>
</context>
<context>
    <name>HouseholdPanel</name>
    <message>
        <location filename="../../buurtdesk/gui/household_panel.py" line="36"/>
        <source>Notitie over dit huishouden:</source>
        <translation>Note about this household:</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/household_panel.py" line="38"/>
        <source>bijv. hond, achterom, &apos;s avonds</source>
        <translation>e.g. dog, use the back door, evenings</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/household_panel.py" line="39"/>
        <source>Enter bewaart de notitie</source>
        <translation>Enter saves the note</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/household_panel.py" line="54"/>
        <source>Geen huishouden gekozen</source>
        <translation>No household selected</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/household_panel.py" line="69"/>
        <source>Twee keer niet thuis: laat een deurkaart achter.</source>
        <translation>Not home twice: leave a door card.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/household_panel.py" line="74"/>
        <source>Niet bezoeken</source>
        <translation>Do not visit</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/household_panel.py" line="75"/>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/household_panel.py" line="76"/>
        <source>Bezoeken</source>
        <translation>Visits</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/household_panel.py" line="77"/>
        <source>Nog geen bezoeken</source>
        <translation>No visits yet</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/household_panel.py" line="78"/>
        <source>ongedaan gemaakt</source>
        <translation>undone</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/household_panel.py" line="88"/>
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
    <name>InitiatorsDialog</name>
    <message>
        <location filename="../../buurtdesk/gui/progress_dialogs.py" line="37"/>
        <source>Initiatiefnemers</source>
        <translation>Initiators</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/progress_dialogs.py" line="41"/>
        <source>Huishoudens die zich zelf meldden of naar de aftrap kwamen. Ze tellen mee voor het doel; de voortgang toont apart wat de deurrondes nog moeten brengen.</source>
        <translation>Households that came forward themselves or came to the kick-off. They count toward the goal; progress shows separately what the door rounds still have to bring.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/progress_dialogs.py" line="46"/>
        <source>Markeren →</source>
        <translation>Mark →</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/progress_dialogs.py" line="53"/>
        <source>Markering weghalen</source>
        <translation>Remove mark</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/progress_dialogs.py" line="76"/>
        <source>%1 initiatiefnemers</source>
        <translation>%1 initiators</translation>
    </message>
</context>
<context>
    <name>JoinDialog</name>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="262"/>
        <source>Startpakket openen</source>
        <translation>Open start package</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="267"/>
        <source>Met een startpakket van de coördinator wordt deze laptop een laptop van de buurt. De buurt komt in een nieuw bestand, dat daarna opent.</source>
        <translation>With a start package from the coordinator this laptop becomes a laptop of the neighbourhood. The neighbourhood goes into a new file, which then opens.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="276"/>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="280"/>
        <source>Kiezen…</source>
        <translation>Choose…</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="286"/>
        <source>Startpakket:</source>
        <translation>Start package:</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="287"/>
        <source>Nieuw bestand:</source>
        <translation>New file:</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="293"/>
        <source>Teamcode:</source>
        <translation>Team code:</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="304"/>
        <source>Startpakket kiezen</source>
        <translation>Choose start package</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="315"/>
        <source>Nieuw buurtbestand</source>
        <translation>New neighbourhood file</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="317"/>
        <source>BuurtDesk-bestanden (*.buurtdesk)</source>
        <translation>BuurtDesk files (*.buurtdesk)</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../buurtdesk/gui/main_window.py" line="149"/>
        <source>Deze pagina kon niet worden geopend: %1</source>
        <translation>This page could not be opened: %1</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/main_window.py" line="203"/>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/main_window.py" line="204"/>
        <source>&amp;Nieuwe buurt…</source>
        <translation>&amp;New neighbourhood…</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/main_window.py" line="206"/>
        <source>&amp;Openen…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/main_window.py" line="210"/>
        <source>Adressen &amp;inlezen…</source>
        <translation>&amp;Import addresses…</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/main_window.py" line="212"/>
        <source>&amp;Voorbeeldbuurt maken</source>
        <translation>Create &amp;demo neighbourhood</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/main_window.py" line="213"/>
        <source>&amp;Startpakket openen…</source>
        <translation>Open &amp;start package…</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/main_window.py" line="215"/>
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/main_window.py" line="218"/>
        <source>Be&amp;werken</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/main_window.py" line="219"/>
        <source>Ongedaan maken</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/main_window.py" line="221"/>
        <source>Opnieuw</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/main_window.py" line="227"/>
        <source>Straat &amp;toevoegen…</source>
        <translation>&amp;Add street…</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/main_window.py" line="229"/>
        <source>&amp;Looplijst invoeren</source>
        <translation>Enter &amp;walk list</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/main_window.py" line="233"/>
        <source>&amp;Zoeken</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/main_window.py" line="236"/>
        <source>&amp;Beeld</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/main_window.py" line="242"/>
        <source>&amp;Taal</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/main_window.py" line="253"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/main_window.py" line="254"/>
        <source>&amp;Sneltoetsen</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/main_window.py" line="255"/>
        <source>&amp;Over BuurtDesk</source>
        <translation>&amp;About BuurtDesk</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/main_window.py" line="258"/>
        <source>Een verzonnen buurt om rond te kijken; alleen in een leeg bestand.</source>
        <translation>A made-up neighbourhood to look around in; only in an empty file.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/main_window.py" line="267"/>
        <source>bezig…</source>
        <translation>working…</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/main_window.py" line="293"/>
        <source>Sneltoetsen</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/main_window.py" line="295"/>
        <source>In de lijst met huishoudens:
1 niet thuis · 2 gesproken · 3 geïnteresseerd · 4 doet mee · 5 geen interesse · 6 niet bezoeken
N: notitie bij het volgende bezoek
Ctrl+Z ongedaan maken · Ctrl+Shift+Z opnieuw
Ctrl+L looplijst invoeren (rij en uitkomst, bijv. 12 3 Enter)
Ctrl+F zoeken</source>
        <translation>In the list of households:
1 not home · 2 spoke · 3 interested · 4 takes part · 5 not interested · 6 do not visit
N: note for the next visit
Ctrl+Z undo · Ctrl+Shift+Z redo
Ctrl+L enter a walk list (row and outcome, e.g. 12 3 Enter)
Ctrl+F find</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/main_window.py" line="310"/>
        <source>Over BuurtDesk</source>
        <translation>About BuurtDesk</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/main_window.py" line="312"/>
        <source>BuurtDesk %1
Voor buurtteams: huishoudens, bezoeken, team en plan, zonder internet.</source>
        <translation>BuurtDesk %1
For neighbourhood teams: households, visits, team and plan, without internet.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/main_window.py" line="322"/>
        <source>Nieuwe buurt</source>
        <translation>New neighbourhood</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/main_window.py" line="324"/>
        <source>BuurtDesk-bestanden (*.buurtdesk)</source>
        <translation>BuurtDesk files (*.buurtdesk)</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/main_window.py" line="334"/>
        <source>Buurt openen</source>
        <translation>Open neighbourhood</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/main_window.py" line="336"/>
        <source>BuurtDesk-bestanden (*.buurtdesk *.sqlite);;Alle bestanden (*)</source>
        <translation>BuurtDesk files (*.buurtdesk *.sqlite);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/main_window.py" line="350"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/main_window.py" line="400"/>
        <source>Voorbeeldbuurt</source>
        <translation>Demo neighbourhood</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/main_window.py" line="402"/>
        <source>De voorbeeldbuurt komt alleen in een leeg bestand. Kies Bestand &gt; Nieuwe buurt… en maak daar de voorbeeldbuurt.</source>
        <translation>The demo neighbourhood only goes into an empty file. Choose File &gt; New neighbourhood… and create the demo there.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/main_window.py" line="413"/>
        <source>Voorbeeldbuurt maken…</source>
        <translation>Creating the demo neighbourhood…</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/main_window.py" line="419"/>
        <source>Adressenbestand inlezen</source>
        <translation>Import address file</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/main_window.py" line="421"/>
        <source>Adressen (*.csv *.txt *.xlsx *.gpkg);;Alle bestanden (*)</source>
        <translation>Addresses (*.csv *.txt *.xlsx *.gpkg);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/main_window.py" line="430"/>
        <location filename="../../buurtdesk/gui/main_window.py" line="448"/>
        <source>Adressen inlezen…</source>
        <translation>Import addresses…</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/main_window.py" line="464"/>
        <source>%1: %2 toegevoegd, %3 bijgewerkt, %4 ongewijzigd</source>
        <translation>%1: %2 added, %3 updated, %4 unchanged</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/main_window.py" line="472"/>
        <source>; %1 anders geschreven, als bestaand huishouden genomen (%2)</source>
        <translation>; %1 written differently, taken as an existing household (%2)</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/main_window.py" line="477"/>
        <source>; doorlopend genummerd: %1</source>
        <translation>; numbered straight through: %1</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/main_window.py" line="482"/>
        <source>per laag: %1</source>
        <translation>per layer: %1</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/main_window.py" line="484"/>
        <source>niet gelezen: %1</source>
        <translation>not read: %1</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/main_window.py" line="488"/>
        <source>%1 geen woning</source>
        <translation>%1 not a dwelling</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/main_window.py" line="550"/>
        <source>BuurtDesk sluit zodra %1 klaar is…</source>
        <translation>BuurtDesk will close as soon as %1 has finished…</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/main_window.py" line="565"/>
        <source>BuurtDesk is nog bezig: %1.</source>
        <translation>BuurtDesk is still busy: %1.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/main_window.py" line="568"/>
        <source>Stoppen: er wordt niets van opgeslagen (is het opslaan al begonnen, dan gebeurt dat nog helemaal). Wachten: BuurtDesk sluit zodra het klaar is.</source>
        <translation>Stop: none of it is saved (if saving has already begun, it is completed in full). Wait: BuurtDesk closes as soon as it has finished.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/main_window.py" line="572"/>
        <source>Stoppen en sluiten</source>
        <translation>Stop and close</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/main_window.py" line="574"/>
        <source>Wachten en sluiten</source>
        <translation>Wait and close</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/main_window.py" line="576"/>
        <source>Niet sluiten</source>
        <translation>Don&apos;t close</translation>
    </message>
</context>
<context>
    <name>MapLegend</name>
    <message>
        <location filename="../../buurtdesk/gui/map_page.py" line="96"/>
        <source>Legenda</source>
        <translation>Legend</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/map_page.py" line="122"/>
        <source>één adres</source>
        <translation>one address</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/map_page.py" line="127"/>
        <source>meer adressen op één punt;
klik voor de lijst</source>
        <translation>several addresses at one point;
click for the list</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/map_page.py" line="132"/>
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
        <location filename="../../buurtdesk/gui/map_page.py" line="197"/>
        <source>Hele buurt</source>
        <translation>Whole neighbourhood</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/map_page.py" line="194"/>
        <source>Inzoomen (Ctrl++ of het muiswiel)</source>
        <translation>Zoom in (Ctrl++ or the mouse wheel)</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/map_page.py" line="196"/>
        <source>Uitzoomen (Ctrl+-)</source>
        <translation>Zoom out (Ctrl+-)</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/map_page.py" line="198"/>
        <source>De hele buurt in beeld (Ctrl+0)</source>
        <translation>Show the whole neighbourhood (Ctrl+0)</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/map_page.py" line="213"/>
        <source>Sleep om te verschuiven · klik op een huis om het te kiezen</source>
        <translation>Drag to pan · click a house to select it</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/map_page.py" line="227"/>
        <source>Nog geen adressen om te tekenen.

Open de voorbeeldbuurt, importeer een adresbestand of voeg een straat toe
op de pagina Straten; dan verschijnt hier de kaart.</source>
        <translation>No addresses to draw yet.

Open the demo neighbourhood, import an address file or add a street
on the Streets page; then the map appears here.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/map_page.py" line="276"/>
        <source>De kaart wordt getekend…</source>
        <translation>Drawing the map…</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/map_page.py" line="277"/>
        <source>Kaart bijwerken…</source>
        <translation>Updating the map…</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/map_page.py" line="280"/>
        <source>Kaart tekenen</source>
        <translation>Drawing the map</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/map_page.py" line="300"/>
        <source>De kaart kon niet worden getekend:
%1</source>
        <translation>The map could not be drawn:
%1</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/map_page.py" line="324"/>
        <source>Kaart kleuren</source>
        <translation>Colouring the map</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/map_page.py" line="437"/>
        <source>Straten zonder coördinaten</source>
        <translation>Streets without coordinates</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/map_page.py" line="519"/>
        <source>%1 adressen op dit punt</source>
        <translation>%1 addresses at this point</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/map_page.py" line="536"/>
        <source>… en nog %1 (zie de lijst)</source>
        <translation>… and %1 more (see the list)</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/map_page.py" line="559"/>
        <source>1 adres</source>
        <translation>1 address</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/map_page.py" line="560"/>
        <source>%1 adressen</source>
        <translation>%1 addresses</translation>
    </message>
</context>
<context>
    <name>MemberDialog</name>
    <message>
        <location filename="../../buurtdesk/gui/member_dialog.py" line="53"/>
        <source>Teamlid bewerken</source>
        <translation>Edit team member</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/member_dialog.py" line="53"/>
        <source>Teamlid toevoegen</source>
        <translation>Add team member</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/member_dialog.py" line="56"/>
        <source>Voornaam en achternaam</source>
        <translation>First and last name</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/member_dialog.py" line="57"/>
        <source>Naam</source>
        <translation>Name</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/member_dialog.py" line="66"/>
        <source>Rollen</source>
        <translation>Roles</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/member_dialog.py" line="68"/>
        <source>Heeft toestemming gegeven om telefoon en e-mail te bewaren</source>
        <translation>Has agreed to phone and e-mail being kept</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/member_dialog.py" line="79"/>
        <source>Toestemming op</source>
        <translation>Consent on</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/member_dialog.py" line="82"/>
        <source>Telefoon</source>
        <translation>Phone</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/member_dialog.py" line="83"/>
        <source>E-mail</source>
        <translation>E-mail</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/member_dialog.py" line="85"/>
        <source>Mag met naam genoemd worden in verslagen en brieven</source>
        <translation>May be named in reports and letters</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/member_dialog.py" line="89"/>
        <source>Een eigen toestemming, los van die voor telefoon en e-mail. Zonder deze toestemming noemen verslag en brief alleen het aantal teamleden per rol.</source>
        <translation>A consent of its own, apart from the one for phone and e-mail. Without it, reports and letters only give the number of team members per role.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/member_dialog.py" line="104"/>
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
    <name>NewProjectDialog</name>
    <message>
        <location filename="../../buurtdesk/gui/plan_dialogs.py" line="408"/>
        <source>Nieuw project</source>
        <translation>New project</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/plan_dialogs.py" line="416"/>
        <source>%1 (niet beschikbaar)</source>
        <translation>%1 (not available)</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/plan_dialogs.py" line="431"/>
        <source> weken</source>
        <translation> weeks</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/plan_dialogs.py" line="440"/>
        <source>Thema</source>
        <translation>Theme</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/plan_dialogs.py" line="442"/>
        <source>Start</source>
        <translation>Start</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/plan_dialogs.py" line="443"/>
        <source>Duur</source>
        <translation>Length</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/plan_dialogs.py" line="444"/>
        <source>Doel: deelname</source>
        <translation>Goal: participation</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/plan_dialogs.py" line="445"/>
        <source>Kernboodschap</source>
        <translation>Key message</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/plan_dialogs.py" line="460"/>
        <source>Dit thema is niet beschikbaar: %1</source>
        <translation>This theme is not available: %1</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/plan_dialogs.py" line="468"/>
        <source>%1 taken in het stappenplan.</source>
        <translation>%1 tasks in the step plan.</translation>
    </message>
</context>
<context>
    <name>PackageDialog</name>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="218"/>
        <source>Startpakket maken</source>
        <translation>Make start package</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="222"/>
        <source>Een startpakket maakt van een nieuwe laptop een laptop van deze buurt. Voor een verbinder kan het alleen diens straten bevatten.</source>
        <translation>A start package makes a new laptop a laptop of this neighbourhood. For a connector it can hold only their streets.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="228"/>
        <source>De hele buurt</source>
        <translation>The whole neighbourhood</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="230"/>
        <source>Alleen de straten van verbinder:</source>
        <translation>Only the streets of connector:</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/exchange_dialogs.py" line="237"/>
        <source>(geen verbinders in het team)</source>
        <translation>(no connectors in the team)</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../buurtdesk/gui/pages.py" line="69"/>
        <source>Straten</source>
        <translation>Streets</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/pages.py" line="70"/>
        <source>Kaart</source>
        <translation>Map</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/pages.py" line="71"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/pages.py" line="72"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/pages.py" line="73"/>
        <source>Voortgang</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/pages.py" line="74"/>
        <source>Afdrukken</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/pages.py" line="75"/>
        <source>Uitwisselen</source>
        <translation>Exchange</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <location filename="../../buurtdesk/gui/plan_dialogs.py" line="54"/>
        <source>Deskundige</source>
        <translation>Expert</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/plan_dialogs.py" line="55"/>
        <source>Verbinder</source>
        <translation>Connector</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/plan_dialogs.py" line="56"/>
        <source>Ondernemer</source>
        <translation>Entrepreneur</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/plan_dialogs.py" line="59"/>
        <source>Taak</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/plan_dialogs.py" line="60"/>
        <source>Mijlpaal</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/plan_dialogs.py" line="61"/>
        <source>Deurronde</source>
        <translation>Door round</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/plan_dialogs.py" line="64"/>
        <source>Open</source>
        <translation>Open</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/plan_dialogs.py" line="65"/>
        <source>Bezig</source>
        <translation>Busy</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/plan_dialogs.py" line="66"/>
        <source>Klaar</source>
        <translation>Done</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/plan_dialogs.py" line="69"/>
        <source>Bijeenkomst</source>
        <translation>Meeting</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/plan_dialogs.py" line="70"/>
        <source>Workshop</source>
        <translation>Workshop</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/plan_dialogs.py" line="71"/>
        <source>Gezamenlijke inkoop</source>
        <translation>Collective purchase</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/plan_dialogs.py" line="72"/>
        <source>Anders</source>
        <translation>Other</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/plan_page.py" line="84"/>
        <source>Nieuw project…</source>
        <translation>New project…</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/plan_page.py" line="85"/>
        <source>Taak toevoegen…</source>
        <translation>Add task…</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/plan_page.py" line="86"/>
        <source>Activiteit toevoegen…</source>
        <translation>Add activity…</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/plan_page.py" line="157"/>
        <source>Nog geen project</source>
        <translation>No project yet</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/plan_page.py" line="159"/>
        <source>Begin een project op een thema; het thema brengt zijn stappenplan mee.</source>
        <translation>Start a project on a theme; the theme brings its step plan.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/plan_page.py" line="161"/>
        <source>Kies rechtsboven „Nieuw project…”.</source>
        <translation>Choose “New project…” at the top right.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/plan_page.py" line="170"/>
        <source>begint over %1 dagen</source>
        <translation>starts in %1 days</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/plan_page.py" line="174"/>
        <source>afgelopen</source>
        <translation>ended</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/plan_page.py" line="177"/>
        <source>week %1 van %2</source>
        <translation>week %1 of %2</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/plan_page.py" line="181"/>
        <source>doel %1 % deelname</source>
        <translation>goal %1 % participation</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/plan_page.py" line="251"/>
        <source>deze week</source>
        <translation>this week</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/plan_page.py" line="260"/>
        <source>Na afloop</source>
        <translation>Afterwards</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/plan_page.py" line="269"/>
        <source>Activiteiten</source>
        <translation>Activities</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/plan_page.py" line="314"/>
        <source>„%1” kan niet naar die plek: %2.</source>
        <translation>“%1” cannot go there: %2.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/plan_page.py" line="333"/>
        <source>Taak naar week %1</source>
        <translation>Task to week %1</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/plan_page.py" line="351"/>
        <source>Status van taak</source>
        <translation>Task status</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/plan_page.py" line="370"/>
        <source>Taak verwijderen</source>
        <translation>Delete task</translation>
    </message>
</context>
<context>
    <name>Print</name>
    <message>
        <location filename="../../buurtdesk/gui/print_dialog.py" line="62"/>
        <source>Looplijst</source>
        <translation>Walk list</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/print_dialog.py" line="63"/>
        <source>Deurkaarten</source>
        <translation>Door cards</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/print_dialog.py" line="64"/>
        <source>Buurtbrief of uitnodiging</source>
        <translation>Neighbourhood letter or invitation</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/print_dialog.py" line="65"/>
        <source>Verslag voor de gemeente</source>
        <translation>Report for the municipality</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/print_dialog.py" line="66"/>
        <source>Plan op één pagina</source>
        <translation>Plan on one page</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/print_dialog.py" line="72"/>
        <source>Voor aan de deur: per verbinder of straat, in looproute-volgorde, met rijnummers, vakjes om aan te kruisen en een voorblad met de kernboodschap.</source>
        <translation>For at the door: per connector or street, in walking order, with row numbers, boxes to tick and a cover page with the key message.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/print_dialog.py" line="77"/>
        <source>“Sorry, we hebben u gemist”: vier kaarten per A4 met snijtekens, eventueel met een QR-code naar een website of telefoonnummer.</source>
        <translation>“Sorry, we missed you”: four cards per A4 with crop marks, optionally with a QR code to a website or phone number.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/print_dialog.py" line="82"/>
        <source>Eén brief per huishouden, uit een sjabloon, met het adres op de plek van het venster van een vensterenvelop.</source>
        <translation>One letter per household, from a template, with the address where the window of a window envelope is.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/print_dialog.py" line="87"/>
        <source>Alleen cijfers en grafieken: deelname per straat en per week, team, mijlpalen en activiteiten. Geen adressen of namen van huishoudens.</source>
        <translation>Figures and charts only: participation per street and per week, team, milestones and activities. No addresses or names of households.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/print_dialog.py" line="92"/>
        <source>Het stappenplan week voor week op één A4 liggend, voor aan de keukentafel.</source>
        <translation>The step plan week by week on one landscape A4, for the kitchen table.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/print_dialog.py" line="301"/>
        <source>Kies een verbinder of minstens één straat.</source>
        <translation>Choose a connector or at least one street.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/print_dialog.py" line="354"/>
        <location filename="../../buurtdesk/gui/print_dialog.py" line="371"/>
        <source>PDF opslaan</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/print_dialog.py" line="356"/>
        <source>PDF-bestanden (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/print_dialog.py" line="372"/>
        <source>%1 bestaat al.
Wilt u het vervangen?</source>
        <translation>%1 already exists.
Do you want to replace it?</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/print_dialog.py" line="396"/>
        <source>Begin eerst een project; dan kunt u afdrukken.</source>
        <translation>Start a project first; then you can print.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/print_dialog.py" line="414"/>
        <source>%1 maken…</source>
        <translation>Creating %1…</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/print_dialog.py" line="415"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/print_dialog.py" line="439"/>
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
        <location filename="../../buurtdesk/gui/print_dialog.py" line="146"/>
        <source>%1 · %2 adressen</source>
        <translation>%1 · %2 addresses</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/print_dialog.py" line="155"/>
        <source>De straten van verbinder</source>
        <translation>The connector&apos;s streets</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/print_dialog.py" line="156"/>
        <source>Deze straten</source>
        <translation>These streets</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/print_dialog.py" line="157"/>
        <source>Alleen wie twee keer niet thuis was</source>
        <translation>Only those not home twice</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/print_dialog.py" line="162"/>
        <source> vel (4 kaarten per vel)</source>
        <translation> sheet (4 cards per sheet)</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/print_dialog.py" line="166"/>
        <source>Lege kaarten</source>
        <translation>Blank cards</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/print_dialog.py" line="168"/>
        <source>Eén kaart per huishouden dat twee keer niet thuis was</source>
        <translation>One card per household that was not home twice</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/print_dialog.py" line="195"/>
        <source>geen QR-code</source>
        <translation>no QR code</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/print_dialog.py" line="196"/>
        <source>naar een website</source>
        <translation>to a website</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/print_dialog.py" line="197"/>
        <source>belt een telefoonnummer</source>
        <translation>calls a phone number</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/print_dialog.py" line="204"/>
        <source>QR-code</source>
        <translation>QR code</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/print_dialog.py" line="205"/>
        <source>Link of nummer</source>
        <translation>Link or number</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/print_dialog.py" line="213"/>
        <source>Sjabloon</source>
        <translation>Template</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/print_dialog.py" line="214"/>
        <source>Straten (geen vinkje: alle straten)</source>
        <translation>Streets (none ticked: all streets)</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/print_dialog.py" line="220"/>
        <source>Project</source>
        <translation>Project</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/print_dialog.py" line="225"/>
        <source>Opslaan als PDF…</source>
        <translation>Save as PDF…</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/print_dialog.py" line="228"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/print_dialog.py" line="255"/>
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
    <name>ProgressPage</name>
    <message>
        <location filename="../../buurtdesk/gui/progress_page.py" line="259"/>
        <source>Voortgang</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/progress_page.py" line="261"/>
        <source>Initiatiefnemers…</source>
        <translation>Initiators…</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/progress_page.py" line="274"/>
        <source>Bezocht</source>
        <translation>Visited</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/progress_page.py" line="275"/>
        <source>Geïnteresseerd</source>
        <translation>Interested</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/progress_page.py" line="276"/>
        <source>Doet mee</source>
        <translation>Takes part</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/progress_page.py" line="277"/>
        <source>Nog nodig voor het doel</source>
        <translation>Still needed for the goal</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/progress_page.py" line="278"/>
        <source>Tempo nodig</source>
        <translation>Pace needed</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/progress_page.py" line="288"/>
        <source>Straat</source>
        <translation>Street</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/progress_page.py" line="292"/>
        <source>Verbinder</source>
        <translation>Connector</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/progress_page.py" line="292"/>
        <source>(straten zonder verbinder)</source>
        <translation>(streets without a connector)</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/progress_page.py" line="302"/>
        <source>Per straat</source>
        <translation>Per street</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/progress_page.py" line="303"/>
        <source>Per verbinder</source>
        <translation>Per connector</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/progress_page.py" line="329"/>
        <source>Week voor week</source>
        <translation>Week by week</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/progress_page.py" line="406"/>
        <source>Nog geen project: begin er een op de pagina Plan.</source>
        <translation>No project yet: start one on the Plan page.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/progress_page.py" line="414"/>
        <source>begint op %1</source>
        <translation>starts on %1</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/progress_page.py" line="416"/>
        <source>afgelopen</source>
        <translation>ended</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/progress_page.py" line="419"/>
        <source>week %1 van %2, nog %3 weken</source>
        <translation>week %1 of %2, %3 weeks left</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/progress_page.py" line="426"/>
        <source>doel %1 % = %2 van %3 huishoudens</source>
        <translation>goal %1 % = %2 of %3 households</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/progress_page.py" line="431"/>
        <source>%1 % van alle huishoudens</source>
        <translation>%1 % of all households</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/progress_page.py" line="440"/>
        <source>%1 %, incl. %2 initiatiefnemers</source>
        <translation>%1 %, incl. %2 initiators</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/progress_page.py" line="445"/>
        <source>Het doel is gehaald!</source>
        <translation>The goal has been reached!</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/progress_page.py" line="449"/>
        <source>deelnemers om %1 % te halen</source>
        <translation>participants to reach %1 %</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/progress_page.py" line="453"/>
        <source>niets meer nodig</source>
        <translation>nothing more needed</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/progress_page.py" line="455"/>
        <source>het project is voorbij</source>
        <translation>the project is over</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/progress_page.py" line="460"/>
        <source>deelnemers per week; %1 deuren per week</source>
        <translation>participants per week; %1 doors per week</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/progress_page.py" line="466"/>
        <source>Initiatiefnemers: %1 (%2 %). Daarmee moeten de deurrondes nog %3 van de %4 deelnemers van het doel brengen; ze brachten er tot nu toe %5.</source>
        <translation>Initiators: %1 (%2 %). So the door rounds still have to bring %3 of the %4 participants of the goal; so far they brought %5.</translation>
    </message>
</context>
<context>
    <name>ReentryBar</name>
    <message>
        <location filename="../../buurtdesk/gui/reentry.py" line="103"/>
        <source>Lijstcode (rechtsboven op de looplijst):</source>
        <translation>List code (top right of the walk list):</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/reentry.py" line="105"/>
        <source>bijv. LL-1128-293A, dan Enter</source>
        <translation>e.g. LL-1128-293A, then Enter</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/reentry.py" line="110"/>
        <source>Zonder code: de lijst op het scherm</source>
        <translation>Without a code: the list on screen</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/reentry.py" line="112"/>
        <source>Kies links dezelfde straten of verbinder als op het papier</source>
        <translation>Choose the same streets or connector on the left as on the paper</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/reentry.py" line="132"/>
        <source>Wie liep deze lijst?</source>
        <translation>Who walked this list?</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/reentry.py" line="135"/>
        <source>kies de verbinder</source>
        <translation>choose the connector</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/reentry.py" line="141"/>
        <source>Andere lijst</source>
        <translation>Other list</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/reentry.py" line="146"/>
        <source>Rij en uitkomst:</source>
        <translation>Row and outcome:</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/reentry.py" line="148"/>
        <source>bijv. 12 3 (rij 12: geïnteresseerd), dan Enter</source>
        <translation>e.g. 12 3 (row 12: interested), then Enter</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/reentry.py" line="162"/>
        <source>Typ de lijstcode van het papier: dan zijn de rijen precies die van de lijst.</source>
        <translation>Type the list code from the paper: then the rows are exactly those of the list.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/reentry.py" line="198"/>
        <source>Typ een rijnummer en een uitkomst 1-6, bijv. 12 3</source>
        <translation>Type a row number and an outcome 1-6, e.g. 12 3</translation>
    </message>
</context>
<context>
    <name>ReentryMode</name>
    <message>
        <location filename="../../buurtdesk/gui/reentry_mode.py" line="99"/>
        <source>“%1” is geen lijstcode: die staat rechtsboven op elke bladzijde, bijv. LL-1128-293A</source>
        <translation>“%1” is not a list code: it is at the top right of every page, e.g. LL-1128-293A</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/reentry_mode.py" line="108"/>
        <source>Geen looplijst met code %1. Klopt de code? Een lijst die niet met BuurtDesk is gedrukt: kies links de straten of verbinder en dan ‘Zonder code’.</source>
        <translation>No walk list with code %1. Is the code right? For a list not printed with BuurtDesk: choose the streets or connector on the left, then ‘Without a code’.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/reentry_mode.py" line="118"/>
        <source>Even geduld: de lijst wordt nog geladen.</source>
        <translation>One moment: the list is still loading.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/reentry_mode.py" line="122"/>
        <source>Er staan geen huishoudens op het scherm.</source>
        <translation>There are no households on screen.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/reentry_mode.py" line="144"/>
        <source>Rijen 1 tot %1, lijstcode %2.</source>
        <translation>Rows 1 to %1, list code %2.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/reentry_mode.py" line="149"/>
        <source>%1 adressen van deze lijst bestaan niet meer.</source>
        <translation>%1 addresses of this list no longer exist.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/reentry_mode.py" line="154"/>
        <source>Deze lijst is voor straten gedrukt (%1), niet voor een verbinder: kies wie hem liep.</source>
        <translation>This list was printed for streets (%1), not for a connector: choose who walked it.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/reentry_mode.py" line="156"/>
        <source>de keuze op het scherm</source>
        <translation>the choice on screen</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/reentry_mode.py" line="161"/>
        <source>verbinder?</source>
        <translation>connector?</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/reentry_mode.py" line="162"/>
        <source>Looplijst %1 · %2</source>
        <translation>Walk list %1 · %2</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/reentry_mode.py" line="175"/>
        <source>De bezoeken van deze lijst komen op naam van %1.</source>
        <translation>The visits of this list are credited to %1.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/reentry_mode.py" line="187"/>
        <source>Kies eerst wie deze lijst liep.</source>
        <translation>First choose who walked this list.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/reentry_mode.py" line="191"/>
        <source>Even geduld: de lijst wordt nog geladen. Druk zo opnieuw op Enter.</source>
        <translation>One moment: the list is still loading. Press Enter again shortly.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/reentry_mode.py" line="197"/>
        <source>Rij %1 staat niet op deze lijst (1 tot %2)</source>
        <translation>Row %1 is not on this list (1 to %2)</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/reentry_mode.py" line="206"/>
        <source>Het adres van rij %1 bestaat niet meer</source>
        <translation>The address of row %1 no longer exists</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/reentry_mode.py" line="215"/>
        <source>Rij %1 (%2) niet opgeslagen. %3</source>
        <translation>Row %1 (%2) not saved. %3</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/reentry_mode.py" line="224"/>
        <source>Rij %1: %2 — %3 (%4)</source>
        <translation>Row %1: %2 — %3 (%4)</translation>
    </message>
</context>
<context>
    <name>RoleColumn</name>
    <message>
        <location filename="../../buurtdesk/gui/team_page.py" line="218"/>
        <source>Sleep een naam naar een rol.</source>
        <translation>Drag a name onto a role.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/team_page.py" line="219"/>
        <source>De startmotor: kennis van het onderwerp.</source>
        <translation>The starter motor: knowledge of the subject.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/team_page.py" line="220"/>
        <source>Gaat langs de deur met een duidelijke boodschap.</source>
        <translation>Goes from door to door with a clear message.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/team_page.py" line="221"/>
        <source>Neemt beslissingen en houdt vaart.</source>
        <translation>Takes decisions and keeps up the pace.</translation>
    </message>
</context>
<context>
    <name>Side</name>
    <message>
        <location filename="../../buurtdesk/gui/texts.py" line="46"/>
        <source>oneven</source>
        <translation>odd</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/texts.py" line="47"/>
        <source>even</source>
        <translation>even</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/texts.py" line="48"/>
        <source>doorlopend</source>
        <translation>straight through</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../buurtdesk/gui/texts.py" line="19"/>
        <source>nog niet bezocht</source>
        <translation>not visited yet</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/texts.py" line="20"/>
        <source>niet thuis</source>
        <translation>not home</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/texts.py" line="21"/>
        <source>gesproken</source>
        <translation>spoke</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/texts.py" line="22"/>
        <source>geïnteresseerd</source>
        <translation>interested</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/texts.py" line="23"/>
        <source>doet mee</source>
        <translation>takes part</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/texts.py" line="24"/>
        <source>geen interesse</source>
        <translation>not interested</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/texts.py" line="25"/>
        <source>niet bezoeken</source>
        <translation>do not visit</translation>
    </message>
</context>
<context>
    <name>StreetPage</name>
    <message>
        <location filename="../../buurtdesk/gui/street_page.py" line="168"/>
        <source>Zoek straat, huisnummer of postcode</source>
        <translation>Search street, house number or postcode</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/street_page.py" line="176"/>
        <source>Alle statussen</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/street_page.py" line="188"/>
        <source>Looproute</source>
        <translation>Walking order</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/street_page.py" line="189"/>
        <source>Op status</source>
        <translation>By status</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/street_page.py" line="190"/>
        <source>Volgorde van de huishoudens</source>
        <translation>Order of the households</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/street_page.py" line="193"/>
        <source>Looplijst invoeren</source>
        <translation>Enter walk list</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/street_page.py" line="197"/>
        <source>Typ de lijstcode van de looplijst, dan per rij het rijnummer en de uitkomst, bijv. 12 3 Enter</source>
        <translation>Type the code of the walk list, then for each row the row number and the outcome, e.g. 12 3 Enter</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/street_page.py" line="330"/>
        <source>Straten tellen</source>
        <translation>Counting streets</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/street_page.py" line="383"/>
        <source>Huishoudens zoeken</source>
        <translation>Finding households</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/street_page.py" line="389"/>
        <source>Fout bij lezen: %1</source>
        <translation>Error while reading: %1</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/street_page.py" line="441"/>
        <source>%1 huishoudens in beeld</source>
        <translation>%1 households shown</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/checkoff_actions.py" line="99"/>
        <source>Niet opgeslagen: %1 staat op niet aanbellen</source>
        <translation>Not saved: %1 is marked do-not-call</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/checkoff_actions.py" line="119"/>
        <source>%1: %2 opgeslagen. Let op: dit adres staat op niet aanbellen; de markering blijft (Ctrl+Z maakt ongedaan)</source>
        <translation>%1: %2 saved. Note: this address asked not to be visited; the mark stays (Ctrl+Z undoes)</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/checkoff_actions.py" line="130"/>
        <source>%1: %2 opgeslagen · Ctrl+Z maakt ongedaan</source>
        <translation>%1: %2 saved · Ctrl+Z undoes</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/checkoff_actions.py" line="224"/>
        <source>Ongedaan gemaakt: %1</source>
        <translation>Undone: %1</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/checkoff_actions.py" line="230"/>
        <source>Opnieuw gedaan: %1</source>
        <translation>Redone: %1</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/checkoff_actions.py" line="144"/>
        <source>%1 was twee keer niet thuis: laat een deurkaart achter.</source>
        <translation>%1 was not home twice: leave a door card.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/street_page.py" line="444"/>
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
        <location filename="../../buurtdesk/gui/streets_panel.py" line="48"/>
        <source>Toon de straten van één verbinder</source>
        <translation>Show one connector&apos;s streets</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/streets_panel.py" line="77"/>
        <source>Straat toevoegen…</source>
        <translation>Add street…</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/streets_panel.py" line="81"/>
        <source>Toewijzen</source>
        <translation>Assign</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/streets_panel.py" line="83"/>
        <source>Wijs de gekozen straten toe aan een verbinder (meerdere straten: Ctrl+klik)</source>
        <translation>Assign the chosen streets to a connector (several streets: Ctrl+click)</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/streets_panel.py" line="115"/>
        <source>Alle verbinders</source>
        <translation>All connectors</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/streets_panel.py" line="198"/>
        <source>Doorlopend genummerd (1, 2, 3 … langs één kant)</source>
        <translation>Numbered straight through (1, 2, 3 … along one side)</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/streets_panel.py" line="202"/>
        <source>Uit: eerst de oneven kant, dan de even kant. Aan: in nummervolgorde.</source>
        <translation>Off: the odd side first, then the even side. On: in number order.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/streets_panel.py" line="234"/>
        <source>Kies eerst een of meer straten</source>
        <translation>First choose one or more streets</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/streets_panel.py" line="238"/>
        <source>Nog geen verbinders (geef iemand de rol verbinder onder Team)</source>
        <translation>No connectors yet (give someone the connector role under Team)</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/streets_panel.py" line="241"/>
        <source>Toewijzen aan %1</source>
        <translation>Assign to %1</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/streets_panel.py" line="246"/>
        <source>Toewijzing weghalen</source>
        <translation>Remove assignment</translation>
    </message>
</context>
<context>
    <name>TallyTableModel</name>
    <message>
        <location filename="../../buurtdesk/gui/progress_page.py" line="185"/>
        <source>Doet mee: de initiatiefnemers en de huishoudens die bij hun laatste bezoek “doet mee” zeiden, elk huishouden één keer</source>
        <translation>Taking part: the initiators and the households whose latest visit said “takes part”, each household once</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/progress_page.py" line="192"/>
        <source>Huishoudens</source>
        <translation>Households</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/progress_page.py" line="193"/>
        <source>Bezocht</source>
        <translation>Visited</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/progress_page.py" line="195"/>
        <source>Interesse</source>
        <translation>Interest</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/progress_page.py" line="196"/>
        <source>Doet mee</source>
        <translation>Takes part</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/progress_page.py" line="205"/>
        <source>(onbekend)</source>
        <translation>(unknown)</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/progress_page.py" line="229"/>
        <source>doet mee (incl. %1 initiatiefnemers)</source>
        <translation>taking part (incl. %1 initiators)</translation>
    </message>
</context>
<context>
    <name>TaskCard</name>
    <message>
        <location filename="../../buurtdesk/gui/plan_cards.py" line="106"/>
        <source>Mijlpaal</source>
        <translation>Milestone</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/plan_cards.py" line="111"/>
        <source>Deurronde: %1 bezoeken deze week</source>
        <translation>Door round: %1 visits this week</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/plan_cards.py" line="135"/>
        <source>te laat</source>
        <translation>overdue</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/plan_cards.py" line="179"/>
        <source>Toewijzen aan</source>
        <translation>Assign to</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/plan_cards.py" line="180"/>
        <source>(niemand)</source>
        <translation>(nobody)</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/plan_cards.py" line="188"/>
        <source>Bewerken…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/plan_cards.py" line="189"/>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
</context>
<context>
    <name>TaskDialog</name>
    <message>
        <location filename="../../buurtdesk/gui/plan_dialogs.py" line="122"/>
        <source>Taak bewerken</source>
        <translation>Edit task</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/plan_dialogs.py" line="122"/>
        <source>Taak toevoegen</source>
        <translation>Add task</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/plan_dialogs.py" line="126"/>
        <source>Waarom deze stap ertoe doet</source>
        <translation>Why this step matters</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/plan_dialogs.py" line="146"/>
        <source>(nog niemand)</source>
        <translation>(nobody yet)</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/plan_dialogs.py" line="152"/>
        <source>Taak</source>
        <translation>Task</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/plan_dialogs.py" line="153"/>
        <source>Waarom</source>
        <translation>Why</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/plan_dialogs.py" line="154"/>
        <source>Week</source>
        <translation>Week</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/plan_dialogs.py" line="155"/>
        <source>Rol</source>
        <translation>Role</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/plan_dialogs.py" line="156"/>
        <source>Soort</source>
        <translation>Kind</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/plan_dialogs.py" line="157"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/plan_dialogs.py" line="158"/>
        <source>Wie doet het</source>
        <translation>Who does it</translation>
    </message>
</context>
<context>
    <name>TeamPage</name>
    <message>
        <location filename="../../buurtdesk/gui/member_dialog.py" line="33"/>
        <source>Nog geen rol</source>
        <translation>No role yet</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/member_dialog.py" line="34"/>
        <source>Deskundige</source>
        <translation>Expert</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/member_dialog.py" line="35"/>
        <source>Verbinder</source>
        <translation>Connector</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/member_dialog.py" line="36"/>
        <source>Ondernemer</source>
        <translation>Entrepreneur</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/team_page.py" line="235"/>
        <source>Het team</source>
        <translation>The team</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/team_page.py" line="237"/>
        <source>Teamlid toevoegen…</source>
        <translation>Add team member…</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/team_page.py" line="238"/>
        <source>Bewerken…</source>
        <translation>Edit…</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/team_page.py" line="239"/>
        <source>Verwijderen</source>
        <translation>Delete</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/team_page.py" line="247"/>
        <source> deuren per week</source>
        <translation> doors per week</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/team_page.py" line="249"/>
        <source>Hoeveel deuren één verbinder per week kan bezoeken; het bord rekent ermee.</source>
        <translation>How many doors one connector can visit per week; the board counts with it.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/team_page.py" line="252"/>
        <source>Tempo per verbinder:</source>
        <translation>Pace per connector:</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/team_page.py" line="265"/>
        <source>bijv. Buurtteam Lindekwartier · 06 1234 5678</source>
        <translation>e.g. Buurtteam Lindekwartier · 06 1234 5678</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/team_page.py" line="267"/>
        <source>Hoe bewoners het team bereiken; staat op de brieven en de deurkaarten.</source>
        <translation>How residents reach the team; printed on the letters and door cards.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/team_page.py" line="269"/>
        <source>Contact opslaan</source>
        <translation>Save contact</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/team_page.py" line="275"/>
        <source>Contact voor bewoners:</source>
        <translation>Contact for residents:</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/team_page.py" line="294"/>
        <source>Sleep een naam naar een andere kolom om de rol te wisselen; houd Ctrl ingedrukt om de rol erbij te geven. Dubbelklik om een teamlid te bewerken.</source>
        <translation>Drag a name to another column to change the role; hold Ctrl to add the role. Double-click to edit a team member.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/team_page.py" line="352"/>
        <source>Het team heeft 1 lid; een team heeft er minstens drie nodig, liefst vijf.</source>
        <translation>The team has 1 member; a team needs at least three, preferably five.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/team_page.py" line="355"/>
        <source>Het team heeft %1 leden; een team heeft er minstens drie nodig, liefst vijf.</source>
        <translation>The team has %1 members; a team needs at least three, preferably five.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/team_page.py" line="359"/>
        <source>zonder deskundige mist het team de startmotor en de inhoud.</source>
        <translation>without an expert the team lacks its starter motor and the content.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/team_page.py" line="360"/>
        <source>zonder verbinder gaat niemand langs de deur.</source>
        <translation>without a connector nobody goes to the doors.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/team_page.py" line="362"/>
        <source>zonder ondernemer neemt niemand beslissingen en verliest het project vaart.</source>
        <translation>without an entrepreneur nobody takes decisions and the project loses pace.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/team_page.py" line="366"/>
        <source>Niemand is %1: %2</source>
        <translation>Nobody is %1: %2</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/team_page.py" line="372"/>
        <source>Er zijn nog %1 deuren te bezoeken, maar het project is voorbij.</source>
        <translation>There are still %1 doors to visit, but the project is over.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/team_page.py" line="376"/>
        <source>%1 deuren liggen in straten zonder verbinder; wijs die straten aan een verbinder toe.</source>
        <translation>%1 doors are in streets without a connector; assign those streets to a connector.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/team_page.py" line="381"/>
        <source>%1 heeft nog %2 deuren, maar haalt er in de resterende weken %3 (%4 per week); verdeel de straten of zoek een extra verbinder.</source>
        <translation>%1 still has %2 doors, but can do %3 in the weeks left (%4 per week); share out the streets or find another connector.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/team_page.py" line="392"/>
        <source>✔ Het team is compleet: alle rollen zijn bezet.</source>
        <translation>✔ The team is complete: every role is filled.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/team_page.py" line="400"/>
        <source>Wat het team nog mist</source>
        <translation>What the team still lacks</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/team_page.py" line="429"/>
        <source>Rol van %1 wijzigen</source>
        <translation>Change the role of %1</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/team_page.py" line="481"/>
        <source>Teamlid verwijderen</source>
        <translation>Remove team member</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/team_page.py" line="482"/>
        <source>%1 uit het team verwijderen? Bezoeken blijven bewaard met de naam.</source>
        <translation>Remove %1 from the team? Visits are kept with the name.</translation>
    </message>
</context>
<context>
    <name>WeeklyChart</name>
    <message>
        <location filename="../../buurtdesk/gui/progress_chart.py" line="64"/>
        <source>Nog geen cijfers</source>
        <translation>No figures yet</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/progress_chart.py" line="113"/>
        <source>wk %1</source>
        <translation>wk %1</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/progress_chart.py" line="131"/>
        <source>doel %1 %</source>
        <translation>goal %1 %</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/progress_chart.py" line="160"/>
        <source>bezocht (% van alle huishoudens)</source>
        <translation>visited (% of all households)</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/progress_chart.py" line="161"/>
        <source>doet mee, met initiatiefnemers</source>
        <translation>takes part, with initiators</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/progress_chart.py" line="162"/>
        <source>bezoeken per week (rechts)</source>
        <translation>visits per week (right)</translation>
    </message>
</context>
</TS>
