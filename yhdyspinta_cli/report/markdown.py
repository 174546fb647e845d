"""Safe Markdown building blocks: escaped user text and aligned tables.

User text (notes, titles, organisation names) may hold pipes, asterisks, brackets, backticks,
newlines or HTML. Every ASCII punctuation character that Markdown gives a meaning is escaped with
a backslash (CommonMark allows that for all of them), newlines and tabs become spaces, so a table
keeps its columns and nothing turns into a link, emphasis or markup.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+!|~&])")
URL_SCHEME = re.compile(r"://")
SPACES = re.compile(r"\s+")


def md_text(value: object) -> str:
    """User text as inline Markdown that renders exactly as written, on one line."""
    text = SPACES.sub(" ", unicodedata.normalize("NFC", str(value))).strip()
    text = SPECIAL.sub(r"\\\1", text)
    text = URL_SCHEME.sub(r":\/\/", text)
    if text[:1] in "-=" or re.match(r"^\d+[.)]", text):
        text = "\\" + text
    return text


def md_table(headers: Sequence[str], rows: Sequence[Sequence[str]], align: str = "") -> str:
    """A pipe table padded so columns line up (markdownlint MD060); cells are already Markdown.

    `align` has one letter per column: l (default) or r.
    """
    widths = [_width(h) for h in headers]
    for row in rows:
        widths = [max(w, _width(cell)) for w, cell in zip(widths, row, strict=True)]
    widths = [max(w, 3) for w in widths]
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
        parts.append("-" * (width - 1) + ":" if _align(align, i) == "r" else "-" * width)
    return "| " + " | ".join(parts) + " |"


def _pad(cell: str, width: int, side: str) -> str:
    gap = " " * (width - _width(cell))
    return gap + cell if side == "r" else cell + gap


def _align(align: str, index: int) -> str:
    return align[index] if index < len(align) else "l"


def _width(text: str) -> int:
    """Characters, as markdownlint counts them for column alignment."""
    return len(text)
