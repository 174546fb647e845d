"""What every question of the workshop walk shares: the file, the prompter and how they meet.

The walk is split by what it asks: the level and the ratings (`walk.py`), the target
(`target_question.py`), where to go next (`navigation.py`). Each part builds on this one.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from yhdyspinta_cli.assessment.edit import AnswerUpdate, set_answer
from yhdyspinta_cli.assessment.store import AssessmentFile
from yhdyspinta_cli.checklist.catalog import Catalog
from yhdyspinta_cli.checklist.model import Item
from yhdyspinta_cli.i18n import message
from yhdyspinta_cli.walk.asking import ask_typed_text
from yhdyspinta_cli.walk.choices import legend
from yhdyspinta_cli.walk.prompter import INFO, Choice, Prompter
from yhdyspinta_cli.walk.screen import item_screen


@dataclass(frozen=True)
class WalkOptions:
    """How to walk: which items, in which language, with or without perspectives."""

    lang: str
    perspectives: bool = False
    only_unanswered: bool = False
    recommendation: str | None = None


def _nothing_came_in() -> Sequence[str]:
    """A walk whose file nobody else changes (scripts, tests) has nothing to merge."""
    return ()


class WalkState:
    """The file being walked, the prompter, and the helpers every question uses."""

    def __init__(
        self,
        file: AssessmentFile,
        catalog: Catalog,
        prompter: Prompter,
        options: WalkOptions,
        save: Callable[[], None],
        clock: Callable[[], str],
        keep_in_step: Callable[[], Sequence[str]] | None = None,
    ) -> None:
        self.file, self.catalog, self.prompter = file, catalog, prompter
        self.options, self.save, self.clock = options, save, clock
        # Merges a change made to the file on disk meanwhile; returns the lines that say so.
        self.keep_in_step = keep_in_step or _nothing_came_in
        self.present: tuple[str, ...] = ()
        self.items: list[Item] = []
        self.jumped = False  # where the walk is: see navigation.py
        self.skipped: set[int] = set()

    def _show(self, index: int) -> None:
        """The item's screen, after taking in what changed on disk since the last one."""
        notice = tuple(self.keep_in_step())
        screen = item_screen(self.file, self.catalog, self.items, index, self._lang)
        self.prompter.show_item(replace(screen, notice=notice))

    def _redraw(self, index: int, details: bool) -> None:
        """The item's screen again, in full (`details`) or in short."""
        screen = item_screen(self.file, self.catalog, self.items, index, self._lang)
        self.prompter.show_item(replace(screen, details=details))

    def _choose_by_key(
        self,
        index: int,
        question: str,
        choices: list[Choice],
        default: str | None,
        levels_word: str = "legend_levels",
    ) -> str:
        """Ask on one line; `i` shows the item in full (and again in short) and asks again."""
        details = False
        line = legend(choices, self._say(levels_word))
        while True:
            value = self.prompter.choose_by_key(question, choices, default, line)
            if value != INFO:
                return value
            details = not details
            self._redraw(index, details)

    def _needs_answer(self, item: Item) -> bool:
        """Unanswered, or given a level but not yet a target."""
        answer = self.file.view().answer(item.id)
        return answer.current is None or answer.missing_target

    def _update(self, item: Item, update: AnswerUpdate) -> None:
        set_answer(self.file, item.id, update, self.catalog, self.clock())
        self.save()

    def _rated(self, item: Item, update: AnswerUpdate) -> None:
        """Save a level or a rating, recording who was present when it was given."""
        if self.present:
            update = replace(update, participants=self.present)
        self._update(item, update)

    def _ask_text(self, key: str, default: str) -> str:
        """Every free text the walk takes (reason, note, evidence) comes through here.

        What cannot be kept (a control character, personal data) is asked again, saying why.
        """
        field = key.removeprefix("ask_")
        return ask_typed_text(self.prompter, self._say(key), default, field, self._lang).strip()

    def _say(self, key: str) -> str:
        return message(key, self._lang)

    @property
    def _lang(self) -> str:
        return self.options.lang


def as_text(value: object) -> str | None:
    """A default for a prompt: the value as text, or None."""
    return None if value is None else str(value)
