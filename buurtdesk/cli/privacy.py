"""A resident's rights on the command line: ``household show`` (what is kept, AVG art. 15) and
``erase`` (art. 17)."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path
from typing import Any

from ..domain.outcomes import Outcome
from ..errors import UserError
from ..ops import closing, privacy
from ..store.privacy import Erased
from ..store.projects import current_project
from .common import open_store, parse_date, print_json, project_for
from .visits import one_household


def register(subparsers: Any, common: argparse.ArgumentParser) -> None:
    household = subparsers.add_parser(
        "household", help="één huishouden: laten zien wat er van bewaard wordt"
    )
    actions = household.add_subparsers(dest="action", metavar="ACTIE", required=True)
    show = actions.add_parser(
        "show",
        parents=[common],
        help="alles wat BuurtDesk van dit huishouden bewaart (inzagerecht, AVG art. 15)",
    )
    show.add_argument("address", metavar='"STRAAT NUMMER"')
    show.add_argument(
        "--pdf", type=Path, metavar="BESTAND.pdf", help="een overzicht op papier voor de bewoner"
    )
    show.add_argument("--overwrite", action="store_true", help="een bestaand bestand vervangen")
    show.set_defaults(func=cmd_household_show)
    contact = actions.add_parser(
        "contact",
        parents=[common],
        help="telefoon of e-mail van een bewoner bewaren, alleen met toestemming (datum en doel)",
    )
    contact.add_argument("address", metavar='"STRAAT NUMMER"')
    contact.add_argument("--phone", default="", metavar="NUMMER")
    contact.add_argument("--email", default="", metavar="ADRES")
    contact.add_argument(
        "--consent-date", default=None, metavar="JJJJ-MM-DD", help="wanneer de bewoner instemde"
    )
    contact.add_argument(
        "--purpose",
        default="",
        metavar="DOEL",
        help="waarvoor, bijv. 'terugbellen over de warmtescan'",
    )
    contact.add_argument(
        "--remove", action="store_true", help="de bewaarde contactgegevens weghalen"
    )
    contact.set_defaults(func=cmd_household_contact)
    documents = subparsers.add_parser(
        "privacy", help="de privacyverklaring voor bewoners en het verwerkingsregister (PDF)"
    )
    kinds = documents.add_subparsers(dest="document", metavar="STUK", required=True)
    for name, helptext, func in (
        ("statement", "de privacyverklaring voor bewoners", cmd_privacy_statement),
        ("register", "het verwerkingsregister van het team", cmd_privacy_register),
    ):
        doc = kinds.add_parser(name, parents=[common], help=helptext)
        doc.add_argument("--out", type=Path, required=True, metavar="BESTAND.pdf")
        doc.add_argument("--overwrite", action="store_true", help="een bestaand bestand vervangen")
        doc.set_defaults(func=func)
    correct = (
        subparsers.add_parser("note", help="de notitie bij een bezoek")
        .add_subparsers(dest="action", metavar="ACTIE", required=True)
        .add_parser(
            "correct",
            parents=[common],
            help="de notitie bij een bezoek verbeteren; de oude tekst verdwijnt helemaal",
        )
    )
    correct.add_argument("address", metavar='"STRAAT NUMMER"')
    which = correct.add_mutually_exclusive_group(required=True)
    which.add_argument(
        "--visit", type=int, metavar="NR", help="het nummer van het bezoek in household show"
    )
    which.add_argument("--last", action="store_true", help="het laatste bezoek")
    correct.add_argument(
        "--text", required=True, metavar="TEKST", help='de nieuwe notitie ("" maakt haar leeg)'
    )
    correct.set_defaults(func=cmd_note_correct)
    erase = subparsers.add_parser(
        "erase",
        parents=[common],
        help="de gegevens van een huishouden wissen op verzoek (AVG art. 17)",
    )
    erase.add_argument("address", metavar='"STRAAT NUMMER"')
    erase.add_argument("--yes", action="store_true", help="niet vragen, meteen wissen")
    erase.add_argument(
        "--may-visit-again",
        action="store_true",
        help='het adres niet op "niet aanbellen" zetten: de bewoner mag weer bezocht worden',
    )
    erase.set_defaults(func=cmd_erase)


def cmd_household_show(args: argparse.Namespace) -> int:
    db = open_store(args)
    household = one_household(db, args.address)
    if args.pdf is not None:
        pages = privacy.household_overview(
            db, household["id"], args.pdf, today=date.today(), overwrite=args.overwrite
        )
        print(f"{args.pdf}: overzicht van {household['address']}, {pages} pagina('s)")
        return 0
    data = privacy.household_data(db, household["id"])
    if args.json:
        print_json(data)
        return 0
    print(f"{household['address']}, {data['postcode']} {data['place']}".rstrip(", "))
    print(f"  bron: {data['source'] or '-'}; toegevoegd {data['added'][:10]}")
    if data["do_not_visit"]:
        print(f"  niet aanbellen: {data['do_not_visit_reason']}")
    print(f"  notitie: {data['note'] or '-'}")
    contact = data["contact"]
    if contact["phone"] or contact["email"]:
        said = ", ".join(x for x in (contact["phone"], contact["email"]) if x)
        print(f"  contact: {said} (toestemming {contact['consent_at']}: {contact['purpose']})")
    for erased in data["erased_on"]:
        print(f"  gegevens gewist op verzoek op {erased}")
    print(f"  bezoeken: {len(data['visits']) or 'geen'}")
    for visit in data["visits"]:
        outcome = Outcome(visit["outcome"]).dutch + (" (ongedaan)" if visit["undone"] else "")
        note = f" — {visit['note']}" if visit["note"] else ""
        said = f"{visit['date']}  {outcome}, {visit['by'] or 'onbekend'}{note}"
        print(f"    {visit['number']:>2}. {said}")
    for answer in data.get("answers", []):  # door questions
        print(f"    {answer['date']}  {answer['question']} → {answer['answer']}")
    if data["initiator_in"]:
        print(f"  initiatiefnemer in: {', '.join(data['initiator_in'])}")
    for signup in data["signups"]:
        print(f"  aangemeld voor {signup['activity']} ({signup['date']})")
    return 0


def cmd_note_correct(args: argparse.Namespace) -> int:
    db = open_store(args)
    household = one_household(db, args.address)
    visit = privacy.visit_uuid(db, household["id"], None if args.last else args.visit)
    done = privacy.correct_note(db, visit, args.text)
    number = next(
        v["number"] for v in privacy.household_data(db, household["id"])["visits"]
        if v["uuid"] == visit
    )  # fmt: skip
    if args.json:
        print_json({"household": household["address"], "visit": number, "note": done.note})
    else:
        print(
            f"{household['address']}, bezoek {number}: notitie verbeterd"
            f"{'' if done.note else ' (nu leeg)'}; de oude tekst is uit het bestand verdwenen "
            "en de verbetering gaat mee in het volgende uitwisselbestand."
        )
    return 0


def cmd_household_contact(args: argparse.Namespace) -> int:
    if args.remove and (args.phone or args.email):
        raise UserError("--remove haalt weg; geef dan geen --phone of --email")
    db = open_store(args)
    household = one_household(db, args.address)
    consent = parse_date(args.consent_date, "datum van toestemming") if args.consent_date else None
    kept = privacy.set_contact(
        db,
        household["id"],
        phone="" if args.remove else args.phone,
        email="" if args.remove else args.email,
        consent_at=consent,
        purpose=args.purpose,
    )
    if args.json:
        print_json(
            {
                "household": household["address"],
                "phone": kept.phone,
                "email": kept.email,
                "consent_at": kept.consent_at.isoformat() if kept.consent_at else None,
                "purpose": kept.purpose,
            }
        )
    elif kept.empty:
        print(f"{household['address']}: geen contactgegevens bewaard")
    else:
        said = ", ".join(x for x in (kept.phone, kept.email) if x)
        consent = f"toestemming {kept.consent_at}: {kept.purpose}"
        print(f"{household['address']}: {said} bewaard ({consent})")
    return 0


def cmd_privacy_statement(args: argparse.Namespace) -> int:
    db = open_store(args)
    pages = privacy.privacy_statement(
        db, current_project(db), args.out, today=date.today(), overwrite=args.overwrite
    )
    print(f"{args.out}: privacyverklaring, {pages} pagina('s)")
    return 0


def cmd_privacy_register(args: argparse.Namespace) -> int:
    db = open_store(args)
    pages = privacy.processing_register(db, args.out, today=date.today(), overwrite=args.overwrite)
    print(f"{args.out}: verwerkingsregister, {pages} pagina('s)")
    return 0


def register_project_close(project_actions: Any, common: argparse.ArgumentParser) -> None:
    """``project close``: registered by cli/projects.py among the project's actions."""
    close = project_actions.add_parser(
        "close",
        parents=[common],
        help="het project afsluiten: de cijfers blijven, de gegevens per huishouden gaan weg",
    )
    close.add_argument("--project", metavar="PROJECT", help="standaard het huidige project")
    close.add_argument("--yes", action="store_true", help="niet vragen, meteen afsluiten")
    close.set_defaults(func=cmd_project_close)


