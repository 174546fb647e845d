"""The interface between the walk and whatever asks the questions (questionary, or a script)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Protocol

from yhdyspinta_cli.assessment.model import Answer
from yhdyspinta_cli.checklist.catalog import Catalog
from yhdyspinta_cli.checklist.model import Checklist, Item

BACK = "back"
SKIP = "skip"
JUMP = "jump"
QUIT = "quit"
NAVIGATION = (BACK, SKIP, JUMP, QUIT)


@dataclass(frozen=True)
class Choice:
    """One selectable answer: what is returned, what is shown, and its key."""

    value: str
    title: str
    description: str | None = None
    shortcut: str | None = None


@dataclass(frozen=True)
class Progress:
    """Where the walk is: recommendation n/N, item k/m, answered/total."""

    recommendation: int
    recommendations: int
    item: int
    items: int
    answered: int
    total: int


@dataclass(frozen=True)
class ItemScreen:
    """Everything shown for one item before its questions."""

    item: Item
    checklist: Checklist
    catalog: Catalog
    answer: Answer
    progress: Progress
    lang: str


class Prompter(Protocol):
    """Asks the facilitator; raises KeyboardInterrupt on Ctrl-C."""

    def show_item(self, screen: ItemScreen) -> None:
        """Show an item's question, guidance and level descriptors."""

    def show_message(self, text: str, emphasis: bool = False) -> None:
        """Show a line of information (the spread of ratings, say)."""

    def choose(self, question: str, choices: Sequence[Choice], default: str | None = None) -> str:
        """One of `choices`; returns its value."""

    def choose_many(
        self, question: str, choices: Sequence[Choice], selected: Sequence[str]
    ) -> list[str]:
        """Any of `choices`; returns their values."""

    def text(self, question: str, default: str = "") -> str:
        """A line of free text."""
