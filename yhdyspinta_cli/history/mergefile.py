"""`merge` as git calls it: three files in, the merged result written over OURS.

Each side is read twice from one text: by the validating reader (plain values to compare) and by
ruamel.yaml's round-trip loader (the data we write, with its comments). A side that cannot be read
as an assessment (broken YAML, conflict markers, another format) falls back to git's own line
merge, so nothing is lost and git still reports the conflict.
"""

from __future__ import annotations

import io
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap
from ruamel.yaml.representer import RoundTripRepresenter

from yhdyspinta_cli.assessment.fields import ANSWER_KEYS
from yhdyspinta_cli.assessment.model import DISCUSS_SPREAD, rating_spread
from yhdyspinta_cli.assessment.store import make_yaml
from yhdyspinta_cli.atomic import write_atomic
from yhdyspinta_cli.history.merge import MergeResult, Trio, add_conflicts, merge_into_ours
from yhdyspinta_cli.history.merge_comments import comment_signatures, merge_comments
from yhdyspinta_cli.history.merge_references import keep_references_whole
from yhdyspinta_cli.i18n import msg
from yhdyspinta_cli.loading.yaml_loader import load_document, read_text
from yhdyspinta_cli.problems import Problem, ProblemError, UserError


@dataclass(frozen=True)
class MergeOutcome:
    """What `merge_files` did; `clean` decides the exit code git sees."""

    result: MergeResult = field(default_factory=MergeResult)
    lost_comments: tuple[str, ...] = ()
    unreadable: tuple[Problem, ...] = ()  # set when git's line merge was used instead
    line_conflicts: int = 0
    language: str | None = None  # our version's language, for the messages

    @property
    def clean(self) -> bool:
        """True when git may commit the result as it is."""
        return not (self.result.conflicts or self.lost_comments or self.unreadable)


@dataclass(frozen=True)
class _Side:
    text: str
    plain: Any
    data: Any


def merge_files(base: Path, ours: Path, theirs: Path) -> MergeOutcome:
    """Merge THEIRS into OURS against BASE and write the result to OURS."""
    missing = [str(path) for path in (base, ours, theirs) if not path.is_file()]
    if missing:
        raise UserError(msg("merge_missing_files", files=", ".join(missing)))
    try:
        sides = Trio(_read(base, empty_ok=True), _read(ours), _read(theirs))
    except ProblemError as error:
        from yhdyspinta_cli.history.git import merge_lines

        return MergeOutcome(
            unreadable=tuple(error.problems), line_conflicts=merge_lines(ours, base, theirs)
        )
    plain = Trio(sides.base.plain, sides.ours.plain, sides.theirs.plain)
    data = Trio(sides.base.data, sides.ours.data, sides.theirs.data)
    result, lost = merge_sides(plain, data)
    add_conflicts(data.ours, result.entries)
    refresh_spreads(data.ours, plain.ours)
    write_atomic(ours, _render(data.ours, sides.ours.text))
    language = plain.ours.get("language")
    return MergeOutcome(
        result, tuple(lost), language=language if isinstance(language, str) else None
    )


def merge_sides(plain: Trio[Any], data: Trio[Any]) -> tuple[MergeResult, list[str]]:
    """Merge THEIRS into OURS (`data.ours`, changed in place): values, references, comments.

    Returns what the merge did (its conflicts not yet written) and the comment lines it could
    not place.
    """
    ours_comments = comment_signatures(data.ours)
    result = merge_into_ours(plain, data)
    keep_references_whole(data.ours, plain, result)
    renamed = dict(result.renumbered)
    lost = merge_comments(data.base, ours_comments, data.theirs, data.ours, renamed)
    return result, lost


def refresh_spreads(data: Any, ours: Mapping[str, Any]) -> None:
    """Recompute `spread` and `discuss` of the answers whose ratings the merge changed."""
    for section in ("answers", "orphaned"):
        before = ours.get(section) or {}
        for item_id, entry in (data.get(section) or {}).items():
            ratings = dict(entry.get("ratings") or {})
            if ratings == dict((before.get(item_id) or {}).get("ratings") or {}):
                continue
            spread = rating_spread(ratings)
            _put_or_drop(entry, "spread", spread)
            _put_or_drop(
                entry, "discuss", True if spread is not None and spread >= DISCUSS_SPREAD else None
            )


def _read(path: Path, empty_ok: bool = False) -> _Side:
    from yhdyspinta_cli.loading.schema_validation import iter_schema_problems

    text = read_text(path)
    if empty_ok and not text.strip():  # git gives an empty base when both sides added the file
        return _Side(text, {}, CommentedMap())
    document = load_document(path, text)
    problems = list(iter_schema_problems(document, "assessment"))
    if problems:
        raise ProblemError(problems)
    return _Side(text, document.data, make_yaml(text).load(text))


def _render(data: Any, original: str) -> str:
    yaml: YAML = make_yaml(original)
    write_none_as_null(yaml)
    stream = io.StringIO()
    yaml.dump(data, stream)
    text = stream.getvalue()
    return text.replace("\n", "\r\n") if "\r\n" in original else text


def write_none_as_null(yaml: YAML) -> None:
    """Make `yaml` write a conflict side without a value as `null`, not as nothing."""
    yaml.Representer = _Representer


class _Representer(RoundTripRepresenter):
    """Writes a conflict side that has no value as `null`, not as an empty value."""


def _represent_none(representer: RoundTripRepresenter, data: None) -> Any:
    return representer.represent_scalar("tag:yaml.org,2002:null", "null")


_Representer.add_representer(type(None), _represent_none)


def _put_or_drop(entry: CommentedMap, key: str, value: Any) -> None:
    if value is None:
        entry.pop(key, None)
    elif key in entry:
        entry[key] = value
    else:
        rank = ANSWER_KEYS.index(key)
        position = 0
        for index, existing in enumerate(entry):
            if existing in ANSWER_KEYS and ANSWER_KEYS.index(existing) < rank:
                position = index + 1
        entry.insert(position, key, value)
