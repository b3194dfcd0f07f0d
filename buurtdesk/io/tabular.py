"""Reading tables from files people actually have: CSV in any encoding and delimiter, and .xlsx.

What a file is comes from its first bytes, not its name: a picture or an old ``.xls`` renamed
``.csv`` is refused with a message that says what it is. For CSV the encoding (UTF-8 with or
without BOM, UTF-16 by BOM or by its NUL pattern, Windows-1252 as the fallback) and the delimiter
(comma, semicolon or tab) are detected. The csv module runs with ``strict=True``: an unterminated
quote is an error on the line where the quoted field starts, never two records silently merged.

Every problem is a :class:`~buurtdesk.errors.UserError` naming the file and line. No Qt, no SQL.
"""

from __future__ import annotations

import codecs
import csv
import re
import unicodedata
import zipfile
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import date, datetime, time
from pathlib import Path
from typing import Any

from ..errors import QT_TRANSLATE_NOOP, Coded, UserError

# --- what kind of file is it ---------------------------------------------------------------------

SQLITE_MAGIC = b"SQLite format 3\x00"
ZIP_MAGIC = b"PK\x03\x04"
_NOT_A_TABLE = (
    (
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
        "een oud Excel-bestand (.xls); sla het op als .xlsx of CSV",
    ),
    (b"\x89PNG\r\n\x1a\n", "een afbeelding (PNG), geen tabel"),
    (b"\xff\xd8\xff", "een afbeelding (JPEG), geen tabel"),
    (b"GIF87a", "een afbeelding (GIF), geen tabel"),
    (b"GIF89a", "een afbeelding (GIF), geen tabel"),
    (b"%PDF", "een PDF-document, geen tabel"),
    (b"PK\x05\x06", "een leeg zip-archief, geen tabel"),
    (b"\x1f\x8b", "een gecomprimeerd bestand (gzip); pak het eerst uit"),
    (b"7z\xbc\xaf\x27\x1c", "een gecomprimeerd bestand (7-Zip); pak het eerst uit"),
    (b"Rar!", "een gecomprimeerd bestand (RAR); pak het eerst uit"),
    (b"II*\x00", "een afbeelding (TIFF), geen tabel"),
    (b"MM\x00*", "een afbeelding (TIFF), geen tabel"),
    (b"RIFF", "een RIFF-bestand (afbeelding of geluid), geen tabel"),
)


def sniff_kind(path: Path) -> str:
    """``"csv"``, ``"xlsx"`` or ``"sqlite"`` from the file's first bytes; refuses anything else."""
    try:
        with path.open("rb") as handle:
            head = handle.read(64)
    except IsADirectoryError:
        raise UserError(QT_TRANSLATE_NOOP("Fout", "dit is een map, geen bestand"), path) from None
    if not head:
        raise UserError(QT_TRANSLATE_NOOP("Fout", "het bestand is leeg"), path, 1)
    if head.startswith(SQLITE_MAGIC):
        return "sqlite"
    if head.startswith(ZIP_MAGIC):
        return "xlsx"
    for magic, what in _NOT_A_TABLE:
        if head.startswith(magic):
            raise UserError(QT_TRANSLATE_NOOP("Fout", "dit is {what}"), path, 1, what=what)
    return "csv"


# --- a table -------------------------------------------------------------------------------------


@dataclass
class Table:
    """A header and its rows. ``rows`` yields ``(line, cells)``; cells are strings as they are in
    the file (not stripped) and may be fewer or more than the header (the caller decides what
    that means). Rows without any text are left out."""

    path: Path
    kind: str  # "csv" or "xlsx"
    header: list[str]
    header_line: int
    rows: Iterator[tuple[int, list[str]]]
    total_lines: int  # an estimate for progress: lines in the file, rows in the sheet
    description: str  # for people: "CSV, UTF-8, puntkomma"
    pads_short_rows: bool = False  # a spreadsheet row ends at its last filled cell


HeaderTest = Callable[[list[str]], bool]
HEADER_SEARCH_ROWS = 10  # a title or empty lines above the header are tolerated this far


