"""Output formats of `check`: text with a summary in the file's language, json, github, junit."""

from __future__ import annotations

import re
from pathlib import Path
from xml.etree import ElementTree as ET

import pytest
from assessment_helpers import Cli
from check_helpers import CASES, COMPLETE, complete_text, json_report, write

TEXT_LINE = re.compile(r"^(?P<path>[^:]+):(?P<line>\d+):(?P<col>\d+): \[(?P<sev>error|warning)\] "
                       r"(?P<message>.+) \((?P<rule>[a-z-]+)\)$")  # fmt: skip
GITHUB_LINE = re.compile(r"^::(?P<level>error|warning) file=(?P<file>[^,]+),line=(?P<line>\d+),"
                         r"col=(?P<col>\d+),title=(?P<rule>[a-z-]+)::(?P<message>.+)$")  # fmt: skip
S2_UNADDRESSED = {"S2.3: {current: 3, target: 3}": "S2.3: {current: dont-know}"}


@pytest.fixture
def two_files(tmp_path: Path) -> list[Path]:
    """One clean file and one with an error (S2.3 don't know) and a warning (overdue A2)."""
    overdue = "title: Foorumi, owner: tre, status: planned, due: '2020-01-31'"
    text = complete_text(**S2_UNADDRESSED) + f"  - {{id: A2, items: [S2.1], {overdue}}}\n"
    write(tmp_path / "a.yaml", COMPLETE.read_text(encoding="utf-8"))
    write(tmp_path / "b.yaml", text)
    return [Path("a.yaml"), Path("b.yaml")]  # the current folder is tmp_path


def test_text_lines_then_the_summary(cli: Cli, two_files: list[Path]) -> None:
    run = cli("check", "--format", "text", *two_files)

    assert run.code == 1
    lines = run.out.splitlines()
    parsed = [TEXT_LINE.match(line) for line in lines[:2]]
    assert [(m["path"], m["sev"], m["rule"]) for m in parsed if m] == [
        (str(two_files[1]), "error", "not-addressed"),
        (str(two_files[1]), "warning", "action-overdue"),
    ]
    assert lines[2:] == [
        f"{two_files[0]}: Suositukset: 4/4 käsitelty.",
        f"{two_files[1]}: Suositukset: 3/4 käsitelty. Käsittelemättä: "
        "S2 Yhteistyön johtaminen (8/9 kohtaa).",
        "Tarkistettu: tiedostoja 2, virheitä 1, varoituksia 1.",
    ]


@pytest.mark.parametrize(
    ("language", "summary"),
    [
        ("sv", "Rekommendationer: 3/4 behandlade. Inte behandlade: "
               "S2 Ledning av samarbetet (8/9 punkter)."),
        ("en", "Recommendations: 3/4 addressed. Not addressed: "
               "S2 Leading the cooperation (8/9 items)."),
    ],
)  # fmt: skip
def test_summary_speaks_the_language_of_the_assessment(
    cli: Cli, tmp_path: Path, language: str, summary: str
) -> None:
    text = complete_text(**S2_UNADDRESSED, **{"language: fi": f"language: {language}"})
    write(tmp_path / "arvio.yaml", text)

    run = cli("check", "--format", "text", "arvio.yaml")

    assert f"arvio.yaml: {summary}" in run.out.splitlines()  # shown as given


def test_summary_of_a_fully_unaddressed_file_lists_every_recommendation(cli: Cli) -> None:
    run = cli("check", "--format", "text", CASES / "unanswered.yaml")

    summary = next(line for line in run.out.splitlines() if "Suositukset:" in line)
    assert summary.endswith("Käsittelemättä: S2 Yhteistyön johtaminen (8/9 kohtaa).")


def test_github_annotations_are_workflow_commands(cli: Cli, two_files: list[Path]) -> None:
    run = cli("check", "--format", "github", *two_files)

    assert run.code == 1
    commands = [line for line in run.out.splitlines() if line.startswith("::")]
    parsed = [GITHUB_LINE.match(line) for line in commands]
    assert all(parsed), commands
    assert [(m["level"], m["file"], m["rule"]) for m in parsed if m] == [
        ("error", str(two_files[1]), "not-addressed"),
        ("warning", str(two_files[1]), "action-overdue"),
    ]
    assert run.out.splitlines()[-1].startswith("Tarkistettu:")


