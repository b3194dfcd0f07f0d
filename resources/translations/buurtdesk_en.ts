<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en" sourcelanguage="nl">
<context>
    <name></name>
    <message>
        <location filename="../../buurtdesk/gui/print_dialog.py" line="62"/>
        <source>Print</source>
        <comment>Looplijst</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/print_dialog.py" line="63"/>
        <source>Print</source>
        <comment>Deurkaarten</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/print_dialog.py" line="64"/>
        <source>Print</source>
        <comment>Buurtbrief of uitnodiging</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/print_dialog.py" line="65"/>
        <source>Print</source>
        <comment>Verslag voor de gemeente</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/print_dialog.py" line="66"/>
        <source>Print</source>
        <comment>Plan op één pagina</comment>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <location filename="../../buurtdesk/gui/print_dialog.py" line="74"/>
        <source>Print</source>
        <comment>Voor aan de deur: per verbinder of straat, in looproute-volgorde, met rijnummers, vakjes om aan te kruisen en een voorblad met de kernboodschap.</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../buurtdesk/gui/print_dialog.py" line="79"/>
        <source>Print</source>
        <comment>“Sorry, we hebben u gemist”: vier kaarten per A4 met snijtekens, eventueel met een QR-code naar een website of telefoonnummer.</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../buurtdesk/gui/print_dialog.py" line="84"/>
        <source>Print</source>
        <comment>Eén brief per huishouden, uit een sjabloon, met het adres op de plek van het venster van een vensterenvelop.</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../buurtdesk/gui/print_dialog.py" line="89"/>
        <source>Print</source>
        <comment>Alleen cijfers en grafieken: deelname per straat en per week, team, mijlpalen en activiteiten. Geen adressen of namen van huishoudens.</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../buurtdesk/gui/print_dialog.py" line="94"/>
        <source>Print</source>
        <comment>Het stappenplan week voor week op één A4 liggend, voor aan de keukentafel.</comment>
        <translation type="unfinished">
            <numerusform></numerusform>
            <numerusform></numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/print_dialog.py" line="363"/>
        <source>Print</source>
        <comment>Begin eerst een project; dan kunt u afdrukken.</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/print_dialog.py" line="374"/>
        <source>Print</source>
        <comment>%1 maken…</comment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/print_dialog.py" line="375"/>
        <source>Print</source>
        <comment>Annuleren</comment>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AddStreetDialog</name>
    <message>
        <location filename="../../buurtdesk/gui/street_dialog.py" line="37"/>
        <source>Straat toevoegen</source>
        <translation>Add street</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/street_dialog.py" line="40"/>
        <source>bijv. Dorpsstraat</source>
        <translation>e.g. Dorpsstraat</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/street_dialog.py" line="41"/>
        <source>Straatnaam:</source>
        <translation>Street name:</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/street_dialog.py" line="43"/>
        <source>bijv. 1-59</source>
        <translation>e.g. 1-59</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/street_dialog.py" line="44"/>
        <source>Huisnummers:</source>
        <translation>House numbers:</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/street_dialog.py" line="46"/>
        <source>alle nummers</source>
        <translation>all numbers</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/street_dialog.py" line="47"/>
        <source>alleen oneven</source>
        <translation>odd only</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/street_dialog.py" line="48"/>
        <source>alleen even</source>
        <translation>even only</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/street_dialog.py" line="49"/>
        <source>Kant:</source>
        <translation>Side:</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/street_dialog.py" line="50"/>
        <source>doorlopend genummerd (bijv. een plein)</source>
        <translation>numbered straight through (e.g. a square)</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/street_dialog.py" line="54"/>
        <source>Postcode:</source>
        <translation>Postcode:</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/street_dialog.py" line="56"/>
        <source>Plaats:</source>
        <translation>Place:</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/street_dialog.py" line="63"/>
        <source>Toevoegen</source>
        <translation>Add</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/street_dialog.py" line="64"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/street_dialog.py" line="76"/>
        <source>Vul een straatnaam in.</source>
        <translation>Enter a street name.</translation>
    </message>
