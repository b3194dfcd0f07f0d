"""The follow-up list, computed from the file (rules: :mod:`buurtdesk.domain.followup`), and its
done ticks (``followups_done``, migration 11)."""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date

from sqlite_utils import Database

from ..domain.followup import HEAT_SCAN, FollowUp, FollowUpKind, contact_line
from ..domain.outcomes import DOOR_CARD_AFTER_NOT_HOME, Status
from ..domain.walklist import WalkEntry
from .printing import not_home_twice, walk_entries


def _short(day: date | None) -> str:
    return f"{day:%d-%m}" if day is not None else ""


def _connectors(db: Database, household_ids: Iterable[int]) -> dict[int, tuple[str, ...]]:
    """The connectors of each household's street, by name."""
    found: dict[int, list[str]] = {}
    rows = db.conn.execute(
        "SELECT h.id, m.name FROM households h "
        "JOIN street_assignments sa ON sa.street_id = h.street_id "
        "JOIN members m ON m.id = sa.member_id "
        "WHERE h.id IN (SELECT value FROM json_each(?)) ORDER BY h.id, m.name",
        [json.dumps(sorted(set(household_ids)))],
    )
    for household_id, name in rows:
        found.setdefault(household_id, []).append(name)
    return {h: tuple(names) for h, names in found.items()}


def _contacts(db: Database, household_ids: Iterable[int]) -> dict[int, tuple[str, str]]:
    """Phone and e-mail, and the purpose, of the households that consented to be contacted
    (others: absent)."""
    rows = db.conn.execute(
        "SELECT id, contact_phone, contact_email, contact_purpose FROM households "
        "WHERE id IN (SELECT value FROM json_each(?)) AND contact_consent_at IS NOT NULL "
        "AND contact_phone || contact_email <> ''",
        [json.dumps(sorted(set(household_ids)))],
    )
    return {r[0]: (contact_line(r[1], r[2]), r[3] or "") for r in rows}


def done_ticks(db: Database, project_id: int) -> dict[tuple[int, FollowUpKind], str]:
    return {
        (r[0], FollowUpKind(r[1])): r[2]
        for r in db.conn.execute(
            "SELECT household_id, kind, done_on FROM followups_done WHERE project_id = ?",
            [project_id],
        )
    }


_EXPERT = """
WITH latest AS (
  SELECT v.household_id, v.visit_date, a.value, row_number() OVER (PARTITION BY v.household_id
         ORDER BY v.visit_date DESC, v.stamp DESC, v.created_at DESC) AS n
    FROM answers a JOIN visits v ON v.id = a.visit_id JOIN questions q ON q.id = a.question_id
   WHERE v.project_id = ? AND v.retracted_at IS NULL AND q.short = ?)
SELECT household_id, visit_date FROM latest WHERE n = 1 AND value = 'ja'"""


def expert_requests(db: Database, project_id: int) -> dict[int, str]:
    """Households whose latest answer to the heat-scan question is "ja", with the reason."""
    return {
        r[0]: f"ja op {HEAT_SCAN} ({_short(date.fromisoformat(r[1]))})"
        for r in db.conn.execute(_EXPERT, [project_id, HEAT_SCAN])
    }


def _experts(db: Database) -> tuple[str, ...]:
    return tuple(
        r[0]
        for r in db.conn.execute(
            "SELECT m.name FROM members m JOIN member_roles r ON r.member_id = m.id "
            "WHERE r.role = 'expert' ORDER BY m.name COLLATE NOCASE"
        )
    )


def follow_ups(db: Database, project_id: int) -> list[FollowUp]:
    """Every follow-up of the project, by kind (call back, door card, expert visit), each in
    walking order; done ones included (``done_on`` set)."""
    entries = walk_entries(db, project_id)
    interested = [e for e in entries if e.status is Status.INTERESTED and not e.do_not_visit]
    contacts = _contacts(db, (e.household_id for e in interested))
    calls = [e for e in interested if e.household_id in contacts]
    cards = [e for e in not_home_twice(db, project_id) if not e.do_not_visit]
    experts_asked = expert_requests(db, project_id)
    experts = [e for e in entries if e.household_id in experts_asked and not e.do_not_visit]
    connectors = _connectors(db, (e.household_id for e in calls + cards))
    team_experts = _experts(db)
    done = done_ticks(db, project_id)

    def item(kind: FollowUpKind, entry: WalkEntry, reason: str, contact: str = "") -> FollowUp:
        expert = kind is FollowUpKind.EXPERT_VISIT
        return FollowUp(
            kind,
            entry.household_id,
            f"{entry.street} {entry.house_number}",
            entry.street,
            team_experts if expert else connectors.get(entry.household_id, ()),
            contact,
            reason,
            done.get((entry.household_id, kind)),
        )

    result = [
        item(
            FollowUpKind.CALL_BACK,
            e,
            f"geïnteresseerd op {_short(e.last_visit)}"
            + (f": {contacts[e.household_id][1]}" if contacts[e.household_id][1] else ""),
            contacts[e.household_id][0],
        )
        for e in calls
    ]
    result += [
        item(
            FollowUpKind.DOOR_CARD,
            e,
            f"{DOOR_CARD_AFTER_NOT_HOME}× niet thuis, laatst {_short(e.last_visit)}",
        )
        for e in cards
    ]
    result += [item(FollowUpKind.EXPERT_VISIT, e, experts_asked[e.household_id]) for e in experts]
    return result


def set_done(
    db: Database, project_id: int, household_id: int, kind: FollowUpKind, done_on: str | None
) -> None:
    """Tick a follow-up done on a day, or (None) take the tick away."""
    if done_on is None:
        db.execute(
            "DELETE FROM followups_done WHERE project_id = ? AND household_id = ? AND kind = ?",
            [project_id, household_id, kind.value],
        )
    else:
        db.execute(
            "INSERT INTO followups_done (project_id, household_id, kind, done_on) "
            "VALUES (?, ?, ?, ?) ON CONFLICT (project_id, household_id, kind) "
            "DO UPDATE SET done_on = excluded.done_on",
            [project_id, household_id, kind.value, done_on],
        )
