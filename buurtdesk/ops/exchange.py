"""Exchange between laptops (docs/exchange.md): start packages, exchange files, conflicts.

A file is written next to its name and moved into place, never over an existing file unless
asked; reading is all or nothing (one transaction) and reading a file twice changes nothing.
"""

from __future__ import annotations

import json
import os
import sqlite3
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlite_utils import Database

from ..errors import QT_TRANSLATE_NOOP, UserError
from ..io.exchange_file import check_code, seal, unseal
from ..store import laptops as store_laptops
from ..store.db import get_setting, now_iso, set_setting
from ..store.exchange import (
    MergeReport,
    apply,
    collect,
    for_connector,
    join,
    neighbourhood_uuid,
)
from ..store.file_copies import database_path, is_database_file
from ..store.laptops import Conflict, Laptop
from ..store.privacy import checkpoint
from ..store.sync import self_laptop
from ..store.team import find_member
from .base import open_neighbourhood, operation

KIND_PACKAGE = "startpakket"
KIND_CHANGES = "uitwisseling"
SCOPE_SETTING = "exchange_scope"  # the member uuid whose streets this laptop keeps
MAX_FILE = 4 * 1024**3


@dataclass(frozen=True)
class Written:
    path: Path
    kind: str
    households: int
    visits: int


def set_laptop_name(db: Database, name: str) -> None:
    name = " ".join(name.split())
    if not name or not name.isprintable() or len(name) > 60:
        raise UserError(
            QT_TRANSLATE_NOOP("Fout", "geef de laptop een naam van 1 tot 60 gewone tekens")
        )
    with operation(db, "set_laptop_name"):
        store_laptops.set_laptop_name(db, name)


def _payload(db: Database, connector: str | None) -> tuple[dict[str, Any], str | None]:
    payload = collect(db)
    scope = get_setting(db, SCOPE_SETTING) or None
    if connector is not None:
        member = find_member(db, connector)
        if member is None:
            raise UserError(
                QT_TRANSLATE_NOOP("Fout", "'{connector}' is geen lid van het team"),
                connector=connector,
            )
        scope = member.uuid
    if scope:
        payload = for_connector(payload, scope)
    return payload, scope


def write_file(
    db: Database,
    target: Path,
    code: str,
    *,
    package: bool = False,
    connector: str | None = None,
    overwrite: bool = False,
) -> Written:
    """Write what this laptop knows (or, as a start package, the neighbourhood for a new laptop,
    for one connector when given) to ``target``, sealed with the team's code."""
    code = check_code(code)
    _check_target(db, target, overwrite)
    payload, _scope = _payload(db, connector if package else None)
    data = seal(
        json.dumps(payload, ensure_ascii=False, separators=(",", ":")).encode("utf-8"),
        code=code,
        neighbourhood=neighbourhood_uuid(db),
        kind=KIND_PACKAGE if package else KIND_CHANGES,
        laptop=self_laptop(db),
        laptop_name=store_laptops.laptop_name(db),
        written_at=now_iso(),
    )
    _write_atomically(target, data)
    tables = payload["tables"]
    return Written(
        target,
        KIND_PACKAGE if package else KIND_CHANGES,
        len(tables["households"]["rows"]),
        len(tables["visits"]["rows"]),
    )


def _check_target(db: Database, target: Path, overwrite: bool) -> None:
    if not str(target).strip():
        raise UserError(
            QT_TRANSLATE_NOOP("Fout", "geef een bestandsnaam voor het uitwisselbestand")
        )
    own = database_path(db)
    if target.is_dir():
        raise UserError(QT_TRANSLATE_NOOP("Fout", "dit is een map; geef een bestandsnaam"), target)
    if str(own) and is_database_file(target, own):
        raise UserError(
            QT_TRANSLATE_NOOP("Fout", "dat is het buurtbestand zelf; kies een andere naam"), target
        )
    if target.exists() and not overwrite:
        raise UserError(
            QT_TRANSLATE_NOOP("Fout", "bestaat al; kies een andere naam (of --overwrite)"), target
        )


def _write_atomically(target: Path, data: bytes) -> None:
    part = target.with_name(f".{target.name}.part")
    try:
        target.parent.mkdir(parents=True, exist_ok=True)
        fd = os.open(part, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
        with os.fdopen(fd, "wb") as out:
            out.write(data)
            out.flush()
            os.fsync(out.fileno())
        part.replace(target)
    except OSError as exc:
        part.unlink(missing_ok=True)
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Fout", "het uitwisselbestand kan hier niet worden geschreven ({strerror})"
            ),
            target,
            strerror=exc.strerror or exc,
        ) from exc


