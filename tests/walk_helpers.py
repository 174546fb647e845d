"""Helpers for the walk tests: a scripted Prompter, assessment files to walk, and real keys."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from prompt_toolkit.application import create_app_session
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output import DummyOutput
from rich.console import Console

from yhdyspinta_cli.assessment.create import NewAssessment, create_assessment
from yhdyspinta_cli.assessment.edit import AnswerUpdate, set_answer
from yhdyspinta_cli.assessment.model import Answer, Organisation
from yhdyspinta_cli.assessment.store import AssessmentFile, open_assessment, read_assessment
from yhdyspinta_cli.checklist.catalog import Catalog, load_catalog
from yhdyspinta_cli.cli.questionary_prompter import QuestionaryPrompter
from yhdyspinta_cli.walk.prompter import Choice, ItemScreen
from yhdyspinta_cli.walk.walk import Walk
from yhdyspinta_cli.walk.walk_state import WalkOptions

STAMP = "2026-03-02T10:00:00+02:00"
ORGS = (
    Organisation("tre", "kunta", "Tampere"),
    Organisation("pirha", "hyvinvointialue", "Pirkanmaan hyvinvointialue"),
    Organisation("kela", "kela", "Kela"),
)

# Keys for real key presses through a pipe input.
ENTER = "\r"
DOWN = "\x1b[B"
UP = "\x1b[A"
CTRL_C = "\x03"


class Default:
    """Script step: accept the prompt's default (for choose_many: keep what is selected)."""


DEFAULT = Default()


@cache
def catalog() -> Catalog:
    """The bundled catalog, loaded once (it is frozen, so tests can share it)."""
    return load_catalog()


def item_ids(checklist_id: str | None = None) -> list[str]:
    """Every item id in catalog order, or one checklist's."""
    return [
        item.id
        for item in catalog().iter_items()
        if checklist_id is None or item.checklist_id == checklist_id
    ]


@dataclass
class Asked:
    """One question the walk asked, and the answer the script gave."""

    kind: str
    question: str
    choices: tuple[Choice, ...] = ()
    default: str | None = None
    answer: Any = None
    suggestions: tuple[str, ...] = ()

    @property
    def values(self) -> list[str]:
        """The values of the choices offered."""
        return [choice.value for choice in self.choices]

    def choice(self, value: str) -> Choice:
        """The offered choice with this value."""
        return next(choice for choice in self.choices if choice.value == value)


@dataclass
class ScriptedPrompter:
    """A Prompter that answers from a script and records everything shown and asked.

    A step is the answer (a choice value, a text, a list for choose_many), DEFAULT, or an
    exception (class or instance) to raise. `on_ask` runs before each answer, e.g. to look at
    the file on disk at that moment.
    """

    script: list[Any]
    on_ask: Callable[[ScriptedPrompter, Asked], None] | None = None
    lang: str = "fi"
    asked: list[Asked] = field(default_factory=list)
    screens: list[ItemScreen] = field(default_factory=list)
    messages: list[tuple[str, bool]] = field(default_factory=list)
    legends: list[str] = field(default_factory=list)

    def show_item(self, screen: ItemScreen) -> None:
        self.screens.append(screen)

    def show_message(self, text: str, emphasis: bool = False) -> None:
        self.messages.append((text, emphasis))

    def choose(self, question: str, choices: Sequence[Choice], default: str | None = None) -> str:
        asked = Asked("choose", question, tuple(choices), default)
        answer = self._next(asked)
        if isinstance(answer, Default):
            assert default is not None, f"{question!r} has no default"
            answer = default
        assert answer in asked.values, f"{answer!r} is not offered in {question!r}: {asked.values}"
        asked.answer = answer
        return str(answer)

    def choose_by_key(
        self, question: str, choices: Sequence[Choice], default: str | None, legend: str
    ) -> str:
        self.legends.append(legend)
        return self.choose(question, choices, default)

    def choose_many(
        self, question: str, choices: Sequence[Choice], selected: Sequence[str]
    ) -> list[str]:
        asked = Asked("choose_many", question, tuple(choices), ",".join(selected))
        answer = self._next(asked)
        answer = list(selected) if isinstance(answer, Default) else list(answer)
        asked.answer = answer
        return answer

    def text(self, question: str, default: str = "", suggestions: Sequence[str] = ()) -> str:
        asked = Asked("text", question, default=default, suggestions=tuple(suggestions))
        answer = self._next(asked)
        asked.answer = default if isinstance(answer, Default) else str(answer)
        return str(asked.answer)

    def _next(self, asked: Asked) -> Any:
        self.asked.append(asked)
        if self.on_ask is not None:
            self.on_ask(self, asked)
        if not self.script:
            asked_so_far = [a.question for a in self.asked]
            raise AssertionError(f"the script ran out at {asked.question!r}; asked: {asked_so_far}")
        answer = self.script.pop(0)
        if isinstance(answer, BaseException) or (
            isinstance(answer, type) and issubclass(answer, BaseException)
        ):
            raise answer
        return answer

    @property
    def questions(self) -> list[str]:
        """Every question asked, in order."""
        return [asked.question for asked in self.asked]

    @property
    def shown(self) -> list[str]:
        """The ids of the items shown, in order."""
        return [screen.item.id for screen in self.screens]

    def asked_for(self, question: str) -> list[Asked]:
        """Every time `question` was asked."""
        return [asked for asked in self.asked if asked.question == question]


