"""`yhdyspinta action add|edit|done`: the file read back, the errors, the schema, the git diff."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from assessment_helpers import Cli, check_jsonschema, new_assessment, plain, schema_file

from yhdyspinta_cli.assessment.actions import FIELD_ORDER

FULL = (
    "--item", "S2.3", "--item", "S1.2",
    "--title", "TYM-johtoryhmän työjärjestys",
    "--owner", "pirha",
    "--responsible", "kehittämispäällikkö",
    "--start", "2026-04-01",
    "--due", "2027-03-31",
    "--description", "Kirjoitetaan työjärjestys.\nHyväksytään johtoryhmässä.",
    "--measure", "Työjärjestys hyväksytty",
    "--notes", "Ks. TYM-sopimus: kohta 4",
    "--status", "in-progress",
)  # fmt: skip


def actions(path: Path) -> list[dict[str, object]]:
    return list(plain(path)["actions"])


def add(cli: Cli, path: Path, *options: str) -> str:
    run = cli("action", "add", path, *options)
    assert run.code == 0, run.output
    return run.out


@pytest.fixture
def file(cli: Cli, tmp_path: Path) -> Path:
    return new_assessment(cli, tmp_path / "a.yaml")


def test_add_writes_every_field_in_a_fixed_order(cli: Cli, file: Path) -> None:
    out = add(cli, file, *FULL)
    assert out == f"A1 added to {file}\n"
    [action] = actions(file)
    assert list(action) == [key for key in FIELD_ORDER if key in action]
    assert {k: v for k, v in action.items() if k != "changed"} == {
        "id": "A1",
        "items": ["S2.3", "S1.2"],
        "title": "TYM-johtoryhmän työjärjestys",
        "owner": "pirha",
        "status": "in-progress",
        "description": "Kirjoitetaan työjärjestys.\nHyväksytään johtoryhmässä.",
        "responsible": "kehittämispäällikkö",
        "start": "2026-04-01",
        "due": "2027-03-31",
        "measure": "Työjärjestys hyväksytty",
        "notes": "Ks. TYM-sopimus: kohta 4",
    }
    assert str(action["changed"]).startswith("20")


def test_ids_count_up_from_the_highest(cli: Cli, file: Path) -> None:
    for _ in range(3):
        add(cli, file, "--item", "S1.2", "--title", "T", "--owner", "tre")
    assert [a["id"] for a in actions(file)] == ["A1", "A2", "A3"]
    text = file.read_text(encoding="utf-8").replace("id: A3", "id: A17")
    file.write_text(text, encoding="utf-8")
    assert add(cli, file, "--item", "S1.2", "--title", "T", "--owner", "tre").startswith("A18 ")


def test_a_new_action_is_planned(cli: Cli, file: Path) -> None:
    add(cli, file, "--item", "S1.2", "--title", "T", "--owner", "tre")
    assert actions(file)[0]["status"] == "planned"


def test_edit_changes_only_what_it_names(cli: Cli, file: Path) -> None:
    add(cli, file, *FULL)
    before = actions(file)[0]
    run = cli("action", "edit", file, "A1", "--due", "2027-06-30", "--title", "Uusi otsikko")
    assert (run.code, run.out) == (0, f"A1 saved in {file}\n")
    after = actions(file)[0]
    assert (after["due"], after["title"]) == ("2027-06-30", "Uusi otsikko")
    unchanged = set(before) - {"due", "title", "changed"}
    assert {k: after[k] for k in unchanged} == {k: before[k] for k in unchanged}


def test_edit_with_an_empty_value_removes_an_optional_field(cli: Cli, file: Path) -> None:
    add(cli, file, *FULL)
    assert cli("action", "edit", file, "A1", "--start", "", "--notes", "").code == 0
    after = actions(file)[0]
    assert "start" not in after
    assert "notes" not in after
    assert after["due"] == "2027-03-31"


def test_edit_can_replace_the_items(cli: Cli, file: Path) -> None:
    add(cli, file, *FULL)
    assert cli("action", "edit", file, "A1", "--item", "S4.5").code == 0
    assert actions(file)[0]["items"] == ["S4.5"]


def test_an_edit_that_changes_nothing_leaves_the_file_alone(cli: Cli, file: Path) -> None:
    add(cli, file, *FULL)
    before = file.read_bytes()
    assert cli("action", "edit", file, "A1", "--owner", "pirha").code == 0
    assert file.read_bytes() == before


def test_done_closes_the_action(cli: Cli, file: Path) -> None:
    add(cli, file, "--item", "S1.2", "--title", "T", "--owner", "tre", "--due", "2020-01-01")
    run = cli("action", "done", file, "A1")
    assert (run.code, run.out) == (0, f"A1 done in {file}\n")
    assert actions(file)[0]["status"] == "done"


ADD_ERRORS = [
    (["--item", "S9.9"], "unknown item 'S9.9'"),
    (["--owner", "nobody"], "unknown owner 'nobody'; the organisations are: kela, pirha, tre"),
    (["--due", "2027-13-01"], "--due '2027-13-01': write the date as YYYY-MM-DD"),
    (["--due", "31.3.2027"], "--due '31.3.2027': write the date as YYYY-MM-DD"),
    (["--due", "20270331"], "--due '20270331': write the date as YYYY-MM-DD"),
    (["--start", "2027-02-30"], "--start '2027-02-30': write the date as YYYY-MM-DD"),
    (
        ["--start", "2027-05-01", "--due", "2027-04-01"],
        "the due date 2027-04-01 is before the start date 2027-05-01",
    ),
    (["--status", "finished"], "unknown status 'finished'; use one of: planned, in-progress"),
    (["--title", ""], "an action needs --item, --title and --owner"),
    (["--title", "   "], "--title cannot be empty"),
]


@pytest.mark.parametrize(("options", "message"), ADD_ERRORS, ids=[m for _, m in ADD_ERRORS])
def test_a_bad_add_is_one_line_and_leaves_the_file_unchanged(
    cli: Cli, file: Path, options: list[str], message: str
) -> None:
    base = {"--item": "S1.2", "--title": "T", "--owner": "tre"}
    base.update(zip(options[::2], options[1::2], strict=True))
    before = file.read_bytes()
    run = cli("action", "add", file, *[part for pair in base.items() for part in pair])
    assert run.code == 2  # a bad option: usage (issue 15.19)
    assert run.out == ""
    assert run.err.startswith("error: ")
    assert message in run.err
    assert run.err.count("\n") == 1, run.err
    assert file.read_bytes() == before


@pytest.mark.parametrize(
    ("options", "message"),
    [
        (["A9", "--title", "x"], "no action 'A9' in"),
        (["A1", "--due", "2026-01-01"], "the due date 2026-01-01 is before the start date"),
        (["A1", "--start", "2028-01-01"], "the due date 2027-03-31 is before the start date 2028"),
        (["A1", "--title", ""], "--title cannot be empty"),
        (["A1", "--owner", ""], "--owner cannot be empty"),
        (["A1", "--status", "closed"], "unknown status 'closed'"),
        (["A1", "--item", "S9.9"], "unknown item 'S9.9'"),
        (["A1", "--due", "2027-3-31"], "--due '2027-3-31': write the date as YYYY-MM-DD"),
    ],
)
def test_a_bad_edit_is_one_line_and_leaves_the_file_unchanged(
    cli: Cli, file: Path, options: list[str], message: str
) -> None:
    add(cli, file, *FULL)
    before = file.read_bytes()
    run = cli("action", "edit", file, *options)
    assert run.code == 2  # a bad option: usage (issue 15.19)
    assert message in run.err
    assert run.err.count("\n") == 1, run.err
    assert file.read_bytes() == before


def test_done_on_an_unknown_action_lists_the_known_ones(cli: Cli, file: Path) -> None:
    add(cli, file, "--item", "S1.2", "--title", "T", "--owner", "tre")
    run = cli("action", "done", file, "A4")
    assert run.code == 2  # a bad argument: usage (issue 15.19)
    assert run.err == f"error: no action 'A4' in {file}; the actions are: A1\n"


HAND_WRITTEN = [
    ("items: [S1.2]", "items: [S9.9]", "action points at unknown item 'S9.9'"),
    ("owner: kela", "owner: nobody", "unknown organisation 'nobody'"),
    ("id: A2", "id: A1", "action id 'A1' is used twice"),
]
COMMANDS = [
    ["report", "gaps", "{f}"],
    ["report", "plan", "{f}"],
    ["report", "gaps", "{f}", "--format", "json"],
    ["report", "plan", "{f}", "--format", "html"],
    ["action", "add", "{f}", "--item", "S1.2", "--title", "T", "--owner", "tre"],
    ["action", "edit", "{f}", "A1", "--title", "x"],
    ["action", "done", "{f}", "A1"],
    ["status", "{f}"],
    ["answer", "{f}", "S1.2", "--level", "3"],
]


@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c[:2]))
@pytest.mark.parametrize(("old", "new", "message"), HAND_WRITTEN, ids=["item", "owner", "id"])
def test_a_hand_written_bad_action_is_a_located_error_from_every_command(
    cli: Cli, file: Path, command: list[str], old: str, new: str, message: str
) -> None:
    add(cli, file, "--item", "S1.2", "--title", "T", "--owner", "tre")
    add(cli, file, "--item", "S1.5", "--title", "U", "--owner", "kela")
    text = file.read_text(encoding="utf-8")
    line = text[: text.index(old)].count("\n") + 1
    file.write_text(text.replace(old, new, 1), encoding="utf-8")
    before = file.read_bytes()
    run = cli(*[part.format(f=file) for part in command])
    assert run.code == 1
    assert run.err.startswith(f"{file}:{line}:"), run.err
    assert message in run.err
    assert "Traceback" not in run.output
    assert file.read_bytes() == before


def test_a_file_with_actions_passes_the_outside_validator(
    cli: Cli, file: Path, tmp_path: Path
) -> None:
    add(cli, file, *FULL)
    add(cli, file, "--item", "S1.2", "--title", "Toinen: | * ` #", "--owner", "tre")
    assert cli("action", "done", file, "A2").code == 0
    result = check_jsonschema(schema_file(cli, tmp_path / "schema"), file)
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed")
def test_one_action_change_is_a_small_git_diff(cli: Cli, file: Path, tmp_path: Path) -> None:
    def git(*args: str) -> str:
        result = subprocess.run(
            ["git", "-c", "user.name=t", "-c", "user.email=t@example.invalid", *args],
            cwd=tmp_path,
            capture_output=True,
            text=True,
            check=True,
            timeout=60,
        )
        return result.stdout

    add(cli, file, *FULL)
    add(cli, file, "--item", "S1.2", "--title", "T", "--owner", "tre")
    text = file.read_text(encoding="utf-8")
    stamp = re.search(r"changed: '([^']+)'", text)
    assert stamp is not None
    # As if saved earlier: the edit's new stamp then differs even within the same second.
    file.write_text(text.replace(stamp.group(1), "2026-01-01T09:00:00+02:00"), encoding="utf-8")
    git("init", "-q")
    git("add", "a.yaml")
    git("commit", "-q", "-m", "start")
    assert cli("action", "edit", file, "A1", "--status", "done").code == 0
    assert git("diff", "--numstat") == "2\t2\ta.yaml\n"  # status and changed
    git("commit", "-q", "-am", "edit")
    add(cli, file, "--item", "S4.5", "--title", "Kolmas", "--owner", "kela")
    added, deleted, _ = git("diff", "--numstat").split("\t")
    assert (added, deleted) == ("6", "0")  # - id, items, title, owner, status, changed


def test_ids_and_owners_are_forgiving_about_case_and_suggest_near_misses(
    cli: Cli, file: Path
) -> None:
    added = cli("action", "add", file, "--item", "s2.1", "--title", "Yhteinen foorumi",
                "--owner", "TRE", "--due", "2027-03-31")  # fmt: skip
    assert added.code == 0, added.err
    [action] = actions(file)
    assert (action["items"], action["owner"]) == (["S2.1"], "tre")

    wrong = cli("action", "edit", file, "a1", "--owner", "tree")
    assert wrong.code == 2  # a bad argument: usage (issue 15.19)
    assert wrong.err == "error: unknown owner 'tree'; did you mean tre?\n"
