"""The `meta` object of every JSON output: which tool made it, from which checklists, when.

The keys are stated here once and are the same in every output; a key that does not apply is
null (`region` in a summary of many files, `files` in a report on one assessment).
"""

from __future__ import annotations

import os
from collections.abc import Mapping, Sequence
from datetime import datetime, timezone
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from yhdyspinta_cli.assessment.model import Assessment
    from yhdyspinta_cli.checklist.catalog import Catalog

# The reproducible-builds convention: a fixed "now" in seconds since 1970, so outputs made twice
# (the golden files of the tests, a region's published reports) are byte for byte the same.
SOURCE_DATE_EPOCH = "SOURCE_DATE_EPOCH"


def output_meta(
    checklists: Mapping[str, str],
    lang: str,
    *,
    assessment: Assessment | None = None,
    files: int | None = None,
    period: Sequence[str] = (),
) -> dict[str, Any]:
    """`meta`: tool version, checklist versions (`checklist_versions`), language, time; one
    assessment or many files and their dates."""
    from yhdyspinta_cli import __version__

    return {
        "tool": "yhdyspinta",
        "version": __version__,
        "generated": generated_at(),
        "language": lang,
        "checklists": dict(checklists),
        "region": assessment.region if assessment else None,
        "county": assessment.county if assessment else None,
        "date": assessment.date if assessment else None,
        "files": files,
        "period": {"from": min(period), "to": max(period)} if period else None,
    }


def checklist_versions(catalog: Catalog) -> dict[str, str]:
    """Each checklist's id and version, as a benchmark compares them."""
    return {checklist.id: checklist.version for checklist in catalog.checklists}


def generated_at(environ: Mapping[str, str] | None = None) -> str:
    """Now in UTC to the second (`2026-03-14T09:30:00Z`), or SOURCE_DATE_EPOCH when it is set."""
    env = os.environ if environ is None else environ
    raw = env.get(SOURCE_DATE_EPOCH, "").strip()
    if not raw:
        moment = datetime.now(timezone.utc)
    elif raw.isdigit():
        moment = datetime.fromtimestamp(int(raw), timezone.utc)
    else:
        from yhdyspinta_cli.i18n import msg
        from yhdyspinta_cli.problems import UsageError

        raise UsageError(msg("meta_bad_source_date_epoch", name=SOURCE_DATE_EPOCH, value=raw))
    return moment.replace(microsecond=0).isoformat().replace("+00:00", "Z")
