"""Command 'import': households from a CSV, Excel (.xlsx) or BAG GeoPackage file."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from ..domain.address import parse_postcode_range
from ..io.address_import import ImportOptions, LayerCount, parse_map
from ..ops import importing as ops
from ..ops.base import open_neighbourhood
from .common import open_store, print_json

_DESCRIPTION = """\
Leest adressen uit een CSV-bestand (UTF-8, UTF-16 of Windows-1252; komma, puntkomma of tab:
dat wordt herkend), een Excel-bestand (.xlsx) of een BAG GeoPackage (.gpkg). Kolommen worden
herkend aan hun kop (straat/openbareruimte, huisnummer, huisletter, toevoeging/Toev., postcode,
woonplaats/plaats, x/y in RD of lat/lon, gebruiksdoel); met --map wijst u ze zelf aan. Waar het
bestand een gebruiksdoel noemt, worden alleen woningen (woonfunctie) ingelezen.

Van een GeoPackage worden alle adreslagen gelezen: bij de BAG verblijfsobjecten (alleen
woningen), ligplaatsen (woonboten) en standplaatsen (woonwagens); het verslag telt per laag.
Met --layer NAAM (vaker te geven) leest u alleen die lagen.

Een adres dat er al is wordt bijgewerkt, niet verdubbeld: hetzelfde bestand twee keer inlezen
verandert niets.

Het hele bestand wordt eerst gecontroleerd. Heeft één rij een fout (een huisnummer dat geen
nummer is, een postcode die niet bestaat, een rij met te veel of te weinig velden), dan wordt
het HELE bestand geweigerd en verandert er niets: de eerste fouten worden getoond als
bestand:regel: melding, met het totale aantal. Verbeter ze en lees het bestand opnieuw in.
Bij een GeoPackage is de "regel" het objectnummer (fid).
"""


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    """Add the 'import' command."""
    cmd = subparsers.add_parser(
        "import",
        parents=[common],
        help="adressen inlezen uit CSV, Excel of BAG GeoPackage",
        description=_DESCRIPTION,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    cmd.add_argument("file", metavar="BESTAND", type=Path)
    cmd.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="VELD=KOLOM",
        help="wijs een kolom aan, bijv. --map straat=Straatnaam --map huisnummer=Nr "
        "(velden: straat, huisnummer, huisletter, toevoeging, postcode, plaats, x, y, lat, lon, "
        "gebruiksdoel)",
    )
    cmd.add_argument(
        "--layer",
        action="append",
        default=[],
        metavar="NAAM",
        help="van een GeoPackage alleen deze laag lezen (vaker te geven), bijv. "
        "--layer verblijfsobjecten; zonder --layer worden alle adreslagen gelezen",
    )
    cmd.add_argument(
        "--postcode",
        metavar="VAN-TOT",
        help="alleen postcodes in dit bereik, bijv. 1011-1018 of 1011AB-1011ZZ",
    )
    cmd.add_argument(
        "--place",
        metavar="PLAATS",
        default="",
        help="alleen adressen in deze woonplaats; heeft het bestand geen kolom voor de plaats, "
        "dan krijgen alle adressen deze plaats",
    )
    cmd.add_argument(
        "--dry-run",
        action="store_true",
        help="laat zien wat er zou gebeuren (toegevoegd, bijgewerkt, ongewijzigd) zonder iets "
        "op te slaan",
    )
    cmd.set_defaults(func=cmd_import)


def _layer_text(layer: LayerCount) -> str:
    text = f"{layer.name} {layer.addresses} {'adres' if layer.addresses == 1 else 'adressen'}"
    if layer.not_dwelling:
        text += f" ({layer.not_dwelling} geen woning)"
    return text


def cmd_import(args: argparse.Namespace) -> int:
    options = ImportOptions(
        mapping=parse_map(args.map),
        postcode_range=parse_postcode_range(args.postcode) if args.postcode else None,
        place=args.place.strip(),
        layers=tuple(name.strip() for name in args.layer if name.strip()),
    )
    # The file is read and checked before the neighbourhood file is even opened: a bad file
    # never touches (or creates) the database.
    result = ops.read(args.file, options)
    if args.dry_run and not args.db.exists():
        # a dry run against an empty neighbourhood creates nothing
        db = open_neighbourhood(":memory:")
    else:
        db = open_store(args, create=not args.dry_run)
    try:
        report = ops.store_read(db, result, dry_run=args.dry_run)
    finally:
        db.close()
    if args.json:
        print_json(report.as_dict())
        return 0
    prefix = "proefdraai, niets opgeslagen: " if report.dry_run else ""
    print(
        f"{args.file.name} ({report.description}): {prefix}{report.added} toegevoegd, "
        f"{report.updated} bijgewerkt, {report.unchanged} ongewijzigd"
    )
    if report.layers:
        print("per laag: " + "; ".join(_layer_text(ly) for ly in report.layers))
    for name, reason in report.skipped_layers.items():
        print(f"laag {name} niet gelezen: {reason}")
    skipped = []
    if report.not_dwelling:
        skipped.append(f"{report.not_dwelling} geen woning")
    if report.filtered:
        skipped.append(f"{report.filtered} buiten --postcode/--place")
    if report.duplicates:
        skipped.append(f"{report.duplicates} dubbel in het bestand (de eerste regel telt)")
    if skipped:
        print("overgeslagen: " + ", ".join(skipped))
    if report.other_reading:
        print(
            f"{report.other_reading} {'adres' if report.other_reading == 1 else 'adressen'} "
            "anders geschreven dan een bestaand huishouden (huisletter of toevoeging), als "
            "hetzelfde huishouden genomen: "
            + ", ".join(report.other_reading_examples)
            + (" …" if report.other_reading > len(report.other_reading_examples) else "")
        )
    if report.straight_streets:
        print(
            "doorlopend genummerd (oneven en even aan dezelfde kant), looproute in nummervolgorde: "
            + ", ".join(report.straight_streets)
        )
    return 0
