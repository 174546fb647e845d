"""`yhdyspinta assess`: no keyboard, unwritable files, Ctrl-C, quitting and the setup questions."""

from __future__ import annotations

import io
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from conftest import YHDYSPINTA, Run
from walk_helpers import (
    DEFAULT,
    ScriptedPrompter,
    answer_steps,
    answers_on_disk,
    item_ids,
    new_file,
    raw_on_disk,
)

from yhdyspinta_cli.atomic import check_writable
from yhdyspinta_cli.cli import workshop
from yhdyspinta_cli.i18n import message, words
from yhdyspinta_cli.walk.prompter import QUIT

S1 = item_ids("S1")
Cli = Callable[..., Run]


class Terminal(io.StringIO):
    """A stdin that says it is a terminal; the prompts come from a ScriptedPrompter instead."""

    def isatty(self) -> bool:
        return True


@pytest.fixture
def keyboard(monkeypatch: pytest.MonkeyPatch) -> Callable[[list[Any]], ScriptedPrompter]:
    """Make `assess` believe it has a terminal, and answer its questions from a script."""
    monkeypatch.setattr(sys, "stdin", Terminal())

    def script(steps: list[Any]) -> ScriptedPrompter:
        prompter = ScriptedPrompter(steps)
        monkeypatch.setattr(workshop, "QuestionaryPrompter", lambda lang: prompter)
        return prompter

    return script


def assess_without_terminal(*args: str, cwd: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(YHDYSPINTA), "assess", *args],
        cwd=cwd,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )


@pytest.mark.parametrize("exists", [True, False])
def test_assess_without_a_terminal_stops_at_once_and_names_answer(
    tmp_path: Path, exists: bool
) -> None:
    path = tmp_path / "a.yaml"
    if exists:
        new_file(path)
    before = path.read_bytes() if exists else None
    result = assess_without_terminal("a.yaml", cwd=tmp_path)
    assert result.returncode == 2
    assert "yhdyspinta answer" in result.stderr
    assert "Traceback" not in result.stderr
    assert (path.read_bytes() if path.exists() else None) == before


def test_quit_saves_and_prints_the_command_that_resumes(
    tmp_path: Path, cli: Cli, keyboard: Any
) -> None:
    new_file(tmp_path / "a.yaml")
    keyboard([DEFAULT, *answer_steps(3, 4, "muistio"), QUIT])
    result = cli("assess", "a.yaml")
    assert result.code == 0
    assert message("resume", "fi") in result.out
    assert result.out.rstrip().endswith("yhdyspinta assess a.yaml")
    assert answers_on_disk(tmp_path / "a.yaml")[S1[0]].note == "muistio"


@pytest.mark.parametrize(
    ("options", "hint"),
    [
        ((), "yhdyspinta assess a.yaml"),
        (("--perspectives",), "yhdyspinta assess a.yaml --perspectives"),
        (("--recommendation", "S2"), "yhdyspinta assess a.yaml --recommendation S2"),
    ],
)
def test_ctrl_c_exits_130_with_everything_saved_and_the_resume_hint(
    tmp_path: Path, cli: Cli, keyboard: Any, options: tuple[str, ...], hint: str
) -> None:
    new_file(tmp_path / "a.yaml")
    first = item_ids("S2")[0] if options and options[0] == "--recommendation" else S1[0]
    ratings = ["2", "2", "2"] if options == ("--perspectives",) else []
    keyboard([DEFAULT, *ratings, "3", "4", KeyboardInterrupt])
    result = cli("assess", "a.yaml", *options)
    assert result.code == 130
    assert result.out.rstrip().endswith(hint)
    answer = answers_on_disk(tmp_path / "a.yaml")[first]
    assert (answer.current, answer.target) == (3, 4)


def test_the_walk_speaks_the_files_language_unless_told_otherwise(
    tmp_path: Path, cli: Cli, keyboard: Any
) -> None:
    new_file(tmp_path / "a.yaml", lang="sv")
    swedish = keyboard([DEFAULT, QUIT])
    assert cli("assess", "a.yaml").code == 0
    assert swedish.questions == [message("ask_present", "sv"), message("ask_current", "sv")]
    english = keyboard([DEFAULT, QUIT])
    result = cli("assess", "a.yaml", "--lang", "en")
    assert result.code == 0
    assert english.questions == [message("ask_present", "en"), message("ask_current", "en")]
    assert message("resume", "en") in result.out


def test_an_unknown_recommendation_is_an_error_before_any_question(
    tmp_path: Path, cli: Cli, keyboard: Any
) -> None:
    new_file(tmp_path / "a.yaml")
    prompter = keyboard([])
    result = cli("assess", "a.yaml", "--recommendation", "S9")
    assert result.code == 2  # a bad option: usage (issue 15.19)
    assert "S9" in result.err and "S1" in result.err
    assert prompter.asked == []


