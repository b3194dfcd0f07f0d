"""Automatic backups (7 daily, 4 weekly, 6 monthly) and putting one back: checked first, the
current file kept, the clock continuing, every erasure since holding again."""

from __future__ import annotations

from datetime import date, timedelta
from pathlib import Path

import pytest

from buurtdesk.domain.outcomes import Outcome
from buurtdesk.ops import backups, privacy
from buurtdesk.ops.base import open_neighbourhood
from buurtdesk.ops.visits import record_visit
from buurtdesk.store.backups import auto_backup_path
from buurtdesk.store.db import open_db
from buurtdesk.store.store_errors import StoreError

from ..gui.street_fixtures import make_neighbourhood

SECRET = "GELE-FIETS-9021"
TODAY = date(2026, 11, 30)


def test_one_automatic_backup_a_day_and_old_ones_pruned(tmp_path: Path) -> None:
    path = tmp_path / "buurt.buurtdesk"
    make_neighbourhood(path)
    db = open_neighbourhood(path)
    for n in range(1, 60):  # two months of earlier days
        old = auto_backup_path(path, TODAY - timedelta(days=n))
        old.parent.mkdir(exist_ok=True)
        old.write_bytes(b"")
    by_hand = path.parent / "backups" / "buurt-handmatig.buurtdesk"
    by_hand.write_bytes(b"")
    made = backups.daily_backup(db, TODAY)
    assert made == auto_backup_path(path, TODAY) and made.stat().st_size > 0
    assert backups.daily_backup(db, TODAY) is None  # once a day
    autos = [b for b in backups.backups(db) if b.auto]
    assert len(autos) <= 7 + 4 + 6 and auto_backup_path(path, TODAY - timedelta(days=6)).exists()
    assert not auto_backup_path(path, TODAY - timedelta(days=40)).exists()
    assert by_hand.exists()  # never deleted
    db.close()


def test_restoring_keeps_erasures_made_since_and_the_clock(tmp_path: Path) -> None:
    path = tmp_path / "buurt.buurtdesk"
    ids = make_neighbourhood(path)
    db = open_neighbourhood(path)
    door = ids["h:Kerkweg 9"]
    record_visit(db, household_id=door, outcome=Outcome.SPOKE, visit_date=TODAY, note=SECRET)
    old = backups.daily_backup(db, TODAY)
    assert old is not None
    privacy.erase(db, door)
    record_visit(db, household_id=ids["h:Kerkweg 1"], outcome=Outcome.SPOKE, visit_date=TODAY)
    # the clock ran ahead of the wall clock (stamps from a laptop whose clock is fast)
    laptop = db.execute("SELECT id FROM laptops WHERE is_self = 1").fetchone()[0]
    clock = f"{9_000_000_000_000:013d}-0000-{laptop}"
    db.execute("UPDATE laptops SET last_stamp = ? WHERE is_self = 1", [clock])
    done = backups.restore(db, old)
    assert done.safety.exists() and done.erasures == 1
    assert privacy.household_data(db, door)["visits"] == []  # erased after the backup: still gone
    assert privacy.household_data(db, ids["h:Kerkweg 1"])["visits"] == []  # after it: not back
    assert db.execute("SELECT last_stamp FROM laptops WHERE is_self = 1").fetchone()[0] >= clock
    db.close()
    raw = path.read_bytes() + (Path(str(path) + "-wal").read_bytes()
                               if Path(str(path) + "-wal").exists() else b"")  # fmt: skip
    assert SECRET.encode() not in raw


@pytest.mark.parametrize("kind", ["garbage", "foreign", "other neighbourhood", "missing"])
def test_what_is_not_a_sound_backup_is_refused_and_changes_nothing(
    tmp_path: Path, kind: str
) -> None:
    path = tmp_path / "buurt.buurtdesk"
    make_neighbourhood(path)
    db = open_neighbourhood(path)
    bad = tmp_path / "kopie.buurtdesk"
    if kind == "garbage":
        bad.write_bytes(b"\x00\xffgeen database" * 100)
    elif kind == "foreign":
        import sqlite3

        other = sqlite3.connect(bad)
        other.execute("CREATE TABLE t (x)")
        other.close()
    elif kind == "other neighbourhood":
        open_db(bad).close()
    before = "\n".join(db.conn.iterdump())
    with pytest.raises(StoreError):
        backups.restore(db, bad)
    assert "\n".join(db.conn.iterdump()) == before
    assert not (path.parent / "backups").exists()  # not even the safety copy
    db.close()
