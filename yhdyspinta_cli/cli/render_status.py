"""How `status` looks in the terminal."""

from __future__ import annotations

from rich.console import Console
from rich.table import Table
from rich.text import Text

from yhdyspinta_cli.assessment.progress import ChecklistProgress
from yhdyspinta_cli.i18n import message
from yhdyspinta_cli.safe_text import visible


def print_status(progress: list[ChecklistProgress], lang: str) -> None:
    """A table of counts per checklist, then the items to discuss."""
    table = Table()
    table.add_column("", style="bold")
    table.add_column(message("recommendation", lang))
    keys = ("answered", "dont_know", "not_applicable", "unanswered", "missing_target_column")
    for key in (*keys, "divergent"):
        table.add_column(message(key, lang), justify="right")
    for entry in progress:
        table.add_row(
            Text(visible(entry.checklist.id)),
            Text(visible(entry.checklist.title.get(lang))),
            f"{entry.answered}/{entry.total}",
            str(entry.dont_know),
            str(entry.not_applicable),
            str(len(entry.unanswered)),
            str(len(entry.missing_target)),
            str(len(entry.divergent)),
        )
    console = Console()
    console.print(table)
    missing = [item for entry in progress for item in entry.missing_target]
    if missing:
        console.print(f"{message('missing_target_list', lang)}: {', '.join(missing)}")
    divergent = [item for entry in progress for item in entry.divergent]
    if divergent:
        console.print(Text(visible(f"{message('to_discuss', lang)}: {', '.join(divergent)}")))
