"""The summary as documents: markdownlint-clean Markdown with the expected structure, charts beside
the Markdown and inline in the HTML, and the JSON's shape."""

from __future__ import annotations

import json
import re
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from summary_helpers import (
    MARKDOWNLINT,
    Cli,
    assessment_data,
    generate,
    headings,
    make_small,
    markdownlint,
    parse,
    tables_under,
    write_yaml,
)
from walk_helpers import catalog

HOSTILE = "Alue | *tähti* _x_ [linkki](http://evil.example) `tick` <b>b</b> $x^2$ # 1. - \\"
CHART_KEYS = ("overview", "s1", "s2", "s3", "s4", "t1", "types", "rounds")


@pytest.fixture
def small(cli: Cli, tmp_path: Path) -> Path:
    return make_small(cli, tmp_path / "arviot")


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    folder = tmp_path / "hostile"
    orgs = [("x", "kunta", HOSTILE), ("y", "hyvinvointialue", "Y")]
    answers = {"S1.1a": {"current": 3, "ratings": {"x": 2, "y": 4}, "note": HOSTILE}}
    write_yaml(folder / "a.yaml", assessment_data(HOSTILE, "2026-01-01", HOSTILE, orgs, answers))
    write_yaml(folder / "b.yaml", assessment_data("Toinen", "2025-08-01", None, orgs, answers))
    (folder / "broken.yaml").write_text("format: [\n", encoding="utf-8")
    return folder


needs_markdownlint = pytest.mark.skipif(
    not MARKDOWNLINT.exists(),
    reason="markdownlint-cli: npm install --no-save --prefix .tools markdownlint-cli@0.48.0",
)


VARIANTS = {
    "plain": [],
    "region": ["--group-by", "region"],
    "county": ["--group-by", "county"],
    "round": ["--group-by", "round"],
    "anonymised": ["--anonymise", "--include-notes"],
}


@needs_markdownlint
def test_markdownlint_passes(cli: Cli, small: Path, tmp_path: Path) -> None:
    """Every language and variant, linted in one markdownlint run (it names the failing file)."""
    outputs = []
    for lang in ("fi", "sv", "en"):
        for name, extra in VARIANTS.items():
            out = tmp_path / "out" / f"{lang}-{name}.md"
            run = cli("summary", small, "--lang", lang, "-o", out, "--no-charts", *extra)
            assert run.code == 0, run.err
            outputs.append(out)
    lint = markdownlint(*outputs)
    assert lint.returncode == 0, lint.stdout + lint.stderr


