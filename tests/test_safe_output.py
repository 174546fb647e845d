"""What reaches a terminal or a CI log is safe: control characters shown as escapes (15.11),
hostile file names unable to break the structured formats (15.17), repeats capped (15.15)."""

from __future__ import annotations

import json
import os
import re
import subprocess
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
from assessment_helpers import Cli, new_assessment
from conftest import YHDYSPINTA

# A clipboard write (OSC 52), a window title (OSC 0), clear screen (CSI 2J), a bell, a C1 CSI.
HOSTILE = "\\e]52;c;ZWNobyBwd25lZA==\\a\\e]0;pwned\\a\\e[2J\\a\\x9b31m"
RAW = ("\x1b", "\x07", "\x9b")


def hostile_file(cli: Cli, path: Path, old: str, new: str) -> Path:
    """A new assessment with `old` replaced by `new` (YAML escapes decode to raw controls)."""
    new_assessment(cli, path)
    path.write_text(path.read_text(encoding="utf-8").replace(old, new, 1), encoding="utf-8")
    return path


def assert_no_raw_controls(text: str) -> None:
    for raw in RAW:
        assert raw not in text, repr(text)


def test_diff_shows_control_sequences_in_a_note_as_escapes(cli: Cli, tmp_path: Path) -> None:
    old = new_assessment(cli, tmp_path / "old.yaml")
    new = tmp_path / "new.yaml"
    new.write_text(old.read_text(encoding="utf-8"), encoding="utf-8")
    cli("answer", new, "S1.2", "--level", "2", "--note", "plain")
    text = new.read_text(encoding="utf-8").replace("note: plain", f'note: "{HOSTILE}"')
    new.write_text(text, encoding="utf-8")
    run = cli("diff", old, new)
    assert run.code == 0, run.output
    assert_no_raw_controls(run.output)
    assert "\\x1b]52;c;" in run.out and "\\x07" in run.out and "\\x9b" in run.out


@pytest.mark.parametrize("command", ["status", "check", "report gaps", "migrate"])
def test_messages_quoting_a_value_show_its_controls_as_escapes(
    cli: Cli, tmp_path: Path, command: str
) -> None:
    file = hostile_file(cli, tmp_path / "a.yaml", "language: fi", f'language: "{HOSTILE}"')
    run = cli(*command.split(), file)
    assert run.code == 1
    assert_no_raw_controls(run.output)
    assert "\\x1b]0;pwned\\x07" in run.output


def test_report_show_renders_no_control_sequence(cli: Cli, tmp_path: Path) -> None:
    region = "region: Tampereen seutu"
    file = hostile_file(cli, tmp_path / "a.yaml", region, f'region: "R{HOSTILE}"')
    run = cli("report", "gaps", file, "--show")
    assert run.code == 0, run.output
    assert_no_raw_controls(run.output)
    assert "\\x1b[2J" in run.out


def test_a_file_name_cannot_inject_a_workflow_command(cli: Cli, tmp_path: Path) -> None:
    folder = tmp_path / "assessments"
    folder.mkdir()
    name = "x\n::warning title=injected::gotcha\n::error file=y::also.yaml"
    hostile_file(cli, folder / name, "language: fi", "language: fi")
    run = cli("check", "--format", "github", folder)
    assert run.code == 1
    lines = run.out.splitlines()
    assert any(line.startswith("::error file=") for line in lines)
    for line in lines:
        if line.startswith("::"):  # ours: one command per problem, its file escaped
            assert re.fullmatch(
                r"::(error|warning) file=[^,:]*,line=\d+,col=\d+,title=[\w-]+::.*", line
            ), line
            assert "x\\x0a%3A%3Awarning title=injected%3A%3Agotcha\\x0a" in line, line
        assert "injected" not in line or not line.lstrip().startswith("::warning title")


def undecodable_name(cli: Cli, tmp_path: Path) -> Path:
    """A folder holding an assessment whose name has the byte 0xFF (no UTF-8 can hold it)."""
    folder = tmp_path / "assessments"
    folder.mkdir()
    good = new_assessment(cli, tmp_path / "good.yaml")
    Path(os.fsdecode(os.fsencode(folder) + b"/bad\xff.yaml")).write_bytes(good.read_bytes())
    return folder


def check_output(folder: Path, fmt: str) -> subprocess.CompletedProcess[bytes]:
    """The real program's bytes, as a CI job would receive them."""
    return subprocess.run(
        [str(YHDYSPINTA), "check", "--format", fmt, str(folder)],
        capture_output=True,
        check=False,
    )


def test_a_name_with_byte_ff_keeps_junit_well_formed(cli: Cli, tmp_path: Path) -> None:
    folder = undecodable_name(cli, tmp_path)
    result = check_output(folder, "junit")
    assert result.returncode == 1, result.stderr
    root = ET.fromstring(result.stdout)
    names = [case.get("name") for case in root.iter("testcase")]
    assert names == [f"{folder}/bad\\xff.yaml"]


def test_a_name_with_byte_ff_keeps_json_valid(cli: Cli, tmp_path: Path) -> None:
    folder = undecodable_name(cli, tmp_path)
    result = check_output(folder, "json")
    assert result.returncode == 1, result.stderr
    data = json.loads(result.stdout.decode("utf-8"))
    assert data["files"][0]["path"] == f"{folder}/bad\\xff.yaml"
    assert {problem["path"] for problem in data["problems"]} == {f"{folder}/bad\\xff.yaml"}


@pytest.mark.parametrize("fmt", ["text", "github"])
def test_a_name_with_byte_ff_is_shown_as_an_escape(cli: Cli, tmp_path: Path, fmt: str) -> None:
    folder = undecodable_name(cli, tmp_path)
    result = check_output(folder, fmt)
    assert result.returncode == 1, result.stderr
    assert "bad\\xff.yaml" in result.stdout.decode("utf-8")


def test_repeats_of_one_rule_in_one_file_are_capped(cli: Cli, tmp_path: Path) -> None:
    file = new_assessment(cli, tmp_path / "a.yaml")
    keys = "".join(f"  X{n}.1:\n    current: 2\n" for n in range(50))
    file.write_text(file.read_text().replace("answers: {}\n", f"answers:\n{keys}"))
    run = cli("status", file)
    lines = [line for line in run.err.splitlines() if "(unknown-item)" in line]
    assert len(lines) == 21, run.err
    assert lines[-1].endswith(": [warning] and 30 more like this (unknown-item)")
    text = cli("check", file)
    assert text.out.count("(unknown-item)") == 21
    github = cli("check", "--format", "github", file)
    assert github.out.count("title=unknown-item::") == 21
    assert "and 30 more like this" in github.out
    assert len(json.loads(cli("check", "--format", "json", file).out)["problems"]) > 50
