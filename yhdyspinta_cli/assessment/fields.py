"""The assessment format's field and status lists, stated once (the schema is tested against them).

This module imports nothing heavy, so readers that never edit (check, summary) can use it.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date
from typing import Any

# Every key an answer may have, in the order the tool writes them.
ANSWER_KEYS = (
    "current",
    "reason",
    "target",
    "ratings",
    "spread",
    "discuss",
    "note",
    "evidence",
    "participants",
    "changed",
)
DERIVED_ANSWER_KEYS = ("spread", "discuss")  # computed from the ratings on every save
LIST_ANSWER_KEYS = ("evidence", "participants")  # lists whose order carries no meaning
ANSWER_TEXT_KEYS = ("note", "reason")  # free text a person types
# What a person changes in an answer: all but the derived keys and the time stamp.
EDITED_ANSWER_KEYS = tuple(k for k in ANSWER_KEYS if k not in (*DERIVED_ANSWER_KEYS, "changed"))
# An answer moved to `orphaned:` by `migrate` also says which checklist version it was given for,
# and which items replace its item.
ORPHANED_ANSWER_KEYS = (*ANSWER_KEYS, "checklist_version", "replaced_by")

ACTION_STATUSES = ("planned", "in-progress", "done", "cancelled")
OPEN_STATUSES = ("planned", "in-progress")
ACTION_DATE_FIELDS = ("start", "due")
# What `check` needs of an action before it counts against a gap (rule gap-without-action).
ACTION_FIELDS_CHECK_NEEDS = ("owner", "due")
ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def is_iso_date(text: str) -> bool:
    """A real date written YYYY-MM-DD (Python 3.11 also reads 20270331, the file may not)."""
    if not ISO_DATE.fullmatch(text):
        return False
    try:
        date.fromisoformat(text)
    except ValueError:
        return False
    return True


def fields_check_misses(action: Mapping[str, Any]) -> tuple[str, ...]:
    """The fields an action lacks for `check` to count it against its gaps; none if cancelled."""
    if action.get("status") == "cancelled":
        return ()
    return tuple(name for name in ACTION_FIELDS_CHECK_NEEDS if not action.get(name))


def version_key(version: str) -> tuple[int, ...]:
    """A semantic version as a tuple that sorts correctly."""
    try:
        return tuple(int(part) for part in version.split("."))
    except ValueError:
        return (0,)
