"""The workshop walk: item by item, saving after every answer.

The walk never prints or reads the keyboard itself: it talks to a Prompter. Ctrl-C raises
KeyboardInterrupt out of the prompter; everything answered before it is already saved.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from enum import Enum

from yhdyspinta_cli.assessment.edit import AnswerUpdate, set_answer
from yhdyspinta_cli.assessment.model import Answer, rating_spread
from yhdyspinta_cli.assessment.store import AssessmentFile
from yhdyspinta_cli.checklist.catalog import Catalog
from yhdyspinta_cli.checklist.model import DONT_KNOW, NOT_APPLICABLE, Item
from yhdyspinta_cli.i18n import message
from yhdyspinta_cli.walk.asking import ask_typed_text
from yhdyspinta_cli.walk.choices import (
    NO_TARGET,
    SKIP_ORG,
    answer_choices,
    legend,
    org_choices,
    rating_choices,
    target_choices,
)
from yhdyspinta_cli.walk.navigation import jump_target, next_needing
from yhdyspinta_cli.walk.prompter import (
    BACK,
    INFO,
    JUMP,
    NAVIGATION,
    QUIT,
    SKIP,
    Choice,
    Prompter,
)
from yhdyspinta_cli.walk.screen import item_screen

KEEP_BELOW = "keep"  # a target below the current level, kept on purpose
AGAIN = "again"


class Outcome(str, Enum):
    """How a walk ended."""

    FINISHED = "finished"
    QUIT = "quit"


@dataclass(frozen=True)
class WalkOptions:
    """How to walk: which items, in which language, with or without perspectives."""

    lang: str
    perspectives: bool = False
    only_unanswered: bool = False
    recommendation: str | None = None


class Walk:
    """One walk through the checklists of one assessment."""

    def __init__(
        self,
        file: AssessmentFile,
        catalog: Catalog,
        prompter: Prompter,
        options: WalkOptions,
        save: Callable[[], None],
        clock: Callable[[], str],
    ) -> None:
        self.file, self.catalog, self.prompter = file, catalog, prompter
        self.options, self.save, self.clock = options, save, clock
        self.present: tuple[str, ...] = ()
        self.jumped = False
        self.skipped: set[int] = set()
        self.items = self._sequence()

    def run(self) -> Outcome:
        """Walk from the first item needing an answer to the end, or until the facilitator quits."""
        if self.items:
            self.present = self._ask_present()
        index = self._start()
        while index < len(self.items):
            step = self._walk_item(index)
            if step is None:
                return Outcome.QUIT
            index = step
        self.prompter.show_message(self._say("done"), emphasis=True)
        return Outcome.FINISHED

    def _sequence(self) -> list[Item]:
        wanted = self.options.recommendation
        checklists = [
            c for c in self.catalog.checklists if wanted is None or c.id.upper() == wanted.upper()
        ]
        items = [item for checklist in checklists for item in checklist.items]
        if self.options.only_unanswered:
            items = [item for item in items if self._needs_answer(item)]
        return items

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

    def _needs_answer(self, item: Item) -> bool:
        """Unanswered, or given a level but not yet a target."""
        answer = self.file.view().answer(item.id)
        return answer.current is None or answer.missing_target

    def _ask_present(self) -> tuple[str, ...]:
        orgs = self.file.view().organisations
        if not orgs:
            return ()
        keys = [org.key for org in orgs]
        chosen = self.prompter.choose_many(self._say("ask_present"), org_choices(orgs), keys)
        return tuple(key for key in keys if key in chosen)

    def _walk_item(self, index: int) -> int | None:
        item = self.items[index]
        self._show(index)
        if self.file.view().answer(item.id).missing_target:
            value = self._ask_target(item, index)
            if value != BACK:
                return self._after_item(item, index, value)
        elif self.options.perspectives:
            navigation = self._ask_ratings(item, index)
            if navigation is not None:
                return self._navigate(navigation, index)
        while True:
            question = self._say("ask_consensus" if self.options.perspectives else "ask_current")
            current = self._choose_by_key(
                index, question, self._answer_choices(item), self._default_current(item)
            )
            if current in NAVIGATION:
                return self._navigate(current, index)
            self._record_current(item, current)
            value = SKIP if current == NOT_APPLICABLE else self._ask_target(item, index)
            if value != BACK:
                return self._after_item(item, index, value)

    def _after_item(self, item: Item, index: int, value: str) -> int | None:
        """After the target question: quit, or the note and evidence and on to the next item."""
        if value == QUIT:
            return None
        self._ask_note_and_evidence(item)
        return self._next(index)

    def _show(self, index: int, details: bool = False) -> None:
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
            self._show(index, details)

    def _answer_choices(self, item: Item) -> list[Choice]:
        answered = self.file.view().answer(item.id).current is not None
        return answer_choices(item, self.catalog.scale, self._lang, answered)

    def _ask_ratings(self, item: Item, index: int) -> str | None:
        existing = self.file.view().answer(item.id).ratings
        for org in self.file.view().organisations:
            if org.key not in self.present:
                continue
            choices = rating_choices(item, self.catalog.scale, self._lang)
            default = str(existing[org.key]) if org.key in existing else None
            question = self._say("ask_rating").format(org=org.name)
            value = self._choose_by_key(index, question, choices, default)
            if value in NAVIGATION:
                return value
            if value != SKIP_ORG:
                rating: int | str = value if value == DONT_KNOW else int(value)
                self._rated(item, AnswerUpdate(ratings={org.key: rating}))
        self._show_spread(item)
        return None

    def _show_spread(self, item: Item) -> None:
        # All the ratings the file keeps (an absent organisation's earlier one too), so the
        # group sees the same spread and discussion flag as the file gets.
        ratings = self.file.view().answer(item.id).ratings
        spread = rating_spread(ratings)
        if spread is None:
            return
        names = {org.key: org.name for org in self.file.view().organisations}
        listed = ", ".join(f"{names.get(key, key)} {value}" for key, value in ratings.items())
        self.prompter.show_message(self._say("walk_spread").format(ratings=listed, spread=spread))
        if spread >= 2:
            self.prompter.show_message(self._say("discuss"), emphasis=True)

    def _record_current(self, item: Item, value: str) -> None:
        """Save the answer; an answer confirmed unchanged keeps its participants and time."""
        before = self.file.view().answer(item.id)
        if value == NOT_APPLICABLE:
            reason = self._ask_text("ask_reason", before.reason or "")
            while not reason:
                self.prompter.show_message(self._say("reason_needed"), emphasis=True)
                reason = self._ask_text("ask_reason", before.reason or "")
            if before.current != NOT_APPLICABLE or before.reason != reason:
                self._rated(item, AnswerUpdate(current=NOT_APPLICABLE, reason=reason))
            return
        current: int | str = value if value == DONT_KNOW else int(value)
        if before.current != current:
            self._rated(item, AnswerUpdate(current=current))

    def _ask_target(self, item: Item, index: int) -> str:
        """Ask the target and keep it; returns the level, NO_TARGET, BACK or QUIT."""
        answer = self.file.view().answer(item.id)
        default = answer.target or _next_level(answer.level, self.catalog.scale.values)
        choices = target_choices(item, self.catalog.scale, self._lang)
        question = self._say("ask_target")
        while True:
            target = self._choose_by_key(index, question, choices, _str(default), "legend_target")
            if not self._below_current(answer.level, target) or self._keep_below(answer, target):
                break
        if target == NO_TARGET:
            self._update(item, AnswerUpdate(clear_target=True))
        elif target not in (BACK, QUIT):
            self._update(item, AnswerUpdate(target=int(target)))
        return target

    @staticmethod
    def _below_current(level: int | None, target: str) -> bool:
        return target.isdigit() and level is not None and int(target) < level

    def _keep_below(self, answer: Answer, target: str) -> bool:
        """A target below the current level is kept only when the facilitator says so."""
        said = self._say("target_below").format(target=target, current=answer.level)
        self.prompter.show_message(said, emphasis=True)
        choices = [
            Choice(
                KEEP_BELOW,
                self._say("target_keep"),
                shortcut="k",
                key_word=self._say("target_keep"),
            ),
            Choice(
                AGAIN, self._say("target_again"), shortcut="c", key_word=self._say("target_again")
            ),
        ]
        legend = "   ".join(f"{c.shortcut} {c.key_word}" for c in choices)
        asked = self._say("target_below_ask")
        return self.prompter.choose_by_key(asked, choices, AGAIN, legend) == KEEP_BELOW

    def _ask_note_and_evidence(self, item: Item) -> None:
        answer = self.file.view().answer(item.id)
        note = self._ask_text("ask_note", answer.note or "")
        self._update(item, AnswerUpdate(note=note))
        shown = "; ".join(answer.evidence)
        evidence = self._ask_text("ask_evidence", shown)
        if evidence == shown:
            return  # kept as it was: a ';' inside one piece of evidence must not split it
        parts = tuple(part.strip() for part in evidence.split(";") if part.strip())
        self._update(item, AnswerUpdate(evidence=parts))

    def _navigate(self, value: str, index: int) -> int | None:
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

    def _default_current(self, item: Item) -> str | None:
        return _str(self.file.view().answer(item.id).current)

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


def _next_level(level: int | None, levels: Sequence[int]) -> int | None:
    """A target suggestion: one level up from the current one."""
    return None if level is None else min(level + 1, levels[-1])


def _str(value: object) -> str | None:
    return None if value is None else str(value)
