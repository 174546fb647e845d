"""A change made to the file on disk during a walk is merged, said in one line, and the walk goes
on; a field both sides changed asks (keep ours, theirs, or both), and Ctrl-C there loses nothing.

The walks run with the real background saver and real key presses through prompt_toolkit's pipe
input; the other side is a real `yhdyspinta answer` process, or the test editing the file the way
another editor (a git pull) would.
"""

from __future__ import annotations

import re
import subprocess
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import pytest
from conftest import YHDYSPINTA, Run
from report_helpers import write_sample
from test_walk_words import Screen, english_words
from walk_helpers import (
    DEFAULT,
    ENTER,
    STAMP,
    KeyedPrompter,
    ScriptedPrompter,
    answer_steps,
    answers_on_disk,
    catalog,
    item_ids,
    new_file,
    raw_on_disk,
)

from yhdyspinta_cli.assessment.edit import AnswerUpdate, set_answer
from yhdyspinta_cli.assessment.store import AssessmentFile, editing, open_assessment
from yhdyspinta_cli.cli import workshop
from yhdyspinta_cli.i18n import message
from yhdyspinta_cli.walk.outside_change import OutsideChanges
from yhdyspinta_cli.walk.plan_walk import ADD, PlanWalk
from yhdyspinta_cli.walk.prompter import QUIT, Choice
from yhdyspinta_cli.walk.saver import BackgroundSaver
from yhdyspinta_cli.walk.walk import Outcome, Walk
from yhdyspinta_cli.walk.walk_state import WalkOptions

FIRST, SECOND, THIRD = item_ids("S1")[:3]
ELSEWHERE = item_ids("S4")[0]
TOP_COMMENT = "# Pirkanmaan kevään työpaja: käsin kirjoitettu kommentti"
THEIR_COMMENT = "# Toimenpiteet sovitaan kesäkuussa"
Cli = Callable[..., Run]
# The room's keys for the first two items: who is present, then level, target, note, evidence.
ROOM_KEYS = [ENTER, "3", "4", f"meidän muistio{ENTER}", ENTER, "2", ENTER, f"toinen{ENTER}", ENTER]


def commented_file(path: Path, lang: str = "fi") -> Path:
    """A new assessment with a hand-written comment on top and one beside the region."""
    new_file(path, lang=lang)
    text = path.read_text(encoding="utf-8").replace(
        "region: Pirkanmaa", "region: Pirkanmaa  # alue"
    )
    path.write_text(f"{TOP_COMMENT}\n{text}", encoding="utf-8")
    return path


class RoomKeys(KeyedPrompter):
    """The real prompter fed key presses; `before` runs before each prompt reads its keys."""

    def __init__(self, keys: list[str], before: Callable[[list[str]], None]) -> None:
        super().__init__("fi", keys)
        self.before = before

    @contextmanager
    def _keys(self, question: str) -> Iterator[None]:
        self.before([*self.questions, question])
        with super()._keys(question):
            yield


def at_second_level_question(
    change: Callable[[], None], lang: str = "fi"
) -> Callable[[list[str]], None]:
    """Run `change` once, when the walk asks the level of the second item."""
    done: list[bool] = []
    level = message("ask_current", lang)

    def before(questions: list[str]) -> None:
        if not done and questions[-1] == level and questions.count(level) == 2:
            done.append(True)
            change()

    return before


def walk_in_room(path: Path, keys: list[str], change: Callable[[], None]) -> tuple[RoomKeys, Any]:
    """Walk `path` with the real saver, merging what comes in; the prompter and its outcome."""
    file = open_assessment(path, catalog())
    saver = BackgroundSaver(file)
    prompter = RoomKeys(keys, at_second_level_question(lambda: (saver.flush(), change())))
    outside = OutsideChanges(saver, catalog(), prompter, "fi")
    options = WalkOptions("fi")
    walk = Walk(
        file, catalog(), prompter, options, outside.save, lambda: STAMP, outside.keep_in_step
    )
    outcome = walk.run()
    outside.finish()
    return prompter, outcome


