"""Word output (`--format docx -o FILE`): the document the Markdown is, opened with python-docx.

The headings and the number of tables are compared with the Markdown of the same run (read with
markdown-it), the figures with the sample's hand-computed ones, the charts by counting the SVG
images inside the file.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import docx
import pytest
from conftest import DATA, Run
from report_helpers import SAMPLE_FIGURES, headings, images, parse, tables, write_sample
from summary_helpers import Cli, generate

SVG = "image/svg+xml"


def word(path: Path) -> Any:
    return docx.Document(str(path))


def word_headings(document: Any) -> list[str]:
    return [p.text for p in document.paragraphs if p.style.name.startswith("Heading")]


def svg_images(document: Any) -> int:
    return sum(part.content_type == SVG for part in document.part.package.parts)


def same_run_as_markdown(cli: Cli, tmp_path: Path, *args: str) -> tuple[Any, str, int]:
    """The Word file, and the Markdown (with its chart files) of the same command."""
    md_out, docx_out = tmp_path / "md" / "report.md", tmp_path / "word" / "report.docx"
    run: Run = cli(*args, "-o", md_out)
    assert run.code == 0, run.output
    run = cli(*args, "--format", "docx", "-o", docx_out)
    assert run.code == 0, run.output
    charts = len(list(md_out.parent.glob("*.svg")))
    return word(docx_out), md_out.read_text(encoding="utf-8"), charts


def test_the_gap_report_in_word_has_the_headings_tables_figures_and_charts(
    cli: Cli, tmp_path: Path
) -> None:
    file = write_sample(tmp_path / "a.yaml", lang="fi")
    document, markdown, charts = same_run_as_markdown(cli, tmp_path, "report", "gaps", str(file))
    tokens = parse(markdown)
    assert word_headings(document) == headings(tokens)
    assert word_headings(document)[0] == "Kuiluanalyysi: Pirkanmaa"
    assert len(document.tables) == len(tables(tokens))
    assert charts == len(images(tokens)) > 0
    assert svg_images(document) == charts
    coverage, mean, *_ = SAMPLE_FIGURES["S1"]
    summary = next(t for t in document.tables if t.rows[0].cells[1].text == "Kattavuus")
    s1 = next(row for row in summary.rows if row.cells[0].text.startswith("S1 "))
    assert s1.cells[1].text == f"{round(coverage * 100)} %"
    assert s1.cells[2].text == f"{mean:.1f}".replace(".", ",")
    ratings = next(t for t in document.tables if t.rows[0].cells[1].text == "Arviot")
    widths = [column.width for column in ratings.columns]
    assert widths[1] == max(widths) and widths[1] > 3 * widths[0]  # the text gets the room


def test_the_plan_and_the_summary_in_word(cli: Cli, tmp_path: Path) -> None:
    file = write_sample(tmp_path / "a.yaml", lang="sv")
    document, markdown, _ = same_run_as_markdown(
        cli, tmp_path / "plan", "report", "plan", str(file)
    )
    assert word_headings(document) == headings(parse(markdown))
    assert word_headings(document)[0] == "Åtgärdsplan: Pirkanmaa"
    assert len(document.tables) == len(tables(parse(markdown))) > 0
    generate(tmp_path / "many", 12)
    args = ("summary", str(tmp_path / "many"), "--lang", "fi")
    document, markdown, charts = same_run_as_markdown(cli, tmp_path / "summary", *args)
    assert word_headings(document) == headings(parse(markdown))
    assert len(document.tables) == len(tables(parse(markdown))) > 0
    assert svg_images(document) == charts > 0


def test_the_bundled_reference_gives_tables_borders(cli: Cli, tmp_path: Path) -> None:
    file = write_sample(tmp_path / "a.yaml")
    out = tmp_path / "gaps.docx"
    assert cli("report", "gaps", file, "--format", "docx", "-o", out).code == 0
    table_style = word(out).styles["Table"]
    assert table_style.element.xpath("./w:tblPr/w:tblBorders/w:insideH")


def test_a_regions_reference_docx_beside_its_templates_sets_the_styles(
    cli: Cli, tmp_path: Path
) -> None:
    from yhdyspinta_cli.render.docx import reference_document

    own = word(reference_document(None))
    own.styles["Heading 1"].font.name = "Alueen Otsikkofontti"
    (tmp_path / "mine").mkdir()
    own.save(str(tmp_path / "mine" / "reference.docx"))
    file = write_sample(tmp_path / "a.yaml", lang="fi")
    out = tmp_path / "gaps.docx"
    run = cli(
        "report", "gaps", file, "--format", "docx", "--template", tmp_path / "mine", "-o", out
    )
    assert run.code == 0, run.output
    assert word(out).styles["Heading 1"].font.name == "Alueen Otsikkofontti"
    plain = tmp_path / "plain.docx"
    assert cli("report", "gaps", file, "--format", "docx", "-o", plain).code == 0
    assert word(plain).styles["Heading 1"].font.name != "Alueen Otsikkofontti"


@pytest.mark.parametrize(("lang", "words"), [("fi", "-o raportti.docx"), ("sv", "-o rapport.docx")])
def test_word_never_goes_to_the_terminal(cli: Cli, tmp_path: Path, lang: str, words: str) -> None:
    file = write_sample(tmp_path / "a.yaml")
    for args in (("report", "gaps", file), ("summary", DATA / "golden" / "inputs" / "few")):
        run = cli(*args, "--format", "docx", "--lang", lang)
        assert run.code == 2
        assert run.out == ""
        assert words in run.err


def test_without_pandoc_it_says_how_to_install_it(
    cli: Cli, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "pypandoc", None)  # `import pypandoc` fails
    file = write_sample(tmp_path / "a.yaml")
    out = tmp_path / "gaps.docx"
    run = cli("report", "gaps", file, "--format", "docx", "-o", out, "--lang", "fi")
    assert run.code == 2
    assert "pip install 'yhdyspinta[docx]'" in run.err and "pandoc" in run.err
    assert not out.exists()


def test_the_destination_rules_apply(cli: Cli, tmp_path: Path) -> None:
    file = write_sample(tmp_path / "a.yaml")
    before = file.read_bytes()
    run = cli("report", "gaps", file, "--format", "docx", "-o", file)
    assert run.code == 2
    assert file.read_bytes() == before
