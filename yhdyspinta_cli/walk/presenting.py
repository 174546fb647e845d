"""What the room sees on the presenter view: the walk's state, kept as it goes.

A Prompter that passes every call on to the facilitator's prompter, and before each one reads
the item's answer from the file, so the view shows ratings as they are given and the agreed
level and target once they are set. It never prints or serves anything itself: `publish`
receives the state as a plain mapping.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from typing import Any

from yhdyspinta_cli.assessment.model import DISCUSS_SPREAD
from yhdyspinta_cli.assessment.store import AssessmentFile
from yhdyspinta_cli.i18n import message
from yhdyspinta_cli.walk.prompter import Choice, ItemScreen, Prompter

State = Mapping[str, Any]


class PresentingPrompter:
    """Asks through `inner`; publishes the room's view of the walk before every question."""

    def __init__(
        self, inner: Prompter, file: AssessmentFile, publish: Callable[[State], None]
    ) -> None:
        self.inner, self.file, self.publish = inner, file, publish
        self.screen: ItemScreen | None = None
        self.note = ""

    @property
    def lang(self) -> str:
        """The language of the facilitator's prompter."""
        return self.inner.lang

    @lang.setter
    def lang(self, value: str) -> None:
        self.inner.lang = value

    def show_item(self, screen: ItemScreen) -> None:
        """A new item (or the same one in full): the room sees it at once."""
        if self.screen is None or self.screen.item.id != screen.item.id:
            self.note = ""
        self.screen = screen
        self._publish()
        self.inner.show_item(screen)

    def show_message(self, text: str, emphasis: bool = False) -> None:
        """The spread and the discussion flag reach the room too."""
        self.note = f"{self.note} · {text}" if self.note else text
        self._publish()
        self.inner.show_message(text, emphasis)

    def choose(self, question: str, choices: Sequence[Choice], default: str | None = None) -> str:
        """Asked through the facilitator's prompter."""
        self._publish()
        return self.inner.choose(question, choices, default)

    def choose_by_key(
        self, question: str, choices: Sequence[Choice], default: str | None, legend: str
    ) -> str:
        """Asked through the facilitator's prompter."""
        self._publish()
        return self.inner.choose_by_key(question, choices, default, legend)

    def choose_many(
        self, question: str, choices: Sequence[Choice], selected: Sequence[str]
    ) -> list[str]:
        """Asked through the facilitator's prompter."""
        self._publish()
        return self.inner.choose_many(question, choices, selected)

    def text(self, question: str, default: str = "", suggestions: Sequence[str] = ()) -> str:
        """Asked through the facilitator's prompter."""
        self._publish()
        return self.inner.text(question, default, suggestions)

    def _publish(self) -> None:
        if self.screen is not None:
            self.publish(room_state(self.screen, self.file, self.note))


def room_state(screen: ItemScreen, file: AssessmentFile, note: str = "") -> dict[str, Any]:
    """The item, its levels, the ratings given so far and the answer, as the file has them now."""
    lang, p = screen.lang, screen.progress
    answer = file.view().answer(screen.item.id)
    names = {org.key: org.name for org in file.view().organisations}
    numbers = [v for v in answer.ratings.values() if isinstance(v, int)]
    spread = max(numbers) - min(numbers) if len(numbers) >= 2 else None
    return {
        "lang": lang,
        "progress": message("progress", lang).format(
            rec=p.recommendation,
            recs=p.recommendations,
            item=p.item,
            items=p.items,
            done=p.answered,
            total=p.total,
        ),
        "recommendation": f"{screen.checklist.id} · {screen.checklist.title.get(lang)}",
        "item": screen.item.id,
        "question": screen.item.question.get(lang),
        "levels": [
            {
                "value": level.value,
                "label": level.label.get(lang),
                "descriptor": _descriptor(screen, level.value),
                "rated_by": [
                    names.get(k, k) for k, v in answer.ratings.items() if v == level.value
                ],
            }
            for level in screen.catalog.scale.levels
        ],
        "spread": spread,
        "discuss": spread is not None and spread >= DISCUSS_SPREAD,
        "current": answer.current,
        "target": answer.target,
        "answer": _answer_line(screen, answer.current, answer.target),
        "note": note,
    }


def _answer_line(screen: ItemScreen, current: object, target: int | None) -> str:
    lang, scale = screen.lang, screen.catalog.scale
    if current is None:
        return ""
    if isinstance(current, int):
        shown = f"{current} {scale.level(current).label.get(lang)}"
    else:
        shown = scale.special_answer(str(current)).label.get(lang)
    line = f"{message('ask_current', lang)}: {shown}"
    return f"{line} → {message('ask_target', lang)}: {target}" if target is not None else line


def _descriptor(screen: ItemScreen, value: int) -> str:
    text = screen.item.levels.get(value)
    return text.get(screen.lang) if text else ""
