"""`resolve`, and `answer` and `action edit` on a conflicted item or action, after a real merge
that left one conflict of each kind."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from assessment_helpers import Cli, answer, plain, round_trip
from git_helpers import commit_all, git, needs_git, new_repo

from yhdyspinta_cli.i18n import message

pytestmark = needs_git
FILE = "assessments/a.yaml"
NOTE_FI = "# yhdyspinta merge: molemmat puolet muuttivat näitä tietoja eri tavoin."
ORGS = ("tre:kunta:Tampere", "kela:kela")
KINDS = [
    "region",
    "organisations.kela.name",
    "answers.S1.2.current",
    "answers.S1.2.ratings.tre",
    "answers.S1.2.note",
    "answers.S2.1",
    "actions.A1.title",
    "actions.A2",
]


def edit(path: Path, change: Callable[[Any], None]) -> None:
    """A hand edit of the YAML, for what no command does (deleting an answer)."""
    from ruamel.yaml import YAML

    data = round_trip(path)
    change(data)
    with path.open("w", encoding="utf-8") as stream:
        YAML().dump(data, stream)


def theirs(data: Any) -> None:
    data["region"] = "Tampere (theirs)"
    data["organisations"][1]["name"] = "Kela (theirs)"
    data["answers"]["S1.2"].update({"current": 2, "note": "Kelan näkemys"})
    data["answers"]["S1.2"]["ratings"]["tre"] = 2
    data["answers"]["S2.1"]["current"] = 1
    data["actions"][0]["title"] = "Foorumi (theirs)"
    data["actions"][1]["title"] = "Tilannekuva (theirs)"


def ours(data: Any) -> None:
    data["region"] = "Tampere (ours)"
    data["organisations"][1]["name"] = "Kela (ours)"
    data["answers"]["S1.2"].update({"current": 4, "note": "Tampereen näkemys"})
    data["answers"]["S1.2"]["ratings"]["tre"] = 4
    del data["answers"]["S2.1"]
    data["actions"][0]["title"] = "Foorumi (ours)"
    del data["actions"][1]


@pytest.fixture(scope="module")
def conflicted(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The file after a merge whose driver left one conflict of each kind (kept as made)."""
    from conftest import run_installed

    repo = new_repo(tmp_path_factory.mktemp("resolve") / "alue")
    assert run_installed("init", repo, "--git-config", "--lang", "fi").returncode == 0
    path = repo / FILE
    org_args = [arg for spec in ORGS for arg in ("--org", spec)]
    steps = [
        ("new", FILE, "--region", "Tampereen seutu", "--date", "2026-03-14", *org_args),
        ("answer", FILE, "S1.2", "--level", "3", "--org", "tre", "--rating", "3", "--note", "x"),
        ("answer", FILE, "S2.1", "--level", "2"),
        ("action", "add", FILE, "--item", "S1.2", "--title", "Foorumi", "--owner", "tre"),
        ("action", "add", FILE, "--item", "S2.1", "--title", "Tilannekuva", "--owner", "kela"),
    ]
    for step in steps:
        done = run_installed(*step, cwd=repo)
        assert done.returncode == 0, done.stderr
    commit_all(repo, "työpaja")
    git(repo, "checkout", "-q", "-b", "theirs")
    edit(path, theirs)
    commit_all(repo, "theirs")
    git(repo, "checkout", "-q", "main")
    edit(path, ours)
    commit_all(repo, "ours")
    merged = git(repo, "merge", "--no-edit", "theirs", check=False)
    assert merged.returncode == 1, merged.stdout + merged.stderr
    return path


@pytest.fixture
def copy(conflicted: Path, tmp_path: Path) -> Path:
    """A fresh copy of the conflicted file, beside a copy of the repository's config."""
    shutil.copyfile(conflicted.parents[1] / "yhdyspinta.yaml", tmp_path / "yhdyspinta.yaml")
    target = tmp_path / FILE
    target.parent.mkdir()
    shutil.copyfile(conflicted, target)
    return target


def conflict_paths(path: Path) -> list[str]:
    return [entry["path"] for entry in plain(path).get("conflicts") or ()]


def test_the_merge_left_one_conflict_of_each_kind(conflicted: Path) -> None:
    assert sorted(conflict_paths(conflicted)) == sorted(KINDS)


def test_check_names_the_command_that_settles_each_conflict(cli: Cli, copy: Path) -> None:
    run = cli("check", "--stage", "commit", copy.relative_to(Path.cwd()))  # as typed in the repo

    assert run.code == 1
    for target in ("region", "kela", "S1.2", "S2.1", "A1", "A2"):
        assert f"`yhdyspinta resolve {FILE} {target} --ours`" in run.out, target


THEIRS = {
    "region": lambda d: d["region"] == "Tampere (theirs)",
    "kela": lambda d: d["organisations"][1]["name"] == "Kela (theirs)",
    "S2.1": lambda d: d["answers"]["S2.1"]["current"] == 1,
    "A1": lambda d: d["actions"][0]["title"] == "Foorumi (theirs)",
    "A2": lambda d: (
        [a["title"] for a in d["actions"]] == ["Foorumi (ours)", "Tilannekuva (theirs)"]
    ),
}
OURS = {
    "region": lambda d: d["region"] == "Tampere (ours)",
    "kela": lambda d: d["organisations"][1]["name"] == "Kela (ours)",
    "S2.1": lambda d: "S2.1" not in d["answers"],
    "A1": lambda d: d["actions"][0]["title"] == "Foorumi (ours)",
    "A2": lambda d: [a["id"] for a in d["actions"]] == ["A1"],
}


