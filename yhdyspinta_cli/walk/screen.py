"""What the walk shows for an item: the item itself and where the walk is."""

from __future__ import annotations

from collections.abc import Sequence

from yhdyspinta_cli.assessment.store import AssessmentFile
from yhdyspinta_cli.checklist.catalog import Catalog
from yhdyspinta_cli.checklist.model import Item
from yhdyspinta_cli.walk.prompter import ItemScreen, Progress


def item_screen(
    file: AssessmentFile, catalog: Catalog, items: Sequence[Item], index: int, lang: str
) -> ItemScreen:
    """The screen for `items[index]`, with progress counted over the whole catalog."""
    item = items[index]
    view = file.view()
    checklists = list(catalog.checklists)
    checklist = next(c for c in checklists if c.id == item.checklist_id)
    all_items = list(catalog.iter_items())
    progress = Progress(
        recommendation=checklists.index(checklist) + 1,
        recommendations=len(checklists),
        item=[i.id for i in checklist.items].index(item.id) + 1,
        items=len(checklist.items),
        answered=sum(1 for i in all_items if view.answer(i.id).current is not None),
        total=len(all_items),
    )
    answer = view.answer(item.id)
    return ItemScreen(item, checklist, catalog, answer, progress, lang, file.path.name)
