"""Changing answers in an open assessment, keeping the file's layout stable for git."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.scalarstring import SingleQuotedScalarString

from yhdyspinta_cli.assessment.comments import put_comments_below, take_comments_below
from yhdyspinta_cli.assessment.fields import ANSWER_KEYS
from yhdyspinta_cli.assessment.model import DISCUSS_SPREAD, AnswerValue, rating_spread
from yhdyspinta_cli.assessment.store import AssessmentFile
from yhdyspinta_cli.assessment.typed_text import (
    accept_optional_text,
    accept_typed_text,
    text_scalar,
)
from yhdyspinta_cli.checklist.catalog import Catalog
from yhdyspinta_cli.checklist.model import DONT_KNOW, NOT_APPLICABLE
from yhdyspinta_cli.i18n import msg
from yhdyspinta_cli.ids import known_ids_listing, resolve_id, resolve_item_id
from yhdyspinta_cli.problems import UsageError


@dataclass(frozen=True)
class AnswerUpdate:
    """The parts of an answer to change; None leaves a part as it is."""

    current: AnswerValue | None = None
    reason: str | None = None
    target: int | None = None
    note: str | None = None
    evidence: tuple[str, ...] | None = None
    ratings: Mapping[str, AnswerValue] = field(default_factory=dict)
    participants: tuple[str, ...] | None = None
    clear_target: bool = False  # "no target yet": take away a target set earlier


def now_stamp() -> str:
    """The local time as an ISO 8601 string with its UTC offset, to the second."""
    return datetime.now().astimezone().replace(microsecond=0).isoformat()


def set_answer(
    file: AssessmentFile, item_id: str, update: AnswerUpdate, catalog: Catalog, now: str
) -> str:
    """Apply `update` to one item's answer (creating it in checklist order); returns its id."""
    item_id = resolve_item_id(item_id, catalog)
    update = _with_org_keys(file, typed_text_accepted(update))
    check_update(file, item_id, update, catalog)
    entry, above = _entry(file.data, item_id, catalog)
    # Comments between this answer and the next stay there, whatever keys are added or removed.
    below = take_comments_below(above)
    before = _plain(entry)
    _apply(entry, update)
    if _plain(entry) != before:
        _put(entry, "changed", SingleQuotedScalarString(now))
    elif entry is not above and not entry:
        del file.data["answers"][item_id]  # a new answer that got nothing leaves no `{}`
    put_comments_below(below, entry, fallback=above)
    return item_id


def typed_text_accepted(update: AnswerUpdate) -> AnswerUpdate:
    """The update's typed texts made safe to keep; TypedTextError names a field that is not."""
    return replace(
        update,
        reason=accept_optional_text("--not-applicable", update.reason),
        note=accept_optional_text("--note", update.note),
        evidence=None
        if update.evidence is None
        else tuple(accept_typed_text("--evidence", piece) for piece in update.evidence),
    )


def _with_org_keys(file: AssessmentFile, update: AnswerUpdate) -> AnswerUpdate:
    """The update with its organisation keys as the file spells them (`TRE` -> `tre`)."""
    known = sorted(org.key for org in file.view().organisations)
    listing = known_ids_listing(known, "ids_list_organisations")

    def key(given: str) -> str:
        unknown = msg("ids_unknown_organisation", given=given, file=file.path)
        return resolve_id(given, known, unknown, listing)

    ratings = {key(org): value for org, value in update.ratings.items()}
    participants = update.participants and tuple(key(org) for org in update.participants)
    return replace(update, ratings=ratings, participants=participants)


def _bad_level(name: str, value: int, levels: Sequence[int]) -> str:
    return msg("option_bad_level", name=name, value=value, low=levels[0], high=levels[-1])


def check_update(
    file: AssessmentFile, item_id: str, update: AnswerUpdate, catalog: Catalog
) -> None:
    """Refuse an update that names an unknown item, level or organisation."""
    if catalog.item(item_id) is None:
        raise UsageError(msg("edit_unknown_item", item=item_id))
    levels = catalog.scale.values
    for name, value in (("level", update.current), ("target", update.target)):
        if isinstance(value, int) and value not in levels:
            raise UsageError(_bad_level(name, value, levels))
    for value in update.ratings.values():
        if isinstance(value, int) and value not in levels:
            raise UsageError(_bad_level("rating", value, levels))
    known = {org.key for org in file.view().organisations}
    for org in (*update.ratings, *(update.participants or ())):
        if org not in known:
            names = ", ".join(sorted(known)) or msg("no_organisations")
            raise UsageError(msg("edit_unknown_org", org=org, path=str(file.path), known=names))
    if update.current == NOT_APPLICABLE and not (update.reason or "").strip():
        raise UsageError(msg("edit_reason_needed"))


