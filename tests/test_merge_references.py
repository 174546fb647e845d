"""`merge` never writes a "clean" file that fails the cross-reference checks: an organisation
deleted on one branch while the other uses it is a conflict kept for a person, exit 1."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

from assessment_helpers import ASSESSMENTS, Cli, answer, plain
from git_helpers import commit_all, git, needs_git, new_repo, use_merge_driver

pytestmark = needs_git

KELA = "  - key: kela\n    type: kela\n    name: Kela\n"


def repository(tmp_path: Path) -> tuple[Path, Path]:
    repo = new_repo(tmp_path / "repo")
    use_merge_driver(repo)
    path = repo / "assessments" / "a.yaml"
    path.parent.mkdir()
    shutil.copyfile(ASSESSMENTS / "commented.yaml", path)
    commit_all(repo, "kevät 2026")
    return repo, path


def delete_kela(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    assert KELA in text
    path.write_text(text.replace(KELA, ""), encoding="utf-8")


def branches(repo: Path, path: Path, cli: Cli, ours_deletes: bool) -> None:
    """One branch deletes the organisation kela, the other adds a rating from it."""
    git(repo, "checkout", "-q", "-b", "theirs")
    if ours_deletes:
        answer(cli, path, "S1.2", "--org", "kela", "--rating", "5")
    else:
        delete_kela(path)
    commit_all(repo, "theirs")
    git(repo, "checkout", "-q", "main")
    if ours_deletes:
        delete_kela(path)
    else:
        answer(cli, path, "S1.2", "--org", "kela", "--rating", "5")
    commit_all(repo, "ours")


def assert_readable_with_only_the_conflict(cli: Cli, path: Path) -> None:
    status = cli("status", path)
    assert status.code == 0, status.output
    check = cli("check", "--format", "json", path)
    rules = {problem["rule"] for problem in json.loads(check.out)["problems"]}
    assert "merge-conflict" in rules
    assert not rules & {"unknown-organisation", "schema", "duplicate-id"}, rules


def test_ours_deletes_an_organisation_theirs_rates_with_it(cli: Cli, tmp_path: Path) -> None:
    repo, path = repository(tmp_path)
    branches(repo, path, cli, ours_deletes=True)

    merged = git(repo, "merge", "--no-edit", "theirs", check=False)

    assert merged.returncode != 0, merged.stdout + merged.stderr
    data = plain(path)
    assert [org["key"] for org in data["organisations"]] == ["tre", "pirha"], "ours deleted it"
    assert "kela" not in data["answers"]["S1.2"]["ratings"]
    assert "kela" not in data["answers"]["S1.2"]["participants"]
    conflicts = {c["path"]: c for c in data["conflicts"]}
    assert conflicts["answers.S1.2.ratings.kela"] == {
        "path": "answers.S1.2.ratings.kela", "base": None, "ours": None, "theirs": 5,
    }  # fmt: skip
    assert "answers.S1.2.participants" in conflicts
    assert_readable_with_only_the_conflict(cli, path)
    assert git(repo, "diff", "--name-only", "--diff-filter=U").stdout == "assessments/a.yaml\n"


def test_theirs_deletes_an_organisation_ours_rates_with_it(cli: Cli, tmp_path: Path) -> None:
    repo, path = repository(tmp_path)
    branches(repo, path, cli, ours_deletes=False)

    merged = git(repo, "merge", "--no-edit", "theirs", check=False)

    assert merged.returncode != 0, merged.stdout + merged.stderr
    data = plain(path)
    assert [org["key"] for org in data["organisations"]] == ["tre", "pirha", "kela"], "ours kept it"
    assert data["answers"]["S1.2"]["ratings"]["kela"] == 5
    [conflict] = data["conflicts"]
    assert conflict["path"] == "organisations.kela"
    assert conflict["ours"] == {"key": "kela", "type": "kela", "name": "Kela"}
    assert conflict["theirs"] is None
    assert_readable_with_only_the_conflict(cli, path)


def test_an_action_owned_by_a_deleted_organisation_is_a_conflict(cli: Cli, tmp_path: Path) -> None:
    repo, path = repository(tmp_path)
    git(repo, "checkout", "-q", "-b", "theirs")
    run = cli("action", "add", path, "--item", "S1.2", "--title", "Foorumi", "--owner", "kela")
    assert run.code == 0, run.output
    commit_all(repo, "theirs")
    git(repo, "checkout", "-q", "main")
    delete_kela(path)
    commit_all(repo, "ours")

    merged = git(repo, "merge", "--no-edit", "theirs", check=False)

    assert merged.returncode != 0
    data = plain(path)
    assert data["actions"] == []
    [conflict] = data["conflicts"]
    assert (conflict["path"], conflict["ours"]) == ("actions.A1", None)
    assert conflict["theirs"]["owner"] == "kela"
    assert_readable_with_only_the_conflict(cli, path)
