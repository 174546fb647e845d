"""The planning walk, driven by a scripted Prompter: gaps by priority, actions saved at once."""

from __future__ import annotations

import subprocess
from pathlib import Path
from typing import Any

import pytest
from conftest import YHDYSPINTA, Run
from report_helpers import SAMPLE_PRIORITY_ORDER, write_sample
from walk_helpers import DEFAULT, STAMP, Asked, ScriptedPrompter, catalog, raw_on_disk

from yhdyspinta_cli.assessment.store import open_assessment
from yhdyspinta_cli.i18n import message
from yhdyspinta_cli.walk.plan_walk import ADD, FIX, KEEP, PlanWalk
from yhdyspinta_cli.walk.prompter import BACK, QUIT, SKIP
from yhdyspinta_cli.walk.walk import Outcome


def en(key: str) -> str:
    return message(key, "en")


ASK = en("plan_ask")
DUE = en("plan_due")


def walk(path: Path, script: list[Any], **prompter: Any) -> tuple[Outcome, ScriptedPrompter]:
    """Run the planning walk over `path`, saving synchronously, answering from `script`."""
    scripted = ScriptedPrompter(script, lang="en", **prompter)
    file = open_assessment(path, catalog())
    outcome = PlanWalk(file, catalog(), scripted, "en", file.save, lambda: STAMP).run()
    return outcome, scripted


def actions_on_disk(path: Path) -> list[dict[str, Any]]:
    return list(raw_on_disk(path)["actions"])


def new_action(title: str = "Yhdyshenkilöluettelo", due: str = "2027-03-31") -> list[Any]:
    """The script of one new action: title, the gaps it addresses (the current one), owner,
    responsible, due date, success measure; without a due date, leave it for later."""
    later = [] if due else [KEEP]
    return [ADD, title, DEFAULT, "pirha", "koordinaattori", due, "Luettelo julkaistu", *later]


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    return write_sample(tmp_path / "a.yaml", actions=False)


def test_the_gaps_come_in_priority_order(sample: Path) -> None:
    outcome, prompter = walk(sample, [SKIP] * 4)
    assert outcome is Outcome.FINISHED
    assert prompter.shown == SAMPLE_PRIORITY_ORDER
    gap_lines = [text for text, _ in prompter.messages if text.startswith("Now ")]
    assert gap_lines[0] == "Now 2, target 4, gap 2"
    assert prompter.messages[-1] == (en("done"), True)


def test_the_keys_are_those_of_assess(sample: Path) -> None:
    _, prompter = walk(sample, [QUIT])
    [asked] = prompter.asked
    assert asked.question == ASK
    assert asked.default == ADD, "the walk opens on adding an action"
    shortcuts = {c.value: c.shortcut for c in asked.choices}
    assert shortcuts == {ADD: "a", SKIP: "s", BACK: "b", QUIT: "q"}


def test_back_next_and_quit(sample: Path) -> None:
    outcome, prompter = walk(sample, [BACK, SKIP, SKIP, BACK, QUIT])
    assert outcome is Outcome.QUIT
    first, second, third = SAMPLE_PRIORITY_ORDER[:3]
    assert prompter.shown == [first, first, second, third, second]


def test_an_added_action_is_saved_at_once(sample: Path) -> None:
    seen: list[list[dict[str, Any]]] = []

    def look(prompter: ScriptedPrompter, asked: Asked) -> None:
        if asked.question == ASK:
            seen.append(list(raw_on_disk(sample).get("actions") or []))

    _, prompter = walk(sample, [*new_action(), QUIT], on_ask=look)
    assert seen[0] == []
    [saved] = seen[1]  # on disk before the next question was asked
    assert {k: v for k, v in saved.items() if k != "changed"} == {
        "id": "A1",
        "items": ["S1.1a"],  # the first gap
        "title": "Yhdyshenkilöluettelo",
        "owner": "pirha",
        "status": "planned",
        "responsible": "koordinaattori",
        "due": "2027-03-31",
        "measure": "Luettelo julkaistu",
    }
    assert saved["changed"] == STAMP
    owners = prompter.asked_for(en("plan_owner"))[0]
    assert owners.values == ["tre", "pirha", "kela"]


