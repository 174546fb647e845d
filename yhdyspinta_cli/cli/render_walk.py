"""How an item looks during the walk: progress on top, then the item, then the answer so far."""

from __future__ import annotations

from rich.console import Group, RenderableType
from rich.panel import Panel
from rich.text import Text

from yhdyspinta_cli.cli.render_checklists import item_panel
from yhdyspinta_cli.i18n import message
from yhdyspinta_cli.walk.prompter import ItemScreen


def item_screen_panel(screen: ItemScreen) -> Group:
    """Progress line, the recommendation's title and the item panel."""
    lang = screen.lang
    p = screen.progress
    progress = message("progress", lang).format(
        rec=p.recommendation,
        recs=p.recommendations,
        item=p.item,
        items=p.items,
        done=p.answered,
        total=p.total,
    )
    heading = Text(f"{screen.checklist.id} · {screen.checklist.title.get(lang)}", style="bold")
    parts: list[RenderableType] = [
        Text(progress, style="cyan"),
        heading,
        item_panel(screen.item, screen.catalog, lang),
    ]
    so_far = _answer_so_far(screen)
    if so_far:
        parts.append(Panel(so_far, border_style="green"))
    return Group(*parts)


def _answer_so_far(screen: ItemScreen) -> str:
    answer = screen.answer
    if answer.current is None:
        return ""
    lang = screen.lang
    scale = screen.catalog.scale
    if isinstance(answer.current, int):
        shown = f"{answer.current} {scale.level(answer.current).label.get(lang)}"
    else:
        shown = scale.special_answer(answer.current).label.get(lang)
    target = f" → {message('ask_target', lang)} {answer.target}" if answer.target else ""
    return f"{message('ask_current', lang)}: {shown}{target}"