@contextmanager
def open_table(path: Path, is_header: HeaderTest, kind: str | None = None) -> Iterator[Table]:
    """Open a CSV or .xlsx file as a :class:`Table`.

    The header is the first of the first few non-empty rows that ``is_header`` accepts, else the
    first non-empty row (and the caller reports which columns are missing).
    """
    kind = kind or sniff_kind(path)
    if kind == "csv":
        with _open_csv(path, is_header) as table:
            yield table
    elif kind == "xlsx":
        with _open_xlsx(path, is_header) as table:
            yield table
    else:
        raise UserError(QT_TRANSLATE_NOOP("Fout", "dit is geen CSV- of Excel-bestand"), path, 1)


@dataclass(frozen=True)
class Preview:
    """The first rows of a table, to show a person who chooses its columns."""

    header: list[str]
    header_line: int
    rows: list[list[str]]  # as many cells as the header (padded or cut)
    description: str


def preview_table(path: Path, is_header: HeaderTest, limit: int = 10) -> Preview:
    """The header and the first ``limit`` rows of a CSV or .xlsx file; the same reading (and
    the same refusals: binary, zip bomb, bad encoding) as the import itself."""
    with open_table(path, is_header) as table:
        width = len(table.header)
        rows: list[list[str]] = []
        for _, cells in table.rows:
            rows.append((cells + [""] * width)[:width])
            if len(rows) >= limit:
                break
        return Preview(list(table.header), table.header_line, rows, table.description)


def _pick_header(
    path: Path, rows: Iterator[tuple[int, list[str]]], is_header: HeaderTest
) -> tuple[int, list[str], list[tuple[int, list[str]]]]:
    """Find the header among the first rows; returns it and the data rows read past it."""
    seen: list[tuple[int, list[str]]] = []
    for line, cells in rows:
        if not any(c.strip() for c in cells):
            continue
        seen.append((line, cells))
        if is_header(cells) or len(seen) >= HEADER_SEARCH_ROWS:
            break
    if not seen:
        raise UserError(
            QT_TRANSLATE_NOOP("Fout", "het bestand bevat geen tabel (alleen lege regels)"), path, 1
        )
    for index, (line, cells) in enumerate(seen):
        if is_header(cells):
            return line, cells, seen[index + 1 :]
    line, cells = seen[0]
    return line, cells, seen[1:]


def _chain(
    first: list[tuple[int, list[str]]], rest: Iterator[tuple[int, list[str]]]
) -> Iterator[tuple[int, list[str]]]:
    yield from first
    yield from rest


# --- CSV -----------------------------------------------------------------------------------------

_CHUNK = 1 << 20
_UTF8_MULTIBYTE = re.compile(rb"[\xc2-\xf4][\x80-\xbf]+")
DELIMITERS = {";": "puntkomma", ",": "komma", "\t": "tab"}


@dataclass(frozen=True)
class Encoding:
    codec: str  # for open()
    name: str  # for people
    lines: int  # newlines counted (an estimate for UTF-16)


def detect_encoding(path: Path) -> Encoding:
    """Detect the text encoding of a whole file, reading it in chunks (once for plain UTF-8).

    A file that is not text at all (a program, a picture without a known signature, random
    bytes) is refused with one sentence; a text file with a stray NUL or undecodable byte is
    refused naming the line.
    """
    with path.open("rb") as handle:
        head = handle.read(_BINARY_SAMPLE)
    if looks_binary(head):
        raise UserError(BINARY_MESSAGE, path, 1)
    head = head[:4096]
    if head.startswith(codecs.BOM_UTF8):
        return _check_decodes(path, "utf-8-sig", "UTF-8 met BOM", skip=3)
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        return _check_decodes(path, "utf-16", "UTF-16", skip=0)
    utf16 = _utf16_by_nul_pattern(head)
    if utf16:
        return _check_decodes(path, utf16, "UTF-16 (zonder BOM)", skip=0)
    failure, lines = _first_failure(path, "utf-8")
    if failure is None:
        return Encoding("utf-8", "UTF-8", lines)
    line, _ = failure
    if _has_utf8_text(path):
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Fout",
                "tekens die geen UTF-8 zijn, in een bestand dat verder UTF-8 is; sla het bestand "
                "opnieuw op als UTF-8",
            ),
            path,
            line,
        )
    return _check_decodes(path, "cp1252", "Windows-1252", skip=0)


