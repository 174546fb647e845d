"""`report gaps --benchmark SUMMARY.json`: the region beside others, figures recomputed here.

Four other regions answer three items; their medians, quartiles and "in place" shares are
computed below with `statistics` from the levels, not read from the tool.
"""

from __future__ import annotations

import json
import statistics
from pathlib import Path
from typing import Any

import pytest
import yaml
from conftest import REPO, Run
from report_helpers import (
    describe_lint,
    markdownlint,
    pandoc,
    parse,
    plain_text,
    section,
    tables,
)
from summary_helpers import Cli, assessment_data, write_yaml

# The others' levels per item (S1.2 and S1.3 in S1, S2.1 in S2); "in place" is levels 4-5.
OTHERS = {"S1.2": [1, 2, 4, 5], "S1.3": [2, 3, 3, 4], "S2.1": [3, 3, 3, 3]}
IN_PLACE = {4, 5}
REGION = {"S1.2": 4, "S1.3": 2, "S2.1": 2}  # S1.2 above, S1.3 below, S2.1 below the median
WORDS = {
    lang: yaml.safe_load((REPO / "messages" / f"{lang}.yaml").read_text("utf-8"))["messages"]
    for lang in ("fi", "sv", "en")
}


def fi_number(value: float) -> str:
    """A level or quantile as the Finnish and Swedish reports write it: 2,75, 3."""
    return f"{value:.2f}".rstrip("0").rstrip(".").replace(".", ",")


def fi_percent(share: float) -> str:
    return f"{int(share * 100 + 0.5)} %"


def quartiles(levels: list[int]) -> tuple[float, float, float]:
    q1, median, q3 = statistics.quantiles(levels, n=4, method="inclusive")
    return q1, median, q3


@pytest.fixture
def folder(cli: Cli, tmp_path: Path) -> Path:
    """Four others' files summarised into bench.json, and the region's own file."""
    for index in range(4):
        answers = {item: {"current": levels[index]} for item, levels in OTHERS.items()}
        write_yaml(
            tmp_path / "others" / f"r{index}.yaml",
            assessment_data(f"Seutu {index}", f"2026-0{index + 1}-15", answers=answers),
        )
    run = cli("summary", tmp_path / "others", "--format", "json", "-o", tmp_path / "bench.json")
    assert run.code == 0, run.output
    own = {item: {"current": level, "target": 5} for item, level in REGION.items()}
    own["S1.1a"] = {"current": "dont-know"}
    write_yaml(tmp_path / "own.yaml", assessment_data("Oma seutu", "2026-09-01", answers=own))
    return tmp_path


def gaps(cli: Cli, folder: Path, *args: str) -> Run:
    run = cli("report", "gaps", folder / "own.yaml", "--benchmark", folder / "bench.json", *args)
    assert run.code == 0, run.output
    return run


def test_each_item_shows_the_region_beside_the_benchmark_in_finnish(cli: Cli, folder: Path) -> None:
    tokens = parse(gaps(cli, folder, "--lang", "fi").out)
    words = WORDS["fi"]
    part = section(tokens, words["benchmark_title"])
    s1 = tables(section(part, "S1 Yhteistyötä tukevat alueelliset rakenteet: vertailu", 3))[0]
    assert s1.header == ["Kohta", "Oma taso", "Mediaani", "Q1–Q3", "Toteutuu", "Asema", "N"]
    for item in ("S1.2", "S1.3"):
        q1, median, q3 = quartiles(OTHERS[item])
        share = sum(level in IN_PLACE for level in OTHERS[item]) / len(OTHERS[item])
        row = s1.row(item)
        assert row["Oma taso"] == str(REGION[item])
        assert row["Mediaani"] == fi_number(median)
        assert row["Q1–Q3"] == f"{fi_number(q1)}–{fi_number(q3)}"
        assert row["Toteutuu"] == fi_percent(share)
        assert row["N"] == str(len(OTHERS[item]))
        word = "above" if REGION[item] > median else "below" if REGION[item] < median else "at"
        assert row["Asema"] == words[f"benchmark_{word}"]
    assert s1.row("S1.1a")["Oma taso"] == "En osaa sanoa"
    assert s1.row("S1.1a")["Asema"] == "–"
    assert s1.row("S1.1b")["N"] == "0"  # nobody among the others answered it
    s3 = section(part, "S3 Yhteinen tilannekuva yhteistyön pohjana: vertailu", level=3)
    assert tables(s3) == []  # the others answered none of S3: the verdict line alone


def recommendation_median(prefix: str) -> float:
    return statistics.median(
        [level for item, levels in OTHERS.items() if item.startswith(prefix) for level in levels]
    )


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_one_verdict_per_recommendation_in_each_language(cli: Cli, folder: Path, lang: str) -> None:
    tokens = parse(gaps(cli, folder, "--lang", lang).out)
    words = WORDS[lang]
    part = section(tokens, words["benchmark_title"])
    paragraphs = [
        token.content
        for index, token in enumerate(part)
        if token.type == "inline" and part[index - 1].type == "paragraph_open"
    ]
    decimal = "." if lang == "en" else ","
    for prefix in ("S1", "S2"):
        region = statistics.median([v for k, v in REGION.items() if k.startswith(prefix)])
        theirs = recommendation_median(prefix)
        word = "above" if region > theirs else "below" if region < theirs else "at"
        expected = words[f"benchmark_verdict_{word}"].format(
            region=fi_number(region).replace(",", decimal),
            median=fi_number(theirs).replace(",", decimal),
        )
        assert expected in paragraphs
    assert words["benchmark_verdict_none"] in paragraphs  # S3: no levels on either side


