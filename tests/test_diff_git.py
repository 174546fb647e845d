"""`yhdyspinta diff` with REV:PATH sides read through git, and its errors."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from assessment_helpers import ASSESSMENTS, Cli, answer
from conftest import run_installed
from git_helpers import commit_all, git, needs_git, new_repo

pytestmark = needs_git


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """Two commits of assessments/a.yaml (S1.2 at level 3, then 4) and an uncommitted level 5."""
    repo = new_repo(tmp_path / "repo")
    path = repo / "assessments" / "a.yaml"
    path.parent.mkdir()
    shutil.copyfile(ASSESSMENTS / "commented.yaml", path)
    commit_all(repo, "kevät")
    return repo


def level(cli: Cli, repo: Path, value: str, message: str | None = None) -> None:
    answer(cli, repo / "assessments" / "a.yaml", "S1.2", "--level", value)
    if message:
        commit_all(repo, message)


def level_line(output: str) -> str:
    return next(line.strip() for line in output.splitlines() if line.strip().startswith("Taso"))


def test_a_revision_against_the_working_file(
    cli: Cli, repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    level(cli, repo, "4", "syksy")
    level(cli, repo, "5")
    monkeypatch.chdir(repo)

    run = cli("diff", "HEAD~1:assessments/a.yaml", "assessments/a.yaml")

    assert run.code == 0, run.output
    assert level_line(run.out) == "Taso: 3 Osittain toteutunut → 5 Jatkuvasti kehittyvä"
    assert "HEAD~1:assessments/a.yaml → assessments/a.yaml" in run.out


def test_two_revisions_from_a_subfolder(
    cli: Cli, repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    level(cli, repo, "4", "syksy")
    monkeypatch.chdir(repo / "assessments")

    run = cli("diff", "HEAD~1:a.yaml", "HEAD:a.yaml")

    assert run.code == 0, run.output
    assert level_line(run.out) == "Taso: 3 Osittain toteutunut → 4 Vakiintunut"


def test_the_index_is_a_revision_too(cli: Cli, repo: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    level(cli, repo, "2")
    git(repo, "add", "assessments/a.yaml")
    level(cli, repo, "1")
    monkeypatch.chdir(repo)

    run = cli("diff", ":assessments/a.yaml", "assessments/a.yaml")

    assert level_line(run.out) == "Taso: 2 Satunnainen → 1 Puuttuu"


def test_a_file_deleted_from_the_work_tree_is_read_from_git(
    cli: Cli, repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    level(cli, repo, "4", "syksy")
    shutil.rmtree(repo / "assessments")
    monkeypatch.chdir(repo)

    run = cli("diff", "HEAD~1:assessments/a.yaml", "HEAD:assessments/a.yaml")

    assert run.code == 0, run.output
    assert level_line(run.out) == "Taso: 3 Osittain toteutunut → 4 Vakiintunut"


def test_an_unknown_revision_is_named(
    cli: Cli, repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(repo)

    run = cli("diff", "syksy-2025:assessments/a.yaml", "assessments/a.yaml")

    assert run.code == 1
    assert run.err.startswith("error: unknown revision 'syksy-2025' in ")
    assert "git log --oneline" in run.err
    assert "Traceback" not in run.output


def test_a_path_missing_from_the_revision_is_named(
    cli: Cli, repo: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(repo)

    run = cli("diff", "HEAD:assessments/b.yaml", "assessments/a.yaml")

    assert run.code == 1
    assert run.err.startswith("error: assessments/b.yaml is not in revision 'HEAD' of ")


def test_a_revision_outside_a_repository_is_refused(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    shutil.copyfile(ASSESSMENTS / "commented.yaml", path)

    run = cli("diff", "HEAD:a.yaml", path)

    assert run.code == 1
    assert run.err == "error: a.yaml is not inside a git repository, so 'HEAD:' cannot be read\n"


def test_the_installed_program_diffs_revisions(cli: Cli, repo: Path) -> None:
    level(cli, repo, "4", "syksy")

    result = run_installed(
        "diff", "HEAD~1:assessments/a.yaml", "HEAD:assessments/a.yaml", "--format", "md", cwd=repo
    )

    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("# Muutokset: Tampereen seudun työllisyysalue\n")
    assert "| S1.2  | muutettu | Taso  | 3 Osittain toteutunut | 4 Vakiintunut |" in result.stdout
