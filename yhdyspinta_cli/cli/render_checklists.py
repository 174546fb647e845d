"""How checklists look in the terminal (rich) and as JSON."""

from __future__ import annotations

import json
from typing import Any

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text as RichText

from yhdyspinta_cli.checklist.catalog import Catalog
from yhdyspinta_cli.checklist.model import Checklist, Item
from yhdyspinta_cli.i18n import message

CLI_OPTIONS = {"dont-know": "--dont-know", "not-applicable": "--not-applicable"}


def catalog_json(catalog: Catalog) -> dict[str, Any]:
    """The scale and every checklist's items, for scripts."""
    scale = catalog.scale
    return {
        "scale": {
            "id": scale.id,
            "version": scale.version,
            "levels": [{"value": lv.value, "label": lv.label.as_dict()} for lv in scale.levels],
            "special": [
                {
                    "key": answer.key,
                    "option": CLI_OPTIONS[answer.key],
                    "label": answer.label.as_dict(),
                    "requires_reason": answer.requires_reason,
                }
                for answer in scale.special
            ],
        },
        "recommendations": [_checklist_json(checklist) for checklist in catalog.checklists],
    }


def _checklist_json(checklist: Checklist) -> dict[str, Any]:
    return {
        "id": checklist.id,
        "version": checklist.version,
        "recommendation": checklist.recommendation,
        "bundled": checklist.bundled,
        "title": checklist.title.as_dict(),
        "items": [{"id": i.id, "question": i.question.as_dict()} for i in checklist.items],
    }


def print_json(catalog: Catalog, lang: str) -> None:
    """Print the catalog as one JSON object, its `meta` first."""
    from yhdyspinta_cli.render.meta import checklist_versions, output_meta

    data = {"meta": output_meta(checklist_versions(catalog), lang), **catalog_json(catalog)}
    print(json.dumps(data, ensure_ascii=False, indent=2))


def print_list(catalog: Catalog, lang: str) -> None:
    """A table of the checklists with their item counts."""
    table = Table(expand=False)
    table.add_column("", style="bold")
    table.add_column(message("recommendation", lang))
    table.add_column(message("items", lang), justify="right")
    table.add_column(message("version", lang))
    table.add_column(message("origin", lang))
    for checklist in catalog.checklists:
        origin = message("bundled" if checklist.bundled else "regional", lang)
        table.add_row(
            checklist.id,
            checklist.title.get(lang),
            str(len(checklist.items)),
            checklist.version,
            origin,
        )
    total = sum(len(c.items) for c in catalog.checklists)
    table.add_section()
    table.add_row("", message("total", lang), str(total), "", "")
    Console().print(table)


def print_checklist(checklist: Checklist, catalog: Catalog, lang: str) -> None:
    """One checklist, item by item, laid out to be read from the back of a room."""
    console = Console()
    heading = f"{checklist.id} · {checklist.title.get(lang)}"
    console.print(Panel(checklist.description.get(lang), title=heading, title_align="left"))
    for item in checklist.items:
        console.print(item_panel(item, catalog, lang))


def item_panel(item: Item, catalog: Catalog, lang: str) -> Panel:
    """An item's question, guidance, level descriptors and context in one panel."""
    parts: list[Any] = [
        RichText(item.question.get(lang), style="bold"),
        RichText(""),
        RichText(item.guidance.get(lang)),
        RichText(""),
        level_table(item, catalog, lang),
        RichText(""),
        _facts(item, catalog, lang),
    ]
    return Panel(Group(*parts), title=f"[bold]{item.id}[/bold]", title_align="left", padding=(1, 2))


def level_table(item: Item, catalog: Catalog, lang: str) -> Table:
    """The item's own descriptor for each level of the scale."""
    table = Table(show_header=False, box=None, padding=(0, 1))
    table.add_column(style="bold cyan", no_wrap=True)
    table.add_column(style="bold", no_wrap=True)
    table.add_column()
    for level in catalog.scale.levels:
        descriptor = item.levels.get(level.value)
        text = descriptor.get(lang) if descriptor else ""
        table.add_row(str(level.value), level.label.get(lang), text)
    return table


def _facts(item: Item, catalog: Catalog, lang: str) -> RichText:
    vocabulary = catalog.vocabulary
    lines: list[tuple[str, str]] = []
    for kind, key in (("actors", "actors"), ("roles", "roles"), ("legal", "legal")):
        keys: tuple[str, ...] = getattr(item, kind)
        names = [t.label.get(lang) for k in keys if (t := vocabulary.term(kind, k))]
        if names:
            lines.append((message(key, lang), ", ".join(names)))
    if item.evidence:
        lines.append((message("evidence", lang), "; ".join(e.get(lang) for e in item.evidence)))
    text = RichText()
    for label, value in lines:
        text.append(f"{label}: ", style="dim bold")
        text.append(value + "\n", style="dim")
    text.rstrip()
    return text
