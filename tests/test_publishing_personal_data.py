"""`report` and `summary` refuse to publish personal data: field and line named, value never.

A report of a file with personal data exits 1 and writes nothing, unless --allow-personal-data
(its footer then says so). A summary skips such a file (rule personal-data) when the data is in
what it prints: names, regions, and notes under --include-notes; the rest does not block it.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from assessment_helpers import Cli
from check_helpers import complete_text, write

PHONE = "040\u00a0123\u00a04567"
HETU = "131052-308T"
ESCAPED_HETU = "".join(f"\\x{ord(c):02x}" for c in "131052-308t")
SECRETS = (PHONE, "040 123 4567", HETU, "131052-308t")

LEAKS = {
    "note": ("note: 'Ydintoimijat tunnetaan, kuvaus puuttuu.'",
             f"note: 'Soita {PHONE}'", "answers.S1.1a.note"),
    "escaped-org-key": ("key: pirha", f'key: "{ESCAPED_HETU}"', "organisations[1].key"),
    "comment": ("answers:\n", f"answers:  # asiakas {HETU}\n", "this line"),
}  # fmt: skip


def leaky(tmp_path: Path, case: str) -> tuple[Path, int]:
    old, new, _ = LEAKS[case]
    text = complete_text(**{old: new})
    line = next(n for n, row in enumerate(text.splitlines(), 1) if new.strip() in row)
    return write(tmp_path / f"{case}.yaml", text), line


@pytest.mark.parametrize("kind", ["gaps", "plan"])
@pytest.mark.parametrize("case", list(LEAKS))
def test_report_refuses_naming_field_and_line_and_writes_nothing(
    cli: Cli, tmp_path: Path, kind: str, case: str
) -> None:
    path, line = leaky(tmp_path, case)
    output = tmp_path / "out" / "report.md"

    run = cli("report", kind, path, "-o", output)

    assert run.code == 1, run.output
    first = run.err.splitlines()[0]
    assert first.startswith(f"{path}:{line}:"), run.err
    assert LEAKS[case][2] in first and first.endswith("(personal-data)")
    assert "--allow-personal-data" in run.err
    for secret in SECRETS:
        assert secret not in run.output
    assert not output.exists()


def test_report_refuses_a_compared_file_with_personal_data(cli: Cli, tmp_path: Path) -> None:
    earlier, _ = leaky(tmp_path, "note")
    path = write(tmp_path / "now.yaml", complete_text())
    run = cli("report", "gaps", path, "--compare", earlier)
    assert run.code == 1, run.output
    assert run.err.startswith(f"{earlier}:")


@pytest.mark.parametrize("fmt", ["md", "html"])
def test_allow_personal_data_writes_the_report_and_says_so_in_the_footer(
    cli: Cli, tmp_path: Path, fmt: str
) -> None:
    path, _ = leaky(tmp_path, "note")
    output = tmp_path / f"gaps.{fmt}"

    run = cli("report", "gaps", path, "--format", fmt, "-o", output, "--allow-personal-data")

    assert run.code == 0, run.output
    text = output.read_text(encoding="utf-8")
    if fmt == "md":
        last = [line for line in text.splitlines() if line.strip()][-1]
        assert "--allow-personal-data" in last, last
    else:
        assert "--allow-personal-data" in text


def test_a_clean_report_has_no_such_footer(cli: Cli, tmp_path: Path) -> None:
    path = write(tmp_path / "a.yaml", complete_text())
    run = cli("report", "gaps", path)
    assert run.code == 0, run.output
    assert "--allow-personal-data" not in run.out


SUMMARY_LEAKS = {
    "region": ("region: Tampereen seutu", f"region: Tampereen seutu {PHONE}", "region"),
    "org-name": ("name: Tampereen kaupunki", f"name: Tampere {HETU}", "organisations[0].name"),
}


@pytest.mark.parametrize("case", list(SUMMARY_LEAKS))
def test_summary_skips_a_file_whose_printed_names_hold_personal_data(
    cli: Cli, tmp_path: Path, case: str
) -> None:
    old, new, field = SUMMARY_LEAKS[case]
    write(tmp_path / "in" / "good.yaml", complete_text())
    text = complete_text(**{old: new})
    bad = write(tmp_path / "in" / "bad.yaml", text)
    line = next(n for n, row in enumerate(text.splitlines(), 1) if new in row)

    run = cli("summary", tmp_path / "in", "--format", "json")

    assert run.code == 1, run.err
    data = json.loads(run.out)
    assert data["files"]["used"] == 1
    [skipped] = data["skipped"]
    assert (skipped["file"], skipped["rule"], skipped["line"]) == (str(bad), "personal-data", line)
    assert skipped["reason"].startswith(f"{field} holds what looks like")
    for secret in SECRETS:
        assert secret not in run.output


def test_summary_notes_block_only_when_they_are_printed(cli: Cli, tmp_path: Path) -> None:
    path, line = leaky(tmp_path / "in", "note")

    without = cli("summary", path.parent, "--format", "json")
    assert without.code == 0, without.err
    assert json.loads(without.out)["files"]["used"] == 1

    with_notes = cli("summary", path.parent, "--format", "json", "--include-notes")
    assert with_notes.code == 1
    [skipped] = json.loads(with_notes.out)["skipped"]
    assert (skipped["rule"], skipped["line"]) == ("personal-data", line)
    for secret in SECRETS:
        assert secret not in with_notes.output


@pytest.mark.parametrize("case", ["comment", "escaped-org-key"])
def test_what_a_summary_never_prints_does_not_block_it(cli: Cli, tmp_path: Path, case: str) -> None:
    path, _ = leaky(tmp_path / "in", case)
    run = cli("summary", path.parent, "--format", "json", "--include-notes")
    assert run.code == 0, run.err
    assert json.loads(run.out)["files"]["used"] == 1
