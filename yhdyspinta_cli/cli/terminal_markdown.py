"""`--show`: a report's Markdown in the terminal, its tables fitted without cutting a word.

rich narrows the widest columns of a table that is too wide and cuts what no longer fits with
"…": at 100 columns "Tavoitteesta saavutettu" became "Tavoittee…". Here every column is at
least as wide as its longest word (header or cell), the columns that are wider give way first,
and rich wraps at spaces. A table whose longest words alone are wider than the terminal is shown
row by row instead, each value under its header's name.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import ClassVar

from rich import box
from rich.cells import cell_len
from rich.console import Console, ConsoleOptions, Group, RenderableType, RenderResult
from rich.markdown import Markdown, MarkdownElement, TableElement
from rich.padding import Padding
from rich.table import Table
from rich.text import Text

CELL_PADDING = 2  # what rich's simple box adds to each column: a space on each side
RECORD_INDENT = 2


def show_markdown(console: Console, text: str) -> None:
    """Render Markdown on `console` with tables that fit its width."""
    console.print(FittedMarkdown(text))


def fitted_widths(shortest: Sequence[int], natural: Sequence[int], room: int) -> list[int] | None:
    """Column widths within `room`: the widest give way first, none below its longest word.

    None when the longest words alone do not fit.
    """
    if sum(shortest) > room:
        return None
    widths = list(natural)
    while sum(widths) > room:
        widest = max(
            (i for i, width in enumerate(widths) if width > shortest[i]),
            key=lambda i: widths[i],
        )
        widths[widest] -= 1
    return widths


class FittedTableElement(TableElement):
    """A Markdown table whose columns are sized so that no word is cut."""

    def __rich_console__(self, console: Console, options: ConsoleOptions) -> RenderResult:
        header_row = self.header.row if self.header is not None else None
        headers = [cell.content for cell in header_row.cells] if header_row is not None else []
        rows = [[cell.content for cell in row.cells] for row in self.body.rows] if self.body else []
        columns = list(zip(headers, *rows, strict=True))
        shortest = [max(_longest_word(text) for text in column) for column in columns]
        natural = [max(_widest_line(text) for text in column) for column in columns]
        room = options.max_width - CELL_PADDING * len(columns)
        widths = fitted_widths(shortest, natural, room)
        if widths is None:
            yield _records(headers, rows)
        else:
            yield _table(headers, rows, widths)


class FittedMarkdown(Markdown):
    """rich's Markdown with fitted tables."""

    elements: ClassVar[dict[str, type[MarkdownElement]]] = {
        **Markdown.elements,
        "table_open": FittedTableElement,
    }


def _table(headers: list[Text], rows: list[list[Text]], widths: list[int]) -> Table:
    table = Table(
        box=box.SIMPLE,
        pad_edge=False,
        style="markdown.table.border",
        show_edge=True,
        collapse_padding=True,
    )
    for heading, width in zip(headers, widths, strict=True):
        styled = heading.copy()
        styled.stylize("markdown.table.header")
        table.add_column(styled, width=width, overflow="fold")
    for row in rows:
        table.add_row(*row)
    return table


def _records(headers: list[Text], rows: list[list[Text]]) -> RenderableType:
    """Each row as its first cell, then `Header: value · Header: value` wrapped under it."""
    blocks: list[RenderableType] = []
    for first, *rest in rows:
        blocks.append(Text(first.plain, style="bold"))
        pairs = Text(
            " · ".join(f"{h.plain}: {v.plain}" for h, v in zip(headers[1:], rest, strict=True))
        )
        blocks.append(Padding(pairs, (0, 0, 1, RECORD_INDENT)))
    return Group(*blocks)


def _longest_word(text: Text) -> int:
    return max((cell_len(word) for word in text.plain.split()), default=1)


def _widest_line(text: Text) -> int:
    return max((cell_len(line) for line in text.plain.splitlines()), default=1)
