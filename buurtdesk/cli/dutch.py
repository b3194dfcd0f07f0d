"""Dutch for the messages of Python's argparse (usage, headings, errors).

argparse looks its texts up through ``gettext`` at the moment it shows them, via the module
globals ``_`` and ``ngettext``; the standard library ships no Dutch catalogue, so we give argparse
ours. Texts we do not know pass through unchanged.
"""

from __future__ import annotations

import argparse

DUTCH = {
    "usage: ": "gebruik: ",
    "positional arguments": "argumenten",
    "options": "opties",
    "optional arguments": "opties",
    "show this help message and exit": "deze hulp tonen en stoppen",
    "show program's version number and exit": "het versienummer tonen en stoppen",
    "%(prog)s: error: %(message)s\n": "%(prog)s: fout: %(message)s\n",
    "the following arguments are required: %s": "deze argumenten ontbreken: %s",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "ongeldige keuze: %(value)r (kies uit %(choices)s)"
    ),
    "invalid %(type)s value: %(value)r": "ongeldige waarde: %(value)r",
    "unrecognized arguments: %s": "onbekende argumenten: %s",
    "expected one argument": "verwacht één waarde",
    "expected at most one argument": "verwacht hoogstens één waarde",
    "expected at least one argument": "verwacht minstens één waarde",
    "ambiguous option: %(option)s could match %(matches)s": (
        "dubbelzinnige optie: %(option)s kan %(matches)s zijn"
    ),
    "argument %(argument_name)s: %(message)s": "%(argument_name)s: %(message)s",
    "not allowed with argument %s": "niet samen met %s",
    "one of the arguments %s is required": "een van deze argumenten is nodig: %s",
}


def _gettext(text: str) -> str:
    return DUTCH.get(text, text)


def _ngettext(singular: str, plural: str, n: int) -> str:
    if singular == "expected %s argument":
        return "verwacht %s waarde" if n == 1 else "verwacht %s waarden"
    return singular if n == 1 else plural


def install() -> None:
    """Make argparse speak Dutch for the rest of this process (the CLI is our own program)."""
    argparse._ = _gettext  # type: ignore[attr-defined]
    argparse.ngettext = _ngettext  # type: ignore[attr-defined]
