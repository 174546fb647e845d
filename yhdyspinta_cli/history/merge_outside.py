"""Merging a change made on disk into an assessment open for editing (a walk's state).

The same three-way merge as `yhdyspinta merge`: the base is the text the open file last read or
wrote, ours is its data (changed in place, so its comments and layout stay), theirs is the file
on disk now. Conflicts are returned, not yet settled: `settle_conflicts` keeps ours, puts theirs
in place, or writes both to `conflicts:` for `yhdyspinta resolve` later.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any

from yhdyspinta_cli.assessment.resolve import put_theirs
from yhdyspinta_cli.assessment.store import AssessmentFile, make_yaml, read_on_disk
from yhdyspinta_cli.checklist.catalog import Catalog
from yhdyspinta_cli.history.merge import MergeResult, Trio, add_conflicts
from yhdyspinta_cli.history.mergefile import merge_sides, refresh_spreads, write_none_as_null
from yhdyspinta_cli.loading.yaml_loader import load_document


class Keep(str, Enum):
    """What to keep where both sides changed the same field."""

    OURS = "ours"
    THEIRS = "theirs"
    BOTH = "both"  # ours in place, both versions under `conflicts:` for a later resolve


@dataclass(frozen=True)
class OutsideChange:
    """What merging the file on disk did, and the text and digest of what was merged."""

    result: MergeResult
    lost_comments: tuple[str, ...]
    theirs_text: str
    theirs_digest: str
    ours_before: Any  # our plain values before the merge, for the spreads after a choice
    theirs: Any  # their plain values, to name the fields of an answer that came in whole


def merge_outside_change(file: AssessmentFile, base_text: str, catalog: Catalog) -> OutsideChange:
    """Merge the file on disk into `file` against `base_text`; ProblemError when the file on
    disk is not a valid assessment (then nothing of ours has changed)."""
    theirs_text, digest = read_on_disk(file.path, catalog)
    texts = Trio(base_text, file.render(), theirs_text)
    plain = Trio(*(_plain(file.path, text) for text in (texts.base, texts.ours, texts.theirs)))
    data = Trio(
        make_yaml(base_text).load(base_text), file.data, make_yaml(theirs_text).load(theirs_text)
    )
    result, lost = merge_sides(plain, data)
    refresh_spreads(file.data, plain.ours)
    return OutsideChange(result, tuple(lost), theirs_text, digest, plain.ours, plain.theirs)


def settle_conflicts(file: AssessmentFile, change: OutsideChange, keep: Keep) -> None:
    """Settle the merge's conflicts in `file` the way the facilitator chose."""
    entries = change.result.entries
    if keep is Keep.THEIRS:
        put_theirs(file.data, entries)
        refresh_spreads(file.data, change.ours_before)
    elif keep is Keep.BOTH:
        # A new writer: one that has written once keeps its first representer. Same layout.
        yaml = make_yaml(file.render())
        write_none_as_null(yaml)
        add_conflicts(file.data, entries)
        file.yaml = yaml


def _plain(path: Path, text: str) -> Any:
    return load_document(path, text).data
