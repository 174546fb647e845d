"""The workshop walk: item by item, saving after every answer.

The walk never prints or reads the keyboard itself: it talks to a Prompter. Ctrl-C raises
KeyboardInterrupt out of the prompter; everything answered before it is already saved.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from enum import Enum

from yhdyspinta_cli.assessment.edit import AnswerUpdate, set_answer
from yhdyspinta_cli.assessment.model import rating_spread
from yhdyspinta_cli.assessment.store import AssessmentFile
from yhdyspinta_cli.checklist.catalog import Catalog
from yhdyspinta_cli.checklist.model import DONT_KNOW, NOT_APPLICABLE, Item
from yhdyspinta_cli.i18n import message
from yhdyspinta_cli.walk.choices import (
    SKIP_ORG,
    level_choices,
    navigation_choices,
    org_choices,
    rating_choices,
)
from yhdyspinta_cli.walk.prompter import BACK, JUMP, NAVIGATION, QUIT, SKIP, Choice, Prompter
from yhdyspinta_cli.walk.screen import item_screen


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
        self.items = self._sequence()

    def run(self) -> Outcome:
        """Walk from the first unanswered item to the end, or until the facilitator quits."""
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
            view = self.file.view()
            items = [item for item in items if view.answer(item.id).current is None]
        return items

    def _start(self) -> int:
        view = self.file.view()
        unanswered = (
            i for i, item in enumerate(self.items) if view.answer(item.id).current is None
        )
        return next(unanswered, 0)

    def _ask_present(self) -> tuple[str, ...]:
        orgs = self.file.view().organisations
        if not orgs:
            return ()
        keys = [org.key for org in orgs]
        chosen = self.prompter.choose_many(self._say("ask_present"), org_choices(orgs), keys)
        return tuple(key for key in keys if key in chosen)

    def _walk_item(self, index: int) -> int | None:
        item = self.items[index]
        self.prompter.show_item(item_screen(self.file, self.catalog, self.items, index, self._lang))
        if self.options.perspectives:
            navigation = self._ask_ratings(item)
            if navigation is not None:
                return self._navigate(navigation, index)
        question = self._say("ask_consensus" if self.options.perspectives else "ask_current")
        current = self.prompter.choose(
            question, self._answer_choices(item), self._default_current(item)
        )
        if current in NAVIGATION:
            return self._navigate(current, index)
        self._record_current(item, current)
        if current != NOT_APPLICABLE:
            self._ask_target(item)
        self._ask_note_and_evidence(item)
        return index + 1

    def _answer_choices(self, item: Item) -> list[Choice]:
        return [
            *level_choices(item, self.catalog.scale, self._lang, special=True),
            *navigation_choices(self._lang),
        ]

    def _ask_ratings(self, item: Item) -> str | None:
        existing = self.file.view().answer(item.id).ratings
        for org in self.file.view().organisations:
            if org.key not in self.present:
                continue
            choices = rating_choices(item, self.catalog.scale, self._lang)
            default = str(existing[org.key]) if org.key in existing else None
            question = self._say("ask_rating").format(org=org.name)
            value = self.prompter.choose(question, choices, default)
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
        self.prompter.show_message(self._say("spread").format(ratings=listed, spread=spread))
        if spread >= 2:
            self.prompter.show_message(self._say("discuss"), emphasis=True)

    def _record_current(self, item: Item, value: str) -> None:
        """Save the answer; an answer confirmed unchanged keeps its participants and time."""
        before = self.file.view().answer(item.id)
        if value == NOT_APPLICABLE:
            reason = ""
            while not reason:
                reason = self.prompter.text(self._say("ask_reason"), before.reason or "").strip()
            if before.current != NOT_APPLICABLE or before.reason != reason:
                self._rated(item, AnswerUpdate(current=NOT_APPLICABLE, reason=reason))
            return
        current: int | str = value if value == DONT_KNOW else int(value)
        if before.current != current:
            self._rated(item, AnswerUpdate(current=current))

    def _ask_target(self, item: Item) -> None:
        answer = self.file.view().answer(item.id)
        default = answer.target or _next_level(answer.level, self.catalog.scale.values)
        choices = level_choices(item, self.catalog.scale, self._lang, special=False)
        target = self.prompter.choose(self._say("ask_target"), choices, _str(default))
        self._update(item, AnswerUpdate(target=int(target)))

    def _ask_note_and_evidence(self, item: Item) -> None:
        answer = self.file.view().answer(item.id)
        note = self.prompter.text(self._say("ask_note"), answer.note or "")
        self._update(item, AnswerUpdate(note=note))
        shown = "; ".join(answer.evidence)
        evidence = self.prompter.text(self._say("ask_evidence"), shown)
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
            return index + 1
        return self._jump(index) if value == JUMP else index

    def _jump(self, index: int) -> int:
        ids = list(dict.fromkeys(item.checklist_id for item in self.items))
        choices = [
            Choice(c.id, f"{c.id}  {c.title.get(self._lang)}")
            for c in self.catalog.checklists
            if c.id in ids
        ]
        wanted = self.prompter.choose(
            self._say("ask_jump"), choices, self.items[index].checklist_id
        )
        return next(i for i, item in enumerate(self.items) if item.checklist_id == wanted)

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
