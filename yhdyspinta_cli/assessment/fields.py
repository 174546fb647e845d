"""The assessment format's field and status lists, stated once (the schema is tested against them).

This module imports nothing heavy, so readers that never edit (check, summary) can use it.
"""

from __future__ import annotations

import re
from datetime import date

ACTION_STATUSES = ("planned", "in-progress", "done", "cancelled")
OPEN_STATUSES = ("planned", "in-progress")
ACTION_DATE_FIELDS = ("start", "due")
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


def version_key(version: str) -> tuple[int, ...]:
    """A semantic version as a tuple that sorts correctly."""
    try:
        return tuple(int(part) for part in version.split("."))
    except ValueError:
        return (0,)
