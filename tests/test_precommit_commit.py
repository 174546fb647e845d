"""The scaffold's pre-commit hook on real `git commit`s: a workshop's results go in before the
plan exists; an identity code or a conflict left by a merge never does."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from assessment_helpers import Cli, answer, new_assessment
from git_helpers import git, git_env, needs_git, new_repo

from yhdyspinta_cli.checklist.catalog import load_catalog

pytestmark = [needs_git, pytest.mark.slow]
PRE_COMMIT = Path(sys.executable).parent / "pre-commit"


def commit(repo: Path, message: str) -> subprocess.CompletedProcess[str]:
    """`git add -A` and `git commit`, which runs the installed hook."""
    git(repo, "add", "-A")
    return git(repo, "commit", "-q", "-m", message, check=False)


@pytest.fixture
def region(cli: Cli, tmp_path: Path) -> Path:
    """A scaffolded repository with the hook installed, as the region's README sets it up."""
    repo = new_repo(tmp_path / "alue")
    assert cli("init", repo, "--git-config", "--lang", "fi").code == 0
    env = {**git_env(), "PRE_COMMIT_HOME": str(tmp_path / "pre-commit-cache")}
    installed = subprocess.run(
        [str(PRE_COMMIT), "install"], cwd=repo, env=env, capture_output=True, text=True, check=False
    )
    assert installed.returncode == 0, installed.stderr
    return repo


def workshop(cli: Cli, repo: Path) -> Path:
    """Every item answered, every one with a gap, and no action yet."""
    path = new_assessment(cli, repo / "assessments" / "2026-kevat.yaml")
    for item in load_catalog().iter_items():
        answer(cli, path, item.id, "--level", "2", "--target", "4")
    return path


def test_a_workshop_commits_before_the_plan_and_ci_wants_the_plan(
    cli: Cli, region: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    workshop(cli, region)

    committed = commit(region, "työpaja")

    assert committed.returncode == 0, committed.stdout + committed.stderr
    assert git(region, "status", "--porcelain").stdout == ""
    monkeypatch.chdir(region)
    ci = cli("check")
    assert ci.code == 1
    assert "(gap-without-action)" in ci.out


def test_an_identity_code_is_refused_at_commit(cli: Cli, region: Path) -> None:
    path = workshop(cli, region)
    assert commit(region, "työpaja").returncode == 0
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("current: 2", "current: 2  # asiakas 131052-308T", 1), "utf-8")

    refused = commit(region, "henkilötunnus")

    assert refused.returncode == 1
    assert "(personal-data)" in refused.stdout + refused.stderr
    assert "131052-308T" not in refused.stdout + refused.stderr
    assert git(region, "log", "--oneline").stdout.count("\n") == 1


def test_a_conflict_left_by_a_merge_is_refused_at_commit(cli: Cli, region: Path) -> None:
    path = workshop(cli, region)
    assert commit(region, "työpaja").returncode == 0
    git(region, "checkout", "-q", "-b", "kela")
    answer(cli, path, "S1.2", "--level", "3")
    assert commit(region, "kela").returncode == 0
    git(region, "checkout", "-q", "main")
    answer(cli, path, "S1.2", "--level", "1")
    assert commit(region, "tre").returncode == 0
    assert git(region, "merge", "-q", "kela", check=False).returncode == 1

    refused = commit(region, "yhdistetty")

    assert refused.returncode == 1
    assert "(merge-conflict)" in refused.stdout + refused.stderr
    assert "yhdyspinta resolve assessments/2026-kevat.yaml S1.2 --ours" in refused.stderr
    assert cli("resolve", path, "S1.2", "--theirs").code == 0
    assert commit(region, "yhdistetty").returncode == 0
