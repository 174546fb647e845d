"""Texts that lack a language the message catalogs have: languages are data, so is this check."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from typing import Any

from yhdyspinta_cli.checklist.model import LANGUAGE_CODE
from yhdyspinta_cli.i18n import language_label, msg
from yhdyspinta_cli.loading.yaml_loader import Document
from yhdyspinta_cli.problems import Problem

Key = tuple[str | int, ...]
NOT_LANGUAGES = frozenset({"id", "key"})  # short keys of checklists that are no language codes
BESIDE_TEXT = frozenset({"level"})  # a level's descriptor holds its number beside its texts


def iter_translation_problems(document: Document, languages: Sequence[str]) -> Iterator[Problem]:
    """One problem per text (a title, a question, a level, a label) and language it lacks.

    A text in a language that no catalog has is most likely a typo (`se:` for `sv:`).
    """
    known = ", ".join(languages)
    for key, text in _iter_texts(document.data, ()):
        for code in languages:
            if code not in text:
                said = msg("problem_missing_translation", language=language_label(code), code=code)
                yield document.problem(key, "missing-translation", said)
        for code in (k for k in text if _is_code(k) and k not in languages):
            said = msg("problem_text_without_catalog", code=code, known=known)
            yield document.problem((*key, code), "unknown-key", said)


def _iter_texts(value: Any, key: Key) -> Iterator[tuple[Key, dict[str, Any]]]:
    if isinstance(value, dict):
        if _is_text(value):
            yield key, value
            return
        for name, child in value.items():
            yield from _iter_texts(child, (*key, name))
    elif isinstance(value, list):
        for index, child in enumerate(value):
            yield from _iter_texts(child, (*key, index))


def _is_text(value: dict[Any, Any]) -> bool:
    codes = [k for k in value if isinstance(k, str) and _is_code(k)]
    return bool(codes) and all(k in BESIDE_TEXT or k in codes for k in value)


def _is_code(key: str) -> bool:
    return key not in NOT_LANGUAGES and LANGUAGE_CODE.match(key) is not None
