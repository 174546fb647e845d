"""Every word on a Finnish or Swedish walk screen is Finnish or Swedish: the real prompter,
real key presses, everything it draws captured, then scanned for English words."""

from __future__ import annotations

import io
import re
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
import yaml
from prompt_toolkit.application import create_app_session
from prompt_toolkit.data_structures import Size
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output.vt100 import Vt100_Output
from rich.console import Console
from walk_helpers import ENTER, catalog, make_walk, new_file

from yhdyspinta_cli import i18n, resources
from yhdyspinta_cli.assessment.store import open_assessment
from yhdyspinta_cli.cli.questionary_prompter import QuestionaryPrompter
from yhdyspinta_cli.i18n import message
from yhdyspinta_cli.walk.prompter import Choice
from yhdyspinta_cli.walk.setup import ask_new_assessment

# Words questionary and prompt_toolkit print on their own, besides the tool's English messages.
LIBRARY_WORDS = {"done", "selections", "selection", "use", "arrow", "keys", "shortcuts", "answer"}
ESCAPES = re.compile(r"\x1b\[[0-9;?]*[A-Za-z]|\x1b[()][A-Z0-9]|\x1b[=>]")


def english_words() -> set[str]:
    """Words of the English messages that no Finnish or Swedish message or checklist text uses.

    Words are runs of letters (ä and ö too), so a Swedish compound is one word; the checklists
    count too, as the message catalogs now hold English words (`organisations`) that Swedish
    checklist texts also use ("en enda organisations dokument").
    """

    def words(texts: list[str]) -> set[str]:
        return {w.lower() for text in texts for w in re.findall(r"(?:[^\W\d_]|'){3,}", text)}

    english = words(list(i18n.words("en").values()))
    nordic = words([text for lang in ("fi", "sv") for text in i18n.words(lang).values()])
    nordic |= words([t[lang] for t in _checklist_texts() for lang in ("fi", "sv") if lang in t])
    nordic |= words([i18n.catalog(code).name for code in i18n.languages()])  # "en  English"
    return (english - nordic) | LIBRARY_WORDS


def _checklist_texts() -> Iterator[Any]:
    """Every text of the bundled checklists, scale and vocabulary, as `{fi, sv, en}` mappings."""

    def walk(value: Any) -> Iterator[Any]:
        if isinstance(value, dict):
            yield value
            for child in value.values():
                yield from walk(child)
        elif isinstance(value, list):
            for child in value:
                yield from walk(child)

    for path in resources.bundled_checklist_paths():
        yield from walk(yaml.safe_load(path.read_text(encoding="utf-8")))


class Screen(QuestionaryPrompter):
    """The real prompter; each prompt reads its own keys; everything drawn goes to one buffer."""

    def __init__(self, lang: str, keys: list[str]) -> None:
        self.buffer = io.StringIO()
        super().__init__(lang, Console(file=self.buffer, width=100, height=30))
        self.keys = keys

    @contextmanager
    def _keys(self) -> Iterator[None]:
        output = Vt100_Output(self.buffer, lambda: Size(rows=30, columns=100), term="xterm")
        with create_pipe_input() as pipe:
            pipe.send_text(self.keys.pop(0))
            with create_app_session(input=pipe, output=output):
                yield

    def choose(self, question: str, choices: Sequence[Choice], default: str | None = None) -> str:
        with self._keys():
            return super().choose(question, choices, default)

    def choose_by_key(
        self, question: str, choices: Sequence[Choice], default: str | None, legend: str
    ) -> str:
        with self._keys():
            return super().choose_by_key(question, choices, default, legend)

    def choose_many(
        self, question: str, choices: Sequence[Choice], selected: Sequence[str]
    ) -> list[str]:
        with self._keys():
            return super().choose_many(question, choices, selected)

    def text(self, question: str, default: str = "", suggestions: Sequence[str] = ()) -> str:
        with self._keys():
            return super().text(question, default, suggestions)

    @property
    def shown(self) -> str:
        """What the screen showed, without the terminal's control sequences."""
        return ESCAPES.sub(" ", self.buffer.getvalue())


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_no_english_word_reaches_a_finnish_or_swedish_walk(tmp_path: Path, lang: str) -> None:
    keys = [
        " 2 " + ENTER,  # who is present: two toggled off, then on again
        "i",
        "i",  # more information, and back
        "n",
        ENTER,
        f"Ei koske{ENTER}",
        ENTER,
        ENTER,  # n/a: the empty reason is asked again
        "3",
        "n",
        ENTER,
        ENTER,  # level 3, no target yet
        "g",
        f"S9{ENTER}",
        f"S3.1{ENTER}",  # an unknown id is asked again, with the reason
        "s",
        "q",
    ]
    path = tmp_path / "a.yaml"
    new_file(path, lang=lang)
    screen = Screen(lang, keys)
    make_walk(open_assessment(path, catalog()), screen).run()
    assert not screen.keys
    found = set(re.findall(r"(?:[^\W\d_]|'){3,}", screen.shown.lower())) & english_words()
    assert not found, found
    assert message("reason_needed", lang) in screen.shown
    assert message("jump_unknown", lang).format(typed="S9") in screen.shown


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_no_english_word_reaches_the_setup_questions(lang: str) -> None:
    keys = [
        "1" if lang == "fi" else "3",  # the menu: fi, en, sv (the default first, then by code)
        ENTER,
        f"Pirkanmaa{ENTER}",  # the region is required: asked again, saying why
        f"Pirkanmaan hyvinvointialue{ENTER}",
        f"{chr(0x7F) * 12}1.1.2026x{ENTER}",
        f"{chr(0x7F) * 12}2.3.26{ENTER}",
        ENTER,
        "2",
        f"Pirkanmaan hyvinvointialue{ENTER}",
        f"Pirkanmaan Hyvinvointialue{ENTER}",
        ENTER,
        ENTER,
    ]
    screen = Screen("fi", keys)  # as a new file starts: in the default language
    new = ask_new_assessment(screen, catalog().vocabulary, "fi")
    assert not screen.keys
    assert (new.date, new.language) == ("2026-03-02", lang)
    found = set(re.findall(r"(?:[^\W\d_]|'){3,}", screen.shown.lower())) & english_words()
    assert not found, found
    if lang == "sv":
        after = screen.shown.split("svenska", 2)[2]  # the list, then the answer; then Swedish
        assert message("hint_select", "fi") not in after, "no Finnish once sv is chosen"
        assert message("hint_select", "sv") in after
