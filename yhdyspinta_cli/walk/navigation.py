"""Where the workshop walk goes: where it starts, back, skip, and to an item or recommendation
typed by id; after a jump, on to the items still open."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from yhdyspinta_cli.checklist.model import Item
from yhdyspinta_cli.walk.prompter import BACK, JUMP, QUIT, SKIP
from yhdyspinta_cli.walk.walk_state import WalkState


class Navigation(WalkState):
    """Moves through `items`, remembering the items skipped and whether the walk jumped."""

    def _start(self) -> int:
        """An item left without its target first (where an interrupted walk stopped), else the
        first unanswered one. Starting past unanswered items, the walk goes round to them."""
        view = self.file.view()
        interrupted = [i for i, it in enumerate(self.items) if view.answer(it.id).missing_target]
        needed = [i for i, item in enumerate(self.items) if self._needs_answer(item)]
        if interrupted and interrupted[0] != needed[0]:
            self.jumped = True
            return interrupted[0]
        return needed[0] if needed else 0

    def _navigate(self, value: str, index: int) -> int | None:
        """The index to go to after back, skip or go to; None after quit."""
        if value == QUIT:
            return None
        if value == BACK:
            return max(index - 1, 0)
        if value == SKIP:
            self.skipped.add(index)
            return self._next(index)
        return self._jump(index) if value == JUMP else index

    def _next(self, index: int) -> int:
        """The item after `index`; after a jump, the next one that still needs an answer."""
        if not self.jumped:
            return index + 1
        return next_needing(index, len(self.items), self._still_open)

    def _still_open(self, index: int) -> bool:
        return index not in self.skipped and self._needs_answer(self.items[index])

    def _jump(self, index: int) -> int:
        """To the item or recommendation typed; the walk then goes on with unanswered items."""
        ids = [item.id for item in self.items]
        recommendations = list(dict.fromkeys(item.checklist_id for item in self.items))
        while True:
            typed = self.prompter.text(self._say("ask_jump"), "", [*recommendations, *ids])
            if not typed.strip():
                return index
            found = jump_target(typed, self.items)
            if found is not None:
                self.jumped = True
                return found
            self.prompter.show_message(self._say("jump_unknown").format(typed=typed.strip()))


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
