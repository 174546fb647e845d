"""Real git repositories for the diff, merge, init and pre-commit tests."""

from __future__ import annotations

import os
import shutil
import subprocess
from pathlib import Path

import pytest
from conftest import YHDYSPINTA

GIT_ENV = {
    "GIT_AUTHOR_NAME": "Testaaja",
    "GIT_AUTHOR_EMAIL": "testaaja@example.invalid",
    "GIT_COMMITTER_NAME": "Testaaja",
    "GIT_COMMITTER_EMAIL": "testaaja@example.invalid",
    "GIT_CONFIG_NOSYSTEM": "1",
}
needs_git = pytest.mark.skipif(shutil.which("git") is None, reason="needs git")


def git_env() -> dict[str, str]:
    """The environment with a test identity, and the installed yhdyspinta first on PATH."""
    path = f"{YHDYSPINTA.parent}{os.pathsep}{os.environ.get('PATH', '')}"
    return {**os.environ, **GIT_ENV, "PATH": path}


def git(repo: Path, *args: str | Path, check: bool = True) -> subprocess.CompletedProcess[str]:
    """Run git in `repo`; with `check`, a failure fails the test with git's own words."""
    result = subprocess.run(
        ["git", *map(str, args)],
        cwd=repo,
        env=git_env(),
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )
    if check:
        assert result.returncode == 0, f"git {args}: {result.stdout}{result.stderr}"
    return result


def new_repo(path: Path) -> Path:
    """An empty repository on branch main."""
    path.mkdir(parents=True, exist_ok=True)
    git(path, "init", "-q", "-b", "main")
    git(path, "config", "commit.gpgsign", "false")
    return path


def commit_all(repo: Path, message: str) -> None:
    """Stage everything and commit."""
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", message)


def use_merge_driver(repo: Path) -> None:
    """Wire up `yhdyspinta merge` as README tells users to, with the installed script's path."""
    git(repo, "config", "merge.yhdyspinta.driver", f"{YHDYSPINTA} merge %O %A %B")
    attributes = repo / ".gitattributes"
    attributes.write_text("assessments/*.yaml merge=yhdyspinta\n", encoding="utf-8")
