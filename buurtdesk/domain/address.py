"""Dutch address rules: house numbers, postcodes, walking order and street sides.

Plain functions over plain values, no Qt and no SQL. The rules follow the BAG (Basisregistratie
Adressen en Gebouwen) and the written form of NEN 5825:

- ``huisnummer`` 1-99999, ``huisletter`` one letter, ``huisnummertoevoeging`` 1-4 letters or digits;
- written: number and letter together, a hyphen before an addition that starts with a digit,
  otherwise a space (``12A``, ``4-2``, ``4 H``, ``1-5A3``);
- postcode ``1234AB`` stored, ``1234 AB`` shown; first digit not 0; SA, SD and SS never used.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Container
from dataclasses import dataclass
from enum import StrEnum

from ..errors import QT_TRANSLATE_NOOP, Coded, Word

MAX_NUMBER = 99999
MAX_ADDITION = 4


class AddressError(Coded, ValueError):
    """A house number, postcode or street range that does not follow the Dutch rules.

    The message is Dutch and meant for the user as it is.
    """


@dataclass(frozen=True, order=False, slots=True)
class HouseNumber:
    """A house number split into its BAG parts. ``letter`` and ``addition`` are '' when absent."""

    number: int
    letter: str = ""
    addition: str = ""

    def __post_init__(self) -> None:
        if not 1 <= self.number <= MAX_NUMBER:
            raise AddressError(
                QT_TRANSLATE_NOOP("Fout", "huisnummer {number} ligt niet tussen 1 en {max_number}"),
                number=self.number,
                max_number=MAX_NUMBER,
            )
        if self.letter and not (len(self.letter) == 1 and self.letter.isalpha()):
            raise AddressError(
                QT_TRANSLATE_NOOP("Fout", 'huisletter "{letter}" is geen enkele letter'),
                letter=self.letter,
            )
        if self.addition and not (
            len(self.addition) <= MAX_ADDITION
            and self.addition.isalnum()
            and self.addition.isascii()
        ):
            raise AddressError(
                QT_TRANSLATE_NOOP(
                    "Fout",
                    'toevoeging "{addition}" is niet 1 tot {max_addition} letters of cijfers',
                ),
                addition=self.addition,
                max_addition=MAX_ADDITION,
            )

    def __str__(self) -> str:
        return format_house_number(self)


_WHOLE = re.compile(
    r"""^\s*
    (?P<number>\d+)
    \s*(?:-\s*)?
    (?P<letter>[A-Za-z](?![A-Za-z]))?       # one letter glued or spaced, not the start of a word
    \s*(?:[-/]\s*)?
    (?P<addition>[A-Za-z0-9]+)?
    \s*$""",
    re.VERBOSE,
)


def parse_house_number(text: str, *, loose: bool = False) -> HouseNumber:
    """Parse a written house number in any of the forms found in real files.

    ``12`` ``12A`` ``12 a`` ``12-A`` ``12a-2`` ``4-2`` ``4 H`` ``4hs`` ``4 -H`` ``1-5A3``.

    A single letter straight after the number is the house letter (``12a``, ``12 a``, ``12-A``);
    anything after that is the addition. A longer run of letters after the number is an addition
    (``4hs``, ``4 bis``). Raises :class:`AddressError` with a Dutch message.

    NEN 5825 writes an addition after a space (``4 H``), and that is how a written address is
    read. ``loose`` reads a lone letter after a space as the house letter instead: in a column of
    house numbers, ``12 a`` is how people write 12a.
    """
    raw = text.strip()
    if not raw:
        raise AddressError(QT_TRANSLATE_NOOP("Fout", "huisnummer ontbreekt"))
    match = _WHOLE.match(raw)
    if match is None:
        if raw.lstrip("-").isdigit() and raw.startswith("-"):
            raise AddressError(QT_TRANSLATE_NOOP("Fout", 'huisnummer "{raw}" is negatief'), raw=raw)
        raise AddressError(QT_TRANSLATE_NOOP("Fout", 'huisnummer "{raw}" is geen nummer'), raw=raw)
    digits = match.group("number")
    if len(digits) > len(str(MAX_NUMBER)):
        raise AddressError(
            QT_TRANSLATE_NOOP("Fout", 'huisnummer "{raw}" is te groot (hoogstens {max_number})'),
            raw=raw,
            max_number=MAX_NUMBER,
        )
    number = int(digits)
    if number == 0:
        raise AddressError(
            QT_TRANSLATE_NOOP(
                "Fout", 'huisnummer "{raw}" bestaat niet (1 tot en met {max_number})'
            ),
            raw=raw,
            max_number=MAX_NUMBER,
        )
    letter = match.group("letter") or ""
    addition = match.group("addition") or ""
    if letter and not addition and not loose and _letter_is_addition(raw, digits):
        # "4 H" in the written form means an addition H, not a house letter: a space (without
        # hyphen) between the number and a lone letter is how NEN 5825 writes an addition.
        # Additions keep their case ("4 hs", "4 H"); house letters are stored upper case.
        letter, addition = "", letter
    return HouseNumber(number, letter.upper(), addition)


def _letter_is_addition(raw: str, digits: str) -> bool:
    rest = raw[raw.index(digits) + len(digits) :]
    return rest.startswith(" ") and "-" not in rest


def house_number_from_parts(
    number: str | int, letter: str | None = "", addition: str | None = "", *, loose: bool = True
) -> HouseNumber:
    """Build a house number from separate BAG columns, tolerating the usual noise.

    ``number`` may be ``"12"`` or ``12`` or ``"12.0"`` (spreadsheets); a letter column that holds
    more than one character, or an empty letter column with a letter glued to the number, are
    handled by falling back to :func:`parse_house_number` on the combined text, read ``loose``ly
    (``12 a`` in a number column is 12a).
    """
    num_text = str(number).strip()
    if num_text.endswith(".0") and num_text[:-2].isdigit():
        num_text = num_text[:-2]
    letter_text = (letter or "").strip()
    addition_text = (addition or "").strip().lstrip("-").strip()
    if num_text.isdigit() and (
        not letter_text or (len(letter_text) == 1 and letter_text.isalpha())
    ):
        if len(num_text) > len(str(MAX_NUMBER)):
            raise AddressError(
                QT_TRANSLATE_NOOP(
                    "Fout", 'huisnummer "{num_text}" is te groot (hoogstens {max_number})'
                ),
                num_text=num_text,
                max_number=MAX_NUMBER,
            )
        value = int(num_text)
        if value == 0:
            raise AddressError(
                QT_TRANSLATE_NOOP(
                    "Fout", 'huisnummer "{num_text}" bestaat niet (1 tot en met {max_number})'
                ),
                num_text=num_text,
                max_number=MAX_NUMBER,
            )
        return HouseNumber(value, letter_text.upper(), addition_text)
    combined = num_text
    if letter_text:
        combined += letter_text
    if addition_text:
        combined += "-" + addition_text
    return parse_house_number(combined, loose=loose)


def other_reading(house: HouseNumber) -> HouseNumber | None:
    """The same door read the other way, when a lone letter could be either: the house letter
    ``4H`` for the addition ``4 H`` and back. None when there is no other reading.

    A combined column (municipal ``Toev.``) holds ``H`` for both, and sources disagree on which
    it is; one door written both ways is still one household.
    """
    if house.letter and not house.addition:
        return HouseNumber(house.number, "", house.letter)
    if not house.letter and len(house.addition) == 1 and house.addition.isalpha():
        return HouseNumber(house.number, house.addition.upper(), "")
    return None


def format_house_number(house: HouseNumber) -> str:
    """The written form of NEN 5825: ``12A``, ``4-2``, ``4 H``, ``1-5A3``, ``12A-2``."""
    text = f"{house.number}{house.letter}"
    if house.addition:
        text += ("-" if house.addition[0].isdigit() else " ") + house.addition
    return text


def format_address(street: str, house: HouseNumber) -> str:
    """``Zandhoek 4-2``."""
    return f"{street} {format_house_number(house)}"


# --- names ---------------------------------------------------------------------------------------

MAX_NAME = 80  # the BAG's longest openbare-ruimtenaam
# The words ``what`` takes in the name messages below (the window translates them)
NAME_WORDS = (
    QT_TRANSLATE_NOOP("Fout", "naam"),
    QT_TRANSLATE_NOOP("Fout", "straatnaam"),
    QT_TRANSLATE_NOOP("Fout", "plaats"),
)


def clean_name(text: str, what: str = "naam") -> str:
    """A street or place name as people mean it: Unicode composed (NFC), invisible characters
    (zero-width space, soft hyphen, byte-order mark) removed, runs of white space (including
    non-breaking spaces) one space. Control characters (a line break, an escape sequence) are
    refused: they never belong in a name and would break every list and page it appears on."""
    if text.isascii() and text.isprintable() and "  " not in text:
        name = text.strip()  # the common case, fast
    else:
        composed = unicodedata.normalize("NFC", text)
        visible = "".join(ch for ch in composed if unicodedata.category(ch) != "Cf")
        for ch in visible:
            if unicodedata.category(ch) == "Cc" and ch not in " \t\r\n":
                raise AddressError(
                    QT_TRANSLATE_NOOP("Fout", "{what} bevat een ongeldig teken (U+{ch:04X})"),
                    what=Word(what),
                    ch=ord(ch),
                )
        if any(ch in "\r\n" for ch in visible.strip()):
            raise AddressError(
                QT_TRANSLATE_NOOP("Fout", "{what} bevat een regeleinde"), what=Word(what)
            )
        name = " ".join(visible.split())
    if len(name) > MAX_NAME:
        raise AddressError(
            QT_TRANSLATE_NOOP("Fout", "{what} is te lang ({n_name} tekens, hoogstens {max_name})"),
            what=Word(what),
            n_name=len(name),
            max_name=MAX_NAME,
        )
    return name


def printable_name(text: str, drawable: Container[int], what: str = "naam") -> str:
    """``text`` when every character can be drawn by the font of the printed pages, whose
    characters (code points) ``drawable`` holds; otherwise an :class:`AddressError` naming the
    first character that cannot (an emoji prints as an empty box that looks like a tick box)."""
    for ch in text:
        if not ch.isspace() and ord(ch) not in drawable:
            name = unicodedata.name(ch, "")
            shown = f'"{ch}" (U+{ord(ch):04X}{", " + name.lower() if name else ""})'
            raise AddressError(
                QT_TRANSLATE_NOOP(
                    "Fout",
                    "{what} bevat het teken {shown}, dat niet afgedrukt kan worden; laat het weg "
                    "of schrijf het in letters",
                ),
                what=Word(what),
                shown=shown,
            )
    return text


_NUMBER_RUN = re.compile(r"\d+")


def name_sort_key(text: str) -> str:
    """Where a street name goes in a Dutch list: accented letters with their base letter
    (Églantierstraat among the E's), without regard to case (van Ostadestraat among the V's),
    numbers by their value (2e Helmersstraat before 10e). Compares as a plain string, so SQLite
    can sort on it without calling back into Python for every comparison."""
    decomposed = unicodedata.normalize("NFKD", text)
    base = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).casefold()
    base = " ".join(base.replace("-", " ").split())
    # numbers as fixed-width text; the name itself last, so different names never tie
    natural = _NUMBER_RUN.sub(lambda m: f"{int(m.group()):010d}", base)
    return f"{natural}\x01{text}"


def compare_names(left: str, right: str) -> int:
    """``cmp`` of :func:`name_sort_key`: the SQLite collation ``dutch``."""
    a, b = name_sort_key(left), name_sort_key(right)
    return (a > b) - (a < b)


def fold_name(text: str) -> str:
    """The form in which two names count as the same (Dorpsstraat = DORPSSTRAAT)."""
    return " ".join(text.split()).casefold()


# --- walking order -------------------------------------------------------------------------------


class Numbering(StrEnum):
    """How a street is numbered. The side is a property a user may change per street."""

    ODD_EVEN = "odd_even"  # odd numbers on one side, even on the other (most streets)
    STRAIGHT = "straight"  # numbered straight through, or all the way round a square


class Side(StrEnum):
    ODD = "odd"
    EVEN = "even"
    ALL = "all"  # a street numbered straight through has one side


_SIDE_WORDS = {
    Side.ODD: QT_TRANSLATE_NOOP("Fout", "oneven"),
    Side.EVEN: QT_TRANSLATE_NOOP("Fout", "even"),
    Side.ALL: QT_TRANSLATE_NOOP("Fout", "doorlopende"),
}


def side_of(number: int, numbering: Numbering | str = Numbering.ODD_EVEN) -> Side:
    """The side of the street a house number is on."""
    if Numbering(numbering) is Numbering.STRAIGHT:
        return Side.ALL
    return Side.ODD if number % 2 else Side.EVEN


_SIDE_RANK = {Side.ODD: 0, Side.ALL: 0, Side.EVEN: 1}


def _addition_key(addition: str) -> tuple[int, int, str]:
    """Order additions as people expect: none, then letters (H, bis), then digits naturally."""
    if not addition:
        return (0, 0, "")
    if addition.isdigit():
        return (2, int(addition), addition)
    head = re.match(r"\d+", addition)
    if head:
        return (2, int(head.group()), addition.upper())
    return (1, 0, addition.upper())


def walking_key(
    house: HouseNumber, numbering: Numbering | str = Numbering.ODD_EVEN
) -> tuple[int, int, int, str, tuple[int, int, str]]:
    """Sort key within one street: odd side, then even side; natural order within a side.

    ``12, 12A, 12A-1, 12B, 12-1, 12-2, 14``: the plain number, then its letters (each with its
    own additions), then the additions of the plain number (apartments behind one door: ``1 H``,
    ``1-1``, ``1-2``). A street numbered straight through has one side. The key is a total order:
    two different house numbers never share a key (letters and additions compare without case,
    as the database's uniqueness does).
    """
    side = side_of(house.number, numbering)
    if house.letter:
        group = 1
    elif house.addition:
        group = 2
    else:
        group = 0
    return (
        _SIDE_RANK[side],
        house.number,
        group,
        house.letter.upper(),
        _addition_key(house.addition),
    )


def walk_key(house: HouseNumber, numbering: Numbering | str = Numbering.ODD_EVEN) -> str:
    """:func:`walking_key` as a string that sorts the same way, for an SQL index."""
    side, number, group, letter, (kind, value, text) = walking_key(house, numbering)
    return f"{side}{number:05d}{group}{letter or ' '}{kind}{value:05d}{text}"


# --- postcodes -----------------------------------------------------------------------------------

_POSTCODE = re.compile(r"^\s*([1-9]\d{3})\s*([A-Za-z]{2})\s*$")
_UNUSED_LETTERS = {"SA", "SD", "SS"}


def normalise_postcode(text: str) -> str:
    """``1234 ab`` -> ``1234AB``. Raises :class:`AddressError` for anything that is no postcode."""
    match = _POSTCODE.match(text)
    if match is None:
        stripped = text.strip()
        if stripped[:1] == "0":
            raise AddressError(
                QT_TRANSLATE_NOOP("Fout", 'postcode "{stripped}" begint met 0'), stripped=stripped
            )
        raise AddressError(
            QT_TRANSLATE_NOOP("Fout", 'postcode "{stripped}" is geen geldige postcode (1234 AB)'),
            stripped=stripped,
        )
    digits, letters = match.group(1), match.group(2).upper()
    if letters in _UNUSED_LETTERS:
        raise AddressError(
            QT_TRANSLATE_NOOP(
                "Fout", 'postcode "{text}" bestaat niet (SA, SD en SS worden niet gebruikt)'
            ),
            text=text.strip(),
        )
    return digits + letters


def format_postcode(postcode: str) -> str:
    """``1234AB`` -> ``1234 AB``; '' stays ''."""
    if not postcode:
        return ""
    return f"{postcode[:4]} {postcode[4:]}"


def postcode_in_range(postcode: str, low: str, high: str) -> bool:
    """Inclusive range check on normalised postcodes; a four-digit bound covers all its letters."""
    if not postcode:
        return False
    low_key = low if len(low) == 6 else low[:4] + "AA"
    high_key = high if len(high) == 6 else high[:4] + "ZZ"
    return low_key <= postcode <= high_key


def parse_postcode_range(text: str) -> tuple[str, str]:
    """``1000-1099`` or ``1011AB-1011ZZ`` -> normalised bounds."""
    parts = [p.strip() for p in text.replace(" ", "").split("-")]
    if len(parts) != 2 or not all(parts):
        raise AddressError(
            QT_TRANSLATE_NOOP(
                "Fout", 'postcodebereik "{text}" moet de vorm 1000-1099 of 1011AB-1011ZZ hebben'
            ),
            text=text,
        )
    bounds: list[str] = []
    for part in parts:
        if re.fullmatch(r"[1-9]\d{3}", part):
            bounds.append(part)
        else:
            bounds.append(normalise_postcode(part))
    low, high = bounds
    if low > high:
        raise AddressError(
            QT_TRANSLATE_NOOP("Fout", 'postcodebereik "{text}" loopt achteruit'), text=text
        )
    return low, high


# --- street ranges -------------------------------------------------------------------------------

MAX_RANGE = 2000  # no real street has more doors; a typo like 1-1000000 must not create a city


def street_range(first: int, last: int, side: Side | str = Side.ALL) -> list[int]:
    """House numbers of a typed range like ``Dorpsstraat 1-59 odd``."""
    side = Side(side)
    if first < 1 or last < 1:
        raise AddressError(QT_TRANSLATE_NOOP("Fout", "huisnummers in een bereik beginnen bij 1"))
    if last > MAX_NUMBER:
        raise AddressError(
            QT_TRANSLATE_NOOP("Fout", "huisnummer {last} is te groot (hoogstens {max_number})"),
            last=last,
            max_number=MAX_NUMBER,
        )
    if first > last:
        raise AddressError(
            QT_TRANSLATE_NOOP(
                "Fout", "bereik {first}-{last} loopt achteruit; bedoelt u {last}-{first}?"
            ),
            first=first,
            last=last,
        )
    numbers = [
        n for n in range(first, last + 1) if side is Side.ALL or (side is Side.ODD) == (n % 2 == 1)
    ]
    if len(numbers) > MAX_RANGE:
        raise AddressError(
            QT_TRANSLATE_NOOP(
                "Fout",
                "bereik {first}-{last} geeft {n_numbers} adressen; hoogstens {max_range} per "
                "straat",
            ),
            first=first,
            last=last,
            n_numbers=len(numbers),
            max_range=MAX_RANGE,
        )
    if not numbers:
        raise AddressError(
            QT_TRANSLATE_NOOP("Fout", "bereik {first}-{last} bevat geen {side} nummers"),
            first=first,
            last=last,
            side=Word(_SIDE_WORDS[side]),
        )
    return numbers


def parse_street_range(text: str) -> tuple[int, int]:
    """``1-59`` -> (1, 59); a single number gives a range of one."""
    cleaned = text.replace(" ", "")
    match = re.fullmatch(r"(-?\d+)(?:-(-?\d+))?", cleaned)
    if match is None:
        raise AddressError(
            QT_TRANSLATE_NOOP("Fout", 'bereik "{text}" moet de vorm 1-59 hebben'), text=text
        )
    first = int(match.group(1))
    last = int(match.group(2)) if match.group(2) is not None else first
    return first, last


# --- an address as it comes in -------------------------------------------------------------------


@dataclass(frozen=True, slots=True)
class AddressRecord:
    """One household's address as it arrives from an import, a typed range or the demo."""

    street: str
    house: HouseNumber
    postcode: str = ""  # normalised (1234AB) or ''
    place: str = ""
    rd_x: float | None = None  # RD New (EPSG:28992) metres
    rd_y: float | None = None

    @property
    def address(self) -> str:
        return format_address(self.street, self.house)
