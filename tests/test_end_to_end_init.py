"""The whole path a region takes: init → git init → new and answers → check fails → the rest of
the answers and the actions → check passes; the scaffold's own pre-commit hook agrees each time."""

from __future__ import annotations

import shlex
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from assessment_helpers import ORGS, Cli, answer
from conftest import run_installed
from git_helpers import commit_all, git, git_env, needs_git

from yhdyspinta_cli.checklist.catalog import load_catalog
from yhdyspinta_cli.problems import MAX_REPEATS

PRE_COMMIT = Path(sys.executable).parent / "pre-commit"
FILE = "assessments/2026-kevat.yaml"

pytestmark = [needs_git, pytest.mark.slow]


def hook(repo: Path) -> subprocess.CompletedProcess[str]:
    """The scaffold's `.pre-commit-config.yaml`, run by pre-commit over the repository."""
    git(repo, "add", "-A")
    return subprocess.run(
        [str(PRE_COMMIT), "run", "--all-files"],
        cwd=repo,
        env={**git_env(), "PRE_COMMIT_HOME": str(repo.parent / "pre-commit-cache")},
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=300,
        check=False,
    )


def ci_check(repo: Path) -> subprocess.CompletedProcess[str]:
    """The check command of the scaffold's GitHub workflow, run as CI would."""
    workflow = yaml.safe_load((repo / ".github/workflows/yhdyspinta.yml").read_text("utf-8"))
    [command] = [
        step["run"] for step in workflow["jobs"]["check"]["steps"] if "check" in step.get("run", "")
    ]
    program, *args = shlex.split(command)
    assert program == "yhdyspinta"
    return run_installed(*args, cwd=repo)


def test_from_init_to_a_passing_check(cli: Cli, tmp_path: Path) -> None:
    repo = tmp_path / "pirkanmaa"
    scaffolded = run_installed("init", repo, "--lang", "fi")
    assert scaffolded.returncode == 0, scaffolded.stderr
    git(repo, "init", "-q", "-b", "main")
    [command] = [line for line in scaffolded.stdout.splitlines() if "--git-config" in line]
    program, *args = shlex.split(command.split(": ", 1)[1])  # the printed `init --git-config`
    assert program == "yhdyspinta"
    configured = run_installed(*args)
    assert configured.returncode == 0, configured.stderr
    assert "yhdistämisajuri asetettu" in configured.stdout
    assert (
        " -m yhdyspinta_cli merge %O %A %B %P"
        in git(repo, "config", "merge.yhdyspinta.driver").stdout
    )

    org_args = [arg for spec in ORGS for arg in ("--org", spec)]
    created = run_installed(
        "new", FILE, "--region", "Pirkanmaa", "--date", "2026-03-14", *org_args, cwd=repo
    )
    assert created.returncode == 0, created.stderr
    path = repo / FILE
    required = [c for c in load_catalog().checklists if c.required]  # T1 is optional
    items = [item.id for checklist in required for item in checklist.items]
    first, rest = items[:10], items[10:]
    for item in first:
        answer(cli, path, item, "--level", "2", "--target", "4")

    failing = run_installed("check", cwd=repo)

    assert failing.returncode == 1
    assert f"{FILE}:" in failing.stdout
    # Of one rule in one file the first 20 lines are shown, then one line for the rest.
    assert failing.stdout.count("(not-addressed)") == min(len(rest), MAX_REPEATS + 1)
    assert failing.stdout.count("(gap-without-action)") == len(first)
    assert "Suositukset: 1/4 käsitelty. Käsittelemättä: S2 " in failing.stdout
    ci = ci_check(repo)
    assert ci.returncode == 1
    assert ci.stdout.count("title=gap-without-action::") == len(first)
    committed = hook(repo)  # the workshop's results go in before the plan exists
    assert committed.returncode == 0, committed.stdout + committed.stderr
    assert "yhdyspinta check --stage commit" in committed.stdout
    commit_all(repo, "työpaja 1")

    for item in rest:
        answer(cli, path, item, "--level", "3", "--target", "3")
    for item in first:
        added = cli("action", "add", path, "--item", item, "--title", f"Kehitetään {item}",
                    "--owner", "tre", "--due", "2027-06-30")  # fmt: skip
        assert added.code == 0, added.output

    passing = run_installed("check", cwd=repo)

    assert passing.returncode == 0, passing.stdout + passing.stderr
    assert "Suositukset: 4/4 käsitelty" in passing.stdout
    assert ci_check(repo).returncode == 0
    checked = hook(repo)
    assert checked.returncode == 0, checked.stdout + checked.stderr
    commit_all(repo, "työpaja 2")

    changes = run_installed("diff", f"HEAD~1:{FILE}", FILE, cwd=repo)
    assert changes.returncode == 0, changes.stderr
    assert f"  {rest[0]} lisätty" in changes.stdout.splitlines()
    assert (
        "  A1 lisätty: Kehitetään S1.1a · Vastuuorganisaatio: tre · Määräaika: 2027-06-30 · "
        "Tila: suunniteltu"
    ) in changes.stdout.splitlines()