@needs_markdownlint
def test_markdownlint_passes_with_hostile_names_notes_and_skipped_files(
    cli: Cli, hostile: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out" / "summary.md"
    run = cli("summary", hostile, "-o", out, "--include-notes", "--group-by", "region", "--charts")
    assert run.code == 1  # broken.yaml
    lint = markdownlint(out)
    assert lint.returncode == 0, lint.stdout + lint.stderr
    tokens = parse(out.read_text(encoding="utf-8"))
    assert "By region: item medians" not in headings(tokens, 3)  # Finnish by default
    texts = [t for t in tokens if t.type == "inline"]
    assert not [
        c for t in texts for c in t.children or [] if c.type in ("html_inline", "link_open")
    ]
    assert any(c.content == HOSTILE for t in texts for c in t.children or [] if c.type == "text")


def test_the_structure_of_the_summary(cli: Cli, small: Path) -> None:
    tokens = parse(cli("summary", small, "--lang", "en", "--group-by", "county").out)
    assert headings(tokens, 1) == ["Summary of the assessments"]
    assert headings(tokens, 2) == [
        "Overall picture",
        "S1 Regional structures that support cooperation",
        "S2 Leading the cooperation",
        "S3 A shared situational picture as the basis for cooperation",
        "S4 Client work and joint services",
        "T1 Clarity of the division of work by theme",
        "Organisation types",
        "Coverage: who has answered what",
        "Trend across rounds",
        "By county",
        "Skipped files",
        "How the figures are computed",
    ]
    assert headings(tokens, 3)[:2] == [
        "S1: views by organisation type",
        "S2: views by organisation type",
    ]
    assert "By county: all recommendations" in headings(tokens, 3)
    assert "By county: item medians" in headings(tokens, 3)
    assert sum(1 for t in tokens if t.type == "table_open") == 5 * 2 + 2 + 3 + 2 + 6 + 1 + 1


def test_each_items_question_is_listed_under_its_narrow_table(cli: Cli, small: Path) -> None:
    """The questions stay out of the item table, so its numeric columns fit a page."""
    tokens = parse(cli("summary", small, "--lang", "en").out)
    heading = "S2 Leading the cooperation"
    table = tables_under(tokens, heading)[0]
    assert table[0][:3] == ["Item", "N", "Median"]
    start = next(
        i for i, t in enumerate(tokens) if t.content == heading and tokens[i - 1].tag == "h2"
    )
    after = tokens[start:]
    end = next(i for i, t in enumerate(after) if t.type == "heading_open" and t.tag == "h3")
    bullets = [i for i, t in enumerate(after[:end]) if t.type == "list_item_open"]
    listed = [after[i + 2].content for i in bullets]  # list_item_open, paragraph_open, inline
    question = catalog().item("S2.3").question.get("en")  # type: ignore[union-attr]
    assert f"**S2.3** {question}" in listed  # as the gap report lists its questions
    assert len(listed) == len(table) - 1  # one question per row


def test_charts_are_written_beside_the_markdown_and_linked(
    cli: Cli, small: Path, tmp_path: Path
) -> None:
    out = tmp_path / "reports" / "kevat.md"
    run = cli("summary", small, "-o", out, "--group-by", "round")
    assert run.code == 0, run.err
    charts = sorted(p.name for p in out.parent.glob("*.svg"))
    assert charts == sorted(f"kevat-{key}.svg" for key in (*CHART_KEYS, "groups"))
    for chart in out.parent.glob("*.svg"):
        root = ET.fromstring(chart.read_text(encoding="utf-8"))
        assert root.tag.endswith("svg")
    images = [
        c.attrs["src"]
        for t in parse(out.read_text(encoding="utf-8"))
        for c in t.children or []
        if c.type == "image"
    ]
    assert sorted(images) == charts
    assert "chart(s) beside it" in run.out


def test_no_charts_without_output_or_with_no_charts(cli: Cli, small: Path, tmp_path: Path) -> None:
    assert "![" not in cli("summary", small).out
    out = tmp_path / "plain" / "summary.md"
    cli("summary", small, "-o", out, "--no-charts")
    assert list(out.parent.glob("*.svg")) == []
    assert "![" not in out.read_text(encoding="utf-8")


def test_the_html_is_one_file_with_inline_charts(cli: Cli, small: Path, tmp_path: Path) -> None:
    out = tmp_path / "html" / "summary.html"
    run = cli("summary", small, "--format", "html", "-o", out)
    assert run.code == 0, run.err
    html = out.read_text(encoding="utf-8")
    assert list(out.parent.iterdir()) == [out]
    assert html.count('<figure class="chart"') == len(CHART_KEYS)
    assert html.count("<svg") == len(CHART_KEYS)
    assert re.findall(r'(?:src|href)="(?!#)', html) == []  # nothing to fetch


def test_charts_with_hostile_group_names_draw(cli: Cli, hostile: Path, tmp_path: Path) -> None:
    out = tmp_path / "h" / "summary.html"
    run = cli("summary", hostile, "--format", "html", "-o", out, "--group-by", "region")
    assert run.code == 1
    html = out.read_text(encoding="utf-8")
    assert "<b>b</b>" not in html
    assert html.count("<svg") == len(CHART_KEYS) + 1


def test_the_json_shape(cli: Cli, tmp_path: Path) -> None:
    generate(tmp_path / "in", 20)
    data = json.loads(
        cli("summary", tmp_path / "in", "--format", "json", "--group-by", "region").out
    )
    assert (data["format"], data["version"]) == ("yhdyspinta/summary", 1)
    item = data["items"][0]
    assert {
        "id",
        "recommendation",
        "n",
        "median",
        "q1",
        "q3",
        "iqr",
        "band_percent",
        "band_counts",
        "by_type",
        "type_gap",
    } <= set(item)
    assert set(item["band_percent"]) == {"not-in-place", "partly", "in-place", "dont-know"}
    assert {"id", "n", "median", "band_percent", "by_type"} <= set(data["recommendations"][0])
    assert all(
        {"name", "n_files", "items", "recommendations", "overall"} <= set(g) for g in data["groups"]
    )
    assert sum(g["n_files"] for g in data["groups"]) == data["files"]["used"] == 20


def test_a_template_override_is_used(cli: Cli, small: Path, tmp_path: Path) -> None:
    custom = tmp_path / "templates"
    custom.mkdir()
    (custom / "summary.md.j2").write_text(
        "# {{ L.summary_title }}\n\n{{ facts }}\n", encoding="utf-8"
    )
    run = cli("summary", small, "--template", custom, "--lang", "en")
    assert run.out.startswith("# Summary of the assessments\n\nFiles: 4 · Regions: 3")


def test_show_renders_in_the_terminal(cli: Cli, small: Path) -> None:
    run = cli("summary", small, "--show", "--lang", "en")
    assert run.code == 0
    assert "Summary of the assessments" in run.out and "# Summary" not in run.out