def test_a_read_only_file_is_reported_before_the_first_question(
    tmp_path: Path, cli: Cli, keyboard: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    path = tmp_path / "a.yaml"
    new_file(path)
    path.chmod(0o444)
    if os.access(path, os.W_OK):  # root ignores the mode: pretend it does not
        real_access = os.access

        def access(name: str | Path, mode: int) -> bool:
            writing = mode & os.W_OK and Path(name).resolve() == path
            return False if writing else real_access(name, mode)

        monkeypatch.setattr(os, "access", access)
    prompter = keyboard([])
    result = cli("assess", "a.yaml")
    assert result.code == 1
    assert "a.yaml" in result.err and "read-only" in result.err
    assert "Traceback" not in result.err
    assert prompter.asked == []


def test_a_folder_that_cannot_be_written_is_reported_before_the_first_question(
    tmp_path: Path, cli: Cli, keyboard: Any
) -> None:
    folder = tmp_path / "lukittu"
    folder.mkdir()
    new_file(folder / "a.yaml")
    folder.chmod(0o555)
    try:
        if os.access(folder, os.W_OK):
            pytest.skip("running as root: a read-only folder is writable")
        prompter = keyboard([])
        result = cli("assess", folder / "a.yaml")
    finally:
        folder.chmod(0o755)
    assert result.code == 1
    assert str(folder) in result.err
    assert prompter.asked == []


def test_a_new_file_where_no_folder_can_be_made_is_reported_before_the_setup_questions(
    tmp_path: Path, cli: Cli, keyboard: Any
) -> None:
    (tmp_path / "tiedosto").write_text("not a folder", encoding="utf-8")
    prompter = keyboard([])
    result = cli("assess", "tiedosto/uusi.yaml")
    assert result.code == 1
    assert "tiedosto" in result.err
    assert "Traceback" not in result.err
    assert prompter.asked == []


def test_check_writable_names_a_folder_that_does_not_exist(tmp_path: Path) -> None:
    missing = tmp_path / "ei-ole"
    with pytest.raises(OSError) as raised:
        check_writable(missing / "a.yaml")
    assert raised.value.filename == str(missing)


def test_check_writable_accepts_a_writable_file_and_leaves_nothing_behind(tmp_path: Path) -> None:
    new_file(tmp_path / "a.yaml")
    before = sorted(p.name for p in tmp_path.iterdir())
    check_writable(tmp_path / "a.yaml")
    assert sorted(p.name for p in tmp_path.iterdir()) == before


def test_assess_without_an_existing_file_asks_the_setup_questions(
    tmp_path: Path, cli: Cli, keyboard: Any
) -> None:
    prompter = keyboard(
        [
            "en",
            "",  # the region is required: asked again
            "Ostrobothnia",
            "Wellbeing services county of Ostrobothnia",
            "31.12.26",  # the Finnish way, short year
            "",  # no facilitator
            "kunta",
            "Vaasan kaupunki",
            DEFAULT,  # the suggested key
            "kela",
            "Kela",
            "Vaasan kaupunki",  # not a key: asked again
            "vaasan-kaupunki",  # taken: asked again
            "kela",
            "-",  # done
            DEFAULT,  # everyone present
            QUIT,
        ]
    )
    result = cli("assess", "uusi/2026.yaml")
    assert result.code == 0, result.err
    data = raw_on_disk(tmp_path / "uusi" / "2026.yaml")
    assert (data["language"], data["region"]) == ("en", "Ostrobothnia")
    county = "Wellbeing services county of Ostrobothnia"
    assert (data["county"], data["date"]) == (county, "2026-12-31")
    assert "facilitator" not in data
    assert data["organisations"] == [
        {"key": "vaasan-kaupunki", "type": "kunta", "name": "Vaasan kaupunki"},
        {"key": "kela", "type": "kela", "name": "Kela"},
    ]
    en = words("en")
    assert [m for m, _ in prompter.messages[:1]] == [en["answer_required"]], "a re-ask says why"
    assert en["key_format"] in [m for m, _ in prompter.messages]
    assert en["key_taken"].format(key="vaasan-kaupunki") in [m for m, _ in prompter.messages]
    assert prompter.questions[:4] == [
        message("ask_language", "fi"),  # before a language is chosen: the default one
        en["ask_region"],
        en["ask_region"],
        en["ask_county"],
    ]
    assert prompter.questions.count(en["ask_org_key"]) == 4
    assert prompter.questions[-2:] == [en["ask_present"], en["ask_current"]]
    assert result.out.rstrip().endswith("yhdyspinta assess uusi/2026.yaml")


@pytest.mark.parametrize(
    ("argv0", "shown"),
    [
        (".venv/bin/yhdyspinta", ".venv/bin/yhdyspinta"),
        ("/opt/tools/my venv/bin/yhdyspinta", '"/opt/tools/my venv/bin/yhdyspinta"'),
        ("yhdyspinta", "yhdyspinta"),
        ("/usr/lib/python3/site-packages/yhdyspinta_cli/__main__.py", "yhdyspinta"),
    ],
)
def test_the_resume_line_names_the_program_the_way_it_was_started(
    argv0: str, shown: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from yhdyspinta_cli.cli.workshop import invoked_as

    monkeypatch.setenv("PATH", "/nonexistent")
    assert invoked_as(argv0) == shown


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_an_outside_change_that_cannot_be_merged_stops_in_the_rooms_language(
    tmp_path: Path, cli: Cli, keyboard: Any, lang: str
) -> None:
    path = new_file(tmp_path / "a.yaml", lang=lang).path
    prompter = keyboard([DEFAULT, "3", "4", "", "", "2", "3", "", "", QUIT])

    def half_done_git_merge(_prompter: Any, asked: Any) -> None:
        text = path.read_text(encoding="utf-8")
        if asked.question == message("ask_current", lang) and "<<<<<<<" not in text:
            # git's line merge left its markers: not an assessment that can be merged
            path.write_text(f"<<<<<<< ours\n{text}=======\n>>>>>>> theirs\n", encoding="utf-8")

    prompter.on_ask = half_done_git_merge
    result = cli("assess", "a.yaml")
    assert result.code == 1
    sidecar = next(tmp_path.glob("a.unsaved-*.yaml"))
    words = message("outside_change", lang).split("}")[1][:40]  # after {path}
    assert words in " ".join(result.err.split())
    assert str(sidecar.name) in result.err
    assert "changed by someone else" not in result.err
    assert answers_on_disk(sidecar)[S1[0]].current == 3, "what the room answered is kept"
    assert "<<<<<<<" in path.read_text(encoding="utf-8"), "their file is not overwritten"
