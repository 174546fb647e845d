"""The few git commands the tool runs: reading a file at a revision, config, a line merge."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

from yhdyspinta_cli.i18n import msg
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
        raise UserError(msg("git_missing")) from None


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
        raise UserError(msg("git_not_a_repository", path=str(path), revision=revision))
    inside = path.resolve().relative_to(root.resolve()).as_posix()
    if revision and run_git(["rev-parse", "--verify", "--quiet", revision], root).returncode:
        raise UserError(msg("git_unknown_revision", revision=revision, root=str(root)))
    result = run_git(["cat-file", "blob", f"{revision}:{inside}"], root)
    if result.returncode != 0:
        key = "git_not_in_revision" if revision else "git_not_in_index"
        raise UserError(msg(key, inside=inside, revision=revision, root=str(root)))
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
        reason = os.fsdecode(result.stderr).strip() or msg("git_exit_code", code=result.returncode)
        raise UserError(msg("git_config_failed", name=name, folder=str(folder), reason=reason))


def merge_lines(ours: Path, base: Path, theirs: Path) -> int:
    """git's own line merge into `ours`, with conflict markers; returns the number of conflicts."""
    labels = ["-L", "ours", "-L", "base", "-L", "theirs"]
    result = run_git(["merge-file", *labels, str(ours), str(base), str(theirs)], ours.parent)
    if result.returncode > MAX_CONFLICTS:  # git's -1 for an error arrives as 255
        reason = os.fsdecode(result.stderr).strip()
        raise UserError(msg("git_merge_file_failed", path=str(ours), reason=reason))
    return result.returncode


def _existing_folder(folder: Path) -> Path:
    """`folder`, or its nearest parent that exists (the file may be gone from the work tree)."""
    while not folder.is_dir() and folder != folder.parent:
        folder = folder.parent
    return folder
