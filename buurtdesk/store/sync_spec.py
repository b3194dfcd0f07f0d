"""Which tables travel between laptops, and how (docs/exchange.md).

Three kinds of table:

- a **record** has a uuid and fields that merge one by one, last writer wins; it can be deleted
  (a tombstone that beats every older change) and, for streets and households whose uuid comes
  from their address, come back;
- a **link** (a member's role, a street's connector, an initiator, a sign-up) has no uuid of its
  own: its key is the uuids of the rows it links; it is there or not, last writer wins;
- an **event** (a visit, an undo or redo of one, a printed walk list) is only ever added: every
  laptop keeps every one.

Foreign keys travel as the uuid of the row they point to (local integer ids mean nothing on
another laptop). Columns that are derived here (``walk_key``, ``updated_at``, ``retracted_at``)
do not travel; each laptop computes them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Kind = Literal["record", "link", "event"]


@dataclass(frozen=True)
class Synced:
    table: str
    kind: Kind
    fields: tuple[str, ...]
    # column -> table whose uuid it holds on the wire
    refs: dict[str, str] = field(default_factory=dict)
    # for links: the columns that make the key, in order
    key: tuple[str, ...] = ()

    def wire_fields(self) -> tuple[str, ...]:
        return self.key + self.fields if self.kind == "link" else self.fields


# In the order rows must be created (a row's references exist before it); deletions run the
# other way round.
TABLES: tuple[Synced, ...] = (
    Synced("neighbourhood", "record", ("name", "place", "created_at")),
    Synced("streets", "record", ("name", "place", "numbering", "created_at")),
    Synced(
        "households",
        "record",
        (
            "street_id",
            "number",
            "letter",
            "addition",
            "postcode",
            "place",
            "rd_x",
            "rd_y",
            "do_not_visit",
            "do_not_visit_reason",
            "note",
            "source",
            "created_at",
            "contact_phone",
            "contact_email",
            "contact_consent_at",
            "contact_purpose",
        ),
        refs={"street_id": "streets"},
    ),
    Synced(
        "projects",
        "record",
        (
            "theme",
            "title",
            "start_date",
            "weeks",
            "goal_pct",
            "message",
            "contact",
            "ended_at",
            "created_at",
        ),
    ),
    Synced(
        "members",
        "record",
        ("name", "phone", "email", "consent_at", "consent_names", "created_at"),
    ),
    Synced("member_roles", "link", (), refs={"member_id": "members"}, key=("member_id", "role")),
    Synced(
        "street_assignments",
        "link",
        (),
        refs={"street_id": "streets", "member_id": "members"},
        key=("street_id", "member_id"),
    ),
    Synced(
        "initiators",
        "link",
        ("marked_at",),
        refs={"project_id": "projects", "household_id": "households"},
        key=("project_id", "household_id"),
    ),
    Synced(
        "plan_tasks",
        "record",
        (
            "project_id",
            "week",
            "role",
            "title",
            "why",
            "kind",
            "status",
            "member_id",
            "position",
            "created_at",
        ),
        refs={"project_id": "projects", "member_id": "members"},
    ),
    Synced(
        "activities",
        "record",
        ("project_id", "kind", "title", "date", "time", "place", "description", "created_at"),
        refs={"project_id": "projects"},
    ),
    Synced(
        "activity_signups",
        "link",
        ("signed_up_at", "attended"),
        refs={"activity_id": "activities", "household_id": "households"},
        key=("activity_id", "household_id"),
    ),
    # before visits: an erasure that arrives with older visits of its household keeps them out
    Synced("erasures", "event", ("household_uuid", "erased_on", "may_visit_again", "stamp")),
    Synced(
        "visits",
        "event",
        (
            "project_id",
            "household_id",
            "member_id",
            "visitor",
            "visit_date",
            "outcome",
            "note",
            "created_at",
            "stamp",
        ),
        refs={"project_id": "projects", "household_id": "households", "member_id": "members"},
    ),
    Synced("visit_events", "event", ("visit_uuid", "kind", "stamp")),
    # the latest correction of a visit's note holds on every laptop (store/privacy.py)
    Synced(
        "note_corrections",
        "event",
        ("visit_uuid", "household_id", "note", "stamp"),
        refs={"household_id": "households"},
    ),
    Synced(
        "closed_projects",
        "event",
        ("project_id", "closed_on", "figures", "stamp"),
        refs={"project_id": "projects"},
    ),
    Synced(
        "printed_lists",
        "event",
        (
            "code",
            "ident",
            "project_id",
            "member_id",
            "connector",
            "streets",
            "household_uuids",
            "printed_at",
            "stamp",
        ),
        refs={"project_id": "projects", "member_id": "members"},
    ),
    # a project's door questions: a record (the text and the order can change, a removal hides it)
    Synced(
        "questions",
        "record",
        ("project_id", "short", "text", "choices", "position", "removed_at", "created_at"),
        refs={"project_id": "projects"},
    ),
    # an answer is part of its visit: an event like the visit (never changed, only added; undone
    # with the visit, deleted with it), so it travels after visits and questions
    Synced(
        "answers",
        "event",
        ("visit_id", "question_id", "value", "stamp"),
        refs={"visit_id": "visits", "question_id": "questions"},
    ),
    Synced(
        "followups_done",
        "link",
        ("done_on",),
        refs={"project_id": "projects", "household_id": "households"},
        key=("project_id", "household_id", "kind"),
    ),
    Synced(
        "ideas",
        "record",
        ("text", "theme", "street_id", "created_at"),
        refs={"street_id": "streets"},
    ),
)

BY_NAME = {t.table: t for t in TABLES}
ORDER = {t.table: i for i, t in enumerate(TABLES)}

# Pseudo-fields of the change log: a row was created (its value holds every field) or deleted.
CREATED = "*"
DELETED = "-"
