"""`yhdyspinta validate` on bad files: one located problem each, exit 1, never a traceback.

The cases live in tests/data/bad_checklists/ and tests/data/bad_checklists.expected.yaml; the
few that cannot be committed (a 50 MB file, a folder, a missing file) are made here.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import DATA, Run, run_installed

BAD = DATA / "bad_checklists"
GOOD = DATA / "good_checklists"
EXPECTED: list[dict[str, Any]] = yaml.safe_load(
    (DATA / "bad_checklists.expected.yaml").read_text(encoding="utf-8")
)
# `path:line:col: [severity] message (rule)`; a problem of the whole file is at 1:1.
PROBLEM_LINE = re.compile(
    r"^(?P<where>.+?):(?P<line>\d+):(?P<col>\d+): \[(error|warning)\] (?P<msg>.+) "
    r"\((?P<rule>[a-z0-9-]+)\)$"
)


WHOLE_FILE_RULES = {case["rule"] for case in EXPECTED if case["line"] is None} | {
    "file-too-large",
    "not-a-file",
    "file-missing",
}


def expected_for(name: str) -> list[dict[str, Any]]:
    return [case for case in EXPECTED if case["file"] == name]


def reported(run: Run, path: Path) -> list[tuple[str, int | None, int | None, str]]:
    """(rule, line, column, message) of every problem line printed for `path`; a problem of the
    whole file, printed at 1:1, has line and column None, as the expectations write it."""
    found = []
    for text in run.output.splitlines():
        match = PROBLEM_LINE.match(text)
        if match and match["where"] == str(path):
            line, column = int(match["line"]), int(match["col"])
            whole_file = (line, column) == (1, 1) and match["rule"] in WHOLE_FILE_RULES
            position = (None, None) if whole_file else (line, column)
            found.append((match["rule"], *position, match["msg"]))
    return found


def assert_clean_failure(run: Run) -> None:
    assert run.code == 1, run.output
    assert "Traceback" not in run.output
    assert "internal error" not in run.output


def test_every_bad_file_has_an_expectation_and_every_expectation_a_file() -> None:
    files = {path.name for path in BAD.iterdir()}
    assert files == {case["file"] for case in EXPECTED}


def test_the_good_file_the_bad_ones_are_made_from_is_valid(cli: Callable[..., Run]) -> None:
    run = cli("validate", GOOD / "s1-small.yaml")
    assert run.code == 0, run.output
    assert "1 file(s) valid" in run.out


@pytest.mark.parametrize("name", sorted({case["file"] for case in EXPECTED}))
def test_bad_file_reports_its_rule_at_its_line(name: str, cli: Callable[..., Run]) -> None:
    path = BAD / name
    run = cli("validate", path)
    assert_clean_failure(run)
    found = reported(run, path)
    cases = expected_for(name)
    assert sorted((r, ln, c) for r, ln, c, _ in found) == sorted(
        (case["rule"], case["line"], case["column"]) for case in cases
    ), run.output
    for case in cases:
        messages = [msg for rule, ln, _, msg in found if (rule, ln) == (case["rule"], case["line"])]
        assert any(case["says"] in msg for msg in messages), (case, run.output)


def test_python_tags_construct_nothing(cli: Callable[..., Run], tmp_path: Path) -> None:
    """PyYAML's unsafe loader would run `touch pwned` in the current folder (tmp_path)."""
    run = cli("validate", BAD / "python-tag.yaml")
    assert_clean_failure(run)
    assert not (tmp_path / "pwned").exists()


def test_alias_bomb_in_a_real_process_ends_with_one_problem() -> None:
    """A real process: a hang or a memory blow-up would end in the timeout, not in a result."""
    result = run_installed("validate", BAD / "alias-bomb.yaml", timeout=60)
    assert result.returncode == 1
    assert "Traceback" not in result.stdout + result.stderr
    assert result.stdout.count("(yaml-alias)") == 1


def test_all_bad_files_at_once_in_a_real_process() -> None:
    """One run over every file: each expected problem appears, and nothing crashes."""
    paths = sorted(BAD.iterdir())
    result = run_installed("validate", *paths)
    output = result.stdout + result.stderr
    assert result.returncode == 1
    assert "Traceback" not in output
    assert "internal error" not in output
    for case in EXPECTED:
        where = f"{BAD / case['file']}:{case['line'] or 1}:{case['column'] or 1}"
        assert any(
            line.startswith(f"{where}: [error] ") and line.endswith(f"({case['rule']})")
            for line in output.splitlines()
        ), case


def test_file_of_50_mb_is_refused_without_reading_it(
    cli: Callable[..., Run], tmp_path: Path
) -> None:
    big = tmp_path / "big.yaml"
    with big.open("wb") as stream:  # sparse: instant, and takes no disk space
        stream.truncate(50 * 1024 * 1024)
    run = cli("validate", big)
    assert_clean_failure(run)
    assert reported(run, big) == [
        (
            "file-too-large",
            None,
            None,
            "file is 50.0 MB; the limit is 5 MB. Is this the right file?",
        )
    ]


def test_folder_given_as_a_file(cli: Callable[..., Run], tmp_path: Path) -> None:
    folder = tmp_path / "checklists.yaml"
    folder.mkdir()
    run = cli("validate", folder)
    assert_clean_failure(run)
    [(rule, line, _, message)] = reported(run, folder)
    assert (rule, line) == ("not-a-file", None)
    assert "directory" in message


def test_missing_file(cli: Callable[..., Run], tmp_path: Path) -> None:
    missing = tmp_path / "s9.yaml"
    run = cli("validate", missing)
    assert_clean_failure(run)
    [(rule, line, _, message)] = reported(run, missing)
    assert (rule, line) == ("file-missing", None)
    assert "check the path" in message


def test_one_bad_file_does_not_hide_the_problems_of_another(cli: Callable[..., Run]) -> None:
    run = cli("validate", BAD / "empty.yaml", BAD / "unknown-actor.yaml")
    assert_clean_failure(run)
    assert [p[0] for p in reported(run, BAD / "empty.yaml")] == ["empty-file"]
    assert [p[0] for p in reported(run, BAD / "unknown-actor.yaml")] == ["unknown-actor"]
    assert "2 problem(s) in 2 file(s)" in run.out


def test_same_checklist_id_in_two_files_is_a_duplicate(
    cli: Callable[..., Run], tmp_path: Path
) -> None:
    copy = tmp_path / "copy.yaml"
    copy.write_bytes((GOOD / "s1-small.yaml").read_bytes())
    run = cli("validate", GOOD / "s1-small.yaml", copy)
    assert_clean_failure(run)
    rules = [p[:3] for p in reported(run, copy)]
    assert ("duplicate-id", 4, 5) in rules  # `id: S1` of the copy, after two comment lines
    assert not reported(run, GOOD / "s1-small.yaml")


@pytest.mark.parametrize(
    "args",
    [
        ["validate"],
        ["validate", "--strict", "s1.yaml"],
        ["validat", "s1.yaml"],
        ["checklists", "--lang", "de"],
    ],
    ids=" ".join,
)
def test_usage_errors_exit_2_with_a_message(args: list[str], cli: Callable[..., Run]) -> None:
    run = cli(*args)
    assert run.code == 2, run.output
    assert "Usage:" in run.err or "Error" in run.err
    assert "Traceback" not in run.output
    assert "internal error" not in run.output