_BINARY_SAMPLE = 8192
_TEXT_CONTROLS = frozenset("\t\n\r\f\x1a")  # tab, newlines, form feed, DOS end of file
BINARY_MESSAGE = QT_TRANSLATE_NOOP(
    "Fout",
    "dit bestand is geen tekst maar binaire gegevens, dus geen adressenlijst; kies een CSV-, "
    "Excel- (.xlsx) of GeoPackage-bestand (.gpkg)",
)


def _not_text_share(sample: bytes, codec: str) -> float:
    """The share of characters in ``sample`` that no text file has: control characters other
    than tab and newlines, undecodable bytes, unassigned and private-use code points."""
    text = sample.decode(codec, errors="replace")[:-2]  # the sample may cut a character in two
    if not text:
        return 0.0
    bad = sum(
        1
        for ch in text
        if ch == "\ufffd"
        or (unicodedata.category(ch) in ("Cc", "Cn", "Co", "Cs") and ch not in _TEXT_CONTROLS)
    )
    return bad / len(text) if bad >= 3 else 0.0


def looks_binary(head: bytes) -> bool:
    """True when the first bytes of a file are not text in any encoding we read: more than 2 %
    of them are control characters, undecodable or unassigned. A text file with one stray
    byte stays text (and is refused naming its line)."""
    if head.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        codecs_to_try = ["utf-16"]
    elif head.startswith(codecs.BOM_UTF8):
        codecs_to_try = ["utf-8-sig"]
    elif utf16 := _utf16_by_nul_pattern(head[:4096]):
        codecs_to_try = [utf16]
    else:
        codecs_to_try = ["utf-8", "cp1252"]
    return all(_not_text_share(head, codec) > 0.02 for codec in codecs_to_try)


def _utf16_by_nul_pattern(head: bytes) -> str | None:
    """UTF-16 without a BOM shows as a NUL byte next to every ASCII character."""
    sample = head[: len(head) - len(head) % 2]
    if len(sample) < 4:
        return None
    even, odd = sample[0::2], sample[1::2]
    even_nul = even.count(0) / len(even)
    odd_nul = odd.count(0) / len(odd)
    if odd_nul > 0.3 and even_nul < 0.02:
        return "utf-16-le"
    if even_nul > 0.3 and odd_nul < 0.02:
        return "utf-16-be"
    return None


def _first_failure(path: Path, codec: str, skip: int = 0) -> tuple[tuple[int, str] | None, int]:
    """``((line, "nul" or "decode"), _)`` for the first NUL or undecodable byte, or
    ``(None, lines)`` when the whole file decodes cleanly (lines counted as it was read)."""
    decoder = codecs.getincrementaldecoder(codec)("strict")
    check_nul = not codec.startswith("utf-16")
    lines_before = 0
    with path.open("rb") as handle:
        handle.read(skip)
        while True:
            chunk = handle.read(_CHUNK)
            final = not chunk
            if check_nul and b"\x00" in chunk:
                at = chunk.index(b"\x00")
                return (lines_before + chunk.count(b"\n", 0, at) + 1, "nul"), 0
            try:
                decoder.decode(chunk, final)
            except UnicodeDecodeError as exc:
                at = max(0, min(exc.start, len(chunk)))
                return (lines_before + chunk.count(b"\n", 0, at) + 1, "decode"), 0
            lines_before += chunk.count(b"\n")
            if final:
                return None, lines_before + 1


def _has_utf8_text(path: Path) -> bool:
    with path.open("rb") as handle:
        while chunk := handle.read(_CHUNK):
            if _UTF8_MULTIBYTE.search(chunk):
                return True
    return False


