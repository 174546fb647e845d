"""Every command and walk that takes typed text refuses what cannot be kept, naming the field:
`answer`, `action`, `new` exit 1 with the file untouched; the walks ask again, saying why."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from assessment_helpers import Cli, new_assessment, plain
from report_helpers import write_sample
from walk_helpers import (
    DEFAULT,
    ScriptedPrompter,
    answer_steps,
    catalog,
    item_ids,
    make_walk,
    new_file,
)

from yhdyspinta_cli.assessment.store import open_assessment
from yhdyspinta_cli.i18n import message
from yhdyspinta_cli.walk.plan_walk import ADD, KEEP, PlanWalk
from yhdyspinta_cli.walk.prompter import QUIT
from yhdyspinta_cli.walk.setup import ask_new_assessment

HETU = "131052-308T"
PHONE = "040\u00a0123\u00a04567"  # as Outlook pastes it
STAMP = "2026-03-14T10:00:00+02:00"


def fi(key: str) -> str:
    return message(key, "fi")


@pytest.mark.parametrize(
    ("args", "field"),
    [
        (["answer", "{file}", "S1.2", "--note", "soita \x1b[31m"], "--note"),
        (["answer", "{file}", "S1.2", "--note", f"asiakas {HETU}"], "--note"),
        (["answer", "{file}", "S1.2", "--not-applicable", f"numero {PHONE}"], "--not-applicable"),
        (["answer", "{file}", "S1.2", "--level", "2", "--evidence", "ok", "--evidence", "\x07"],
         "--evidence"),
        (["action", "add", "{file}", "--item", "S1.2", "--title", "a\x00b", "--owner", "tre"],
         "--title"),
        (["action", "add", "{file}", "--item", "S1.2", "--title", "T", "--owner", "tre",
          "--responsible", "matti.meikalainen@tampere.fi"], "--responsible"),
        (["action", "add", "{file}", "--item", "S1.2", "--title", "T", "--owner", "tre",
          "--notes", "\ufffe"], "--notes"),
    ],
)  # fmt: skip
def test_editing_commands_refuse_naming_the_field_and_change_nothing(
    cli: Cli, tmp_path: Path, args: list[str], field: str
) -> None:
    path = new_assessment(cli, tmp_path / "a.yaml")
    before = path.read_bytes()
    run = cli(*(str(path) if arg == "{file}" else arg for arg in args))
    assert run.code == 1, run.output
    assert f"{field}: " in run.err and "nothing was saved" in run.err
    for secret in (HETU, PHONE, "matti.meikalainen"):
        assert secret not in run.output, "the value is never printed"
    assert "Traceback" not in run.output
    assert path.read_bytes() == before


@pytest.mark.parametrize(
    ("option", "value"),
    [("--region", "Tre\x1b]0;x\x07"), ("--county", f"p. {PHONE}"), ("--facilitator", HETU)],
)
def test_new_refuses_naming_the_field_and_writes_no_file(
    cli: Cli, tmp_path: Path, option: str, value: str
) -> None:
    path = tmp_path / "a.yaml"
    run = cli("new", path, "--region", "Tre", "--org", "tre:kunta:Tampere", option, value)
    assert run.code == 1, run.output
    assert run.err.startswith(f"error: {option}: "), run.err
    assert not path.exists()


def test_new_refuses_an_organisation_name_with_control_characters(cli: Cli, tmp_path: Path) -> None:
    run = cli("new", tmp_path / "a.yaml", "--region", "Tre", "--org", "tre:kunta:Tam\x9bpere")
    assert run.code == 1, run.output
    assert "--org: the character U+009B" in run.err
    assert not (tmp_path / "a.yaml").exists()


def test_the_walk_asks_again_for_a_note_it_cannot_keep(tmp_path: Path) -> None:
    file = new_file(tmp_path / "a.yaml")
    first = item_ids("S1")[0]
    note_steps = ["eka\x1bkohta", f"soita {PHONE}", "eka\vtoka"]
    script = [DEFAULT, "3", DEFAULT, *note_steps, "", QUIT]
    prompter = ScriptedPrompter(script)
    make_walk(file, prompter).run()

    assert len(prompter.asked_for(fi("ask_note"))) == 3
    refusals = [text for text, _ in prompter.messages if "U+" in text or "henkilötie" in text]
    assert refusals == [
        fi("typed_character").format(code="U+001B"),
        fi("typed_personal_data"),
    ]
    assert plain(file.path)["answers"][first]["note"] == "eka\ntoka"
    assert "040" not in file.path.read_text(encoding="utf-8")


def test_the_walk_asks_again_for_a_reason_it_cannot_keep(tmp_path: Path) -> None:
    file = new_file(tmp_path / "a.yaml")
    first = item_ids("S1")[0]
    script = [DEFAULT, "not-applicable", "ei\x7f", "Ei koske meitä", *answer_steps(3)[2:], QUIT]
    prompter = ScriptedPrompter(script)
    make_walk(file, prompter).run()
    assert len(prompter.asked_for(fi("ask_reason"))) == 2
    assert plain(file.path)["answers"][first]["reason"] == "Ei koske meitä"


def test_the_plan_walk_asks_again_for_a_title_and_a_measure(tmp_path: Path) -> None:
    path = write_sample(tmp_path / "a.yaml", actions=False)
    titles = ["Otsikko\x1b", HETU, "Otsikko"]
    # title (asked again twice), the gaps it addresses, owner, responsible, due, measure; then
    # the walk warns that check will not accept an action without a due date: keep it so
    script: list[Any] = [
        ADD, *titles, DEFAULT, "tre", "", "", "mittari\u2028toinen rivi", KEEP, QUIT
    ]  # fmt: skip
    prompter = ScriptedPrompter(script, lang="en")
    file = open_assessment(path, catalog())
    PlanWalk(file, catalog(), prompter, "en", file.save, lambda: STAMP).run()
    assert len(prompter.asked_for(message("plan_ask_title", "en"))) == 3
    action = plain(path)["actions"][0]
    assert (action["title"], action["measure"]) == ("Otsikko", "mittari\ntoinen rivi")


def test_the_new_assessment_questions_ask_again_for_a_region(tmp_path: Path) -> None:
    # language, region (refused, then given), county, date, facilitator, one organisation
    script = ["fi", "Tre\x85\x1b", "Tampereen seutu", "", "1.3.2026", "", "kunta", "Tampere",
              "tre", "-"]  # fmt: skip
    prompter = ScriptedPrompter(script)
    new = ask_new_assessment(prompter, catalog().vocabulary, "fi")
    assert new.region == "Tampereen seutu"
    assert len(prompter.asked_for(fi("ask_region"))) == 2
