"""Dates as people type them in a Finnish or Swedish room, stored as ISO 8601."""

from __future__ import annotations

import re
from datetime import date

ISO = re.compile(r"(\d{4})-(\d{1,2})-(\d{1,2})")
NORDIC = re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{2}|\d{4})")


def parse_date(text: str) -> str | None:
    """`31.12.2027`, `31.12.27` or `2027-12-31` as `2027-12-31`; None when it is no date."""
    text = text.strip()
    if match := ISO.fullmatch(text):
        year, month, day = (int(part) for part in match.groups())
    elif match := NORDIC.fullmatch(text):
        day, month = int(match[1]), int(match[2])
        year = int(match[3]) + (2000 if len(match[3]) == 2 else 0)
    else:
        return None
    try:
        return date(year, month, day).isoformat()
    except ValueError:
        return None