def _entry(data: Any, item_id: str, catalog: Catalog) -> tuple[CommentedMap, Any]:
    """The item's answer mapping (created in checklist order), and the answer just above it."""
    answers = data.get("answers")
    if answers is None:
        answers = data["answers"] = CommentedMap()
    answers.fa.set_block_style()
    if item_id in answers and isinstance(answers[item_id], CommentedMap):
        entry: CommentedMap = answers[item_id]
        entry.fa.set_block_style()
        return entry, entry
    order = [item.id for item in catalog.iter_items()]
    position = _insert_position(answers, order, item_id)
    entry = CommentedMap()
    answers.insert(position, item_id, entry)
    above = answers[list(answers)[position - 1]] if position > 0 else None
    return entry, above


def _apply(entry: CommentedMap, update: AnswerUpdate) -> None:
    if update.current is not None:
        _put(entry, "current", update.current)
        if update.current == NOT_APPLICABLE:
            _put(entry, "reason", _text(update.reason or ""))
            _put_or_drop(entry, "target", None)  # a target means nothing for what does not apply
        elif "reason" in entry:
            del entry["reason"]
    if update.target is not None:
        _put(entry, "target", update.target)
    elif update.clear_target:
        _put_or_drop(entry, "target", None)
    if update.ratings:
        _apply_ratings(entry, update.ratings)
    if update.note is not None:
        _put_or_drop(entry, "note", _text(update.note) if update.note.strip() else None)
    if update.evidence is not None:
        evidence = tuple(e for e in update.evidence if e.strip())  # `--evidence ''` removes it
        _put_or_drop(entry, "evidence", _seq(evidence) if evidence else None)
    if update.participants is not None:
        _put_or_drop(entry, "participants", _flow(dict.fromkeys(update.participants)))


def _apply_ratings(entry: CommentedMap, ratings: Mapping[str, AnswerValue]) -> None:
    current = entry.get("ratings")
    if not isinstance(current, CommentedMap):
        current = CommentedMap()
        _put(entry, "ratings", current)
    current.fa.set_block_style()
    for org, value in ratings.items():
        current[org] = value
    spread = rating_spread(current)
    _put_or_drop(entry, "spread", spread)
    _put_or_drop(
        entry, "discuss", True if spread is not None and spread >= DISCUSS_SPREAD else None
    )
    participants = list(entry.get("participants") or ())
    participants += [org for org in current if org not in participants]
    _put(entry, "participants", _flow(participants))


def _put(entry: CommentedMap, key: str, value: Any) -> None:
    """Set `key`, inserting a new key at its canonical place so layouts stay alike."""
    if key in entry:
        if entry[key] != value:
            entry[key] = value
        return
    entry.insert(_insert_position(entry, ANSWER_KEYS, key), key, value)


def _insert_position(mapping: CommentedMap, order: Sequence[str], key: str) -> int:
    """Just after the last key that `order` puts before `key`; keys it doesn't know stay put."""
    ranks = {name: rank for rank, name in enumerate(order)}
    rank = ranks[key]
    position = 0
    for index, existing in enumerate(mapping):
        if ranks.get(existing, rank) < rank:
            position = index + 1
    return position


def _plain(value: Any) -> Any:
    """A deep, plain copy for comparing before and after."""
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_plain(v) for v in value]
    return value


def _put_or_drop(entry: CommentedMap, key: str, value: Any) -> None:
    if value is None:
        if key in entry:
            del entry[key]
    else:
        _put(entry, key, value)


def _text(value: str) -> Any:
    return text_scalar(value)


def _seq(values: tuple[str, ...]) -> CommentedSeq:
    seq = CommentedSeq(_text(v) for v in values)
    seq.fa.set_block_style()
    return seq


def _flow(values: Any) -> CommentedSeq:
    seq = CommentedSeq(values)
    seq.fa.set_flow_style()
    return seq


__all__ = ["DONT_KNOW", "NOT_APPLICABLE", "AnswerUpdate", "now_stamp", "set_answer"]
