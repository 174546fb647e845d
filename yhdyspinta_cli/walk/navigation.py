"""Where the walk goes next: after a jump, and to an item or recommendation typed by id."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from yhdyspinta_cli.checklist.model import Item


def next_needing(index: int, count: int, still_open: Callable[[int], bool]) -> int:
    """The first index after `index` (going round to the start) that is still open; else `count`."""
    for step in range(1, count):
        candidate = (index + step) % count
        if still_open(candidate):
            return candidate
    return count


def jump_target(typed: str, items: Sequence[Item]) -> int | None:
    """The index of the item with this id, or of the first item of this recommendation."""
    wanted = typed.strip().upper()
    for index, item in enumerate(items):
        if item.id.upper() == wanted:
            return index
    for index, item in enumerate(items):
        if item.checklist_id.upper() == wanted:
            return index
    return None
