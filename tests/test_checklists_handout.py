"""`checklists handout`: the pre-reading for participants, as Markdown and as HTML for A4."""

from __future__ import annotations

from pathlib import Path

import pytest
from assessment_helpers import Cli
from browser_helpers import assert_accessible_and_fits, inspect_page
from report_helpers import bullets, flat, headings, markdownlint, parse, plain_text, section
from walk_helpers import catalog

from yhdyspinta_cli.i18n import message


def handout(cli: Cli, tmp_path: Path, *options: str) -> str:
    out = tmp_path / "handout.md"
    run = cli("checklists", "handout", *options, "-o", out)
    assert run.code == 0, run.output
    return out.read_text(encoding="utf-8")


@pytest.mark.parametrize("lang", ["fi", "sv", "en"])
def test_every_item_with_its_question_guidance_levels_laws_and_evidence(
    cli: Cli, tmp_path: Path, lang: str
) -> None:
    tokens = parse(handout(cli, tmp_path, "--lang", lang))
    ids = [item.id for item in catalog().iter_items()]
    assert headings(tokens, 3) == ids
    assert headings(tokens, 1) == [message("handout_title", lang)]
    vocabulary = catalog().vocabulary
    for item in catalog().iter_items():
        part = section(tokens, item.id, level=3)
        listed = bullets(part)
        for level in catalog().scale.levels:
            line = (
                f"{level.value} {level.label.get(lang)}: {flat(item.levels[level.value].get(lang))}"
            )
            assert line in listed, (item.id, line)
        text = " ".join(flat(plain_text(t)) for t in part if t.type == "inline")
        assert flat(item.question.get(lang)) in text
        assert flat(item.guidance.get(lang)) in text
        for key in item.legal:
            term = vocabulary.term("legal", key)
            assert term is not None and term.label.get(lang) in text
        for evidence in item.evidence:
            assert flat(evidence.get(lang)) in listed


def test_one_recommendation_in_swedish(cli: Cli, tmp_path: Path) -> None:
    tokens = parse(handout(cli, tmp_path, "--recommendation", "s2", "--lang", "sv"))
    assert headings(tokens, 3) == [
        item.id for item in catalog().iter_items() if item.checklist_id == "S2"
    ]
    assert "S2 Ledning av samarbetet" in headings(tokens, 2)


def test_the_markdown_passes_markdownlint(cli: Cli, tmp_path: Path) -> None:
    handout(cli, tmp_path)
    assert markdownlint(tmp_path / "handout.md") == []


def test_an_unknown_recommendation_names_the_known_ones(cli: Cli, tmp_path: Path) -> None:
    run = cli("checklists", "handout", "--recommendation", "S9", "-o", tmp_path / "x.md")
    assert run.code == 2  # a bad option value: a usage error
    assert "S1" in run.err and not (tmp_path / "x.md").exists()


@pytest.mark.slow
@pytest.mark.parametrize("lang", ["fi", "sv"])
def test_the_html_is_accessible_and_fits_a4(cli: Cli, tmp_path: Path, lang: str) -> None:
    out = tmp_path / "handout.html"
    run = cli("checklists", "handout", "--format", "html", "--lang", lang, "-o", out)
    assert run.code == 0, run.output
    report = inspect_page(out, tmp_path / "handout.png")
    assert_accessible_and_fits(report)
    first = next(catalog().iter_items())
    assert flat(first.question.get(lang)) in flat(report.text)