def answer_steps(
    level: int | str, target: int | Default = DEFAULT, note: str = "", evidence: str = ""
) -> list[Any]:
    """The script for one item without perspectives: level, target, note, evidence."""
    return [str(level), target if isinstance(target, Default) else str(target), note, evidence]


def new_file(
    path: Path, lang: str = "fi", organisations: tuple[Organisation, ...] = ORGS
) -> AssessmentFile:
    """A new, empty assessment written with the real code."""
    new = NewAssessment("Pirkanmaa", "2026-03-02", lang, organisations)
    return create_assessment(path, new, catalog())


def prefill(path: Path, levels: Mapping[str, int | str]) -> None:
    """Answer some items on disk, as an earlier session would have."""
    file = open_assessment(path, catalog())
    for item_id, level in levels.items():
        set_answer(file, item_id, AnswerUpdate(current=level, target=5), catalog(), STAMP)
    file.save()


def answers_on_disk(path: Path) -> Mapping[str, Answer]:
    """The answers in the file on disk, read with the real (validating) loader."""
    assessment, _ = read_assessment(path, catalog())
    return assessment.answers


def raw_on_disk(path: Path) -> Any:
    """The file on disk as plain YAML data (for keys the model leaves out, like discuss)."""
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def make_walk(
    file: AssessmentFile,
    prompter: Any,
    save: Callable[[], None] | None = None,
    **options: Any,
) -> Walk:
    """A Walk over `file` in its own language, saving synchronously unless told otherwise."""
    lang = options.pop("lang", file.view().language)
    walk_options = WalkOptions(lang=lang, **options)
    return Walk(file, catalog(), prompter, walk_options, save or file.save, lambda: STAMP)


@contextmanager
def keyboard(keys: str) -> Iterator[None]:
    """Prompts created and run inside read `keys`; after the last key the input ends (EOFError)."""
    with create_pipe_input() as pipe:
        pipe.send_text(keys)
        pipe.close()
        with create_app_session(input=pipe, output=DummyOutput()):
            yield


class KeyedPrompter(QuestionaryPrompter):
    """The real QuestionaryPrompter, each prompt fed its own key presses from a list."""

    def __init__(self, lang: str, keys: Sequence[str]) -> None:
        super().__init__(lang, Console(file=io.StringIO(), width=100))
        self.keys = list(keys)
        self.questions: list[str] = []

    def choose(self, question: str, choices: Sequence[Choice], default: str | None = None) -> str:
        with self._keys(question):
            return super().choose(question, choices, default)

    def choose_by_key(
        self, question: str, choices: Sequence[Choice], default: str | None, legend: str
    ) -> str:
        with self._keys(question):
            return super().choose_by_key(question, choices, default, legend)

    def choose_many(
        self, question: str, choices: Sequence[Choice], selected: Sequence[str]
    ) -> list[str]:
        with self._keys(question):
            return super().choose_many(question, choices, selected)

    def text(self, question: str, default: str = "", suggestions: Sequence[str] = ()) -> str:
        with self._keys(question):
            return super().text(question, default, suggestions)

    @contextmanager
    def _keys(self, question: str) -> Iterator[None]:
        self.questions.append(question)
        assert self.keys, f"no keys left for {question!r}; asked: {self.questions}"
        with keyboard(self.keys.pop(0)):
            yield

    @property
    def screen(self) -> str:
        """Everything the console printed."""
        output = self.console.file
        assert isinstance(output, io.StringIO)
        return output.getvalue()
