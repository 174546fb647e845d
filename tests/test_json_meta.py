"""Every JSON output opens with the same `meta` object: tool, version, checklists, subject, time."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
import yaml
from conftest import Run
from summary_helpers import Cli, assessment_data, write_yaml

import yhdyspinta_cli
from yhdyspinta_cli import resources

KEYS = [
    "tool",
    "version",
    "generated",
    "language",
    "checklists",
    "region",
    "county",
    "date",
    "files",
    "period",
]
EPOCH = "1773480600"  # 2026-03-14T09:30:00Z


def bundled_versions() -> dict[str, str]:
    """The shipped checklists' ids and versions, read from their YAML."""
    versions = {}
    for path in resources.bundled_checklist_paths():
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8"))
        if data.get("format") == "yhdyspinta/checklist":
            versions[data["id"]] = data["version"]
    return versions


@pytest.fixture
def files(tmp_path: Path) -> Path:
    """Three regions' assessments; the first is the one the single-file outputs read."""
    folder = tmp_path / "in"
    for name, region, county, day in [
        ("a.yaml", "Tampereen seutu", "Pirkanmaa", "2026-03-14"),
        ("b.yaml", "Oulun seutu", "Pohjois-Pohjanmaa", "2025-10-01"),
        ("c.yaml", "Vaasan seutu", None, "2026-05-02"),
    ]:
        answers = {"S1.2": {"current": 3, "target": 4}}
        write_yaml(folder / name, assessment_data(region, day, county, answers=answers))
    return folder


def meta_of(run: Run) -> dict[str, object]:
    assert run.code in (0, 1), run.output
    data = json.loads(run.out)
    assert next(iter(data)) == "meta", "meta comes first"
    meta: dict[str, object] = data["meta"]
    return meta


ONE_FILE = [
    ("report", "gaps", "{a}", "--format", "json"),
    ("report", "plan", "{a}", "--format", "json"),
    ("status", "{a}", "--format", "json"),
]


@pytest.mark.parametrize("args", ONE_FILE, ids=lambda a: " ".join(a[:2]))
def test_a_report_on_one_assessment_names_its_region_county_and_date(
    cli: Cli, files: Path, monkeypatch: pytest.MonkeyPatch, args: tuple[str, ...]
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    run = cli(*(a.format(a=files / "a.yaml") for a in args), "--lang", "sv")
    meta = meta_of(run)
    assert list(meta) == KEYS
    assert meta["tool"] == "yhdyspinta"
    assert meta["version"] == yhdyspinta_cli.__version__
    assert meta["generated"] == "2026-03-14T09:30:00Z"
    assert meta["language"] == "sv"
    assert meta["checklists"] == bundled_versions()
    assert (meta["region"], meta["county"], meta["date"]) == (
        "Tampereen seutu",
        "Pirkanmaa",
        "2026-03-14",
    )
    assert (meta["files"], meta["period"]) == (None, None)


def test_a_summary_names_its_file_count_and_date_range(
    cli: Cli, files: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    meta = meta_of(cli("summary", files, "--format", "json", "--lang", "fi", "--anonymise"))
    assert list(meta) == KEYS
    assert meta["files"] == 3
    assert meta["period"] == {"from": "2025-10-01", "to": "2026-05-02"}
    assert (meta["region"], meta["county"], meta["date"]) == (None, None, None)
    assert meta["checklists"] == bundled_versions()
    assert meta["language"] == "fi"


def test_check_and_the_checklists_listing_carry_it_too(
    cli: Cli, files: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", EPOCH)
    checked = meta_of(cli("check", files, "--format", "json", "--lang", "en"))
    assert list(checked) == KEYS
    assert (checked["files"], checked["language"]) == (3, "en")
    assert checked["checklists"] == bundled_versions()
    listed = meta_of(cli("checklists", "--format", "json", "--lang", "fi"))
    assert list(listed) == KEYS
    assert listed["checklists"] == bundled_versions()
    assert listed["generated"] == "2026-03-14T09:30:00Z"


def test_without_source_date_epoch_it_is_the_time_of_the_run(
    cli: Cli, files: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH")
    before = datetime.now(timezone.utc).replace(microsecond=0)
    meta = meta_of(cli("status", files / "a.yaml", "--format", "json"))
    after = datetime.now(timezone.utc)
    generated = datetime.strptime(str(meta["generated"]), "%Y-%m-%dT%H:%M:%SZ")
    generated = generated.replace(tzinfo=timezone.utc)
    assert before <= generated <= after + timedelta(seconds=1)


@pytest.mark.parametrize(
    ("lang", "word"), [("fi", "sekunti"), ("sv", "sekunder"), ("en", "seconds")]
)
def test_a_malformed_source_date_epoch_is_a_usage_error(
    cli: Cli, files: Path, monkeypatch: pytest.MonkeyPatch, lang: str, word: str
) -> None:
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "yesterday")
    run = cli("report", "gaps", files / "a.yaml", "--format", "json", "--lang", lang)
    assert run.code == 2
    assert run.out == ""
    assert "SOURCE_DATE_EPOCH='yesterday'" in run.err and word in run.err
