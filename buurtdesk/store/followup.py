"""The follow-up list's queries (:mod:`buurtdesk.domain.followup` has the rules in words)."""

from __future__ import annotations

from sqlite_utils import Database

from ..domain.followup import HEAT_SCAN, FollowUp, FollowUpKind, who_for
from ..domain.outcomes import DOOR_CARD_AFTER_NOT_HOME
from .progress import street_connectors
from .street_list import household_rows

_CALL_BACK = """
SELECT h.id, h.contact_purpose FROM household_status s JOIN households h ON h.id = s.household_id
 WHERE s.project_id = ? AND s.outcome = 'interested' AND h.contact_consent_at IS NOT NULL
   AND h.contact_phone || h.contact_email <> ''"""

_DOOR_CARD = """
WITH recent AS (
  SELECT household_id, outcome, row_number() OVER (PARTITION BY household_id
         ORDER BY visit_date DESC, stamp DESC, created_at DESC, uuid DESC) AS n
    FROM visits WHERE project_id = ? AND retracted_at IS NULL)
SELECT household_id, '' FROM recent WHERE n <= ? GROUP BY household_id
HAVING count(*) = ? AND sum(outcome = 'not_home') = ?"""

_EXPERT = """
WITH latest AS (
  SELECT v.household_id, a.value, row_number() OVER (PARTITION BY v.household_id
         ORDER BY v.visit_date DESC, v.stamp DESC, v.created_at DESC) AS n
    FROM answers a JOIN visits v ON v.id = a.visit_id JOIN questions q ON q.id = a.question_id
   WHERE v.project_id = ? AND v.retracted_at IS NULL AND q.short = ?)
SELECT household_id, '' FROM latest WHERE n = 1 AND value = 'ja'"""


def follow_ups(db: Database, project_id: int) -> list[FollowUp]:
    """Every follow-up of the project, by kind, then in street and walking order."""
    found: list[tuple[FollowUpKind, int, str]] = []
    twice = DOOR_CARD_AFTER_NOT_HOME
    for kind, sql, args in (
        (FollowUpKind.CALL_BACK, _CALL_BACK, [project_id]),
        (FollowUpKind.DOOR_CARD, _DOOR_CARD, [project_id, twice, twice, twice]),
        (FollowUpKind.EXPERT_VISIT, _EXPERT, [project_id, HEAT_SCAN]),
    ):
        found += [(kind, int(r[0]), str(r[1] or "")) for r in db.execute(sql, args)]
    rows = household_rows(db, project_id, {household for _, household, _ in found})
    owners = street_connectors(db)
    experts = tuple(
        str(r[0])
        for r in db.execute(
            "SELECT m.name FROM members m JOIN member_roles r ON r.member_id = m.id "
            "WHERE r.role = 'expert' ORDER BY m.name COLLATE NOCASE"
        )
    )
    order = list(FollowUpKind)
    result = [
        FollowUp(
            kind,
            household,
            rows[household].address,
            who_for(kind, owners.get(rows[household].street_id, ()), experts),
            detail,
        )
        for kind, household, detail in found
        if household in rows
    ]

    def place(h: int) -> tuple[str, int, str, str]:
        row = rows[h]
        return (row.street.casefold(), row.number, row.letter, row.addition)

    return sorted(result, key=lambda f: (order.index(f.kind), place(f.household_id)))
