"""Real key presses through prompt_toolkit's pipe input into the questionary Prompter."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from prompt_toolkit.application import create_app_session
from prompt_toolkit.data_structures import Size
from prompt_toolkit.input import create_pipe_input
from prompt_toolkit.output.vt100 import Vt100_Output
from rich.console import Console
from walk_helpers import (
    CTRL_C,
    DOWN,
    ENTER,
    ORGS,
    STAMP,
    UP,
    KeyedPrompter,
    answers_on_disk,
    catalog,
    item_ids,
    keyboard,
    make_walk,
    new_file,
)

from yhdyspinta_cli.assessment.model import Answer
from yhdyspinta_cli.assessment.store import open_assessment
from yhdyspinta_cli.checklist.model import DONT_KNOW, NOT_APPLICABLE
from yhdyspinta_cli.cli.questionary_prompter import QuestionaryPrompter
from yhdyspinta_cli.i18n import message
from yhdyspinta_cli.walk.choices import level_choices, navigation_choices, org_choices
from yhdyspinta_cli.walk.prompter import BACK, INFO, JUMP, QUIT, SKIP
from yhdyspinta_cli.walk.walk import Outcome

ITEM = catalog().iter_items().__next__()
CHOICES = [
    *level_choices(ITEM, catalog().scale, "fi", special=True),
    *navigation_choices("fi"),
]
KEYS = ["tre", "pirha", "kela"]


def prompter() -> QuestionaryPrompter:
    return QuestionaryPrompter("fi", Console(file=io.StringIO(), width=100))


@pytest.mark.parametrize(
    ("keys", "value"),
    [
        # One key press, no Enter: the input ends right after the key.
        *((str(level), str(level)) for level in catalog().scale.values),
        ("d", DONT_KNOW),
        ("n", NOT_APPLICABLE),
        ("b", BACK),
        ("s", SKIP),
        ("g", JUMP),
        ("i", INFO),
        ("q", QUIT),
        (ENTER, "1"),
        (f"{DOWN}{ENTER}", "2"),
        (f"{DOWN}{DOWN}{DOWN}{ENTER}", "4"),
        ("x3", "3"),  # a key that is no choice does nothing
    ],
)
def test_choose_returns_the_value_of_the_key_pressed(keys: str, value: str) -> None:
    with keyboard(keys):
        assert prompter().choose("Nykyinen taso", CHOICES) == value


@pytest.mark.parametrize(("keys", "value"), [(ENTER, "3"), (f"{DOWN}{ENTER}", "4")])
def test_choose_starts_at_the_default(keys: str, value: str) -> None:
    with keyboard(keys):
        assert prompter().choose("Nykyinen taso", CHOICES, default="3") == value


@pytest.mark.parametrize(
    ("keys", "value"),
    [
        ("4", "4"),
        ("q", QUIT),
        ("i", INFO),
        (ENTER, "3"),
        (f"{DOWN}{ENTER}", "4"),
        ("\x1b[D\r", "2"),
    ],
)
def test_choose_by_key_acts_on_one_key_and_arrows_still_work(keys: str, value: str) -> None:
    with keyboard(keys):
        assert prompter().choose_by_key("Nykyinen taso", CHOICES, "3", "legend") == value


@pytest.mark.parametrize(
    ("keys", "value"),
    [(f"{ENTER}{ENTER}4", "4"), (f"{ENTER}{DOWN}{ENTER}", "1"), (f"{UP}{ENTER}", QUIT)],
)
def test_with_no_answer_yet_nothing_is_highlighted_and_enter_waits(keys: str, value: str) -> None:
    """A stray Enter on an unanswered item records nothing; the first arrow starts at an end."""
    with keyboard(keys):
        assert prompter().choose_by_key("Nykyinen taso", CHOICES, None, "legend") == value


def test_an_unanswered_prompt_shows_no_level_as_if_chosen() -> None:
    screen = io.StringIO()
    output = Vt100_Output(screen, lambda: Size(rows=24, columns=100), term="xterm")
    with create_pipe_input() as pipe:
        pipe.send_text("2")
        with create_app_session(input=pipe, output=output):
            prompter().choose_by_key("Nykyinen taso", CHOICES, None, "1–5 taso · q lopeta")
    before_the_key = screen.getvalue().split("Nykyinen taso: 2 Satunnainen")[0]
    assert "1 Puuttuu" not in before_the_key, "the room would read it as its answer"
    assert "Nykyinen taso: 2 Satunnainen" in screen.getvalue()


def test_the_one_line_prompt_shows_the_legend_and_the_highlighted_level() -> None:
    screen = io.StringIO()
    output = Vt100_Output(screen, lambda: Size(rows=24, columns=100), term="xterm")
    with create_pipe_input() as pipe:
        pipe.send_text("2")
        with create_app_session(input=pipe, output=output):
            prompter().choose_by_key("Nykyinen taso", CHOICES, "3", "1–5 taso · q lopeta")
    shown = screen.getvalue()
    assert "1–5 taso · q lopeta" in shown
    assert "3 Osittain toteutunut" in shown
    assert "Nykyinen taso: 2 Satunnainen" in shown, "the answer stays on screen"


@pytest.mark.parametrize(
    ("keys", "default", "typed"),
    [
        (
            f"Hyvä yhteistyö: Kela, Pirha ja Tampere{ENTER}",
            "",
            "Hyvä yhteistyö: Kela, Pirha ja Tampere",
        ),
        (f"åäö ÅÄÖ{ENTER}", "", "åäö ÅÄÖ"),
        (ENTER, "vanha muistiinpano", "vanha muistiinpano"),
        (f" ja lisää{ENTER}", "vanha", "vanha ja lisää"),
        (f"\x7f\x7fä{ENTER}", "kylla", "kylä"),
        (ENTER, "", ""),
    ],
)
def test_text_returns_what_was_typed_and_keeps_the_default(
    keys: str, default: str, typed: str
) -> None:
    with keyboard(keys):
        assert prompter().text("Muistiinpano", default) == typed


@pytest.mark.parametrize(
    ("keys", "selected", "chosen"),
    [
        (ENTER, KEYS, KEYS),
        (f" {ENTER}", KEYS, ["pirha", "kela"]),
        (f"{DOWN} {DOWN} {ENTER}", KEYS, ["tre"]),
        (f" {ENTER}", [], ["tre"]),
        (f"{DOWN}{DOWN} {ENTER}", ["tre"], ["tre", "kela"]),
    ],
)
def test_choose_many_toggles_with_space(keys: str, selected: list[str], chosen: list[str]) -> None:
    with keyboard(keys):
        assert prompter().choose_many("Paikalla", org_choices(ORGS), selected) == chosen


def test_ctrl_c_in_each_kind_of_prompt_raises_keyboard_interrupt() -> None:
    asks = [
        lambda p: p.choose("Nykyinen taso", CHOICES),
        lambda p: p.text("Muistiinpano", "jotain"),
        lambda p: p.choose_many("Paikalla", org_choices(ORGS), KEYS),
    ]
    asks.append(lambda p: p.choose_by_key("Nykyinen taso", CHOICES, None, "legend"))
    for ask in asks:
        with keyboard(f"x{CTRL_C}"), pytest.raises(KeyboardInterrupt):
            ask(prompter())


def test_the_select_shows_the_shortcut_keys_and_the_hint() -> None:
    screen = io.StringIO()
    output = Vt100_Output(screen, lambda: Size(rows=24, columns=100), term="xterm")
    with create_pipe_input() as pipe:
        pipe.send_text(ENTER)
        with create_app_session(input=pipe, output=output):
            prompter().choose("Nykyinen taso", CHOICES)
    shown = screen.getvalue()
    assert message("hint_select", "fi") in shown
    for key in ("1)", "5)", "d)", "n)", "b)", "s)", "g)", "q)"):
        assert key in shown


def test_a_whole_walk_with_real_keys(tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    new_file(path)
    s1, s2 = item_ids("S1"), item_ids("S2")
    keys = [
        # Who is present: Kela is not.
        f"{DOWN}{DOWN} {ENTER}",
        # S1.1a: level 3, the suggested target (4), a note, two pieces of evidence.
        "3",
        ENTER,
        f"Tampere ja Pirha sopivat yhdessä, Kela ei ollut paikalla{ENTER}",
        f"TYM-sopimus 2025; https://example.invalid/kuvaus{ENTER}",
        # S1.1b: not applicable; an empty reason is asked again.
        "n",
        ENTER,
        f"Ei koske työllisyysaluetta{ENTER}",
        ENTER,
        ENTER,
        # S1.2: back to S1.1b, keep everything.
        "b",
        ENTER,
        ENTER,
        ENTER,
        ENTER,
        # S1.2: don't know, target 2 by arrows: the first DOWN highlights the top (no target
        # is suggested), the second moves on to 2.
        "d",
        f"{DOWN}{DOWN}{ENTER}",
        ENTER,
        ENTER,
        # S1.3: jump to S2, typed.
        "g",
        f"S2{ENTER}",
        # S2.1: skip; S2.2a: quit.
        "s",
        "q",
    ]
    walker = KeyedPrompter("fi", keys)
    outcome = make_walk(open_assessment(path, catalog()), walker).run()

    assert outcome is Outcome.QUIT
    assert walker.keys == [], "every prompt was asked"
    participants = ("tre", "pirha")
    assert answers_on_disk(path) == {
        s1[0]: Answer(
            current=3,
            target=4,
            note="Tampere ja Pirha sopivat yhdessä, Kela ei ollut paikalla",
            evidence=("TYM-sopimus 2025", "https://example.invalid/kuvaus"),
            participants=participants,
            changed=STAMP,
        ),
        s1[1]: Answer(
            current=NOT_APPLICABLE,
            reason="Ei koske työllisyysaluetta",
            participants=participants,
            changed=STAMP,
        ),
        s1[2]: Answer(current=DONT_KNOW, target=2, participants=participants, changed=STAMP),
    }
    assert s2[0] in walker.screen and s2[1] in walker.screen
    progress = message("walk_progress", "fi")
    total, recs = len(item_ids()), len(catalog().checklists)
    on_screen = [  # S1.1a first, S2.2a last
        progress.format(rec=1, recs=recs, item=1, items=len(s1), done=0, total=total),
        progress.format(rec=2, recs=recs, item=2, items=len(s2), done=3, total=total),
    ]
    assert all(line in walker.screen for line in on_screen), walker.screen
    # Twice on the first visit (the empty reason is asked again), once after going back.
    assert walker.questions.count(message("ask_reason", "fi")) == 3


def test_ctrl_c_during_a_walk_with_real_keys_keeps_the_answers(tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    new_file(path)
    keys = [ENTER, "5", ENTER, f"muistio{ENTER}", ENTER, "2", f"x{CTRL_C}"]
    with pytest.raises(KeyboardInterrupt):
        make_walk(open_assessment(path, catalog()), KeyedPrompter("fi", keys)).run()
    first, second = item_ids("S1")[:2]
    answers = answers_on_disk(path)
    assert (answers[first].level, answers[first].target, answers[first].note) == (5, 5, "muistio")
    assert (answers[second].level, answers[second].target) == (2, None)


def test_rating_dont_know_has_the_same_key_as_elsewhere(tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    new_file(path)
    keys = [
        ENTER,
        f"2{ENTER}",
        f"d{ENTER}",
        f"4{ENTER}",
        f"3{ENTER}",
        ENTER,
        ENTER,
        ENTER,
        f"q{ENTER}",
    ]
    walker = KeyedPrompter("fi", keys)
    make_walk(open_assessment(path, catalog()), walker, perspectives=True).run()
    answer = answers_on_disk(path)[item_ids("S1")[0]]
    assert dict(answer.ratings) == {"tre": 2, "pirha": DONT_KNOW, "kela": 4}
    assert (answer.current, answer.target) == (3, 4)


@pytest.mark.parametrize(
    ("keys", "target"),
    [
        ([ENTER, "4", "2", "k", ENTER, ENTER, "q"], 2),  # kept on purpose
        ([ENTER, "4", "2", "c", "5", ENTER, ENTER, "q"], 5),  # chosen again
    ],
)
def test_a_target_below_the_current_level_is_asked_about(
    tmp_path: Path, keys: list[str], target: int
) -> None:
    path = tmp_path / "a.yaml"
    new_file(path)
    walker = KeyedPrompter("fi", keys)
    make_walk(open_assessment(path, catalog()), walker).run()
    answer = answers_on_disk(path)[item_ids("S1")[0]]
    assert (answer.current, answer.target) == (4, target)
    assert message("target_below_ask", "fi") in walker.questions
    assert message("target_below", "fi").format(target=2, current=4) in walker.screen


def test_a_target_above_the_current_level_is_not_asked_about(tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    new_file(path)
    walker = KeyedPrompter("fi", [ENTER, "2", "4", ENTER, ENTER, "q"])
    make_walk(open_assessment(path, catalog()), walker).run()
    assert message("target_below_ask", "fi") not in walker.questions
    assert answers_on_disk(path)[item_ids("S1")[0]].target == 4