@pytest.mark.parametrize("side", ["ours", "theirs"])
@pytest.mark.parametrize("target", sorted(THEIRS))
def test_resolve_takes_a_side_and_clears_only_that_entry(
    cli: Cli, copy: Path, target: str, side: str
) -> None:
    before = conflict_paths(copy)

    run = cli("resolve", copy, target, f"--{side}")

    assert run.code == 0, run.output
    data = plain(copy)
    assert (THEIRS if side == "theirs" else OURS)[target](data), data
    left = conflict_paths(copy)
    [cleared] = [path for path in before if path not in left]
    assert f"ratkaistu ja poistettu conflicts-listalta ({copy}): {cleared}" in run.out
    assert f"ratkaisematta {len(before) - 1}: " in run.out


def test_resolve_an_item_takes_theirs_for_every_field_of_it(cli: Cli, copy: Path) -> None:
    run = cli("resolve", copy, "s1.2", "--theirs")

    assert run.code == 0, run.output
    item = plain(copy)["answers"]["S1.2"]
    assert (item["current"], item["ratings"]["tre"], item["note"]) == (2, 2, "Kelan näkemys")
    assert not [path for path in conflict_paths(copy) if path.startswith("answers.S1.2")]


def test_resolve_one_field_by_its_whole_path(cli: Cli, copy: Path) -> None:
    run = cli("resolve", copy, "answers.S1.2.note", "--theirs")

    assert run.code == 0, run.output
    assert plain(copy)["answers"]["S1.2"]["note"] == "Kelan näkemys"
    assert "answers.S1.2.current" in conflict_paths(copy)
    assert "answers.S1.2.note" not in conflict_paths(copy)


def test_resolve_with_a_level_of_ones_own(cli: Cli, copy: Path) -> None:
    run = cli("resolve", copy, "S1.2", "--level", "3")

    assert run.code == 0, run.output
    assert plain(copy)["answers"]["S1.2"]["current"] == 3
    assert "answers.S1.2.current" not in conflict_paths(copy)
    assert "answers.S1.2.note" in conflict_paths(copy)


def test_answer_on_a_conflicted_item_settles_what_it_sets(cli: Cli, copy: Path) -> None:
    run = answer(cli, copy, "S1.2", "--note", "Sovittu yhdessä")

    assert f"ratkaistu ja poistettu conflicts-listalta ({copy}): answers.S1.2.note" in run.out
    assert "answers.S1.2.current" in conflict_paths(copy)
    assert "answers.S1.2.note" not in conflict_paths(copy)


def test_action_edit_on_a_conflicted_action_settles_it(cli: Cli, copy: Path) -> None:
    run = cli("action", "edit", copy, "A1", "--title", "Yhteinen foorumi")

    assert run.code == 0, run.output
    assert "actions.A1.title" in run.out
    assert "actions.A1.title" not in conflict_paths(copy)


def test_settling_every_conflict_removes_the_list_and_check_passes_the_commit_stage(
    cli: Cli, copy: Path
) -> None:
    assert NOTE_FI in copy.read_text(encoding="utf-8")  # merge wrote it in the file's language
    for target in ("region", "kela", "S1.2", "S2.1", "A1", "A2"):
        assert cli("resolve", copy, target, "--ours").code == 0

    assert "conflicts" not in plain(copy)
    assert "conflicts:" not in copy.read_text(encoding="utf-8")
    assert "yhdyspinta merge:" not in copy.read_text(encoding="utf-8")
    assert cli("check", "--stage", "commit", copy).code == 0


def test_the_note_goes_with_the_list_in_whatever_language_it_was_written(
    cli: Cli, copy: Path
) -> None:
    text = copy.read_text(encoding="utf-8")
    english = message("merge_conflicts_note", "en").splitlines()
    finnish = message("merge_conflicts_note", "fi").splitlines()
    note = "\n".join(f"# {line}" for line in finnish)
    assert note in text
    copy.write_text(text.replace(note, "\n".join(f"# {line}" for line in english)), "utf-8")

    for target in ("region", "kela", "S1.2", "S2.1", "A1", "A2"):
        assert cli("resolve", copy, target, "--ours").code == 0

    assert "yhdyspinta merge:" not in copy.read_text(encoding="utf-8")


def test_resolve_of_something_without_a_conflict_names_what_has_one(cli: Cli, copy: Path) -> None:
    run = cli("resolve", copy, "S3.1", "--ours")

    assert run.code == 1
    assert "no conflict about 'S3.1'; the conflicts are about: " in run.err
    assert "S1.2" in run.err


def test_resolve_needs_exactly_one_choice(cli: Cli, copy: Path) -> None:
    assert cli("resolve", copy, "S1.2").code == 1
    assert cli("resolve", copy, "S1.2", "--ours", "--theirs").code == 1
