"""Text made safe to show: no personal data and no raw control characters reach a terminal.

A message may quote a value from a user file (`unknown organisation '...'`). The value may be
an identity code, and it may hold terminal control sequences (ESC, BEL, OSC 52 clipboard
writes, CSI that clears the screen). Everything the tool shows goes through here.
"""

from __future__ import annotations

import re

# C0 except TAB and LF, DEL, C1, the Unicode line and paragraph separators, bidi controls,
# and the bytes of a file name that are not UTF-8 (Python keeps them as lone surrogates, which
# no UTF-8 output, JSON or XML can hold).
_CONTROL = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\udc80-\udcff]"
)
_CONTROL_OR_LINE = re.compile(f"[\n\t]|{_CONTROL.pattern}")


def visible(text: str) -> str:
    """`text` with each control character written as an escape (`\\x1b`); LF and TAB kept."""
    return _CONTROL.sub(_escape, text)


def one_line(text: str) -> str:
    """`text` as one line: control characters, LF and TAB included, written as escapes."""
    return _CONTROL_OR_LINE.sub(_escape, text)


def safe(text: str) -> str:
    """`text` fit for a terminal or a log: personal data redacted, control characters visible."""
    from yhdyspinta_cli.privacy.detectors import redact  # its patterns compile when first needed

    return visible(redact(text))


def _escape(match: re.Match[str]) -> str:
    code = ord(match.group())
    if 0xDC80 <= code <= 0xDCFF:  # the byte the file name had
        return f"\\x{code - 0xDC00:02x}"
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"