</context>
<context>
    <name>App</name>
    <message>
        <location filename="../../buurtdesk/gui/app.py" line="48"/>
        <source>Bestand niet geopend</source>
        <translation>File not opened</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/app.py" line="49"/>
        <source>BuurtDesk kan %1 niet openen:

%2</source>
        <translation>BuurtDesk cannot open %1:

%2</translation>
    </message>
</context>
<context>
    <name>CheckOff</name>
    <message>
        <location filename="../../buurtdesk/gui/checkoff.py" line="44"/>
        <source>Buurtproject</source>
        <translation>Neighbourhood project</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/checkoff.py" line="80"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>CheckOffBar</name>
    <message>
        <location filename="../../buurtdesk/gui/checkoff.py" line="131"/>
        <source>Verbinder:</source>
        <translation>Connector:</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/checkoff.py" line="135"/>
        <source>Wie ging langs de deur (de vorige blijft staan)</source>
        <translation>Who went to the door (the last one stays)</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/checkoff.py" line="137"/>
        <source>Datum:</source>
        <translation>Date:</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/checkoff.py" line="143"/>
        <source>Notitie bij het volgende bezoek (N)</source>
        <translation>Note for the next visit (N)</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/checkoff.py" line="151"/>
        <source>Toets %1: %2</source>
        <translation>Key %1: %2</translation>
    </message>
</context>
<context>
    <name>HouseholdTableModel</name>
    <message>
        <location filename="../../buurtdesk/gui/household_model.py" line="144"/>
        <source>Adres</source>
        <translation>Address</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/household_model.py" line="145"/>
        <source>Kant</source>
        <translation>Side</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/household_model.py" line="146"/>
        <source>Postcode</source>
        <translation>Postcode</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/household_model.py" line="147"/>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/household_model.py" line="148"/>
        <source>Laatste bezoek</source>
        <translation>Last visit</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/household_model.py" line="149"/>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
    <message numerus="yes">
        <location filename="../../buurtdesk/gui/household_model.py" line="201"/>
        <source>%1  (%n adressen)</source>
        <translation>
            <numerusform>%1  (%n address)</numerusform>
            <numerusform>%1  (%n addresses)</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/household_model.py" line="216"/>
        <location filename="../../buurtdesk/gui/household_model.py" line="226"/>
        <source>wil geen bezoek</source>
        <translation>does not want visits</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/household_model.py" line="217"/>
        <location filename="../../buurtdesk/gui/household_model.py" line="225"/>
        <source>Niet bezoeken: %1</source>
        <translation>Do not visit: %1</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <location filename="../../buurtdesk/gui/main_window.py" line="187"/>
        <source>&amp;Bestand</source>
        <translation>&amp;File</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/main_window.py" line="188"/>
        <source>&amp;Nieuwe buurt…</source>
        <translation>&amp;New neighbourhood…</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/main_window.py" line="190"/>
        <source>&amp;Openen…</source>
        <translation>&amp;Open…</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/main_window.py" line="194"/>
        <source>Adressen &amp;inlezen…</source>
        <translation>&amp;Import addresses…</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/main_window.py" line="196"/>
        <source>&amp;Voorbeeldbuurt maken</source>
        <translation>Create &amp;demo neighbourhood</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/main_window.py" line="198"/>
        <source>&amp;Afsluiten</source>
        <translation>&amp;Quit</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/main_window.py" line="201"/>
        <source>Be&amp;werken</source>
        <translation>&amp;Edit</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/main_window.py" line="202"/>
        <source>Ongedaan maken</source>
        <translation>Undo</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/main_window.py" line="204"/>
        <source>Opnieuw</source>
        <translation>Redo</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/main_window.py" line="210"/>
        <source>Straat &amp;toevoegen…</source>
        <translation>&amp;Add street…</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/main_window.py" line="212"/>
        <source>&amp;Looplijst invoeren</source>
        <translation>Enter &amp;walk list</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/main_window.py" line="216"/>
        <source>&amp;Zoeken</source>
        <translation>&amp;Find</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/main_window.py" line="219"/>
        <source>&amp;Beeld</source>
        <translation>&amp;View</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/main_window.py" line="225"/>
        <source>&amp;Taal</source>
        <translation>&amp;Language</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/main_window.py" line="232"/>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/main_window.py" line="233"/>
        <source>&amp;Sneltoetsen</source>
        <translation>&amp;Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/main_window.py" line="234"/>
        <source>&amp;Over BuurtDesk</source>
        <translation>&amp;About BuurtDesk</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/main_window.py" line="237"/>
        <source>Een verzonnen buurt om rond te kijken; alleen in een leeg bestand.</source>
        <translation>A made-up neighbourhood to look around in; only in an empty file.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/main_window.py" line="246"/>
        <source>bezig…</source>
        <translation>working…</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/main_window.py" line="266"/>
        <source>Taal</source>
        <translation>Language</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/main_window.py" line="267"/>
        <source>De nieuwe taal geldt vanaf de volgende keer dat u BuurtDesk start.</source>
        <translation>The new language applies from the next time you start BuurtDesk.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/main_window.py" line="273"/>
        <source>Sneltoetsen</source>
        <translation>Keyboard shortcuts</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/main_window.py" line="275"/>
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
        <location filename="../../buurtdesk/gui/main_window.py" line="290"/>
        <source>Over BuurtDesk</source>
        <translation>About BuurtDesk</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/main_window.py" line="292"/>
        <source>BuurtDesk %1
