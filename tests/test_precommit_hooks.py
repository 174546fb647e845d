"""The `.pre-commit-hooks.yaml` of this repository, run by the real pre-commit with `try-repo`.

try-repo clones the repository it is given at its HEAD, so the test copies the working tree into
a temporary repository and commits it there: the hook then installs the code under test (with
pip, from the local path; its dependencies come from the package index), in CI's clean clone too.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from assessment_helpers import Cli, answer, new_assessment
from conftest import REPO
from git_helpers import commit_all, git_env, needs_git, new_repo

PRE_COMMIT = Path(sys.executable).parent / "pre-commit"
HOOKS = REPO / ".pre-commit-hooks.yaml"
# What building the package needs (pyproject.toml's wheel target and its readme).
SOURCES = ("pyproject.toml", "README.md", ".pre-commit-hooks.yaml")
SOURCE_DIRS = ("yhdyspinta_cli", "checklists", "templates", "messages")


def pre_commit(*args: str | Path, cwd: Path, home: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(PRE_COMMIT), *map(str, args)],
        cwd=cwd,
        env={**git_env(), "PRE_COMMIT_HOME": str(home), "PRE_COMMIT_COLOR": "never"},
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=900,
        check=False,
    )


def test_the_manifest_is_valid_and_declares_the_check_hook(tmp_path: Path) -> None:
    result = pre_commit("validate-manifest", HOOKS, cwd=REPO, home=tmp_path / "cache")
    assert result.returncode == 0, result.stdout + result.stderr

    [hook] = yaml.safe_load(HOOKS.read_text(encoding="utf-8"))

    assert (hook["id"], hook["entry"], hook["language"]) == (
        "yhdyspinta-check",
        "yhdyspinta check",
        "python",
    )
    files = re.compile(hook["files"])
    assert files.search("assessments/2026-kevat.yaml")
    assert files.search("assessments/vanhat/2025.yml")
    assert not files.search("yhdyspinta.yaml")
    assert not files.search("checklists/s1.yaml")


def tool_checkout(tmp_path: Path) -> Path:
    """This working tree's sources, committed in a repository of their own."""
    checkout = new_repo(tmp_path / "yhdyspinta")
    for name in SOURCES:
        shutil.copyfile(REPO / name, checkout / name)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for name in SOURCE_DIRS:
        shutil.copytree(REPO / name, checkout / name, ignore=ignore)
    commit_all(checkout, "työkopio")
    return checkout


def complete(cli: Cli, path: Path) -> None:
    """Every item answered with its target reached: nothing for the policy to object to."""
    from yhdyspinta_cli.checklist.catalog import load_catalog

    for item in load_catalog().iter_items():
        answer(cli, path, item.id, "--level", "3", "--target", "3")


@pytest.mark.slow
@needs_git
@pytest.mark.skipif(os.name == "nt", reason="the hook's venv layout differs on Windows")
def test_try_repo_runs_check_on_the_assessments(cli: Cli, tmp_path: Path) -> None:
    checkout = tool_checkout(tmp_path)
    region = new_repo(tmp_path / "alue")
    (region / "assessments").mkdir()
    path = new_assessment(cli, region / "assessments" / "a.yaml")
    answer(cli, path, "S1.2", "--level", "2")
    commit_all(region, "kesken")
    cache = tmp_path / "pre-commit-cache"

    failing = pre_commit(
        "try-repo", checkout, "yhdyspinta-check", "--files", path, cwd=region, home=cache
    )

    assert failing.returncode == 1, failing.stdout + failing.stderr
    assert "yhdyspinta check" in failing.stdout
    assert "Failed" in failing.stdout
    assert "(not-addressed)" in failing.stdout

    complete(cli, path)
    passing = pre_commit(
        "try-repo", checkout, "yhdyspinta-check", "--files", path, cwd=region, home=cache
    )

    assert passing.returncode == 0, passing.stdout + passing.stderr
    assert re.search(r"yhdyspinta check\.+Passed", passing.stdout), passing.stdout
