"""A level given without a target is kept as incomplete: the walk returns to it, and status,
the gap report and check all name it."""

from __future__ import annotations

import json
from collections.abc import Callable
from pathlib import Path

from conftest import Run
from walk_helpers import (
    DEFAULT,
    ScriptedPrompter,
    answers_on_disk,
    catalog,
    item_ids,
    make_walk,
    new_file,
    raw_on_disk,
)

from yhdyspinta_cli.assessment.store import open_assessment
from yhdyspinta_cli.i18n import message
from yhdyspinta_cli.walk.choices import NO_TARGET
from yhdyspinta_cli.walk.prompter import BACK, JUMP, QUIT

S1 = item_ids("S1")


def fi(key: str) -> str:
    return message(key, "fi")


def quit_at_the_target(path: Path) -> None:
    """S1.1a answered in full, S1.1b given level 2, then quit at its target question."""
    new_file(path)
    script = [DEFAULT, "3", "4", "", "", "2", QUIT]
    make_walk(open_assessment(path, catalog()), ScriptedPrompter(script)).run()


def test_quitting_at_the_target_keeps_the_level_without_a_target(tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    quit_at_the_target(path)
    answers = answers_on_disk(path)
    assert (answers[S1[1]].current, answers[S1[1]].target) == (2, None)
    assert answers[S1[1]].missing_target
    assert not answers[S1[0]].missing_target


def test_resume_returns_to_the_item_and_asks_its_target_first(tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    quit_at_the_target(path)
    prompter = ScriptedPrompter([DEFAULT, DEFAULT, "", "", QUIT])
    make_walk(open_assessment(path, catalog()), prompter).run()
    assert prompter.shown[0] == S1[1]
    target = prompter.asked[1]
    assert (target.question, target.default) == (fi("ask_target"), "3")
    assert prompter.shown[1] == S1[2], "then on to the next item"
    assert answers_on_disk(path)[S1[1]].target == 3


def test_back_from_the_target_asks_the_level_again(tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    quit_at_the_target(path)
    prompter = ScriptedPrompter([DEFAULT, BACK, "4", "5", "", "", QUIT])
    make_walk(open_assessment(path, catalog()), prompter).run()
    assert prompter.questions[1:4] == [fi("ask_target"), fi("ask_current"), fi("ask_target")]
    answer = answers_on_disk(path)[S1[1]]
    assert (answer.current, answer.target) == (4, 5)


def test_no_target_yet_takes_away_an_earlier_target(tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    new_file(path)
    walk = [DEFAULT, "3", "4", "", "", QUIT]
    make_walk(open_assessment(path, catalog()), ScriptedPrompter(walk)).run()
    again = [DEFAULT, BACK, "3", NO_TARGET, "", "", QUIT]
    prompter = ScriptedPrompter(again)
    make_walk(open_assessment(path, catalog()), prompter).run()
    assert "target" not in raw_on_disk(path)["answers"][S1[0]]
    target = prompter.asked[3]
    assert target.choice(NO_TARGET).shortcut == "n"
    assert target.choice(BACK).shortcut == "b"


def test_status_report_and_check_name_the_missing_target(
    tmp_path: Path, cli: Callable[..., Run]
) -> None:
    path = tmp_path / "a.yaml"
    quit_at_the_target(path)

    status = cli("status", path, "--json")
    listed = {c["id"]: c["missing_target"] for c in json.loads(status.out)["checklists"]}
    assert listed["S1"] == [S1[1]]
    assert listed["S2"] == []
    table = cli("status", path)
    assert fi("missing_target_column") in table.out
    assert f"{S1[1]}" in table.out.split(fi("missing_target_list"))[1]

    gaps = cli("report", "gaps", path, "-o", tmp_path / "gaps.md")
    assert gaps.code == 0, gaps.output
    report = (tmp_path / "gaps.md").read_text(encoding="utf-8")
    section = report.split("## Tavoite puuttuu")[1].split("##")[0]
    assert S1[1] in section and S1[0] not in section

    checked = cli("check", path, "--format", "json")
    rules = {
        p["rule"]: p for p in json.loads(checked.out)["problems"] if p["rule"] == "missing-target"
    }
    assert rules["missing-target"]["severity"] == "warning"
    assert S1[1] in rules["missing-target"]["message"]


def test_resume_starts_at_the_interrupted_item_then_goes_round_to_the_unanswered(
    tmp_path: Path,
) -> None:
    path = tmp_path / "a.yaml"
    new_file(path)
    s3 = item_ids("S3")
    first = [DEFAULT, JUMP, s3[2], "3", QUIT]  # jump to S3.3a-ish, level 3, quit at the target
    make_walk(open_assessment(path, catalog()), ScriptedPrompter(first)).run()
    assert answers_on_disk(path)[s3[2]].missing_target
    prompter = ScriptedPrompter([DEFAULT, DEFAULT, "", "", "2", "3", "", "", QUIT])
    make_walk(open_assessment(path, catalog()), prompter).run()
    assert prompter.shown[:3] == [s3[2], s3[3], s3[4]]
    assert prompter.asked[1].question == fi("ask_target")
    assert answers_on_disk(path)[s3[2]].target == 4
