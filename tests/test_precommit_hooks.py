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

    commit, full = yaml.safe_load(HOOKS.read_text(encoding="utf-8"))

    assert [(hook["id"], hook["entry"], hook["language"]) for hook in (commit, full)] == [
        ("yhdyspinta-check", "yhdyspinta check --stage commit", "python"),
        ("yhdyspinta-check-full", "yhdyspinta check", "python"),
    ]
    for hook in (commit, full):
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


def add_identity_code(path: Path) -> None:
    """A henkilötunnus typed into a note by hand, where no command would let it in."""
    text = path.read_text(encoding="utf-8")
    path.write_text(text + "# asiakas 131052-308T\n", encoding="utf-8")


@pytest.mark.slow
@needs_git
@pytest.mark.skipif(os.name == "nt", reason="the hook's venv layout differs on Windows")
def test_try_repo_lets_a_workshop_in_and_refuses_personal_data(cli: Cli, tmp_path: Path) -> None:
    checkout = tool_checkout(tmp_path)
    region = new_repo(tmp_path / "alue")
    (region / "assessments").mkdir()
    path = new_assessment(cli, region / "assessments" / "a.yaml")
    answer(cli, path, "S1.2", "--level", "2", "--target", "4")
    commit_all(region, "kesken")
    cache = tmp_path / "pre-commit-cache"

    def hook(hook_id: str) -> subprocess.CompletedProcess[str]:
        return pre_commit("try-repo", checkout, hook_id, "--files", path, cwd=region, home=cache)

    passing = hook("yhdyspinta-check")

    assert passing.returncode == 0, passing.stdout + passing.stderr
    assert re.search(r"yhdyspinta check --stage commit\.+Passed", passing.stdout), passing.stdout

    full = hook("yhdyspinta-check-full")

    assert full.returncode == 1, full.stdout + full.stderr
    assert "(not-addressed)" in full.stdout
    assert "(gap-without-action)" in full.stdout

    add_identity_code(path)
    refused = hook("yhdyspinta-check")

    assert refused.returncode == 1, refused.stdout + refused.stderr
    assert "(personal-data)" in refused.stdout
    assert "(not-addressed)" not in refused.stdout
    assert "131052-308T" not in refused.stdout
