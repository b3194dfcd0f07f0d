"""Writing the demo neighbourhood as one operation (see ops/__init__.py): the command line
(``demo``) and the window (Bestand > Voorbeeldbuurt maken, the empty street page) call this.

Only an empty file takes a demo (a demo mixed into real addresses could never be told apart
again); that check is made inside the operation that writes (store/demo.py).
"""

from __future__ import annotations

from collections.abc import Callable

from sqlite_utils import Database

from ..domain.demo import DEFAULT_HOUSEHOLDS, DEFAULT_SEED, MAX_HOUSEHOLDS, Demo, generate
from ..errors import QT_TRANSLATE_NOOP, UserError
from ..store import demo as store_demo
from ..store.demo import DemoSummary
from .base import operation

Progress = Callable[[int, int], object]  # (households written, households in all)


def plan_demo(households: int = DEFAULT_HOUSEHOLDS, seed: int = DEFAULT_SEED) -> Demo:
    """The neighbourhood to write: ``households`` addresses, the same ``seed`` the same
    neighbourhood. Checked before any file is opened."""
    if not 1 <= households <= MAX_HOUSEHOLDS:
        raise UserError(
            QT_TRANSLATE_NOOP(
                "Fout",
                "het aantal huishoudens (--households) moet tussen 1 en {most} liggen, niet "
                "{households}",
            ),
            most=MAX_HOUSEHOLDS,
            households=households,
        )
    return generate(households, seed)


def write_demo(db: Database, demo: Demo, *, progress: Progress | None = None) -> DemoSummary:
    """Put ``demo`` (:func:`plan_demo`) into this empty file, in one operation. Refused, the file
    unchanged, when it already holds data."""

    def report(done: int, total: int) -> None:
        if progress is not None:
            progress(done, total)

    with operation(db, "write_demo"):
        return store_demo.write_demo(db, demo, progress=report)
