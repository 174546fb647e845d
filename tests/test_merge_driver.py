"""The merge driver `init --git-config` writes, in real repositories: whatever happens to the
tool, a merge leaves both sides in the file or visible conflict markers, never ours alone."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from assessment_helpers import Cli, answer, new_assessment, plain
from git_helpers import GIT_ENV, commit_all, git, needs_git, new_repo

from yhdyspinta_cli.history.driver import DRIVER_KEY, driver_command

pytestmark = needs_git
GIT = shutil.which("git") or "git"


def bare_path() -> str:
    """A PATH with git and the shell tools, and no yhdyspinta: a git GUI outside the venv."""
    folders = {str(Path(GIT).parent), "/usr/bin", "/bin"}
    assert not any((Path(folder) / "yhdyspinta").exists() for folder in folders)
    return os.pathsep.join(sorted(folders))


def merge_without_venv(repo: Path, branch: str) -> subprocess.CompletedProcess[str]:
    """`git merge` with neither the venv's scripts nor its Python on PATH."""
    env = {**os.environ, **GIT_ENV, "PATH": bare_path()}
    env.pop("VIRTUAL_ENV", None)
    return subprocess.run(
        [GIT, "merge", "--no-edit", branch],
        cwd=repo,
        env=env,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        check=False,
    )


def conflicting_branches(cli: Cli, tmp_path: Path, name: str = "a.yaml") -> tuple[Path, Path]:
    """A scaffolded repository where main set S1.2 to 4 and the branch `theirs` set it to 2."""
    repo = new_repo(tmp_path / "alue")
    run = cli("init", repo, "--git-config", "--lang", "en")
    assert run.code == 0, run.output
    path = repo / "assessments" / name
    path.parent.mkdir(parents=True, exist_ok=True)
    new_assessment(cli, path)
    answer(cli, path, "S1.2", "--level", "3")
    commit_all(repo, "työpaja")
    git(repo, "checkout", "-q", "-b", "theirs")
    answer(cli, path, "S1.2", "--level", "2", "--note", "Kelan näkemys")
    commit_all(repo, "theirs")
    git(repo, "checkout", "-q", "main")
    answer(cli, path, "S1.2", "--level", "4")
    commit_all(repo, "ours")
    return repo, path


def test_init_writes_the_driver_with_this_interpreter_and_the_real_path(tmp_path: Path) -> None:
    repo = new_repo(tmp_path / "alue")
    from yhdyspinta_cli.scaffold.gitsetup import configure_merge_driver

    configure_merge_driver(repo, sys.executable)

    command = git(repo, "config", DRIVER_KEY).stdout.strip()
    assert command == driver_command(sys.executable)
    assert f"{sys.executable} -m yhdyspinta_cli merge %O %A %B %P" in command


def test_a_merge_without_the_venv_on_path_still_merges_by_id(cli: Cli, tmp_path: Path) -> None:
    repo, path = conflicting_branches(cli, tmp_path)

    merged = merge_without_venv(repo, "theirs")

    assert merged.returncode == 1
    assert "yhdyspinta merge assessments/a.yaml: " in merged.stderr  # %P: the real file
    data = plain(path)
    assert data["answers"]["S1.2"]["current"] == 4
    assert data["answers"]["S1.2"]["note"] == "Kelan näkemys"
    assert data["conflicts"] == [
        {"path": "answers.S1.2.current", "base": 3, "ours": 4, "theirs": 2}
    ]


def test_assessments_in_subfolders_use_the_driver_too(cli: Cli, tmp_path: Path) -> None:
    repo, path = conflicting_branches(cli, tmp_path, name="tampere/a.yaml")

    merged = merge_without_venv(repo, "theirs")

    assert "yhdyspinta merge assessments/tampere/a.yaml: " in merged.stderr
    assert plain(path)["conflicts"][0]["theirs"] == 2


@pytest.mark.parametrize(
    "python",
    [
        "/nonexistent/venv/bin/python",  # the venv was deleted
        str(Path(sys.base_prefix) / "bin" / "python3"),  # a Python without yhdyspinta
    ],
    ids=["missing-interpreter", "interpreter-without-the-tool"],
)
def test_a_driver_that_cannot_run_leaves_markers_that_the_commit_check_refuses(
    cli: Cli, tmp_path: Path, python: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo, path = conflicting_branches(cli, tmp_path)
    git(repo, "config", DRIVER_KEY, driver_command(python))

    merged = merge_without_venv(repo, "theirs")

    assert merged.returncode == 1
    assert "CONFLICT" in merged.stdout
    assert "yhdyspinta merge could not run" in merged.stderr
    assert "assessments/a.yaml" in merged.stderr
    text = path.read_text(encoding="utf-8")
    assert "<<<<<<< ours" in text
    assert "    current: 4" in text  # ours
    assert "    current: 2" in text  # theirs
    assert git(repo, "diff", "--name-only", "--diff-filter=U").stdout == "assessments/a.yaml\n"
    marker = text.splitlines().index("<<<<<<< ours") + 1

    monkeypatch.chdir(repo)
    checked = cli("check", "--stage", "commit", "--format", "json")

    assert checked.code == 1
    found = {(p["line"], p["rule"]) for p in json.loads(checked.out)["problems"]}
    assert (marker, "merge-conflict") in found


def test_the_driver_speaks_the_repositorys_language(cli: Cli, tmp_path: Path) -> None:
    repo, _ = conflicting_branches(cli, tmp_path)
    config = repo / "yhdyspinta.yaml"
    config.write_text(config.read_text(encoding="utf-8").replace("language: en", "language: sv"))

    merged = merge_without_venv(repo, "theirs")

    assert "yhdyspinta merge assessments/a.yaml: 1 ändringar från andra sidan" in merged.stderr
    assert "  1 konflikter: båda ändrade samma uppgift." in merged.stderr
    assert "`yhdyspinta resolve assessments/a.yaml PUNKT|ÅTGÄRD --ours|--theirs`" in merged.stderr