def cmd_project_close(args: argparse.Namespace) -> int:
    db = open_store(args)
    project = project_for(db, args.project)
    gone = closing.what_goes(db, project)
    said = (
        f'project "{project.title}" afsluiten: weg gaan {gone["visits"]} bezoeken bij '
        f"{gone['households']} huishoudens (uitkomst en notitie), {gone['initiators']} "
        f"initiatiefnemers, {gone['signups']} aanmeldingen en {gone['contacts']} keer telefoon "
        "of e-mail van bewoners; de cijfers blijven zoals ze zijn"
    )
    if not args.yes:
        if not sys.stdin.isatty():
            raise UserError(f"{said}. Geef --yes om af te sluiten")
        if input(f"{said}. Afsluiten? (ja/nee) ").strip().lower() not in ("j", "ja", "y", "yes"):
            print("Niets afgesloten.")
            return 1
    closing.close(db, project)
    if args.json:
        print_json({"project": project.title, "closed": True, **gone})
    else:
        print(f'Project "{project.title}" afgesloten; de cijfers blijven bewaard.')
    return 0


def _describe(gone: Erased) -> str:
    parts = [f"{gone.visits} bezoek(en) met uitkomst en notitie"]
    if gone.had_note:
        parts.append("de notitie bij het adres")
    if gone.had_contact:
        parts.append("telefoon en e-mail")
    if gone.initiator_marks:
        parts.append(f"{gone.initiator_marks} keer initiatiefnemer")
    if gone.signups:
        parts.append(f"{gone.signups} aanmelding(en)")
    return ", ".join(parts)


def cmd_erase(args: argparse.Namespace) -> int:
    db = open_store(args)
    household = one_household(db, args.address)
    gone = privacy.what_goes(db, household["id"])
    kept = (
        "het adres blijft, zonder markering"
        if args.may_visit_again
        else 'het adres blijft, met "niet aanbellen: op verzoek"'
    )
    if not args.yes:
        question = (
            f"{household['address']}: gewist worden {_describe(gone)}; {kept}. Wissen? (ja/nee) "
        )
        if not sys.stdin.isatty():
            raise UserError(f"{question.split(' Wissen?')[0]}. Geef --yes om te wissen")
        if input(question).strip().lower() not in ("j", "ja", "y", "yes"):
            print("Niets gewist.")
            return 1
    done = privacy.erase(db, household["id"], may_visit_again=args.may_visit_again)
    if args.json:
        print_json(
            {
                "household": household["address"],
                "visits": done.visits,
                "signups": done.signups,
                "initiator_marks": done.initiator_marks,
                "note": done.had_note,
                "do_not_visit": not args.may_visit_again,
            }
        )
    else:
        print(f"{household['address']}: gewist ({_describe(done)}); {kept}.")
        print("Dit gaat mee in het volgende uitwisselbestand naar de andere laptops.")
    return 0
