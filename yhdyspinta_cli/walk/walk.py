"""The workshop walk: item by item, saving after every answer.

The walk never prints or reads the keyboard itself: it talks to a Prompter. Ctrl-C raises
KeyboardInterrupt out of the prompter; everything answered before it is already saved. Before
each item it takes in what changed in the file on disk meanwhile (`keep_in_step`).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from enum import Enum

from yhdyspinta_cli.assessment.edit import AnswerUpdate
from yhdyspinta_cli.assessment.model import rating_spread
from yhdyspinta_cli.assessment.store import AssessmentFile
from yhdyspinta_cli.checklist.catalog import Catalog
from yhdyspinta_cli.checklist.model import DONT_KNOW, NOT_APPLICABLE, Item
from yhdyspinta_cli.walk.choices import SKIP_ORG, answer_choices, org_choices, rating_choices
from yhdyspinta_cli.walk.navigation import Navigation
from yhdyspinta_cli.walk.prompter import BACK, NAVIGATION, QUIT, SKIP, Choice, Prompter
from yhdyspinta_cli.walk.target_question import TargetQuestion
from yhdyspinta_cli.walk.walk_state import WalkOptions, as_text


class Outcome(str, Enum):
    """How a walk ended."""

    FINISHED = "finished"
    QUIT = "quit"


class Walk(TargetQuestion, Navigation):
    """One walk through the checklists of one assessment."""

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
        super().__init__(file, catalog, prompter, options, save, clock, keep_in_step)
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

    def _default_current(self, item: Item) -> str | None:
        return as_text(self.file.view().answer(item.id).current)
