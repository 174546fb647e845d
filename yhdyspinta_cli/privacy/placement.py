"""Where personal data sits in an assessment file: which field, which line. Never what it is.

Three searches: the text fields (notes, reasons, evidence, action texts, names, merge-conflict
records), which also finds a number that a folded line broke in two; every other decoded value
and every mapping key (an organisation key written with `\x31\x33...` escapes decodes to what
it hides); and the raw text, which also finds what is written in a comment or any other place.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from typing import Any

from yhdyspinta_cli.assessment.fields import ANSWER_TEXT_KEYS
from yhdyspinta_cli.i18n import msg
from yhdyspinta_cli.loading.yaml_loader import Document, Key
from yhdyspinta_cli.privacy.detectors import KINDS, Finding, has_personal_data, iter_findings
from yhdyspinta_cli.problems import Problem

HEADER_TEXTS = ("region", "county", "facilitator")
ANSWER_TEXTS = ANSWER_TEXT_KEYS
ACTION_TEXTS = ("title", "description", "responsible", "measure", "notes")
CONFLICT_SIDES = ("ours", "theirs", "base")
RULE = "personal-data"


def iter_text_fields(data: Any) -> Iterator[tuple[Key, str]]:
    """Every free-text value of an assessment, with its key, however badly the file is formed."""
    data = data if isinstance(data, dict) else {}
    yield from _strings(data, (), HEADER_TEXTS)
    for index, organisation in enumerate(_list(data.get("organisations"))):
        yield from _strings(organisation, ("organisations", index), ("name",))
    for section in ("answers", "orphaned"):
        for item_id, answer in _items(data.get(section)):
            key: Key = (section, item_id)
            yield from _strings(answer, (*key,), ANSWER_TEXTS)
            if isinstance(answer, dict):
                yield from _nested((*key, "evidence"), answer.get("evidence"))
    for index, action in enumerate(_list(data.get("actions"))):
        yield from _strings(action, ("actions", index), ACTION_TEXTS)
    for index, entry in enumerate(_list(data.get("conflicts"))):
        for side in CONFLICT_SIDES:
            if isinstance(entry, dict):
                yield from _nested(("conflicts", index, side), entry.get(side))


def iter_strings(data: Any, key: Key = ()) -> Iterator[tuple[Key, str, bool]]:
    """Every mapping key and string value, decoded, however deep: (key, text, is it a key)."""
    if isinstance(data, dict):
        for name, value in data.items():
            child: Key = (*key, name) if isinstance(name, (str, int)) else key
            if isinstance(name, str):
                yield child, name, True
            yield from iter_strings(value, child)
    elif isinstance(data, list):
        for index, value in enumerate(data):
            yield from iter_strings(value, (*key, index))
    elif isinstance(data, str):
        yield key, data, False


def may_hold_personal_data(text: str, data: Any) -> bool:
    """The fast test: the raw text, and every decoded key and value joined (folded lines too)."""
    decoded = "\n".join(value for _, value, _ in iter_strings(data))
    return has_personal_data(text) or has_personal_data(decoded)


def iter_personal_data_problems(document: Document, text: str) -> Iterator[Problem]:
    """One problem per finding, naming the field and its line; the value is never in it."""
    lines = _line_starts(text)
    reported: set[str] = set()
    fields: set[Key] = set()
    for key, value in iter_text_fields(document.data):
        fields.add(key)
        cursor = _offset(lines, document.position(key))
        for finding in iter_findings(value):
            found = value[finding.start : finding.end]
            reported.add(found)
            at = text.find(found, cursor)
            cursor = at + len(found) if at >= 0 else cursor
            line, column = _line_column(lines, at) if at >= 0 else document.position(key)
            where = field_name(key)
            yield Problem(document.path, line, column, RULE, personal_data_message(where, finding))
    yield from _decoded_problems(document, fields, reported)
    for finding in iter_findings(text):
        if text[finding.start : finding.end] not in reported:
            line, column = _line_column(lines, finding.start)
            where = msg("personal_data_this_line")
            yield Problem(document.path, line, column, RULE, personal_data_message(where, finding))


def _decoded_problems(
    document: Document, fields: set[Key], reported: set[str]
) -> Iterator[Problem]:
    """Keys and the values that are no text field, as decoded: escapes hide nothing there."""
    for key, value, is_key in iter_strings(document.data):
        if not is_key and key in fields:
            continue
        for finding in iter_findings(value):
            found = value[finding.start : finding.end]
            if found in reported:
                continue
            reported.add(found)
            where: str
            if is_key:
                line, column = document.key_position(key)
                field = field_name(key[:-1]) or msg("personal_data_top_level")
                where = msg("personal_data_key_in", field=field)
            else:
                line, column = document.position(key)
                where = field_name(key)
            yield Problem(document.path, line, column, RULE, personal_data_message(where, finding))


def field_name(key: Key) -> str:
    """`answers.S1.2.note`, `actions[2].notes`: how a problem names a field."""
    text = ""
    for part in key:
        text += f"[{part}]" if isinstance(part, int) else f".{part}" if text else str(part)
    return text


def personal_data_message(where: str, finding: Finding) -> str:
    """What a problem says: the field, the kind of data, what to do; never the value."""
    kind = msg(f"personal_kind_{finding.kind}") if finding.kind in KINDS else finding.kind
    return msg("personal_data_found", where=where, kind=kind)


def _strings(mapping: Any, key: Key, names: tuple[str, ...]) -> Iterator[tuple[Key, str]]:
    if isinstance(mapping, dict):
        for name in names:
            value = mapping.get(name)
            if isinstance(value, str):
                yield (*key, name), value


def _nested(key: Key, value: Any) -> Iterator[tuple[Key, str]]:
    """Every string in `value`, however deep: a conflict record may keep a whole answer."""
    if isinstance(value, str):
        yield key, value
    elif isinstance(value, list):
        for index, entry in enumerate(value):
            yield from _nested((*key, index), entry)
    elif isinstance(value, dict):
        for name, entry in value.items():
            if isinstance(name, (str, int)):
                yield from _nested((*key, name), entry)


def _items(value: Any) -> list[tuple[str, Any]]:
    return (
        [(k, v) for k, v in value.items() if isinstance(k, str)] if isinstance(value, dict) else []
    )


def _list(value: Any) -> list[Any]:
    return value if isinstance(value, list) else []


def _line_starts(text: str) -> list[int]:
    return [0, *(match.end() for match in re.finditer("\n", text))]


def _offset(lines: list[int], position: tuple[int, int]) -> int:
    line, column = position
    return lines[min(line, len(lines)) - 1] + column - 1


def _line_column(lines: list[int], offset: int) -> tuple[int, int]:
    line = bisect_right(lines, offset) - 1
    return line + 1, offset - lines[line] + 1