def _open(path: Path, code: str, neighbourhood: str | None) -> tuple[str, str, dict[str, Any]]:
    try:
        if path.stat().st_size > MAX_FILE:
            raise UserError(
                QT_TRANSLATE_NOOP("Fout", "dit bestand is te groot voor een uitwisselbestand"), path
            )
        data = path.read_bytes()
    except FileNotFoundError:
        raise UserError(QT_TRANSLATE_NOOP("Fout", "bestand bestaat niet"), path) from None
    except OSError as exc:
        raise UserError(
            QT_TRANSLATE_NOOP("Fout", "kan het bestand niet lezen ({strerror})"),
            path,
            strerror=exc.strerror or exc,
        ) from exc
    sealed = unseal(data, code=code, path=path, neighbourhood=neighbourhood)
    try:
        payload = json.loads(sealed.payload.decode("utf-8"))
        if not isinstance(payload, dict) or payload.get("format") != 1:
            raise ValueError("formaat")
    except (UnicodeDecodeError, ValueError) as exc:
        raise UserError(
            QT_TRANSLATE_NOOP("Fout", "de inhoud van het uitwisselbestand is onleesbaar"), path
        ) from exc
    if payload.get("neighbourhood") != sealed.neighbourhood:
        raise UserError(
            QT_TRANSLATE_NOOP("Fout", "de inhoud hoort niet bij de kop van het bestand"), path
        )
    return sealed.kind, sealed.laptop, payload


def _apply_safely(
    db: Database, payload: dict[str, Any], path: Path, *, joining: bool
) -> MergeReport:
    """All or nothing: whatever is wrong inside the file, the database stays as it was."""
    try:
        with operation(db, "exchange_join" if joining else "exchange_read"):
            return join(db, payload) if joining else apply(db, payload)
    except (KeyError, IndexError, TypeError, ValueError, AttributeError) as exc:
        raise UserError(
            QT_TRANSLATE_NOOP("Fout", "de inhoud van het uitwisselbestand klopt niet ({exc})"),
            path,
            exc=exc,
        ) from exc
    except sqlite3.IntegrityError as exc:
        raise UserError(
            QT_TRANSLATE_NOOP("Fout", "de inhoud past niet in deze buurt ({exc})"), path, exc=exc
        ) from exc


def read_file(db: Database, path: Path, code: str) -> MergeReport:
    """Merge an exchange file (or a start package) of this neighbourhood into this laptop."""
    kind, laptop, payload = _open(path, code, neighbourhood_uuid(db))
    if laptop == self_laptop(db):
        return MergeReport()  # our own file: nothing to learn from it
    scope = get_setting(db, SCOPE_SETTING)
    if scope:
        payload = for_connector(payload, scope)
    del kind  # a start package read on a laptop of the neighbourhood is an exchange file too
    report = _apply_safely(db, payload, path, joining=False)
    checkpoint(db)  # an erasure that came in is gone from the WAL's bytes too
    return report


def join_file(db: Database, path: Path, code: str) -> MergeReport:
    """Make this new, empty file a laptop of the neighbourhood in a start package."""
    kind, _laptop, payload = _open(path, code, None)
    if kind != KIND_PACKAGE:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Fout", "dit is geen startpakket (maak er een met 'exchange package')"
            ),
            path,
        )
    report = _apply_safely(db, payload, path, joining=True)
    scope = payload.get("scope")
    if isinstance(scope, str) and scope:
        with operation(db, "exchange_scope"):
            set_setting(db, SCOPE_SETTING, scope)
    return report


def join_new_file(target: Path, package: Path, code: str) -> MergeReport:
    """A new neighbourhood file at ``target`` made a laptop of the neighbourhood in ``package``;
    ``target`` must not exist yet, and nothing of it stays behind when joining fails."""
    if target.exists():
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Fout",
                "dit bestand bestaat al; een startpakket komt in een nieuw bestand (kies een "
                "nieuwe naam)",
            ),
            target,
        )
    db = open_neighbourhood(target, create=True)
    try:
        return join_file(db, package, code)
    except BaseException:
        db.close()
        for suffix in ("", "-wal", "-shm"):
            Path(str(target) + suffix).unlink(missing_ok=True)
        raise
    finally:
        db.close()


def conflicts(db: Database, *, resolved: bool = False) -> list[Conflict]:
    return store_laptops.list_conflicts(db, resolved=resolved)


def take_other(db: Database, conflict_id: int) -> None:
    """A person chose the value the automatic merge did not keep."""
    with operation(db, "take_other"):
        store_laptops.resolve_conflict(db, conflict_id, take_other=True)


def dismiss(db: Database, conflict_id: int) -> None:
    """Keep the automatic choice."""
    with operation(db, "dismiss_conflict"):
        store_laptops.resolve_conflict(db, conflict_id, take_other=False)


def laptops(db: Database) -> list[Laptop]:
    return store_laptops.list_laptops(db)