def answer_from_another_terminal(path: Path, *args: str) -> None:
    done = subprocess.run(
        [str(YHDYSPINTA), "answer", str(path), *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr


def another_editor(path: Path, edits: dict[str, AnswerUpdate]) -> None:
    """Change answers in the file the way another program does, saved at once (the lock is per
    process, so the callers let the walk's writer finish first)."""
    with editing(path, catalog()) as other:
        for item_id, update in edits.items():
            set_answer(other, item_id, update, catalog(), STAMP)
        other.save()


def screen_words(prompter: KeyedPrompter) -> str:
    return " ".join(prompter.screen.split())


def test_a_change_to_another_item_is_merged_said_in_one_line_and_the_walk_goes_on(
    tmp_path: Path,
) -> None:
    path = commented_file(tmp_path / "a.yaml")

    def change() -> None:
        answer_from_another_terminal(path, ELSEWHERE, "--note", "Kelan muistio")
        text = path.read_text(encoding="utf-8")  # and a comment of theirs, as a pull brings it
        path.write_text(text.replace("actions:", f"{THEIR_COMMENT}\nactions:"), encoding="utf-8")

    prompter, _ = walk_in_room(path, [*ROOM_KEYS, "q"], change)

    said = message("outside_merged", "fi").format(changes=f"{ELSEWHERE} (muistiinpano)")
    assert said in screen_words(prompter)
    assert prompter.questions[-1] == message("ask_current", "fi"), "asked on, nothing more"
    answers = answers_on_disk(path)
    assert (answers[FIRST].current, answers[FIRST].target, answers[FIRST].note) == (
        3,
        4,
        "meidän muistio",
    )
    assert (answers[SECOND].current, answers[SECOND].target, answers[SECOND].note) == (
        2,
        3,
        "toinen",
    )
    assert answers[ELSEWHERE].note == "Kelan muistio"
    text = path.read_text(encoding="utf-8")
    assert text.startswith(f"{TOP_COMMENT}\n") and "region: Pirkanmaa  # alue\n" in text
    assert THEIR_COMMENT in text, "their comment came in too"
    assert not list(tmp_path.glob("a.unsaved-*")), "nothing kept aside: it all merged"


CONFLICT = {SECOND: AnswerUpdate(current=4), ELSEWHERE: AnswerUpdate(note="Kelan muistio")}


@pytest.mark.parametrize(
    ("key", "level", "conflicts"),
    [
        ("o", 2, None),
        ("t", 4, None),
        ("l", 2, [{"path": f"answers.{SECOND}.current", "base": None, "ours": 2, "theirs": 4}]),
        (ENTER, 2, [{"path": f"answers.{SECOND}.current", "base": None, "ours": 2, "theirs": 4}]),
    ],
    ids=["ours", "theirs", "both", "enter-is-both"],
)
def test_a_field_changed_on_both_sides_asks_and_keeps_what_was_chosen(
    tmp_path: Path, cli: Cli, key: str, level: int, conflicts: Any
) -> None:
    path = commented_file(tmp_path / "a.yaml")
    prompter, _ = walk_in_room(path, [*ROOM_KEYS, key, "q"], lambda: another_editor(path, CONFLICT))

    shown = screen_words(prompter)
    assert f"{SECOND} (taso): täällä 2, muualla 4" in shown
    assert prompter.questions[-2] == message("outside_conflict_ask", "fi")
    answers = answers_on_disk(path)
    assert (answers[SECOND].current, answers[SECOND].target) == (level, 3)
    assert (answers[FIRST].current, answers[FIRST].target) == (3, 4), "the first item's answers"
    assert answers[ELSEWHERE].note == "Kelan muistio", "what did not conflict came in"
    assert raw_on_disk(path).get("conflicts") == conflicts
    assert path.read_text(encoding="utf-8").startswith(f"{TOP_COMMENT}\n")
    came_in = f"{ELSEWHERE} (muistiinpano), {SECOND} (taso)" if key == "t" else ELSEWHERE
    assert message("outside_merged", "fi").format(changes=came_in) in shown
    if conflicts:  # both kept: the line says how to finish, and that works
        assert "    base: null\n    ours: 2\n    theirs: 4\n" in path.read_text(encoding="utf-8")
        assert f"yhdyspinta resolve {path} {SECOND} --ours tai --theirs" in shown
        assert cli("resolve", path, SECOND, "--theirs").code == 0
        assert answers_on_disk(path)[SECOND].current == 4
        assert "conflicts" not in raw_on_disk(path)


@pytest.fixture
def room(monkeypatch: pytest.MonkeyPatch) -> Callable[[list[Any]], ScriptedPrompter]:
    """`assess` in a terminal, its questions answered from a script."""

    class Terminal:
        def isatty(self) -> bool:
            return True

    monkeypatch.setattr(sys, "stdin", Terminal())

    def script(steps: list[Any]) -> ScriptedPrompter:
        prompter = ScriptedPrompter(steps)
        monkeypatch.setattr(workshop, "QuestionaryPrompter", lambda lang: prompter)
        return prompter

    return script


def change_at_second_level(path: Path, *answers: list[str]) -> Any:
    """For a ScriptedPrompter: `yhdyspinta answer` runs in another process at the second level
    question (a process of its own, so the file's lock keeps the two writers apart)."""

    def change() -> None:
        for args in answers:
            answer_from_another_terminal(path, *args)

    run_once = at_second_level_question(change)
    return lambda prompter, asked: run_once(prompter.questions)


def test_ctrl_c_at_the_conflict_question_keeps_theirs_in_the_file_and_ours_beside_it(
    tmp_path: Path, cli: Cli, room: Any
) -> None:
    path = commented_file(tmp_path / "a.yaml")
    steps = [DEFAULT, *answer_steps(3, 4, "meidän"), *answer_steps(2, DEFAULT, "toinen")]
    prompter = room([*steps, KeyboardInterrupt])
    prompter.on_ask = change_at_second_level(
        path, [SECOND, "--level", "4"], [ELSEWHERE, "--note", "Kelan muistio"]
    )

    result = cli("assess", "a.yaml")

    assert result.code == 130
    assert prompter.questions[-1] == message("outside_conflict_ask", "fi")
    sidecar = next(tmp_path.glob("a.unsaved-*.yaml"))
    said = message("outside_change", "fi").format(path="a.yaml", sidecar=sidecar.name)
    assert (f"\n{said}", True) in prompter.messages
    theirs, ours = answers_on_disk(path), answers_on_disk(sidecar)
    assert theirs[SECOND].current == 4 and theirs[ELSEWHERE].note == "Kelan muistio"
    assert (theirs[FIRST].current, theirs[FIRST].target) == (3, 4), "saved before the change"
    assert (ours[FIRST].current, ours[FIRST].target, ours[FIRST].note) == (3, 4, "meidän")
    assert (ours[SECOND].current, ours[SECOND].target, ours[SECOND].note) == (2, 3, "toinen")
    assert ours[ELSEWHERE].note == "Kelan muistio", "the copy has their other change too"
    assert sidecar.read_text(encoding="utf-8").startswith(f"{TOP_COMMENT}\n")
    # not "Saved": the room's last answers are in the copy, to be combined before going on
    assert message("resume_after_combining", "fi") in result.output
    assert message("resume", "fi") not in result.output


def test_ctrl_c_elsewhere_writes_a_change_that_merges_without_asking(
    tmp_path: Path, cli: Cli, room: Any
) -> None:
    path = commented_file(tmp_path / "a.yaml")
    steps = [DEFAULT, *answer_steps(3, 4, "meidän"), "2", KeyboardInterrupt]
    prompter = room(steps)
    prompter.on_ask = change_at_second_level(path, [ELSEWHERE, "--note", "Kela"])

    result = cli("assess", "a.yaml")

    assert result.code == 130
    assert prompter.questions[-1] == message("ask_target", "fi")
    answers = answers_on_disk(path)
    assert (answers[SECOND].current, answers[SECOND].missing_target) == (2, True)
    assert answers[ELSEWHERE].note == "Kela" and answers[FIRST].note == "meidän"
    assert not list(tmp_path.glob("a.unsaved-*"))
    assert message("resume", "fi") in result.output
    assert message("outside_merged", "fi").format(changes=f"{ELSEWHERE} (muistiinpano)") in [
        text for text, _ in prompter.messages
    ]


def test_our_own_saves_are_never_taken_for_a_change_from_elsewhere(tmp_path: Path) -> None:
    file: AssessmentFile = open_assessment(new_file(tmp_path / "a.yaml").path, catalog())
    saver = BackgroundSaver(file)
    for number in range(200):
        set_answer(file, FIRST, AnswerUpdate(note=f"muistio {number}"), catalog(), STAMP)
        saver.save()
        assert not saver.changed_outside(), number
    assert saver.flush()
    assert answers_on_disk(file.path)[FIRST].note == "muistio 199"


def test_the_plan_walk_merges_an_action_added_elsewhere_and_renumbers_it(tmp_path: Path) -> None:
    path = write_sample(tmp_path / "a.yaml", actions=False)
    file = open_assessment(path, catalog())
    saver = BackgroundSaver(file)

    def action_from_another_terminal(prompter: ScriptedPrompter, asked: Any) -> None:
        if asked.question == message("plan_ask", "en") and len(prompter.asked) == 1:
            saver.flush()
            args = ["--item", "S2.3", "--title", "Kelan yhdyshenkilö", "--owner", "kela"]
            done = subprocess.run(
                [str(YHDYSPINTA), "action", "add", str(path), *args],
                capture_output=True,
                text=True,
                encoding="utf-8",
                timeout=120,
                check=False,
            )
            assert done.returncode == 0, done.stderr

    ours = [ADD, "Yhdyshenkilöluettelo", DEFAULT, "pirha", "", "2027-03-31", ""]
    prompter = ScriptedPrompter([*ours, QUIT], on_ask=action_from_another_terminal, lang="en")
    outside = OutsideChanges(saver, catalog(), prompter, "en")
    plan = PlanWalk(
        file, catalog(), prompter, "en", outside.save, lambda: STAMP, outside.keep_in_step
    )
    assert plan.run() is Outcome.QUIT
    outside.finish()

    actions = {a["id"]: a for a in raw_on_disk(path)["actions"]}
    assert actions["A1"]["title"] == "Yhdyshenkilöluettelo", "ours keeps its id"
    assert (actions["A2"]["title"], actions["A2"]["owner"]) == ("Kelan yhdyshenkilö", "kela")
    said = message("outside_merged", "en").format(changes="A2 (action)")
    assert (said, True) in prompter.messages
    assert prompter.questions[-1] == message("plan_ask", "en"), "the plan walk went on"


class WatchedScreen(Screen):
    """The word test's screen (every byte drawn), running `before` ahead of each key menu."""

    def __init__(self, lang: str, keys: list[str], before: Callable[[list[str]], None]) -> None:
        super().__init__(lang, keys)
        self.before, self.asked = before, list[str]()

    def choose_by_key(
        self, question: str, choices: Sequence[Choice], default: str | None, legend: str
    ) -> str:
        self.asked.append(question)
        self.before(self.asked)
        return super().choose_by_key(question, choices, default, legend)


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_no_english_word_reaches_the_room_when_a_change_comes_in(tmp_path: Path, lang: str) -> None:
    path = commented_file(tmp_path / "a.yaml", lang=lang)
    file = open_assessment(path, catalog())
    saver = BackgroundSaver(file)
    keys = [ENTER, "3", "4", ENTER, ENTER, "2", ENTER, ENTER, ENTER, "l", "q"]
    change = at_second_level_question(lambda: (saver.flush(), another_editor(path, CONFLICT)), lang)
    screen = WatchedScreen(lang, keys, change)
    outside = OutsideChanges(saver, catalog(), screen, lang)
    options = WalkOptions(lang)
    Walk(file, catalog(), screen, options, outside.save, lambda: STAMP, outside.keep_in_step).run()
    outside.finish()

    assert not screen.keys
    shown = " ".join(screen.shown.split())
    for key in ("outside_conflict_ask", "outside_keep_ours", "outside_keep_theirs"):
        assert message(key, lang) in shown
    assert message("outside_merged", lang).split("{")[0].strip() in shown
    found = set(re.findall(r"(?:[^\W\d_]|'){3,}", screen.shown.lower())) & english_words()
    assert not found, found
