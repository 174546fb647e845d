"""The target question of the workshop walk: a level, no target yet, back, or quit.

Enter takes the suggestion (one level up, at most the top level). A target below the current
level is kept only when the facilitator says so.
"""

from __future__ import annotations

from collections.abc import Sequence

from yhdyspinta_cli.assessment.edit import AnswerUpdate
from yhdyspinta_cli.assessment.model import Answer
from yhdyspinta_cli.checklist.model import Item
from yhdyspinta_cli.walk.choices import NO_TARGET, target_choices
from yhdyspinta_cli.walk.prompter import BACK, QUIT, Choice
from yhdyspinta_cli.walk.walk_state import WalkState, as_text

KEEP_BELOW = "keep"  # a target below the current level, kept on purpose
AGAIN = "again"


class TargetQuestion(WalkState):
    """Asks an item's target and keeps it."""

    def _ask_target(self, item: Item, index: int) -> str:
        """Ask the target and keep it; returns the level, NO_TARGET, BACK or QUIT."""
        answer = self.file.view().answer(item.id)
        default = answer.target or suggested_target(answer.level, self.catalog.scale.values)
        choices = target_choices(item, self.catalog.scale, self._lang)
        question = self._say("ask_target")
        while True:
            target = self._choose_by_key(
                index, question, choices, as_text(default), "legend_target"
            )
            if not _below_current(answer.level, target) or self._keep_below(answer, target):
                break
        if target == NO_TARGET:
            self._update(item, AnswerUpdate(clear_target=True))
        elif target not in (BACK, QUIT):
            self._update(item, AnswerUpdate(target=int(target)))
        return target

    def _keep_below(self, answer: Answer, target: str) -> bool:
        """A target below the current level is kept only when the facilitator says so."""
        said = self._say("target_below").format(target=target, current=answer.level)
        self.prompter.show_message(said, emphasis=True)
        keep, again = self._say("target_keep"), self._say("target_again")
        choices = [
            Choice(KEEP_BELOW, keep, shortcut="k", key_word=keep),
            Choice(AGAIN, again, shortcut="c", key_word=again),
        ]
        legend = "   ".join(f"{c.shortcut} {c.key_word}" for c in choices)
        asked = self._say("target_below_ask")
        return self.prompter.choose_by_key(asked, choices, AGAIN, legend) == KEEP_BELOW


def suggested_target(level: int | None, levels: Sequence[int]) -> int | None:
    """A target suggestion: one level up from the current one."""
    return None if level is None else min(level + 1, levels[-1])


def _below_current(level: int | None, target: str) -> bool:
    return target.isdigit() and level is not None and int(target) < level
