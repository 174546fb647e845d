"""Text people typed cannot break a report: tables keep their columns, nothing becomes markup,
and the HTML carries no script and no attribute from user text."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from assessment_helpers import Cli
from markdown_it.token import Token
from report_helpers import (
    HOSTILE,
    HOSTILE_LINES,
    HOSTILE_TEXTS,
    bullets,
    headings,
    html_facts,
    only_table,
    pandoc,
    parse,
    plain_text,
    raw_table_lines,
    section,
    tables,
    unescaped_pipes,
    write_sample,
)

TYPED = " ".join(HOSTILE_LINES.split())  # what the reports show: one line, single spaces
RESPONSIBLE = " ".join(HOSTILE.split())
# What markdown-it-py may make of the reports' own Markdown; user text must add nothing else.
OUR_INLINE = {"text", "softbreak", "strong_open", "strong_close", "code_inline", "image"}
OUR_TAGS = {
    *("html", "head", "meta", "title", "style", "body", "h1", "h2", "h3", "p", "ul", "li"),
    *("table", "thead", "tbody", "tr", "th", "td", "strong", "code", "figure"),
}


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    return write_sample(tmp_path / "a.yaml", texts=HOSTILE_TEXTS)


def report(cli: Cli, kind: str, path: Path, *options: str) -> str:
    run = cli("report", kind, path, *options)
    assert run.code == 0, run.output
    return run.out


def inline_types(tokens: list[Token]) -> set[str]:
    return {child.type for t in tokens if t.type == "inline" for child in t.children or []}


@pytest.mark.parametrize("kind", ["gaps", "plan"])
def test_every_table_row_keeps_its_columns(cli: Cli, hostile: Path, kind: str) -> None:
    markdown = report(cli, kind, hostile)
    tokens = parse(markdown)
    assert tables(tokens)
    for table in tables(tokens):
        assert all(len(row) == len(table.header) for row in table.rows)
    # GitHub and pandoc split rows on every unescaped pipe: count them in the text itself.
    lines = raw_table_lines(markdown)
    header_pipes = [unescaped_pipes(line) for line in lines if line.startswith("| -")]
    assert header_pipes
    for line in lines:
        assert unescaped_pipes(line) in header_pipes, line


@pytest.mark.parametrize("kind", ["gaps", "plan"])
def test_user_text_adds_no_markup(cli: Cli, hostile: Path, kind: str) -> None:
    tokens = parse(report(cli, kind, hostile))
    assert inline_types(tokens) <= OUR_INLINE
    block_types = {t.type.removesuffix("_open").removesuffix("_close") for t in tokens}
    assert block_types <= {
        *("heading", "paragraph", "inline", "bullet_list", "list_item"),
        *("table", "thead", "tbody", "tr", "th", "td"),
    }


def test_the_gap_analysis_shows_the_text_as_typed(cli: Cli, hostile: Path) -> None:
    tokens = parse(report(cli, "gaps", hostile))
    assert headings(tokens, 1) == [f"Gap analysis: {TYPED}"]
    paragraphs = [plain_text(t) for t in tokens if t.type == "inline"]
    participants = (
        f"Participants: {TYPED} (Municipality), "
        "Pirkanmaan hyvinvointialue (Wellbeing services county), Kela"
    )
    assert participants in paragraphs
    assert f"Facilitator: {HOSTILE}" in paragraphs
    assert f"Note: {TYPED}" in bullets(tokens)
    assert f"Evidence: {TYPED}; TYM-sopimus 2025" in bullets(tokens)
    assert only_table(section(tokens, "Not applicable")).row("S1.3")["Reason"] == TYPED
    ratings = only_table(section(tokens, "Where views differ")).row("S1.1a")["Ratings"]
    assert ratings == f"{TYPED} 1, Pirkanmaan hyvinvointialue 3"


def test_the_plan_shows_the_text_as_typed(cli: Cli, hostile: Path) -> None:
    tokens = parse(report(cli, "plan", hostile))
    assert headings(tokens, 3)[2] == f"{TYPED} (tre)"
    row = only_table(section(tokens, "Timeline")).row("2020-06-30")
    assert row == {
        "Due": "2020-06-30 OVERDUE",
        "Action": f"A1 {TYPED}",
        "Owner": TYPED,
        "Status": "planned",
    }
    by_recommendation = tables(section(tokens, "By recommendation"))[1].row("A1")
    assert by_recommendation["Responsible"] == RESPONSIBLE
    assert by_recommendation["Status"] == "planned"


@pytest.mark.parametrize("kind", ["gaps", "plan"])
def test_the_html_shows_the_text_escaped_and_runs_nothing(
    cli: Cli, hostile: Path, tmp_path: Path, kind: str
) -> None:
    output = tmp_path / f"{kind}.html"
    charts = ["--charts"] if kind == "gaps" else []
    report(cli, kind, hostile, "--format", "html", "-o", str(output), *charts)
    html = output.read_text(encoding="utf-8")
    assert TYPED in html_facts(html).body_text
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html
    lowered = html.lower()
    for tag in ("<script", "<img", "<iframe", "<a ", "<b>", "<link"):
        assert tag not in lowered, tag
    outside_charts = re.sub(r"<svg.*?</svg>", "", html, flags=re.DOTALL)
    assert html_facts(outside_charts).tag_names() <= OUR_TAGS
    for tag, name, value in html_facts(html).attributes():
        assert not name.startswith("on"), (tag, name)
        assert "evil" not in value and "alert" not in value, (tag, name, value)


def test_the_html_title_is_escaped(cli: Cli, hostile: Path, tmp_path: Path) -> None:
    output = tmp_path / "gaps.html"
    report(cli, "gaps", hostile, "--format", "html", "-o", str(output), "--no-charts")
    html = output.read_text(encoding="utf-8")
    title = html.split("<title>", 1)[1].split("</title>", 1)[0]
    assert "<" not in title
    assert "&lt;script&gt;" in title


@pytest.mark.parametrize("kind", ["gaps", "plan"])
def test_github_flavoured_readers_make_no_links_or_markup(
    cli: Cli, hostile: Path, tmp_path: Path, kind: str
) -> None:
    """pandoc's gfm reads bare URLs, www., e-mail, $math$, :emoji: and ~~ as markup."""
    output = tmp_path / f"{kind}.md"
    report(cli, kind, hostile, "-o", str(output), *(["--no-charts"] if kind == "gaps" else []))
    result = pandoc(output)
    assert result.returncode == 0
    for markup in ("<a ", "<script", "<img", "math", "emoji", "<del>", "<em>", "<code>tick"):
        assert markup not in result.stdout, markup
    assert "www.evil.example" in result.stdout
    assert "mail@evil.example" in result.stdout
