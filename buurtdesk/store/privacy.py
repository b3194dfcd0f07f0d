"""A resident's data: what is kept (AVG art. 15) and erasing it (art. 17), in SQL.

Erasing records the household in the register ``erasures`` (its uuid, the date, the clock stamp;
migration 6) and then removes, for every visit stamped before the erasure: the visit itself and
its undo and redo; and the household's note, initiator marks, sign-ups and what the conflicts list
kept of them. The address stays (public BAG data) with a "do not visit" mark, unless the resident
may be visited again. The same register, arriving in an exchange file or still present after a
backup is put back, makes every laptop erase the same (:func:`apply_erasures`).

Correcting a visit's note (migration 9) records the new text in ``note_corrections``; the latest
correction of a visit by stamp gives its note on every laptop, applied again after every exchange
file and restored backup (:func:`apply_note_corrections`), so the old text never comes back.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlite_utils import Database

from ..domain.address import format_postcode
from .db import new_uuid
from .questions import household_answers
from .sync import next_stamps

ON_REQUEST = "op verzoek"  # the do-not-visit reason an erasure leaves


@dataclass(frozen=True)
class Erased:
    household_id: int
    visits: int
    signups: int
    initiator_marks: int
    had_note: bool
    had_contact: bool = False


def _count(db: Database, sql: str, args: list[Any]) -> int:
    return int(db.execute(sql, args).fetchone()[0])


def household_uuid(db: Database, household_id: int) -> str | None:
    row = db.execute("SELECT uuid FROM households WHERE id = ?", [household_id]).fetchone()
    return str(row[0]) if row else None


def what_goes(db: Database, household_id: int) -> Erased:
    """What erasing this household would remove (for the confirmation)."""
    row = db.execute(
        "SELECT note, contact_phone || contact_email FROM households WHERE id = ?", [household_id]
    ).fetchone()
    return Erased(
        household_id,
        _count(db, "SELECT count(*) FROM visits WHERE household_id = ?", [household_id]),
        _count(db, "SELECT count(*) FROM activity_signups WHERE household_id = ?", [household_id]),
        _count(db, "SELECT count(*) FROM initiators WHERE household_id = ?", [household_id]),
        bool(row and row[0]),
        bool(row and row[1]),
    )


def erase_household(
    db: Database, household_id: int, *, may_visit_again: bool = False, on: date | None = None
) -> Erased:
    """Erase (inside the caller's transaction); recorded for exchange by the store's triggers."""
    uuid = household_uuid(db, household_id)
    if uuid is None:
        raise KeyError(household_id)
    gone = what_goes(db, household_id)
    stamp = next_stamps(db)[0]
    db.execute(
        "INSERT INTO erasures (uuid, household_uuid, erased_on, may_visit_again, stamp) "
        "VALUES (?, ?, ?, ?, ?)",
        [new_uuid(), uuid, (on or date.today()).isoformat(), int(may_visit_again), stamp],
    )
    _erase_whole(db, household_id, uuid, stamp, may_visit_again)
    return gone


def _erase_whole(
    db: Database, household_id: int, uuid: str, stamp: str, may_visit_again: bool
) -> None:
    _erase(db, household_id, uuid, stamp, links=True)
    db.execute(
        "UPDATE households SET note = '', do_not_visit = ?, do_not_visit_reason = ?, "
        "contact_phone = '', contact_email = '', contact_consent_at = NULL, "
        "contact_purpose = '', updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?",
        [0 if may_visit_again else 1, "" if may_visit_again else ON_REQUEST, household_id],
    )
    # the undo history may hold the erased notes (a note's before and after): it goes whole
    db.execute("DELETE FROM undo_log")


def reapply_erasures(db: Database) -> int:
    """After a backup was put back: every erasure of the register, made before or after the
    backup was taken, holds again, whole (visits, note, marks, sign-ups). Returns how many."""
    rows = db.execute(
        "SELECT h.id, h.uuid, e.stamp, e.may_visit_again FROM erasures e "
        "JOIN households h ON h.uuid = e.household_uuid ORDER BY e.stamp"
    ).fetchall()
    for household_id, uuid, stamp, may_visit_again in rows:
        _erase_whole(db, int(household_id), str(uuid), str(stamp), bool(may_visit_again))
    apply_note_corrections(db)
    return len(rows)


def delete_visits(db: Database, where: str, args: list[Any]) -> int:
    """Delete the visits ``WHERE where`` with everything kept of them: their undo and redo, the
    conflicts listed of them, their change-log rows and (by trigger, migration 9) their note
    corrections. The one way an erasure and a closed project delete visits; returns how many."""
    uuids = [str(r[0]) for r in db.execute(f"SELECT uuid FROM visits WHERE {where}", args)]
    for start in range(0, len(uuids), 500):
        chunk = uuids[start : start + 500]
        marks = ", ".join("?" for _ in chunk)
        db.execute(f"DELETE FROM visit_events WHERE visit_uuid IN ({marks})", chunk)
        db.execute(f"DELETE FROM conflicts WHERE tbl = 'visits' AND row IN ({marks})", chunk)
        db.execute(f"DELETE FROM visits WHERE uuid IN ({marks})", chunk)
        db.execute(f"DELETE FROM sync_state WHERE tbl = 'visits' AND row IN ({marks})", chunk)
    return len(uuids)


def _erase(db: Database, household_id: int, uuid: str, stamp: str, *, links: bool) -> None:
    """Remove the visits recorded for this household before ``stamp`` (and, ``links``, its
    marks and sign-ups: on the laptop that erases; they travel to the others as tombstones)."""
    delete_visits(db, "household_id = ? AND stamp < ?", [household_id, stamp])
    # corrections whose visit is gone (one that arrived before its visit, never to come)
    db.execute(
        "DELETE FROM note_corrections WHERE household_id = ? "
        "AND visit_uuid NOT IN (SELECT uuid FROM visits WHERE household_id = ?)",
        [household_id, household_id],
    )
    db.execute("DELETE FROM conflicts WHERE tbl = 'households' AND row = ?", [uuid])
    if links:
        db.execute("DELETE FROM initiators WHERE household_id = ?", [household_id])
        db.execute("DELETE FROM activity_signups WHERE household_id = ?", [household_id])
        db.execute("DELETE FROM followups_done WHERE household_id = ?", [household_id])


def apply_erasures(db: Database) -> int:
    """Make every erasure in the register hold here (after an exchange file or a restored
    backup brought data from before it); returns the visits removed."""
    removed = 0
    for household_id, uuid, stamp in db.execute(
        "SELECT h.id, h.uuid, max(e.stamp) FROM erasures e "
        "JOIN households h ON h.uuid = e.household_uuid GROUP BY h.id"
    ).fetchall():
        older = _count(
            db,
            "SELECT count(*) FROM visits WHERE household_id = ? AND stamp < ?",
            [household_id, stamp],
        )
        if older:
            _erase(db, int(household_id), str(uuid), str(stamp), links=False)
            removed += older
    apply_note_corrections(db)  # and every corrected note holds (migration 9)
    return removed


@dataclass(frozen=True)
class Corrected:
    visit_uuid: str
    household_id: int
    note: str


def visit_note(db: Database, visit_uuid: str) -> tuple[int, str] | None:
    """(household id, note) of a visit, or None when it is not here."""
    row = db.execute(
        "SELECT household_id, note FROM visits WHERE uuid = ?", [visit_uuid]
    ).fetchone()
    return (int(row[0]), str(row[1])) if row else None


def correct_note(db: Database, visit_uuid: str, text: str) -> Corrected:
    """Record a correction of a visit's note and make it hold (inside the caller's
    transaction): the visit's note becomes ``text``, older corrections go (with a tombstone), a
    "do not visit" reason the old note gave the household follows, and the undo history, which
    may hold the old text, is emptied. It travels as an event (migration 9)."""
    found = visit_note(db, visit_uuid)
    if found is None:
        raise KeyError(visit_uuid)
    household_id, _old = found
    db.execute(
        "INSERT INTO note_corrections (uuid, visit_uuid, household_id, note, stamp) "
        "VALUES (?, ?, ?, ?, ?)",
        [new_uuid(), visit_uuid, household_id, text, next_stamps(db)[0]],
    )
    apply_note_corrections(db, visit_uuid)
    db.execute("DELETE FROM undo_log")  # a visit's or a reason's old text could be in it
    return Corrected(visit_uuid, household_id, text)


def apply_note_corrections(db: Database, visit_uuid: str | None = None) -> int:
    """Make the latest correction of every visit (or of one) hold here: after an exchange file or
    a restored backup brought an older text back. Older corrections are deleted with a
    tombstone; corrections of visits that are not here are dropped (an erased visit's, or one
    that arrives before its visit: it comes again with the next file of a laptop that has it).
    Returns how many notes changed."""
    where, args = ("WHERE c.visit_uuid = ?", [visit_uuid]) if visit_uuid else ("", [])
    latest = db.execute(
        "SELECT c.visit_uuid, c.note, max(c.stamp), count(*), v.id, v.note, v.household_id, "
        "v.outcome FROM note_corrections c LEFT JOIN visits v ON v.uuid = c.visit_uuid "
        f"{where} GROUP BY c.visit_uuid",
        args,
    ).fetchall()
    changed = 0
    for uuid, note, stamp, count, visit_id, old, household_id, outcome in latest:
        if visit_id is None:
            db.execute("DELETE FROM note_corrections WHERE visit_uuid = ?", [uuid])
            continue
        if count > 1:
            older = db.execute(
                "SELECT uuid FROM note_corrections WHERE visit_uuid = ? AND stamp < ?",
                [uuid, stamp],
            ).fetchall()
            db.execute(
                "DELETE FROM note_corrections WHERE visit_uuid = ? AND stamp < ?", [uuid, stamp]
            )
            db.conn.executemany(
                "INSERT OR REPLACE INTO tombstones (tbl, row, stamp) "
                "VALUES ('note_corrections', ?, max(?, coalesce((SELECT stamp FROM tombstones "
                "WHERE tbl = 'note_corrections' AND row = ?), '')))",
                [(str(r[0]), stamp, str(r[0])) for r in older],
            )
            db.conn.executemany(
                "DELETE FROM sync_state WHERE tbl = 'note_corrections' AND row = ?",
                [(str(r[0]),) for r in older],
            )
        if old == note:
            continue
        db.execute("UPDATE visits SET note = ? WHERE id = ?", [note, visit_id])
        if outcome == "do_not_visit" and old:
            # the household's reason was taken from this note when the visit was recorded
            db.execute(
                "UPDATE households SET do_not_visit_reason = ?, "
                "updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') "
                "WHERE id = ? AND do_not_visit_reason = ?",
                [note or "wil geen bezoek", household_id, old],
            )
            db.execute(
                "DELETE FROM conflicts WHERE tbl = 'households' AND field = 'do_not_visit_reason' "
                "AND row = (SELECT uuid FROM households WHERE id = ?)",
                [household_id],
            )
        changed += 1
    return changed


def correction_register(db: Database) -> list[tuple[object, ...]]:
    """Every correction, with its household as a uuid (kept across putting a backup back)."""
    return [
        tuple(r)
        for r in db.execute(
            "SELECT c.uuid, c.visit_uuid, h.uuid, c.note, c.stamp FROM note_corrections c "
            "LEFT JOIN households h ON h.id = c.household_id"
        )
    ]


def restore_corrections(db: Database, register: list[tuple[object, ...]]) -> None:
    """After a backup was put back: the corrections known before hold again (with
    :func:`reapply_erasures`, which applies them)."""
    db.conn.executemany(
        "INSERT OR IGNORE INTO note_corrections (uuid, visit_uuid, household_id, note, stamp) "
        "VALUES (?, ?, (SELECT id FROM households WHERE uuid = ?), ?, ?)",
        register,
    )


def erasure_register(db: Database) -> list[tuple[str, str]]:
    """(household uuid, date) of every erasure, oldest first."""
    return [
        (str(r[0]), str(r[1]))
        for r in db.execute("SELECT household_uuid, erased_on FROM erasures ORDER BY stamp")
    ]


def checkpoint(db: Database) -> bool:
    """Move the WAL into the file and empty it, so that deleted data is not left in the WAL's
    old page images. False when another connection's read kept part of it (it is emptied at a
    later checkpoint)."""
    busy, _log, _moved = db.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    return not busy


def household_data(db: Database, household_id: int) -> dict[str, Any] | None:
    """Everything kept about one household (AVG art. 15), for showing and printing."""
    row = db.execute(
        "SELECT h.id, s.name, h.number, h.letter, h.addition, h.postcode, h.place, h.note, "
        "h.do_not_visit, h.do_not_visit_reason, h.source, h.created_at, h.uuid, "
        "h.contact_phone, h.contact_email, h.contact_consent_at, h.contact_purpose "
        "FROM households h JOIN streets s ON s.id = h.street_id WHERE h.id = ?",
        [household_id],
    ).fetchone()
    if row is None:
        return None
    visits = [
        {
            "date": r[0],
            "outcome": r[1],
            "by": r[2],
            "note": r[3],
            "project": r[4],
            "undone": r[5] is not None,
            "uuid": r[6],
            "number": number,  # as `household show` and `note correct --visit` count them
        }
        for number, r in enumerate(
            db.execute(
                "SELECT v.visit_date, v.outcome, v.visitor, v.note, p.title, v.retracted_at, "
                "v.uuid FROM visits v JOIN projects p ON p.id = v.project_id "
                "WHERE v.household_id = ? ORDER BY v.visit_date, v.created_at, v.id",
                [household_id],
            ),
            start=1,
        )
    ]
    signups = [
        {"activity": r[0], "date": r[1], "signed_up": r[2], "attended": bool(r[3])}
        for r in db.execute(
            "SELECT a.title, a.date, s.signed_up_at, s.attended FROM activity_signups s "
            "JOIN activities a ON a.id = s.activity_id WHERE s.household_id = ? ORDER BY a.date",
            [household_id],
        )
    ]
    initiator = [
        str(r[0])
        for r in db.execute(
            "SELECT p.title FROM initiators i JOIN projects p ON p.id = i.project_id "
            "WHERE i.household_id = ? ORDER BY p.start_date",
            [household_id],
        )
    ]
    erased = [
        str(r[0])
        for r in db.execute(
            "SELECT erased_on FROM erasures WHERE household_uuid = ? ORDER BY stamp", [row[12]]
        )
    ]
    return {
        "id": row[0],
        "street": row[1],
        "number": row[2],
        "letter": row[3],
        "addition": row[4],
        "postcode": format_postcode(row[5] or ""),
        "place": row[6],
        "note": row[7],
        "do_not_visit": bool(row[8]),
        "do_not_visit_reason": row[9],
        "source": row[10],
        "added": row[11],
        "visits": visits,
        "signups": signups,
        "initiator_in": initiator,
        "erased_on": erased,
        "answers": household_answers(db, household_id),
        "contact": {
            "phone": row[13],
            "email": row[14],
            "consent_at": row[15],
            "purpose": row[16],
        },
    }


def set_contact(
    db: Database, household_id: int, phone: str, email: str, consent_at: str | None, purpose: str
) -> None:
    db.execute(
        "UPDATE households SET contact_phone = ?, contact_email = ?, contact_consent_at = ?, "
        "contact_purpose = ?, updated_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = ?",
        [phone, email, consent_at, purpose, household_id],
    )


def kept_counts(db: Database) -> dict[str, int]:
    """How much of each kind of personal data the file holds now (the register of processing)."""
    one = {
        "households": "SELECT count(*) FROM households",
        "visited": "SELECT count(DISTINCT household_id) FROM visits",
        "visits": "SELECT count(*) FROM visits",
        "visit_notes": "SELECT count(*) FROM visits WHERE note <> ''",
        "household_notes": "SELECT count(*) FROM households WHERE note <> ''",
        "do_not_visit": "SELECT count(*) FROM households WHERE do_not_visit = 1",
        "contacts": "SELECT count(*) FROM households WHERE contact_phone || contact_email <> ''",
        "initiators": "SELECT count(*) FROM initiators",
        "signups": "SELECT count(*) FROM activity_signups",
        "members": "SELECT count(*) FROM members",
        "member_contacts": "SELECT count(*) FROM members WHERE phone || email <> ''",
        "erasures": "SELECT count(*) FROM erasures",
    }
    return {key: _count(db, sql, []) for key, sql in one.items()}
