"""The few git commands the tool runs: reading a file at a revision, config, a line merge."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from yhdyspinta_cli.problems import UserError

TIMEOUT = 60
MAX_CONFLICTS = 127  # merge-file counts conflicts in its exit code, up to this


def run_git(args: list[str], cwd: Path) -> subprocess.CompletedProcess[bytes]:
    """Run git in `cwd` and return what it did; a missing git is a user error."""
    try:
        return subprocess.run(
            ["git", *args], cwd=cwd, capture_output=True, timeout=TIMEOUT, check=False
        )
    except FileNotFoundError:
        raise UserError("git is not installed or not on PATH; install git and try again") from None


def repo_root(folder: Path) -> Path | None:
    """The top folder of the git work tree holding `folder`, or None outside one."""
    result = run_git(["rev-parse", "--show-toplevel"], folder)
    if result.returncode != 0:
        return None
    return Path(os.fsdecode(result.stdout.strip()))


def read_at_revision(revision: str, path: Path) -> bytes:
    """The bytes of `path` as committed in `revision`, from the repository that holds `path`."""
    folder = _existing_folder(path.resolve().parent)
    root = repo_root(folder)
    if root is None:
        raise UserError(f"{path} is not inside a git repository, so '{revision}:' cannot be read")
    inside = path.resolve().relative_to(root.resolve()).as_posix()
    if revision and run_git(["rev-parse", "--verify", "--quiet", revision], root).returncode:
        raise UserError(
            f"unknown revision '{revision}' in {root}; `git log --oneline` lists the commits"
        )
    result = run_git(["cat-file", "blob", f"{revision}:{inside}"], root)
    if result.returncode != 0:
        where = f"revision '{revision}'" if revision else "the index (staged files)"
        raise UserError(
            f"{inside} is not in {where} of {root}; check the path with "
            f"`git ls-tree -r --name-only {revision or 'HEAD'}`"
        )
    return result.stdout


def get_config(folder: Path, name: str) -> str | None:
    """A git config value as the repository of `folder` sees it, or None when it is not set."""
    result = run_git(["config", "--get", name], folder)
    if result.returncode != 0:
        return None
    return os.fsdecode(result.stdout).removesuffix("\n")


def git_path(folder: Path, name: str) -> Path:
    """Where git keeps `name` (e.g. hooks/pre-commit) for the repository of `folder`."""
    result = run_git(["rev-parse", "--path-format=absolute", "--git-path", name], folder)
    return Path(os.fsdecode(result.stdout).strip())


def set_config(folder: Path, name: str, value: str) -> None:
    """Set a git config value in the repository of `folder`."""
    result = run_git(["config", name, value], folder)
    if result.returncode != 0:
        reason = os.fsdecode(result.stderr).strip() or f"exit code {result.returncode}"
        raise UserError(f"`git config {name}` failed in {folder}: {reason}")


def merge_lines(ours: Path, base: Path, theirs: Path) -> int:
    """git's own line merge into `ours`, with conflict markers; returns the number of conflicts."""
    labels = ["-L", "ours", "-L", "base", "-L", "theirs"]
    result = run_git(["merge-file", *labels, str(ours), str(base), str(theirs)], ours.parent)
    if result.returncode > MAX_CONFLICTS:  # git's -1 for an error arrives as 255
        reason = os.fsdecode(result.stderr).strip()
        raise UserError(f"git merge-file could not merge {ours}: {reason}")
    return result.returncode


def _existing_folder(folder: Path) -> Path:
    """`folder`, or its nearest parent that exists (the file may be gone from the work tree)."""
    while not folder.is_dir() and folder != folder.parent:
        folder = folder.parent
    return folder
