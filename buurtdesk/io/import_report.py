"""What an import is asked to do and what it reports: options, the report (per GeoPackage layer
too), and the errors that refuse a file whole."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ..domain.address import AddressRecord
from ..errors import QT_TRANSLATE_NOOP, Coded, UserError
from ..store.address_upsert import AddressRow

MAX_LISTED_PROBLEMS = 5  # a refused file lists this many problems, then their count

# --- options and results --------------------------------------------------------------------


@dataclass(frozen=True)
class ImportOptions:
    """``mapping``: field -> column header (overrides); ``postcode_range``: normalised bounds;
    ``place``: keep only this place (or, for a file without a place column, its place);
    ``layers``: of a GeoPackage, read only these layers (else every address layer)."""

    mapping: dict[str, str] = field(default_factory=dict)
    postcode_range: tuple[str, str] | None = None
    place: str = ""
    layers: tuple[str, ...] = ()


@dataclass
class LayerCount:
    """What one GeoPackage layer gave: features read, addresses kept, and skipped."""

    name: str
    rows: int = 0
    addresses: int = 0
    not_dwelling: int = 0
    filtered: int = 0

    def as_dict(self) -> dict[str, Any]:
        return {
            "name": self.name,
            "rows": self.rows,
            "addresses": self.addresses,
            "skipped_not_dwelling": self.not_dwelling,
            "skipped_filter": self.filtered,
        }


@dataclass
class ImportReport:
    file: str
    description: str
    rows: int = 0  # data rows (features) read
    records: int = 0  # addresses that passed filters and checks
    not_dwelling: int = 0  # skipped: gebruiksdoel without woonfunctie
    filtered: int = 0  # skipped: outside --postcode / --place
    added: int = 0
    updated: int = 0
    unchanged: int = 0
    streets_added: int = 0
    duplicates: int = 0  # the same address more than once in the file (the first row counts)
    # doors that matched a household written the other way (4H = 4 H), and a few examples
    other_reading: int = 0
    other_reading_examples: list[str] = field(default_factory=list)
    straight_streets: list[str] = field(default_factory=list)  # recognised as straight-numbered
    dry_run: bool = False
    columns: dict[str, str] = field(default_factory=dict)
    layers: list[LayerCount] = field(default_factory=list)  # a GeoPackage: per layer read
    skipped_layers: dict[str, str] = field(default_factory=dict)  # layer -> why not read

    def as_dict(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "format": self.description,
            "rows": self.rows,
            "addresses": self.records,
            "skipped_not_dwelling": self.not_dwelling,
            "skipped_filter": self.filtered,
            "added": self.added,
            "updated": self.updated,
            "unchanged": self.unchanged,
            "streets_added": self.streets_added,
            "duplicates": self.duplicates,
            "other_reading": self.other_reading,
            "other_reading_examples": self.other_reading_examples,
            "straight_streets": self.straight_streets,
            "dry_run": self.dry_run,
            "columns": self.columns,
            "layers": [layer.as_dict() for layer in self.layers],
            "skipped_layers": self.skipped_layers,
        }


@dataclass(frozen=True)
class Problem:
    line: int | None
    message: Coded  # a template with values, so that the window can translate it


class ImportRefused(UserError):
    """The file has bad records and is refused whole; lists the first few with the count."""

    def __init__(self, path: Path, problems: Sequence[Problem], total: int):
        first = problems[0]
        super().__init__(first.message.template, path, first.line, **first.message.values)
        self.problems = list(problems)
        self.total = total

    def summary(self) -> Coded | None:
        """The closing line of the message (how many, nothing imported); None for one problem."""
        if self.total <= 1:
            return None
        if self.total > len(self.problems):
            return Coded(
                QT_TRANSLATE_NOOP(
                    "Fout",
                    "{total} fouten, de eerste {listed} staan hierboven; er is niets geïmporteerd",
                ),
                total=self.total,
                listed=len(self.problems),
            )
        return Coded(
            QT_TRANSLATE_NOOP("Fout", "{total} fouten; er is niets geïmporteerd"), total=self.total
        )

    def __str__(self) -> str:
        lines = [
            f"{self.path}:{p.line}: {p.message}"
            if p.line is not None
            else f"{self.path}: {p.message}"
            for p in self.problems
        ]
        summary = self.summary()
        if summary is not None:
            lines.append(f"{self.path}: {summary}")
        return "\n".join(lines)


class ImportCancelled(UserError):
    def __init__(self, path: Path):
        super().__init__("import afgebroken; er is niets veranderd", path)


@dataclass
class ReadResult:
    rows: list[AddressRow]  # (street, place, house, postcode, rd_x, rd_y), checked
    report: ImportReport

    @property
    def records(self) -> list[AddressRecord]:
        return [AddressRecord(s, h, pc, pl, x, y) for s, pl, h, pc, x, y in self.rows]


class Problems:
    """The problems of one file: all counted, the first few kept for the message."""

    def __init__(self, path: Path):
        self.path = path
        self.listed: list[Problem] = []
        self.total = 0

    def add(self, line: int | None, message: Coded) -> None:
        self.total += 1
        if len(self.listed) < MAX_LISTED_PROBLEMS:
            self.listed.append(Problem(line, message))

    def raise_if_any(self) -> None:
        if self.total:
            raise ImportRefused(self.path, self.listed, self.total)