Voor buurtteams: huishoudens, bezoeken, team en plan, zonder internet.</source>
        <translation>BuurtDesk %1
For neighbourhood teams: households, visits, team and plan, without internet.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/main_window.py" line="302"/>
        <source>Nieuwe buurt</source>
        <translation>New neighbourhood</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/main_window.py" line="304"/>
        <source>BuurtDesk-bestanden (*.buurtdesk)</source>
        <translation>BuurtDesk files (*.buurtdesk)</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/main_window.py" line="314"/>
        <source>Buurt openen</source>
        <translation>Open neighbourhood</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/main_window.py" line="316"/>
        <source>BuurtDesk-bestanden (*.buurtdesk *.sqlite);;Alle bestanden (*)</source>
        <translation>BuurtDesk files (*.buurtdesk *.sqlite);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/main_window.py" line="323"/>
        <source>Annuleren</source>
        <translation>Cancel</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/main_window.py" line="365"/>
        <source>Voorbeeldbuurt</source>
        <translation>Demo neighbourhood</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/main_window.py" line="367"/>
        <source>De voorbeeldbuurt komt alleen in een leeg bestand. Kies Bestand &gt; Nieuwe buurt… en maak daar de voorbeeldbuurt.</source>
        <translation>The demo neighbourhood only goes into an empty file. Choose File &gt; New neighbourhood… and create the demo there.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/main_window.py" line="378"/>
        <source>Voorbeeldbuurt maken…</source>
        <translation>Creating the demo neighbourhood…</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/main_window.py" line="384"/>
        <source>Adressenbestand inlezen</source>
        <translation>Import address file</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/main_window.py" line="386"/>
        <source>Adressen (*.csv *.txt *.xlsx *.gpkg);;Alle bestanden (*)</source>
        <translation>Addresses (*.csv *.txt *.xlsx *.gpkg);;All files (*)</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/main_window.py" line="395"/>
        <source>Adressen inlezen…</source>
        <translation>Import addresses…</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/main_window.py" line="400"/>
        <source>%1: %2 toegevoegd, %3 bijgewerkt, %4 ongewijzigd</source>
        <translation>%1: %2 added, %3 updated, %4 unchanged</translation>
    </message>
</context>
<context>
    <name>MapLegend</name>
    <message>
        <location filename="../../buurtdesk/gui/map_page.py" line="75"/>
        <source>Legenda</source>
        <translation>Legend</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/map_page.py" line="101"/>
        <source>één adres</source>
        <translation>one address</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/map_page.py" line="106"/>
        <source>meer adressen op één punt;
klik voor de lijst</source>
        <translation>several addresses at one point;
