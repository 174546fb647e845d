"""The data model: the scale, the vocabulary and the checklists, as small frozen values."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

DONT_KNOW = "dont-know"
NOT_APPLICABLE = "not-applicable"


LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}$")  # the schemas' pattern for a language key
SOURCE_LANGUAGE = "fi"  # the language the checklists are written in; the fallback


@dataclass(frozen=True)
class Text:
    """A user-facing text by language code: `text["sv"]`, `"en" in text`, `text.get(lang)`."""

    texts: tuple[tuple[str, str], ...]

    def __getitem__(self, lang: str) -> str:
        return self.as_dict()[lang]

    def __contains__(self, lang: object) -> bool:
        return lang in self.as_dict()

    def __iter__(self) -> Iterator[str]:
        return iter(self.as_dict())

    @property
    def languages(self) -> tuple[str, ...]:
        """The codes this text is written in."""
        return tuple(code for code, _ in self.texts)

    def get(self, lang: str) -> str:
        """The text in `lang`, falling back to the source language (Finnish), then any."""
        texts = self.as_dict()
        return texts.get(lang) or texts.get(SOURCE_LANGUAGE) or next(iter(texts.values()), "")

    def as_dict(self) -> dict[str, str]:
        """`{code: text}`, for JSON output."""
        return dict(self.texts)

    @classmethod
    def from_data(cls, data: Any) -> Text:
        """Build from a mapping whose language-code keys hold the texts (already validated)."""
        return cls(tuple((k, str(v)) for k, v in data.items() if LANGUAGE_CODE.match(str(k))))


@dataclass(frozen=True)
class Level:
    """One numeric level of the scale."""

    value: int
    label: Text
    description: Text


@dataclass(frozen=True)
class SpecialAnswer:
    """An answer that is not a level: don't know, or not applicable."""

    key: str
    label: Text
    description: Text
    requires_reason: bool


@dataclass(frozen=True)
class Band:
    """A reporting band: a set of levels, or one special answer."""

    key: str
    label: Text
    levels: frozenset[int]
    special: str | None


@dataclass(frozen=True)
class Scale:
    """The ordered answer scale with its special answers and reporting bands."""

    id: str
    version: str
    title: Text
    levels: tuple[Level, ...]
    special: tuple[SpecialAnswer, ...]
    bands: tuple[Band, ...]

    @property
    def values(self) -> tuple[int, ...]:
        """The numeric levels, lowest first."""
        return tuple(level.value for level in self.levels)

    def level(self, value: int) -> Level:
        """The level with this value."""
        return next(level for level in self.levels if level.value == value)

    def special_answer(self, key: str) -> SpecialAnswer:
        """The special answer with this key (`dont-know`, `not-applicable`)."""
        return next(answer for answer in self.special if answer.key == key)

    def band_for(self, answer: int | str) -> Band | None:
        """The reporting band an answer falls in, if any."""
        for band in self.bands:
            if answer in band.levels or answer == band.special:
                return band
        return None


@dataclass(frozen=True)
class Term:
    """A key from a fixed vocabulary, with its names."""

    key: str
    label: Text


@dataclass(frozen=True)
class Vocabulary:
    """The actor types, role levels and legal references that items refer to by key."""

    actors: tuple[Term, ...]
    roles: tuple[Term, ...]
    legal: tuple[Term, ...]

    def term(self, kind: str, key: str) -> Term | None:
        """The term `key` of `kind` (`actors`, `roles`, `legal`), or None."""
        terms: tuple[Term, ...] = getattr(self, kind)
        return next((term for term in terms if term.key == key), None)


@dataclass(frozen=True)
class Item:
    """One checklist item: a question answered on the scale."""

    id: str
    checklist_id: str
    question: Text
    guidance: Text
    levels: dict[int, Text]
    actors: tuple[str, ...]
    roles: tuple[str, ...] = ()
    legal: tuple[str, ...] = ()
    evidence: tuple[Text, ...] = ()
    bullet: str | None = None
    source_text: str | None = None
    added: str | None = None
    split_from: str | None = None  # the removed item this one was split from


@dataclass(frozen=True)
class Checklist:
    """One recommendation (or regional theme) and its items."""

    id: str
    version: str
    title: Text
    description: Text
    items: tuple[Item, ...]
    source: dict[str, Any] = field(default_factory=dict)
    recommendation: int | None = None
    required: bool = True
    path: Path | None = None
    bundled: bool = True