def test_the_gap_shows_its_priority_and_why(sample: Path) -> None:
    _, prompter = walk(sample, [SKIP] * 4)
    priority_lines = [text for text, _ in prompter.messages if text.startswith("Priority ")]
    assert len(priority_lines) == 4
    assert priority_lines[0].startswith("Priority ")
    assert "a gap of 2 levels" in priority_lines[0]


def test_one_action_addresses_several_gaps(sample: Path) -> None:
    first, second = SAMPLE_PRIORITY_ORDER[:2]
    script = [ADD, "Yhteinen", [first, second], "pirha", "", "2027-01-31", "", QUIT]
    _, prompter = walk(sample, script)
    [asked] = prompter.asked_for(en("plan_items"))
    assert asked.values == SAMPLE_PRIORITY_ORDER, "every open gap is offered"
    assert asked.default == first, "the current gap is preselected"
    assert actions_on_disk(sample)[0]["items"] == [first, second]


def test_without_a_due_date_check_is_warned_of_and_it_can_be_added_at_once(
    sample: Path,
) -> None:
    script = [ADD, "T", DEFAULT, "tre", "", "", "", FIX, "31.3.2027", QUIT]
    _, prompter = walk(sample, script)
    warning = en("plan_unchecked").format(missing=en("plan_missing_due"))
    assert (warning, True) in prompter.messages
    [fix] = prompter.asked_for(en("plan_fix_ask"))
    assert fix.default == FIX
    assert {c.value: c.shortcut for c in fix.choices} == {FIX: "y", KEEP: "n"}
    assert actions_on_disk(sample)[0]["due"] == "2027-03-31"


def test_with_an_owner_and_a_due_date_there_is_no_warning(sample: Path) -> None:
    _, prompter = walk(sample, [*new_action(), QUIT])
    assert prompter.asked_for(en("plan_fix_ask")) == []


def test_an_added_action_can_be_edited_at_the_same_gap(sample: Path) -> None:
    _, prompter = walk(sample, [*new_action(), QUIT])
    asked = prompter.asked_for(ASK)[1]
    assert asked.values == [ADD, "A1", SKIP, BACK, QUIT]
    assert asked.choice("A1").shortcut == "1", "one key edits an action"
    owners = prompter.asked_for(en("plan_owner"))[0]
    assert [c.shortcut for c in owners.choices] == ["1", "2", "3"]


def test_two_actions_for_two_gaps(sample: Path) -> None:
    script = [*new_action("Eka"), SKIP, *new_action("Toka", due=""), QUIT]
    walk(sample, script)
    saved = actions_on_disk(sample)
    assert [(a["id"], a["items"], a["title"]) for a in saved] == [
        ("A1", ["S1.1a"], "Eka"),  # the current gap, preselected
        ("A2", ["S2.1"], "Toka"),
    ]
    assert "due" not in saved[1]  # an empty due date is left out


def test_editing_changes_the_action(tmp_path: Path) -> None:
    path = write_sample(tmp_path / "a.yaml")  # A2 addresses S1.1a, the first gap
    script = ["A2", "Uusi otsikko", DEFAULT, DEFAULT, "2099-06-30", "done", DEFAULT, QUIT]
    _, prompter = walk(path, script)
    assert [a.default for a in prompter.asked[1:6]] == [
        "Action 2",
        "pirha",
        "",
        "2099-01-31",
        "in-progress",
    ]
    a2 = actions_on_disk(path)[1]
    assert (a2["title"], a2["owner"], a2["due"], a2["status"]) == (
        "Uusi otsikko",
        "pirha",
        "2099-06-30",
        "done",
    )
    assert a2["items"] == ["S1.1a", "S2.1"]  # editing at one gap keeps the others


def test_a_wrong_date_is_asked_again_saying_why(sample: Path) -> None:
    dates = ["20270331", "2027-02-30", "ensi vuonna", "31.3.27"]
    _, prompter = walk(sample, [ADD, "T", DEFAULT, "tre", "", *dates, "", QUIT])
    assert len(prompter.asked_for(DUE)) == 4
    assert actions_on_disk(sample)[0]["due"] == "2027-03-31", "typed the Finnish way, kept as ISO"
    assert [text for text, _ in prompter.messages].count(en("date_format")) == 3