click for the list</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/map_page.py" line="111"/>
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
        <location filename="../../buurtdesk/gui/map_page.py" line="162"/>
        <source>Inzoomen (of draai aan het muiswiel)</source>
        <translation>Zoom in (or turn the mouse wheel)</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/map_page.py" line="164"/>
        <source>Uitzoomen</source>
        <translation>Zoom out</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/map_page.py" line="165"/>
        <source>Hele buurt</source>
        <translation>Whole neighbourhood</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/map_page.py" line="166"/>
        <source>De hele buurt in beeld</source>
        <translation>Show the whole neighbourhood</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/map_page.py" line="173"/>
        <source>Sleep om te verschuiven · klik op een huis om het te kiezen</source>
        <translation>Drag to pan · click a house to select it</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/map_page.py" line="188"/>
        <source>Nog geen adressen om te tekenen.

Open de voorbeeldbuurt, importeer een adresbestand of voeg een straat toe
op de pagina Straten; dan verschijnt hier de kaart.</source>
        <translation>No addresses to draw yet.

Open the demo neighbourhood, import an address file or add a street
on the Streets page; then the map appears here.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/map_page.py" line="327"/>
        <source>Straten zonder coördinaten</source>
        <translation>Streets without coordinates</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/map_page.py" line="385"/>
        <source>%1 adressen op dit punt</source>
        <translation>%1 addresses at this point</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/map_page.py" line="399"/>
        <source>… en nog %1 (zie de lijst)</source>
        <translation>… and %1 more (see the list)</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/map_page.py" line="422"/>
        <source>1 adres</source>
        <translation>1 address</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/map_page.py" line="423"/>
        <source>%1 adressen</source>
        <translation>%1 addresses</translation>
    </message>
</context>
<context>
    <name>Pages</name>
    <message>
        <location filename="../../buurtdesk/gui/pages.py" line="25"/>
        <source>Straten</source>
        <translation>Streets</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/pages.py" line="29"/>
        <source>Kaart</source>
        <translation>Map</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/pages.py" line="31"/>
        <source>Hier komt de kaart van de buurt.</source>
        <translation>The map of the neighbourhood will come here.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/pages.py" line="35"/>
        <source>Team</source>
        <translation>Team</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/pages.py" line="37"/>
        <source>Hier komen het team en de rollen.</source>
        <translation>The team and its roles will come here.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/pages.py" line="41"/>
        <source>Plan</source>
        <translation>Plan</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/pages.py" line="43"/>
        <source>Hier komt het stappenplan, week voor week.</source>
        <translation>The step plan, week by week, will come here.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/pages.py" line="47"/>
        <source>Voortgang</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/pages.py" line="49"/>
        <source>Hier komt de voortgang naar het doel.</source>
        <translation>Progress toward the goal will come here.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/pages.py" line="53"/>
        <source>Afdrukken</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/pages.py" line="55"/>
        <source>Hier komen looplijsten, deurkaarten en brieven.</source>
        <translation>Walk lists, door cards and letters will come here.</translation>
    </message>
</context>
<context>
    <name>Print</name>
    <message>
        <location filename="../../buurtdesk/gui/print_dialog.py" line="288"/>
        <source>Kies een verbinder of minstens één straat.</source>
        <translation>Choose a connector or at least one street.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/print_dialog.py" line="337"/>
        <source>PDF opslaan</source>
        <translation>Save PDF</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/print_dialog.py" line="339"/>
        <source>PDF-bestanden (*.pdf)</source>
        <translation>PDF files (*.pdf)</translation>
    </message>
</context>
<context>
    <name>PrintCard</name>
    <message>
        <location filename="../../buurtdesk/gui/print_page.py" line="43"/>
        <source>Maken…</source>
        <translation>Create…</translation>
    </message>
