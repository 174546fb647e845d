"""A read-only view of an assessment, built from its YAML data."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from yhdyspinta_cli.checklist.model import DONT_KNOW, NOT_APPLICABLE

FORMAT = "yhdyspinta/assessment"
FORMAT_VERSION = 1
DISCUSS_SPREAD = 2

AnswerValue = int | str  # a level, DONT_KNOW or NOT_APPLICABLE


@dataclass(frozen=True)
class Organisation:
    """A participating organisation: its short key, actor type and display name."""

    key: str
    type: str
    name: str


@dataclass(frozen=True)
class Answer:
    """One item's answer."""

    current: AnswerValue | None = None
    target: int | None = None
    reason: str | None = None
    ratings: Mapping[str, AnswerValue] = field(default_factory=dict)
    note: str | None = None
    evidence: tuple[str, ...] = ()
    participants: tuple[str, ...] = ()
    changed: str | None = None

    @property
    def level(self) -> int | None:
        """The numeric level, or None for don't know, not applicable or no answer."""
        return self.current if isinstance(self.current, int) else None

    @property
    def is_addressed(self) -> bool:
        """Answered with a level, or not applicable with a reason."""
        return self.level is not None or (self.current == NOT_APPLICABLE and bool(self.reason))

    @property
    def target_below_current(self) -> bool:
        """A target lower than the level already reached: most likely a slip of the finger."""
        return self.level is not None and self.target is not None and self.target < self.level

    @property
    def missing_target(self) -> bool:
        """Given a level but no target yet: incomplete, so the walk comes back to it."""
        return self.level is not None and self.target is None

    @property
    def spread(self) -> int | None:
        """Highest minus lowest numeric rating, when two or more organisations rated."""
        return rating_spread(self.ratings)


def rating_spread(ratings: Mapping[str, AnswerValue]) -> int | None:
    """Highest minus lowest numeric rating, when two or more are numbers."""
    numbers = [value for value in ratings.values() if isinstance(value, int)]
    return max(numbers) - min(numbers) if len(numbers) >= 2 else None


@dataclass(frozen=True)
class Assessment:
    """Everything in an assessment file, as plain values."""

    region: str
    date: str
    language: str
    county: str | None = None
    facilitator: str | None = None
    organisations: tuple[Organisation, ...] = ()
    checklists: Mapping[str, str] = field(default_factory=dict)
    answers: Mapping[str, Answer] = field(default_factory=dict)
    actions: tuple[Mapping[str, Any], ...] = ()
    orphaned: Mapping[str, Answer] = field(default_factory=dict)

    def organisation(self, key: str) -> Organisation | None:
        """The organisation with this key, or None."""
        return next((o for o in self.organisations if o.key == key), None)

    def answer(self, item_id: str) -> Answer:
        """The answer to an item; an empty one when it is unanswered."""
        return self.answers.get(item_id, Answer())


def assessment_from_data(data: Mapping[str, Any]) -> Assessment:
    """Build the view from validated data (a plain or a round-trip mapping)."""
    return Assessment(
        region=str(data["region"]),
        date=str(data["date"]),
        language=str(data["language"]),
        county=_optional_str(data.get("county")),
        facilitator=_optional_str(data.get("facilitator")),
        organisations=tuple(
            Organisation(str(o["key"]), str(o["type"]), str(o["name"]))
            for o in data.get("organisations") or ()
        ),
        checklists={str(k): str(v) for k, v in (data.get("checklists") or {}).items()},
        answers=_answers(data.get("answers")),
        actions=tuple(dict(a) for a in data.get("actions") or ()),
        orphaned=_answers(data.get("orphaned")),
    )


def answer_from_data(data: Mapping[str, Any]) -> Answer:
    """One answer from its mapping."""
    return Answer(
        current=data.get("current"),
        target=data.get("target"),
        reason=_optional_str(data.get("reason")),
        ratings={str(k): v for k, v in (data.get("ratings") or {}).items()},
        note=_optional_str(data.get("note")),
        evidence=tuple(str(e) for e in data.get("evidence") or ()),
        participants=tuple(str(p) for p in data.get("participants") or ()),
        changed=_optional_str(data.get("changed")),
    )


def _answers(data: Any) -> dict[str, Answer]:
    return {str(k): answer_from_data(v or {}) for k, v in (data or {}).items()}


def _optional_str(value: Any) -> str | None:
    return None if value is None else str(value)


__all__ = ["DONT_KNOW", "NOT_APPLICABLE", "Answer", "Assessment", "Organisation"]