def _check_decodes(path: Path, codec: str, name: str, skip: int) -> Encoding:
    failure, lines = _first_failure(path, codec, skip)
    if failure is not None:
        line, what = failure
        if what == "nul":
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Fout", "bevat een NUL-teken; dit lijkt geen tekstbestand (CSV) te zijn"
                ),
                path,
                line,
            )
        raise UserError(
            QT_TRANSLATE_NOOP("Fout", "tekens die in {name} niet te lezen zijn"),
            path,
            line,
            name=name,
        )
    return Encoding(codec, name, lines)


def _detect_delimiter(sample: str) -> str:
    """The delimiter that occurs most often in the first lines, outside quotes."""
    unquoted = re.sub(r'"[^"]*"', "", sample)
    counts = {d: unquoted.count(d) for d in DELIMITERS}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


_UNCLOSED = QT_TRANSLATE_NOOP("Fout", 'een aanhalingsteken (") wordt nergens gesloten')
_CSV_MESSAGES = (
    ("unexpected end of data", _UNCLOSED),
    ("eof in", _UNCLOSED),
    (
        "expected after",
        QT_TRANSLATE_NOOP(
            "Fout", 'na een afsluitend aanhalingsteken (") hoort een scheidingsteken'
        ),
    ),
    (
        "field larger than field limit",
        QT_TRANSLATE_NOOP("Fout", "een veld is veel te lang ({limit} tekens of meer)"),
    ),
    (
        "line contains nul",
        QT_TRANSLATE_NOOP("Fout", "bevat een NUL-teken; dit lijkt geen tekstbestand (CSV) te zijn"),
    ),
    (
        "new-line character seen in unquoted field",
        QT_TRANSLATE_NOOP("Fout", "een regeleinde midden in een veld"),
    ),
)


def _csv_message(exc: csv.Error) -> Coded:
    text = str(exc).lower()
    for key, message in _CSV_MESSAGES:
        if key in text:
            values = {"limit": csv.field_size_limit()} if "{limit}" in message else {}
            return Coded(message, **values)
    return Coded(QT_TRANSLATE_NOOP("Fout", "geen geldige CSV ({reason})"), reason=str(exc))


@contextmanager
def _open_csv(path: Path, is_header: HeaderTest) -> Iterator[Table]:
    encoding = detect_encoding(path)
    with path.open("r", encoding=encoding.codec, newline="", errors="strict") as handle:
        try:
            first = handle.readline()
        except UnicodeDecodeError:
            raise UserError(
                QT_TRANSLATE_NOOP("Fout", "tekens die in {name} niet te lezen zijn"),
                path,
                1,
                name=encoding.name,
            ) from None
        offset = 0
        if first.lower().startswith("sep=") and len(first.rstrip("\r\n")) == 5:
            delimiter = first[4]  # Excel's "sep=;" hint line
            offset = 1
        else:
            sample = [first]
            with suppress(UnicodeDecodeError):  # reported with its line by the reader below
                sample += [handle.readline() for _ in range(HEADER_SEARCH_ROWS)]
            delimiter = _detect_delimiter("".join(sample))
            handle.seek(0)  # resets the decoder too, so a BOM is skipped again
        reader = csv.reader(handle, delimiter=delimiter, strict=True)
        rows = _csv_rows(path, reader, encoding, offset)
        header_line, header, pending = _pick_header(path, rows, is_header)
        yield Table(
            path=path,
            kind="csv",
            header=header,
            header_line=header_line,
            rows=_chain(pending, rows),
            total_lines=encoding.lines,
            description=f"CSV, {encoding.name}, {DELIMITERS.get(delimiter, repr(delimiter))}",
        )


def _csv_rows(
    path: Path, reader: Any, encoding: Encoding, offset: int
) -> Iterator[tuple[int, list[str]]]:
    previous = 0  # the line the previous record ended on: a record starts on the next one
    try:
        for row in reader:
            if any(row):
                yield previous + 1 + offset, row
            previous = reader.line_num
    except csv.Error as exc:
        raise UserError.wrap(_csv_message(exc), path, previous + 1 + offset) from None
    except UnicodeDecodeError:
        raise UserError(
            QT_TRANSLATE_NOOP("Fout", "tekens die in {name} niet te lezen zijn"),
            path,
            previous + 1 + offset,
            name=encoding.name,
        ) from None


# --- Excel ---------------------------------------------------------------------------------------