</context>
<context>
    <name>PrintDialog</name>
    <message>
        <location filename="../../buurtdesk/gui/print_dialog.py" line="147"/>
        <source>%1 · %2 adressen</source>
        <translation>%1 · %2 addresses</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/print_dialog.py" line="156"/>
        <source>De straten van verbinder</source>
        <translation>The connector&apos;s streets</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/print_dialog.py" line="157"/>
        <source>Deze straten</source>
        <translation>These streets</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/print_dialog.py" line="158"/>
        <source>Alleen wie twee keer niet thuis was</source>
        <translation>Only those not home twice</translation>
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
</context>
<context>
    <name>PrintPage</name>
    <message>
        <location filename="../../buurtdesk/gui/print_page.py" line="68"/>
        <source>Afdrukken</source>
        <translation>Print</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/print_page.py" line="97"/>
        <source>Begin eerst een project; daarna kunt u hier afdrukken.</source>
        <translation>Start a project first; then you can print here.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/print_page.py" line="101"/>
        <source>Alles wordt een PDF voor project “%1”. Na het opslaan opent hij in uw PDF-lezer.</source>
        <translation>Everything becomes a PDF for project “%1”. After saving it opens in your PDF reader.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/print_page.py" line="116"/>
        <source>Opgeslagen: %1 (%2 pagina&apos;s)</source>
        <translation>Saved: %1 (%2 pages)</translation>
    </message>
</context>
<context>
    <name>Side</name>
    <message>
        <location filename="../../buurtdesk/gui/texts.py" line="39"/>
        <source>oneven</source>
        <translation>odd</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/texts.py" line="40"/>
        <source>even</source>
        <translation>even</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/texts.py" line="41"/>
        <source>doorlopend</source>
        <translation>straight through</translation>
    </message>
</context>
<context>
    <name>Status</name>
    <message>
        <location filename="../../buurtdesk/gui/texts.py" line="18"/>
        <source>nog niet bezocht</source>
        <translation>not visited yet</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/texts.py" line="19"/>
        <source>niet thuis</source>
        <translation>not home</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/texts.py" line="20"/>
        <source>gesproken</source>
        <translation>spoke</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/texts.py" line="21"/>
        <source>geïnteresseerd</source>
        <translation>interested</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/texts.py" line="22"/>
        <source>doet mee</source>
        <translation>takes part</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/texts.py" line="23"/>
        <source>geen interesse</source>
        <translation>not interested</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/texts.py" line="24"/>
        <source>niet bezoeken</source>
        <translation>do not visit</translation>
    </message>
