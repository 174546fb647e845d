"""The readers apply the writers' rules (issue 15.14), and a hostile size is refused by every
command with one located line (issue 15.15). The impossible dates, the start after the due date
and the blank reason are in tests/data/assessments/bad/ (every reading command, one line each)."""

from __future__ import annotations

import json
import re
import shutil
from pathlib import Path

import pytest
from assessment_helpers import ASSESSMENTS, Cli, answer, new_assessment

BAD = ASSESSMENTS / "bad"


@pytest.mark.parametrize(
    ("checklist", "pin", "rule", "text"),
    [
        ("ZZ", "1.0.0", "unknown-checklist", "answered against checklist ZZ, which is not loaded"),
        ("S2", "9.0.0", "newer-checklist", "S2 9.0.0, newer than this yhdyspinta knows ("),
    ],
)
def test_a_pin_no_checklist_here_matches_is_a_warning_in_every_reader(
    cli: Cli, tmp_path: Path, checklist: str, pin: str, rule: str, text: str
) -> None:
    path = new_assessment(cli, tmp_path / "a.yaml")
    answer(cli, path, "S1.2", "--level", "3")
    content = path.read_text(encoding="utf-8")
    if checklist == "ZZ":
        content = content.replace("checklists:\n", "checklists:\n  ZZ: 1.0.0\n")
    else:
        content = re.sub(r"(?m)^  S2: .*$", "  S2: 9.0.0", content)
    path.write_text(content, encoding="utf-8")
    line = next(
        n
        for n, row in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if row.startswith(f"  {checklist}:")
    )
    where = f"{path}:{line}:3: [warning] "

    status = cli("status", path)
    report = cli("report", "gaps", path)
    summary = cli("summary", path, "--format", "json")
    check = cli("check", "--format", "json", path)

    for run in (status, report, summary):
        assert run.code == 0, run.output
        assert any(
            x.startswith(where) and text in x and x.endswith(f"({rule})")
            for x in run.err.splitlines()
        ), run.err
    found = [p for p in json.loads(check.out)["problems"] if p["rule"] == rule]
    assert [(p["line"], p["severity"]) for p in found] == [(line, "warning")]
    assert text in found[0]["message"]


def test_an_impossible_due_date_is_an_error_not_an_overdue_action(cli: Cli, tmp_path: Path) -> None:
    shutil.copyfile(BAD / "impossible-due.yaml", tmp_path / "a.yaml")
    text = (tmp_path / "a.yaml").read_text(encoding="utf-8")
    (tmp_path / "a.yaml").write_text(text.replace("2027-02-31", "2020-02-31"), "utf-8")

    check = cli("check", "--format", "json", tmp_path / "a.yaml")

    rules = [p["rule"] for p in json.loads(check.out)["problems"]]
    assert check.code == 1
    assert "bad-date" in rules
    assert "action-overdue" not in rules


@pytest.mark.parametrize("name", sorted(p.name for p in BAD.glob("*.yaml")))
def test_check_and_summary_report_each_bad_file_as_status_does(cli: Cli, name: str) -> None:
    """One validation: the first error `status` prints is what check lists and summary skips."""
    path = BAD / name
    status = cli("status", path).err.splitlines()[0]
    check = json.loads(cli("check", "--format", "json", path).out)["problems"]
    summary = json.loads(cli("summary", path, "--format", "json").out)["skipped"]

    errors = [p for p in check if p["severity"] == "error"]
    assert any(status.endswith(f"{p['message']} ({p['rule']})") for p in errors), (status, errors)
    assert [s["rule"] for s in summary] == [status.rsplit("(", 1)[1].rstrip(")")]
    line = summary[0]["line"]
    assert status.startswith(f"{path}:{line}:" if line else f"{path}: ")


COMMANDS = {
    "status": ("status", "{file}"),
    "check": ("check", "{file}"),
    "migrate": ("migrate", "{file}"),
    "answer": ("answer", "{file}", "S1.3", "--level", "2"),
    "action": ("action", "add", "{file}", "--item", "S1.2", "--title", "T", "--owner", "tre"),
    "merge": ("merge", "{file}", "{file}", "{file}"),
    "report": ("report", "gaps", "{file}"),
    "summary": ("summary", "{file}"),
}


@pytest.fixture(scope="module")
def hostile(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An assessment with 50,000 answers to items no checklist has (1.2 MB)."""
    source = BAD / "impossible-date.yaml"
    text = source.read_text(encoding="utf-8").replace("'2026-02-30'", "'2026-02-28'")
    unknown = "".join(f"  X{n // 1000}.{n % 1000}:\n    current: 2\n" for n in range(50_000))
    path = tmp_path_factory.mktemp("hostile") / "hostile.yaml"
    path.write_text(text.replace("answers:\n", f"answers:\n{unknown}", 1), encoding="utf-8")
    return path


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_fifty_thousand_answers_are_one_located_line_in_every_command(
    cli: Cli, tmp_path: Path, hostile: Path, name: str
) -> None:
    path = tmp_path / "hostile.yaml"
    shutil.copyfile(hostile, path)
    before = path.read_bytes()

    run = cli(*[str(path) if arg == "{file}" else arg for arg in COMMANDS[name]])

    assert run.code == 1, run.output
    shown = run.out if name == "check" else run.err  # summary also lists it in its Markdown
    lines = [line for line in shown.splitlines() if "(too-many-entries)" in line]
    assert len(lines) == 1, run.output
    assert "hostile.yaml:19:3: " in lines[0]  # the first key of answers:
    assert "50001 entries here; the limit is 2000" in lines[0]
    assert "unknown-item" not in run.output
    assert path.read_bytes() == before
