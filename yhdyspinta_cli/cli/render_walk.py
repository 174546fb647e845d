"""How an item looks during the walk: one item on one screen, laid out for the terminal's size.

From the top: the progress with the file name, the item id with its recommendation, the
question, the five levels with this item's descriptors, the answer so far and what came into
the file from elsewhere since the last item. The bottom
`PROMPT_LINES` are left for the key legend and the prompt. When the levels do not fit, they
are stacked under their labels, and only then shortened at a word with an ellipsis; `i`
shows the item in full (`details`), guidance, actors, legislation and evidence included.
"""

from __future__ import annotations

import textwrap
from collections.abc import Sequence
from dataclasses import dataclass

from yhdyspinta_cli.i18n import message
from yhdyspinta_cli.walk.prompter import ItemScreen

PROMPT_LINES = 4  # the legend (up to two lines), the prompt line, and the line it leaves
ELLIPSIS = "…"


@dataclass(frozen=True)
class Line:
    """One line of the screen, its emphasis ('', 'bold' or 'reverse'), and a bold prefix."""

    text: str
    style: str = ""
    bold_prefix: int = 0


def item_screen_lines(screen: ItemScreen, width: int, height: int) -> list[Line]:
    """The item's screen, at most `height - PROMPT_LINES` lines of at most `width` characters."""
    width = max(width - 1, 20)  # the last column makes some terminals wrap early
    question = _wrap(screen.item.question.get(screen.lang), width, "bold")
    head = [*_header(screen, width), Line(""), *question, Line("")]
    tail = [*_answer_so_far(screen, width), *_notice(screen, width)]
    room = height - PROMPT_LINES - len(head) - len(tail)
    return [*head, *level_lines(screen, width, room - 1), *tail, Line("")]


def details_lines(screen: ItemScreen, width: int) -> list[Line]:
    """Everything about the item: header, question, guidance, full levels, facts."""
    width = max(width - 1, 20)
    lang = screen.lang
    lines = [*_header(screen, width), Line("")]
    lines += _wrap(screen.item.question.get(lang), width, "bold")
    lines += [Line(""), *_wrap(screen.item.guidance.get(lang), width), Line("")]
    lines += level_lines(screen, width, room=None)
    for label, value in item_facts(screen):
        lines += [Line(""), *_wrap(f"{label}: {value}", width)]
    return [*lines, Line("")]


def item_facts(screen: ItemScreen) -> list[tuple[str, str]]:
    """Actors, roles, legislation and evidence, each with its label, in the walk's language."""
    item, lang, vocabulary = screen.item, screen.lang, screen.catalog.vocabulary
    facts: list[tuple[str, str]] = []
    for kind in ("actors", "roles", "legal"):
        keys: tuple[str, ...] = getattr(item, kind)
        names = [t.label.get(lang) for k in keys if (t := vocabulary.term(kind, k))]
        if names:
            facts.append((message(kind, lang), ", ".join(names)))
    if item.evidence:
        facts.append((message("evidence", lang), "; ".join(e.get(lang) for e in item.evidence)))
    return facts


def level_lines(screen: ItemScreen, width: int, room: int | None) -> list[Line]:
    """The levels as a table if they fit in `room` lines, else stacked, else shortened."""
    levels = _levels(screen)
    table = _table(levels, width)
    if room is None or len(table) <= room:
        return table
    stacked = [line for label, text in levels for line in _stacked(label, text, width, None)]
    if len(stacked) <= room:
        return stacked
    budgets = _share(room, len(levels))
    return [
        line
        for (label, text), budget in zip(levels, budgets, strict=True)
        for line in _stacked(label, text, width, budget)
    ]


def _header(screen: ItemScreen, width: int) -> list[Line]:
    p, lang = screen.progress, screen.lang
    progress = message("walk_progress", lang).format(
        rec=p.recommendation,
        recs=p.recommendations,
        item=p.item,
        items=p.items,
        done=p.answered,
        total=p.total,
    )
    top = f"{progress} · {screen.file_name}" if screen.file_name else progress
    heading = f"{screen.item.id} · {screen.checklist.title.get(lang)}"
    return [*_wrap(top, width), *_wrap(heading, width, "reverse")]


def _levels(screen: ItemScreen) -> list[tuple[str, str]]:
    lang = screen.lang
    rows = []
    for level in screen.catalog.scale.levels:
        descriptor = screen.item.levels.get(level.value)
        text = descriptor.get(lang) if descriptor else ""
        rows.append((f"{level.value} {level.label.get(lang)}", text))
    return rows


def _table(levels: Sequence[tuple[str, str]], width: int) -> list[Line]:
    column = max(len(label) for label, _ in levels) + 2
    lines: list[Line] = []
    for label, text in levels:
        wrapped = _lines(text, max(width - column, 10)) or [""]
        lines.append(Line(f"{label.ljust(column)}{wrapped[0]}", bold_prefix=len(label)))
        lines += [Line(" " * column + rest) for rest in wrapped[1:]]
    return lines


def _stacked(label: str, text: str, width: int, budget: int | None) -> list[Line]:
    wrapped = _lines(f"{label}: {text}", width, subsequent_indent="   ")
    if budget is not None and len(wrapped) > budget:
        wrapped = _shortened(label, text, width, max(budget, 1))
    first, *rest = wrapped
    return [Line(first, bold_prefix=len(label) + 1), *(Line(line) for line in rest)]


def _shortened(label: str, text: str, width: int, budget: int) -> list[str]:
    """The descriptor cut at a word so that it fits `budget` lines, ending in an ellipsis."""
    words = text.split()
    while words:
        words.pop()
        shortened = f"{label}: {' '.join(words)}{ELLIPSIS}"
        wrapped = _lines(shortened, width, subsequent_indent="   ")
        if len(wrapped) <= budget:
            return wrapped
    return _lines(f"{label}: {ELLIPSIS}", width)


def _share(room: int, parts: int) -> list[int]:
    """`room` lines shared out between `parts`, earlier parts taking the remainder."""
    base, extra = divmod(max(room, parts), parts)
    return [base + (1 if n < extra else 0) for n in range(parts)]


def _answer_so_far(screen: ItemScreen, width: int) -> list[Line]:
    answer, lang, scale = screen.answer, screen.lang, screen.catalog.scale
    if answer.current is None:
        return []
    if isinstance(answer.current, int):
        shown = f"{answer.current} {scale.level(answer.current).label.get(lang)}"
    else:
        shown = scale.special_answer(answer.current).label.get(lang)
    text = f"{message('so_far', lang)}: {shown}"
    if answer.target is not None:
        text += f" → {message('ask_target', lang)} {answer.target}"
    elif answer.level is not None:
        text += f" · {message('walk_missing_target', lang)}"
    return [Line(""), *_wrap(text, width, "bold")]


def _notice(screen: ItemScreen, width: int) -> list[Line]:
    """The lines about a change merged from the file on disk, under the answer so far."""
    if not screen.notice:
        return []
    return [Line(""), *(line for text in screen.notice for line in _wrap(text, width, "bold"))]


def _lines(text: str, width: int, subsequent_indent: str = "") -> list[str]:
    """Wrapped at spaces only: "TYM-sopimus" is one word and stays whole."""
    return textwrap.wrap(text, width, subsequent_indent=subsequent_indent, break_on_hyphens=False)


def _wrap(text: str, width: int, style: str = "") -> list[Line]:
    return [Line(line, style) for line in _lines(text, width)] or [Line("", style)]
