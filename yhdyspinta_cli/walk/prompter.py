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
INFO = "info"
NAVIGATION = (BACK, SKIP, JUMP, QUIT)


@dataclass(frozen=True)
class Choice:
    """One selectable answer: what is returned, what is shown, its key and its legend word."""

    value: str
    title: str
    description: str | None = None
    shortcut: str | None = None
    key_word: str | None = None  # after the key in a one-line legend: "d en osaa sanoa"


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
    file_name: str = ""
    details: bool = False
    notice: tuple[str, ...] = ()  # what came into the file from elsewhere since the last item


class Prompter(Protocol):
    """Asks the facilitator; raises KeyboardInterrupt on Ctrl-C."""

    lang: str  # the language of the prompter's own hints; setup changes it with the file's

    def show_item(self, screen: ItemScreen) -> None:
        """Show an item's question, guidance and level descriptors."""

    def show_message(self, text: str, emphasis: bool = False) -> None:
        """Show a line of information (the spread of ratings, say)."""

    def choose(self, question: str, choices: Sequence[Choice], default: str | None = None) -> str:
        """One of `choices`, listed one a line; returns its value."""

    def choose_by_key(
        self, question: str, choices: Sequence[Choice], default: str | None, legend: str
    ) -> str:
        """One of `choices` on one line, each taken by its key; `legend` lists the keys."""

    def choose_many(
        self, question: str, choices: Sequence[Choice], selected: Sequence[str]
    ) -> list[str]:
        """Any of `choices`; returns their values."""

    def text(self, question: str, default: str = "", suggestions: Sequence[str] = ()) -> str:
        """A line of free text; `suggestions` are offered as the facilitator types."""