</context>
<context>
    <name>StreetPage</name>
    <message>
        <location filename="../../buurtdesk/gui/street_page.py" line="170"/>
        <source>Toon de straten van één verbinder</source>
        <translation>Show one connector&apos;s streets</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/street_page.py" line="194"/>
        <location filename="../../buurtdesk/gui/street_page.py" line="347"/>
        <source>Straat toevoegen…</source>
        <translation>Add street…</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/street_page.py" line="198"/>
        <source>Toewijzen</source>
        <translation>Assign</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/street_page.py" line="200"/>
        <source>Wijs de gekozen straten toe aan een verbinder (meerdere straten: Ctrl+klik)</source>
        <translation>Assign the chosen streets to a connector (several streets: Ctrl+click)</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/street_page.py" line="216"/>
        <source>Zoek straat, huisnummer of postcode</source>
        <translation>Search street, house number or postcode</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/street_page.py" line="222"/>
        <source>Alle statussen</source>
        <translation>All statuses</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/street_page.py" line="234"/>
        <source>Looproute</source>
        <translation>Walking order</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/street_page.py" line="235"/>
        <source>Op status</source>
        <translation>By status</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/street_page.py" line="236"/>
        <source>Volgorde van de huishoudens</source>
        <translation>Order of the households</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/street_page.py" line="239"/>
        <source>Looplijst invoeren</source>
        <translation>Enter walk list</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/street_page.py" line="242"/>
        <source>Typ het rijnummer van de looplijst en de uitkomst, bijv. 12 3 Enter</source>
        <translation>Type the row number of the walk list and the outcome, e.g. 12 3 Enter</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/street_page.py" line="251"/>
        <source>Rij en uitkomst:</source>
        <translation>Row and outcome:</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/street_page.py" line="253"/>
        <source>bijv. 12 3 (rij 12: geïnteresseerd), dan Enter</source>
        <translation>e.g. 12 3 (row 12: interested), then Enter</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/street_page.py" line="325"/>
        <source>Nog geen adressen in deze buurt</source>
        <translation>No addresses in this neighbourhood yet</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/street_page.py" line="334"/>
        <source>Begin met de voorbeeldbuurt om rond te kijken, lees een adressenbestand in (CSV, Excel of BAG), of voeg een straat toe met een reeks huisnummers.</source>
        <translation>Start with the demo neighbourhood to look around, import an address file (CSV, Excel or BAG), or add a street with a range of house numbers.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/street_page.py" line="343"/>
        <source>Voorbeeldbuurt openen</source>
        <translation>Open demo neighbourhood</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/street_page.py" line="345"/>
        <source>Adressen inlezen…</source>
        <translation>Import addresses…</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/street_page.py" line="382"/>
        <source>Straten tellen</source>
        <translation>Counting streets</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/street_page.py" line="407"/>
        <source>Huishoudens zoeken</source>
        <translation>Finding households</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/street_page.py" line="413"/>
        <source>Fout bij lezen: %1</source>
        <translation>Error while reading: %1</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/street_page.py" line="450"/>
        <source>%1 huishoudens in beeld</source>
        <translation>%1 households shown</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/street_page.py" line="452"/>
        <source>%1 van %2 bezocht, %3 doen mee (%4%)</source>
        <translation>%1 of %2 visited, %3 take part (%4%)</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/street_page.py" line="465"/>
        <source>Alle verbinders</source>
        <translation>All connectors</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/street_page.py" line="524"/>
        <source>Kies eerst een of meer straten</source>
        <translation>First choose one or more streets</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/street_page.py" line="528"/>
        <source>Nog geen teamleden (zie Team)</source>
        <translation>No team members yet (see Team)</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/street_page.py" line="533"/>
        <source>Toewijzen aan %1</source>
        <translation>Assign to %1</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/street_page.py" line="539"/>
        <source>Toewijzing weghalen</source>
        <translation>Remove assignment</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/street_page.py" line="642"/>
        <source>%1 was twee keer niet thuis: laat een deurkaart achter.</source>
        <translation>%1 was not home twice: leave a door card.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/street_page.py" line="668"/>
        <source>Geen huishouden gekozen</source>
        <translation>No household selected</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/street_page.py" line="677"/>
        <source>Niet bezoeken</source>
        <translation>Do not visit</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/street_page.py" line="678"/>
        <source>Notitie</source>
        <translation>Note</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/street_page.py" line="679"/>
        <source>Bezoeken</source>
        <translation>Visits</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/street_page.py" line="680"/>
        <source>Nog geen bezoeken</source>
        <translation>No visits yet</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/street_page.py" line="681"/>
        <source>ongedaan gemaakt</source>
        <translation>undone</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/street_page.py" line="691"/>
        <source>wil geen bezoek</source>
        <translation>does not want visits</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/street_page.py" line="728"/>
        <source>Twee keer niet thuis: laat een deurkaart achter.</source>
        <translation>Not home twice: leave a door card.</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/street_page.py" line="751"/>
        <source>Typ een rijnummer en een uitkomst 1-6, bijv. 12 3</source>
        <translation>Type a row number and an outcome 1-6, e.g. 12 3</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/street_page.py" line="758"/>
        <source>Rij %1 staat niet op deze lijst (1 tot %2)</source>
        <translation>Row %1 is not on this list (1 to %2)</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/street_page.py" line="773"/>
        <source>Rij %1: %2 — %3</source>
        <translation>Row %1: %2 — %3</translation>
    </message>
</context>
<context>
    <name>StreetTableModel</name>
    <message>
        <location filename="../../buurtdesk/gui/street_model.py" line="88"/>
        <source>Straat</source>
        <translation>Street</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/street_model.py" line="88"/>
        <source>Adressen</source>
        <translation>Addresses</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/street_model.py" line="88"/>
        <source>Voortgang</source>
        <translation>Progress</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/street_model.py" line="105"/>
        <source>Alle straten</source>
        <translation>All streets</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/street_model.py" line="123"/>
        <source>%1 adressen, %2 bezocht, %3 doen mee</source>
        <translation>%1 addresses, %2 visited, %3 take part</translation>
    </message>
    <message>
        <location filename="../../buurtdesk/gui/street_model.py" line="127"/>
        <source>Verbinder: %1</source>
        <translation>Connector: %1</translation>
    </message>
</context>
</TS>