def test_github_escapes_what_would_break_a_command(cli: Cli, tmp_path: Path) -> None:
    """A comma or colon in the path would end a property; % and newlines the message."""
    write(tmp_path / "a,b:c.yaml", complete_text(**S2_UNADDRESSED))

    run = cli("check", "--format", "github", "a,b:c.yaml")

    [command] = [line for line in run.out.splitlines() if line.startswith("::")]
    assert command.startswith("::error file=a%2Cb%3Ac.yaml,line=")
    assert GITHUB_LINE.match(command)


def test_auto_is_github_inside_github_actions(
    cli: Cli, two_files: list[Path], monkeypatch: pytest.MonkeyPatch
) -> None:
    assert not cli("check", *two_files).out.startswith("::")
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    assert cli("check", *two_files).out.startswith("::error file=")
    assert not cli("check", "--format", "text", *two_files).out.startswith("::")


def test_junit_is_valid_xml_with_a_case_per_file(cli: Cli, two_files: list[Path]) -> None:
    run = cli("check", "--format", "junit", *two_files)

    assert run.code == 1
    root = ET.fromstring(run.out.encode("utf-8"))
    assert root.tag == "testsuites"
    [suite] = root.findall("testsuite")
    assert (suite.get("tests"), suite.get("failures"), suite.get("errors")) == ("2", "1", "0")
    cases = {case.get("name"): case for case in suite.findall("testcase")}
    assert list(cases) == [str(path) for path in two_files]
    assert cases[str(two_files[0])].find("failure") is None
    failure = cases[str(two_files[1])].find("failure")
    assert failure is not None and failure.text is not None
    assert failure.get("message") == "1 error(s)"
    assert "(not-addressed)" in failure.text
    output = cases[str(two_files[1])].findtext("system-out") or ""
    assert "(action-overdue)" in output
    assert "Käsittelemättä: S2" in output


def test_junit_escapes_markup_in_messages(cli: Cli, tmp_path: Path) -> None:
    """A path with <, & and quotes ends up in attributes and text: the XML must still parse."""
    path = Path('R&D <arvio> "x".yaml')
    write(tmp_path / path, complete_text(**S2_UNADDRESSED))

    run = cli("check", "--format", "junit", path)

    case = ET.fromstring(run.out.encode("utf-8")).find("testsuite/testcase")
    assert case is not None and case.get("name") == str(path)
    failure = case.find("failure")
    assert failure is not None and str(path) in (failure.text or "")


def test_json_lists_problems_files_and_totals(cli: Cli, two_files: list[Path]) -> None:
    run = cli("check", "--format", "json", *two_files)

    report = json_report(run)
    assert (report["ok"], report["strict"]) == (False, False)
    assert report["summary"] == {"files": 2, "errors": 1, "warnings": 1}
    assert [f["path"] for f in report["files"]] == [str(p) for p in two_files]
    s2 = next(c for c in report["files"][1]["checklists"] if c["id"] == "S2")
    assert s2 == {
        "id": "S2",
        "title": "Yhteistyön johtaminen",
        "items": 9,
        "addressed": 8,
        "complete": False,
    }
    for problem in report["problems"]:
        assert set(problem) == {"path", "line", "column", "rule", "severity", "message"}
        assert problem["line"] >= 1 and problem["column"] >= 1


def test_unreadable_file_has_no_summary_but_a_located_problem(cli: Cli, tmp_path: Path) -> None:
    path = write(tmp_path / "broken.yaml", "format: [yhdyspinta\n")

    run = cli("check", "--format", "json", path)

    assert run.code == 1
    report = json_report(run)
    assert report["files"][0]["checklists"] is None
    assert [p["rule"] for p in report["problems"]] == ["yaml-syntax"]


@pytest.mark.parametrize(
    ("args", "code"),
    [
        ([COMPLETE], 0),
        ([CASES / "overdue.yaml"], 0),  # a warning only
        ([CASES / "overdue.yaml", "--strict"], 1),
        ([CASES / "hetu.yaml"], 1),
        ([COMPLETE, "--format", "xml"], 2),
        ([COMPLETE, "--jobs", "0"], 2),
        (["--no-such-option"], 2),
    ],
    ids=["clean", "warning", "strict", "error", "bad-format", "bad-jobs", "bad-option"],
)
def test_exit_codes(cli: Cli, args: list[str | Path], code: int) -> None:
    assert cli("check", *args).code == code


def test_the_format_choice_is_the_renderer_table() -> None:
    from yhdyspinta_cli.check.formats import FORMATS
    from yhdyspinta_cli.cli.check_cmd import OutputFormat

    assert [f.value for f in OutputFormat] == ["auto", *FORMATS]
