"""The planning walk: gaps in priority order, adding or editing actions for each.

Same conventions as the assessment walk: a Prompter asks, the file is saved after every change,
Ctrl-C raises KeyboardInterrupt out of the prompter with everything before it saved, and what
changed in the file on disk meanwhile is taken in before each gap and after each action.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import replace

from yhdyspinta_cli.analysis.scoring import ItemScore, score_assessment
from yhdyspinta_cli.assessment.actions import (
    STATUSES,
    Action,
    ActionChange,
    actions_from_data,
    add_action,
    edit_action,
)
from yhdyspinta_cli.assessment.store import AssessmentFile
from yhdyspinta_cli.checklist.catalog import Catalog
from yhdyspinta_cli.i18n import counted, message
from yhdyspinta_cli.walk.asking import ask_typed_text
from yhdyspinta_cli.walk.dates import parse_date
from yhdyspinta_cli.walk.prompter import BACK, QUIT, SKIP, Choice, Prompter
from yhdyspinta_cli.walk.screen import item_screen
from yhdyspinta_cli.walk.walk import Outcome

ADD = "add"
FIX = "fix"
KEEP = "keep"
DIGITS = "123456789"


def _needed(owner: str | None, due: str) -> tuple[tuple[str, str | None], ...]:
    """What check needs of an action, with what the walk has of it."""
    return (("plan_missing_owner", owner), ("plan_missing_due", due))


class PlanWalk:
    """Walk the gaps, highest priority first, and keep their actions."""

    def __init__(
        self,
        file: AssessmentFile,
        catalog: Catalog,
        prompter: Prompter,
        lang: str,
        save: Callable[[], None],
        clock: Callable[[], str],
        keep_in_step: Callable[[], Sequence[str]] | None = None,
    ) -> None:
        self.file, self.catalog, self.prompter = file, catalog, prompter
        self.lang, self.save, self.clock = lang, save, clock
        # Merges a change made to the file on disk meanwhile; returns the lines that say so.
        self.keep_in_step = keep_in_step or (lambda: ())
        self.gaps = prioritised_gaps(file, catalog)

    def run(self) -> Outcome:
        """From the highest-priority gap to the last, or until the facilitator quits."""
        index = 0
        while index < len(self.gaps):
            step = self._gap(index)
            if step is None:
                return Outcome.QUIT
            index = step
        self.prompter.show_message(message("done", self.lang), emphasis=True)
        return Outcome.FINISHED

    def _gap(self, index: int) -> int | None:
        score = self.gaps[index]
        items = [s.item for s in self.gaps]
        screen = item_screen(self.file, self.catalog, items, index, self.lang)
        self.prompter.show_item(replace(screen, notice=tuple(self.keep_in_step())))
        self.prompter.show_message(self._gap_line(score), emphasis=True)
        self.prompter.show_message(self._priority_line(score))
        while True:
            choice = self.prompter.choose(message("plan_ask", self.lang), self._choices(score), ADD)
            if choice == QUIT:
                return None
            if choice == BACK:
                return max(index - 1, 0)
            if choice == SKIP:
                return index + 1
            if choice == ADD:
                self._add(score)
            else:
                self._edit(choice)
            for line in self.keep_in_step():
                self.prompter.show_message(line, emphasis=True)

    def _gap_line(self, score: ItemScore) -> str:
        line = message("plan_gap", self.lang).format(
            current=score.current, target=score.target, gap=score.gap
        )
        actions = self._actions_for(score)
        if actions:
            listed = "; ".join(f"{a.id} {a.title} ({a.due or '–'})" for a in actions)
            line += f" · {message('plan_actions', self.lang)}: {listed}"
        return line

    def _priority_line(self, score: ItemScore) -> str:
        """The gap's priority and why: a gap of N levels, views that differ, a legal duty."""
        reasons = ", ".join(
            counted(f"plan_reason_{reason}", self.lang, score.gap or 0, gap=score.gap)
            for reason in score.reasons
        )
        return message("plan_priority", self.lang).format(priority=score.priority, why=reasons)

    def _choices(self, score: ItemScore) -> list[Choice]:
        choices = [Choice(ADD, message("plan_add", self.lang), shortcut="a")]
        choices += [
            Choice(a.id, f"{message('plan_edit', self.lang)} {a.id}: {a.title}", shortcut=key)
            for key, a in zip(DIGITS, self._actions_for(score), strict=False)
        ]
        choices += [
            Choice(SKIP, message("plan_next", self.lang), shortcut="s"),
            Choice(BACK, message("nav_back", self.lang), shortcut="b"),
            Choice(QUIT, message("nav_quit", self.lang), shortcut="q"),
        ]
        return choices

    def _add(self, score: ItemScore) -> None:
        change = self._ask_fields(None, score)
        add_action(self.file, change, self.catalog, self.clock())
        self.save()

    def _edit(self, action_id: str) -> None:
        action = next(a for a in self._actions() if a.id == action_id)
        change = self._ask_fields(action, None)
        edit_action(self.file, action_id, change, self.catalog, self.clock())
        self.save()

    def _ask_fields(self, action: Action | None, score: ItemScore | None) -> ActionChange:
        ask = self.prompter
        orgs = self.file.view().organisations
        title = self._ask_text("plan_ask_title", action.title if action else "", "title", True)
        items = self._ask_items(score) if score else None
        owner_choices = [
            Choice(o.key, f"{o.name} ({o.key})", shortcut=key)
            for key, o in zip(DIGITS, orgs, strict=False)
        ]
        owner = ask.choose(
            message("plan_owner", self.lang), owner_choices, action.owner if action else None
        )
        responsible = self._ask_text("plan_responsible", _or(action, "responsible"), "responsible")
        start = action.start if action else None
        due = self._ask_date(message("plan_due", self.lang), _or(action, "due"), start)
        status = action.status if action else "planned"
        if action is not None:
            status = ask.choose(
                message("plan_status", self.lang),
                [Choice(s, message(f"status_{s}", self.lang)) for s in STATUSES],
                status,
            )
        measure = self._ask_text("plan_measure", _or(action, "measure"), "measure")
        if not (owner and due) and self._fix_now(owner, due):
            owner = owner or ask.choose(message("plan_owner", self.lang), owner_choices, None)
            due = due or self._ask_date(message("plan_due", self.lang), "", start)
        return ActionChange(
            items=items,
            title=title,
            owner=owner,
            status=status,
            responsible=responsible,
            due=due,
            measure=measure,
        )

    def _ask_items(self, score: ItemScore) -> tuple[str, ...]:
        """The open gaps the new action addresses, the current one ticked; none ticked keeps it."""
        choices = [
            Choice(s.item.id, _short(f"{s.item.id} {s.item.question.get(self.lang)}"), shortcut=key)
            for key, s in zip(DIGITS, self.gaps, strict=False)
        ]
        if len(choices) < 2:
            return (score.item.id,)
        picked = self.prompter.choose_many(
            message("plan_items", self.lang), choices, [score.item.id]
        )
        return tuple(picked) or (score.item.id,)

    def _fix_now(self, owner: str | None, due: str) -> bool:
        """Warn that check will not accept an action without an owner or a due date; fix it now?"""
        missing = [message(key, self.lang) for key, value in _needed(owner, due) if not value]
        warning = message("plan_unchecked", self.lang).format(missing=", ".join(missing))
        self.prompter.show_message(warning, emphasis=True)
        choices = [
            Choice(FIX, message("plan_fix_now", self.lang), shortcut="y"),
            Choice(KEEP, message("plan_fix_later", self.lang), shortcut="n"),
        ]
        return self.prompter.choose(message("plan_fix_ask", self.lang), choices, FIX) == FIX

    def _ask_text(self, question: str, default: str, field: str, required: bool = False) -> str:
        """Typed text, asked again (saying why) until it can be kept; stripped when required."""
        asked = message(question, self.lang)
        text = ask_typed_text(self.prompter, asked, default, field, self.lang, required)
        return text.strip() if required else text

    def _ask_date(self, question: str, default: str, not_before: str | None) -> str:
        """A date typed the Finnish way or as ISO (or nothing), stored as ISO; a re-ask says why."""
        while True:
            typed = self.prompter.text(question, default).strip()
            answer = parse_date(typed) if typed else ""
            if answer is None:
                self.prompter.show_message(message("date_format", self.lang), emphasis=True)
            elif answer and not_before and answer < not_before:
                why = message("date_before_start", self.lang).format(start=not_before)
                self.prompter.show_message(why, emphasis=True)
            else:
                return answer

    def _actions(self) -> list[Action]:
        return actions_from_data(self.file.view().actions)

    def _actions_for(self, score: ItemScore) -> list[Action]:
        return [a for a in self._actions() if score.item.id in a.items]


def prioritised_gaps(file: AssessmentFile, catalog: Catalog) -> list[ItemScore]:
    """Items with a gap, highest priority first; ties keep the checklist order."""
    return score_assessment(file.view(), catalog).by_priority()


def _or(action: Action | None, name: str) -> str:
    value = getattr(action, name) if action is not None else None
    return str(value) if value else ""


def _short(text: str, width: int = 48) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"