def test_a_due_date_before_the_start_is_asked_again(tmp_path: Path) -> None:
    path = write_sample(tmp_path / "a.yaml")  # A4 (S2.3) starts 2020-01-01
    script = [SKIP, SKIP, "A4", DEFAULT, DEFAULT, DEFAULT, "2019-12-31", "2021-06-30"]
    _, prompter = walk(path, [*script, DEFAULT, DEFAULT, QUIT])
    assert prompter.shown[-1] == "S2.3"
    assert len(prompter.asked_for(DUE)) == 2
    assert actions_on_disk(path)[3]["due"] == "2021-06-30"


def test_an_empty_title_is_asked_again(sample: Path) -> None:
    script = [ADD, "", "   ", "Otsikko", DEFAULT, "tre", "", "", "", KEEP, QUIT]
    _, prompter = walk(sample, script)
    assert len(prompter.asked_for(en("plan_ask_title"))) == 3
    assert actions_on_disk(sample)[0]["title"] == "Otsikko"


def test_ctrl_c_keeps_what_was_saved(sample: Path) -> None:
    script = [*new_action("Tallessa"), SKIP, ADD, "Kesken", KeyboardInterrupt]
    with pytest.raises(KeyboardInterrupt):
        walk(sample, script)
    assert [a["title"] for a in actions_on_disk(sample)] == ["Tallessa"]
    from walk_helpers import answers_on_disk

    assert answers_on_disk(sample)  # the file still reads with the validating loader


def test_a_file_without_gaps_is_done_at_once(tmp_path: Path) -> None:
    from walk_helpers import new_file

    new_file(tmp_path / "empty.yaml", lang="en")
    outcome, prompter = walk(tmp_path / "empty.yaml", [])
    assert outcome is Outcome.FINISHED
    assert prompter.asked == []
    assert prompter.messages == [(en("done"), True)]


def test_the_workshop_saves_and_exits_130_after_ctrl_c(
    sample: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from yhdyspinta_cli.cli.options import load_project
    from yhdyspinta_cli.cli.workshop import Workshop

    workshop = Workshop(load_project(None, None, near=sample), sample, "en")
    workshop.prompter = ScriptedPrompter([*new_action(), KeyboardInterrupt], lang="en")  # type: ignore[assignment]
    assert workshop.plan() == 130
    assert [a["id"] for a in actions_on_disk(sample)] == ["A1"]
    assert f"yhdyspinta plan {sample}" in capsys.readouterr().out


def test_plan_without_a_terminal_names_the_scriptable_command(cli: Any, sample: Path) -> None:
    before = sample.read_bytes()
    run: Run = cli("plan", sample)
    assert run.code == 2
    assert "yhdyspinta action add" in run.err
    assert sample.read_bytes() == before
    result = subprocess.run(
        [str(YHDYSPINTA), "plan", str(sample)],
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 2
    assert "yhdyspinta action add" in result.stderr
    assert "Traceback" not in result.stderr


def test_one_key_per_choice_with_real_key_presses(sample: Path) -> None:
    from walk_helpers import ENTER, KeyedPrompter

    keys = [ENTER, f"Otsikko{ENTER}", f"2{ENTER}", "2", ENTER, ENTER, ENTER, "y"]
    keys += [f"31.3.2027{ENTER}", "q"]
    keyed = KeyedPrompter("fi", keys)
    file = open_assessment(sample, catalog())
    outcome = PlanWalk(file, catalog(), keyed, "fi", file.save, lambda: STAMP).run()
    assert outcome is Outcome.QUIT
    [action] = actions_on_disk(sample)
    first, second = SAMPLE_PRIORITY_ORDER[:2]
    assert (action["title"], action["owner"], action["due"]) == ("Otsikko", "pirha", "2027-03-31")
    assert action["items"] == [first, second]  # Enter added it; `2` ticked the second gap
    warning = message("plan_unchecked", "fi").format(missing=message("plan_missing_due", "fi"))
    assert warning in keyed.screen
    assert message("plan_priority", "fi").split("{")[0] in keyed.screen
