"""`init` in any order with `git init`, and `doctor`, in real repositories."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest
from assessment_helpers import Cli
from git_helpers import git, git_env, needs_git, new_repo

from yhdyspinta_cli.history.driver import DRIVER_KEY, driver_command

pytestmark = needs_git
PRE_COMMIT = Path(sys.executable).parent / "pre-commit"
SCAFFOLD = [
    "yhdyspinta.yaml",
    "README.md",
    ".pre-commit-config.yaml",
    ".github/workflows/yhdyspinta.yml",
    ".gitlab-ci.yml",
    ".gitattributes",
    ".gitignore",
    ".vscode/settings.json",
    ".vscode/extensions.json",
    "assessments/.gitkeep",
]


def install_hook(repo: Path) -> None:
    result = subprocess.run(
        [str(PRE_COMMIT), "install"], cwd=repo, env=git_env(), capture_output=True, check=False
    )
    assert result.returncode == 0, result.stderr


def test_init_then_git_init_then_git_config_adds_only_the_driver(cli: Cli, tmp_path: Path) -> None:
    root = tmp_path / "alue"
    assert cli("init", root, "--lang", "en").code == 0
    (root / "README.md").write_text("Our own words\n", encoding="utf-8")
    git(root, "init", "-q", "-b", "main")

    run = cli("init", root, "--git-config")

    assert run.code == 0, run.output
    assert f"left alone, as they exist: {', '.join(SCAFFOLD)}" in run.out
    assert "created" not in run.out
    assert "merge driver set" in run.out
    assert (root / "README.md").read_text(encoding="utf-8") == "Our own words\n"
    assert git(root, "config", DRIVER_KEY).stdout.strip() == driver_command(sys.executable)

    again = cli("init", root, "--git-config")

    assert again.code == 0
    assert "merge driver already set: left alone" in again.out


def test_git_init_first_then_init_with_git_config(cli: Cli, tmp_path: Path) -> None:
    repo = new_repo(tmp_path / "alue")

    run = cli("init", repo, "--git-config", "--lang", "en")

    assert run.code == 0, run.output
    assert [line for line in run.out.splitlines() if line.startswith("created ")] == [
        f"created {repo / name}"
        for name in [
            *SCAFFOLD,
            ".yhdyspinta/assessment.schema.json",
            ".yhdyspinta/config.schema.json",
        ]
    ]
    assert git(repo, "config", DRIVER_KEY).stdout.strip() == driver_command(sys.executable)


def test_an_old_driver_and_old_attributes_are_completed(cli: Cli, tmp_path: Path) -> None:
    repo = new_repo(tmp_path / "alue")
    assert cli("init", repo, "--lang", "en").code == 0
    (repo / ".gitattributes").write_text(
        "*.png binary\nassessments/*.yaml merge=yhdyspinta", encoding="utf-8"
    )
    git(repo, "config", DRIVER_KEY, "yhdyspinta merge %O %A %B")

    before = cli("doctor", repo, "--lang", "en")

    assert before.code == 1
    assert "works only with yhdyspinta on PATH" in before.out
    assert "(in subfolders too) do not use the merge driver" in before.out

    run = cli("init", repo, "--git-config")

    assert run.code == 0, run.output
    assert "merge driver updated (was: yhdyspinta merge %O %A %B)" in run.out
    assert "added to .gitattributes: assessments/**/*.yaml merge=yhdyspinta" in run.out
    assert (repo / ".gitattributes").read_text(encoding="utf-8").splitlines() == [
        "*.png binary",
        "assessments/*.yaml merge=yhdyspinta",
        "assessments/**/*.yaml merge=yhdyspinta",
        "assessments/**/*.yml merge=yhdyspinta",
    ]
    after = cli("doctor", repo, "--lang", "en")
    assert after.code == 1
    assert [line.rsplit("(", 1)[1] for line in after.out.splitlines()] == ["pre-commit-hook)"]


def test_doctor_is_content_once_the_clone_is_set_up(cli: Cli, tmp_path: Path) -> None:
    repo = new_repo(tmp_path / "alue")
    assert cli("init", repo, "--git-config", "--lang", "en").code == 0
    install_hook(repo)

    run = cli("doctor", repo)

    assert run.code == 0, run.output
    assert run.out == "All set: the merge driver, the schema copies and the pre-commit hook.\n"


def test_doctor_finds_a_stale_schema_copy_and_init_renews_it(cli: Cli, tmp_path: Path) -> None:
    repo = new_repo(tmp_path / "alue")
    assert cli("init", repo, "--git-config", "--lang", "en").code == 0
    install_hook(repo)
    copy = repo / ".yhdyspinta" / "assessment.schema.json"
    copy.write_text("{}\n", encoding="utf-8")

    stale = cli("doctor", repo)

    assert stale.code == 1
    assert "schema copy is missing or old" in stale.out
    assert "(schema-copy)" in stale.out
    # the one problem line of every command: path:line:col: [severity] message (rule)
    assert stale.out.startswith(
        f"{Path('alue/.yhdyspinta/assessment.schema.json')}:1:1: [warning] "
    )

    assert cli("init", repo).code == 0
    assert cli("doctor", repo).code == 0


def test_doctor_outside_git_says_to_run_git_init(cli: Cli, tmp_path: Path) -> None:
    assert cli("init", tmp_path / "alue", "--lang", "sv").code == 0

    run = cli("doctor", tmp_path / "alue")

    assert run.code == 1
    assert "inte ett git-förråd: kör `git init`" in run.out


def test_the_commit_check_repeats_doctor_as_warnings(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    repo = new_repo(tmp_path / "alue")
    assert cli("init", repo, "--lang", "fi").code == 0
    monkeypatch.chdir(repo)

    run = cli("check", "--stage", "commit")

    assert run.code == 0, run.output
    assert "yhdistämisajuria ei ole asetettu tässä kloonissa" in run.out
    assert "(merge-driver)" in run.out
    assert "(pre-commit-hook)" in run.out
    assert cli("check", "--stage", "commit", "--strict").code == 1
    assert "(merge-driver)" not in cli("check").out


def test_init_speaks_the_language_of_the_repository(cli: Cli, tmp_path: Path) -> None:
    root = tmp_path / "alue"
    assert cli("init", root, "--lang", "sv").code == 0

    run = cli("init", root)

    assert run.code == 0, run.output
    assert run.out.startswith("lämnade orörda, eftersom de redan finns: yhdyspinta.yaml, ")
    assert "sedan i git-förrådet (en gång per klon): yhdyspinta init --git-config" in run.out
