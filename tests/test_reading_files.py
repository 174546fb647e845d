"""What is not a regular file is refused at once, never read (issue 15.9); check and summary find
the same files the same way, each once (issues 9.8, 15.16). The hang guard is the run's timeout."""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import pytest
from assessment_helpers import Cli, answer, new_assessment
from conftest import run_installed

POSIX = pytest.mark.skipif(sys.platform == "win32", reason="FIFOs and symlinks to /dev are POSIX")
COMMANDS = {
    "status": ("status", "{file}"),
    "check": ("check", "{file}"),
    "report": ("report", "gaps", "{file}"),
    "migrate": ("migrate", "{file}"),
    "answer": ("answer", "{file}", "S1.2", "--level", "2"),
    "action": ("action", "add", "{file}", "--item", "S1.2", "--title", "T", "--owner", "tre"),
    "diff": ("diff", "{file}", "{file}"),
    "summary": ("summary", "{file}"),
}


def special(tmp_path: Path, kind: str) -> Path:
    """A path named like an assessment that is a FIFO, a link to /dev/zero or a link loop."""
    path = tmp_path / "a.yaml"
    if kind == "fifo":
        os.mkfifo(path)
    elif kind == "zero":
        path.symlink_to("/dev/zero")
    else:
        path.symlink_to(tmp_path / "b.yaml")
        (tmp_path / "b.yaml").symlink_to(path)
    return path


@POSIX
@pytest.mark.parametrize("name", sorted(COMMANDS))
@pytest.mark.parametrize(
    ("kind", "rule", "text"),
    [
        ("fifo", "not-a-file", "not a regular file (a named pipe (FIFO))"),
        ("zero", "not-a-file", "not a regular file (a character device)"),
        ("loop", "symlink-loop", "symbolic link loop"),
    ],
)
def test_a_special_file_is_refused_at_once_with_a_located_line(
    tmp_path: Path, name: str, kind: str, rule: str, text: str
) -> None:
    path = special(tmp_path, kind)
    args = [str(path) if arg == "{file}" else arg for arg in COMMANDS[name]]

    run = run_installed(*args, cwd=tmp_path, timeout=60)

    assert run.returncode == 1, run.stderr
    lines = [line for line in (run.stdout + run.stderr).splitlines() if f"({rule})" in line]
    assert lines, run.stdout + run.stderr
    assert text in lines[0].replace("\\", "")  # summary's Markdown escapes the brackets
    assert "Traceback" not in run.stderr
    assert "not found" not in lines[0]


@POSIX
def test_a_fifo_in_a_folder_is_listed_as_skipped_by_summary_and_check(
    cli: Cli, tmp_path: Path
) -> None:
    folder = tmp_path / "assessments"
    folder.mkdir()
    new_assessment(cli, folder / "a.yaml")
    os.mkfifo(folder / "p.yaml")

    summary = run_installed("summary", folder, "--format", "json", timeout=60)
    check = run_installed("check", "--format", "json", folder, timeout=60)

    assert summary.returncode == check.returncode == 1
    skipped = json.loads(summary.stdout)["skipped"]
    assert [(Path(s["file"]).name, s["rule"]) for s in skipped] == [("p.yaml", "not-a-file")]
    report = json.loads(check.stdout)
    assert sorted(Path(f["path"]).name for f in report["files"]) == ["a.yaml", "p.yaml"]
    fifo = [p["rule"] for p in report["problems"] if Path(p["path"]).name == "p.yaml"]
    assert fifo == ["not-a-file"]


@POSIX
def test_a_link_to_a_file_in_the_same_folder_counts_once(cli: Cli, tmp_path: Path) -> None:
    folder = tmp_path / "in"
    folder.mkdir()
    path = new_assessment(cli, folder / "a.yaml")
    answer(cli, path, "S1.2", "--level", "3")
    (folder / "link.yaml").symlink_to(path)

    summary = cli("summary", folder, "--format", "json")
    check = cli("check", "--format", "json", folder)

    assert json.loads(summary.out)["files"]["used"] == 1
    assert json.loads(check.out)["summary"]["files"] == 1


def test_check_and_summary_find_the_assessments_folder_without_a_config(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A folder with assessments/ and no yhdyspinta.yaml: summary exited 2 where check read it."""
    (tmp_path / "assessments").mkdir()
    path = new_assessment(cli, tmp_path / "assessments" / "a.yaml")
    answer(cli, path, "S1.2", "--level", "3")
    monkeypatch.chdir(tmp_path)

    summary = cli("summary", "--format", "json")
    check = cli("check", "--format", "json")

    assert summary.code == 0, summary.err
    assert json.loads(summary.out)["files"]["used"] == 1
    assert json.loads(check.out)["summary"]["files"] == 1


def test_nowhere_to_look_is_a_usage_error_in_both(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(tmp_path)

    assert cli("summary").code == 2
    assert cli("check").code == 2
