"""The semantic diff as plain text for the terminal, or Markdown for a merge request."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from yhdyspinta_cli.checklist.catalog import Catalog
from yhdyspinta_cli.history.diff import ActionDiff, AssessmentDiff, Change, ItemDiff
from yhdyspinta_cli.history.words import field_label, word
from yhdyspinta_cli.i18n import words
from yhdyspinta_cli.render.markdown import md_table, md_text

NOTHING = "–"
LEVEL_FIELDS = ("current", "target")
TRAILING = ".,;:!\u3002\uff0c\uff1b\uff1a\uff01"  # markdownlint MD026, full-width too


@dataclass(frozen=True)
class Group:
    """The changed items of one recommendation (or the orphaned answers), under a heading."""

    heading: str
    items: tuple[ItemDiff, ...]


def render_text(diff: AssessmentDiff, catalog: Catalog, lang: str) -> str:
    """Indented lines: a heading per recommendation, a line per item, a line per field."""
    show = _Values(catalog, lang, _one_line)
    lines = [
        f"{word('heading', lang)}: {_one_line(diff.region)}",
        f"{diff.old_label} → {diff.new_label}",
    ]
    if diff.is_empty:
        return "\n".join([*lines, word("none", lang)]) + "\n"
    for group in item_groups(diff, catalog, lang):
        lines += ["", group.heading]
        for item in group.items:
            lines.append(f"  {item.item_id} {word(item.kind, lang)}")
            lines += [f"    {_change_text(c, show, lang)}" for c in item.changes]
    if diff.actions:
        lines += ["", word("actions", lang)]
        for action in diff.actions:
            head = f"  {action.action_id} {_kinds(action, lang)}: {_one_line(action.title)}"
            if action.is_whole:
                lines.append(" · ".join([head, *_summary(action, show, lang)]))
                continue
            lines.append(head)
            lines += [f"    {_change_text(c, show, lang)}" for c in action.changes]
    if diff.details:
        lines += ["", word("details", lang)]
        lines += [f"  {_change_text(c, show, lang)}" for c in diff.details]
    return "\n".join(lines) + "\n"


def render_markdown(diff: AssessmentDiff, catalog: Catalog, lang: str) -> str:
    """A heading, then one table per recommendation, for actions and for the file's details."""
    show = _Values(catalog, lang, md_text)
    title = f"# {word('heading', lang)}: {_heading(diff.region)}"
    parts = [title, f"{md_text(diff.old_label)} → {md_text(diff.new_label)}"]
    if diff.is_empty:
        parts.append(word("none", lang))
    headers = [word(k, lang) for k in ("item", "change", "field", "before", "after")]
    for group in item_groups(diff, catalog, lang):
        rows = [row for item in group.items for row in _item_rows(item, show, lang)]
        parts += [f"## {_heading(group.heading)}", md_table(headers, rows)]
    if diff.actions:
        rows = [row for action in diff.actions for row in _action_rows(action, show, lang)]
        parts += [
            f"## {word('actions', lang)}",
            md_table([word("action", lang), *headers[1:]], rows),
        ]
    if diff.details:
        rows = [
            [field_label(c.field, lang), show(c.field, c.old), show(c.field, c.new)]
            for c in diff.details
        ]
        parts += [f"## {word('details', lang)}", md_table(headers[2:], rows)]
    return "\n\n".join(parts) + "\n"


def item_groups(diff: AssessmentDiff, catalog: Catalog, lang: str) -> list[Group]:
    """Changed items by recommendation in checklist order; orphaned answers last."""
    order = {item.id: index for index, item in enumerate(catalog.iter_items())}
    answers = sorted(
        (i for i in diff.items if i.section == "answers"),
        key=lambda i: (order.get(i.item_id, len(order)), i.item_id),
    )
    groups: list[Group] = []
    for item in answers:
        heading = _recommendation(item.item_id, catalog, lang)
        if groups and groups[-1].heading == heading:
            groups[-1] = Group(heading, (*groups[-1].items, item))
        else:
            groups.append(Group(heading, (item,)))
    orphaned = tuple(i for i in diff.items if i.section == "orphaned")
    if orphaned:
        groups.append(Group(word("orphaned", lang), orphaned))
    return groups


def _one_line(value: object) -> str:
    """A multi-line note on one line, so each change stays one line of the terminal output."""
    return " ".join(str(value).split())


def _heading(text: str) -> str:
    """User text in a heading, without the trailing punctuation markdownlint flags (MD026)."""
    return md_text(text.strip().rstrip(TRAILING).rstrip())


def _recommendation(item_id: str, catalog: Catalog, lang: str) -> str:
    checklist_id = item_id.split(".")[0]
    checklist = catalog.checklist(checklist_id)
    return f"{checklist.id} {checklist.title.get(lang)}" if checklist else checklist_id


def _item_rows(item: ItemDiff, show: _Values, lang: str) -> Iterator[list[str]]:
    first = [md_text(item.item_id), word(item.kind, lang)]  # on every row: no empty cells
    for change in item.changes:
        yield [
            *first,
            field_label(change.field, lang),
            show(change.field, change.old),
            show(change.field, change.new),
        ]


def _action_rows(action: ActionDiff, show: _Values, lang: str) -> Iterator[list[str]]:
    first = [f"{action.action_id} {md_text(action.title)}", _kinds(action, lang)]
    if action.is_whole:  # one row: owner, due date and status on the side that has them
        added = action.kinds == ("added",)
        labels = " · ".join(field_label(c.field, lang) for c in action.changes)
        values = " · ".join(show(c.field, c.new if added else c.old) for c in action.changes)
        yield [*first, labels, *([NOTHING, values] if added else [values, NOTHING])]
        return
    for change in action.changes:
        yield [
            *first,
            field_label(change.field, lang),
            show(change.field, change.old),
            show(change.field, change.new),
        ]


def _change_text(change: Change, show: _Values, lang: str) -> str:
    old, new = show(change.field, change.old), show(change.field, change.new)
    return f"{field_label(change.field, lang)}: {old} → {new}"


def _summary(action: ActionDiff, show: _Values, lang: str) -> list[str]:
    """`Owner: tre`, `Due: 2027-06-30`, `Status: planned` of an added or removed action."""
    added = action.kinds == ("added",)
    return [
        f"{field_label(c.field, lang)}: {show(c.field, c.new if added else c.old)}"
        for c in action.changes
    ]


def _kinds(action: ActionDiff, lang: str) -> str:
    return ", ".join(word(kind, lang) for kind in action.kinds)


class _Values:
    """Shows a field's value in words: a level with its label, a status in `lang`, a list."""

    def __init__(self, catalog: Catalog, lang: str, escape: Callable[[object], str]) -> None:
        self.catalog, self.lang, self.escape = catalog, lang, escape

    def __call__(self, field: str, value: Any) -> str:
        if value is None or value == [] or value == "":
            return NOTHING
        if isinstance(value, list):
            return ", ".join(self(field, v) for v in value)
        head = field.partition(".")[0]
        if head in (*LEVEL_FIELDS, "ratings"):
            return self.escape(self._answer(value))
        if field == "status" and f"status_{value}" in words(self.lang):
            return words(self.lang)[f"status_{value}"]
        return self.escape(value)

    def _answer(self, value: Any) -> str:
        scale = self.catalog.scale
        if isinstance(value, int) and value in scale.values:
            return f"{value} {scale.level(value).label.get(self.lang)}"
        if value in {s.key for s in scale.special}:
            return scale.special_answer(str(value)).label.get(self.lang)
        return str(value)
