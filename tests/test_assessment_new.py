"""`yhdyspinta new`: what a new assessment file holds, and what it refuses."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path

import pytest
from assessment_helpers import Cli, new_assessment, plain

from yhdyspinta_cli import resources

NATIONAL = {"S1": "1.1.0", "S2": "1.1.0", "S3": "1.1.0", "S4": "1.1.0", "T1": "1.1.0"}


def test_new_file_starts_with_the_schema_line_and_the_format_marker(
    cli: Cli, tmp_path: Path
) -> None:
    path = new_assessment(cli, tmp_path / "a.yaml")

    lines = path.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "# yaml-language-server: $schema=.yhdyspinta/assessment.schema.json"
    assert lines[1:3] == ["format: yhdyspinta/assessment", "version: 1"]


def test_new_file_holds_metadata_organisations_pins_and_empty_sections(
    cli: Cli, tmp_path: Path
) -> None:
    path = new_assessment(
        cli,
        tmp_path / "a.yaml",
        "--county",
        "Pirkanmaa",
        "--facilitator",
        "Kehittäjä",
        "--lang",
        "sv",
    )

    data = plain(path)
    assert data["region"] == "Tampereen seutu"
    assert data["county"] == "Pirkanmaa"
    assert data["facilitator"] == "Kehittäjä"
    assert data["date"] == "2026-03-14"
    assert data["language"] == "sv"
    assert data["organisations"] == [
        {"key": "tre", "type": "kunta", "name": "Tampere"},
        {"key": "pirha", "type": "hyvinvointialue", "name": "Pirha"},
        {"key": "kela", "type": "kela", "name": "kela"},
    ]
    assert data["checklists"] == NATIONAL
    assert data["answers"] == {}
    assert data["actions"] == []
    assert "orphaned" not in data


def test_pins_follow_the_bundled_checklist_versions(cli: Cli, tmp_path: Path) -> None:
    path = new_assessment(cli, tmp_path / "a.yaml")

    from yhdyspinta_cli.checklist.catalog import load_catalog

    expected = {c.id: c.version for c in load_catalog().checklists}
    assert plain(path)["checklists"] == expected


def test_optional_metadata_is_left_out(cli: Cli, tmp_path: Path) -> None:
    data = plain(new_assessment(cli, tmp_path / "a.yaml"))

    assert "county" not in data
    assert "facilitator" not in data


def test_new_writes_the_schema_copy_at_the_repository_root(cli: Cli, tmp_path: Path) -> None:
    subprocess.run(["git", "init", "-q", str(tmp_path / "repo")], check=True)
    folder = tmp_path / "repo" / "assessments" / "2026"
    folder.mkdir(parents=True)

    path = new_assessment(cli, folder / "kevat.yaml")

    copy = tmp_path / "repo" / ".yhdyspinta" / "assessment.schema.json"
    assert json.loads(copy.read_text(encoding="utf-8")) == resources.schema("assessment")
    first = path.read_text(encoding="utf-8").splitlines()[0]
    assert first == "# yaml-language-server: $schema=../../.yhdyspinta/assessment.schema.json"
    assert (folder / first.split("=", 1)[1]).resolve() == copy.resolve()


def test_new_refuses_to_overwrite(cli: Cli, tmp_path: Path) -> None:
    path = tmp_path / "a.yaml"
    path.write_text("# mine, not an assessment\n", encoding="utf-8")

    run = cli("new", path, "--region", "X", "--org", "tre:kunta")

    assert run.code == 1
    assert "already exists" in run.err
    assert str(path) in run.err
    assert path.read_text(encoding="utf-8") == "# mine, not an assessment\n"


def test_new_refuses_to_overwrite_its_own_file(cli: Cli, tmp_path: Path) -> None:
    path = new_assessment(cli, tmp_path / "a.yaml")
    before = path.read_bytes()

    run = cli("new", path, "--region", "Other", "--org", "kela:kela")

    assert run.code == 1
    assert path.read_bytes() == before


@pytest.mark.parametrize(
    ("spec", "words"),
    [
        ("x:nonsense", ["unknown organisation type 'nonsense'", "kunta", "hyvinvointialue"]),
        ("tre", ["KEY:TYPE[:NAME]"]),
        (":kunta", ["KEY:TYPE[:NAME]"]),
        ("tre:", ["KEY:TYPE[:NAME]"]),
        ("TRE:kunta", ["the key 'TRE'", "lower-case"]),
        ("tampereen kaupunki:kunta", ["the key 'tampereen kaupunki'"]),
    ],
)
def test_bad_org_is_one_clear_error(cli: Cli, tmp_path: Path, spec: str, words: list[str]) -> None:
    run = cli("new", tmp_path / "a.yaml", "--region", "X", "--org", spec)

    assert run.code == 2  # a bad option: usage (issue 15.19)
    assert f"--org '{spec}'" in run.err
    for word in words:
        assert word in run.err
    assert len(run.err.strip().splitlines()) == 1
    assert "Traceback" not in run.output
    assert not (tmp_path / "a.yaml").exists()


def test_org_key_given_twice_is_an_error(cli: Cli, tmp_path: Path) -> None:
    run = cli(
        "new", tmp_path / "a.yaml", "--region", "X", "--org", "tre:kunta", "--org", "tre:kela"
    )

    assert run.code == 2  # a bad option: usage (issue 15.19)
    assert "tre" in run.err
    assert not (tmp_path / "a.yaml").exists()


def test_org_name_may_hold_colons_and_spaces(cli: Cli, tmp_path: Path) -> None:
    path = new_assessment(cli, tmp_path / "a.yaml", orgs=("tre:kunta:Tampere: työllisyys",))

    assert plain(path)["organisations"] == [
        {"key": "tre", "type": "kunta", "name": "Tampere: työllisyys"}
    ]


@pytest.mark.parametrize(
    "date", ["2026-13-01", "14.3.2026", "tomorrow", "2026-02-30", "20260314", "2026-W11-6", ""]
)
def test_bad_date_is_an_error(cli: Cli, tmp_path: Path, date: str) -> None:
    run = cli("new", tmp_path / "a.yaml", "--region", "X", "--org", "tre:kunta", "--date", date)

    assert run.code == 2  # a bad option: usage (issue 15.19)
    assert f"--date '{date}'" in run.err
    assert "YYYY-MM-DD" in run.err
    assert not (tmp_path / "a.yaml").exists()


def test_default_date_is_today(cli: Cli, tmp_path: Path) -> None:
    from datetime import date

    run = cli("new", tmp_path / "a.yaml", "--region", "X", "--org", "tre:kunta")

    assert run.code == 0, run.output
    assert plain(tmp_path / "a.yaml")["date"] == date.today().isoformat()


def test_missing_folder_is_an_error(cli: Cli, tmp_path: Path) -> None:
    run = cli("new", tmp_path / "nope" / "a.yaml", "--region", "X", "--org", "tre:kunta")

    assert run.code == 1
    assert "does not exist" in run.err
    assert not (tmp_path / "nope").exists()
