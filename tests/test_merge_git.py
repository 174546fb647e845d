"""`yhdyspinta merge` as the git merge driver of a real repository: two branches, `git merge`."""

from __future__ import annotations

import shutil
from pathlib import Path

from assessment_helpers import ASSESSMENTS, Cli, answer, plain
from git_helpers import commit_all, git, needs_git, new_repo, use_merge_driver

pytestmark = needs_git

COMMENTS = (
    "# Tampereen seudun työllisyysalueen arviointi, kevät 2026.",
    "  # Kela ja Pirha näkevät tämän eri tavoin; palataan syksyllä.",
    "    current: 3  # konsensus työpajassa",
)


def repository(tmp_path: Path) -> tuple[Path, Path]:
    """A repository with the merge driver set up and one commented assessment on main."""
    repo = new_repo(tmp_path / "repo")
    use_merge_driver(repo)
    path = repo / "assessments" / "a.yaml"
    path.parent.mkdir()
    shutil.copyfile(ASSESSMENTS / "commented.yaml", path)
    commit_all(repo, "kevät 2026")
    return repo, path


def on_branch(repo: Path, branch: str, new: bool = False) -> None:
    git(repo, "checkout", "-q", *(["-b"] if new else []), branch)


def test_branches_changing_different_items_merge_with_comments_kept(
    cli: Cli, tmp_path: Path
) -> None:
    repo, path = repository(tmp_path)
    on_branch(repo, "theirs", new=True)
    answer(cli, path, "S2.1", "--level", "2", "--note", "Tilannekuva puuttuu")
    commit_all(repo, "S2.1")
    on_branch(repo, "main")
    answer(cli, path, "S1.1a", "--level", "3")
    commit_all(repo, "S1.1a")

    merged = git(repo, "merge", "--no-edit", "theirs", check=False)

    assert merged.returncode == 0, merged.stdout + merged.stderr
    answers = plain(path)["answers"]
    assert answers["S1.1a"]["current"] == 3
    assert (answers["S2.1"]["current"], answers["S2.1"]["note"]) == (2, "Tilannekuva puuttuu")
    lines = path.read_text(encoding="utf-8").splitlines()
    assert all(comment in lines for comment in COMMENTS)
    assert git(repo, "status", "--porcelain").stdout == ""


def test_branches_changing_the_same_level_differently_conflict(cli: Cli, tmp_path: Path) -> None:
    repo, path = repository(tmp_path)
    on_branch(repo, "theirs", new=True)
    answer(cli, path, "S1.2", "--level", "2")
    commit_all(repo, "S1.2 = 2")
    on_branch(repo, "main")
    answer(cli, path, "S1.2", "--level", "4")
    commit_all(repo, "S1.2 = 4")

    merged = git(repo, "merge", "--no-edit", "theirs", check=False)

    assert merged.returncode != 0
    assert "CONFLICT" in merged.stdout
    assert "answers.S1.2.current: base 3, ours 4, theirs 2" in merged.stderr
    data = plain(path)
    assert data["answers"]["S1.2"]["current"] == 4
    assert data["conflicts"] == [
        {"path": "answers.S1.2.current", "base": 3, "ours": 4, "theirs": 2}
    ]
    assert "<<<<<<<" not in path.read_text(encoding="utf-8")
    assert git(repo, "diff", "--name-only", "--diff-filter=U").stdout == "assessments/a.yaml\n"


def test_actions_added_on_both_branches_are_both_kept(cli: Cli, tmp_path: Path) -> None:
    repo, path = repository(tmp_path)
    on_branch(repo, "theirs", new=True)
    run = cli("action", "add", path, "--item", "S2.1", "--title", "Tilannekuva", "--owner", "kela")
    assert run.code == 0, run.output
    commit_all(repo, "A1 Kela")
    on_branch(repo, "main")
    run = cli("action", "add", path, "--item", "S1.2", "--title", "Foorumi", "--owner", "tre")
    assert run.code == 0, run.output
    commit_all(repo, "A1 Tampere")

    merged = git(repo, "merge", "--no-edit", "theirs", check=False)

    assert merged.returncode == 0, merged.stdout + merged.stderr
    actions = [(a["id"], a["title"], a["owner"]) for a in plain(path)["actions"]]
    assert actions == [("A1", "Foorumi", "tre"), ("A2", "Tilannekuva", "kela")]
    assert "heidän on nyt A2" in merged.stdout  # in the assessment's language


def test_a_note_on_one_branch_and_a_level_on_the_other_merge_cleanly(
    cli: Cli, tmp_path: Path
) -> None:
    repo, path = repository(tmp_path)
    on_branch(repo, "theirs", new=True)
    answer(cli, path, "S1.2", "--note", "Kokoonpano sovittu.")
    commit_all(repo, "note")
    on_branch(repo, "main")
    answer(cli, path, "S1.2", "--level", "4")
    commit_all(repo, "level")

    merged = git(repo, "merge", "--no-edit", "theirs", check=False)

    assert merged.returncode == 0, merged.stdout + merged.stderr
    item = plain(path)["answers"]["S1.2"]
    assert (item["current"], item["note"]) == (4, "Kokoonpano sovittu.")
    assert "    current: 4  # konsensus työpajassa" in path.read_text(encoding="utf-8")
