"""Selecting and grouping files: --group-by region|county|round, --since, rounds, coverage."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from summary_helpers import (
    Cli,
    as_dicts,
    assessment_data,
    headings,
    make_small,
    parse,
    summary_json,
    tables_under,
    write_yaml,
)

from yhdyspinta_cli.summary.names import round_of


@pytest.fixture
def small(cli: Cli, tmp_path: Path) -> Path:
    return make_small(cli, tmp_path / "arviot")


def medians(group: dict[str, Any], item: str) -> float | None:
    found: float | None = next(i["median"] for i in group["items"] if i["id"] == item)
    return found


def test_group_by_region(cli: Cli, small: Path) -> None:
    run, data = summary_json(cli, small, "--group-by", "region")
    assert run.code == 0, run.err
    groups = {g["name"]: g for g in data["groups"]}
    assert list(groups) == ["Oriveden seutu", "Tampereen seutu", "Vaasan seutu"]
    assert [g["n_files"] for g in groups.values()] == [1, 2, 1]
    assert [medians(g, "S1.1a") for g in groups.values()] == [3.0, 1.5, 4.0]


def test_group_by_county(cli: Cli, small: Path) -> None:
    _, data = summary_json(cli, small, "--group-by", "county")
    groups = {g["name"]: g for g in data["groups"]}
    assert list(groups) == ["Pirkanmaa", "Pohjanmaa"]
    assert [g["n_files"] for g in groups.values()] == [3, 1]
    assert [medians(g, "S1.1a") for g in groups.values()] == [2.0, 4.0]


def test_group_by_round_uses_half_years(cli: Cli, small: Path) -> None:
    _, data = summary_json(cli, small, "--group-by", "round")
    groups = {g["name"]: g for g in data["groups"]}
    # d.yaml is dated 2025-07-01: the first day of the second half-year.
    assert list(groups) == ["2025 H2", "2026 H1"]
    s1 = [next(r for r in g["recommendations"] if r["id"] == "S1") for g in groups.values()]
    assert [r["median"] for r in s1] == [3.0, 3.5]


@pytest.mark.parametrize(
    ("date", "expected"),
    [
        ("2025-01-01", "2025 H1"),
        ("2025-06-30", "2025 H1"),
        ("2025-07-01", "2025 H2"),
        ("2025-12-31", "2025 H2"),
    ],
)
def test_a_round_is_the_half_year_of_the_date(date: str, expected: str) -> None:
    assert round_of(date) == expected


def test_the_trend_is_there_without_group_by(cli: Cli, small: Path) -> None:
    _, data = summary_json(cli, small)
    assert data["groups"] is None
    assert [(r["round"], r["n_files"], r["regions"]) for r in data["trend"]] == [
        ("2025 H2", 2, 2),
        ("2026 H1", 2, 2),
    ]
    tokens = parse(cli("summary", small, "--lang", "en").out)
    rounds, medians_by_round = tables_under(tokens, "Trend across rounds")
    assert [row[0] for row in rounds[1:]] == ["2025 H2", "2026 H1"]
    assert as_dicts(medians_by_round)["2026 H1"]["S1"] == "3.5"


def test_the_markdown_shows_the_groups_side_by_side(cli: Cli, small: Path) -> None:
    run = cli("summary", small, "--group-by", "region", "--lang", "en")
    tokens = parse(run.out)
    assert "By region" in headings(tokens, 2)
    side_by_side = tables_under(tokens, "By region: item medians")[0]
    assert side_by_side[0] == ["Item", "Oriveden seutu", "Tampereen seutu", "Vaasan seutu"]
    assert as_dicts(side_by_side)["S1.1a"]["Tampereen seutu"] == "1.5"
    per_rec = as_dicts(tables_under(tokens, "By region: S1")[0])
    assert per_rec["Tampereen seutu"]["Files"] == "2"


def test_since_leaves_earlier_files_out(cli: Cli, small: Path) -> None:
    run, data = summary_json(cli, small, "--since", "2026-01-01")
    assert run.code == 0, run.err
    assert data["files"] == {"used": 2, "skipped": 0, "left_out_by_since": 2}
    s11a = next(i for i in data["items"] if i["id"] == "S1.1a")
    assert (s11a["n"], s11a["median"]) == (2, 2.5)
    assert [r["round"] for r in data["trend"]] == ["2026 H1"]
    markdown = cli("summary", small, "--since", "2026-01-01", "--lang", "en").out
    assert "Assessments dated from 2026-01-01 (2 earlier ones left out)." in markdown


def test_since_is_inclusive(cli: Cli, small: Path) -> None:
    _, data = summary_json(cli, small, "--since", "2026-03-14")
    assert data["files"]["used"] == 2


@pytest.mark.parametrize("value", ["2026-13-01", "1.1.2026", "yesterday"])
def test_since_must_be_a_date(cli: Cli, small: Path, value: str) -> None:
    run = cli("summary", small, "--since", value)
    assert run.code == 2
    assert "YYYY-MM-DD" in run.err


def test_spellings_of_one_region_are_one_group_and_a_missing_county_has_its_own(
    cli: Cli, tmp_path: Path
) -> None:
    answers = {"S1.1a": {"current": 3}}
    write_yaml(
        tmp_path / "in" / "1.yaml",
        assessment_data("Tampereen seutu", "2026-01-10", "Pirkanmaa", answers=answers),
    )
    write_yaml(
        tmp_path / "in" / "2.yaml",
        assessment_data("tampereen  Seutu", "2026-02-10", "Pirkanmaa", answers=answers),
    )
    write_yaml(
        tmp_path / "in" / "3.yaml",
        assessment_data("Kela-alue", "2026-02-10", None, answers=answers),
    )
    _, data = summary_json(cli, tmp_path / "in", "--group-by", "region")
    assert [(g["name"], g["n_files"]) for g in data["groups"]] == [
        ("Kela-alue", 1),
        ("Tampereen seutu", 2),
    ]
    _, data = summary_json(cli, tmp_path / "in", "--group-by", "county")
    assert [(g["name"], g["n_files"]) for g in data["groups"]] == [("Pirkanmaa", 2), (None, 1)]
    markdown = cli("summary", tmp_path / "in", "--group-by", "county", "--lang", "en").out
    assert "| (no county)" in markdown


def test_coverage_by_county_region_and_type(cli: Cli, small: Path) -> None:
    _, data = summary_json(cli, small)
    regions = {r["region"]: r for r in data["coverage"]["regions"]}
    tampere = regions["Tampereen seutu"]
    assert (tampere["files"], tampere["rounds"], tampere["latest"]) == (
        2,
        ["2025 H2", "2026 H1"],
        "2026-03-14",
    )
    # a.yaml: 2 levels + 1 don't know; d.yaml: 2 levels; of 2 files × 44 items.
    assert (tampere["items_answered"], tampere["items_dont_know"], tampere["items_unanswered"]) == (
        4,
        1,
        83,
    )
    counties = {c["county"]: c for c in data["coverage"]["counties"]}
    assert (counties["Pirkanmaa"]["regions"], counties["Pirkanmaa"]["files"]) == (2, 3)
    types = {t["type"]: t for t in data["types"]}
    assert (types["kunta"]["files"], types["kunta"]["n"]) == (4, 5)
    assert (types["kela"]["files"], types["kela"]["organisations"], types["kela"]["n"]) == (1, 1, 1)
    tokens = parse(cli("summary", small, "--lang", "en").out)
    _, by_region, by_type = tables_under(tokens, "Coverage: who has answered what")
    row = as_dicts(by_region)["Tampereen seutu"]
    assert (row["Answered with a level"], row["Don't know"], row["Unanswered"]) == (
        "5%",
        "1%",
        "94%",
    )
    assert as_dicts(by_type)["Kela (Social Insurance Institution)"]["Don't know"] == "100%"


def test_paths_default_to_the_configured_assessments(cli: Cli, small: Path, tmp_path: Path) -> None:
    (tmp_path / "yhdyspinta.yaml").write_text("assessments: [arviot/]\n", encoding="utf-8")
    run, data = summary_json(cli)
    assert run.code == 0, run.err
    assert data["files"]["used"] == 4


def test_no_paths_and_no_configuration_is_a_usage_error(cli: Cli) -> None:
    run = cli("summary")
    assert run.code == 2
    assert "assessments:" in run.err
