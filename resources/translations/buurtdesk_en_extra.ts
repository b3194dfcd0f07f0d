<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<!-- Hand-kept: texts that pyside6-lupdate cannot find because the code calls
     QCoreApplication.translate under another name (print_dialog.py: tr = ...).
     Compiled into buurtdesk_en.qm together with buurtdesk_en.ts. -->
<TS version="2.1" language="en" sourcelanguage="nl">
  <context>
    <name>Print</name>
    <message>
      <source>Looplijst</source>
      <translation>Walk list</translation>
    </message>
    <message>
      <source>Deurkaarten</source>
      <translation>Door cards</translation>
    </message>
    <message>
      <source>Buurtbrief of uitnodiging</source>
      <translation>Neighbourhood letter or invitation</translation>
    </message>
    <message>
      <source>Verslag voor de gemeente</source>
      <translation>Report for the municipality</translation>
    </message>
    <message>
      <source>Plan op één pagina</source>
      <translation>Plan on one page</translation>
    </message>
    <message>
      <source>Voor aan de deur: per verbinder of straat, in looproute-volgorde, met rijnummers, vakjes om aan te kruisen en een voorblad met de kernboodschap.</source>
      <translation>For at the door: per connector or street, in walking order, with row numbers, boxes to tick and a cover page with the key message.</translation>
    </message>
    <message>
      <source>“Sorry, we hebben u gemist”: vier kaarten per A4 met snijtekens, eventueel met een QR-code naar een website of telefoonnummer.</source>
      <translation>“Sorry, we missed you”: four cards per A4 with crop marks, optionally with a QR code to a website or phone number.</translation>
    </message>
    <message>
      <source>Eén brief per huishouden, uit een sjabloon, met het adres op de plek van het venster van een vensterenvelop.</source>
      <translation>One letter per household, from a template, with the address where the window of a window envelope is.</translation>
    </message>
    <message>
      <source>Alleen cijfers en grafieken: deelname per straat en per week, team, mijlpalen en activiteiten. Geen adressen of namen van huishoudens.</source>
      <translation>Figures and charts only: participation per street and per week, team, milestones and activities. No addresses or names of households.</translation>
    </message>
    <message>
      <source>Het stappenplan week voor week op één A4 liggend, voor aan de keukentafel.</source>
      <translation>The step plan week by week on one landscape A4, for the kitchen table.</translation>
    </message>
    <message>
      <source>Begin eerst een project; dan kunt u afdrukken.</source>
      <translation>Start a project first; then you can print.</translation>
    </message>
    <message>
      <source>%1 maken…</source>
      <translation>Creating %1…</translation>
    </message>
    <message>
      <source>Annuleren</source>
      <translation>Cancel</translation>
    </message>
  </context>
</TS>
