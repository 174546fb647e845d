"""`--format json`: the figures for scripts, equal to the Markdown's (one computation)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from assessment_helpers import Cli
from report_helpers import (
    DECLINING_BASELINE,
    SAMPLE_ACTIONS,
    SAMPLE_DIVERGENT,
    SAMPLE_FIGURES,
    SAMPLE_GAPS_WITHOUT_ACTION,
    SAMPLE_OVERDUE,
    SAMPLE_PROGRESS,
    Table,
    bullets,
    only_table,
    parse,
    section,
    tables,
    write_baseline,
    write_sample,
)
from walk_helpers import catalog, item_ids

from yhdyspinta_cli.i18n import message
from yhdyspinta_cli.render.numbers import fmt_number, fmt_percent

BANDS = ("not-in-place", "partly", "in-place", "dont-know")


def report_json(cli: Cli, kind: str, path: Path, *options: str | Path) -> Any:
    run = cli("report", kind, path, "--format", "json", *options)
    assert run.code == 0, run.output
    return json.loads(run.out)


@pytest.fixture
def sample(tmp_path: Path) -> Path:
    return write_sample(tmp_path / "a.yaml")


def test_the_recommendations_carry_the_hand_computed_figures(cli: Cli, sample: Path) -> None:
    data = report_json(cli, "gaps", sample)
    groups = [*data["recommendations"], data["overall"]]
    assert [g["id"] for g in groups] == ["S1", "S2", "S3", "S4", "T1", "all"]
    for group in groups:
        coverage, mean, to_target, bands, unanswered = SAMPLE_FIGURES[group["id"]]
        assert group["coverage"] == pytest.approx(coverage)
        assert group["mean_level"] == (None if mean is None else pytest.approx(mean))
        expected = None if to_target is None else pytest.approx(to_target)
        assert group["percent_to_target"] == expected
        assert group["bands"] == dict(zip(BANDS, bands, strict=True))
        assert group["unanswered"] == unanswered
    assert data["overall"]["divergent_items"] == SAMPLE_DIVERGENT
    at_target = [(g["at_target"], g["targeted"]) for g in groups]
    assert at_target == [(2, 4), (0, 2), (0, 0), (0, 0), (0, 0), (2, 6)]  # S1.4c, S1.4b


def test_percent_to_target_is_a_fraction(cli: Cli, sample: Path) -> None:
    data = report_json(cli, "gaps", sample)
    fractions = [g["percent_to_target"] for g in data["recommendations"]]
    assert all(f is None or 0 <= f <= 1 for f in fractions)
    assert fractions[0] == pytest.approx(14 / 17)


def test_every_item_has_its_figures(cli: Cli, sample: Path) -> None:
    items = {item["id"]: item for item in report_json(cli, "gaps", sample)["items"]}
    assert list(items) == item_ids()
    keys = {"id", "current", "target", "gap", "band", "divergence"}
    assert all(keys <= set(item) for item in items.values())
    pick = ("current", "target", "gap", "band", "divergence")
    assert [items["S1.1a"][k] for k in pick] == [2, 4, 2, "not-in-place", 2]
    assert [items["S1.2"][k] for k in pick] == ["dont-know", None, None, "dont-know", None]
    assert [items["S1.3"][k] for k in pick] == ["not-applicable", None, None, None, None]
    assert [items["S2.1"][k] for k in pick] == [1, 3, 2, "not-in-place", 3]
    assert [items["S3.1"][k] for k in pick] == [None, None, None, None, None]
    assert items["S1.1a"]["priority"] == 6.0


@pytest.mark.parametrize("lang", ["fi", "en"])
def test_the_markdown_shows_the_same_numbers(cli: Cli, tmp_path: Path, lang: str) -> None:
    source = write_sample(tmp_path / "a.yaml", lang=lang)
    data = report_json(cli, "gaps", source)
    run = cli("report", "gaps", source)
    tokens = parse(run.out)
    summary = tables(tokens)[0]
    rows = [*data["recommendations"], data["overall"]]
    for group, row in zip(rows, summary.rows, strict=True):
        assert row[1:4] == [
            fmt_percent(group["coverage"], lang),
            fmt_number(group["mean_level"], lang),
            fmt_percent(group["percent_to_target"], lang),
        ]
        assert row[4:8] == [str(group["bands"][b]) for b in BANDS]
        assert row[8] == str(group["unanswered"])
    labels = {band.key: band.label.get(lang) for band in catalog().scale.bands}
    not_set, header = (
        message("target_not_set", lang),
        [message("item", lang), message("current", lang)],
    )
    item_tables = {t.rows[0][0][:2]: t for t in tables(tokens) if t.header[:2] == header}
    for item in data["items"]:
        if item["recommendation"] not in item_tables:  # nothing answered: no table, a list
            assert item["state"] == "unanswered"
            continue
        row = item_table_row(item_tables[item["recommendation"]], item["id"])
        target = not_set if item["id"] in data["missing_target"] else dash(item["target"])
        assert row[2:] == [target, dash(item["gap"]), labels.get(item["band"], "–")]
        if isinstance(item["current"], int):
            assert row[1] == str(item["current"])


def item_table_row(table: Table, item_id: str) -> list[str]:
    return next(row for row in table.rows if row[0] == item_id)


def dash(value: int | None) -> str:
    return "–" if value is None else str(value)


def test_compare_adds_the_progress(cli: Cli, sample: Path, tmp_path: Path) -> None:
    earlier = write_baseline(tmp_path / "earlier.yaml")
    data = report_json(cli, "gaps", sample, "--compare", earlier)
    assert data["overall"]["progress"] == pytest.approx(SAMPLE_PROGRESS)
    s1a = next(item for item in data["items"] if item["id"] == "S1.1a")
    assert (s1a["baseline"], s1a["progress"]) == (1, pytest.approx(1 / 3))
    markdown = parse(cli("report", "gaps", sample, "--compare", earlier, "--lang", "en").out)
    intro = section(markdown, "Changes since the earlier assessment")[1].content
    assert intro.endswith(f"Progress: {fmt_percent(data['overall']['progress'], 'en')}.")


def test_the_plan_has_actions_overdue_and_gaps_without_action(cli: Cli, sample: Path) -> None:
    data = report_json(cli, "plan", sample)
    assert [a["id"] for a in data["actions"]] == ["A1", "A2", "A3", "A4", "A5"]
    assert [a["status"] for a in data["actions"]] == [c.status or "planned" for c in SAMPLE_ACTIONS]
    a2 = data["actions"][1]
    assert (a2["items"], a2["owner"], a2["due"]) == (["S1.1a", "S2.1"], "pirha", "2099-01-31")
    assert data["overdue"] == SAMPLE_OVERDUE
    assert [g["id"] for g in data["gaps_without_action"]] == SAMPLE_GAPS_WITHOUT_ACTION
    assert data["gaps_without_action"][0] == {"id": "S1.1b", "gap": 1, "priority": 2.0}


def test_the_plan_json_matches_the_plan_markdown(cli: Cli, sample: Path) -> None:
    data = report_json(cli, "plan", sample)
    tokens = parse(cli("report", "plan", sample).out)
    timeline = only_table(section(tokens, "Timeline"))
    ids = [cell.split()[0] for cell in timeline.column("Action")]
    assert sorted(ids) == [a["id"] for a in data["actions"]]
    flagged = [i for i, due in zip(ids, timeline.column("Due"), strict=True) if "OVERDUE" in due]
    assert flagged == data["overdue"]
    gaps = [line.split()[0] for line in bullets(section(tokens, "Gaps without an action"))]
    assert gaps == [g["id"] for g in data["gaps_without_action"]]
    refused = bullets(section(tokens, "Actions check does not accept"))
    assert data["not_accepted"] == [{"id": "A5", "missing": ["due"]}]
    assert len(refused) == 1 and " A5 " in refused[0]


def test_each_group_lists_its_items_without_a_target(cli: Cli, sample: Path) -> None:
    data = report_json(cli, "gaps", sample)
    by_id = {g["id"]: g["missing_target"] for g in data["recommendations"]}
    assert by_id == {"S1": [], "S2": ["S2.2a"], "S3": [], "S4": [], "T1": []}
    assert data["overall"]["missing_target"] == data["missing_target"] == ["S2.2a"]


def test_json_keeps_user_text_as_it_is(cli: Cli, sample: Path) -> None:
    text = sample.read_text(encoding="utf-8")
    assert "TYM-johtoryhmän työjärjestys" in text
    data = report_json(cli, "plan", sample)
    assert data["actions"][0]["title"] == "TYM-johtoryhmän työjärjestys"


def test_compare_counts_the_declines(cli: Cli, sample: Path, tmp_path: Path) -> None:
    earlier = write_baseline(tmp_path / "earlier.yaml", answers=DECLINING_BASELINE)
    data = report_json(cli, "gaps", sample, "--compare", earlier)
    moves = ("improved", "unchanged", "declined", "mean_change", "declined_items")
    overall = data["overall"]
    assert [overall[key] for key in moves] == [2, 1, 2, pytest.approx(-0.2), ["S1.1b", "S2.2a"]]
    assert overall["progress"] == pytest.approx(1 / 4)
    s1, s2 = data["recommendations"][:2]
    assert [s1[key] for key in moves] == [1, 0, 1, pytest.approx(-0.5), ["S1.1b"]]
    assert [s2[key] for key in moves] == [1, 1, 1, 0.0, ["S2.2a"]]
    assert "declined" not in report_json(cli, "gaps", sample)["overall"]  # only with --compare
