"""Safe Markdown building blocks: escaped user text and aligned tables.

User text (notes, titles, organisation names) may hold pipes, asterisks, brackets, backticks,
newlines or HTML. Every ASCII punctuation character that Markdown gives a meaning is escaped with
a backslash (CommonMark allows that for all of them), newlines and tabs become spaces, so a table
keeps its columns and nothing turns into a link, emphasis or markup; other control characters
become visible `\\x1b`-style escapes. GitHub-flavoured readers (GitHub, GitLab, pandoc's gfm)
also turn bare `www.` addresses, e-mail addresses, `$math$` and `:emoji:` codes into markup, so
those are escaped too. Parentheses and `!` are left as they are: they mean something only around
a `]` (a link, an image), and every `[` and `]` is escaped, so a `\\(` would only make the raw
Markdown harder to read in a merge request.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from yhdyspinta_cli.render.controls import visible_controls

SPECIAL = re.compile(r"([\\`*_{}\[\]<>#+|~&$@])")
URL_SCHEME = re.compile(r"://")
WWW = re.compile(r"\b(www)\.", re.IGNORECASE)
EMOJI_CODE = re.compile(r":(?=[\w+-]+:)")
ORDERED_ITEM = re.compile(r"^(\d+)([.)])")  # "1." and "2)" start an ordered list
SPACES = re.compile(r"\s+")
# Emoji sequences (joiners, variation selectors, keycaps, skin tones, flags, tags) take two
# columns or more depending on the reader; a table holding one is not padded.
UNMEASURABLE = re.compile(
    "[\u200d\ufe0e\ufe0f\u20e3\U0001f3fb-\U0001f3ff\U0001f1e6-\U0001f1ff\U000e0020-\U000e007f]"
)


def md_text(value: object) -> str:
    """User text as inline Markdown that renders exactly as written, on one line."""
    text = SPACES.sub(" ", unicodedata.normalize("NFC", str(value))).strip()
    text = visible_controls(text)
    text = SPECIAL.sub(r"\\\1", text)
    text = URL_SCHEME.sub(r":\/\/", text)
    text = WWW.sub(r"\1\\.", text)
    text = EMOJI_CODE.sub(r"\\:", text)
    text = ORDERED_ITEM.sub(r"\1\\\2", text)
    if text[:1] in ("-", "="):
        text = "\\" + text
    return text


def md_table(headers: Sequence[str], rows: Sequence[Sequence[str]], align: str = "") -> str:
    """A pipe table padded so columns line up (markdownlint MD060); cells are already Markdown.

    `align` has one letter per column: l (default) or r. A table with text whose width cannot
    be measured reliably (emoji sequences) is written compact, which MD060 accepts as well.
    """
    cells = [*headers, *(cell for row in rows for cell in row)]
    if any(UNMEASURABLE.search(cell) for cell in cells):
        widths = [0] * len(headers)
    else:
        widths = [max(_width(h), 3) for h in headers]
        for row in rows:
            widths = [max(w, _width(cell)) for w, cell in zip(widths, row, strict=True)]
    lines = [_row(headers, widths, align), _rule(widths, align)]
    lines += [_row(row, widths, align) for row in rows]
    return "\n".join(lines)


def _row(cells: Sequence[str], widths: Sequence[int], align: str) -> str:
    padded = [
        _pad(cell, width, _align(align, i))
        for i, (cell, width) in enumerate(zip(cells, widths, strict=True))
    ]
    return "| " + " | ".join(padded) + " |"


def _rule(widths: Sequence[int], align: str) -> str:
    parts = []
    for i, width in enumerate(widths):
        dashes = max(width, 3)
        parts.append("-" * (dashes - 1) + ":" if _align(align, i) == "r" else "-" * dashes)
    return "| " + " | ".join(parts) + " |"


def _pad(cell: str, width: int, side: str) -> str:
    gap = " " * max(width - _width(cell), 0)
    return gap + cell if side == "r" else cell + gap


def _align(align: str, index: int) -> str:
    return align[index] if index < len(align) else "l"


def _width(text: str) -> int:
    """Columns as markdownlint counts them (string-width): wide characters 2, marks 0."""
    return sum(_char_width(char) for char in text)


def _char_width(char: str) -> int:
    if unicodedata.category(char) in ("Mn", "Me", "Cf", "Cc"):
        return 0
    return 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