def cell_text(value: object) -> str:
    """A spreadsheet cell as the text a person sees (``12.0`` is ``12``)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, datetime | date | time):
        return value.isoformat()
    return str(value).strip()


MAX_XLSX_UNPACKED = 200 * 1024 * 1024  # 100,000 addresses with x and y unpack to about 36 MB
MAX_XLSX_RATIO = 250  # sheet XML packs 10-50 times; a deflate bomb about 1,000 times
MAX_XLSX_MEMBERS = 10_000


def _not_xlsx(path: Path, exc: BaseException) -> UserError:
    return UserError(
        QT_TRANSLATE_NOOP(
            "Fout",
            "geen geldig Excel-bestand (.xlsx) ({reason}); open het in Excel of LibreOffice "
            "en sla het opnieuw op",
        ),
        path,
        1,
        reason=type(exc).__name__,
    )


def check_zip_size(path: Path) -> None:
    """Refuse an .xlsx (a zip) that would unpack to far more than a spreadsheet, from the sizes
    its directory declares, before anything is unpacked (Python's zipfile never unpacks a
    member past its declared size, so the declaration is a real bound)."""
    try:
        with zipfile.ZipFile(path) as archive:
            members = archive.infolist()
    except (zipfile.BadZipFile, OSError, ValueError, EOFError) as exc:
        raise _not_xlsx(path, exc) from None
    unpacked = sum(m.file_size for m in members)
    packed = max(sum(m.compress_size for m in members), 1)
    too_dense = any(
        m.file_size > 1024 * 1024 and m.file_size > MAX_XLSX_RATIO * max(m.compress_size, 1)
        for m in members
    )
    if len(members) > MAX_XLSX_MEMBERS or unpacked > MAX_XLSX_UNPACKED or too_dense:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Fout",
                "dit Excel-bestand zou uitgepakt {unpacked:,.0f} MB worden (ingepakt "
                "{packed:,.1f} MB); zo groot of zo sterk ingepakt is geen adressenlijst, het "
                "wordt niet geopend",
            ),
            path,
            1,
            unpacked=unpacked / 1024 / 1024,
            packed=packed / 1024 / 1024,
        )


@contextmanager
def _open_xlsx(path: Path, is_header: HeaderTest) -> Iterator[Table]:
    import openpyxl  # imported when needed: it is slow to import and most imports are CSV

    check_zip_size(path)
    try:
        workbook = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises anything from BadZipFile to KeyError on junk
        raise _not_xlsx(path, exc) from None
    try:
        chosen = None
        for sheet in workbook.worksheets:
            rows = _sheet_rows(path, sheet)
            try:
                found = _pick_header(path, rows, is_header)
            except UserError:
                continue  # an empty sheet
            if chosen is None or is_header(found[1]):
                chosen = (sheet, rows, found)
            if is_header(found[1]):
                break
        if chosen is None:
            raise UserError(
                QT_TRANSLATE_NOOP(
                    "Fout", "het Excel-bestand bevat geen tabel (alle bladen zijn leeg)"
                ),
                path,
                1,
            )
        sheet, rows, (header_line, header, pending) = chosen
        yield Table(
            path=path,
            kind="xlsx",
            header=header,
            header_line=header_line,
            rows=_chain(pending, rows),
            total_lines=int(getattr(sheet, "max_row", 0) or 0),
            description=f'Excel, blad "{sheet.title}"',
            pads_short_rows=True,
        )
    finally:
        workbook.close()


def _sheet_rows(path: Path, sheet: Any) -> Iterator[tuple[int, list[str]]]:
    line = 0
    try:
        for line, values in enumerate(sheet.iter_rows(values_only=True), start=1):
            cells = [cell_text(v) for v in values]
            while cells and not cells[-1]:
                cells.pop()
            if cells:
                yield line, cells
    except Exception as exc:  # a damaged sheet inside a valid zip
        raise UserError(
            QT_TRANSLATE_NOOP("Fout", 'blad "{title}" is beschadigd ({reason})'),
            path,
            line + 1,
            title=sheet.title,
            reason=type(exc).__name__,
        ) from None
