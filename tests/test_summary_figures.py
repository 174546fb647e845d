"""The summary's figures against hand computation, and the Markdown against the JSON.

The four files (summary_helpers.SMALL) give, over all files:
- S1.1a: levels 2, 3, 4, 1 → N 4; bands 50 / 25 / 25 / 0 %; median 2.5; Q1 1.75, Q3 3.25
  (positions 0.75 and 2.25 between the sorted levels 1 2 3 4); IQR 1.5.
- S1.1a by type: kunta rated 1, 2, 3, 1 → median 1.5, Q1 1, Q3 2.25, bands 75 / 25 / 0 / 0 %;
  hyvinvointialue 3, 4, 4, 2 → median 3.5, Q1 2.75, Q3 4, bands 25 / 25 / 50 / 0 %;
  the gap is 3.5 − 1.5 = 2 (hyvinvointialue over kunta).
- S1.2: 4, 5, don't know, 3 → N 4, bands 0 / 25 / 50 / 25 %, median 4, Q1 3.5, Q3 4.5; by type
  kunta 3, hyvinvointialue 5, kela don't know (N 1, no median): the gap is 2, Kela not in it.
- S1.3: one not applicable → N 0, not applicable 1, unanswered 3.
- S2.1: don't know, 1, 2, unanswered → N 3, bands 67 / 0 / 0 / 33 %, median 1.5, unanswered 1.
- S1 pools its items: levels 2 3 4 1 4 5 3 and one don't know → N 8, median 3, Q1 2.5, Q3 4;
  bands 2/8, 2/8, 3/8, 1/8 = 25 / 25 / 38 / 13 % (half up: the row adds up to 101);
  not applicable 1; unanswered 4 files × 7 items − 9 answers = 19.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from summary_helpers import (
    Cli,
    as_dicts,
    generate,
    headings,
    make_small,
    number,
    parse,
    summary_json,
    tables_under,
)

BANDS = ("not-in-place", "partly", "in-place", "dont-know")


@pytest.fixture
def small(cli: Cli, tmp_path: Path) -> Path:
    return make_small(cli, tmp_path / "arviot")


def bands(*percents: int) -> dict[str, int]:
    return dict(zip(BANDS, percents, strict=True))


def by_id(rows: list[dict[str, Any]]) -> dict[str, dict[str, Any]]:
    return {row["id"]: row for row in rows}


def test_item_figures_are_the_hand_computed_ones(cli: Cli, small: Path) -> None:
    run, data = summary_json(cli, small)
    assert run.code == 0, run.err
    items = by_id(data["items"])
    s11a = items["S1.1a"]
    assert (s11a["n"], s11a["median"], s11a["q1"], s11a["q3"], s11a["iqr"]) == (
        4,
        2.5,
        1.75,
        3.25,
        1.5,
    )
    assert s11a["band_percent"] == bands(50, 25, 25, 0)
    assert s11a["band_counts"] == dict(zip(BANDS, (2, 1, 1, 0), strict=True))
    s12 = items["S1.2"]
    assert (s12["n"], s12["n_levels"], s12["median"], s12["q1"], s12["q3"]) == (4, 3, 4.0, 3.5, 4.5)
    assert s12["band_percent"] == bands(0, 25, 50, 25)
    s13 = items["S1.3"]
    assert (s13["n"], s13["median"], s13["not_applicable"], s13["unanswered"]) == (0, None, 1, 3)
    s21 = items["S2.1"]
    assert (s21["n"], s21["median"], s21["unanswered"]) == (3, 1.5, 1)
    assert s21["band_percent"] == bands(67, 0, 0, 33)


def test_the_split_by_organisation_type_and_the_gap_between_types(cli: Cli, small: Path) -> None:
    _, data = summary_json(cli, small)
    s11a = by_id(data["items"])["S1.1a"]
    kunta, county = s11a["by_type"]["kunta"], s11a["by_type"]["hyvinvointialue"]
    assert (kunta["n"], kunta["median"], kunta["q1"], kunta["q3"]) == (4, 1.5, 1.0, 2.25)
    assert kunta["band_percent"] == bands(75, 25, 0, 0)
    assert (county["n"], county["median"], county["q1"], county["q3"]) == (4, 3.5, 2.75, 4.0)
    assert county["band_percent"] == bands(25, 25, 50, 0)
    assert s11a["type_gap"] == {"high": "hyvinvointialue", "low": "kunta", "difference": 2.0}
    assert s11a["type_gaps"] == [{"high": "kunta", "low": "hyvinvointialue", "difference": -2.0}]
    s12 = by_id(data["items"])["S1.2"]
    assert s12["by_type"]["kela"]["n"] == 1 and s12["by_type"]["kela"]["median"] is None
    assert s12["type_gap"] == {"high": "hyvinvointialue", "low": "kunta", "difference": 2.0}


def test_a_recommendation_pools_its_items(cli: Cli, small: Path) -> None:
    _, data = summary_json(cli, small)
    s1 = by_id(data["recommendations"])["S1"]
    assert (s1["n"], s1["median"], s1["q1"], s1["q3"], s1["iqr"]) == (8, 3.0, 2.5, 4.0, 1.5)
    assert s1["band_percent"] == bands(25, 25, 38, 13)
    assert (s1["not_applicable"], s1["unanswered"]) == (1, 27)  # 4 files × 9 items: 36 slots
    assert data["files"] == {"used": 4, "skipped": 0, "left_out_by_since": 0}


def test_the_markdown_shows_the_hand_computed_figures(cli: Cli, small: Path) -> None:
    run = cli("summary", small, "--lang", "en")
    assert run.code == 0, run.err
    tokens = parse(run.out)
    heading = "S1 Regional structures that support cooperation"
    items, by_type = (
        tables_under(tokens, heading)[0],
        tables_under(tokens, "S1: views by organisation type")[0],
    )
    row = as_dicts(items)["S1.1a"]
    assert (row["N"], row["Median"], row["Q1–Q3"]) == ("4", "2.5", "1.75–3.25")
    assert (row["Not in place"], row["Partly"], row["In place"], row["Don't know"]) == (
        "50%",
        "25%",
        "25%",
        "0%",
    )
    typed = as_dicts(by_type)["S1.1a"]
    assert (typed["Municipality"], typed["Wellbeing services county"]) == ("1.5 (4)", "3.5 (4)")
    assert typed["Widest gap"] == "2"
    overview = as_dicts(tables_under(tokens, "Overall picture")[0])
    s1 = overview["S1 Regional structures that support cooperation"]
    assert [
        s1[k] for k in ("N", "Median", "Q1–Q3", "Not in place", "Partly", "In place", "Don't know")
    ] == [
        "8",
        "3",
        "2.5–4",
        "25%",
        "25%",
        "38%",
        "13%",
    ]


def test_finnish_writes_decimal_commas_and_spaced_percents(cli: Cli, small: Path) -> None:
    run = cli("summary", small, "--lang", "fi")
    row = as_dicts(tables_under(parse(run.out), "S1 Yhteistyötä tukevat alueelliset rakenteet")[0])[
        "S1.1a"
    ]
    assert (row["Mediaani"], row["Q1–Q3"], row["Ei toteudu"]) == ("2,5", "1,75–3,25", "50 %")


def assert_same(cells: list[str], figures: dict[str, Any]) -> None:
    """N | Median | Q1–Q3 | four band percents, as shown, against the JSON figures."""
    assert int(cells[0]) == figures["n"]
    assert number(cells[1]) == figures["median"]
    quartiles = None if cells[2] == "–" else tuple(number(q) for q in cells[2].split("–"))
    assert quartiles == (None if figures["q1"] is None else (figures["q1"], figures["q3"]))
    expected = [float(figures["band_percent"][b]) if figures["n"] else None for b in BANDS]
    assert [number(c) for c in cells[3:7]] == expected


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_the_json_figures_equal_the_markdown_figures(cli: Cli, tmp_path: Path, lang: str) -> None:
    generate(tmp_path / "many", 60)
    args = (tmp_path / "many", "--lang", lang, "--group-by", "county")
    markdown = cli("summary", *args).out
    _, data = summary_json(cli, *args)
    tokens = parse(markdown)
    h2 = {text.split(" ", 1)[0]: text for text in headings(tokens, 2)}
    compared = 0
    for rec in data["recommendations"]:
        rows = as_dicts(tables_under(tokens, h2[rec["id"]])[0])
        for item in (i for i in data["items"] if i["recommendation"] == rec["id"]):
            cells = list(rows[item["id"]].values())  # Item | figures… | n/a | unanswered
            assert_same(cells[1:8], item)
            assert (int(cells[-2]), int(cells[-1])) == (item["not_applicable"], item["unanswered"])
            compared += 1
    assert compared == 44  # S1-S4 and T1, which the summary shows like the others
    overview = list(as_dicts(tables_under(tokens, headings(tokens, 2)[0])[0]).values())
    for row, rec in zip(overview, [*data["recommendations"], data["overall"]], strict=True):
        assert_same(list(row.values())[1:], rec)
    group_heading = headings(tokens, 2)[-3]  # before skipped files and formulas
    group_rows = tables_under(tokens, f"{group_heading}: S2")[0][1:]
    for row, group in zip(group_rows, data["groups"], strict=True):
        assert row[0] == group["name"]
        assert int(row[1]) == group["n_files"]
        assert_same(row[2:], by_id(group["recommendations"])["S2"])
