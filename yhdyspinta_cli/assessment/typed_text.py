"""Text a person typed or pasted, made safe to keep: one kind of line break, no control codes.

Every field that takes typed text goes through `accept_typed_text` before it reaches the file:
`answer`, `action`, `new`, the walk and the plan walk. Line separators (CR, CRLF, VT, FF, NEL,
U+2028, U+2029; Word puts VT for Shift+Enter) become a newline. Other control characters and
noncharacters cannot be written to YAML, or would make the file unreadable for every command
after, so they are refused, naming the code point and the field, before anything is written.
Personal data is refused too: what is typed must never reach the disk when `check` would fail it.
"""

from __future__ import annotations

import io
import re
from typing import Any

from yhdyspinta_cli.i18n import Message, msg
from yhdyspinta_cli.privacy.detectors import iter_findings
from yhdyspinta_cli.problems import UserError

LINE_SEPARATORS = re.compile("\r\n|[\r\v\f\x85\u2028\u2029]")
# C0 but TAB and LF, DEL, C1, surrogates (undecodable bytes of a command line), noncharacters.
_REFUSED = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff"
    + "".join(f"{chr(plane << 16 | 0xFFFE)}{chr(plane << 16 | 0xFFFF)}" for plane in range(1, 17))
    + "]"
)


class TypedTextError(UserError):
    """Typed text that cannot be kept: which field, and why (never the text itself)."""

    def __init__(self, field: str, reason: Message, code_point: int | None = None) -> None:
        super().__init__(msg("typed_refused", field=field, reason=reason))
        self.field = field
        self.reason = reason
        self.code_point = code_point


def accept_typed_text(field: str, text: str) -> str:
    """`text` with line separators made newlines; TypedTextError for what may not be kept."""
    text = LINE_SEPARATORS.sub("\n", text)
    refused = _REFUSED.search(text)
    if refused is not None:
        point = ord(refused.group())
        raise TypedTextError(field, _character_reason(point), point)
    finding = next(iter_findings(text), None)
    if finding is not None:
        kind = msg(f"personal_kind_{finding.kind}")
        raise TypedTextError(field, msg("typed_personal_reason", kind=kind))
    return text


def accept_optional_text(field: str, text: str | None) -> str | None:
    """`accept_typed_text` for a field that may be left out (None)."""
    return None if text is None else accept_typed_text(field, text)


def _character_reason(point: int) -> Message:
    kind = "typed_kind_noncharacter" if point >= 0xFDD0 else "typed_kind_control"
    if 0xD800 <= point <= 0xDFFF:
        kind = "typed_kind_not_utf8"
    return msg("typed_character_reason", code=f"U+{point:04X}", kind=msg(kind))


def text_scalar(text: str) -> Any:
    """How `text` is written: multi-line text as a `|` block, which reads and diffs line by line.

    Where a block would not read back exactly (a first line that starts with a space, lines of
    only spaces, trailing blank lines, ...), a double-quoted string is written instead: it can
    hold any text that `accept_typed_text` lets through.
    """
    from ruamel.yaml.scalarstring import DoubleQuotedScalarString, LiteralScalarString

    if "\n" not in text:
        return text if _reads_back(text) else DoubleQuotedScalarString(text)
    block = LiteralScalarString(text)
    return block if _reads_back(block) else DoubleQuotedScalarString(text)


def _reads_back(value: str) -> bool:
    """Whether `value`, written as the editor writes it, is read back as the same text."""
    import yaml

    from yhdyspinta_cli.assessment.store import make_yaml
    from yhdyspinta_cli.loading.quick_yaml import load_quick

    stream = io.StringIO()
    make_yaml().dump({"text": value}, stream)
    try:
        loaded = load_quick(stream.getvalue())
    except yaml.YAMLError:
        return False
    return isinstance(loaded, dict) and loaded.get("text") == str(value)