def test_the_json_adds_a_benchmark_object_per_item_and_recommendation(
    cli: Cli, folder: Path
) -> None:
    data = json.loads(gaps(cli, folder, "--format", "json").out)
    items = {item["id"]: item for item in data["items"]}
    for item, levels in OTHERS.items():
        q1, median, q3 = quartiles(levels)
        share = sum(level in IN_PLACE for level in levels) / len(levels)
        expected = {"median": median, "q1": q1, "q3": q3, "in_place": share, "n": len(levels)}
        assert items[item]["benchmark"] == expected
    assert items["S1.1b"]["benchmark"] is None or items["S1.1b"]["benchmark"]["n"] == 0
    recommendations = {r["id"]: r for r in data["recommendations"]}
    s2 = recommendations["S2"]["benchmark"]
    assert (s2["median"], s2["region_median"], s2["verdict"]) == (3.0, 2, "below")
    assert data["benchmark"]["matched_by_id"] is False


def test_the_html_report_has_the_section(cli: Cli, folder: Path) -> None:
    html = gaps(cli, folder, "--lang", "sv", "--format", "html").out
    assert f"<h2>{WORDS['sv']['benchmark_title']}</h2>" in html
    assert "<th" in html.split(WORDS["sv"]["benchmark_title"])[1]


def test_other_checklist_versions_are_matched_by_id_with_a_warning(cli: Cli, folder: Path) -> None:
    bench = folder / "bench.json"
    data = json.loads(bench.read_text(encoding="utf-8"))
    data["meta"]["checklists"]["S1"] = "0.9.0"
    bench.write_text(json.dumps(data), encoding="utf-8")
    run = gaps(cli, folder, "--lang", "fi")
    assert "[warning]" in run.err and "S1 0.9.0" in run.err and "(benchmark-versions)" in run.err
    note = WORDS["fi"]["benchmark_versions_note"].split("(")[0]
    assert note in run.out
    figures = json.loads(gaps(cli, folder, "--format", "json").out)
    assert figures["benchmark"]["matched_by_id"] is True
    s1 = {i["id"]: i for i in figures["items"]}["S1.2"]["benchmark"]
    assert s1["median"] == statistics.median(OTHERS["S1.2"])


def broken(folder: Path, kind: str) -> Path:
    path = folder / f"{kind}.json"
    if kind == "not-json":
        path.write_text("{not json", encoding="utf-8")
    elif kind == "a-report":
        path.write_text(json.dumps({"meta": {}, "items": []}), encoding="utf-8")
    elif kind == "a-folder":
        path.mkdir()
    return path  # "missing": never written


@pytest.mark.parametrize("kind", ["not-json", "a-report", "missing", "a-folder"])
def test_a_file_that_is_no_summary_is_a_usage_error_naming_it(
    cli: Cli, folder: Path, kind: str
) -> None:
    path = broken(folder, kind)
    run = cli("report", "gaps", folder / "own.yaml", "--benchmark", path, "--lang", "fi")
    assert run.code == 2
    assert run.out == ""
    [line] = [line for line in run.err.splitlines() if "[error]" in line]
    assert line.startswith(f"{path}:")
    if kind in ("not-json", "a-report"):
        assert "(benchmark-unreadable)" in line and "summary --format json" in line


def test_output_may_not_overwrite_the_benchmark(cli: Cli, folder: Path) -> None:
    bench = folder / "bench.json"
    before = bench.read_bytes()
    run = cli(
        "report", "gaps", folder / "own.yaml", "--benchmark", bench, "--format", "json", "-o", bench
    )
    assert run.code == 2
    assert bench.read_bytes() == before


@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_the_section_passes_markdownlint_and_pandoc(cli: Cli, folder: Path, lang: str) -> None:
    odd = folder / "vertailu_*2026*[x].json"  # a file name that is Markdown markup
    (folder / "bench.json").rename(odd)
    out = folder / f"gaps-{lang}.md"
    args = ("--benchmark", odd, "--lang", lang, "--no-charts", "-o", out)
    run = cli("report", "gaps", folder / "own.yaml", *args)
    assert run.code == 0, run.output
    problems = markdownlint(out)
    assert problems == [], describe_lint(problems)
    converted = pandoc(out)
    assert converted.returncode == 0 and converted.stderr == "", converted.stderr
    assert odd.name in flat_text(parse(out.read_text(encoding="utf-8")))


def flat_text(tokens: list[Any]) -> str:
    return " ".join(plain_text(t) for t in tokens if t.type == "inline")


@pytest.mark.slow
def test_the_html_with_the_benchmark_is_accessible_and_fits(cli: Cli, folder: Path) -> None:
    from browser_helpers import assert_accessible_and_fits, inspect_page, require_browser

    require_browser()
    out = folder / "gaps.html"
    run = cli("report", "gaps", folder / "own.yaml", "--benchmark", folder / "bench.json",
              "--format", "html", "--lang", "fi", "-o", out)  # fmt: skip
    assert run.code == 0, run.output
    assert_accessible_and_fits(inspect_page(out, folder / "gaps.png"))


def test_an_anonymised_summary_serves_as_well(cli: Cli, folder: Path) -> None:
    hidden = folder / "hidden.json"
    run = cli("summary", folder / "others", "--anonymise", "--format", "json", "-o", hidden)
    assert run.code == 0, run.output
    assert "Seutu 0" not in hidden.read_text(encoding="utf-8")
    args = ("--format", "json")
    plain = json.loads(gaps(cli, folder, *args).out)
    run = cli("report", "gaps", folder / "own.yaml", "--benchmark", hidden, *args)
    assert run.code == 0, run.output
    anonymised = json.loads(run.out)
    assert [i["benchmark"] for i in anonymised["items"]] == [i["benchmark"] for i in plain["items"]]
